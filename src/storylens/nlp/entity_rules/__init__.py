"""Entity fixes for text nobody tuned for (issue 19), applied by ``storylens_entity_fixes``.

- :mod:`.layout`: names that are page furniture, not story actors — photo credits written
  "Photo: X", caption labels ("Ship Photograph"), navigation lines ("Select Page");
- :mod:`.kinds`: types the context gives away — geography ("X Peninsula" is a LOC), vessels ("the vessel X", "MV X"),
  towns listed among places or called a town ("Orsk, Dalvik and X"; "X, a port town"), a country
  running into a headline verb ("Freedonia Bombs ..." is a place and a verb, not a person);
- :mod:`.head_nouns`: phrases that stand for a name of the article ("the hospital", "the
  city's hospital" for "Al-Karim Baptist Hospital");
- :mod:`.towns`: a town GeoNames lists, named alone and typed PERSON or ORG, is a place unless
  the article gives a sign it is someone's name (a title, a longer name, a pronoun, speech);
- :mod:`.waters` (round s33): a river or lake named like a town ("the banks of the Tamsel",
  "the Tamsel river") is a LOC;
- :mod:`.verbs`: whether a word is a form of an English verb, from the lemmatizer's own tables.
"""

from storylens.nlp.entity_rules.head_nouns import head_noun_mentions
from storylens.nlp.entity_rules.kinds import (
    retype_geographic_features,
    retype_places_by_company,
    retype_vessels,
    split_headline_verbs,
)
from storylens.nlp.entity_rules.layout import drop_layout_names
from storylens.nlp.entity_rules.verbs import VerbLexicon

__all__ = [
    "VerbLexicon",
    "drop_layout_names",
    "head_noun_mentions",
    "retype_geographic_features",
    "retype_places_by_company",
    "retype_vessels",
    "split_headline_verbs",
]
