"""Lines that belong to the page, not the report: footers, social prompts, comment prompts,
calls to action for the outlet (an imperative naming the outlet or a sum of money: "Donate now:
25 euros buys ..."), photo credits (and the caption just above a credit, or right under one that
opens its photo block), ad and tracking code, status lines
("Updated ...", "2 min read"), staff credits ("Reporting by ...; Editing by ...") and navigation
leftovers. General patterns, matched per line."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from storylens.ingest.dates import is_status_line
from storylens.wordnet import is_kind_of, senses_of

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
    r"(?:read more|related(?: articles| stories| coverage| topics| content| reading)?|recommended(?: for you)?|most read|more from \w+)[.:]?",
    # ... and the link they introduce on the same line: "Read more: Coal output falls again"
    r"(?:read more|(?:also|further) read(?:ing)?|related(?: articles?| stories| story| coverage)?|most read|see also)\s*:\s*\S.{0,200}",
    # A teaser for another story of the site: "Also on Fenwick Radio: Cheese fair draws
    # crowds" (round s33). A site is read "on" or "from"; "Also on Monday: ..." is a day.
    r"(?:also|more|elsewhere) (?:on|from) (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?-i:[A-Z])[^:.!?]{0,60}:\s*\S.{0,200}",
    # Share and audio buttons: "Share", "Facebook Twitter Email", "Listen to this article".
    rf"(?:(?:share|tweet|email|e-mail|print|copy link|save|whatsapp|reddit|pinterest|messenger|{SOCIAL_NETWORKS})\b[\s,|/·•]*){{1,8}}",
    r"listen to this (?:article|story)\b.*|(?:save|gift|bookmark) (?:this )?(?:article|story)",
    # Labelled media lines ("Image source, Getty Images", "Image caption, Crowds at the pier"):
    # not credits, so the line above them is never taken for their caption.
    r"(?:image|photo|picture|video|media) (?:source|caption|credit|description)s?\s*[,:].{2,300}",
    r"(?:©|(?:copyright|\(c\))\s*(?:©\s*)?(?:19|20)\d\d).*",
    r".*\ball rights reserved\.?",
    r"(?:click here|tap here)\b.*",
    # Reading-time and live-update notes.
    r"(?:\d+|one|two|three|four|five|ten)[- ]?(?:min(?:ute)?s?|hours?)(?:[- ]read(?:ing)?| to read| read time)\.?",
    r"(?:estimated )?read(?:ing)? time:?\s*\d+\s*(?:min(?:ute)?s?)\.?",
    # Said of the page itself ("this"): "The report was updated in 2020" is news and stays.
    r"this (?:post|story|article|page|report|blog|live blog|piece) (?:will|may|is going to|has been|was|is being) (?:be )?updated\b.*",
    r"this is an? (?:developing|breaking)(?: news)? story\b.*|(?:developing|breaking)(?: news)?(?: story)?[.!:]?",
    r"(?:check|come) back (?:later |soon )?for (?:updates|more)\b.*",
    r"(?:more|further) (?:details|updates|information) (?:to follow|to come|soon)\.?",
    # Calls to action addressed to the reader, standing alone with no sentence end: "Sign up for
    # the morning briefing", "Join the union: forms at the hall", "Share on social media". A
    # report's own sentence about joining or signing ends as a sentence does.
    r"(?:join (?:us|our|the)|sign up|subscribe|share (?:this|on|with)|download (?:our|the)|support (?:us|our)"
    r"|donate|follow (?:us|our|the latest|live)|become a (?:member|subscriber|supporter))\b[^.!?]{0,100}",
    # Navigation leftovers of a page copied as text.
    r"(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|menu|search|footer|article)\.?",
    r"select page|back to top|(?:toggle|open|close|main) (?:navigation|menu|search)|menu|search(?: for)?:?|home|close",
    # A breadcrumb trail: short section names joined by arrows ("Home > News > World"); its place
    # names are the site's sections, not the report's places.
    r"(?:[^>›».!?:,]{1,30}?\s*[>›»]\s*){1,6}[^>›».!?:,]{1,30}",
)]
# Code of ad and tracking scripts pasted with the text: dotted calls written as code
# ("googletag.cmd.push(", "document.getElementById(") on a line that ends a statement, or a line
# of only braces and brackets. Prose puts a space before a parenthesis and ends with a word.
_CODE_CALL = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\(")
_CODE_END = re.compile(r"(?:[;{}]|\)|=>)\s*$")
_CODE_ONLY_PUNCTUATION = re.compile(r"[\s{}()\[\];,]+")
_CODE_DECLARATION = re.compile(r"(?:var|let|const|function)\s+[\w$]+\s*(?:=|\().*[;{]\s*")
# Staff credits that close wire copy: "(Reporting by Ann Lee in Oslo; Editing by Bo Park)". Each
# part names a task and the people; they are the agency's staff, not sources of the report.
_STAFF_TASK = re.compile(
    r"(?:additional |further )?(?:reporting|writing|editing|research|fact[- ]checking|graphics|translation|compiled|produced|"
    r"written|edited|reported)(?: and (?:reporting|writing|editing|research))?\s+by\s+(?P<names>.+)",
    re.IGNORECASE,
)
_STAFF_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|bin|da|di|du|la|le)){0,4}")
_STAFF_PLACE = re.compile(r"\s+(?:in|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
MAX_WORDS = 30

# Photo credits: "NAME/AFP via Getty Images", "Photo: Jane Roe/Reuters", "(AP Photo/John Doe)".
PHOTO_CREDIT_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r".*\bvia getty images\)?",
    rf"\(?(?:[^.!?/]{{2,60}}/\s*)?{_AGENCIES}(?:\s+photo)?(?:\s*/\s*[^.!?/]{{2,60}})?\)?",
    r"\(?(?:photo|image|picture|photograph|illustration)s?(?: credit)?\s*[:|/].{2,80}",
    rf"\(?{_AGENCIES} photo\b.{{0,60}}\)?",
    r"(?:image )?credits?(?::|\.{2,}|…)\s*[^.!?]{2,80}",
    # "Photo by Ann Lee on Unsplash": names after "by" ("Photos by residents showed ..." is news).
    r"(?:photo|photograph|picture|image)s? by (?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:\s*(?:/|for|on|via)\s+[^.!?]{2,40})?\.?",
)]
# A caption with its credit on the same line: "Crowds at the pier. Photograph: Ann Lee/Agency",
# "The minister on Monday (Photo: Government)".
CAPTION_WITH_CREDIT_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r".+[.!?)”\"]\s+(?:photograph|photo|picture|image|illustration|composite)s?(?: credit)?\s*:\s*[^.!?:]{2,80}\.?",
    r".+\((?:photograph|photo|picture|image|illustration)s?(?: credit)?\s*:\s*[^()]{2,80}\)\.?",
    # The credit first, naming a photographer and an outlet ("Photo: Ana Roe/City Wire. Police
    # outside the mill.", "Picture: Ana Roe for the Sentinel. ..."), then the caption (round s31).
    r"\(?(?:photograph|photo|picture|image|illustration)s?(?: credit)?\s*:\s*[^.!?:/]{2,60}(?:\s*/\s*|\s+for\s+)[^.!?:]{2,60}[.)]\s+\S.*",
)]
MAX_CREDIT_WORDS = 14
MAX_CAPTION_WORDS = 60
# Web pages put caption and credit in separate blocks (a blank line apart once extracted);
# only a short line there counts as a caption, so a body paragraph above a credit stays.
MAX_DETACHED_CAPTION_WORDS = 25
SENTENCE_ENDS = (".", "!", "?", "\"", "”", "’")


# A call to action addressed to the reader (round s31): the line opens with a verb in its base
# form followed by a determiner, a pronoun, "now" or a colon ("Support the Sentinel's ...",
# "Follow the Herald ...", "Donate now: ..."), and it names the outlet or a sum of money. A news
# line opens with its subject ("Herald readers gave ...", "Tickets for the match cost ...").
# Since round s32 the verb may take its object through a preposition ("Subscribe to the Harbour
# Weekly ...", "Sign up for ...": the object then names the outlet or a publication).
_OPENING = re.compile(
    r"(?P<verb>[A-Z][a-z]+)(?P<next>\s*:|\s+(?:the|a|an|our|us|your|you|this|now|today|here)\b"
    r"|(?P<through>\s+(?:up\s+)?(?:to|for)\s+(?:the\s+|our\s+)?(?=[A-Z])))"
)
_AMOUNT = re.compile(r"[$€£¥₹]\s?\d|\d[\d.,]*\s+(?P<unit>[a-z]+)")
MONEY_KINDS = frozenset({"monetary_unit.n.01", "currency.n.01"})
_QUOTE_MARKS = "\"“”«»"


# Two more imperative shapes (round s33), read by their form before WordNet is asked:
# - two imperatives joined by a colon, the second addressed to the reader: "Support independent
#   journalism: become a Marsh Ledger member", "Help the shelter: donate today";
# - a purpose, then an imperative: "To volunteer, register at the harbour office ...". A report
#   writes a subject after the comma ("To date, police in Dunhollow have arrested ..."), and its
#   clause holds an inflected verb, which an instruction to the reader does not.
_ADDRESSED = r"(?:a|an|the|our|us|your|you|now|today|here|online|at|to|for|on|in|up|by)\b"
_TWO_IMPERATIVES = re.compile(rf"(?P<verb>[A-Z][a-z]+)\b[^:.!?\"“”]{{0,60}}:\s*(?P<second>[a-z]+)\s+{_ADDRESSED}[^\"“”]*")
_PURPOSE_THEN_IMPERATIVE = re.compile(rf"To (?P<purpose>[a-z]+)\b[^,.!?\"“”]{{0,60}},\s+(?P<verb>[a-z]+)\s+(?P<rest>{_ADDRESSED}[^\"“”]*)")
_WORD = re.compile(r"[a-z]+")


def is_reader_instruction(line: str) -> bool:
    """An instruction to the reader with no name or sum in it (round s33): two imperatives joined
    by a colon, or a purpose followed by an imperative whose clause holds no inflected verb.
    Lines of another shape are refused by the text alone, so WordNet is read only for these."""
    line = line.strip()
    if len(line.split()) > MAX_WORDS:
        return False
    joined = _TWO_IMPERATIVES.fullmatch(line)
    if joined is not None:
        return _base_form_verb(joined.group("verb")) and _base_form_verb(joined.group("second"))
    purpose = _PURPOSE_THEN_IMPERATIVE.fullmatch(line)
    if purpose is None or not (_base_form_verb(purpose.group("purpose")) and _base_form_verb(purpose.group("verb"))):
        return False
    return not any(_inflected_verb(word) for word in _WORD.findall(purpose.group("rest").lower()))


def _inflected_verb(word: str) -> bool:
    """A verb's form for a tense or a person ("arrested", "is", "says"; not "register", "sign",
    nor the "-ing" form of "the pumping station", which no clause needs a subject for)."""
    from storylens.wordnet import wordnet

    base = wordnet().morphy(word, "v")
    return base is not None and base != word and not word.endswith("ing")


def _base_form_verb(word: str) -> bool:
    """WordNet knows the word as a verb and it is the verb's base form ("Donate", "Follow"; not
    "Residents", "Donations")."""
    from storylens.wordnet import wordnet

    reader = wordnet()
    word = word.lower()
    return bool(reader.synsets(word, pos="v")) and reader.morphy(word, "v") == word


def _names_money(line: str) -> bool:
    """A currency sign before a number, or a number before a noun one of whose WordNet senses is a
    monetary unit or a currency ("25 euros"; "3 crowns", a coin; not "50 patients")."""
    for match in _AMOUNT.finditer(line):
        unit = match.group("unit")
        if unit is None:
            return True
        for sense in senses_of(unit):
            if is_kind_of(sense, *MONEY_KINDS):
                return True
    return False


def is_call_to_action(line: str, *, outlets: Sequence[str] = ()) -> bool:
    """A line that asks the reader to act for the outlet: an imperative opening (``_OPENING``) and
    the outlet's name or a sum of money. The name is read by its last word, the noun an outlet
    names itself with ("Sentinel" of "Dunhollow Sentinel": its first word is often a place the
    report names too). Not a line with quotation marks (advice someone gives is news) nor one
    longer than ``MAX_WORDS``."""
    opening = _OPENING.match(line.strip())
    if opening is None or any(mark in line for mark in _QUOTE_MARKS) or len(line.split()) > MAX_WORDS:
        return False
    outlet_nouns = {words[-1] for name in outlets if (words := re.findall(r"[A-Z][\w'’-]+", name))}
    capitalised = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[A-Z][\w'’-]+", line)[1:]]
    named = any(w in outlet_nouns for w in capitalised)
    # a publication is looked for only after "to"/"for" ("Subscribe to Coastline Monthly"): read by
    # the text alone first, so WordNet is loaded only for the lines left (ingest had slowed from
    # 75 to 1.3 articles/s loading it for every short capitalised line)
    through_preposition = opening.group("through") is not None
    if not named and not _AMOUNT.search(line) and not (capitalised and through_preposition):
        return False
    if not _base_form_verb(opening.group("verb")):
        return False
    return named or _names_money(line) or (through_preposition and any(_names_a_publication(w) for w in capitalised))


# WordNet's publications: what a "monthly", a "daily", a "gazette" or a "journal" is a kind of.
PUBLICATION_KINDS = frozenset({"periodical.n.01", "newspaper.n.01", "publication.n.01"})


def _names_a_publication(word: str) -> bool:
    """A capitalised word one of whose WordNet noun senses is a periodical or a newspaper: the
    last word of a publication's name ("Coastline Monthly", "Harbour Gazette"). A call to action
    for a sister title or a product of the outlet names one even when the outlet is unknown
    (round s32: "Subscribe to Coastline Monthly for long reads" made an actor)."""
    lowered = word.lower()
    for sense in senses_of(lowered):
        if is_kind_of(sense, *PUBLICATION_KINDS):
            return True
    return False


def is_photo_credit(line: str) -> bool:
    return len(line.split()) <= MAX_CREDIT_WORDS and any(p.fullmatch(line) for p in PHOTO_CREDIT_PATTERNS)


def is_caption_with_credit(line: str) -> bool:
    return len(line.split()) <= MAX_CAPTION_WORDS and any(p.fullmatch(line) for p in CAPTION_WITH_CREDIT_PATTERNS)


def staff_credits(line: str) -> Optional[dict[str, list[str]]]:
    """The tasks and names of a staff-credit line ("Reporting by A and B; Editing by C" ->
    {"reporting": ["A", "B"], "editing": ["C"]}), or None when the line is anything else."""
    inner = line.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1]
    credits: dict[str, list[str]] = {}
    for part in re.split(r"\s*[;|]\s*|\.\s+(?=[A-Z])", inner.strip(" .")):
        task = _STAFF_TASK.fullmatch(part.strip(" ."))
        if not task:
            return None
        names = _STAFF_PLACE.sub("", task.group("names").strip(" ."))
        people = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", names) if n.strip()]
        people = [_STAFF_PLACE.sub("", n) for n in people]
        if not people or not all(_STAFF_NAME.fullmatch(n) for n in people):
            return None
        kind = part.strip().split()[0].lower()
        credits.setdefault("reporting" if kind in ("additional", "further", "reported") else kind, []).extend(people)
    return credits or None


def is_code(line: str) -> bool:
    """A line of script code (ads, tracking) rather than prose."""
    if _CODE_ONLY_PUNCTUATION.fullmatch(line) and any(c in line for c in "{}"):
        return True
    if _CODE_DECLARATION.fullmatch(line):
        return True
    return bool(_CODE_CALL.search(line) and _CODE_END.search(line))


def is_boilerplate(line: str, *, outlets: Sequence[str] = ()) -> bool:
    if not line:
        return False
    if is_code(line) or is_caption_with_credit(line) or is_call_to_action(line, outlets=outlets) or is_reader_instruction(line):
        return True
    if len(line.split()) > MAX_WORDS:
        return staff_credits(line) is not None
    return (is_photo_credit(line) or is_status_line(line) or staff_credits(line) is not None
            or any(p.fullmatch(line) for p in BOILERPLATE_PATTERNS))


def boilerplate_lines(lines: list[str], *, start: int = 0, outlets: Sequence[str] = ()) -> set[int]:
    """Indexes of boilerplate lines at or after ``start``, plus the caption of each photo credit.
    ``outlets``: the outlet's names when known (a call to action names it)."""
    found = set()
    for i in range(start, len(lines)):
        if not is_boilerplate(lines[i], outlets=outlets):
            continue
        found.add(i)
        if is_photo_credit(lines[i]):
            caption = _caption_above(lines, i, start=start)
            if caption is None:
                caption = _caption_below(lines, i)
            if caption is not None:
                found.add(caption)
    return found


# A caption set right under its credit, with no blank line between (round s31): a short line.
MAX_CAPTION_BELOW_WORDS = 25


def _caption_below(lines: list[str], credit: int) -> int | None:
    """The caption of a credit that opens its photo block ("Photo: Ana Roe/City Wire" with "Police
    outside the mill on Wednesday." on the next line): the line right under the credit, short,
    with no blank line between, when no caption stands above. A paragraph a blank line below a
    credit is as likely the report going on, so it stays."""
    below = credit + 1
    if below >= len(lines) or not lines[below]:
        return None
    if credit > 0 and lines[credit - 1]:
        return None  # the credit closes a run of lines: the line under it goes on with the text
    return below if len(lines[below].split()) <= MAX_CAPTION_BELOW_WORDS and not is_boilerplate(lines[below]) else None


def _caption_above(lines: list[str], credit: int, *, start: int) -> int | None:
    """The caption of a credit: a line standing alone (blank line or start of the body above it)
    right on the credit, or a short one a blank line above it. In texts that run paragraphs
    together line by line, a line above a credit is as likely body text, so it stays."""
    def stands_alone(i: int) -> bool:
        return i >= start and bool(lines[i]) and (i == start or not lines[i - 1]) and not lines[i].endswith(":")

    if stands_alone(credit - 1):
        return credit - 1 if len(lines[credit - 1].split()) <= MAX_CAPTION_WORDS else None
    if credit - 1 >= start and not lines[credit - 1] and stands_alone(credit - 2):
        # A blank line apart, a line that ends a sentence is as likely the report's last
        # paragraph before the credit ("The minister will visit on Wednesday."): it stays, since
        # a caption left in the text costs less than a paragraph of the report silently lost.
        detached = lines[credit - 2]
        if detached.rstrip().endswith(SENTENCE_ENDS):
            return None
        return credit - 2 if len(detached.split()) <= MAX_DETACHED_CAPTION_WORDS else None
    return None
