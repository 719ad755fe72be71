"""One outlet's label for who did what, read across outlets (issue 19).

"Terrorists attacked a checkpoint" in one outlet's own voice, where the other outlets report the
same fact as "Militants attacked a checkpoint": the word is that outlet's label, not the fact.
The PTC tagger weighs such nouns low (they are plain in many contexts), so they are read from the
story instead: for each claim several outlets report, the head noun of each mention's agent
(`ClaimMention.agent`: the active subject or the passive's "by" phrase). An outlet's head noun is a label when

- the outlet writes it in its own voice: the clause is attributed to no one and the noun is not
  inside quotation marks (quoting a governor who says "terrorists" is reporting);
- it is a common noun, not a name, whose first WordNet sense is a person or a group (round s31:
  "Flowers" of a caption and "our teams" of an aid agency's own report were marked), not
  possessed by the writer ("our", "my");
- no other outlet uses the word outside quotation marks anywhere in the story;
- at least two other outlets report the same role with a different head noun, and some head
  noun they use is shared by two outlets: the others agree on a plainer word. With one other
  outlet there is no telling whose word is the plain one, so nothing is marked.

The marked noun phrase becomes a `LoadedSpan` (Name_Calling,Labeling, ``found_by="label"``) in the
story's loaded language; the brief cuts or quotes it like other marked words (docs/brief.md).

The same reading resolves who such a noun stands for (`role_referent_labels`): when the other
mentions of the claim in other outlets say the same thing (the same verb done to a thing with the
same head word) and name the agent ("Redhand fighters attacked a checkpoint", "Redhand attacked
...") and every name there is one actor of the story, an agent written as a common noun
in an outlet's own voice with no name in it ("the terrorists attacked a checkpoint") is that
outlet's label for that actor (`Label`, kind "role"). Named agents of two actors, or none, give
no label.

Such a label is also marked as loaded (`quoted_role_labels`, issue 19, fifth round) when the story
shows it is one side's word: no other outlet writes it in its own voice, and some other outlet
writes it only inside quotation marks ("the governor called them “terrorists”"), i.e. reports it
as a speaker's word. This needs no agreement of two other outlets on a plainer word, and no
noun scorer (which weighs "terrorists" below "fighters"); a plain noun ("the fighters") that no
outlet quotes stays unmarked.
"""

from __future__ import annotations

import re
from collections import defaultdict

from storylens.nlp.label_rules import WH_TAGS
from storylens.nlp.label_rules.contrast import set_against
from storylens.nlp.label_rules.kinds import names_a_government
from storylens.nlp.label_rules.referents import REFERENT_NOUN_SCORE
from storylens.nlp.loaded_rules.nouns import names_a_group, names_people, noun_score
from storylens.records import Claim, ClaimMention, Label, LoadedSpan, Span
from storylens.story.brief.voice import QUOTED, own_words
from storylens.story.context import StoryContext
from storylens.story.kind_labels import actor_kinds, fitting_actors

# Who did it: the theme ("released the diversity statistics" / "the figures") is as often a thing
# two outlets name with two plain words, so only the agent is read.
ROLES = ("agent",)
# Possessives by which the writer names its own side ("our teams", "my colleagues").
WRITERS = frozenset({"our", "my"})


def role_labels(claims: list[Claim], context: StoryContext) -> list[LoadedSpan]:
    from storylens.story.brief.sentences import parse

    outlet_of, by_claim = _mentions_by_claim(claims, context)
    words_of: dict[str, set[str]] = defaultdict(set)  # outlet -> its own words
    for analysis in context.analyses:
        words_of[outlet_of[analysis.article.id]] |= own_words(analysis.article.text)
    if len(words_of) < 3:
        return []
    found: list[LoadedSpan] = []
    for _, mentions in by_claim:
        if len({outlet_of[a] for a, _ in mentions}) < 3:
            continue
        for role in ROLES:
            heads = [(article, m, head) for article, m in mentions if (head := _head(m, getattr(m, role), parse)) is not None]
            found += _odd_ones_out(heads, outlet_of, words_of)
    return found


WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _forms(word: str) -> set[str]:
    """A noun and its singular, lower-cased: "terrorists" -> {"terrorists", "terrorist"}."""
    word = word.lower()
    return {word, word[:-1]} if word.endswith("s") else {word, word + "s"}


def quoted_role_labels(labels: list[Label], context: StoryContext) -> list[LoadedSpan]:
    """Role labels (from `role_referent_labels`) that the story's other outlets use only as
    someone's quoted word: one outlet adopts a side's label in its own voice. The articles' own
    labels of a group by its members' noun, with the group named in the phrase ("the terrorists
    of the Redhand Brigade", `Label.kind` "description", one plural word, not attributed) are
    read the same way."""
    labels = list(labels) + [
        label
        for analysis in context.analyses
        for label in analysis.labels
        if label.kind == "description" and not label.attributed and _one_plural_noun(label.label)
    ]
    own: dict[str, set[str]] = defaultdict(set)
    quoted: dict[str, set[str]] = defaultdict(set)
    for analysis in context.analyses:
        article = analysis.article
        outlet = article.outlet or context.source_key(article.id)
        own[outlet] |= own_words(article.text)
        for match in QUOTED.finditer(article.text):
            quoted[outlet] |= {w.lower() for w in WORD.findall(match.group(1))}
    found = []
    for label in labels:
        words = label.label.split()
        if label.kind not in ("role", "description") or not words:
            continue
        forms = _forms(words[-1])
        others = [o for o in own if o != label.outlet]
        if any(forms & own[o] for o in others) or not any(forms & quoted[o] for o in others):
            continue
        found.append(LoadedSpan(label.span, "Name_Calling,Labeling", 1.0, "label"))
    return found


def _one_plural_noun(text: str) -> bool:
    """One lower-case word ending in "s": the bare plural a group's members are called."""
    return text.isalpha() and text.islower() and text.endswith("s")


def _mentions_by_claim(claims: list[Claim], context: StoryContext):
    """(outlet of each article, [(claim, [(article, its ClaimMention)])])."""
    outlet_of: dict[str, str] = {}
    mention_at: dict[tuple[str, int], ClaimMention] = {}
    for analysis in context.analyses:
        article = analysis.article
        outlet_of[article.id] = article.outlet or context.source_key(article.id)
        for mention in analysis.claim_mentions:
            offset = mention.sentence.text.find(mention.text)
            if offset >= 0:
                mention_at[(article.id, mention.sentence.start + offset)] = mention
    found = []
    for claim in claims:
        mentions = [(s.article, mention_at.get((s.article, s.span.start))) for s in claim.sources]
        found.append((claim, [(article, m) for article, m in mentions if m is not None]))
    return outlet_of, found


def _agent_actors(article: str, mention: ClaimMention, mentions_of: dict, parse) -> set[str]:
    """The actors named inside the mention's agent phrase with all its dependents ("Redhand
    fighters", "fighters of the Redhand Brigade" -> the group's id)."""
    offset = mention.sentence.text.find(mention.text)
    at = mention.sentence.text.find(mention.agent or "", max(0, offset)) if mention.agent else -1
    if at < 0:
        return set()
    doc = parse([mention.sentence.text])[0]
    span = doc.char_span(at, at + len(mention.agent), alignment_mode="expand")
    if span is None:
        return set()
    right = span.root.right_edge
    start = mention.sentence.start + min(span.start_char, span.root.left_edge.idx)
    end = mention.sentence.start + max(span.end_char, right.idx + len(right.text))
    return {actor for s, e, actor in mentions_of.get(article, ()) if start <= s and e <= end}


def role_referent_labels(claims: list[Claim], context: StoryContext) -> list[Label]:
    """An outlet's common-noun agent ("the terrorists") as its label for the one actor that the
    other mentions of the same claim name as the agent (see the module docstring). The labels
    are added to their actors and returned."""
    from storylens.story.brief.sentences import parse

    parsed: dict[str, object] = {}

    def parse_once(texts: list[str]):  # one parse per sentence, however many claims hold it
        for text in texts:
            if text not in parsed:
                parsed[text] = parse([text])[0]
        return [parsed[text] for text in texts]

    actors = {a.id: a for a in context.actors}
    kinds: dict[str, set[str]] = {}

    def kinds_of() -> dict[str, set[str]]:  # read once, and only when a kind noun needs it
        if not kinds:
            kinds.update(actor_kinds(context.actors) or {"": set()})
        return kinds

    mentions_of: dict[str, list[tuple[int, int, str]]] = defaultdict(list)  # article -> actor mentions
    for (article, start, end), actor in context.actor_of_mention.items():
        mentions_of[article].append((start, end, actor))
    outlet_of, by_claim = _mentions_by_claim(claims, context)
    found: list[Label] = []
    for _, mentions in by_claim:
        if len({outlet_of[a] for a, _ in mentions}) < 2:
            continue
        named = {(article, id(m)): _agent_actors(article, m, mentions_of, parse_once) for article, m in mentions if m.agent}
        for article, mention in mentions:
            if not mention.agent or named[(article, id(mention))]:
                continue
            # the same fact: the other outlets' mentions with the same verb done to the same thing
            same = {
                (a, id(m))
                for a, m in mentions
                if outlet_of[a] != outlet_of[article] and _same_fact(m, mention)
            }
            others = [ids for key, ids in named.items() if key in same and ids]
            referents = set().union(*others) if others else set()
            if len(referents) != 1:
                continue
            head = _head(mention, mention.agent, parse_once, whole=False)
            if head is None or not head[3]:
                continue
            start, end, _, _ = head
            actor = actors.get(next(iter(referents)))
            if actor is not None and not _of_its_kind(head[2], actor, kinds_of):
                continue  # "the militia" where the others name a rebel front: not of that kind
            text = mention.sentence.text[start - mention.sentence.start : end - mention.sentence.start]
            label = Label(text, outlet_of[article], Span(article, start, end, text), False, "role", actor.name if actor else "")
            if actor is not None and label not in actor.labels:
                actor.labels.append(label)
                found.append(label)
    return found


# Actors that are places: their people are their residents, taxpayers or soldiers, not the state.
PLACE_TYPES = frozenset({"GPE", "LOC"})


def _of_its_kind(noun: str, actor, kinds_of) -> bool:
    """A noun for a kind of group ("militia", not "terrorists") stands for the actor only when
    the actor is of that kind by its name or some outlet's description (``story/kind_labels.py``).
    A noun for people stands for a place only when it judges (round s35): "the taxpayers will
    pay for the bridge" where the others write "Kavria will pay" names the people who pay, not
    the country, while "the occupiers shelled the town" is the outlet's word for the state
    (the evaluative-noun scorer, at the bar ``referents`` holds a group noun to)."""
    if actor.type in PLACE_TYPES and names_people(noun):
        return noun_score(noun) >= REFERENT_NOUN_SCORE
    if not names_a_group(noun):
        return True
    if actor.type == "GPE" and names_a_government(noun):
        return True  # "the government" of a country
    return bool(fitting_actors(noun, {actor.id: kinds_of().get(actor.id, set())}))


def _theme_word(mention: ClaimMention) -> str:
    words = (mention.theme or "").lower().split()
    return words[-1].strip(".,;:!?'\"“”’") if words else ""


def _same_fact(one: ClaimMention, other: ClaimMention) -> bool:
    """Two mentions of one claim say the same thing of their agents: the same verb, done to a
    thing with the same head word ("attacked a border checkpoint" / "attacked the checkpoint"),
    or, in other words, done to a thing both name with the same common noun ("seized the grain
    depot" / "took control of the grain depot"; round s31)."""
    if not one.predicate or not other.predicate:
        return False
    if one.predicate == other.predicate and _theme_word(one) == _theme_word(other):
        return True
    return bool(_theme_nouns(one) & _theme_nouns(other))


def _theme_nouns(mention: ClaimMention) -> set[str]:
    """The lower-case words of the theme that WordNet knows as nouns ("grain", "depot")."""
    from storylens.nlp.wordnet import wordnet

    reader = wordnet()
    words = {w for w in WORD.findall(mention.theme or "") if w.islower() and len(w) > 2}
    return {reader.morphy(w, "n") for w in words if reader.morphy(w, "n")}


def _head(mention: ClaimMention, phrase: str | None, parse, whole: bool = True):
    """(article start, end, head word, own voice) of the phrase's head noun, or None."""
    if not phrase:
        return None
    offset = mention.sentence.text.find(mention.text)
    at = mention.sentence.text.find(phrase, max(0, offset))
    if at < 0:
        return None
    doc = parse([mention.sentence.text])[0]
    span = doc.char_span(at, at + len(phrase), alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    if head.pos_ != "NOUN" or head.ent_type_:
        return None
    if not (names_people(head.lower_) or names_a_group(head.lower_)):
        return None  # "Flowers covered the gates": a thing's noun labels no one (round s31)
    if any(c.dep_ == "poss" and c.lower_ in WRITERS for c in head.children):
        return None  # "our teams": the writer's own people, no label of another's (round s31)
    if set_against(head):
        return None  # "the militia, not the police": the member the sentence denies (round s33)
    quoted = any(m.start() <= head.idx < m.end() for m in QUOTED.finditer(mention.sentence.text))
    own_voice = mention.attributed_to is None and not quoted
    first = span[0]
    if not whole:  # the label's words: from the first word after the determiner
        if any(t.pos_ == "PROPN" for t in head.subtree if t.i != head.i):
            return None  # "fighters of the Redhand Brigade": a named agent, not a stand-in for one
        if any(t.tag_ in WH_TAGS for t in span):
            return None  # "X, whose crews walked out": a relative clause about the name before it
        first = next((t for t in span if t.dep_ not in ("det", "predet") and not t.is_punct), head)
        if first.i > head.i:
            first = head
    start = mention.sentence.start + first.idx
    return start, mention.sentence.start + head.idx + len(head.text), head.lower_, own_voice


def _odd_ones_out(heads, outlet_of: dict[str, str], words_of: dict[str, set[str]]) -> list[LoadedSpan]:
    found = []
    for article, mention, (start, end, word, own_voice) in heads:
        outlet = outlet_of[article]
        if not own_voice or any(word in w for o, w in words_of.items() if o != outlet):
            continue
        others: dict[str, set[str]] = defaultdict(set)  # head word -> outlets using it for the role
        for other_article, _, (_, _, other_word, _) in heads:
            if outlet_of[other_article] != outlet and other_word != word:
                others[other_word].add(outlet_of[other_article])
        reporting = set().union(*others.values()) if others else set()
        if len(reporting) >= 2 and any(len(o) >= 2 for o in others.values()):
            text = mention.sentence.text[start - mention.sentence.start : end - mention.sentence.start]
            found.append(LoadedSpan(Span(article, start, end, text), "Name_Calling,Labeling", 1.0, "label"))
    return found
