"""Shared redactor for the redaction tests (building one takes a few milliseconds)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

MEMBERS = [
    "José Núñez",
    "Jane Doe",
    "Søren Müller-Schmidt",
    "María José García López",
    "Aoife O'Brien",
]


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor.from_members(MEMBERS)


@pytest.fixture(scope="session")
def values(redactor: Redactor):
    """``values(text)`` -> (type, input substring) for every span the redactor reports."""

    def _values(text: str) -> list[tuple[str, str]]:
        return [(s.type, text[s.start : s.end]) for s in redactor.redact(text).spans]

    return _values
