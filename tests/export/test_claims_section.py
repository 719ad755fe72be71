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


def _written_story():
    """Three invented outlets on a ferry accident: one contested figure, one shared fact, single-source extras."""
    from storylens.records import Article, Claim, Conflict, SourceRef, Span, Story

    texts = {
        "n1": "The ferry Marigold sank near Oskvik on Tuesday. Forty people were rescued, the coast guard said. "
              "The captain had twenty years at sea.",
        "n2": "The Marigold went down off Oskvik. Twelve people were rescued, a harbour official said. "
              "The ferry was built in 1998. Its owner declined to comment.",
        "n3": "A ferry sank off Oskvik on Tuesday.",
    }
    outlets = {"n1": "North Ledger", "n2": "Harbour Post", "n3": "Valley Wire"}
    articles = [Article(id=i, source=f"{i}.txt", text=t, outlet=outlets[i]) for i, t in texts.items()]

    def ref(article_id, sentence):
        start = texts[article_id].index(sentence)
        return SourceRef(article_id, outlets[article_id], Span.of(article_id, texts[article_id], start, start + len(sentence)))

    sank = [ref("n1", "The ferry Marigold sank near Oskvik on Tuesday."), ref("n2", "The Marigold went down off Oskvik."),
            ref("n3", "A ferry sank off Oskvik on Tuesday.")]
    rescued = [ref("n1", "Forty people were rescued, the coast guard said."),
               ref("n2", "Twelve people were rescued, a harbour official said.")]
    claims = [
        Claim("c1", "The ferry Marigold sank near Oskvik.", "corroborated", sank),
        Claim("c2", "Captain had twenty years at sea.", "single_source", [ref("n1", "The captain had twenty years at sea.")]),
        Claim("c3", "Forty people were rescued.", "contested", rescued,
              conflicts=[Conflict("quantity", "40 people rescued against 12 people rescued", rescued)]),
        Claim("c4", "The ferry was built in 1998.", "single_source", [ref("n2", "The ferry was built in 1998.")]),
        Claim("c5", "Its owner declined to comment.", "single_source", [ref("n2", "Its owner declined to comment.")]),
    ]
    return Story(id="s1", title="Ferry sinks", articles=articles, claims=claims)


def _render(story):
    return template_environment().get_template("sections/claims.html").render(**story_view(story))


def test_cross_outlet_claims_come_first_contested_before_corroborated():
    html = _render(_written_story())
    contested, corroborated = html.index('id="s1-c3"'), html.index('id="s1-c1"')
    single = html.index("Reported by one outlet only")
    assert contested < corroborated < single
    assert "2 claims across outlets (1 contested, 1 corroborated), 3 reported by one source only" in html


def test_a_contested_claim_names_both_sides_with_links_to_their_sentences():
    html = _render(_written_story())
    row = html[html.index('id="s1-c3"'):html.index('id="s1-c1"')]
    assert "40 people rescued against 12 people rescued" in row
    assert "North Ledger</span> says" in row and "Harbour Post</span> says" in row
    assert 'href="#a-n1-' in row and 'href="#a-n2-' in row
    assert "Forty people were rescued, the coast guard said." in row and "Twelve people were rescued" in row


def test_single_source_claims_fold_per_outlet_with_their_count():
    html = _render(_written_story())
    folds = html[html.index("Reported by one outlet only"):]
    assert folds.count("<details") == 2  # Valley Wire has no claim of its own: no fold
    harbour, north = folds.index("Harbour Post</span> alone reports 2 claims"), folds.index("North Ledger</span> alone reports 1 claim<")
    assert harbour < north  # outlets in name order
    assert folds.index("built in 1998") < north and folds.index("twenty years at sea") > north
    assert 'id="s1-c4"' in folds and 'href="#a-n2-' in folds  # anchors and links to the sentences stay


def test_single_source_claim_from_copies_in_two_outlets_is_anchored_once():
    story = _written_story()
    claim = story.claims[1]
    claim.sources = claim.sources + [type(claim.sources[0])("n3", "Valley Wire", story.claims[0].sources[2].span)]
    html = _render(story)
    assert html.count('id="s1-c2"') == 1 and "Valley Wire</span> alone reports 1 claim<" in html


def test_no_cross_outlet_claim_says_so():
    story = _written_story()
    story.claims = [c for c in story.claims if c.status == "single_source"]
    html = _render(story)
    assert "No claim is reported by more than one outlet." in html and "<table" not in html


def test_the_whole_report_carries_the_ordered_matrix_and_the_folds():
    from storylens.export.report import render_report

    html = render_report([_written_story()])
    assert html.index('id="s1-c3"') < html.index('id="s1-c1"') < html.index("Harbour Post</span> alone reports 2 claims")
