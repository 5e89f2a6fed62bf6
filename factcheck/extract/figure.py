"""A figure being read, and the Mention it becomes."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

from factcheck.extract import hedges
from factcheck.extract.mention import Mention


@dataclass
class Figure:
    """A figure being read: where it stands and what has been found about it so far."""

    start: int
    end: int
    value: Decimal | float
    step: float                 # place of the last written digit, before scaling
    from_digits: bool
    raw: str
    power: int = 0
    scale_word: str | None = None
    kind: str = "number"
    unit: str | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)
    approx: str = "exact"
    low_value: float | None = None      # ranges: "100 bis 300 Milliarden"
    is_time: bool = False
    known_noun: bool = False
    negative: bool = False


def to_mention(figure: Figure) -> Mention | None:
    scale = Decimal(10) ** figure.power if figure.power else 1
    # without a scale the float is the value itself: no round trip through Decimal
    value = float(Decimal(str(figure.value)) * scale) if figure.power else float(figure.value)
    if not math.isfinite(value) or (figure.low_value is not None and not math.isfinite(figure.low_value)):
        return None                   # "2021e600": beyond any float, so no figure a source states
    step = figure.step * float(scale) if figure.from_digits else 0.0
    if figure.negative:
        value = -value
    if figure.low_value is not None:
        low, high = hedges.range_interval(figure.low_value, value, figure.approx)
        return Mention(start=figure.start, end=figure.end, kind=figure.kind, value=None,
                       low=low, high=high, approx=hedges.contract_approx(figure.approx), unit=figure.unit,
                       qualifiers=dict(figure.qualifiers), scale_word=figure.scale_word)
    low, high = hedges.interval(value, figure.approx, step)
    return Mention(start=figure.start, end=figure.end, kind=figure.kind, value=value, low=low, high=high,
                   approx=hedges.contract_approx(figure.approx), unit=figure.unit,
                   qualifiers=dict(figure.qualifiers), scale_word=figure.scale_word)
