"""Subjects zero-config: the company a deal is about, projects an article follows, authorities
named by their kind, residents named after their town. Sentences written for these tests."""
from __future__ import annotations

from tests.classify.test_zero_config import typed


def test_a_deal_sentence_hands_its_bought_company_to_the_next_sentence():
    text = ("Nordwerk AG has agreed to acquire Lumora GmbH from the investor Tallin Partners for €900m. "
            "The deal is expected to close in the third quarter of 2025.")
    claims = typed(text, "en")
    assert claims["the third quarter of 2025"].subject == "Lumora"


def test_without_a_deal_the_entity_named_last_before_stays_the_subject():
    text = ("Lumora GmbH will supply sensors to Nordwerk AG. "
            "Deliveries are expected to start in the third quarter of 2025.")
    claims = typed(text, "en")
    assert claims["the third quarter of 2025"].subject == "Nordwerk"
