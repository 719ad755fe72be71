"""WordNet is read from the installed package, with offsets that land on their synsets."""

from storylens.nlp.wordnet import wordnet


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
