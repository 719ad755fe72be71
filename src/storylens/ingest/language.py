"""A light check that a text is English: the share of English function words among its words.

English news runs at 35-50 % function words; other Latin-script languages share only a few of
them ("a", "in", "on"), so a low share is a reliable sign without loading any model.
"""

from __future__ import annotations

import re

ENGLISH_FUNCTION_WORDS = frozenset(
    """a about after all also an and any are as at be because been before but by can could did do
    does for from had has have he her him his how i if in into is it its more most my no not of on
    one only or other our out over she so some such than that the their them then there these they
    this those through to under up was we were what when where which while who will with would you
    your said says""".split()
)
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 20  # too few words to judge: accept
MIN_FUNCTION_WORD_SHARE = 0.14  # name-heavy English runs near 0.22; Italian 0.09, German 0.05


def looks_english(text: str) -> bool:
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return True
    latin = sum(1 for w in words if w.isascii())
    if latin / len(words) < 0.5:  # mostly Cyrillic, CJK, Arabic ... words
        return False
    share = sum(1 for w in words if w.lower() in ENGLISH_FUNCTION_WORDS) / len(words)
    return share >= MIN_FUNCTION_WORD_SHARE
