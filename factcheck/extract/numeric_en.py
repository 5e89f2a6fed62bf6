"""English numeric dates: month first ("10/1/2018" is October 1st), "20161016", "2016/3", "05-Aug-2016",
"this Friday 7.6"; English never reads "11.7" alone as a day and month (that is a decimal).
"""
from __future__ import annotations

import re
from datetime import date

from factcheck.extract import dates
from factcheck.extract import timex as tx
from factcheck.extract.dates import _mention
from factcheck.extract.en_words import WEEKDAY, DAY_PREPOSITION, I


def month_first(m, text, anchor):
    """'10/1/2018' is October 1st; '22/04' and '31/12/2019' only fit day first."""
    a, b = int(m["a"]), int(m["b"])
    year = tx.year_value(m["y"] or m["y2"]) if (m["y"] or m["y2"]) else None
    month, day = (a, b) if a <= 12 else (b, a)
    if month > 12 or day > 31 or not day:
        return None
    if year is None and not _bare_numeric_is_date(m, text, a, b):
        return None
    return dates._ymd(m, text, anchor, year, month, day)


def _bare_numeric_is_date(m, text, a: int, b: int) -> bool:
    """'on 4/22' and '11/20' are days; '1/2', '3/4 of' and '24/7' are not."""
    if m["s"] != "/":
        return False
    if dates._COUNTED_AFTER.match(text, m.end()) or re.match(r"\s*(?:of|in|[a-z]+s\b)", text[m.end():m.end() + 8]):
        return False
    if m.start("a") > m.start():
        return True                      # "friday 5/12", "this 5/12"
    if dates._preceded_by_time_word(text, m.start()) or re.search(
            rf"(?:{WEEKDAY}|\b{DAY_PREPOSITION})\s*$", text[max(0, m.start() - 12):m.start()], I):
        return True
    return len(m["b"]) == 2 and (a <= 12 or len(m["a"]) == 2)


def weekday_and_numeric_day(m, text, anchor):
    """'this Friday-Jun-15', 'this Friday 7.6': after "this" and a weekday, "7.6" is July 6th (month first)."""
    if m["s"] == "." and not m["rel"]:
        return None                      # "on Friday 2.3 million shares": a figure
    month = int(m["m"]) if m["m"] else tx.month_value(m["mon"])
    day = int(m["d"] or m["d2"])
    return dates._ymd(m, text, anchor, None, month, day)


def compact_ymd(m, text, anchor):
    """'20161016', 'report-20170302.html': eight digits that are a valid day."""
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    return _mention(m, date(year, month, day).isoformat()) if tx.valid_day(year, month, day) else None


def year_slash_month(m, text, anchor):
    year, month = int(m["y"] or m["y2"]), int(m["m"] or m["m2"])
    return _mention(m, tx.iso_month(year, month)) if 1 <= month <= 12 else None


def named_month_numeric(m, text, anchor):
    """'05-Aug-2016', '2019/aug/01', '31/Oct/1974': day, month name and year between slashes or hyphens."""
    day = int(m["d"])
    return dates._ymd(m, text, anchor, int(m["y"]), tx.month_value(m["mon"]), day) if 1 <= day <= 31 else None
