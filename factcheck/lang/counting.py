"""How the values of number words add up, in any language that counts in hundreds and thousands."""
from __future__ import annotations


def accumulate(values: list[int | None]) -> float:
    """Word values in order -> the number: hundreds multiply, thousands close a group, None (a word
    that joins, "und", "and") adds nothing. [3, 100, 20, 5] -> 325; [2, 1000, 4, 100] -> 2400."""
    total = current = 0
    for v in values:
        if v is None:
            continue
        if v == 100:
            current = (current or 1) * 100
        elif v == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += v
    return float(total + current)
