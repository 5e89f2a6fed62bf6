"""What follows a numeral: fractions and multipliers, scale words, and what it counts (currency,
percent, physical unit, counted noun), read rightwards from the numeral's end."""
from __future__ import annotations

from decimal import Decimal

from factcheck.extract import units
from factcheck.extract.figure import Figure
from factcheck.extract.lexicon import Lexicon


def read_attached_scale(text: str, figure: Figure, lex: Lexicon) -> bool:
    """'100k', '5Mio', '$970m': a scale written against the digits."""
    m = lex.attached.match(text, figure.end)
    if not m:
        return False
    figure.power = lex.attached_scales[m.group(1)]
    figure.scale_word = m.group(1)
    figure.end = m.end()
    dotted = m.group(1).lower() + "."
    if m.group().endswith(".") and dotted not in lex.scales and dotted not in lex.other_scales:
        figure.end -= 1               # "£2.5bn.": the full stop ends the sentence, "5 Mio." abbreviates
    return True


def read_decimal_word(text: str, figure: Figure, lex: Lexicon) -> None:
    """'2 Komma 5', 'tausend Komma fünfzehn'."""
    m = lex.decimal_word.match(text, figure.end)
    if not m:
        return
    # isdecimal, not isdigit: "³" is a digit to isdigit but no decimal digit to Decimal
    digits = m.group(1) if m.group(1).isdecimal() else _digits_of_word(m.group(1), lex)
    if digits:
        figure.value = Decimal(str(figure.value)).to_integral() + Decimal("0." + digits)
        figure.end = m.end()


def _digits_of_word(word: str, lex: Lexicon) -> str | None:
    """The digits a number word stands for after the decimal word: 'fünfzehn' -> '15'."""
    value = lex.parse_word(word)
    if value is None or value != int(value):
        return None
    return str(int(value))


def followed_by_something(text: str, end: int, lex: Lexicon) -> bool:
    return bool(lex.scale_after.match(text, end) or lex.ratio_after.match(text, end) or units.counted_after(text, end, lex)
                or units.currency_after(text, end, lex) or units.percent_after(text, end, lex))


def read_fraction_and_multiplier(text: str, figure: Figure, lex: Lexicon) -> None:
    m = lex.and_fraction.match(text, figure.end)
    if m:                             # de: "fünf und drei Viertel", en: "two and a half"
        count = lex.parse_word(m.group(1))
        if count is None and m.group(1).lower() in lex.one_words:
            count = 1.0
        part = lex.and_fractions.get(m.group(2).lower(), 0.5)
        if count is not None:
            figure.value = float(figure.value) + count * part
            figure.end = m.end()
    m = lex.fraction_after.match(text, figure.end)
    if m and not _fraction_is_an_adjective(text, m.end(), lex):
        part = lex.fractions[m.group(1).lower()]
        whole, numerator = _mixed_number(text[figure.start:figure.end], part, lex)
        figure.value = float(Decimal(str(whole)) + Decimal(str(figure.value if numerator is None else numerator)) * Decimal(str(part)))
        figure.end = m.end()
    m = lex.multiplier_after.match(text, figure.end)
    if m:
        figure.value = float(figure.value) * lex.multipliers[m.group(1).lower()]
        figure.end = m.end()


def _mixed_number(phrase: str, part: float, lex: Lexicon) -> tuple[float, float | None]:
    """en: "twenty and three fifths" is 20 + 3/5, but "one hundred and thirty fifths" is 130/5: the part
    after the last joiner is a numerator only where it is a proper fraction."""
    for joiner in lex.numbers.cardinal_joiners:
        head, sep, tail = phrase.rpartition(f" {joiner} ")
        if sep and (whole := lex.parse_word(head)) is not None and (numerator := lex.parse_word(tail)) is not None \
                and numerator * part < 1:
            return whole, numerator
    return 0.0, None


def _fraction_is_an_adjective(text: str, end: int, lex: Lexicon) -> bool:
    """de: "drei halbe Schweine" multiplies, but "eine halbe Stunde" is a duration, left alone here."""
    counted = units.counted_after(text, end, lex)
    return bool(counted and counted.is_time)


def read_scale(text: str, figure: Figure, lex: Lexicon) -> None:
    if figure.power:
        return
    m = lex.scale_after.match(text, figure.end)
    if not m:
        return
    word = m.group(1)
    power = scale_power(word, lex)
    if power is None:
        return
    figure.power, figure.scale_word, figure.end = power, word, m.end()
    _read_smaller_groups(text, figure, lex)


def scale_power(word: str, lex: Lexicon) -> int | None:
    lower = word.lower()
    if len(lower) == 1:
        return None                   # "k", "m", "b" count only attached to the digits: "100k", "$970m"
    if lex.numbers.nouns_capitalized and word[0].islower() and lower in lex.other_scales \
            and lower in lex.scales:
        return lex.other_scales[lower]   # de: nouns are capitalized; "billion" is the English word, quoted
    if lower in lex.scales:
        return lex.scales[lower]
    return lex.other_scales.get(lower)   # a scale word of another language


def _read_smaller_groups(text: str, figure: Figure, lex: Lexicon) -> None:
    """de: 'zwei Millionen eintausendeinhundertfünfzig', 'zwei Billiarden siebenhunderteinundsiebzig Billionen'."""
    if figure.from_digits:
        return
    total = Decimal(str(figure.value)) * Decimal(10) ** figure.power
    power = figure.power
    while True:
        m = lex.smaller_group.match(text, figure.end)
        if not m:
            break
        value = lex.parse_word(m.group(1))
        scale = scale_power(m.group(2), lex) if m.group(2) else None
        if value is None or (scale is not None and scale >= power):
            break
        total += Decimal(str(value)) * Decimal(10) ** (scale or 0)
        figure.end = m.end() if scale is not None else m.end(1)
        power = scale or 0
        if scale is None:
            break
    figure.value, figure.power = total / Decimal(10) ** figure.power, figure.power


def read_what_is_counted(text: str, figure: Figure, lex: Lexicon) -> None:
    pos = figure.end
    if (found := units.percent_after(text, pos, lex)):
        figure.end, figure.kind, figure.unit = found[0], "percent", found[1]
        return
    if (found := units.currency_after(text, pos, lex)):
        figure.end, figure.kind, figure.unit = found[0], "money", found[1]
        figure.power += found[2]
        if not figure.power and (scale := lex.scale_after.match(text, figure.end)) \
                and (power := scale_power(scale.group(1), lex)):
            figure.power, figure.scale_word, figure.end = power, scale.group(1), scale.end()   # "75 USD million"
        _read_subunit(text, figure, lex)
        return
    # de: "5 Milliarden t" is rare, "3 Mio. t" is tonnes only where no scale word stands before it
    if (found := units.physical_after(text, pos, lex)) and not (lex.numbers.nouns_capitalized and found[1] == "t"
                                                                 and figure.power):
        figure.end, figure.kind, figure.unit = found[0], "quantity", found[1]
        return
    counted = units.counted_after(text, pos, lex)
    if counted:
        figure.is_time = counted.is_time
        figure.known_noun = counted.known
        if not counted.is_time:
            figure.end, figure.kind, figure.unit = counted.end, "quantity", counted.unit
            figure.qualifiers.update(counted.qualifiers)


def _read_subunit(text: str, figure: Figure, lex: Lexicon) -> None:
    """'zwei Euro fünfzig', '15 Dollar und 15 Cent', '15 Dollar 50'."""
    m = lex.subunit.match(text, figure.end)
    if not m:
        return
    word = m.group(1)
    cents = int(word) if word.isdigit() else lex.parse_word(word)
    if cents is None or not 0 < cents < 100 or figure.power:
        return
    if not m.group("cent") and not _subunit_ends_the_amount(text, m, figure.end, lex):
        return                        # "5 €, 10 €", "50 dollar 40 rmb": a list of amounts
    figure.value = Decimal(str(figure.value)) + Decimal(int(cents)) / 100
    figure.step = 0.01 if figure.from_digits else 0.0
    figure.end = m.end()


def _subunit_ends_the_amount(text: str, m, amount_end: int, lex: Lexicon) -> bool:
    """'15 Dollar 50' is 15.50, but not where another amount or a scale word follows the 50, and
    after a joiner ("and 50", ", 50") only where the clause ends there."""
    after = m.end()
    if units.currency_after(text, after, lex) or lex.scale_after.match(text, after):
        return False
    if not text[amount_end:m.start(1)].strip():
        return True
    rest = text[after:after + 2].lstrip()
    return not rest or rest[0] in ".;!?)"


def read_fraction_after_scale(text: str, figure: Figure, lex: Lexicon) -> None:
    """'3 million and a quarter', 'two million and one half': the fraction is of the scale."""
    if not figure.power:
        return
    m = lex.and_fraction.match(text, figure.end)
    if not m:
        return
    count = lex.parse_word(m.group(1))
    if count is None and m.group(1).lower() in lex.one_words:
        count = 1.0
    if count is not None:
        figure.value = Decimal(str(figure.value)) + Decimal(str(count * lex.and_fractions.get(m.group(2).lower(), 0.5)))
        figure.end = m.end()
