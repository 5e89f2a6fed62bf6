"""Updated: a later source states a new value and says that it changed.

What it finds: claims with the same subject, claim type, qualifiers and unit, from
different documents, whose intervals do not overlap, where the later document (by
publication date) signals a change in the claim's sentence or the one before:
verschoben, verlängert, Aufschub, neue Frist, erhöht, gesenkt, korrigiert, postponed,
extended, delayed, raised, lowered, revised. When the order cannot be told from the dates
(a document is undated, or both carry the same date), the document that signals the
change counts as the later one. A new value with no signal is a contradiction.
Why it matters: the earlier claim is superseded, not contradicted; a reviewer may want to
update the older article.
Example: "Mitte September" (a.txt:27) vs "4. Dezember" (b.txt:2, "verschiebt sich die neue Frist").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from factcheck.compare.groups import ClaimGroup
from factcheck.compare.intervals import publication_interval
from factcheck.compare.wording import pair_message
from factcheck.model import Claim, Finding

ID = "updated"
SEVERITY = "info"

# Word stems, so that inflected forms match: "verschiebt", "verschoben", "Verschiebung";
# "verlängert", "Verlängerung"; "erhöht", "Erhöhung"; "postponed", "postponement".
_SIGNAL_WORDS = (
    r"verschieb\w*", r"verschob\w*", r"verlegt\w*", r"vertag\w*", r"verlänger\w*", r"aufschub", r"aufgeschoben",
    r"neuen?\s+(?:frist|termin|stichtag|datum)", r"fristverlängerung", r"terminverlängerung",
    r"erhöh\w*", r"angehoben", r"anheb\w*", r"hebt\b[^.]{0,40}\ban", r"gesenkt", r"senkt\w*", r"senkung\w*",
    r"herabgesetzt", r"korrigier\w*", r"korrektur\w*", r"revidier\w*", r"nach\s+(?:oben|unten)\s+korrigiert",
    r"aktualisiert\w*",
    r"postpon\w*", r"extend\w*", r"extension\w*", r"delay\w*", r"push(?:ed|es)?\s+back", r"reschedul\w*",
    r"new\s+(?:deadline|date)", r"rais(?:ed|es|ing)", r"lower(?:ed|s|ing)", r"revis(?:ed|es|ing|ion)\w*",
    r"correct(?:ed|ion)\w*", r"updated", r"upgraded", r"downgraded", r"cut\s+its",
)
# The letters the words begin with are checked first, in one step: the engine tries the words one by one
# only at the start of a word that may be one of them (a search costs half as much).
_FIRST_LETTERS = "".join(sorted({word[0] for word in _SIGNAL_WORDS}))
_SIGNAL = re.compile(rf"\b(?=[{_FIRST_LETTERS}])(?:{'|'.join(_SIGNAL_WORDS)})", re.IGNORECASE)


def check(group: ClaimGroup) -> Iterator[Finding]:
    signals: dict[str, str | None] = {}

    def signal(claim: Claim) -> str | None:
        if claim.id not in signals:
            signals[claim.id] = change_signal(claim.sentence) or change_signal(group.previous_sentence(claim))
        return signals[claim.id]

    for a, b in group.unreported(group.comparable_pairs):
        if group.agree(a, b) is not False:
            continue
        # The sweep pairs one claim of each value; another source with the same value may be the
        # one that signals the change ("4. Dezember" restated later, without a word of change).
        change = next((found for x in group.twins(a) for y in group.twins(b)
                       if x.doc != y.doc and (found := superseding(group, x, y, signal))), None)
        if change is None:
            continue
        old, new, reason = change
        if {old.id, new.id} != {a.id, b.id}:
            group.settle(a, b)
        yield group.finding(ID, SEVERITY, (old, new), pair_message(group.label, old, new, reason))


def superseding(group: ClaimGroup, a: Claim, b: Claim,
                signal: Callable[[Claim], str | None]) -> tuple[Claim, Claim, str] | None:
    """(earlier claim, later claim, reason) when the later document signals the change, else None."""
    da = publication_interval(_date(group, a))
    db = publication_interval(_date(group, b))
    if da is not None and db is not None and not da.overlaps(db):
        old, new = (a, b) if da.high < db.low else (b, a)
        word = signal(new)
        if word is None:
            return None
        return old, new, f'{new.doc} is the later source ({_date(group, new)}) and {_superseded(word)}'
    word_a, word_b = signal(a), signal(b)
    if word_a and word_b:
        return a, b, f'both sources signal a change ("{word_a}", "{word_b}"); which one is later is unknown'
    if word_a or word_b:
        old, new, word = (a, b, word_b) if word_b else (b, a, word_a)
        return old, new, f"{new.doc} is taken as the later source and {_superseded(word)}"
    return None


def _superseded(word: str) -> str:
    return f'signals the change ("{word}"); the earlier value is superseded'


def change_signal(text: str) -> str | None:
    """The first word in the text that says a value changed, or None."""
    m = _SIGNAL.search(text)
    return " ".join(m.group().split()) if m else None


def _date(group: ClaimGroup, claim: Claim) -> str | None:
    document = group.documents.get(claim.doc)
    return document.date if document else None
