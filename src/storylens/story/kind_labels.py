"""A group written by its kind, read across the story (issue 19, round s30): "the killings were
carried out by the militia, not the army" in one outlet, where another writes "the National
Volunteer Guard, a pro-government militia".

An article's open head-noun phrase ("the militia": "the" and a noun that heads no
name of its article, ``entity_rules/head_nouns.py``) is a `Label` of kind "description" of the
one organisation of the story that is of that kind: the head word of its name, or of a phrase
that describes it in some outlet's own words (an apposition, a title or a predicate: "a
pro-government militia"), is the noun or a kind of it in WordNet (``label_rules/kinds.py``). When
no group is of that kind ("the army" here), or two are, nothing is attached: a rebel front the
outlet never calls a militia does not become one because it is the other group in the story.
"""

from __future__ import annotations

from storylens.nlp.label_rules.contrast import set_against_in_text
from storylens.nlp.label_rules.kinds import DESCRIBING_KINDS, fits_kind, may_describe_a_place, names_a_specific_kind
from storylens.nlp.loaded_rules.nouns import names_a_group
from storylens.records import Actor, Label, Span
from storylens.story.context import StoryContext

# Actors a noun for a kind of group may stand for: named organisations and peoples.
GROUP_ACTOR_TYPES = frozenset({"ORG", "NORP"})
# Actors that are places once the story has typed them (a mention the model typed ORG in one
# article may be a town the others write as one).
PLACE_ACTOR_TYPES = frozenset({"GPE", "LOC"})
# Labels that say what a name is in the outlet's own grammar, which must fit a place's kind.
PLACE_CHECKED_KINDS = frozenset({"apposition", "premodifier", "predicate"})


def _label_heads(labels: list[Label]) -> dict[str, str]:
    """Label text -> the lower-case lemma of its head noun ("pro-government militia" ->
    "militia"; "" when the head is no common noun)."""
    from storylens.story.brief.sentences import parse

    texts = sorted({label.label for label in labels})
    heads = {}
    for text, doc in zip(texts, parse(texts)):
        root = doc[:].root
        heads[text] = root.lemma_.lower() if root.pos_ == "NOUN" and root.is_lower else ""
    return heads


def actor_kinds(actors: list[Actor]) -> dict[str, set[str]]:
    """Actor id -> the words that say what kind of group it is: its names' last words and the
    head nouns of its descriptions in the outlets' own words."""
    described = [l for a in actors for l in a.labels if l.kind in DESCRIBING_KINDS and not l.attributed]
    heads = _label_heads(described)
    found: dict[str, set[str]] = {}
    for actor in actors:
        if actor.type not in GROUP_ACTOR_TYPES:
            continue
        words = {form.split()[-1].lower() for form in actor.aliases if form.split()}
        words |= {heads[l.label] for l in actor.labels if l.label in heads and heads[l.label] and not l.attributed}
        found[actor.id] = words
    return found


def fitting_actors(noun: str, kinds: dict[str, set[str]]) -> set[str]:
    return {actor for actor, words in kinds.items() if any(fits_kind(word, noun) for word in words)}


def drop_labels_no_place_fits(actors: list[Actor]) -> None:
    """A place keeps only the descriptions whose head noun can be said of a place (round s34,
    ``kinds.may_describe_a_place``): "docked at Velby, the crippled vessel listing badly" is
    no apposition of Velby, whatever the parse of one article hung on the name it had typed an
    organisation."""
    checked = [l for a in actors if a.type in PLACE_ACTOR_TYPES for l in a.labels if l.kind in PLACE_CHECKED_KINDS]
    heads = _label_heads(checked)
    for actor in actors:
        if actor.type in PLACE_ACTOR_TYPES:
            actor.labels = [
                l for l in actor.labels if l.kind not in PLACE_CHECKED_KINDS or not heads.get(l.label) or may_describe_a_place(heads[l.label])
            ]


def kind_labels(context: StoryContext) -> list[Label]:
    """Label each open phrase for a kind of group with the one group of the story of that
    kind; the labels are added to their actors and returned. The places' descriptions that no
    place can be are dropped first (``drop_labels_no_place_fits``), so no kind is read from them."""
    drop_labels_no_place_fits(context.actors)
    actors = {a.id: a for a in context.actors}
    kinds = actor_kinds(context.actors)
    taken = {(l.span.article, l.span.start, l.span.end) for a in context.actors for l in a.labels}
    found = []
    for analysis in context.analyses:
        article = analysis.article
        for phrase in analysis.noun_mentions:
            span = phrase.span
            key = (span.article, span.start, span.end)
            if phrase.names or key in context.actor_of_mention or key in taken:
                continue
            if not names_a_group(phrase.head) or not names_a_specific_kind(phrase.head):
                continue  # "the hospital": no group; "the group": no kind
            words = span.text.split()
            if len(words) != 2 or words[0].lower() != "the":
                continue  # "the Russian army", "the Kremlin's line": a modifier names another group
            if set_against_in_text(article.text, span.start):
                continue  # "the militia, not the police": the sentence denies it (round s33)
            ids = fitting_actors(phrase.head, kinds)
            if len(ids) != 1:
                continue
            actor = actors[ids.pop()]
            text = words[1]
            start = span.end - len(text) if span.text.endswith(text) else span.start
            label = Label(text, article.outlet or context.source_key(article.id), Span(span.article, start, span.end, text), False, "description", actor.name)
            actor.labels.append(label)
            found.append(label)
    return found
