"""Albanian, Angolan and Cameroonian identity numbers and the CEMAC and UEMOA bank RIB, by their
published structure; ``national_ids`` calls this behind its digit-run gate.

- Albania, numri personal (NID, on the identity card since 2009): a capital letter for the
  decade of birth, the year digit, the month (plus 50 for a woman), the day, a three-digit
  serial and a check letter ("J15123001K"). Also read with a two-digit year after the letter,
  as it is often retyped. Without a cue only a calendar birth date inside the letters makes it
  one (a product code "A12345678B" has month 23).
- Angola, bilhete de identidade (BI): nine digits, the two letters of the issuing province
  (LA Luanda, BE Benguela, HO Huíla ...) and three digits ("000123456LA012"): no amount, date
  or reference has that shape. Any two capitals are read (fail closed: a new province code).
- Cameroon, numéro d'identifiant unique (NIU, the DGI taxpayer number every adult holds): "P"
  (a person) or "M" (a company), twelve digits, a check letter ("P012345678901Z").
- CEMAC RIB (BEAC: Cameroon, Gabon, Congo, Chad, CAR, Equatorial Guinea): bank code 5, branch
  5, account 11, RIB key 2, as printed "10005 00012 12345678901 23"; the key is the French
  RIB's (97 minus 89 x bank + 15 x branch + 3 x account, mod 97), so 1 random run in 97 passes.
  Typed IBAN, a bank account. The UEMOA's RIB (BCEAO: Benin, Burkina Faso, Côte d'Ivoire,
  Guinea-Bissau, Mali, Niger, Senegal, Togo) has the same key over a bank code of two country
  letters and three digits and a 12-digit account ("SN012 01001 012345678901 23"): one check
  (``checksums_rib``), no country list.

Each gives way to a reference's cue right before it (``gives_way``), as the other shape-only
ids do; a glued letter, digit or hyphen on either side stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.checksums_intl import day_of_month_ok
from trainer.redact.checksums_rib import rib_key_ok as rib_ok
from trainer.redact.hits import Hit

# tried at a capital before a contact's digit (NID, NIU) ...
_LETTER_FIRST = re.compile(r"(?<![\w-])(?:[A-Z]\d{8,9}[A-Z]|[MP]\d{12}[A-Z])(?![\w-])")
# ... and nine digits before a contact's capital (BI)
_DIGITS_FIRST = re.compile(r"(?<![\w-])\d{9}[A-Z]{2}\d{3}(?![\w-])")
# bank code (five digits, or the UEMOA's country letters and digits), branch, account (11 or
# the UEMOA's 12), key; solid or spaced
_RIB = re.compile(
    r"(?<![\w.,/+-])(?:[A-Z]{2}\d{3}|[A-Z]\d{4}|\d{5}) ?\d{5} ?\d{11,12} ?\d{2}"
    r"(?![\w-]|[.,/]\d)"
)


def albanian_nid_ok(value: str) -> bool:
    """A letter, the birth date (one or two year digits, month or month + 50, day), a
    three-digit serial and a letter."""
    digits = value[1:-1]
    date = digits[1:5] if len(digits) == 8 else digits[2:6]
    month, day = int(date[:2]), int(date[2:])
    if month > 50:
        month -= 50
    return day_of_month_ok(day, month)


def rib_key_ok(compact: str) -> bool:
    """The RIB key of 5 + 5 + 11 or 12 characters and 2 key digits (``checksums_rib``: the
    French, CEMAC and UEMOA key, mod 97)."""
    return rib_ok(compact[:5], compact[5:10], compact[10:-2], compact[-2:])


def find_al_ao_cm_ids(
    text: str,
    runs: tuple[tuple[int, int], ...],
    *,
    longest: int,
    gives_way: Callable[[str, int], bool],
) -> list[Hit]:
    """The ids above among the letter-digit contacts (``prefilter``) of a text whose longest
    digit run has eight digits or more, and RIBs where a run (of ``runs``, ``prefilter``'s digit
    runs) has twenty-three."""
    hits: list[Hit] = []
    for p, _ in prefilter.letter_digit_contacts(text):  # p: a digit touching a letter
        before = text[p - 1] if p else ""
        if "A" <= before <= "Z":
            m = _LETTER_FIRST.match(text, p - 1)
            if m is None or (len(m.group()) < 13 and not albanian_nid_ok(m.group())):
                continue
        elif p >= 8 and "A" <= text[p + 1 : p + 2] <= "Z":
            m = _DIGITS_FIRST.match(text, p - 8)
            if m is None:
                continue
        else:
            continue
        if not gives_way(text, m.start()):
            hits.append(("NATIONAL_ID", m.start(), m.end()))
    if longest >= 22:  # a UEMOA RIB's run starts after its bank code's two letters
        for a, b in runs:
            if b - a < 22:
                continue
            for m in _RIB.finditer(text, max(0, a - 2), b):
                compact = m.group().replace(" ", "")
                if rib_key_ok(compact) and not gives_way(text, m.start()):
                    hits.append(("IBAN", m.start(), m.end()))
    return hits
