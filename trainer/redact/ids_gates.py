"""The gates of the shape-only id finders: each runs only when its trigger is in the text, so a
post without one pays a substring test or a cached digit-run lookup (``prefilter``)."""

from __future__ import annotations

from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.ids_asia_mena import find_asia_mena_ids
from trainer.redact.ids_birth_pin import find_birth_pins
from trainer.redact.ids_gh_ssnit import find_ssnit_numbers
from trainer.redact.ids_kennitala import find_kennitolur
from trainer.redact.ids_pix import find_pix_keys, pix_gate
from trainer.redact.ids_rw_ml_ph import find_rw_ml_ph_ids
from trainer.redact.ids_ug_nin import find_ug_nins
from trainer.redact.ids_upi import find_upi_addresses
from trainer.redact.ids_west_africa import find_west_african_ids


def find_gated_ids(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """Pix random keys (a UUID v4 has "-4" at its third group; "pix"/"chave" for other layouts),
    UPI addresses (an "@"), Ugandan NINs ("CM"/"CF" and 7-10 digits in a row), Icelandic
    kennitölur (a run of ten digits), Trinidad and Tobago birth PINs (eleven), Ghanaian SSNIT
    numbers (twelve), Ivorian and Senegalese identity card numbers (nine, thirteen). Most posts
    have no run of six digits: one cached lookup."""
    hits: list[Hit] = []
    if pix_gate(text):  # "-4" of a UUID v4, or a "pix"/"chave" word (rev17 F3)
        hits += find_pix_keys(text)
    if "@" in text:  # UPI payment addresses, "handle@psp" (``ids_upi``)
        hits += find_upi_addresses(text)
    if not prefilter.digit_runs(text):
        return hits
    longest = prefilter.longest_run_digits(text)
    if longest >= 7 and ("CM" in text or "CF" in text or "cm" in text or "cf" in text):
        hits += find_ug_nins(text)  # a NIN's 7-10 digits are one digit run
    if longest >= 10:  # Icelandic kennitala (``ids_kennitala``)
        hits += find_kennitolur(text, gives_way=gives_way)
    if longest >= 11:  # Trinidad and Tobago birth PINs (``ids_birth_pin``)
        hits += find_birth_pins(text)
    if longest >= 12:
        hits += find_ssnit_numbers(text, gives_way=gives_way)
    if longest >= 9:  # Ivorian CNI, Senegalese NIN (``ids_west_africa``)
        hits += find_west_african_ids(text, longest=longest, gives_way=gives_way)
    if longest >= 14:  # Rwandan NID, Malian NINA, PhilSys card number (``ids_rw_ml_ph``)
        hits += find_rw_ml_ph_ids(text, gives_way=gives_way)
    # Chinese, Taiwanese, HK, Egyptian, Bangladeshi, Sri Lankan ids (``ids_asia_mena``)
    hits += find_asia_mena_ids(text, longest=longest, gives_way=gives_way)
    return hits
