"""Datelines are page furniture: where they end (issue 19)."""

from storylens.ingest.datelines import dateline_length


def opening(text: str) -> str:
    return text[: dateline_length(text)]


def test_a_place_in_capitals_then_a_dash_is_a_dateline():
    assert opening("KELLMOUTH — A barge sank on Sunday.") == "KELLMOUTH — "
    assert opening("PORT ELDA, Tarnland (Harbour Wire) - The council met.") == "PORT ELDA, Tarnland (Harbour Wire) - "


def test_a_place_in_any_case_needs_a_date_or_a_credit():
    assert opening("Port Elda, March 3 (Harbour Wire) - The council met.") == "Port Elda, March 3 (Harbour Wire) - "
    assert opening("Port Elda (Harbour Wire) -- Rain fell.") == "Port Elda (Harbour Wire) -- "
    assert opening("Officials — and residents — said the bridge was safe.") == ""


def test_an_aside_after_a_dash_is_no_dateline():
    assert opening("ORVA - the agency that runs the port - said so.") == ""
    assert opening("The barge sank on Sunday.") == ""
