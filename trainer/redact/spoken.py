"""Values dictated, spelled out, obfuscated or cut by a line break: one entry point for the engine.

Chat exports, transcripts, dictated notes and voicemail write contact and payment values the way
they are said ("oh seven nine ...", "anna underscore berg at gmail dot com"), or cut them up so
that no scraper reads them ("N L 3 9 R A B O ...", "+ 3 5 2 ..."). The typed forms are the other
detectors' job; these modules read the rest and gate themselves on cheap prefilter signals.
A card or IBAN that a line break cuts in two is joined and checked by ``values_wrapped``.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.redact.hits import Hit
from trainer.redact.obfuscated import find_obfuscated_contacts
from trainer.redact.spoken_numbers import find_spoken_numbers
from trainer.redact.values_wrapped import find_wrapped_values


def find_spoken(text: str, *, claimed: Sequence[Hit] = ()) -> list[Hit]:
    """Phones, cards, IBANs and ids said or spaced out; e-mails and sites said aloud; cards
    and IBANs cut by a line break. ``claimed``: the other detectors' hits (a digit run one of
    them holds is not read again)."""
    return (
        find_spoken_numbers(text, claimed=claimed)
        + find_obfuscated_contacts(text)
        + find_wrapped_values(text)
    )
