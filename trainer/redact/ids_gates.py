"""The gates of round 16's id finders: each runs only when its trigger is in the text, so a
post without one pays a substring test or a cached digit-run lookup (``prefilter``)."""

from __future__ import annotations

from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.ids_gh_ssnit import find_ssnit_numbers
from trainer.redact.ids_pix import find_pix_keys, pix_gate
from trainer.redact.ids_ug_nin import find_ug_nins


def find_gated_ids(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """Pix random keys (a UUID v4 has "-4" at its third group; "pix"/"chave" for other layouts),
    Ugandan NINs ("CM"/"CF"), Ghanaian SSNIT numbers (a run of twelve digits)."""
    hits: list[Hit] = []
    if pix_gate(text):  # "-4" of a UUID v4, or a "pix"/"chave" word (rev17 F3)
        hits += find_pix_keys(text)
    if "CM" in text or "CF" in text or "cm" in text or "cf" in text:
        hits += find_ug_nins(text)
    if prefilter.digit_runs(text) and prefilter.longest_run_digits(text) >= 12:
        hits += find_ssnit_numbers(text, gives_way=gives_way)
    return hits
