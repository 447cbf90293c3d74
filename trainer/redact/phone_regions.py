"""National numbers of the countries a post itself points to, by their numbering plans.

Small plans write national numbers of six to eight digits with no trunk prefix ("794 502" in
Andorra, "7735 8989" in Malta, "323 8334" in Papua New Guinea), which no phone word need
introduce and which the common-region checks of ``personal_numbers`` do not know. A post
often names its country elsewhere: the country-code top-level domain of an e-mail address or
a link ("...@andorra.ad", "plastics.lu"), the country code of another of its phone numbers
("+356 ..."), the country of an IBAN ("AD12 0001 ..."). ``regional_number`` asks
``phonenumbers`` whether a digit run is a valid number of one of those countries as written:
with no trunk prefix only where the plan has none (an open plan such as Germany's, which writes
its trunk 0, would accept almost any run). Fail closed: the phone detector asks only after the
run failed its own tests, and only where no reference cue, date or amount claimed it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from trainer.redact import prefilter

_REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS)
# Country-code domains used as generic names far more than for their country: no evidence.
_GENERIC_TLDS = frozenset({"io", "ai", "co", "me", "tv", "fm", "ly", "gg", "to", "ws", "cc"})
_TLD = re.compile(r"[\w-]\.([a-z]{2})(?![\w.-]*\w@)(?=[/:>)\]\s,;!?'\"]|\.(?:\s|$)|$)")
# "+356 ...", "00356 ...": not "00" inside a run of groups ("LU28 0019 4006 ...")
_INTL = re.compile(r"(?<![\w+])(?<!\d )(?:\+|00(?=[1-9]))[ ]?(\d[\d ().\-]{6,18}\d)")
_IBAN = re.compile(r"\b([A-Z]{2})\d{2}(?:[ ]?[A-Z0-9]{4}){3,}")


@lru_cache(maxsize=prefilter.CACHED_TEXTS)
def post_regions(text: str) -> frozenset[str]:
    """The regions ``text`` names by a ccTLD, another number's country code or an IBAN."""
    found: set[str] = set()
    if "." in text:
        found.update(t.upper() for t in _TLD.findall(text.lower()) if t not in _GENERIC_TLDS)
    if "+" in text or "00" in text:
        for m in _INTL.finditer(text):
            digits = re.sub(r"\D", "", m.group(1))
            try:
                number = phonenumbers.parse("+" + digits, None)
            except phonenumbers.NumberParseException:
                continue
            if region := phonenumbers.region_code_for_number(number):
                found.add(region)  # the number's own region (NANP: not all 25 of them)
    found.update(_IBAN.findall(text))
    return frozenset(found & _REGIONS)


@lru_cache(maxsize=4096)
def _valid_for(digits: str, region: str) -> bool:
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.national_prefix:
        return False  # a plan with a trunk prefix (and open plans) is read elsewhere
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number_for_region(number, region)


# a decimal ("0409.00", "1234.5"): no plan writes a number with one or two digits after a dot
_DECIMAL = re.compile(r"\d+[.,]\d{1,2}")


def regional_number(*, text: str, written: str, digits: str) -> bool:
    """``digits`` (six to eight, a national number; ``written`` as in the text) is valid, as
    written, in a region with no trunk prefix that the post itself points to
    (``post_regions``)."""
    if not 6 <= len(digits) <= 8 or _DECIMAL.fullmatch(written):
        return False
    return any(_valid_for(digits, region) for region in post_regions(text))
