"""A store holding the seed story, and the web app over it."""

import copy

import pytest
from fastapi.testclient import TestClient


@pytest.fixture(scope="session")
def seeded_store(tmp_path_factory, seed_story, seed_analyses):
    from storylens.store import open_store

    store = open_store(str(tmp_path_factory.mktemp("web") / "web.db"))
    store.save_analyses(copy.deepcopy(seed_analyses))
    store.save_story(copy.deepcopy(seed_story))
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(seeded_store):
    from storylens.web.app import create_app

    app = create_app(store=seeded_store)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client
