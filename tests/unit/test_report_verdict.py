"""One verdict on a credit report from what the file's signature, the platform's verify route and the file's hash
say — each rule of DESIGN.md §4 (Reports) as a case, with the exit code the CLI returns."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.api.models import ReportVerification
from assistant.domain.report_verdict import SignatureCheck, Verdict, judge

ISSUED = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
SIGNED = dt.datetime(2026, 11, 2, 1, 0, 5, tzinfo=dt.UTC)
FILE_SHA = "ab" * 32
OTHER_SHA = "cd" * 32


def signature(state: str = "valid") -> SignatureCheck:
    return SignatureCheck(state, "信用平台演示环境报告签章", SIGNED, "2026110209000000001D12", "ABCD2345")


def found(sha256: str | None = FILE_SHA) -> ReportVerification:
    return ReportVerification(valid=True, firm_name="河南恒达建设工程有限公司", uscc="91410100MA44XXXX1X",
                              issued_at=ISSUED, edition="standard", sha256=sha256)


NOT_FOUND = ReportVerification(valid=False)


def test_a_genuine_file_the_platform_confirms_is_valid_with_the_platforms_facts():
    verdict = judge(signature(), found(), file_sha256=FILE_SHA)
    assert (verdict.code, verdict.exit_code, verdict.detail) == ("valid", 0, "file")
    assert (verdict.firm_name, verdict.uscc, verdict.issued_at, verdict.edition) == (
        "河南恒达建设工程有限公司", "91410100MA44XXXX1X", ISSUED, "standard")
    assert (verdict.signer, verdict.signed_at) == ("信用平台演示环境报告签章", SIGNED)


def test_the_hash_is_compared_without_regard_to_case():
    assert judge(signature(), found(FILE_SHA.upper()), file_sha256=FILE_SHA).code == "valid"


@pytest.mark.parametrize(("state", "detail"), [("modified", "signature"), ("unsigned", "unsigned"),
                                               ("unreadable", "unreadable")])
@pytest.mark.parametrize("platform", [found(), NOT_FOUND, None], ids=["confirmed", "not-found", "offline"])
def test_a_file_whose_signature_fails_is_modified_whatever_the_platform_says(state, detail, platform):
    verdict = judge(signature(state), platform, file_sha256=FILE_SHA)
    assert (verdict.code, verdict.exit_code, verdict.detail) == ("modified", 1, detail)


@pytest.mark.parametrize("platform", [found(), NOT_FOUND, None], ids=["confirmed", "not-found", "offline"])
def test_a_file_signed_by_someone_else_is_not_the_platforms(platform):
    verdict = judge(signature("untrusted"), platform, file_sha256=FILE_SHA)
    assert (verdict.code, verdict.exit_code) == ("not_platform", 1)


def test_a_genuine_signature_the_platform_does_not_know_is_not_found():
    verdict = judge(signature(), NOT_FOUND, file_sha256=FILE_SHA)
    assert (verdict.code, verdict.exit_code) == ("not_found", 1)
    assert verdict.firm_name is None and verdict.issued_at is None


def test_a_file_other_than_the_one_the_platform_registered_is_modified():
    verdict = judge(signature(), found(OTHER_SHA), file_sha256=FILE_SHA)
    assert (verdict.code, verdict.exit_code, verdict.detail) == ("modified", 1, "hash")
    assert verdict.firm_name == "河南恒达建设工程有限公司"  # what the genuine report is, to compare


def test_a_platform_that_gives_no_hash_leaves_the_signature_to_vouch():
    assert judge(signature(), found(None), file_sha256=FILE_SHA).code == "valid"


def test_a_genuine_signature_while_offline_is_only_the_signature():
    verdict = judge(signature(), None, file_sha256=FILE_SHA)
    assert (verdict.code, verdict.exit_code) == ("signature_only", 2)
    assert verdict.signer == "信用平台演示环境报告签章" and verdict.firm_name is None


def test_a_paper_copy_the_platform_confirms_is_valid_for_comparison():
    verdict = judge(None, found(), file_sha256=None)
    assert (verdict.code, verdict.exit_code, verdict.detail) == ("valid", 0, "paper")
    assert (verdict.firm_name, verdict.issued_at, verdict.edition) == ("河南恒达建设工程有限公司", ISSUED, "standard")
    assert verdict.signer == "" and verdict.signed_at is None


def test_a_paper_copy_the_platform_does_not_know_is_not_found():
    verdict = judge(None, NOT_FOUND, file_sha256=None)
    assert (verdict.code, verdict.exit_code) == ("not_found", 1)


def test_a_paper_copy_while_offline_is_unchecked():
    verdict = judge(None, None, file_sha256=None)
    assert (verdict.code, verdict.exit_code) == ("unchecked", 2)


EVERY_OUTCOME = [("valid", "file"), ("valid", "paper"), ("modified", "signature"), ("modified", "unsigned"),
                 ("modified", "unreadable"), ("modified", "hash"), ("not_platform", ""), ("not_found", ""),
                 ("signature_only", ""), ("unchecked", "")]


def test_every_outcome_has_its_own_headline_and_sentence_in_chinese():
    words = [(Verdict(code, 0, detail).headline, Verdict(code, 0, detail).explanation) for code, detail in EVERY_OUTCOME]
    assert all(headline and explanation.endswith("。") for headline, explanation in words)
    assert len({headline for headline, _ in words}) == len(words)
    assert len({explanation for _, explanation in words}) == len(words)


def test_the_words_go_through_the_translator(monkeypatch):
    from assistant import i18n

    monkeypatch.setattr(i18n, "_translator", lambda context, text: f"[{context}] {text}")
    verdict = judge(None, None, file_sha256=None)
    assert verdict.headline == "[report_verdict] 暂时无法核验"
    assert verdict.explanation.startswith("[report_verdict] ")
