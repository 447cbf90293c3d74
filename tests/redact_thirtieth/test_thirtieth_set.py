"""Checks on the thirtieth scoring set itself (never on a redactor)."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import thirtieth as T
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.thirtieth_ids import (
    aba_ok,
    bsn_ok,
    cpf_ok,
    cui_ok,
    digits,
    dni_ok,
    nir_ok,
    steuer_ok,
    verhoeff_ok,
)
from trainer_dev.redaction_sets.thirtieth_looks import isbn13_ok
from trainer_dev.redaction_sets.thirtieth_people import fold
from trainer_dev.redaction_sets.thirtieth_values import iban_ok, luhn_ok, phone_valid, rib_key


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = T.make_thirtieth_set()
    return members, posts, time.process_time() - t0


def test_build_time(built):
    assert built[2] < 15


def test_sizes(built):
    members, posts, _ = built
    assert len(T.LOCALES) == 12 and len(set(T.LOCALES)) == 12
    assert len(members) == 8 * 12 and len(posts) == 12 * 450
    for loc in T.LOCALES:
        lp = [p for p in posts if p.locale == loc]
        lab = [p for p in lp if not p.pii_free]
        free = [p for p in lp if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert sum(1 for p in free if 1 <= len(p.lookalikes) <= 3) == 45
        assert all(1 <= len(p.items) <= 3 for p in lab)
        firsts = Counter(p.items[0][0] for p in lab)
        for k in T.KINDS:
            if k == "IBAN" and loc not in (
                "de_DE",
                "fr_FR",
                "pt_BR",
                "nl_NL",
                "ca_ES",
                "es_GT",
                "sq_AL",
            ):
                assert firsts[k] == 0
                continue
            assert firsts[k] >= 37, (loc, k)


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "d2026a9abf59c3a6"


def test_check_post_and_fields(built):
    _, posts, _ = built
    for p in posts:
        assert T.check_post(p), p.text
        assert len(p.item_forms) == len(p.items) and len(p.lookalike_kinds) == len(p.lookalikes)
        assert p.genre in ("notice", "casual", "listing", "ticket", "checklist", "signature")
        for kind, frags, value in p.items:
            assert kind in T.KINDS and value in p.text
            assert all(f[:2] in ("t:", "s:", "p:", "d:") for f in frags)
            if kind == "ADDRESS":
                assert any(f.startswith("t:") for f in frags)


def test_plain_free_posts_have_no_digits(built):
    _, posts, _ = built
    for p in posts:
        if p.pii_free and not p.lookalikes:
            assert not re.search(r"\d", p.text), p.text


def test_members_and_persons(built):
    members, posts, _ = built
    for loc in T.LOCALES:
        roster = members[T.LOCALES.index(loc) * 8 : (T.LOCALES.index(loc) + 1) * 8]
        assert all(len(m.split(" ", 1)) == 2 for m in roster)
        toks = {fold(t).lower() for m in roster for t in re.split(r"[\s-]+", m)}
        for p in posts:
            if p.locale != loc:
                continue
            for kind, frags, _ in p.items:
                names = {fold(f[2:]).lower() for f in frags if f.startswith("t:")}
                if kind == "PERSON":
                    assert not names & toks, (loc, names)
                if kind == "MEMBER":
                    assert names, p.text


def _check_value(loc, kind, form, value):
    d = digits(value)
    if kind == "CARD":
        return luhn_ok(d)
    if kind == "IBAN":
        return iban_ok(value)
    if kind == "PHONE":
        return phone_valid(loc, value)
    if kind != "ID":
        return True
    if form.startswith("ssn"):
        return d[:3] not in ("000", "666") and d[:3] < "900" and d[3:5] != "00" and d[5:] != "0000"
    if form.startswith("aadhaar"):
        return len(d) == 12 and verhoeff_ok(d) and d[0] in "23456789"
    if form.startswith("steuer"):
        return len(d) == 11 and steuer_ok(d)
    if form.startswith("nir"):
        return len(d) == 15 and nir_ok(d)
    if form.startswith("cpf"):
        return cpf_ok(d)
    if form.startswith("bsn"):
        return bsn_ok(d)
    if form in ("dni", "nie"):
        return dni_ok(value)
    if form.startswith("cui"):
        return len(d) == 13 and cui_ok(d)
    if form == "routing_account":
        return aba_ok(d[:9])
    if form == "rib":
        b, g, a, k = value.split()
        return rib_key(b, g, a) == k
    patterns = {
        "pan": r"[A-Z]{3}P[A-Z]\d{4}[A-Z]",
        "nrc": r"\d{6}/\d{2}/1",
        "cni": r"\d{9}",
        "niu": r"[MP]\d{12}[A-Z]",
        "ci_dept": r"\d{7} [A-Z]{2}",
        "ci_dash": r"\d{7}-[A-Z]{2}",
        "nid": r"[H-L]\d{8}\d[A-W]|[H-L]\d{9}[A-W]",
        "account_14": r"\d{14}",
        "account_13": r"\d{13}",
        "cuenta_10": r"\d{10}",
    }
    return re.fullmatch(patterns[form], value) is not None


def test_check_digits_and_phones(built):
    _, posts, _ = built
    for p in posts:
        for (kind, _, value), form in zip(p.items, p.item_forms, strict=False):
            assert _check_value(p.locale, kind, form, value), (p.locale, kind, form, value)


def test_lookalikes_are_not_pii(built):
    _, posts, _ = built
    kinds = Counter()
    for p in posts:
        for lk, kind in zip(p.lookalikes, p.lookalike_kinds, strict=False):
            kinds[kind] += 1
            d = digits(lk)
            if kind == "isbn":
                assert isbn13_ok(lk), lk
            if 13 <= len(d) <= 19 and kind != "isbn":
                assert not luhn_ok(d), lk
            if kind == "eponym":
                assert not re.search(r"\d", lk)
    assert len(kinds) == 15 and min(kinds.values()) > 30


def test_leaked_rules():
    assert T.leaked("call [PHONE] or 0612 34", ["d:0612"], "")
    assert not T.leaked("call [PHONE]", ["d:0612"], "")
    assert T.leaked("ask Anna", ["t:anna"], "") and not T.leaked("ask Annabel", ["t:anna"], "")
    assert not T.leaked("ask Anna", ["t:anna"], "Anna")
    assert T.leaked("at 1016\u00a0DZ now", ["p:1016 DZ"], "") and not T.leaked(
        "x11016 DZ", ["p:1016 DZ"], ""
    )
    assert T.leaked("\u0661\u0662\u0663\u0664", ["d:1234"], "")


def test_phrase_breadth():
    counts = T.piece_counts()
    assert set(counts) == {"en", "de", "fr", "pt", "nl", "ca", "es", "sq"}
    assert min(counts.values()) >= 250, counts
