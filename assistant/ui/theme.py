"""The look: one light theme, as a small style sheet on each widget that plays a part (a page's title, an error, a
framed card…), not one sheet for the whole application.

With an application style sheet, Qt polishes every widget of every page through its style-sheet style, matching it
against every rule: 2–4 ms of the first paint alone (bench/startup.py), and a share of each page's build. Here only
the few widgets that play a part are styled that way. Each sheet names its part (`#part`), so that it does not reach
the widget's children (a card's labels, the sidebar's buttons match the rules meant for them only).

Sizes are in pt, so Windows display scaling keeps them readable. The base size (10.5 pt) is the application's font
(app.py, apply_theme)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

SHEETS = {
    "demoBanner": "#demoBanner { background: #fff4ce; color: #6b4e00; border: 1px solid #f0d58c; border-radius: 4px;"
                  " padding: 6px 10px; }",
    "pageTitle": "#pageTitle { font-size: 16pt; font-weight: bold; margin-bottom: 6px; }",
    "dialogHeading": "#dialogHeading { font-size: 13pt; font-weight: bold; }",
    "firmCard": "#firmCard { background: #ffffff; border: 1px solid #d9dee5; border-radius: 6px; padding: 12px; }",
    "firmName": "#firmName { font-size: 14pt; font-weight: bold; }",
    "errorText": "#errorText { color: #b3261e; }",
    "helpText": "#helpText { color: #5f6368; font-size: 9.5pt; }",
    "reminders": "#reminders { background: #fdecea; border: 1px solid #f2b8b5; border-radius: 6px; padding: 8px; }",
    "remindersHeading": "#remindersHeading { font-weight: bold; color: #8c1d18; }",
    "newMatches": "#newMatches { background: #e6f4ea; border: 1px solid #a8dab5; border-radius: 6px; padding: 8px;"
                  " color: #0d652d; }",
    "sidebar": """
        #sidebar { background: palette(base); border: 1px solid #d9dee5; }
        #sidebar QPushButton { font-size: 11.5pt; text-align: left; padding: 8px 10px; border: none; border-radius: 0;
                               background: transparent; }
        #sidebar QPushButton:hover { background: #eef2f7; }
        #sidebar QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }
    """,
    # The connection in the status bar: red when offline, green when online (to the demo platform too), plain while
    # connecting.
    "linkOffline": "#linkOffline { color: #b3261e; }",
    "linkOnline": "#linkOnline { color: #1e7b34; }",
}


def style(widget: QWidget, part: str | None) -> QWidget:
    """`widget` plays `part` (a key of SHEETS) from now on, or none; setting a sheet polishes the widget again, so a
    part can change while it is shown (an error that is fixed, a connection that is lost)."""
    widget.setObjectName(part or "")
    widget.setStyleSheet(SHEETS[part] if part else "")
    return widget
