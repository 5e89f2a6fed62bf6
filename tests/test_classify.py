"""classify: subjects, claim types, qualifiers and zero-config keys, on claims built from real sentences."""
from __future__ import annotations

import os

import pytest

from factcheck.classify import classify
from factcheck.model import Claim, Document, stable_id
from factcheck.ruleset import empty_ruleset, load_rules
from factcheck.text import TextIndex

RULES = load_rules(os.path.join(os.path.dirname(__file__), "..", "rules"))
ZERO = empty_ruleset()


def document(text: str, lang: str = "de", date: str | None = None, doc: str = "a.txt") -> Document:
    return Document(doc=doc, text=text, lang=lang, date=date)


def claim(doc: Document, text: str, kind: str, value: float | None = None, unit: str | None = None,
          approx: str = "exact", timex: str | None = None, timex_mod: str | None = None,
          qualifiers: dict[str, str] | None = None) -> Claim:
    """A claim as the extractor gives it: span, sentence and values, nothing typed yet."""
    start = doc.text.index(text)
    end = start + len(text)
    index = TextIndex(doc.text)
    line, col = index.line_col(start)
    return Claim(id=stable_id("c", doc.doc, start, text), doc=doc.doc, start=start, end=end, line=line, col=col,
                 text=text, sentence=index.sentence(start, end), kind=kind, value=value, unit=unit,
                 approx=approx, timex=timex, timex_mod=timex_mod, qualifiers=qualifiers or {}, lang=doc.lang)


def typed(doc: Document, *claims: Claim, ruleset=RULES) -> list[Claim]:
    return classify(list(claims), doc, ruleset)


# --- the seed claims -----------------------------------------------------------------------

SEED_000 = ("Trump gewährt TikTok einen weiteren Aufschub, da Walmart sein Angebot vorbereitet\n"
            "Die Zukunft von TikTok in den USA ist noch ungewiss. Die Trump-Administration hat ByteDance , der "
            "chinesischen Muttergesellschaft von TikTok, gerade eine weitere Woche Zeit gegeben, um "
            "herauszufinden, was mit dem bevorstehenden Verbot geschehen soll. Damit verschiebt sich die neue "
            "Frist auf den 4. Dezember. Dies ist die zweite Verlängerung innerhalb weniger Wochen.\n"
            "Mit rund 100 Millionen Nutzern allein in den USA ist TikTok eine wahre Goldgrube für jedes "
            "Unternehmen, das einen Teil seines E-Commerce-Geschäfts mit sozialen Medien kombinieren möchte.")
SEED_001 = ("Walmart macht bei Microsofts Tiktok-Gebot mit\n\n"
            "Auf den ersten Blick mag Walmart ein unerwarteter Sekundant an der Seite von Microsoft sein. Der "
            "Einzelhandelskonzern betreibt 11.600 Filialen und beschäftigt über zwei Millionen Mitarbeiter. "
            "Damit ist Walmart der größte Arbeitgeber der Welt.\n\n"
            "Wie eine Integration zwischen Social Media und E-Commerce funktionieren kann, hat Walmarts "
            "Erzfeind Amazon vorgemacht. Fast auf den Tag genau vor sechs Jahren kaufte die Bezos-Company den "
            "Streaming-Dienst Twitch für knapp eine Milliarde Dollar.\n\n"
            "Tiktok gehört zum chinesischen Bytedance-Konzern. US-Präsident Donald Trump hatte amerikanischen "
            "Firmen und Bürgern Geschäfte mit Tiktok untersagt, das Verbot soll Mitte September greifen.")
SEED_003 = ("Die chinesische App will Artikel aus der Heimat jetzt auch in den USA verkaufen und danach weltweit\n\n"
            "Die zwei großen Konkurrenten aus China, Temu und Shein, hatten zuletzt Gewinne in Millionenhöhe zu "
            "verzeichnen – ein wachsender Markt, für den sich auch Tiktok interessiert. Mit knapp 1,2 Milliarden "
            "monatlichen aktiven Nutzerinnen hat der Service tatsächlich gute Voraussetzungen, vom Start weg "
            "ausreichend Kundinnen und Kunden zu erreichen.")


def test_tiktok_users_in_the_us_from_the_same_sentence():
    doc = document(SEED_000)
    [users] = typed(doc, claim(doc, "rund 100 Millionen Nutzern", "quantity", 1e8, "Nutzer", "about"))
    assert (users.subject, users.claim_type, users.qualifiers) == ("TikTok", "tiktok_users", {"scope": "US"})


def test_monthly_active_users_take_their_subject_from_the_sentence_before():
    doc = document(SEED_003, date="2023-07")
    [users] = typed(doc, claim(doc, "knapp 1,2 Milliarden monatlichen aktiven Nutzerinnen", "quantity", 1.2e9,
                               "Nutzer", "almost", qualifiers={"metric": "monthly_active"}))
    assert users.subject == "TikTok"
    assert users.claim_type == "tiktok_users"
    assert users.qualifiers == {"metric": "monthly_active", "scope": "worldwide", "period": "2023"}


def test_undated_document_gets_no_period():
    doc = document(SEED_000)
    [users] = typed(doc, claim(doc, "rund 100 Millionen Nutzern", "quantity", 1e8, "Nutzer", "about"))
    assert "period" not in users.qualifiers


def test_description_resolves_to_the_entity_named_before():
    doc = document(SEED_001)
    stores, staff = typed(doc, claim(doc, "11.600 Filialen", "quantity", 11600.0, "Filiale"),
                          claim(doc, "über zwei Millionen Mitarbeiter", "quantity", 2e6, "Mitarbeiter", "more_than"))
    assert (stores.subject, stores.claim_type) == ("Walmart", "walmart_stores")
    assert (staff.subject, staff.claim_type) == ("Walmart", "walmart_employees")


def test_description_alone_names_nobody():
    doc = document("Der Einzelhandelskonzern betreibt 11.600 Filialen in aller Welt.")
    [stores] = typed(doc, claim(doc, "11.600 Filialen", "quantity", 11600.0, "Filiale"))
    assert stores.subject is None
    assert stores.claim_type == "quantity:store"


def test_acquisition_price_is_about_the_company_bought():
    doc = document(SEED_001)
    [price] = typed(doc, claim(doc, "knapp eine Milliarde Dollar", "money", 1e9, "USD", "almost"))
    assert (price.subject, price.claim_type) == ("Twitch", "twitch_acquisition_price")


def test_both_ban_dates_get_the_same_claim_type():
    doc0, doc1 = document(SEED_000, doc="000.txt"), document(SEED_001, doc="001.txt")
    [december] = typed(doc0, claim(doc0, "4. Dezember", "date", timex="XXXX-12-04"))
    [september] = typed(doc1, claim(doc1, "Mitte September", "date", timex="XXXX-09", timex_mod="MID"))
    assert december.claim_type == september.claim_type == "tiktok_us_ban_deadline"
    assert december.subject == september.subject == "TikTok"


def test_another_company_in_the_sentence_keeps_the_rule_away():
    doc = document("Facebook hat weltweit rund 2,9 Milliarden Nutzer, TikToks Abstand bleibt groß.")
    [users] = typed(doc, claim(doc, "rund 2,9 Milliarden Nutzer", "quantity", 2.9e9, "Nutzer", "about"))
    assert users.claim_type == "quantity:user"
    assert users.subject == "Facebook"
    assert users.qualifiers == {"scope": "worldwide"}


def test_a_misspelled_name_still_matches():
    doc = document("Tiktock hat in den USA rund 100 Millionen Nutzer.")
    [users] = typed(doc, claim(doc, "rund 100 Millionen Nutzer", "quantity", 1e8, "Nutzer", "about"))
    assert (users.subject, users.claim_type) == ("TikTok", "tiktok_users")


def test_claim_fields_other_than_the_typing_are_unchanged():
    doc = document(SEED_000)
    original = claim(doc, "rund 100 Millionen Nutzern", "quantity", 1e8, "Nutzer", "about")
    [users] = typed(doc, original)
    assert users.model_dump(exclude={"subject", "claim_type", "qualifiers", "basis"}) == \
        original.model_dump(exclude={"subject", "claim_type", "qualifiers", "basis"})


# --- zero config ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, unit, key", [
    ("TikTok hat in Europa rund 150 Millionen Nutzer.", "rund 150 Millionen Nutzer", "Nutzer", "quantity:user"),
    ("TikTok has about 150 million users in Europe.", "about 150 million users", "user", "quantity:user"),
    ("Walmart betreibt weltweit 10.500 Filialen.", "10.500 Filialen", "Filiale", "quantity:store"),
    ("Walmart betreibt in Mexiko rund 2.900 Märkte.", "rund 2.900 Märkte", "Markt", "quantity:store"),
    ("Walmart operates 10,500 stores worldwide.", "10,500 stores", "store", "quantity:store"),
    ("Walmart hat weltweit 2,1 Millionen Beschäftigte.", "2,1 Millionen Beschäftigte", "Beschäftigte",
     "quantity:employee"),
    ("Walmart has 2.1 million employees worldwide.", "2.1 million employees", "employee", "quantity:employee"),
    ("Der Streamingdienst Netflix zählt 230 Millionen Abonnenten.", "230 Millionen Abonnenten", "Abonnent",
     "quantity:subscriber"),
])
def test_counted_things_map_across_languages(sentence, text, unit, key):
    doc = document(sentence, lang="en" if " has " in sentence or " operates " in sentence else "de")
    [typed_claim] = typed(doc, claim(doc, text, "quantity", 1.0, unit), ruleset=ZERO)
    assert typed_claim.claim_type == key
    assert typed_claim.subject in ("TikTok", "Walmart", "Netflix")


@pytest.mark.parametrize("sentence, text, unit, lang", [
    ("Die Firma Acme beschäftigt 1.650 Menschen.", "1.650 Menschen", "Mensch", "de"),
    ("The company Acme employs 1,650 people.", "1,650 people", "person", "en"),
])
def test_the_verb_decides_what_people_are_counted_as(sentence, text, unit, lang):
    doc = document(sentence, lang=lang)
    [staff] = typed(doc, claim(doc, text, "quantity", 1650.0, unit), ruleset=ZERO)
    assert (staff.subject, staff.claim_type) == ("Acme", "quantity:employee")


def test_people_without_a_verb_stay_people():
    doc = document("Die Firma Acme erreicht mit ihren Videos 1.650 Menschen.")
    [people] = typed(doc, claim(doc, "1.650 Menschen", "quantity", 1650.0, "Mensch"), ruleset=ZERO)
    assert people.claim_type == "quantity:person"


def test_currency_is_not_part_of_the_key():
    usd_doc = document("Amazon kaufte Twitch für 970 Millionen Dollar.", doc="a.txt")
    eur_doc = document("Amazon kaufte Twitch für 880 Millionen Euro.", doc="b.txt")
    [usd] = typed(usd_doc, claim(usd_doc, "970 Millionen Dollar", "money", 9.7e8, "USD"), ruleset=ZERO)
    [eur] = typed(eur_doc, claim(eur_doc, "880 Millionen Euro", "money", 8.8e8, "EUR"), ruleset=ZERO)
    assert usd.claim_type == eur.claim_type == "money:price"
    assert usd.subject == eur.subject == "Twitch"


@pytest.mark.parametrize("sentence, text, key", [
    ("Im Jahr 2022 erzielte Douyin einen Umsatz von 30 Milliarden Dollar.", "30 Milliarden Dollar", "money:revenue"),
    ("Douyin's sales reached 30 billion dollars.", "30 billion dollars", "money:revenue"),
    ("Walmart zahlte eine Strafe von 20 Millionen Dollar.", "20 Millionen Dollar", "money:fine"),
    ("Walmart hat 20 Millionen Dollar bekommen.", "20 Millionen Dollar", "money:amount"),
])
def test_money_keys_come_from_cue_words(sentence, text, key):
    doc = document(sentence, lang="en" if "'s" in sentence else "de")
    [money] = typed(doc, claim(doc, text, "money", 1.0, "USD"), ruleset=ZERO)
    assert money.claim_type == key


def test_percent_and_date_keys_come_from_cue_words():
    doc = document("Der Marktanteil von TikTok stieg auf 12 Prozent. Die neue Frist endet am 4. Dezember.")
    share, deadline = typed(doc, claim(doc, "12 Prozent", "percent", 12.0, "%"),
                            claim(doc, "4. Dezember", "date", timex="XXXX-12-04"), ruleset=ZERO)
    assert share.claim_type == "percent:market_share"
    assert deadline.claim_type == "date:deadline"


@pytest.mark.parametrize("sentence, text, key", [
    ("Der Marktanteil von TikTok stieg um 12 Prozent.", "12 Prozent", "percent:growth"),
    ("Der Umsatz von Walmart fiel um 12 Prozent.", "12 Prozent", "percent:decline"),
    ("Walmart's sales grew by 12 percent.", "12 percent", "percent:growth"),
])
def test_a_percentage_after_um_or_by_is_a_change(sentence, text, key):
    doc = document(sentence, lang="en" if "'s" in sentence else "de")
    [change] = typed(doc, claim(doc, text, "percent", 12.0, "%"), ruleset=ZERO)
    assert change.claim_type == key


def test_figure_with_nothing_to_say_what_it_is_has_no_key():
    doc = document("Walmart nannte am Dienstag die Zahl 42.")
    [bare] = typed(doc, claim(doc, "42", "number", 42.0), ruleset=ZERO)
    assert bare.claim_type is None
    assert bare.subject == "Walmart"


def test_claim_with_no_subject_is_kept_with_subject_none():
    doc = document("Die Zahl stieg zuletzt auf fünf Millionen Nutzer.")
    [users] = typed(doc, claim(doc, "fünf Millionen Nutzer", "quantity", 5e6, "Nutzer"), ruleset=ZERO)
    assert users.subject is None
    assert users.claim_type == "quantity:user"


# --- entities the article introduces, qualifiers -------------------------------------------

@pytest.mark.parametrize("sentence, text, subject", [
    ("Der Streaming-Dienst Ntwrk hat 2 Millionen Nutzer.", "2 Millionen Nutzer", "Ntwrk"),
    ("Die Supermarktkette Rewe betreibt rund 3.700 Märkte.", "rund 3.700 Märkte", "Rewe"),
    ("Die Acme AG beschäftigt 1.200 Mitarbeiter.", "1.200 Mitarbeiter", "Acme"),
    ("Laut CNBC hat die Plattform YouNow 10 Millionen Nutzer.", "10 Millionen Nutzer", "YouNow"),
    ("Shares of the retailer Costco rose after it reported 118 million members.", "118 million members", "Costco"),
])
def test_entities_an_article_introduces_become_subjects(sentence, text, subject):
    doc = document(sentence, lang="en" if sentence.startswith("Shares") else "de")
    [found] = typed(doc, claim(doc, text, "quantity", 1.0, "Nutzer"), ruleset=ZERO)
    assert found.subject == subject


def test_a_media_name_is_never_the_subject():
    doc = document("TikTok hat laut CNBC in den USA 100 Millionen Nutzer.")
    [users] = typed(doc, claim(doc, "100 Millionen Nutzer", "quantity", 1e8, "Nutzer"), ruleset=ZERO)
    assert users.subject == "TikTok"


def test_residents_belong_to_the_place():
    doc = document("Die Stadt Graz hat rund 300.000 Einwohner, sagt die Holding Graz.")
    [residents] = typed(doc, claim(doc, "rund 300.000 Einwohner", "quantity", 3e5, "Einwohner"), ruleset=ZERO)
    assert (residents.subject, residents.claim_type) == ("Graz", "quantity:resident")


@pytest.mark.parametrize("sentence, text, period", [
    ("Im Jahr 2020 hatte TikTok in den USA 100 Millionen Nutzer.", "100 Millionen Nutzer", "2020"),
    ("TikTok hatte im ersten Quartal 2021 weltweit 1,1 Milliarden Nutzer.", "1,1 Milliarden Nutzer", "2021-Q1"),
    ("TikTok hatte im Geschäftsjahr 2020/21 weltweit 1,1 Milliarden Nutzer.", "1,1 Milliarden Nutzer", "2020/21"),
])
def test_period_comes_from_the_sentence(sentence, text, period):
    doc = document(sentence, date="2023-07")
    [users] = typed(doc, claim(doc, text, "quantity", 1e8, "Nutzer"))
    assert users.qualifiers["period"] == period


def test_a_year_inside_another_figure_is_no_period():
    doc = document("Walmart hat 2000 Filialen und weltweit 2,1 Millionen Beschäftigte.")
    staff_claim = claim(doc, "2,1 Millionen Beschäftigte", "quantity", 2.1e6, "Beschäftigte")
    stores_claim = claim(doc, "2000 Filialen", "quantity", 2000.0, "Filiale")
    _, staff = typed(doc, stores_claim, staff_claim, ruleset=ZERO)
    assert "period" not in staff.qualifiers


def test_a_place_after_a_comma_does_not_qualify_the_figure_before_it():
    doc = document("Walmart zählt 2.080.000 Mitarbeiter, die meisten davon in den USA.")
    [staff] = typed(doc, claim(doc, "2.080.000 Mitarbeiter", "quantity", 2.08e6, "Mitarbeiter"))
    assert (staff.claim_type, staff.qualifiers["scope"]) == ("walmart_employees", "worldwide")


def test_the_extractors_qualifiers_win():
    doc = document("TikTok zählt in den USA 150 Millionen registrierte Nutzer.")
    [users] = typed(doc, claim(doc, "150 Millionen registrierte Nutzer", "quantity", 1.5e8, "Nutzer",
                               qualifiers={"metric": "monthly_active"}))
    assert users.qualifiers["metric"] == "monthly_active"
    assert users.qualifiers["scope"] == "US"


def test_heading_takes_its_subject_from_the_next_sentence():
    text = ("Gemeinsame Sache\n\n2022: 185 Milliarden Dollar Umsatz\n\n"
            "Ziel ist es, bis 2022 mehr als 185 Milliarden Dollar pro Jahr umzusetzen, sagt Douyin.")
    doc = document(text)
    [heading] = typed(doc, claim(doc, "185 Milliarden Dollar", "money", 1.85e11, "USD"), ruleset=ZERO)
    assert heading.subject == "Douyin"
    assert heading.claim_type == "money:revenue"


def test_no_claims_gives_no_claims():
    assert classify([], document(SEED_000), RULES) == []


LOOK_BACK_TEXT = ("Neue Läden im Süden\n"
                  "Walmart eröffnet neue Läden in Texas, Walmart sucht dafür Personal. Die Eröffnung ist für den Herbst geplant. "
                  "Analysten sind skeptisch.{more} Insgesamt sollen dort 2.000 Menschen arbeiten.")


def test_the_subject_is_looked_for_three_sentences_back_further_it_is_only_inferred():
    # beyond three sentences the article's main entity, named more than once, is still the best
    # guess, marked as one
    near = document(LOOK_BACK_TEXT.format(more=""))
    far = document(LOOK_BACK_TEXT.format(more=" Der Bürgermeister freut sich."))
    [staff] = typed(near, claim(near, "2.000 Menschen", "quantity", 2000.0, "Menschen"), ruleset=ZERO)
    [too_far] = typed(far, claim(far, "2.000 Menschen", "quantity", 2000.0, "Menschen"), ruleset=ZERO)
    assert (staff.subject, staff.basis["subject"]) == ("Walmart", "earlier_sentence")
    assert (too_far.subject, too_far.basis["subject"]) == ("Walmart", "inferred")


def test_claims_given_out_of_text_order_each_keep_their_sentence():
    doc = document("Walmart beschäftigt 2,1 Millionen Mitarbeiter. Amazon beschäftigt 1,5 Millionen Mitarbeiter.")
    amazon, walmart = typed(doc, claim(doc, "1,5 Millionen Mitarbeiter", "quantity", 1.5e6, "Mitarbeiter"),
                            claim(doc, "2,1 Millionen Mitarbeiter", "quantity", 2.1e6, "Mitarbeiter"), ruleset=ZERO)
    assert (amazon.subject, walmart.subject) == ("Amazon", "Walmart")
    assert amazon.claim_type == walmart.claim_type == "quantity:employee"
