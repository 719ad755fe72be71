from datetime import date

import pytest

from storylens.ingest import read_inputs
from storylens.ingest.dates import latest_referenced_date, parse_date_line
from storylens.ingest.metadata import outlet_from_text, read_header
from storylens.ingest.outlets import outlet_for_domain

from conftest import article_by_file
from .pages import PARAGRAPHS, plain_article


@pytest.fixture(scope="module")
def seeds_from_text(seeds_dir):
    return read_inputs([str(seeds_dir)]).articles


def test_metadata_from_text_matches_gold(seeds_from_text, gold):
    for expected in gold["metadata_from_text"]:
        article = article_by_file(seeds_from_text, expected["file"])
        for name in ("title", "author", "published", "outlet"):
            if name in expected:
                assert getattr(article, name) == expected[name], (expected["file"], name)
                assert article.metadata_sources[name] != "manifest"


def test_no_invented_metadata_without_header(seeds_from_text, gold):
    for expected in gold["metadata_from_text"]:
        if set(expected) <= {"file", "note"}:
            article = article_by_file(seeds_from_text, expected["file"])
            assert article.title is None and article.author is None
            assert article.published is None or article.published_inferred


def test_manifest_overrides_text(seeds_dir, gold):
    result = read_inputs([str(seeds_dir)], manifest=seeds_dir / "manifest.csv")
    articles = result.articles
    assert len(articles) == 5 and not result.rejected  # gold.json and the manifest are not articles
    for article in articles:
        assert article.outlet and article.published and not article.published_inferred
        assert article.metadata_sources["outlet"] == "manifest"


def test_partial_manifest(tmp_path):
    (tmp_path / "a.txt").write_text(plain_article())
    (tmp_path / "manifest.csv").write_text("file,outlet\na.txt,Example Daily\n")
    (article,) = read_inputs([str(tmp_path)], manifest=tmp_path / "manifest.csv").articles
    assert article.outlet == "Example Daily" and article.metadata_sources["outlet"] == "manifest"
    assert article.author == "Jane Roe" and article.metadata_sources["author"] == "text_byline"


@pytest.mark.parametrize("line, value", [
    ("June 28, 2023", date(2023, 6, 28)), ("27 June 2023", date(2023, 6, 27)),
    ("2023-06-24", date(2023, 6, 24)), ("Published: Monday, 26 Jun. 2023, 10:32 AM EDT", date(2023, 6, 26)),
    ("Updated 2023-06-24T10:00:00Z", date(2023, 6, 24)), ("24/06/2023", date(2023, 6, 24)),
    ("The vote was on June 28, 2023.", None), ("06/07/2023", None),
])
def test_date_lines(line, value):
    assert parse_date_line(line) == value


@pytest.mark.parametrize("header, author, published", [
    ("Headline of a report\n\nBy JANE ROE, Associated Press\nJune 28, 2023", "Jane Roe", date(2023, 6, 28)),
    ("Headline of a report\n\nJane Roe 10 July 2023", "Jane Roe", date(2023, 7, 10)),
    ("Headline of a report\n\nJane Roe\n10 July 2023", "Jane Roe", date(2023, 7, 10)),
    ("Headline of a report\n\nPosted on 10 July 2023", None, date(2023, 7, 10)),
])
def test_header_forms(header, author, published):
    found = read_header((header + "\n\n" + PARAGRAPHS[0]).split("\n"))
    assert (found.title, found.author, found.published) == ("Headline of a report", author, published)


def test_first_paragraph_is_not_a_headline():
    found = read_header([PARAGRAPHS[0], "", PARAGRAPHS[1]])
    assert found.title is None and not found.header_lines


@pytest.mark.parametrize("lines, outlet, method", [
    (["Body.", "To contact the WSWS and the Socialist Equality Party visit:", "wsws.org/contact"], "World Socialist Web Site", "signature"),
    (["Body.", "Follow Jane Roe on Twitter or e-mail to: jroe@breitbart.com"], "Breitbart", "email_domain"),
    (["Body.", "Follow Jane Roe on Twitter or e-mail to: jroe@some-local-paper.com"], "Some Local Paper", "email_domain"),
    (["Body.", "© 2023 Example Media Group. All rights reserved."], "Example Media Group", "copyright"),
    (["This article was originally published on The Conversation and is republished here.", "Body."], "The Conversation", "self_reference"),
    (["Body.", "Reach the author at jane@gmail.com"], None, None),
    (["KYIV, Ukraine (AP) — Officials said on Monday that the talks would resume.", "Body."], "Associated Press", "wire_dateline"),
])
def test_outlet_from_text(lines, outlet, method):
    assert outlet_from_text(lines, signature_lines=set(range(1, len(lines)))) == (outlet, method)


def test_outlet_for_domain():
    assert outlet_for_domain("www.nytimes.com") == "The New York Times"
    assert outlet_for_domain("edition.cnn.com") == "CNN"
    assert outlet_for_domain("news.example.co.uk") == "Example"
    assert outlet_for_domain("gmail.com") is None


def test_published_inferred_from_latest_referenced_date(tmp_path):
    text = " ".join(PARAGRAPHS) + " The first vote was on June 20, 2023, and the final one on June 26."
    (tmp_path / "a.txt").write_text(text)
    (article,) = read_inputs([str(tmp_path)]).articles
    assert (article.published, article.published_inferred) == ("2023-06-26", True)
    assert article.metadata_sources["published"] == "inferred_latest_date"
    assert latest_referenced_date("It happened on June 26 and again in May.") is None  # no year: unknown
    # A full date alone usually recalls the past: not taken as the publication date.
    assert latest_referenced_date("The attack on Sept. 11, 2012, killed four Americans.") is None


def test_missing_or_malformed_manifest_is_a_clear_error(tmp_path):
    from storylens.errors import StorylensError

    (tmp_path / "a.txt").write_text(plain_article())
    with pytest.raises(StorylensError, match="Cannot read the manifest"):
        read_inputs([tmp_path], manifest=tmp_path / "missing.csv")
    (tmp_path / "bad.csv").write_text("name,outlet\na.txt,X\n")
    with pytest.raises(StorylensError, match="'file' column"):
        read_inputs([tmp_path], manifest=tmp_path / "bad.csv")


def test_a_date_announced_as_coming_never_dates_an_article(tmp_path):
    """Round s33: an undated report with a schedule line ("Next council meeting: ...") was dated
    from that line, a day after everything it reports."""
    report = ("The river Aske burst its banks at Oldmere on Monday, June 23, 2031, flooding forty homes. "
              "Volunteers filled sandbags through the night.")
    for coming in ("Next council meeting: Thursday, July 3", "Next council meeting: Thursday 3 July 2031",
                   "The council will vote on the repairs on Thursday, July 3."):
        assert latest_referenced_date(report + "\n\n" + coming) == date(2031, 6, 23)
        (tmp_path / "a.txt").write_text(" ".join(PARAGRAPHS) + "\n\n" + report + "\n\n" + coming + "\n")
        (article,) = read_inputs([str(tmp_path)]).articles
        assert (article.published, article.published_inferred) == ("2031-06-23", True)
    # the future of reported speech leaves the day of saying
    assert latest_referenced_date("The mayor said on Monday, June 23, 2031, that the bridge will reopen.") == date(2031, 6, 23)
    assert latest_referenced_date("Next council meeting: Thursday, July 3, 2031") is None
