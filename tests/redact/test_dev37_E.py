"""Ids, phones and value look-alikes of the thirty-sixth and thirty-seventh development sets
(task E): each rule pinned both ways, with values made up in the published shapes."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums_registers import nip_ok, regon_ok
from trainer.redact.ids_ni_ve_dz_ht import dz_rib_ok, ve_rif_ok
from trainer.redact.ids_pl_it_cards import dowod_ok, paszport_ok

_R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return _R.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nicaraguan cédula: municipality, DDMMYY, serial, check letter (13 digits mod 23)
        (
            "Me pidieron mi cédula (441-071284-8301E). Pedido 441-071284-8301F.",
            "Me pidieron mi cédula ([ID]). Pedido 441-071284-8301F.",
        ),
        ("Debería ser 4410712848301E, si lo leo bien.", "Debería ser [ID], si lo leo bien."),
        # Venezuelan cédula and a person's RIF (SENIAT check digit); a wrong check stays
        (
            "Dejo aquí V-14725836-0 y V-9.613.274 para el trámite. Factura V-14725836-1.",
            "Dejo aquí [ID] y [ID] para el trámite. Factura V-14725836-1.",
        ),
        ("Copiado de mis papeles: E-84.512.377.", "Copiado de mis papeles: [ID]."),
        # Algerian NIN (eighteen digits, 1/2 then 0) and RIB (its mod-97 key), even when a
        # phone follows the RIB in the same digit run
        (
            "Le NIN 208711234567890123 est noté. RIB : 002 13579 2468013579 83 ok",
            "Le NIN [ID] est noté. RIB : [IBAN] ok",
        ),
        (
            "Merci de virer sur le RIB 002 13579 2468013579 83. 0555 12 34 56 merci",
            "Merci de virer sur le RIB [IBAN]. [PHONE] merci",
        ),
        (
            "Le code 002 13579 2468013579 84 n'est pas un RIB.",
            "Le code 002 13579 2468013579 84 n'est pas un RIB.",
        ),
        # Polish dowód osobisty and passport by their check digits; a wrong check stays
        (
            "Proszę: KRT 647205. Numer: KRT647205. Kod KRT647206.",
            "Proszę: [ID]. Numer: [ID]. Kod KRT647206.",
        ),
        ("Paszport EM 1472051 i EM1472051.", "Paszport [ID] i [ID]."),
        # Italian CIE: C, a series letter, five digits, two letters
        ("Eccolo: CF45678QR. La sala B12 è libera.", "Eccolo: [ID]. La sala B12 è libera."),
        # a bank-details field on a form
        (
            "Formulario\nDatos bancarios: 1078365091\nPedido 1078365091",
            "Formulario\nDatos bancarios: [IBAN]\nPedido 1078365091",
        ),
    ],
)
def test_ids_redacted_look_alikes_kept(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the scheme named and a company in the sentence: kept
        (
            "Je dois mettre à jour mes données. L'agence du bailleur est immatriculée SIREN "
            "634 677 264.",
            "Je dois mettre à jour mes données. L'agence du bailleur est immatriculée SIREN "
            "634 677 264.",
        ),
        (
            "Mieszkam tu. Biuro nieruchomości ma NIP 891-174-17-74.",
            "Mieszkam tu. Biuro nieruchomości ma NIP 891-174-17-74.",
        ),
        (
            "Notes: They said so. The landlord's agency is registered as EIN 27-1427561.",
            "Notes: They said so. The landlord's agency is registered as EIN 27-1427561.",
        ),
        (
            "The landlord's agency is registered as company PIN P055798976E.",
            "The landlord's agency is registered as company PIN P055798976E.",
        ),
        (
            "- L'agence du bailleur est immatriculée patente n° 607927.",
            "- L'agence du bailleur est immatriculée patente n° 607927.",
        ),
        (
            "La inmobiliaria tiene RUC J0310000015185. Debería ser 441-071284-8301E.",
            "La inmobiliaria tiene RUC J0310000015185. Debería ser [ID].",
        ),
        (
            "O cursinho informa CNPJ 73.537.527/0001-23 nas notas fiscais.",
            "O cursinho informa CNPJ 73.537.527/0001-23 nas notas fiscais.",
        ),
        (
            "Trung tâm gia sư ghi MST 0170455269 trên hóa đơn.",
            "Trung tâm gia sư ghi MST 0170455269 trên hóa đơn.",
        ),
        (
            "L'organisme de soutien indique RC n° : 16/00-0887481 B 05 sur ses factures.",
            "L'organisme de soutien indique RC n° : 16/00-0887481 B 05 sur ses factures.",
        ),
        (
            "The tutoring agency lists CIN U80796DL2019PTC689285 on its invoices.",
            "The tutoring agency lists CIN U80796DL2019PTC689285 on its invoices.",
        ),
        # fail closed: a person's number, a wrong check, a trader's register, no company word
        ("My agency is registered as EIN 27-1427561.", "My agency is registered as EIN [PHONE]."),
        ("The agency asked for my EIN 27-1427561.", "The agency asked for my EIN [PHONE]."),
        (
            "The agency lists EIN 27-1427561, which is mine.",
            "The agency lists EIN [PHONE], which is mine.",
        ),
        ("Biuro prosi o mój NIP 891-174-17-74.", "Biuro prosi o mój NIP [ID]."),
        ("Biuro nieruchomości ma NIP 891-174-17-75.", "Biuro nieruchomości ma NIP [ID]."),
        ("Sąsiad ma NIP 891-174-17-74.", "Sąsiad ma NIP [ID]."),
        (
            "L'organisme indique RC n° : 16/00-0887481 A 05.",
            "L'organisme indique RC n° : [PHONE] A 05.",
        ),
        (
            "Mi RUC J0310000015185 lo tiene la inmobiliaria.",
            "Mi RUC [ID] lo tiene la inmobiliaria.",
        ),
    ],
)
def test_company_registers(text: str, expected: str) -> None:
    assert _redact(text) == expected


def test_checks() -> None:
    assert nip_ok("8911741774") and not nip_ok("8911741775")
    assert regon_ok("123456785") and not regon_ok("123456786")
    assert ve_rif_ok("V", "14725836", "0") and not ve_rif_ok("V", "14725836", "1")
    assert dz_rib_ok("00213579246801357983") and not dz_rib_ok("00213579246801357984")
    assert dowod_ok("KRT647205") and not dowod_ok("KRT647206")
    assert paszport_ok("EM1472051") and not paszport_ok("EM1472052")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nicaraguan eight-digit numbers after where to leave a message or to dial
        (
            "Ciudadano: Pueden dejar recado en el 8743 2619.",
            "Ciudadano: Pueden dejar recado en el [PHONE].",
        ),
        ("En horario de oficina mejor al 2281 5634.", "En horario de oficina mejor al [PHONE]."),
        ("Pueden dejar recado en el 7815.3390.", "Pueden dejar recado en el [PHONE]."),
        ("Márquenme al 2270 4418 si hay dudas.", "Márquenme al [PHONE] si hay dudas."),
        # Haitian numbers after "le mieux est le"
        (
            "Pendant les heures d'ouverture, le mieux est le 36-41-2287.",
            "Pendant les heures d'ouverture, le mieux est le [PHONE].",
        ),
        ("Le mieux est le 34.18.5520. Merci", "Le mieux est le [PHONE]. Merci"),
        # the words alone open no phone: a year, a date
        (
            "La mejor al 2024 fue buena. Le mieux est le 12 mars.",
            "La mejor al 2024 fue buena. Le mieux est le 12 mars.",
        ),
    ],
)
def test_phone_cues(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a French court's RG number keeps its docket shape; a Brazilian RG is still an id
        (
            "Le dossier au tribunal est le RG n° 24/31877. Merci",
            "Le dossier au tribunal est le RG n° 24/31877. Merci",
        ),
        ("Meu RG 12.345.678-9 está no formulário.", "Meu RG [ID] está no formulário."),
        # Vietnamese "(số) tài khoản" is an account label
        (
            "- Phụ huynh cho số tài khoản 10150187891248 để hoàn tiền.",
            "- Phụ huynh cho số tài khoản [IBAN] để hoàn tiền.",
        ),
        (
            "Thù lao gia sư chuyển vào tài khoản 21315029055865.",
            "Thù lao gia sư chuyển vào tài khoản [IBAN].",
        ),
    ],
)
def test_case_references_and_accounts(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Haitian CIN: department, commune, section, birth year, two digits, serial
        (
            "Recopié de mes papiers : 04-11-05-1972-05-51312. Le 2024-03-05 à 10h.",
            "Recopié de mes papiers : [ID]. Le 2024-03-05 à 10h.",
        ),
        # a number read out from the writer's papers, card or form is handed over
        ("It should be 31350330, if I read it right.", "It should be [ID], if I read it right."),
        ("They wrote 13018557 on the form.", "They wrote [ID] on the form."),
        ("The number on my card reads 36714935. Ok", "The number on my card reads [ID]. Ok"),
        ("Copiado de mis papeles: 59907497578.", "Copiado de mis papeles: [ID]."),
        (
            "It should be 2024 at the latest. It should be 15 minutes.",
            "It should be 2024 at the latest. It should be 15 minutes.",
        ),
        # the id cue's value in brackets or after "as"
        (
            "They asked for the ID number (38386645). Case No. E980 of 2023.",
            "They asked for the ID number ([ID]). Case No. E980 of 2023.",
        ),
        ("The letter quotes my ID number as 24091058.", "The letter quotes my ID number as [ID]."),
        ("Pedí la cédula (ver abajo) mañana.", "Pedí la cédula (ver abajo) mañana."),
    ],
)
def test_handed_over_and_cue_links(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Zimbabwean national registration number by its mod-23 check letter
        ("Re the paperwork: 47-2816309 V 22.", "Re the paperwork: [ID]."),
        ("Found 47-2816309 V 22 on the old form.", "Found [ID] on the old form."),
        # Polish "najlepiej pod" (best at) before a number
        (
            "- W godzinach pracy urzędu najlepiej pod 604.318.925.",
            "- W godzinach pracy urzędu najlepiej pod [PHONE].",
        ),
        ("Najlepiej pod 15 maja.", "Najlepiej pod 15 maja."),
    ],
)
def test_zimbabwe_id_and_polish_phone_cue(text: str, expected: str) -> None:
    assert _redact(text) == expected


def test_zimbabwe_wrong_letter_is_no_id() -> None:
    # a wrong check letter: not taken as the id (only the phone rule reads the digits)
    text = "Found 47-2816309 W 22 on the old form."
    assert _redact(text) == "Found [PHONE] W 22 on the old form."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two letters and seven digits are a passport only after "paszport": a claim's
        # reference in the same shape stays
        ("Szkoda nr EM1472051 i EM 1472051.", "Szkoda nr EM1472051 i EM 1472051."),
        # a slash after the digits goes on into another code (a Tunisian matricule fiscal)
        (
            "Matricule KRT 647205/A/M/000 et KRT647205/B.",
            "Matricule KRT 647205/A/M/000 et KRT647205/B.",
        ),
    ],
)
def test_card_shapes_fail_open_only_by_their_rules(text: str, expected: str) -> None:
    assert _redact(text) == expected


def test_mexican_nss_cue() -> None:
    # "NSS" in capitals names the IMSS social security number; "nss" in lower case is a word
    assert _redact("Mi NSS es 31927408652.") == "Mi NSS es [ID]."
    assert _redact("Pedido nss 45213 listo.") == "Pedido nss 45213 listo."
    assert _redact("Pedido NSS 45213 listo.") == "Pedido NSS [ID] listo."


def test_rif_letter_glued_is_no_rif() -> None:
    # "P" glued to nine digits is an order's code even when the RIF check happens to pass
    assert _redact("Pöntun P202753146 er ekki komin.") == "Pöntun P202753146 er ekki komin."
    assert _redact("Pöntun P-20275314-6 er ekki komin.") == "Pöntun [ID] er ekki komin."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Personalausweis serial with few digits (its 7-3-1 check) where a form or the
        # papers filed for a person are named
        ("MXK92TZHL8 stand auf dem alten Formular.", "[ID] stand auf dem alten Formular."),
        ("Zu den Unterlagen: MXK92TZHL8. Danke", "Zu den Unterlagen: [ID]. Danke"),
        # named by an order word, or with no such word: a code
        ("Bestellung MXK92TZHL8 im Formular.", "Bestellung MXK92TZHL8 im Formular."),
        ("Der Code MXK92TZHL8 gilt bis Mai.", "Der Code MXK92TZHL8 gilt bis Mai."),
        # a wrong check digit (8 is right) is no Personalausweis, but a code handed over bare
        # at a sentence's start is a personal number all the same (``ids_bare_runs``); after
        # its noun it stays
        ("MXK92TZHL2 stand auf dem alten Formular.", "[ID] stand auf dem alten Formular."),
        ("Formular MXK92TZHL2 liegt bei.", "Formular MXK92TZHL2 liegt bei."),
    ],
)
def test_ausweis_few_digits_on_a_form(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sixteen digits passing the NIK's structure after a payment's reference label are
        # the payment's reference; with no such label they are still a NIK
        (
            "La línea de captura 9312544407634858 venía en el recibo.",
            "La línea de captura 9312544407634858 venía en el recibo.",
        ),
        (
            "Poziv na broj 7612042807927736 bio je na uplatnici.",
            "Poziv na broj 7612042807927736 bio je na uplatnici.",
        ),
        ("Nomor 9312544407634858 ya.", "Nomor [ID] ya."),
    ],
)
def test_payment_reference_is_no_nik(text: str, expected: str) -> None:
    assert _redact(text) == expected
