"""The pair scorer's reading of who did what to whom in two claims (round s30)."""

from storylens.records import ClaimMention, EventArgument, Span
from storylens.story.claim_conflicts import MentionInStory
from storylens.story.claim_linker import happening_of_claim
from storylens.story.happenings import agents_agree, agents_differ, patients_agree, predicates_related


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
    other = _located("b", "Dremmel's stoppage was stopped by the miners' union.", "stop",
                     [("patient", "stoppage", "Dremmel's stoppage"), ("agent", "union", "the miners' union")],
                     {"Dremmel": "actor:dremmel"})
    a, b = happening_of_claim(one), happening_of_claim(other)
    assert a.agents[0].actors == {"actor:union"}
    assert b.patients[0].actors == {"actor:dremmel"}
    assert predicates_related(a.predicate, b.predicate)  # "halt" / "stop": one WordNet sense
    assert patients_agree(a, b)  # both name Dremmel
    assert agents_agree(a, b)  # "union" in both phrases


def test_other_doers_of_one_act_differ():
    one = _located("a", "Police arrested two dockers.", "arrest",
                   [("agent", "police", "Police"), ("patient", "docker", "two dockers")], {})
    other = _located("b", "Striking crane drivers arrested nobody.", "arrest",
                     [("agent", "driver", "Striking crane drivers"), ("patient", "nobody", "nobody")], {})
    assert agents_differ(happening_of_claim(one), happening_of_claim(other))
