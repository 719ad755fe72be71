"""A headline's words for a person its article describes (issue 19, round s31): "Callous police
chief blames families" over a body that writes "Odo Renn, the police chief, blamed ...".

A headline names few people; it calls them by what they are. A noun phrase of the headline
headed by a noun for a person (``entity_rules/people.is_person_noun``) stands for the one person
of its article whose description in the body ends in the same words ("police chief"): the
phrase without its adjectives is the end of one of that person's descriptions (apposition,
premodifier, predicate, description labels, in the outlet's own words). The whole phrase,
adjectives included ("callous police chief"), becomes a `Label` of that person with a
`TitleSpan` (``text == article.title[start:end]``), of kind "premodifier" (a title the outlet
sets over the name it leaves out). Two people so described, or none, and nothing is attached.
A phrase inside quotation marks is the speaker's, not the outlet's.
"""

from __future__ import annotations

from storylens.nlp.entity_rules.people import is_person_noun
from storylens.nlp.label_rules.kinds import DESCRIBING_KINDS
from storylens.nlp.quotes.headline import sentence_cased
from storylens.records import Label, TitleSpan
from storylens.story.brief.voice import QUOTED
from storylens.story.context import StoryContext


def _folded(text: str) -> str:
    return " ".join(text.lower().replace("the ", " ").split())


def title_labels(context: StoryContext) -> list[Label]:
    """Add each headline's phrase for a described person to that person's labels; return them."""
    from storylens.story.brief.sentences import parse

    titled = [a for a in context.analyses if a.article.title]
    if not titled:
        return []
    people = [a for a in context.actors if a.type == "PERSON"]
    found = []
    cased = [sentence_cased(a.article.title + "\n\n" + a.article.text, 0, len(a.article.title)) or a.article.title for a in titled]
    for analysis, doc in zip(titled, parse(cased)):
        article = analysis.article
        descriptions = {
            actor.id: {_folded(l.label) for l in actor.labels if l.span.article == article.id and l.kind in DESCRIBING_KINDS and not l.attributed}
            for actor in people
        }
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(article.title)]
        for token in doc:
            if token.pos_ != "NOUN" or token.ent_type_ or not is_person_noun(token) or token.dep_ == "compound":
                continue
            if any(s <= token.idx < e for s, e in quoted):
                continue
            modifiers = [t for t in token.lefts if t.dep_ in ("amod", "compound") and not t.ent_type_]
            if not modifiers or modifiers[-1].i != token.i - 1:
                modifiers = []
            core = " ".join(t.lower_ for t in [*(m for m in modifiers if m.dep_ == "compound"), token])
            ids = {a for a, texts in descriptions.items() if any(t == core or t.endswith(" " + core) for t in texts)}
            if len(ids) != 1 or " " not in core and not any(m.dep_ == "amod" for m in modifiers):
                continue  # a bare "chief" is too little to say whom; it must say more than the body
            actor = next(a for a in people if a.id in ids)
            start = (modifiers[0] if modifiers else token).idx
            end = token.idx + len(token.text)
            label = Label(article.title[start:end], article.outlet or context.source_key(article.id), TitleSpan.of(article.id, article.title, start, end), False, "premodifier", actor.name)
            if label not in actor.labels:
                actor.labels.append(label)
                found.append(label)
    return found
