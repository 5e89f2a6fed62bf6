"""Shapes of names in running text that need no language's words: a ticker item's opening name,
an acronym, CamelCase, a short word that a full stop follows."""
from __future__ import annotations

import re
from collections.abc import Iterable

# a ticker item: up to three capitalized words and a colon open a line ("Kaufwerk: Der Konzern ...")
_TICKER = re.compile(r"^([A-ZÄÖÜ][\w&'-]*(?: [A-ZÄÖÜ][\w&'-]*){0,2}): (?=[A-ZÄÖÜ])", re.M)


def ticker_names(text: str, start: int) -> Iterable[str]:
    """The names that open ticker items ("Kaufwerk: Der Konzern ..."): only lines holding ": " are
    tried, at their start, not every position of the text."""
    last = -1
    at = text.find(": ", start)
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        if line != last and line >= start:
            last = line
            m = _TICKER.match(text, line)
            if m:
                yield m.group(1)
        at = text.find(": ", at + 2)


def acronym(name: str) -> bool:
    """'UNHCR', 'GfK', 'A1': an abbreviation, which the article may never expand; never a subject."""
    if " " in name:
        return False
    capitals = sum(map(str.isupper, name))
    return (capitals >= 2 and 2 * capitals >= len(name)) or any(map(str.isdigit, name))


def camel_case(word: str) -> bool:
    """A CamelCase name ("TikTok", "ByteDance"): a name by its capitals alone; an abbreviation
    with a small letter inside ("VfGH", "GfK", "PwC") is not one."""
    return len(word) >= 4 and word.isalpha() and word[1:3].islower() and not word[1:].islower() \
        and not word.isupper()


def abbreviation(text: str, name: str, start: int) -> bool:
    """'Sept. 1', 'Dec. 4', 'U.S.': a short word that a full stop follows inside a sentence."""
    if " " in name or len(name) > 4:
        return False
    at = text.find(name + ".", start)
    while at >= 0:
        after = text[at + len(name) + 1:at + len(name) + 3]
        if after[:1].isalpha() or (after[:1] == " " and (after[1:2].islower() or after[1:2].isdigit())):
            if at == 0 or not text[at - 1].isalnum():
                return True
        at = text.find(name + ".", at + 1)
    return False
