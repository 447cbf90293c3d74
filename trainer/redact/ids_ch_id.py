"""Swiss and Indonesian personal numbers, found by their published structure with no cue word
(``national_ids`` calls this).

- AHV/AVS number (Swiss social insurance, since 2008): the country code 756, nine digits and a
  check digit computed as an EAN-13's (GS1 weights 1, 3). Written "756.1234.5678.97" (the
  official layout), spaced the same way, or solid. 756 is no GS1 prefix (Switzerland's are
  760-769), so a valid solid run of 13 is no product barcode; only a reference cue right before
  it ("Bestellnummer ...") keeps it, as for every id whose check is 1 in 10.
- NIK (Nomor Induk Kependudukan, Dukcapil): sixteen digits, the province (one of the codes
  11-19, 21, 31-36, 51-53, 61-65, 71-76, 81-82, 91-96), the regency (kabupaten 01-29) or city
  (kota 71-79) and the district (01-99) as the Home Ministry numbers them,
  the birth date DDMMYY with 40 added to the day for women, and a serial 0001-9999. It has no
  check digit, so its structure is the test (a random 16 digits passes it about 1 time in 100)
  and a reference cue or a payment's reference label ("línea de captura", "poziv na broj")
  right before it keeps it; a Luhn-valid 16 digits is a card anyway.
- UID / IDE / IDI (Swiss business identification number, since 2011; a sole trader's is
  personal): "CHE", nine digits printed 3.3.3, the last a mod-11 check over weights
  5 4 3 2 7 6 5 4; the "CHE" prefix and the check decide.
- NPWP (Indonesian tax number, 15 digits): printed "NN.NNN.NNN.N-NNN.NNN", a layout no amount,
  date or phone plan uses, so the layout alone decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.checksums import gs1_ok
from trainer.redact.checksums_intl import day_of_month_ok
from trainer.redact.hits import Hit
from trainer.redact.ids_checks import weighted_sum

# Each layout is searched inside a ``digit_runs`` run, which may join it to a date or a second
# number ("756.1234.5678.97 / 756.9876.5432.10"), bounded by no digit either side.
_AHV = re.compile(r"(?<!\d)756(?P<sep>[. ]?)\d{4}(?P=sep)\d{4}(?P=sep)\d{2}(?!\d)")
_NPWP = re.compile(r"(?<!\d)\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}(?!\d)")
_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")
# "CHE-123.456.789", "CHE123456789", with the VAT suffix or without
_UID = re.compile(r"(?<![\w-])CHE[- ]?(?P<digits>\d{3}\.\d{3}\.\d{3}|\d{9})(?![\w-]|[.,/]\d)")
_UID_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4)
# A payment's own reference right before sixteen digits: a bank or tax payment line (es-MX
# "línea de captura", bs/hr/sr "poziv na broj", "payment reference", "Verwendungszweck" ...),
# which passes the NIK's structure about 1 time in 100.
_PAYMENT_REFERENCE = re.compile(
    r"(?i)(?:l[íi]nea[ \t]+de[ \t]+captura|poziv[ \t]+na[ \t]+broj|referencia[ \t]+de[ \t]+pago|"
    r"payment[ \t]+reference|r[ée]f[ée]rence[ \t]+de[ \t]+paiement|verwendungszweck|"
    r"riferimento[ \t]+(?:di[ \t]+)?pagamento|betalingskenmerk|tytu[łl][ \t]+przelewu)"
    r"[ \t]*(?:n[°º.]?|no\.?|nr\.?)?[ \t]*[:#]?[ \t]*$"
)
_PROVINCES = frozenset(
    [*range(11, 20), 21, *range(31, 37), 51, 52, 53, *range(61, 66), *range(71, 77), 81, 82]
    + [*range(91, 97)]
)


def find_ch_id_ids(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """NATIONAL_ID hits of the shapes above. ``gives_way(text, start)`` says whether a
    reference cue right before ``start`` makes a number without a strong check a reference."""
    hits: list[Hit] = []
    for a, b in prefilter.digit_runs(text):
        if text[max(0, a - 4) : a].lstrip("-").endswith(("CHE", "CHE-", "CHE ")):
            m = _UID.match(text, a - 4 if text[a - 4 : a - 3] == "C" else a - 3)
            if m is not None and uid_ok(m.group("digits")) and not gives_way(text, m.start()):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
        if b - a < 13:
            continue
        for m in _NPWP.finditer(text, a, b):
            if _alone(text, m.start(), m.end()):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
        for m in _AHV.finditer(text, a, b):
            s, e = m.span()
            if (
                _alone(text, s, e, hash_ok=m.group("sep") == ".")
                and ahv_ok(m.group())
                and (m.group("sep") or not gives_way(text, s))
            ):
                hits.append(("NATIONAL_ID", s, e))
        for m in _NIK.finditer(text, a, b):
            s, e = m.span()
            at = s - 1 if text[s - 1 : s] == "#" else s  # a cue before "#3201..." gives way
            if _alone(text, s, e, hash_ok=True) and nik_ok(m.group()) and not gives_way(text, at):
                if _PAYMENT_REFERENCE.search(text, max(0, s - 40), s) is None:
                    hits.append(("NATIONAL_ID", s, e))
    return hits


def _alone(text: str, a: int, b: int, *, hash_ok: bool = False) -> bool:
    """The value is not part of a word, a decimal, a path or a longer number. A ".", "," or
    "-" before it only counts after a digit ("Nr.7561234567897" and "AHV-756..." are values);
    "#" before it is a number sign where ``hash_ok`` ("#756.1234.5678.97"), and a "-" after
    it ends a sentence or a list item unless a digit or letter follows."""
    before = text[a - 1 : a]
    after = text[b : b + 2]
    if before and (before.isalnum() or before in "_/+" or (before == "#" and not hash_ok)):
        return False
    if before and before in ".,-" and text[a - 2 : a - 1].isdigit():
        return False
    if after[:1].isalnum() or (after[:1] == "-" and (after[1:].isalnum() or after[1:] == "-")):
        return False
    return not (after[:1] in ".,/" and after[1:].isdigit())


def ahv_ok(value: str) -> bool:
    """A Swiss AHV/AVS number: 756, nine digits, an EAN-13 check digit (any separators)."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) == 13 and digits.startswith("756") and gs1_ok(digits)


def uid_ok(value: str) -> bool:
    """A Swiss UID: nine digits, the last a mod-11 check over weights 5 4 3 2 7 6 5 4 (11
    minus the remainder; 11 reads 0, 10 is no number)."""
    digits = value.replace(".", "")
    if len(digits) != 9 or not digits.isdigit():
        return False
    check = 11 - weighted_sum(digits, _UID_WEIGHTS) % 11
    return check != 10 and check % 11 == int(digits[8])


def nik_ok(digits: str) -> bool:
    """An Indonesian NIK by its structure: province, regency, district, DDMMYY (day + 40 for
    women), serial."""
    if len(digits) != 16 or not digits.isdigit():
        return False
    regency = int(digits[2:4])
    if int(digits[:2]) not in _PROVINCES or digits[4:6] == "00":
        return False
    if not (1 <= regency <= 29 or 71 <= regency <= 79):
        return False  # a regency (kabupaten) 01-29, a city (kota) 71-79
    day, month = int(digits[6:8]), int(digits[8:10])
    day -= 40 if day > 40 else 0
    if not day_of_month_ok(day, month):
        return False
    return digits[12:] != "0000"
