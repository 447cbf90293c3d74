"""A name in a payment reference, as banks write it: the surname in capitals and the initials
("Payment ref: WHITFIELD D 04/1988", "Verwendungszweck: MUELLER K B", review rev22 #15).

Right after a payment-reference label, as its value, "SMITH J" is a name: an all-capitals
surname (a listed one that is no word, or a word no list holds), one or two initials. The
label is the cue: "VITAMIN D", "PLAN B", "TYPE A" are common words, never surnames here,
and no rule reads capitals and an initial elsewhere. A date after it (a birth month) stays:
without the name it is no one's.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.person_words import COMMON, SURNAME_WORDS, SURNAMES, TOP, invented

_LABELS = frozenset(
    """ref reference payment remittance memo payee beneficiary
    referenz verwendungszweck zahlungsreferenz empfanger betreff
    paiement libelle beneficiaire referencia concepto beneficiario
    riferimento causale omschrijving kenmerk betalingskenmerk begunstigde
    pagamento descricao tytul tytulem""".split()
)
prefilter.register("payment_label", set(_LABELS))
# Nouns a reference names instead of a payer ("INVOICE A", "RECHNUNG B").
_NOT_SURNAME = frozenset({"invoice", "inv", "rechnung", "facture", "factura", "fattura", "factuur"})
_CAPS_INITIALS = re.compile(
    r"(?<![\w'’-])(?P<name>(?P<surname>[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?)"
    r"(?: [A-Z]\.?){1,2})(?![\w'’-])"
)
# The label's value opens right after it: "ref: ", "Verwendungszweck - ", "memo #".
_VALUE = re.compile(r"[ \t]*[:#=\-–][ \t]*|[ \t]+")


def payment_reference_names(text: str, labels: list[tuple[int, int]]) -> list[Hit]:
    """NAME hits over "SURNAME I" after each payment-reference label, on the label's line."""
    hits: list[Hit] = []
    for _, end in labels:
        m = _VALUE.match(text, end)
        if m is None:
            continue
        m = _CAPS_INITIALS.match(text, m.end())
        if m is not None and all(_surname(part) for part in m["surname"].split("-")):
            hits.append(("NAME", m.start("name"), m.end("name")))
    return hits


def _surname(word: str) -> bool:
    """An all-capitals word that is a surname: listed and no word, or in no list."""
    if len(word) < 3:
        return False
    name, low = word.title(), word.lower()
    if low in _NOT_SURNAME or low in TOP:
        return False
    return (name in SURNAMES and name not in SURNAME_WORDS) or (
        low not in COMMON and invented(name)
    )
