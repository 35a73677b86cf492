"""What the Linux build drops from Qt's ICU data: other languages and what Qt never reads, never what zh/en need."""

from __future__ import annotations

import pytest

from tools.icu_trim import unwanted


@pytest.mark.parametrize("item", [
    "root.res", "zh.res", "zh_Hans_CN.res", "en_US.res", "coll/zh.res", "coll/root.res", "coll/ucadata.icu",
    "curr/zh_Hans.res", "zone/tzdbNames.res", "brkitr/line_cj.brk", "res_index.res", "coll/res_index.res",
    "pool.res", "supplementalData.res", "likelySubtags.res", "zoneinfo64.res", "metaZones.res", "gb18030.cnv",
    "cnvalias.icu", "nfkc.nrm", "uts46.nrm", "unames.icu",
])
def test_kept(item):
    assert not unwanted(item)


@pytest.mark.parametrize("item", [
    "de.res", "zh_Hant.res", "ja_JP.res", "coll/de.res", "coll/de__PHONEBOOK.res", "coll/es_.res", "lang/fr.res",
    "brkitr/cjdict.dict", "brkitr/thaidict.dict", "translit/Han_Latn.res", "ibm-1047_P100-1995.cnv", "euc-jp-2007.cnv",
])
def test_dropped(item):
    assert unwanted(item)
