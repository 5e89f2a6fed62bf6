"""English years and parts of years: a year in words ("June of nineteen ninety nine"), a compared year
("later than 2018"), quarters and halves ("2017-q1", "the 4th qtr of 2018"), a year after an interval word,
seasons ("in the autumn", "summer of 2016").
"""
from __future__ import annotations

import re
from datetime import date

from factcheck.extract import dates
from factcheck.extract import timex as tx
from factcheck.extract.dates import _mention
from factcheck.extract.en_words import WORDS, DAY_OR_CARDINAL, I, day_number, spelled_year, step


def part_of_named_year(m, text, anchor):
    """'at the end of 2000', 'the beginning of 2000', 'since the middle of 1989': the year, with its part."""
    return _mention(m, m["y"], WORDS.part_of_phrases[m["part"].lower()])


def year_after_link(m, text, anchor):
    """'between 2007 and ...', 'through 2014': a year where an interval word stands before it."""
    if dates._year_counts_something(text, m, None):
        return None
    return _mention(m, m["y"], start=m.start("y"))


def ordinal_quarter(m, text, anchor):
    """'3rd qtr', 'the 4th qtr of 2018': that quarter of the year named, else of the anchor's."""
    number = day_number(m["ord"])
    if not number or number > 4:
        return None
    year = int(m["y"]) if m["y"] else anchor.ref.year if anchor.ref else None
    return _mention(m, f"{year:04d}-Q{number}" if year else f"XXXX-Q{number}")


def quarter_of_relative_year(m, text, anchor):
    """"next year's first quarter", "last year's 4th qtr": that quarter of the year counted from the anchor."""
    number = day_number(m["ord"])
    if not number or number > 4 or anchor.ref is None:
        return None
    return _mention(m, f"{anchor.ref.year + step(m['rel']):04d}-Q{number}")


def compared_year(m, text, anchor):
    """'later than 2018', '2012 or after': the year, and which side of it is meant."""
    if m["or"] and re.match(r"\s+\d", text[m.end():m.end() + 3]):
        return None                      # "from 2010 to 2018 or before 2000": the word opens the next year
    words = " ".join((m["cmp"] or m["or"]).lower().split())
    mod = WORDS.year_comparisons.get(words) or WORDS.year_or.get(words)
    return _mention(m, m["y"] or m["y2"], mod)


def year_and_period(m, text, anchor):
    """'2017-q1', '2019 Q3', 'H2 2016', '2016H2': a quarter or half of a named year."""
    letter, number = (m["q"] or m["q2"]).upper(), int(m["n"] or m["n2"])
    if letter == "H" and number > 2:
        return None
    return _mention(m, f"{m['y'] or m['y2']}-{letter}{number}")


_DAY_BEFORE = re.compile(rf"(?<![\w.,/-])(?:the\s+)?(?P<d>{DAY_OR_CARDINAL})\s+(?:of\s+)?$", I)


def month_with_spelled_year(m, text, anchor):
    """'January twenty five nineteen eighty six', 'twenty five January nineteen eighty six', 'June of nineteen
    ninety nine': a year in words."""
    whole = spelled_year(f"{m['d']} {m['sy']}") if m["d"] else None      # "October two thousand and five"
    year = whole or spelled_year(m["sy"])
    if year is None:
        return None
    month = tx.month_value(m["mon"])
    day_text, start = (m["d"] if m["d"] and not whole else None), m.start()
    if day_text is None and (before := _DAY_BEFORE.search(text, max(0, m.start() - 24), m.start())):
        day_text, start = before["d"], before.start()                  # "13 Sept nineteen seventy two"
    if day_text is None:
        return _mention(m, tx.iso_month(year, month))
    day = day_number(day_text)
    if not day or not tx.valid_day(year, month, day):
        return None
    return _mention(m, date(year, month, day).isoformat(), start=start)


def season_after_article(m, text, anchor):
    """'in the autumn', 'during the summer of 2016': the season, in the year the tense points to."""
    code = WORDS.seasons[m["season"].lower()]
    start = m.start("the")
    if m["y"]:
        return _mention(m, f"{m['y']}-{code}", start=start)
    if anchor.ref is None:
        return _mention(m, f"XXXX-{code}", start=start)
    year = anchor.year_of_month(tx.SEASON_MONTH[code], anchor.direction(text, m))
    return _mention(m, f"{year:04d}-{code}", start=start)


def season_of_year(m, text, anchor):
    """'summer of 2016', 'the fall of 1989': that season of that year."""
    return _mention(m, f"{m['y']}-{WORDS.seasons[m['season'].lower()]}")


def year_of(m, text, anchor):
    """'the year of 2008': the year."""
    return _mention(m, m["y"])


def month_after_next(m, text, anchor):
    """'March after next': March of the year after the next March."""
    if not anchor.knows_month:
        return None
    month = tx.month_value(m["mon"])
    year = anchor.ref.year + (1 if month <= anchor.ref.month else 0) + 1
    return _mention(m, tx.iso_month(year, month))
