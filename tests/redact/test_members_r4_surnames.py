"""A member's surname written alone, a given name with a surname's initial, a member's given
name in lower case, and a surname after a less common title (trainer/redact/member_given.py,
name_keys.surname_keys, name_context). Every sentence here is made up for these tests."""

from __future__ import annotations

import pickle

import pytest

from trainer.redact.name_keys import surname_keys
from trainer.redact.names import MemberNames

ROSTER = [
    "Kwabena Thistlewood",
    "Marisol Ibarguren-Zubiaur",
    "Ngozi Okonjo",
    "Ravi Shekhawat",
    "Keisha Lundqvist",
    "Jane Baker",
    "Ifeoma Washington",
    "Sanne te Pas",
    "Liam O'Dowd",
    "Wei Bramall",
]


@pytest.fixture
def members(members_for) -> MemberNames:
    return members_for(ROSTER)


@pytest.fixture
def spans(members, member_spans):
    """``spans(text, alone=False)``: what find_members reports for ROSTER."""
    return lambda text, alone=False: member_spans(members, text, alone=alone)


def test_surname_keys():
    assert surname_keys("Marisol Ibarguren-Zubiaur") >= {"ibarguren zubiaur"}
    assert surname_keys("Sanne te Pas") >= {"te pas"}
    assert "o dowd" in surname_keys("Liam O'Dowd")
    assert surname_keys("Wei B.") == set()  # an initial is no surname
    assert surname_keys("Cher") == set()
    assert surname_keys("Dr. Jane Baker, PhD") == {"baker"}


# A surname that no list holds as a word goes wherever it is capitalised.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phone Thistlewood about the venue.", "Thistlewood"),
        ("Thistlewood is a great hire.", "Thistlewood"),
        ("Our secretary Okonjo sends the minutes.", "Okonjo"),
        ("Ibarguren-Zubiaur is looking for a new role.", "Ibarguren-Zubiaur"),
        ("Speaker of the month is Okonjo - well done.", "Okonjo"),
        ("New committee:\n- Lundqvist\n- someone else", "Lundqvist"),
        ("Thanks to O'Dowd for the lift.", "O'Dowd"),
    ],
)
def test_a_surname_alone_is_redacted(spans, text, name):
    assert name in spans(text)


# A surname that is a word, a place or a common word needs a person cue.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baker Street is closed today.", []),
        ("We flew to Washington on Monday.", []),
        ("Great point, Baker.", ["Baker"]),
        ("Baker said the oven is fixed.", ["Baker"]),
    ],
)
def test_a_surname_that_is_a_word_needs_a_cue(spans, text, expected):
    assert spans(text, alone=True) == expected


def test_a_rare_surname_goes_even_inside_someone_elses_full_name(redactor_for, assert_exact):
    # "Peter Thistlewood" may not be the member, but a surname no list holds as a word goes
    # wherever it stands (fail closed); the name rules take the rest of the full name.
    assert_exact(redactor_for(ROSTER), "Peter Thistlewood runs the shop.", "[NAME] runs the shop.")


# A given name with a surname's initial: both go.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Have a look at Kwabena T.'s portfolio.", "Kwabena T."),
        ("Wei B. wired the whole office.", "Wei B."),
        ("I mentored Ngozi O. last spring.", "Ngozi O."),
    ],
)
def test_given_name_and_initial(spans, text, name):
    assert name in spans(text)


# Lower case: a member's given name that is no word goes; a word stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anniversaries today: keisha, and the whole ops team", ["keisha"]),
        ("haha kwabena you called it", ["kwabena"]),
        ("hey ngozi, see you there", ["ngozi"]),
        ("the will of the people", []),
    ],
)
def test_lower_case_given_name(spans, text, expected):
    assert spans(text, alone=True) == expected


@pytest.mark.parametrize("title", ["Adv.", "Hon.", "Cllr", "Revd", "Er."])
def test_surname_after_a_less_common_title(redactor_for, title):
    text = f"Many thanks to {title} Shekhawat for chairing."
    out = redactor_for(ROSTER).redact(text).text
    assert "Shekhawat" not in out


def test_roster_surnames_survive_pickling(members, member_spans):
    copy = pickle.loads(pickle.dumps(members))
    assert copy.surnames == members.surnames
    assert member_spans(copy, "Thistlewood is a great hire.") == ["Thistlewood"]


def test_redactor_end_to_end(redactor_for, assert_exact):
    text = "Our treasurer Thistlewood and Wei B. set it up; ping keisha."
    expected = "Our treasurer [NAME] and [NAME] set it up; ping [NAME]."
    assert_exact(redactor_for(ROSTER), text, expected)
