"""Dev35 task N (default path, name_tagger=True): person names. Kenyan names (hand-written
``names_kenya.txt``: Luo, Kikuyu, Kalenjin, Kamba, Luhya, Kisii, Taita, Swahili coast names as
given names and surnames), Turkish words that name lists hold written in lower case, Turkish
institution and role lines in signatures, and the shared greeting list. Made-up names and
values only; each leak is pinned redacted and the word beside it pinned kept.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

_R = Redactor.from_members(["Maren Oyelaran", "Elif Yildirim"], name_tagger=True)
_RULES = Redactor.from_members(["Maren Oyelaran", "Elif Yildirim"], name_tagger=False)

KENYA = [
    (
        "Patient achieng wafula is waiting for a call back.",
        "Patient [NAME] is waiting for a call back.",
    ),
    ("Kind regards,\nnekesa otieno\nPractice Manager", "Kind regards,\n[NAME]\nPractice Manager"),
    (
        "The complaint was raised by Kiprono, Mwikali at reception.",
        "The complaint was raised by [NAME] at reception.",
    ),
    ("Omondi Njoroge asked for a copy of the letter.", "[NAME] asked for a copy of the letter."),
    ("Chepkoech Mutiso asked for a copy of the letter.", "[NAME] asked for a copy of the letter."),
    ("Next of kin: wambui mwakazi |", "Next of kin: [NAME] |"),
    ("Moraa asked for a copy of the letter.", "[NAME] asked for a copy of the letter."),
    ("Kind regards,\nWairimu\nRostering Lead", "Kind regards,\n[NAME]\nRostering Lead"),
    # the words beside them stay
    (
        "The Kenyatta National Hospital ward clerk updated the whiteboard.",
        "The Kenyatta National Hospital ward clerk updated the whiteboard.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KENYA)
def test_kenyan_names(text: str, expected: str) -> None:
    assert _R.redact(text).text == expected


@pytest.mark.parametrize(("text", "expected"), KENYA)
def test_kenyan_names_rules_alone(text: str, expected: str) -> None:
    assert _RULES.redact(text).text == expected
