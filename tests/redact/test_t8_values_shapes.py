"""Round t8 (values): Moldovan IDNP bare, Moroccan RIB and CIN, Panama's lettered cédula,
India's IFSC + account pair, Honduras's RTN, a short-digit Ausweis in a personnel record, the
French identity-document cues, and phone cues (es/ro/en) with the Moldovan dashed mobile.
All values are made up here (check digits computed by the functions under test)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_country_shapes import find_country_shapes, idnp_ok, ma_rib_ok

R = Redactor.from_members(["Anna Nowak"], name_tagger=False)


def _idnp(first12: str) -> str:
    total = sum(int(d) * (7, 3, 1)[i % 3] for i, d in enumerate(first12))
    return first12 + str(total % 10)


def _ma_rib(first22: str) -> str:
    return first22 + f"{97 - int(first22) * 100 % 97:02d}"


IDNP = _idnp("201200312345")  # assigned 2012
IDNP_OLD = _idnp("099100287654")  # assigned 1991
RIB = _ma_rib("1901017654321098765432")


def _red(text: str) -> str:
    return R.redact(text).text


def test_idnp_check_failing_is_no_id() -> None:
    bad = IDNP[:-1] + str((int(IDNP[-1]) + 3) % 10)
    assert find_country_shapes(f"Cod {bad} test", longest=13, gives_way=lambda t, s: False) == []


def test_checks() -> None:
    assert idnp_ok(IDNP) and idnp_ok(IDNP_OLD)
    assert not idnp_ok(IDNP[:-1] + str((int(IDNP[-1]) + 1) % 10))
    assert ma_rib_ok(RIB) and not ma_rib_ok(RIB[:-1] + str((int(RIB[-1]) + 1) % 10))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # IDNP bare, with its year-of-assignment prefix and 7-3-1 check
        (f"Vă trimit: {IDNP}.", "Vă trimit: [ID]."),
        (f"Pentru dosar {IDNP_OLD} mulțumesc", "Pentru dosar [ID] mulțumesc"),
        # Moroccan RIB, grouped 3 3 16 2 and solid
        (
            f"Virement : {RIB[:3]} {RIB[3:6]} {RIB[6:22]} {RIB[22:]} merci",
            "Virement : [IBAN] merci",
        ),
        (f"Le compte est {RIB}.", "Le compte est [IBAN]."),
        # Moroccan CIN: after the identity document's name, or where a personnel record is named
        ("Relevé sur la pièce d'identité : KA123456", "Relevé sur la pièce d'identité : [ID]"),
        ("N° d'identité: B98765", "N° d'identité: [ID]"),
        ("Pour la paie il faut Q654321 demain.", "Pour la paie il faut [ID] demain."),
        ("Il a donné WB24680 pour son contrat.", "Il a donné [ID] pour son contrat."),
        # Panama's lettered cédula forms
        ("Registrado E-3-98765 ayer.", "Registrado [ID] ayer."),
        ("Dos: PE-7-4321 y N-21-765.", "Dos: [ID] y [ID]."),
        ("Tiene 4-AV-77-8812 y 2-PI-5-123.", "Tiene [ID] y [ID]."),
        # IFSC + account number: the pair is a bank account
        ("Bank: ABCD0EF1234 998877665544 thanks", "Bank: [IBAN] thanks"),
        # India: EPIC after its acronym or in a personnel record; an individual's GSTIN
        ("EPIC no. QRS2468013", "EPIC no. [ID]"),
        ("Payroll needs QRS2468013 today.", "Payroll needs [ID] today."),
        ("Proprietor 27ABCPK1234L1ZS registered", "Proprietor [ID] registered"),
        # a Bolivian CI with its duplicate complement, in a personnel record
        ("Anotado 4567890-1B en su expediente.", "Anotado [ID] en su expediente."),
        # the writer's number given for a purpose, "is" instead of a colon
        (
            "Mi número para el trámite aduanero es 20098765431.",
            "Mi número para el trámite aduanero es [ID].",
        ),
        (
            "My number for the customs file is 20098765431.",
            "My number for the customs file is [ID].",
        ),
        # Honduras RTN: department 08, municipality 01, year 1988
        ("RRHH necesita 08011988123457.", "RRHH necesita [ID]."),
    ],
)
def test_ids_taken(text: str, expected: str) -> None:
    assert _red(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no personnel purpose: letter + digit codes stay
        "Le client a réservé la salle B12345 pour samedi.",
        "Le vol AT 2348 arrive à midi.",
        "La référence KT55221 est en rupture.",
        # the purpose is another sentence's; a case number named as such
        "Las fotos están en INC2468135. Recursos humanos necesita el RTN.",
        "Ver el caso INC2468135 para la nómina.",
        # the record word names the code itself
        "Le contrat AB12345 est signé pour la paie.",
        "Vertrag Nr. XY12345 für die Lohnabrechnung liegt vor.",
        # a reference cue before it
        "Commande AB12345 pour le dossier du personnel.",
        # a company registration of India (letters and digits, no account after it)
        "The carrier is listed as U12345MH2001PTC123456.",
        # "epic" as a word; a firm's GSTIN (fourth PAN letter F), one failing its check
        "Epic game QRS2468013 release",
        "Our supplier 27AAPFU0939F1ZV ships Monday.",
        "Proprietor 27ABCPK1234L1Z5 registered",
        # a part number shaped like a Bolivian complement, no personnel purpose
        "Pieza 4567890-1B en stock.",
        # the purpose is an order: the order's number
        "Mi número para el pedido es 20098765431.",
        "My number for the order is 20098765431.",
        # an IFSC alone is a branch
        "Branch code ABCD0EF1234 is in Pune.",
        # an IDNP-shaped run after an order cue
        f"Comanda nr. {IDNP} a plecat.",
        # 24 digits failing the RIB key
        f"Le code {RIB[:-2]}{(int(RIB[-2:]) + 1) % 97:02d} est faux.",
    ],
)
def test_lookalikes_kept(text: str) -> None:
    assert _red(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Ausweis number with fewer than four digits, its 7-3-1 check holding
        ("Personalakte ergänzt um KPRTVXYZ04.", "Personalakte ergänzt um [ID]."),
        ("Für den Vertrag gab sie LGHJM2NPT8 an.", "Für den Vertrag gab sie [ID] an."),
        # no personnel purpose named, or the check fails
        ("Das Modell KPRTVXYZ04 ist neu.", "Das Modell KPRTVXYZ04 ist neu."),
        ("Personalakte ergänzt um KPRTVXYZ05.", "Personalakte ergänzt um KPRTVXYZ05."),
    ],
)
def test_short_digit_ausweis(text: str, expected: str) -> None:
    assert _red(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Destinatarul vrea să fie sunat la 0691-23-456 înainte.",
            "Destinatarul vrea să fie sunat la [PHONE] înainte.",
        ),
        ("Numărul meu direct e 0789-12-345.", "Numărul meu direct e [PHONE]."),
        ("Sună-mă la 0601-98-765 mâine.", "Sună-mă la [PHONE] mâine."),
        ("Su número es el 61234567.", "Su número es el [PHONE]."),
        ("Llamad al cliente al 62345678 hoy.", "Llamad al cliente al [PHONE] hoy."),
        ("Mi línea directa es 71234568.", "Mi línea directa es [PHONE]."),
        ("Her number is 395 1234.", "Her number is [PHONE]."),
        ("The driver can be reached on 74 123 456.", "The driver can be reached on [PHONE]."),
        # a customs tariff code (4.2.2) stays
        ("Tarifa 0901.38.84 para el café.", "Tarifa 0901.38.84 para el café."),
        ("Sună-mă la 0601-98-76 mâine.", "Sună-mă la [PHONE] mâine."),
        # dates with a dash stay dates
        ("Entrega el 2025-03-14 por la mañana.", "Entrega el 2025-03-14 por la mañana."),
        ("Livrare pe 14-03-2025.", "Livrare pe 14-03-2025."),
    ],
)
def test_phones(text: str, expected: str) -> None:
    assert _red(text) == expected
