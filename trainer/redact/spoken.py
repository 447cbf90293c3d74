"""Values dictated, spelled out or obfuscated: one entry point for the engine.

Chat exports, transcripts, dictated notes and voicemail write contact and payment values the way
they are said ("oh seven nine ...", "anna underscore berg at gmail dot com"), or cut them up so
that no scraper reads them ("N L 3 9 R A B O ...", "+ 3 5 2 ..."). The typed forms are the other
detectors' job; these two modules read the rest and gate themselves on cheap prefilter signals.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.redact.hits import Hit
from trainer.redact.obfuscated import find_obfuscated_contacts
from trainer.redact.spoken_numbers import find_spoken_numbers


def find_spoken(text: str, *, claimed: Sequence[Hit] = ()) -> list[Hit]:
    """Phones, cards, IBANs and ids said or spaced out; e-mails and sites said aloud.
    ``claimed``: the other detectors' hits (a digit run one of them holds is not read again)."""
    return find_spoken_numbers(text, claimed=claimed) + find_obfuscated_contacts(text)
