"""关于 links the third-party licences the packaged app carries (build.spec writes THIRD-PARTY-NOTICES.txt beside the
bundled libraries); from source it says where they are instead."""

from __future__ import annotations

import sys

from PySide6.QtCore import QUrl


def test_the_packaged_app_links_its_notices(qtbot, make_window, tmp_path, monkeypatch):
    notices = tmp_path / "THIRD-PARTY-NOTICES.txt"
    notices.write_text("reportlab 5.1.0\nLicence: BSD\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # where a frozen app finds its bundle
    window, _ = make_window(start=False)
    window.show_about()
    about = window.about_dialog
    assert about.captions["notices"].text() == "第三方软件"
    label = about.values["notices"]
    assert f'href="{QUrl.fromLocalFile(str(notices)).toString()}"' in label.text()
    assert "许可证" in label.text() and label.openExternalLinks()


def test_from_source_it_says_where_the_licences_are(qtbot, make_window, monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    window, _ = make_window(start=False)
    window.show_about()
    assert "href" not in window.about_dialog.values["notices"].text()
    assert "源码" in window.about_dialog.values["notices"].text()
