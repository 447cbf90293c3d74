"""A six-digit number glued to two or three capitals ("ORD-481516") as a reference, no PIN.

India Post's PIN may follow a place name ("Pune 411001"), and Indians write the state's code
glued to it ("Indore MP-452001", "Chennai TN-600002"): such a prefix reads as a reference's only
when an order or reference cue stands earlier on the line ("order no. ORD-481516"), and never
when it is one of the 36 state and union territory codes (review 15: fail closed).
"""

from __future__ import annotations

import re

# The state and union territory codes of India's vehicle registration and ISO 3166-2:IN.
_IN_STATE_CODES = frozenset(
    """AP AR AS BR CG CT GA GJ HR HP JH JK KA KL LA LD MP MH MN ML MZ NL OD OR PB PY RJ SK TN
    TG TS TR UP UK UT WB AN CH DN DD DL""".split()
)
_GLUED_PREFIX = re.compile(r"(?<![\w-])([A-Z]{2,3})-$")
# The cues of ``references.ORDER_BEFORE``'s kind, and a number sign, anywhere on the line.
_CUE = re.compile(
    r"(?i:\b(?:order|orders|purchase|invoice|inv|ref|reference|ticket|case|tracking|shipment|"
    r"parcel|consignment|booking|confirmation|receipt|sku|item|part|serial|pedido|factura|"
    r"commande|facture|ordine|fattura|bestellung|bestellnummer|rechnung|auftrag|bestelling|"
    r"factuur|encomenda|fatura|orden|transaction|txn|voucher|coupon)\b)|#"
)


def glued_reference(text: str, start: int) -> bool:
    """Whether the number at ``start`` is glued to a reference's capital prefix: a cue earlier
    on its line and no Indian state's code."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    m = _GLUED_PREFIX.search(line)
    if m is None or m.group(1) in _IN_STATE_CODES:
        return False
    return _CUE.search(line, 0, m.start()) is not None
