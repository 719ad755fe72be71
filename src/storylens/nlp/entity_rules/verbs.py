"""Is a word a form of an English verb? Read from the rule lemmatizer's tables.

The English pipeline's lemmatizer ships an index of verb base forms and the suffix rules that
reduce inflected forms to them ("kills" -> "kill", "bombed" -> "bomb"); a capitalised headline
word ("Kills") has no reliable part of speech from the small tagger, but its lower-cased form
can still be looked up there.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language


class VerbLexicon:
    def __init__(self, nlp: Language) -> None:
        self.bases: frozenset[str] = frozenset()
        self.nouns: frozenset[str] = frozenset()
        self.rules: list[tuple[str, str]] = []
        self.exceptions: dict[str, list[str]] = {}
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_index"):
                index = lookups.get_table("lemma_index")
                self.bases = frozenset(index.get("verb", []))
                self.nouns = frozenset(index.get("noun", []))
                self.rules = [tuple(r) for r in lookups.get_table("lemma_rules").get("verb", [])]
                self.exceptions = dict(lookups.get_table("lemma_exc").get("verb", {}))
        self.is_verb_form = lru_cache(maxsize=4096)(self._is_verb_form)

    def _is_verb_form(self, word: str) -> bool:
        """True for an inflected verb form ("kills", "strikes", "seized")."""
        word = word.lower()
        if word in self.exceptions:
            return True
        return any(word.endswith(old) and word[: len(word) - len(old)] + new in self.bases for old, new in self.rules if old)

    def is_base(self, word: str) -> bool:
        return word.lower() in self.bases

    def is_noun_form(self, word: str) -> bool:
        """True for a common noun or its plural in the lemmatizer's noun index ("shipping",
        "motors", "ferries"); a name ("Nordline") is in no index."""
        word = word.lower()
        if word in self.nouns:
            return True
        return any(word.endswith(old) and word[: len(word) - len(old)] + new in self.nouns for old, new in (("ies", "y"), ("es", ""), ("s", "")))
