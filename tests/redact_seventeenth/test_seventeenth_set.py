"""Checks on the seventeenth scoring set itself (never on the redactor)."""

from __future__ import annotations

import re
import time
from collections import Counter

import phonenumbers
import pytest

from trainer_dev.redaction_sets import seventeenth_numbers as num
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.seventeenth import (
    KINDS,
    LOCALES,
    SEED,
    check_post,
    leaked,
    make_seventeenth_set,
)
from trainer_dev.redaction_sets.seventeenth_core import aba_ok, iban_ok, isbn13_ok, luhn_ok
from trainer_dev.redaction_sets.seventeenth_people import fold, tokens

IBAN_LEN = {
    "GB": 22,
    "DE": 22,
    "FR": 27,
    "NL": 18,
    "CZ": 24,
    "SK": 24,
    "DK": 18,
    "RO": 24,
    "CH": 21,
    "HU": 28,
    "HR": 21,
}


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = make_seventeenth_set()
    return members, posts, time.process_time() - t0


def test_constants():
    assert SEED == 1717
    assert len(LOCALES) == 12 == len(set(LOCALES))
    assert KINDS == [
        "EMAIL",
        "PHONE",
        "URL",
        "IP",
        "CARD",
        "IBAN",
        "ID",
        "PERSON",
        "MEMBER",
        "ADDRESS",
    ]


def test_build_time(built):
    assert built[2] < 15


def test_sizes(built):
    members, posts, _ = built
    assert len(members) == 96 and len(set(members)) == 96
    assert all(len(m.split(" ", 1)) == 2 for m in members)
    assert len(posts) == 5400
    for loc in LOCALES:
        mine = [p for p in posts if p.locale == loc]
        lab = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert all(1 <= len(p.items) <= 3 for p in lab)
        plain = [p for p in free if not p.lookalikes]
        looks = [p for p in free if p.lookalikes]
        assert len(plain) == 30 and len(looks) == 45
        assert all(not any(c.isdigit() for c in p.text) for p in plain)
        assert all(1 <= len(p.lookalikes) <= 3 for p in looks)
        first = Counter(p.items[0][0] for p in lab)
        for k in KINDS:
            if k == "IBAN" and loc == "en_US":
                assert first[k] == 0
                continue
            assert first[k] >= 37, (loc, k)


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "8fc9b48b9cfe6bf8"


def test_check_post_and_shapes(built):
    _, posts, _ = built
    for p in posts:
        assert check_post(p), p.text
        assert len(p.item_forms) == len(p.items)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        for kind, frags, _v in p.items:
            assert kind in KINDS
            assert all(f[:2] in ("t:", "s:", "p:", "d:") for f in frags)


def test_person_not_member(built):
    members, posts, _ = built
    banned = {t.lower() for m in members for t in tokens(m)} | {
        fold(t).lower() for m in members for t in tokens(m)
    }
    for p in posts:
        for kind, frags, _v in p.items:
            if kind == "PERSON":
                assert not {f[2:].lower() for f in frags} & banned


def test_member_mentions_are_roster(built):
    members, posts, _ = built
    toks = {t.lower() for m in members for t in tokens(m)} | {
        fold(t).lower() for m in members for t in tokens(m)
    }
    for p in posts:
        for kind, frags, v in p.items:
            if kind == "MEMBER" and not v.startswith("@"):
                assert all(f[2:].lower() in toks for f in frags), v


def _digits(s):
    return "".join(c for c in s if c.isdigit())


def test_check_digits(built):
    _, posts, _ = built
    seen = Counter()
    for p in posts:
        for kind, _f, v in p.items:
            form = p.item_forms[p.items.index((kind, _f, v))]
            if kind == "CARD":
                assert luhn_ok(_digits(v))
            elif kind == "IBAN":
                compact = v.replace(" ", "")
                assert iban_ok(compact) and len(compact) == IBAN_LEN[compact[:2]]
                assert compact[:2] == num.IBAN_CC[p.locale]
            elif kind == "ID":
                head = form.split("_")[0]
                if form == "aba_routing_account":
                    assert p.locale == "en_US" and aba_ok(re.search(r"routing (\d{9})", v).group(1))
                elif head == "ssn":
                    assert re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v) and not v.startswith(
                        ("000", "666", "9")
                    )
                elif head == "nino":
                    assert re.fullmatch(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]", v)
                else:
                    assert num.ID_CHECKS[head](v), (form, v)
                seen[head] += 1
    assert len(seen) >= 11


def test_phones_valid(built):
    _, posts, _ = built
    n = 0
    for p in posts:
        region = num.PHONE[p.locale][0]
        for kind, _f, v in p.items:
            if kind == "PHONE":
                parsed = phonenumbers.parse(v, region)
                assert phonenumbers.is_valid_number(parsed), v
                assert phonenumbers.region_code_for_number(parsed) == region
                n += 1
    assert n > 400


def test_lookalikes_not_pii(built):
    _, posts, _ = built
    kinds = Counter()
    for p in posts:
        for lk, k in zip(p.lookalikes, p.lookalike_kinds, strict=False):
            kinds[k] += 1
            if k == "ISBN":
                assert isbn13_ok(lk)
            for run in re.findall(r"\d[\d ]{11,}\d", lk):
                d = _digits(run)
                if 13 <= len(d) <= 19:
                    assert not luhn_ok(d), lk
            assert "@" not in lk
    assert len(kinds) >= 12


def test_leaked_semantics(built):
    _, posts, _ = built
    for p in posts[:400]:
        for kind, frags, v in p.items:
            background = p.text.replace(v, " ")
            assert leaked(p.text, frags, background)
            assert not leaked(p.text.replace(v, f"[{kind}]"), frags, background)
    assert leaked("call 0612 345", ["d:1234"], "") is True
    assert leaked("Rosemary", ["t:Rose"], "") is False
    assert leaked("near 1015\u00a0CX", ["p:1015 CX"], "") is True
