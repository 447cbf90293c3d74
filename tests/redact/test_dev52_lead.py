"""The lead's gates on two of this session's new id rules (engine 1.32.0): each tried only where
a match can start, against the whole-text scan it replaced (the old code, inline here, is the
reference), on random made-up texts dense in the rules' shapes."""

from __future__ import annotations

import random

from trainer.redact import prefilter
from trainer.redact.checksums_registers import CUIT_ENTITY_TYPES, cuit_ok
from trainer.redact.ids_nhi import nhi_ok
from trainer.redact.ids_reference_checked import _REFERENCE, find_checked_after_reference
from trainer.redact.ids_us_anumber import _GROUPED, find_a_numbers

_PIECES = (
    "Reference", "reference", "REFERENCE", "Ref", "ref.", "REF", "Réf", "référence", "Referência",
    "riferimento", "RIFERIMENTO", "Riferimento", "referenz", "Referentie", "referencia", "xref",
    "_ref", "pref", ":", "#", " ", "  ", "\t", "\n", ". ", ",", "-", "/", "A", "a", "A-", "Ab",
    "ZQX", "WAZ", "20", "27", "30", "123", "456", "789", "4567", "12345678", "0", "9",
    "20-12345678-6", "20123456786", "A-123-456-789", "A123 456 789", "bA123 456 789", "é",
)


_LABELS = ("Reference", "REF", "ref", "Réf", "référence", "riferimento", "RIFERIMENTO",
           "Referenz", "referentie", "Referência", "xref", "_ref", "preference")
_VALUES = ("WAZ4911", "ZQX1234", "abc1234", "20-12345678-6", "20123456786", "27-28033514-8",
           "30-12345678-1", "A-123-456-789", "A123 456 789", "123456789")


def _texts(seed: int, n: int) -> list[str]:
    """Random pieces, and a label, a dot, blanks, a colon or "#" and a value at random places."""
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = [rng.choice(_PIECES) for _ in range(rng.randint(0, 8))]
        for _ in range(rng.randint(0, 3)):
            cue = rng.choice(_LABELS) + rng.choice(("", ".")) + rng.choice(("", " ", "\t"))
            value = rng.choice(_VALUES) + rng.choice(("", " ", ".", "-", "x", ".5"))
            parts.insert(rng.randint(0, len(parts)), cue + rng.choice(":#") + " " + value)
        texts.append("".join(parts))
    return texts


def _old_reference(text: str) -> list:
    hits = []
    for m in _REFERENCE.finditer(text):  # the old scan (its old "ef" gate dropped: it missed
        value = m.group("value")  # "RIFERIMENTO:", which the keyword gate finds)
        if value[0].isalpha():
            ok = nhi_ok(value)
        else:
            digits = value.replace("-", "")
            ok = cuit_ok(digits) and digits[:2] not in CUIT_ENTITY_TYPES
        if ok:
            hits.append(("NATIONAL_ID", *m.span("value")))
    return hits


def test_reference_gate_finds_what_the_scan_finds():
    texts = _texts(52, 6000)
    matched = 0
    for text in texts:
        assert find_checked_after_reference(text) == _old_reference(text), text
        matched += any(True for _ in _REFERENCE.finditer(text))
    assert matched > 300  # the texts exercise the pattern


def test_reference_gate_reads_italian_in_capitals():
    # the old gate ("ef" or "EF" in the text) skipped this post whole: fail open, mended
    assert cuit_ok("20123456786")
    assert find_checked_after_reference("RIFERIMENTO: 20-12345678-6") == [("NATIONAL_ID", 13, 26)]


def test_a_number_gate_finds_what_the_scan_finds():
    texts = _texts(53, 6000)
    never = lambda text, pos: False  # noqa: E731
    matched = 0
    for text in texts:
        old = sorted({m.span() for m in _GROUPED.finditer(text)} if "A" in text else set())
        new = [(a, b) for _, a, b in find_a_numbers(text, gives_way=never)]
        cued = "-Number" in text or "-number" in text or "lien" in text or "USCIS" in text
        assert cued or new == old, text
        matched += bool(old)
    assert matched > 300 and prefilter.digit_runs("A-123-456-789") == ((2, 13),)


def test_firm_number_gate_keeps_every_span(monkeypatch):
    # the gate (a digit run of nine or more) against the rule with the gate forced open
    from trainer.redact import lookalike_firm_numbers as firms

    rng = random.Random(54)
    forms = ("2001/123456/07", "30-71234567-1", "12345676-2-41", "GB 123 4567 82", "GB123456782",
             "27-12345678-0", "1999/987654/23", "12-34", "GB 12 34")
    words = ("The supplier Ltd", "registration is", "my", "Pty", "S.A.", "invoice", ".", "\n", " ")
    texts = []
    for _ in range(3000):
        parts = [rng.choice(words) for _ in range(rng.randint(0, 6))]
        for _ in range(rng.randint(0, 2)):
            parts.insert(rng.randint(0, len(parts)), " " + rng.choice(forms) + " ")
        texts.append(" ".join(parts))
    gated = []
    for text in texts:
        hits = [("PHONE", m.start(), m.end()) for m in firms._FIRM_NUMBER.finditer(text)]
        gated.append(firms.firm_number_spans(text, hits))
    monkeypatch.setattr(firms.prefilter, "longest_run_digits", lambda text: 99)
    opened = [
        firms.firm_number_spans(text, [("PHONE", m.start(), m.end())
                                       for m in firms._FIRM_NUMBER.finditer(text)])
        for text in texts
    ]
    assert gated == opened and sum(map(bool, opened)) > 300
