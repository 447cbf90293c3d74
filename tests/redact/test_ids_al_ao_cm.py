"""Albanian NID, Angolan BI, Cameroonian NIU and the CEMAC RIB by their published structure
(``ids_al_ao_cm``), and their cue words (``ids_cues``). Made-up values, built to the layouts."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_al_ao_cm import albanian_nid_ok, rib_key_ok

_R = Redactor.from_members([], name_tagger=False)


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in _R.redact(text).spans]


def test_albanian_nid_needs_a_birth_date() -> None:
    assert albanian_nid_ok("J15123001K")  # year 5, December, 30th
    assert albanian_nid_ok("J15623001K")  # a woman: month + 50
    assert albanian_nid_ok("H880214123W")  # the two-digit year as retyped
    assert not albanian_nid_ok("A12345678B")  # month 23
    assert not albanian_nid_ok("J11332001K")  # month 13


def test_rib_key_is_mod_97() -> None:
    assert rib_key_ok("10005000121234567890163")
    assert not rib_key_ok("10005000121234567890164")


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Ja numri im: J15123001K, faleminderit.", "J15123001K", "NATIONAL_ID"),
        ("Dosja ka K05621456B tani.", "K05621456B", "NATIONAL_ID"),
        ("Kopjova H880214123W në formular.", "H880214123W", "NATIONAL_ID"),
        ("Ficha actualizada com 000123456LA012 ontem.", "000123456LA012", "NATIONAL_ID"),
        ("O número 004455667BE031 ficou no processo.", "004455667BE031", "NATIONAL_ID"),
        ("La paie a P012345678901Z dans le dossier.", "P012345678901Z", "NATIONAL_ID"),
        ("Société M098765432109A enregistrée.", "M098765432109A", "NATIONAL_ID"),
        (
            "Virez sur 10005 00012 12345678901 63 svp.",
            "10005 00012 12345678901 63",
            "IBAN",
        ),
        ("RIB 10005000121234567890163", "10005000121234567890163", "IBAN"),
    ],
)
def test_ids_by_structure_go(text: str, value: str, kind: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("numri personal: Q12345678", "Q12345678"),
        ("NID I98765432", "I98765432"),
        ("O BI dela é 123456789", "123456789"),
        ("NIU : 123456789012", "123456789012"),
    ],
)
def test_ids_after_their_cue_go(text: str, value: str) -> None:
    assert any(v == value or value in v for _, v in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Model A12345678B is in stock.",  # no birth date in it
        "Ref A12345678B",
        "Part X1234567890Y arrives Monday.",  # ten digits: no NID
        "Code 12345678LA012 on the box",  # eight digits: no BI
        "Serial Q012345678901Z",  # no P or M
        "Virez sur 10005 00012 12345678901 64 svp.",  # RIB key off by one
        "The bi annual report, ci pipeline and dpi setting 123456 stay.",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert not [kind for kind, _ in _found(text) if kind in ("NATIONAL_ID", "IBAN")]
