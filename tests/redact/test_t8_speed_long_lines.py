"""Long lines and long texts cost time in proportion to their length (t8 speed).

A check that looks back to its line's start (or its block's) once per name scanned the whole
line each time: a line of 100k characters of names cost the square of its names. The scaling
tests time one input and one ten times longer: a linear path costs about 10x, a quadratic one
100x; the bound (30x, over the best of a few runs, above a floor for tiny readings) fails the
latter without being a flaky absolute time. Outputs on ordinary lines stay exactly as before.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest

from trainer.redact import Redactor
from trainer.redact.companies import slot_value_start
from trainer.redact.member_lines import (
    attendance_item,
    chat_head_before,
    listed_item,
    opens_a_line_as_a_name,
    programme_slot,
)
from trainer.redact.prefilter import blank_line_before, line_first

ROSTER = ["Henry Ford", "Clara Dell", "Tomasz Wierzbicki"]


def _best(fn: Callable[[], object], runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def _linear(small: Callable[[], object], big: Callable[[], object], floor: float = 0.005) -> None:
    """``big`` does ten times ``small``'s work: it may cost at most 30 times as much."""
    t_small = max(_best(small), floor)
    t_big = _best(big, runs=1)
    assert t_big <= 30 * t_small, f"10x input cost {t_big / t_small:.1f}x ({t_big:.3f}s)"


@pytest.fixture(scope="module")
def ford() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Present: Ford, Dell and Anna", "Present: [NAME], [NAME] and Anna"),
        ("Attendees: Ford; Dell", "Attendees: [NAME]; [NAME]"),
        ("Speakers: Dr. Ford, Wierzbicki", "Speakers: Dr. [NAME], [NAME]"),
        ("Notes\nAbsent: Ford\nFord shares rose", "Notes\nAbsent: [NAME]\nFord shares rose"),
        # look-alikes: a full stop before the label, no label, a chat head, a programme line
        ("We met at Ford. Present: Dell", "We met at Ford. Present: Dell"),
        ("Ford sells cars. Dell too.", "Ford sells cars. Dell too."),
        ("[09:14] kite: Dell\nok", "[09:14] kite: Dell\nok"),
        ("10:15 | Keynote / Ford (Lab)", "10:15 | Keynote / Ford (Lab)"),
    ],
)
def test_attendance_lines_redact_as_before(ford, assert_exact, text, expected):
    assert_exact(ford, text, expected)


def test_line_checks_answer_as_before():
    text = "Minutes\nPresent: Ford, Dell\nFord: fine\n- Ford\n- Dell (chair)"
    ford, dell, last = text.index("Ford"), text.index("Dell"), text.index("Ford:")
    assert attendance_item(text, ford, ford + 4)
    assert attendance_item(text, dell, dell + 4)
    assert not attendance_item(text, last, last + 4)
    assert opens_a_line_as_a_name(text, last, last + 4)
    assert not opens_a_line_as_a_name(text, dell, dell + 4)
    assert chat_head_before("[10:02] otter: Ford", 15)
    assert not chat_head_before("we asked Ford", 9)
    assert programme_slot("9:30 – talk by Ford", 15, 19)
    bullet = text.rindex("Ford")
    assert listed_item(text, bullet, bullet + 4, [("NAME", text.rindex("Dell"), len(text) - 7)])


def test_line_first_and_blank_line_before_equal_rfind():
    rng = random.Random(8)
    pieces = ["\n", "\n\n", "\n\n\n", "a b", ": ", "[x] "]
    for _ in range(400):
        text = "".join(
            rng.choice(pieces) if rng.random() < 0.4 else "x" * rng.randint(0, 400)
            for _ in range(rng.randint(0, 25))
        )
        for pos in range(0, len(text) + 1, max(1, len(text) // 40)):
            assert line_first(text, pos) == text.rfind("\n", 0, pos) + 1
            assert blank_line_before(text, pos) == text.rfind("\n\n", 0, pos)


def _names_line(size: int) -> tuple[str, list[int]]:
    line = "Attendees: " + ", ".join(["Clara"] * (size // 7))
    return line, [i for i in range(11, len(line), 7)]


def test_attendance_item_on_a_100k_line_is_linear():
    small, small_starts = _names_line(100_000)
    big, big_starts = _names_line(1_000_000)

    def run(line, starts):
        return lambda: [attendance_item(line, s, s + 5) for s in starts]

    assert all(run(small, small_starts)())
    assert _best(run(small, small_starts), runs=1) < 1.0  # was a scan of the line per name
    _linear(run(small, small_starts), run(big, big_starts))


def test_company_column_check_on_many_lines_is_linear():
    def lines(size):
        text = "Clara\n" * (size // 6)
        starts = range(0, len(text), 6)
        return lambda: [slot_value_start(text, s) for s in starts]

    _linear(lines(20_000), lines(200_000))


def _rep(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


ADVERSARIAL = {
    "digits with separators": "12-34 56.78/",
    "spaced digits": "1 2 3 4 5 6 7 ",
    "one huge word": "qwertzuiop",
    "alternating capitals": "Xy ",
    "at signs": "@",
    "www": "www.",
    "newlines": "\n",
    "dashes": "-",
    "street words": "Lake Street ",
    "numbered streets": "14 Elm Road ",
    "lines of names": "Clara\n",
    "attendee list": "Attendees: Ford, Dell, Wierzbicki, ",
    "honorifics": "Dr. ",
    "colons": "q: ",
}


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_long_input_is_linear(ford, unit):
    small, big = _rep(unit, 3_000), _rep(unit, 30_000)
    _linear(lambda: ford.redact_batch([small]), lambda: ford.redact_batch([big]))
