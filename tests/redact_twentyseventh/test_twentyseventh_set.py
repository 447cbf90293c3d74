"""Checks on the twentyseventh scoring set itself (never on the redactor)."""

import collections
import re
import time

import pytest

from trainer_dev.redaction_sets import twentyseventh as T
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.twentyseventh_ids import ID_OK
from trainer_dev.redaction_sets.twentyseventh_looks import isbn13_ok_alias, s10_ok
from trainer_dev.redaction_sets.twentyseventh_values import (
    REGION,
    aba_ok,
    iban_ok,
    luhn_ok,
    phone_ok,
)


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = T.make_twentyseventh_set()
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
        assert all(1 <= len(p.lookalikes) <= 3 for p in free if p.lookalikes)
        first = collections.Counter(p.items[0][0] for p in lab)
        for k in T.KINDS:
            if k == "IBAN" and loc in ("en_US", "en_JM", "en_TT"):
                assert first[k] == 0
            else:
                assert first[k] >= 37, (loc, k)


def test_build_time(built):
    assert built[2] < 15


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "fd14043caccd06ed"


def test_check_post_and_shapes(built):
    for p in built[1]:
        assert T.check_post(p)
        assert len(p.item_forms) == len(p.items) and len(p.lookalike_kinds) == len(p.lookalikes)
        assert all(k in T.KINDS for k, _, _ in p.items)


def test_plain_free_posts_have_no_digits(built):
    for p in built[1]:
        if p.pii_free and not p.lookalikes:
            assert not re.search(r"\d", p.text)


def test_member_and_person_split(built):
    members, posts, _ = built
    roster_tokens = {t.lower() for m in members for t in m.split()}
    for p in posts:
        for k, frags, v in p.items:
            if k == "PERSON":
                assert not {f[2:].lower() for f in frags} & roster_tokens, v


def test_check_digits(built):
    for p in built[1]:
        for (k, _, v), form in zip(p.items, p.item_forms, strict=False):
            if k == "CARD":
                assert luhn_ok(v)
            elif k == "IBAN":
                assert iban_ok(v), v
            elif k == "PHONE":
                assert phone_ok(v, REGION[p.locale]), (p.locale, v)
            elif k == "ID" and form.startswith("aba"):
                assert aba_ok(re.search(r"\d{9}", v).group())
            elif k == "ID" and p.locale in ID_OK and form != "bank-account":
                assert ID_OK[p.locale](v), (p.locale, v)


def test_lookalikes_are_not_pii(built):
    for p in built[1]:
        for lk, kind in zip(p.lookalikes, p.lookalike_kinds, strict=False):
            if kind == "ISBN":
                assert isbn13_ok_alias(lk)
            if kind == "TRACKING":
                assert s10_ok(lk)
            digits = re.sub(r"\D", "", lk)
            if len(digits) >= 13:
                assert not luhn_ok(digits)


def test_leaked_semantics():
    bg = "Kick-off at 18:30."
    assert T.leaked("Call 0171 2345678 now", ["d:2345"], bg)
    assert not T.leaked("Call [PHONE] now", ["d:2345"], bg)
    assert T.leaked("Thanks ANNA!", ["t:Anna"], bg)
    assert not T.leaked("Thanks Annabel!", ["t:Anna"], bg)
    assert T.leaked("at 10115 Berlin", ["p:10115"], bg)
    assert not T.leaked("ref 101150", ["p:10115"], bg)
    assert not T.leaked("Kick-off at 18:30.", ["d:1830"], bg)
    assert T.leaked("IBAN DE89\u00a03704\u20130044", ["d:3704"], "")
