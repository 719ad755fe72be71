import pytest

from storylens.errors import Reasons
from storylens.ingest import read_inputs

from .pages import PARAGRAPHS, news_page, plain_article

FRENCH = ("Le conseil municipal a voté mardi un nouveau budget qui augmente les dépenses consacrées aux "
          "transports publics d'un cinquième, après des mois de débat sur la manière de financer les "
          "réparations dont le réseau a besoin. Les partisans du projet ont déclaré que l'argent réduirait "
          "les temps d'attente des bus et des tramways.")


@pytest.fixture
def batch(tmp_path):
    (tmp_path / "good.txt").write_text(plain_article())
    (tmp_path / "empty.txt").write_text("  \n\n ")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "garbled.txt").write_bytes(bytes(range(0x80, 0x100)) * 20 + b" some ascii words")
    (tmp_path / "french.txt").write_text(FRENCH)
    (tmp_path / "bad.json").write_text('{"text": "unterminated')
    (tmp_path / "only-markup.html").write_text("<html><body><script>var x = 1;</script></body></html>")
    return tmp_path


def reasons(result):
    return {r.source.rsplit("/", 1)[-1]: r.reason for r in result.rejected}


def test_each_bad_input_is_rejected_with_its_reason_and_the_rest_is_read(batch):
    result = read_inputs([str(batch), str(batch / "missing.txt")])
    assert [a.source.rsplit("/", 1)[-1] for a in result.articles] == ["good.txt"]
    found = reasons(result)
    assert found["empty.txt"] == Reasons.EMPTY
    assert found["binary.txt"] == Reasons.BINARY
    assert found["garbled.txt"] == Reasons.ENCODING
    assert found["french.txt"] == Reasons.NOT_ENGLISH
    assert found["bad.json"] == "not valid JSON (Unterminated string starting at: line 1, column 10)"
    assert found["only-markup.html"] == Reasons.EMPTY
    assert found["missing.txt"].startswith("unreadable: no such file")


def test_repairable_windows_1252_is_read(tmp_path):
    text = "\n\n".join(PARAGRAPHS) + "\n\nThe mayor said: \u201cthis is a turning point\u201d \u2014 and added \u20ac5m."
    (tmp_path / "old.txt").write_bytes(text.encode("cp1252"))
    (article,) = read_inputs([str(tmp_path / "old.txt")]).articles
    assert "\u201cthis is a turning point\u201d \u2014" in article.text and "\u20ac5m" in article.text


def test_too_large(tmp_path):
    (tmp_path / "big.txt").write_text("\n\n".join(PARAGRAPHS * 10))
    result = read_inputs([str(tmp_path / "big.txt")], max_chars=1000)
    assert not result.articles and result.rejected[0].reason == Reasons.TOO_LARGE.format(limit="1,000")


def test_script_only_text_never_survives(tmp_path):
    (tmp_path / "page.html").write_text(news_page(script="MUST-NOT-LEAK " * 50))
    (article,) = read_inputs([str(tmp_path / "page.html")]).articles
    assert "MUST-NOT-LEAK" not in article.text


def test_non_articles_are_rejected_when_named_but_skipped_in_folders(tmp_path):
    (tmp_path / "config.json").write_text('{"setting": 1}')
    (tmp_path / "data.xml").write_text('<?xml version="1.0"?><TimeML><TEXT>Not a feed.</TEXT></TimeML>')
    (tmp_path / "README.md").write_text("This folder holds the articles we collected for the project, one per file.\n\n" + PARAGRAPHS[0])
    assert read_inputs([str(tmp_path)]) == read_inputs([])
    for name in ("config.json", "data.xml"):
        (rejected,) = read_inputs([str(tmp_path / name)]).rejected
        assert rejected.reason.startswith("unsupported format")
    assert len(read_inputs([str(tmp_path / "README.md")]).articles) == 1  # named: read as asked


def test_utf8_with_stray_windows_1252_bytes_keeps_its_utf8(tmp_path):
    text = "\n\n".join(PARAGRAPHS) + "\n\nPrigozhin\u2019s men left Rostov-on-Don."
    (tmp_path / "mixed.txt").write_bytes(text.encode("utf-8") + b" It cost \x80" + b"5m.")
    (article,) = read_inputs([str(tmp_path / "mixed.txt")]).articles
    assert "Prigozhin\u2019s men" in article.text and "\u20ac5m" in article.text


def test_utf16_with_bom_is_text(tmp_path):
    (tmp_path / "unicode.txt").write_bytes("\n\n".join(PARAGRAPHS).encode("utf-16"))
    (article,) = read_inputs([str(tmp_path / "unicode.txt")]).articles
    assert article.text.startswith(PARAGRAPHS[0])
