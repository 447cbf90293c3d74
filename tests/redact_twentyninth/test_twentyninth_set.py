"""Checks on the twenty-ninth scoring set itself (never the redactor)."""

from __future__ import annotations

import collections
import re
import time

import phonenumbers
import pytest

from trainer_dev.redaction_sets import twentyninth as T
from trainer_dev.redaction_sets import twentyninth_util as U
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.twentyninth_places import IBAN_LOCALES, REGION


@pytest.fixture(scope="module")
def built():
    t = time.process_time()
    members, posts = T.make_twentyninth_set()
    return members, posts, time.process_time() - t


def test_sizes_and_build_time(built):
    members, posts, secs = built
    assert secs < 15
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 5400
    for loc in T.LOCALES:
        ps = [p for p in posts if p.locale == loc]
        lab = [p for p in ps if not p.pii_free]
        free = [p for p in ps if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert all(1 <= len(p.lookalikes) <= 3 for p in free if p.lookalikes)
        assert all(1 <= len(p.items) <= 3 for p in lab)
        first = collections.Counter(p.items[0][0] for p in lab)
        for k in T.KINDS:
            if k == "IBAN" and loc not in IBAN_LOCALES:
                assert first[k] == 0
            else:
                assert first[k] >= 37, (loc, k)


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "106ef1577d0e59e2"


def test_check_post_and_fields(built):
    _, posts, _ = built
    for p in posts:
        assert T.check_post(p), p.text
        assert len(p.items) == len(p.item_forms)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        for k, frags, v in p.items:
            assert k in T.KINDS and v in p.text
            assert all(f[:2] in ("t:", "s:", "p:", "d:") for f in frags)


def test_leaked_basic(built):
    _, posts, _ = built
    for p in posts[:400]:
        for k, frags, v in p.items:
            bg = p.text.replace(v, " ")
            assert T.leaked(p.text, frags, bg)
            assert not T.leaked(p.text.replace(v, f"[{k}]"), frags, bg)


def test_piece_counts():
    for lang, n in T.piece_counts().items():
        assert n >= 250, (lang, n)


def test_check_digits(built):
    _, posts, _ = built
    for p in posts:
        for (k, _, v), form in zip(p.items, p.item_forms, strict=False):
            ds = re.sub(r"\D", "", v)
            if k == "CARD":
                assert U.luhn_ok(ds) and len(ds) in (15, 16)
            elif k == "IBAN":
                assert U.iban_ok(v)
            elif form in ("steuerid", "steuerid_spaced"):
                assert U.de_taxid_ok(ds)
            elif form in ("nir", "nir_spaced"):
                assert U.mod97_key(ds[:13]) == ds[13:]
            elif form in ("dni", "dni_dotted"):
                assert U.es_dni_letter(int(ds)) == v[-1]
            elif form == "nie":
                assert U.es_dni_letter(int(str("XYZ".index(v[0])) + v[1:8])) == v[-1]
            elif form == "codice_fiscale":
                assert U.it_check_char(v[:15]) == v[15]
            elif form == "jmbg":
                assert U.jmbg_digit(v[:12]) == v[12]
            elif form == "nhs":
                assert U.nhs_digit(ds[:9]) == ds[9]
            elif form in ("cedula", "cedula_compact"):
                assert U.luhn_ok(ds) and len(ds) == 11


def test_phones_valid(built):
    _, posts, _ = built
    for p in posts:
        for k, _, v in p.items:
            if k == "PHONE":
                n = phonenumbers.parse(v, REGION[p.locale])
                assert phonenumbers.is_valid_number(n), (p.locale, v)
                assert phonenumbers.region_code_for_number(n) == REGION[p.locale]


def test_lookalikes_not_pii(built):
    _, posts, _ = built
    for p in posts:
        for x, k in zip(p.lookalikes, p.lookalike_kinds, strict=False):
            ds = re.sub(r"\D", "", x)
            if k == "ISBN":
                assert U.isbn13_ok(x)
            if 13 <= len(ds) <= 19 and k != "ISBN":
                assert not U.luhn_ok(ds), x
            if (
                len(ds) >= 7
                and k in ("ORDER", "REG", "TICKET", "TRACKING")
                and not re.search("[A-Za-z]", x)
            ):
                try:
                    n = phonenumbers.parse(x, REGION[p.locale])
                    assert not phonenumbers.is_valid_number(n), x
                except phonenumbers.NumberParseException:
                    pass


def test_pii_free_plain_has_no_digits(built):
    _, posts, _ = built
    for p in posts:
        if p.pii_free and not p.lookalikes:
            assert not any(c.isdigit() for c in p.text)


def test_person_not_member(built):
    members, posts, _ = built
    roster = {U.fold(t).lower() for m in members for t in m.split()}
    for p in posts:
        for k, frags, _ in p.items:
            if k == "PERSON":
                assert not {U.fold(f[2:]).lower() for f in frags} & roster
