"""Title Case headlines, read again in the article's own casing.

"Glenn Beck Blasts Drudge for Mocking His Fast": in Title Case the tagger reads the verbs as
proper nouns ("Blasts" a name like "Beck"), so the parse offers no cue and no attribution is
found. The article itself says which words are names: a word it writes capitalised inside its
sentences (or only ever capitalised) is one; any other capitalised word of the headline is an
ordinary word in Title Case and is lowered. The headline is then parsed again with the pipes that
come before the quote finder, and its attributions are read from that parse. The text keeps its
length, so every character offset stays where it was.
"""

from __future__ import annotations

import collections
import re
from functools import lru_cache
from typing import Callable, Optional

from spacy.tokens import Doc

# A headline is in Title Case when at least this share of its words are capitalised.
TITLE_CASE_SHARE = 0.7
# Fewer words than this are a label, not a headline to read again.
MIN_HEADLINE_WORDS = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Characters after which a capital letter opens a sentence, not a name.
_SENTENCE_OPENERS = frozenset('.!?"“”:;\n')

Parse = Callable[[str], Doc]


def _casing_of_the_body(body: str) -> tuple[collections.Counter, collections.Counter, collections.Counter]:
    """How the article writes each word: lower case, capitalised inside a sentence, capitalised
    at all (keys lowered)."""
    lower, inside, capitalised = collections.Counter(), collections.Counter(), collections.Counter()
    for match in _WORD.finditer(body):
        word = match.group(0)
        if word.islower():
            lower[word] += 1
            continue
        capitalised[word.lower()] += 1
        before = body[: match.start()].rstrip()
        if before and before[-1] not in _SENTENCE_OPENERS:
            inside[word.lower()] += 1
    return lower, inside, capitalised


def sentence_cased(text: str, start: int, end: int) -> Optional[str]:
    """The headline text[start:end] with its Title Case words lowered, or None when it is not in
    Title Case (or nothing would change)."""
    words = list(_WORD.finditer(text, start, end))
    if len(words) < MIN_HEADLINE_WORDS or sum(w.group(0)[0].isupper() for w in words) < TITLE_CASE_SHARE * len(words):
        return None
    lower, inside, capitalised = _casing_of_the_body(text[end:])
    chars = list(text[start:end])
    changed = False
    for n, match in enumerate(words):
        word = match.group(0)
        key = word.lower()
        if n == 0 or word.islower() or word.isupper():
            continue  # the first word, and acronyms ("GOP", "U.S.") keep their capitals
        if inside[key] > lower[key] or (capitalised[key] and not lower[key]):
            continue  # a name: the article writes it capitalised
        chars[match.start() - start : match.end() - start] = key
        changed = True
    return "".join(chars) if changed else None


def pipes_before(nlp, name: str) -> Parse:
    """A parse of a short text by the pipes of ``nlp`` that come before the component ``name``
    (tokenizer, tagger, parser, entities and the storylens fixes), not by the whole pipeline."""

    def parse(text: str) -> Doc:
        doc = nlp.make_doc(text)
        for pipe_name, pipe in nlp.pipeline:
            if pipe_name == name:
                break
            doc = pipe(doc)
        return doc

    return parse


@lru_cache(maxsize=1)
def default_parse() -> Parse:
    """For a finder run outside the pipeline (the evaluation, the training script): the base
    model with the storylens sentence and entity fixes, loaded once per process."""
    from storylens.nlp.pipeline import build_nlp

    return pipes_before(build_nlp(components=["storylens_sentences", "storylens_entity_fixes"]), "")
