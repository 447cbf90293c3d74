"""Canada Post codes ("H3B 1A7", "QC H3B 1A7", solid "H3B1A7"): first letter not D F I O Q
U W Z, the other letters not D F I O Q U (Canada Post, Addressing Guidelines)."""

from __future__ import annotations

import re

from trainer.redact.hits import Hit

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


def ca_postcode(text: str, word_start: int) -> Hit | None:
    """A Canada Post code: "QC H2X 1L4" (Australia Post codes are postal.py's)."""
    word = text[word_start : text.find(" ", word_start)].rstrip(",")
    if len(word) in (3, 6) and word[0].isupper() and word[1].isdigit():
        # Canada Post puts two spaces between the province and the code: "AB  T0L 1K0"
        lead = CA_PROVINCE_BEFORE(text, max(0, word_start - 5), word_start)
        start = lead.start() if lead else word_start
        m = CA_POSTCODE_AT.match(text, start)
        if m:
            return ("ADDRESS", start, m.end())
    return None
