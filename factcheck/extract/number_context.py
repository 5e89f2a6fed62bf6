"""What stands around a figure: currency symbols, signs and approximation words to its left, and the
signs that it names, dates or ranks instead of counting (a year, an ordinal, "Seite 12", a name)."""
from __future__ import annotations

import re

from factcheck.extract import units
from factcheck.extract.figure import Figure
from factcheck.extract.lexicon import Lexicon
from factcheck.extract.timex import search_last_words

_YEAR = range(1000, 2200)
_WORD_AFTER_DOT = re.compile(r"\.\s+(\w+)")
_WORD_BEFORE = re.compile(r"(?:^|[\s(])([\w.§-]+)\s+$")
_TOKEN = re.compile(r"\S+")
_CAPITALIZED_BEFORE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+)\s+$")
_SIGN = re.compile(r"(?:^|(?<=[\s(\[]))([-−–])$|(?:^|(?<=\n))([-−–])\s$")
_QUOTES_AND_DASHES = "(„\"'«‚–-"
_COMMA_RUN = re.compile(r"\d+(?:,\d+)+")
_GROUPS_OF_THREE = re.compile(r"\d{1,3}(?:,\d{3})+")
_DECIMAL_AFTER = re.compile(r"\.\d")
_INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}")


def read_left(text: str, figure: Figure, lex: Lexicon) -> None:
    """Currency symbols, signs and approximation words before the numeral."""
    start = figure.start
    if text[start - 1:start] in ("-", "−") and _sign_after_the_symbol(text, start):
        figure.negative, start = True, start - 1    # "$-3.2 million": the sign after the symbol
    before = text[max(0, start - 2):start].rstrip(" \u00a0")[-1:]
    if (before in "$€£¥" or before.isupper()) and (found := units.currency_before(text, start)):
        if figure.kind in ("number", "quantity"):
            figure.kind, figure.unit = "money", found[1]
        start = found[0]
        before = text[max(0, start - 2):start].rstrip()[-1:]
    if before and before in "-−–" and (sign := _SIGN.search(text, max(0, start - 3), start)):
        figure.negative, start = True, sign.start(1) if sign.group(1) else sign.start(2)
    elif before in lex.sign_word_last_letters and (sign := lex.sign_word.search(text, max(0, start - 10), start)):
        figure.negative, start = True, sign.start()
    if (hedge := _hedge_before(text, start, lex)):
        figure.approx, start = hedge
    figure.start = start


def list_item_end(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """en: in '22,24,26,31' (no thousands grouping: a group is not three digits) each number ends at its comma."""
    if lex.thousands_separator != "," or "," not in text[start - 1:end + 1]:
        return None
    m = _COMMA_RUN.match(text, _run_start(text, start))
    if not m or m.group().count(",") < 2 or _GROUPS_OF_THREE.fullmatch(m.group()) \
            or _INDIAN_GROUPS.fullmatch(m.group()) or _DECIMAL_AFTER.match(text, m.end()):
        return None                   # "12,34,567.89": Indian grouping, one number
    comma = text.find(",", start, m.end())
    return comma if comma != -1 else m.end()


def _run_start(text: str, start: int) -> int:
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "," and text[start - 2:start - 1].isdigit()):
        start -= 1
    return start


def read_currency_word_before(text: str, figure: Figure, lex: Lexicon) -> None:
    """en: 'ringgit 42', 'usd 20', 'Rs. 20': a currency named before the amount, in lower case, as a code or
    abbreviated ('Euro 6' and 'Dollar General' are names)."""
    if figure.kind != "number" or not lex.numbers.currency_word_first:
        return
    m = lex.currency_before.search(text, max(0, figure.start - 24), figure.start)
    word = m.group(1) if m else ""
    if not m or not (word.islower() or word.isupper() or len(word) <= 3) or units.currency_before(text, figure.start):
        return
    if _an_amount_ends_before(text, m.start(), lex):
        return                        # "50 dollar 40 rmb": the dollar is the 50's
    if len(word) > 3 and figure.raw.isdigit() and len(figure.raw) == 4 and int(figure.raw) in _YEAR:
        return                        # "EURO 2024": a tournament and its year
    figure.kind, figure.unit, figure.start = "money", lex.currencies[m.group(1).lower()], m.start()


def _an_amount_ends_before(text: str, start: int, lex: Lexicon) -> bool:
    """A figure right before the currency word, which owns it unless the writer put the currency first
    there too ("rmb 10 usd 20")."""
    head = text[max(0, start - 32):start].split()
    if not head or not (head[-1][-1].isdigit() or lex.parse_word(head[-1]) is not None):
        return False
    return not (len(head) > 1 and head[-2].lower().rstrip(".") in lex.currencies)


def _sign_after_the_symbol(text: str, start: int) -> bool:
    """'$-3.2', but not the dash between two amounts in '5€-10€'."""
    return start >= 2 and text[start - 1] in "-−" and text[start - 2] in "$€£¥" \
        and not text[start - 3:start - 2].isdigit()


def read_unit_before(text: str, figure: Figure, lex: Lexicon) -> bool:
    """'magnitude 5.9', 'magnitude-5.9', 'der Stärke 5,9': a unit named before a bare figure."""
    if figure.kind != "number" or figure.power or not _word_before_is_one_of(text, figure.start,
                                                                               lex.unit_before_last_words):
        return False
    named = lex.unit_before.search(text, max(0, figure.start - 24), figure.start)
    if not named:
        return False
    figure.kind, figure.unit, figure.start = "quantity", _unit_named(named.group(1), lex), named.start()
    return True


def _word_before_is_one_of(text: str, start: int, words: frozenset[str]) -> bool:
    if not words:
        return False
    window = text[max(0, start - 24):start].rstrip(" -‑\u00a0")
    return window[window.rfind(" ") + 1:].lower() in words


def _unit_named(phrase: str, lex: Lexicon) -> str | None:
    wanted = " ".join(phrase.split()).lower()
    return next((unit for words, unit in lex.numbers.units_before.items() if words.lower() == wanted), None)


def _hedge_before(text: str, start: int, lex: Lexicon) -> tuple[str, int] | None:
    """The approximation words right before a figure: ('almost', offset of "knapp")."""
    window_start = max(0, start - 24)
    window = text[window_start:start]
    if not window or not window[-1].isspace() and window[-1] not in ".(":
        return None
    stripped = window.rstrip()
    last = stripped[stripped.rfind(" ") + 1:].lower().lstrip(_QUOTES_AND_DASHES)
    if last not in lex.hedge_last_words:
        return None                   # the usual case, decided without splitting the window
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(window)]
    if window_start and tokens and tokens[0][0] == 0:
        tokens = tokens[1:]           # the window may begin inside a word: "darüber" is no "über"
    for count in (3, 2, 1):
        if len(tokens) < count:
            continue
        first = tokens[-count][1]
        phrase = " ".join(t for _, t in tokens[-count:]).lower()
        lead = len(first) - len(first.lstrip(_QUOTES_AND_DASHES))
        approx = lex.hedges.get(phrase[lead:])
        if approx:
            return approx, window_start + tokens[-count][0] + lead
    return None


def is_a_name(text: str, start: int, word: str, lex: Lexicon) -> bool:
    """de: number words are written in lower case; "Claudia Tausend", "Eins Plus" are names."""
    if not word[0].isupper() or word.isupper():
        return False
    head = text[max(0, start - 4):start].rstrip(" \"„“'(«»")
    if not head or head[-1] in ".!?:\n–-":
        return False                  # a sentence (or list item, or quote) starts here
    before = _CAPITALIZED_BEFORE.search(text, max(0, start - 30), start)
    return not before or before.group(1).lower() not in lex.function_words


def is_not_a_claim(text: str, figure: Figure, lex: Lexicon) -> bool:
    if figure.is_time:
        return True                   # "seit acht Jahren": a duration
    bare = figure.kind == "number" and not figure.power and figure.approx == "exact"
    if is_year_like(figure) and figure.low_value is None \
            and (bare or figure.kind == "quantity" and not figure.known_noun):
        return True                   # "im Jahr 2020", "bis 2022"; but "1500 to 3000 protesters" is a range
    if figure.from_digits and bare and _is_ordinal(text, figure, lex):
        return True
    if bare and _is_identifier(text, figure, lex):
        return True
    if figure.from_digits and not figure.power and figure.kind in ("number", "quantity") \
            and (_after_an_acronym(text, figure) or _names_a_place_or_line(text, figure, lex)):
        return True                   # "AK 47", "F 35 jets": part of a model name
    return bare and text[figure.start - 1:figure.start] == "(" and _is_an_age_after_a_name(text, figure, lex)


def _names_a_place_or_line(text: str, figure: Figure, lex: Lexicon) -> bool:
    """'4100 Ridgeview Parkway' (a house number), 'Telefon 05872 3190' (a phone number)."""
    raw = figure.raw
    if not raw.isdigit():
        return False
    if lex.numbers.street_words:
        digits_end = text.find(raw, figure.start) + len(raw)
        if text[digits_end:digits_end + 1] in (" ", "\u00a0") and lex.street_after.match(text, digits_end):
            return True
    # a phone number counts nothing, and its groups have three digits or more
    return figure.kind == "number" and len(raw) >= 3 and _after_a_phone_cue(text, figure.start, lex)


def _after_a_phone_cue(text: str, start: int, lex: Lexicon) -> bool:
    """'Telefon 3190', 'phone: 4420', '05872 3190': a phone word or a group with a leading zero before it."""
    if text[start - 1:start] not in (" ", "\u00a0"):
        return False
    window = max(0, start - 20)
    token_start = max(text.rfind(" ", window, start - 1), text.rfind("\u00a0", window, start - 1)) + 1
    token = text[token_start:start - 1].lstrip("(").rstrip(":.").lower()
    if token in lex.phone_words:
        return True
    return len(token) > 2 and token[0] == "0" and token.isdigit()   # "05872 3190": an area code before


def _after_an_acronym(text: str, figure: Figure) -> bool:
    if not text[max(0, figure.start - 2):figure.start - 1].isupper():
        return False
    m = _WORD_BEFORE.search(text, max(0, figure.start - 12), figure.start)
    return bool(m) and len(figure.raw) <= 3 and figure.raw.isdigit() and m.group(1).isalpha() \
        and m.group(1).isupper() and len(m.group(1)) > 1 and m.group(1) not in units.ISO_CODES


def _is_an_age_after_a_name(text: str, figure: Figure, lex: Lexicon) -> bool:
    """'Petrak (34) schwieg', 'Anna Berger (71) sagte': an age in parentheses after a name. In a list
    ('Bayern (36) und Hessen (20)', 'Japan (289),') the figures are counts and stay."""
    if not (figure.raw.isdigit() and len(figure.raw) <= 2 and text[figure.start - 1:figure.start] == "("
            and text[figure.end:figure.end + 1] == ")"):
        return False
    before = text[max(0, figure.start - 30):figure.start - 1].rstrip()
    name = before[before.rfind(" ") + 1:]
    following = text[figure.end + 1:figure.end + 12].split()
    in_a_list = not following or following[0][0] in ",;.–-" or following[0] in lex.range_and
    return name[:1].isupper() and name.isalpha() and not in_a_list


def is_year_like(figure: Figure) -> bool:
    return (figure.from_digits and figure.raw.isdigit() and len(figure.raw) == 4
            and int(figure.raw) in _YEAR and not figure.power and figure.kind not in ("money", "percent"))


def _is_ordinal(text: str, figure: Figure, lex: Lexicon) -> bool:
    """de: "der 2. Platz", "am 4. Dezember", "– 3. Watabe", "(73.)": a dot after a small number."""
    end = figure.end
    if end >= len(text) or text[end] != "." or not figure.raw.isdigit() or len(figure.raw) > 3:
        return False
    if text.startswith((".)", ".,", ".;", "./"), end):
        return True                   # "Tore: Alba (5.)", "(12./3.)"
    nxt = _WORD_AFTER_DOT.match(text, end)
    if not nxt:
        return False
    word = nxt.group(1)
    if word.lower() in lex.months or word[0].islower():
        return True
    return bool(lex.ordinal_context.search(text, max(0, figure.start - 12), figure.start))


def _is_identifier(text: str, figure: Figure, lex: Lexicon) -> bool:
    """'Seite 12', 'Windows 11', 'ORF 2', 'Lumia 950': a bare number right after a name names, not counts."""
    m = search_last_words(_WORD_BEFORE, text, max(0, figure.start - 30), figure.start, 1)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if word.lower() in lex.identifier_words or word == "§":
        return True
    if not any(ch.isupper() for ch in word) or word.lower() in lex.function_words:
        return False
    if not (figure.raw.isdigit() and len(figure.raw) <= 3):
        return False                  # "Bevölkerung 1 414 021 100": a noun before a real figure
    before = text[max(0, m.start(1) - 3):m.start(1)].rstrip(" \"„“(")
    return bool(before) and before[-1] not in ".!?:\n"   # a capitalized word that does not open a sentence
