"""Which quantity a figure gives, and which figures an article itself replaced (round s36).

- *Different measures of one thing*: "the painting was insured for 2 million crowns" / "the
  painting is worth 5 million crowns on the market": one painting, two quantities of it (the sum
  insured, its market value). The word a figure hangs from ("insured for", "worth", "valued at",
  "costs") names the quantity through the nouns WordNet makes from it (insure -> insurance,
  coverage; worth -> worth; value -> value; cost -> cost, monetary value). Two such words name
  one measure when their nouns share a sense, one is a kind of the other, or both are kinds of
  WordNet's measure ("worth" / "value"); otherwise the figures are no rival accounts.
- *A figure the article revised*: "The death toll was raised to five on Tuesday from an earlier
  figure of three": a figure after "from" under a verb that also takes another figure after
  "to" is the one replaced. The article's own earlier "Three people died" is then superseded
  within the article, not its account against another outlet's "five".
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from storylens.records import ClaimMention, Quantity
from storylens.story.claim_conflicts.measured_frame import COUNT_NOUNS, _figure_of, _token_of
from storylens.story.claim_conflicts.opposites import same_sense
from storylens.story.claim_conflicts.words import parsed
from storylens.story.happenings import LIGHT_PREDICATES, predicates_related
from storylens.wordnet import is_kind_of, senses_of

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory

# WordNet's noun files for a quantity something has: an amount, a sum held, a value.
MEASURE_FILES = frozenset({"noun.quantity", "noun.possession", "noun.attribute"})
# how many of a word's most frequent senses may name the quantity ("insure": the third, cover.v.14)
MEASURE_SENSES = 3
# WordNet's sense of a measure: "how much there is or how many there are of something"
MEASURE = "measure.n.02"


@lru_cache(maxsize=4096)
def measures_named(word: str, pos: str) -> frozenset:
    """The nouns of a quantity a verb or adjective names through its derivations ("insure" ->
    insurance, coverage; "worth" -> worth; "cost" -> cost, monetary value). Empty for a word of
    no quantity ("die", "kill", "sell")."""
    found = set()
    for sense in senses_of(word, pos)[:MEASURE_SENSES]:
        for lemma in sense.lemmas():
            for related in lemma.derivationally_related_forms():
                noun = related.synset()
                if noun.pos() == "n" and noun.lexname() in MEASURE_FILES:
                    found.add(noun)
    return frozenset(found)


def measure_word(item: MentionInStory, quantity: Quantity) -> Optional[tuple[str, str]]:
    """(lemma, part of speech) of the word a figure gives the quantity of: the verb or adjective
    its noun (or a preposition over it) hangs from: "insured for 2 million crowns" -> insure,
    "worth 5 million crowns" -> worth (tagged an adjective or a preposition)."""
    found = _figure_of(item, quantity)
    if found is None:
        return None
    head = found[1].head
    if head.i == found[1].i:
        return None
    if head.pos_ == "ADP" and not senses_of(head.lower_, "a"):
        head = head.head  # "insured for": the preposition's verb
    if head.pos_ == "VERB":
        return head.lemma_.lower(), "v"
    if head.pos_ in ("ADJ", "ADP"):
        return head.lower_, "a"
    return None


def _one_measure(x, y) -> bool:
    return x == y or is_kind_of(x, y.name()) or is_kind_of(y, x.name()) or (
        is_kind_of(x, MEASURE) and is_kind_of(y, MEASURE))


def _moves_possession(word: str, pos: str) -> bool:
    """A verb whose most frequent WordNet sense is a change of possession (lose, sell, pay, buy)."""
    found = senses_of(word, pos)[:1] if pos == "v" else []
    return bool(found) and found[0].lexname() == "verb.possession"


def different_measures(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity, *,
                       unnamed: bool = False) -> bool:
    """Both figures hang from a word naming a quantity and WordNet makes the two quantities
    different ("insured for" / "worth"); same words, or no quantity named, decide nothing.
    ``unnamed`` (round s41): a figure hung from a word naming a quantity held (WordNet's
    noun.possession: "valued at 40 million crowns") and one hung from a verb of possession changing
    hands that names none and that WordNet does not relate to it ("lost 12 million crowns", "sell
    the park for 25 million crowns") give different quantities too: the value of a thing against
    an amount an act moved."""
    word_a, word_b = measure_word(a, qa), measure_word(b, qb)
    if word_a is None or word_b is None or word_a[0] == word_b[0]:
        return False
    measures_a, measures_b = measures_named(*word_a), measures_named(*word_b)
    if not measures_a and not measures_b:
        return False
    if not measures_a or not measures_b:
        if not unnamed or LIGHT_PREDICATES & {word_a[0], word_b[0]}:
            return False  # "has 46,000 signatures": "have" tells how many, whatever got them there
        named, moving = (measures_a, word_b) if measures_a else (measures_b, word_a)
        if not any(m.lexname() == "noun.possession" for m in named) or not _moves_possession(*moving):
            return False  # only a thing's value against an amount that changed hands
        return not (predicates_related(word_a[0], word_b[0]) or same_sense(word_a[0], word_b[0]))
    return not any(_one_measure(x, y) for x in measures_a for y in measures_b)


def _value(quantity: Quantity) -> tuple:
    value = quantity.value if isinstance(quantity.value, list) else [quantity.value]
    return quantity.unit, tuple(float(v) for v in value)


def figures_replaced(mention: ClaimMention) -> set[tuple]:
    """The figures a clause says were replaced by another ("raised to five from an earlier figure
    of three", "revised from 40 to 52"): a figure under "from" whose verb also takes a figure
    under "to". Values with their units."""
    if len(mention.quantities) < 2:
        return set()
    sentence = mention.sentence
    doc = parsed(sentence.text)
    replaced = set()
    for quantity in mention.quantities:
        start = quantity.span.start - sentence.start
        token = _token_of(doc, start, start + len(quantity.span.text)) if 0 <= start < len(sentence.text) else None
        if token is None:
            continue
        node = token
        for _ in range(5):  # up to "from": "from [an earlier figure [of [three]]]"
            if node.head.i == node.i or (node.dep_ == "prep" and node.lower_ == "from"):
                break
            node = node.head
        if node.lower_ != "from" or node.dep_ != "prep":
            continue
        verb = node.head
        to = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
        if any(t.like_num or t.pos_ == "NUM" for p in to for t in p.subtree):
            replaced.add(_value(quantity))
    return replaced


def figures_revised(mentions: list[ClaimMention]) -> set[tuple]:
    """The figures a sentence says were revised (round s41): "Police first said four wolves had
    escaped, but later revised the figure to six". A verb takes a counting noun pointed back to
    ("the figure", "that toll": ``measured_frame.COUNT_NOUNS`` with "the", "that", "this") as its
    object and a figure under "to"; the figures its sentence gives before that verb, in its other
    clauses, are the ones replaced. Values with their units."""
    by_sentence: dict[tuple[int, str], list[ClaimMention]] = {}  # (start, text) -> its clauses
    for mention in mentions:
        by_sentence.setdefault((mention.sentence.start, mention.sentence.text), []).append(mention)
    replaced = set()
    for (start, text), told in by_sentence.items():
        words = set(text.lower().split())
        if "to" not in words or not words & COUNT_NOUNS or not any(m.quantities for m in told):
            continue  # parse only a sentence that could revise a figure
        doc = parsed(text)
        for verb in doc:
            if verb.pos_ != "VERB" or not _revises_a_figure(verb):
                continue
            for mention in told:
                for quantity in mention.quantities:
                    at = quantity.span.start - start
                    if 0 <= at < verb.idx and text[at:at + len(quantity.span.text)] == quantity.span.text:
                        replaced.add(_value(quantity))
    return replaced


def _revises_a_figure(verb) -> bool:
    figure = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in COUNT_NOUNS
                   and any(d.dep_ == "det" and d.lower_ in ("the", "that", "this") for d in c.children)), None)
    to = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    return figure is not None and any(t.like_num or t.pos_ == "NUM" for p in to for t in p.subtree)


def replaced_in_its_article(item: MentionInStory, quantity: Quantity) -> bool:
    """The article holding ``item`` says elsewhere that this figure was replaced by another."""
    return _value(quantity) in item.replaced
