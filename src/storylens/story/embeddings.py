"""Sentence embeddings for the cross-article steps (clustering, claim alignment, the brief).

The model and `embed` live in the nlp layer (`storylens.nlp.minilm`), which per-article
components share; the story steps import them from here so that they read as story-layer code.
`embed_sentences` keeps the vectors of recent sentences: the claims step and the brief both read
every sentence of a story, and MiniLM is the costliest thing either does.
"""

import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from storylens.nlp.minilm import EMBEDDING_DIM, embed  # noqa: F401

# About 12 MB of float32 vectors: the sentences of a few hundred articles, bounded so that a
# long-running server does not grow with every story it builds.
SENTENCE_CACHE_SIZE = 8192
_sentence_vectors: "OrderedDict[str, np.ndarray]" = OrderedDict()
_lock = threading.Lock()


def embed_sentences(texts: list[str]) -> np.ndarray:
    """`embed` of ``texts``, each distinct text embedded once, and reusing the vectors of texts
    embedded by an earlier call (most recent kept)."""
    distinct = list(dict.fromkeys(texts))
    with _lock:
        known = {t: _sentence_vectors[t] for t in distinct if t in _sentence_vectors}
    missing = [t for t in distinct if t not in known]
    if missing:
        known.update(zip(missing, embed(missing)))
    with _lock:
        for text in distinct:
            _sentence_vectors[text] = known[text]
            _sentence_vectors.move_to_end(text)
        while len(_sentence_vectors) > SENTENCE_CACHE_SIZE:
            _sentence_vectors.popitem(last=False)
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    return np.stack([known[t] for t in texts])


# --- Words in context -------------------------------------------------------------------------
# The claim pair reader (story/token_alignment.py) compares two clauses word by word. Each
# sentence is parsed and encoded once, in context (nlp.contextual.encode_words: the mean of each
# word's word-pieces over one MiniLM pass), and kept here beside the sentence vectors. Only words
# are kept (no punctuation), as unit float16 vectors: about 20 KB a sentence, 40 MB at most.
WORDS_CACHE_SIZE = 2048
# parts of speech whose words carry a clause's content; pronouns are kept apart (a participant
# may be one: "All of them") but do not count as content
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"}
KEPT_POS = CONTENT_POS | {"PRON", "DET", "AUX", "ADP", "PART", "SCONJ", "CCONJ", "INTJ", "X", "SYM"}


@dataclass(frozen=True)
class SentenceWords:
    """The words of one sentence: character offsets in it, lemma, part of speech, whether a
    content word (not a stop word), and one unit contextual vector each (float16)."""

    starts: np.ndarray
    ends: np.ndarray
    lemmas: tuple[str, ...]
    pos: tuple[str, ...]
    content: np.ndarray  # bool
    vectors: np.ndarray  # (words, 384) float16, unit length


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int
    sentence: int


_sentence_words: "OrderedDict[str, SentenceWords]" = OrderedDict()


def words_in_context(sentences: list[str]) -> list[SentenceWords]:
    """The parsed, contextually encoded words of each sentence; each distinct sentence is parsed
    and encoded once (batched), and the most recent are kept for later calls."""
    distinct = list(dict.fromkeys(sentences))
    with _lock:
        known = {s: _sentence_words[s] for s in distinct if s in _sentence_words}
    missing = [s for s in distinct if s not in known]
    if missing:
        known.update(zip(missing, _read_words(missing)))
    with _lock:
        for sentence in distinct:
            _sentence_words[sentence] = known[sentence]
            _sentence_words.move_to_end(sentence)
        while len(_sentence_words) > WORDS_CACHE_SIZE:
            _sentence_words.popitem(last=False)
    return [known[s] for s in sentences]


def _read_words(sentences: list[str]) -> list[SentenceWords]:
    from storylens.nlp.contextual import encode_words
    from storylens.nlp.pipeline import shared_nlp

    nlp = shared_nlp()
    keep = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}
    disabled = [name for name in nlp.pipe_names if name not in keep]
    # one text holding every sentence, each word with its sentence's number: encode_words makes
    # one transformer pass per sentence (batched), never across two
    words: list[_Word] = []
    tokens_of: list[list] = []
    base = 0
    for number, doc in enumerate(nlp.pipe(sentences, disable=disabled)):
        kept = [t for t in doc if t.pos_ in KEPT_POS and not t.is_space]
        tokens_of.append([(t.idx, t.idx + len(t.text), t.lemma_.lower(), t.pos_,
                           t.pos_ in CONTENT_POS and not t.is_stop) for t in kept])
        words += [_Word(t.text, base + t.idx, base + t.idx + len(t.text), number) for t in kept]
        base += len(doc.text) + 1
    vectors, _ = encode_words(words, "\n".join(sentences))
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = (vectors / np.maximum(norms, 1e-9)).astype(np.float16)
    out, row = [], 0
    for tokens in tokens_of:
        n = len(tokens)
        out.append(SentenceWords(
            starts=np.array([t[0] for t in tokens], dtype=np.int32),
            ends=np.array([t[1] for t in tokens], dtype=np.int32),
            lemmas=tuple(t[2] for t in tokens),
            pos=tuple(t[3] for t in tokens),
            content=np.array([t[4] for t in tokens], dtype=bool),
            vectors=vectors[row:row + n],
        ))
        row += n
    return out
