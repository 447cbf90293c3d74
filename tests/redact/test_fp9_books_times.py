"""Look-alikes kept by standards and layouts, with made-up values:

- an ISBN-10 (check digit valid) right after a reading label ("Leestip: ") in any of our
  languages; the same digits after a phone word, or with a book word elsewhere, stay a phone;
- a chat line's bracketed time after an address value is no part of the address;
- a reference word of pl/sv/fi/tr ends an address value, as in the other languages.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

REDACTOR = Redactor.from_members([], name_tagger=False)
ISBN10 = "0306406152"  # check-valid ISBN-10 (mod 11) that is also phone-shaped


def _redact(text: str) -> str:
    return REDACTOR.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        f"Unser Lesetipp: {ISBN10}",
        f"Livre du mois, livre : {ISBN10}",
        f"Libro: {ISBN10}",
        f"Lettura: {ISBN10}",
        f"Leestip: {ISBN10}",
        f"Leitura: {ISBN10}",
        f"Lektura: {ISBN10}",
        f"Boktips: {ISBN10}",
        f"Lukulista: {ISBN10}",
        f"Kitap: {ISBN10}",
        f"À lire : {ISBN10}",
        f"Da leggere: {ISBN10}",
        "Reading list: 0010000003.",  # ISBN group 0: opens with 00 like a dialling prefix
    ],
)
def test_isbn10_after_a_reading_label_survives(text: str) -> None:
    assert text.rstrip(".").rsplit(" ", 1)[1] in _redact(text)


@pytest.mark.parametrize(
    "text",
    [
        f"Ruf mich an: {ISBN10}",
        f"Appelle-moi au {ISBN10}",
        f"Mi número: {ISBN10}",
        f"Lesetipp vergessen, ruf {ISBN10} an",  # a book word, but a phone word right before
        f"Vendo libri usati, chiamami al {ISBN10}",  # book words elsewhere prove nothing
        # a phone word anywhere on the label's line, in any language (review R9)
        f"Kirja: {ISBN10} soita illalla",
        f"Kitap: {ISBN10} beni ara",
        f"Lektura: {ISBN10}, zadzwoń po 18",
        f"Leestip: {ISBN10} (mobiel)",
        # labels that are other words too: a talk, a side
        f"Lecture: {ISBN10} (office line)",
        f"Bok: {ISBN10}",
        "Reading list: 0010000003 is my office line",
    ],
)
def test_the_same_digits_as_a_phone_stay_redacted(text: str) -> None:
    assert ISBN10 not in _redact(text) and "0010000003" not in _redact(text)


@pytest.mark.parametrize(
    "text, time",
    [
        ("Ich: Lieferadresse: Lindenweg 8, 12345 Musterstadt (09:41)", "(09:41)"),
        ("Me: new address: 14 Larch Lane, Dayton, OH 45402 (3:07 PM)", "(3:07 PM)"),
        ("Ik: nieuw adres: Berkenlaan 21, 3511 AB Utrecht (17:26)", "(17:26)"),
    ],
)
def test_chat_time_after_an_address_survives(text: str, time: str) -> None:
    out = _redact(text)
    assert time in out
    assert "Lindenweg" not in out and "Larch" not in out and "Berkenlaan" not in out


def test_polish_invoice_word_ends_an_address_value() -> None:
    out = _redact("Klient: Nowy adres: ul. Lipowa 12/3, 00-950 Opole. Faktura FV-2025-118 jest OK.")
    assert "FV-2025-118" in out
    assert "Lipowa" not in out and "00-950" not in out


@pytest.mark.parametrize(
    "text, kept, gone",
    [
        # a quoted reply: the line after the address is a sentence, not its postcode line
        ("Ana wrote:\n> Address: 9 Mill Row\n> We moved to build 4417 last week.", "4417", "Mill"),
        (
            "Lieferadresse:\nAhornring 3\n61440 Oberursel\n- Zug RE 4417 fährt um 9.12.",
            "4417",
            "Ahornring",
        ),
        # a date, time or price on the next line is no part of the block
        ("Lieferanschrift:\n80331 München\nTermin am 14.03.2027 um 9:30", "14.03.2027", "80331"),
        # the next sentence on the value's line is prose
        ("Address: 3 Quay Lane, Cork T12 AB34. The part no. 5521 is in stock.", "5521", "Quay"),
    ],
)
def test_address_value_stops_at_prose(text: str, kept: str, gone: str) -> None:
    out = _redact(text)
    assert kept in out and gone not in out


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Address: 5 Harbour Road. Building 4, Level 2", "Building 4"),  # no prose: the address
        ("Lieferadresse:\nAhornring 3\n61440 Oberursel", "61440"),
    ],
)
def test_address_continuations_stay_redacted(text: str, gone: str) -> None:
    assert gone not in _redact(text)
