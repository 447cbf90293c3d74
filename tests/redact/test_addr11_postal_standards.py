"""Street lines of Magyar Posta, Hrvatska pošta, Correo Argentino's short code, Colombia's grid
and Pos Indonesia (made-up values; each rule with a same-shape negative)."""

from __future__ import annotations

import pytest

from trainer.redact.addresses import find_addresses


def _found(text: str) -> list[str]:
    spans = sorted({(s, e) for kind, s, e in find_addresses(text) if kind == "ADDRESS"})
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return [text[s:e] for s, e in merged]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Magyar Posta: postcode first, lower-case type after the name, floor and door
        ("Lakcím: 7435 Kisfalu, Szilvás Ede utca 12. 3/4. Köszi",
         "7435 Kisfalu, Szilvás Ede utca 12. 3/4"),
        ("Új cím: 2981 Nagyrét, Rákos krt. 7. II. em. 5. Szép napot",
         "2981 Nagyrét, Rákos krt. 7. II. em. 5"),
        ("Lakcím: Hársfa u. 9., 6724 Dombvár", "Hársfa u. 9., 6724 Dombvár"),
        ("A címem Almás tér 3/B., 5123 Felsőhegy, ha kell.", "Almás tér 3/B., 5123 Felsőhegy"),
        # Hrvatska pošta: type before or after the name, and the adjectival name alone
        ("Adresa: Ulica kralja Petra 7, 33000 Virovitica.",
         "Ulica kralja Petra 7, 33000 Virovitica"),
        ("Nova adresa: Lipova cesta 41, 32100 Vinkovci", "Lipova cesta 41, 32100 Vinkovci"),
        ("Dođite sutra ujutro: Lipovačka 18, 44000 Sisak.", "Lipovačka 18, 44000 Sisak"),
        ("The workshop moves to Kovnica 21, 52000 Pazin.", "Kovnica 21, 52000 Pazin"),
        ("Nova adresa: Bregovita 9, 43000 Čazma", "Bregovita 9, 43000 Čazma"),
        # Correo Argentino: the province letter and the four-digit code after a street line
        ("Lugar: Calle Lavalle 812, 3° B, E3100 Paraná. ¡Gracias!",
         "Calle Lavalle 812, 3° B, E3100 Paraná"),
        # Colombia: the grid plate, unit, town and six-digit code
        ("Queda en Carrera 12B # 34-56 apto 301, Yopal, 850001! Saludos",
         "Carrera 12B # 34-56 apto 301, Yopal, 850001"),
        ("Nos vemos junto a Cl. 7 Sur # 3-09, Neiva.", "Cl. 7 Sur # 3-09, Neiva"),
        ("Punto de encuentro: Transversal Ceiba # 21-04, Tunja, 150001.",
         "Transversal Ceiba # 21-04, Tunja, 150001"),
        # Pos Indonesia: Jl./Gg., No., RT/RW, kelurahan, town and kode pos
        ("Alamat: Jl. Cempaka No. 7, RT 02/RW 04, Kel. Sukamaju, Depok 16411\nTerima kasih",
         "Jl. Cempaka No. 7, RT 02/RW 04, Kel. Sukamaju, Depok 16411"),
        ("Kirim ke Gang Kenari No. 12A, Blok D, Cirebon 45111.",
         "Gang Kenari No. 12A, Blok D, Cirebon 45111"),
    ],
)
def test_street_line_is_one_address(text: str, address: str) -> None:
    assert _found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Az utca 5 perc alatt van.",  # a sentence, no name before the type
        "Ez a tér 3 órakor tele van.",
        "Thank u. 5 stars from me!",  # chat's "u." after an English word
        "Sprint 14, 10000 Points today.",  # a round count before a frequent word
        "Version 3, 20000 Users.",
        "We put 5 apples in the gang No 5 car.",  # English "put", "gang"
        "Compré la cámara X5000 Pro ayer.",  # a model number, no street line before it
        "La Calle 15 es la mejor del barrio.",  # a grid way without its plate
        "Tardé 3-4 horas en la Carrera 7.",
        "Tadi macet di Jalan Kenari, parah.",  # a street named in prose, no number
    ],
)
def test_same_shape_prose_stays(text: str) -> None:
    assert _found(text) == []
