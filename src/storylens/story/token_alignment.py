"""Two claim clauses compared word by word in context (the pair reader).

Whole-clause MiniLM cosine reads a clause by its topic: two facts of one event that share nouns
read alike, and a paraphrase whose verbs differ ("was discharged" / "has gone home") reads apart.
Here each word keeps its own contextual vector (``story.embeddings.words_in_context``: the
sentence is encoded once, so "burst" is read as what a tank did, not as a word alone), and the
two clauses are compared as BERTScore does: every content word of one is matched greedily with
its closest word of the other, and the matches are averaged, weighted by how rare the word is in
the story. Apart from that overall match, the parts of the predication are matched on their own:
the predicate (the clause's root verb or event noun, from the parse), whether its closest word in
the other clause is that clause's predicate, and the participants (the doer and the theme, with
pronouns: "All of them" is matched word by word against the other clause).

The features are read by the pair scorer (``claim_linker``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from storylens.story.claim_conflicts.mention import MentionInStory
from storylens.story.embeddings import SentenceWords, words_in_context

# the words a clause is matched by: its content words and pronouns ("All of them"); articles,
# prepositions and auxiliaries are left out (their vectors are alike whatever the clause says)
MATCHED_POS = {"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM", "PRON"}
DEFAULT_WEIGHT = 1.0  # rarity of a word the story's vocabulary does not hold (pronouns, numbers)

FEATURES = ("word_match", "predicate_match", "predicate_aligned", "participant_match")


@dataclass(frozen=True)
class ClauseWords:
    """A clause's words read in context: the words it is matched by (the clause and its
    participants) and which of them are content words, its predicate, its participants."""

    vectors: np.ndarray  # (words, dim) float32, unit length
    lemmas: tuple[str, ...]
    content: np.ndarray  # bool per word
    predicate: Optional[int]
    participants: tuple[np.ndarray, ...]  # word indices of each participant


def read_clauses(items: list[MentionInStory]) -> list[ClauseWords]:
    """Every mention's clause words, each sentence encoded once."""
    sentences = words_in_context([item.mention.sentence.text for item in items])
    return [clause_words(item, words) for item, words in zip(items, sentences)]


def clause_words(item: MentionInStory, words: SentenceWords) -> ClauseWords:
    mention = item.mention
    sentence = mention.sentence.text
    low = max(item.span.start - mention.sentence.start, 0)
    high = min(item.span.end - mention.sentence.start, len(sentence))
    matched = np.array([p in MATCHED_POS for p in words.pos], dtype=bool)
    inside = (words.starts >= low) & (words.ends <= high)
    participants = []
    for phrase in (mention.agent or mention.subject, mention.theme):
        at = _find(sentence, phrase, low)
        if at is None:
            continue
        in_phrase = (words.starts >= at) & (words.ends <= at + len(phrase))
        chosen = in_phrase & matched if (in_phrase & matched).any() else in_phrase
        if chosen.any():
            participants.append(chosen)
    kept = inside & matched
    for chosen in participants:
        kept |= chosen  # a relative clause's doer stands outside its span ("the firm, which ...")
    rows = np.flatnonzero(kept)
    position = {row: n for n, row in enumerate(rows)}
    predicate = None
    if mention.predicate:
        for row in rows:
            if inside[row] and words.lemmas[row] == mention.predicate.lower():
                predicate = position[row]
                break
    return ClauseWords(
        vectors=words.vectors[rows].astype(np.float32),
        lemmas=tuple(words.lemmas[row] for row in rows),
        content=words.content[rows] & inside[rows],
        predicate=predicate,
        participants=tuple(np.array([position[row] for row in np.flatnonzero(chosen)]) for chosen in participants),
    )


def _find(sentence: str, phrase: Optional[str], after: int) -> Optional[int]:
    """Where ``phrase`` stands in the sentence: its first place from the clause on, else anywhere."""
    if not phrase:
        return None
    at = sentence.find(phrase, after)
    if at < 0:
        at = sentence.find(phrase)
    return at if at >= 0 else None


def pair_features(a: ClauseWords, b: ClauseWords, idf: dict[str, float]) -> list[float]:
    """``FEATURES`` of two clauses: the rarity-weighted greedy word match (BERTScore's F), the
    predicates' closest counterparts, whether each is the other's predicate, and the
    participants' closest counterparts (word by word, averaged per participant)."""
    if not len(a.lemmas) or not len(b.lemmas):
        return [0.0] * len(FEATURES)
    similarity = a.vectors @ b.vectors.T  # every word of a against every word of b
    word_match = _greedy_f(similarity, a, b, idf)
    predicate_scores, aligned = [], []
    for own, other, rows in ((a, b, similarity), (b, a, similarity.T)):
        if own.predicate is not None:
            best = int(np.argmax(rows[own.predicate]))
            predicate_scores.append(float(rows[own.predicate, best]))
            aligned.append(float(best == other.predicate))
    participant_scores = [float(rows[members].max(axis=1).mean())
                          for own, rows in ((a, similarity), (b, similarity.T)) for members in own.participants]
    return [
        word_match,
        float(np.mean(predicate_scores)) if predicate_scores else word_match,
        float(np.mean(aligned)) if aligned else 0.0,
        float(np.mean(participant_scores)) if participant_scores else word_match,
    ]


def _greedy_f(similarity: np.ndarray, a: ClauseWords, b: ClauseWords, idf: dict[str, float]) -> float:
    """BERTScore's F: each content word of one clause matched with its closest word of the other
    (any word: "All of them" answers "All four crew members"), averaged with rarity weights."""
    def one_way(rows: np.ndarray, own: ClauseWords) -> Optional[float]:
        content = np.flatnonzero(own.content)
        if not len(content):
            return None
        weights = np.array([max(idf.get(own.lemmas[n], DEFAULT_WEIGHT), 0.1) for n in content])
        return float(rows[content].max(axis=1) @ weights / weights.sum())

    recall, precision = one_way(similarity, a), one_way(similarity.T, b)
    if recall is None or precision is None:
        return recall or precision or 0.0
    return 2 * recall * precision / (recall + precision) if recall + precision > 0 else 0.0
