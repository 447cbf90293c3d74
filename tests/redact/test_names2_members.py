"""Members with Dutch particles in the other ways lists and people write them (issue 10):
index order ("Berg, J. van den"), "v.d."/"v. d."/"v/d" with initials, "van 't", any case.
No surname token of a member may survive."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

MEMBERS = ["Joris van den Brakel", "Femke de Wolde", "Pieter van 't Hekke", "Lotte ter Horsting"]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(MEMBERS, name_tagger=False)


FORMS = [
    "Brakel, J. van den",
    "Brakel, Joris van den",
    "Brakel J. van den",
    "J. v.d. Brakel",
    "Joris v. d. Brakel",
    "Joris v/d Brakel",
    "Joris vd Brakel",
    "joris van den brakel",
    "JORIS VAN DEN BRAKEL",
    "Van den Brakel, Joris",
    "Wolde, F. de",
    "Wolde, Femke de",
    "De Wolde, Femke",
    "Hekke, P. van 't",
    "Pieter van ’t Hekke",
    "P. van 't Hekke",
    "pieter van t hekke",
    "Horsting, L. ter",
    "Ter Horsting, Lotte",
]


@pytest.mark.parametrize("form", FORMS)
def test_member_form_redacted(redactor: Redactor, form: str) -> None:
    out = redactor.redact(f"Dank aan {form} voor de feedback.").text
    for surname in ("brakel", "wolde", "hekke", "horsting"):
        assert surname not in out.lower(), out
