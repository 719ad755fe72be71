"""Unit normalisation for quantities: quantulum3 unit names -> the units storylens compares in.

Lengths go to km, areas to km2, masses to kg, speeds to km/h (pint converts), money keeps its
ISO 4217 code (converting currencies needs exchange rates of the day, which we do not have),
durations keep their own unit ("11-minute" stays 11 minute), percentages are "percent" and
bare numbers are "count".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Union

import pint

# quantulum3 entity -> (pint unit we convert into, the storylens unit name)
TARGETS = {
    "length": ("kilometer", "km"),
    "area": ("kilometer ** 2", "km2"),
    "mass": ("kilogram", "kg"),
    "speed": ("kilometer / hour", "km/h"),
    "volume": ("liter", "l"),
}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
# quantulum3 names that pint spells differently
PINT_SPELLING = {"metre": "meter", "kilometre": "kilometer", "centimetre": "centimeter", "millimetre": "millimeter",
                 "litre": "liter", "square kilometre": "kilometer ** 2", "square metre": "meter ** 2",
                 "square mile": "mile ** 2", "square foot": "foot ** 2", "mile per hour": "mile / hour",
                 "kilometre per hour": "kilometer / hour", "metre per second": "meter / second",
                 "pound-mass": "pound", "tonne": "metric_ton", "short ton": "short_ton", "long ton": "long_ton"}

Value = Union[float, list[float]]


@lru_cache(maxsize=1)
def _registry() -> pint.UnitRegistry:
    return pint.UnitRegistry()


def _pint_name(name: str) -> str:
    if name in PINT_SPELLING:
        return PINT_SPELLING[name]
    for british, american in (("metre", "meter"), ("litre", "liter")):
        name = name.replace(british, american)
    if name.startswith("square "):
        name = name[len("square "):] + " ** 2"
    return name.replace(" per ", " / ")


def _convert(value: Value, source: str, target: str) -> Optional[Value]:
    registry = _registry()
    try:
        factor = registry.Quantity(1.0, _pint_name(source)).to(target).magnitude
    except Exception:  # pint raises several unrelated types for names it does not know
        return None
    if isinstance(value, list):
        return [v * factor for v in value]
    return value * factor


def normalise(value: Value, unit_name: str, entity: str, currency_code: Optional[str] = None) -> tuple[Value, str]:
    """(value, unit) in storylens units for a quantulum3 unit name and entity."""
    if currency_code:
        return value, currency_code
    if unit_name == "dimensionless":
        return value, "count"
    if unit_name in ("percentage", "per cent", "percent"):
        return value, "percent"
    if unit_name in TIME_UNITS or unit_name.endswith(" of age"):
        return value, unit_name  # "a 50-year-old": an age, kept apart from durations
    if entity in TARGETS:
        target, short = TARGETS[entity]
        converted = _convert(value, unit_name, target)
        if converted is not None:
            return _rounded(converted), short
    return value, unit_name


@lru_cache(maxsize=256)
def ratio_unit(numerator: str, denominator: str) -> Optional[str]:
    """The name of a unit written as one unit per another ("ng/mL", "nanograms per millilitre"),
    spelled alike however it is written ("nanogram per milliliter"), when pint knows both words
    and their ratio has a physical dimension; None otherwise ("deaths per day", "in/ft")."""
    registry = _registry()
    try:
        top, bottom = registry.Unit(_pint_name(numerator)), registry.Unit(_pint_name(denominator))
    except Exception:  # pint raises several unrelated types for names it does not know
        return None
    if (top / bottom).dimensionless or top.dimensionless or bottom.dimensionless:
        return None
    return f"{top} per {bottom}"


@lru_cache(maxsize=64)
def in_hours(value: float, unit: str) -> float:
    """A length of time in hours ("day" -> 24 per day), for the units of ``TIME_UNITS``."""
    if unit == "decade":  # pint's decade is a logarithmic ratio, not ten years
        return in_hours(value * 10, "year")
    return _registry().Quantity(value, unit).to("hour").magnitude


def _rounded(value: Value) -> Value:
    # Conversion factors give float noise (193.12128...); six significant digits is plenty for news.
    if isinstance(value, list):
        return [float(f"{v:.6g}") for v in value]
    return float(f"{value:.6g}")


# Currency written before the amount, longest first in the pattern. "PS" and "Y=" are what ASCII
# transliteration (unidecode) makes of "£" and "¥"; feeds that pass text through it print "PS2.7m".
CURRENCY_PREFIXES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("$", "US$", "US $", "$US", "USD"), ("dollar", "USD")),
    **dict.fromkeys(("A$", "AU$", "$A", "AUD"), ("australian dollar", "AUD")),
    **dict.fromkeys(("C$", "CA$", "CAD"), ("canadian dollar", "CAD")),
    **dict.fromkeys(("NZ$", "NZD"), ("new zealand dollar", "NZD")),
    **dict.fromkeys(("HK$", "HK $", "HKD"), ("hong kong dollar", "HKD")),
    **dict.fromkeys(("S$", "SGD"), ("singapore dollar", "SGD")),
    **dict.fromkeys(("€", "EUR"), ("euro", "EUR")),
    **dict.fromkeys(("£", "PS", "GBP"), ("pound sterling", "GBP")),
    **dict.fromkeys(("¥", "Y=", "JPY"), ("japanese yen", "JPY")),
    **dict.fromkeys(("₹", "Rs", "Rs.", "INR"), ("indian rupee", "INR")),
    **dict.fromkeys(("RM", "MYR"), ("malaysian ringgit", "MYR")),
    **dict.fromkeys(("R$", "BRL"), ("brazilian real", "BRL")),
    **dict.fromkeys(("CHF",), ("swiss franc", "CHF")),
    **dict.fromkeys(("RMB", "CNY"), ("chinese yuan", "CNY")),
}
# Unit words after a bare number that quantulum3 does not know: word -> (unit name, entity)
UNIT_WORDS: dict[str, tuple[str, str]] = {
    "mpg": ("mile per gallon", "fuel economy"),
    "bhp": ("brake horsepower", "power"),
    "PS": ("metric horsepower", "power"),  # after the number: Pferdestaerke in car specs
    "pc": ("percentage", "dimensionless"),  # British papers: "up 5pc"
}
# Vague round amounts ("dozens of", "tens of thousands of"): the range they span, as NewsQuant counts them
VAGUE_BASES = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
VAGUE_MULTIPLIERS = {"tens": 10.0, "hundreds": 100.0}
