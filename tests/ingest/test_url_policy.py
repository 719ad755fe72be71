"""What ingest may reach for inputs that are not trusted (the web app's): servers on loopback
started here stand in for the services a server can reach and its users cannot."""

import http.server
import threading

import pytest

from storylens.ingest import read_inputs
from storylens.ingest import url_policy
from storylens.ingest.readers import read_bytes
from storylens.ingest.url_policy import PUBLIC_WEB_ONLY, TRUSTED, address_refusal, url_refusal

ARTICLE = (
    "The harbour council of Wendlemere voted on Tuesday to close the old ferry pier after engineers "
    "found cracks in its pilings. The council said repairs would cost more than a new pier and that "
    "ferries would use the northern quay from next month. Fishermen who moor at the pier said they "
    "had not been asked, and a petition against the closure gathered several hundred names by evening.\n"
)


class _Server:
    """A loopback HTTP server answering ``routes`` (path -> (status, headers, body)); it records every path asked."""

    def __init__(self, address: str, routes: dict):
        self.requested: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                outer.requested.append(self.path)
                status, headers, body = routes.get(self.path, (404, {}, b"no"))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer((address, 0), Handler)
        self.url = f"http://{address}:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def private_server():
    server = _Server("127.0.0.1", {"/note.txt": (200, {"Content-Type": "text/plain"}, ARTICLE.encode())})
    yield server
    server.close()


def test_the_cli_reads_a_url_on_its_own_machine(private_server):
    result = read_inputs([private_server.url + "/note.txt"], fetch_policy=TRUSTED)
    assert [a.text.strip() for a in result.articles] == [ARTICLE.strip()]


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_web_input_may_not_reach_a_loopback_server(private_server, scheme):
    url = private_server.url.replace("http", scheme, 1) + "/note.txt"
    result = read_inputs([url], fetch_policy=PUBLIC_WEB_ONLY)
    assert result.articles == []
    [rejected] = result.rejected
    assert rejected.source == url
    assert rejected.reason.startswith("refused:") and "loopback address 127.0.0.1" in rejected.reason
    assert private_server.requested == []


def test_every_redirect_is_checked_again(monkeypatch):
    # 127.0.0.1 stands in for a public host here; 127.0.0.2 stays what it is, a loopback address.
    inner = _Server("127.0.0.2", {"/secret": (200, {}, ARTICLE.encode())})
    outer = _Server("127.0.0.1", {
        "/to-inner": (302, {"Location": inner.url + "/secret"}, b""),
        "/to-file": (302, {"Location": "file:///etc/hostname"}, b""),
    })
    real = url_policy.address_refusal
    monkeypatch.setattr(url_policy, "address_refusal", lambda address: None if address == "127.0.0.1" else real(address))
    try:
        result = read_inputs([outer.url + "/to-inner", outer.url + "/to-file"], fetch_policy=PUBLIC_WEB_ONLY)
    finally:
        inner.close()
        outer.close()
    assert outer.requested == ["/to-inner", "/to-file"]  # the first hop was allowed
    assert inner.requested == []
    reasons = {r.source.rsplit("/", 1)[1]: r.reason for r in result.rejected}
    assert "loopback address 127.0.0.2" in reasons["to-inner"]
    assert "redirected to file:///etc/hostname" in reasons["to-file"]


@pytest.mark.parametrize("value, says", [
    ("/home/someone/private_note.txt", "not local paths"),
    ("notes/private_note.txt", "not local paths"),
    ("file:///etc/passwd", "not file:"),
    ("file://localhost/etc/passwd", "not file:"),
    ("ftp://example.org/a.txt", "not ftp:"),
    ("http:///just-a-path", "no host"),
])
def test_only_http_urls_with_a_host_are_fetched(value, says):
    assert says in url_refusal(value)


def test_web_urls_are_not_refused_for_their_text():
    assert url_refusal("https://news.example.org/2024/05/pier.html") is None


@pytest.mark.parametrize("address, kind", [
    ("127.0.0.9", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"),
    ("10.1.2.3", "private"), ("192.168.0.20", "private"), ("fd00::1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1%eth0", "link-local"),
    ("0.0.0.0", "unspecified"), ("240.0.0.1", "reserved"), ("224.0.0.1", "multicast"),
    ("100.64.0.1", "non-public"),
])
def test_addresses_that_are_not_public_are_refused_with_their_kind(address, kind):
    assert address_refusal(address) == kind


def test_public_addresses_are_allowed():
    assert address_refusal("1.1.1.1") is None and address_refusal("2606:4700:4700::1111") is None


def _feed(link: str) -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Post</title>'
            f"<item><title>Pier closes</title><link>{link}</link></item></channel></rss>").encode()


@pytest.mark.parametrize("link", ["../../note.txt", "/ABSOLUTE/note.txt", "file://localhost/ABSOLUTE/note.txt"])
def test_an_untrusted_feed_never_reads_the_files_its_items_link_to(tmp_path, link):
    note = tmp_path / "note.txt"
    note.write_text(ARTICLE)
    feed_dir = tmp_path / "uploads" / "job"
    feed_dir.mkdir(parents=True)
    feed = feed_dir / "feed.xml"
    feed.write_bytes(_feed(link.replace("/ABSOLUTE", str(tmp_path))))

    untrusted = read_inputs([str(feed)], fetch_policy=PUBLIC_WEB_ONLY)
    assert untrusted.articles == [] and [r.reason for r in untrusted.rejected] == ["empty: no text left after cleaning"]
    # A feed that came from the web has no folder of its own: its links are never files either.
    assert all(part.text != ARTICLE for part in read_bytes(feed.read_bytes(), source="https://quay.example/feed.xml")
               if hasattr(part, "text"))
    trusted = read_inputs([str(feed)], fetch_policy=TRUSTED)  # the CLI's own feed may link its files
    assert [a.text.strip() for a in trusted.articles] == [ARTICLE.strip()]
