"""The outlet's words for a group it names elsewhere: "the regime", "the wreckers" (issue 19,
round s29). A component after the loaded-language tagger, whose spans it reads as one sign that
a group noun judges; the rules are in ``label_rules/referents.py``.

Each phrase becomes a `Label` of kind ``"characterisation"`` on the name it stands for: the
report shows it as the outlet's characterisation of that actor, not as a name or a title.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storylens.nlp import extensions
from storylens.nlp.doc_index import doc_text
from storylens.nlp.event_rules import QuotedText
from storylens.nlp.label_rules.referents import characterisations
from storylens.nlp.label_rules.sides import judged_side_phrases
from storylens.nlp.loaded_rules.nouns import noun_score, score_words
from storylens.records import Label, Span

KIND = "characterisation"


class CharacterisationFinder:
    def __call__(self, doc: Doc) -> Doc:
        labels = extensions.doc_list(doc, "labels")
        text = doc_text(doc)
        loaded = [(s.span.start, s.span.end) for s in doc._.loaded_spans or []]
        candidates = {t.lower_ for t in doc if t.pos_ in ("NOUN", "PROPN") and t.is_lower} | {
            t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.is_lower
        }
        scored = False

        def scores(word: str) -> float:
            nonlocal scored
            if not scored:  # one MiniLM batch per article, and only when a phrase needs it
                score_words(sorted(candidates))
                scored = True
            return noun_score(word)

        taken = {(label.span.start, label.span.end) for label in labels}
        quoted = QuotedText(text)
        found = characterisations(doc, scores=scores, loaded=loaded, quoted=quoted, labels=list(labels))
        # round s36: "Faceless officials at the ministry decided", "the bleeding-heart lobby, led by
        # X", "the so-called X" (``label_rules/sides.py``)
        found += [(start, end, target, False, False) for start, end, target in judged_side_phrases(doc, scores=scores, quoted=quoted, loaded=loaded)]
        for start, end, target, attributed, by_kind in found:
            if (start, end) in taken:
                continue
            taken.add((start, end))
            span = Span.of(doc._.article_id or "", text, start, end)
            labels.append(Label(" ".join(span.text.split()), doc._.outlet, span, attributed, "description" if by_kind else KIND, target))
        return doc


@Language.factory("storylens_characterisations", requires=["doc.ents", "token.dep"], assigns=["doc._.labels"])
def make_characterisation_finder(nlp: Language, name: str) -> CharacterisationFinder:
    return CharacterisationFinder()
