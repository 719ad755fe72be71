"""Where the store lives and what URLs mean."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.errors import StorylensError
from storylens.store import default_url, open_store
from storylens.store.engine import engine_url


def test_default_url_is_in_the_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("STORYLENS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_url() == f"sqlite:///{tmp_path / 'storylens' / 'storylens.db'}"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_url() == f"sqlite:///{tmp_path / '.local' / 'share' / 'storylens' / 'storylens.db'}"


def test_environment_overrides_the_default(monkeypatch, tmp_path):
    monkeypatch.setenv("STORYLENS_DB", str(tmp_path / "elsewhere.db"))
    with open_store() as store:
        assert store.url == f"sqlite:///{tmp_path / 'elsewhere.db'}"
    assert (tmp_path / "elsewhere.db").exists()


def test_urls(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert engine_url("runs/news.db") == f"sqlite:///{Path(tmp_path, 'runs', 'news.db').resolve()}"
    assert engine_url("postgresql://u:p@db.example/news") == "postgresql+psycopg://u:p@db.example/news"
    assert engine_url("postgres://u@db/news") == "postgresql+psycopg://u@db/news"
    assert engine_url("postgresql+psycopg://u@db/news") == "postgresql+psycopg://u@db/news"
    assert engine_url("sqlite:///x.db") == "sqlite:///x.db"


def test_in_memory_sqlite_works(records):
    with open_store("sqlite://") as store:
        store.save_story(records.make_story())
        assert store.load_story("s1") is not None


def test_an_unreachable_database_is_a_clear_error():
    with pytest.raises(StorylensError, match="Cannot open the store") as raised:
        open_store("postgresql://someone:secret@127.0.0.1:1/nothing")
    assert "secret" not in str(raised.value)
