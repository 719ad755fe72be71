"""Whose statement a cited sentence is (round s27), on sentences and a story written here:
the speaker comes from the nlp layer's attribution records, not from parsing the brief's text
again; an adverbial participle clause states its event in the outlet's own voice; the brief's
repeat check reads the shared sentence-vector table."""

import pytest

from storylens.records import Span
from storylens.story.brief.sentences import parse, presupposed_clauses
from storylens.story.brief.voice import Attribution, Voices
from storylens.story.brief.writer import Said
from tests.story.brief.invented import build_invented_story


# the speaker of a span ------------------------------------------------------------------------
SENTENCE = "The port authority said the crane at Berth 4 had collapsed on Monday."


def test_the_speaker_of_a_sentence_holding_the_frame_is_the_attributed_clauses():
    voices = Voices()
    clause_start = SENTENCE.index("the crane")
    sentence = Span("a", 0, len(SENTENCE), SENTENCE)
    voices.add_attribution("a", Attribution(clause_start, len(SENTENCE) - 1, "The port authority", "say", sentence))
    assert voices.speaker_of(sentence) == "The port authority"  # the span holds the frame too
    clause = Span("a", clause_start, len(SENTENCE) - 1, SENTENCE[clause_start:-1])
    assert voices.speaker_of(clause) == "The port authority"


def test_the_quote_finders_speaker_names_a_quotation():
    text = "“We will not reopen Berth 4 this week,” said Ilse Maren, the harbour master."
    voices = Voices()
    voices.add_speaker("a", 1, text.index("”"), "Ilse Maren")
    assert voices.speaker_of(Span("a", 0, len(text), text)) == "Ilse Maren"
    assert voices.speaker_of(Span("b", 0, len(text), text)) is None  # another article's words


def test_the_writer_reads_the_speaker_from_the_records_not_a_parse():
    from storylens.story.brief import writer

    assert not hasattr(writer, "_speaker_in")


# a participle clause states its event -----------------------------------------------------------
def test_an_adverbial_participle_clause_is_found():
    doc = parse(["Having seized the Kessel bridge on Monday night, the militia said it would hold the crossing."])[0]
    assert presupposed_clauses(doc) == ["Having seized the Kessel bridge on Monday night"]
    doc = parse(["Fearing another flood, the villagers left Orrow on Tuesday."])[0]
    assert presupposed_clauses(doc) == ["Fearing another flood"]


def test_a_clause_of_saying_or_with_a_subordinator_is_not_the_outlets_statement():
    for text in (
        "The union walked out on Monday, saying the harbour board had broken the pay deal.",
        "If elected, the mayor will reopen the ferry to Orrow.",
        "When asked about the bridge, the minister declined to comment.",
    ):
        assert presupposed_clauses(parse([text])[0]) == [], text


# Two outlets state the seizure as a fact: one in its main clause, one in a participle clause
# before a reporting verb; a third reports the aftermath only.
BRIDGE = [
    ("Dunmere Post", "2031-03-04", "Militia holds Kessel bridge",
     "Varro's militia seized the Kessel bridge on Monday night. Traffic on the river road stopped. "
     "The army has not responded."),
    ("Lowland Times", "2031-03-04", "Militia vows to hold bridge",
     "Having seized the Kessel bridge on Monday night, Varro's militia said it would hold the crossing. "
     "Traffic on the river road stopped. Shops in Kessel closed early."),
    ("Coast Ledger", "2031-03-04", "River road closed",
     "Traffic on the river road stopped after the militia reached the bridge. Shops in Kessel closed early."),
]


@pytest.fixture(scope="module")
def bridge(nlp):
    story, _ = build_invented_story(BRIDGE, "k", nlp)
    return story


def test_a_fact_one_outlet_states_in_a_participle_clause_has_two_sources(bridge):
    seizure = [s for s in bridge.summary if "seized the Kessel bridge" in s.text and not s.text.startswith("Reports differ")]
    assert seizure, [s.text for s in bridge.summary]
    for sentence in seizure:
        assert "reports that" not in sentence.text, sentence.text
        assert {"Dunmere Post", "Lowland Times"} <= {s.outlet for s in sentence.sources}, sentence.text


# the repeat check -----------------------------------------------------------------------------
def test_a_paraphrase_is_a_repeat_through_the_shared_vectors():
    from storylens.story import embeddings

    said = Said()
    assert not said.repeats("The ferry to Orrow was cancelled on Monday because of the storm.")
    assert "The ferry to Orrow was cancelled on Monday because of the storm." in embeddings._sentence_vectors
    assert said.repeats("Because of the storm, the ferry to Orrow was cancelled on Monday.")
