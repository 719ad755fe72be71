"""Round s31 (issue 19): page furniture that asks the reader to act for the outlet, and a photo
credit set before its caption, leave the text; news lines of the same shape stay. Outlets,
people and places are invented."""

from __future__ import annotations

import pytest

from storylens.ingest.article import build_article
from storylens.ingest.boilerplate import is_call_to_action
from storylens.ingest.document import RawDocument

LEAD = (
    "Mill fire kills three in Dunhollow\n\n"
    "Three workers died when fire swept through the Kessler textile mill in Dunhollow on Tuesday, the fire "
    "service said. Investigators are examining the wiring of the dye room.\n\n"
)
END = "\n\nThe mill employed 240 people and had passed an inspection in March, the owners said.\n"


@pytest.mark.parametrize(
    "line",
    [
        "Support the Sentinel's independent journalism: donate from 3 crowns a month.",
        "Follow the Herald on all platforms for updates.",
        "Donate now: 25 euros buys rehydration salts for 50 patients.",
        "Read the Herald every morning for 2 dollars a week.",
        # round s32: the object through a preposition, naming the outlet's product or a periodical
        "Subscribe to Herald Pro for the latest news on Dunhollow industry.",
        "Subscribe to Coastline Monthly for long reads.",
        "Sign up for the Quarry Weekly briefing.",
    ],
)
def test_a_call_to_action_for_the_outlet_or_money_leaves_the_text(line):
    assert is_call_to_action(line, outlets=["Dunhollow Sentinel", "Harbour Herald"])
    article = build_article(RawDocument(source="a.txt", text=LEAD + line + END), outlet="Harbour Herald")
    assert line not in article.text and "240 people" in article.text


@pytest.mark.parametrize(
    "line",
    [
        "Herald readers gave 3,000 crowns to the fund.",
        "Tickets for the match cost 25 euros.",
        "Rescue teams donated 3,000 euros.",
        "Avoid the ring road until Friday.",
        "Follow the river north for two miles.",
        "Follow the Dunhollow road south to reach the mill.",
        '"Donate now: every crown counts," the mayor said.',
        "Return to Dunhollow was ordered for the night shift.",
        "Vote for the Dunhollow Party, the posters said.",
    ],
)
def test_news_lines_of_the_same_shape_stay(line):
    assert not is_call_to_action(line, outlets=["Dunhollow Sentinel", "Harbour Herald"])


@pytest.mark.parametrize(
    "photo",
    [
        "Photo: Ana Kell/City Wire. Police outside the mill on Wednesday.",
        "Photo: Ana Kell/City Wire\nPolice outside the mill on Wednesday.",
        "Picture: Ana Kell for the Dunhollow Sentinel. Police outside the mill on Wednesday.",
        "Photo: Ana Kell / City Wire. Police officers stand guard outside the burnt-out Kessler mill in Dunhollow "
        "on Wednesday morning as investigators arrive.",
    ],
)
def test_a_credit_before_its_caption_leaves_with_it(photo):
    article = build_article(RawDocument(source="a.txt", text=LEAD + photo + END))
    assert "Ana Kell" not in article.text and "Police" not in article.text
    assert "240 people" in article.text and "dye room" in article.text


def test_a_paragraph_a_blank_line_below_a_credit_stays():
    article = build_article(RawDocument(source="a.txt", text=LEAD + "Photo: Ana Kell/City Wire\n\nPolice sealed the street." + END))
    assert "Police sealed the street." in article.text and "Ana Kell" not in article.text


# Round s33: instructions to the reader that name neither the outlet nor money, and teasers for
# another story of the site, between the paragraphs of a report.
@pytest.mark.parametrize(
    "line",
    [
        "To volunteer, register at the pumping station in person or sign up on the parish website.",
        "Back local reporting: become a Marsh Ledger member",
        "Help the flood appeal: donate today",
        "Also on Fenwick Radio: Oldmere cheese fair draws record crowds",
    ],
)
def test_an_instruction_to_the_reader_or_a_teaser_leaves_the_text(line):
    article = build_article(RawDocument(source="a.txt", text=LEAD + line + END))
    assert line not in article.text and "240 people" in article.text


@pytest.mark.parametrize(
    "line",
    [
        "To date, police in Dunhollow have arrested two men over the fire.",
        "To that end, inspectors in Dunhollow closed two more mills on Wednesday.",
        "To be sure, the owners have offered the families nothing.",
        "Also on Monday: the mayor visited the families of the dead.",
        "Update: firefighters say the roof may still collapse.",
    ],
)
def test_news_lines_of_the_same_shape_stay(line):
    article = build_article(RawDocument(source="a.txt", text=LEAD + line + END))
    assert line in article.text
