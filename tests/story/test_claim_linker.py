"""The pair scorer's reading of who did what to whom in two claims (round s30)."""

from storylens.records import ClaimMention, EventArgument, Span
from storylens.story.claim_conflicts import MentionInStory
from storylens.story.claim_linker import happening_of_claim
from storylens.story.happenings import same_happening


def _located(article, text, predicate, arguments, actor_of_name):
    """A claim of ``text`` whose arguments are (role, head lemma, phrase) read off the text."""
    spans = []
    for role, head, phrase in arguments:
        start = text.index(phrase)
        spans.append(EventArgument(role, head, Span.of(article, text, start, start + len(phrase))))
    mention = ClaimMention(sentence=Span.of(article, text, 0, len(text)), text=text, predicate=predicate,
                           actors=list(actor_of_name), arguments=spans)
    return MentionInStory(mention=mention, span=mention.sentence, outlet=article, published="2024-03-02",
                          source_key=article, actor_of_name=actor_of_name)


def test_participants_name_the_story_actors_after_merging():
    one = _located("a", "The Salt Union halted the strike at Dremmel.", "halt",
                   [("agent", "union", "The Salt Union"), ("patient", "strike", "the strike at Dremmel")],
                   {"The Salt Union": "actor:union", "Dremmel": "actor:dremmel"})
    other = _located("b", "The Dremmel stoppage was stopped by the Salt Union.", "stop",
                     [("patient", "stoppage", "The Dremmel stoppage"), ("agent", "union", "the Salt Union")],
                     {"Dremmel": "actor:dremmel", "Salt Union": "actor:union"})
    a, b = happening_of_claim(one), happening_of_claim(other)
    assert a.agents[0].actors == {"actor:union"}
    assert b.patients[0].actors == {"actor:dremmel"}
    # "halt" / "stop" name one act (a shared WordNet sense), done by one union to one stoppage
    assert same_happening(a, b, across_articles=True)


def test_one_act_by_other_doers_or_to_other_things_is_another_happening():
    arrested = _located("a", "Police arrested two dockers at the quay.", "arrest",
                        [("agent", "police", "Police"), ("patient", "docker", "two dockers")], {})
    by_strikers = _located("b", "Striking crane drivers arrested a ship's mate.", "arrest",
                           [("agent", "driver", "Striking crane drivers"), ("patient", "mate", "a ship's mate")], {})
    other_act = _located("c", "Police questioned a harbour pilot.", "question",
                         [("agent", "police", "Police"), ("patient", "pilot", "a harbour pilot")], {})
    a = happening_of_claim(arrested)
    assert not same_happening(a, happening_of_claim(by_strikers), across_articles=True)
    assert not same_happening(a, happening_of_claim(other_act), across_articles=True)
