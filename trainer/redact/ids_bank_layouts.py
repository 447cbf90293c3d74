"""Bank account numbers whose national layout is their own, found with no account label
(``national_ids`` calls this; labelled accounts are ``ids_accounts``'s).

- Canada (Payments Canada, the MICR line of a cheque): transit number (five digits), financial
  institution number (three) and account number (seven to twelve), written with hyphens as
  people copy them from their banking app ("12345-003-1234567").
- Peru, the Código de Cuenta Interbancario (SBS/ASBANC): twenty digits, bank (three), office
  (three), account (twelve) and two check digits, written "NNN-NNN-NNNNNNNNNNNN-NN".
- Uruguay, Banco República (BROU) accounts since the 2019 migration: a nine-digit account and
  a five-digit sub-account joined by a hyphen ("NNNNNNNNN-NNNNN").
None of these carries a check a detector can test everywhere, so the layout decides, exact
and whole (nothing word- or digit-like glued to it); an order, invoice or tracking cue right
before it keeps it (``gives_way``), as for any number without a check.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact.hits import Hit

_LAYOUTS = re.compile(
    r"(?<![\w.,/+#-])"
    r"(?:\d{5}-\d{3}-\d{7,12}"  # Canada: transit, institution, account
    r"|\d{3}-\d{3}-\d{12}-\d{2}"  # Peru: bank, office, account, checks (CCI)
    r"|\d{9}-\d{5})"  # Uruguay: BROU account, sub-account
    r"(?![\w-]|[.,/]\d)"
)


def find_bank_layouts(
    text: str, runs: tuple[tuple[int, int], ...], *, gives_way: Callable[[str, int], bool]
) -> list[Hit]:
    """IBAN hits (our type for bank accounts) of the layouts above; ``runs`` are
    ``prefilter.digit_runs(text)``, one of which each layout is."""
    hits: list[Hit] = []
    for a, b in runs:
        if b - a < 14 or text.count("-", a, b) < 1:
            continue  # fourteen digits and a hyphen at least
        m = _LAYOUTS.match(text, a)
        if m is not None and m.end() == b and not gives_way(text, a):
            hits.append(("IBAN", a, b))
    return hits
