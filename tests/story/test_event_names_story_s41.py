"""Round s41 (issue 19): the families' name an outlet reports ("in what families are already
calling the Great Brindle Giveaway") is listed as reported. Invented story."""

from __future__ import annotations


def test_a_name_families_are_calling_the_happening_is_reported(nlp):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.records import Article
    from storylens.story.actors import merge_actors
    from storylens.story.context import StoryContext
    from storylens.story.framing import event_names_by_outlet

    texts = {
        "Kell Wire": "Dozens of otters were found dead on the Orlen river on Monday, in what families are already "
                     "calling the Great Brindle Giveaway.",
    }
    articles = [Article(id=o, source=o, text=t, outlet=o, published="2038-05-06") for o, t in texts.items()]
    context = StoryContext(list(analyze_articles(articles, nlp=nlp)))
    merge_actors(context)
    names, _, reported = event_names_by_outlet(context)
    assert reported == {"Kell Wire": ["Great Brindle Giveaway"]}
