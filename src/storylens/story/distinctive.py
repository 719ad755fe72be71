"""Words each outlet uses more than the others in one story: weighted log-odds ratios with an
informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), as z-scores.

The prior is the story's own word counts (all outlets together, at a tenth of their weight), so
a word only stands out when an outlet uses it clearly more than the story as a whole does; rare
words are shrunk towards zero instead of topping the list as raw log-odds would make them.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from storylens.records import Term

WORD = re.compile(r"[^\W\d_][\w’'-]*[^\W_]|[^\W\d_]", re.UNICODE)


def content_terms(text: str) -> list[str]:
    """Lower-cased content words of a text plus bigrams of adjacent content words."""
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    terms: list[str] = []
    previous: str | None = None
    for word in words:
        word = word.removesuffix("'s")
        if word in STOP_WORDS or len(word) < 3:
            previous = None
            continue
        terms.append(word)
        if previous is not None:
            terms.append(previous + " " + word)
        previous = word
    return terms


def log_odds_z(counts: dict[str, Counter], *, prior_weight: float = 0.1) -> dict[str, dict[str, float]]:
    """z-score of each term for each group against all the other groups together."""
    total = Counter()
    for group_counts in counts.values():
        total.update(group_counts)
    alpha = {w: c * prior_weight for w, c in total.items()}
    alpha0 = sum(alpha.values())
    out: dict[str, dict[str, float]] = {}
    for group, group_counts in counts.items():
        n_i = sum(group_counts.values())
        n_j = sum(total.values()) - n_i
        scores = {}
        for word, y_i in group_counts.items():
            y_j = total[word] - y_i
            a = alpha[word]
            delta = math.log((y_i + a) / (n_i + alpha0 - y_i - a)) - math.log((y_j + a) / (n_j + alpha0 - y_j - a))
            variance = 1.0 / (y_i + a) + 1.0 / (y_j + a)
            scores[word] = delta / math.sqrt(variance)
        out[group] = scores
    return out


def distinctive_terms(
    texts: dict[str, list[str]], *, top: int = 15, min_z: float = 1.645, min_count: int = 2
) -> dict[str, list[Term]]:
    """Top terms per group (outlet) whose z-score passes ``min_z`` (one-sided 95%: we ask
    whether the outlet uses a term *more* than the others)."""
    counts = {group: Counter(t for text in group_texts for t in content_terms(text)) for group, group_texts in texts.items()}
    if len(counts) < 2:
        return {}
    z = log_odds_z(counts)
    result = {}
    for group, scores in z.items():
        ranked = sorted(
            ((w, s) for w, s in scores.items() if s >= min_z and counts[group][w] >= min_count),
            key=lambda item: (-item[1], item[0]),
        )
        result[group] = [Term(w, round(s, 2)) for w, s in ranked[:top]]
    return result
