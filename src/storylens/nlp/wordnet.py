"""WordNet for the nlp layer: the reader lives in ``storylens.wordnet`` since round s31, so that
ingest, a lower layer, can read it too (a call to action opens with a verb in its base form);
the names here are the same objects."""

from storylens.wordnet import MEDICAL_SENSE, WORDNET_VERSION, ancestors_of, common_senses, first_sense, is_kind_of, is_medical_noun, is_verb_of_communication, kinds_of, senses_of, wordnet

__all__ = ["MEDICAL_SENSE", "WORDNET_VERSION", "ancestors_of", "common_senses", "first_sense", "is_kind_of", "is_medical_noun", "kinds_of", "senses_of", "wordnet"]
