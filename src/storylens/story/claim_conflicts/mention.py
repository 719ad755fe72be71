"""A claim mention with what alignment and the dispute checks need from the story around it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from storylens.records import ClaimMention, Span
from storylens.story.claim_conflicts.negation import reporting_frame_denied


@dataclass
class MentionInStory:
    """A claim mention with what alignment needs from the story around it."""

    mention: ClaimMention
    span: Span  # the clause
    outlet: Optional[str]
    published: str
    source_key: str
    actors: set[str] = field(default_factory=set)
    lemmas: set[str] = field(default_factory=set)
    align_text: str = ""
    actor_of_name: dict[str, str] = field(default_factory=dict)  # actor names in the clause -> merged actor id
    antecedents: list[int] = field(default_factory=list)  # mentions of the sentence "that"/"this" points back to
    _saying_denied: Optional[bool] = field(default=None, repr=False)
    _stated_negated: Optional[bool] = field(default=None, repr=False)
    # for a clause whose subject points back with a noun ("That relocation ..."): the content
    # lemmas of what that noun names in the sentence before ("their relocation to Belarus")
    referent: Optional[set[str]] = None
    # the clause's dated time expressions: (start in the article, ISO value)
    dated: list[tuple[int, str]] = field(default_factory=list)
    # figures the clause's article says were replaced by others ("raised to five from an earlier
    # figure of three"): (unit, values), read by ``measures.replaced_in_its_article``
    replaced: frozenset = frozenset()

    @property
    def saying_denied(self) -> bool:
        """The clause is reported content whose reporting frame is negated or a denial: "X did
        not state that ...", "X denied saying that ...". What it denies is the saying, not the content."""
        if self._saying_denied is None:
            self._saying_denied = reporting_frame_denied(self.mention)
        return self._saying_denied

    @property
    def stated_negated(self) -> bool:
        """The polarity the clause's sentence states of it (``polarity.as_stated``): "any patient
        had been harmed" under "there was no evidence that" reads negated. The clause's own
        polarity (``mention.negated``) is what the dispute checks read; the pair scorer reads this."""
        if self._stated_negated is None:
            from storylens.story.claim_conflicts.polarity import as_stated  # polarity parses; read on demand

            self._stated_negated = as_stated(self.mention).negated
        return self._stated_negated

    @property
    def label(self) -> str:
        return f"{self.outlet or self.span.article} ({self.published or 'undated'})"
