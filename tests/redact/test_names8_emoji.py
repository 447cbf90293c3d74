"""Names glued to emoji and other symbols (issue 10, round 8), with made-up people: the keyword
pass treats every symbol as a word boundary (prefilter, 670c9aa), so the name rules see
"🔥Ingrid" as "Ingrid", before or after the symbol, in any case and language; members too.
Emoji next to words that are no names change nothing.
"""

from __future__ import annotations

import pytest

ROSTER = ("Katharina Obermaier",)

NAMES = [
    ("shoutout to 🔥Ingrid Halvorsen for the help", "shoutout to 🔥[NAME] for the help"),
    ("Bravo 😊Maëlle Rousseau 🎉", "Bravo 😊[NAME] 🎉"),
    ("Danke ✨Wiebke Brandstetter!", "Danke ✨[NAME]!"),
    ("Gracias 🙏Nuria Vallverdú por todo", "Gracias 🙏[NAME] por todo"),
    ("Grazie 🙌Aurora Pellizzari!", "Grazie 🙌[NAME]!"),
    ("Bedankt 💯Sanne Veldkamp", "Bedankt 💯[NAME]"),
    ("Obrigada 👏Joana Figueiredo", "Obrigada 👏[NAME]"),
    ("congrats Ingrid Halvorsen🎉🎉", "congrats [NAME]🎉🎉"),
    ("THANKS 😊INGRID HALVORSEN!", "THANKS 😊[NAME]!"),
    ("(Ingrid Halvorsen) will host", "([NAME]) will host"),
    ("«Maëlle Rousseau» a animé", "«[NAME]» a animé"),
]

MEMBERS = [
    ("hi 🔥Katharina, welcome", "hi 🔥[NAME], welcome"),
    ("Katharina🎉 did it", "[NAME]🎉 did it"),
    ("🎉Obermaier presenta", "🎉[NAME] presenta"),
]

KEPT = [
    "I ❤️ Paris in spring",
    "⭐⭐⭐⭐⭐ Great Service",
    "🚀 Launch Day is here",
    "Free entry, snacks provided 🍕",
    "The ⭐ Apple Watch review",
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names_beside_emoji(redactor_for, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_members_beside_emoji(redactor_for, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_emoji_look_alikes_stay(redactor_for, assert_kept, text: str) -> None:
    assert_kept(redactor_for(ROSTER), text)
