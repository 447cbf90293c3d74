"""dev38 N: person names, members and name false positives (exact outputs, both directions).

Values are made up in the shapes of the classes fixed; each class also carries a case from a
country that no development set holds (named in its comment).
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.person_office_words import names_office
from trainer.redact.person_tagger_drops import tagger_non_name

ROSTER = ["Sam Whitlock", "Ilse Varnhagen"]


@pytest.fixture(scope="module")
def default_path() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=True)


# (input, exact output on the default path)
CASES = [
    # person_tagger_drops._banner: a dash-framed line is kept only when its words name an office
    ("— Payroll —", "— Payroll —"),
    ("— Customer Care —", "— Customer Care —"),
    ("— FOD Financiën —", "— FOD Financiën —"),
    # an unlisted given name framed as a sign-off goes (the tagger's hit, no longer dropped)
    ("See you.\n— Lindiwe —", "See you.\n— [NAME] —"),
    # no development set: a Latvian office banner stays, a Zambian-shaped sign-off goes
    ("— Valsts ieņēmumu dienests —\nPaziņojums", "— Valsts ieņēmumu dienests —\nPaziņojums"),
    ("Zikomo.\n— Chipo —", "Zikomo.\n— [NAME] —"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_default_path_exact(default_path: Redactor, text: str, expected: str) -> None:
    assert default_path.redact(text).text == expected


def test_office_words_read_across_languages() -> None:
    assert names_office("Općina")
    assert names_office("Kundenservice")
    assert names_office("FOD Financiën")
    assert not names_office("Maren Oyelaran")


def test_banner_drop_only_for_office_words() -> None:
    text = "— Payroll —"
    assert tagger_non_name(text, 2, 9)
    text = "— Lindiwe —"
    assert not tagger_non_name(text, 2, 9)
    # no development set: a Hungarian office heading
    text = "— Munkaügyi osztály —"
    assert tagger_non_name(text, 2, 11)
