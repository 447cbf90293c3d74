"""Declined forms of members' names read back at match time (``member_inflections``,
``member_roster``): the same forms as the per-name table they replace, for any roster size,
with the same guards (a listed word, a lower-case form, a roster name of its own)."""

from __future__ import annotations

import random

import pytest

from trainer.redact import Redactor
from trainer.redact.member_given import find_members
from trainer.redact.member_inflections import (
    declined_base,
    inflected_forms,
    stem_prefix,
    stem_prefixes,
)
from trainer.redact.member_roster import roster_spans
from trainer.redact.names import MemberNames

# Made-up names of the shapes the paradigms treat differently: consonant-final, -a/-o/-e final
# (the vowel swaps), -i/-y adjectival, -u final, three letters (the shortest declined).
ROSTER = [
    "Zdenek Vlorák", "Branka Mrzlikowska", "Ilo Kestrany", "Ota Pelu", "Vero Dunsky",
    "Edit Szalontay", "Lenke Brodu", "Ana Tvrd", "Ivo Grbek",
]
SYLLABLES = "ba ko ri ze mu tal ven dor sik lum pra vo ne gu".split()


def _random_roster(seed: int, size: int) -> list[str]:
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()

    return [f"{word()} {word()}" for _ in range(size)]


@pytest.mark.parametrize("seed", range(4))
def test_match_time_forms_equal_the_per_name_table(seed):
    roster = ROSTER + _random_roster(seed, 300)
    members = MemberNames(roster)
    table = inflected_forms(members)
    assert len(table) > 1000
    for form, name in table.items():
        assert declined_base(form, members.given, members.surnames) == name, form
    # every form starts with its name's stem prefix and ends in an ending the prefix allows
    prefixes = stem_prefixes(members.given | members.surnames)
    for form, name in table.items():
        prefix = stem_prefix(name)
        assert form.startswith(prefix) and form[len(prefix) :] in prefixes[prefix], form
    # and nothing else reads back: the forms of names outside the roster, the names themselves
    other = MemberNames(_random_roster(seed + 100, 300))
    for form in inflected_forms(other):
        if form not in table:
            assert declined_base(form, members.given, members.surnames) is None, form
    for name in members.given | members.surnames:
        assert declined_base(name, members.given, members.surnames) is None


def test_the_smallest_name_wins_when_two_decline_alike():
    members = MemberNames(["Ota Marek", "Iva Mareka"])  # "mareka" is a roster name of its own
    assert declined_base("mareka", members.given, members.surnames) is None
    assert declined_base("mareku", members.given, members.surnames) == "marek"
    assert declined_base("marekou", members.given, members.surnames) == "mareka"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mluvil jsem včera s Vlorákem.", "Mluvil jsem včera s [NAME]."),
        ("Napsal jsem Vlorákovi dopis.", "Napsal jsem [NAME] dopis."),
        ("Dałem to pani Mrzlikowskiej.", "Dałem to pani [NAME]."),
        ("Rozmawiałem z Mrzlikowską wczoraj.", "Rozmawiałem z [NAME] wczoraj."),
        ("Tegnap Szalontayval beszéltem.", "Tegnap [NAME] beszéltem."),
        ("Köszönöm, Vloráknak elküldtem.", "Köszönöm, [NAME] elküldtem."),
        ("Ja sam dao Grbeku knjigu.", "Ja sam dao [NAME] knjigu."),
    ],
)
def test_declined_members_are_redacted(text, expected):
    assert Redactor.from_members(ROSTER, name_tagger=False).redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "vlorákovi is a made-up token in lower case.",  # lower case: maybe a word we lack
        "The Annual report is out.",  # a roster stem ("Ana") before no case ending
        "Mluvil jsem včera s Plorákem.",  # the same shape, no roster name under it
    ],
)
def test_same_shape_words_are_no_member_hit(text):
    members = MemberNames(ROSTER)
    assert find_members(text, members) == []


def test_a_roster_above_the_old_cap_still_reads_declined_forms():
    """The per-name table stopped at 10,000 one-word names (memory); at match time there is no
    cap: a member of a large roster is redacted in a case ending as in a small one."""
    roster = ROSTER + _random_roster(7, 1) + [f"Qa{i:05d} Qb{i:05d}" for i in range(5_100)]
    members = MemberNames(roster)
    assert len(members.given | members.surnames) > 10_000
    text = "Mluvil jsem včera s Vlorákem a Mrzlikowskiej."
    declined: dict[str, str] = {}
    spans = roster_spans(text, members, declined)
    assert declined == {"vlorakem": "vlorak", "mrzlikowskiej": "mrzlikowska"}
    assert [text[s:e] for s, e in spans] == ["Vlorákem", "Mrzlikowskiej"]
    redactor = Redactor.from_members(roster, name_tagger=False)
    assert redactor.redact(text).text == "Mluvil jsem včera s [NAME] a [NAME]."


def test_the_roster_matcher_holds_one_stem_per_name():
    members = MemberNames(ROSTER)
    prefixes = stem_prefixes(members.given | members.surnames)
    # "grb": "Grbek" drops its fleeting e ("Grbka"), so its forms start before the e
    assert {"vlorak", "mrzlikowsk", "kestran", "grb", "an", "pelu"} <= prefixes.keys()
    assert len(prefixes) <= len(members.given | members.surnames)
    assert len({id(rests) for rests in prefixes.values()}) <= len(set(prefixes.values()))
