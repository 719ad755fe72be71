"""Quotes gathered per story, speakers resolved to actors (issue 5).

Per article, the NLP layer gives each quote its speaker's name as written; here the name becomes
the story's actor (so one person's quotes gather across articles and spellings), and the story
gets its quote statistics: who is quoted how often by which outlet, and which quotes several
outlets carry (the same words, typically from a wire report or a public statement).
"""

from __future__ import annotations

import re
from typing import Optional

from rapidfuzz import fuzz

from storylens.nlp.names import org_key, person_words, translit_key
from storylens.nlp.wordnet import first_sense
from storylens.records import Quote, QuoteStats, SharedQuote, SpeakerQuotes
from storylens.story.context import StoryContext
from storylens.story.surnames import ADDRESS_GENDER, SENTENCE_END, address_before
from storylens.story.union_find import UnionFind

UNKNOWN_OUTLET = "unknown outlet"
# Two quotes are the same words when one holds the other nearly verbatim (partial ratio) ...
SAME_WORDS_RATIO = 90
# ... and they are long enough for that to mean something (not a shared scare word).
MIN_SHARED_CHARS = 25


def speaker_actor(context: StoryContext, name: str, article_id: str) -> Optional[str]:
    """The actor a speaker's name stands for: by spelling, else by a transliteration-tolerant
    surname match ("Evgeny Prigozhin" and "Yevgeny Prigozhin", "Peskov" and "Dmitry Peskov")."""
    actor_id = context.actor_for(name, article_id, None)
    if actor_id is not None:
        return actor_id
    key = org_key(name)
    for actor in context.actors:
        if actor.type != "PERSON" and any(org_key(form) == key for form in [actor.name, *actor.aliases]):
            return actor.id
    words = person_words(name)
    if not words:
        return None
    surname, first = translit_key(words[-1]), translit_key(words[0]) if len(words) > 1 else None
    address = _address_of(name)
    best: Optional[tuple[int, str]] = None
    for actor in context.actors:
        if actor.type != "PERSON":
            continue  # "Foreign Ministry" and "Ministry of Defense" share a last word, not a surname
        if address and not _may_be_addressed(context, actor, address):
            continue  # "Dr Brun" is not the Brun the story only ever calls "Mr Brun"
        for form in [actor.name, *actor.aliases]:
            other = person_words(form)
            if not other or translit_key(other[-1]) != surname:
                continue
            if first and len(other) > 1 and translit_key(other[0]) != first:
                continue
            weight = len(actor.mentions)
            if best is None or weight > best[0]:
                best = (weight, actor.id)
    return best[1] if best else None


def _folded(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").strip("“”\"‘’ ").split()).lower()


def shared_quotes(context: StoryContext, quotes: list[Quote]) -> list[SharedQuote]:
    """Groups of near-identical quotes from more than one independent source."""
    texts = [_folded(q.text) for q in quotes]
    union = UnionFind(range(len(quotes)))
    for i in range(len(quotes)):
        for j in range(i + 1, len(quotes)):
            if quotes[i].span.article == quotes[j].span.article:
                continue
            if min(len(texts[i]), len(texts[j])) < MIN_SHARED_CHARS:
                continue
            if fuzz.partial_ratio(texts[i], texts[j]) >= SAME_WORDS_RATIO:
                union.union(j, i)
    shared = []
    for members in ([quotes[i] for i in group] for group in union.groups()):
        if len({context.source_key(q.span.article) for q in members}) < 2:
            continue
        outlets = sorted({q.outlet or UNKNOWN_OUTLET for q in members})
        shortest = min(members, key=lambda q: len(q.text))
        shared.append(SharedQuote(shortest.text, [q.id for q in members], outlets))
    return shared


def quote_stats(context: StoryContext, quotes: list[Quote]) -> QuoteStats:
    speakers: dict[str, SpeakerQuotes] = {}
    for quote in quotes:
        if quote.speaker is None and not quote.speaker_text:
            continue
        key = quote.speaker or "text:" + quote.speaker_text.lower()
        name = context.actor_name(quote.speaker) if quote.speaker else quote.speaker_text
        entry = speakers.setdefault(key, SpeakerQuotes(name=name, speaker=quote.speaker))
        entry.total += 1
        outlet = quote.outlet or UNKNOWN_OUTLET
        entry.by_outlet[outlet] = entry.by_outlet.get(outlet, 0) + 1
        entry.kinds[quote.kind] = entry.kinds.get(quote.kind, 0) + 1
    ranked = sorted(speakers.values(), key=lambda s: (-s.total, s.name))
    return QuoteStats(speakers=ranked, shared=shared_quotes(context, quotes))


def collect_quotes(context: StoryContext) -> list[Quote]:
    """The story's quotes in article order, with story-wide ids and actor ids for speakers."""
    quotes: list[Quote] = []
    for analysis in context.analyses:
        for quote in analysis.quotes:
            quotes.append(quote)
            quote.id = f"q{len(quotes)}"
            if quote.outlet is None:
                quote.outlet = context.outlet(analysis.article.id)
            if quote.speaker_text:
                quote.speaker = (
                    _speaker_by_mention(context, analysis, quote)
                    or speaker_actor(context, quote.speaker_text, analysis.article.id)
                    or _owner_speaking(context, quote.speaker_text, analysis.article.id)
                )
    return quotes


# "Hal Rimmer's office", "Ada Pruitt's campaign": an owner and what speaks for them.
_OWNED = re.compile(r"^(?P<owner>.+?)[’']s? (?P<owned>[a-z][\w -]*)$")


def _owner_speaking(context: StoryContext, name: str, article_id: str) -> Optional[str]:
    """The person whose office speaks: "Hal Rimmer's office said" is Hal Rimmer's word, so the
    quote joins his actor. What a person owns that is a person or a body of its own ("Renn's
    ministry", "her daughter") speaks for itself; WordNet's first sense of the owned noun tells."""
    match = _OWNED.match(name.strip())
    if match is None:
        return None
    owner = speaker_actor(context, match.group("owner"), article_id)
    if owner is None or next((a.type for a in context.actors if a.id == owner), None) != "PERSON":
        return None
    sense = first_sense(match.group("owned").split()[-1], "n")
    if sense is None or sense.lexname() in ("noun.person", "noun.group"):
        return None
    return owner


# How far from a quote its speaker's name may stand ("“...,” Ms Kavel said." or a sentence
# or two before a paragraph of quotation).
SPEAKER_REACH = 300


def _speaker_by_mention(context: StoryContext, analysis, quote: Quote) -> Optional[str]:
    """The actor of the mention a surname speaker was read from: the nearest mention of that
    surname before the quote, or after it in the quote's own sentence ("“...,” Ms Kavel
    said"), written with the speaker's form of address if it has one ("Dr Brun" said, not the
    "Mr Brun" of the sentence before). A surname alone ("Kavel" said, where the article names
    Tobias and Irena Kavel) is resolved where the actors were (``story/surnames.py``), not by
    spelling."""
    words = person_words(quote.speaker_text or "")
    if len(words) != 1:
        return None
    key = translit_key(words[0])
    address = _address_of(quote.speaker_text or "")
    text = analysis.article.text
    best: Optional[tuple[int, str]] = None
    for mention in analysis.mentions:
        if mention.actor is None:
            continue
        mention_words = person_words(mention.span.text)
        if len(mention_words) != 1 or translit_key(mention_words[-1]) != key:
            continue
        if address and not _same_address(address, _address_of(mention.span.text) or address_before(text, mention.span.start)):
            continue
        if mention.span.start >= quote.span.end and SENTENCE_END.search(text[quote.span.end : mention.span.start] + " "):
            continue  # a mention in a later sentence speaks its own words
        gap = max(mention.span.start - quote.span.end, quote.span.start - mention.span.end, 0)
        if gap <= SPEAKER_REACH and (best is None or gap < best[0]):
            best = (gap, mention.actor)
    return best[1] if best else None


def _may_be_addressed(context: StoryContext, actor, address: str) -> bool:
    """Whether the story writes the actor with no form of address or one that fits ``address``."""
    written = set()
    for mention in actor.mentions:
        article = context.articles.get(mention.article)
        text = article.text if article is not None else ""
        written.add(_address_of(mention.text) or address_before(text, mention.start))
    written.discard("")
    return not written or any(_same_address(address, w) for w in written)


def _address_of(name: str) -> str:
    """The form of address a name is written with ("Dr Brun" -> "dr"), or ""."""
    first = name.split()[0].lower().rstrip(".") if name.split() else ""
    return address_before(first + " ", len(first) + 1)


def _same_address(wanted: str, written: str) -> bool:
    """A mention written with ``written`` may be the speaker called ``wanted``: no form of
    address, the same one, or two that say the same gender ("Mrs", "Ms")."""
    return not written or written == wanted or ADDRESS_GENDER.get(written, "?") == ADDRESS_GENDER.get(wanted, "!")

