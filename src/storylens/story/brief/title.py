"""The story's title: the headline a reader of every outlet would accept (issue 15).

The earliest article's headline was once the title, so a partisan outlet that published first
named the story in its own words ("The union bosses who held a nation's children hostage"). Each
outlet's headline is now weighed by how much of its content the other outlets' headlines and
leads also say (the event they all report, not one outlet's angle on it), less the words that
judge: an adjective or adverb the modifier scorer reads as judging, a noun the noun scorer reads
as one (nlp/loaded_rules), and quotation marks (a headline that quotes is its speaker's words).
Ties keep the earliest headline.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from storylens.nlp.loaded_rules.modifiers import modifier_score
from storylens.nlp.loaded_rules.nouns import noun_score

CONTENT = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
LEAD_SENTENCES = 3
# The scorers' probabilities from which a headline word judges (the brief's own thresholds,
# story/brief/voice.py: a word in the title speaks in the story's voice as much as the brief).
JUDGING_MODIFIER = 0.65
JUDGING_NOUN = 0.8
JUDGING_PENALTY = 0.25  # per judging word: a headline sharing a quarter less content ties with a plain one
QUOTE_PENALTY = 0.25


def stems(text: str) -> set[str]:
    """Content words, first five letters ("strikes"/"striking" meet), stop words aside."""
    return {w.lower()[:5] for w in CONTENT.findall(text) if w.lower() not in STOP_WORDS}


def judging_words(doc) -> list[str]:
    """The headline's words that judge what they describe, as the scorers read them."""
    found = []
    for token in doc:
        if token.is_stop or not token.is_alpha or token.pos_ == "PROPN" or token.text[:1].isupper() and token.i > 0:
            continue
        word = token.lower_
        if token.pos_ in ("ADJ", "ADV") and modifier_score(word) >= JUDGING_MODIFIER:
            found.append(word)
        elif token.pos_ == "NOUN" and noun_score(word) >= JUDGING_NOUN:
            found.append(word)
    return found


def neutral_headline(candidates: list[tuple[str, str, str]], parse: Callable) -> str | None:
    """``candidates``: (source key, headline, lead) per article, earliest first. The headline
    whose content the other sources' headlines and leads share most, less its judging words;
    None without a headline."""
    titled = [(key, title.strip(), lead) for key, title, lead in candidates if title and title.strip()]
    if not titled:
        return None
    if len({key for key, _, _ in titled}) < 2 and len({key for key, _, _ in candidates}) < 2:
        return titled[0][1]
    said: dict[str, set[str]] = {}
    for key, title, lead in candidates:
        said.setdefault(key, set()).update(stems(f"{title or ''} {lead}"))
    docs = parse([title for _, title, _ in titled])
    best, best_score = None, float("-inf")
    for (key, title, _), doc in zip(titled, docs):
        own = stems(title)
        others = [words for other, words in said.items() if other != key]
        if not own or not others:
            continue
        shared = sum(len(own & words) / len(own) for words in others) / len(others)
        quoted = bool(re.search(r"[“”\"]", title))
        score = shared - JUDGING_PENALTY * len(judging_words(doc)) - QUOTE_PENALTY * quoted
        if score > best_score + 1e-9:
            best, best_score = title, score
    return best or titled[0][1]
