"""The JSON API and the pages, through FastAPI's test client, over the seed story."""

import json
import time

import pytest

from storylens.export.json_export import validate_document
from storylens.web.app import create_app


def test_stories_list_and_story_json_agree(client, seed_story):
    stories = client.get("/api/stories").json()
    assert [s["id"] for s in stories] == [seed_story.id]
    document = client.get(f"/api/stories/{seed_story.id}").json()
    validate_document(document)
    assert document == client.get(f"/story/{seed_story.id}.json").json()
    assert document["stories"][0]["title"] == seed_story.title


def test_openapi_describes_the_api(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/stories", "/api/stories/{story_id}", "/api/search", "/api/ingest"} <= set(spec["paths"])


def test_story_page_links_every_item_to_a_sentence_on_the_page(client, seed_story):
    import re

    html = client.get(f"/story/{seed_story.id}").text
    ids = set(re.findall(r'id="([^"]+)"', html))
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets and targets <= ids


def test_search_finds_article_text(client, seed_story):
    word = seed_story.actors[0].name.split()[-1]
    hits = client.get("/api/search", params={"q": word}).json()
    assert hits and all(h["article_id"] in {a.id for a in seed_story.articles} for h in hits)
    assert word in client.get("/", params={"q": word}).text


def test_article_and_outlet_pages(client, seed_story):
    article = seed_story.articles[0]
    page = client.get(f"/article/{article.id}")
    assert page.status_code == 200 and (article.title or "") in page.text
    outlet = next(a.outlet for a in seed_story.articles if a.outlet)
    assert seed_story.title in client.get(f"/outlet/{outlet}").text.replace("&#39;", "'").replace("&amp;", "&")
    assert client.get("/article/nope").status_code == 404


def test_upload_limits(client):
    too_big = client.post("/api/ingest", files={"files": ("big.txt", b"a " * (3 * 1024 * 1024))})
    assert too_big.status_code == 413 and "big.txt" in too_big.json()["detail"]
    wrong = client.post("/api/ingest", files={"files": ("tool.exe", b"MZ")})
    assert wrong.status_code == 415 and "tool.exe" in wrong.json()["detail"]


def test_writes_need_a_token_off_loopback(seeded_store):
    from fastapi.testclient import TestClient

    app = create_app(store=seeded_store, host="0.0.0.0", token="s3cret")
    with TestClient(app, base_url="http://127.0.0.1") as open_client:
        assert open_client.post("/api/ingest", data={"text": "x"}).status_code == 401
        assert open_client.post("/api/ingest", data={"text": "x"}, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert open_client.get("/api/stories").status_code == 200  # reads stay open


def test_uploaded_article_with_script_is_stored_and_shown_as_text(client, seeds_dir):
    text = (sorted(seeds_dir.glob("*.txt"))[2].read_text() + "\n\nReaders wrote <script>alert('pwned')</script> in the comments.\n")
    job = client.post("/api/ingest", files={"files": ("upload.txt", text.encode())}).json()
    for _ in range(600):
        status = client.get(f"/api/jobs/{job['id']}").json()
        if status["status"] in ("done", "failed"):
            break
        time.sleep(0.2)
    assert status["status"] == "done", status
    story_id = status["stories"][0]
    page = client.get(f"/story/{story_id}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(" in page


@pytest.mark.parametrize("path", ["/story/nope", "/story/nope.json", "/article/nope", "/outlet/nope", "/jobs/nope",
                                  "/api/stories/nope", "/api/articles/nope", "/api/jobs/nope"])
def test_unknown_things_are_404_with_a_message(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "nope" in response.text


def test_a_story_that_grew_redirects_its_old_links_to_the_new_story(tmp_path, seed_story):
    import dataclasses

    from fastapi.testclient import TestClient

    from storylens.store import open_store

    with open_store(str(tmp_path / "grown.db")) as store:
        store.save_story(dataclasses.replace(seed_story, id="old"))
        store.save_story(dataclasses.replace(seed_story, id="grown"), replaces=["old"])
        with TestClient(create_app(store=store), base_url="http://127.0.0.1") as client:
            for path, target in (("/story/old", "/story/grown"), ("/story/old.json", "/story/grown.json"),
                                 ("/api/stories/old?x=1", "/api/stories/grown?x=1")):
                response = client.get(path, follow_redirects=False)
                assert response.status_code == 307 and response.headers["location"].endswith(target)
                assert client.get(path).status_code == 200
