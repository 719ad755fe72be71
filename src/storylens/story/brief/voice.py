"""Whose voice a brief sentence speaks in (issue 15).

The brief states facts in its own voice, so two things a source sentence carries must not pass
into it silently:

- **Who says so.** A clause the nlp layer attributes to a speaker ("More than 300 were killed,
  officials said") is only that speaker's account. When the chosen text keeps the clause but not
  its speaker, a short tag from the attribution record is put back: the clause, then ", officials
  said" (the speaker's phrase and the reporting verb as the article wrote them), or ", according
  to X". Only the tag is added, not the whole frame, so the brief stays short.
- **One outlet's evaluative words.** A word no other outlet of the story uses, that the
  loaded-language component marks (a model span or an evaluative phrase in the outlet's own
  voice) or that describes a thing the other outlets also name ("the notorious militia" where the
  others write "the militia"), is that outlet's reading, not the story's fact. An adjective before
  a noun is cut ("the militia"); a word that cannot go without breaking the sentence (a noun, a
  predicate adjective) is quoted and the sentence attributed to its outlet
  ("Outlet A reports that “terrorists” fired ..."). A plural noun that judges the people it
  names ("lackeys", "figureheads"), used by no other outlet, is quoted too even when the
  loaded-language component left it unmarked: in the brief, one outlet's word for a group is
  enough to keep out of the brief's own voice, so the noun scorer's lower ``BRIEF_NOUN_SCORE``
  suffices (nlp/loaded_rules/nouns.py).

Both act on the sentence the brief already chose, never on the candidates: an edit here never
changes which sentence wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import inflect

from spacy.lang.en.stop_words import STOP_WORDS

from storylens.nlp.loaded_rules.modifiers import hyphenated_modifier, modifier_score
from storylens.nlp.loaded_rules.nouns import judging_noun_candidate, noun_score
from storylens.records import Span
from storylens.story.claim_conflicts import DENIALS

@lru_cache(maxsize=1)
def _inflector() -> inflect.engine:
    return inflect.engine()


def indefinite_article(word: str) -> str:
    """ "a" or "an" for the word as it is spoken, which its first letter does not tell: "a unit",
    "a one-day strike", "an hour", "an MP" (inflect reads the sound)."""
    return _inflector().a(word).split(" ", 1)[0].lower()


WORD = re.compile(r"\w[\w-]*")  # "regime's" is "regime" and "s", as the parser splits it
QUOTED = re.compile(r"[“\"]([^”\"]*)[”\"]")
SHORT_MODEL_SPAN = 3  # words
# The noun scorer's probability from which one outlet's plural noun for people is kept out of the
# brief's voice (lower than the component's NOUN_SCORE: the word must also be this outlet's alone).
BRIEF_NOUN_SCORE = 0.8
# The modifier scorer's probability from which an adjective or adverb only one outlet uses is its
# judgement, not the story's fact ("grudgingly" 0.91, "fat-cat" 0.70 against "sealed" 0.09,
# "second-largest" 0.41, "half-built" 0.62; nlp/loaded_rules/modifiers.py).
BRIEF_MODIFIER_SCORE = 0.65
PARENTHETICAL = re.compile(r"\s*[\(\[][^\)\]]*[\)\]]?")


@dataclass
class Attribution:
    """A clause of an article that the nlp layer attributes to a speaker through a cue."""

    start: int  # article offsets of the attributed clause
    end: int
    speaker: str
    cue: str  # the reporting verb's lemma, or "according to"
    sentence: Span
    name: str | None = None  # whom a pronoun speaker stands for ("She added" -> "Lina Corre")


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def own_words(text: str) -> set[str]:
    """The lower-cased words of a text outside its quotations (those are their speakers')."""
    return _words(QUOTED.sub(" ", text))


@dataclass
class Voices:
    """Per story: which outlet uses which word, the attributed clauses and the evaluative spans."""

    outlet_words: dict[str, set[str]] = field(default_factory=dict)  # outlet -> its lower-cased words
    outlets_using: dict[str, int] = field(default_factory=dict)  # word -> how many outlets use it
    outlet_of: dict[str, str] = field(default_factory=dict)  # article -> outlet (or source key)
    attributions: dict[str, list[Attribution]] = field(default_factory=dict)
    evaluative: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # article -> marked spans
    labels: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # article -> role labels
    speakers: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)  # article -> quotes' (start, end, speaker)

    def add_words(self, article: str, outlet: str, text: str) -> None:
        """An article's own words: those outside its quotations (which are their speakers')."""
        self.outlet_of[article] = outlet
        new = own_words(text) - self.outlet_words.setdefault(outlet, set())
        self.outlet_words[outlet] |= new
        for word in new:
            self.outlets_using[word] = self.outlets_using.get(word, 0) + 1

    def used_elsewhere(self, article: str, word: str) -> bool:
        """Whether an outlet other than ``article``'s uses ``word``."""
        own = self.outlet_words.get(self.outlet_of.get(article, ""), set())
        return self.outlets_using.get(word, 0) - (word in own) > 0

    def used_elsewhere_in_any_form(self, article: str, token) -> bool:
        """Whether another outlet uses the word of ``token`` in any inflection ("weedkiller"
        where the others write "weedkillers")."""
        word = token.lower_
        forms = {word, token.lemma_.lower(), word + "s", word + "es", word[:-1] if word.endswith("s") else word}
        return any(self.used_elsewhere(article, form) for form in forms)

    def add_attribution(self, article: str, attribution: Attribution) -> None:
        self.attributions.setdefault(article, []).append(attribution)

    def attributed(self, span: Span) -> bool:
        """Whether most of ``span`` is a clause its article attributes to a speaker."""
        length = max(1, span.end - span.start)
        for attribution in self.attributions.get(span.article, []):
            overlap = min(span.end, attribution.end) - max(span.start, attribution.start)
            if overlap >= 0.5 * length:
                return True
        return False

    def add_speaker(self, article: str, start: int, end: int, speaker: str) -> None:
        """What the nlp layer's quote finder says someone said (``start``..``end``, the words
        said) and who said it (`records.Quote.speaker_text`)."""
        self.speakers.setdefault(article, []).append((start, end, speaker))

    def speaker_of(self, span: Span) -> str | None:
        """Who ``span``'s article says its words come from, as the nlp layer found it: the
        speaker of the attributed clause or quotation covering most of the span, else of the one
        inside it that covers most of it (the span holds the frame too: "The ministry said the
        strike was unlawful")."""
        said = [(a.start, a.end, a.speaker) for a in self.attributions.get(span.article, [])]
        said += self.speakers.get(span.article, [])
        length = max(1, span.end - span.start)
        for start, end, speaker in said:
            if min(span.end, end) - max(span.start, start) >= 0.5 * length:
                return speaker
        inside = [(end - start, speaker) for start, end, speaker in said if span.start <= start and end <= span.end]
        return max(inside, key=lambda found: found[0])[1] if inside else None

    def add_evaluative(self, span: Span, found_by: str = "model") -> None:
        # A long model span does not tell which of its words carries the loading; a short one,
        # an evaluative phrase or a role label does.
        if found_by != "model" or len(WORD.findall(span.text)) <= SHORT_MODEL_SPAN:
            self.evaluative.setdefault(span.article, []).append((span.start, span.end))
        if found_by == "label":
            self.labels.setdefault(span.article, []).append((span.start, span.end))

    def labels_in(self, span: Span) -> int:
        """How many of one outlet's labels for a role (story/role_labels.py) the span holds:
        among versions of one fact, the one in the others' plainer words is preferred."""
        return sum(1 for s, e in self.labels.get(span.article, []) if span.start <= s and e <= span.end)

    # who says so ---------------------------------------------------------------------------
    def dropped_attribution(self, span: Span, text: str, parse=None) -> Attribution | None:
        """The attribution of a clause that ``text`` (made from ``span``) states without naming
        who says so: most of the clause's words are in the text, or the text is mostly a part of
        the clause (a cut of it: "eleven operations were stopped on Tuesday" out of "... on
        Tuesday after the generator failed, the hospital said"), and none of the content words
        of the speaker's phrase is in it (nor "according to" for that cue). With ``parse``, a
        speaker's word in the text names the speaker only beside the cue: "the hospital said" is
        dropped from a text that names "Lorne Hospital" but says nothing of what it said."""
        said = _words(text)
        lemmas = {t.lemma_.lower() for t in parse([text])[0]} if parse is not None else None
        for attribution in self.attributions.get(span.article, []):
            if not (attribution.start < span.end and span.start < attribution.end):
                continue
            if attribution.cue == "according to" and "according to" in text.lower():
                continue
            clause = _words(span_text(attribution.sentence, attribution.start, attribution.end))
            speaker = _words(attribution.name or attribution.speaker) - STOP_WORDS
            shared = len(clause & said)
            cue = (attribution.cue or "").lower()
            verb = cue.isalpha() and cue != "quotation"  # not "according to", not a quotation's marks
            named = bool(speaker & said) and (lemmas is None or not verb or cue in lemmas)
            if speaker and not named and (shared >= 0.6 * len(clause) or shared >= max(3, 0.6 * len(said))):
                return attribution
        return None

    # one outlet's words --------------------------------------------------------------------
    def _marked(self, article: str, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.evaluative.get(article, []))

    def one_outlet_cuts(self, span: Span, doc) -> list[tuple]:
        """Cuts (article offsets, with a replacement where an article must change) of the
        modifiers only this outlet uses that can go as a leaf of the parse, leaving the sentence
        whole:

        - an adjective (or a present participle: "the bungling minister") before a noun, marked
          evaluative, scored as judging (`judges`), or describing a thing the other outlets also
          name ("the notorious militia" where the others write "the militia");
        - a hyphenated premodifier scored as judging ("the fat-cat firm"); other hyphenated
          words mostly state facts ("second-largest", "two-year") and stay;
        - an adverb of a verb scored as judging ("has grudgingly agreed").

        Words in a quotation stay (they are its speaker's); so do capitalised ones (proper
        adjectives, "Russian"; a sentence's first word, whose case hides which it is), names,
        comparatives and superlatives, and function words ("former", "other", "not")."""
        if span.article not in self.outlet_of or len(self.outlet_words) < 2:
            return []
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(span.text)]
        cuts: list[tuple] = []
        for token in doc:
            if any(s <= token.idx < e for s, e in quoted) or token.ent_type_ or token.text[:1].isupper():
                continue
            hyphenated = hyphenated_modifier(token)
            if hyphenated is not None:
                first, last = hyphenated
                word = doc[first.i : last.i + 1].text.lower()
                if any(t.like_num for t in doc[first.i : last.i + 1]):
                    continue  # "two-year", "second-largest": a figure or a rank is a fact
                if not self.used_elsewhere(span.article, word) and self._judges(span, first, last, word):
                    cuts.append(self._premodifier_cut(span, doc, first, last))
                continue
            if token.dep_ == "advmod" and token.tag_ == "RB" and token.head.pos_ == "VERB" and self._leaf(token):
                if not token.is_stop and not self.used_elsewhere(span.article, token.lower_) and self._judges(span, token, token, token.lower_):
                    cuts.append((span.start + token.idx, span.start + token.idx + len(token.text_with_ws)))
                continue
            if _coordinated_participle(token):
                # "..., signalling a shift and alarming Democrats who ...": the word is a verb
                # (whether or not the parser hung it on the name as a modifier), so cutting it
                # alone leaves "and Democrats who ...". A judging participle ending the sentence
                # goes whole with its conjunction; otherwise it stays.
                end = _end_of_participle(token)
                if end is not None and not self.used_elsewhere(span.article, token.lower_) and self._judges(span, token, token, token.lower_):
                    cuts.append((span.start + end[0].idx, span.start + end[1].idx + len(end[1].text)))
                continue
            head = token.head
            if token.dep_ != "amod" or token.tag_ not in ("JJ", "VBG") or head.pos_ not in ("NOUN", "PROPN") or token.i >= head.i:
                continue
            if token.is_stop or _in_hyphenated(token):
                continue
            if any(c.dep_ not in ("advmod",) for c in token.children) or self.used_elsewhere(span.article, token.lower_):
                continue
            shared_head = self.used_elsewhere(span.article, head.lower_) or self.used_elsewhere(span.article, head.lemma_.lower())
            judges = self._judges(span, token.left_edge, token, token.lower_)
            if not (shared_head or judges):
                continue
            if not judges and head.dep_ == "attr":
                continue  # "the liquid was undiluted metarzine": the modifier is what the clause asserts
            cuts.append(self._premodifier_cut(span, doc, token.left_edge, token))
        return cuts

    @staticmethod
    def _leaf(token) -> bool:
        return not any(True for _ in token.children)

    def _judges(self, span: Span, first, last, word: str) -> bool:
        """Marked evaluative by the loaded-language component, or scored as judging by the
        modifier scorer (nlp/loaded_rules/modifiers.py)."""
        start, end = span.start + first.idx, span.start + last.idx + len(last.text)
        return self._marked(span.article, start, end) or modifier_score(word) >= BRIEF_MODIFIER_SCORE

    @staticmethod
    def _premodifier_cut(span: Span, doc, first, last) -> tuple:
        """The cut of the premodifier ``first``..``last`` with the article before it mended:
        "an infamous militia" -> "a militia", "by a mere 389 votes" -> "by 389 votes"."""
        after = doc[last.i + 1]
        determiner = doc[first.i - 1] if first.i > 0 else None
        if determiner is not None and determiner.lower_ in ("a", "an") and determiner.head.i == last.head.i:
            if after.like_num or after.tag_ == "CD" or last.head.tag_ in ("NNS", "NNPS"):
                # "a mere 389 votes": the article went with the word that took it
                return (span.start + determiner.idx, span.start + after.idx)
            word = indefinite_article(after.text)
            word = word.capitalize() if determiner.text[:1].isupper() else word
            return (span.start + determiner.idx, span.start + after.idx, word + " ")
        return (span.start + first.idx, span.start + after.idx)

    def one_outlet_words(self, span: Span, doc, cuts: list[tuple]) -> list[tuple[int, int]]:
        """Article offsets of the marked evaluative words of this outlet that no cut removes and
        that cannot go without breaking the sentence: nouns, adjectives and verbs inside a span
        the loaded-language component marks, used by no other outlet, outside quotations, not
        names."""
        if span.article not in self.outlet_of or len(self.outlet_words) < 2:
            return []
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(span.text)]
        found = []
        for token in doc:
            start = span.start + token.idx
            end = start + len(token.text)
            if token.pos_ not in ("NOUN", "ADJ", "ADV", "VERB") or token.is_stop or token.ent_type_ or token.pos_ == "PROPN":
                continue
            if any(s <= token.idx < e for s, e in quoted) or any(c[0] <= start and end <= c[1] for c in cuts):
                continue
            if self.used_elsewhere_in_any_form(span.article, token):
                continue
            if self._marked(span.article, start, end) or self._judging_noun(token) or self._judging_modifier(token):
                found.append((start, end))
        return found


    @staticmethod
    def _judging_modifier(token) -> bool:
        """An adjective or adverb that no cut could take out ("the cuts were reckless") and that
        the modifier scorer reads as a judgement."""
        return token.pos_ in ("ADJ", "ADV") and token.is_lower and not _in_hyphenated(token) and modifier_score(token.lower_) >= BRIEF_MODIFIER_SCORE

    @staticmethod
    def _judging_noun(token) -> bool:
        """A plural noun for people that the noun scorer reads as a judgement ("lackeys")."""
        return judging_noun_candidate(token) and noun_score(token.lower_) >= BRIEF_NOUN_SCORE


def _coordinated_participle(token) -> bool:
    """A present participle right after "and"/"or" that is a verb: the parser made it a conjunct
    of a participle, or hung it as a modifier on a bare name ("and alarming Democrats", "and
    angering Beijing"; a name takes no adjective without a determiner: "the ailing Pope")."""
    if token.tag_ != "VBG" or token.i == 0 or token.doc[token.i - 1].dep_ != "cc":
        return False
    if token.dep_ == "conj":
        return token.head.tag_ == "VBG"
    head = token.head
    return (
        token.dep_ == "amod"
        and head.tag_ in ("NNP", "NNPS")
        and not any(c.dep_ in ("det", "poss") or c.tag_ == "PRP$" for c in head.children)
    )


def _end_of_participle(token):
    """(first, last) tokens of the coordinated participle ``token`` with the conjunction before
    it (and a comma before that), when its phrase ends the sentence; else None."""
    doc = token.doc
    conjunction = doc[token.i - 1]
    if token.dep_ == "conj":
        phrase_end = token.right_edge
    else:
        # the name's own clauses may hang on the conjunction's head ("who vowed ..." on "position")
        phrase_end = max(token.head.right_edge, conjunction.head.right_edge, key=lambda t: t.i)
    if any(not t.is_punct or t.text == "," for t in doc[phrase_end.i + 1 :]):
        return None
    first = conjunction
    if first.i > 0 and doc[first.i - 1].text == ",":
        first = doc[first.i - 1]
    return first, phrase_end


def _without_cuts(text: str, offset: int, cuts: list[tuple]) -> str:
    """``text`` (at article offset ``offset``) with the cuts that fall inside it made."""
    inside = sorted(c for c in cuts if offset <= c[0] and c[1] <= offset + len(text))
    kept, cursor = [], offset
    for cut in inside:
        kept += [text[cursor - offset : cut[0] - offset], cut[2] if len(cut) > 2 else ""]
        cursor = cut[1]
    return " ".join(("".join(kept) + text[cursor - offset :]).split())


def _in_hyphenated(token) -> bool:
    """A part of a hyphenated word ("fat" in "fat-cat"): the word goes whole or not at all."""
    doc = token.doc
    before = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    after = token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
    return before or after


def span_text(sentence: Span, start: int, end: int) -> str:
    return sentence.text[max(0, start - sentence.start) : max(0, end - sentence.start)]


def quote_edits(text: str, offset: int, words: list[tuple[int, int]], cuts: list[tuple] = ()) -> list[tuple[int, int, str]]:
    """Edits that put each run of ``words`` (article offsets into ``text``, which starts at
    ``offset``) in quotation marks, ``cuts`` made inside them; words separated only by spaces,
    a possessive or a cut share one pair."""

    def without_cuts(start: int, end: int) -> str:
        kept, cursor = [], start
        for cut in sorted(c for c in cuts if start <= c[0] and c[1] <= end):
            kept += [text[cursor - offset : cut[0] - offset], cut[2] if len(cut) > 2 else ""]
            cursor = cut[1]
        return " ".join(("".join(kept) + text[cursor - offset : end - offset]).split())

    runs: list[list[int]] = []
    for start, end in sorted(words):
        gap = without_cuts(runs[-1][1], start) if runs else None
        if gap is not None and re.fullmatch(r"(?:['’]s)?", gap):
            runs[-1][1] = end
        else:
            runs.append([start, end])
    return [(s, e, f"“{without_cuts(s, e)}”") for s, e in runs]


def attribution_tag(attribution: Attribution, parse, voices: Voices | None = None) -> str | None:
    """", officials said" / ", according to the ministry": the speaker's phrase and the reporting
    verb as the article wrote them (with its auxiliaries), or None when the verb is not found.
    With ``voices``, the speaker's phrase loses the modifiers only its outlet uses, as the rest of
    the sentence does ("the fat-cat firm admitted" -> "the firm admitted")."""
    speaker = " ".join(PARENTHETICAL.sub("", attribution.speaker).split())
    doc = parse([attribution.sentence.text])[0]
    folded = doc.text.lower()
    first = next((t for t in doc if folded.startswith(speaker.lower(), t.idx)), None)
    if voices is not None and first is not None and doc.text[first.idx : first.idx + len(speaker)] == speaker:
        speaker = _without_cuts(speaker, attribution.sentence.start + first.idx, voices.one_outlet_cuts(attribution.sentence, doc))
    if first is not None and first.i > 0 and doc[first.i - 1].pos_ == "DET" and doc[first.i - 1].head.i >= first.i:
        # the speaker's phrase as the article opens it ("the board's chief medical officer")
        first = doc[first.i - 1]
        speaker = f"{first.text} {speaker}"
    if first is not None and first.pos_ != "PROPN":  # "The ministry said X" -> "X, the ministry said"
        speaker = speaker[0].lower() + speaker[1:]
    if attribution.name:
        speaker = attribution.name  # "she added" says nothing of whom once the clause stands alone
    if attribution.cue in ("according to", "quotation"):
        # words from inside a quotation, stated without its marks: the speaker is named plainly
        return f", according to {speaker}"
    verbs = [t for t in doc if t.lemma_.lower() == attribution.cue and t.pos_ in ("VERB", "AUX")]
    if not verbs or any(c.dep_ == "neg" for c in verbs[0].children):
        return None
    verb = verbs[0]
    auxiliaries = [c.text for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    # whom it was said to, when the verb needs it ("told the crowd": "X, Y told." says nothing)
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
    said = " ".join([*auxiliaries, verb.text, *(doc[c.left_edge.i : c.right_edge.i + 1].text for c in told[:1])])
    if "," in speaker.strip(" ,"):
        speaker = speaker.strip(" ,") + ","  # an apposition closes with its comma: "its chair, Ruth Amsel, said"
    if attribution.cue in DENIALS:
        # "X, Nordline denied" reads as Nordline saying X; the denial must stay a denial
        return f", which {speaker} {said}"
    return f", {speaker} {said}"
