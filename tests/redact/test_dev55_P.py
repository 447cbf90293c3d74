"""dev55 P: speed steps with the output unchanged (made-up values only).

Each step keeps a test of what it must still find and keep, and an old-against-new property
test: the step's new code and the code it replaced give the same answer on random and listed
input.
"""

from __future__ import annotations

import gc
import random
import weakref

from trainer.redact import Redactor, prefilter
from trainer.redact.person_slots import _lower_given, person_slot_names
from trainer.redact.person_words import COMMON, GIVEN, GIVEN_AMBIGUOUS, SURNAMES, TOP


def _slot(text: str) -> list[tuple[str, int, int]]:
    return person_slot_names(text, prefilter.keywords(text))


# --- person_slots: the given-name union is built once, not on every lower-case word -------------


def test_lower_case_given_name_in_a_slot_is_found():
    text = "This is on behalf of ingrid halvorsen today."
    assert _slot(text) == [("NAME", 21, 37)]
    assert _slot("Please add ingrid halvorsen as a second collector.") == [("NAME", 11, 27)]


def test_lower_case_word_in_a_slot_is_kept():
    assert _slot("This is on behalf of the team today.") == []
    assert not _lower_given("team")
    assert not _lower_given("Ingrid")  # capitalised words take the other branch


def _old_lower_given(word: str) -> bool:
    return word.islower() and word not in TOP and word.title() in (GIVEN | GIVEN_AMBIGUOUS)


def test_lower_given_answers_as_before():
    rng = random.Random(55)
    words = [w.lower() for w in rng.sample(sorted(GIVEN | GIVEN_AMBIGUOUS), 400)]
    words += [w.lower() for w in rng.sample(sorted(SURNAMES), 200)]
    words += rng.sample(sorted(COMMON), 200) + rng.sample(sorted(TOP), 100)
    letters = "abcdefghijklmnopqrstuvwxyzäöüéñ"
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(2, 8))) for _ in range(300)]
    words += [w.title() for w in words[:50]] + [w.upper() for w in words[:50]]
    # the old expression builds a 300k-name union per call: compare in one pass, union once
    union = GIVEN | GIVEN_AMBIGUOUS
    old = [w.islower() and w not in TOP and w.title() in union for w in words]
    assert [_lower_given(w) for w in words] == old
    assert any(old) and not all(old)  # both answers occur
    assert [_old_lower_given(w) for w in words[:3]] == old[:3]


# --- gc_lists: the loaded lists are frozen out of cycle collections ------------------------------


def test_redactor_construction_freezes_the_lists():
    gc.unfreeze()
    Redactor.from_members(["Ingrid Halvorsen"], name_tagger=False)
    assert gc.get_freeze_count() > 0
    tracked = {id(o) for o in gc.get_objects()}
    assert id(GIVEN) not in tracked and id(SURNAMES) not in tracked


def test_freezing_changes_no_output():
    text = "Ring Ingrid Halvorsen on 0612 345 678 or mail ingrid.h@example.org today."
    redactor = Redactor.from_members(["Ingrid Halvorsen"], name_tagger=False)
    frozen = redactor.redact(text)
    gc.unfreeze()
    assert redactor.redact(text) == frozen
    assert frozen.text == "Ring [NAME] on [PHONE] or mail [EMAIL] today."


def test_young_garbage_is_reclaimed_not_frozen():
    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle: only the cycle collector frees it
    ref = weakref.ref(a)
    del a, b
    Redactor.from_members(["Ingrid Halvorsen"], name_tagger=False)
    assert ref() is None
