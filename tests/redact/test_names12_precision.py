"""Name-rule precision (names12): the writer's own casing as evidence against lower-case
"names", a capitalised title before a lower-case word, a post-nominal degree after a name and
a sentence-opening "Met". Each kept text has a same-shape name that is still redacted.
Made-up values and our own phrasing."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.person_lower import capitalised_writer


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([], name_tagger=False)


def _text(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


# --- a writer who opens sentences with capitals writes names with capitals too --------------
@pytest.mark.parametrize(
    "text",
    [
        "Vi ringer varje tisdag.",
        "Byłam tam w tym miesiącu.",
        "Fajnie, ale drogo.",
        "Rado bih došla.",
        "Ovo je iskrena zahvala.",
        "En sam predlog.",
        "Láttam az esti műsort.",
        "Köszönöm a heti összesítőt.",
    ],
)
def test_lower_case_phrase_in_a_capitalised_post_is_kept(redactor: Redactor, text: str) -> None:
    assert _text(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same post written all in lower case keeps the lower-case name rules
        (
            "met maren lindqvist today. she was great",
            "met [NAME] today. she was great",
        ),
        # a cue before, a person verb after, a verb whose object is a person
        ("Thanks to maren lindqvist for the slides.", "Thanks to [NAME] for the slides."),
        ("Hier, gwenaël beauvillard et moi avons présenté.", "Hier, [NAME] et moi avons présenté."),
        ("I spoke to odhran kettleby on the phone.", "I spoke to [NAME] on the phone."),
        ("Me: cc marcus dunsworth on this (19:54)", "Me: cc [NAME] on this (19:54)"),
        # a listed surname: a slip of the shift key in a capitalised post
        ("Besonderer Dank an anke hoffmann für alles.", "Besonderer Dank an [NAME] für alles."),
        ("Our speaker is marco ferrante.", "Our speaker is [NAME]."),
    ],
)
def test_lower_case_name_with_evidence_is_redacted(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert _text(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "capitalised"),
    [
        ("Hello there. All good!", True),
        ("- First item\n- Second item", True),
        ("hello there. all good", False),
        ("Hello there. all good", False),
        ("Check e.g. the second page.", False),  # an abbreviation's dot: no guard
        ("12:30 - 14:00", False),  # no letter opens a sentence
    ],
)
def test_capitalised_writer(text: str, capitalised: bool) -> None:
    assert capitalised_writer(text) is capitalised


# --- a capitalised title before a lower-case word -------------------------------------------
@pytest.mark.parametrize(
    "text", ["Me avisan cuando llegue el pedido.", "Me cobran de más cada mes."]
)
def test_capitalised_title_before_a_lower_case_word_is_kept(redactor: Redactor, text: str) -> None:
    assert _text(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Me Dufresnoy a signé hier.", "Me [NAME] a signé hier."),
        ("mrs brandvold called. she was nice", "mrs [NAME] called. she was nice"),
        ("Thanks Dr. Halvorsen!", "Thanks Dr. [NAME]!"),
    ],
)
def test_title_before_a_name_is_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert _text(redactor, text) == expected


# --- a post-nominal degree stays whole outside the name ---------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mgr. Lenka Dvořáková, Ph.D. vede kurz.", "Mgr. [NAME], Ph.D. vede kurz."),
        (
            "Děkuji, Mgr. Tomáš Horák, Ph.D., za přednášku.",
            "Děkuji, Mgr. [NAME], Ph.D., za přednášku.",
        ),
        # same shape, a given name after the comma: "Surname, Given" is still one name
        ("Lindqvist, Maren ran the workshop.", "[NAME] ran the workshop."),
        ("Lindqvist, Maren. Then we left.", "[NAME]. Then we left."),
    ],
)
def test_degree_after_a_name(redactor: Redactor, text: str, expected: str) -> None:
    assert _text(redactor, text) == expected


# --- "Met X" opening a sentence: the meeting verb, not a given name ---------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met Rose at the fair yesterday.", "Met [NAME] at the fair yesterday."),
        ("Met Grace at the fair.", "Met [NAME] at the fair."),
        (
            "Great day. Met Amber and Tom at the expo.",
            "Great day. Met [NAME] and [NAME] at the expo.",
        ),
        ("Met Jana Novak at the fair.", "Met [NAME] at the fair."),
    ],
)
def test_sentence_opening_met_is_a_meeting(redactor: Redactor, text: str, expected: str) -> None:
    assert _text(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Met vriendelijke groet, het team",
        "Met Microsoft at the fair.",
        "Met Tuesday morning.",
        "The Met Opera was great.",
    ],
)
def test_met_before_no_given_name_is_kept(redactor: Redactor, text: str) -> None:
    assert _text(redactor, text) == text
