"""Address classes of the thirty-third to thirty-fifth development sets (made-up values in the
postal standards' shapes): Vietnamese unit chains, Bosnian street lines, Kenyan street and
building lines, Eircode-shaped product codes after their label, and the Mexican, Portuguese,
Central American, Tunisian, Moldovan, Botswanan, Austrian, British and Swiss forms. Each class
has a same-shape text that must stay as written."""

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
        # Vietnam: house number, street, box, ward, district, city and postcode, small to large
        (
            "Giao vật tư tới số 47 đường Trần Hưng Đạo, Hộp thư số 5821, phường 12, quận Tân "
            "Bình, TP. Hồ Chí Minh 72100. Cảm ơn.",
            "Giao vật tư tới [ADDRESS]. Cảm ơn.",
        ),
        # lane (ngõ) and phố, one unit a line, a bare city and its code
        (
            "Địa chỉ công trình:\nSố 18 ngõ 92 phố Kim Mã\nphường Ngọc Khánh, quận Ba Đình, Hà "
            "Nội 11100\nMai gặp lại.",
            "Địa chỉ công trình:\n[ADDRESS]\nMai gặp lại.",
        ),
        # without diacritics, with hẻm; the hashtag after it is not taken into the address
        (
            "Gui toi so 9 hem 41 duong Le Van Sy, phuong 13, quan 3, TP. Ho Chi Minh #office",
            "Gui toi [ADDRESS] #office",
        ),
        # a street and its city: the match stops at the full stop
        (
            "Nơi làm việc: 63 đường Nguyễn Văn Cừ, Cần Thơ. Xe tới lúc 8 giờ.",
            "Nơi làm việc: [ADDRESS]. Xe tới lúc 8 giờ.",
        ),
        # "đường" as a pipe and a street alone in prose, "quan trọng" (important): no address
        (
            "Thử áp đường ống nước giữ ổn qua đêm. Đi đường Láng rồi rẽ trái, mất 15 phút.",
            "Thử áp đường ống nước giữ ổn qua đêm. Đi đường Láng rồi rẽ trái, mất 15 phút.",
        ),
        ("Việc này quan trọng lắm, còn 3 ngày nữa.", "Việc này quan trọng lắm, còn 3 ngày nữa."),
        # a street named for a date, ward and district abbreviated in capitals
        (
            "Giao tới hẻm 45/12 đường 3 Tháng 2, P. 12, Q. 10, TP.HCM. Cảm ơn.",
            "Giao tới [ADDRESS]. Cảm ơn.",
        ),
        # without diacritics a bare number before "pho" is an order; pages stay pages
        ("Mua 3 pho Bo nhé.", "Mua 3 pho Bo nhé."),
        ("Giao tới so 12 duong Le Loi nhé.", "Giao tới [ADDRESS] nhé."),
        ("See p. 12, p. 14 for the proof.", "See p. 12, p. 14 for the proof."),
        # Bosnia: "bb" (no number) and a 7xxxx code
        (
            "Kontejner ostavite na Mehmeda Spahe bb, 71000 Sarajevo. Hvala.",
            "Kontejner ostavite na [ADDRESS]. Hvala.",
        ),
        # a lower-case word in the name, the box between street and code
        (
            "Adresa: Obala Isa-bega bb, poštanski pretinac 417, 77000 Bihać\nInspektor dolazi.",
            "Adresa: [ADDRESS]\nInspektor dolazi.",
        ),
        # a number and a town with no code
        (
            "Sljedeći posao je na adresi Kneza Domagoja 58, Mostar. Kamion dolazi u 7.",
            "Sljedeći posao je na adresi [ADDRESS]. Kamion dolazi u 7.",
        ),
        # one part a line, the box as "p.p."
        (
            "Adresa gradilišta:\nAleja Lipa 12\np.p. 305\n75000 Tuzla\nVidimo se.",
            "Adresa gradilišta:\n[ADDRESS]\nVidimo se.",
        ),
        # a product and its version before a town, "bb" with no place after it: no address
        (
            "Instalirali smo Windows 10, Sarajevo ured je zadovoljan. Titova bb je poznata fraza.",
            "Instalirali smo Windows 10, Sarajevo ured je zadovoljan. Titova bb je poznata fraza.",
        ),
        # a code before an amount or a count, a town that does not close the clause: no address
        (
            "Siehe Seite 12, 80000 Euro sind zu viel. Verzija 2, Mostar tim je tu.",
            "Siehe Seite 12, 80000 Euro sind zu viel. Verzija 2, Mostar tim je tu.",
        ),
        # Kenya: a street with no plate, its building, the estate and the town
        (
            "Home address on file: Ronald Ngala Street, Kimathi House, Parklands, Nairobi. "
            "Thanks to Joy for the cover.",
            "Home address on file: [ADDRESS]. Thanks to Joy for the cover.",
        ),
        (
            "Send the meter to Haile Selassie Avenue, Bima Towers, P.O. Box 3390-00100, "
            "Nairobi. The courier comes at 4.",
            "Send the meter to [ADDRESS]. The courier comes at 4.",
        ),
        (
            "Engineer visit booked at Kenyatta Avenue, Bazaar Plaza, Ruaraka, Nairobi 00618. "
            "Night staff reported it.",
            "Engineer visit booked at [ADDRESS]. Night staff reported it.",
        ),
        (
            "Office: Tom Mboya Street, Nyati House, Nairobi #relocation",
            "Office: [ADDRESS] #relocation",
        ),
        # Kenya's "off <road>": after an estate line, and a street off another street
        (
            "Deliver to Plot 45, Kilimani Estate, off Argwings Kodhek Road, Nairobi. Thanks.",
            "Deliver to [ADDRESS]. Thanks.",
        ),
        (
            "Our office: Riverside Drive, off Waiyaki Way, Westlands, Nairobi. Call first.",
            "Our office: [ADDRESS]. Call first.",
        ),
        (
            "We drove along Mombasa Road, off the highway, and on to Thika Road later.",
            "We drove along Mombasa Road, off the highway, and on to Thika Road later.",
        ),
        # a building, its floor and its street; sights in a list stay
        (
            "Send to Kimathi House, 3rd Floor, Kimathi Street, Nairobi. Thanks.",
            "Send to [ADDRESS]. Thanks.",
        ),
        (
            "The Opera House, Abbey Road and Baker Street were all busy today.",
            "The Opera House, Abbey Road and Baker Street were all busy today.",
        ),
        # a street and a town with no building, box or code: a place in prose
        (
            "We met on Abbey Road, London. Then Kenyatta Avenue, Nairobi was busy.",
            "We met on Abbey Road, London. Then Kenyatta Avenue, Nairobi was busy.",
        ),
        # Eircode-shaped lot, ATC and batch codes after their label stay; a labelled Eircode goes
        (
            "Recall applies to Lot K73F210. Substitution approved for ATC N02BE01. Vaccine from "
            "Batch T44D905 was used. Eircode D02 X285 for the office.",
            "Recall applies to Lot K73F210. Substitution approved for ATC N02BE01. Vaccine from "
            "Batch T44D905 was used. [ADDRESS] for the office.",
        ),
        ("Charge Ch.-B. T65A160 wurde verwendet.", "Charge Ch.-B. T65A160 wurde verwendet."),
        ("Send it to 5 Main Street, Dublin, D02 X285.", "Send it to [ADDRESS]."),
        # Portugal (CTT): praceta, the floor "4.º" and side "Esq."
        (
            "Local de risco:\nPraceta das Camélias, 19, 4.º Esq.\n4450-211 Matosinhos",
            "Local de risco:\n[ADDRESS]",
        ),
        # Mexico: calzada and the flat "Depto."
        (
            "Manden el cheque a Calzada Fresnos 215, Depto. 4, Puebla, Pue.. Saludos.",
            "Manden el cheque a [ADDRESS], Puebla, Pue.. Saludos.",
        ),
        # Panama: a building named by a letter with its floor
        (
            "El valuador visitó Vía Argentina, Edificio Torre D, Piso 11, David. Seguimos.",
            "El valuador visitó [ADDRESS]. Seguimos.",
        ),
        # El Salvador: colonia, house, the town and its labelled code on the next line
        (
            "Ubicación del riesgo:\nColonia Miramonte, Casa 27\nSan Salvador, CP 1101\nGracias.",
            "Ubicación del riesgo:\n[ADDRESS]\nGracias.",
        ),
        (
            "La Torre B de la Vía España es alta. Casa 4 de la serie.",
            "La Torre B de la Vía España es alta. Casa 4 de la serie.",
        ),
        # a box number is no postcode: the post's code after it still goes
        (
            "Los estados de cuenta van a Calle El Mirador #88, Apartado Postal 2814, Santa "
            "Tecla, CP 1501.",
            "Los estados de cuenta van a [ADDRESS].",
        ),
        (
            "L'expert s'est rendu au 12 rue des Jasmins, B.P. 4417, 1002 Tunis. L'avis suit.",
            "L'expert s'est rendu au [ADDRESS]. L'avis suit.",
        ),
        # Moldova: "cutia poștală" between the street and the MD code
        (
            "Livrați pe str. Ștefan cel Mare nr. 71, cutia poștală 2210, MD-2001, mun. "
            "Chișinău. Mersi.",
            "Livrați pe [ADDRESS]. Mersi.",
        ),
        # Botswana: the private bag with its office's letters
        (
            "Statements go to Plot 4411, Mokolodi Road, Private Bag BR 77, Gaborone. Ta.",
            "Statements go to [ADDRESS]. Ta.",
        ),
        # Austria: "Lände", staircase and door after the house number
        (
            "Bitte an Rossauer Lände 41/3/9, 1090 Wien schicken. Danke.",
            "Bitte an [ADDRESS] schicken. Danke.",
        ),
        (
            "Die Tabelle hat 41 Zeilen. Die Lände war 3 Meter hoch.",
            "Die Tabelle hat 41 Zeilen. Die Lände war 3 Meter hoch.",
        ),
        # Royal Mail's "Fold"; "3 fold" in prose stays
        (
            "Engineer visit booked at 42 Chapel Fold, Leeds. The form follows.",
            "Engineer visit booked at [ADDRESS]. The form follows.",
        ),
        (
            "The sheet has a 3 fold design and 10 fold gains.",
            "The sheet has a 3 fold design and 10 fold gains.",
        ),
        # a house number on the line after a line that ends in digits
        (
            "Card: 4111 1111 1111 1111\n88 Etosha Street, Windhoek",
            "Card: [CARD]\n[ADDRESS]",
        ),
        # Switzerland: the box line between the street and the code line
        (
            "Indirizzo cantiere:\nVia Motta 12\nCasella postale 771\n6900 Lugano\nGrazie.",
            "Indirizzo cantiere:\n[ADDRESS]\nGrazie.",
        ),
        # a compound street whose ending counts only in a block, with a listed town after it
        (
            "Het pakket gaat naar Koemarkt 30, Amsterdam. Bedankt.",
            "Het pakket gaat naar [ADDRESS]. Bedankt.",
        ),
        ("Levering op Paardenmarkt 56 bus 3, Aalst.", "Levering op [ADDRESS]."),
        ("Schicken an Fischmarkt 4, Hamburg #umzug", "Schicken an [ADDRESS] #umzug"),
        ("Der Supermarkt 3, Köln war voll.", "Der Supermarkt 3, Köln war voll."),
        (
            "Der Arbeitsmarkt 2024, Berlin.",
            "Der Arbeitsmarkt 2024, Berlin.",
        ),
        # the street line before a box line with its code
        (
            "Bitte an Hasenheide 37, Postfach 2134, 80331 München senden.",
            "Bitte an [ADDRESS] senden.",
        ),
        # a company register's number is no six-digit postcode; a real code still goes
        (
            "Lieferant eingetragen unter FN 100773 b. Registergericht: HRB 12345, Amtsgericht.",
            "Lieferant eingetragen unter FN 100773 b. Registergericht: HRB 12345, Amtsgericht.",
        ),
        # a four-digit code that reads as a year closes a table cell after a town
        (
            "| Sun | Home address: 180 Voortrekker Road\nMelville, Johannesburg, 2092 |\n| x |",
            "| Sun | Home address: [ADDRESS] |\n| x |",
        ),
        ("| Sold | Durban, 2024 | ok |", "| Sold | Durban, 2024 | ok |"),
    ],
)
def test_address_classes(redact, text, expected):
    assert redact(text) == expected
