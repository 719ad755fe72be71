"""Which of several bodies of one kind a definite description stands for (issue 19, round s34).

"The bank" in an article naming a building society and a central bank stands for the one the
article is talking about. Read as a reader reads it (centering, in the plainest form):

1. a modifier of the description that is a word of some of the names ("the central bank")
   keeps only those;
2. else the body mentioned last before the description in its own paragraph, by its name, by a
   short form that opens its name ("Tarvel Mutual" for "Tarvel Mutual Building Society") or by
   a description already resolved to it;
3. else, at the head of a paragraph that has not named one, the body the article mentions most
   (its subject), when one is mentioned more than every other;
4. (round s35) else what the sentence says: the body whose mentions do what the description does,
   read as the WordNet kind (lexicographer file) of the verb each is the subject of ("The agency
   said ..." is the agency that "said" in the article, not the one that "closed the bay");
5. (round s35) else the body mentioned nearest before the description in the article, unless
   that sentence names two candidates.

Otherwise every candidate is kept and the story step joins the description to none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc, Token

from storylens.nlp.doc_index import doc_entities, doc_sentences, doc_text
from storylens.wordnet import senses_of

SHORT_FORM_TYPES = frozenset({"ORG", "FAC"})


def _words(span) -> list[str]:
    return [t.lower_ for t in span if not t.is_punct and t.lower_ != "the"]


class Salience:
    def __init__(self, doc: Doc, long_names: list) -> None:
        text = doc_text(doc)
        self._paragraph_starts = [m.end() for m in re.finditer(r"\n[ \t]*\n", text)]
        self._sentence_starts = [sent.start_char for sent in doc_sentences(doc)]
        self._names = {(e.start, e.end): _words(e) for e in long_names}
        self._text = text
        self._token_at = {t.idx: t for t in doc}
        self._openings = {(e.start, e.end): " ".join(t.text for t in e if not t.is_punct).split()[:2] for e in long_names}
        self._entities = [e for e in doc_entities(doc) if e.label_ in SHORT_FORM_TYPES]
        self._resolved: list[tuple[int, tuple[int, int]]] = []

    def _paragraph(self, char: int) -> int:
        return bisect_right(self._paragraph_starts, char)

    def _mentions(self, names: list) -> list[tuple[int, tuple[int, int]]]:
        """(character, name) of every mention of one of the names: the name itself, a short form
        that opens it and opens no other candidate, a description already resolved to it."""
        keys = [(e.start, e.end) for e in names]
        found = [(char, key) for char, key in self._resolved if key in keys]
        for ent in self._entities:
            words = _words(ent)
            opened = [k for k in keys if words and self._names[k][: len(words)] == words]
            if len(opened) == 1:
                found.append((ent.start_char, opened[0]))
        # the model often leaves a short form untagged ("Tarvel Mutual said ..."): its first two
        # words as written, when they open one candidate's name of three words or more
        seen = {char for char, _ in found}
        openings = Counter(" ".join(self._openings[k]) for k in keys)
        for key in keys:
            opening = " ".join(self._openings[key])
            if len(self._names[key]) < 3 or openings[opening] > 1:
                continue
            for match in re.finditer(r"\b" + re.escape(opening) + r"\b", self._text):
                if match.start() not in seen:
                    found.append((match.start(), key))
        return sorted(found)

    def choose(self, names: list, modifiers: list[Token], head: Token) -> list:
        """The one name the description stands for, or all of them when the article does not say."""
        if len(names) > 1:
            named = [e for e in names if any(w.lower_ in self._names[(e.start, e.end)] for w in modifiers)]
            if named:
                names = named
        if len(names) > 1:
            names = self._most_salient(names, head) or names
        if len(names) == 1:
            self._resolved.append((head.idx, (names[0].start, names[0].end)))
        return names

    def _most_salient(self, names: list, head: Token) -> list:
        by_key = {(e.start, e.end): e for e in names}
        mentions = self._mentions(names)
        paragraph = self._paragraph(head.idx)
        here = [key for char, key in mentions if char < head.idx and self._paragraph(char) == paragraph]
        if here:
            # "The Foreign Ministry and the Defence Ministry said the ministry ...": two bodies
            # named in the last sentence that names one leave the description open
            return self._unless_named_together(mentions, here[-1], head, by_key)
        counts = Counter(key for _, key in mentions).most_common()
        if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]):
            return [by_key[counts[0][0]]]
        doing = self._doing_the_same(mentions, head)
        if len(doing) == 1:
            return [by_key[doing.pop()]]
        before = [key for char, key in mentions if char < head.idx]
        return self._unless_named_together(mentions, before[-1], head, by_key) if before else []

    def _unless_named_together(self, mentions, key, head: Token, by_key: dict) -> list:
        last = [char for char, _ in mentions if char < head.idx][-1]
        sentence = bisect_right(self._sentence_starts, last)
        together = {k for char, k in mentions if bisect_right(self._sentence_starts, char) == sentence}
        return [by_key[key]] if len(together) == 1 else []

    def _doing_the_same(self, mentions, head: Token) -> set:
        """The candidates some mention of which is the subject of a verb of the kind the
        description is the subject of."""
        kind = _verb_kind(head)
        if not kind:
            return set()
        return {key for char, key in mentions if char in self._token_at and _verb_kind(self._token_at[char]) == kind}


def _verb_kind(token: Token) -> str:
    """The WordNet lexicographer file ("verb.communication") of the verb a mention is the
    subject of, read from the most frequent sense of its lemma; "" when it is no subject."""
    while token.dep_ in ("compound", "amod", "det", "flat", "nmod") and token.head != token:
        token = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ not in ("VERB", "AUX"):
        return ""
    senses = senses_of(token.head.lemma_.lower(), "v")
    return senses[0].lexname() if senses else ""
