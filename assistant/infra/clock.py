"""The platforms' business date is China's, whatever time zone the PC is set to.

A commitment signed at 00:30 in Zhengzhou is dated that day, and a 专项 report asked for then may cover the three
years up to it. A PC kept in UTC (a build server, a laptop brought back from abroad) would otherwise date it the day
before and disagree with the platform for eight hours a day.
"""

from __future__ import annotations

import datetime as dt

# China has kept UTC+8 without daylight saving since 1991: a fixed offset needs no tz database (absent on Windows).
CHINA = dt.timezone(dt.timedelta(hours=8), "北京时间")


def now() -> dt.datetime:
    return dt.datetime.now(CHINA)


def today() -> dt.date:
    return now().date()
