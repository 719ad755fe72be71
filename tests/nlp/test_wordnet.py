"""WordNet is read from the installed package, with offsets that land on their synsets."""

from storylens.nlp.wordnet import wordnet
from storylens.wordnet import is_kind_of, kinds_of


def test_synonyms_share_a_sense():
    released = {s.name() for s in wordnet().synsets("released", "v")}
    discharged = {s.name() for s in wordnet().synsets("discharged", "v")}
    assert released & discharged


def test_every_sense_of_a_common_word_is_found():
    senses = wordnet().synsets("burst")
    assert senses and all(sense is not None for sense in senses)


def test_adjectives_know_their_opposites():
    opposites = {antonym.name() for sense in wordnet().synsets("alive", "a") for lemma in sense.lemmas() for antonym in lemma.antonyms()}
    assert "dead" in opposites


def test_a_kind_is_found_under_its_hypernym():
    ferry = wordnet().synset("ferry.n.01")
    assert any(ancestor.name() == "boat.n.01" for path in ferry.hypernym_paths() for ancestor in path)


def test_kinds_of_reaches_every_ancestor_and_the_sense_itself():
    firefighter = wordnet().synset("firefighter.n.01")
    kinds = kinds_of(firefighter)
    assert {firefighter.name(), "person.n.01", "entity.n.01"} <= kinds
    assert is_kind_of(firefighter, "person.n.01")
    assert not is_kind_of(firefighter, "artifact.n.01")
    assert not is_kind_of(None, "person.n.01")


def test_an_instance_sense_reaches_its_kinds_through_instance_hypernyms():
    # A named city is an instance of a capital, not a kind of one.
    capital = next(s for s in wordnet().synsets("Paris") if s.instance_hypernyms())
    assert is_kind_of(capital, "city.n.01")
