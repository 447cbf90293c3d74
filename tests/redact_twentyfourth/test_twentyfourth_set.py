"""Checks of the twentyfourth scoring set itself (never of the redactor)."""

from __future__ import annotations

import collections
import re
import time

import phonenumbers
import pytest

from trainer_dev.redaction_sets import twentyfourth as T
from trainer_dev.redaction_sets import twentyfourth_core as C
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.twentyfourth_values import REGION


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = T.make_twentyfourth_set()
    return members, posts, time.process_time() - t0


def test_sizes(built):
    members, posts, _ = built
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 5400
    for loc in T.LOCALES:
        ps = [p for p in posts if p.locale == loc]
        lab = [p for p in ps if not p.pii_free]
        free = [p for p in ps if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert all(1 <= len(p.items) <= 3 for p in lab)
        c = collections.Counter(k for p in lab for k, _, _ in p.items)
        for k in T.KINDS:
            if k == "IBAN" and loc not in ("pt_BR", "nl_NL", "de_AT", "pl_PL", "sl_SI", "fr_LU"):
                continue
            assert c[k] >= 37, (loc, k)


def test_build_time(built):
    assert built[2] < 15


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "468eb1c42530b1a6"


def test_check_post_and_fields(built):
    for p in built[1]:
        assert T.check_post(p)
        assert len(p.item_forms) == len(p.items)
        assert len(p.lookalike_kinds) == len(p.lookalikes)
        assert p.locale in T.LOCALES and p.genre


def test_plain_free_posts_have_no_digits(built):
    for p in built[1]:
        if p.pii_free and not p.lookalikes:
            assert not any(ch.isdigit() for ch in p.text)


def test_members_and_persons_disjoint(built):
    members, posts, _ = built
    roster_tokens = {t.lower() for m in members for t in m.split()}
    for p in posts:
        for kind, frags, _ in p.items:
            if kind == "PERSON":
                toks = {f[2:].lower() for f in frags if f.startswith("t:")}
                assert not toks & roster_tokens, p.text


def _digits(v: str) -> str:
    return re.sub(r"\D", "", v)


def test_check_digits(built):
    for p in built[1]:
        for (kind, _, v), form in zip(p.items, p.item_forms, strict=True):
            d = _digits(v)
            if kind == "CARD":
                assert C.luhn_ok(d)
            elif kind == "IBAN":
                assert C.iban_ok(v)
                if v.startswith("PL"):
                    assert C.pl_bank_ok(re.sub(r"\s", "", v)[4:12])
            elif form == "sin":
                assert C.luhn_ok(d)
            elif form == "cpf":
                assert C.cpf_digits(d[:9]) == d
            elif form == "bsn":
                assert C.bsn_ok(d)
            elif form == "svnr":
                assert C.at_svnr_ok(d)
            elif form == "pesel":
                assert C.pesel_ok(d)
            elif form == "nip":
                assert C.nip_ok(d)
            elif form == "ruc":
                assert C.ruc_pe_ok(d)
            elif form == "emso":
                assert C.emso_ok(d)
            elif form == "davcna":
                assert C.si_tax_ok(d)
            elif form in ("cedula", "ruc_ec"):
                assert C.cedula_ec_ok(d[:10])
            elif form == "matricule":
                assert C.lu_matricule_ok(d)
            elif form == "ghana_card":
                assert re.fullmatch(r"GHA-\d{9}-\d", v) and C.luhn_ok(d)
            elif form == "kra_pin":
                assert re.fullmatch(r"[AP]\d{9}[A-Z]", v)
            elif form == "bank_account" and p.locale == "en_US":
                assert C.aba_ok(re.search(r"\d{9}", v).group())


def test_phones_valid(built):
    for p in built[1]:
        for kind, _, v in p.items:
            if kind == "PHONE":
                num = phonenumbers.parse(v.replace("\n", " "), REGION[p.locale])
                assert phonenumbers.is_valid_number(num), (p.locale, v)
                assert phonenumbers.region_code_for_number(num) == REGION[p.locale]


def test_lookalikes_are_not_pii(built):
    for p in built[1]:
        for lk, kind in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            if kind == "isbn":
                assert C.isbn13_ok(lk)
            if kind == "ref" and lk.startswith("RF"):
                assert C.iban_ok(lk)
            d = _digits(lk)
            if kind in ("order", "listing", "tracking", "invoice", "ticket") and len(d) >= 13:
                assert kind == "tracking" or not C.luhn_ok(d)


def test_leaked_rule(built):
    post = built[1][0]
    kind, frags, value = post.items[0]
    background = post.text.replace(value, " ")
    assert T.leaked(post.text, frags, background)
    assert not T.leaked(post.text.replace(value, f"[{kind}]"), frags, background)


def test_addresses_score_street_and_postcode_apart(built):
    for p in built[1]:
        for kind, frags, _ in p.items:
            if kind == "ADDRESS":
                assert any(f.startswith("t:") for f in frags)
