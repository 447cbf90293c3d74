"""The regional address rules of ``addr16_*`` in one call for ``addresses.find_addresses``:
Icelandic street lines, francophone West African boxes and estates, Costa Rican estates and
señas, Paraguayan corners and Ecuadorian quadrant numbers. Each runs only behind its gate (a
prefilter keyword, or an Icelandic letter), so posts without a trigger pay a few dict lookups.
"""

from __future__ import annotations

from trainer.redact import prefilter
from trainer.redact.addr16_corners import corners
from trainer.redact.addr16_cr import costa_rican_addresses
from trainer.redact.addr16_iceland import eth_thorn, icelandic_streets
from trainer.redact.addr16_westafrica import west_african_addresses
from trainer.redact.hits import Hit


def regional_addresses(text: str, found: dict[str, list[tuple[int, int]]]) -> list[Hit]:
    """ADDRESS hits of the ``addr16_*`` rules (``found``: the prefilter's keywords)."""
    hits: list[Hit] = []
    if eth_thorn(text):  # without ð/þ: at the house-number anchors of ``addresses``
        hits += icelandic_streets(text)
    if not prefilter.has_digit(text):
        return hits
    if "addr16_wa" in found or "street_type" in found:
        hits += west_african_addresses(text, found)
    if "addr16_cr" in found:
        hits += costa_rican_addresses(text, found["addr16_cr"])
    if "addr16_corner" in found or "street_type" in found:
        hits += corners(text, found)
    return hits
