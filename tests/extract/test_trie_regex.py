"""trie_regex: an alternation of words as a prefix tree, for the lead scan and the month and number words."""
import re

from factcheck.extract.timex import trie_regex

WORDS = ["mai", "maerz", "märz", "mär", "achtundachtzig", "achteinhalb", "acht", "x-ray"]


def test_every_word_matches_whole_and_nothing_else_does():
    pattern = re.compile(trie_regex(WORDS))
    assert all(pattern.fullmatch(word) for word in WORDS)
    assert not any(pattern.fullmatch(word) for word in ("ma", "mae", "achtund", "x", "achteinhal", "märzen"))


def test_the_longest_word_wins_where_one_begins_another():
    pattern = re.compile(trie_regex(WORDS))
    assert pattern.match("achteinhalb Stunden").group() == "achteinhalb"
    assert pattern.match("märzlich").group() == "märz"


def test_letters_with_one_way_on_take_no_group():
    assert trie_regex(["achteinhalb", "acht"]) == "(?:acht(?:einhalb)?)"
    assert trie_regex(["abc", "abd"]) == "(?:ab(?:c|d))"
