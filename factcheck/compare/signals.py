"""What the words around a figure say about it: a change, a threshold, a forecast (language data: change.yaml).

The word lists come from `factcheck/lang/<code>/change.yaml` (and from rules that add change signals);
here are only the shapes: a phrase matches at a word start, case-insensitively, a trailing `*` matches any
continuation. Each list is compiled once per language (and per set of rule signals), never per claim.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from factcheck import lang      # the module only: a language's data (and yaml) are read on first use
from factcheck.model import Claim

_WINDOW_BEFORE = 30     # characters before a figure that may hold a threshold or a from-word
_WINDOW_AFTER = 40      # characters after it that may hold a threshold ("... Kunden überschritten")
_CLAUSE_END = re.compile(r"[,;:.!?()]")


@cache
def change_signal(text: str, code: str | None = None, extra: tuple[str, ...] = ()) -> str | None:
    """The first phrase in the text that says a figure changed ("verschiebt", "risen to"), or None;
    without a language code, the first found in any shipped language. Cached: the claims of one
    sentence each ask for it, and a sentence is read again as the one before the next."""
    codes = (code,) if code else lang.codes()
    for each in codes:
        m = _pattern(_language(each), "signals", extra).search(text)
        if m:
            return " ".join(m.group().split())
    return None


@cache
def says_unchanged(text: str, code: str | None) -> bool:
    """True when the sentence says its figure did not change ("still plans to cut", "weiterhin")."""
    return bool(_pattern(_language(code), "unchanged", ()).search(text))


def is_old_value(claim: Claim, sentence_start: int | None) -> bool:
    """True when a from-word stands right before the figure: "von 48 auf 56", "to 56 from 48";
    not when a to-word stands between them ("von 48 auf 56": 56 is the new figure)."""
    before = _before(claim, sentence_start)
    language = _language(claim.lang)
    m = _pattern(language, "from_words", (), gap=4).search(before)
    if m is None:
        return False
    # "pushed back from mid-December to late January": the figure after "to" is the new one
    after_from = before[m.start():].split(None, 1)
    return len(after_from) < 2 or not _pattern(language, "to_words", ()).search(after_from[1])


def is_earlier(claim: Claim, sentence_start: int | None) -> bool:
    """True when the figure is stated as a former one ("hatte zunächst drei Mitarbeiter", "initially")."""
    return bool(_pattern(_language(claim.lang), "earlier", (), gap=3).search(_before(claim, sentence_start)))


def is_threshold(claim: Claim, sentence_start: int | None) -> bool:
    """True when the figure is a threshold passed ("die Marke von einer Million überschritten")."""
    language = _language(claim.lang)
    if _pattern(language, "threshold_before", (), gap=2).search(_before(claim, sentence_start)):
        return True
    after = _after(claim, sentence_start)
    return bool(_pattern(language, "threshold_after", ()).search(after))


def is_forecast(claim: Claim) -> bool:
    """True when the claim's sentence says the figure is a forecast or a target, not an actual."""
    return _forecast_sentence(claim.sentence, claim.lang)


@cache
def _forecast_sentence(sentence: str, code: str | None) -> bool:
    # by sentence: the claims of one sentence (a figure and its date) each ask
    return bool(_pattern(_language(code), "forecast", ()).search(sentence))


def is_increment(claim: Claim, sentence_start: int | None) -> bool:
    """True when the figure counts what was added ("120 neue Filialen", "another 150 staff"), not a level."""
    pattern = _pattern(_language(claim.lang), "increment", ())
    return bool(pattern.search(claim.text) or _pattern(_language(claim.lang), "increment", (), gap=0).search(
        _before(claim, sentence_start)))


def _before(claim: Claim, sentence_start: int | None) -> str:
    return _clause_before(claim.sentence, _offset(claim, sentence_start))


@lru_cache(maxsize=4096)
def _clause_before(sentence: str, offset: int) -> str:
    """The clause that ends at offset, at most _WINDOW_BEFORE characters of it (cached: a figure's increment,
    earlier and threshold readings each ask)."""
    text = sentence[max(0, offset - _WINDOW_BEFORE):offset]
    cut = max((m.end() for m in _CLAUSE_END.finditer(text)), default=0)
    return text[cut:]


def _after(claim: Claim, sentence_start: int | None) -> str:
    offset = _offset(claim, sentence_start) + len(claim.text)
    text = claim.sentence[offset:offset + _WINDOW_AFTER]
    m = _CLAUSE_END.search(text)
    return text[:m.start()] if m else text


def _offset(claim: Claim, sentence_start: int | None) -> int:
    if sentence_start is not None:
        return claim.start - sentence_start
    at = claim.sentence.find(claim.text)
    return max(at, 0)


def _language(code: str | None):
    try:
        return lang.get(code or "de")
    except lang.LanguageDataError:
        return lang.get("de")


@cache
def _pattern(language, field: str, extra: tuple[str, ...], gap: int | None = None) -> re.Pattern:
    """One regex for a word list of change.yaml (plus a rule's phrases); with gap, a phrase followed by
    at most that many words must end the text (the figure follows it: "from an initial budget of")."""
    phrases = tuple(getattr(language.change, field)) + extra
    if not phrases:
        return re.compile(r"(?!)")
    body = _by_first_letter(sorted((_phrase(p) for p in phrases), key=len, reverse=True))
    tail = "" if gap is None else rf"(?:\W+\w+){{0,{gap}}}\W*$"
    return re.compile(rf"(?<!\w){_first_letters(phrases)}(?:{body}){tail}", re.IGNORECASE)


def _by_first_letter(shapes: list[str]) -> str:
    """The alternatives, those of one first letter after it ('s(?:teigt\\s+auf(?!\\w)|inkt(?!\\w))|v(?:...)'):
    the engine then tries only the phrases of the letter it stands at, where it tried every phrase. The
    same match: two phrases of different first letters never match at one place, and the phrases of
    one letter keep their order. Only when each begins with an ASCII letter (no other letter is that
    letter in another case: the long s is an s), else the alternatives as they are."""
    if not all(shape[:1].isascii() and shape[:1].isalpha() for shape in shapes):
        return "|".join(shapes)
    by_letter: dict[str, list[str]] = {}
    for shape in shapes:
        by_letter.setdefault(shape[0].lower(), []).append(shape[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in by_letter.items())


def _first_letters(phrases: tuple[str, ...]) -> str:
    """'(?=[gsv])', the letters the phrases begin with: the regex engine passes over a word that begins
    with none of them in one step, instead of trying every phrase there (a third of the time on long
    sentences); '' when a phrase has no first letter."""
    words = [phrase.rstrip("*").split() for phrase in phrases]
    if not all(words):
        return ""
    return "(?=[" + "".join(re.escape(first) for first in sorted({w[0][0] for w in words})) + "])"


def _phrase(phrase: str) -> str:
    """'gestiegen auf' -> r'gestiegen\\s+auf(?!\\w)'; 'verschieb*' -> r'verschieb\\w*'."""
    open_end = phrase.endswith("*")
    words = phrase.rstrip("*").split()
    shape = r"\s+".join(re.escape(w) for w in words)
    return shape + (r"\w*" if open_end else r"(?!\w)")
