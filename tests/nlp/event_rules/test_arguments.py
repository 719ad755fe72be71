"""Who did what to whom in a dated happening, read from the parse (issue 19, round s29)."""

from storylens.nlp.pipeline import analyze_articles
from storylens.records import Article


def _mentions(nlp, text, published="2031-05-16"):
    article = Article(id="a", source="a.txt", text=text, published=published, outlet="Quay Post")
    (analysis,) = analyze_articles([article], nlp=nlp)
    return {m.trigger: m for m in analysis.event_mentions}


def _roles(mention):
    return {(a.role, a.head) for a in mention.arguments}


def test_agent_patient_and_place_of_a_verb(nlp):
    (cleared,) = _mentions(nlp, "Riot police cleared the picket at the Orlen gate at 5 a.m. on Thursday.").values()
    assert ("agent", "police") in _roles(cleared)
    assert ("patient", "picket") in _roles(cleared)
    assert not any("5 a.m." in a.span.text for a in cleared.arguments)  # a time is no participant
    assert cleared.time_of_day == "05:00"
    assert cleared.statement


def test_a_passive_takes_its_by_phrase_as_agent(nlp):
    mentions = _mentions(nlp, "The warehouse at Pell Quay was sealed by customs officers on Thursday.")
    (sealed,) = mentions.values()
    assert ("agent", "officer") in _roles(sealed) and ("patient", "warehouse") in _roles(sealed)


def test_a_pronoun_is_no_participant(nlp):
    (left,) = _mentions(nlp, "They left the Orlen docks on Thursday.").values()
    assert not any(a.role == "agent" for a in left.arguments)
    assert ("patient", "dock") in _roles(left)


def test_a_participle_or_a_noun_is_no_plain_statement(nlp):
    mentions = _mentions(nlp, "Locked out on Thursday, the dockers of Pell Quay met the mayor on Friday. The closure of the quay on Thursday angered them.")
    assert {t: m.statement for t, m in mentions.items()} == {"lock": False, "meet": True, "closure": False}


def test_a_statement_a_verb_reports_is_what_is_said_not_a_participant(nlp):
    (denied,) = _mentions(nlp, "The water board denied on Tuesday that it had received any complaint.").values()
    assert ("said", "receive") in _roles(denied) and ("agent", "board") in _roles(denied)
    assert not any(a.role == "patient" for a in denied.arguments)
    (ordered,) = _mentions(nlp, "The county ordered the villages evacuated at 7 a.m. on Tuesday.").values()
    assert not any(a.role == "said" for a in ordered.arguments)  # a result, not a statement
