"""The README's command lines work as written, and what it says about set-up matches dev.py."""

from __future__ import annotations

import io
import json
import shlex
import shutil

import pypdf

import dev
from tests.cli.runner import assistant

README = (dev.ROOT / "README.md").read_text("utf-8")
ASSISTANT = ".venv/bin/assistant"


def readme_line(start: str) -> list[str]:
    """The README's command line that begins with `start`, split as a shell would (comments dropped)."""
    lines = [line.strip() for line in README.splitlines() if line.strip().startswith(start)]
    assert len(lines) == 1, lines
    return shlex.split(lines[0], comments=True)


def test_the_readme_render_command_works_verbatim(tmp_path):
    """From a clean folder holding only the repository's examples/, as a newcomer in a fresh clone would."""
    words = readme_line(f"{ASSISTANT} commitment render --template XX-SJ-SPJY-RQ --data")
    assert words[0] == ASSISTANT  # the installed script is `python -m assistant`: run that with the same arguments
    clone = tmp_path / "clone"
    shutil.copytree(dev.ROOT / "examples", clone / "examples")
    done = assistant(*words[1:], cwd=clone)
    assert done.returncode == 0, done.stderr
    out = clone / words[words.index("--out") + 1]
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages)
    example = json.loads((dev.ROOT / "examples" / "letter.json").read_text("utf-8"))
    assert example["firm"]["name"] in text and example["fields"]["business_premises"] in text
    assert sorted(p.name for p in clone.iterdir()) == sorted(["examples", out.name])


def test_the_readme_blank_form_and_templates_commands(tmp_path):
    blank = readme_line(f"{ASSISTANT} commitment render --template HN-XYXF")
    assert assistant(*blank[1:], cwd=tmp_path).returncode == 0
    assert (tmp_path / blank[blank.index("--out") + 1]).exists()
    listing = assistant(*readme_line(f"{ASSISTANT} commitment templates")[1:], cwd=tmp_path)
    assert listing.returncode == 0 and json.loads(listing.stdout)


def test_the_readme_lists_the_linux_packages_dev_py_knows():
    words = readme_line("sudo apt-get install libxcb")
    assert tuple(words[3:]) == dev.QT_LINUX_PACKAGES
    assert set(dev.QT_LINUX_PACKAGES) <= set(dev.LIBRARY_PACKAGES.values())


def test_the_feature_list_names_every_feature_and_promises_nothing():
    from assistant.ui.features import FEATURES

    works = README[README.index("## 现在能做什么"):README.index("## 演示账号")]
    for feature in FEATURES:
        if feature.key not in ("home", "settings"):
            assert f"**{feature.source_title}" in works, feature.key
    assert "还没有" not in works and "not built yet" not in works.lower()


def test_the_example_is_a_valid_letter_for_its_template():
    from assistant.cli.letterdata import letter_data
    from assistant.services.commitments import bundled_catalogue

    template = next(t for t in bundled_catalogue() if t.code == "XX-SJ-SPJY-RQ")
    data = letter_data(json.loads((dev.ROOT / "examples" / "letter.json").read_text("utf-8")), template)
    assert set(data.fields) == {spec.key for spec in template.fields}  # every field filled: a complete example
