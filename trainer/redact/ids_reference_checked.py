"""A checked personal number after a bare "Reference:" label. "Reference" (in any of our
languages) names no thing, unlike an order, invoice or ticket cue, so it does not make a
number whose own check digit proves a person's scheme a reference; fail closed:

- New Zealand's NHI (three letters, three digits, the mod-11 check: ``ids_nhi``);
- Argentina's CUIL of a person (types 20, 23, 24, 27; eight digits; the mod-11 check:
  ``checksums_registers``), solid or "NN-NNNNNNNN-N".
Other schemes (a firm's CUIT, dates of birth with no check) still give way to the label.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.checksums_registers import CUIT_ENTITY_TYPES, cuit_ok
from trainer.redact.hits import Hit
from trainer.redact.ids_nhi import nhi_ok

_REFERENCE = re.compile(
    r"(?i:\b(?:reference|referencia|r[ée]f[ée]rence|refer[êe]ncia|riferimento|referenz|"
    r"referentie|ref)\.?)[ \t]*[:#][ \t]*"
    r"(?P<value>[A-Z]{3}\d{4}|\d{2}-\d{8}-\d|\d{11})(?![\w-]|[.,/]\d)"
)
# _REFERENCE's label words as the keyword pass folds them: a match opens on one, written whole
# (a word boundary before it, a dot, blank, colon or "#" after it), so it is tried only where
# the keyword pass found one (an unanchored scan over every post cost ~4.5 us, and the old
# gate, "ef" in the text, missed "RIFERIMENTO:")
prefilter.register(
    "reference_label",
    frozenset({"reference", "referencia", "riferimento", "referenz", "referentie", "ref"}),
)


def find_checked_after_reference(text: str) -> list[Hit]:
    """NATIONAL_ID hits: an NHI or a person's CUIL right after a bare "Reference:" label."""
    labels = prefilter.keywords(text).get("reference_label")
    if not labels:
        return []
    hits: list[Hit] = []
    for m in prefilter.finditer_at(_REFERENCE, text, sorted(a for a, _ in labels)):
        value = m.group("value")
        if value[0].isalpha():
            ok = nhi_ok(value)
        else:
            digits = value.replace("-", "")
            ok = cuit_ok(digits) and digits[:2] not in CUIT_ENTITY_TYPES
        if ok:
            hits.append(("NATIONAL_ID", *m.span("value")))
    return hits
