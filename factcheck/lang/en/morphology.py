"""English morphology the data alone cannot say: folding a counted noun's plural to its base form."""
from __future__ import annotations

COMPOUND_NUMERALS = False     # en: "two hundred and five" is a phrase of words


def inflections(base: str) -> list[str]:
    """The regular plurals of a counted noun ('user' -> 'users', 'box' -> 'boxes')."""
    return [base, base + "s", base + "es"]


def base_form(noun: str, counted: dict[str, str]) -> str:
    """'users' -> 'user', 'people' -> 'person', 'companies' -> 'company'."""
    if noun in counted:
        return counted[noun]
    return singular(noun.lower())


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
