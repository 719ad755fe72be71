"""Metadata found in the text itself: the headline, byline and date lines at the top, and the
outlet from signature lines at the bottom. Each finder says which method found a field, so
``Article.metadata_sources`` can tell a user where a value came from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from rapidfuzz import fuzz

from storylens.ingest.boilerplate import SOCIAL_NETWORKS, is_boilerplate, staff_credits
from storylens.ingest.dates import is_update_line, parse_date_line, split_name_and_date
from storylens.ingest.outlets import DOMAIN, EMAIL, OUTLETS_BY_ABBREVIATION, outlet_for_domain, outlet_for_name

_BYLINE = re.compile(r"^(?:(?:written|story|words|text|reported)\s+)?by[:\s]\s*(.+)$", re.IGNORECASE)
# "Jane Roe, Transport correspondent": a name, a comma and a few words of role, no sentence end.
_NAME_ROLE = re.compile(r"(?P<name>[^,]+),\s+(?P<role>[A-Za-z][A-Za-z&' -]*[A-Za-z])")
_MAX_ROLE_WORDS = 5
_PRE_TITLE_LINES = 3
_MAX_BYLINE_WORDS = 12
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|de|del|der|van|von|la|le|da|di|du|al|bin|ibn|and|&)$")
_MAX_HEADLINE_WORDS = 30
_HEADER_SEARCH_LINES = 5  # non-empty lines after the headline that may hold byline and date
_SIGNATURE_SEARCH_LINES = 8  # non-empty lines at the end that may hold a signature

_CONTACT = re.compile(r"\b(?i:to contact)(?: the)? ([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5})")
_COPYRIGHT = re.compile(r"(?:©|copyright|\(c\))\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?:(?:provided )?by\s+)?(.+?)(?:\.?\s*all rights reserved.*|\.)?$", re.IGNORECASE)
# What follows an outlet's name on a copyright line: syndication notes, places, company forms.
_COPYRIGHT_TAIL = re.compile(r"\s*(?:[,(;]|\s[-–—|]\s|\b(?:GmbH|Inc|LLC|Ltd|Corp|Co|S\.A|plc)\b).*$")
_SIGNATURE_EMAIL_LINES = 3
# "Follow Kurt Zindulka on Twitter": the writer's own sign-off, a byline at the bottom.
_FOLLOW_AUTHOR = re.compile(rf"^follow\s+(.+?)\s+on\s+{SOCIAL_NETWORKS}\b", re.IGNORECASE)
# A dateline opening the body with the credit of whoever wrote it: "MOSCOW (Reuters) -",
# "KYIV, Ukraine (AP) —", "Port Elda, March 3 (Northgate Wire) -", "(AFP) -".
_DATELINE_CREDIT = re.compile(
    r"(?:(?P<place>[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,4}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)\s*)?"
    r"\((?P<outlet>[A-Z][\w&.'’/-]*(?:\s+[A-Z&][\w&.'’/-]*){0,4})\)\s*[-–—]+\s*(?=\S)"
)
# An outlet's name opening the body: "Northgate Wire - The council ...", "AFP - Officials ...".
_OUTLET_PREFIX = re.compile(r"(?P<outlet>[A-Z][\w&.'’]*(?:\s+(?:[A-Z][\w&.'’]*|of|the|and|&)){0,5})\s+[-–—]+\s+(?=[A-Z\"“‘'])")
# How news organisations name themselves: a name ending in one of these nouns is an outlet's, not
# a place's ("Riverside Gazette -" vs "NEW YORK -", a place dateline without a credit).
_NEWS_ORGANISATION_NOUNS = frozenset(
    """news newswire wire wires times post press herald gazette journal tribune agency service daily media
    network radio tv television broadcasting chronicle observer telegraph courier dispatch monitor bulletin
    standard express mail record register weekly magazine review sentinel examiner inquirer star sun
    today online digest insider report reporter""".split()
)
# "Sen. Ann Lee (R-Texas) —" is a politician's party and state, not a credit.
_PARTY_AND_STATE = re.compile(r"[A-Z]{1,2}-")
# Words that open a page's labels ("Breaking News -", "(Updated) -", "(Exclusive) -"), not names.
_LABEL_WORDS = frozenset({"breaking", "latest", "live", "top", "more", "world", "local", "national", "business",
                          "updated", "update", "corrected", "correction", "exclusive", "analysis", "opinion", "video", "watch"})
_SELF_REFERENCE = re.compile(
    r"\b(?i:this|the) (?:article|story|report|piece) (?:was )?(?:originally |first )?(?:published|appeared) "
    r"(?:on|in|at) (?:the )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,5})"
)


@dataclass
class TextMetadata:
    title: Optional[str] = None
    author: Optional[str] = None
    published: Optional[date] = None
    sources: dict[str, str] = field(default_factory=dict)
    header_lines: set[int] = field(default_factory=set)  # lines the header fields were read from
    furniture_lines: set[int] = field(default_factory=set)  # boilerplate among them (may sign for the outlet)
    updated: Optional[date] = None  # from an "Updated ..." line
    title_line: Optional[int] = None

    def finish(self) -> "TextMetadata":
        """An update line dates the article only when no publication line did."""
        self.set("published", self.updated, "text_updated_line")
        return self

    def set(self, name: str, value, method: str) -> None:
        if value and getattr(self, name) is None:
            setattr(self, name, value)
            self.sources[name] = method


def looks_like_name(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 6
        and len(text) <= 60
        and words[0][0].isupper()
        and not any(ch.isdigit() for ch in text)
        and all(_NAME_WORD.match(w) for w in words)
    )


def clean_author(text: str) -> Optional[str]:
    """"Jane Roe, Associated Press" -> "Jane Roe"; "JANE ROE" -> "Jane Roe"."""
    text = text.strip(" ,|-–—")
    names = [part.strip().removeprefix("and ").strip() for part in re.split(r"\s*,\s*", re.split(r"\s*[|;]\s*|\s+[-–—]\s+", text)[0])]
    if len(names) > 1 and " and " in names[-1] and all(looks_like_name(n) for n in names):
        return ", ".join(names)  # "Ann Lee, Bo Park and Cy Dunn": a list of writers, not a name and a role
    name = re.split(r"\s*[,|;]\s*|\s+[-–—]\s+", text)[0]
    words = name.split()
    capitals = next((k for k, w in enumerate(words) if not (w.isupper() and len(w) > 1)), len(words))
    if 2 <= capitals < len(words):  # "JANE ROE Associated Press": the name in capitals, then the outlet
        name = " ".join(words[:capitals])
    if name.isupper():
        name = name.title()
    return name if looks_like_name(name) or (1 <= len(name.split()) <= 8 and " and " in name) else None


def looks_like_headline(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= _MAX_HEADLINE_WORDS
        and not line.endswith((".", ",", ";", ":"))
        and "@" not in line
        and parse_date_line(line) is None
        and not _BYLINE.match(line)
        and not is_boilerplate(line)
    )


def same_title(a: str, b: str) -> bool:
    fold = lambda text: " ".join(re.findall(r"\w+", text.lower()))  # noqa: E731
    a, b = fold(a), fold(b)
    return bool(a and b) and (a in b or b in a or fuzz.ratio(a, b) >= 85)


def read_header(lines: list[str], headings: set[int] = frozenset(), *, known_title: Optional[str] = None) -> TextMetadata:
    """Headline, byline and date lines at the top of ``lines`` (blank lines are "").

    With ``known_title`` (from page metadata) the first line is the headline only when it
    repeats that title, so a short lead paragraph of a web page is not taken for one. Page
    furniture ("Skip to content", "2 min read") among these lines is passed over and counted as
    header; a standfirst (one line between headline and byline) stays in the body.
    """
    found = TextMetadata()
    nonblank = [i for i, line in enumerate(lines) if line]
    # Furniture and date lines above the headline ("Skip to content", "March 3, 2021").
    while nonblank and len(found.header_lines) < _PRE_TITLE_LINES and nonblank[0] not in headings:
        line = lines[nonblank[0]]
        if not (is_boilerplate(line) or parse_date_line(line) or _BYLINE.match(line)):
            break
        _read_header_line(found, line, "")
        if is_boilerplate(line):
            found.furniture_lines.add(nonblank[0])
        found.header_lines.add(nonblank.pop(0))
    if not nonblank:
        return found.finish()
    first = nonblank[0]
    next_line = lines[first + 1] if first + 1 < len(lines) else ""
    if known_title:
        is_title = same_title(lines[first], known_title)
    else:
        # A headline stands alone, or has its byline or date (or a standfirst, then those) below it.
        after = lines[nonblank[2]] if len(nonblank) > 2 else ""
        is_title = first in headings or (looks_like_headline(lines[first]) and (
            not next_line or _is_byline_or_date(next_line) or (not next_line.endswith(".") and _is_byline_or_date(after))))
    if is_title:
        found.set("title", lines[first], "markdown_heading" if first in headings else "text_headline")
        found.header_lines.add(first)
        found.title_line = first
        nonblank = nonblank[1:]
    window = nonblank[:_HEADER_SEARCH_LINES]
    for k, i in enumerate(window):
        line = lines[i]
        following = lines[window[k + 1]] if k + 1 < len(window) else ""
        if _read_header_line(found, line, following):
            found.header_lines.add(i)
        elif is_boilerplate(line):
            found.header_lines.add(i)
            found.furniture_lines.add(i)
        elif k == 0 and is_title and following and _is_byline_or_date(following):
            continue  # a standfirst under the headline: body text, with the byline below it
        else:
            break
    return found.finish()


def _is_byline_or_date(line: str) -> bool:
    named = split_name_and_date(line)
    return bool(_BYLINE.match(line) or parse_date_line(line) or (named and looks_like_name(named[0]))
                or _name_and_role(line))


def _name_and_role(line: str) -> Optional[str]:
    """The name of a "Jane Roe, Transport correspondent" line (a byline with the writer's role)."""
    match = _NAME_ROLE.fullmatch(line)
    if not match or not looks_like_name(match.group("name")):
        return None
    role = match.group("role").split()
    return match.group("name") if 1 <= len(role) <= _MAX_ROLE_WORDS else None


def _read_header_line(found: TextMetadata, line: str, following: str) -> bool:
    """Take a byline or date from ``line``; False when it is neither (the body has started)."""
    byline = _BYLINE.match(line)
    if byline:
        named = split_name_and_date(byline.group(1).rstrip(" :.-–—"))
        found.set("author", clean_author(named[0] if named else byline.group(1)), "text_byline")
        if named:
            found.set("published", named[1], "text_dateline")
        return "author" in found.sources
    dated = parse_date_line(line)
    if dated:
        if is_update_line(line):
            found.updated = found.updated or dated  # used only when no publication date is stated
        else:
            found.set("published", dated, "text_dateline")
        return True
    named = split_name_and_date(line)
    if named and looks_like_name(named[0]):
        found.set("author", named[0], "text_name_date_line")
        found.set("published", named[1], "text_dateline")
        return True
    if looks_like_name(line) and parse_date_line(following):
        found.set("author", line, "text_name_above_date")
        return True
    name = _name_and_role(line)
    if name:
        found.set("author", name, "text_name_role")
        return True
    return False


def outlet_from_text(lines: list[str], *, signature_lines: set[int]) -> tuple[Optional[str], Optional[str]]:
    """The outlet named by signature lines (footers the boilerplate step found, and the last few
    lines): contact lines, e-mail domains, links, copyright lines; then a wire dateline at the
    top of the body, then self-references anywhere."""
    nonblank = [i for i, line in enumerate(lines) if line]
    candidates = [lines[i] for i in sorted(set(nonblank[-_SIGNATURE_SEARCH_LINES:]) | signature_lines)]
    footer = [lines[i] for i in sorted(signature_lines)]
    for line in candidates:
        contact = _CONTACT.search(line)
        if contact:
            return outlet_for_name(contact.group(1)), "signature"
    # E-mail addresses and links in body text belong to whoever the article quotes or cites;
    # only footer lines and the last lines sign for the outlet.
    for line in footer + [lines[i] for i in nonblank[-_SIGNATURE_EMAIL_LINES:]]:
        for match in EMAIL.finditer(line):
            outlet = outlet_for_domain(match.group(1))
            if outlet:
                return outlet, "email_domain"
    for line in footer:
        for match in DOMAIN.finditer(line) if len(line.split()) <= 12 else ():
            outlet = outlet_for_domain(match.group(1))
            if outlet:
                return outlet, "url_in_text"
    for line in candidates:
        copyright_line = _COPYRIGHT.fullmatch(line) if len(line.split()) <= 15 else None
        name = _COPYRIGHT_TAIL.sub("", copyright_line.group(1)).strip(" .") if copyright_line else ""
        if name:
            return outlet_for_name(name), "copyright"
    for line in [line for line in lines if line][:_HEADER_SEARCH_LINES + 1]:
        credit = opening_credit(line)
        if credit:
            return credit[0], credit[1]
    for line in lines:
        reference = _SELF_REFERENCE.search(line)
        if reference:
            return outlet_for_name(reference.group(1)), "self_reference"
    return None, None


def standalone_bylines(lines: list[str], *, start: int = 0) -> dict[int, tuple[str, Optional[date]]]:
    """Lines at or after ``start`` that are only a byline ("By Jane Roe", "Written by Ann Lee and
    Bo Park", "By Jane Roe, Example Tribune November 15, 2018:"), wherever the page put them, with
    the names and any date: metadata, not report text."""
    found = {}
    for i in range(start, len(lines)):
        byline = _BYLINE.match(lines[i]) if len(lines[i].split()) <= _MAX_BYLINE_WORDS else None
        if not byline:
            continue
        named = split_name_and_date(byline.group(1).rstrip(" :.-–—"))
        name = clean_author(named[0] if named else byline.group(1))
        if name:
            found[i] = (name, named[1] if named else None)
    return found


def _is_label(name: str) -> bool:
    return name.split()[0].lower() in _LABEL_WORDS


def opening_credit(line: str) -> Optional[tuple[str, str, str]]:
    """The outlet credited at the start of a body line ("LONDON (Northgate Wire) - ..." or
    "Northgate Wire - ..."), as (outlet, method, the line without the credit)."""
    dateline = _DATELINE_CREDIT.match(line)
    if dateline and not _PARTY_AND_STATE.match(dateline.group("outlet")) and not _is_label(dateline.group("outlet")):
        rest = line[dateline.end():]
        place = dateline.group("place")
        return outlet_for_name(dateline.group("outlet")), "wire_dateline", f"{place} — {rest}" if place else rest
    prefix = _OUTLET_PREFIX.match(line)
    if prefix:
        name = prefix.group("outlet")
        last = name.split()[-1].lower().strip(".")
        if _is_label(name):
            return None  # "Breaking News -", "Latest News -": a section label, not the outlet
        if last in _NEWS_ORGANISATION_NOUNS or (name.isupper() and name.upper() in OUTLETS_BY_ABBREVIATION):
            return outlet_for_name(name), "outlet_prefix", line[prefix.end():]
    return None


def author_from_signature(lines: list[str], *, signature_lines: set[int]) -> Optional[str]:
    """The author named in a sign-off line ("Follow Jane Roe on Twitter"), when it is a name."""
    found = author_and_method_from_signature(lines, signature_lines=signature_lines)
    return found[0] if found else None


def author_and_method_from_signature(lines: list[str], *, signature_lines: set[int]) -> Optional[tuple[str, str]]:
    """The author named by a sign-off line: "Follow Jane Roe on Twitter" (``signature_follow``),
    or the reporters of a wire credit "Reporting by Jane Roe; Editing by Sam Lee"
    (``staff_credit``: the reporters, never the editors)."""
    for i in sorted(signature_lines):
        follow = _FOLLOW_AUTHOR.match(lines[i])
        if follow and looks_like_name(follow.group(1)):
            return follow.group(1), "signature_follow"
    for i in sorted(signature_lines):
        credits = staff_credits(lines[i])
        reporters = (credits or {}).get("reporting") or (credits or {}).get("writing")
        if reporters:
            return " and ".join(dict.fromkeys(reporters)), "staff_credit"
    return None
