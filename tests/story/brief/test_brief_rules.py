"""The brief's rules on a story written for them (issue 15): a contested figure is written as a
disagreement citing both sides, an attributed fact keeps who says it, and one outlet's evaluative
words stay out of the brief's own voice."""

import re

import pytest

from storylens.records import SourceRef, Span
from storylens.story.brief.writer import unsupported_facts
from storylens.story.brief.sentences import Choice, Neutraliser, compress, in_own_voice, parse
from storylens.story.brief.voice import Attribution, Voices, attribution_tag

# An invented blast: two outlets give figures far apart, each from its own source; one outlet
# calls the militia "notorious" and the army "the regime" with its "relentless" shelling, the
# others do not.
BLAST = {
    "Harbour Daily": "A car bomb exploded at the central market of Velmora on Tuesday. More than 300 people were killed "
    "in the explosion, officials said. The notorious militia of the Dravik hills claimed the attack. Rescue teams "
    "searched the ruins of the market through the night. The regime's relentless shelling of the northern villages "
    "continued on Wednesday.",
    "Coast Courier": "A car bomb exploded at the central market of Velmora on Tuesday. Between 40 and 90 people died in "
    "the blast, independent monitors estimate. The Dravik hills militia claimed the attack in a statement. Rescue "
    "teams searched the ruins of the market through the night. The army's shelling of the northern villages "
    "continued on Wednesday.",
    "Valley Times": "A car bomb went off at the central market of Velmora on Tuesday. The Dravik hills militia said it "
    "carried out the attack. Rescue teams searched the ruins through the night, the city fire service said. The "
    "army's shelling of the northern villages went on on Wednesday.",
}


@pytest.fixture(scope="module")
def blast(nlp):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.records import Article
    from storylens.story.build import build_story

    articles = [
        Article(id=f"b{i}", source=f"b{i}.txt", text=text, outlet=outlet, published="2025-03-12")
        for i, (outlet, text) in enumerate(BLAST.items())
    ]
    analyses = list(analyze_articles(articles, nlp=nlp))
    mentions = [(a.article.id, m) for a in analyses for m in a.claim_mentions]
    return build_story(analyses), mentions


def disputes(story):
    return [s for s in story.summary if s.text.startswith("Reports differ")]


def outside_quotes(text: str) -> str:
    return re.sub(r"“[^”]*”", " ", text)


def test_every_sentence_is_cited_and_supported(blast):
    story, _ = blast
    assert story.summary
    for sentence in story.summary:
        assert sentence.sources
        assert unsupported_facts(sentence, story) == [], sentence.text


def test_a_contested_figure_is_written_as_a_disagreement_citing_both_sides(blast):
    story, _ = blast
    stated = [s for s in disputes(story) if "300" in s.text and "40 and 90" in s.text]
    assert stated, [s.text for s in story.summary]
    sentence = stated[0]
    assert {"Harbour Daily", "Coast Courier"} <= {s.outlet for s in sentence.sources}
    assert "Harbour Daily reports" in sentence.text and "Coast Courier reports" in sentence.text


def test_a_disputed_figure_is_never_stated_as_plain_fact(blast):
    story, _ = blast
    plain = [s.text for s in story.summary if not s.text.startswith("Reports differ")]
    assert plain
    assert not [t for t in plain if re.search(r"\b(?:300|40|90)\b", t)], plain


def test_an_attributed_figure_keeps_who_says_it(blast):
    story, _ = blast
    text = " ".join(s.text for s in disputes(story))
    assert "killed in the explosion, officials said" in text and "independent monitors estimate" in text


def test_no_brief_sentence_drops_the_attribution_of_what_it_cites(blast):
    story, mentions = blast
    for sentence in story.summary:
        for source in sentence.sources[:1] + [s for s in sentence.sources if sentence.text.startswith("Reports differ")]:
            for article, mention in mentions:
                start = mention.sentence.start + mention.sentence.text.find(mention.text)
                overlaps = article == source.article and start < source.span.end and source.span.start < start + len(mention.text)
                if overlaps and mention.attributed_to and mention.cue != "quotation" and mention.text in sentence.text:
                    assert mention.attributed_to.split()[-1].lower() in sentence.text.lower(), sentence.text


def test_one_outlets_evaluative_words_stay_out_but_the_facts_stay_in(blast):
    story, _ = blast
    brief = " ".join(s.text for s in story.summary)
    own_voice = outside_quotes(brief).lower()
    assert not [w for w in ("notorious", "relentless", "regime") if w in own_voice], brief
    assert "claimed the attack" in brief
    assert "shelling of the northern villages" in brief


# units: the voice edits on sentences written here ------------------------------------------
def voices_for(text: str, others: str, evaluative: list[str] = ()) -> tuple[Neutraliser, Span]:
    neutral = Neutraliser()
    neutral.voices.add_words("a", "Outlet A", text)
    neutral.voices.add_words("b", "Outlet B", others)
    for part in evaluative:
        start = text.index(part)
        neutral.add_loaded(Span("a", start, start + len(part), part), "Loaded_Language", "evaluative")
    return neutral, Span("a", 0, len(text), text)


def test_one_outlet_modifiers_are_cut_with_their_article_mended():
    text = "An infamous militia and the ruthless gunmen attacked the old harbour of the Russian port."
    neutral, span = voices_for(text, "A militia attacked the harbour of the Russian port; gunmen fled.")
    out = compress(text, neutral.voices.one_outlet_cuts(span, parse([text])[0]), 0, {})
    # The other outlet names the harbour without "old", so "old" goes too; "Russian" is a proper
    # adjective and stays.
    assert out == "A militia and the gunmen attacked the harbour of the Russian port."


def test_quoted_and_shared_adjectives_stay():
    text = "The governor called them “brutal gunmen” and said the deadly blast hit the market."
    neutral, span = voices_for(text, "A deadly blast hit the market; gunmen fled.")
    assert neutral.voices.one_outlet_cuts(span, parse([text])[0]) == []


def test_an_evaluative_adjective_goes_even_before_a_noun_only_its_outlet_uses():
    text = "The regime's relentless bombardment of Orlen went on overnight."
    neutral, span = voices_for(text, "Shells fell on Orlen overnight.", evaluative=["regime's relentless bombardment"])
    doc = parse([text])[0]
    cuts = neutral.voices.one_outlet_cuts(span, doc)
    assert compress(text, cuts, 0, {}) == "The regime's bombardment of Orlen went on overnight."
    # What cannot be cut is quoted (and, in the brief, attributed to its outlet).
    words = [text[s:e] for s, e in neutral.voices.one_outlet_words(span, doc, cuts)]
    assert words == ["regime", "bombardment"]


def test_a_chosen_sentence_with_uncuttable_evaluative_words_is_attributed_to_its_outlet():
    text = "The regime's relentless bombardment of Orlen went on overnight."
    neutral, span = voices_for(text, "Shells fell on Orlen overnight.", evaluative=["regime's relentless bombardment"])
    choice = Choice(text, SourceRef("a", "Outlet A", span), 1.0)
    out = in_own_voice(choice, neutral, ([], parse([text])[0]), attributed=False)
    assert out.text == "Outlet A reports that the “regime's bombardment” of Orlen went on overnight."
    # A dispute side is attributed by its caller: the words are only quoted there.
    side = in_own_voice(choice, neutral, ([], parse([text])[0]), attributed=True)
    assert side.text == "The “regime's bombardment” of Orlen went on overnight."


def test_words_the_other_outlets_use_are_not_one_outlets():
    text = "The regime's relentless bombardment of Orlen went on overnight."
    neutral, span = voices_for(text, "The regime's relentless bombardment of Orlen continued.", evaluative=["regime's relentless bombardment"])
    doc = parse([text])[0]
    assert neutral.voices.one_outlet_cuts(span, doc) == []
    assert neutral.voices.one_outlet_words(span, doc, []) == []


def test_a_clause_stated_without_its_speaker_gets_a_short_tag_back():
    sentence_text = "More than 300 people were killed in the explosion, the health ministry has said."
    sentence = Span("a", 0, len(sentence_text), sentence_text)
    clause_end = sentence_text.index(", the health")
    voices = Voices()
    attribution = Attribution(0, clause_end, "The health ministry", "say", sentence)
    voices.add_attribution("a", attribution)
    clause = Span("a", 0, clause_end, sentence_text[:clause_end])
    assert voices.dropped_attribution(clause, "More than 300 people were killed in the explosion.") is attribution
    assert voices.dropped_attribution(sentence, sentence_text) is None
    assert attribution_tag(attribution, parse) == ", the health ministry has said"


def test_the_tagged_clause_cites_the_sentence_that_names_the_speaker():
    sentence_text = "Officials said that more than 300 people were killed in the explosion."
    sentence = Span("a", 0, len(sentence_text), sentence_text)
    start = sentence_text.index("more")
    neutral = Neutraliser()
    neutral.voices.add_attribution("a", Attribution(start, len(sentence_text) - 1, "Officials", "say", sentence))
    clause = Span("a", start, len(sentence_text) - 1, sentence_text[start:-1])
    choice = Choice("More than 300 people were killed in the explosion.", SourceRef("a", "Outlet A", clause), 1.0)
    out = in_own_voice(choice, neutral, None, attributed=False)
    assert out.text == "More than 300 people were killed in the explosion, officials said."
    assert out.source.span == sentence


def test_one_outlets_judging_nouns_for_people_are_quoted_and_attributed():
    """No marked span needed: a plural noun that judges the people it names and that only this
    outlet uses stays out of the brief's own voice; plain nouns for people stay as written."""
    text = "The governor's figureheads and their hired lackeys cheered as residents left Orlen."
    neutral, span = voices_for(text, "Residents left Orlen on Monday as the governor's allies cheered.")
    choice = Choice(text, SourceRef("a", "Outlet A", span), 1.0)
    out = in_own_voice(choice, neutral, ([], parse([text])[0]), attributed=False)
    assert out.text.startswith("Outlet A reports that"), out.text
    outside = re.sub(r"“[^”]*”", " ", out.text)
    assert "figureheads" not in outside and "lackeys" not in outside, out.text
    assert "residents" in outside, out.text


def test_a_judging_noun_the_other_outlets_use_too_is_not_one_outlets():
    text = "The governor's lackeys cheered as residents left Orlen."
    neutral, span = voices_for(text, "Critics called them the governor's lackeys.")
    assert neutral.voices.one_outlet_words(span, parse([text])[0], []) == []


def test_words_from_inside_a_quotation_stated_without_its_marks_name_the_speaker():
    # a witness's figure, told in a quotation: the brief states the clause without the marks,
    # so it must say whose figure it is
    sentence_text = "“At least 200 people were on the boat, everyone saw it,” said Tomas Berg, a fisherman."
    sentence = Span("a", 0, len(sentence_text), sentence_text)
    start, end = 1, sentence_text.index(", everyone")
    neutral = Neutraliser()
    neutral.voices.add_attribution("a", Attribution(start, end, "Tomas Berg", "quotation", sentence))
    clause = Span("a", start, end, sentence_text[start:end])
    choice = Choice("At least 200 people were on the boat.", SourceRef("a", "Outlet A", clause), 1.0)
    out = in_own_voice(choice, neutral, None, attributed=False)
    assert out.text == "At least 200 people were on the boat, according to Tomas Berg."


def test_a_clause_a_speaker_denies_keeps_the_denial():
    sentence_text = "The harbour company denied that the ferry was overloaded."
    sentence = Span("a", 0, len(sentence_text), sentence_text)
    start = sentence_text.index("the ferry")
    attribution = Attribution(start, len(sentence_text) - 1, "The harbour company", "deny", sentence)
    assert attribution_tag(attribution, parse) == ", which the harbour company denied"


# An invented sinking reported under datelines: where each report was filed is no fact of it.
DATELINED = {
    "Tarn Post": "KELLMOUTH — The barge Kestrel sank off Kellmouth on Sunday, the harbour office said. "
    "Nine crew members were rescued by fishing boats.",
    "Bay Ledger": "KELLMOUTH, March 3 (Bay Wire) - The barge Kestrel sank off Kellmouth on Sunday. Nine crew "
    "members were rescued by fishing boats, the harbour office said.",
    "Coast Record": "The barge Kestrel sank off Kellmouth on Sunday. Fishing boats rescued nine crew members.",
}


def test_a_dateline_never_reaches_the_brief(nlp):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.records import Article
    from storylens.story.build import build_story

    articles = [
        Article(id=f"d{i}", source=f"d{i}.txt", text=text, outlet=outlet, published="2025-03-03")
        for i, (outlet, text) in enumerate(DATELINED.items())
    ]
    story = build_story(list(analyze_articles(articles, nlp=nlp)))
    assert story.summary
    for sentence in story.summary:
        assert "KELLMOUTH —" not in sentence.text and "(Bay Wire)" not in sentence.text, sentence.text
    for entry in story.timeline:
        assert not entry.description.startswith("KELLMOUTH"), entry.description


def test_the_speaker_of_a_tag_loses_one_outlets_judging_modifiers():
    sentence_text = "The fat-cat developer admitted on Friday that the harbour wall had cracked."
    sentence = Span("a", 0, len(sentence_text), sentence_text)
    neutral = Neutraliser()
    neutral.voices.add_words("a", "Outlet A", sentence_text)
    neutral.voices.add_words("b", "Outlet B", "The developer said the harbour wall had cracked.")
    start = sentence_text.index("the harbour")
    attribution = Attribution(start, len(sentence_text) - 1, "The fat-cat developer", "admit", sentence)
    assert attribution_tag(attribution, parse, neutral.voices) == ", the developer admitted"


def test_a_title_set_before_a_name_is_cut_with_its_article():
    # "the head of the harbour police, Ivo Tern": the title goes, the sentence stays whole.
    text = "The mayor met Anna Velt and the head of the harbour police, Ivo Tern, on Monday."
    start = text.index("head of the harbour police")
    label = (start, start + len("head of the harbour police"), "apposition")
    neutral = Neutraliser(labels={"a": [label]})
    span = Span("a", 0, len(text), text)
    assert not neutral.loaded_inside(span)
    # round s31: the comma that closed the name's apposition goes with the title
    assert compress(text, neutral.cuts(span), 0, {}) == "The mayor met Anna Velt and Ivo Tern on Monday."


def test_a_title_set_before_a_name_goes_with_its_article_and_its_judging_word():
    # round s33: the outlet's "the disgraced Colonel" is cut whole, whichever cut reaches it first
    # (the voice cut of "disgraced" inside the label cut of "disgraced Colonel")
    text = "Residents said the disgraced Colonel Anton Ruvik ordered the raid on the depot."
    start = text.index("disgraced Colonel")
    label = (start, start + len("disgraced Colonel"), "premodifier")
    neutral = Neutraliser(labels={"a": [label]})
    span = Span("a", 0, len(text), text)
    voice_cut = (start, start + len("disgraced"))
    assert compress(text, [voice_cut] + neutral.cuts(span), 0, {}) == "Residents said Anton Ruvik ordered the raid on the depot."
    assert compress(text, neutral.cuts(span) + [voice_cut], 0, {}) == "Residents said Anton Ruvik ordered the raid on the depot."


@pytest.mark.parametrize("text, title, expected", [
    # round s41: a possessive that determines the title goes with it
    ("Nurses' union leader Halvard Osk said the generator had failed a test.", "union leader",
     "Halvard Osk said the generator had failed a test."),
    ("Workers said the regional board's chief engineer Tove Brann knew of the fault.", "chief engineer",
     "Workers said Tove Brann knew of the fault."),
    # the verb before a possessive stays
    ("Residents said Velmora's mayor Ada Lorn ignored them.", "mayor", "Residents said Ada Lorn ignored them."),
])
def test_a_title_goes_with_the_possessive_that_determines_it(text, title, expected):
    start = text.index(title)
    neutral = Neutraliser(labels={"a": [(start, start + len(title), "premodifier")]})
    span = Span("a", 0, len(text), text)
    assert compress(text, neutral.cuts(span), 0, {}) == expected



@pytest.mark.parametrize("text", [
    # parsed as a verb coordinated with "signalling"
    "The council said on Friday it backs the port's plan to dredge the Varne estuary, "
    "signalling a change in the council's stance and dismaying Greens who promised to fight it.",
    # parsed with "alarming" as a modifier of the name: still a verb (no determiner before a name)
    "The Trask administration on Monday said it backs a judge's ruling that the Varne Port Act should be struck down, "
    "signaling a shift in the Varne Council's position and alarming Greens who vowed to oppose the move.",
])
def test_a_judging_participle_ending_the_sentence_goes_with_its_conjunction(text):
    word = "dismaying" if "dismaying" in text else "alarming"
    neutral, span = voices_for(text, "The council backs the plan, a change in its position; Greens objected.", evaluative=[word])
    out = compress(text, neutral.voices.one_outlet_cuts(span, parse([text])[0]), 0, {})
    assert word not in out and "and Greens" not in out, out
    assert out.endswith("position.") or out.endswith("stance."), out


def test_a_participle_adjective_before_a_name_with_its_determiner_is_no_verb():
    text = "The ailing Pontiff Clement met the delegation from Varne on Friday."
    neutral, span = voices_for(text, "Pontiff Clement met the delegation from Varne.", evaluative=["ailing"])
    doc = parse([text])[0]
    ailing = next(t for t in doc if t.text == "ailing")
    from storylens.story.brief.voice import _coordinated_participle
    assert not _coordinated_participle(ailing)


def test_a_pronoun_speaker_is_named_by_whom_the_quotes_step_resolved():
    # round s41: "She added that all flights had been suspended" stated alone must say who added it
    from storylens.records import Quote
    from storylens.story.brief.writer import _named_speaker

    text = "Lina Corre spoke first. She added that all flights had been suspended until further notice."
    clause = "all flights had been suspended until further notice"
    start = text.index(clause)
    sentence = Span("a", text.index("She"), len(text), text[text.index("She"):])
    quotes = [Quote("q1", "lina-corre", clause, "indirect", Span("a", start, start + len(clause), clause), "Lina Corre", "added")]
    name = _named_speaker("She", start, start + len(clause), quotes)
    assert name == "Lina Corre"
    attribution = Attribution(start, start + len(clause), "She", "add", sentence, name=name)
    neutral = Neutraliser()
    neutral.voices.add_attribution("a", attribution)
    stated = Span("a", start, start + len(clause), clause)
    assert neutral.voices.dropped_attribution(stated, "All flights had been suspended until further notice.", parse) is attribution
    assert neutral.voices.dropped_attribution(stated, "Lina Corre added that all flights had been suspended.", parse) is None
    assert attribution_tag(attribution, parse) == ", Lina Corre added"
    assert _named_speaker("The ministry", start, start + len(clause), quotes) is None
