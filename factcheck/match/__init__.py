"""Matching over a text: listed phrases tolerant of inflection, entity names and descriptions, the
zero-config lexicon of what is counted. Knows no rule file and no stage; a /regex/ phrase is compiled
by the function its owner hands the matcher (the rule format's RE2 patterns)."""
