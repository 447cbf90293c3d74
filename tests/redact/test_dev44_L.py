"""Look-alikes of things and firms kept, and the personal word that still vetoes them (engine
L, forty-fourth session). Every value here is made up in the shape of its scheme."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_named_codes import keep_named_codes

_REDACTOR = Redactor.from_members([])


def _redact(text: str) -> str:
    return _REDACTOR.redact(text).text


# --- one personal word for every register keep (``lookalike_company_words.PERSONAL_WORD``) ---
# The German, Dutch, Polish, Italian, Portuguese, Nordic and Turkish possessives vetoed only the
# register-slot keep; the company-register keep read the shared list alone.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German "meine" / "seine" beside a company word: a person's number
        (
            "Meine Firma, der Lieferant, hat SIREN 732 829 320.",
            "Meine Firma, der Lieferant, hat SIREN [ID].",
        ),
        (
            "Der Lieferant, seine Firma, hat CUI RO 18547290.",
            "Der Lieferant, seine Firma, hat CUI [ID].",
        ),
    ],
)
def test_possessive_of_other_languages_vetoes_company_register(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Lieferant hat SIREN 732 829 320.",
        "Der Lieferant hat CUI RO 18547290.",
        # "Mio." after a number is German for million, not Italian "mio": no veto
        "Umsatz 3 Mio. beim Lieferanten, SIREN 732 829 320.",
    ],
)
def test_company_register_without_possessive_is_kept(text: str) -> None:
    assert _redact(text) == text


# --- a thing's code after its noun (``lookalike_thing_codes``) ---


@pytest.mark.parametrize(
    "text",
    [
        # an EU ear tag in the development sets' shape (country code, then digits in groups)
        "Ohrmarke DE 41 207 66318 am Hof gelesen.",
        "Boucle FR 27 490 13856 lue au quai.",
        # Mongolia (in no development set): the same structure, any ISO country code
        "Ear tag MN 04 518 22937 was read at the pen.",
        # ISO 11784: three digits of country, twelve of the animal
        "Tag 840 003 636 102 554 was read at the yard.",
        # an order or an invoice in four groups (not a card: no card opens with 7 or 9)
        "Refund was raised under Order 9836 0712 4411 5520.",
        "Poznámka: Sporná částka je na Order 9836 0712 4411 5520.",
        # Bhutan (in no development set): an eighteen-digit metering point after its noun
        "Meter 5400 8812 3301 4471 22 at the Thimphu substation.",
    ],
)
def test_thing_code_after_its_noun_is_kept(text: str) -> None:
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive governs the noun: the person's
        ("My ear tag MN 04 518 22937 was read.", "My ear tag MN [PHONE] was read."),
        ("Das ist meine Ohrmarke DE 41 207 66318.", "Das ist meine Ohrmarke DE [PHONE]."),
        # a person's name owns the thing
        (
            "Anna's order 9836 0712 4411 5520 is late.",
            "[NAME]'s order 9836 [PHONE] is late.",
        ),
        # a personal id's cue in the sentence before the noun
        (
            "PESEL podany, zamówienie 9836 0712 4411 5520.",
            "PESEL podany, zamówienie 9836 [PHONE].",
        ),
        # a card's number (Luhn, a card's first digit) after "invoice" stays a card
        ("Invoice 4532 0151 1283 0366 from the depot.", "Invoice [CARD] from the depot."),
        # a noun glued into a compound is not the thing ("Geburts-Tag": a birthday)
        ("Geburts-Tag: 12 05 1980 44", "Geburts-Tag: [PHONE]"),
        # a phone's international prefix or trunk 0
        ("Tag 0049 171 234 5678 was read.", "Tag [PHONE] was read."),
        ("Bestellung 0171 234 5678, bitte anrufen.", "Bestellung [PHONE], bitte anrufen."),
        # a phone's length after the noun (the pinned review case, test_fixJ_review)
        ("Commande n° 77 123 45 67", "Commande n° [PHONE]"),
    ],
)
def test_thing_code_owned_by_a_person_is_redacted(text: str, expected: str) -> None:
    assert _redact(text) == expected


# --- a rating an address rule read as a house number (``lookalike_ratings``) ---


@pytest.mark.parametrize(
    "text",
    [
        "The spec sheet says 230 V. The installer called.",
        "Laut Datenblatt: 400 V.\nBemerkung: alles gut.",
        # Mongolia (in no development set): units are the same everywhere
        "The plate in Ulaanbaatar says 690 V. The crew left.",
    ],
)
def test_rating_is_no_address(text: str) -> None:
    assert _redact(text) == text


def test_street_after_a_number_is_still_an_address() -> None:
    assert _redact("Send it to 230 Victoria Street, please.") == "Send it to [ADDRESS], please."


# --- a firm registered under its register (``lookalike_company_words.firm_in_sentence``) ---


@pytest.mark.parametrize(
    "text",
    [
        "Registered as EIN 27-0093641 on the invoice.",
        "Registered as TIN 2004817365 on the invoice.",
        # Bhutan (in no development set): a registration's verb, any scheme in the slot
        "The installer in Thimphu is registered as TIN 1004883921.",
        "El instalador está registrado como NIF 140643673E.",
        "Instalator jest zarejestrowany: NIP 765-206-39-35.",
        # Czech "dodavatel" (supplier) is a company word; IČO 00514152 passes its mod 11
        "Údaje dodavatele: IČO 00514152.",
        # a Swiss UID beside a supplier (mod 11 over 5 4 3 2 7 6 5 4)
        "Lieferant: CHE-116.281.710 MWST.",
        # a CNPJ printed with its establishment block and valid check digits
        "O fornecedor: 11.222.333/0001-81.",
        "Consta como 11.222.333/0001-81 na nota.",
    ],
)
def test_firm_register_is_kept(text: str) -> None:
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person is the subject of the registration
        ("He is registered as TIN 1004883921.", "He is registered as TIN [ID]."),
        ("Él está registrado como NIF 140643673E.", "Él está registrado como NIF [ID]."),
        ("Moje IČO 00514152, dodavatel.", "Moje IČO [PHONE], dodavatel."),
        # a Swiss UID with no firm beside it, or the writer's own (the pinned val13 case)
        ("UID CHE-116.281.710 MWST", "UID [ID] MWST"),
        (
            "Mein UID ist CHE-116.281.710, der Lieferant weiss es.",
            "Mein UID ist [ID], der Lieferant weiss es.",
        ),
        # a sole trader's (MEI) CNPJ
        ("Meu CNPJ de MEI é 11.222.333/0001-81.", "Meu CNPJ de MEI é [ID]."),
    ],
)
def test_personal_register_is_redacted(text: str, expected: str) -> None:
    assert _redact(text) == expected


def test_cro_is_a_register_acronym() -> None:
    # Ireland's Companies Registration Office number in a registration slot (the rules seldom
    # hit a six-digit value, so the keep is asked with the hit it would drop)
    text = "The installer is registered as CRO 604417."
    hit = ("NATIONAL_ID", text.index("CRO"), text.index("CRO") + 10)
    assert keep_named_codes(text, [hit]) == []
    personal = "She is registered as CRO 604417."
    hit = ("NATIONAL_ID", personal.index("CRO"), personal.index("CRO") + 10)
    assert keep_named_codes(personal, [hit]) == [hit]
