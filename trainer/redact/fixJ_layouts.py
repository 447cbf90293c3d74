"""Is a grouped number laid out exactly as some country writes its phones? (review rev16 F9)

The order and invoice keeps refuse a number that is a phone as the cue's regions write it, but
they knew a dozen plans: "Commande n° 77 123 45 67" (a Senegalese mobile in its own grouping),
"pasūtījums 29 123 456" (Latvian) were kept. A spaced or dashed number whose groups are the
national format of a region where its digits are a valid number is a phone as written, for
every region the ``phonenumbers`` metadata knows. Only the keeps' candidates are asked.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import phonenumbers

_NATIONAL = phonenumbers.PhoneNumberFormat.NATIONAL
_GROUP = re.compile(r"\d+")
_LAYOUT = re.compile(r"\d+(?:[ .\-\u00a0]\d+)+")  # digit groups, one separator between each
# a year and a serial ("2021-0734"): the reference layout the keeps allow (``references``)
_YEAR_SERIAL = re.compile(r"(?:19|20)\d\d-\d{3,}")


@cache
def _regions_by_length() -> dict[int, tuple[str, ...]]:
    """For each written length, the regions whose plan has a number of that length, written
    bare or after the national (trunk) prefix; built once, on the first grouped candidate."""
    out: dict[int, set[str]] = {}
    for region in phonenumbers.SUPPORTED_REGIONS:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if meta is None:
            continue
        prefix = len(meta.national_prefix or "")
        for n in meta.general_desc.possible_length:
            out.setdefault(n, set()).add(region)
            if prefix:
                out.setdefault(n + prefix, set()).add(region)
    return {n: tuple(sorted(regions)) for n, regions in out.items()}


@lru_cache(maxsize=4096)
def national_layout(token: str) -> bool:
    """``token`` ("77 123 45 67", "8845-1234") has the digit groups of the national format of
    some region for which its digits are a valid number."""
    if _LAYOUT.fullmatch(token) is None or _YEAR_SERIAL.fullmatch(token):
        return False
    groups = _GROUP.findall(token)
    digits = "".join(groups)
    if not 7 <= len(digits) <= 13:
        return False
    for region in _regions_by_length().get(len(digits), ()):
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        written = _GROUP.findall(phonenumbers.format_number(number, _NATIONAL))
        if written == groups:
            return True
    return False
