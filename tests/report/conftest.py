"""Fixtures for the report tests: the fixed small Result (see small_result.py)."""
from __future__ import annotations

import pytest
from small_result import small_result


@pytest.fixture
def result():
    return small_result()
