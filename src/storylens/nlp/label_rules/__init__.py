"""What is and is not a label beyond the four shapes of nlp/labels.py (issue 19).

- :mod:`.words`: forms of address, kinship nouns, contrast words: phrases beside a name that
  do not describe it;
- :mod:`.groups`: descriptions of a group with no name beside them ("the occupation army");
- :mod:`.kinds`: whether a group is of the kind a noun names ("the militia", "the regime");
- :mod:`.referents`: the outlet's word for a group it names elsewhere ("the wreckers");
- :mod:`.contrast`: the member of a contrast the sentence denies ("the militia, not the police").
"""

from storylens.nlp.label_rules.groups import group_descriptions
from storylens.nlp.label_rules.words import CONTRAST_WORDS, HONORIFICS, KIN_GENDER, KINSHIP_NOUNS, NON_DESCRIPTIVE_MODIFIERS, QUALIFYING_TITLES, WH_TAGS

__all__ = ["CONTRAST_WORDS", "HONORIFICS", "KIN_GENDER", "KINSHIP_NOUNS", "NON_DESCRIPTIVE_MODIFIERS", "QUALIFYING_TITLES", "WH_TAGS", "group_descriptions"]
