"""Hostile and broken inputs, generated here: each is rejected by name with its reason and the
rest of the batch is read."""

import gzip
import io
import json

import pytest

from storylens.errors import InputRejected, Reasons
from storylens.ingest import gunzip, read_inputs, read_text
from storylens.ingest.article import MIN_WORDS

from .pages import PARAGRAPHS, plain_article


def names(result):
    return {r.source.rsplit("/", 1)[-1]: r.reason for r in result.rejected}


def test_gzip_bomb_stops_at_the_limit(tmp_path):
    limit = 200_000
    bomb = gzip.compress(b"words and more words " * 500_000)  # 10 MB of text in a few kB
    assert len(bomb) < limit // 5
    (tmp_path / "bomb.txt.gz").write_bytes(bomb)
    (tmp_path / "good.txt.gz").write_bytes(gzip.compress(plain_article().encode()))
    result = read_inputs([str(tmp_path)], max_bytes=limit)
    assert names(result) == {"bomb.txt.gz": Reasons.TOO_LARGE_UNPACKED.format(limit="200,000")}
    assert [a.source.rsplit("/", 1)[-1] for a in result.articles] == ["good.txt.gz"]


def test_gunzip_reads_a_stream_and_names_the_input():
    packed = gzip.compress(b"x" * 5000)
    assert gunzip(io.BytesIO(packed), source="upload.gz", max_bytes=5000) == b"x" * 5000
    with pytest.raises(InputRejected) as refused:
        gunzip(io.BytesIO(packed), source="upload.gz", max_bytes=4999)
    assert str(refused.value) == "upload.gz: too large: over 4,999 bytes once decompressed"
    with pytest.raises(InputRejected, match="broken gzip data"):
        gunzip(packed[: len(packed) // 2], source="cut.gz", max_bytes=5000)


def test_one_malformed_json_line_costs_only_itself(tmp_path):
    good = json.dumps({"title": "Ferries halted", "text": "\n\n".join(PARAGRAPHS)})
    other = json.dumps({"text": "\n\n".join(reversed(PARAGRAPHS)) + " The pier reopened later."})
    (tmp_path / "feed.jsonl").write_text(f'{good}\n{{"text": "cut off\n{other}\n')
    result = read_inputs([str(tmp_path / "feed.jsonl")])
    assert [a.source.rsplit("/", 1)[-1] for a in result.articles] == ["feed.jsonl#1", "feed.jsonl#3"]
    (rejected,) = result.rejected
    assert f"{rejected.source.rsplit('/', 1)[-1]}: {rejected.reason}" == (
        "feed.jsonl#2: not valid JSON (Unterminated string starting at: line 2, column 10)"
    )


def test_broken_json_file_names_its_line(tmp_path):
    (tmp_path / "one.json").write_text('{\n  "title": "A",\n  "text": "cut off\n}\n')
    assert names(read_inputs([str(tmp_path / "one.json")]))["one.json"].startswith("not valid JSON (Invalid control character at: line 3")


def _warc(records: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n in range(records):
        body = "".join(f"<p>{p} Record {n}.</p>" for p in PARAGRAPHS)
        page = f"<html><head><title>Report {n}</title></head><body><article>{body}</article></body></html>".encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://news.example.org/{n}", "response",
                                                      payload=io.BytesIO(page), http_headers=http))
    return buffer.getvalue()


def test_truncated_warc_record_is_rejected_by_name(tmp_path):
    data = _warc(2)
    (tmp_path / "crawl.warc.gz").write_bytes(data[: len(data) - 150])  # the download stopped early
    result = read_inputs([str(tmp_path / "crawl.warc.gz")])
    assert [a.source.rsplit("#", 1)[-1] for a in result.articles] == ["http://news.example.org/0"]
    (rejected,) = result.rejected
    assert rejected.source.endswith("crawl.warc.gz#http://news.example.org/1")
    assert rejected.reason.startswith("truncated: the archive ends")


def test_whole_warc_is_read(tmp_path):
    (tmp_path / "crawl.warc.gz").write_bytes(_warc(2))
    result = read_inputs([str(tmp_path / "crawl.warc.gz")])
    assert len(result.articles) == 2 and not result.rejected


@pytest.mark.parametrize("text", [
    "q",
    "&lol9;",
    "Ferry times change on Monday; see the notice at the pier for details.",
])
def test_notes_and_leftovers_are_too_short(text):
    result = read_text(text, source="note.txt")
    assert not result.articles
    words = len(text.replace("&", " ").replace(";", " ").split()) if text != "&lol9;" else 1
    assert result.rejected[0].reason == Reasons.TOO_SHORT.format(minimum=MIN_WORDS, words=words)


def test_entity_bomb_feed_leaves_nothing_to_analyse(tmp_path):
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10}">' for i in range(1, 10)
    )
    (tmp_path / "bomb.xml").write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>x</title><description>&lol9;</description></item></channel></rss>"
    )
    result = read_inputs([str(tmp_path / "bomb.xml")])
    assert not result.articles and result.rejected[0].reason.startswith("too short to analyse")


def test_a_short_report_over_the_minimum_is_kept():
    text = " ".join(PARAGRAPHS[:1] * 2)
    assert len(text.split()) >= MIN_WORDS and read_text(text, source="brief.txt").articles
