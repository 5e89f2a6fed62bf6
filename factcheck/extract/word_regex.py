"""Regexes made of word lists: an alternation longest first, or a prefix tree the engine branches through once."""
from __future__ import annotations

import re


def alternation(words, suffix: str = "") -> str:
    """A regex alternation of the words, longest first, so that no word hides a longer one."""
    return "(?:" + "|".join(re.escape(w) + suffix for w in sorted(set(words), key=len, reverse=True)) + ")"


def phrases(phrases) -> str:
    """An alternation of phrases, longest first, any white space between their words."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(
        set(phrases), key=len, reverse=True)) + ")"


def trie_regex(words, first_letter_either_case: bool = False) -> str:
    """An alternation of the words as a prefix tree: the regex engine then branches once per letter.
    With first_letter_either_case, a word's first letter matches in either case ("[mM]illion")."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict, first: bool = False) -> str:
        branches = [_chain(char, child, first) for char, child in sorted(node.items()) if char]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + ")"
        return body + "?" if optional else body

    def _chain(char: str, child: dict, first: bool) -> str:
        # letters with one way on need no group of their own: "lb", not "l(?:b)" (the same regex,
        # parsed in half the time)
        chain = f"[{char}{char.upper()}]" if first and first_letter_either_case else re.escape(char)
        while len(child) == 1 and "" not in child:
            ((char, child),) = child.items()
            chain += re.escape(char)
        return chain + emit(child)
    return emit(tree, first=True)
