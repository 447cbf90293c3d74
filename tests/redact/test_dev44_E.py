"""Ids, phones and addresses by checks and structure (forty-second and forty-third development
sets): the French RIB key over the UEMOA's lettered bank codes and 12-digit accounts, a bank or
branch code written before its account ("NNN-NNN NNNNNNNNN"), the shared prepositions of
"where money is paid". Values are made up in the published shapes; each class has a text in a
country no development set holds (said in its comment) and a same-shape text that must stay as
written."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums_rib import rib_key_ok
from trainer.redact.ids_destinations import DESTINATION_PREPOSITIONS


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([], name_tagger=False)
    return lambda text: redactor.redact(text).text


def test_rib_key_reads_letters_by_the_french_table():
    assert rib_key_ok("NE157", "01234", "202610045678", "67")
    assert not rib_key_ok("NE157", "01234", "202610045678", "68")
    # the all-digit CEMAC/French RIB keeps its key
    assert rib_key_ok("50001", "00417", "31245067801", "18")


def test_destination_prepositions_are_one_tuple_for_both_routes():
    for word in ("into", "on", "au", "kwa", "per", "sur", "naar"):
        assert word in DESTINATION_PREPOSITIONS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UEMOA RIB in the development set's shape (a label and a colon)
        (
            "Compte pour la coopérative : BF117 30412 551200987113 40.",
            "Compte pour la coopérative : [IBAN].",
        ),
        # Niger (no development set): a lettered bank code, its key checks
        (
            "Versez l'avance sur NE157 01234 202610045678 67, merci.",
            "Versez l'avance sur [IBAN], merci.",
        ),
        # Togo (no development set), solid and with no cue at all
        ("Noté TG05511002400123987654 40 au dossier.", "Noté [IBAN] au dossier."),
        ("Noté TG055 11002 400123987654 40 au dossier.", "Noté [IBAN] au dossier."),
        # Chad (no development set): a CEMAC RIB, all digits, 11-digit account
        ("RIB : 50001 00417 31245067801 18", "RIB : [IBAN]"),
        # the same shape with a wrong key is no RIB: a reference stays
        (
            "Noté TG055 11002 400123987654 41 au dossier.",
            "Noté TG055 11002 400123987654 41 au dossier.",
        ),
    ],
)
def test_rib_by_its_key(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Australian BSB and account after a bridged label, a paying verb, a destination noun
        (
            "Account for the shearing cheque: 482-117 300918276.",
            "Account for the shearing cheque: [IBAN].",
        ),
        ("Pay the shearers into 482-117 30091827.", "Pay the shearers into [IBAN]."),
        ("Deposit to 482-117 300918276, please.", "Deposit to [IBAN], please."),
        ("Account details: 482-117 300918276.", "Account details: [IBAN]."),
        # Papua New Guinea / UK-style sort code and account (PNG: no development set)
        ("Pay the school fees into 08-12-44 10293847.", "Pay the school fees into [IBAN]."),
        # with no payment or account word the pair stays (an order's number in two groups)
        ("Order 482-117 3009182 shipped today.", "Order 482-117 3009182 shipped today."),
        # an order named after the preposition keeps it
        (
            "Pay the invoice into order 482-117 3009182.",
            "Pay the invoice into order 482-117 3009182.",
        ),
    ],
)
def test_code_then_account(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the development sets' shapes: acronym before "number", "número de" + acronym
        (
            "Provident fund, QNPF number: 604218. Thanks",
            "Provident fund, QNPF number: [ID]. Thanks",
        ),
        ("Mi número de QIP es 5093318.", "Mi número de QIP es [ID]."),
        (
            "Volvieron a pedir el número de QIP, es 07715226.",
            "Volvieron a pedir el número de QIP, es [ID].",
        ),
        ("Son numéro de QNIB : B7301945.", "Son numéro de QNIB : [ID]."),
        # Vanuatu (no development set): its provident fund by its acronym
        ("My VNPF number is 482913, please.", "My VNPF number is [ID], please."),
        # Slovakia-style Czech "číslo" before the acronym (sk: the same phrase)
        (
            "Formulář vyžaduje číslo OP 745120398 k ověření.",
            "Formulář vyžaduje číslo OP [ID] k ověření.",
        ),
        # a thing's acronym, a capitalised dictionary word, a short value: all stay
        ("PO number: 4500012345", "PO number: 4500012345"),
        ("EAN number 8436665770798 on the box", "EAN number 8436665770798 on the box"),
        ("ORDER NO 12345678", "ORDER NO 12345678"),
        ("Tag no 98765432 was read", "Tag no 98765432 was read"),
        ("The QNPF number is 4821.", "The QNPF number is 4821."),
    ],
)
def test_unknown_scheme_by_its_acronym_and_number_word(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the past of calling in the development sets' shapes (en, es, pl)
        ("I rang 861 4402 twice about the outage.", "I rang [PHONE] twice about the outage."),
        (
            "Llamé dos veces al 550.217.806 por el apagón.",
            "Llamé dos veces al [PHONE] por el apagón.",
        ),
        (
            "Dzwoniłam dwa razy pod 530.118.442 w sprawie.",
            "Dzwoniłam dwa razy pod [PHONE] w sprawie.",
        ),
        # "the best number ... is" (en, es, cs)
        (
            "The best number for the hardship team is 663.2290.",
            "The best number for the hardship team is [PHONE].",
        ),
        (
            "El mejor número para el área de apoyos es el 333.871.402.",
            "El mejor número para el área de apoyos es el [PHONE].",
        ),
        # Papua New Guinea (no development set): a mobile reported as called
        ("We phoned 7012 3456 after the storm.", "We phoned [PHONE] after the storm."),
        # a count after "the best number of", a dotted amount after a call about an order stay
        (
            "The best number of visitors is 530.361.160 per year.",
            "The best number of visitors is 530.361.160 per year.",
        ),
        (
            "Llamé dos veces por el pedido 333.084.227.",
            "Llamé dos veces por el pedido 333.084.227.",
        ),
    ],
)
def test_phone_called_or_best_number(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short box name with its number and the office's town (pt "C.P.", es "Apartado")
        ("As entregas vão para C.P. 4418, Bolama.", "As entregas vão para [ADDRESS]."),
        ("El domicilio es Apartado 3307, Mongomo. Gracias", "El domicilio es [ADDRESS]. Gracias"),
        # São Tomé and Príncipe (no development set): Portuguese box line
        ("Mandem os papéis para C.P. 512, Santana.", "Mandem os papéis para [ADDRESS]."),
        # a section of a document, a crate on a shelf stay
        ("Véase el apartado 3, Anexo II.", "Véase el apartado 3, Anexo II."),
        ("Put it in Box 3, Shelf B.", "Put it in Box 3, Shelf B."),
        # "skr. poczt." (its dot and space split the keyword): Poczta Polska's box
        (
            "Proszę wysłać na skr. poczt. 5120, 33-411 Kraków.",
            "Proszę wysłać na [ADDRESS].",
        ),
        # a francophone box after a copula (Benin's shape; Niger, no development set)
        ("L'adresse est 04 BP 7215 Parakou. Merci", "L'adresse est [ADDRESS]. Merci"),
        ("Notre adresse est BP 2231 Zinder.", "Notre adresse est [ADDRESS]."),
        ("Sa tension est BP 120/80 ce matin.", "Sa tension est BP 120/80 ce matin."),
        # the long box names' own readers still run beside the short ones (Posta Kenya)
        ("Write to P.O. Box 912-30200 Kitale today.", "Write to [ADDRESS] today."),
    ],
)
def test_box_lines(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the development sets' shapes (en_FJ, en_IN): a flow of money, the plural copula
        ("The export payments go into 31807742.", "The export payments go into [IBAN]."),
        (
            "Please set the direct debit from 60218835. Thanks",
            "Please set the direct debit from [IBAN]. Thanks",
        ),
        ("Our bank details are 40718822913305. More", "Our bank details are [IBAN]. More"),
        # Solomon Islands (no development set): wages paid into a grouped account
        ("My wages go to 2001 4471 882 every fortnight.", "My wages go to [IBAN] every fortnight."),
        # Spanish flow (Equatorial Guinea's shape; Cuba, no development set)
        ("Los pagos van a 0123456789 cada mes.", "Los pagos van a [IBAN] cada mes."),
        # an amount, years, an order's number after the flow stay
        ("Payments go to 1 250 000 XOF monthly.", "Payments go to 1 250 000 XOF monthly."),
        ("The payments from 2019 2020 were late.", "The payments from 2019 2020 were late."),
        ("Payments from order 12345678 arrived.", "Payments from order 12345678 arrived."),
    ],
)
def test_account_named_by_a_flow_of_money(redact, text, expected):
    assert redact(text) == expected
