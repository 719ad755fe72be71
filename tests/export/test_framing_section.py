"""The report's framing section: how each outlet names the event, rejects a name or reports one."""

from __future__ import annotations

from storylens.export.report import render_report
from storylens.records import Article, Framing, Story


def _framing_section(framing: Framing) -> str:
    articles = [Article("a1", "a1.txt", "The raid began.", outlet="Coast Wire"), Article("a2", "a2.txt", "The raid began.", outlet="Dock Voice")]
    html = render_report([Story("s1", "A story", articles=articles, framing=framing)])
    section = html[html.index('id="s1-framing"') :]
    return section[: section.index("</section>")]


def test_rejected_and_reported_names_are_shown_apart_from_the_outlets_own():
    section = _framing_section(
        Framing(
            event_names={"Coast Wire": ["raid"]},
            scare_quoted={"Dock Voice": ["Operation Low Tide"]},
            reported_names={"Coast Wire": ["Operation Low Tide"]},
        )
    )
    row = section[section.index("The event is called") :]
    row = row[: row.index("</tr>")]
    coast, dock = row.split('<td class="small">')[1:3]
    assert "<li>raid</li>" in coast and "reports as others' name: Operation Low Tide" in coast
    assert "distances itself from: “Operation Low Tide”" in dock and "reports as" not in dock


def test_a_name_in_scare_quotes_that_is_also_the_outlets_own_is_marked_in_its_list():
    section = _framing_section(Framing(event_names={"Dock Voice": ["rescue"]}, scare_quoted={"Dock Voice": ["rescue"]}))
    assert "“rescue” <span" in section and "distances itself from" not in section


def test_quoted_loaded_words_are_shown_as_the_speakers_not_counted_as_the_outlets():
    # round s29: a loaded span inside a quotation is the speaker's words
    from storylens.records import LoadedSpan, Span

    text = "The raid began."
    own = LoadedSpan(Span.of("a1", text, 4, 8), "Loaded_Language", 0.9, "evaluative")
    quoted = LoadedSpan(Span.of("a1", text, 9, 14), "Name_Calling,Labeling", 0.5, voice="quoted", speaker="p1", speaker_text="Pavel Dunst")
    section = _framing_section(Framing(loaded_language=[own, quoted]))
    row = section[section.index("Persuasion techniques") :]
    coast = row.split('<td class="small">')[1]
    assert "Loaded Language: 1" in coast and "Name Calling" not in coast
    assert "In quotations" in coast and "Pavel Dunst" in coast
