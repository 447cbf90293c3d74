"""Session 8, addresses: Moldovan street lines (MD-NNNN codes, lower-case "str."/"bd."/"șos.",
Russian types, "C.P." boxes, "mun."/"s." ranks), Albanian box lines with the code on the next
line, Cameroonian unnumbered streets closing on a town, Panamanian and Honduran street-and-
building lines, a box line between a street and its postcode line. Made-up values; the
look-alikes beside them must survive."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([], name_tagger=False)
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Moldova: the code before or after the locality, with or without the dash
        (
            "Adresa nouă: str. Teilor 14, MD-2044, Chișinău\nMulțumesc",
            "Adresa nouă: [ADDRESS]\nMulțumesc",
        ),
        ("Ne vedem pe str. Florilor 3, Cahul MD 3909. Pa", "Ne vedem pe [ADDRESS]. Pa"),
        ("Depozit: bd. Renașterii 77, MD2005 mun. Chișinău", "Depozit: [ADDRESS]"),
        ("Trimiteți la șos. Muncești 120, Bălți.", "Trimiteți la [ADDRESS]."),
        ("Trimiteți la şos. Muncești 120, Bălți.", "Trimiteți la [ADDRESS]."),
        ("Livrare:\nstr-la Zorilor 6\nC.P. 45\nMD-3100, Bălți\nGata", "Livrare:\n[ADDRESS]\nGata"),
        (
            "Locuim pe str. Livezilor nr. 9, ap. 4, s. Ruseni, r-nul Edineț, MD-4611.",
            "Locuim pe [ADDRESS].",
        ),
        ("Адрес: ул. Садовая 18, кв. 3, MD-2012, г. Кишинэу.", "Адрес: [ADDRESS]."),
        # Albania: a box line, then the code and town on the next line
        (
            "Adresa:\nRruga e Ullishtes 31\nKutia Postare 410\n9401 Vlorë\nFaleminderit",
            "Adresa:\n[ADDRESS]\nFaleminderit",
        ),
        # Cameroon: no house number, the street closes on a town (and its region)
        ("Livraison : route de Nkolbisson, Yaoundé. Merci", "Livraison : [ADDRESS]. Merci"),
        ("Adresse :\ncarrefour Mokolo\nCentre, Yaoundé\nMerci", "Adresse :\n[ADDRESS]\nMerci"),
        (
            "Nouvelle adresse : avenue des Palmiers, Littoral, Douala.",
            "Nouvelle adresse : [ADDRESS].",
        ),
        # Panama and Honduras: the street segment before a building or a unit
        (
            "Entrega en Vía Cincuentenario, PH Costa Brava 21, Coco del Mar, Panamá. Gracias",
            "Entrega en [ADDRESS]. Gracias",
        ),
        (
            "Recoger en Calle Uruguay, Edificio Los Pinos 7, Piso 3, Bella Vista\nPanamá\nSaludos",
            "Recoger en [ADDRESS]\nSaludos",
        ),
        (
            "Dejen la caja en Bulevar Suyapa, bodega 31, Comayagüela 12101, Francisco Morazán.",
            "Dejen la caja en [ADDRESS].",
        ),
        # Italian articulated prepositions in a street's name
        ("Consegna in Via alle Cave 18, oggi.", "Consegna in [ADDRESS], oggi."),
    ],
)
def test_regional_lines_are_redacted(redact, text, expected):
    assert redact(text) == expected


def test_box_line_between_street_and_postcode_goes(redact):
    out = redact("Indirizzo:\nVia Cantonale 12\nCasella postale 771\n6500 Bellinzona\nGrazie")
    assert "771" not in out and "Cantonale" not in out and "Bellinzona" not in out
    assert out.startswith("Indirizzo:\n[ADDRESS]") and out.endswith("\nGrazie")


@pytest.mark.parametrize(
    "text",
    [
        # a number of a book or a count, no street
        "Am citit str. 5 din capitol.",
        "Calea ferată 3 e închisă azi.",
        "Strada 2024 a fost un an bun.",
        "Rruga e Kavajës 2024 ishte e mbyllur.",
        # a Cameroonian town alone, a landmark with no street word, a street not closing on a
        # town
        "On se voit à Douala demain.",
        "Ça bouchonne près de l'hôpital Central, Yaoundé.",
        "La route de Kribi est longue et belle.",
        # a Panamanian building with no number, a count after a unit
        "El PH Vista Mar es caro, Panamá.",
        "La Calle Real, casa 3 veces mejor que antes.",
        "La Torre Eiffel mide 330 metros.",
    ],
)
def test_look_alikes_survive(redact, text):
    assert "[ADDRESS]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order cue in Spanish or French keeps a code of the GhanaPost GPS shape
        ("El pedido BK-2031-7719 sigue pendiente.", "El pedido BK-2031-7719 sigue pendiente."),
        ("La commande AK-120-4431 est partie.", "La commande AK-120-4431 est partie."),
        # without a cue, or after an address, the GPS code still goes (the street and area after
        # "Deliver to" are the address's too: ``address_unnumbered.cued_street_towns``)
        (
            "Deliver to Ring Road, Osu. GA-183-8164 please",
            "Deliver to [ADDRESS]. [ADDRESS] please",
        ),
        ("Accra\nGA-507-2291\nThanks", "[ADDRESS]\nThanks"),
    ],
)
def test_gps_codes_after_order_cues(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a postcode on its own line, its town on the next
        ("Adresse :\n8 rue des Tanneurs\n69002\nLyon\nMerci", "Adresse :\n[ADDRESS]\nMerci"),
        ("Indirizzo:\nVia Solferino 21\n10121\nTorino\nGrazie", "Indirizzo:\n[ADDRESS]\nGrazie"),
        ("Dirección:\nCalle Alcalá 140\n28009\nMadrid\nGracias", "Dirección:\n[ADDRESS]\nGracias"),
    ],
)
def test_postcode_split_from_its_town(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # India: a marked shed, unit or "No." number in an industrial estate, then the city
        ("Invoices go to No. 14, Bhosari Industrial Area, Pune.", "Invoices go to [ADDRESS]."),
        ("Send it to Shed 8, Wazirpur Phase Two, Delhi.", "Send it to [ADDRESS]."),
        ("Office:\nUnit 61, Guindy Industrial Estate, Chennai\nID", "Office:\n[ADDRESS]\nID"),
        # "Post Box No." is a box
        ("Write to Post Box No. 4417, Chennai 600002.", "Write to [ADDRESS]."),
    ],
)
def test_indian_estate_lines(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Read Unit 3, Chapter One, London first.", "I said no. 5 times, Four, Five."],
)
def test_indian_look_alikes_survive(redact, text):
    assert "[ADDRESS]" not in redact(text)
