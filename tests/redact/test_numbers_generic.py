"""Numbers and identifiers in the shapes their issuers define, written the ways people type them.

Every value here is made up and built from the official rule (check digits computed with the
published algorithms), not taken from any evaluation set. Look-alikes that must survive are
checked to come out unchanged.
"""

from __future__ import annotations

import pytest

from trainer.redact.checksums import (
    ausweis_ok,
    bsn_ok,
    cnpj_ok,
    codice_fiscale_ok,
    dni_ok,
    gs1_ok,
    luhn_ok,
    medicare_ok,
    steuer_id_ok,
    tfn_ok,
)

# --- check-digit algorithms (known-good values from the issuers' documentation) -------------


def test_check_digit_algorithms():
    assert codice_fiscale_ok("RSSMRA85T10A562S") and not codice_fiscale_ok("RSSMRA85T10A562T")
    assert codice_fiscale_ok("RSSMRA85T10A56NH")  # omocodia: last digit 2 -> N, new check
    assert dni_ok("12345678Z") and dni_ok("X1234567L") and not dni_ok("12345678A")
    assert bsn_ok("123456782") and not bsn_ok("123456789")
    assert steuer_id_ok("86095742719") and not steuer_id_ok("86095742718")
    assert not steuer_id_ok("12345678903")  # every digit once: not an issued Steuer-ID
    assert ausweis_ok("T220001293") and not ausweis_ok("T220001294")
    assert cnpj_ok("11222333000181") and not cnpj_ok("11222333000182")
    assert tfn_ok("123456782") and medicare_ok("2123456701")
    assert gs1_ok("4006381333931") and not gs1_ok("4006381333932")


# --- national ids: (text, the value that must be redacted whole) ----------------------------

IDS = [
    # Italy: codice fiscale, any case, spaced, omocodia, with or without a cue
    ("Il mio codice fiscale è RSSMRA85T10A562S, grazie.", "RSSMRA85T10A562S"),
    ("cf: rssmra85t10a562s", "rssmra85t10a562s"),
    ("Eccolo: RSS MRA 85T10 A562S.", "RSS MRA 85T10 A562S"),
    ("Codice BNCGNN72C41F205E registrato.", "BNCGNN72C41F205E"),
    ("Omocodia: RSSMRA85T10A56NH e RSSMRA85T10ARSNO.", "RSSMRA85T10A56NH"),
    ("C.F. RSSMRAURTMLARSNL (tutte lettere)", "RSSMRAURTMLARSNL"),
    ("Eccolo: RSSMRAURTMLARSNL, grazie", "RSSMRAURTMLARSNL"),  # no digit left, no cue
    # Spain: DNI and NIE, with dots, hyphens, spaces, lower-case letter, no cue
    ("Mi DNI es 12.345.678-Z y ya.", "12.345.678-Z"),
    ("Documento 93604450Q enviado.", "93604450Q"),
    ("DNI 44285249 Z por favor", "44285249 Z"),
    ("dni: 58121821-q", "58121821-q"),
    ("NIE X9892593V en trámite", "X9892593V"),
    ("NIE Y-1486626-N ok", "Y-1486626-N"),
    ("Tarjeta de residencia z 8811851 g", "z 8811851 g"),
    # Netherlands: BSN solid, dotted, spaced (11-proef)
    ("Mijn BSN is 367418253.", "367418253"),
    ("Burgerservicenummer 209.494.177, graag.", "209.494.177"),
    ("Nummer 762 984 594 doorgeven aub", "762 984 594"),
    ("bsn 1234.56.782", "1234.56.782"),
    # Germany: Steuer-ID solid and grouped, Personalausweis, Steuernummer after its cue
    ("Steuer-ID 86 095 742 719 bitte eintragen", "86 095 742 719"),
    ("Meine IdNr: 11685297301.", "11685297301"),
    ("Die Nummer 98538841724 ist korrekt", "98538841724"),
    ("Personalausweisnummer lautet T220001293.", "T220001293"),
    ("Ausweis M69YR2XJX3 gültig bis 2031", "M69YR2XJX3"),
    ("Steuernummer 21/815/08150", "21/815/08150"),
    # France: NIR with spaces or solid
    ("Sécurité sociale : 1 71 03 39 800 196 79", "1 71 03 39 800 196 79"),
    ("NIR 254062840443247", "254062840443247"),
    # UK NINO, India Aadhaar and PAN, Brazil CPF and CNPJ, Canada SIN, Australia TFN/Medicare
    ("NI number AB 12 34 56 C thanks", "AB 12 34 56 C"),
    ("nino: CE-12-34-56-B", "CE-12-34-56-B"),
    ("Aadhaar 6412 7498 0004 linked", "6412 7498 0004"),
    ("My aadhaar is 945740952346", "945740952346"),
    ("PAN ABCPE1234F for the invoice", "ABCPE1234F"),
    ("Use AAECR2971C on the form", "AAECR2971C"),
    ("CPF 589.663.095-69 cadastrado", "589.663.095-69"),
    ("CPF: 27794282101", "27794282101"),
    ("CNPJ 84.250.296/0001-99 do meu MEI", "84.250.296/0001-99"),
    ("SIN 046 454 286", "046 454 286"),
    ("Social insurance number: 046-454-286", "046-454-286"),
    ("TFN 824 201 720 lodged", "824 201 720"),
    ("Medicare 4462 12632 7 expires", "4462 12632 7"),
]


@pytest.mark.parametrize(("text", "value"), IDS)
def test_national_id_is_redacted_whole(values, redactor, text, value):
    found = values(text)
    assert any(value in v or v == value for _, v in found), found
    out = redactor.redact(text).text
    assert value not in out
    digits = "".join(ch for ch in value if ch.isdigit())
    assert not digits or digits[-4:] not in "".join(ch for ch in out if ch.isdigit())


# --- cards ------------------------------------------------------------------------------------

CARDS = [
    "4111.1111.1111.1111",
    "4111 1111 1111 1111",
    "3745 038359 12032",  # Amex 4-6-5
    "374503835912032",
    "4424 4872 5190 1457 902",  # 19 digits
    "4424487251901457902",
    "4715-3895-6219-2356-417",
    "5643  9069  6498  5527",  # double spaces
    "5643 - 9069 - 6498 - 5527",
    "5203.5152.2596.9857",
    "4111.1111 1111-1111",
    "4111–1111–1111–1111",  # en dashes
    "4111_1111_1111_1111",
]


def test_odd_grouping_counts_beside_a_card_word(values):
    assert values("Card: 411 1111 1111 11111") == [("CARD", "411 1111 1111 11111")]
    assert values("order 236-8315986-3877684 shipped") == []
    assert values("numbers not grouped like a card (236-8315986-3877684)") == []


@pytest.mark.parametrize("card", CARDS)
@pytest.mark.parametrize("frame", ["Karte {}.", "Paga con {} ahora", "{}"])
def test_card_is_redacted_whole(values, card, frame):
    assert values(frame.format(card)) == [("CARD", card)]


def _luhn_complete(prefix: str) -> str:
    """``prefix`` plus the Luhn check digit that makes it valid."""
    return next(prefix + d for d in "0123456789" if luhn_ok(prefix + d))


def _grouped(digits: str, sep: str) -> str:
    return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))


# RuPay (NPCI, India) issues 16-digit cards from 81 and 82 besides its 60/65/508/353/356 ranges.
RUPAY = [_luhn_complete(p) for p in ("810000123456789", "826401234567890", "817755500011122")]


@pytest.mark.parametrize("digits", RUPAY)
@pytest.mark.parametrize("sep", [" ", "-", ""])
def test_rupay_cards_from_8_are_cards_without_a_card_word(values, digits, sep):
    card = _grouped(digits, sep)
    assert values(f"Please send it to {card} by Friday") == [("CARD", card)]


def test_unlisted_network_is_a_card_beside_a_card_word_only(values):
    # A Luhn-valid 4-4-4-4 number whose first digits no network we list uses (7, 9): a card
    # or payment word near it makes it a card (fail closed), without one it stays.
    for prefix in ("799273987132555", "912345678901234"):
        digits = _luhn_complete(prefix)
        for sep in (" ", "-"):
            card = _grouped(digits, sep)
            assert values(f"My card {card} was declined") == [("CARD", card)]
            assert values(f"Refund to {card} please") == [("CARD", card)]
            assert values(f"Order {card} shipped today") == []
        assert values(f"Order {digits} shipped today") == []
        # other groupings and lengths of an unlisted range need a listed network
        assert values(f"card {digits[:4]}-{digits[4:10]}-{digits[10:]}") == []


def test_wrong_check_digit_in_a_rupay_range_stays(values):
    digits = RUPAY[0]
    wrong = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    assert values(f"card {_grouped(wrong, ' ')}") == []


# --- phones in national layouts ---------------------------------------------------------------

PHONES = [
    "+34 612 34 56 78",
    "612-345-678",
    "612 34 56 78",
    "91 123 45 67",
    "+34 912 345 678",
    "(+34) 612 34 56 78",
    "06 12 34 56 78",
    "06.12.34.56.78",
    "+33 6 12 34 56 78",
    "+33 (0)6 12 34 56 78",
    "0033 6 12 34 56 78",
    "01 23 45 67 89",
    "+91 98765 43210",
    "098765 43210",
    "(022) 2345 6789",
    "+91-98765-43210",
    "022-2345-6789",
    "080 2345 6789",
    "+91 (22) 2345 6789",
    "98765 43210",
    "612–345–678",
]


@pytest.mark.parametrize("phone", PHONES)
@pytest.mark.parametrize(
    "frame",
    ["Llámame al {} mañana", "Tél. : {}.", "Tel.{} ok", "{}", "WhatsApp: {}, thanks", "({})"],
)
def test_phone_is_redacted_whole(values, phone, frame):
    text = frame.format(phone)
    found = values(text)
    assert [v for _, v in found] == [phone], found


@pytest.mark.parametrize(
    "text",
    [
        "Llámame al 612345678",
        "Chiama il 0612345678",
        "appelle-moi au 0612345678",
        "Bel me op 0612345678",
        "ruf mich an unter 0612345678",
        "mobile no. 09876543210",
        "Tél. : 0612345678",
    ],
)
def test_phone_cues_in_other_languages(values, text):
    value = text.split()[-1]
    assert values(text) == [("PHONE", value)]


def test_trunk_zero_number_with_a_dot_is_not_a_decimal(values):
    assert values("Number: 081555.24245") == [("PHONE", "081555.24245")]
    assert values("ratio 0.123456789 and pi 3.14159265") == []


def test_phone_after_abbreviation_dot_keeps_no_fragment(redactor):
    assert redactor.redact("Tel.+34 612 34 56 78").text == "Tel.[PHONE]"
    assert redactor.redact("tel.612345678").text == "tel.[PHONE]"


# --- look-alikes that must survive unchanged --------------------------------------------------

LOOKALIKES = [
    "EAN 4006381333931 im Regal",
    "Artikel 7013981079401 ist da",
    "Barcode: 8449809574114",
    "Scanned 7650285128390 at the till",
    "GTIN-13 2349338802275 listed",
    "EAN-13 4 006381 333931 on the label",
    "0036000291452 on the can",
    "UPC 086983345338",
    "ISBN 9784388729449",
    "9782625814132 is out of print",
    "Bestellnummer 123456789 kam an",
    "Pedido 93604450 enviado",
    "Numéro de commande : 762984593",
    "Fattura n. 12345678A del 3 marzo",
    "Sendungsnummer 00340434161094015902",
    "Tracking 1Z999AA10123456784",
    "order #4111111111111112 shipped",
    "Price €1.234.567,89 total",
    "Version 12.345.678 released",
    "Datum 12.03.2024 und 2024-03-12",
    "pi is 3.14159265358",
    "Im Jahr 2019 waren es 1.234.567 Besucher",
    "CF 2024 results",
    # checksum-valid BSN / Steuer-ID digits written as a count or an amount
    "Umsatz: 367.418.253 Euro",
    "€367.418.253 total",
    "367.418.253 inwoners",
    "367 418 253 views",
    "Version 367.418.253",
    "Bevölkerung 86.095.742.719",  # spaced, it is a Steuer-ID (test_ids_locales)
    "Modell T220001293 im Test",
    "688.593.995 Einwohner",
    "Rechnung Nr. 008985262",
    "Bestellnummer 0020125740",
    "Sendungsnummer 00124175922409",
    "Versión 10.2.3456789",
    "Artículo 123456789",
    "Precio: 1.234.567,89 €",
    "Prix : 12 345 678,90 €",
    "Rs. 1,23,45,678",
    "el 15/10/2024 a las 10:30",
    "2024-10-15T10:30:00Z",
    "Rechnungsnummer RE-2024-000123",
    "THIS IS ALL CAPS TEXT WITH LONG WORDS LIKE INTERNATIONALIZATION",
    "ID card 12 days late",
    "the sin of pride",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_survives(redactor, text):
    result = redactor.redact(text)
    assert result.text == text, result.spans


def test_thirteen_digits_valid_as_both_ean_and_card_need_a_card_word(values):
    # 13-digit Visa numbers exist; one that is also GS1-valid counts as a card beside a card
    # word and is kept as a barcode without one.
    value = "4984107995871"
    assert gs1_ok(value) and luhn_ok(value)
    assert values(f"Visa {value}") == [("CARD", value)]
    assert values(f"Artikel {value} im Regal") == []
    assert values(f"Charged twice on {value}") == [("CARD", value)]  # a payment word
    assert values(f"Reembolso a {value}") == [("CARD", value)]


def test_an_id_cue_beats_a_unit_word(values):
    assert values("BSN 367.418.253 inwoners") == [("NATIONAL_ID", "367.418.253")]


def test_quantities_one_place_for_years_and_units():
    from trainer.redact import quantities

    assert quantities.is_year("2024") and quantities.is_year("1999")
    assert not quantities.is_year("2024a") and not quantities.is_year("1899")
    assert quantities.year_like("20-24") and not quantities.year_like("12345")
    assert quantities.all_years(["1999", "2004"]) and not quantities.all_years(["2004"])
    assert quantities.UNIT_AFTER.match(" Einwohner") and quantities.MONEY_BEFORE.search("€ ")
    assert quantities.GROUPED_QUANTITY_AFTER.match(" inwoners")
    assert quantities.COUNTED_AFTER.match(" volte") and not quantities.COUNTED_AFTER.match(" Roma")


# --- numbers beside numbers, ISBN-10 with X, invoice numbering ---------------------------------


def _isbn10(body: str) -> str:
    """``body`` (nine digits) plus its ISBN-10 check character (0-9 or X)."""
    total = sum((10 - i) * int(d) for i, d in enumerate(body))
    check = (11 - total % 11) % 11
    return body + ("X" if check == 10 else str(check))


@pytest.mark.parametrize("body", ["155404295", "226611154", "843761210"])
@pytest.mark.parametrize("frame", ["Now reading {}, great", "Livro do mês: {}", "(see {})."])
def test_isbn10_with_any_check_character_survives(values, body, frame):
    # Written solid, a digit-checked ISBN that is also a valid phone needs a book word
    # (docs/redaction.md); one ending in X is no phone.
    isbn = _isbn10(body)
    forms = [f"{isbn[0]}-{isbn[1:4]}-{isbn[4:9]}-{isbn[9]}"] + [isbn] * (isbn[-1] == "X")
    for written in forms:
        assert values(frame.format(written)) == []


def test_a_list_marker_after_a_hyphenated_isbn_is_no_phone_digit(values):
    isbn = _isbn10("030640615")
    grouped = f"{isbn[0]}-{isbn[1:4]}-{isbn[4:9]}-{isbn[9]}"
    assert values(f"Book of the month: {grouped} 1) Write things down. 2) Trust.") == []


def test_a_phone_right_after_an_isbn_or_a_card_is_still_a_phone(values):
    isbn = _isbn10("030640615")
    grouped = f"{isbn[0]}-{isbn[1:4]}-{isbn[4:9]}-{isbn[9]}"
    assert values(f"Livre : {grouped} 0612345678 – demandez") == [("PHONE", "0612345678")]
    for card in ("4111 1111 1111 1111", "378282246310005", "4111111111111111"):
        assert values(f"Payments: {card} 098765 43210 – ask") == [
            ("CARD", card),
            ("PHONE", "098765 43210"),
        ]


@pytest.mark.parametrize(
    "text",
    [
        "La fattura FT 512/2024 è stata saldata.",
        "Fattura n. 77/2023 pagata",
        "ordine FT 071/2025 chiuso",
        "inkooporder 4512345678 afgerond",
        "verkooporder 2023/123456 verzonden",
        "factuurnr. 4567698421 betaald",
    ],
)
def test_invoice_numbers_within_a_year_and_order_compounds_survive(values, text):
    assert values(text) == []


def test_slash_phone_layouts_stay_phones(values):
    assert values("Bel me: 0221/123456") == [("PHONE", "0221/123456")]
    assert values("chiamami al 333/1234567") == [("PHONE", "333/1234567")]


@pytest.mark.parametrize(
    ("text", "phone", "kept"),
    [
        ("T +31 20 794 6123 4 tips voor je team", "+31 20 794 6123", "4 tips"),
        ("Ligue 11 98765-4321 2 vezes por semana", "11 98765-4321", "2 vezes"),
        ("call 0612 345 678 3 times a day", "0612 345 678", "3 times"),
        ("Tel. +39 06 1234 5678 3 volte", "+39 06 1234 5678", "3 volte"),
    ],
)
def test_a_count_after_a_phone_is_no_digit_of_it(values, text, phone, kept):
    assert values(text) == [("PHONE", phone)]
    assert kept in text


def test_a_lone_last_digit_stays_in_the_phone_without_a_word_after_it(values):
    assert values("Tel 0612 345 678 9") == [("PHONE", "0612 345 678 9")]
    assert values("Tel 0612 345 678 9. Bye") == [("PHONE", "0612 345 678 9")]
