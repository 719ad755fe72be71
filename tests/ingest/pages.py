"""Small real-looking inputs written by the tests: a news page with navigation, scripts and a
footer, and paragraphs of plain news prose."""

PARAGRAPHS = [
    "The city council voted on Tuesday to approve a new budget that raises spending on public "
    "transport by a fifth, after months of debate over how to pay for the repairs the network needs.",
    "Supporters of the plan said the money would shorten waiting times for buses and trams, while "
    "opponents argued that the council had not explained where the extra revenue would come from.",
    "The mayor, who had promised the investment during her campaign, said the vote was a turning "
    "point for the city and that work on the first lines would begin in the spring.",
]


def news_page(*, title: str = "Council approves transport budget after long debate", paragraphs=PARAGRAPHS,
              script: str = "window.trackingSecret = 'SCRIPT-CONTENT-MUST-NOT-LEAK';") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Example Herald</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2023-06-24T09:30:00Z">
<meta property="og:site_name" content="The Example Herald">
<script>{script}</script><style>body {{ color: black; }}</style></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="ad">Advertisement</div>
<article><h1>{title}</h1>
<p class="byline">By Jane Roe</p>
{body}
<script>document.write("INLINE-SCRIPT-MUST-NOT-LEAK")</script>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Team wins cup</a></li></ul></aside>
<footer><p>Copyright 2023 The Example Herald. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def plain_article(*, title: str = "Council approves transport budget", byline: str = "By Jane Roe",
                  dateline: str = "June 24, 2023", paragraphs=PARAGRAPHS) -> str:
    header = "\n".join(line for line in (title, "", byline, dateline) if line is not None)
    return header + "\n\n" + "\n\n".join(paragraphs) + "\n"
