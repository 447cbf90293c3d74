"""Address lines of Correos de Chile, Serpost, 4-72, bpost, Pošta Slovenije and Posta Kenya:
seven-digit codes, a unit's number before the postcode, year-like four-digit codes before their
town, type-less street lines before a four-digit code, numberless streets closed by a box or a
town and its code, the jirón, and 4-72 codes checked against the DANE departments; flight
numbers, letter-prefixed references and the next line are no part of a postcode's locality
(made-up values; each rule with a same-shape negative)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.address_co import colombian_codes
from trainer.redact.address_four_digit import four_digit_lines
from trainer.redact.address_unnumbered import kenyan_boxes
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
        # Correos de Chile: seven digits after the commune, with or without "CP"
        ("Envíen todo a Av. Grecia 1580, Antofagasta 1240000 por favor.",
         "Av. Grecia 1580, Antofagasta 1240000"),
        ("Nueva bodega: calle Prat 221\nIquique, CP 1100000.",
         "calle Prat 221\nIquique, CP 1100000"),
        # a unit's four digits are the unit's, not the postcode
        ("Dirección: Av. Pajaritos 880, depto 1204, Maipú, Santiago 9250000\nGracias",
         "Av. Pajaritos 880, depto 1204, Maipú, Santiago 9250000"),
        ("Escríbanos a Av. Arequipa 311, of. 1402, Lince 15046.",
         "Av. Arequipa 311, of. 1402, Lince 15046"),
        # Serpost's jirón, then a district
        ("Vengan a Jr. Tacna 310, Huancayo 12001.", "Jr. Tacna 310, Huancayo 12001"),
        ("Mi casa: Jirón Lampa 77, Cercado, Lima 15001.", "Jirón Lampa 77, Cercado, Lima 15001"),
        # Pošta Slovenije and bpost codes that read as years, after a typed street
        ("Adresse : Rue du Rhône 12, 1950 Sion.", "Rue du Rhône 12, 1950 Sion"),
        ("Ons kantoor: Kerkstraat 41, 2060 Antwerpen, achteraan.",
         "Kerkstraat 41, 2060 Antwerpen"),
        # a street with no type word before a four-digit code and its town
        ("Adres: Vrijdagmarkt 5, 1930 Zaventem.", "Vrijdagmarkt 5, 1930 Zaventem"),
        ("Vergadering op Grote Markt 7 bus 2, 9000 Gent.", "Grote Markt 7 bus 2, 9000 Gent"),
        # Posta Kenya: numberless street lines closed by a box with its code or a town and code
        ("Head office: Digo Road, P.O. Box 3318-80100, Mombasa. See you",
         "Digo Road, P.O. Box 3318-80100, Mombasa"),
        ("Courier to Digo Lane\nKericho 20200.", "Digo Lane\nKericho 20200"),
        ("Depot: Kaunda Street, Upper Hill, Machakos 90100.",
         "Kaunda Street, Upper Hill, Machakos 90100"),
        ("Write to P.O. Box 912-30200 Kitale today.", "P.O. Box 912-30200 Kitale"),
        # "P.O. Box" reaches the box rules
        ("Send it to P.O. Box 4521, Springfield, IL 62704 please.",
         "P.O. Box 4521, Springfield, IL 62704"),
        # same shapes as the kept flight and reference cases, as addresses
        ("Visit us: Vogelweide 5, Wellington 6035.", "Wellington 6035"),
        ("Bureau: Rue Haute 12, B-1000 Bruxelles", "Rue Haute 12, B-1000 Bruxelles"),
        ("Kom naar Lindelaan 4, 3511 LK Utrecht\nFactuur volgt.",
         "Lindelaan 4, 3511 LK Utrecht"),
        # 4-72 código postal after a town set off from a unit number, or after its label
        ("Oficina: 12 Las Flores, apto 502, Cali 760001.", "Cali 760001"),
    ],
)
def test_address_found(text: str, address: str) -> None:
    assert any(address in found for found in _found(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Av. Grecia 1580. Total 1240000 pesos.", "1240000"),  # a sentence end stops the walk
        ("Ticket 7550000 sigue abierto.", "7550000"),  # seven digits, no street or label
        ("We are hiring a Jr. Developer 2 days a week.", "Developer"),  # the title
        ("Sammy Davis Jr. 1990 album", "1990"),
        ("Lindenstraße 12, 2024 visitors came.", "2024"),  # a plural noun after the code
        ("Windows 11, 2023 Edition.", "2023"),  # a year-like code, type-less line, no cue
        ("Abbey Road, London 10000 people came.", "10000"),  # a count after the five digits
        ("Penny Lane is lovely in 2024.", "Penny"),  # neither box nor code closes it
        ("Pedido 050021 listo.", "050021"),  # six digits after a word, no comma, no label
        # an airline designator and a flight number, not "Locality 1234"
        ("Llego 9:40 PM.\nVuelo XQ 4821.\nGracias", "4821"),
        ("Penerbangan QZ 7310.", "7310"),
        # a country letter takes its own number of digits (F- five, B- four): a reference
        ("Office: 12 Mabini Ave., Makati City 1209\nInvoice F-3318 attached.", "F-3318"),
        # a PostNL town stays on its line
        ("Kom naar Lindelaan 4, 3511 LK Utrecht\nFactuur volgt.", "Factuur"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert not any(kept in found for found in _found(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Vrijdagmarkt 4, 5000 Zorvath.", ["Vrijdagmarkt 4, 5000 Zorvath"]),
        ("Episode 4, 5000 Zorvath.", []),  # "Episode" takes the number after it
        ("Vrijdagmarkt 4, 5000 Stories.", []),  # a plural noun, no town
    ],
)
def test_four_digit_lines(text: str, found: list[str]) -> None:
    digit = text.index("5000")
    assert [text[s:e] for _, s, e in four_digit_lines(text, [digit])] == found


def test_colombian_codes_need_a_department() -> None:
    text = "Oficina: 12 Las Flores, apto 502, Cali 560001 y CP 110111."
    assert [text[s:e] for _, s, e in colombian_codes(text)] == ["110111"]


def test_kenyan_box_needs_its_five_digit_code() -> None:
    assert kenyan_boxes("P.O. Box 3318-801 Mombasa") == []
    text = "P.O. Box 3318-80100 Mombasa"
    assert [text[s:e] for _, s, e in kenyan_boxes(text)] == [text]


def test_redacted_whole_by_the_engine() -> None:
    redactor = Redactor.from_members([], name_tagger=False)
    out = redactor.redact("Vivo en Av. Grecia 1580\nAntofagasta, CP 1240000. Saludos")
    assert out.text == "Vivo en [ADDRESS]. Saludos"
    out = redactor.redact("Kantoor: Vrijdagmarkt 5, 1930 Zaventem. Tot dan!")
    assert out.text == "Kantoor: [ADDRESS]. Tot dan!"
