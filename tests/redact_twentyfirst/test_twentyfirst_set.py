"""Checks on the twentyfirst scoring set itself (never on a redactor)."""

from __future__ import annotations

import collections
import re
import time

import phonenumbers
import pytest

from trainer_dev.redaction_sets import twentyfirst as tf
from trainer_dev.redaction_sets import twentyfirst_checks as ck
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.twentyfirst_people import fold, name_tokens
from trainer_dev.redaction_sets.twentyfirst_values import IBAN_LOCALES, REGION

ID_CHECKS = {
    "ssn_dashed": ck.ssn_ok,
    "ssn_spaced": ck.ssn_ok,
    "ssn_compact": ck.ssn_ok,
    "ni_number": ck.ni_ok,
    "nhs_number": ck.nhs_ok,
    "steuer_id": ck.steuer_id_ok,
    "nir": ck.nir_ok,
    "avs": ck.ahv_ok,
    "curp": ck.curp_ok,
    "rut": ck.rut_ok,
    "cedula": ck.ci_uy_ok,
    "codice_fiscale": ck.cf_ok,
    "emso": ck.emso_ok,
    "davcna": ck.davcna_ok,
    "rijksregister": ck.rrn_ok,
    "clabe": ck.clabe_ok,
    "id_card": lambda v: bool(re.fullmatch(r"\d{4,8}[MGLA]", v)),
    "us_account": lambda v: v.isdigit() and 10 <= len(v) <= 12,
    "cuenta_cl": lambda v: 8 <= len(ck.digits(v)) <= 11,
    "cuenta_uy": lambda v: 14 <= len(ck.digits(v)) <= 15,
}


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = tf.make_twentyfirst_set()
    return members, posts, time.process_time() - t0


def test_build_time(built):
    assert built[2] < 15


def test_sizes(built):
    members, posts, _ = built
    assert len(tf.LOCALES) == 12 and len(set(tf.LOCALES)) == 12
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 12 * 450
    for loc in tf.LOCALES:
        mine = [p for p in posts if p.locale == loc]
        lab = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert all(1 <= len(p.lookalikes) <= 3 for p in free if p.lookalikes)
        assert all(1 <= len(p.items) <= 3 for p in lab)
        kinds = collections.Counter(k for p in lab for k, _, _ in p.items)
        for k in tf.KINDS:
            if k == "IBAN" and loc not in IBAN_LOCALES:
                assert kinds[k] == 0
                continue
            assert kinds[k] >= 37, (loc, k, kinds[k])


def test_roster_and_persons(built):
    members, posts, _ = built
    assert all(len(m.split()) >= 2 for m in members)
    roster_tokens = {fold(t).lower() for m in members for t in name_tokens(m)}
    for p in posts:
        for kind, frags, _ in p.items:
            if kind == "PERSON":
                toks = {fold(f[2:]).lower() for f in frags}
                assert not toks & roster_tokens, frags


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "b9f89f138caeddab"


def test_check_post_and_fields(built):
    _, posts, _ = built
    for p in posts:
        assert tf.check_post(p), p.text
        assert len(p.item_forms) == len(p.items)
        assert len(p.lookalike_kinds) == len(p.lookalikes)
        assert p.genre
        for kind, frags, value in p.items:
            assert kind in tf.KINDS and value in p.text and frags
            assert all(f[:2] in ("t:", "s:", "p:", "d:") for f in frags)


def test_leaked_contract(built):
    _, posts, _ = built
    for p in posts[::7]:
        masked = p.text
        for kind, _, v in p.items:
            masked = masked.replace(v, f"[{kind}]")
        for _, frags, _v in p.items:
            assert tf.leaked(p.text, frags, masked)
            assert not tf.leaked(masked, frags, masked)


def test_checksums_and_phones(built):
    _, posts, _ = built
    seen = collections.Counter()
    for p in posts:
        for (kind, _, v), form in zip(p.items, p.item_forms, strict=False):
            if kind == "CARD":
                assert ck.luhn_ok(v), v
            elif kind == "IBAN":
                assert ck.iban_ok(v), v
            elif kind == "ID":
                assert ID_CHECKS[form](v), (form, v)
                seen[form] += 1
            elif kind == "PHONE":
                num = phonenumbers.parse(v, REGION[p.locale])
                assert phonenumbers.is_valid_number(num), v
                assert phonenumbers.region_code_for_number(num) == REGION[p.locale], v
    assert set(seen) == set(ID_CHECKS)


def test_lookalikes_not_pii(built):
    _, posts, _ = built
    kinds = collections.Counter()
    for p in posts:
        for x, k in zip(p.lookalikes, p.lookalike_kinds, strict=False):
            kinds[k] += 1
            d = ck.digits(x)
            if k == "ISBN":
                assert ck.isbn13_ok(x), x
            if 13 <= len(d) <= 19 and k != "ISBN":
                assert not ck.luhn_ok(d), x
            if p.locale in REGION and len(d) >= 8 and k not in ("ISBN",):
                try:
                    num = phonenumbers.parse(x, REGION[p.locale])
                    assert not (phonenumbers.is_valid_number(num) and x.startswith("+")), x
                except phonenumbers.NumberParseException:
                    pass
    assert len(kinds) >= 14


def test_plain_free_posts_have_no_digits(built):
    _, posts, _ = built
    plain = [p for p in posts if p.pii_free and not p.lookalikes]
    assert len(plain) == 360
    assert not any(re.search(r"\d", p.text) for p in plain)


def test_piece_counts():
    assert all(n >= 300 for n in tf.PIECE_COUNTS.values()), tf.PIECE_COUNTS
    assert len(tf.PIECE_COUNTS) == 7


def test_check_digit_algorithms():
    assert ck.luhn_ok("4111 1111 1111 1111") and not ck.luhn_ok("4111 1111 1111 1112")
    assert ck.iban_ok("DE89 3704 0044 0532 0130 00") and ck.iban_ok("GB29 NWBK 6016 1331 9268 19")
    assert ck.isbn13_ok("978-3-16-148410-0")
    assert ck.rut_ok("12.345.678-5")
    assert ck.cf_ok("RSSMRA85T10A562S")
    assert ck.ahv_ok("756.9217.0769.85")
    assert ck.nhs_ok("943 476 5919")
    assert ck.steuer_id_ok("86095742719")
    assert ck.clabe_ok("002010077777777771")
