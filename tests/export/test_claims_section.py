"""The claims matrix section of the report."""

from storylens.export.report import story_view, template_environment


def test_claims_matrix_renders_statuses_links_and_conflicts(seed_story):
    html = template_environment().get_template("sections/claims.html").render(**story_view(seed_story))
    assert "<table class=\"claims\">" in html and "<th scope=\"col\">status</th>" in html
    assert "status-corroborated" in html and "status-contested" in html
    assert "disputes" in html and "silent" in html
    assert 'href="#a-' in html  # every source links to its sentence
    assert "superseded" in html and "negation" in html


def test_article_text_is_escaped(seed_story):
    import copy

    story = copy.deepcopy(seed_story)
    claim = next(c for c in story.claims if c.status != "single_source")
    claim.text = "<script>alert(1)</script>"
    html = template_environment().get_template("sections/claims.html").render(**story_view(story))
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
