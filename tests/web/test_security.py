"""The holes of issue 16, each reproduced through the app: local files and internal URLs
through the upload form, cross-site requests, missing headers, oversized bodies, costly
queries, and the smaller ones (non-ASCII tokens, HEAD, HTML 404s, outlet links, start-up warning).
"""

import copy
import http.server
import re
import select
import socket
import threading
import time
from html import unescape

import pytest
from fastapi.testclient import TestClient

from storylens.web.app import create_app
from storylens.web.service import MAX_REQUEST_BYTES

PRIVATE_NOTE = (
    "Minutes of the Brackenfold allotment society: the committee agreed in private that the "
    "Zorvath hedge will be cut back before the spring show, and that members will not be told "
    "until the budget for new fencing has been approved by the treasurer next week.\n"
)


def wait_for(client, job_id):
    for _ in range(300):
        status = client.get(f"/api/jobs/{job_id}").json()
        if status["status"] in ("done", "failed"):
            return status
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish: {status}")


@pytest.fixture
def private_note(tmp_path):
    note = tmp_path / "private_note.txt"
    note.write_text(PRIVATE_NOTE)
    return note


@pytest.fixture
def loopback_only_server():
    """A server only this machine can reach; it records what it is asked."""
    requested = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requested.append(self.path)
            body = PRIVATE_NOTE.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", requested
    httpd.shutdown()
    httpd.server_close()


# 1. local files and internal URLs through the upload form ----------------------------------

@pytest.mark.parametrize("form_path", ["/api/ingest", "/ingest"])
@pytest.mark.parametrize("value", ["{note}", "{folder}", "{folder}/missing.txt", "file://{note}", "file://localhost{note}"])
def test_the_urls_field_refuses_local_paths_and_file_urls(client, private_note, form_path, value):
    given = value.format(note=private_note, folder=private_note.parent)
    response = client.post(form_path, data={"urls": given})
    assert response.status_code == 422
    text = unescape(response.text)
    assert given in text and "only http(s) URLs" in text
    assert "Zorvath" not in client.get("/api/search", params={"q": "Zorvath"}).text


def test_the_urls_field_does_not_reach_a_loopback_server(client, loopback_only_server):
    base, requested = loopback_only_server
    url = f"{base}/note.txt"
    job = client.post("/api/ingest", data={"urls": url})
    assert job.status_code == 202
    status = wait_for(client, job.json()["id"])
    assert status["stories"] == [] and requested == []
    [rejected] = status["rejected"]
    assert rejected["source"] == url and "loopback address 127.0.0.1" in rejected["reason"]


def test_an_uploaded_feed_does_not_pull_in_local_files(client, private_note):
    links = ["../../" * 8 + str(private_note).lstrip("/"), str(private_note), f"file://localhost{private_note}"]
    items = "".join(f"<item><title>Item {n}</title><link>{link}</link></item>" for n, link in enumerate(links))
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Hedge News</title>{items}</channel></rss>'
    job = client.post("/api/ingest", files={"files": ("feed.xml", feed.encode())}).json()
    status = wait_for(client, job["id"])
    assert status["stories"] == [] and len(status["rejected"]) == len(links)
    assert all(r["reason"].startswith("empty") for r in status["rejected"])
    assert client.get("/api/search", params={"q": "Zorvath"}).json() == []


# 2. cross-site requests and Host names --------------------------------------------------------

@pytest.mark.parametrize("headers", [
    {"Origin": "http://evil.example"},
    {"Origin": "null"},
    {"Origin": "http://127.0.0.1:9999"},  # another app on this machine is another origin
    {"Referer": "http://evil.example/page.html"},
    {"Sec-Fetch-Site": "cross-site"},
])
@pytest.mark.parametrize("form_path", ["/api/ingest", "/ingest"])
def test_cross_site_writes_are_refused(client, headers, form_path):
    response = client.post(form_path, data={"urls": "https://news.example.org/a"}, headers=headers)
    assert response.status_code == 403 and "Cross-site request refused" in unescape(response.text)


def test_same_origin_writes_go_through(client):
    # A refused file type shows the request got past the origin check without starting a job.
    for headers in ({"Origin": "http://127.0.0.1"}, {"Referer": "http://127.0.0.1/ingest"}, {"Sec-Fetch-Site": "same-origin"}):
        response = client.post("/api/ingest", files={"files": ("tool.exe", b"MZ")}, headers=headers)
        assert response.status_code == 415


def test_only_served_host_names_are_answered(seeded_store):
    with TestClient(create_app(store=seeded_store), base_url="http://localhost") as local:
        assert local.get("/").status_code == 200
        assert local.get("/", headers={"Host": "[::1]:8000"}).status_code == 200
        assert local.get("/", headers={"Host": "rebound.evil.example"}).status_code == 400
    app = create_app(store=seeded_store, host="0.0.0.0", token="t", allowed_hosts=["news.example.org"])
    with TestClient(app, base_url="http://news.example.org") as shared:
        assert shared.get("/").status_code == 200
        assert shared.get("/", headers={"Host": "other.example.org"}).status_code == 400


# 3. security headers ----------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/story/{story}", "/ingest", "/story/nope", "/api/stories"])
def test_pages_carry_security_headers(client, seed_story, path):
    response = client.get(path.format(story=seed_story.id))
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


# 4. request bodies are capped while they stream ----------------------------------------------------

@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    import uvicorn

    from storylens.store import open_store

    store = open_store(str(tmp_path_factory.mktemp("live") / "live.db"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def _upload_head(port: int, length_header: str) -> bytes:
    return (f"POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Content-Type: multipart/form-data; boundary=BOUNDARY\r\n{length_header}\r\n\r\n").encode()


def _answer(sock: socket.socket, start: bytes = b"") -> bytes:
    """The server's whole answer (it closes the connection after refusing a body)."""
    answer = start
    try:
        while chunk := sock.recv(65536):
            answer += chunk
    except (ConnectionResetError, TimeoutError):
        pass
    return answer


def test_a_declared_oversized_body_is_refused_before_it_is_sent(live_server):
    with socket.create_connection(("127.0.0.1", live_server), timeout=20) as sock:
        sock.sendall(_upload_head(live_server, "Content-Length: 400000000"))
        answer = _answer(sock)
    assert answer.startswith(b"HTTP/1.1 413") and b"25 MB limit" in answer


def test_a_streamed_oversized_body_is_refused_once_past_the_limit(live_server):
    part = b'--BOUNDARY\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n'
    chunk = b"a " * (512 * 1024)
    sent = 0
    with socket.create_connection(("127.0.0.1", live_server), timeout=20) as sock:
        sock.sendall(_upload_head(live_server, "Transfer-Encoding: chunked"))
        try:
            for data in [part] + [chunk] * 400:  # 400 MB if nothing stops it
                sock.sendall(b"%x\r\n%s\r\n" % (len(data), data))
                sent += len(data)
                if select.select([sock], [], [], 0)[0]:
                    break
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = _answer(sock)
    assert answer.startswith(b"HTTP/1.1 413") and b"25 MB limit" in answer
    assert sent < 2 * MAX_REQUEST_BYTES


def test_the_upload_page_says_when_a_file_is_too_large(client):
    response = client.post("/ingest", files={"files": ("huge.txt", b"a " * (3 * 1024 * 1024))})
    assert response.status_code == 413 and response.headers["content-type"].startswith("text/html")
    assert "huge.txt: over the 5 MB upload limit" in response.text
    whole = client.post("/ingest", files={"files": ("bigger.txt", b"a " * (13 * 1024 * 1024))})
    assert whole.status_code == 413 and "over the 25 MB limit" in whole.text and "<html" in whole.text


# 6. queries are bounded ------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/api/search", "/api/stories", "/"])
@pytest.mark.parametrize("q", ["harbour " * 200, "a" * 60_000, " ".join(f"w{n}" for n in range(33)), "-".join("x" * 33)])
def test_long_queries_are_refused(client, path, q):
    assert client.get(path, params={"q": q}).status_code == 422


@pytest.mark.parametrize("limit", [-1, 0, 101])
def test_search_limit_is_bounded(client, limit):
    assert client.get("/api/search", params={"q": "the", "limit": limit}).status_code == 422


def test_a_query_at_the_limit_is_answered(client):
    assert client.get("/api/search", params={"q": " ".join(["harbour"] * 32)}).status_code == 200


# 7. the smaller holes ----------------------------------------------------------------------------------

def test_non_ascii_tokens_are_refused_not_crashed(seeded_store):
    app = create_app(store=seeded_store, host="0.0.0.0", token="s3cret", allowed_hosts=["127.0.0.1"])
    with TestClient(app, base_url="http://127.0.0.1") as shared:
        bearer = shared.post("/api/ingest", data={"text": "x"}, headers={"Authorization": "Bearer clé".encode()})
        assert bearer.status_code == 401
        form = shared.post("/ingest", data={"text": "x", "token": "clé"})
        assert form.status_code == 401 and form.headers["content-type"].startswith("text/html")


def test_head_of_a_page_answers_like_get(client):
    response = client.head("/")
    assert response.status_code == 200 and response.content == b""


def test_a_missing_page_answers_html_and_a_missing_api_object_json(client):
    page = client.get("/story/nope")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "<html" in page.text and "nope" in page.text
    api = client.get("/api/stories/nope")
    assert api.status_code == 404 and "nope" in api.json()["detail"]


def test_an_outlet_with_a_slash_in_its_name_gets_a_working_link(tmp_path, seed_story, seed_analyses):
    from storylens.store import open_store

    analyses, story = copy.deepcopy(seed_analyses), copy.deepcopy(seed_story)
    name = "Harbour Gazette/Opinion"
    first = story.articles[0].id
    for article in [a.article for a in analyses if a.article.id == first] + [a for a in story.articles if a.id == first]:
        article.outlet = name
    with open_store(str(tmp_path / "slash.db")) as store:
        store.save_analyses(analyses)
        store.save_story(story)
        with TestClient(create_app(store=store), base_url="http://127.0.0.1") as client:
            links = [unescape(h) for h in re.findall(r'href="(/outlet/[^"]+)"', client.get("/").text)]
            [link] = [h for h in links if "Opinion" in h]
            page = client.get(link)
            assert page.status_code == 200 and name in unescape(page.text)


def test_serving_off_loopback_without_a_token_says_how_to_set_one(monkeypatch, tmp_path):
    import uvicorn
    from typer.testing import CliRunner

    from storylens.cli import app

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda web_app, **kwargs: served.append(kwargs))
    monkeypatch.delenv("STORYLENS_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "--token TOKEN" in said and "STORYLENS_TOKEN" in said and "--allowed-host" in said
    assert served == [{"host": "0.0.0.0", "port": 8000}]
    quiet = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db")])
    assert "warning" not in quiet.output


def test_the_story_json_is_built_once_until_a_job_stores_something(tmp_path, seed_story):
    from storylens.store import open_store

    with open_store(str(tmp_path / "cache.db")) as store:
        store.save_story(copy.deepcopy(seed_story))  # a store of its own: other tests' jobs may grow the seed story
        with TestClient(create_app(store=store), base_url="http://127.0.0.1") as client:
            service = client.app.state.service
            first = service.story_json(seed_story.id)
            assert first is not None and service.story_json(seed_story.id) is first
            assert client.get(f"/api/stories/{seed_story.id}").text == first
            service._invalidate_pages()
            again = service.story_json(seed_story.id)
            assert again == first and again is not first
