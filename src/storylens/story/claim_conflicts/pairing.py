"""Cross-outlet dispute pairing: rival accounts that the pair scorer does not link, because the
two sides share few words ("the pipe burst after a lightning strike" / "a corroded valve was to
blame"; "rejects the claim that the minister walked out" / "the minister left the meeting"), found
from the parse and joined into one claim before the scorer's links, like a retraction.

Only clauses that carry a marker are read (a cause relation, a rejected content, a concession, a
predicate adjective), and each is compared with the clauses of other articles that could answer
it: causes with causes, evaluations with evaluations, rejections and concessions with any clause
(their content is an ordinary clause). Evaluations, which are many, are compared only within one referent's block
(head noun or merged actor). So the work grows with the number of marked clauses times the
story's size, not with its square. For each marked clause and each other article, only the
clause the scorer finds closest among those that dispute it is joined, so one rejection does not
pull every clause of an article into its claim.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Mapping

from storylens.story.claim_conflicts.causes import cause_relations, rival_causes
from storylens.story.claim_conflicts.rejection import rejected_content, rejection_conflict
from storylens.story.claim_conflicts.states import evaluation_conflict, evaluations, referent_head
from storylens.story.claim_conflicts.superseded import conceded_content, concession_conflict

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


def paired_disputes(items: list[MentionInStory], probability_of: Mapping[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Pairs (i < j) of clauses of different articles that dispute each other by a rival cause,
    a rejection, a concession or an opposite evaluation (see the module's doc); for each marked
    clause and other article, the one such clause with the highest link probability."""
    caused = [n for n, item in enumerate(items) if cause_relations(item)]
    answering = [n for n, item in enumerate(items)
                 if rejected_content(item) is not None or conceded_content(item.mention) is not None]
    everyone = range(len(items))
    # evaluations are many (every "X is <adjective>"): compared only within one referent's
    # block (its head noun, or a merged actor it names)
    by_referent: dict[str, list[int]] = defaultdict(list)
    for n, item in enumerate(items):
        for referent, _, _ in evaluations(item.mention.sentence.text, item.mention.text):
            keys = {f"actor:{actor}" for name, actor in item.actor_of_name.items() if name in referent}
            keys.add(f"head:{referent_head(referent)}")
            for key in keys:
                by_referent[key].append(n)
    checks = [(caused, lambda i: caused, rival_causes),
              (sorted({n for block in by_referent.values() for n in block}),
               lambda i: sorted({n for block in by_referent.values() if i in block for n in block}), evaluation_conflict),
              (answering, lambda i: everyone, lambda a, b: rejection_conflict(a, b) or concession_conflict(a, b))]
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for marked, others_of, disputes in checks:
        for i in marked:
            for j in others_of(i):
                if i == j or items[i].span.article == items[j].span.article:
                    continue
                key = (min(i, j), max(i, j))
                if not disputes(items[i], items[j]):
                    continue
                probability = probability_of.get(key, 0.0)
                slot = (i, items[j].span.article)
                if slot not in best or probability > best[slot][0]:
                    best[slot] = (probability, j)
    return sorted({(min(i, j), max(i, j)) for (i, _), (_, j) in best.items()})
