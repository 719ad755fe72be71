"""The story page's claims matrix: cross-outlet claims first, single-source claims folded per outlet."""

import re

from fastapi.testclient import TestClient

from export.test_claims_section import _written_story  # the invented ferry story, shared with the report test


def test_story_page_shows_the_comparison_first_and_folds_single_source_claims(tmp_path):
    from storylens.store import open_store
    from storylens.web.app import create_app

    story = _written_story()
    with open_store(str(tmp_path / "claims.db")) as store:
        store.save_story(story)
        with TestClient(create_app(store=store), base_url="http://127.0.0.1") as client:
            response = client.get(f"/story/{story.id}")
    html = response.text
    assert response.status_code == 200
    claims = html[html.index("<h2>Claims</h2>"):]
    assert claims.index('id="s1-c3"') < claims.index('id="s1-c1"') < claims.index("<details")
    assert "North Ledger</span> says" in claims and "Harbour Post</span> says" in claims
    assert "Harbour Post</span> alone reports 2 claims" in claims
    # every claim link points at a sentence on the page, and the fold needs no script (the CSP allows none)
    targets = set(re.findall(r'href="#(a-[^"]+)"', claims))
    assert targets and targets <= set(re.findall(r'id="([^"]+)"', html))
    assert "<script" not in html
    assert "script-src" not in response.headers["content-security-policy"]
