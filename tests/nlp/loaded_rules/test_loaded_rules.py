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


# --- issue 19, round s28: plain clauses of any length, imputed motives ---------------------------


@pytest.mark.parametrize(
    "text, part",
    [
        ("Her brother Anselm Kofler runs a pharmacy nearby and heard the blast.",
         "brother Anselm Kofler runs a pharmacy nearby and heard the blast"),
        ("From the ridge, smoke could be seen rising over the depot.", "ridge, smoke could be seen rising over the depot"),
        ("Seen by the Harrow Ledger on Friday, a memo from the ministry warned farmers of fines.",
         "Seen by the Harrow Ledger on Friday, a memo from the ministry warned farmers of fines"),
        ("Brannock, a fishing port of 30,000 people, buried three deckhands on Saturday.",
         "port of 30,000 people, buried three deckhands"),
        ("A police spokesman, Ivo Marek, gave no figures for the arrests.", "spokesman, Ivo Marek, gave no figures"),
        ("The army closed the road to let ambulances through.", "army closed the road to let ambulances"),
    ],
)
def test_a_plain_clause_of_any_length_carries_no_evaluation(nlp, text, part):
    """The reader of evaluative words finds none in these clauses. The component does not apply
    it yet (it lowers the NeuS brief gate, docs/framing.md round s28), so the tagger's spans over
    them may still be kept."""
    assert not reads_evaluative(nlp, text, part)


def reads_evaluative(nlp, text: str, part: str) -> bool:
    from storylens.nlp.loaded_rules.filters import carries_evaluation, content_words, is_name

    doc = nlp(text)
    start = text.index(part)
    span = doc.char_span(start, start + len(part), alignment_mode="expand")
    return carries_evaluation([t for t in content_words(span) if not is_name(t)])


@pytest.mark.parametrize(
    "text, part",
    [
        ("Velmoran forces slaughtered innocent children in the burning village of Dunmore.",
         "forces slaughtered innocent children in the burning village"),
        ("The Kessing Brigade's thugs terrorised the valley for a month.", "thugs terrorised the valley for a month"),
        ("The regime's shameful campaign against the farmers of the valley went on.", "shameful campaign against the farmers of the valley"),
    ],
)
def test_a_clause_with_an_evaluative_word_is_kept_whatever_its_length(nlp, text, part):
    assert keeps(nlp, text, part)
    assert reads_evaluative(nlp, text, part)


def test_evaluative_words_are_read_from_their_meaning_not_from_the_taggers_context_weight(nlp):
    from storylens.nlp.loaded_rules.filters import carries_evaluation

    doc = nlp("Smoke could be seen. The army protected the records. Troops ravaged the valley.")
    plain_seen, plain_protect, ravaged = (list(s) for s in doc.sents)
    # the tagger weighs "seen" 0.42 and "protect" 0.75 from PTC's contexts; neither judges
    assert lexical_weight("seen") > 0.2 and lexical_weight("protect") > 0.2
    assert not carries_evaluation([t for t in plain_seen if t.is_alpha and not t.is_stop])
    assert not carries_evaluation([t for t in plain_protect if t.is_alpha and not t.is_stop])
    assert carries_evaluation([t for t in ravaged if t.is_alpha and not t.is_stop])


@pytest.mark.parametrize(
    "text, motive",
    [
        ("The Saltmarsh Front inflated the casualty figures to inflame tensions before the vote.",
         "inflated the casualty figures to inflame tensions before the vote"),
        ("Harlow officials inflated the figures to stir unrest in the south.", "inflated the figures to stir unrest in the south"),
        ("The council leaked the memo in order to mislead the inspectors.", "leaked the memo in order to mislead the inspectors"),
        ("The Brennor militia shelled the market to frighten the villagers.", "shelled the market to frighten the villagers"),
    ],
)
def test_a_motive_nobody_avows_stated_by_the_outlet_is_marked(nlp, text, motive):
    from storylens.nlp.loaded_rules import imputed_motives

    doc = nlp(text)
    assert [text[s:e] for s, e, _ in imputed_motives(doc)] == [motive]
    assert any(motive in s.span.text or s.span.text in motive for s in doc._.loaded_spans), doc._.loaded_spans


@pytest.mark.parametrize(
    "text",
    [
        # a purpose the doer would avow is plain news
        "The army closed the road to let ambulances through.",
        "The ministry moved the files to the annex to protect the records.",
        "The envoy flew to Harlow to calm tensions before the vote.",
        "Troops crossed the Varna at dawn to seize the bridge.",
        "Villagers sold cattle to raise money for the school.",
        # the verb's physical sense
        "The cook stirred the soup to cool it.",
        # someone else's charge, reported or quoted
        "The mayor of Tarn said the Saltmarsh Front inflated the casualty figures to inflame tensions.",
        'Critics wrote: "The Front inflated the figures to inflame tensions."',
    ],
)
def test_a_plain_purpose_or_someone_elses_charge_is_no_imputed_motive(nlp, text):
    from storylens.nlp.loaded_rules import imputed_motives

    assert imputed_motives(nlp(text)) == []


def test_wordnet_reads_which_purposes_nobody_avows():
    from storylens.nlp.loaded_rules.motives import unavowed_purpose

    assert all(unavowed_purpose(v) for v in ("inflame", "stir", "provoke", "frighten", "mislead", "deceive"))
    assert not any(unavowed_purpose(v) for v in ("let", "protect", "calm", "help", "feed", "repair", "seize", "raise", "fire"))


PLAIN_REPORT = (
    "Officials in Maren said the blast destroyed the depot's east wall. Her husband runs a bakery nearby and "
    "heard the blast at dawn. Smoke could be seen rising over the depot until noon. A spokesman gave no figures. "
    "Velmoran forces slaughtered innocent children in the burning village of Dunmore, the paper wrote."
)


def test_a_tagger_span_with_no_judging_word_is_context_not_loaded_language(nlp):
    # round s28: the tagger marks long plain clauses from their context ("runs a bakery nearby",
    # "smoke could be seen"); the component records them apart, found_by="context"
    from storylens.nlp.loaded_rules import judges

    doc = nlp(PLAIN_REPORT)
    spans = doc._.loaded_spans
    assert spans, "the tagger finds nothing in the test text: pick a text it reads as persuasive"
    for span in spans:
        if span.found_by == "model":
            assert judges(doc, span.span.start, span.span.end), span
        if not span.shows_words:  # "context", or "plain" when its sentence reports plainly (round s33)
            assert not judges(doc, span.span.start, span.span.end), span
    shown = [s.span.text for s in spans if s.shows_words]
    assert any(not s.shows_words for s in spans), spans
    for plain in ("runs a bakery nearby", "could be seen rising", "gave no figures"):
        assert not any(plain in text for text in shown), (plain, shown)
    assert any("slaughtered" in text for text in shown), shown
