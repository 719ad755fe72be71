"""Whether a capitalised word is also a word of the language (issue 19, round s30).

Rules that find names the model left untagged ("a carpenter from Skellow", "Dr Brun") must not
take a capitalised common word for a name ("a carpenter from Local", "Dr Angry"), so they ask
WordNet whether the word has a sense other than a place's name.

Round s30 also tried dropping one-word names that modify a lower-case noun when WordNet knows
the word ("Gazette readers can send ..."); on real news it removed "the Trump administration",
"Justice Department lawyers" and "the Senate impeachment trial", and lowered the NeuS brief gate,
so it was taken out (docs/actors.md).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def is_a_word_of_the_language(word: str) -> bool:
    """ "Local", "Angry", "Assembly": a word WordNet knows in some sense other than a place's
    name ("Skellow" and "Paris" are none)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from storylens.nlp.wordnet import wordnet

    if word.lower() in STOP_WORDS:
        # WordNet has no function words: a sentence's opening "The residents of ..." had made
        # "The" an untagged place, then every capitalised "The" of the story a mention of it
        return True
    senses = wordnet().synsets(word.lower())
    return bool(senses) and senses[0].lexname() != "noun.location"
