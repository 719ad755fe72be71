"""What an adjective does to its noun: restrict which thing is meant, or judge it (issue 15).

The brief cuts an adjective only one outlet writes before a noun the others also use ("the
notorious militia" -> "the militia"). That is right for a judgement and wrong for a modifier
that says *which* thing is meant or counted: "new cases" are not "cases", an "additional
lifetime risk" is not a "lifetime risk", a "nuclear plant" is not any plant. Which of the two an
adjective is, WordNet says through the nouns its senses are tied to:

- a **relational** adjective points at the noun it pertains to (WordNet's pertainym: "nuclear"
  -> nucleus, "federal" -> federal government): it sorts the noun into a class;
- a **measuring or placing** adjective is tied, by the attribute relation of its cluster (a
  satellite through its head, a head through its opposite too: "new" / "old" -> age) or by
  derivation ("average" -> average, "annual" -> year), to a noun that is a property (age, size,
  timing, degree), a measure (a year, a quantity), a statistic, a part of something (an
  addition), or a state of being or certainty ("possible" -> possibility, "alleged" ->
  indisputability): it places the noun on a scale or says whether it is there at all.

An adjective tied only to qualities, traits or standing ("bungling" -> incompetence,
"notorious" -> repute), or to nothing ("mere"), restricts nothing by WordNet and may go. A word
the judging scorer (nlp/loaded_rules/modifiers.py) reads as a judgement goes whatever WordNet
says; the caller checks that first.
"""

from __future__ import annotations

from functools import lru_cache

# The branches of WordNet's noun hierarchy whose members measure, place or count a thing (or
# say whether it is there): an adjective tied to one of them restricts its noun's reference.
RESTRICTING_BRANCHES = (
    "property.n.02",  # age, size, timing, degree, weight
    "measure.n.02",  # a year, a quantity
    "statistic.n.01",  # an average, a rate
    "part.n.02",  # an addition, a component
    "being.n.01",  # possibility, existence
    "certainty.n.02",  # indisputability: what is alleged or established
)


def restricts_reference(token) -> bool:
    """Whether the adjective ``token`` (before its noun) says which thing the noun means, by the
    parse (a comparative, superlative, ordinal or number) or by WordNet (`restricting_word`)."""
    if token.tag_ in ("JJR", "JJS") or token.like_num or token.ent_type_ in ("ORDINAL", "CARDINAL"):
        return True
    return restricting_word(token.lower_) or restricting_word(token.lemma_.lower())


@lru_cache(maxsize=4096)
def restricting_word(word: str) -> bool:
    """Whether WordNet ties some adjective sense of ``word`` to a noun it pertains to, or to a
    noun of the `RESTRICTING_BRANCHES`."""
    from storylens.nlp.wordnet import wordnet

    wn = wordnet()
    senses = [s for s in wn.synsets(word) if s.pos() in ("a", "s")]
    if any(lemma.pertainyms() for s in senses for lemma in s.lemmas() if lemma.name().lower() == word):
        return True
    branches = {wn.synset(name) for name in RESTRICTING_BRANCHES}
    for noun in _tied_nouns(senses):
        if any(branches & set(path) for path in noun.hypernym_paths()):
            return True
    return False


def _tied_nouns(senses) -> set:
    """The nouns the senses are tied to: the attributes of each sense, of its cluster's head and of
    their opposites, and the nouns derived from their words."""
    clusters = []
    for sense in senses:
        heads = [sense, *sense.similar_tos()] if sense.pos() == "s" else [sense]
        opposites = [a.synset() for head in heads for lemma in head.lemmas() for a in lemma.antonyms()]
        clusters += heads + opposites
    nouns = set()
    for synset in clusters:
        nouns.update(synset.attributes())
        for lemma in synset.lemmas():
            nouns.update(d.synset() for d in lemma.derivationally_related_forms() if d.synset().pos() == "n")
    return nouns
