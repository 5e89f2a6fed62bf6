"""The helpers the reports share: sentence windows, visible control characters, orders."""
from small_result import small_result

from factcheck.model import Claim, Document
from factcheck.report.table import count_rows, in_report_order, sentence_parts, visible


def long_sentence_claim() -> tuple[Claim, Document]:
    before = "Nach Angaben des Unternehmens, das seit Jahren in Europa und Asien wächst, " * 6
    after = ", wie eine Sprecherin am Montag in Berlin sagte und dabei auf weitere Pläne verwies" * 6
    sentence = f"{before}hat Acme rund 100 Millionen Nutzer{after}."
    text = f"Titel\n\n{sentence}\n"
    start = text.index("rund 100")
    claim = Claim(id="c1", doc="a.txt", start=start, end=start + 25, line=3, col=start - 6,
                  text=text[start:start + 25], sentence=sentence, kind="quantity", value=1e8)
    return claim, Document(doc="a.txt", text=text, lang="de")


def test_a_long_sentence_is_cut_at_words_around_the_whole_claim():
    claim, document = long_sentence_claim()

    before, span, after = sentence_parts(claim, document, context=60)

    assert span == claim.text == "rund 100 Millionen Nutzer"
    assert before.startswith("… ") and before.endswith("wächst, hat Acme ")
    assert after.startswith(", wie eine Sprecherin") and after.endswith(" …")
    assert len(before) <= 62 and len(after) <= 62
    assert before[2:] in claim.sentence and after[:-2] in claim.sentence      # cut at spaces, not inside a word
    assert claim.sentence[claim.sentence.index(before[2:]) - 1] == " "


def test_a_short_sentence_is_kept_whole():
    result = small_result()
    documents = {d.doc: d for d in result.documents}
    twitch = result.claims[3]

    assert sentence_parts(twitch, documents[twitch.doc]) == ("Die Bezos-Company kaufte Twitch für ",
                                                              "knapp eine Milliarde Dollar", ".")


def test_control_and_bidi_override_characters_are_written_out():
    assert visible("a\x1b[31mb\u202ec\x07\u2066") == "a\\u001b[31mb\\u202ec\\u0007\\u2066"
    assert visible("Straße – 5 % · „zitiert“\tund\n") == "Straße – 5 % · „zitiert“\tund\n"


def test_checks_with_errors_are_counted_first():
    assert [row[0] for row in count_rows(small_result())] == ["contradiction", "reference_mismatch", "updated"]


def test_report_order_is_by_path_then_offset():
    result = small_result()
    result.claims.reverse()
    result.documents.reverse()

    ordered = in_report_order(result)

    assert [d.doc for d in ordered.documents] == ["articles/000_aufschub.txt", "articles/001_verbot.txt",
                                                  "articles/en_script.txt"]
    assert [c.id for c in ordered.claims] == [c.id for c in small_result().claims]


def test_report_order_is_by_path_where_names_sort_otherwise():
    # "a-b.txt" sorts before "a/b.txt" as a name ('-' < '/'), but the folder "a" comes before the file "a-b.txt"
    base = small_result()
    claim = base.claims[0]
    moved = [claim.model_copy(update={"doc": doc, "id": f"c-{doc}-{start}", "start": start})
             for doc, start in (("a-b.txt", 5), ("a/b.txt", 9), ("a/b.txt", 2), ("a-b.txt", 1))]
    base.claims = moved

    ordered = in_report_order(base)

    assert [(c.doc, c.start) for c in ordered.claims] == [("a/b.txt", 2), ("a/b.txt", 9), ("a-b.txt", 1), ("a-b.txt", 5)]


def test_report_order_of_one_file_named_two_ways_is_by_offset():
    base = small_result()
    claim = base.claims[0]
    base.claims = [claim.model_copy(update={"doc": doc, "id": f"c{start}", "start": start})
                   for doc, start in (("./x.txt", 7), ("x.txt", 3), ("./x.txt", 1))]

    assert [c.start for c in in_report_order(base).claims] == [1, 3, 7]
