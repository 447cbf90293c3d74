"""Canada Post codes ("H3B 1A7", "QC H3B 1A7", solid "H3B1A7"): first letter not D F I O Q
U W Z, the other letters not D F I O Q U (Canada Post, Addressing Guidelines)."""

from __future__ import annotations

import re

_CA_PROVINCES = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
CA_PROVINCE_BEFORE = re.compile(rf"\b(?:{_CA_PROVINCES}) {{1,2}}$").search
CA_POSTCODE_AT = re.compile(
    rf"(?:(?:{_CA_PROVINCES}) {{1,2}})?"
    r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])"
)
CA_SOLID = re.compile(r"\d[A-Z]\d").search
CA_POSTCODE_SOLID = re.compile(
    r"(?<![\w-])(?:(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s)?"
    r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])"
)
