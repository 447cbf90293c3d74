"""Polish, Swedish, Finnish, Norwegian and Turkish personal numbers and the US ITIN, found by their
published shape plus check (``checksums_nordic_east``); ``national_ids`` calls this.

- PESEL, T.C. Kimlik No and Norwegian fødselsnummer: eleven digits written solid; the PESEL's
  date and weighted check digit, the two NVİ check digits, or the fødselsnummer's date and two
  mod-11 checks (``ids_checks``; a random eleven digits passes one of them 1 time in 25).
- Personnummer / samordningsnummer: "YYMMDD-NNNN" ("+" after 100 years) or "YYYYMMDD-NNNN" or
  twelve digits solid from 19/20, with its date and Luhn check; ten solid digits (also an
  ISBN-10, a Swedish mobile number) only after its cue.
- Henkilötunnus: "DDMMYY-NNNC" with any century sign in use (+, -, U-Y, A-F) and its check
  character (1 in 31).
- ITIN (IRS): 9NN-NN-NNNN, the middle group in the IRS's ranges 50-65, 70-88, 90-92, 94-99;
  nine solid digits only after "ITIN".
- Estonian isikukood, Lithuanian asmens kodas (eleven solid digits) and the dated Latvian
  personas kods (DDMMYY-CNNNK, or solid): century, birth date and check (``checksums_baltic``).
A reference cue right before a number with a check of 1 in 10 to 1 in 31 makes it a reference
(``national_ids.is_reference``); an ITIN has no check and gives way the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.checksums_baltic import ee_lt_code_ok, lv_code_ok
from trainer.redact.checksums_nordic_east import (
    HETU_SIGNS,
    hetu_ok,
    personnummer_ok,
    pesel_ok,
    tckn_ok,
)
from trainer.redact.hits import Hit
from trainer.redact.ids_checks import fnr_ok

_SIGNS = re.escape(HETU_SIGNS) + HETU_SIGNS.lower()
_IDS = re.compile(  # after "#" (an order or ticket mark) only a number with a birth date
    r"(?<![\w.,/+-])(?<!\d )(?:"
    r"(?P<eleven>\d{11})"
    r"|(?P<lv>\d{6}-[012]\d{4})"
    rf"|(?P<hetu>\d{{6}}[{_SIGNS}]\d{{3}}[0-9A-Ya-y])"
    r"|(?P<pnr>(?:19|20)?\d{6}[-+]\d{4}|(?:19|20)\d{10})"
    r"|(?P<itin>9\d\d(?P<sep>[- ])(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])(?P=sep)\d{4})"
    r"|(?P<solid>\d{9,10})"
    r")(?![\w-]|[.,/]\d| \d)"
)
# Cues that make ten solid digits a personnummer and nine an ITIN (a phone, an ISBN-10 or an
# order number otherwise).
_PNR_CUE = re.compile(
    r"(?i:person(?:nummer|nr)|samordningsnummer|pnr|personal identity number)\W{0,3}"
    r"(?:\w+\W{1,3}){0,2}$"
).search
_ITIN_CUE = re.compile(r"\bITIN\W{0,3}(?:\w+\W{1,3}){0,2}$").search
_ITIN_GROUP = re.compile(r"5\d|6[0-5]|7\d|8[0-8]|9[0-24-9]").fullmatch


def find_nordic_east_ids(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """NATIONAL_ID hits of the shapes above that pass their checks. ``gives_way(text, start)``
    says whether a reference cue right before ``start`` makes the number a reference."""
    if not (runs := prefilter.digit_runs(text)):
        return []
    # nine digits at least, a letter touching a digit (a HETU's letter sign cuts its run), or a
    # personnummer's "+" sign (over 100 years old: "YYMMDD+NNNN"; "+" separates no digit run)
    if (
        prefilter.longest_run_digits(text) < 9
        and not prefilter.letter_digit_contacts(text)
        and not any(text[e : e + 1] == "+" and text[e + 1 : e + 5].isdigit() for _, e in runs)
    ):
        return []
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_IDS, text, prefilter.run_windows(text)):
        if text[m.start() - 1 : m.start()] == "#" and not _dated(m):
            continue  # "Ticket #12345678903": a T.C. Kimlik No's checks carry no date
        if _valid(text, m) and not gives_way(text, m.start()):
            hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits


def _dated(m: re.Match[str]) -> bool:
    """The number carries a birth date its check covers (PESEL, fødselsnummer, HETU,
    personnummer): after "#" it is still a personal number (fail closed; issue #10)."""
    value, kind = m.group(), m.lastgroup
    if kind == "eleven":
        return pesel_ok(value) or fnr_ok(value) or ee_lt_code_ok(value) or lv_code_ok(value)
    return kind in ("hetu", "pnr", "lv")


def _valid(text: str, m: re.Match[str]) -> bool:
    value, kind = m.group(), m.lastgroup
    if kind == "eleven":
        return (
            pesel_ok(value)
            or tckn_ok(value)
            or fnr_ok(value)
            or ee_lt_code_ok(value)
            or lv_code_ok(value)
        )
    if kind == "lv":
        return lv_code_ok(value[:6] + value[7:])
    if kind == "hetu":  # a personnummer "YYMMDD-NNNN"/"+NNNN" has the HETU shape too
        return hetu_ok(value) or (
            value[6] in "-+" and value[7:].isdigit() and personnummer_ok(value[:6] + value[7:])
        )
    if kind == "pnr":
        return personnummer_ok(re.sub(r"\D", "", value)[-10:])
    if kind == "itin":
        return True  # the IRS ranges are in the shape: no SSN has an area of 9NN
    line = max(0, m.start() - 40, text.rfind("\n", 0, m.start()) + 1)
    if len(value) == 10:
        return personnummer_ok(value) and _PNR_CUE(text, line, m.start()) is not None
    return _ITIN_GROUP(value[3:5]) is not None and _ITIN_CUE(text, line, m.start()) is not None
