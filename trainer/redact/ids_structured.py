"""Personal numbers of Slovenia and the other former Yugoslav states, Czechia and Slovakia,
Belgium, Chile, Peru and Kenya, found by their published structure and check with no cue word
(``national_ids`` calls this; their cue words are in ``ids_cues``).

- EMŠO / JMBG (Enotna matična številka občana, the Yugoslav register of 1976, still issued in
  Slovenia, Serbia, Bosnia, Montenegro and North Macedonia): thirteen digits DDMMYYY RR BBB K,
  the birth date with a three-digit year (9xx for 1900-1999, 0xx since 2000), the register
  region RR, a serial and a mod-11 check over weights 7 6 5 4 3 2 7 6 5 4 3 2 (a remainder
  giving 10 or 11 reads 0). Date and check together pass about 1 random run in 700; an EAN-13
  after a barcode word on its line keeps it; an order cue does not (a birth date and a check
  make it an id, as PESEL and CNP are).
- Rodné číslo (Czech and Slovak birth number, since 1954): YYMMDD/NNNN, the month + 50 for
  women (+ 20 or + 70 when a day's numbers ran out, since 2004); the ten digits are a multiple
  of 11 (or the first nine leave 10 and the last digit is 0). Written with its slash it is no
  phone layout, so the check decides; written solid it needs its cue ("rodné číslo").
- Rijksregisternummer / numéro de registre national (Belgium): YYMMDD, a serial of three
  digits and a mod-97 check over the first nine (with a 2 put before them for births since
  2000); the month is 0 when the date is unknown, + 20 or + 40 for a bis number (read only
  in the printed layout; solid, a full date and no phone as written). Written solid or
  "YY.MM.DD-SSS.CC"; a check of 1 in 97 and a date decide.
- RUT / RUN (Chile, Servicio de Registro Civil): a body of 7-8 digits, dotted in thousands or
  solid, a hyphen and a check character over weights 2-7 from the right, mod 11 (10 is "K",
  11 is "0"). The hyphenated check character is the layout; a reference cue right before a
  solid one ending in a digit keeps it (no order number ends in "-K").
- RUC (Peru, SUNAT): eleven digits opening with 10 (a person's, with the DNI inside), 15, 17
  or 20 (a company's), a mod-11 check over weights 5 4 3 2 7 6 5 4 3 2; a company's gives
  way to a reference cue, a person's (10) does not.
- KRA PIN (Kenya Revenue Authority): A (a person) or P (a company), nine digits, a letter.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.checksums_intl import day_of_month_ok
from trainer.redact.hits import Hit
from trainer.redact.personal_numbers import written_phone

_END = r"(?![\w-]|[.,/]\d)"
# Every digit layout at once (one pass per run): solid 11 (RRN, RUC) or 13 digits (EMŠO), the
# rodné číslo's slash, the RRN's printed layouts, a RUT's hyphenated check.
_LAYOUTS = re.compile(
    r"(?<![\w.,/+#-])(?:(?P<solid>\d{11}|\d{13})|(?P<rodne>\d{6}/\d{4})"
    r"|(?P<rrn>\d{2}\.\d{2}\.\d{2}[-.]\d{3}\.\d{2}|\d{6}-\d{5})"
    r"|(?P<rut>(?:\d{1,2}\.\d{3}\.\d{3}|\d{7,8})-[\dKk]))" + _END
)
_KRA_PIN = re.compile(r"(?<![\w-])[AP]\d{9}[A-Z](?![\w-])")
_BARCODE_BEFORE = re.compile(
    r"(?i:barcode|bar code|ean|gtin|upc|strichcode|code-barres|c[oó]digo de barras|"
    r"streepjescode|črtna koda|crtna koda|čárový kód|carovy kod|barkod)"
).search
_RUC_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def find_structured_ids(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """NATIONAL_ID hits of the shapes above. ``gives_way(text, start)`` says whether a
    reference cue right before ``start`` makes the number a reference."""
    hits: list[Hit] = []
    longest = prefilter.longest_run_digits(text)  # a RUT has 7 digits at least, the rest 9
    if longest < 7:
        return hits
    for a, b in prefilter.digit_runs(text):
        for m in _LAYOUTS.finditer(text, a, min(len(text), b + 2)):
            if (kind := _kind(text, m, gives_way)) is not None:
                hits.append((kind, m.start(), m.end()))
    for p, _ in prefilter.letter_digit_contacts(text) if longest >= 9 else ():
        if text[p - 1 : p] in ("A", "P"):
            m = _KRA_PIN.match(text, p - 1)
            if m is not None and not gives_way(text, m.start()):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits


def _kind(text: str, m: re.Match[str], gives_way: Callable[[str, int], bool]) -> str | None:
    """NATIONAL_ID when the layout ``m`` holds its number's checks, else None."""
    value, start = m.group(), m.start()
    if m.lastgroup == "rodne":
        return "NATIONAL_ID" if rodne_cislo_ok(value) else None
    if m.lastgroup == "rrn":
        return "NATIONAL_ID" if rrn_ok(value) else None
    if m.lastgroup == "rut":
        # dotted, or ending in K (no order number does), it is a RUT whatever the cue
        solid = "." not in value and value[-1] not in "Kk"
        ok = rut_ok(value) and not (solid and gives_way(text, start))
        return "NATIONAL_ID" if ok else None
    if len(value) == 13:  # a birth date and a check: an id after an order cue too
        return "NATIONAL_ID" if emso_ok(value) and not _barcode(text, start) else None
    if rrn_ok(value) and _solid_rrn(value):  # a bis number only in the printed layout
        return "NATIONAL_ID"
    # a person's RUC (type 10, the DNI inside) never gives way; a company's may be an order's
    ok = ruc_ok(value) and (value[:2] == "10" or not gives_way(text, start))
    return "NATIONAL_ID" if ok else None


def _barcode(text: str, start: int) -> bool:
    line = max(0, start - 80, text.rfind("\n", 0, start) + 1)
    return _BARCODE_BEFORE(text, line, start) is not None


def emso_ok(digits: str) -> bool:
    """An EMŠO/JMBG: thirteen digits, a birth date (year 1800-2039), the mod-11 check."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    if not day_of_month_ok(int(digits[:2]), int(digits[2:4])) or "040" <= digits[4:7] < "800":
        return False
    total = sum(w * (ord(ch) - 48) for w, ch in zip((7, 6, 5, 4, 3, 2) * 2, digits, strict=False))
    check = 11 - total % 11
    return (0 if check >= 10 else check) == ord(digits[12]) - 48


def rodne_cislo_ok(value: str) -> bool:
    """A ten-digit Czech or Slovak birth number (the slash optional): a date, mod 11."""
    digits = value.replace("/", "")
    if len(digits) != 10 or not digits.isdigit():
        return False
    month = int(digits[2:4])
    month -= 70 if month > 70 else 50 if month > 50 else 20 if month > 20 else 0
    if not day_of_month_ok(int(digits[4:6]), month):
        return False
    return int(digits) % 11 == 0 or (int(digits[:9]) % 11 == 10 and digits[9] == "0")


def _solid_rrn(digits: str) -> bool:
    """Written solid, a known birth date (no bis month, no day 0) and no phone with its trunk 0
    ("07030023757" stays the phone rule's)."""
    full_date = 1 <= int(digits[2:4]) <= 12 and digits[4:6] != "00"
    return full_date and not (digits[0] == "0" and written_phone(digits, solid=True))


def rrn_ok(value: str) -> bool:
    """A Belgian national register number: a date (month 0-12, or + 20 / + 40), mod 97."""
    digits = re.sub(r"\D", "", value)
    if len(digits) != 11:
        return False
    month, day = int(digits[2:4]) % 20, int(digits[4:6])
    if (
        int(digits[2:4]) > 52
        or month > 12
        or day > 31
        or (month and day and not day_of_month_ok(day, month))
    ):
        return False
    check = int(digits[9:])
    return check in (97 - int(digits[:9]) % 97, 97 - int("2" + digits[:9]) % 97)


def rut_ok(value: str) -> bool:
    """A Chilean RUT/RUN "12.345.678-5" or "12345678-5": body of 1 000 000 or more, check."""
    body, _, check = value.replace(".", "").partition("-")
    if not body.isdigit() or not 1_000_000 <= int(body) <= 99_999_999 or len(check) != 1:
        return False
    total = sum((2 + i % 6) * (ord(ch) - 48) for i, ch in enumerate(reversed(body)))
    rest = 11 - total % 11
    return check.upper() == {10: "K", 11: "0"}.get(rest, str(rest))


def ruc_ok(digits: str) -> bool:
    """A Peruvian RUC: eleven digits, type 10/15/17/20, the SUNAT mod-11 check."""
    if len(digits) != 11 or not digits.isdigit() or digits[:2] not in ("10", "15", "17", "20"):
        return False
    total = sum(w * (ord(ch) - 48) for w, ch in zip(_RUC_WEIGHTS, digits, strict=False))
    check = (11 - total % 11) % 10  # 10 reads 0, 11 reads 1
    return check == ord(digits[10]) - 48
