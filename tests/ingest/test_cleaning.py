import pytest

from storylens.ingest import read_inputs
from storylens.ingest.boilerplate import boilerplate_lines, is_boilerplate
from storylens.ingest.cleaning import clean_lines, join_paragraphs, strip_markdown

from conftest import article_by_file, folded


@pytest.fixture(scope="module")
def seeds_from_text(seeds_dir):
    result = read_inputs([str(seeds_dir)])
    assert not result.rejected, result.rejected
    return result.articles


def _evidence(node):
    """Every {"file", "contains"} item anywhere in a gold section."""
    if isinstance(node, dict):
        if "file" in node and "contains" in node:
            yield node
        for value in node.values():
            yield from _evidence(value)
    elif isinstance(node, list):
        for value in node:
            yield from _evidence(value)


def test_gold_boilerplate_is_gone(seeds_from_text, gold):
    for item in gold["boilerplate"]:
        text = folded(article_by_file(seeds_from_text, item["file"]).text)
        assert folded(item["contains"]) not in text, item


def test_gold_evidence_survives_cleaning(seeds_from_text, gold):
    for section, node in gold.items():
        if section == "boilerplate":
            continue
        for item in _evidence(node):
            assert folded(item["contains"]) in folded(article_by_file(seeds_from_text, item["file"]).text), (section, item)


def test_cleaned_seed_text_is_plain_and_keeps_paragraphs(seeds_from_text):
    for article in seeds_from_text:
        text = article.text
        assert "\u00a0" not in text and "\\$" not in text and "**" not in text and "](" not in text
        assert not text.startswith((" ", "\n")) and not text.endswith((" ", "\n"))
        assert text.count("\n\n") >= 5, article.source  # paragraphs, blank-line separated
        assert "\n\n\n" not in text
        # The body starts with the lead paragraph: no headline, byline or date line on top.
        assert article.title is None or not text.startswith(article.title)


def test_offsets_index_the_cleaned_text(seeds_from_text):
    # Article.text is what every later span indexes: a found string maps back exactly.
    for article in seeds_from_text:
        start = article.text.find("Prigozhin")
        assert start >= 0 and article.text[start : start + len("Prigozhin")] == "Prigozhin"


@pytest.mark.parametrize("markdown, plain", [
    ("# Headline here", "Headline here"),
    ("It cost \\$6.2 billion", "It cost $6.2 billion"),
    ("as the *Financial Times* wrote", "as the Financial Times wrote"),
    ("**[example.org/contact](https://example.org/contact)**", "example.org/contact"),
    ("5 * 3 = 15 and snake_case_name stay", "5 * 3 = 15 and snake_case_name stay"),
])
def test_strip_markdown(markdown, plain):
    assert strip_markdown(markdown)[0] == plain


@pytest.mark.parametrize("line", [
    "Follow Jane Roe on Twitter: or e-mail to: jroe@example.com",
    "Sign up for our daily newsletter",
    "COMMENTS",
    "Please let us know if you're having issues with commenting.",
    "JOHN DOE/AFP via Getty Images",
    "Photo: Jane Roe/Reuters",
    "To contact the editors, write to news@example.com",
    "example.org/contact",
    "Copyright 2023 Example Media. All rights reserved.",
    "Advertisement",
    "Home > News > Marvenia",
    "World › Europe › Politics",
])
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "The government said it would follow the plan on Twitter and elsewhere, officials confirmed in a long statement today.",
    "Comments made by the minister drew criticism from the opposition.",
    "Copyright law is changing in the European Union.",
    "He e-mailed the ministry twice.",
    "Turnout rose to > 60% in Dravel, officials said.",
    "Prices > wages: the union's slogan for the march",
])
def test_body_lines_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_caption_above_a_credit_goes_with_it_but_a_lone_caption_stays():
    lines = ["Soldiers stand on a tank in the city centre on Saturday", "JOHN DOE/AFP via Getty Images", "",
             "The president, pictured in 2020.", "", "Body paragraph."]
    assert boilerplate_lines(lines) == {0, 1}


def test_caption_a_blank_line_above_its_credit_goes_but_a_paragraph_stays():
    paragraph = " ".join(["The council met on Tuesday to discuss the new budget for the coming year."] * 3)
    lines = ["Residents walk through a flooded street", "", "JOHN DOE/AFP via Getty Images", "", paragraph, "",
             "Photo: Jane Roe/Reuters", "", "Another paragraph."]
    assert boilerplate_lines(lines) == {0, 2, 6}



def test_the_reports_last_paragraph_a_blank_line_above_a_credit_stays():
    # round s28: the last paragraph before an end-of-article credit was taken for its caption
    lines = ["The council met on Tuesday.", "", "The minister of works, Hana Dorl, will visit the site on Wednesday.", "",
             "Photo: Jane Roe / The Varden Post", "Share this article"]
    assert boilerplate_lines(lines) == {4, 5}
    lines = ["The council met on Tuesday.", "", "“We will rebuild,” the mayor said.", "", "Photo: Jane Roe/Reuters"]
    assert boilerplate_lines(lines) == {4}


def test_body_line_on_a_credit_stays_when_paragraphs_run_line_by_line():
    lines = ["First paragraph of the report.", "But the agency will not get there first, officials said.",
             "JOHN DOE/AFP/Getty Images", "Next paragraph of the report."]
    assert boilerplate_lines(lines) == {2}


def test_odd_spaces_and_single_line_paragraphs():
    lines, _ = clean_lines("First paragraph that is long enough to be a paragraph of its own in a news article, really long.\u00a0Yes, it is.\r\n"
                           "Second\u2009paragraph that is also long enough to stand alone as a paragraph in an article, and more.")
    assert join_paragraphs(lines).count("\n\n") == 1 and "\u00a0" not in join_paragraphs(lines)


def test_a_link_teaser_after_read_more_is_page_furniture():
    # round s28: "Read more: <headline>" lines became claims and quotes
    for line in ("Read more: Coal output in the Tarne valley falls for a third year", "Most read: Ferry fares rise again",
                 "Related: The strike, day by day", "See also: How the port was built"):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Read the full report: it says the mine was unsafe, the inspector told the court.")


def test_calls_to_action_are_page_furniture_but_reported_joining_is_not():
    # round s29: a call to join a union became a label ("forms at the hall") and a mention
    for line in ("Join the Dockers' League: forms at the Quay Hall", "Sign up for The Courier's morning briefing",
                 "Share on social media", "Support our journalism", "Follow the latest on our live page"):
        assert is_boilerplate(line), line
    for line in ("Join the strike, the union told its members.", "Sign up was slow on the first day, officials said.",
                 "Donations poured in from abroad"):
        assert not is_boilerplate(line), line
