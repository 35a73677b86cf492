"""build.spec names every data file the app opens by path, and each one it names exists (no build needed)."""

from __future__ import annotations

import ast
from pathlib import Path

from tools import notices

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"


def spec_list(name: str) -> list:
    """A list literal assigned at the top of build.spec."""
    for node in ast.parse(SPEC.read_text("utf-8")).body:
        if isinstance(node, ast.Assign) and [t.id for t in node.targets if isinstance(t, ast.Name)] == [name]:
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec has no {name} = [...]")


def test_every_data_file_the_spec_names_exists():
    for pattern, folder in spec_list("BUNDLED"):
        assert sorted(ROOT.glob(pattern)), f"{pattern} matches no file"
        assert folder == str(Path(pattern).parent.as_posix()), (pattern, folder)  # where the code looks for it


def test_the_spec_names_every_data_file_the_app_reads():
    """Everything under the app's data folders is matched by a pattern, so a new help page or font cannot be
    forgotten (only the icon's .ico, which the executable embeds, and Python sources are not data)."""
    patterns = [pattern for pattern, _ in spec_list("BUNDLED")]
    folders = ["assistant/resources", "assistant/sandbox/data", "assistant/i18n"]
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*")):
            relative = path.relative_to(ROOT)
            if path.is_dir() or path.suffix in (".py", ".ico") or "__pycache__" in relative.parts:
                continue
            assert any(relative.match(pattern) for pattern in patterns), f"{relative} is not in build.spec's BUNDLED"
    assert (ROOT / "assistant" / "resources" / "icons" / "assistant.ico").exists()  # EXE(icon=…)


def test_the_licence_texts_for_wheels_without_one_are_here():
    for names in notices.KNOWN.values():
        for name in names:
            assert (notices.LICENCES / name).read_text("utf-8").strip(), name


def test_babel_and_qt_languages_match_the_app():
    from assistant.__main__ import LANGUAGES

    assert {f"qtbase_{language}.qm" for language in LANGUAGES if language != "en"} == set(
        spec_list("QT_TRANSLATIONS"))
    assert {"zh_Hans_CN", "en_US"} <= set(spec_list("BABEL_LOCALES"))  # what domain/money.py and dates.py name
