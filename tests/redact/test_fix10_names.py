"""Review findings R4-R6 of the names10 change (39a8f81): each fail-open probe is redacted again,
and a same-shape look-alike with no name in it is still kept. Values are made up."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.person_function_words import NODICT_FUNCTION_WORDS
from trainer.redact.person_words import HONORIFICS, word_list

REDACTOR = Redactor.from_members(["Anna Nowak"], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R4: "Tuan" is a Vietnamese given name, no honorific left outside the hit
        ("Tuan Nguyen will join the call.", "[NAME] will join the call."),
        ("I met Tuan yesterday.", "I met [NAME] yesterday."),
        ("Encik Faridzul Hakimi datang.", "Encik [NAME] datang."),  # a real honorific stays out
        # R5: "jos", "ke", "ale", "itu" are listed given names; capitals before a particle or
        # a listed surname in capitals are a name
        ("JOS DE VRIES", "[NAME]"),
        ("thanks ke huang", "thanks [NAME]"),
        ("ALE NOWAK", "[NAME]"),
        ("ITU WIJAYA datang", "[NAME] datang"),
        # R6: a short word of ours beside a rare lower-case name (pl "z", "i", chat "ok", "cc")
        ("ok gwenaël beauville, jutro", "ok [NAME], jutro"),
        ("po spotkaniu z gwenaël beauville", "po spotkaniu z [NAME]"),
        ("i gwenaël beauville", "i [NAME]"),
        ("cc gwenaël beauville", "cc [NAME]"),
    ],
)
def test_fail_open_probes_are_redacted(text: str, expected: str) -> None:
    assert REDACTOR.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "VI HAR KOMMIT",  # capitals: a function word before a plain word
        "ALE TO JEST",
        "Vi har gått hem.",
        "OG SÅ VIDERE",
        "itu sudah selesai",
        "ke kantor besok",
        "ok lorem ipsum",
        "amet optio voluptas",
        "i tak dalej",
    ],
)
def test_look_alikes_are_kept(text: str) -> None:
    assert REDACTOR.redact(text).text == text


def test_no_honorific_is_a_listed_given_name() -> None:
    alone = word_list("given_names_alone.txt")
    assert "Tuan" not in HONORIFICS
    new = "Paní Mgr MUDr JUDr PhDr RNDr MVDr Bc Domnul Domnului Doamna Doamnei Domnișoara Dna"
    new += " Dnei Frk Encik Puan Cik Datuk Dato Datin Hajah"
    assert not set(new.split()) & alone


def test_function_words_hold_no_listed_given_name() -> None:
    alone = {name.lower() for name in word_list("given_names_alone.txt")}
    assert not NODICT_FUNCTION_WORDS & alone
    assert not {"jos", "ke", "ale", "itu", "om"} & NODICT_FUNCTION_WORDS
    assert {"och", "har", "og"} <= NODICT_FUNCTION_WORDS
