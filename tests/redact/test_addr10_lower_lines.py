"""Lower-case street lines closed by their postcode, izafat road names, Swedish lines broken
after the street word, and a lower-case locality with a code that does not close the clause
(made-up values; each rule with a same-shape negative)."""

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
        # a whole line in lower case after a label, a preposition or a line start
        ("Miejsce zbiórki: ulica lipowa 131 40-085 katowice.", "ulica lipowa 131 40-085 katowice"),
        ("Abgabe bei am mühlbach 43 10999 berlin, oberste Klingel.",
         "am mühlbach 43 10999 berlin"),
        ("1. Visite in via giuseppe garibaldi 92 80132 napoli.",
         "via giuseppe garibaldi 92 80132 napoli"),
        ("Balík prosím doručte na adresu komenského 96a, 120 00 praha 2, díky.",
         "komenského 96a, 120 00 praha 2"),
        ("Lever i fjordveien 106, n-7010 trondheim, øverste ringeklokke.",
         "fjordveien 106, n-7010 trondheim"),
        ("Gösterim adresi: lale sokak no:66 34726 kadıköy/istanbul.",
         "lale sokak no:66 34726 kadıköy/istanbul"),
        # Pakistan Post: izafat road heads, any case, the number on the next line
        ("Shahrah-e-Quaideen 139, Karachi 75755", "Shahrah-e-Quaideen 139, Karachi 75755"),
        ("SHAHRAH-E-QUAIDEEN 148, KARACHI 75514", "SHAHRAH-E-QUAIDEEN 148, KARACHI 75514"),
        ("send to shahrah-e-quaideen 195, karachi 75476", "shahrah-e-quaideen 195, karachi 75476"),
        ("Khayaban-e-Rahat\n91, Karachi 75884", "Khayaban-e-Rahat\n91, Karachi 75884"),
        # PostNord Sverige: "-avenyn", a separate "allé", a copy broken after the street word
        ("Kungsportsavenyn 72\n418 35 Göteborg", "Kungsportsavenyn 72\n418 35 Göteborg"),
        ("Hämta på Bokvägen\n27, 419 85 Göteborg", "Bokvägen\n27, 419 85 Göteborg"),
        ("Hämta: Tensta allé\n173, 163 71 Spånga", "Tensta allé\n173, 163 71 Spånga"),
        # a lower-case locality and code with prose after it
        ("Pop-up office: 79 kings road, sandton 2196 Contact us for the link",
         "79 kings road, sandton 2196"),
    ],
)
def test_lines_redacted(text, address):
    assert _found(text) == [address]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count, a bus line and a year after lower-case words: no street line
        ("we sold 43 10999 units in 2024. take bus 67 to the end.", []),
        ("to room 12, 10-150 people came", []),
        # an izafat compound that names an award, a road head without a house number
        ("He won the Nishan-e-Haider 1971. Shahrah-e-Quaideen was busy.", []),
        # prose after a street's comma: the frequent word keeps the number a count
        ("We met at 14 Kings Road, about 3500 visitors came.", ["14 Kings Road"]),
        # a Swedish word with a street ending broken from a number that starts a list item
        ("Läs om Bokvägen\n2024 var ett bra år.", []),
    ],
)
def test_same_shapes_kept(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Correo Argentino's CPA typed in lower case closes a lower-case line
        ("Dirección: av. mitre 510, m5565vdm mendoza", ["av. mitre 510, m5565vdm mendoza"]),
        ("Drop parcels at florida del valle 20, x5005fyj córdoba – mil gracias",
         ["florida del valle 20, x5005fyj córdoba"]),
        # a street name broken from its "number," by a line feed
        ("Envíen el paquete a Pueyrredón\n125, C1144YAW CABA", ["Pueyrredón\n125, C1144YAW CABA"]),
        ("Best places:\nTop\n3, then 4 and 5.", []),
        # Posten Norge / PostNord Danmark: no type ending, framed by the flat and the code line
        ("Grønnegården 58b, 6. etasje, 0553 Oslo", ["Grønnegården 58b, 6. etasje, 0553 Oslo"]),
        ("Grønnegården 118, H0303, 1606 Fredrikstad",
         ["Grønnegården 118, H0303, 1606 Fredrikstad"]),
        ("Grønnegården 106 er fin.", []),
        ("Kapitel 12, 2500 Words. Chapter 3, 2024 Edition. Version 2, 1500 Euro", []),
    ],
)
def test_more_line_shapes(text, expected):
    assert _found(text) == expected
