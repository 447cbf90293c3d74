"""Speed changes with the output unchanged (engine 1.32.0's session S): each new gate or
shortcut against the code path it replaces, on random made-up texts."""

from __future__ import annotations

import inspect
import random
import textwrap

from trainer.redact import people, phones, record_handles

# Characters near each shortcut's edge: the marks and their look-alikes, "x" in both cases,
# "#", separators, ASCII and other digits, letters that fold or case oddly.
_ALPHABET = (
    "abcxyzXEe #,:=-()'\"“”‘’„«»‹›[]{}<>.;/\t\n0123456789٣߂١x"
    "ſKıİéßÅ"  # long s, Kelvin, dotless/dotted i, accented, sharp s, Angstrom
)
_WORDS = ["user", "login", "handle", "nick", "screen", "gamer", "uname", "account", "User",
          "LOGIN", "Acc", "ext", "extn", "extension", "x", "EXT", "#", "Tel", "+44", "0770",
          "900", "123", "name", "Seun", "Oluwaseun", "the", "n", "İ"]  # fmt: skip


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 12)):
            if rng.random() < 0.5:
                parts.append(rng.choice(_WORDS))
            else:
                parts.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 4))))
        texts.append(rng.choice(["", " ", "", ":", " = "]).join(parts))
    return texts


def test_nickname_gate_is_the_mark_search() -> None:
    """``people._may_hold_nickname`` answers as ``_NICKNAME_MARKS.search`` did."""
    found = 0
    for text in _texts(20000, seed=531):
        old = people._NICKNAME_MARKS.search(text) is not None
        assert people._may_hold_nickname(text) is old, text
        found += old
    assert 2000 < found < 19000  # both answers were exercised
    for mark in "(\"'“‘„«":
        assert people._may_hold_nickname(f"Ada {mark}Di")
    for other in "”’»‹›[{<":
        assert not people._may_hold_nickname(f"Ada {other}Di")


def _without_gate(source: str, gate: str) -> str:
    """``source`` less the lines of ``gate`` (the old code path, to run as the reference)."""
    assert gate in source
    return textwrap.dedent(source.replace(gate, ""))


def test_handle_values_colon_gate_changes_no_hit() -> None:
    """``record_handles.handle_values`` with and without its new first gate (no ":" and no
    "=" in the text): the same hits on every text."""
    gate = (
        '    if ":" not in text and "=" not in text and len(lowered) == len(text):\n'
        "        return []  # no key can end at its \":\" or \"=\" below (``_KEY_THEN_SEP``): "
        "no cue search\n"
    )
    namespace = dict(vars(record_handles))
    exec(_without_gate(inspect.getsource(record_handles.handle_values), gate), namespace)
    old = namespace["handle_values"]
    assert old is not record_handles.handle_values
    hits = 0
    for text in _texts(20000, seed=532):
        new_hits = record_handles.handle_values(text)
        assert new_hits == old(text), text
        hits += bool(new_hits)
    assert hits > 50  # the rule fired, so its gate was exercised on both sides


def test_handle_values_examples() -> None:
    assert record_handles.handle_values("Login: quinnbeck42\nPassword: x") == [("MENTION", 7, 18)]
    assert record_handles.handle_values("user=quinnbeck42") == [("MENTION", 5, 16)]
    assert record_handles.handle_values("talk to users and their accounts early") == []


def _old_core_digits(raw: str) -> tuple[str, str]:
    core = phones._EXTENSION.split(raw, maxsplit=1)[0]
    return core, phones._NON_DIGIT.sub("", core)


def test_core_digits_is_the_split_and_the_digit_sub() -> None:
    """``phones.core_digits`` gives the extension split's head and its ``\\D``-deleted digits
    as the two regexes did, on ASCII and other text (digits of other scripts too)."""
    rng = random.Random(533)
    pieces = [*_WORDS, " ", ",", " , ", "-", ".", "(", ")", "/", "٣", "߂", "é"]
    for _ in range(50000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert phones.core_digits(raw) == _old_core_digits(raw), raw
    for text in _texts(20000, seed=534):
        assert phones.core_digits(text) == _old_core_digits(text), text
    assert phones.core_digits("+44 7700 900123 ext. 45") == ("+44 7700 900123", "447700900123")
    assert phones.core_digits("0770 ٣٣ 12") == ("0770 ٣٣ 12", "0770٣٣12")
