"""TIMEX3 values: the words of dates (German, English), the anchor, and tense-directed resolution."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

# ---------------------------------------------------------------- vocabulary

MONTHS = {
    "januar": 1, "jänner": 1, "jaenner": 1, "january": 1, "jan": 1,
    "februar": 2, "feber": 2, "february": 2, "feb": 2,
    "märz": 3, "maerz": 3, "march": 3, "mär": 3, "mrz": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "december": 12, "dez": 12, "dec": 12,
}
# en: "may" and "march" are also verbs; as months they are written with a capital
CAPITAL_ONLY_MONTHS = frozenset({"may", "march", "mar"})
ABBREVIATED_MONTHS = frozenset("jan feb mär mrz mar apr jun jul aug sep sept okt oct nov dez dec".split())

WEEKDAYS = {
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6,
    "sonnabend": 6, "sonntag": 7, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}
WEEKDAY_ABBREVIATIONS = {"mo": 1, "di": 2, "mi": 3, "do": 4, "fr": 5, "sa": 6, "so": 7,
                         "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}

SEASONS = {"frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
           "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA"}
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}

PART_MODS = {"anfang": "START", "beginn": "START", "early": "START", "start": "START",
             "mitte": "MID", "mid": "MID", "ende": "END", "late": "END", "end": "END"}

_UNITS_DE = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
             "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
             "neunzehn"]
_TENS_DE = {20: "zwanzig", 30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig", 70: "siebzig",
            80: "achtzig", 90: "neunzig"}
_UNITS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen"]
_TENS_EN = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
            80: "eighty", 90: "ninety"}


def _cardinal_words() -> dict[str, float]:
    words: dict[str, float] = {w: float(i) for i, w in enumerate(_UNITS_DE)}
    words.update({w: float(i) for i, w in enumerate(_UNITS_EN)})
    for tens, word in _TENS_DE.items():
        words[word] = float(tens)
        for unit in range(1, 10):
            # de: the unit comes first, "zweiundneunzig" is 92, and "ein" stands for one
            words[("ein" if unit == 1 else _UNITS_DE[unit]) + "und" + word] = float(tens + unit)
    for tens, word in _TENS_EN.items():
        words[word] = float(tens)
        for unit in range(1, 10):
            words[f"{word}-{_UNITS_EN[unit]}"] = float(tens + unit)
    for article in ("ein", "eine", "einer", "einem", "einen", "a", "an"):
        words[article] = 1.0
    words.update({"hundert": 100.0, "hundred": 100.0, "anderthalb": 1.5, "eineinhalb": 1.5,
                  "einhalb": 0.5, "halb": 0.5, "another": 1.0, "zwölf": 12.0, "dreissig": 30.0, "dozen": 12.0,
                  "dutzend": 12.0})
    for unit in range(2, 10):
        # de: "zweieinhalb" is 2.5
        words[_UNITS_DE[unit] + "einhalb"] = unit + 0.5
    words.update({k.replace("ß", "ss"): v for k, v in list(words.items()) if "ß" in k})
    return words


CARDINALS = _cardinal_words()
ENGLISH_CARDINALS = frozenset(_UNITS_EN) | frozenset(_TENS_EN.values()) | {"a", "an", "dozen", "hundred"}


def _ordinal_words() -> dict[str, int]:
    stems = {1: "erst", 2: "zweit", 3: "dritt", 4: "viert", 5: "fünft", 6: "sechst", 7: "siebt",
             8: "acht", 9: "neunt", 10: "zehnt", 11: "elft", 12: "zwölft", 13: "dreizehnt",
             14: "vierzehnt", 15: "fünfzehnt", 16: "sechzehnt", 17: "siebzehnt", 18: "achtzehnt",
             19: "neunzehnt", 20: "zwanzigst", 30: "dreißigst", 31: "einunddreißigst"}
    for unit in range(1, 10):
        stems[20 + unit] = ("ein" if unit == 1 else _UNITS_DE[unit]) + "undzwanzigst"
    words: dict[str, int] = {}
    for day, stem in stems.items():
        for ending in ("e", "en", "er", "es", "em"):
            words[stem + ending] = day
            words[stem.replace("ß", "ss") + ending] = day
    words["siebente"] = words["siebenten"] = words["siebenter"] = 7
    en = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth", "twentieth"]
    words.update({w: i + 1 for i, w in enumerate(en)})
    for i, w in enumerate(en[:9]):
        words[f"twenty-{w}"] = 21 + i
    words.update({"thirtieth": 30, "thirty-first": 31})
    return words


ORDINALS = _ordinal_words()


def alternation(words, suffix: str = "") -> str:
    """A regex alternation of the words, longest first, so that no word hides a longer one."""
    return "(?:" + "|".join(re.escape(w) + suffix for w in sorted(set(words), key=len, reverse=True)) + ")"


def trie_regex(words) -> str:
    """An alternation of the words as a prefix tree: the regex engine then branches once per letter."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + ")"
        return body + "?" if optional else body
    return emit(tree)


def fold(text: str) -> str:
    """Lower case as re.I compares letters: "ſ" is s, "ı" is i and "İ" one letter i."""
    return text.lower().replace("ſ", "s").replace("ı", "i").replace("i\u0307", "i")


def last_words_start(text: str, count: int) -> int:
    """Where the last count runs of non-white space in text begin, or a little before (0 if fewer).

    A regex that ends in white space and "$" and spans at most count such runs matches nothing that
    begins before: searching from here finds what a search from 0 finds, in fewer tries.
    """
    runs = text.rsplit(None, count)
    return len(runs[0]) if len(runs) > count else 0


def number_value(token: str) -> float | None:
    """'acht' -> 8.0, '3,5' -> 3.5, '1/2' -> 0.5, 'zweieinhalb' -> 2.5; None if it is no number."""
    token = token.strip().lower()
    if token in CARDINALS:
        return CARDINALS[token]
    if "/" in token:
        num, _, den = token.partition("/")
        return int(num) / int(den) if num.isdigit() and den.isdigit() and int(den) else None
    try:
        # de: the comma is the decimal separator ("3,5 Jahre")
        return float(token.replace(",", "."))
    except ValueError:
        return None


def ordinal_value(token: str) -> int | None:
    """'zweiten' -> 2, '15ten' -> 15, '4.' -> 4, '3rd' -> 3."""
    token = token.strip().lower().rstrip(".")
    if token in ORDINALS:
        return ORDINALS[token]
    digits = _DIGITS.match(token)
    return int(digits.group()) if digits else None


_DIGITS = re.compile(r"\d+")


def month_value(token: str) -> int | None:
    return MONTHS.get(token.strip().lower().rstrip("."))


def year_value(token: str) -> int:
    """'2020' -> 2020; two digits as in '31.10.74' or 'August 99': 00-49 -> 20xx, 50-99 -> 19xx."""
    year = int(token)
    if len(token) <= 2:
        year += 2000 if year < 50 else 1900
    return year


# ---------------------------------------------------------------- formatting

def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# ---------------------------------------------------------------- anchoring

@dataclass(frozen=True, slots=True)
class Anchor:
    """The date relative expressions count from, and how much of it is known."""

    ref: date | None
    precision: str = "day"          # "year", "month" or "day"

    @property
    def knows_day(self) -> bool:
        return self.ref is not None and self.precision == "day"

    @property
    def knows_month(self) -> bool:
        return self.ref is not None and self.precision in ("day", "month")

    def year_of_month(self, month: int, direction: int) -> int | None:
        """The year a bare month name means: the last one (-1), the next one (+1), else the nearest."""
        if self.ref is None:
            return None
        if not self.knows_month:
            return self.ref.year
        ref_index = self.ref.year * 12 + self.ref.month - 1
        return self._pick(self.ref.year, lambda y: y * 12 + month - 1 - ref_index, direction)

    def year_of_day(self, month: int, day: int, direction: int) -> int | None:
        """The year a day and month without one mean, chosen as year_of_month does."""
        if self.ref is None:
            return None
        if not self.knows_day:
            return self.year_of_month(month, direction)

        def offset(y: int) -> int:
            day_in_year = min(day, 28) if month == 2 and day == 29 and not valid_day(y, 2, 29) else day
            return (date(y, month, day_in_year) - self.ref).days
        return self._pick(self.ref.year, offset, direction)

    @staticmethod
    def _pick(year: int, offset, direction: int) -> int:
        candidates = [(offset(y), y) for y in (year - 1, year, year + 1)]
        if direction < 0:
            return max(y for o, y in candidates if o <= 0)
        if direction > 0:
            return min(y for o, y in candidates if o >= 0)
        # no signal: the nearest; on a tie the anchor's own year
        return min(candidates, key=lambda c: (abs(c[0]), c[1] != year))[1]


# ---------------------------------------------------------------- tense

# de/en: finite verbs that put a clause in the past
_PAST = frozenset("""
war waren wurde wurden hatte hatten gab gaben kam kamen kaufte kauften begann begannen endete endeten
fand fanden stieg stiegen sank sanken fiel fielen lag lagen ging gingen verkaufte verkauften übernahm
übernahmen gewann gewannen verlor verloren starb starben startete starteten trat traten zog zogen
veröffentlichte veröffentlichten eröffnete eröffneten schloss schlossen wuchs wuchsen erreichte
erreichten präsentierte präsentierten stellte stellten einigten einigte unterzeichnete unterzeichneten
beschloss beschlossen entschied entschieden setzte setzten machte machten brachte brachten zeigte
zeigten versuchte versuchten traf trafen sah sahen stand standen blieb blieben nahm nahmen hielt
hielten legte legten holte holten erzielte erzielten siegte siegten musste mussten konnte konnten
wollte wollten lehnte lehnten reagierte reagierten wählte wählten spielte spielten
was were had did bought sold began ended rose fell launched
""".split())
# de/en: reporting verbs; they date the statement, not what it is about ("sprach von Anfang August")
_REPORTING = frozenset("""
sagte sagten erklärte erklärten teilte teilten berichtete berichteten meldete meldeten hieß sprach
sprachen fragte fragten kündigte kündigten betonte betonten forderte forderten warnte warnten
bestätigte bestätigten kritisierte kritisierten schrieb schrieben
said announced reported told asked warned wrote
""".split())
_ABOUT = re.compile(r"\b(?:von|über|auf|für|about|of|for)\s+$", re.I)
_FUTURE = frozenset("""
soll sollen will wollen wird werden plant planen geplant geplante geplanten beabsichtigt
beabsichtigen voraussichtlich künftig bevorstehend bevorstehenden anstehend anstehenden
demnächst dürfte dürften
shall going plans planned scheduled expected upcoming
""".split())
_PERFECT_AUX = frozenset("hat haben ist sind has have".split())
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_CLAUSE_END = re.compile(r"[,;:!?\n()–—]|(?<![\d\s])\.(?=\s|$)")


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): up to the nearest comma, colon, bracket or sentence end."""
    lo = max(0, start - 300)
    left = lo
    for m in _CLAUSE_END.finditer(text, lo, start):
        left = m.end()
    right_match = _CLAUSE_END.search(text, end, min(len(text), end + 300))
    right = right_match.start() if right_match else min(len(text), end + 300)
    return left, right


def tense_direction(text: str, start: int, end: int) -> int:
    """-1 when the clause around the expression is in the past, +1 when it looks ahead, else 0."""
    left, right = clause_bounds(text, start, end)
    reported_about = _ABOUT.search(text, max(0, start - 6), start) is not None
    best: tuple[int, int] | None = None
    saw_aux = saw_participle = False
    for m in _WORD.finditer(text, left, right):
        if start <= m.start() < end:
            continue
        word = m.group().lower()
        sign = -1 if word in _PAST or word in _REPORTING and not reported_about else 1 if word in _FUTURE else 0
        saw_aux |= word in _PERFECT_AUX
        saw_participle |= (m.group()[0].islower() and word.startswith("ge") and word.endswith(("t", "en"))
                           and len(word) > 5)
        if sign:
            distance = abs(m.start() - start)
            if best is None or distance < best[0]:
                best = (distance, sign)
    if best:
        return best[1]
    return -1 if saw_aux and saw_participle else 0


def shift_days(d: date, days: int) -> date:
    return d + timedelta(days=days)


def weekday_date(anchor: date, weekday: int, direction: int, weeks: int = 0) -> date:
    """The weekday (1 = Monday) on or before the anchor (-1), else the next one after it;
    weeks more in the same direction."""
    today = anchor.isoweekday()
    if direction < 0:
        back = (today - weekday) % 7
        return anchor - timedelta(days=back + 7 * weeks)
    ahead = (weekday - today) % 7 or 7
    return anchor + timedelta(days=ahead + 7 * weeks)
