"""scale_mismatch: the same figure a power of 1000 apart (scale words, translation)."""
from claim_factory import only, rule, rules

TIKTOK = rules(tiktok_users=rule("TikTok users, by market and by how users are counted."))
TWITCH = rules(twitch_price=rule("Twitch purchase price"))


def test_german_billionen_against_english_billion_is_a_scale_mismatch(corpus):
    de = corpus.document("de.txt", "TikTok zählte 2023 weltweit 1,2 Billionen monatlich aktive Nutzer.")
    en = corpus.document("en.txt", "TikTok had 1.2 billion monthly active users worldwide in 2023.", lang="en")
    corpus.claim(de, "1,2 Billionen monatlich aktive Nutzer", value=1.2e12, unit="Nutzer", scale_word="Billionen",
                 qualifiers={"period": "2023"})
    corpus.claim(en, "1.2 billion monthly active users", value=1.2e9, unit="user", scale_word="billion",
                 qualifiers={"period": "2023"})

    findings = corpus.compare(TIKTOK)

    assert [f.check for f in findings] == ["scale_mismatch"]
    assert findings[0].severity == "error"
    assert findings[0].message == (
        'TikTok users: "1,2 Billionen monatlich aktive Nutzer" (de.txt:1) vs '
        '"1.2 billion monthly active users" (en.txt:1): the values are 10^3 apart '
        '("Billionen" is 10^12 in German; "billion" is 10^9 in English); check the scale word.')


def test_millionen_against_milliarden_is_a_scale_mismatch(corpus):
    a = corpus.document("a.txt", "Amazon kaufte den Streaming-Dienst Twitch 2014 für 970 Millionen Dollar.")
    b = corpus.document("b.txt", "Amazon zahlte damals 970 Milliarden Dollar für Twitch.")
    low = corpus.claim(a, "970 Millionen Dollar", kind="money", subject="Twitch", claim_type="twitch_price",
                       value=9.7e8, unit="USD", scale_word="Millionen")
    high = corpus.claim(b, "970 Milliarden Dollar", kind="money", subject="Twitch", claim_type="twitch_price",
                        value=9.7e11, unit="USD", scale_word="Milliarden")

    findings = corpus.compare(TWITCH)

    assert [(f.check, f.claims) for f in findings] == [("scale_mismatch", [low.id, high.id])]
    assert '"Millionen" is 10^6 in German; "Milliarden" is 10^9 in German' in findings[0].message


def test_a_hedged_value_a_thousand_times_off_is_a_scale_mismatch(corpus):
    a = corpus.document("a.txt", "Die Bezos-Company kaufte Twitch für knapp eine Milliarde Dollar.")
    b = corpus.document("b.txt", "Für Twitch zahlte Amazon 975 Billionen Dollar.")
    corpus.claim(a, "knapp eine Milliarde Dollar", kind="money", subject="Twitch", claim_type="twitch_price",
                 value=1e9, low=9e8, high=1e9, approx="almost", unit="USD", scale_word="Milliarde")
    corpus.claim(b, "975 Billionen Dollar", kind="money", subject="Twitch", claim_type="twitch_price",
                 value=9.75e14, unit="USD", scale_word="Billionen")

    assert [f.message.split(": the values are ")[1][:10] for f in corpus.compare(TWITCH)] == ["10^6 apart"]


def test_a_factor_of_ten_is_no_scale_mismatch_and_at_most_an_info_contradiction(corpus):
    a = corpus.document("a.txt", "Mit 100 Millionen Nutzern ist TikTok 2020 eine Goldgrube.", date="2020-08-03")
    b = corpus.document("b.txt", "TikTok hat 2020 eine Milliarde Nutzer.", date="2020-08-05")
    corpus.claim(a, "100 Millionen Nutzern", value=1e8, unit="Nutzer", scale_word="Millionen",
                 qualifiers={"period": "2020"})
    corpus.claim(b, "eine Milliarde Nutzer", value=1e9, unit="Nutzer", scale_word="Milliarde",
                 qualifiers={"period": "2020"})

    assert [(f.check, f.severity) for f in corpus.compare(TIKTOK)] == [("contradiction", "info")]


def test_scale_mismatch_takes_precedence_over_the_reference(corpus):
    a = corpus.document("a.txt", "Amazon kaufte Twitch für 970 Millionen Dollar.")
    b = corpus.document("b.txt", "Amazon zahlte 970 Milliarden Dollar für Twitch.")
    corpus.claim(a, "970 Millionen Dollar", kind="money", subject="Twitch", claim_type="twitch_price",
                 value=9.7e8, unit="USD", scale_word="Millionen")
    corpus.claim(b, "970 Milliarden Dollar", kind="money", subject="Twitch", claim_type="twitch_price",
                 value=9.7e11, unit="USD", scale_word="Milliarden")

    findings = corpus.compare(TWITCH)

    assert only(findings, "contradiction") == []
    assert len(only(findings, "scale_mismatch")) == 1


def test_a_scale_slip_between_undated_articles_is_a_warning_the_same_digits_tie_them(corpus):
    de = corpus.document("de.txt", "TikTok zählte 2023 weltweit 1,2 Billionen monatlich aktive Nutzer.")
    en = corpus.document("en.txt", "TikTok has 1.2 billion monthly active users worldwide.", lang="en")
    corpus.claim(de, "1,2 Billionen monatlich aktive Nutzer", value=1.2e12, unit="Nutzer", scale_word="Billionen",
                 qualifiers={"period": "2023"})
    corpus.claim(en, "1.2 billion monthly active users", value=1.2e9, unit="user", scale_word="billion")

    assert [(f.check, f.severity, f.confidence) for f in corpus.compare(TIKTOK)] == [
        ("scale_mismatch", "warning", "medium")]
