"""What an "according to" attribution holds (round s38): the content ends before the phrase,
also when the phrase ends its paragraph (the paragraph break hangs on the sentence's full stop
and once stretched the content over "according to X")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("after", ["", "\n\n", "\n\nThe hearing resumes on Friday."])
def test_according_to_at_a_paragraph_end_is_not_part_of_what_was_said(quotes_of, after):
    text = (
        "Inmates were given bottled water throughout, according to the service. "
        "Several prisoners fell ill, according to the lawyers." + after
    )
    quotes = quotes_of(text)
    contents = {q.text: q.speaker_text for q in quotes if q.cue == "according to"}
    assert "Several prisoners fell ill" in contents
    assert contents["Several prisoners fell ill"] == "the lawyers"
    assert "Inmates were given bottled water throughout" in contents
    assert not any("according" in content for content in contents)
