"""Mexican, Austrian, Portuguese, New Zealand and South African personal numbers, found by
their published shape plus check (``checksums_intl``); ``national_ids`` calls this.

- CURP (RENAPO): 4 letters (the second a vowel or X), birth date YYMMDD, sex H/M/X, one of the
  32 state codes (or NE, born abroad), 3 inner consonants, a homonymy character, a check digit.
- RFC (SAT): a person's 4 letters + YYMMDD + 3-character homoclave (13), a company's 3
  letters + YYMMDD + homoclave (12). A company's RFC goes too: a one-shareholder S.A.S. is
  one person's firm, and an RFC written with a letter missing has the company's shape; so
  any RFC with its check, or after the word RFC, is removed (fail closed).
- CLABE (Banxico): 18 digits, solid or as bank-plaza-account-check ("002 180 01234567890 1"):
  a bank account, typed IBAN (the token members know for an account number).
- SV-Nummer: "1234 010180" (serial + check, then the birth date), or 10 digits solid after its
  cue (solid, an ISBN-10 or a phone passes the check and date 1 time in 30).
- NIF of a person (1-3, 45): 9 digits, solid or 3-3-3; IRD: "49-091-850", "123-456-789" or
  spaced, solid only after "IRD"; SA identity number: 13 digits or "YYMMDD SSSS CAZ" (an
  EAN-13 after a barcode word in its line stays).
A number after an order/reference cue gives way as ``national_ids`` decides for checks as
weak as these (1 in 10 or 11): only a product or reference cue right before it.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.checksums import gs1_ok
from trainer.redact.checksums_intl import (
    clabe_ok,
    curp_ok,
    ird_ok,
    nif_pt_ok,
    rfc_ok,
    sa_id_ok,
    sv_nummer_ok,
    valid_date,
)
from trainer.redact.hits import Hit

_STATES = (
    "AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|"
    "YN|ZS|NE"
)
_LETTER_IDS = re.compile(
    r"(?<![\w&-])(?:"
    rf"(?P<curp>(?i:[A-Z][AEIOUX][A-Z]{{2}}\d{{6}}[HMX](?:{_STATES})[B-DF-HJ-NP-TV-Z]{{3}}"
    r"[A-Z0-9]\d))"
    r"|(?P<rfc>[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{2}[0-9A])"
    r")(?![\w-])"
)
_DIGIT_IDS = re.compile(
    r"(?<![\w.,/+-])(?<!\d )(?:"  # not a group of a longer spaced number ("86 095 742 718")
    r"(?P<clabe>\d{18}|\d{3} \d{3} \d{11} \d)"
    r"|(?P<sa>\d{13}|\d{6} \d{4} \d{3})"
    r"|(?P<sv>\d{4}(?P<svsep>[ -]?)\d{6})"
    r"|(?P<nine>\d{9}|\d{3}(?P<nsep>[ -])\d{3}(?P=nsep)\d{3}|\d{2}-\d{3}-\d{3})"
    r")(?![\w-]|[.,/]\d| \d)"
)
_SV_CUE = re.compile(
    r"(?i:\b(?:sv|svnr|vsnr|sozialversicherungs|versicherungs)[ -]?(?:nummer|nr\b\.?)?|e-card)"
    r"\W{0,3}(?:\w+\W{1,3}){0,3}$"
).search
_BARCODE_BEFORE = re.compile(
    r"(?i:barcode|bar code|ean|gtin|upc|strichcode|code-barres|c[oó]digo de barras|streepjescode)"
).search
_IRD_CUE = re.compile(r"\b(?:IRD|[Ii]rd)(?:\s(?:[Nn]umber|[Nn]o\.?))?\s*[:#]?\s*$")
_RFC_CUE = re.compile(r"\b(?:RFC|R\.F\.C\.)(?:\s(?:es|de|del|:))*\s*[:#]?\s*$")


def find_intl_ids(text: str, *, gives_way) -> list[Hit]:
    """NATIONAL_ID hits (IBAN for a CLABE) of the shapes above that pass their checks.
    ``gives_way(text, start)`` says whether a reference cue right before ``start`` makes a
    number with a weak check a reference ("Bestellnummer ...")."""
    hits: list[Hit] = []
    # every shape here has eight digits or more (an IRD number the fewest)
    if prefilter.digit_runs(text) and prefilter.longest_run_digits(text) >= 8:
        regions = prefilter.run_windows(text)
        for m in prefilter.finditer_in(_DIGIT_IDS, text, regions):
            kind = _digit_kind(text, m)
            if kind and not gives_way(text, m.start()):
                hits.append((kind, m.start(), m.end()))
    # a CURP or RFC has a letter right before six digits (its birth date): try only there
    for p, _ in prefilter.letter_digit_contacts(text):
        if p < 3 or not text[p - 1].isalpha() or not text[p : p + 6].isdigit():
            continue
        for lead in (4, 3):
            if (m := _LETTER_IDS.match(text, p - lead)) and m.end() > p + 6:
                if _letter_id_ok(text, m):
                    hits.append(("NATIONAL_ID", m.start(), m.end()))
                break
    return hits


def _digit_kind(text: str, m: re.Match[str]) -> str | None:
    digits = m.group().replace(" ", "").replace("-", "")
    kind = m.lastgroup
    if kind == "clabe":
        return "IBAN" if clabe_ok(digits) else None
    if kind == "sa":
        if gs1_ok(digits) and _BARCODE_BEFORE(text, _line_start(text, m.start()), m.start()):
            return None  # an EAN-13 after its barcode word also passes the SA checks 1 in 300
        return "NATIONAL_ID" if sa_id_ok(digits) else None
    if kind == "sv":
        # written solid, ten digits are as often an ISBN-10 or a phone: only after its cue
        spaced = bool(m.group("svsep"))
        cue = spaced or _SV_CUE(text, max(0, m.start() - 40), m.start()) is not None
        return "NATIONAL_ID" if cue and sv_nummer_ok(digits) else None
    if nif_pt_ok(digits):
        return "NATIONAL_ID"
    solid = digits == m.group()
    if ird_ok(digits) and (not solid or _IRD_CUE.search(text, max(0, m.start() - 24), m.start())):
        return "NATIONAL_ID"
    return None


def _line_start(text: str, pos: int) -> int:
    return max(0, pos - 80, text.rfind("\n", 0, pos) + 1)


def _letter_id_ok(text: str, m: re.Match[str]) -> bool:
    value = m.group()
    if m.lastgroup == "curp":
        if not valid_date(value[8:10], value[6:8]):
            return False
        # as issued, in capitals: the shape alone (a mistyped check is still someone's CURP);
        # any other case needs the check digit
        return value.isupper() or (value.islower() and curp_ok(value.upper()))
    letters = len(value) - 9
    if not valid_date(value[letters + 4 : letters + 6], value[letters + 2 : letters + 4]):
        return False
    cue = _RFC_CUE.search(text, max(0, m.start() - 16), m.start()) is not None
    return rfc_ok(value) or cue
