"""A firm's register or tax number whose printed form and check say a firm holds it, written
without a label right before it ("The supplier's registration is 2001/123456/07", "La factura
muestra 30-12345678-9 al pie"). It names a firm, not a person, so ``keep_named_codes`` drops the
hits (a phone, an id) lying inside one.

The form decides, for any sentence:

- a South African company registration (CIPC): the year of registration, six digits and the
  entity's type ("/07" private company, "/06" public, "/23" close corporation:
  ``checksums_registers.cipc_ok``); no person holds one;
- an Argentine CUIT of a legal entity: type 30, 33 or 34 (a person's CUIL is 20, 23, 24 or 27),
  written 2-8-1, its mod-11 check digit holding.

Two forms a sole trader holds too are kept only where a company word or a legal form stands in
the sentence (``lookalike_company_words.firm_in_sentence``) and no personal word does:

- a Hungarian adószám, 8-1-2: the base number's check digit (weights 9 7 3 1), the VAT code
  (1-5) and a county code (02-20, 22-44, 51);
- a British VAT number "GB 123 4567 89": the mod-97 check (or its 55-offset form of 2010).

Fail closed: a personal or possessive word or a person's name in the sentence, a personal id's
cue before the value, or the worker it belongs to after it ("of the new employee") keeps it
redacted; ``keep_named_codes`` asks ``keep_veto`` as of any checked register (a card, an IBAN,
an id with its check letter or a "+" phone stays redacted). Read only around the hits a rule
already made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.redact import prefilter
from trainer.redact.checksums_registers import CUIT_ENTITY_TYPES, cipc_ok, cuit_ok
from trainer.redact.hits import Hit
from trainer.redact.ids_cues import ID_CUE
from trainer.redact.lookalike_company_words import (
    WORKER_AFTER,
    firm_in_sentence,
    governed_by_person,
)
from trainer.redact.lookalike_register_slots import REGISTER_ACRONYMS
from trainer.redact.sentence_window import sentence_start, sentence_stop

_FIRM_NUMBER = re.compile(
    r"(?<![\w/.-])(?:"
    r"(?P<cipc>(?P<year>(?:19|20)\d\d)/\d{6}/(?P<suffix>\d\d))"
    r"|(?P<cuit>3[034]-\d{8}-\d)"
    r"|(?P<hu>\d{8}-[1-5]-\d\d)"
    r"|(?P<gbvat>GB[ \t]?\d{3}[ \t]?\d{4}[ \t]?\d{2})"
    r")(?![\w-]|[.,/]\d)"
)
# the forms a sole trader holds too: a company word must stand in the sentence
_NEEDS_FIRM = frozenset({"hu", "gbvat"})
_HU_WEIGHTS = (9, 7, 3, 1, 9, 7, 3)
_HU_COUNTIES = frozenset(f"{n:02d}" for n in (*range(2, 21), *range(22, 45), 51))
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_NEVER_ASKED = frozenset({"NAME", "MEMBER"})
_ACRONYMS = frozenset(REGISTER_ACRONYMS)
_WORD = re.compile(r"[\w-]*")


def _personal_cue(text: str, lo: int, hi: int) -> bool:
    """A personal id's cue in [lo, hi) other than a register's acronym ("CUIL", "DNI"; not
    "CUIT" or "NIF", which name a firm's number too)."""
    return any(
        _WORD.match(text, m.start()).group().upper() not in _ACRONYMS
        for m in ID_CUE.finditer(text, lo, hi)
    )


def hu_tax_number_ok(value: str) -> bool:
    """A Hungarian adószám "12345676-2-41": the base number's check digit, a VAT code and a
    county code."""
    base, vat, county = value.split("-")
    check = -sum(w * int(d) for w, d in zip(_HU_WEIGHTS, base, strict=False)) % 10
    return check == int(base[7]) and vat in "12345" and county in _HU_COUNTIES


def gb_vat_ok(digits: str) -> bool:
    """A British VAT number's nine digits: the weighted sum of the first seven (8 .. 2) and
    the last two is a multiple of 97, or is one with 55 added (numbers issued since 2010)."""
    total = sum((8 - i) * int(d) for i, d in enumerate(digits[:7])) + int(digits[7:])
    return total % 97 == 0 or (total + 55) % 97 == 0


def _form_ok(kind: str, m: re.Match[str]) -> bool:
    value = m.group(kind)
    digits = "".join(ch for ch in value if ch.isdigit())
    if kind == "cipc":
        return cipc_ok(m.group("year"), m.group("suffix"))
    if kind == "cuit":
        return digits[:2] in CUIT_ENTITY_TYPES and cuit_ok(digits)
    if kind == "hu":
        return hu_tax_number_ok(value)
    return gb_vat_ok(digits)


def firm_number_spans(text: str, hits: Sequence[Hit]) -> list[tuple[int, int, int]]:
    """(start, end, start) of each firm's number (see the module's forms) that a rule's hit
    reaches; every one passed its own check."""
    # every form holds nine digits or more joined by "/", "-", blanks or nothing: one
    # ``prefilter.digit_runs`` run (cached; most posts have none that long)
    if prefilter.longest_run_digits(text) < 9:
        return []
    people = [(h[1], h[2]) for h in hits if h[0] in _NEVER_ASKED]
    spans: list[tuple[int, int, int]] = []
    for kind, start, end in hits:
        if kind in _NEVER_ASKED or (spans and start < spans[-1][1]):
            continue
        if not any(ch.isdigit() for ch in text[start:end]):
            continue
        for m in _FIRM_NUMBER.finditer(text, max(0, start - 16), min(len(text), end + 16)):
            if not (m.start() <= start < m.end() or start <= m.start() < end):
                continue
            number = m.lastgroup
            if number is None or not _form_ok(number, m):
                continue
            lo = sentence_start(text, m.start(), ends=_SENTENCE_END, reach=160)
            hi = sentence_stop(text, m.end(), ends=_SENTENCE_END, reach=160)
            if governed_by_person(text, lo, hi, people) or _personal_cue(text, lo, m.start()):
                continue  # "my tax number", a name in the sentence, "asks for the CUIL"
            if WORKER_AFTER.match(text, m.end()):
                continue  # "... of the new employee"
            if number in _NEEDS_FIRM and not firm_in_sentence(text, lo, hi):
                continue  # a sole trader holds these too
            spans.append((m.start(), m.end(), m.start()))
            break
    return spans
