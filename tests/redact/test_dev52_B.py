"""dev52 B: addresses by their posts' standards. Three-digit codes beside the town (PNG Post,
Paositra Malagasy, Lesotho Post: ``address_three_digit``), a four-digit code opening the line
after a street line with no type word (the Nordic posts: ``address_four_digit``), and prose or
counts after a street that stay. Made-up streets, boxes and towns only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PNG Post: the town, then its three-digit code, after a street or box line
        ("Ship it to 14 Kumul Road, Wabag 291. Thanks", "Ship it to [ADDRESS]. Thanks"),
        ("Post it to PO Box 5521, Vanimo 551.", "Post it to [ADDRESS]."),
        ("Drop it at 9 Tarlo Street\nKundiawa 441.\nBye", "Drop it at [ADDRESS].\nBye"),
        ("Site: 7 Gordon Drive\nMount Kiap 123 | next", "Site: [ADDRESS] | next"),
        # Paositra Malagasy: the code before the town on its own line, or after it
        ("Envoyez au 17, rue Andrianary\n203 Mahanoro. Merci", "Envoyez au [ADDRESS]. Merci"),
        ("Les colis vont au B.P. 3321, Mahajanga 401.", "Les colis vont au [ADDRESS]."),
        # a province after a comma stays (it names no one)
        ("Send to PO Box 812, Bulolo 414, Morobe.", "Send to [ADDRESS], Morobe."),
    ],
)
def test_three_digit_codes_go_with_their_town(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Meet at 12 Oak Street, Dunmore 300 km further.", " 300 km further."),
        ("Meet at 12 Oak Street 305 people came.", " 305 people came."),
        ("Meet at 12 Oak Street, Building 305.", " 305."),
    ],
)
def test_three_digits_that_are_no_postcode_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert redactor.redact(text).text.endswith(kept)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street named without a type word, its number closing the line, then "NNNN Town"
        ("Varer sendes til Bakkeholm 23\n7430 Ikast.\nTak", "Varer sendes til [ADDRESS].\nTak"),
        ("Lever på Engtoft 5b\n8000 Aarhus C i morgen", "Lever på [ADDRESS] i morgen"),
    ],
)
def test_four_digit_code_on_the_line_after_a_street(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    ["Chapter 12\n3000 Users joined.", "Version 12\n2024 Report", "Sprint 14\n1000 Tickets"],
)
def test_a_count_or_year_on_the_next_line_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # POST Luxembourg: number, comma, a prepositional street name, then the town
        ("Bitte an 14, Am Bongert, Mersch senden.", "Bitte an [ADDRESS] senden."),
        ("Standort: 7, Op der Bleech, Wuelessen |", "Standort: [ADDRESS] |"),
        ("Die Kiste geht an 3, Um Knapp\nL-9999 Hosingen.", "Die Kiste geht an [ADDRESS]."),
        # zones addressed like streets, the number before or after the zone's name
        ("Retouren an 52, Zone Industrielle Haart, Dudelange.", "Retouren an [ADDRESS]."),
        ("Fica em Zona Industrial de Xisto, 12, 3000-123 Coimbra.", "Fica em [ADDRESS]."),
        ("Seguem para Zona Industrial de Xisto, 93, Lisboa.", "Seguem para [ADDRESS]."),
        # CTT's code before the town after a box
        ("Entreguem em Apartado 512, 1000-001 Lisboa.", "Entreguem em [ADDRESS]."),
        # a town with its particle, a street named without a type after a place verb
        (
            "Die Wohnung liegt in Lindengraben 12, Frankfurt am Main.",
            "Die Wohnung liegt in [ADDRESS].",
        ),
        ("Kontoret ligger på Engholm 16, Vejle. Tak", "Kontoret ligger på [ADDRESS]. Tak"),
    ],
)
def test_lead_named_lines_and_their_towns(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Seite 26, Am Ende, Berlin.",
        "Wir treffen uns um 12, Am Markt, dann.",
        "Die Zona Industrial de Xisto ist groß.",
        "The office is located at Room 12, Building C.",
        "The gym is located at Level 3, Tower B.",
    ],
)
def test_lead_phrases_without_an_address_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number-first street line of any type right above a postcode line (UPU S42)
        ("Returns to 69 Kauri Mall\nChristchurch 8011. Bye", "Returns to [ADDRESS]. Bye"),
        # the island or province after the town
        (
            "O imóvel fica na Rua do Comércio, n.º 83, Santo Amaro, Príncipe.",
            "O imóvel fica na [ADDRESS].",
        ),
    ],
)
def test_street_above_and_region_after(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


def test_a_title_line_above_a_year_stays(redactor: Redactor) -> None:
    text = "Top 10 Walks\nLondon 2024 edition"
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Quito's nomenclature on Guayaquil's riverside avenue, with its town and code
        ("Envíen a Malecón Río Verde N12-34, Guayaquil 090112. Eso", "Envíen a [ADDRESS]. Eso"),
        # a street line with no number before a box, and its quarter
        ("Livrez au boulevard du Port, quartier Nord, BP 215, Libreville.", "Livrez au [ADDRESS]."),
        # Mali's door numbers along a street named by its type in lower case
        (
            "Envoyez au route de Kati, porte 41, Sogoniko, Bamako. Merci",
            "Envoyez au [ADDRESS]. Merci",
        ),
        # Colombia's air-mail box
        ("Escriban al Apartado Aéreo 5120, Medellín.", "Escriban al [ADDRESS]."),
    ],
)
def test_more_posts_lines(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text", ["La porte 12 est fermée, Paris, merci.", "Fermez la porte 3, Hall B."]
)
def test_a_door_in_prose_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    "tail",
    ["\nFlying ZZ 197.", "\nPrice KSh 120, negotiable"],
)
def test_no_three_digit_code_after_a_held_code_or_in_capitals(
    redactor: Redactor, tail: str
) -> None:
    text = "A: 45 Elm Drive, Springfield, IL 62704" + tail
    assert redactor.redact(text).text.endswith(tail)


def test_no_three_digit_code_in_capitals_after_a_box(redactor: Redactor) -> None:
    text = "Viewing at\n12 Kodi Lane, P.O. Box 381-40100, Kisumu\nPrice KSh 120, negotiable"
    assert redactor.redact(text).text.endswith("\nPrice KSh 120, negotiable")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Poczta Polska: the floor after the house number, the "NN-NNN" code and a town whose
        # capital is no Latin-1 letter, after the street line or before it
        ("Odbiór: ulica Klonowa 8 piętro 2, 30-001 Łańcut. Dzięki", "Odbiór: [ADDRESS]. Dzięki"),
        ("Zbiórka: 30-001 Łańcut, ulica Klonowa 8. Dzięki", "Zbiórka: [ADDRESS]. Dzięki"),
    ],
)
def test_polish_lines(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected
