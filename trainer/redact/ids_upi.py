"""India's UPI virtual payment addresses (VPA) by their published structure.

Standard: NPCI's Unified Payments Interface names an account "handle@psp": a handle of letters,
digits, dots, hyphens or underscores, "@", and the payment service provider's handle, one word
with no dot ("@okicici", "@ybl", "@paytm"), so no e-mail address. A handle is the holder's
payment address, personal as an account number is. Without a cue only the handles NPCI lists
for the large apps and banks are read (``_PSP_HANDLES``); right after a "UPI"/"VPA" word (or
"GPay", "PhonePe", "Paytm", "BHIM") any one-word provider is. A domain after the handle
("name@ybl.in") is an e-mail's, a "@" at a word's start a mention's: neither is read here.
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit

# The provider handles of the apps and banks with the most UPI users (NPCI's list of PSPs).
_PSP_HANDLES = frozenset(
    """okicici okhdfcbank oksbi okaxis ybl ibl axl paytm pthdfc ptsbi ptaxis ptyes apl yapl
    rapl upi icici hdfcbank sbi axisbank kotak yesbank pnb barodampay idfcbank indus federal
    aubank airtel jio freecharge ikwik postbank unionbank cnrb mahb kbl dbs fbl abfspay
    waicici wahdfcbank wasbi waaxis axisb superyes naviaxis jupiteraxis fam slice""".split()
)
_VPA = re.compile(r"(?<![\w.@-])([A-Za-z0-9][\w.\-]{1,63})@([A-Za-z]{2,20})(?![\w@-]|\.[A-Za-z])")
_CUE = re.compile(r"(?i)\b(?:upi|vpa|gpay|google\spay|phonepe|paytm|bhim)\b")


def _at_signs(text: str) -> list[re.Match[str]]:
    """``_VPA.finditer(text)``, tried only around each "@" (a handle has at most 64 characters
    before it, a provider 20 after it, and the lookarounds two more either side)."""
    found: list[re.Match[str]] = []
    at = text.find("@")
    while at >= 0:
        lo = max(0, at - 64, found[-1].end() if found else 0)
        m = _VPA.search(text, lo, at + 24)
        if m is not None and m.start(2) == at + 1:
            found.append(m)
        at = text.find("@", at + 1)
    return found


def find_upi_addresses(text: str) -> list[Hit]:
    """VPAs: a listed provider handle, or any one-word provider after a UPI word on the line."""
    return [("NATIONAL_ID", m.start(), m.end()) for m in _at_signs(text) if upi_provider(text, m)]


def upi_provider(text: str, m: re.Match[str]) -> bool:
    """The provider of the handle ``m`` (group 2) reads as UPI's: a listed one, or any after a
    UPI word on the line. ``email_broken`` leaves such an address to this reader."""
    if m.group(2).lower() in _PSP_HANDLES:
        return True
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    return _CUE.search(line, max(0, len(line) - 60)) is not None


def upi_address_at(text: str, at: int) -> bool:
    """The "@" at ``at`` joins a UPI address (``find_upi_addresses`` reads it)."""
    return any(m.start(2) == at + 1 and upi_provider(text, m) for m in _at_signs(text))
