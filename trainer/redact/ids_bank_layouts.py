"""Bank account numbers whose national layout is their own, found with no account label
(``national_ids`` calls this; labelled accounts are ``ids_accounts``'s).

- Canada (Payments Canada, the MICR line of a cheque): transit number (five digits), financial
  institution number (three) and account number (seven to twelve), written with hyphens as
  people copy them from their banking app ("12345-003-1234567").
- Peru, the Código de Cuenta Interbancario (SBS/ASBANC): twenty digits, bank (three), office
  (three), account (twelve) and two check digits, written "NNN-NNN-NNNNNNNNNNNN-NN".
- Uruguay, Banco República (BROU) accounts since the 2019 migration: a nine-digit account and
  a five-digit sub-account joined by a hyphen ("NNNNNNNNN-NNNNN").
- Mozambique and Portugal, the NIB (Número de Identificação Bancária): twenty-one digits, bank
  (four), branch (four), account (eleven) and two check digits, 98 minus the first nineteen
  times 100 mod 97 (ISO 7064 MOD 97-10, as in the IBAN built on it); solid or printed in
  groups of four ("0003 0802 7287 2223 5325 6"), decided by its check (1 in 97), no cue asked.
- New Zealand's bank-branch-account-suffix and South Africa's universal branch code and account
  (``ids_bank_national``).
None of the first three carries a check a detector can test everywhere, so the layout decides, exact
and whole (nothing word- or digit-like glued to it); an order, invoice or tracking cue right
before it keeps it (``gives_way``), as for any number without a check.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact.hits import Hit
from trainer.redact.ids_bank_national import national_layout

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
        if b - a >= 21 and (m := _NIB.match(text, a)) is not None and m.end() == b:
            if nib_ok(m.group().replace(" ", "")) and not gives_way(text, a):
                hits.append(("IBAN", a, b))
            continue
        if national_layout(text, a, b):
            if not gives_way(text, a):
                hits.append(("IBAN", a, b))
            continue
        if b - a < 14 or text.count("-", a, b) < 1:
            continue  # fourteen digits and a hyphen at least
        m = _LAYOUTS.match(text, a)
        if m is not None and m.end() == b and not gives_way(text, a):
            hits.append(("IBAN", a, b))
    return hits


# twenty-one digits solid, in groups of four and a last one, or 4-4-11-2
_NIB = re.compile(
    r"(?<![\w.,/+#-])(?:\d{21}|\d{4}(?: \d{4}){4} \d|\d{4} \d{4} \d{11} \d{2})"
    r"(?![\w-]|[.,/]\d)"
)


def nib_ok(digits: str) -> bool:
    """A NIB's two check digits: 98 - (first nineteen digits x 100) mod 97."""
    return len(digits) == 21 and 98 - int(digits[:19]) * 100 % 97 == int(digits[19:])
