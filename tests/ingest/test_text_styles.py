"""Metadata and page furniture in plain text as outlets write it, with no manifest: datelines with
credits, outlet prefixes, date and status lines, bylines in their common forms, staff credits,
ad code, captions, navigation and layout tags. Every outlet and person here is invented."""

import pytest

from storylens.ingest import read_text
from storylens.ingest.boilerplate import is_boilerplate, staff_credits
from storylens.ingest.dates import is_status_line

from .pages import PARAGRAPHS

TITLE = "Harbour authority halts night ferries after pier collision"
LEAD = ("The harbour authority suspended all night ferry crossings on Tuesday after a cargo ship struck "
        "the main pier, officials said.")
BODY = "\n\n".join([LEAD, *PARAGRAPHS])


def article(text: str):
    result = read_text(text, source="pasted.txt")
    assert not result.rejected, result.rejected
    (found,) = result.articles
    return found


def test_wire_copy_dateline_credit_and_staff_footer():
    found = article(
        f"{TITLE}\n\nPORT ELDA (Northgate Wire) - {BODY}\n\n(Reporting by Tomas Brell in Port Elda; Editing by Ines Carrow)\n"
    )
    assert (found.outlet, found.metadata_sources["outlet"]) == ("Northgate Wire", "wire_dateline")
    # The reporter signs the copy; the editor is staff, and neither is someone the report quotes.
    assert (found.author, found.metadata_sources["author"]) == ("Tomas Brell", "staff_credit")
    assert found.text.startswith("PORT ELDA — The harbour authority suspended")
    for gone in ("Northgate Wire", "Reporting by", "Tomas Brell", "Ines Carrow"):
        assert gone not in found.text
    assert found.published is None  # no date stated: none invented


@pytest.mark.parametrize("opening, outlet", [
    ("Northgate Wire - ", "Northgate Wire"),
    ("The Eastport Herald — ", "The Eastport Herald"),
    ("RIVERTON, Examplestate (AP) — ", "Associated Press"),
    ("(AFP) - ", "AFP"),
    ("PORT ELDA - ", None),  # a place dateline names no outlet
    ("Tomas Brell - ", None),  # nor does a person's name
])
def test_outlet_credits_opening_the_body(opening, outlet):
    found = article(f"{TITLE}\n\n{opening}{BODY}")
    assert found.outlet == outlet
    if outlet:
        assert found.metadata_sources["outlet"] in ("wire_dateline", "outlet_prefix")
        assert opening.split(" (")[0].split(" -")[0].split(" —")[0] not in found.text or "," in opening


def test_blog_page_pasted_with_navigation_ad_code_and_notes():
    found = article(
        "Skip to content\nSelect Page\n\n"
        f"{TITLE}\n\nWritten by Mara Lindqvist\nMarch 3rd, 2021 | 10:42 am\n2 min read\n\n"
        f'<p><span class="lead">{LEAD}</span></p>\n\n'
        'googletag.cmd.push(function() { googletag.display("div-gpt-ad-1"); });\n\n'
        + "\n\n".join(PARAGRAPHS)
        + "\n\nThis post will be updated as new information is available.\n"
    )
    assert (found.title, found.metadata_sources["title"]) == (TITLE, "text_headline")
    assert (found.author, found.metadata_sources["author"]) == ("Mara Lindqvist", "text_byline")
    assert (found.published, found.metadata_sources["published"]) == ("2021-03-03", "text_dateline")
    assert not found.published_inferred
    assert found.text.startswith(LEAD)
    for gone in ("Skip to", "Select Page", "min read", "googletag", "<span", "</p>", "will be updated"):
        assert gone not in found.text


def test_standfirst_role_byline_guardian_date_and_caption_credit():
    standfirst = "Crossings are suspended until inspectors clear the damaged pier, the authority says"
    found = article(
        f"{TITLE}\n{standfirst}\nMara Lindqvist, Transport correspondent\nWed 3 Mar 2021 18.02 GMT\n\n"
        "Crowds gather at the damaged pier on Tuesday. Photograph: Ola Brenn/Eastport Agency\n\n"
        f"{BODY}\n\nPhoto: Government\n"
    )
    assert (found.author, found.metadata_sources["author"]) == ("Mara Lindqvist", "text_name_role")
    assert (found.published, found.metadata_sources["published"]) == ("2021-03-03", "text_dateline")
    assert found.text.startswith(standfirst)  # the standfirst is the article's own summary
    for gone in ("Transport correspondent", "18.02", "Photograph", "Ola Brenn", "Photo: Government"):
        assert gone not in found.text


def test_two_writers_an_update_line_and_ad_code_in_the_body():
    found = article(
        f"{TITLE}\n\nBy Mara Lindqvist and Tomas Brell\nUpdated March 3, 2021\n\n{LEAD}\n\n"
        'document.getElementById("ad-slot").style.display = "none";\n\n'
        + "\n\n".join(PARAGRAPHS)
    )
    assert found.author == "Mara Lindqvist and Tomas Brell"
    assert (found.published, found.metadata_sources["published"]) == ("2021-03-03", "text_updated_line")
    assert "getElementById" not in found.text and "Updated" not in found.text


def test_a_publication_line_beats_an_update_line():
    found = article(f"{TITLE}\n\nBy Mara Lindqvist\nUpdated March 5, 2021\nPublished March 3, 2021\n\n{BODY}")
    assert (found.published, found.metadata_sources["published"]) == ("2021-03-03", "text_dateline")


def test_relative_publication_time_invents_no_date():
    found = article(f"{TITLE}\n\nBy Mara Lindqvist\nPublished 3 hours ago\n\n{BODY}")
    assert found.published is None and "published" not in found.metadata_sources
    assert "hours ago" not in found.text and found.text.startswith(LEAD)


def test_update_line_further_down_is_metadata_not_text():
    found = article(f"{BODY}\n\nUpdated: Wed 3 Mar 2021 18.02 GMT\n")
    assert (found.published, found.metadata_sources["published"]) == ("2021-03-03", "text_updated_line")
    assert "18.02" not in found.text


@pytest.mark.parametrize("line", [
    'googletag.cmd.push(function() { googletag.display("div-gpt-ad-1"); });',
    'document.getElementById("ad-slot").style.display = "none";',
    "window.dataLayer.push({'event': 'pageview'});",
    "});",
    "var slot = googletag.defineSlot('/1234/news', [300, 250], 'ad-1');",
    "Updated March 3, 2021",
    "Published 3 hours ago",
    "Last modified on Wed 3 Mar 2021 18.10 GMT",
    "2 min read",
    "5-minute read",
    "This post will be updated as new information is available.",
    "This is a developing story.",
    "(Reporting by Tomas Brell and Ana Veld in Port Elda; Additional reporting by Pol Vask; Editing by Ines Carrow)",
    "Writing by Mara Lindqvist; Editing by Ines Carrow",
    "Crowds gather at the damaged pier on Tuesday. Photograph: Ola Brenn/Eastport Agency",
    "The minister arrives at the port (Photo: Government)",
    "Photo: Government",
    "Photo by Ola Brenn on Unsplash",
    "Select Page",
    "Skip to main content",
    "Back to top",
])
def test_page_furniture_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Updated figures published by the authority show the ferry carried more passengers in March.",
    "Reporting by the harbour newspaper revealed that the pier had not been inspected for years.",
    "The minister said the report (published on Monday) was wrong.",
    "Officials met at 10:42 am on Tuesday and agreed to reopen the pier.",
    "Readers wrote <script>alert(1)</script> under the article.",
    "The photo showed the ship's bow against the pier, witnesses said.",
    "The council's website, harbour.example.org, listed the new times (in red).",
])
def test_report_lines_are_not_furniture(line):
    assert not is_boilerplate(line)


def test_staff_credit_names_reporters_apart_from_editors():
    credits = staff_credits("(Reporting by Tomas Brell and Ana Veld in Port Elda; Editing by Ines Carrow)")
    assert credits == {"reporting": ["Tomas Brell", "Ana Veld"], "editing": ["Ines Carrow"]}
    assert staff_credits("Reporting by the harbour newspaper revealed a gap.") is None


def test_status_lines_need_a_date_or_a_time():
    assert is_status_line("Posted 10:42 am")
    assert is_status_line("Published: 2 days ago")
    assert not is_status_line("Published research shows the pier was weak.")


def test_layout_tags_go_and_offsets_index_the_cleaned_text():
    found = article(f'{TITLE}\n\n<div class="story"><p>{LEAD}</p>\n\n' + "\n\n".join(PARAGRAPHS) + "</div>")
    assert "<" not in found.text
    start = found.text.index("cargo ship")
    assert found.text[start : start + len("cargo ship")] == "cargo ship"


def test_undated_article_stating_the_day_it_reports_gets_an_inferred_date():
    found = article(f"{LEAD} The ferry company said on Wednesday, March 3, 2021, that it would pay for the repairs.\n\n"
                    + "\n\n".join(PARAGRAPHS))
    assert (found.published, found.published_inferred) == ("2021-03-03", True)
    assert found.metadata_sources["published"] == "inferred_latest_date"


def test_a_recalled_date_or_a_wrong_weekday_dates_nothing():
    for sentence in ("The pier was first opened on March 3, 1921, a century ago.",
                     "The ferry company said on Monday, March 3, 2021, that it would pay."):  # 3 March 2021 was a Wednesday
        found = article(f"{LEAD} {sentence}\n\n" + "\n\n".join(PARAGRAPHS))
        assert found.published is None and not found.published_inferred


@pytest.mark.parametrize("line", [
    "Image source, Getty Images",
    "Image caption, Crowds gathered at the damaged pier on Tuesday",
    "Credit...Ola Brenn for The Eastport Times",
    "Facebook Twitter Email",
    "Share",
    "Listen to this article",
    "Related Topics",
    "Posted: Mar. 3, 2021 10:42 PM ET",
    "Updated 10:42 AM EST, Wed March 3, 2021",
])
def test_more_furniture_of_news_sites(line):
    assert is_boilerplate(line)


def test_a_paragraph_above_a_labelled_caption_stays():
    found = article(f"{BODY}\n\nShort paragraph of the report that stands alone here.\n\n"
                    "Image caption, Crowds gathered at the damaged pier\n\nThe pier will reopen in May, the authority said.")
    assert "Short paragraph of the report" in found.text and "Image caption" not in found.text


def test_a_byline_in_capitals_before_the_agency():
    found = article(f"{TITLE}\n\nBy MARA LINDQVIST Northgate Wire\nMar 3, 2021 / 10:42 AM / Updated 2 hours ago\n\n{BODY}")
    assert found.author == "Mara Lindqvist" and found.published == "2021-03-03"


@pytest.mark.parametrize("opening", ["Breaking News - ", "Sen. Ann Veld (R-Examplestate) — ", "(Exclusive) - "])
def test_section_labels_and_party_tags_are_not_outlets(opening):
    assert article(f"{TITLE}\n\n{opening}{BODY}").outlet is None


def test_a_byline_below_the_lead_is_metadata_and_leaves_the_text():
    found = article(f"{TITLE}\n\n{LEAD}\n\nBy Mara Lindqvist\n\n" + "\n\n".join(PARAGRAPHS))
    assert (found.author, found.metadata_sources["author"]) == ("Mara Lindqvist", "text_byline")
    assert "Mara Lindqvist" not in found.text


def test_a_sentence_starting_with_by_stays():
    found = article(f"{BODY}\n\nBy Tuesday evening the pier had been cleared, officials said.")
    assert found.author is None and "By Tuesday evening" in found.text


def test_a_yearless_weekday_date_takes_the_one_mentioned_year_that_fits():
    found = article(f"{LEAD} The ferry company said on Wednesday, March 3, that the pier, built in 1921 and "
                    "last repaired in 2019, would be rebuilt in 2021.\n\n" + "\n\n".join(PARAGRAPHS))
    assert (found.published, found.published_inferred) == ("2021-03-03", True)


@pytest.mark.parametrize("line", [
    "The report was updated in 2020 to include the pier's weak supports, the authority said.",
    "The developing story of the pier began in 1921, when the first ferries docked there.",
])
def test_news_about_updates_and_stories_stays(line):
    assert not is_boilerplate(line)


def test_photos_by_residents_is_news():
    assert not is_boilerplate("Photos by residents showed the damage to the pier on Tuesday")
    assert is_boilerplate("Photo by Ola Brenn for Eastport Agency")


def test_a_byline_with_outlet_and_date_below_a_caption_gives_author_and_date():
    found = article(f"{TITLE}\n\n{LEAD}\n\nPhoto: Ola Brenn/Eastport Agency\n\n"
                    "By Mara Lindqvist, Eastport Tribune March 3, 2021:\n\n" + "\n\n".join(PARAGRAPHS))
    assert (found.author, found.published, found.published_inferred) == ("Mara Lindqvist", "2021-03-03", False)


def test_a_copyright_line_under_the_headline_still_names_the_outlet():
    found = article(f"{TITLE}\n© Provided by Eastport Media Inc. Ola Brenn\n\n{BODY}")
    assert (found.outlet, found.metadata_sources["outlet"]) == ("Eastport Media", "copyright")
