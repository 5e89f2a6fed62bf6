"""Fixtures for the checks: an empty corpus to fill with real sentences (see claim_factory.py)."""
from __future__ import annotations

import pytest
from claim_factory import Corpus


@pytest.fixture
def corpus() -> Corpus:
    return Corpus()
