"""End to end in headless Chromium (Debian's), driven by Playwright, against the app on loopback.

Set STORYLENS_SCREENSHOTS=DIR to keep the screenshots (docs/screenshots is made this way).
"""

import copy
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, seed_story, seed_analyses):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is missing on CI: .ci/run must apt-get install chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    import uvicorn

    from storylens.store import open_store
    from storylens.web.app import create_app

    store = open_store(str(tmp_path_factory.mktemp("browser") / "b.db"))
    store.save_analyses(copy.deepcopy(seed_analyses))
    store.save_story(copy.deepcopy(seed_story))
    port = _free_port()
    config = uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        yield page
        browser.close()


def shot(page, name: str) -> None:
    folder = os.environ.get("STORYLENS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=False)


def test_open_the_seed_story_and_land_on_a_claims_sentence(page, server, seed_story):
    page.goto(server + "/")
    shot(page, "stories")
    page.get_by_role("link", name=seed_story.title).click()
    assert page.url.endswith(f"/story/{seed_story.id}")
    assert page.locator(f"#{seed_story.id}-timeline").is_visible()
    assert page.locator(f"#{seed_story.id}-claims").is_visible()
    shot(page, "story")
    for section in ("timeline", "claims", "actors", "framing"):
        page.evaluate(f"document.getElementById('{seed_story.id}-{section}').scrollIntoView()")
        shot(page, f"story-{section}")
    link = page.locator(f"#{seed_story.id}-claims a[href^='#a-']").first
    if link.count() == 0:  # no claims yet: any sourced item will do
        link = page.locator("section a[href^='#a-']").first
    target = link.get_attribute("href")
    link.click()
    landed = page.locator(f"mark{target}")
    assert landed.count() == 1
    assert page.evaluate("() => document.querySelector(':target') && document.querySelector(':target').tagName") == "MARK"
    assert landed.is_visible()


def test_article_page_shows_highlights(page, server, seed_story):
    page.goto(server + f"/article/{seed_story.articles[0].id}")
    assert page.locator("div.text mark").count() > 0
    shot(page, "article")


# An article on another subject: a copy of a seed would (rightly) join the stored seed story and
# replace it, which the later tests of this module open by its id.
UNRELATED_ARTICLE = (
    "Springfield council approves new library budget\n\n"
    "The Springfield city council voted 7-2 on Tuesday to approve a $4.2 million budget for the new "
    "central library, ending months of debate over its cost. Councillor Maria Lopez said the building "
    "would open in the spring of 2025. Opponents argued that the money should go to road repairs."
)


def test_upload_an_article_with_a_script_shows_it_as_text(page, server, tmp_path):
    dialog_seen = []
    page.on("dialog", lambda d: (dialog_seen.append(d.message), d.dismiss()))
    body = UNRELATED_ARTICLE
    upload = tmp_path / "with-script.txt"
    upload.write_text(body + "\n\nA reader wrote <script>alert('pwned')</script> below the article.\n")
    page.goto(server + "/ingest")
    page.set_input_files("#files", str(upload))
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_selector("text=Status: done", timeout=180_000)
    page.locator("a[href^='/story/']").first.click()
    assert page.locator("text=<script>alert('pwned')</script>").count() >= 1
    assert not dialog_seen


def test_keyboard_only_reaches_the_story_and_a_source_sentence(page, server, seed_story):
    page.goto(server + "/")
    for _ in range(40):  # Tab through the page until the story's link has the focus
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement && document.activeElement.textContent.trim()") == seed_story.title:
            break
    else:
        pytest.fail("the story link is not reachable with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/story/{seed_story.id}")
    focused = page.locator(f"#{seed_story.id}-claims a[href^='#a-']").first
    focused.focus()
    target = focused.get_attribute("href")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.querySelector(':target') && document.querySelector(':target').id") == target[1:]


def test_story_page_fits_a_phone_screen(page, server, seed_story):
    phone = page.context.browser.new_page(viewport={"width": 390, "height": 844})
    try:
        phone.goto(server + f"/story/{seed_story.id}")
        # wide tables scroll inside their own box; the page itself never scrolls sideways
        assert phone.evaluate("() => document.documentElement.scrollWidth") <= 390 + 1
        assert phone.locator(f"#{seed_story.id}-timeline").is_visible()
        shot(phone, "story-phone")
    finally:
        phone.close()
