"""Round s38 (issue 19): how each outlet names the event, on invented stories: a neutral
outlet's plain name with a named place, a partisan coinage, and a closing paragraph about an
earlier, different case."""

from __future__ import annotations


def _names(nlp, published, texts):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.records import Article
    from storylens.story.actors import merge_actors
    from storylens.story.context import StoryContext
    from storylens.story.framing import event_names_by_outlet

    articles = [Article(id=o, source=o, text=t, outlet=o, published=published) for o, t in texts.items()]
    context = StoryContext(list(analyze_articles(articles, nlp=nlp)))
    merge_actors(context)
    names, _, _ = event_names_by_outlet(context)
    return names


def test_a_plain_name_at_a_named_place_and_a_coinage_are_each_outlets_name(nlp):
    names = _names(nlp, "2031-03-18", {
        "Velt Wire": (
            "Inmates freed after uprising at Dunhallow\n\n"
            "Two guards were held during an uprising at Dunhallow Prison, the justice ministry said.\n\n"
            '"This revolt was a cry for help," said Mara Quill of the Prisoners\' Voice charity.'
        ),
        "Vessick Voice": (
            "Locals demand answers after the Vessick Rampage\n\n"
            "Convicts ran riot on Saturday night before police stormed the wing this morning.\n\n"
            "The rampage left the east wing in ruins."
        ),
    })
    assert names.get("Velt Wire", [])[:1] == ["uprising"], names
    assert names.get("Vessick Voice", [])[:1] == ["Vessick Rampage"], names


def test_a_closing_paragraph_about_an_earlier_case_gives_no_name(nlp):
    names = _names(nlp, "2031-10-08", {
        "Run Wire": (
            "Harrowgate winner Varn provisionally suspended\n\n"
            "Tessa Varn was provisionally suspended on Tuesday after a positive test for a banned stimulant.\n\n"
            "It is the second doping case this year. In June the board banned sprinter Ama Roke over a missed-test violation."
        ),
        "Track Daily": (
            "Varn suspended over doping violation\n\n"
            "The doping violation by Tessa Varn was confirmed on Tuesday, the board said."
        ),
    })
    assert not any("violation" in n for n in names.get("Run Wire", [])), names
    # told in its own headline and lead, the same word is that outlet's name
    assert any("violation" in n for n in names.get("Track Daily", [])), names
