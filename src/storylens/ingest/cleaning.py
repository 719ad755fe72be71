"""Character- and markdown-level cleaning, done line by line so the text keeps its paragraphs.

``Article.text`` is the cleaned text, and every later offset refers to it; nothing here keeps
offsets into the raw file, because nothing downstream needs them.
"""

from __future__ import annotations

import html
import re

# Spaces that look like spaces but break tokenisers and string matching (NBSP before
# "Rostov-on-Don" splits it into two entities in spaCy).
_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$&|<>~])")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_MD_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_SPACES = re.compile(r" {2,}")
# Layout tags left in pasted text ('<span class="dateline">', '</div>'): markup, not words. Only
# layout and inline-format elements, with well-formed attributes; ``<script>`` written in an
# article stays as the text it is (the report escapes it).
_HTML_TAG = re.compile(
    r"</?(?:a|abbr|article|aside|b|blockquote|br|button|caption|cite|div|em|figcaption|figure|font|footer|h[1-6]|header|"
    r"hr|i|img|ins|label|li|mark|nav|ol|p|picture|section|small|source|span|strong|sub|sup|table|tbody|td|th|thead|"
    r"time|tr|u|ul)(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))?)*\s*/?>",
    re.IGNORECASE,
)
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos|nbsp|mdash|ndash|rsquo|lsquo|rdquo|ldquo|hellip);", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")")
# Hard-wrapped text keeps lines under about 80 characters; paragraph-per-line text is longer.
_WRAPPED_LINE_CHARS = 90


def normalize_characters(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    return _CONTROL.sub("", text)


def strip_html_fragments(line: str) -> str:
    """The line without layout tags, and with the entities that came with them decoded."""
    if "<" not in line and "&" not in line:
        return line
    stripped = _HTML_TAG.sub(" ", line)
    if stripped == line and "<" in line:
        return line  # no markup here: "&" and "<" are the writer's own
    return _HTML_ENTITY.sub(lambda m: html.unescape(m.group(0)), stripped)


def strip_markdown(line: str) -> tuple[str, bool]:
    """The line without markdown markup, and whether it was a heading."""
    heading = _MD_HEADING.match(line)
    if heading:
        line = heading.group(1)
    if _MD_RULE.match(line):
        return "", False
    line = _MD_IMAGE.sub(lambda m: m.group(1), line)
    line = _MD_LINK.sub(lambda m: m.group(1), line)
    line = _MD_STRONG.sub(lambda m: m.group(2), line)
    line = _MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)
    return _MD_ESCAPE.sub(r"\1", line), bool(heading)


def clean_lines(text: str) -> tuple[list[str], set[int]]:
    """Normalised lines (blank lines kept as ""), and the indexes of markdown headings."""
    lines, headings = [], set()
    for i, raw in enumerate(normalize_characters(text).split("\n")):
        line, heading = strip_markdown(strip_html_fragments(raw))
        if heading:
            headings.add(i)
        lines.append(_SPACES.sub(" ", line).strip())
    return lines, headings


def join_paragraphs(lines: list[str]) -> str:
    """Lines back to text: one blank line between paragraphs, none at either end.

    Texts that put each paragraph on one line with no blank lines (a common export) get blank
    lines between them, so paragraphs look the same whatever the source.
    """
    while lines and not lines[0]:
        lines = lines[1:]
    while lines and not lines[-1]:
        lines = lines[:-1]
    if "" not in lines and len(lines) > 1 and _one_paragraph_per_line(lines):
        return "\n\n".join(lines)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _one_paragraph_per_line(lines: list[str]) -> bool:
    average = sum(len(line) for line in lines) / len(lines)
    ending_sentences = sum(1 for line in lines if line.endswith(_SENTENCE_END)) / len(lines)
    return average > _WRAPPED_LINE_CHARS and ending_sentences >= 0.6
