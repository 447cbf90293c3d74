"""Values round 11: a dotted build number ("10.0.22631.3007") is no phone; a phone written
with dots, or any number after a phone word, still is. Values are made up."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

R = Redactor.from_members(["Anna Nowak"], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # four dotted parts with a one-digit inner part: a version or build number
        (
            "funciona en la compilación 10.0.25363.5319.",
            "funciona en la compilación 10.0.25363.5319.",
        ),
        ("fungerer på bygg 10.0.24777.2395. ok", "fungerer på bygg 10.0.24777.2395. ok"),
        ("kernel 4.19.0.123456 here", "kernel 4.19.0.123456 here"),
        # phones written with dots have no lone inner digit; a phone word decides anyway
        ("Call 1.800.555.0199 now", "Call [PHONE] now"),
        ("Ring 06.12.34.56.78", "Ring [PHONE]"),
        ("Tel 10.0.25363.5319", "Tel [PHONE]"),
        ("à joindre au 06.12.34.56.78 demain", "à joindre au [PHONE] demain"),
        # a phone word after it on its line: a phone (fail closed)
        ("build 10.0.25363.5319 es mi móvil", "build [PHONE] es mi móvil"),
        ("bygg 10.0.24777.2395 er telefonen min", "bygg [PHONE] er telefonen min"),
        # a three-digit first part is no major version: the number stays a phone
        ("my number is 146.1.54.626", "my number is [PHONE]"),
    ],
)
def test_build_numbers_and_dotted_phones(text: str, expected: str) -> None:
    assert R.redact(text).text == expected
