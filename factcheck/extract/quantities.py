"""What follows a numeral: fractions and multipliers, scale words, and what it counts (currency,
percent, physical unit, counted noun), read rightwards from the numeral's end."""
from __future__ import annotations

import re
from decimal import Decimal

from factcheck.extract import units
from factcheck.extract.figure import Figure
from factcheck.extract.lexicon import Lexicon


def read_attached_scale(text: str, figure: Figure, lex: Lexicon) -> bool:
    """'100k', '5Mio', '$970m': a scale written against the digits."""
    m = lex.attached.match(text, figure.end)
    if not m or m.group(1) in lex.numbers.attached_after_decimals and figure.raw.isdigit():
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


def followed_by_something(text: str, end: int, lex: Lexicon, counted: bool = True) -> bool:
    """A scale word, ratio, currency or percent (and, if counted, a counted noun) after the numeral."""
    return bool(lex.scale_after.match(text, end) or lex.ratio_after.match(text, end) or lex.fraction_after.match(text, end)
                or counted and units.counted_after(text, end, lex)
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
    if not figure.from_digits and lex.ordinal_units and _read_compound_denominator(text, figure, lex):
        pass
    elif m and not _fraction_is_an_adjective(text, m.end(), lex) and not _an_ordinal_place(m.group(1), figure, lex):
        part = lex.fractions[m.group(1).lower()]
        whole, numerator = _mixed_number(text[figure.start:figure.end], part, lex)
        figure.value = float(Decimal(str(whole)) + Decimal(str(figure.value if numerator is None else numerator)) * Decimal(str(part)))
        figure.end = m.end()
    m = lex.multiplier_after.match(text, figure.end)
    if m:
        figure.value = float(figure.value) * lex.multipliers[m.group(1).lower()]
        figure.end = m.end()


def read_fraction_of_scale(text: str, figure: Figure, lex: Lexicon) -> None:
    """en: 'half a dozen' is 6, 'two thirds of a million' 666,667: a fraction word takes the size after it."""
    if figure.from_digits or not 0 < figure.value < 1:
        return
    m = lex.fraction_of_after.match(text, figure.end)
    if not m:
        return
    word = m.group(1).lower()
    size = lex.multipliers.get(word) or 10 ** (scale_power(word, lex) or 0)
    figure.value = round(float(figure.value) * size, 9)     # "a third of a dozen" is 4, not 3.9999999999999996
    figure.end = m.end()


def _read_compound_denominator(text: str, figure: Figure, lex: Lexicon) -> bool:
    """en: 'three twenty-firsts' is 3/21 and 'one hundred thirty-fifths' 100/35: a tens word right before an
    ordinal belongs to the denominator where a numerator stands before it ('thirty fifths' alone stays 30/5)."""
    if (m := lex.compound_ordinal_after.match(text, figure.end)):
        numerator, tens, end = float(figure.value), m.group(1), m.end()
    elif (m := lex.ordinal_after.match(text, figure.end)):
        head, tens = _last_word(text[figure.start:figure.end])
        joined = head.split()[-1:] and head.split()[-1].lower() in lex.numbers.cardinal_joiners
        # "one hundred and thirty fifths": the joiner binds the thirty to the hundred, 130/5
        numerator, end = (lex.parse_word(head) if head and not joined else None), m.end()
    else:
        return False
    ordinal = m.group(m.lastindex)
    if numerator is None or tens.lower() not in lex.tens_words or not (ordinal.endswith("s") or numerator == 1):
        return False                  # "three twenty-first century firms": a plural says fraction
    figure.value = numerator / (lex.tens_words[tens.lower()] + lex.ordinal_units[ordinal.lower()])
    figure.end = end
    return True


def is_an_ordinal(text: str, figure: Figure, lex: Lexicon) -> bool:
    """en: 'the twenty-first', 'March twenty first': number words closed by an ordinal name a place, not a figure."""
    return not figure.from_digits and bool(lex.ordinal_units) and lex.ordinal_after.match(text, figure.end) is not None


def _an_ordinal_place(word: str, figure: Figure, lex: Lexicon) -> bool:
    """en: 'three fifths' is a fraction, 'one hundred fifth' the 105th place: a singular ordinal after a number
    other than one."""
    return word.lower() in lex.ordinal_units and not word.lower().endswith("s") and figure.value != 1


def _last_word(phrase: str) -> tuple[str, str]:
    """'one hundred thirty' -> ('one hundred', 'thirty')."""
    m = _LAST_WORD.fullmatch(phrase.rstrip())
    return (m.group(1), m.group(2)) if m else ("", phrase)


_LAST_WORD = re.compile(r"(.*?)[\s-]+(\w+)", re.S)


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
    """de: 'zwei Millionen eintausendeinhundertfünfzig', 'zwei Billiarden siebenhunderteinundsiebzig Billionen';
    en: '4 thousand 3 hundred and 21'. Digits take a smaller group only with its scale word or after a
    joiner that follows a thousand or hundred ('and 21'), never a bare figure ('5 Millionen 300 Nutzer');
    words take one after a joiner that follows any scale."""
    total = Decimal(str(figure.value)) * Decimal(10) ** figure.power
    power = figure.power
    while True:
        m = lex.smaller_group.match(text, figure.end)
        if not m:
            break
        number, joined = m.group("num"), m.group("join") is not None
        value = float(number) if number.isdigit() else lex.parse_word(number)
        scale = scale_power(m.group("scale"), lex) if m.group("scale") else None
        if value is None or (scale is not None and scale >= power) \
                or _a_part_of_the_scale(text, m.end("num"), joined, lex):
            break                     # "two million and one half": the half is of the million
        if scale is None and (joined and power > 3 and _any_digits(figure, number) or figure.from_digits and not joined) \
                or joined and scale:
            break                     # en: "twenty-one trillion and three hundred" is one; "5 million and 300" two
        total += Decimal(str(value)) * Decimal(10) ** (scale or 0)
        figure.end = m.end() if scale is not None else m.end("num")
        power = scale or 0
        if scale is None:
            break
    if figure.from_digits and power < figure.power:
        figure.step = 10.0 ** (power - figure.power)
    figure.value, figure.power = total / Decimal(10) ** figure.power, figure.power


def _any_digits(figure: Figure, number: str) -> bool:
    return figure.from_digits or number.isdigit()


def read_what_is_counted(text: str, figure: Figure, lex: Lexicon) -> None:
    pos = figure.end
    if (found := units.percent_after(text, pos, lex)):
        figure.end, figure.kind, figure.unit = found[0], "percent", found[1]
        return
    if figure.kind != "money" and (found := units.currency_after(text, pos, lex)):
        figure.end, figure.kind, figure.unit = found[0], "money", found[1]
        figure.power += found[2]
        if not figure.power and (scale := lex.scale_after.match(text, figure.end)) \
                and (power := scale_power(scale.group(1), lex)):
            figure.power, figure.scale_word, figure.end = power, scale.group(1), scale.end()   # "75 USD million"
        _read_subunit(text, figure, lex)
        return
    if lex.numbers.counts_in_compounds and (found := units.compound_after(text, pos, lex)):
        figure.end, figure.kind, figure.unit = found   # en: "a 42,000-seat stadium"
        return
    # de: after a scale word a lone "t" is not read as tonnes
    if (found := units.physical_after(text, pos, lex)) and not (lex.numbers.nouns_capitalized and found[1] == "t"
                                                                 and figure.power):
        figure.end, figure.kind, figure.unit = found[0], "quantity", found[1]
        return
    counted = units.counted_after(text, pos, lex)
    if counted and counted.time_spent and figure.power >= 3:
        counted.is_time = False       # "12 Milliarden Stunden", "12.4 billion hours": an amount of time watched
    if counted:
        figure.is_time = counted.is_time
        figure.known_noun = counted.known
        if not counted.is_time:
            figure.end, figure.kind, figure.unit = counted.end, "quantity", counted.unit
            figure.qualifiers.update(counted.qualifiers)


def read_cents_after(text: str, figure: Figure, lex: Lexicon) -> None:
    """'$20 and 43 cents', '€3 und 20 Cent': the minor part after an amount whose currency stands before it
    (named, never bare: "$5 and 10" are two figures)."""
    if figure.kind == "money" and not figure.power and (m := lex.subunit.match(text, figure.end)) and m.group("cent"):
        _read_subunit(text, figure, lex)


def read_scope_after(text: str, figure: Figure, lex: Lexicon) -> None:
    """'€2.3bn including debt': what an amount covers belongs to its span (the headline's '€2.3bn' is
    another statement than the body's '€2.3bn including debt')."""
    if figure.kind == "money" and (m := lex.scope_after.match(text, figure.end)):
        figure.end = m.end()


def _read_subunit(text: str, figure: Figure, lex: Lexicon) -> None:
    """'zwei Euro fünfzig', '15 Dollar und 15 Cent', '15 Dollar 50'."""
    m = lex.subunit.match(text, figure.end)
    if not m:
        return
    word = m.group(1)
    cents = int(word) if word.isdigit() else lex.parse_word(word)
    if cents is None or not 0 < cents < 100 or figure.power:
        return
    if not m.group("cent") and (_currency_written_before(text, figure, lex)
                                or not _subunit_ends_the_amount(text, m, figure.end, lex)):
        return                        # "5 €, 10 €", "50 dollar 40 rmb", "rmb 10 usd 20": a list of amounts
    figure.value = Decimal(str(figure.value)) + Decimal(int(cents)) / 100
    figure.step = 0.01 if figure.from_digits else 0.0
    figure.end = m.end()


def _currency_written_before(text: str, figure: Figure, lex: Lexicon) -> bool:
    """A writer who names the currency before an amount ("rmb 10 usd 20") starts the next amount with
    it too, so a bare number after the next code is an amount of its own, not the minor part."""
    before = text[max(0, figure.start - 24):figure.start].split()
    return bool(before) and (before[-1].lower() in lex.currencies
                             or units.currency_before(text, figure.start) is not None)


def _subunit_ends_the_amount(text: str, m, amount_end: int, lex: Lexicon) -> bool:
    """'15 Dollar 50' is 15.50, but not where another amount or a scale word follows the 50, and
    after a joiner ("and 50", ", 50") only where the clause ends there."""
    after = m.end()
    if units.currency_after(text, after, lex) or lex.scale_after.match(text, after):
        return False
    if not m.group(1).isdigit() and units.counted_after(text, after, lex):
        return False                  # en: "12 dollar one way": the word counts the noun after it
    if not text[amount_end:m.start(1)].strip():
        return True
    rest = text[after:after + 2].lstrip()
    return not rest or rest[0] in ".;!?)"


def _a_part_of_the_scale(text: str, pos: int, joined: bool, lex: Lexicon) -> bool:
    """'two million and three fifths' adds three fifths of the million; without the joiner a plural ordinal
    counts the whole numeral ('one million two thousand three fifths' is 1,002,003 fifths)."""
    m = lex.fraction_after.match(text, pos)
    return m is not None and (joined or not _counting_ordinal(m.group(1), lex))


def _counting_ordinal(word: str, lex: Lexicon) -> bool:
    return word.lower() in lex.ordinal_units and word.endswith("s")


def read_fraction_after_scale(text: str, figure: Figure, lex: Lexicon) -> None:
    """'3 million and a quarter', 'two million and one half': the fraction is of the scale."""
    if not figure.power:
        return
    if (m := lex.fraction_after.match(text, figure.end)) and _counting_ordinal(m.group(1), lex):
        figure.value = Decimal(str(figure.value)) * Decimal(str(lex.fractions[m.group(1).lower()]))
        figure.end = m.end()
        return
    m = lex.and_fraction.match(text, figure.end)
    if not m:
        return
    count = lex.parse_word(m.group(1))
    if count is None and m.group(1).lower() in lex.one_words:
        count = 1.0
    if count is None:
        return
    part, end, power = Decimal(str(count * lex.and_fractions.get(m.group(2).lower(), 0.5))), m.end(), figure.power
    after = lex.scale_after.match(text, end)
    if after and (power := scale_power(after.group(1), lex)) is not None:
        if power >= figure.power:
            return                    # "one million and a half billion": no one numeral
        end = after.end()             # en: "one billion and a half million": the half is of the million
    figure.value = Decimal(str(figure.value)) + part * Decimal(10) ** (power - figure.power)
    figure.end = end
