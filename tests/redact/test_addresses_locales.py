"""Addresses of Ireland (An Post, Eircode), Canada (Canada Post addressing guidelines) and Italy
(Poste Italiane), written from each post's own rules, not from any evaluation set. An address is
caught when its street-name words and its postcode are all gone; look-alikes stay whole."""

from __future__ import annotations

import pytest

# (address, pieces that must not survive): each is redacted inside "Please send it to ... by
# Friday."
IRELAND = [
    ("12 Ormond Quay Upper, Dublin 7, D07 X2Y3", ["Ormond", "Upper", "D07 X2Y3"]),
    ("Apartment 4, The Granary, 12 Hanover Quay, Dublin 2, D02 XY45", ["Hanover", "D02 XY45"]),
    ("Ashgrove House, Ballymore Road, Kilcullen, Co. Kildare, R56 XY12", ["Ballymore", "R56 XY12"]),
    ("15 Main Street\nCastlebar\nCo. Mayo\nF23 HK54", ["Main", "F23 HK54"]),
    ("Eircode: A65 F4E2", ["A65 F4E2"]),
    ("eircode d02x285", ["d02x285"]),
    ("7 Grattan Crescent, Inchicore, Dublin 8", ["Grattan"]),
    ("22 Rathgar Avenue, Rathgar, Dublin 6W", ["Rathgar Avenue", "6W"]),
    ("4 Sráid Uí Chonaill, Baile Átha Cliath 1", ["Chonaill"]),
    ("Bóthar na Trá, Gaillimh H91 AE12", ["Trá", "H91 AE12"]),
    ("Glenview, Ballinagh Road, Cavan H12 E6F7", ["Ballinagh", "H12 E6F7"]),
    ("The Old Rectory, Kilbrittain, Co. Cork P72 TP68", ["P72 TP68"]),
    ("17 O'Rafferty Street W31AWX4 Roisin Ville", ["O'Rafferty", "W31AWX4"]),
    ("3 Oakfield Lawn, Ballincollig, Co. Cork, P31 HW66", ["Oakfield", "P31 HW66"]),
    ("8 Seaview Terrace, Salthill, Galway H91 C9F2", ["Seaview", "H91 C9F2"]),
    ("Unit 5, Eastpoint Business Park, Dublin 3, D03 K7W7", ["Eastpoint", "D03 K7W7"]),
    ("45 Patrick Street, Cork T12 AK3C", ["Patrick", "T12 AK3C"]),
    ("Our eircode is D6W 1234", ["D6W 1234"]),
    ("2 The Mews, Ranelagh Road, Dublin D06 C6P4", ["Ranelagh", "D06 C6P4"]),
    ("14 Church Lane\nGort\nCo. Galway\nH91 WP2R", ["Church", "H91 WP2R"]),
]
CANADA = [
    ("123 Main St, Toronto ON M5V 2T6", ["Main", "M5V 2T6"]),
    ("10-123 1st Ave NW, Calgary AB T2E 0A1", ["1st", "T2E 0A1"]),
    ("123-45 Main St, Ottawa ON K1A 0B1", ["Main", "K1A 0B1"]),
    ("Suite 200, 45 Sparks St, Ottawa, Ontario K1P 5A9", ["Sparks", "K1P 5A9"]),
    ("1234 rue Sherbrooke O, Montréal QC H3G 1K4", ["Sherbrooke", "H3G 1K4"]),
    (
        "4500 boul. Saint-Laurent, bureau 300, Montréal (Québec) H2T 1R2",
        ["Saint-Laurent", "H2T 1R2"],
    ),
    ("55 ch. de la Montagne, Gatineau QC J9H 4K8", ["Montagne", "J9H 4K8"]),
    ("12 montée Ryan, Mont-Tremblant QC J8E 1S5", ["Ryan", "J8E 1S5"]),
    ("300 rang Saint-Joseph, Sainte-Marie QC G6E 3A1", ["Saint-Joseph", "G6E 3A1"]),
    ("25 côte de la Fabrique, Québec QC G1R 3V9", ["Fabrique", "G1R 3V9"]),
    ("77 Birch Cres\nSaskatoon SK  S7N 2K5", ["Birch", "S7N 2K5"]),
    ("45 Elm Terr, Winnipeg MB R3T 2N2", ["Elm", "R3T 2N2"]),
    ("9 Harbour Crt, Halifax NS b3h1z2", ["Harbour", "b3h1z2"]),
    ("PO BOX 1000 STN A, TORONTO ON M5W 1E6", ["M5W 1E6"]),
    ("CP 6128 SUCC CENTRE-VILLE, MONTREAL QC H3C 3J7", ["H3C 3J7"]),
    ("RR 2, Ayr ON N0B 1E0", ["N0B 1E0"]),
    ("App. 12, 250 av. du Parc, Montréal QC H2W 1S3", ["Parc", "H2W 1S3"]),
    ("1600 Oak Way, Unit 3, Kelowna, BC V1Y 1A1", ["Oak", "V1Y 1A1"]),
    ("88 Queen St E, Toronto, Ontario, M5C 1S1", ["Queen", "M5C 1S1"]),
    ("21 Pl. Royale, Québec QC G1K 4G2", ["Royale", "G1K 4G2"]),
    ("800 Rte 132, Lévis QC G6V 6N2", ["G6V 6N2"]),
    ("2 impasse des Érables, Laval QC H7N 2B5", ["Érables", "H7N 2B5"]),
    ("15 allée des Pins, Longueuil QC J4K 2K6", ["Pins", "J4K 2K6"]),
    ("5 promenade du Portage, Gatineau QC J8X 2K1", ["Portage", "J8X 2K1"]),
    ("301 Front St W\nToronto ON\nM5V2T6", ["Front", "M5V2T6"]),
    ("410 Main Street North, Moose Jaw, SK S6H 3K3", ["Main", "S6H 3K3"]),
    ("RR 1 STN MAIN\nMILLARVILLE AB  T0L 1K0", ["T0L 1K0"]),
    ("123 MAIN ST\nTORONTO ON  M5V 2T6", ["MAIN", "M5V 2T6"]),
    ("C.P. 123, succ. B, Montréal QC H3B 3J7", ["H3B 3J7"]),
    ("789 Yonge Street, Toronto, ON, m4w 2g8", ["Yonge", "m4w 2g8"]),
    ("1500 route 132, Saint-Anicet QC J0S 1M0", ["J0S 1M0"]),
    ("234 Rang 4 Est, Saint-Hyacinthe QC J2R 1R5", ["J2R 1R5"]),
    ("10 Dundas St. E., Toronto, Ont. M5B 2G9", ["Dundas", "M5B 2G9"]),
    ("120 Montée des Pionniers, Terrebonne QC J6V 1N9", ["Pionniers", "J6V 1N9"]),
]
ITALY = [
    ("Via XX Settembre 12, 00187 Roma RM", ["Settembre", "00187"]),
    ("Corso Vittorio Emanuele II, 15, 10123 Torino (TO)", ["Vittorio", "Emanuele", "10123"]),
    ("Piazza IV Novembre 3, 06123 Perugia PG", ["Novembre", "06123"]),
    ("Via dei Mille 12/A, 80121 Napoli", ["Mille", "80121"]),
    ("Via San Francesco d'Assisi 5 bis, 10121 Torino", ["Francesco", "10121"]),
    ("Viale della Repubblica, civ. 22, 59100 Prato (PO)", ["Repubblica", "59100"]),
    ("Via Garibaldi n. 12, int. 5, scala B, piano 3, 20121 Milano MI", ["Garibaldi", "20121"]),
    ("Località Poggio, snc, 53024 Montalcino (SI)", ["Poggio", "53024"]),
    ("Loc. Le Piane 4, 58100 Grosseto", ["Piane", "58100"]),
    ("Fraz. San Martino 8, 12051 Alba CN", ["Martino", "12051"]),
    ("Contrada Pantano 14, 97100 Ragusa RG", ["Pantano", "97100"]),
    ("Lungotevere Marzio 1, 00186 Roma", ["Marzio", "00186"]),
    ("Vico Lungo Gelso 15, 80134 Napoli NA", ["Gelso", "80134"]),
    ("Calle Larga XXII Marzo 2054, 30124 Venezia VE", ["Larga", "30124"]),
    ("Fondamenta Nuove 5, 30121 Venezia", ["Nuove", "30121"]),
    ("Campo Santa Margherita 3, 30123 Venezia", ["Margherita", "30123"]),
    ("P.zza Castello 1, 10121 Torino", ["Castello", "10121"]),
    ("Via SS. Annunziata 4, 50121 Firenze", ["Annunziata", "50121"]),
    ("Via S. Maria della Porta 2, 20123 Milano", ["Maria", "Porta", "20123"]),
    ("Strada Statale 113, km 4, 98057 Milazzo", ["Statale", "98057"]),
    ("Galleria Vittorio Emanuele II 11, 20121 Milano", ["Vittorio", "20121"]),
    ("Circonvallazione Clodia 82, 00195 Roma", ["Clodia", "00195"]),
    ("Salita San Nicola da Tolentino 1, 00187 Roma", ["Nicola", "00187"]),
    ("Traversa Pisacane 3, 80128 Napoli", ["Pisacane", "80128"]),
    ("Via Roma, 12\n20121 Milano (MI)", ["Roma, 12", "20121"]),
    ("Borgo Pinti 5, 50121 Firenze FI", ["Pinti", "50121"]),
    ("Via Nazionale 200, 00184 ROMA", ["Nazionale", "00184"]),
    ("Viale Giulio Cesare 78, 00192 Roma", ["Giulio", "00192"]),
    ("Largo di Torre Argentina 11, 00186 Roma", ["Torre", "00186"]),
    ("Lungomare Caracciolo 10, 80122 Napoli", ["Caracciolo", "80122"]),
]


EXACT = [
    ("Eircode: A65 F4E2, thanks", "Eircode: [ADDRESS], thanks"),
    ("Our eircode is D6W 1234.", "Our eircode is [ADDRESS]."),
    ("Deliver to D02X285 please", "Deliver to [ADDRESS] please"),
    (
        "Send it to 12 Ormond Quay Upper, Dublin 7, D07 X2Y3. #moving",
        "Send it to [ADDRESS]. #moving",
    ),
    ("We moved to 22 Rathgar Avenue, Dublin 6W. Great area", "We moved to [ADDRESS]. Great area"),
    ("Ship to 9 Harbour Crt, Halifax NS b3h1z2, thanks", "Ship to [ADDRESS], thanks"),
    ("Sede: Via dei Mille 12/A, 80121 Napoli", "Sede: [ADDRESS]"),
    ("My postal code is m5v 2t6, thanks", "My postal code is [ADDRESS], thanks"),
    ("zip 90210.", "zip [ADDRESS]."),
    ("Postcode 3000 please", "Postcode [ADDRESS] please"),
    ("PLZ: 10115 Berlin", "[ADDRESS]"),
    # a postcode and its town after a preposition: an address fragment
    ("Ich wohne in 10115 Berlin seit Mai.", "Ich wohne in [ADDRESS] seit Mai."),
    ("Moved to 75008 Paris last year", "Moved to [ADDRESS] last year"),
    ("Vivo a 20121 Milano da due anni", "Vivo a [ADDRESS] da due anni"),
    # a postcode and town written before the street line, or a postcode in brackets
    ("Hi! 20121 Milano, Via Roma 12. Thanks", "Hi! [ADDRESS]. Thanks"),
    ("Hi! Berlin 10115, Hauptstraße 5. Thanks", "Hi! [ADDRESS]. Thanks"),
    ("Hi! Calle Mayor 5, Madrid (28013). Thanks", "Hi! [ADDRESS]. Thanks"),
    ("Hi! Kerkstraat 12 (1017 GC) Amsterdam. Thanks", "Hi! [ADDRESS]. Thanks"),
    ("Hi! Top 10000 Users, 12 Main St. Thanks", "Hi! Top 10000 Users, [ADDRESS]. Thanks"),
    ("Hi! In 2024 Berlin, Hauptstraße 5. Thanks", "Hi! In 2024 Berlin, [ADDRESS]. Thanks"),
    # the prose before an address block stays
    ("Woon in 1017 GC Amsterdam", "Woon in [ADDRESS]"),
    ("Lives in Springfield, IL 62704", "Lives in [ADDRESS]"),
    (
        "Please send it to C.A.P. 20121 Milano by Friday.",
        "Please send it to C.A.P. [ADDRESS] by Friday.",
    ),
    # Australia Post: found once (postal.py), in range or after "Town, STATE"
    ("Post: 15 Wattle Cres, Hawthorn VIC 3122", "Post: [ADDRESS]"),
    ("Post: 15 Wattle Cres, Hawthorn, VIC 9999", "Post: [ADDRESS]"),
    # a house-number range does not hide the day before it, nor an address the word after it
    ("Am Montag 12 - 14 Uhr sind wir da.", "Am Montag 12 - 14 Uhr sind wir da."),
    ("Am Sonnenhang 12 - 14 wohnen wir", "[ADDRESS] wohnen wir"),
    # an address stops at a sentence end and before a hashtag
    ("Via Roma 12, 00184 Roma. Grazie Mille a tutti", "[ADDRESS]. Grazie Mille a tutti"),
    (
        "Send to 9 Harbour Crt, Halifax NS B3H 1Z2. Halifax Rocks",
        "Send to [ADDRESS]. Halifax Rocks",
    ),
    ("Office: 45 Patrick Street, Cork T12 AK3C #cork #ireland", "Office: [ADDRESS] #cork #ireland"),
    ("12 Main St, Springfield 62704 #home", "[ADDRESS] #home"),
    ("Am Markt 3, 99084 Erfurt.\nBis Bald", "[ADDRESS].\nBis Bald"),
    ("Siamo in Località Poggio, snc, 53024 Montalcino (SI).", "Siamo in [ADDRESS]."),
    (
        "New place: 51 Lester Meander\nPort Nicholastown\n2079\nCome by!",
        "New place: [ADDRESS]\nCome by!",
    ),
    ("My address: 7938 Danielle Parks Apt. 174, Lake Jonathanbury 53818", "My address: [ADDRESS]"),
]
# Addresses typed all in lower case, anchored by their postcode.
LOWER_CASE = [
    ("123 main st, toronto on m5v 2t6", ["main", "m5v 2t6"]),
    ("via dei mille 12/a, 80121 napoli", ["mille", "80121"]),
    ("c/ mayor, 12, 3º b, 28013 madrid", ["mayor", "28013"]),
    ("12 rue des lilas, 75019 paris", ["lilas", "75019"]),
    ("rua augusta, 123, apto 45 - consolação, são paulo - sp, 01305-100", ["augusta", "01305-100"]),
    ("am lindenhof 4, 53117 bonn", ["lindenhof", "53117"]),
    ("1600 pennsylvania avenue nw, washington, dc 20500", ["pennsylvania", "20500"]),
    ("10 downing street, london sw1a 2aa", ["downing", "sw1a 2aa"]),
    ("45 patrick street, cork t12 ak3c", ["patrick", "t12 ak3c"]),
    ("7 wattle ave, glen waverley vic 3150", ["wattle", "3150"]),
    ("34 nehru colony, dehradun 248001", ["nehru", "248001"]),
    ("rose cottage, mill lane, little wittenham, abingdon ox14 4ra", ["mill", "ox14 4ra"]),
    ("3 oakfield lawn, ballincollig, co. cork, p31 hw66", ["oakfield", "p31 hw66"]),
    ("berliner allee 12, 40212 düsseldorf", ["berliner", "40212"]),
    ("22 albert embankment\nlondon\nse1 7tj", ["albert", "se1 7tj"]),
]
# Look-alikes: Eircode-shaped codes without a street line, Dublin with a count, a year after a
# street, quantities after a street line.
KEPT = [
    "I lived in Dublin 2 years ago.",
    "Dublin 2 Cork 1 in the final.",
    "Model T12 9876 runs fine.",
    "The D12 WEAK beam broke.",
    "CPU X35 2000 MHz.",
    "Part A12 4567 in stock.",
    "The F35 fighter and the A320 2024 model.",
    "Wall Street bankers and Main Street investors.",
    "Main Street investors lost 2024 gains.",
    "Wall Street 2024 outlook.",
    "Flight EI123 2024 delayed.",
    "Room 101, Level 3.",
    "Sector 15 grew 20000 users.",
    "my PIN 1234 is secret",
    "The cap 2024 rule.",
    "CP 6128 ok",
    "We grew to 12000 Visitors.",
    "Room 12, floor 3, building C, ticket 28013",
    "court case 12-345, order 67890 in New York",
    "up to 50000 Euros",
    "from 10000 Downloads to 20000 Downloads",
    "sector 15 grew 20000 users",
    "we walked 12 km down main st, 20000 people were there",
]


def _check(redactor, address: str, pieces: list[str]) -> None:
    text = f"Please send it to {address} by Friday."
    out = redactor.redact(text).text
    left = [piece for piece in pieces if piece in out]
    assert not left, (text, out, left)
    assert out.endswith(" by Friday."), (text, out)


@pytest.mark.parametrize(("address", "pieces"), IRELAND)
def test_irish_addresses_lose_street_and_eircode(redactor, address, pieces):
    _check(redactor, address, pieces)


@pytest.mark.parametrize(("address", "pieces"), CANADA)
def test_canadian_addresses_lose_street_and_postal_code(redactor, address, pieces):
    _check(redactor, address, pieces)


@pytest.mark.parametrize(("address", "pieces"), ITALY)
def test_italian_addresses_lose_street_and_cap(redactor, address, pieces):
    _check(redactor, address, pieces)


@pytest.mark.parametrize(("address", "pieces"), LOWER_CASE)
def test_lower_case_addresses_lose_street_and_postcode(redactor, address, pieces):
    _check(redactor, address, pieces)


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_exact_output(redactor, text, expected):
    assert redactor.redact(text).text == expected


# Phone numbers after a street-like word are phones, never addresses.
NOT_ADDRESSES = [
    "Ring +55 11 94279-7099 - anyway.",
    "Ring +44 7014 435138.",
    "Ring (21) 90423-1896",
]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_phone_tails_are_no_postcodes(redactor, text):
    assert "[ADDRESS]" not in redactor.redact(text).text


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_survive(redactor, text):
    assert redactor.redact(text).text == text
