"""Calendar helpers of storylens_timex: spelled years, holidays, compound numbers, half units."""

from datetime import date

import pytest

from storylens.nlp import timex_calendar as cal


@pytest.mark.parametrize(
    "words, year",
    [
        ("nineteen ninety-six", 1996),
        ("nineteen seventy nine", 1979),
        ("nineteen oh five", 1905),
        ("nineteen hundred", 1900),
        ("eighteen twelve", 1812),
        ("two thousand", 2000),
        ("two thousand and one", 2001),
        ("nineteen five", None),
    ],
)
def test_spelled_years(words, year):
    assert cal.spelled_year(words) == year


def test_compound_numbers():
    assert cal.number("twenty-four") == 24
    assert cal.number("thirty one") == 31
    assert cal.number("several") is None


@pytest.mark.parametrize(
    "name, reference, which, day",
    [
        ("Thanksgiving", date(2000, 1, 7), "", date(1999, 11, 25)),
        ("Thanksgiving Day", date(2023, 11, 1), "", date(2023, 11, 23)),
        ("Christmas", date(2023, 6, 26), "last", date(2022, 12, 25)),
        ("Christmas", date(2023, 6, 26), "next", date(2023, 12, 25)),
        ("Election Day", date(1998, 10, 26), "", date(1998, 11, 3)),
        ("Labor Day", date(2023, 9, 10), "", date(2023, 9, 4)),
        ("Memorial Day", date(2023, 6, 1), "", date(2023, 5, 29)),
        ("Easter", date(2000, 4, 17), "", date(2000, 4, 23)),
        ("Good Friday", date(2024, 4, 1), "", date(2024, 3, 29)),
    ],
)
def test_holidays(name, reference, which, day):
    assert cal.holiday(name, reference, which=which) == day


def test_half_units_in_durations():
    assert cal.duration(2, "years", half=True) == "P2Y6M"
    assert cal.duration(5, "hours", half=True) == "PT5H30M"
    assert cal.duration(1, "minute", half=True) == "PT1M30S"
    assert cal.duration(3, "weeks", half=True) == "P3W"  # no exact TimeML half week: the whole units
