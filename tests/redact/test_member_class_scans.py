"""The member rules' scans over a text's class bytes find exactly what the scans they replace
find: the slot runs of ``member_slot_index``, the camel-case and spelled-out gates of
``member_joined``, and the initials of ``names`` read at ``person_initials``' full stops. Each
is compared with the code it replaces on random strings of the characters those rules look at,
ASCII and not."""

from __future__ import annotations

import random

import pytest

from trainer.redact import member_joined, member_slot_index, names
from trainer.redact.folding import fold
from trainer.redact.name_context import initials

_ASCII = "".join(chr(c) for c in range(32, 128)) + "\n\t"
_PIECES = [
    *"AaSsKkWwZzinovyu '\t\n-.#_",
    "Ana ", "Petrova ", "Miles' ", "Mehmets ", "KOVA ", "Radkin ",
    " Q. ", "Jane ", ". ", " a b", "-a-b", ".a.b", "kwameBoateng", "é", "\u2024", "\u037a",
]


def _texts(seed: int, n: int, max_len: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        pool = _PIECES if i % 2 else _ASCII
        out.append("".join(rng.choice(pool) for _ in range(rng.randint(0, max_len))))
    return out


@pytest.mark.parametrize("seed", [0, 1])
def test_slot_runs_over_class_bytes_are_the_slot_pattern_matches(seed: int) -> None:
    for text in _texts(seed, 3000, 24):
        if not text.isascii():
            continue
        classes = text.encode("ascii").translate(member_slot_index._SLOT_CLASSES)
        got = [m.span() for m in member_slot_index._SLOT_RUN_CLASSES.finditer(classes)]
        assert got == [m.span() for m in member_slot_index._SLOT_RUN.finditer(text)], text


@pytest.mark.parametrize("seed", [0, 1])
def test_joined_gates_open_where_the_substring_and_the_three_gates_do(seed: int) -> None:
    for text in _texts(seed, 3000, 24):
        data = text.encode("utf-8", "surrogatepass")
        cases = data.translate(member_joined._CASES)
        assert (member_joined._CAMEL_GATE.search(cases) is not None) == (b"aA" in cases), text
        shapes = data.translate(member_joined._SHAPES)
        three = any(gate.search(shapes) for gate in member_joined._SHAPE_GATES.values())
        one = member_joined._ANY_SEP_GATE.search(data.translate(member_joined._ANY_SEP_SHAPES))
        assert not three or one is not None, text  # the one gate is closed only where all are


@pytest.mark.parametrize("seed", [0, 1])
def test_initials_at_the_initial_dots_are_the_walk_over_every_full_stop(seed: int) -> None:
    for text in _texts(seed, 3000, 24):
        folded = fold(text)
        assert names._initials(text, folded) == initials(text, folded), text
