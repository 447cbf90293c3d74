"""Checks on the nineteenth scoring set itself (never on a redactor)."""

from __future__ import annotations

import collections
import re
import time

import phonenumbers
import pytest

from trainer_dev.redaction_sets import nineteenth as n19
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.nineteenth_checks import (
    DNI_LETTERS,
    aba_ok,
    cf_check,
    ean13_check,
    emso_check,
    iban_ok,
    isbn13_ok,
    luhn_ok,
    mod11_10,
    nino_ok,
    steuer_id_ok,
    taj_check,
)
from trainer_dev.redaction_sets.nineteenth_locales import PHONE_REGION
from trainer_dev.redaction_sets.nineteenth_values import fold, name_tokens


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = n19.make_nineteenth_set()
    return members, posts, time.process_time() - t0


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def test_build_time(built):
    assert built[2] < 15


def test_contract_constants():
    assert n19.SEED == 1919
    assert len(n19.LOCALES) == 12 and len(set(n19.LOCALES)) == 12
    assert n19.KINDS == [
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


def test_sizes(built):
    members, posts, _ = built
    assert len(members) == 96 and len(posts) == 5400
    for loc in n19.LOCALES:
        lp = [p for p in posts if p.locale == loc]
        lab = [p for p in lp if not p.pii_free]
        free = [p for p in lp if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert all(1 <= len(p.items) <= 3 for p in lab)
        plain = [p for p in free if not p.lookalikes]
        assert len(plain) == 30
        assert all(not re.search(r"\d", p.text) for p in plain)
        assert sum(1 for p in free if 1 <= len(p.lookalikes) <= 3) == 45
        first = collections.Counter(p.items[0][0] for p in lab)
        for k in n19.KINDS:
            if k == "IBAN" and loc == "en_US":
                continue
            assert first[k] >= 37, (loc, k)
        if loc == "en_US":
            assert not any(k == "IBAN" for p in lp for k, _, _ in p.items)


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "d0beee3c8880c0e0"


def test_check_post_and_shapes(built):
    _, posts, _ = built
    for p in posts:
        assert n19.check_post(p), p.text
        assert len(p.item_forms) == len(p.items)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        for kind, frags, value in p.items:
            assert kind in n19.KINDS and value in p.text
            assert all(f[:2] in ("t:", "s:", "p:", "d:") for f in frags)


def test_leaked_behaviour(built):
    _, posts, _ = built
    for p in posts[:400]:
        red = n19.mask(p)
        for _kind, frags, value in p.items:
            bg = p.text.replace(value, " ")
            assert n19.leaked(p.text, frags, bg)
            assert not n19.leaked(red, frags, bg)
    assert n19.leaked("call ０１５１\u00a01234", ["d:1511"], "")


def test_roster_and_persons(built):
    members, posts, _ = built
    roster_tokens = set()
    for m in members:
        assert len(m.split(" ", 1)) == 2
        roster_tokens.update(fold(t).lower() for t in name_tokens(m))
    assert len(roster_tokens) == sum(len(name_tokens(m)) for m in members)
    for p in posts:
        for kind, frags, _ in p.items:
            if kind == "PERSON":
                assert not any(fold(f[2:]).lower() in roster_tokens for f in frags)
            if kind == "MEMBER":
                assert any(
                    fold(f[2:]).lower() in roster_tokens
                    or any(
                        fold(f[2:]).lower() == "".join(c for c in fold(m).lower() if c.isalnum())
                        for m in members
                    )
                    for f in frags
                )


def _id_ok(form: str, v: str) -> bool:
    d = _digits(v)
    c = re.sub(r"[\s.\-]", "", v)
    if form == "us-ssn":
        return (
            len(d) == 9
            and d[:3] not in ("000", "666")
            and d[0] != "9"
            and d[3:5] != "00"
            and d[5:] != "0000"
        )
    if form == "us-bank-account":
        return len(d) in (9, 10, 12)
    if form == "gb-nino":
        return nino_ok(v)
    if form == "de-steuer-id":
        return steuer_id_ok(d)
    if form == "hr-oib":
        return len(d) == 11 and mod11_10(d[:10]) == int(d[10])
    if form == "fr-nir":
        return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])
    if form == "es-dni":
        return DNI_LETTERS[int(c[:8]) % 23] == c[8]
    if form == "es-nie":
        return DNI_LETTERS[int(str("XYZ".index(c[0])) + c[1:8]) % 23] == c[8]
    if form == "it-codice-fiscale":
        return len(c) == 16 and cf_check(c[:15]) == c[15]
    if form == "hu-taj":
        return len(d) == 9 and taj_check(d[:8]) == int(d[8])
    if form == "ch-ahv":
        return len(d) == 13 and d.startswith("756") and ean13_check(d[:12]) == int(d[12])
    if form == "be-rrn":
        return len(d) == 11 and 97 - int(d[:9]) % 97 == int(d[9:])
    if form == "si-emso":
        return len(d) == 13 and emso_check(d[:12]) == int(d[12])
    return False


def test_check_digits_and_phones(built):
    _, posts, _ = built
    seen = collections.Counter()
    for p in posts:
        for (kind, _, v), form in zip(p.items, p.item_forms, strict=False):
            seen[kind] += 1
            if kind == "CARD":
                assert luhn_ok(_digits(v)) and 15 <= len(_digits(v)) <= 19
            elif kind == "IBAN":
                assert iban_ok(v)
            elif kind == "ID":
                assert _id_ok(form, v), (form, v)
            elif kind == "PHONE":
                region = PHONE_REGION[p.locale]
                num = phonenumbers.parse(v, region)
                assert phonenumbers.is_valid_number(num), v
                assert phonenumbers.region_code_for_number(num) == region
    assert all(seen[k] >= 37 * 12 for k in n19.KINDS if k != "IBAN")


def test_lookalikes_not_pii(built):
    _, posts, _ = built
    kinds = collections.Counter()
    for p in posts:
        masked = n19.mask(p)
        for lk, kind in zip(p.lookalikes, p.lookalike_kinds, strict=False):
            kinds[kind] += 1
            assert lk in masked
            if kind == "isbn":
                assert isbn13_ok(lk)
            if kind == "routing":
                assert aba_ok(lk)
            for run in re.findall(r"\d[\d \-]{11,}\d", lk):
                dd = _digits(run)
                if 13 <= len(dd) <= 19:
                    assert not luhn_ok(dd), lk
    assert len(kinds) >= 14


def test_pii_free_have_no_contacts(built):
    _, posts, _ = built
    for p in posts:
        if p.pii_free:
            assert "@" not in p.text and "http" not in p.text
