"""Failure classes of the Brazilian-address and Indian-name follow-up (made-up values, written
from Correios' addressing rules and Indian naming conventions, not from a generator's templates).

Each case states what must be gone (a fragment that would leak) or what must survive.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


def _leaks(redactor: Redactor, text: str, fragments: list[str]) -> list[str]:
    out = redactor.redact(text).text
    return [f for f in fragments if f in out]


# --- Brazil (Correios): logradouro type, "nº"/"s/n"/"km", complemento, bairro, cidade - UF, CEP
BR_ADDRESSES = [
    # "nº" before the number, district, city - UF, CEP
    "Rua Augusta, nº 1500, Consolação, São Paulo - SP, 01305-100",
    # "s/n" (sem número), no CEP: the address ends at the unit of the federation
    "Avenida Brasil, s/n, Centro, Rio de Janeiro - RJ",
    "Praça da Sé, s/n - Sé, São Paulo - SP",
    # complemento ("apto 12") before district and CEP
    "Rua das Flores, 45, apto 12, Centro, Curitiba - PR, 80010-000",
    # a rodovia or estrada numbered by kilometre
    "Rodovia BR-101, km 12, Joinville - SC",
    "Estrada do Coco, km 5, Lauro de Freitas - BA, 42700-000",
    # "R." with two capitalised words and a number after a comma
    "R. Marechal Deodoro, 450",
    # "n." and a labelled CEP, city/UF
    "Rua Marechal Deodoro, n. 450, CEP 80020-320, Curitiba/PR",
    # a complemento word followed by a district name: the complemento ends at a word boundary
    "Viaduto Lima, 71, Conjunto Bonsucesso, 31393792 Montes Claros / MG",
    # a logradouro named after a person, with no number (type + given name + surname)
    "Ladeira Helena Bastos",
    "Campo Otávio Rezende",
    # type + particle + surname, no number
    "Fazenda de Albuquerque",
]


@pytest.mark.parametrize("address", BR_ADDRESSES)
def test_brazilian_address_redacted_whole(redactor, address):
    text = f"Nosso endereço: {address} (até logo)"
    assert redactor.redact(text).text == "Nosso endereço: [ADDRESS] (até logo)"


def test_labelled_cep_alone_is_an_address(values):
    assert values("Mande para o CEP 01310-200 hoje") == [("ADDRESS", "CEP 01310-200")]


BR_KEPT = [
    "Vila Madalena 5 stars",
    "Parque Ibirapuera 2 days ago",
    "Vale do Silício",
    "Camino Andres S.L.N.E.",  # a company: "S.L.N.E." is not a surname
]


@pytest.mark.parametrize("phrase", BR_KEPT)
def test_brazilian_place_lookalike_kept(redactor, phrase):
    text = f"Update: {phrase} today"
    assert redactor.redact(text).text == text


def test_numberless_street_does_not_swallow_next_sentence(redactor):
    # a text with no digit skipped the end tidy-up: "Rua Siqueira. Fim" lost " Fim"
    assert redactor.redact("Moramos na Rua Ana Silva. Fim").text == "Moramos na [ADDRESS]. Fim"
    assert redactor.redact("Rua Siqueira.").text == "[ADDRESS]."


# --- India: surnames anchor unknown given names; initials; honorifics; multi-part names -------
IN_NAMES = [
    # a given name no list has, before a surname common in India
    ("Interview with Dhruvika Subramanian today.", ["Dhruvika", "Subramanian"]),
    ("Presented with Tanvika Iyer.", ["Tanvika", "Iyer"]),
    ("Congrats to Ishanvi Chatterjee and Hrithvik Pillai!", ["Ishanvi", "Chatterjee", "Hrithvik"]),
    # initials before the surname (South Indian style)
    ("K. Subramanian and R. K. Narayan wrote it.", ["Subramanian", "Narayan"]),
    ("S.R. Iyer joined the board.", ["Iyer"]),
    # honorifics, with initials
    ("Smt. Lakshmi Devi opened the session.", ["Lakshmi", "Devi"]),
    ("Kumari Selja spoke next.", ["Selja"]),
    ("Dr. A. P. J. Abdul Kalam visited.", ["Abdul", "Kalam"]),
    # multi-part names and a surname that is also a given name
    ("Venkata Subba Rao presented.", ["Venkata", "Subba", "Rao"]),
    ("Met Sai Madan at the meetup.", ["Sai", "Madan"]),
    ("Thanks Harpreet Kaur and Gurpreet Singh!", ["Harpreet", "Kaur", "Gurpreet", "Singh"]),
]


@pytest.mark.parametrize(("text", "fragments"), IN_NAMES)
def test_indian_names_gone(redactor, text, fragments):
    assert _leaks(redactor, text, fragments) == []


IN_KEPT = [
    "We flew to Sri Lanka.",
    "Read The Hindu today.",
    "Kumar & Sons shipped it.",
    "Mahindra Group results are out.",
]


@pytest.mark.parametrize("text", IN_KEPT)
def test_indian_place_and_company_kept(redactor, text):
    assert redactor.redact(text).text == text


# --- ISBN-10 grouped the ISBN way, with no book word and no "ISBN" -----------------------------
def test_isbn10_in_isbn_groups_kept_without_book_word(redactor):
    # 0306406152 is also a valid phone somewhere; grouped 1-3-5-1 it is no phone layout
    for text in ("Reviewed 0-306-40615-2 last night.", "Reviewed 0 306 40615 2 last night."):
        assert redactor.redact(text).text == text


def test_isbn10_grouped_with_phone_cue_is_still_a_phone(redactor):
    assert redactor.redact("Call 0-306-40615-2 today.").text == "Call [PHONE] today."
    assert "40615" not in redactor.redact("Reviewed 0-306-40615-2, the hotline.").text
    # written solid with no book word, it stays redacted (phones win; docs/redaction.md)
    assert "40615" not in redactor.redact("Reviewed 0306406152 last night.").text


# --- Phones that looked like an ISBN-13 prefix or a round number (found by the cue-less check) ---
@pytest.mark.parametrize(
    "text",
    [
        "Noted 978-442-6528 here.",  # area code 978 (Massachusetts): not an ISBN-13 prefix
        "Booked it through 979.204.6892x666.",  # 979 (Texas), with an extension
        "Noted 0161 496 0000 here.",  # ends in 0000 but has a trunk 0: not a round number
        "Sent 212-555-0000 today.",  # six leading digits before the zeros
    ],
)
def test_phone_not_read_as_isbn_or_round_number(redactor, text):
    assert "[PHONE]" in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    ["We hit 10000000 rows", "1 000 000 000 served", "12500000 budget", "Grab 9780306406157"],
)
def test_round_numbers_and_isbn13_kept(redactor, text):
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Infosys Bangalore campus.",  # an older spelling of a city is a place, not a surname
        "Our Kotak Mahindra account.",  # companies named after families
        "Reliance Jio launched.",
        "Bharti Airtel results.",
    ],
)
def test_indian_city_spellings_and_family_brands_kept(redactor, text):
    assert redactor.redact(text).text == text
