"""Names of a happening that the model types as a body, a place or a person: "the Hald Heist",
"the Brenmoor Riot", "the Great Vault Robbery" (round s35).

A name whose last word is a noun for one act that makes a story (a crime or a wrong, violence,
or a specific event noun of the event-name reading: ``nlp/event_names.py``) names the happening,
not an actor: nobody quotes "the Hald Heist" or gives it a title. It is typed EVENT, which the
story's actors leave out and the event-name reading still finds. A name that goes on after such
a word ("the Riot Squad", "the Fraud Office") ends in a body's word and is left alone, as is a
one-word name ("Heist" may be a surname).
"""

from __future__ import annotations

from spacy.tokens import Doc

from storylens.nlp.event_names import event_nouns, kind_of_specific_event, names_a_wrong_or_violence

# not PERSON: "Lena Heist" is a person whose surname is a word for a crime
RETYPED = frozenset({"ORG", "FAC", "GPE", "NORP"})


def names_a_happening(word: str) -> bool:
    lemma = word.lower()
    if lemma in event_nouns():
        return not event_nouns()[lemma]  # "Crisis", "Operation" open names of bodies too
    return names_a_wrong_or_violence(lemma) or kind_of_specific_event(lemma)


def retype_happening_names(doc: Doc, ents: list) -> list:
    out = []
    for start, end, label in ents:
        last = doc[end - 1]
        if label in RETYPED and end - start > 1 and last.is_title and names_a_happening(last.lemma_ or last.text):
            label = "EVENT"
        out.append((start, end, label))
    return out
