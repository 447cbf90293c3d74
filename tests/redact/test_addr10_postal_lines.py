"""Street lines of PostNord Danmark, Posten Norge, Poșta Română, Česká pošta and Pos Malaysia,
and a lower-case locality with its code after a street (made-up values, each rule with a
same-shape negative): ``find_addresses`` returns exactly the address, nothing of the prose."""

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
        # PostNord Danmark: compound types, abbreviations, floor and side, "DK-" codes
        ("Hent den på Tulipanvej 5, st. tv., 2100 København Ø i morgen.",
         "Tulipanvej 5, st. tv., 2100 København Ø"),
        ("Adresse: Skovvænget 62, 5. th.", "Skovvænget 62, 5. th"),
        ("Bygade 14 8000 Aarhus C", "Bygade 14 8000 Aarhus C"),
        ("Send til bakkegade 131c, 7100 vejle", "bakkegade 131c, 7100 vejle"),
        ("Lindeg. 88, st. tv., 6700 Esbjerg", "Lindeg. 88, st. tv., 6700 Esbjerg"),
        ("Østre Allé 39, 5. mf.", "Østre Allé 39, 5. mf"),
        # Posten Norge: genitive + separate type, "gt.", leil., etasje, bolignummer
        ("Jens Hansens gate 20 1606 Fredrikstad", "Jens Hansens gate 20 1606 Fredrikstad"),
        ("Peder Claussøns gt. 86, N-0187 Oslo", "Peder Claussøns gt. 86, N-0187 Oslo"),
        ("Fjordveien 58b, 6. etasje, 0553 Oslo", "Fjordveien 58b, 6. etasje, 0553 Oslo"),
        ("Kongsv. 73 leil. 28 i dag", "Kongsv. 73 leil. 28"),
        ("Fjordveien 102 H0909", "Fjordveien 102 H0909"),
        # Poșta Română: type first, "nr.", block parts, six-digit code
        ("Adresa: Str. Lalelelor nr. 54, bl. 29, ap. 24, 300111 Arad",
         "Str. Lalelelor nr. 54, bl. 29, ap. 24, 300111 Arad"),
        ("Aleea Teilor, nr. 17, 550111, Sibiu", "Aleea Teilor, nr. 17, 550111, Sibiu"),
        ("șoseaua nordului 1, timișoara 300111", "șoseaua nordului 1, timișoara 300111"),
        ("P-ța Unirii nr. 71, et. 3, ap. 48", "P-ța Unirii nr. 71, et. 3, ap. 48"),
        ("Bulevardul Libertății 91, București 040052",
         "Bulevardul Libertății 91, București 040052"),
        # Česká pošta: číslo popisné/orientační, flat parts, "NNN NN" codes, labels
        ("Adresa: Tylova 102A, byt č. 45", "Tylova 102A, byt č. 45"),
        ("Balík mi pošlete na adrese Palackého 1753/62, zvonit dvakrát.", "Palackého 1753/62"),
        ("Doručovací adresa: Sokolská 1575/63, 6. patro, 370 01 České Budějovice.",
         "Sokolská 1575/63, 6. patro, 370 01 České Budějovice"),
        ("Trvalé bydliště: polní 137, 602 00 brno. Autobusem 14 jedu.", "polní 137, 602 00 brno"),
        ("Sídlo: Sadová 3. Otevřeno denně.", "Sadová 3"),
        ("Kontaktní adresa: U Lípy 52, 7. patro.", "U Lípy 52, 7. patro"),
        ("Místo konání: nám. Republiky 363/132, Praha 3 130 00. Cena pevná.",
         "nám. Republiky 363/132, Praha 3 130 00"),
        # Pos Malaysia: number, comma, road type, code and town (any case, other digits)
        ("Alamat: ٢٣٦, Jalan Melur, 50466 Kuala Lumpur", "٢٣٦, Jalan Melur, 50466 Kuala Lumpur"),
        ("53, jalan bukit melur, 50407 kuala lumpur", "53, jalan bukit melur, 50407 kuala lumpur"),
        ("25, JALAN TERATAI, 88276 KOTA KINABALU", "25, JALAN TERATAI, 88276 KOTA KINABALU"),
        ("93,\nJalan Melur, 80176 Johor Bahru", "93,\nJalan Melur, 80176 Johor Bahru"),
        ("147, Jalan Sultan Yusof – 50488 Kuala Lumpur",
         "147, Jalan Sultan Yusof – 50488 Kuala Lumpur"),
        # a lower-case locality and its code after a street line
        ("Send to 14 kings road, durban 4001", "14 kings road, durban 4001"),
        ("Drop it at 140 canal view road, lahore 54720.", "140 canal view road, lahore 54720"),
    ],
)
def test_postal_lines_redacted(text, address):
    assert _found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        # same shapes that are no address: a gate, a verb, a year, a German abbreviation
        "Departure Gate 12 closes at 9.",
        "Please delegate 3 tasks to the team.",
        "Storgata 2024 var fint.",
        "Boarding gate 4 is open.",
        "Ausg. 3 ist da. Bd. 4 erscheint.",
        # Romanian nouns of prose and an initial before a number
        "Calea ferată 3 km mai departe.",
        "Piața muncii 2024 arată bine.",
        "Al. 5 a venit azi.",
        # Czech rooms, lines, dates and a label without an address after it
        "Sál 635 v komunitním centru. Adresa je v profilu. Linka 271 staví.",
        "Bydliště 19. 1. 2025 změněno.",
        # a Malaysian road named as a landmark in prose
        "Traffic on Jalan Ampang is bad today.",
        # a year after a street's comma, read as prose
        "I lived at 14 Kings Road, since 2019.",
    ],
)
def test_same_shapes_kept(text):
    found = _found(text)
    if text.startswith("I lived"):
        assert found == ["14 Kings Road"]
    else:
        assert found == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # PTT: a numbered street's abbreviated type after its ordinal is no sentence end
        ("Adres: Yıldız Mah. 1203. Sk. No: 5 D: 2, 34710 Kadıköy/İstanbul",
         "Yıldız Mah. 1203. Sk. No: 5 D: 2, 34710 Kadıköy/İstanbul"),
        ("Adres: Yıldız Mah. 1203. Cad. No: 5, Kadıköy", "Yıldız Mah. 1203. Cad. No: 5, Kadıköy"),
    ],
)
def test_turkish_ordinal_street_abbreviations(text, address):
    assert _found(text) == [address]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record's number after a document noun or with a leading zero is no house number
        ("Adresa: Faktura 0499/25 je v příloze.", []),
        ("Sídlo: Faktura 499/25 taky.", []),
        # the same shape after a street name stays an address
        ("Adresa: Tylova 1499/25, 6. patro", ["Tylova 1499/25, 6. patro"]),
    ],
)
def test_czech_document_numbers(text, expected):
    assert _found(text) == expected
