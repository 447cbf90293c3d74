"""Module layering of the number detectors and the keyword layer (no cycles, one predicate module).

Read from each module's own import statements, followed through trainer.redact (importing a
module would also run the package's ``__init__``, which loads every detector).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from trainer.redact import folding, name_keys, personal_numbers, prefilter, references

_PACKAGE = Path(references.__file__).parent


def _redact_imports(module: str) -> set[str]:
    """Every trainer.redact module that ``module`` imports, directly or through others."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        tree = ast.parse((_PACKAGE / f"{name.rsplit('.', 1)[-1]}.py").read_text())
        for node in ast.walk(tree):
            found: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module == "trainer.redact":
                found = [f"trainer.redact.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "trainer.redact."
            ):
                found = [node.module]
            for dep in found:
                if dep not in seen:
                    seen.add(dep)
                    todo.append(dep)
    return seen


@pytest.mark.parametrize(
    ("module", "must_not_load"),
    [
        # the keyword layer and the folding it needs sit below the name layer
        ("trainer.redact.prefilter", {"trainer.redact.name_keys", "trainer.redact.names"}),
        ("trainer.redact.folding", {"trainer.redact.name_keys", "trainer.redact.prefilter"}),
        # the shared "is this number personal" predicates sit below every detector and rule
        (
            "trainer.redact.personal_numbers",
            {
                "trainer.redact.references",
                "trainer.redact.hits",
                "trainer.redact.national_ids",
                "trainer.redact.numbers",
                "trainer.redact.prefilter",
            },
        ),
    ],
)
def test_low_level_modules_do_not_load_higher_layers(module: str, must_not_load: set[str]) -> None:
    assert not (_redact_imports(module) & must_not_load)


def test_name_keys_fold_is_the_shared_fold() -> None:
    assert name_keys.fold is folding.fold
    assert prefilter.folded("Ørsted Łódź ’T") == folding.fold("Ørsted Łódź ’T") == "orsted lodz 't"


def test_references_ask_the_shared_predicate() -> None:
    assert references.personal_number is personal_numbers.personal_number


@pytest.mark.parametrize(
    ("core", "expected"),
    [
        ("030 1234567", True),  # a trunk 0, separated
        ("123-4567", True),  # seven digits with a hyphen: a local number layout
        ("123 4567", False),  # one space in seven digits: a count or a code
        ("12 34 567", True),  # two spaces
        ("1234567", False),  # seven digits solid
        ("0612345678", True),  # ten digits with a trunk 0
    ],
)
def test_cueless_phone_rule(core: str, expected: bool) -> None:
    digits = "".join(ch for ch in core if ch.isdigit())
    assert personal_numbers.cueless_phone(core, digits) is expected


@pytest.mark.parametrize(
    "token",
    [
        "111222333",  # BSN 11-proef
        "046454286",  # SIN (Luhn), the government's sample
        "86095742719",  # Steuer-ID
        "12345678Z",  # DNI
        "1234567T",  # PPS
        "234123456783",  # Aadhaar: Verhoeff-valid, first digit 2-9
    ],
)
def test_checked_id_accepts_each_scheme(token: str) -> None:
    assert personal_numbers.checked_id(token)


def test_checked_id_rejects_a_failed_check() -> None:
    assert not personal_numbers.checked_id("111222334")
    assert not personal_numbers.checked_id("12345678A")


@pytest.mark.parametrize(
    "module",
    [
        "personal_numbers",
        "references",
        "national_ids",
        "numbers",
        "phones",
        "cards",
        "prefilter",
        "folding",
    ],
)
def test_no_import_cycle_through_the_number_modules(module: str) -> None:
    assert f"trainer.redact.{module}" not in _redact_imports(f"trainer.redact.{module}")
