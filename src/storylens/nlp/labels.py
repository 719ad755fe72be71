"""Descriptive labels an article attaches to named actors (issue 6).

Four shapes, read from the tokens and the dependency parse around each PERSON/ORG mention:

- premodifier: "Belarusian dictator Alexander Lukashenko", and coordinated epithets
  "the fascistic warlord, ex-convict and billionaire Evgeny Prigozhin" (one label each);
- apposition: "Yevgeny Prigozhin, founder of the private paramilitary organization ...", looking
  through a bracketed picture credit ("X (Photo: Agency), leader of ..."), and a title set
  before the name ("the city's mayor, X", round s28);
- predicate: "Prigozhin is a criminal", and what others call the actor
  ("demonizing him as a mercenary boss", "branded him a traitor": attributed=True);
- description: "the Wagner chief" standing for the actor earlier labelled "Wagner chief", and
  "the occupation army" standing for the one name whose head noun it shares (issue 19).

Round s29 adds three shapes of the apposition, each written as a label of its own words:

- kinship: "His daughter Lenka", "Roe's son, Jan Roe" give "daughter of <the person "his"
  stands for>" ("daughter" when the article does not say who): the relation is the named
  person's, never the possessor's;
- a relative clause with a verb of leading: "X, who heads the emergency department" gives
  "head of the emergency department" (the verb's WordNet person noun: a leader or an office);
- an office of a group: "the brigade, whose leader, X," gives "leader of the brigade".

Not labels: forms of address ("Mr") and a phrase set against the name ("the militia, not the
regular army").

The small model's parse of premodifier chains is unreliable (a name often comes out as the
apposition of its own epithet), so premodifiers are read from the token sequence left of the
name; appositions and predicates come from the parse.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from storylens.nlp import extensions
from storylens.nlp.doc_index import doc_entities, doc_text, entity_at
from storylens.nlp.entity_rules.layout import CREDIT_LINE, CREDIT_WORD
from storylens.nlp.entity_rules.people import is_group_noun, is_rank, is_person_noun, names_a_kind_of_person
from storylens.nlp.label_rules.contrast import follows_a_contrast, set_against
from storylens.nlp.label_rules import CONTRAST_WORDS, HONORIFICS, KINSHIP_NOUNS, QUALIFYING_TITLES, WH_TAGS, group_descriptions
from storylens.nlp.names import TITLE_WORDS
from storylens.nlp.quotes.gender import own_gender
from storylens.nlp.quotes.speakers import pronoun_referent
from storylens.records import Label, Span
from storylens.nlp.wordnet import first_sense, kinds_of, senses_of

TARGET_TYPES = frozenset({"PERSON", "ORG"})
# Entity types that may sit inside a title ("Wagner chief", "Russian President", "Belarus President").
MODIFIER_ENTITY_TYPES = frozenset({"ORG", "GPE", "NORP", ""})
# Verbs by which an article reports what others call someone: "branded him a traitor".
NAMING_VERBS = frozenset(
    """
    brand call label dub describe demonize demonise denounce portray paint depict vilify smear
    characterize characterise term hail praise decry condemn style christen nickname tout cast
    slam blast accuse
    """.split()
)
PRONOUN_TARGETS = frozenset({"him", "her", "them"})
# Types the model gives a first name alone that a kinship noun beside it shows is a person's.
MISTYPED_RELATIVE_TYPES = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
MAX_LABEL_TOKENS = 14



def _is_title_head(token: Token) -> bool:
    """The last word of a title: a common noun, a capitalised office word ("President"), the
    second word of a rank ("Chief Superintendent"), or a capitalised noun whose first WordNet
    sense is a person ("Father" of a priest; round s31)."""
    if token.lower_ in TITLE_WORDS or token.lower_ in QUALIFYING_TITLES or is_rank(token):
        return True
    if token.pos_ == "NOUN" and token.text[:1].islower():
        return True
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ == "" and names_a_kind_of_person(token.text)


def _may_precede_name(token: Token) -> bool:
    if token.is_space or token.like_num or _names_a_time(token):
        return False
    if token.tag_ == "HYPH" or token.text in {",", "and", "&"}:
        return True
    if _opens_a_titles_of_phrase(token):
        return True
    if token.ent_type_ not in MODIFIER_ENTITY_TYPES:
        return False
    if token.pos_ in {"ADJ", "NOUN", "PROPN"}:
        return True
    # "ex-convict-turned-billionaire": participles glued by hyphens inside an epithet
    return token.pos_ == "VERB" and token.tag_ == "VBN" and token.whitespace_ == ""


def _names_a_time(token: Token) -> bool:
    """ "morning" of "This morning Energy Minister Ada Lenk said": a time the sentence happens
    in, which the model left untagged, is no part of a title (round s35). Read from the parse (a
    noun modifying the verb as an adverb does) or from WordNet (the noun's first sense is a
    time: "morning", "week", "tonight")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ in ("npadvmod", "tmod") and token.head.pos_ in ("VERB", "AUX"):
        return True
    # A time noun says when only with a determiner or modifier of time before it ("This morning",
    # "last week"); bare, it names a kind of thing, and "Festival director Lina Corre" keeps
    # "Festival" (WordNet's first sense of "festival" is a period of time; round s41).
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.tag_ not in ("DT", "PDT", "JJ") or before.lower_ in ("the", "a", "an"):
        return False  # an article opens the title's own phrase: "the festival director"
    sense = first_sense(token.lower_, "n")
    return sense is not None and sense.lexname() == "noun.time"


def _segments(tokens: list[Token]) -> list[list[Token]]:
    """Split a run of epithets on commas and "and" (hyphens keep "ex-convict" whole)."""
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.text in {",", "and", "&"}:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _opens_a_titles_of_phrase(token: Token) -> bool:
    """The "of" of "Minister of Finance Dora Kellin" (and of a partisan's "Minister of Mayhem
    Dora Kellin"): after a capitalised title word, before a capitalised word (round s41)."""
    doc = token.doc
    return (
        token.lower_ == "of"
        and token.i > 0
        and token.i + 1 < len(doc)
        and doc[token.i - 1].is_title
        and _is_title_head(doc[token.i - 1])
        and doc[token.i + 1].is_title
    )


def _valid_epithet(tokens: list[Token]) -> bool:
    if not tokens or tokens[0].tag_ == "HYPH" or tokens[-1].tag_ == "HYPH":
        return False
    of = next((n for n, t in enumerate(tokens) if _opens_a_titles_of_phrase(t)), None)
    if of is not None:
        # the title is the word before "of"; its portfolio the capitalised words after it
        return _is_title_head(tokens[of - 1]) and all(t.is_title for t in tokens[of + 1 :])
    return _is_title_head(tokens[-1])


def _char_span(doc: Doc, tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def premodifier_labels(ent: SpacySpan) -> list[tuple[int, int]]:
    """Character ranges of the titles and epithets written just before the name."""
    doc = ent.doc
    run: list[Token] = []
    i = ent.start - 1
    while i >= 0 and _may_precede_name(doc[i]) and len(run) < MAX_LABEL_TOKENS:
        # a sentence boundary never sits inside a title
        if doc[i + 1].is_sent_start:
            break
        run.insert(0, doc[i])
        i -= 1
    found: list[tuple[int, int]] = []
    segments = _segments(run)
    # Epithets nearest the name first; stop at the first part that is not one
    # ("on Saturday, Wagner chief X" keeps "Wagner chief" only).
    for k, part in enumerate(reversed(segments)):
        if not _valid_epithet(part):
            break
        if all(t.lower_ in HONORIFICS and t.lower_ not in QUALIFYING_TITLES for t in part):
            continue  # "Mr", "Ms.": a form of address ("Dr" says what the person is)
        if part[-1].lower_ in KINSHIP_NOUNS and _after_possessive(part[0]):
            break  # "his son X", "Roe's daughter X": a relation to someone else
        # further parts count only inside a list "a, b and c X": "the Russian military and
        # President X" coordinates two noun phrases, not two epithets of X
        words = {t.text for t in run}
        if k > 0 and not ("," in words and words & {"and", "&"}):
            break
        found.insert(0, _char_span(doc, part))
    return found


def _after_possessive(token: Token) -> bool:
    i = token.i - 1
    while i >= 0 and token.doc[i].is_space:
        i -= 1
    if i < 0:
        return False
    before = token.doc[i]
    return before.tag_ in ("PRP$", "POS") or before.lower_ in ("his", "her", "their", "'s", "’s")


def _phrase(token: Token, after: int = -1) -> list[Token]:
    """The noun phrase of ``token`` without its determiner and edge punctuation (and without
    the tokens up to index ``after``: the name a wrong parse put inside the phrase)."""
    tokens = [t for t in token.subtree if not t.is_space and t.i > after]
    while tokens and (tokens[0].dep_ in {"det", "punct", "predet"} or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    # keep the phrase inside the clause: stop at a comma that closes an apposition
    for n, t in enumerate(tokens):
        if t.text in {",", ";", "(", "—", "–"} and t.i > token.i:
            tokens = tokens[:n]
            break
    return tokens


def _label_from_phrase(token: Token, after: int = -1) -> tuple[int, int] | None:
    tokens = _phrase(token, after)
    if not tokens or len(tokens) > MAX_LABEL_TOKENS * 2 or not describes(tokens):
        return None
    if denied(token) or not _reads_as_noun(token):
        return None
    # a lower-case noun the small tagger read as a name ("the puppet council in X") is a noun
    common = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)
    if not common and token.lower_ not in TITLE_WORDS:
        return None
    if token.like_num or token.ent_type_ in TARGET_TYPES or token.ent_type_ in {"DATE", "TIME", "CARDINAL"}:
        return None
    return _char_span(token.doc, tokens)


def denied(token: Token) -> bool:
    """The phrase of ``token`` is denied, not given: "no relation of Dr Vann", "never a
    soldier", "not a member of the council" (round s32). The parse hangs the negation on the
    phrase's head (a negating determiner, or a "neg" dependent) before it; one after the head
    starts a phrase set against it ("a militia, not the army")."""
    return any(
        c.i < token.i and (c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in CONTRAST_WORDS)) for c in token.children
    )


def _reads_as_noun(token: Token) -> bool:
    """A label is a noun's phrase, not a comparison: "Halina Marsk was blunter" is tagged as a
    noun by the small model, but "blunter" is an adjective's comparative, and WordNet knows it as
    an adjective only (round s32). Words WordNet does not know at all ("ex-convict") stay."""
    if token.tag_ in ("JJR", "JJS", "RBR", "RBS"):
        return False
    if token.pos_ != "NOUN":
        return True
    from storylens.nlp.wordnet import wordnet

    reader = wordnet()
    word = token.lower_
    return bool(reader.synsets(word, pos="n")) or not (reader.synsets(word, pos="a") or reader.synsets(word, pos="s"))


def describes(tokens: list[Token]) -> bool:
    """Whether a phrase can be a label at all: a noun phrase about someone, not a relative
    pronoun's phrase ("whose crews"), a picture credit ("Photo: Tom Reed/Agency") or the rest of
    a line after a colon ("Join X: forms at the hall")."""
    if tokens[0].tag_ in WH_TAGS:
        return False
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    return not (CREDIT_WORD.match(tokens[0].text) or CREDIT_LINE.search(text) or ":" in text)


def _is_credit(doc: Doc, name_end: int, token: Token) -> bool:
    """ "(Photo: Nordwire)" between the name and ``token``: a picture credit in brackets, which
    the parse may hang the name's real apposition from. The credit word may be ``token``
    itself, with its colon after it."""
    between = doc[name_end : token.i + 1].text
    if CREDIT_WORD.match(token.text) and token.i + 1 < len(doc) and doc[token.i + 1].text == ":":
        between += ":"
    opened = between.rfind("(")
    return opened >= 0 and ")" not in between[opened:] and bool(CREDIT_LINE.search(between, opened))


def _relation_or_address(token: Token) -> bool:
    """ "Mr", "his son", "Dr Lind's brother": how to address someone or a relation to another."""
    return token.lower_ in HONORIFICS or (_is_kin(token) and any(c.dep_ == "poss" for c in token.children))


def _word_ends(token: Token) -> tuple[int, int]:
    """Token indices of the first and last piece of the hyphenated word ``token`` is part of:
    "brother-in-law" is five tokens to the tokenizer, one word to a reader."""
    doc = token.doc
    first = last = token.i
    while first >= 2 and doc[first - 1].tag_ == "HYPH" and not doc[first - 2].whitespace_ and not doc[first - 1].whitespace_:
        first -= 2
    while last + 2 < len(doc) and doc[last + 1].tag_ == "HYPH" and not doc[last].whitespace_ and not doc[last + 1].whitespace_:
        last += 2
    return first, last


def _kin_word(token: Token) -> str:
    """The whole word a kinship noun is part of: "brother-in-law", not "brother" or "law"."""
    first, last = _word_ends(token)
    return token.doc[first : last + 1].text.lower()


def _is_kin(token: Token) -> bool:
    return _kin_word(token) in KINSHIP_NOUNS


def _contrasted(doc: Doc, name_end: int, token: Token) -> bool:
    """A contrast word between the name and the apposition's head ("X, not the regular army");
    one after the head belongs to a phrase set against it ("a militia, not the army")."""
    between = doc[name_end : token.i]
    return any(t.lower_ in CONTRAST_WORDS for t in between) or any(c.dep_ == "neg" and c.i < token.i for c in token.children)


def _set_off_by_colon(doc: Doc, name_end: int, token: Token) -> bool:
    """ "Join X: forms at the hall": what follows a colon explains or lists; it is no apposition.
    A colon inside brackets ("X (Photo: Agency), leader of Y") is the bracket's own."""
    depth = 0
    for t in doc[name_end : token.i]:
        depth += (t.text == "(") - (t.text == ")")
        if t.text == ":" and depth <= 0:
            return True
    return False


def _call_to_action(ent: SpacySpan) -> bool:
    """The name is the object of a sentence that opens with a verb's base form and has no
    subject: an imperative ("Join the Coastal Alliance ..."), a page's call to action."""
    verb = ent.root.head
    if ent.root.dep_ not in ("dobj", "pobj") or verb.tag_ != "VB" or not verb.is_sent_start:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _appositions(ent: SpacySpan) -> list[Token]:
    """The heads of the phrases set after the name, looking through a bracketed picture credit."""
    doc = ent.doc
    found, stack = [], [c for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end]
    while stack:
        child = stack.pop(0)
        if _is_credit(doc, ent.end, child):
            stack.extend(c for c in child.children if c.dep_ == "appos" and c.i > child.i)
        else:
            found.append(child)
    return found


def apposition_labels(ent: SpacySpan) -> list[tuple[int, int, str]]:
    """ "X, founder of Y": the name's appositions, and the title the name is itself the
    apposition of ("the city's mayor, X"; ``_title_head_before``). Each as (start, end, text), the
    text "" when the label is the span's own words."""
    found = []
    doc = ent.doc
    if _call_to_action(ent):
        return []
    for child in _appositions(ent):
        if _contrasted(doc, ent.end, child) or _relation_or_address(child) or _set_off_by_colon(doc, ent.end, child):
            continue  # "the militia, not the regular army": a contrast, not a description
        if _subject_of_the_verb_after(child):
            continue  # "from Orvik, the carrier and the regulator said": a list of speakers
        if _absolute_phrase(ent, child):
            continue  # "The Sea Lark, its nets still out, limped back": what it holds, and how
        if _comments_on_the_sentence(ent, child):
            continue  # "stolen from our museum, the latest humiliation for ...": says what the theft is
        span = _label_from_phrase(child)
        if span:
            found.append((*span, ""))
    head = _title_head_before(ent)
    before = _label_from_phrase(head) if head is not None else None
    if before is not None:
        found.append((*before, _owned_title(head, before)))
    return found


# WordNet's files for what happens and how it leaves things: "humiliation", "blow", "disgrace".
HAPPENING_FILES = frozenset({"noun.feeling", "noun.event", "noun.act", "noun.state"})


def _comments_on_the_sentence(ent: SpacySpan, head: Token) -> bool:
    """An apposition after a name that ends its clause as an object ("stolen from our museum, the
    latest humiliation for ...") whose noun's most frequent sense is a feeling, an event, an act
    or a state says what the happening is, not what the name is (round s40). After a subject
    ("Velbury, a disgrace to her office, said ...") it describes the name and is kept."""
    from storylens.nlp.wordnet import first_sense

    if ent.root.dep_ not in ("pobj", "dobj") or head.pos_ != "NOUN" or not head.is_lower:
        return False
    own = {x.i for x in head.subtree}
    if any(t.dep_ not in ("punct", "space") for t in ent.root.head.subtree if t.i > head.i and t.i not in own):
        return False  # the clause goes on after the apposition
    sense = first_sense(head.lemma_.lower(), "n")
    return sense is not None and sense.lexname() in HAPPENING_FILES


def _subject_of_the_verb_after(head: Token) -> bool:
    """ "... after take-off from Orvik, the national carrier and the aviation regulator said":
    the phrase the parse hangs on the name as an apposition runs straight into a finite verb
    that has no subject of its own, so it is that verb's subject (round s34). An apposition is
    closed by a comma or the sentence's end, never by its own verb."""
    doc = head.doc
    after = head.right_edge.i + 1
    if after >= len(doc):
        return False
    verb = doc[after]
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "MD") or verb.sent.start != head.sent.start:
        return False
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head  # "..., the agency and the council have said"
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _absolute_phrase(ent: SpacySpan, head: Token) -> bool:
    """ "The trawler Sea Lark, its nets still out when the debris hit, limped back to port",
    "Mara Holt, her voice breaking, said": a phrase with a predicate of its own (an adverb, an
    adjective or a participle right after its noun) whose possessive pronoun stands for the name
    itself (``pronoun_referent``). It tells the name's circumstances, not what the name is: a
    name is never its own relation, so such a phrase renames nothing (round s35). "Ivo Dren, its
    spokesman appointed in May": "its" is the company's."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if owner is None or after is None or after.sent.start != head.sent.start:
        return False
    if not (after.pos_ in ("ADV", "ADJ") or after.tag_ in ("VBN", "VBG")):
        return False
    referent = pronoun_referent(owner)
    return isinstance(referent, SpacySpan) and referent.start == ent.start


def _owned_title(head: Token, span: tuple[int, int]) -> str:
    """The label of a title owned by a pronoun: "Its spokesman, Ivo Dren" is "spokesman of
    Halvik Lines" when "its" stands for a name (``pronoun_referent``: the body the sentence
    before is about), else "spokesman"; never "Its spokesman", which says nothing read alone
    (round s34). "" for a title with no such owner (the span's own words are the label)."""
    owner = next((c for c in head.lefts if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if owner is None:
        return ""
    doc = head.doc
    words = [t for t in doc[owner.i + 1 : head.right_edge.i + 1]]
    start, end = span
    title = " ".join(doc_text(doc)[words[0].idx : end].split()) if words and words[0].idx < end else head.text
    referent = pronoun_referent(owner)
    if isinstance(referent, SpacySpan) and referent.label_ in TARGET_TYPES and " of " not in title:
        return f"{title} of {_with_address(referent)}"
    return title


def _text(doc: Doc, tokens: list[Token]) -> str:
    return " ".join(doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)].split())


def _group_office(ent: SpacySpan) -> tuple[int, int, str] | None:
    """ "the brigade, whose leader, Emil Dask,": (span of "whose leader", "leader of the
    brigade"). The office is the name's, the group the one "whose" stands for; likewise "the
    national guard and its commander, Aron Feld" ("commander of the national guard"; round
    s32), where "its" stands for the group the office is coordinated with."""
    root = ent.root
    office = root.head
    if root.dep_ != "appos" or office.i >= ent.start or not is_person_noun(office):
        return None
    owner = _group_owner(office)
    if owner is None:
        return None
    group = office.head if office.dep_ in {"appos", "relcl", "conj"} and office.head.i < office.i else None
    if group is None or group.pos_ not in {"NOUN", "PROPN"}:
        return None
    words = [t for t in group.lefts if t.dep_ in {"compound", "amod", "det", "poss", "case"}] + [group]
    name = _text(ent.doc, words)
    if words[0].dep_ == "det":
        name = words[0].lower_ + name[len(words[0].text) :]  # "The rescue brigade" opening a sentence
    elif group.pos_ == "NOUN":
        name = "the " + name
    start, end = _char_span(ent.doc, [owner, office])
    return start, end, f"{office.lower_} of {name}"


def _group_owner(office: Token) -> Token | None:
    """The word that says the office is a group's: "whose" of "the brigade, whose leader", or
    "its"/"their" of "the guard and its commander" (a possessive that stands for no person, on
    an office coordinated with the group)."""
    for child in office.lefts:
        if child.lower_ == "whose":
            return child
        if child.dep_ == "poss" and child.tag_ == "PRP$" and child.lower_ in ("its", "their") and office.dep_ == "conj":
            return child
    return None


LEADING_SENSE = "leader.n.01"


def _leader_noun_of(sense, word: str | None = None) -> str:
    """The person noun WordNet derives from a verb sense that names a leader or an office:
    "director" of direct.v.04, "head" of head.v.02; "" otherwise. With ``word``, only from the
    sense's lemma of that word ("runs" reads run.v's lemma "run", not its synonyms')."""
    for lemma in sense.lemmas():
        if word is not None and lemma.name() != word:
            continue
        for noun in lemma.derivationally_related_forms():
            ancestors = kinds_of(noun.synset())
            if "person.n.01" in ancestors and (LEADING_SENSE in ancestors or noun.name() in TITLE_WORDS):
                return noun.name()
    return ""


@lru_cache(maxsize=1024)
def leading_noun(verb: str) -> str:
    """The person noun WordNet derives from a verb of leading or holding an office: "head"
    (heads), "director" (directs), "leader" (leads); "" for other verbs (runner, attacker)."""
    for sense in senses_of(verb, "v")[:4]:
        noun = _leader_noun_of(sense, verb)
        if noun:
            return noun
    return ""


@lru_cache(maxsize=1024)
def is_directing_verb(verb: str) -> bool:
    """A verb one of whose first senses is a kind of leading or directing, or one step below one in
    WordNet's verb hierarchy: "runs" (operate.v.01, under direct.v.04, from which "director"
    derives), "administers", "coordinates" (round s32). Such a verb says what a person's post
    is, though no noun of the verb itself names it ("runner" is no office)."""
    from storylens.nlp.wordnet import wordnet

    for sense in wordnet().synsets(verb, pos="v")[:4]:
        step = [sense]
        for _ in range(2):
            if any(_leader_noun_of(s) for s in step):
                return True
            step = [h for s in step for h in s.hypernyms()]
    return False


def _clause_object(clause: Token) -> list[Token] | None:
    """The words of a clause's object up to a comma that closes the clause."""
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    words = [t for t in obj.subtree if not t.is_space]
    cut = next((n for n, t in enumerate(words) if t.text in {",", ";", "(", "—", "–"} and t.i > obj.i), len(words))
    words = words[:cut]
    return words if words and len(words) <= MAX_LABEL_TOKENS else None


def _post_as(clause: Token) -> Token | None:
    """ "who serves as the town's mayor", "who works as a nurse": the person noun after "as"."""
    for prep in clause.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if noun is not None and is_person_noun(noun):
                return noun
    return None


def _leading_clause(ent: SpacySpan) -> tuple[int, int, str] | None:
    """ "Dr Ilse Vorn, who heads the emergency department": (span of the clause, "head of the
    emergency department"); "who runs the burns unit", a verb of directing with no noun of its
    own for the post, is the clause's own words ("runs the burns unit"); "who serves as the
    town's mayor" is the post ("town's mayor"; round s32). Only the present tense and an
    affirmed clause: "who led the unit until 2019" and "who does not run the unit" say no post
    the person holds."""
    doc = ent.doc
    for clause in ent.root.children:
        if clause.dep_ != "relcl" or clause.i < ent.end or clause.tag_ not in {"VBZ", "VBP"} or denied(clause):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in clause.children):
            continue
        post = _post_as(clause)
        if post is not None:
            span = _label_from_phrase(post)
            if span is not None:
                return span[0], span[1], " ".join(doc_text(doc)[span[0] : span[1]].split())
            continue
        words = _clause_object(clause)
        lemma = clause.lemma_.lower()
        if words is None:
            continue
        noun = leading_noun(lemma)
        start, end = _char_span(doc, [clause] + words)
        if noun:
            return start, end, f"{noun} of {_text(doc, words)}"
        if is_directing_verb(lemma):
            return start, end, _text(doc, [clause] + words)
    return None


def _possessor_name(doc: Doc, possessor: Token, target: SpacySpan) -> str:
    """Who "his"/"her" or "Roe's" before a kinship noun stands for: the name itself, or the
    nearest person named before it in its sentence or the one before, of the pronoun's gender."""
    if possessor.tag_ == "WP$":
        ent = _antecedent(doc, possessor)
        return _with_address(ent) if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.start != target.start else ""
    if possessor.tag_ != "PRP$":
        ent = _possessor_entity(doc, possessor)
        return _with_address(ent) if ent is not None and ent.label_ == "PERSON" else ""
    wanted = {"his": "m", "her": "f"}.get(possessor.lower_)
    if wanted is None:
        return ""
    # Salience first: a name earlier in the sentence, else the subject of the sentence before
    # ("Edda Vann, no relation of Dr Jonas Vann, said ... Her grandson Tobiah said ..." is
    # Edda Vann's grandson, not that of the name written last; round s32).
    referent = pronoun_referent(possessor)
    if isinstance(referent, SpacySpan) and referent.label_ == "PERSON" and referent.start != target.start:
        return _with_address(referent)
    sentence = possessor.sent
    reach = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for ent in reversed([e for e in doc_entities(doc) if e.end <= possessor.i and e.start >= reach]):
        if ent.label_ != "PERSON" or ent.start == target.start:
            continue
        if own_gender(ent) in (None, wanted):
            return _with_address(ent)
    return ""


def _antecedent(doc: Doc, relative: Token) -> SpacySpan | None:
    """The name a relative word follows: "Lena Dorn, whose father ...". English sets "whose"
    right after what it stands for, so the name written just before it (a comma aside) is read,
    whatever the parse made of the clause."""
    i = relative.i - 1
    while i >= 0 and (doc[i].text == "," or doc[i].is_space):
        i -= 1
    return entity_at(doc, i) if i >= 0 else None


def _possessor_entity(doc: Doc, possessor: Token) -> SpacySpan | None:
    """The name that owns a kinship noun: "Lind" in "Dr Lind's brother" (the parse makes the
    name or its "'s" the possessor)."""
    if possessor.lower_ in {"'s", "’s"} or possessor.tag_ == "POS":
        return entity_at(doc, possessor.i - 1) if possessor.i > 0 else None
    return entity_at(doc, possessor.i)


def _with_address(ent: SpacySpan) -> str:
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in HONORIFICS:
        return f"{before.text} {ent.text}"
    return ent.text


def kinship_label(ent: SpacySpan) -> tuple[int, int, str] | None:
    """ "His daughter Lenka", "His mother, Orla Fenn", "Roe's son, Jan Roe", "Jan Roe, her
    son,": (span of the possessor and the noun, "daughter of <whom>" or "daughter")."""
    doc = ent.doc
    noun = _kin_noun(ent)
    if noun is None:
        return None
    first, last = _word_ends(noun)
    possessor = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    if possessor is None and first > 0 and _after_possessive(doc[first]):
        possessor = doc[first - 1]
    if possessor is None:
        return None
    whom = _possessor_name(doc, possessor, ent)
    named = _possessor_entity(doc, possessor) if possessor.tag_ not in ("PRP$", "WP$") else None
    start_token = doc[named.start] if named is not None else possessor
    start, end = _char_span(doc, [start_token, doc[last]])
    word = _kin_word(noun)
    return start, end, f"{word} of {whom}" if whom else word


def _kin_noun(ent: SpacySpan) -> Token | None:
    """The kinship noun that says what the named person is to someone: the noun the name is set
    beside ("Her brother-in-law, Ewan Pike"; "whose father, the fisherman Joss Tarn", where
    the parse hangs the name on its own title "fisherman" and that on "father"), or the one
    set after it ("Jan Roe, her son"). A kinship noun owned by "whose" after the name is the
    relation of another person to this one ("Lena Dorn, whose father, ..."): none of hers."""
    doc = ent.doc
    root = ent.root
    head = root.head if root.dep_ == "appos" and root.head.i < ent.start else None
    if head is not None and not _is_kin(head) and head.i == ent.start - 1 and head.dep_ == "appos" and head.head.i < head.i:
        head = head.head  # "the fisherman Joss Tarn" set beside "whose father"
    if head is not None and _is_kin(head):
        return head
    i = ent.start - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and _is_kin(doc[i]):
        return doc[_word_ends(doc[i])[0]] if doc[i].tag_ != "HYPH" else None
    after = [c for c in _appositions(ent) if _is_kin(c) and not _contrasted(doc, ent.end, c)]
    after = [c for c in after if not any(p.lower_ == "whose" for p in c.children)]
    return after[0] if after else None


def _title_head_before(ent: SpacySpan) -> Token | None:
    """ "The city's mayor, Ivo Tern", "Kestland's ambassador, Lev Arn", "the driver of the
    train, Oren Vesk": the name is the apposition of a noun before it that names a person (or,
    for an organisation, a group); the label is that noun's phrase with its possessor ("city's
    mayor") or its "of" phrase, not "his son" or "Mr". Returns that noun."""
    root = ent.root
    fits = is_person_noun if ent.label_ == "PERSON" else is_group_noun
    head = root.head if root.dep_ == "appos" else None
    if ent.label_ == "ORG" and head is not None and head.i < ent.start and _may_title_a_body(head):
        fits = _may_title_a_body  # the parse sets the body's name beside it: "their propaganda outlet, X" (round s34)
    if head is None or head.i >= ent.start or not fits(head):
        # the parse hung the name on the verb, or on the last noun of the phrase ("train")
        head = _phrase_set_before(ent)
    if head is None or head.i >= ent.start or head.ent_type_ in TARGET_TYPES:
        return None
    if _group_owner(head) is not None:
        return None  # "the brigade, whose leader, X": the office of the group (_group_office)
    if not fits(head) or _relation_or_address(head) or head.i + 1 >= ent.start or _comma_between(ent.doc, head.i + 1, ent.start) is None:
        return None
    if follows_a_contrast(ent.doc, ent.start):
        return None  # "the police, not the Coast Guard": the name is what the noun is set against
    return head


# What a body may be called when the parse sets its name beside the noun: a group, people, an
# establishment ("outlet", which WordNet knows as a shop) or a means of speaking for someone
# ("mouthpiece"). Not a place, a time or an act.
BODY_TITLE_LEXNAMES = frozenset({"noun.group", "noun.person", "noun.artifact", "noun.communication"})


def _may_title_a_body(token: Token) -> bool:
    if token.pos_ != "NOUN" or not token.is_lower:
        return False
    return any(s.lexname() in BODY_TITLE_LEXNAMES for s in senses_of(token.lower_))


def _phrase_set_before(ent: SpacySpan) -> Token | None:
    """The noun of a phrase that ends right before the name, the name set off by commas on both
    sides: "Police questioned the train's driver, Oren Vesk, on Monday", "According to the
    driver of the freight train, Oren Vesk, the signal was red". The small parser often hangs
    such a name on the verb, not as the apposition it is. Not a list ("the driver, Oren Vesk,
    and the guard") and not a phrase of several nouns ("the driver and the guard, X,")."""
    doc = ent.doc
    # the name with its own title: "the head of the army, General Aron Feld," (round s32)
    first = _titled_start(ent)
    if first < 2 or doc[first - 1].text != "," or ent.end >= len(doc) or doc[ent.end].text not in {",", "."}:
        return None
    if doc[ent.end].text == "," and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in {"and", "or", "&"}:
        if not _titled_pair_follows(ent, ent.end + 2):
            return None
    if any(c.dep_ == "appos" for c in ent.root.children):
        return None  # "After meeting the minister, X, the driver, said": X has its own apposition
    last = doc[first - 2]
    # the highest noun whose phrase ends at the comma or at the name the parse hung on it:
    # "driver" over "of the freight train"
    token, noun = last, last if last.pos_ == "NOUN" else None
    # (the comma closing the name may hang on the phrase too)
    while token.head.i != token.i and token.head.i < first and token.head.right_edge.i <= ent.end:
        token = token.head
        if token.pos_ == "NOUN":
            noun = token
    if noun is None or any(c.dep_ == "conj" for c in noun.children):
        return None
    return noun


def _titled_start(ent: SpacySpan) -> int:
    """The token where the name starts with the capitalised title written right before it
    ("General" of "General Aron Feld"), which a title set before both is set apart from."""
    doc = ent.doc
    first = ent.start
    while first > 0 and doc[first - 1].is_title and _is_title_head(doc[first - 1]) and not doc[first].is_sent_start:
        first -= 1
    return first


def _titled_pair_follows(ent: SpacySpan, start: int) -> bool:
    """ "met the head of the guard, Aron Feld, and the mayor of Karvossa, Lene Brask": the
    member after "and" is itself a title set before a name by a comma, so the list is of
    titled names, each name the apposition of its title (round s32); in "the driver, Oren
    Vesk, and the guard" the name may be the list's second member."""
    doc = ent.doc
    sentence_end = ent.sent.end
    i = start
    while i < sentence_end and doc[i].text != ",":
        if doc[i].ent_type_ in TARGET_TYPES:
            return False
        i += 1
    if i + 1 >= sentence_end or i == start:
        return False
    after = entity_at(doc, i + 1)
    return after is not None and after.start == i + 1 and after.label_ == ent.label_ and any(is_person_noun(t) for t in doc[start:i])


def _comma_between(doc: Doc, start: int, end: int) -> Token | None:
    """The comma that sets the name apart from the noun before it."""
    return next((t for t in doc[start:end] if t.text == ","), None)


def predicate_labels(ent: SpacySpan) -> list[tuple[int, int]]:
    """"X is a Y": the attribute of a copula whose subject is the name."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return []
    if any(c.dep_ == "neg" for c in root.head.children):
        return []  # "X is not a criminal" denies the label
    found = []
    for child in root.head.children:
        if child.dep_ == "attr":
            span = _label_from_phrase(child)
            if span:
                found.append(span)
    return found


def _naming_objects(verb: Token) -> tuple[Token | None, list[Token]]:
    """For a naming verb, (who is named, the nouns they are called)."""
    target = None
    names: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "dative", "nsubjpass"} and (child.pos_ in {"PROPN", "PRON"}):
            target = child
        elif child.dep_ in {"oprd", "attr", "xcomp"} and child.pos_ == "NOUN":
            names.append(child)
        elif child.dep_ == "dobj" and child.pos_ == "NOUN":
            names.append(child)
            # "branded Prigozhin a traitor" sometimes parses the name as a modifier of "traitor"
            for grandchild in child.children:
                if grandchild.dep_ in {"nmod", "npadvmod"} and grandchild.pos_ == "PROPN" and grandchild.i < child.i:
                    target = grandchild
        elif child.dep_ == "prep" and child.lower_ in {"as", "a"}:
            names.extend(g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN")
    return target, names


def _proper_name(token: Token) -> str:
    chain = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
    return " ".join(t.text for t in chain)


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def _previous_person(doc: Doc, before: int) -> SpacySpan | None:
    for ent in reversed([e for e in doc_entities(doc) if e.end <= before]):
        if ent.label_ == "PERSON":
            return ent
    return None


class LabelFinder:
    def __call__(self, doc: Doc) -> Doc:
        labels = extensions.doc_list(doc, "labels")
        article_id = doc._.article_id or ""
        outlet = doc._.outlet
        seen: set[tuple[int, int, str]] = set()
        # text of a premodifier label -> the names it titled ("wagner chief" -> {"Yevgeny Prigozhin"})
        titled: dict[str, set[str]] = {}

        def add(start: int, end: int, target: str, kind: str, attributed: bool = False, text: str = "", at: int | None = None) -> None:
            key = (start, end, target)
            if key in seen or end <= start:
                return
            seen.add(key)
            span = Span.of(article_id, doc_text(doc), start, end)
            labels.append(Label(text or " ".join(span.text.split()), outlet, span, attributed, kind, target, at))

        for ent in doc_entities(doc):
            noun = _kin_noun(ent) if ent.label_ in MISTYPED_RELATIVE_TYPES else None
            if noun is not None and noun.i < ent.start:
                # "his daughter Mira" with Mira typed a place: the kinship noun set before the
                # name says she is someone's relative, whatever the type (round s34); not
                # "Dr Lind's brother", where the name owns the noun
                found = kinship_label(ent)
                if found is not None:
                    add(found[0], found[1], ent.text, "apposition", text=found[2], at=ent.start_char)
            if ent.label_ not in TARGET_TYPES:
                continue
            target, at = ent.text, ent.start_char
            for start, end in premodifier_labels(ent):
                add(start, end, target, "premodifier", at=at)
                if ent.label_ == "PERSON":
                    titled.setdefault(_folded(doc_text(doc)[start:end]), set()).add(target)
            for start, end, text in apposition_labels(ent):
                add(start, end, target, "apposition", text=text, at=at)
            if ent.label_ == "PERSON":
                for found in (kinship_label(ent), _group_office(ent), _leading_clause(ent)):
                    if found is not None:
                        add(found[0], found[1], target, "apposition", text=found[2], at=at)
            for start, end in predicate_labels(ent):
                add(start, end, target, "predicate", at=at)

        for token in doc:
            if token.pos_ == "VERB" and token.lemma_.lower() in NAMING_VERBS:
                if denied(token):
                    continue  # "the ministry did not brand him a traitor"
                named, nouns = _naming_objects(token)
                if named is None or not nouns:
                    continue
                if named.pos_ == "PRON":
                    if named.lower_ not in PRONOUN_TARGETS:
                        continue
                    person = _previous_person(doc, named.i)
                    if person is None:
                        continue
                    target, at = person.text, person.start_char
                else:
                    ent = entity_at(doc, named.i)
                    if ent is not None and ent.label_ not in TARGET_TYPES:
                        continue
                    # a surname alone is often missed by the NER: take the proper-noun chain
                    target = ent.text if ent is not None else _proper_name(named)
                    at = ent.start_char if ent is not None else named.idx
                for noun in nouns:
                    span = _label_from_phrase(noun, after=named.i if named.i < noun.i else -1)
                    if span:
                        add(*span, target, "predicate", attributed=True, at=at)

        # "the Wagner chief" after "Wagner chief Yevgeny Prigozhin": a description standing for
        # the name, recognised as the very title the article already gave that one name.
        for token in doc:
            if token.dep_ != "det" or token.lower_ != "the":
                continue
            head = token.head
            tokens = [t for t in doc[token.i + 1 : head.i + 1] if not t.is_space]
            if not tokens or head.pos_ != "NOUN":
                continue
            names = titled.get(_folded(doc_text(doc)[tokens[0].idx : head.idx + len(head.text)]), set())
            next_token = doc[head.i + 1] if head.i + 1 < len(doc) else None
            if len(names) != 1 or (next_token is not None and next_token.ent_type_ in TARGET_TYPES):
                continue
            if set_against(head):
                continue  # "Y, not the Wagner chief, gave the order" (round s33)
            add(*_char_span(doc, tokens), next(iter(names)), "description")

        for start, end, target in group_descriptions(doc):
            add(start, end, target, "description")

        quotes = doc._.quotes or []
        for label in labels:
            # words inside someone's quotation are theirs, not the outlet's
            if any(q.kind != "indirect" and q.span.start <= label.span.start < q.span.end for q in quotes):
                label.attributed = True
        return doc


@Language.factory("storylens_labels", requires=["doc.ents", "token.dep"], assigns=["doc._.labels"])
def make_label_finder(nlp: Language, name: str) -> LabelFinder:
    return LabelFinder()
