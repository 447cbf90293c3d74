"""Review fixes (fixE): a landline read as a grant's number, a person after a capitalised
English or German place noun, a US or Uzbek state code read as a Belgian hospital, a Swedish
personnummer read as a parcel's tracking number, and the writer's casing read once per post.
Each probe the review found kept is redacted here; each keep the fix could touch stays kept.
Made-up values only; the check digits are computed below."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor, person_lower
from trainer.redact.lookalike_grants import grant_number
from trainer.redact.lookalike_parcels import parcel_number
from trainer.redact.people import find_people


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([], name_tagger=False)


def _both(redactor: Redactor, text: str) -> str:
    """The text redacted alone and in a batch, which must agree."""
    alone = redactor.redact(text).text
    batch, _ = redactor.redact_batch([text])
    assert batch == [alone]
    return alone


def _redacted(redactor: Redactor, text: str, secrets: tuple[str, ...]) -> None:
    out = _both(redactor, text)
    for secret in secrets:
        assert secret not in out, out


def _kept(redactor: Redactor, text: str) -> None:
    assert _both(redactor, text) == text


# --- 1. a year and four digits is a landline ("2012-3456"), not a grant's number -----------
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Consultas sobre el proyecto: Ana Ruiz, 2012-3456", ("Ana Ruiz", "2012-3456")),
        ("Grant questions go to Laura at home 2019-4455 after six.", ("2019-4455",)),
        ("Projeto financiado pela prefeitura, falar com a Ana 2012-3456", ("2012-3456",)),
        (
            "Para dudas del proyecto hablen con doña Ana 2012-3456 en horario de oficina.",
            ("2012-3456",),
        ),
        ("Para el proyecto, Ana Ruiz 2023-4567 o Luis 2087-1234", ("2023-4567", "2087-1234")),
    ],
)
def test_landline_after_a_funding_word_is_redacted(redactor: Redactor, text, secrets) -> None:
    _redacted(redactor, text, secrets)


@pytest.mark.parametrize(
    "text",
    [
        "Funded under grant ABCD 2025/61234.",
        "Projektnummer 2024-61276",
        "Financiado por el proyecto 358-2021-ABCDE",
        "Tack till anslag 2024-12345",
        "Funded by grant 2024-12345 from the council.",
    ],
)
def test_grant_number_is_kept(redactor: Redactor, text: str) -> None:
    _kept(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the shared phone words the grant rule's own list lacked
        "Projeto da prefeitura, liga 2024-12345",
        "Project gsm 2024-12345",
        "Projekt, bel 2024-12345",
    ],
)
def test_grant_keep_refuses_after_a_shared_phone_word(text: str) -> None:
    assert not grant_number(text, text.index("2024"))


def test_grant_keep_refuses_a_four_digit_serial() -> None:
    text = "Grant 2012-3456"
    assert not grant_number(text, text.index("2012"))
    text = "Grant 2012-34567"
    assert grant_number(text, text.index("2012"))


# --- 2. a capitalised English or German place noun mid-sentence opens no place's name -------
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("We wrote to Hospital Receptionist Karen Lindqvist about the bill.", ("Lindqvist",)),
        ("I sent the papers to Museum Ana Pérez last week.", ("Ana Pérez",)),
        ("I emailed Hospital Karen Lindqvist yesterday.", ("Lindqvist",)),
        ("Our thanks go to Hospital Social Worker Karen Lindqvist.", ("Lindqvist",)),
        (
            "Hier gibt es Neuigkeiten: heute Theater Anna Schmidt und Paul.",
            ("Anna Schmidt", "Paul"),
        ),
        ("Please forward this to Hospital Karen Lindqvist before Friday.", ("Lindqvist",)),
        ("The invitation came from Museum Karen Lindqvist herself.", ("Lindqvist",)),
        ("Ich habe heute Stadion Anna Schmidt gesehen.", ("Anna Schmidt",)),
        (
            "The form was signed by School Librarian Jane Whitmore yesterday.",
            ("Jane Whitmore",),
        ),
    ],
)
def test_person_after_english_or_german_place_noun_is_redacted(
    redactor: Redactor, text, secrets
) -> None:
    _redacted(redactor, text, secrets)


@pytest.mark.parametrize(
    "text",
    [
        "Trabajé seis años en Hospital Luis Ferreyra Montalvo.",
        "La beca la financia Universidad Tomás Ferreyra este año.",
        "Le dîner a lieu à Institut Jules Ferrand.",
        "Prej sem delala v podjetju Gimnazija Jožeta Novaka.",
        # the Romance "in/at" before an English-spelt noun still counts
        "Trabalhei em Hospital Luís Ferreira Montalvo.",
        "Je travaille à Théâtre Jules Ferrand.",
    ],
)
def test_institution_after_romance_preposition_is_kept(redactor: Redactor, text: str) -> None:
    # pin changed: a place noun beside a full personal name no longer keeps it (place_keep,
    # session 7 privacy decision: the same words put a person beside a place)
    assert "[NAME]" in redactor.redact(text).text


# --- 3. AZ and UZ open a Belgian hospital's name only after a Dutch word -------------------
@pytest.mark.parametrize(
    "text",
    [
        "Moved to Mesa, AZ Maria Gonzalez and I love it.",
        "Greetings from Flagstaff AZ Maria Gonzalez here, hello!",
        "Our Tashkent UZ Dilnoza Karimova team lead says hi.",
        "My sister in AZ Maria Gonzalez called.",
        "AZ Maria Gonzalez here.",
    ],
)
def test_person_after_state_code_is_redacted(redactor: Redactor, text: str) -> None:
    _redacted(redactor, text, ("Gonzalez", "Karimova"))


@pytest.mark.parametrize(
    "text",
    [
        "Daarvoor werkte ik bij AZ Jan Verhoeven.",
        "Ik werk nu bij UZ Pieter Claeys.",
        "Ik lig in het AZ Jan Verhoeven.",
        "Ze brengen hem naar UZ Pieter Claeys.",
    ],
)
def test_belgian_hospital_is_kept(redactor: Redactor, text: str) -> None:
    _kept(redactor, text)


# --- 4. a twelve-digit personnummer is no parcel's tracking number -------------------------
def _luhn_digit(body: str) -> str:
    """The Luhn check digit that completes ``body`` (doubling from the right, its last first)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def _fedex_express(digits: str) -> bool:
    """FedEx Express: weights 1, 3, 7 from the right over the first eleven, mod 11, mod 10."""
    weights = (1, 3, 7)
    total = sum(weights[i % 3] * int(ch) for i, ch in enumerate(reversed(digits[:11])))
    return total % 11 % 10 == int(digits[11])


def _personnummer(date: str) -> str:
    """A made-up twelve-digit personnummer (century, YYMMDD, serial, Luhn over the last ten)
    that also passes FedEx Express's check, so only the id guard can refuse the parcel keep."""
    for serial in range(100, 1000):
        nine = date[2:] + f"{serial:03d}"
        number = date + f"{serial:03d}" + _luhn_digit(nine)
        if _fedex_express(number) and _luhn_digit(number[:11]) != number[11]:
            return number
    raise AssertionError(date)


PERSONNUMMER = [_personnummer(date) for date in ("19760315", "19820921", "20030627")]


@pytest.mark.parametrize("number", PERSONNUMMER)
@pytest.mark.parametrize(
    "template",
    [
        "Paket nr {} (mitt personnummer, skulle inte ha skrivit det)",
        "Hämtade ut paketet idag. Sändning: {}",
        "Sendungsnummer {}",
        "Tracking no. {}",
    ],
)
def test_personnummer_after_parcel_word_is_redacted(redactor: Redactor, number, template) -> None:
    text = template.format(number)
    assert not parcel_number(text, text.index(number))
    _redacted(redactor, text, (number,))


@pytest.mark.parametrize("text", ["Sendungsnummer 491701234564", "Tracking no. 447700900128"])
def test_tracking_number_is_kept(redactor: Redactor, text: str) -> None:
    _kept(redactor, text)


# --- 5. the writer's casing is read once per find_people call, and kept by none -------------
def test_writer_casing_read_once_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = person_lower.capitalised_writer

    def counted(text: str) -> bool:
        calls.append(len(text))
        return real(text)

    text = ("Hello team. We met today. " * 20) + " and ".join(["maria zelvinskaite"] * 40)
    expected = find_people(text)
    monkeypatch.setattr(person_lower, "capitalised_writer", counted)
    assert find_people(text) == expected
    assert len(calls) == 1
    assert find_people(text) == expected
    assert len(calls) == 2  # a fresh read per call: nothing outlives it


def test_writer_casing_matches_capitalised_writer() -> None:
    for text in ("Hello. I met maria zelvinskaite.", "hello. i met maria zelvinskaite.", ""):
        assert person_lower.WriterCasing(text)() is person_lower.capitalised_writer(text)
