"""Contextual word and sentence vectors from MiniLM, for the propaganda models.

One transformer pass per sentence gives both: each word's vector is the mean of the last hidden
states of its word-pieces (so "demonising" and "demon" differ by context, not only by spelling),
and the sentence vector is the mean over all pieces, L2-normalised (what
``storylens.nlp.minilm.embed`` returns for a sentence within its 128-token limit; longer
sentences are cut into parts here, not truncated). The MiniLM instance is the one the story
steps use (``nlp.minilm.sentence_model``), so the pipeline holds a single copy of the weights.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

DIM = 384
MAX_PIECES = 200  # longer sentences are cut at word boundaries into parts of at most this many
BATCH = 32


def _encoder():
    from storylens.nlp.minilm import sentence_model

    module = sentence_model()[0]  # sentence_transformers.models.Transformer
    return module.tokenizer, module.auto_model


def _chunks(words: Sequence, pieces_per_word: list[int]) -> list[tuple[int, int]]:
    """Word index ranges [a, b) whose pieces fit MAX_PIECES (a word longer than that stays alone)."""
    out, start, count = [], 0, 0
    for i, n in enumerate(pieces_per_word):
        if count + n > MAX_PIECES and i > start:
            out.append((start, i))
            start, count = i, 0
        count += n
    out.append((start, len(words)))
    return out


def pool_pieces(offsets: Sequence[tuple[int, int]], states: np.ndarray, words: Sequence, base: int) -> np.ndarray:
    """Mean of the piece states overlapping each word (character offsets relative to ``base``);
    a word no piece covers (a lone control character) gets the mean of all pieces."""
    out = np.empty((len(words), states.shape[1]), dtype=np.float32)
    fallback = states.mean(axis=0)
    for i, word in enumerate(words):
        rows = [p for p, (s, e) in enumerate(offsets) if e > s and base + s < word.end and base + e > word.start]
        out[i] = states[rows].mean(axis=0) if rows else fallback
    return out


def encode_words(words: Sequence, text: str) -> tuple[np.ndarray, np.ndarray]:
    """(one vector per word, one L2-normalised vector per sentence id 0..max) for the words of ``text``
    (objects with .start, .end, .sentence, as loaded_language.Word)."""
    n_sentences = (max(w.sentence for w in words) + 1) if words else 0
    word_out = np.zeros((len(words), DIM), dtype=np.float32)
    sentence_out = np.zeros((n_sentences, DIM), dtype=np.float32)
    if not words:
        return word_out, sentence_out
    import torch

    tokenizer, model = _encoder()
    groups: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        groups.setdefault(w.sentence, []).append(i)
    # parts: (sentence id, word indices) with text short enough for one pass
    parts: list[tuple[int, list[int]]] = []
    for sentence, indices in groups.items():
        pieces = [len(tokenizer.tokenize(words[i].text)) or 1 for i in indices]
        if sum(pieces) <= MAX_PIECES:
            parts.append((sentence, indices))
        else:
            parts += [(sentence, indices[a:b]) for a, b in _chunks(indices, pieces)]
    parts.sort(key=lambda p: words[p[1][-1]].end - words[p[1][0]].start)
    sums = np.zeros_like(sentence_out)
    counts = np.zeros(n_sentences)
    with torch.inference_mode():
        for b in range(0, len(parts), BATCH):
            batch = parts[b : b + BATCH]
            texts = [text[words[ix[0]].start : words[ix[-1]].end] for _, ix in batch]
            # verbose=False: the tokenizer warns past 128 pieces (the sentence model's setting),
            # but MiniLM takes 512 positions and parts stop at MAX_PIECES
            encoded = tokenizer(texts, padding=True, return_offsets_mapping=True, return_tensors="pt", verbose=False)
            offsets = encoded.pop("offset_mapping").tolist()
            states = model(**encoded).last_hidden_state.numpy()
            mask = encoded["attention_mask"].numpy().astype(bool)
            for (sentence, ix), off, state, m in zip(batch, offsets, states, mask):
                state = state[m]
                word_out[ix] = pool_pieces(off[: len(state)], state, [words[i] for i in ix], words[ix[0]].start)
                sums[sentence] += state.sum(axis=0)
                counts[sentence] += len(state)
    sentence_out = sums / np.maximum(counts, 1)[:, None]
    norms = np.linalg.norm(sentence_out, axis=1, keepdims=True)
    return word_out, (sentence_out / np.maximum(norms, 1e-9)).astype(np.float32)


def encode_sentences(words: Sequence, text: str, sentences: set[int]) -> tuple[np.ndarray, np.ndarray]:
    """``encode_words`` for the words of ``sentences`` only, in arrays shaped for all ``words``
    (other rows stay zero): the technique classifier needs vectors only where the tagger found
    a span, which spares most of the transformer pass when the tagger is not dense itself."""
    chosen = [i for i, w in enumerate(words) if w.sentence in sentences]
    n_sentences = (max(w.sentence for w in words) + 1) if words else 0
    word_out = np.zeros((len(words), DIM), dtype=np.float32)
    sentence_out = np.zeros((n_sentences, DIM), dtype=np.float32)
    if chosen:
        some_words, some_sentences = encode_words([words[i] for i in chosen], text)
        word_out[chosen] = some_words
        sentence_out[: len(some_sentences)] = some_sentences  # sentence ids are kept, so rows line up
    return word_out, sentence_out
