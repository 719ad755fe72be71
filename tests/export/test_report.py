from html.parser import HTMLParser

from storylens.export.report import render_report
from storylens.records import Article, Quote, Span, Story


class TextCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> TextCollector:
    collector = TextCollector()
    collector.feed(html)
    return collector


def test_article_text_with_script_is_shown_as_text():
    text = 'Officials said <script>alert("x")</script> nothing & more <b>bold</b>.'
    article = Article(id="a1", source="evil.html", text=text, outlet="<i>Outlet</i>", title="<script>t()</script>")
    quote = Quote(id="q1", speaker=None, text="nothing", kind="direct", span=Span.of("a1", text, 43, 50))
    html = render_report([Story(id="s1", title="<b>title</b>", articles=[article], quotes=[quote])])
    parsed = parse(html)
    assert "script" not in parsed.tags and "b" not in parsed.tags and "i" not in parsed.tags
    assert "&lt;script&gt;alert(" in html
    assert '<script>alert("x")</script>' in "".join(parsed.text)


def test_report_is_self_contained(seed_story):
    html = render_report([seed_story])
    assert "http://" not in html.split("<main>")[0] and "<link" not in html and "<script" not in html
    parsed = parse(html)
    text = "".join(parsed.text)
    for article in seed_story.articles:
        assert (article.title or "(untitled)") in text
    # every actor mention link lands on an element of the page
    ids = set()

    class Ids(HTMLParser):
        def handle_starttag(self, tag, attrs):
            ids.update(v for k, v in attrs if k == "id")

    Ids().feed(html)
    import re

    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets and targets <= ids


def test_report_lists_actors_with_mentions_per_outlet(seed_story):
    html = render_report([seed_story])
    top = max(seed_story.actors, key=lambda a: len(a.mentions))
    assert f'id="actor-{top.id}"' in html


def test_report_says_why_each_article_is_in_the_story(seed_stories):
    from storylens.export.json_export import export_document, validate_document

    html = render_report(seed_stories)
    assert html.count("in this story</dt>") == 5
    assert html.count("started it") == 1 and html.count("joined with evidence") == 4
    validate_document(export_document(seed_stories))  # membership is in the schema
