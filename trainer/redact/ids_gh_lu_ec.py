"""Personal numbers of Ghana, Luxembourg and Ecuador, found by their published layout and
check with no cue word (``national_ids`` calls this).

- Ghana Card personal id number (National Identification Authority): "GHA-" then nine digits,
  a hyphen and one check digit ("GHA-NNNNNNNNN-N"). The country prefix makes the layout its
  own; it is read with its hyphens, with spaces instead or solid after "GHA".
- Luxembourg matricule (numéro d'identification national, CCSS, since 2014): thirteen digits,
  the birth date YYYYMMDD, a serial of three, then a Luhn check digit and a Verhoeff check
  digit, both over the first eleven. Written solid or grouped 4-4-3-2 by spaces; a random
  thirteen digits passes date and both checks about 1 time in 4,000.
- Ecuadorian RUC of a natural person (SRI): the holder's cédula (province 01-24 or 30, third
  digit 0-5, mod-10 check with weights 2 1 2 1 2 1 2 1 2, a product over 9 less 9) and the
  establishment number 001 ("1712345678001"). The 001 and the cédula's check together pass
  a random thirteen digits about 1 time in 70,000.
A reference cue right before a number ("Bestellung 1987...") does not keep these: each check
is one a reference passes seldom (fail closed; the Ghana Card has its country prefix).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.checksums import luhn_ok, verhoeff_ok
from trainer.redact.checksums_intl import day_of_month_ok
from trainer.redact.hits import Hit

_GHANA_CARD = re.compile(r"(?<![\w-])(?i:GHA)(?:-\d{9}-|[ ]\d{9}[ ]|\d{9}-?)\d(?![\w-]|[.,/]\d)")
_THIRTEEN = re.compile(r"(?<![\w.,/+#-])(?:\d{13}|\d{4} \d{4} \d{3} \d{2})(?![\w-]|[.,/]\d)")
_EC_WEIGHTS = (2, 1, 2, 1, 2, 1, 2, 1, 2)


def find_gh_lu_ec_ids(text: str, runs: tuple[tuple[int, int], ...]) -> list[Hit]:
    """NATIONAL_ID hits of the layouts above; ``runs`` are ``prefilter.digit_runs(text)``."""
    hits: list[Hit] = []
    if "GHA" in text or "gha" in text or "Gha" in text:  # typed in any case
        hits += [("NATIONAL_ID", m.start(), m.end()) for m in _GHANA_CARD.finditer(text)]
    if prefilter.longest_run_digits(text) >= 13:
        regions = prefilter.run_windows(text)
        for m in prefilter.finditer_in(_THIRTEEN, text, regions):
            digits = m.group().replace(" ", "")
            if lu_matricule_ok(digits) or ec_ruc_ok(digits):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits


def lu_matricule_ok(digits: str) -> bool:
    """A Luxembourg matricule: a birth date from 1900, a serial, Luhn and Verhoeff checks."""
    if len(digits) != 13 or not digits.isascii() or not digits.isdigit():
        return False
    if digits[:2] not in ("19", "20") or not day_of_month_ok(int(digits[6:8]), int(digits[4:6])):
        return False
    return luhn_ok(digits[:11] + digits[11]) and verhoeff_ok(digits[:11] + digits[12])


def ec_cedula_ok(digits: str) -> bool:
    """An Ecuadorian cédula: province, third digit under 6, the mod-10 check digit last."""
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    province = int(digits[:2])
    if not (1 <= province <= 24 or province == 30) or digits[2] > "5":
        return False
    products = (w * int(d) for w, d in zip(_EC_WEIGHTS, digits[:9], strict=True))
    total = sum(p - 9 if p > 9 else p for p in products)
    return (10 - total % 10) % 10 == int(digits[9])


def ec_ruc_ok(digits: str) -> bool:
    """A natural person's RUC: a valid cédula and the establishment number 001."""
    return len(digits) == 13 and digits.endswith("001") and ec_cedula_ok(digits[:10])
