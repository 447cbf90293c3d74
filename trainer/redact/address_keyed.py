"""Street lines of the posts whose rules start at a type or label keyword (``prefilter``), one
table row per post: Poczta Polska, PTT, Česká pošta, Pos Malaysia, Pakistan Post, Poșta Română,
Magyar Posta, Hrvatska pošta, 4-72 (Colombia), Pos Indonesia, the three Baltic posts.
``addresses.find_addresses`` runs the rows whose keyword category the post's text holds.
"""

from __future__ import annotations

from collections.abc import Callable

from trainer.redact.address_baltic import baltic_streets
from trainer.redact.address_co import colombian_grid
from trainer.redact.address_cz import czech_streets
from trainer.redact.address_hr import croatian_streets
from trainer.redact.address_hu import hungarian_streets
from trainer.redact.address_id import indonesian_streets
from trainer.redact.address_my import malaysian_streets
from trainer.redact.address_pk import pakistani_roads
from trainer.redact.address_pl import polish_streets
from trainer.redact.address_ro import romanian_streets
from trainer.redact.address_tr import turkish_lines
from trainer.redact.hits import Hit

# (keyword category, rule): "ul. Brzozowa 5 m. 2", "Nar Sok. No: 5 D: 2", "Husova 1575/63, byt
# č. 4", "No. 12, Jalan Melur", "Shahrah-e-Quaideen 12", "Str. Florilor nr. 5, bl. A2, ap. 3",
# "7435 Kisfalu, Szilvás Ede utca 12.", "Ulica kralja Petra 5", "Carrera 12B # 34-56",
# "Jl. Cempaka No. 7", "Gedimino pr. 9-4, LT-01103 Vilnius"
_RULES: tuple[tuple[str, Callable[[str, list[tuple[int, int]]], list[Hit]]], ...] = (
    ("pl_street", polish_streets),
    ("tr_street", turkish_lines),
    ("cz_street", czech_streets),
    ("my_street", malaysian_streets),
    ("pk_road", pakistani_roads),
    ("ro_street", romanian_streets),
    ("hu_street", hungarian_streets),
    ("hr_street", croatian_streets),
    ("co_grid", colombian_grid),
    ("id_street", indonesian_streets),
    ("baltic_street", baltic_streets),
)

KEYED = frozenset(category for category, _ in _RULES)


def keyed_streets(text: str, found: dict[str, list[tuple[int, int]]]) -> list[Hit]:
    """ADDRESS hits of every row whose keyword category is in ``found``."""
    hits: list[Hit] = []
    for category, rule in _RULES:
        if category in found:
            hits += rule(text, found[category])
    return hits
