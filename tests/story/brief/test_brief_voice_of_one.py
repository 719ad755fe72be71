"""Whose word the brief states (issue 15, third written set's failure kinds), on a story and
sentences written here: what one outlet alone says is attributed to it or left out; a narrator's
line or an open question states no fact; a clause cut from under a negation or out of its phrase
never stands alone; a word that carries the assertion is not cut, nor a plain word quoted."""

import re

import pytest

from storylens.story.brief.evidence import states_the_same
from storylens.story.brief.sentences import Neutraliser, compress, lost_by_the_cut, parse, states_no_fact
from storylens.story.brief.writer import reports_a_speaker, reversal_of, unsupported_facts
from storylens.story.brief.voice import Voices  # noqa: F401  (the records the edits read)
from tests.story.brief.invented import build_invented_story

# An invented ferry strike: a wire, a partisan paper that tells it in its own voice (a narrator's
# line, a cost only it gives, its own reading of the law) and a local paper. The partisan paper
# publishes first, under a loaded headline.
FERRY = [
    ("Island Voice", "2031-05-02", "The greedy crews who left a whole island stranded",
     "The ferry crews have shown their contempt for ordinary islanders once again. Ferry crews walked out on Monday, "
     "halting all sailings between Port Aske and Tamsey. Then came the circus at Port Aske, where crews waved banners "
     "on the quay instead of sailing. The crews' demand would cost fare payers an extra 40 million crowns a year. "
     "The harbour code forbids any stoppage during the summer season."),
    ("Harbour Wire", "2031-05-02", "Ferry crews strike over pay, halting sailings to Tamsey",
     "Ferry crews walked out on Monday in a dispute over pay, halting all sailings between Port Aske and Tamsey. "
     "The crews' union wants wages raised by eight percent. The operator, Tamsey Lines, offers four percent. "
     "Nobody knows when sailings will resume. The operator said there was no evidence that any crossing had been unsafe. "
     "On Monday the operator told drivers to leave their cars at Port Aske. By Tuesday the advice had been withdrawn."),
    ("Tamsey Gazette", "2031-05-03", "Island cut off as ferry crews strike",
     "No ferry left Port Aske for Tamsey on Monday as crews went on strike over pay. The union wants wages raised by "
     "eight percent, while Tamsey Lines offers four percent. Shops on Tamsey ran short of bread by Tuesday evening. "
     "Tamsey Lines told drivers on Monday to leave their cars at Port Aske."),
]


@pytest.fixture(scope="module")
def ferry(nlp):
    return build_invented_story(FERRY, "t", nlp)


def plain(story) -> list:
    """The brief's sentences in its own voice: not a dispute, not attributed to an outlet."""
    outlets = [a.outlet for a in story.articles]
    return [s for s in story.summary if not s.text.startswith("Reports differ") and not any(f"{o} reports" in s.text for o in outlets)]


def test_a_sentence_in_the_briefs_own_voice_is_stated_by_two_outlets(ferry):
    story, context = ferry
    assert story.summary
    outlets = {w.lower() for a in story.articles for w in a.outlet.split()}
    for sentence in plain(story):
        keys = {context.source_key(s.article) for s in sentence.sources}
        assert len(keys) >= 2, sentence.text
        for source in sentence.sources[1:]:
            if reversal_of(parse([source.span.text])[0]):
                continue  # the reversal joined to what it undoes (below)
            assert states_the_same(sentence.text, context.sentence_of(source.span).text, but=outlets | {"reports"}), sentence.text
    for sentence in story.summary:
        assert unsupported_facts(sentence, story) == [], sentence.text


def test_what_one_outlet_alone_says_is_attributed_to_it_or_left_out(ferry):
    story, _ = ferry
    for sentence in story.summary:
        for line in ("40 million", "harbour code", "contempt"):
            if line in sentence.text:
                assert "Island Voice reports" in sentence.text, sentence.text


def test_a_narrators_line_never_enters(ferry):
    story, _ = ferry
    assert not [s.text for s in story.summary if "circus" in s.text]


def test_the_story_is_titled_by_the_headline_the_others_echo(ferry):
    story, _ = ferry
    assert story.title != "The greedy crews who left a whole island stranded"


# units, on sentences written here ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Then came the circus at Port Aske, where crews waved banners.",
    "How many crossings were cancelled is still disputed.",
    "Why the boiler failed remains unclear.",
])
def test_a_line_that_states_no_fact(text):
    assert states_no_fact(parse([text])[0])


@pytest.mark.parametrize("text", [
    "Then the operator cancelled all crossings.",
    "What the crews asked for was a pay rise of eight percent.",
    "\"We will not sail,\" said the union's secretary.",
    "The ferry left Port Aske at noon.",
])
def test_a_line_that_states_a_fact(text):
    assert not states_no_fact(parse([text])[0])


@pytest.mark.parametrize("sentence, part", [
    ("The operator said there was no evidence that any crossing had been unsafe.", "that any crossing had been unsafe"),
    ("The operator said there was no evidence that any crossing had been unsafe.", "any crossing had been unsafe"),
    ("The union denied that its members had damaged the ramp.", "its members had damaged the ramp"),
    ("The harbour master did not say that the quay would close.", "the quay would close"),
    ("Across the island, the operator's own logs show that forty crossings were cancelled.", "Across the island, the operator's own logs show"),
    ("The ministry rejects the claim that the minister left the talks.", "the minister left the talks"),
])
def test_a_clause_cut_from_under_its_negation_is_lost(sentence, part):
    start = sentence.index(part)
    assert lost_by_the_cut(parse([sentence])[0], start, start + len(part))


@pytest.mark.parametrize("sentence, part", [
    ("The operator said there was no evidence that any crossing had been unsafe.", "there was no evidence that any crossing had been unsafe"),
    ("Sailings stopped on Monday, the operator said.", "Sailings stopped on Monday"),
    ("The union says the talks failed, and the operator says the talks go on.", "the operator says the talks go on"),
])
def test_a_clause_that_keeps_its_meaning_alone_is_not(sentence, part):
    start = sentence.index(part)
    assert not lost_by_the_cut(parse([sentence])[0], start, start + len(part))


def test_a_cut_that_is_no_phrase_of_its_sentence_is_lost():
    sentence = "The inspectors said as much as 9,000 litres of fuel leaked, almost three times the operator's estimate."
    part = "as much as 9,000 litres of fuel leaked, almost three times"
    start = sentence.index(part)
    assert lost_by_the_cut(parse([sentence])[0], start, start + len(part))


def voices_for(text: str, others: str) -> tuple[Neutraliser, object]:
    from storylens.records import Span

    neutral = Neutraliser()
    neutral.voices.add_words("a", "Outlet A", text)
    neutral.voices.add_words("b", "Outlet B", others)
    return neutral, Span("a", 0, len(text), text)


def test_a_modifier_the_clause_asserts_stays_even_on_a_noun_the_others_use():
    text = "The operator admitted that the cargo was untreated sewage from its depot."
    neutral, span = voices_for(text, "The cargo was sewage, the harbour master said; the depot stored sewage.")
    doc = parse([text])[0]
    out = compress(text, neutral.voices.one_outlet_cuts(span, doc), 0, {})
    assert "untreated sewage" in out


def test_a_word_the_others_write_in_another_inflection_is_not_quoted():
    text = "The leak carried a caustic solvent ingredient into the canal."
    neutral, span = voices_for(text, "Caustic solvents reached the canal, the inspectors said.")
    neutral.add_loaded(span.__class__("a", text.index("caustic"), text.index(" into"), "caustic solvent ingredient"), "Loaded_Language", "evaluative")
    doc = parse([text])[0]
    cuts = neutral.voices.one_outlet_cuts(span, doc)
    words = [text[s:e] for s, e in neutral.voices.one_outlet_words(span, doc, cuts)]
    assert "solvent" not in words


def test_an_outlet_alone_giving_a_figure_is_named_with_it(ferry):
    story, _ = ferry
    for sentence in plain(story):
        assert not re.search(r"\b40\b", sentence.text), sentence.text


def test_an_order_and_its_withdrawal_are_never_stated_as_two_standing_facts(ferry):
    story, _ = ferry
    for sentence in story.summary:
        if "leave their cars" in sentence.text:
            assert "withdrawn" in sentence.text or sentence.text.startswith("Reports differ"), sentence.text


@pytest.mark.parametrize("text, undoes", [
    ("By Tuesday the advice had been withdrawn.", True),
    ("The council reversed its decision on Friday.", True),
    ("The agency later retracted it.", True),
    ("The regulator withdrew two other medicines in 2026.", False),
    ("The council approved the plan on Friday.", False),
])
def test_a_sentence_that_undoes_what_was_said_before(text, undoes):
    assert reversal_of(parse([text])[0]) is undoes


@pytest.mark.parametrize("text, reports", [
    ("The harbour master said the quay was unsafe because the ramp had cracked.", True),
    ("Sailings stopped on Monday, according to the operator.", True),
    ("The harbour code forbids any stoppage during the summer season.", False),
    ("The operator blames the union for the stoppage.", False),
    ("The cost of the stoppage was estimated at four million crowns.", False),
    ("The cost of the stoppage was estimated by the operator at four million crowns.", True),
])
def test_a_sentence_that_reports_what_someone_says(text, reports):
    assert reports_a_speaker(parse([text])[0]) is reports
