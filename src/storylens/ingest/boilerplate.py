"""Lines that belong to the page, not the report: footers, social prompts, comment prompts,
photo credits (and the caption just above a credit). General patterns, matched per line."""

from __future__ import annotations

import re

SOCIAL_NETWORKS = r"(?:twitter|x|facebook|instagram|telegram|threads|bluesky|tiktok|linkedin|youtube|mastodon|truth social)"
_AGENCIES = (
    r"(?:AFP|AP|EPA|EPA-EFE|Reuters|Getty Images|Sputnik|TASS|Shutterstock|Anadolu(?: Agency)?|Xinhua|Pool"
    r"|Bloomberg|NurPhoto|ZUMA(?: Press| Wire)?|Alamy|dpa|picture alliance|SOPA Images|LightRocket|Kremlin"
    r"|Associated Press|UPI|Imago|Kommersant|RIA Novosti)"
)
# Each pattern is matched against a whole line (case-insensitive) of at most MAX_WORDS words.
BOILERPLATE_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r"to contact (?:the |us\b).*",
    r"(?:contact|write to|e-?mail) (?:us|the editors?|the newsroom)\b.*",
    r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?",  # a bare link line ("wsws.org/contact")
    rf"follow (?:\S+ ){{0,5}}on {SOCIAL_NETWORKS}\b.*",
    rf"(?:like|find) us on {SOCIAL_NETWORKS}\b.*",
    r".*\be-?mail (?:to|him|her|them|me|us|at)\b.*@.*",
    r".*\b(?:sign up|subscribe|register)\b.*\b(?:newsletter|updates|inbox|alerts|e-?mails?)\b.*",
    r"(?:get|receive) (?:our|the) .*newsletter.*",
    r"(?:\d+\s+)?comments?(?:\s*\(\d+\))?:?",
    r".*\b(?:having (?:issues|trouble|problems)|let us know)\b.*\bcomment(?:s|ing)?\b.*",
    r"(?:leave|post|add|join|view|show|load|read) (?:a |the |all |\d+ )?(?:comments?|discussion|conversation)\b.*",
    r"(?:comments? (?:are|have been) (?:closed|disabled)).*",
    r"(?:advertisement|advertising|sponsored(?: content)?|share this(?: article| story)?|share on \w+|print this(?: article)?)[.:]?",
    r"(?:read more|related(?: articles| stories| coverage)?|recommended(?: for you)?|most read|more from \w+)[.:]?",
    r"(?:©|(?:copyright|\(c\))\s*(?:©\s*)?(?:19|20)\d\d).*",
    r".*\ball rights reserved\.?",
    r"(?:click here|tap here)\b.*",
)]
MAX_WORDS = 30

# Photo credits: "NAME/AFP via Getty Images", "Photo: Jane Roe/Reuters", "(AP Photo/John Doe)".
PHOTO_CREDIT_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r".*\bvia getty images\)?",
    rf"\(?(?:[^.!?/]{{2,60}}/\s*)?{_AGENCIES}(?:\s+photo)?(?:\s*/\s*[^.!?/]{{2,60}})?\)?",
    r"\(?(?:photo|image|picture|photograph|illustration)s?(?: credit)?\s*[:|/].{2,80}",
    rf"\(?{_AGENCIES} photo\b.{{0,60}}\)?",
)]
MAX_CREDIT_WORDS = 14
MAX_CAPTION_WORDS = 60
# Web pages put caption and credit in separate blocks (a blank line apart once extracted);
# only a short line there counts as a caption, so a body paragraph above a credit stays.
MAX_DETACHED_CAPTION_WORDS = 25


def is_photo_credit(line: str) -> bool:
    return len(line.split()) <= MAX_CREDIT_WORDS and any(p.fullmatch(line) for p in PHOTO_CREDIT_PATTERNS)


def is_boilerplate(line: str) -> bool:
    if not line or len(line.split()) > MAX_WORDS:
        return False
    return is_photo_credit(line) or any(p.fullmatch(line) for p in BOILERPLATE_PATTERNS)


def boilerplate_lines(lines: list[str], *, start: int = 0) -> set[int]:
    """Indexes of boilerplate lines at or after ``start``, plus the caption of each photo credit."""
    found = set()
    for i in range(start, len(lines)):
        if not is_boilerplate(lines[i]):
            continue
        found.add(i)
        if is_photo_credit(lines[i]):
            caption = _caption_above(lines, i, start=start)
            if caption is not None:
                found.add(caption)
    return found


def _caption_above(lines: list[str], credit: int, *, start: int) -> int | None:
    """The caption of a credit: a line standing alone (blank line or start of the body above it)
    right on the credit, or a short one a blank line above it. In texts that run paragraphs
    together line by line, a line above a credit is as likely body text, so it stays."""
    def stands_alone(i: int) -> bool:
        return i >= start and bool(lines[i]) and (i == start or not lines[i - 1]) and not lines[i].endswith(":")

    if stands_alone(credit - 1):
        return credit - 1 if len(lines[credit - 1].split()) <= MAX_CAPTION_WORDS else None
    if credit - 1 >= start and not lines[credit - 1] and stands_alone(credit - 2):
        return credit - 2 if len(lines[credit - 2].split()) <= MAX_DETACHED_CAPTION_WORDS else None
    return None
