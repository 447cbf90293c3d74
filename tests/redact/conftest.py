"""Shared fixtures for the redaction tests. Test modules use them as fixtures (never
``from conftest import ...``, which is ambiguous across test folders):

- ``redactor``: one session redactor for ``MEMBERS``; ``values(text)``: its (type, value) spans.
- ``redactor_for(roster)`` / ``members_for(roster)``: a ``Redactor`` / ``MemberNames`` for a
  roster (a sequence of display names), built once per distinct roster in the session.
- ``assert_exact(redactor, text, expected)``: the redacted text is exactly ``expected``;
  ``assert_kept(redactor, text)``: the text comes out unchanged. Both print text, output and
  expectation on failure.
- ``member_spans(members, text, alone=False)``: the substrings ``find_members`` reports; with
  ``alone=True`` only the one-token ones (a name written alone, full names left out).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from trainer.redact import Redactor
from trainer.redact.member_given import find_members
from trainer.redact.names import MemberNames

MEMBERS = [
    "José Núñez",
    "Jane Doe",
    "Søren Müller-Schmidt",
    "María José García López",
    "Aoife O'Brien",
]


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor.from_members(MEMBERS, name_tagger=False)


@pytest.fixture(scope="session")
def values(redactor: Redactor):
    """``values(text)`` -> (type, input substring) for every span the redactor reports."""

    def _values(text: str) -> list[tuple[str, str]]:
        return [(s.type, text[s.start : s.end]) for s in redactor.redact(text).spans]

    return _values


@pytest.fixture(scope="session")
def redactor_for() -> Callable[[Sequence[str]], Redactor]:
    """``redactor_for(roster)``: a default ``Redactor`` for ``roster``, cached per roster."""
    cache: dict[tuple[str, ...], Redactor] = {}

    def make(roster: Sequence[str]) -> Redactor:
        key = tuple(roster)
        if key not in cache:
            cache[key] = Redactor.from_members(key, name_tagger=False)
        return cache[key]

    return make


@pytest.fixture(scope="session")
def members_for() -> Callable[[Sequence[str]], MemberNames]:
    """``members_for(roster)``: ``MemberNames(roster)``, cached per roster."""
    cache: dict[tuple[str, ...], MemberNames] = {}

    def make(roster: Sequence[str]) -> MemberNames:
        key = tuple(roster)
        if key not in cache:
            cache[key] = MemberNames(key)
        return cache[key]

    return make


def _exact(redactor: Redactor, text: str, expected: str) -> None:
    out = redactor.redact(text).text
    assert out == expected, f"\n text:     {text!r}\n got:      {out!r}\n expected: {expected!r}"


@pytest.fixture(scope="session")
def assert_exact() -> Callable[[Redactor, str, str], None]:
    return _exact


@pytest.fixture(scope="session")
def assert_kept() -> Callable[[Redactor, str], None]:
    def kept(redactor: Redactor, text: str) -> None:
        _exact(redactor, text, text)

    return kept


@pytest.fixture(scope="session")
def member_spans() -> Callable[..., list[str]]:
    def spans(members: MemberNames, text: str, *, alone: bool = False) -> list[str]:
        found = [text[s:e] for _, s, e in find_members(text, members)]
        return [f for f in found if " " not in f] if alone else found

    return spans
