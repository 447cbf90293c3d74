"""Values of val18: phone cues (mobile-money wallets, "message at", Icelandic "í", "is"), the
Ivorian and Senegalese id cards and Trinidad and Tobago's birth PIN. Each rule with a
same-shape negative. All values made up."""

from __future__ import annotations

import random

import pytest

from trainer.redact import Redactor, ids_upi
from trainer.redact.ids_birth_pin import birth_pin_ok
from trainer.redact.ids_kennitala import find_kennitolur, kennitala_ok

_RULES = Redactor.from_members([], name_tagger=False)


def _redacted(text: str, value: str) -> bool:
    return value not in _RULES.redact(text).text


@pytest.mark.parametrize(
    ("text", "value", "gone"),
    [
        # Icelandic "í" (at) after a phone word; the same number after a verb stays
        ("Ég er á WhatsApp í 612 3457.", "612 3457", True),
        ("Verðið hækkaði í 612 3457 á árinu.", "612 3457", False),
        # "send me a message at" (es it pt); the same number after another verb stays
        ("Mándame un mensaje al 8123 4567 y te apunto.", "8123 4567", True),
        ("Mandami un messaggio al 8123 4567 stasera.", "8123 4567", True),
        ("El contador subió al 8123 4567 ayer.", "8123 4567", False),
        # "my number is" in Spanish and Portuguese; an order's number is no phone
        ("Mi número es 8123 4567, escríbeme.", "8123 4567", True),
        ("O meu número é 8123 4567.", "8123 4567", True),
        ("El número de pedido es 81234567.", "81234567", False),
        # mobile-money wallets are the holder's phone number
        ("Tigo Money: 51234567", "51234567", True),
        ("Paiement Orange Money : 07 12 34 56", "07 12 34 56", True),
        ("Send it by M-Pesa 0712 345678 please", "0712 345678", True),
        ("Money: 51234567", "51234567", False),
        ("Orange juice, crate 51234567", "51234567", False),
        # the writer's own number before a colon; an order's number ("de pedido") is none
        ("Mi número por si acaso: 8123 4567 y listo", "8123 4567", True),
        ("Mon numéro au besoin : 07 12 34 56 78", "07 12 34 56 78", True),
        ("Mi número de pedido: 81234567", "81234567", False),
        # a desk that answers at a number; the same number after another verb stays
        ("La secretaría atiende en el 2230 5611 por las mañanas.", "2230 5611", True),
        ("El museo abre en el 2230 5611 por las mañanas.", "2230 5611", False),
    ],
)
def test_phone_cues(text: str, value: str, gone: bool) -> None:
    assert _redacted(text, value) is gone


@pytest.mark.parametrize(
    ("text", "value", "gone"),
    [
        # Côte d'Ivoire: "CI" + nine digits, or "C" + ten digits (solid or 2-4-4)
        ("Pièce d'identité : CI104583926\nMerci", "CI104583926", True),
        ("Pour le dossier, c'est C0245817736.", "C0245817736", True),
        ("Identifiant : C31 5829 4470\nMail", "C31 5829 4470", True),
        ("Code CI10458392 noté", "CI10458392", False),  # eight digits
        ("Code C02458177361 noté", "C02458177361", False),  # eleven digits
        ("Lot C31 5829 447 reçu", "C31 5829 447", False),  # not 2-4-4
        ("Code ci104583926 noté", "ci104583926", False),  # lower case
        # Senegal: sex digit, centre, birth year, serial (13 digits)
        ("Mon NIN est 1754198703215, merci", "1754198703215", True),
        ("Numéro 2081200104477 pour le dossier", "2081200104477", True),
        ("Le lot 3754198703215 est livré", "3754198703215", False),  # first digit 3
        ("Le lot 1754187003215 est livré", "1754187003215", False),  # no birth year
        ("EAN 1754198703215", "1754198703215", False),  # a product's barcode cue
        # Trinidad and Tobago: birth date YYYYMMDD and three digits
        ("Birth PIN: 19850314123 for the form", "19850314123", True),
        ("For the background check I gave 20040229517.", "20040229517", True),
        ("For the background check I gave 19851314123.", "19851314123", False),  # month 13
        ("Registration keeps rejecting 19850314123 again", "19850314123", True),
    ],
)
def test_ids(text: str, value: str, gone: bool) -> None:
    assert _redacted(text, value) is gone


def test_birth_pin_structure() -> None:
    assert birth_pin_ok("19991231001")
    assert not birth_pin_ok("19990231001")  # 31 February
    assert not birth_pin_ok("18991231001")
    assert not birth_pin_ok("1999123100")


@pytest.mark.parametrize(
    ("text", "value", "gone"),
    [
        # UPI addresses: a listed provider handle needs no cue
        ("Pay the advance to ravi.kumar@okaxis please", "ravi.kumar@okaxis", True),
        ("Mine is priya_n@ybl.", "priya_n@ybl", True),
        # any one-word provider after a UPI word on the line
        ("UPI: priya.n@mybank", "priya.n@mybank", True),
        # no UPI word, no listed handle: no UPI address, but a dotted local part before "@" and a
        # domain without its TLD is an e-mail typed short (rev22 #2, email_broken): it goes
        ("Ping me: priya.n@mybank", "priya.n@mybank", True),
        ("meet me@home later", "me@home", False),
        ("thanks @okaxis team", "okaxis", False),  # a mention's "@" (redacted as a mention)
    ],
)
def test_upi_addresses(text: str, value: str, gone: bool) -> None:
    if value == "okaxis":
        assert "[MENTION]" in _RULES.redact(text).text
        return
    assert _redacted(text, value) is gone


def _kennitala(first8: str, century: str = "9") -> str:
    """A made-up kennitala: ``first8`` and its mod-11 check digit (None where it would be 10)."""
    total = sum(w * int(d) for w, d in zip((3, 2, 7, 6, 5, 4, 3, 2), first8, strict=True))
    check = (11 - total % 11) % 11
    assert check != 10
    return first8 + str(check) + century


def test_kennitala() -> None:
    value = _kennitala("12048520")  # 12 April 1985, serial 20
    assert kennitala_ok(value)
    wrong = value[:8] + str((int(value[8]) + 1) % 10) + value[9]
    assert not kennitala_ok(wrong)  # the check digit
    assert not kennitala_ok(_kennitala("52048520"))  # a company's day (+40): not a person
    assert not kennitala_ok(_kennitala("12048520", century="5"))
    for text in (f"Kennitalan mín er {value}, takk", f"Kt. {value[:6]}-{value[6:]}"):
        assert _redacted(text, value[6:])
    never = lambda _text, _start: False  # noqa: E731
    assert find_kennitolur(f"Númerið {wrong} er rangt", gives_way=never) == []


def test_upi_scan_at_signs_only_answers_as_finditer() -> None:
    """``ids_upi`` tries its pattern only around each "@": the same matches as a full scan."""
    rng = random.Random(18)
    for _ in range(20000):
        text = "".join(rng.choice("ab.-_@ 1Xo\n") for _ in range(rng.randrange(1, 40)))
        text += rng.choice(["", "kavi.r@okaxis", "kavi.r@okaxis.in", "k@oksbi x@y"])
        full = [m.span() for m in ids_upi._VPA.finditer(text)]
        assert [m.span() for m in ids_upi._at_signs(text)] == full, text
