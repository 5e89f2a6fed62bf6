"""Numbers, money, percent and quantities, from sentences like the seeds' and the peer suites'."""
import pytest

from factcheck.extract import numbers
from factcheck.extract.mention import Context


def figures(text: str, lang: str = "de"):
    return numbers.find(text, Context(lang=lang), [])


def only(text: str, lang: str = "de"):
    found = figures(text, lang)
    assert len(found) == 1, [(text[m.start:m.end], m.value) for m in found]
    m = found[0]
    return text[m.start:m.end], m


@pytest.mark.parametrize("text, lang, value", [
    ("Der Konzern betreibt 11.600 Filialen.", "de", 11600.0),
    ("Die Quote liegt bei 1,2 Punkten.", "de", 1.2),
    ("Es waren 2.080.000 Menschen.", "de", 2080000.0),
    ("Es waren 1 234 567 Menschen.", "de", 1234567.0),
    ("Es waren 40\u202f000 Menschen.", "de", 40000.0),
    ("Es waren 1\u00a0234\u00a0567,89 Euro.", "de", 1234567.89),
    ("Der Wert beträgt 2.000,352.", "de", 2000.352),
    ("Der Wert beträgt 4,800.", "de", 4.8),
    ("They hired 1,200 people.", "en", 1200.0),
    ("The index rose 1.2 points.", "en", 1.2),
    ("They hired 1,234,567 people.", "en", 1234567.0),
    ("The value is 2,000.352 today.", "en", 2000.352),
])
def test_separators_follow_language_and_shape(text, lang, value):
    assert only(text, lang)[1].value == value


@pytest.mark.parametrize("text, value", [
    ("Der Händler hat elftausendsechshundert Filialen.", 11600.0),
    ("Es kamen zweiundzwanzig Gäste.", 22.0),
    ("Eine halbe Million Eier wurden heute zerbrochen.", 500000.0),
    ("Es kamen zwei Dutzend Gäste.", 24.0),
    ("Da kommen wohl ein halbes dutzend Leute hin.", 6.0),
    ("Es gibt anderthalb Stücke.", 1.5),
    ("Es gibt eineinhalb Stücke.", 1.5),
    ("Es gibt dreiviertel Stücke.", 0.75),
    ("Es gibt zweieinhalb Stücke.", 2.5),
    ("Die Zahl ist fünf und drei Viertel Milliarde.", 5.75e9),
    ("Die Bevölkerung beträgt dreieinhalb Millionen.", 3.5e6),
    ("zwei Millionen eintausendeinhundertfünfzig", 2001150.0),
    ("Eine Million dreihundertneunundneunzigtausendfuenfhundertneun", 1399509.0),
    ("tausendvierhundertsechzehn Komma fünfzehn", 1416.15),
    ("zwei billiarden siebenhunderteinundsiebzig billionen neunzig milliarden zweiundneunzig millionen",
     2771090092000000.0),
    ("Die Summe aus drei halbe Schweine.", 1.5),
    ("Das Ergebnis ist ½.", 0.5),
    ("Das Ergebnis ist 3/4.", 0.75),
])
def test_german_number_words(text, value):
    assert only(text)[1].value == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    ("In Wien braucht es zwei Abgeordnete, in Salzburg gar nur einen.", [2.0, 1.0]),
    ("Gelbe Karten: Huber, Gruber bzw. keine", [0.0]),
    ("Eine", [1.0]),
    # the traps: an article before its noun, a separable verb's "ein", "einer der": no figure of their own
    ("Der Verein setzt sich für eine Reform ein.", []),
    ("Das ist einer der Gründe; keiner weiß mehr.", []),
    ("Einen Tag später kam keiner.", [0.0]),
])
def test_a_form_of_ein_or_kein_with_no_noun_after_it_is_one_or_none(text, value):
    assert [m.value for m in figures(text) if m.kind in ("number", "quantity")] == value


@pytest.mark.parametrize("text, value", [
    ("Der Wert liegt bei 2 Komma 5.", 2.5),
    ("Der Wert liegt bei 2 Komma ٣.", 2.3),           # Arabic-Indic three: a decimal digit
    ("Der Wert liegt bei 2 Komma ³.", 2.0),           # a superscript is no decimal digit (fuzzing found a crash)
])
def test_digits_after_komma(text, value):
    assert only(text)[1].value == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    ("They hired two hundred people.", 200.0),
    ("A dozen companies joined.", 12.0),
    ("It has twenty-one stores.", 21.0),
    ("It cost two hundred and five dollars.", 205.0),
])
def test_english_number_words(text, value):
    assert only(text, "en")[1].value == value


@pytest.mark.parametrize("text", [
    "Eine Frau kam herein.",
    "Er kaufte ein Auto und einen Hund.",
    "Das ist die zweite Verlängerung innerhalb weniger Wochen.",
    "Bei den Wahlen im Jahr 2020 gewann er.",
    "Das Verbot soll bis 2022 gelten.",
    "Am 4. Dezember endet die Frist.",
    "Veröffentlicht: 24.08.2020",
    "Das Spiel endete 3:1 nach Verlängerung.",
    "Das Treffen beginnt um 14:30 Uhr.",
    "Er wohnt in der 3-Zimmer-Wohnung.",
    "Der 19-Jährige wurde verletzt.",
    "Seit acht Jahren arbeitet der Konzern daran.",
    "Sie gab ihm eine weitere Woche Zeit.",
    "Microsoft bringt Windows 11 heraus.",
    "Das steht auf Seite 12 des Berichts.",
    "Die Covid-19-Pandemie und das 5G-Netz.",
    "Mehr unter https://example.com/a/100%20b und Tel. +49 30 1234567.",
    "Der 2. Platz ging an Walmart.",
    "Millionen von Entwicklern und Nutzern warten.",
    "Claudia Tausend wuchs in Niederbayern auf.",
    "Tabelle: 1. TPS Turku – 2. DEG – 3. Linz.",
    "Tore: Alba (5.), Iniesta (30./Elfmeter).",
    "Mit dem Fidelio bringt ORF 2 die Festspiele live, danach läuft Eins Plus.",
    "Die Sendung läuft bis 3.00 im Nachtprogramm.",
    "Das Team gewann 3/1 nach Sätzen, rund um die Uhr, 24/7.",
    "Ein 100-m-Weltmeister lief in den letzten 20 bis 30 Jahren nie so schnell.",
])
def test_not_numeric_claims(text):
    assert [text[m.start:m.end] for m in figures(text)] == []


def test_seed_users_about_with_counted_thing_in_base_form():
    text, m = only("Mit rund 100 Millionen Nutzern allein in den USA ist TikTok eine Goldgrube.")
    assert text == "rund 100 Millionen Nutzern"
    assert (m.kind, m.value, m.approx, m.unit) == ("quantity", 1e8, "about", "Nutzer")
    assert m.low < 1e8 < m.high


def test_seed_monthly_active_users_keep_the_metric():
    text, m = only("Mit knapp 1,2 Milliarden monatlichen aktiven Nutzerinnen hat der Service gute Voraussetzungen.")
    assert text == "knapp 1,2 Milliarden monatlichen aktiven Nutzerinnen"
    assert (m.kind, m.value, m.approx, m.unit) == ("quantity", 1.2e9, "almost", "Nutzer")
    assert m.qualifiers == {"metric": "monthly_active"}
    assert m.high == pytest.approx(1.25e9)      # "1,2" as written reaches to 1.25e9


def test_store_count_is_exact_and_employees_more_than():
    found = figures("Der Einzelhandelskonzern betreibt 11.600 Filialen und beschäftigt über zwei Millionen Mitarbeiter.")
    assert [(m.value, m.approx, m.unit) for m in found] == [
        (11600.0, "exact", "Filiale"), (2e6, "more_than", "Mitarbeiter")]
    assert found[1].low == 2e6 and found[1].high is None


def test_seed_price_almost_one_billion_dollars():
    text, m = only("Die Bezos-Company kaufte den Streaming-Dienst Twitch für knapp eine Milliarde Dollar.")
    assert text == "knapp eine Milliarde Dollar"
    assert (m.kind, m.value, m.approx, m.unit) == ("money", 1e9, "almost", "USD")
    assert m.low <= 970e6 <= m.high


@pytest.mark.parametrize("text, lang, value, unit", [
    ("Amazon paid $970m for Twitch.", "en", 970e6, "USD"),
    ("Der Umsatz lag bei 3 Mrd. Euro.", "de", 3e9, "EUR"),
    ("Es wurden rund 26 Milliarden Dollar umgesetzt.", "de", 26e9, "USD"),
    ("Der Preis liegt bei 16,4 Millionen kanadischen Dollar.", "de", 16.4e6, "CAD"),
    ("Der Haushalt beläuft sich auf 12 500 EUR.", "de", 12500.0, "EUR"),
    ("Das kostet 50 Franken.", "de", 50.0, "CHF"),
    ("Das kostet 20 Pfund.", "de", 20.0, "GBP"),
    ("Das kostet 94£.", "de", 94.0, "GBP"),
    ("Das sind 7 Milliarden Yuan.", "de", 7e9, "CNY"),
    ("Das sind 7 Milliarden Renminbi.", "de", 7e9, "CNY"),
    ("Das sind 300 Millionen Yen.", "de", 3e8, "JPY"),
    ("Der Wert liegt bei 2,5 Mio USD.", "de", 2.5e6, "USD"),
    ("Preise starten bei 12.345$.", "de", 12345.0, "USD"),
    ("Es kostet nur 15 Dollar und 15 Cent.", "de", 15.15, "USD"),
    ("Hast du zwei Euro fünfzig?", "de", 2.5, "EUR"),
    ("Ein 50-Millionen-Dollar-Deal.", "de", 50e6, "USD"),
    ("It raised €3bn last year.", "en", 3e9, "EUR"),
    ("It costs US$ 15.", "en", 15.0, "USD"),
])
def test_money_currency_before_or_after(text, lang, value, unit):
    _, m = only(text, lang)
    assert (m.kind, m.value, m.unit) == ("money", pytest.approx(value), unit)


@pytest.mark.parametrize("text, lang, value, unit", [
    ("Der Anteil stieg auf 27%.", "de", 27.0, "%"),
    ("Der Anteil stieg auf 27 Prozent.", "de", 27.0, "%"),
    ("Der Anteil stieg auf zwanzig Prozent.", "de", 20.0, "%"),
    ("Der Zins beträgt 3,5 v. H. im Jahr.", "de", 3.5, "%"),
    ("Diese 15 Prozentpunkte sind der stärkste Rückgang.", "de", 15.0, "pp"),
    ("Shares fell 4.5 percent.", "en", 4.5, "%"),
    ("Turnout rose 3 percentage points.", "en", 3.0, "pp"),
])
def test_percent_and_percentage_points(text, lang, value, unit):
    _, m = only(text, lang)
    assert (m.kind, m.value, m.unit) == ("percent", value, unit)


@pytest.mark.parametrize("text, lang, approx, low, high", [
    ("Es kamen rund 100 Menschen.", "de", "about", 94.5, 105.5),
    ("Es kamen etwa 100 Menschen.", "de", "about", 94.5, 105.5),
    ("Es kamen ca. 100 Menschen.", "de", "about", 94.5, 105.5),
    ("Es kamen knapp 100 Menschen.", "de", "almost", 89.5, 100.5),
    ("Es kamen fast 100 Menschen.", "de", "almost", 89.5, 100.5),
    ("Es kamen gut 100 Menschen.", "de", "more_than", 99.5, 110.5),
    ("Es kamen über 100 Menschen.", "de", "more_than", 100.0, None),
    ("Es kamen mehr als 100 Menschen.", "de", "more_than", 100.0, None),
    ("Es kamen mindestens 100 Menschen.", "de", "at_least", 100.0, None),
    ("Es kamen bis zu 100 Menschen.", "de", "at_most", None, 100.0),
    ("Es kamen höchstens 100 Menschen.", "de", "at_most", None, 100.0),
    ("Es kamen unter 100 Menschen.", "de", "less_than", None, 100.0),
    ("Es kamen weniger als 100 Menschen.", "de", "less_than", None, 100.0),
    ("Nearly 100 people came.", "en", "almost", 89.5, 100.5),
    ("About 100 people came.", "en", "about", 94.5, 105.5),
    ("More than 100 people came.", "en", "more_than", 100.0, None),
    ("At least 100 people came.", "en", "at_least", 100.0, None),
    ("Up to 100 people came.", "en", "at_most", None, 100.0),
    ("Fewer than 100 people came.", "en", "less_than", None, 100.0),
])
def test_approximation_words_give_intervals(text, lang, approx, low, high):
    _, m = only(text, lang)
    assert m.approx == approx
    assert (m.low, m.high) == (pytest.approx(low) if low is not None else None,
                               pytest.approx(high) if high is not None else None)


def test_rounding_of_the_written_digits_sets_the_interval():
    _, m = only("Die App hat 1,2 Milliarden Nutzer.")
    assert (m.low, m.high) == (pytest.approx(1.15e9), pytest.approx(1.25e9))


@pytest.mark.parametrize("text, lang, value", [
    ("Die Marke hat 1,2 Billionen Euro Umsatz.", "de", 1.2e12),
    ("Das Projekt kostet 2 Bio. Euro.", "de", 2e12),
    ("Das Projekt kostet 1.2 billion euros.", "en", 1.2e9),
    ("The deficit reached 3 trillion dollars.", "en", 3e12),
    ("Im Zitat heißt es: 1.2 billion users.", "de", 1.2e9),
    ("Das Vermögen beträgt 2 Billiarden Euro.", "de", 2e15),
    ("The app has 100k users.", "en", 1e5),
])
def test_scale_words_german_billion_is_ten_to_the_twelve(text, lang, value):
    assert only(text, lang)[1].value == pytest.approx(value)


@pytest.mark.parametrize("text, lang, unit", [
    ("Der Konzern beschäftigt 1.650 Mitarbeitern.", "de", "Mitarbeiter"),
    ("Die App hat 5 Millionen Nutzer*innen.", "de", "Nutzer"),
    ("Die App hat 5 Millionen Nutzer:innen.", "de", "Nutzer"),
    ("Die Bank hat 300 Kundinnen.", "de", "Kunde"),
    ("Es gibt 28 EU-Staaten.", "de", "Staat"),
    ("Das Unternehmen beschäftigt 1.650 Menschen.", "de", "Mensch"),
    ("The firm employs 1,400 people.", "en", "person"),
    ("Walmart runs 10,500 stores.", "en", "store"),
    ("TikTok has 100 million monthly active users.", "en", "user"),
    ("The company has 300 employees.", "en", "employee"),
])
def test_counted_things_fold_to_their_base_form(text, lang, unit):
    _, m = only(text, lang)
    assert (m.kind, m.unit) == ("quantity", unit)


def test_range_carries_the_scale_to_both_ends():
    text, m = only("Die Plattformen erreichen ca. 100 bis 300 Millionen Nutzern.")
    assert text == "ca. 100 bis 300 Millionen Nutzern"
    assert (m.value, m.approx, m.unit) == (None, "about", "Nutzer")
    assert (m.low, m.high) == (pytest.approx(0.95e8), pytest.approx(3.15e8))
    _, plain = only("Zwischen 55 und 550 Euro kostet das Ticket.")
    assert (plain.kind, plain.value, plain.low, plain.high, plain.unit) == ("money", None, 55.0, 550.0, "EUR")


def test_a_sentence_ending_in_a_figure_keeps_it():
    _, m = only("Die Zahl der Stiftungen stieg von sechs auf 92. Der Anteil blieb gleich.".replace("sechs", "etlichen"))
    assert m.value == 92.0


def test_negative_numbers():
    assert only("Die Temperatur fiel auf -5 Grad.")[1].value == -5.0
    assert only("minus 1.200.000")[1].value == -1200000.0


def test_spans_are_exact_offsets():
    text = "Für Walmart ist das wichtig: Der Konzern betreibt 11.600 Filialen."
    (m,) = figures(text)
    assert text[m.start:m.end] == "11.600 Filialen"


def test_taken_spans_are_never_read_as_numbers():
    text = "Am 4. Dezember 2020 kamen 300 Menschen."
    found = numbers.find(text, Context(lang="de"), [(3, 19)])
    assert [text[m.start:m.end] for m in found] == ["300 Menschen"]
