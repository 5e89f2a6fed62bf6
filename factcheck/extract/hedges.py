"""Approximation words and rounding -> the interval a figure allows, and the contract's approx."""
from __future__ import annotations

from factcheck.extract.lexicon import approx_widths

# "just over" ("gut 100", "just over 100") has no approx of its own in the contract: it is more_than
# with a closed upper end.
CONTRACT_APPROX = {"just_over": "more_than"}


def interval(value: float, approx: str, step: float) -> tuple[float | None, float | None]:
    """[low, high] for a value stated with an approximation word; None is an open side.

    step is the place of the last written digit, already scaled ("1,2 Milliarden": 1e8): digits as
    written allow half a step either way, at most rounding_cap of the value.
    """
    widths = approx_widths()
    size = abs(value)
    rounding = min(step / 2, size * widths["rounding_cap"]) if step else 0.0
    if approx == "exact":
        return value - rounding, value + rounding
    if approx == "about":
        spread = size * widths["about"] + rounding
        return value - spread, value + spread
    if approx == "almost":
        return value - size * widths["almost"] - rounding, value + rounding
    if approx == "just_over":
        return value - rounding, value + size * widths["just_over"] + rounding
    if approx in ("more_than", "at_least"):
        return value, None
    return None, value        # less_than, at_most


def contract_approx(approx: str) -> str:
    return CONTRACT_APPROX.get(approx, approx)


def range_interval(low: float, high: float, approx: str) -> tuple[float | None, float | None]:
    """'100 bis 300 Milliarden' -> [1e11, 3e11]; 'ca. 100 bis 300' widens both ends."""
    if approx == "about":
        spread = approx_widths()["about"]
        return low * (1 - spread), high * (1 + spread)
    if approx in ("more_than", "at_least"):
        return low, None
    if approx in ("less_than", "at_most"):
        return None, high
    return low, high
