"""Review 20 F12, F13 and a long line's attendance test: member rules whose work grew with the
square of a post's length. The work is counted, not timed (a loaded machine times nothing
reliably): characters read by ``_handle_tokens``, spans read by ``name_beside``, head copies
made by ``attendance_item``. Each is also checked against the code it replaced on random text.
Names are made up."""

from __future__ import annotations

import random
import re
import time

import pytest

from trainer.redact import Redactor, member_lines, member_second_pass, prefilter
from trainer.redact.crypto_wallets import find_crypto_wallets
from trainer.redact.member_context import Beside, name_beside

ROSTER = ["Maren Oyelaran", "Kwame Boateng", "Ana Pérez"]


class _Reads(str):
    """A str that counts the characters read from it by index (the walks back)."""

    reads = 0

    def __getitem__(self, key):
        _Reads.reads += 1
        return str.__getitem__(self, key)


class _CountingWord:
    """``_WORD`` counting the characters its matches read."""

    def __init__(self) -> None:
        self.read = 0

    def match(self, text: str, pos: int):
        m = re.compile(r"\w+").match(text, pos)
        self.read += m.end() - pos if m else 1
        return m


def _handle_tokens_before(text: str) -> list[tuple[int, int]]:
    """``_handle_tokens`` as it was before the fix (one walk back per contact)."""
    tokens: dict[int, re.Match] = {}
    glued = [s for s, _ in prefilter.letter_digit_contacts(text)]
    glued += [i for i, c in enumerate(text) if c == "_"]
    for s in glued:
        start = s
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        if start in tokens or (start and text[start - 1] in "@/."):
            continue
        word = re.compile(r"\w+").match(text, start)
        if word and 4 <= len(word.group()) <= 40 and re.search(r"[^\W\d_]{3}", word.group()):
            tokens[start] = word
    return sorted(m.span() for m in tokens.values())


@pytest.mark.parametrize(
    "unit", ["_", "a1", "x_", "maren_oyelaran_1990_", "Ab1 ", "@ab_1 ", "kwame_b "]
)
def test_handle_tokens_reads_each_character_a_bounded_number_of_times(unit, monkeypatch) -> None:
    counter = _CountingWord()
    monkeypatch.setattr(member_second_pass, "_WORD", counter)
    work = []
    for n in (20_000, 40_000):
        text = _Reads((unit * n)[:n])
        _Reads.reads, counter.read = 0, 0
        member_second_pass._handle_tokens(text)
        work.append(_Reads.reads + counter.read)
        assert work[-1] <= 3 * n, (unit, n, work[-1])  # before: n * n / 2 for "_" * n
    assert work[1] <= 2.2 * max(work[0], 1), (unit, work)


def test_handle_tokens_finds_what_it_found_before() -> None:
    rng = random.Random(20)
    for _ in range(400):
        text = "".join(
            rng.choice(["a", "Ma", "ren", "1", "_", " ", "@", ".", "/", "é"])
            for _ in range(rng.randint(1, 60))
        )
        got = sorted(m.span() for m in member_second_pass._handle_tokens(text))
        assert got == _handle_tokens_before(text), text


def test_handle_tokens_on_glued_handles() -> None:
    text = "ping maren_oyelaran_1990 or kwameboateng77, not @kwame_b1 or x_y"
    assert [m.group() for m in member_second_pass._handle_tokens(text)] == [
        "maren_oyelaran_1990",
        "kwameboateng77",
    ]


class _CountingSpans(list):
    """A span list that counts the spans read from it."""

    read = 0

    def __iter__(self):
        for span in list.__iter__(self):
            _CountingSpans.read += 1
            yield span


def test_name_beside_reads_the_spans_once_per_post() -> None:
    n = 5_000
    text = "maren " * n
    spans = _CountingSpans((6 * i, 6 * i + 5) for i in range(n))
    _CountingSpans.read = 0
    beside = Beside(spans, [])
    answers = [name_beside(text, s, e, beside, lambda key: key == "maren") for s, e in spans]
    assert all(answers)
    assert _CountingSpans.read == 2 * n  # the index once, the loop once: no scan per span


def _name_beside_before(text, start, end, spans, covered, names) -> bool:
    after, before = end + 1, start - 1
    if after >= len(text) or text[end] not in " \u00a0":
        after = -1
    if before < 1 or text[before] not in " \u00a0":
        before = -1
    return any((e == before or s == after) and names(text[s:e].lower()) for s, e in spans) or any(
        e == before or s == after for _, s, e in covered
    )


def test_name_beside_answers_as_before() -> None:
    rng = random.Random(13)
    for _ in range(300):
        text = "".join(rng.choice(["maren", "ana", "x", " ", "\u00a0", ","]) for _ in range(12))
        words = [m.span() for m in re.finditer(r"[^\s,]+", text)]
        spans = [w for w in words if rng.random() < 0.6]
        covered = [("NAME", s, e) for s, e in words if rng.random() < 0.2]
        beside = Beside(spans, covered)

        def names(key: str) -> bool:
            return key in ("maren", "ana")

        for s, e in words:
            want = _name_beside_before(text, s, e, spans, covered, names)
            assert name_beside(text, s, e, beside, names) == want, (text, s, e)


def _attendance_before(text: str, start: int, end: int) -> bool:
    first = text.rfind("\n", 0, start) + 1
    head = text[first:start]
    if "." in head.replace("Dr.", "").replace("Mr.", "") and ":" not in head:
        return False
    return (
        member_lines.ATTENDANCE.match(text, first) is not None
        and member_lines.ITEM_END.match(text, end) is not None
    )


def test_attendance_item_answers_as_before() -> None:
    rng = random.Random(7)
    parts = ["Attendees", "Present", " – ", ": ", "Dr.", "Mr.", "M", "r", ".", "X", ", ", "\n"]
    for _ in range(600):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 14)))
        for m in re.finditer("X", text):
            want = _attendance_before(text, m.start(), m.end())
            assert member_lines.attendance_item(text, m.start(), m.end()) == want, text


def test_attendance_item_reads_a_long_line_once(monkeypatch) -> None:
    """A dash-labelled list with no colon: before, one copy of the line's head per name."""
    text = "Attendees – " + "Maren, " * 20_000
    member_lines._head_marks.cache_clear()
    for i in range(len("Attendees – "), len(text), 7):
        assert member_lines.attendance_item(text, i, i + 5)
    info = member_lines._head_marks.cache_info()
    assert (info.misses, info.hits) == (1, 19_999)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


@pytest.mark.parametrize(
    "text, want",
    [
        ("_" * 30 + " Maren", "_" * 30 + " [NAME]"),
        ("ping maren_oyelaran_1990 today", "ping [NAME]_1990 today"),
        ("Maren Kwame Oyelaran", "[NAME]"),
        ("Attendees – Maren, Kwame", "Attendees – [NAME]"),
    ],
)
def test_the_rules_still_redact(redactor: Redactor, text: str, want: str) -> None:
    assert redactor.redact(text).text == want


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["_", "a1x_", "Maren ", "Maren, "])
def test_a_200k_post_of_pathological_runs_finishes(redactor: Redactor, unit: str) -> None:
    """Before: '_' * 12,000 took 39 s, 'a1' * 12,500 85 s, 'Maren ' * 4,000 7.5 s."""
    text = (unit * 200_000)[:200_000]
    out = redactor.redact(text).text
    assert "Maren" not in out


def _cpu(fn, arg) -> float:
    start = time.process_time()
    fn(arg)
    return time.process_time() - start


def test_a_long_run_of_newlines_costs_the_tagger_linear_time():
    # name_tagger_features._piece read a trailing white-space run again at each of its
    # characters: 40k newlines took 4x the time of 20k
    redactor = Redactor.from_members(["Maren Oyelaran"])
    redactor.redact("warm up Maren")
    small = _cpu(redactor.redact, "hi " + "\n" * 10_000)
    large = _cpu(redactor.redact, "hi " + "\n" * 40_000)
    assert large < 8 * small + 0.2  # quadratic would be 16x


def test_a_long_base58_run_costs_the_wallet_scan_linear_time():
    small = _cpu(find_crypto_wallets, "a1" * 10_000)
    large = _cpu(find_crypto_wallets, "a1" * 40_000)
    assert large < 8 * small + 0.2
    assert find_crypto_wallets("pay 1BoatSLRHtKNngkdXEeobR76b53LETtpyT now")  # still found
