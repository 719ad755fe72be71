"""Stable article ids, exact duplicates, and near-duplicates (one wire copy, lightly edited or cut).

Near-duplicates use MinHash over word 5-shingles with LSH (datasketch), so a batch of
thousands of articles is not compared pairwise.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from typing import Optional

from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
ID_LENGTH = 16


def normalized(text: str) -> str:
    return " ".join(text.lower().split())


def article_id(text: str) -> str:
    """A short hash of the whitespace-folded, lower-cased text: same text, same id."""
    return hashlib.sha256(normalized(text).encode("utf-8")).hexdigest()[:ID_LENGTH]


class NearDuplicateIndex:
    """Finds, for each added text, the group of earlier near-copies it belongs to.

    Two texts are copies when their shingle sets are similar (Jaccard >= ``threshold``) or when
    the shorter one is mostly contained in the longer (>= ``containment``): outlets often run a
    wire story cut short, which lowers Jaccard similarity but not containment.
    """

    def __init__(self, *, threshold: float = 0.7, containment: float = 0.8, num_perm: int = 128,
                 shingle_words: int = 5):
        self.threshold = threshold
        self.containment = containment
        self.num_perm = num_perm
        self.shingle_words = shingle_words
        # Candidates come from a looser LSH band so cut copies (lower Jaccard) are still found.
        self._lsh = MinHashLSH(threshold=min(threshold, 0.5), num_perm=num_perm)
        self._hashes: dict[str, tuple[MinHash, int]] = {}
        self._root: dict[str, str] = {}  # key -> first article of its group
        self._order: dict[str, int] = {}

    def _minhash(self, text: str) -> tuple[MinHash, int]:
        words = _WORD.findall(text.lower())
        n = self.shingle_words
        shingles = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
        # crc32 is a C function: several times faster than datasketch's default sha1 per shingle,
        # and 32 bits is all MinHash uses anyway.
        minhash = MinHash(num_perm=self.num_perm, hashfunc=zlib.crc32)
        minhash.update_batch([s.encode("utf-8") for s in shingles])
        return minhash, len(shingles)

    def _is_copy(self, a: tuple[MinHash, int], b: tuple[MinHash, int]) -> bool:
        jaccard = a[0].jaccard(b[0])
        if jaccard >= self.threshold:
            return True
        shared = jaccard * (a[1] + b[1]) / (1 + jaccard)  # |A ∩ B| from Jaccard and the set sizes
        return shared / max(1, min(a[1], b[1])) >= self.containment

    def add(self, key: str, text: str) -> Optional[str]:
        """Index ``text`` under ``key``; return the key of the first article of its group, if any."""
        signature = self._minhash(text)
        matches = [k for k in self._lsh.query(signature[0]) if self._is_copy(self._hashes[k], signature)]
        self._lsh.insert(key, signature[0])
        self._hashes[key] = signature
        self._order[key] = len(self._order)
        roots = [self._root[k] for k in matches]
        self._root[key] = min(roots, key=self._order.__getitem__) if roots else key
        return self._root[key] if roots else None
