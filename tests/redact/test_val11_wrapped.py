"""Values round 11: cards, IBANs and "+" phones cut over several short lines or by ``<br>``
join only when the joined value validates (``values_wrapped``). Values are made up (test
numbers of the card networks, the IBAN registry's example, a drama-range UK number)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

R = Redactor.from_members(["Anna Nowak"], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a card four digits a line, or cut by <br> in its HTML forms
        ("Card:\n4111\n1111\n1111\n1111\nthanks", "Card:\n[CARD]\nthanks"),
        ("Card 4111 1111<br>1111 1111", "Card [CARD]"),
        ("Card 4111 1111<br/>\n1111 1111", "Card [CARD]"),
        ("Card 4111 1111<BR />1111 1111 ok", "Card [CARD] ok"),
        ("IBAN GB29 NWBK<br />6016 1331 9268 19", "IBAN [IBAN]"),
        # a "+" phone cut after its area code
        ("Call +44 20<br>7946 0958 today", "Call [PHONE] today"),
        ("Call +44 20\n7946 0958 today", "Call [PHONE] today"),
        # joined values that fail their check stay apart
        ("Card 4111 1111<br>1111 1112", "Card 4111 1111<br>1111 1112"),
        ("Card:\n4111\n1111\n1111\n1112\nthanks", "Card:\n4111\n1111\n1111\n1112\nthanks"),
        ("Room 1234\n5678 9012", "Room 1234\n5678 9012"),
        # a whole phone on its line and a year on the next are two things
        ("Tel +44 20 7946 0958\n2024 was great", "Tel [PHONE]\n2024 was great"),
        ("Tel +44 20 7946 0958<br>2024 was great", "Tel [PHONE]<br>2024 was great"),
    ],
)
def test_values_cut_over_lines(text: str, expected: str) -> None:
    assert R.redact(text).text == expected
