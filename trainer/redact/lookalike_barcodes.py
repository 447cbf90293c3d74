"""A trade item's barcode number (GTIN) as the GS1 General Specifications print it: it names
a product, not a person.

A GTIN is eight (EAN-8), twelve (UPC-A), thirteen (EAN-13) or fourteen (GTIN-14) digits whose
last is the GS1 check digit (weights 3 and 1 from the right). Under the bars the human-readable
line prints an EAN-13 as 1-6-6 ("4 006381 333931"), a UPC-A as 1-5-5-1 ("0 36000 29145 2"),
an EAN-8 as 4-4; retail lists print them solid, and some catalogues as prefix, company, item
and check ("400 6381 33393 1"). Kept (the whole span, label and value):

- after a barcode label ("EAN", "EAN-13", "GTIN", "UPC", "barcode", "code-barres",
  "código de barras", "codice a barre", "Strichcode", "streepjescode", "kod kreskowy",
  "streckkod", "stregkode", "strekkode", "viivakoodi") or the GS1 application identifier
  "(01)", in any of those layouts: the check proves it, so the keep asks ``keep_veto`` as a
  checked value (a card in a real issuer range, an IBAN, an id with its check letter or a "+"
  phone stays redacted);
- with no label, only in the human-readable line's own layouts (1-6-6, 1-5-5-1, spaces), which
  no phone plan prints: the full veto is asked, and a phone word before it on its line keeps it
  redacted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.redact.checksums import gs1_ok
from trainer.redact.lookalike_digit_groups import Printed
from trainer.redact.lookalike_parcels import PHONE_WORD_BEFORE

_LABEL = re.compile(
    r"(?:\b(?:EAN|GTIN|UPC)(?:[ \t-]?(?:8|12|13|14|A|E))?"
    r"(?:[ \t-]?(?i:code|kod|nummer|number|nr\.?))?"
    r"|(?i:\bbar[ \t-]?code|\bcode[ \t-]barres?|\bc[óo]digo[ \t]+de[ \t]+barras|"
    r"\bcodice[ \t]+a[ \t]+barre|\bstrichcode|\bstreepjescode|\bkod[ \t]+kreskowy|\bstreckkod|"
    r"\bstregkode|\bstrekkode|\bviivakoodi))"
    # "no.", "#", ":" or the copula between ("the barcode is", "der Strichcode ist")
    r"[ \t]*(?:(?i:no\.?|nr\.?|n[°º]\.?|#|is|ist|est|es|è|er|är|jest)[ \t]*)?[:#]?[ \t]*$"
)
_AI_01 = re.compile(r"\(01\)[ \t]?$")
# (length, groups) a label may head; the label-free ones are the human-readable line's own
_LABELLED = {
    8: {(8,), (4, 4)},
    12: {(12,), (1, 5, 5, 1), (1, 10, 1)},
    13: {(13,), (1, 6, 6), (3, 4, 5, 1), (1, 12)},
    14: {(14,), (1, 2, 5, 5, 1)},
}
_HUMAN_READABLE = {(1, 6, 6), (1, 5, 5, 1)}


def gtin_layout(number: Printed, *, labelled: bool) -> bool:
    """``number`` is a GTIN in one of its printed layouts with its GS1 check digit."""
    compact = number.compact
    if not compact.isdigit() or not gs1_ok(compact):
        return False
    if labelled:
        return number.groups in _LABELLED.get(len(compact), ())
    return number.sep == " " and number.groups in _HUMAN_READABLE


def barcode_span(text: str, numbers: Sequence[Printed]) -> tuple[int, int, int, bool] | None:
    """(label or value start, value end, value start, labelled) of the GTIN among ``numbers``
    (``printed_numbers``, longest first), or None."""
    for number in numbers:
        if not gtin_layout(number, labelled=True):
            continue  # a GTIN in no layout at all: no label to read (the label-free are a few)
        label = _LABEL.search(text, max(0, number.start - 32), number.start) or _AI_01.search(
            text, max(0, number.start - 5), number.start
        )
        if label is None and not gtin_layout(number, labelled=False):
            continue
        if label is None:
            line = text.rfind("\n", 0, number.start) + 1
            if PHONE_WORD_BEFORE.search(text, line, number.start):
                return None
            return number.start, number.end, number.start, False
        return label.start(), number.end, number.start, True
    return None
