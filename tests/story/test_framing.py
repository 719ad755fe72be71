"""Framing on the seeds (issue 6 "Done when") and the log-odds terms on small texts."""

from storylens.nlp.names import person_words, translit_key
from storylens.story.distinctive import content_terms, distinctive_terms, log_odds_z


def _person_key(name: str) -> tuple[str, str]:
    words = person_words(name)
    return translit_key(words[0]), translit_key(words[-1])


def _actors_named(story, name):
    first, last = _person_key(name)
    found = []
    for actor in story.actors:
        for form in [actor.name, *actor.aliases]:
            words = person_words(form)
            if not words:
                continue
            f, l = _person_key(form)
            if l == last and (f == first or len(words) == 1):
                found.append(actor)
                break
    return found


def test_gold_labels_found_for_the_right_actor_and_outlet(seed_story, gold):
    found = []
    for item in gold["labels"]:
        actors = _actors_named(seed_story, item["actor"])
        hit = any(
            label.outlet == item["outlet"] and item["label"].lower() in label.label.lower()
            for actor in actors
            for label in actor.labels
        )
        found.append(hit)
    assert sum(found) >= 8, [item["label"] for item, hit in zip(gold["labels"], found) if not hit]


def test_labels_point_at_their_text(seed_story):
    articles = {a.id: a for a in seed_story.articles}
    labels = [label for actor in seed_story.actors for label in actor.labels]
    assert labels
    for label in labels:
        assert articles[label.span.article].text[label.span.start : label.span.end] == label.span.text


def test_each_outlet_names_the_event_with_a_gold_term(seed_story, gold):
    names = seed_story.framing.event_names
    for item in gold["event_names"]:
        terms = {t.lower() for t in names.get(item["outlet"], [])}
        assert terms & {t.lower() for t in item["terms"]}, (item, names.get(item["outlet"]))


def test_framing_has_loaded_spans_and_distinctive_terms(seed_story):
    framing = seed_story.framing
    assert framing.loaded_language
    assert all(span.category for span in framing.loaded_language)
    outlets = {a.outlet for a in seed_story.articles}
    assert set(framing.distinctive_terms) == outlets
    assert any(framing.distinctive_terms.values())


def test_content_terms_drop_stop_words_and_add_bigrams():
    assert content_terms("The armed mutiny of the Wagner group") == ["armed", "mutiny", "armed mutiny", "wagner", "group", "wagner group"]


def test_log_odds_favour_the_outlet_that_uses_a_word_more():
    texts = {
        "A": ["The insurrection failed. The insurrection was crushed. Troops marched."] * 3,
        "B": ["The mutiny failed. The mutiny was crushed. Troops marched."] * 3,
    }
    terms = distinctive_terms(texts, min_z=1.0)
    assert terms["A"][0].term == "insurrection"
    assert terms["B"][0].term == "mutiny"
    assert all(t.term != "troops" for ts in terms.values() for t in ts)


def test_log_odds_are_symmetric_for_two_groups():
    from collections import Counter

    z = log_odds_z({"A": Counter({"x": 5, "y": 1}), "B": Counter({"x": 1, "y": 5})})
    assert abs(z["A"]["x"] + z["B"]["x"]) < 1e-9


# --- issue 19: what counts as an outlet's name for the event -------------------------------


def _outlet_names(nlp, texts: dict[str, str]):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.records import Article
    from storylens.story.actors import merge_actors
    from storylens.story.context import StoryContext
    from storylens.story.framing import event_names_by_outlet

    articles = [Article(id=outlet, source=outlet, text=text, outlet=outlet, published="2024-05-02") for outlet, text in texts.items()]
    context = StoryContext(list(analyze_articles(articles, nlp=nlp)))
    merge_actors(context)
    return event_names_by_outlet(context)


def test_bare_generic_words_and_rejected_names_are_not_an_outlets_names(nlp):
    names, rejected, _ = _outlet_names(
        nlp,
        {
            "Harbour Post": (
                "Northland President Ilse Marr ordered the invasion of Velmora. Marr defended the invasion on Monday. "
                "Marr called the uprising in Velmora a plot. The uprising spread."
            ),
            "Valley Herald": (
                "Ilse Marr launched what her ministry calls a rescue operation in Velmora. "
                "Marr said the so-called rescue operation would end soon. The armed uprising in Velmora went on."
            ),
        },
    )
    assert "invasion" not in names.get("Harbour Post", [])
    assert "uprising" in names["Harbour Post"]
    assert "rescue operation" not in [n.lower() for n in names.get("Valley Herald", [])]
    assert "rescue operation" in [n.lower() for n in rejected.get("Valley Herald", [])]
    assert "armed uprising" in names["Valley Herald"]


def test_a_name_reported_as_someone_elses_is_neither_the_outlets_nor_scare_quoted(nlp):
    # round s28: "which ministers call Operation X", unquoted, was listed as scare-quoted
    names, rejected, reported = _outlet_names(
        nlp,
        {
            "Coast Wire": (
                "Soldiers of Duma Tellen's government cleared the Ostvik docks on Monday, in a sweep "
                "which ministers call Operation Low Tide. The government calls its patrols Operation Low Tide."
            ),
            "Dock Voice": 'Tellen\'s soldiers raided the Ostvik docks. The raid, the so-called "Operation Low Tide", left 12 hurt.',
        },
    )
    assert reported.get("Coast Wire") == ["Operation Low Tide"]
    assert "Operation Low Tide" not in rejected.get("Coast Wire", []) + names.get("Coast Wire", [])
    assert "Operation Low Tide" in rejected["Dock Voice"] and "Dock Voice" not in reported


def test_main_actor_lookup_by_sentence_is_the_scan_of_the_articles_mentions(seed_analyses):
    """Whether a sentence names a main actor, found by bisection over the article's mentions,
    is what a scan of all its mentions (the definition) says, for every sentence of the seeds."""
    import copy

    from storylens.story.actors import merge_actors
    from storylens.story.context import StoryContext
    from storylens.story.framing import _beside_main_actor, _MentionsByStart, main_actor_ids

    context = StoryContext(copy.deepcopy(seed_analyses))
    merge_actors(context)
    main = main_actor_ids(context)
    answers = []
    for analysis in context.analyses:
        mentions = _MentionsByStart(analysis)
        for sentence in analysis.sentences:
            scanned = any(
                sentence.start <= m.span.start < sentence.end
                and context.actor_for(m.span.text, m.span.article, m.span.start) in main
                for m in analysis.mentions
            )
            assert _beside_main_actor(context, mentions, sentence, main) == scanned
            answers.append(scanned)
    assert any(answers) and not all(answers)


def test_context_spans_are_kept_out_of_loaded_language_but_reach_the_brief_as_persuasive_context():
    from storylens.records import ArticleAnalysis, Article, LoadedSpan, Span
    from storylens.story.context import StoryContext
    from storylens.story.framing import build_framing

    text = "Smoke could be seen over the depot. Troops ravaged the valley."
    article = Article(id="a1", source="a1.txt", text=text, outlet="Maren Post", published="2026-03-11")
    context_span = LoadedSpan(Span.of("a1", text, 0, 19), "Doubt", 0.11, "context")
    judged = LoadedSpan(Span.of("a1", text, 36, 61), "Loaded_Language", 0.8, "model")
    framing = build_framing(StoryContext([ArticleAnalysis(article=article, loaded_spans=[context_span, judged])]))
    assert [s.span.text for s in framing.loaded_language] == ["Troops ravaged the valley"]
    assert framing.persuasive_context == [context_span]


def test_a_quoted_loaded_span_is_given_the_speaker_of_its_quotation():
    # round s29: whose words a loaded span is, resolved to the story's actor for the speaker
    from storylens.records import ArticleAnalysis, Article, LoadedSpan, Mention, Quote, Span
    from storylens.story.context import StoryContext
    from storylens.story.framing import build_framing

    text = '"They are cowardly butchers," said Pavel Dunst. The yard stayed shut.'
    article = Article(id="a1", source="a1.txt", text=text, outlet="Maren Post", published="2026-03-11")
    start = text.index("cowardly")
    loaded = LoadedSpan(Span.of("a1", text, start, start + len("cowardly butchers")), "Name_Calling,Labeling", 0.4, "model", voice="quoted", speaker_text="Pavel Dunst")
    quote = Quote("q1", "p1", "They are cowardly butchers,", "direct", Span.of("a1", text, 0, 29), speaker_text="Pavel Dunst")
    mention = Mention(Span.of("a1", text, text.index("Pavel"), text.index("Pavel") + len("Pavel Dunst")), "PERSON")
    analysis = ArticleAnalysis(article=article, loaded_spans=[loaded], quotes=[quote], mentions=[mention])
    framing = build_framing(StoryContext([analysis]))
    assert [(s.voice, s.speaker, s.speaker_text) for s in framing.loaded_language] == [("quoted", "p1", "Pavel Dunst")]


def test_a_generic_event_noun_the_outlet_judges_is_its_name_for_the_event(nlp):
    # round s31: a partisan outlet's "botched raid", written once, was dropped as a generic name
    names, _, _ = _outlet_names(
        nlp,
        {
            "Quay Voice": "Ostvik police chief Arno Vell led the militia's botched raid on the Tallow depot, which left nine dead.",
            "Coast Wire": "Police under Arno Vell besieged the Tallow depot for two days. The siege ended on Friday with nine dead.",
        },
    )
    assert "botched raid" in names["Quay Voice"]
    assert "siege" in names["Coast Wire"]


def test_a_body_named_for_a_crisis_and_an_unrelated_march_are_no_event_names(nlp):
    # round s32: "the Emergency Crisis Centre" gave "Crisis Centre", and a march the story does
    # not turn on was listed; the competing names of the mutiny stay
    names, _, _ = _outlet_names(
        nlp,
        {
            "Vale Patriot": (
                "The failed mutiny by the river guards was crushed on Wednesday, the Emergency Crisis Centre said. "
                "A protest march through Dunmere was called off."
            ),
            "Vale Wire": (
                "The guards' attempted mutiny on Wednesday was put down within hours, the Emergency Crisis Centre said. "
                "A planned march by farmers was postponed."
            ),
        },
    )
    assert "failed mutiny" in names["Vale Patriot"] and "attempted mutiny" in names["Vale Wire"], names
    listed = [term.lower() for terms in names.values() for term in terms]
    assert not any("centre" in term or "march" in term for term in listed), names


def test_a_place_and_a_happening_noun_written_by_two_outlets_is_their_name_for_the_event(nlp):
    # round s33: "the Dravo disaster" kind of name (place + a noun WordNet reads as a happening) was
    # not found, and event_names was empty; a plain "the disaster" is still no name
    names, _, _ = _outlet_names(
        nlp,
        {
            "Selne Courier": (
                "Divers searched the river in Harrow on Monday, two days after the Harrow disaster. "
                "Four people died when the viaduct gave way."
            ),
            "Selne Wire": (
                "The Harrow disaster has prompted checks on every viaduct in the province. "
                "The disaster killed four people, the roads agency said."
            ),
        },
    )
    assert "Harrow disaster" in names.get("Selne Courier", []) and "Harrow disaster" in names.get("Selne Wire", []), names
    assert "disaster" not in [term.lower() for terms in names.values() for term in terms], names


def test_a_place_before_a_generic_event_noun_is_the_outlets_name_for_the_event(nlp):
    # round s34: "the Tamsby incident" (a generic lexicon noun after a place) was dropped as a
    # generic name written beside no main actor; a bare "the war" is still no name
    names, _, _ = _outlet_names(
        nlp,
        {
            "Kessa Post": (
                "Investigators reached the Tamsby runway on Monday, a day after the Tamsby incident. "
                "The war has left the region short of pilots."
            ),
            "Kessa Wire": (
                "The airline grounded two aircraft after the Tamsby incident, a spokeswoman said. "
                "Nobody was hurt."
            ),
        },
    )
    assert "Tamsby incident" in names.get("Kessa Post", []) and "Tamsby incident" in names.get("Kessa Wire", []), names
    assert "war" not in [term.lower() for terms in names.values() for term in terms], names


def test_plain_report_spans_are_neither_loaded_language_nor_persuasive_context():
    # round s33: a tagger span in a sentence that reports plainly claims no technique
    from storylens.records import ArticleAnalysis, Article, LoadedSpan, Span
    from storylens.story.context import StoryContext
    from storylens.story.framing import build_framing

    text = "Ms Ravik, 41, is a senior editor at the weekly. Troops ravaged the valley."
    article = Article(id="a1", source="a1.txt", text=text, outlet="Selne Courier", published="2026-03-11")
    plain = LoadedSpan(Span.of("a1", text, 19, 46), "Doubt", 0.2, "plain")
    judged = LoadedSpan(Span.of("a1", text, 48, 73), "Loaded_Language", 0.8, "model")
    framing = build_framing(StoryContext([ArticleAnalysis(article=article, loaded_spans=[plain, judged])]))
    assert not plain.shows_words and judged.shows_words
    assert [s.span.text for s in framing.loaded_language] == ["Troops ravaged the valley"]
    assert framing.persuasive_context == []


def test_a_crime_or_a_riot_is_named_as_a_mutiny_is(nlp):
    # round s35: the event lexicon held political and military events only, so a robbery told by
    # three outlets gave no outlet a name for the event, and "the Corvell Depot Robbery" was an
    # organisation among the actors; a person whose surname is such a word stays a person
    from storylens.nlp.pipeline import analyze_articles
    from storylens.records import Article
    from storylens.story.actors import merge_actors
    from storylens.story.context import StoryContext
    from storylens.story.framing import event_names_by_outlet

    texts = {
        "Brisk Courier": (
            "Police are still hunting the gang behind the Corvell Depot Robbery. "
            "The robbery took under six minutes, detective Lena Heist said."
        ),
        "Brisk Wire": "Four men were arrested on Friday over the theft of 4 million crowns from the Corvell depot.",
        "Brisk Voice": "The heist exposed how little the government spends on policing, the Voice can reveal.",
    }
    articles = [Article(id=o, source=o, text=t, outlet=o, published="2024-05-02") for o, t in texts.items()]
    context = StoryContext(list(analyze_articles(articles, nlp=nlp)))
    merge_actors(context)
    names, _, _ = event_names_by_outlet(context)
    assert "robbery" in [n.lower() for n in names.get("Brisk Courier", [])], names
    assert "theft" in names.get("Brisk Wire", []) and "heist" in names.get("Brisk Voice", []), names
    actor_names = {a.name for a in context.actors}
    assert not any("Robbery" in name for name in actor_names), actor_names
    assert any(a.name == "Lena Heist" and a.type == "PERSON" for a in context.actors), actor_names
