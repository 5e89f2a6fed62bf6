"""Grouping and cost: hash by key, every pair of a small group, a bounded number in a large one."""
import random

from claim_factory import Corpus, rule, rules
from factcheck.compare import compare
from factcheck.compare.groups import ClaimGroup, group_claims, group_name
from factcheck.compare.pairs import PAIR_BUDGET
from hypothesis import given, settings
from hypothesis import strategies as st

WALMART = rules(walmart_stores=rule("Walmart stores"))


def store_corpus(values: list[float]) -> Corpus:
    corpus = Corpus()
    for i, value in enumerate(values):
        text = f"{value:,.0f} Filialen".replace(",", ".")
        doc = corpus.document(f"{i:04}.txt", f"Walmart betrieb Ende 2023 {text} in 19 Ländern.", date="2024-02-01")
        corpus.claim(doc, text, subject="Walmart", claim_type="walmart_stores", value=value, unit="Filiale",
                     qualifiers={"period": "2023"})
    return corpus


def test_a_small_group_judges_every_pair_across_documents():
    corpus = store_corpus([11600.0] * 40)
    group = ClaimGroup("walmart_stores", "Walmart", corpus.claims, WALMART.rule("walmart_stores"), corpus.documents)

    assert sum(1 for _ in group.pairs.pairs()) == 40 * 39 // 2


def test_a_thousand_agreeing_claims_cost_at_most_the_pair_budget():
    corpus = store_corpus([11600.0] * 1000)
    group = ClaimGroup("walmart_stores", "Walmart", corpus.claims, WALMART.rule("walmart_stores"), corpus.documents)

    judged = sum(1 for _ in group.pairs.pairs())
    assert 999 <= judged <= PAIR_BUDGET
    assert corpus.compare(WALMART) == []


def test_groups_are_keyed_by_claim_type_and_subject():
    corpus = store_corpus([11600.0, 10500.0])
    other = corpus.document("x.txt", "Amazon betreibt 11.600 Filialen.")
    corpus.claim(other, "11.600 Filialen", subject="Amazon", claim_type="walmart_stores", value=11600.0)

    assert sorted(group_claims(corpus.claims)) == [("walmart_stores", "Amazon"), ("walmart_stores", "Walmart")]


def test_group_name_shows_type_subject_and_qualifiers():
    corpus = Corpus()
    doc = corpus.document("a.txt", "Mit rund 100 Millionen Nutzern allein in den USA ist TikTok eine Goldgrube.")
    claim = corpus.claim(doc, "rund 100 Millionen Nutzern", value=1e8, qualifiers={"scope": "US", "metric": "any"})
    assert group_name(claim) == "tiktok_users/TikTok/metric=any,scope=US"
    assert group_name(claim.model_copy(update={"subject": None})) is None


@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.sampled_from([9400.0, 10500.0, 11600.0, 11600.0, 11.6]), min_size=2, max_size=12),
       seed=st.integers(0, 10**6))
def test_findings_do_not_depend_on_the_order_of_the_claims(values, seed):
    corpus = store_corpus(values)
    shuffled = list(corpus.claims)
    random.Random(seed).shuffle(shuffled)

    assert compare(shuffled, corpus.documents, WALMART) == compare(corpus.claims, corpus.documents, WALMART)


@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.sampled_from([9400.0, 10500.0, 11600.0]), min_size=2, max_size=12))
def test_one_finding_per_two_documents_that_disagree(values):
    findings = store_corpus(values).compare(WALMART)
    disagreeing = sum(1 for i, a in enumerate(values) for b in values[i + 1:] if a != b)

    assert len(findings) == disagreeing
    assert all(f.check == "contradiction" and f.severity == "error" and len(f.claims) == 2 for f in findings)


def test_a_name_spelt_in_two_cases_is_one_subject():
    corpus = Corpus()
    a = corpus.document("a.txt", "Das Verbot von Tiktok soll Mitte September greifen.")
    b = corpus.document("b.txt", "Für TikTok verschiebt sich die Frist auf den 4. Dezember.")
    corpus.claim(a, "Mitte September", kind="date", subject="Tiktok", claim_type="date:deadline", timex="XXXX-09",
                 timex_mod="MID")
    corpus.claim(b, "4. Dezember", kind="date", subject="TikTok", claim_type="date:deadline", timex="XXXX-12-04")

    assert list(group_claims(corpus.claims)) == [("date:deadline", "TikTok")]    # one each: the first by name
    assert [f.check for f in corpus.compare(None)] == ["updated"]
