"""Loaded language read against the Doc: names, plain verbs and markup are never loaded; an
evaluative adjective in the outlet's own voice is (issue 19)."""

from __future__ import annotations

import pytest

from storylens.nlp.loaded_rules import evaluative_phrases, keeps_span, lexical_weight


def keeps(nlp, text: str, part: str) -> bool:
    doc = nlp(text)
    start = text.index(part)
    return keeps_span(doc, start, start + len(part))


@pytest.mark.parametrize(
    "text, part",
    [
        ("The Relief and Works Agency for Northland Refugees said the school was hit.", "Relief and Works Agency for Northland Refugees"),
        ("Shells fell on Port Alden overnight, officials said.", "Port Alden"),
        ("Two more people died later, the ministry said.", "people died later"),
        ("Six people died in the fire.", "died"),
        ('The school was hit. <div class="caption"> Rescuers came.', '<div class="caption">'),
        # a verb the tagger weighs as loaded ("know" 0.33) that says nothing of anyone here
        ("How do we know this? The convoy left at noon.", "know"),
        ("The Agence Baltique reported that the Northland Red Crescent Society had left.", "Agence Baltique"),
    ],
)
def test_names_plain_verbs_and_markup_are_not_loaded(nlp, text, part):
    assert not keeps(nlp, text, part)


def test_a_lone_verb_with_a_clause_or_a_named_participant_is_left_to_the_weights(nlp):
    from storylens.nlp.loaded_rules.filters import describes_no_one

    doc = nlp("How do we know this? We know that the convoy left. The militia butchered the villagers.")
    verbs = {t.text: t for t in doc if t.pos_ == "VERB"}
    know_this, know_that = [t for t in doc if t.lower_ == "know"]
    assert describes_no_one(know_this)
    assert not describes_no_one(know_that)  # the clause carries content of its own
    assert not describes_no_one(verbs["butchered"])  # it says something of the villagers


def test_an_evaluative_phrase_is_kept(nlp):
    assert keeps(nlp, "The brutal campaign went on for weeks.", "brutal campaign")


def test_the_models_own_word_weights_tell_plain_from_loaded_words():
    assert lexical_weight("brutal") > 0.2 > lexical_weight("died")


def test_evaluative_adjectives_in_the_outlets_voice_are_found(nlp):
    text = "The Northland regime's relentless aggression against Velmora continued on Monday."
    assert [text[s:e] for s, e, _ in evaluative_phrases(nlp(text))] == ["regime's relentless aggression"]
    quoted = 'Marr said: "It is relentless aggression." The talks went on.'
    assert evaluative_phrases(nlp(quoted)) == []


def test_the_component_drops_the_plain_ones(nlp):
    doc = nlp("The Northland regime's relentless aggression continued. Two more people died later.")
    found = [s.span.text for s in doc._.loaded_spans]
    assert len(found) == 1 and found[0].startswith("regime's relentless aggression"), found


def test_evaluative_additions_cover_what_the_kept_spans_miss(nlp):
    from storylens.nlp.loaded_language import doc_words, evaluative_additions

    doc = nlp("The Northland regime's relentless aggression against Velmora continued on Monday.")
    added = evaluative_additions(doc, doc_words(doc), [])
    assert [doc.text[s.start : s.end] for s in added] == ["regime's relentless aggression"]
    assert added[0].category


def test_the_component_applies_evaluative_phrases_in_the_outlets_voice_only(nlp):
    own = nlp("The Ostmark regime's relentless shelling of Velmora continued overnight.")
    found = [(s.span.text, s.found_by) for s in own._.loaded_spans]
    assert any("relentless shelling" in text for text, _ in found), found
    quoted = nlp('The mayor of Velmora said: "This is relentless shelling." Talks resumed in Ostmark.')
    assert not [s for s in quoted._.loaded_spans if s.found_by == "evaluative"]


@pytest.mark.parametrize(
    "text",
    [
        "The Relief and Works Agency for Northland Refugees said 40 people died in Port Alden on Monday.",
        "Rescue teams searched the ruins of the market through the night.",
        "The old bridge over the Varna river reopened on Friday after repairs.",
    ],
)
def test_names_and_plain_verbs_get_no_evaluative_phrase(nlp, text):
    assert not [s for s in nlp(text)._.loaded_spans if s.found_by == "evaluative"]


@pytest.mark.parametrize(
    "text, part, loaded",
    [
        # a name at either edge of a loaded clause is cut, with the words that led to it
        ("Velmoran forces slaughtered innocent children in Dunmore last night.",
         "Velmoran forces slaughtered innocent children in Dunmore", "forces slaughtered innocent children"),
        ("Officials said the Kessing Brigade's thugs terrorised the valley.",
         "Kessing Brigade's thugs terrorised the valley", "thugs terrorised the valley"),
        # a name inside the span stays: it is part of the phrase
        ("The brutal Tarn regime crushed dissent.", "brutal Tarn regime crushed dissent", "brutal Tarn regime crushed dissent"),
    ],
)
def test_names_at_the_edges_of_a_loaded_span_are_cut(nlp, text, part, loaded):
    from storylens.nlp.loaded_rules import without_edge_names

    doc = nlp(text)
    start = text.index(part)
    cut_start, cut_end = without_edge_names(doc, start, start + len(part))
    assert text[cut_start:cut_end] == loaded


def test_a_span_of_names_alone_is_left_to_the_names_filter(nlp):
    from storylens.nlp.loaded_rules import without_edge_names

    text = "Shells fell on Port Alden overnight."
    doc = nlp(text)
    start = text.index("Port Alden")
    assert without_edge_names(doc, start, start + len("Port Alden")) == (start, start + len("Port Alden"))


def test_an_imputed_motive_in_the_outlets_voice_is_marked(nlp):
    """ "inflated the figures to inflame tensions": the outlet states a motive as fact; the tagger
    marks the clause (kept by the Doc reading, since its verbs carry participants that are no
    pronouns)."""
    doc = nlp("The Velmora ministry inflated the casualty figures to inflame tensions before the vote.")
    found = [s.span.text for s in doc._.loaded_spans]
    assert any("inflame tensions" in text for text in found), found
