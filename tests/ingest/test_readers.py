import gzip
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storylens.ingest import read_inputs, read_text

from .pages import PARAGRAPHS, news_page, plain_article


def only_article(result):
    assert not result.rejected, result.rejected
    assert len(result.articles) == 1
    return result.articles[0]


def test_txt_reader_takes_header_as_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(plain_article(), encoding="utf-8")
    article = only_article(read_inputs([str(tmp_path / "a.txt")]))
    assert article.title == "Council approves transport budget"
    assert article.author == "Jane Roe"
    assert article.published == "2023-06-24"
    assert article.text.startswith(PARAGRAPHS[0])
    assert "\n\n" in article.text


def test_markdown_reader_strips_markup(tmp_path):
    text = "# A headline in markdown\n\nJane Roe  \n27 June 2023\n\n" + "\n\n".join(
        [PARAGRAPHS[0].replace("public", "*public*"), PARAGRAPHS[1] + " It cost \\$5 million.", PARAGRAPHS[2]])
    (tmp_path / "a.md").write_text(text + "\n\n**[example.org/contact](https://example.org/contact)**\n")
    article = only_article(read_inputs([str(tmp_path)]))
    assert article.title == "A headline in markdown"
    assert article.metadata_sources["title"] == "markdown_heading"
    assert (article.author, article.published) == ("Jane Roe", "2023-06-27")
    assert "*" not in article.text and "\\$" not in article.text and "$5 million" in article.text
    assert "example.org" not in article.text


def test_html_reader_drops_scripts_and_page_chrome(tmp_path):
    (tmp_path / "page.html").write_text(news_page())
    article = only_article(read_inputs([str(tmp_path / "page.html")]))
    assert "MUST-NOT-LEAK" not in article.text
    assert "Most read" not in article.text and "Privacy" not in article.text
    assert all(p in article.text for p in PARAGRAPHS)
    assert article.title.startswith("Council approves transport budget")
    assert article.outlet == "The Example Herald"
    assert article.published == "2023-06-24"


def test_txt_that_is_really_html_is_read_as_html(tmp_path):
    (tmp_path / "saved.txt").write_text(news_page())
    article = only_article(read_inputs([str(tmp_path / "saved.txt")]))
    assert "MUST-NOT-LEAK" not in article.text and "<p>" not in article.text


def test_read_text_reads_an_uploaded_page_and_plain_text():
    assert "MUST-NOT-LEAK" not in only_article(read_text(news_page(), source="upload.html")).text
    article = only_article(read_text("\n\n".join(PARAGRAPHS), source="upload", outlet="Example Daily"))
    assert article.outlet == "Example Daily" and article.metadata_sources["outlet"] == "given"


def test_json_and_jsonl_readers(tmp_path):
    record = {"title": "Budget passes", "body": "\n\n".join(PARAGRAPHS), "author": ["Jane Roe"],
              "date": "2023-06-24T10:00:00Z", "url": "https://www.theguardian.com/world/2023/jun/24/budget"}
    (tmp_path / "one.json").write_text(json.dumps(record))
    article = only_article(read_inputs([str(tmp_path / "one.json")]))
    assert (article.title, article.author, article.published) == ("Budget passes", "Jane Roe", "2023-06-24")
    assert article.outlet == "The Guardian" and article.metadata_sources["outlet"] == "url_domain"

    other = dict(record, body=" ".join(reversed(PARAGRAPHS)) + " A second, different report.", outlet="Example Daily")
    lines = [json.dumps(record), json.dumps({"title": "no text here"}), json.dumps(other)]
    (tmp_path / "many.jsonl").write_text("\n".join(lines))
    result = read_inputs([str(tmp_path / "many.jsonl")])
    assert [a.source.rsplit("#", 1)[1] for a in result.articles] == ["1", "3"]
    assert result.articles[1].outlet == "Example Daily"
    assert [r.source.rsplit("#", 1)[1] for r in result.rejected] == ["2"]


def test_gzipped_inputs(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(plain_article().encode()))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(news_page(paragraphs=PARAGRAPHS[::-1]).encode()))
    result = read_inputs([str(tmp_path)])
    assert not result.rejected and len(result.articles) == 2


def test_same_body_from_html_and_text_is_one_article(tmp_path):
    # Cleaning brings both formats to the same text, hence the same id.
    (tmp_path / "a.txt").write_text(plain_article())
    (tmp_path / "b.html").write_text(news_page())
    result = read_inputs([str(tmp_path)])
    assert len(result.articles) == 1
    assert result.rejected[0].reason.startswith("duplicate of ") and result.rejected[0].reason.endswith("a.txt")


def _warc(path, pages):
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
        request = writer.create_warc_record("https://www.reuters.com/x", "request", payload=io.BytesIO(b"GET /x"))
        writer.write_record(request)


def test_warc_reader_reads_html_responses(tmp_path):
    _warc(tmp_path / "crawl.warc.gz", [("https://www.reuters.com/world/budget-2023-06-24/", news_page())])
    article = only_article(read_inputs([str(tmp_path / "crawl.warc.gz")]))
    assert article.url == "https://www.reuters.com/world/budget-2023-06-24/"
    assert article.source.endswith("#https://www.reuters.com/world/budget-2023-06-24/")
    assert "MUST-NOT-LEAK" not in article.text and PARAGRAPHS[1] in article.text


def test_rss_reader_with_full_text_and_linked_local_file(tmp_path):
    (tmp_path / "local.txt").write_text("\n\n".join(PARAGRAPHS[::-1]))
    content = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<script>alert('MUST-NOT-LEAK')</script>"
    feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Daily</title><link>https://example-daily.com/</link><description>News</description>
<item><title>Budget passes</title><link>https://example-daily.com/budget</link><author>jane@example-daily.com (Jane Roe)</author>
<pubDate>Sat, 24 Jun 2023 10:00:00 GMT</pubDate><content:encoded><![CDATA[{content}]]></content:encoded></item>
<item><title>Budget, the local copy</title><link>local.txt</link><pubDate>Sun, 25 Jun 2023 08:00:00 GMT</pubDate></item>
</channel></rss>"""
    (tmp_path / "feed.rss").write_text(feed)
    result = read_inputs([str(tmp_path / "feed.rss")])
    assert not result.rejected, result.rejected
    first, second = result.articles
    assert (first.title, first.outlet, first.published) == ("Budget passes", "Example Daily", "2023-06-24")
    assert first.author == "Jane Roe"
    assert first.url == "https://example-daily.com/budget" and "MUST-NOT-LEAK" not in first.text
    assert PARAGRAPHS[0] in first.text
    assert second.source.endswith("local.txt") and second.title == "Budget, the local copy"
    assert second.published == "2023-06-25"


def test_atom_feed(tmp_path):
    entry = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    feed = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Example Wire</title><id>urn:x</id><updated>2023-06-24T00:00:00Z</updated>
<entry><title>Budget passes</title><id>urn:1</id><updated>2023-06-24T10:00:00Z</updated>
<author><name>Jane Roe</name></author><content type="html"><![CDATA[{entry}]]></content></entry></feed>"""
    (tmp_path / "wire.atom").write_text(feed)
    article = only_article(read_inputs([str(tmp_path / "wire.atom")]))
    assert (article.author, article.outlet, article.published) == ("Jane Roe", "Example Wire", "2023-06-24")


def test_globs_and_folders_are_expanded_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(plain_article())
    (tmp_path / "notes.csv").write_text("not,an,article\n")
    result = read_inputs([str(tmp_path), str(tmp_path / "**" / "*.txt")])
    assert len(result.articles) == 1 and not result.rejected


def test_short_lead_of_a_page_is_not_taken_for_its_headline(tmp_path):
    lead = "Officials say the plan could take years"
    (tmp_path / "page.html").write_text(news_page(paragraphs=[lead] + PARAGRAPHS))
    article = only_article(read_inputs([str(tmp_path / "page.html")]))
    assert article.title.startswith("Council approves") and article.text.startswith(lead)


def test_url_inputs_go_through_the_same_readers(monkeypatch):
    import storylens.ingest as ingest

    pages = {"https://www.bbc.com/news/world-1": news_page().encode(), "https://example.com/broken": b"\x00\x01"}
    monkeypatch.setattr(ingest, "fetch", lambda url, max_bytes, **_: pages[url])
    result = read_inputs(list(pages))
    (article,) = result.articles
    assert article.url == "https://www.bbc.com/news/world-1" and "MUST-NOT-LEAK" not in article.text
    assert [r.source for r in result.rejected] == ["https://example.com/broken"]


def test_json_body_as_paragraph_lists_and_source_codes(tmp_path):
    records = [
        {"source": "nyt", "title": "Budget passes", "body-paragraphs": [[PARAGRAPHS[0]], [PARAGRAPHS[1], PARAGRAPHS[2]]]},
        {"source": "xyz", "url": "https://www.foxnews.com/politics/budget", "paragraphs": PARAGRAPHS[::-1]},
    ]
    (tmp_path / "set.json").write_text(json.dumps(records))
    first, second = read_inputs([str(tmp_path / "set.json")]).articles
    assert first.text == PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + " " + PARAGRAPHS[2]
    assert first.outlet == "The New York Times"
    assert second.outlet == "Fox News" and second.metadata_sources["outlet"] == "url_domain"
