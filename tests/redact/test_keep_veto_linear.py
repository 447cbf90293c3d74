"""The keep veto reads a value at most ``_REACH`` characters far, and an e-mail's local part from
the text's "@" signs, so asking it at every number of a long separated run costs the run's
length, not its square. Its answers are those of the unbounded reading (kept here as the
reference: the value matched as far as digits and separators run, every group boundary cut)."""

from __future__ import annotations

import random
import re

from trainer.redact import keep_veto
from trainer.redact.keep_veto import personal_value_at

from .test_t8_speed_long_lines import _best, _linear


def _reference(text: str, start: int, *, checked: bool = False) -> bool:
    """``personal_value_at`` as it read before (engine 1.28.0): unbounded."""
    kv = keep_veto
    if text[start : start + 1].isalpha():
        m = kv._IBAN.match(text, start) or kv._EMAIL.match(text, start)
        return m is not None and kv.personal_value(m.group(), checked=checked)
    if start > 0 and text[start - 1] in "+(":
        start -= 1
    if kv._EMAIL.match(text, start) is not None:
        return True
    m = kv._VALUE.match(text, start)
    if m is None:
        return False
    run = m.group()
    if tail := kv._GLUED_TAIL.match(text, m.end()):
        run += tail.group()
    seps = [c.start() for c in kv._SEPARATOR.finditer(run)]
    cuts = [cut for cut in seps if run[cut - 1 : cut].isalnum()]
    return kv.personal_value(run, checked=checked) or any(
        kv.card_number(kv._SEPARATOR.sub("", run[:cut]).lstrip("+")) for cut in cuts
    )


_PIECES = [
    "4539 8712 0634 7524", "+44 7911 123456", "(415) 829-3746", "12-34 56.78/", "a@b.co",
    "x.y@mail.com", "123456782", "DE89 3704 0044 0532 0130 00", "1234567T", "850714-2316",
    "-FONDECYT", "1-a", " ", "-----", "2690549588157 12", "+1 202 555 0123", "0612345678",
]
_CHARS = "0123456789" * 4 + " -./()+\t@_aZxé"


def _random_text(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "".join(rng.choice(_CHARS) for _ in range(rng.randint(1, 200)))
    return "".join(
        rng.choice(_PIECES) if rng.random() < 0.6 else rng.choice(_CHARS)
        for _ in range(rng.randint(1, 40))
    )


def _long_run(rng: random.Random) -> str:
    """A separated run of up to 80 groups, maybe opened by a card, maybe a glued word after."""
    lead = rng.choice(["", "+", "(", "x "])
    card = rng.choice(["", "4539 8712 0634 7524 ", "5555 5555 5555 4444-", "1234567 "])
    groups = "".join(
        str(rng.randint(0, 99999)) + rng.choice([" ", "-", ".", "/", ") ", " (", "\t"])
        for _ in range(rng.randint(1, 80))
    ).rstrip(" -./(\t")
    tail = rng.choice(["", "T", "-a" + "-" * rng.randint(0, 200), "-x1" * rng.randint(0, 60)])
    return lead + card + groups + tail + rng.choice(["", " x", "@a.bc"])


def test_answers_equal_the_unbounded_reading():
    rng = random.Random(48)
    for n in range(700):
        text = _random_text(rng) if n % 2 else _long_run(rng)
        starts = range(len(text)) if len(text) <= 120 else rng.sample(range(len(text)), 30)
        for start in starts:
            for checked in (False, True):
                got = personal_value_at(text, start, checked=checked)
                assert got == _reference(text, start, checked=checked), (text, start, checked)


def test_a_card_before_a_long_run_is_still_found():
    run = "4539 8712 0634 7524 " + " ".join(["12"] * 200)
    assert personal_value_at(run, 0)
    assert not personal_value_at(run, 20)
    assert personal_value_at("12-34" * 60 + "@mail.com", 5)  # an e-mail's local part
    assert not personal_value_at("12-34" * 60 + "@mail", 5)


def test_email_local_part_equals_the_regex_on_every_character():
    # ``_emails`` reads the local part with str.isalnum() or "_.+-": Python's \w is
    # str.isalnum() or "_"
    local = re.compile(r"[\w.+\-]")
    for cp in range(0x110000):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        assert (local.fullmatch(ch) is not None) == (ch.isalnum() or ch in "_.+-"), hex(cp)


def _every_number(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<!\d)\d", text)]


def test_asked_at_every_number_of_a_long_separated_run_is_linear():
    def run(size: int):
        text = ("12-34 56.78/" * (size // 12 + 1))[:size]
        starts = _every_number(text)
        return lambda: [personal_value_at(text, s) for s in starts]

    assert _best(run(3_000), runs=1) < 1.0
    _linear(run(3_000), run(30_000))


def test_asked_at_every_number_of_a_long_hyphenated_run_is_linear():
    def run(size: int):
        text = ("1-2-3-4-5-" * (size // 10 + 1))[:size] + " ok"
        starts = _every_number(text)
        return lambda: [personal_value_at(text, s) for s in starts]

    _linear(run(3_000), run(30_000))
