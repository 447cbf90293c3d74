"""The regional address rules (``address_iceland``, ``address_westafrica``, ``address_cr``,
``address_corners``, ``address_guatemala``, ``address_segments``, ``address_albania``,
``address_estate_blocks``) in one call for ``addresses.find_addresses``: Icelandic street lines,
francophone West African boxes and estates, Costa Rican estates and señas, Paraguayan corners,
Ecuadorian quadrant numbers, Guatemalan grid addresses, house-and-area lines ("House 9, Parklands,
Kitwe"), Albanian streets ("Rruga e Kavajës, Pallati 7, Ap. 32") and Central American estate blocks
("Col. Palmira, Bloque C, Casa #12"), Vietnamese unit chains (``address_vn``: "số 12 đường Lê Lợi,
phường Bến Nghé, quận 1") and Bosnian street lines (``address_ba``: "Titova bb, 75000 Tuzla"),
Nicaraguan landmark lines (``address_ni``: "de donde fue el cine X 2 cuadras al lago") and Haitian
numbered roads (``address_ht``: "Delmas 33, #12"). Each runs only behind its gate (a prefilter
keyword, an Icelandic letter, or for Bosnia a 7xxxx/8xxxx code), so posts without a trigger pay
little.
"""

from __future__ import annotations

from trainer.redact import prefilter
from trainer.redact.address_albania import albanian_streets
from trainer.redact.address_ba import bosnian_addresses
from trainer.redact.address_cameroon import cameroonian_streets
from trainer.redact.address_corners import corners
from trainer.redact.address_cr import costa_rican_addresses
from trainer.redact.address_estate_blocks import estate_blocks
from trainer.redact.address_guatemala import guatemalan_addresses
from trainer.redact.address_ht import haitian_streets
from trainer.redact.address_iceland import eth_thorn, icelandic_streets
from trainer.redact.address_ni import nicaraguan_addresses
from trainer.redact.address_panama import panamanian_lines
from trainer.redact.address_prose import prose_streets
from trainer.redact.address_segments import house_areas
from trainer.redact.address_vn import vietnamese_addresses
from trainer.redact.address_westafrica import west_african_addresses
from trainer.redact.hits import Hit

_NO_NUMBER = frozenset({"bb", "b.b", "b. b"})


def regional_addresses(text: str, found: dict[str, list[tuple[int, int]]]) -> list[Hit]:
    """ADDRESS hits of the regional rules (``found``: the prefilter's keywords)."""
    hits: list[Hit] = []
    if eth_thorn(text):  # without ð/þ: at the house-number anchors of ``addresses``
        hits += icelandic_streets(text)
    if "en_residence" in found and "street_en" in found:  # "we live on Elmwood Avenue"
        hits += prose_streets(text, found["en_residence"])
    if "cm_town" in found:  # "route de Mvan, Yaoundé": Cameroon's streets have no number
        hits += cameroonian_streets(text, found["cm_town"])
    if "vn_unit" in found:  # "số 12 đường Lê Lợi, phường Bến Nghé, quận 1" (``address_vn``)
        hits += vietnamese_addresses(text, found["vn_unit"])
    if not prefilter.has_digit(text):
        if "corner_word" in found:  # "Avda. Mcal. López esq. Brasil": a corner needs no number
            hits += corners(text, found)
        # "Maršala Tita bb, Sarajevo": "bez broja" writes the house with no digit
        bb = [(s, e) for s, e in found.get("ba_anchor", ()) if text[s:e].lower() in _NO_NUMBER]
        if bb:
            hits += bosnian_addresses(text, bb)
        return hits
    hits += bosnian_addresses(text, found.get("ba_anchor", []))  # "Titova bb, 75000 Tuzla"
    if "westafrica_box" in found or "street_type" in found:
        hits += west_african_addresses(text, found)
    if "address_cr" in found:
        hits += costa_rican_addresses(text, found["address_cr"])
    hits += haitian_streets(text)  # "Delmas 33, #12, Port-au-Prince" (only with a "#")
    if "address_ni" in found:  # "de donde fue el cine X 2 cuadras al lago", "km 5 carretera a"
        hits += nicaraguan_addresses(text, found["address_ni"])
    if "corner_word" in found or "street_type" in found:
        hits += corners(text, found)
    if "house_area" in found:
        hits += house_areas(text, found["house_area"])
    if "gt_zona" in found:
        hits += guatemalan_addresses(text, found["gt_zona"])
    if "estate_block" in found:
        hits += estate_blocks(text, found["estate_block"])
    if "al_street" in found:
        hits += albanian_streets(text, found["al_street"])
    if "pa_building" in found:  # "Vía España, Edificio Plaza Real 12, Bella Vista"
        hits += panamanian_lines(text, found["pa_building"])
    return hits
