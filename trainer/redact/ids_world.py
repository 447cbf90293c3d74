"""Singaporean, Romanian and Argentine personal numbers and the Argentine CBU, found by their
published shape plus check (``ids_checks``); ``national_ids`` calls this.

- NRIC / FIN: a series letter, seven digits, a check letter ("S1234567D"); the S, T, F and G
  series by their check letter in any case, the M series (FINs since 2022, whose check table
  we do not hold) by its shape in capitals (fail closed).
- CNP: thirteen digits written solid with its date, county and check digit; an EAN-13 after a
  barcode word in its line stays (it passes the CNP's checks about 1 time in 40).
- DNI (RENAPER): seven or eight digits printed with thousands dots ("12.345.678"); the DNI has
  no check digit, so without an id cue on its line (DNI, D.N.I., documento, doc., CUIL,
  CUIT, cédula, identidad) a dotted number that a word follows is a count ("23.456.789
  seguidores"); and never when money, a counted noun or a reference cue stands beside it, it
  is round ("12.000.000"), or a longer grouped number goes on.
- CBU / CVU: 22 digits, solid or cut after the first block ("8 + 14"), both check digits:
  typed IBAN (a bank account, as ``ids_intl`` types the Mexican CLABE).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.ids_checks import cbu_ok, cnp_ok, nric_ok
from trainer.redact.quantities import GROUPED_QUANTITY_AFTER, GROUPED_QUANTITY_BEFORE

_SERIES = frozenset("STFGMstfgm")
_NRIC = re.compile(r"(?<![\w-])[STFGMstfgm]\d{7}[A-Za-z](?![\w-])")
_DIGIT_IDS = re.compile(
    r"(?<![\w.,/+#-])(?<!\d )(?:"
    r"(?P<cbu>\d{22}|\d{8} \d{14})"
    r"|(?P<cnp>\d{13})"
    r"|(?P<dni>[1-9]\d?\.\d{3}\.\d{3})"
    r")(?![\w-]|[.,/]\d| \d)"
)
_SOLID_13 = re.compile(r"(?<!\d)\d{13}(?!\d)")
# Money of the countries that print amounts with thousands dots and that ``quantities`` lacks.
_PESOS_AFTER = re.compile(r"(?i)\s?(?:ars|pesos?|mxn|clp|cop|uyu|pyg|ron|lei)\b").match
_PESOS_BEFORE = re.compile(r"(?i)\b(?:ars|mxn|clp|cop|uyu|pyg|ron)\W{0,3}$").search
# The dotted DNI has no check digit; standing alone ("me pidió 8.416.093, ¡ojo!") it stays an
# id (fail closed).
# A counted noun after a dotted number on its line makes it a count, not a DNI (which has no
# check digit): "Tengo 23.456.789 seguidores", "1.234.567 Aufrufe", "1.716.961 locuitori".
_COUNT_AFTER = re.compile(
    r"[ \t]+(?i:seguidores|suscriptores|visitas|vistas|visualizaciones|reproducciones|votos|"
    r"habitantes|personas|usuarios|descargas|clics|puntos|d[oó]lares|veces|unidades|toneladas|"
    r"followers|subscribers|views|votes|people|users|downloads|clicks|points|likes|dollars|"
    r"times|units|aufrufe|einwohner|menschen|nutzer|kişi|kisi|locuitori|oameni|persone|"
    r"abitanti|visualizzazioni|pessoas|habitants|inwoners|km|kg|m2|m²)\b"
).match
_DNI_CUE = re.compile(
    r"(?i:\bd\.?n\.?i\b|\bdocumento|\bdoc\.|\bcuil|\bcuit|c[eé]dula|identidad|\bid\b|"
    r"n[uú]mero|\bnro\b|renaper)"
).search
_BARCODE_BEFORE = re.compile(
    r"(?i:barcode|bar code|ean|gtin|upc|strichcode|code-barres|c[oó]digo de barras|"
    r"streepjescode|cod de bare)"
).search


def find_world_ids(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """NATIONAL_ID hits (IBAN for a CBU) of the shapes above. ``gives_way(text, start)`` says
    whether a reference cue right before ``start`` makes the number a reference."""
    hits: list[Hit] = []
    for a, b in prefilter.digit_runs(text):
        # only runs of a CBU's 22 digits, a CNP's 13 or a DNI's dotted 7-8 are tried
        if b - a in (13, 22, 23) or (b - a in (9, 10) and text[b - 4] == "."):
            m = _DIGIT_IDS.match(text, a)
            if m is not None and (kind := _digit_kind(text, m)) and not gives_way(text, a):
                hits.append((kind, m.start(), m.end()))
                continue
        if b - a > 13:  # a CNP in a longer run: "1970315123458 (2019)"
            for g in _SOLID_13.finditer(text, a, b):
                m = _DIGIT_IDS.match(text, g.start())
                if (
                    m is not None
                    and m.lastgroup == "cnp"
                    and _digit_kind(text, m)
                    and not gives_way(text, g.start())
                ):
                    hits.append(("NATIONAL_ID", m.start(), m.end()))
    # an NRIC's series letter touches its seven digits
    for p, _ in prefilter.letter_digit_contacts(text):
        if text[p - 1 : p] in _SERIES and text[p : p + 8][-1:].isalpha():
            m = _NRIC.match(text, p - 1)
            if m is not None and (nric_ok(m.group()) or (text[p - 1] == "M" and m[0].isupper())):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits


def _digit_kind(text: str, m: re.Match[str]) -> str | None:
    kind, value = m.lastgroup, m.group()
    if kind == "cbu":
        return "IBAN" if cbu_ok(value.replace(" ", "")) else None
    if kind == "cnp":
        line = max(0, m.start() - 80, text.rfind("\n", 0, m.start()) + 1)
        if _BARCODE_BEFORE(text, line, m.start()):
            return None
        return "NATIONAL_ID" if cnp_ok(value) else None
    # the cue on this line or the one before ("Documento:\n23.456.789")
    line_start = text.rfind("\n", 0, m.start())
    above = text.rfind("\n", 0, max(0, line_start)) + 1 if line_start > 0 else 0
    cue = _DNI_CUE(text, max(0, m.start() - 120, above), m.start())
    if not cue and _COUNT_AFTER(text, m.end()):
        return None  # no check digit, no cue, a counted noun: "Tengo 23.456.789 seguidores"
    if value.endswith("000") or GROUPED_QUANTITY_AFTER.match(text, m.end()):
        return None  # "12.000.000", "3.456.789 habitantes"
    if _PESOS_AFTER(text, m.end()) or _PESOS_BEFORE(text, max(0, m.start() - 8), m.start()):
        return None  # "ARS 12.345.678", "12.345.678 pesos"
    if GROUPED_QUANTITY_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None  # "$ 12.345.678", "Umsatz: 12.345.678"
    return "NATIONAL_ID"
