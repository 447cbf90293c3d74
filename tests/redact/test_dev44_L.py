"""Look-alikes of things and firms kept, and the personal word that still vetoes them (engine
L, forty-fourth session). Every value here is made up in the shape of its scheme."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

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
