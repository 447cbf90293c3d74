"""Checks on the thirtysecond scoring set itself (never on a redactor)."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import thirtysecond as T
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.thirtysecond_ids import (
    IBAN_LOCALES,
    aba_ok,
    bsn_ok,
    che_ok,
    cpf_ok,
    digits,
    ean13_ok,
    iban_ok,
    idnp_ok,
    luhn_ok,
    nir_ok,
    perso_ok,
    phone_valid,
    pis_ok,
    rib_key,
    steuer_ok,
    verhoeff_ok,
)
from trainer_dev.redaction_sets.thirtysecond_items import normalise


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = T.make_thirtysecond_set()
    return members, posts, time.process_time() - t0


def test_build_time(built):
    assert built[2] < 15


def test_sizes(built):
    members, posts, _ = built
    assert len(T.LOCALES) == 12 and len(set(T.LOCALES)) == 12
    assert len(members) == 96 and len(posts) == 12 * 450
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
            if k == "IBAN" and loc not in IBAN_LOCALES:
                assert all(kind != "IBAN" for p in lab for kind, _, _ in p.items)
                continue
            assert firsts[k] >= 37, (loc, k)


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "755f178d3b7ecfb3"


def test_check_post_and_fields(built):
    _, posts, _ = built
    for p in posts:
        assert T.check_post(p), p.text
        assert len(p.item_forms) == len(p.items) and len(p.lookalike_kinds) == len(p.lookalikes)
        assert p.genre in T.GENRES
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
    for i, loc in enumerate(T.LOCALES):
        roster = members[i * 8 : (i + 1) * 8]
        assert all(len(m.split(" ", 1)) == 2 for m in roster)
        toks = {normalise(t) for m in roster for t in re.split(r"[\s-]+", m)}
        toks |= {re.sub(r"[^a-z0-9]", "", t) for t in toks}  # @handle slugs (O'Malley)
        for p in posts:
            if p.locale != loc:
                continue
            for kind, frags, _ in p.items:
                names = {normalise(f[2:]) for f in frags if f.startswith("t:")}
                if kind == "PERSON":
                    assert names and not names & toks, (loc, names)
                if kind == "MEMBER":
                    assert names and names <= toks, p.text


def _check_value(loc, kind, form, value):
    d = digits(value)
    if kind == "CARD":
        return luhn_ok(d) and len(d) == (15 if form == "amex" else 16)
    if kind == "IBAN":
        return iban_ok(value) and loc in IBAN_LOCALES
    if kind == "PHONE":
        return phone_valid(loc, value)
    if kind != "ID":
        return True
    if form.startswith("ssn"):
        return d[:3] not in ("000", "666") and d[:3] < "900" and d[3:5] != "00" and d[5:] != "0000"
    if form == "routing_account":
        return aba_ok(d[:9])
    if form.startswith("aadhaar"):
        return len(d) == 12 and verhoeff_ok(d) and d[0] in "23456789"
    if form.startswith("steuer"):
        return steuer_ok(d)
    if form == "perso":
        return perso_ok(value)
    if form.startswith("nir"):
        return nir_ok(d)
    if form.startswith("cpf"):
        return cpf_ok(d)
    if form == "pis":
        return pis_ok(d)
    if form.startswith("bsn"):
        return bsn_ok(d)
    if form == "rib":
        b, g, a, k = value.split()
        return rib_key(b, g, a) == k
    if form.startswith("idnp"):
        return idnp_ok(d)
    if form.startswith("avs"):
        return d[:3] == "756" and ean13_ok(d)
    patterns = {
        "pan": r"[A-Z]{3}P[A-Z]\d{4}[A-Z]",
        "ifsc_acct": r"[A-Z]{4}0\d{6} [1-9]\d{10,13}",
        "cni": r"[12]\d{8}",
        "niu": r"[MP]\d{12}[A-Z]",
        "ci": r"\d{7} (LP|SC|CB|OR|PT|CH|TJ|BE|PD)",
        "ci_dash": r"\d{7}-(LP|SC|CB|OR|PT|CH|TJ|BE|PD)",
        "cuenta": r"\d{10,13}",
        "nid": r"[H-K]\d{8}[A-W]",
        "dni": r"\d{4}-(19[6-9]\d|200[0-4])-\d{5}",
        "dni_compact": r"\d{13}",
        "rtn": r"\d{14}",
    }
    return re.fullmatch(patterns[form], value) is not None


def test_check_digits_and_phones(built):
    _, posts, _ = built
    for p in posts:
        for (kind, _, value), form in zip(p.items, p.item_forms, strict=True):
            assert _check_value(p.locale, kind, form, value), (p.locale, kind, form, value)


def test_lookalikes_are_not_pii(built):
    _, posts, _ = built
    kinds = Counter()
    for p in posts:
        for lk, kind in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            kinds[kind] += 1
            d = digits(lk)
            if kind == "isbn":
                assert ean13_ok(d), lk
            elif 13 <= len(d) <= 19:
                assert not luhn_ok(d), lk
            if kind in ("eponym", "nameword"):
                assert not re.search(r"\d", lk)
            if lk.startswith("CHE-"):
                assert che_ok(d)
    assert len(kinds) == 16 and min(kinds.values()) > 30


def test_leaked_rules():
    assert T.leaked("call [PHONE] or 0612 34", ["d:0612"], "")
    assert not T.leaked("call [PHONE]", ["d:0612"], "")
    assert T.leaked("ask Anna", ["t:anna"], "") and not T.leaked("ask Annabel", ["t:anna"], "")
    assert not T.leaked("ask Anna", ["t:anna"], "Anna")
    assert T.leaked("Herr Muller", ["t:müller"], "") and T.leaked("Müller", ["t:muller"], "")
    assert T.leaked("at 1016\u00a0DZ now", ["p:1016 dz"], "")
    assert not T.leaked("x11016 DZ", ["p:1016 dz"], "")
    assert T.leaked("+49 (0)30 1234", ["d:4903"], "")
    assert T.leaked("\u0661\u0662\u0663\u0664", ["d:1234"], "")


def test_phrase_breadth():
    counts = T.piece_counts()
    assert set(counts) == set(T.LANGS)
    assert min(counts.values()) >= 250, counts
    for lang in T.LANGS:
        b = T.bank(lang)
        plain = b["OPEN"] + b["FILL"] + b["CLOSE"] + [h for v in b["HEAD"].values() for h in v]
        assert not any(re.search(r"\d", s) for s in plain), lang
