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
    if unit_name in TIME_UNITS:
        return value, unit_name
    if entity in TARGETS:
        target, short = TARGETS[entity]
        converted = _convert(value, unit_name, target)
        if converted is not None:
            return _rounded(converted), short
    return value, unit_name


def _rounded(value: Value) -> Value:
    # Conversion factors give float noise (193.12128...); six significant digits is plenty for news.
    if isinstance(value, list):
        return [float(f"{v:.6g}") for v in value]
    return float(f"{value:.6g}")
