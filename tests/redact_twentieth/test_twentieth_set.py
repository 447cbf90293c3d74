"""Checks on the twentieth scoring set itself (never on the redactor)."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import twentieth as T
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.twentieth_core import normalise
from trainer_dev.redaction_sets.twentieth_ids import (
    bsn_ok,
    cpf_ok,
    isbn13_ok,
    pesel_ok,
    rut_dv,
    s10_check,
    verhoeff_ok,
)
from trainer_dev.redaction_sets.twentieth_people import tokens
from trainer_dev.redaction_sets.twentieth_values import IBAN_LOCALES, iban_ok, luhn_ok, phone_valid


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = T.make_twentieth_set()
    return members, posts, time.process_time() - t0


def _digits(s):
    return re.sub(r"\D", "", normalise(s))


def test_constants():
    assert T.SEED == 2020 and len(T.LOCALES) == 12 and len(set(T.LOCALES)) == 12
    assert T.KINDS == [
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
    for added in ("es_CL", "es_PE", "en_KE"):
        assert added in T.LOCALES


def test_sizes_and_kinds(built):
    members, posts, _ = built
    assert len(members) == 96 and len(posts) == 5400
    for loc in T.LOCALES:
        ps = [p for p in posts if p.locale == loc]
        lab = [p for p in ps if not p.pii_free]
        free = [p for p in ps if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert all(1 <= len(p.items) <= 3 for p in lab)
        plain = [p for p in free if not p.lookalikes]
        assert len(plain) == 30 and all(1 <= len(p.lookalikes) <= 3 for p in free if p.lookalikes)
        firsts = Counter(p.items[0][0] for p in lab)
        for k in T.KINDS:
            if k == "IBAN" and loc not in IBAN_LOCALES:
                assert firsts[k] == 0
            else:
                assert firsts[k] >= 37, (loc, k)


def test_plain_free_posts_have_no_digits(built):
    for p in built[1]:
        if p.pii_free and not p.lookalikes:
            assert not re.search(r"\d", normalise(p.text)), p.text


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "7461e77587dae56f"


def test_build_time(built):
    assert built[2] < 15


def test_check_post_and_leaked(built):
    for p in built[1]:
        assert T.check_post(p), p.text
        assert len(p.item_forms) == len(p.items) and len(p.lookalike_kinds) == len(p.lookalikes)
        for _k, frags, v in p.items:
            masked = p.text.replace(v, "[X]")
            assert not T.leaked(masked, frags, p.text.replace(v, " "))
            assert T.leaked(p.text, frags, p.text.replace(v, " "))


def test_roster_and_persons(built):
    members, posts, _ = built
    assert all(len(m.split(" ", 1)) == 2 for m in members)
    for loc_i, loc in enumerate(T.LOCALES):
        roster_tokens = {t.lower() for m in members[loc_i * 8 : (loc_i + 1) * 8] for t in tokens(m)}
        for p in posts:
            if p.locale != loc:
                continue
            for k, frags, _v in p.items:
                toks = {f[2:].lower() for f in frags}
                if k == "PERSON":
                    assert not toks & roster_tokens
                if k == "MEMBER" and not _v.startswith("@"):
                    assert toks, _v


def _check_id(form, v):
    d = _digits(v)
    checks = {
        "aadhaar": lambda: len(d) == 12 and verhoeff_ok(d),
        "cpf": lambda: cpf_ok(d),
        "bsn": lambda: bsn_ok(d),
        "pesel": lambda: pesel_ok(d),
        "personnummer": lambda: len(d) == 10 and luhn_ok(d),
        "rut": lambda: rut_dv(_digits(v.rsplit("-", 1)[0])) == v.rsplit("-", 1)[1],
        "ssn": lambda: len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9",
        "nik": lambda: len(d) == 16,
        "dni": lambda: len(d) == 8,
        "ke_id": lambda: len(d) == 8,
        "cedula": lambda: 8 <= len(d) <= 10,
        "sss": lambda: len(d) == 10,
        "tin": lambda: len(d) == 12,
    }
    if form.startswith("bank_"):
        return len(d) >= 8
    return checks[form]()


def test_values_valid(built):
    seen = Counter()
    for p in built[1]:
        for (k, _f, v), form in zip(p.items, p.item_forms, strict=False):
            seen[k] += 1
            if k == "PHONE":
                assert phone_valid(v, p.locale), v
            elif k == "CARD":
                assert luhn_ok(_digits(v)) and len(_digits(v)) in (15, 16)
            elif k == "IBAN":
                assert p.locale in IBAN_LOCALES and iban_ok(v)
            elif k == "ID":
                assert _check_id(form, v), (form, v)
            elif k == "EMAIL":
                assert "@" in v or "[at]" in v
    assert all(seen[k] >= 37 * 4 for k in T.KINDS)


def test_lookalikes_not_pii(built):
    for p in built[1]:
        for lk, kind in zip(p.lookalikes, p.lookalike_kinds, strict=False):
            d = _digits(lk)
            if len(d) >= 13:
                assert not luhn_ok(d), lk
            if kind == "ISBN":
                assert isbn13_ok(lk)
            if kind == "TRACKING":
                assert s10_check(lk[2:10]) == lk[10]


def test_free_posts_have_no_contacts(built):
    for p in built[1]:
        if p.pii_free:
            assert "@" not in p.text and "http" not in p.text and "www." not in p.text
