"""German morphology the data alone cannot say: numerals written as one word, and folding a noun's
plural, dative and gendered forms to its base form. The words themselves come from numbers.yaml."""
from __future__ import annotations

from factcheck.lang.counting import accumulate

COMPOUND_NUMERALS = True      # de: "elftausendsechshundert" is one word of morphemes

# de: gendered plurals ("Nutzer*innen", "NutzerInnen") and the forms a counted noun takes
GENDER_SUFFIXES = ("*innen", ":innen", "_innen", "/innen", "Innen", "innen")
INFLECTIONS = ("", "n", "en", "e", "s", "in", "innen", "*innen", ":innen", "_innen", "Innen", "*in", ":in")
# de: plural endings that are safe to fold without a dictionary ("Wohnungen" -> "Wohnung")
PLURAL_SUFFIXES = (("ungen", "ung"), ("heiten", "heit"), ("keiten", "keit"), ("schaften", "schaft"),
                   ("tionen", "tion"), ("täten", "tät"), ("ismen", "ismus"))
DATIVE_PLURALS = ("ern", "eln")   # de: dative plural "Nutzern" -> "Nutzer"


class Numerals:
    """Reads one German number word: 'zweihundertsechsundfünfzig' -> 256, 'zweieinhalb' -> 2.5."""

    def __init__(self, numbers) -> None:
        self.values: dict[str, int | None] = {**numbers.cardinals, **{j: None for j in numbers.cardinal_joiners}}
        self.joiners = frozenset(numbers.cardinal_joiners)
        self.articles = frozenset(numbers.articles)
        self.standalone = numbers.standalone_numbers
        self.endings = numbers.compound_endings
        self.parts = numbers.compound_parts
        by_first: dict[str, list[str]] = {}
        for morpheme in sorted(self.values, key=len, reverse=True):
            by_first.setdefault(morpheme[0], []).append(morpheme)
        self._by_first = by_first      # longest first: the tokenizer takes the longest morpheme

    def parse(self, word: str) -> float | None:
        w = word.lower()
        if w in self.standalone:
            return float(self.standalone[w])
        for ending, fraction in self.endings.items():
            if w.endswith(ending):
                head = w[: -len(ending)]
                whole = self._integer(head, article_is_one=True) if head else 0.0
                return None if whole is None else whole + fraction
        for ending, part in self.parts.items():
            if w.endswith(ending) and len(w) > len(ending):
                count = self._integer(w[: -len(ending)], article_is_one=True)
                return None if count is None else count * part
        return self._integer(w)

    def _integer(self, w: str, article_is_one: bool = False) -> float | None:
        tokens = self._tokens(w)
        if not tokens or tokens[0] in self.joiners or tokens[-1] in self.joiners:
            return None
        if any(a in self.joiners and b in self.joiners for a, b in zip(tokens, tokens[1:])):
            return None
        if len(tokens) == 1 and tokens[0] in self.articles and not article_is_one:
            return None                  # "ein" alone is an article, not a number
        return accumulate([self.values[t] for t in tokens])

    def _tokens(self, w: str) -> list[str] | None:
        tokens, pos = [], 0
        while pos < len(w):
            for morpheme in self._by_first.get(w[pos], ()):
                if w.startswith(morpheme, pos):
                    break
            else:
                return None
            tokens.append(morpheme)
            pos += len(morpheme)
        return tokens


def inflections(base: str) -> list[str]:
    """The forms of a counted noun folded to its base: plural, dative and gendered."""
    return [base + suffix for suffix in INFLECTIONS]


def base_form(noun: str, counted: dict[str, str]) -> str:
    """'Nutzerinnen' -> 'Nutzer', 'TikTok-Nutzer' -> 'Nutzer', 'Wohnungen' -> 'Wohnung'."""
    if noun in counted:
        return counted[noun]
    head, sep, tail = noun.rpartition("-")
    if sep and tail in counted:          # de: "TikTok-Nutzer" counts Nutzer
        return counted[tail]
    for suffix in GENDER_SUFFIXES:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            stem = noun[: -len(suffix)]
            return counted.get(stem, stem)
    if noun.endswith(DATIVE_PLURALS):
        return counted.get(noun[:-1], noun[:-1])
    for plural, singular in PLURAL_SUFFIXES:
        if noun.endswith(plural) and len(noun) > len(plural) + 2:
            return noun[: -len(plural)] + singular
    return noun
