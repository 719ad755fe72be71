"""People and groups the small model gives another type (issue 19, round s28).

- **A person typed ORG, PRODUCT or WORK_OF_ART**: a name of title-cased words, no organisation
  head word among them ("Party", "Agency" ...), that follows a form of address or an office
  ("Dr Lind", "Mayor Ivo Tern") or stands in apposition with a noun for a person ("the city's
  mayor, Ivo Tern"; "Ivo Tern, the mayor,"). A noun is a person's when it is an office word
  (``names.TITLE_WORDS``) or its most frequent WordNet sense is a kind of ``person.n.01``.
- **A person typed as a place, or missed** (round s29): two or three title-cased proper nouns
  in apposition with a noun for a person ("the brigade, whose leader, Emil Dask, ..." typed LOC;
  "Ines Marsh, the port's director, said" with no entity at all) are a PERSON, unless the name
  is a country or a big city, or holds a word that says a place or an organisation.
- **A name after a title, missed** (round s30): a proper noun the model left untagged right
  after a form of address or an office word ("Dr Brun and Dr Aron Sell said") is a PERSON; after
  an office word only when it is no word of the language ("General Assembly" is no person).
- **A title typed ORG** (round s29): "the Minister of Industry, Sabina Kolt," is the title of
  the person set beside it, not an organisation: an ORG headed by an office word with a name in
  apposition is no entity (what follows "of" stays a place or an organisation when it names one).
- **A name right after a noun for a person** (round s32): "the fisherman Per Oddny", "her
  grandson Tobiah", "Father Ambrose Tull". The title-cased words after a noun whose first WordNet
  sense is a person (``names_a_kind_of_person``: "fisherman", "grandson", "Father") are that
  person's name, whole, whatever the model made of them: "Per" parsed as a preposition left ORG
  "Oddny", "Tobiah" was a place, "Ambrose Tull" no entity at all. The noun is a common noun
  with its article or possessor ("the fisherman", "her grandson"), or capitalised before two
  or three name words of which the last is no word of the language ("Father Ambrose Tull";
  "General Assembly" is no person).
- **A group typed PERSON, PRODUCT or WORK_OF_ART**: a name whose apposition is headed by a noun
  whose most frequent WordNet sense is a kind of ``social_group.n.01`` ("the Grey Watch, a
  militia,") is an ORG. The apposition must be the name's own (a contrast "not the army" after
  it is another phrase).

A title glued to the front of the name is cut afterwards by ``strip_titles``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from storylens.nlp.entity_rules.common_words import is_a_word_of_the_language
from storylens.nlp.gazetteer import is_country, is_well_known_place
from storylens.nlp.names import DATE_WORDS, ORG_HEAD_WORDS, TITLE_WORDS
from storylens.nlp.wordnet import is_kind_of, senses_of

Candidate = tuple[int, int, str]

PERSON_SENSE = "person.n.01"
GROUP_SENSE = "social_group.n.01"
IMAGINED_BEINGS = frozenset({"imaginary_being.n.01", "spiritual_being.n.01"})
MISTYPED_AS_THING = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})
MISTYPED_AS_PLACE = frozenset({"GPE", "LOC", "FAC"})
# Words a person's name holds (first names, surname, a middle name); more is a title or a phrase.
PERSON_NAME_WORDS = (2, 3)


@lru_cache(maxsize=4096)
def _first_sense_under(word: str, ancestor: str) -> bool:
    senses = senses_of(word)
    if not senses:
        return False
    if ancestor == PERSON_SENSE and senses[0].lexname() == "noun.person" and not _imagined(senses[0]):
        # WordNet files some people by what they do, not under "person": "driver" and "trucker"
        # are operators (causal agents), yet its lexicographers filed them with the people
        return True
    return is_kind_of(senses[0], ancestor)


def _imagined(sense) -> bool:
    return is_kind_of(sense, *IMAGINED_BEINGS)


def names_people(word: str) -> bool:
    """ "volunteers", "mayor", "cook": an office word, or a noun (any inflection) whose most
    frequent sense is a person."""
    word = word.lower()
    return word in TITLE_WORDS or _first_sense_under(word, PERSON_SENSE)


def names_a_kind_of_person(word: str) -> bool:
    """ "Inspector", "Superintendent", "Father": a noun for people (``names_people``) that
    WordNet writes in lower case, a common noun. A capitalised word WordNet also lists as a person
    is often a first name in news ("Frank": a Frank of the Germanic peoples; "Ted": a Teddy boy;
    "Ruth": Babe Ruth), which must not be read as the second word of a rank."""
    lowered = word.lower()
    if lowered in TITLE_WORDS:
        return True
    if not names_people(lowered):
        return False
    from storylens.nlp.wordnet import first_sense

    sense = first_sense(lowered)
    return sense is not None and any(lemma.name() == lowered for lemma in sense.lemmas())


def is_rank(token) -> bool:
    """The second word of a rank after a capitalised title word ("Chief Superintendent",
    "Deputy Commissioner", "Chief Inspector"): a capitalised noun for people WordNet writes in
    lower case (``names_a_kind_of_person``); the rank's first word alone is a title word. Serves
    the entity fixer's title cut and the labels' title heads."""
    if token.i == 0 or not token.is_title:
        return False
    before = token.doc[token.i - 1]
    return before.lower_ in TITLE_WORDS and before.is_title and names_a_kind_of_person(token.text)


def is_person_noun(token) -> bool:
    """ "mayor", "fisherman", "chair": an office word or a noun whose first sense is a person."""
    word = token.lower_
    return word in TITLE_WORDS or (token.pos_ == "NOUN" and _first_sense_under(token.lemma_.lower(), PERSON_SENSE))


ORGANISATION_SENSE = "organization.n.01"


def names_an_organisation(word: str) -> bool:
    """ "company", "firm", "militia": a noun whose first WordNet sense is an organisation (a word
    for a family's unit, "family", is one too; callers read it in an apposition only)."""
    return _first_sense_under(word.lower(), ORGANISATION_SENSE)


# A business, and what a name's head may be besides ("Industries": a commercial enterprise);
# "the industry" is a trade, not one firm, so a description must be a business or a company.
BUSINESS_SENSES = frozenset({"business.n.01", "company.n.01"})
COMMERCIAL_SENSES = BUSINESS_SENSES | {"commercial_enterprise.n.01"}
PLANT_SENSE = "plant.n.01"  # a building complex for industry: "works", "mill", "factory"


def _under_any(sense, ancestors) -> bool:
    return is_kind_of(sense, *ancestors)


@lru_cache(maxsize=4096)
def names_a_business(word: str) -> bool:
    """ "firm", "company", "maker", "manufacturer": the word's most frequent sense that is a group
    (WordNet's noun.group) is a business. "maker" is first a person, then a business engaged in
    manufacturing; "agency" is first a unit of government, so no business (round s32)."""
    group = next((s for s in senses_of(word) if s.lexname() == "noun.group"), None)
    return group is not None and _under_any(group, BUSINESS_SENSES)


@lru_cache(maxsize=4096)
def heads_no_business_name(word: str) -> bool:
    """A head word that says a name is something other than a business: its first WordNet sense
    is a social group that is no business ("University", "Council", "Army", "Party"), a place
    ("Municipality", "District") or a made thing other than an industrial plant ("Hospital",
    "Hotel", "Station"; "Works" and "Mill" are plants). Words WordNet does not know ("Holdings"
    is known, "Dravco" is not) say nothing."""
    senses = senses_of(word)
    if not senses:
        return False
    first = senses[0]
    if first.lexname() == "noun.location":
        return True
    if first.lexname() == "noun.artifact":
        return not _under_any(first, {PLANT_SENSE})
    return _under_any(first, {GROUP_SENSE}) and not _under_any(first, COMMERCIAL_SENSES)


# Bodies that serve the public by force or by office: a fire or police force, a military unit,
# an office of government ("Service" has military_service, "Guard" a military unit).
PUBLIC_BODY_SENSES = ("force.n.04", "military_unit.n.01", "administrative_unit.n.01", "agency.n.01", "government.n.01")


@lru_cache(maxsize=4096)
def heads_a_public_body(word: str) -> bool:
    """A name's head that makes it a public body rather than a business (issue 19, round s33):
    one of its WordNet senses is a force, a military unit, an office or an agency of government,
    and its most frequent sense is no business. "Service" (first "work done ...", also a branch of
    the armed forces), "Guard", "Authority"; not "Company", whose first sense is a business though
    it is also a military unit, nor "Shipping" or "Works"."""
    from storylens.nlp.wordnet import wordnet
    from storylens.wordnet import is_kind_of

    # NLTK's _morphy gives every base form; the public morphy stops at the first, and "services"
    # is a WordNet lemma of its own, so it would not read the plural.
    if any(base != word.lower() for base in wordnet()._morphy(word.lower(), "n")):
        return False  # a plural head is a trade a firm offers: "Orvane Financial Services"
    senses = senses_of(word)
    if not senses or _under_any(senses[0], COMMERCIAL_SENSES):
        return False
    return any(is_kind_of(sense, *PUBLIC_BODY_SENSES) for sense in senses)


def is_group_noun(token) -> bool:
    """ "militia", "party", "gang": a noun whose first sense is a social group."""
    return token.pos_ == "NOUN" and token.is_lower and names_a_group(token.lemma_.lower())


def names_a_group(lemma: str) -> bool:
    """The noun's first WordNet sense is a social group ("police", "militia"), whatever its case."""
    return _first_sense_under(lemma, GROUP_SENSE)


def _apposed_nouns(doc: Doc, start: int, end: int) -> list:
    """The head nouns set beside the name: its own appositions, and the noun it is the
    apposition of ("the city's mayor, Ivo Tern")."""
    root = doc[start:end].root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= end]
    if root.dep_ == "appos" and root.head.i < start:
        nouns.append(root.head)
    return nouns


def _titled(doc: Doc, start: int, end: int) -> bool:
    """A form of address or an office word right before the name or as its first word."""
    if doc[start].lower_ in TITLE_WORDS and end - start > 1:
        return True
    return start > 0 and doc[start - 1].lower_ in TITLE_WORDS and doc[start - 1].is_title


def _looks_like_a_persons_name(doc: Doc, start: int, end: int) -> bool:
    """Two or three title-cased proper nouns, none of them a word for a place or a body, and
    not a country or a big city as a whole."""
    words = list(doc[start:end])
    if len(words) not in PERSON_NAME_WORDS or not all(t.is_title and t.pos_ == "PROPN" for t in words):
        return False
    if any(t.lower_ in ORG_HEAD_WORDS or t.lower_ in TITLE_WORDS for t in words):
        return False
    name = doc[start:end].text
    return not (is_country(name) or is_well_known_place(name))


def _beside_person_noun(doc: Doc, start: int, end: int) -> bool:
    return any(is_person_noun(n) for n in _apposed_nouns(doc, start, end))


def _missed_names(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """Proper-noun chains outside every entity that stand in apposition with a noun for a
    person: "Ines Marsh, the port's director, said" (the model saw no entity)."""
    covered = {i for s, e, _ in ents for i in range(s, e)}
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.i in covered or token.dep_ == "compound":
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == token and doc[start - 1].i not in covered:
            start -= 1
        if _looks_like_a_persons_name(doc, start, token.i + 1) and _beside_person_noun(doc, start, token.i + 1):
            found.append((start, token.i + 1, "PERSON"))
    return found


# Forms of address: what follows is a person's name, even a word of the language ("Mr Cook").
FORMS_OF_ADDRESS = frozenset("mr mr. mrs mrs. ms ms. dr dr.".split())


def _titled_names(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """Proper nouns outside every entity right after a form of address or an office word: "Dr
    Brun and Dr Aron Sell said" (the model tagged only the second). After an office word the
    name must be no word of the language: "Chief Constable" or "General Assembly" are no names."""
    covered = {i for s, e, _ in ents for i in range(s, e)}
    found = []
    for title in doc[:-1]:
        if not title.is_title or title.lower_ not in TITLE_WORDS or title.i in covered:
            continue
        start = end = title.i + 1
        while end < len(doc) and end - start < max(PERSON_NAME_WORDS) and doc[end].pos_ == "PROPN" and doc[end].is_title and end not in covered:
            end += 1
        if end == start or any(t.lower_ in ORG_HEAD_WORDS or t.lower_ in TITLE_WORDS for t in doc[start:end]):
            continue
        if title.lower_ in FORMS_OF_ADDRESS or not any(is_a_word_of_the_language(t.text) for t in doc[start:end]):
            found.append((start, end, "PERSON"))
    return found


def _title_of_named_person(doc: Doc, start: int, end: int) -> bool:
    """ "The Minister of Industry, Sabina Kolt": an office word heads the span and a proper
    noun stands in apposition with it, on either side."""
    root = doc[start:end].root
    if root.lower_ not in TITLE_WORDS or root.dep_ == "compound":
        return False
    beside = [c for c in root.children if c.dep_ == "appos" and c.i >= end]
    if root.dep_ == "appos" and root.head.i < start:
        beside.append(root.head)
    return any(n.pos_ == "PROPN" for n in beside)


def _named_after_of(doc: Doc, start: int, end: int) -> list[Candidate]:
    """What the title names after "of", when it is a name of its own: a country or big city
    ("President of France"), or an organisation by its head word ("Head of the Nordline Shipping
    Company"); "Industry" in "Minister of Industry" is part of the office."""
    of = next((t.i for t in doc[start:end] if t.lower_ == "of"), None)
    if of is None or of + 1 >= end:
        return []
    first = of + 1 + (doc[of + 1].lower_ == "the")
    if first >= end:
        return []
    name = doc[first:end].text
    if is_country(name) or is_well_known_place(name):
        return [(first, end, "GPE")]
    return [(first, end, "ORG")] if any(t.lower_ in ORG_HEAD_WORDS for t in doc[first:end]) else []


def _name_read_as_date(span, label: str) -> bool:
    """ "Mrs Tarrow" tagged DATE: proper nouns with no digit, no month or weekday among them;
    the callers want a title or a noun for a person beside them as well."""
    return label in ("DATE", "TIME") and all(
        t.pos_ == "PROPN" and not t.like_num and t.lower_ not in DATE_WORDS for t in span
    )


def _does_what_only_people_do(span) -> bool:
    """ "Tarrow told the union": the subject of a verb whose most frequent WordNet sense has no
    frame with a thing as its doer (a day may "see" or "mark" things; it does not tell)."""
    from storylens.nlp.entity_rules.towns import things_may_do

    root = span.root
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" and not things_may_do(root.head.lemma_)


def retype_people_and_groups(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for start, end, label in ents:
        if label == "ORG" and _title_of_named_person(doc, start, end):
            out.extend(_named_after_of(doc, start, end))
            continue
        span = doc[start:end]
        words = [t for t in span if not t.is_punct]
        if (label in MISTYPED_AS_THING or _name_read_as_date(span, label)) and words and all(t.is_title for t in words):
            if not any(t.lower_ in ORG_HEAD_WORDS for t in words) and (
                _titled(doc, start, end)
                or _beside_person_noun(doc, start, end)
                or (label in ("DATE", "TIME") and _does_what_only_people_do(span))
            ):
                label = "PERSON"
        elif label in MISTYPED_AS_PLACE and _looks_like_a_persons_name(doc, start, end) and _beside_person_noun(doc, start, end):
            label = "PERSON"  # "the brigade, whose leader, Emil Dask,"
        if label in {"PERSON", "PRODUCT", "WORK_OF_ART"}:
            own = [c for c in span.root.children if c.dep_ == "appos" and c.i >= end]
            if own and all(is_group_noun(c) for c in own):
                label = "ORG"
            elif span.root.dep_ == "appos" and span.root.head.i < start and is_group_noun(span.root.head):
                label = "ORG"  # "the family's company, Ostrander,": the name is the company's
        out.append((start, end, label))
    out = _names_after_person_nouns(doc, out)
    out += _missed_names(doc, out)
    return sorted(out + _titled_names(doc, out))


# Entity types a name after a noun for a person may not be taken from: numbers and times.
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _name_after(doc: Doc, noun) -> tuple[int, int] | None:
    """The title-cased words right after ``noun`` (at most three, no punctuation between), ending
    in a proper noun: the name the noun introduces. None when a word is an office, a date, an
    organisation's head word, or the run is a known place."""
    start = end = noun.i + 1
    while end < len(doc) and end - start < max(PERSON_NAME_WORDS) and doc[end].is_title and not doc[end].is_sent_start:
        token = doc[end]
        if token.lower_ in TITLE_WORDS or token.lower_ in ORG_HEAD_WORDS or token.lower_ in DATE_WORDS or token.ent_type_ in NOT_NAMES:
            return None
        if names_a_kind_of_person(token.text):
            return None  # a rank's second word: "Detective Inspector Mira Sollen"
        end += 1
    if end == start or doc[end - 1].pos_ != "PROPN" or not noun.whitespace_:
        return None
    if end < len(doc) and doc[end].is_title and not doc[end].is_punct:
        return None  # a longer run of names: "the minister Kessland Bank ..." is no one's name
    name = doc[start:end].text
    return None if is_country(name) or is_well_known_place(name) else (start, end)


def _introduces_a_name(doc: Doc, noun) -> bool:
    """A noun for a person set before a name: lower-case with its article or possessor ("the
    fisherman", "her grandson"), or capitalised as a form of address ("Father")."""
    if noun.is_lower:
        # the article or possessor hangs on the noun, or on the name it is compounded with
        # ("with her grandson Emrys": "her" and "grandson" both on "Emrys")
        holder = noun.head if noun.dep_ == "compound" and noun.head.i > noun.i else noun
        return noun.pos_ == "NOUN" and is_person_noun(noun) and any(c.dep_ in ("det", "poss") for c in holder.children)
    return noun.is_title and noun.lower_ not in TITLE_WORDS and names_a_kind_of_person(noun.text)


def _names_after_person_nouns(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """ "the fisherman Per Oddny" (ORG "Oddny"), "her grandson Tobiah" (GPE), "Father Ambrose
    Tull" (nothing): the name after a noun for a person is a PERSON, whole; the model's entities
    inside it give way. After a capitalised noun ("Father") the name has two or three words and
    its last is no word of the language, so "Father Christmas" or "Mother Nature" are no one."""
    found: list[tuple[int, int]] = []
    for noun in doc[:-1]:
        if not _introduces_a_name(doc, noun):
            continue
        run = _name_after(doc, noun)
        if run is None:
            continue
        start, end = run
        if not noun.is_lower and (end - start < 2 or is_a_word_of_the_language(doc[end - 1].text)):
            continue
        if any(s <= start and end <= e and label == "PERSON" for s, e, label in ents):
            continue
        found.append(run)
    if not found:
        return ents
    taken = {i for s, e in found for i in range(s, e)}
    kept = [c for c in ents if not any(i in taken for i in range(c[0], c[1]))]
    return kept + [(s, e, "PERSON") for s, e in found]
