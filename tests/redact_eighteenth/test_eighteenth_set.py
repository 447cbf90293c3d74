"""Checks on the eighteenth scoring set itself (never the redactor)."""

from __future__ import annotations

import collections
import re
import time

import phonenumbers
import pytest

from trainer_dev.redaction_sets import eighteenth as E
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.eighteenth_core import (
    aba_ok,
    cbu_ok,
    cf_check,
    cpf_ok,
    cuil_ok,
    dni_ok,
    fnr_ok,
    iban_ok,
    isbn13_ok,
    luhn_ok,
    nit_check,
    nuban_check,
    verhoeff_ok,
)
from trainer_dev.redaction_sets.eighteenth_people import all_roster_tokens, tokens
from trainer_dev.redaction_sets.eighteenth_values import REGION


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = E.make_eighteenth_set()
    return members, posts, time.process_time() - t0


def test_contract_constants():
    assert E.SEED == 1818 and len(E.LOCALES) == 12 and len(set(E.LOCALES)) == 12
    assert E.KINDS == [
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


def test_sizes_and_build_time(built):
    members, posts, secs = built
    assert secs < 15
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 5400
    for loc in E.LOCALES:
        mine = [p for p in posts if p.locale == loc]
        lab = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert all(1 <= len(p.items) <= 3 for p in lab)
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert all(1 <= len(p.lookalikes) <= 3 for p in free if p.lookalikes)
        firsts = collections.Counter(p.items[0][0] for p in lab)
        for k in E.KINDS:
            if k == "IBAN" and loc not in ("es_ES", "it_IT", "pt_BR", "nb_NO"):
                assert firsts[k] == 0
            else:
                assert firsts[k] >= 37, (loc, k)


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "a7a17d4ca7ecdf50"


def test_check_post_and_fields(built):
    for p in built[1]:
        assert E.check_post(p), p.text
        assert len(p.item_forms) == len(p.items) and len(p.lookalikes) == len(p.lookalike_kinds)
        assert p.genre


def test_leaked_semantics():
    assert E.leaked("call [PHONE] or Ana", ["t:ana"], "")
    assert not E.leaked("call [PHONE] or Anabel", ["t:ana"], "")
    assert E.leaked("card 4111 1111-1111 1111", ["d:1111"], "")
    assert not E.leaked("card [CARD]", ["d:1111"], "")
    assert not E.leaked("zip 28004x1", ["p:28004"], "")
    assert E.leaked("zip\u00a028004,", ["p:28004"], "")
    assert E.leaked("\u0661\u0662\u0663\u0664", ["d:1234"], "")
    assert not E.leaked("Ana said", ["t:ana"], "Ana said")


def test_members_and_persons(built):
    members, posts, _ = built
    roster_tok = all_roster_tokens()
    for p in posts:
        for (kind, _frags, value), _form in zip(p.items, p.item_forms, strict=False):
            if kind == "PERSON":
                assert not any(t.lower() in roster_tok for t in tokens(value)), value


def _digits(v):
    return re.sub(r"\D", "", v)


def test_check_digits(built):
    counts = collections.Counter()
    for p in built[1]:
        for (kind, _frags, v), form in zip(p.items, p.item_forms, strict=False):
            if kind == "CARD":
                assert luhn_ok(v)
            elif kind == "IBAN":
                assert iban_ok(v)
            elif kind == "PHONE":
                assert phonenumbers.is_valid_number(phonenumbers.parse(v, REGION[p.locale])), v
            elif kind == "ID":
                counts[form] += 1
                if form.startswith("dni") or form == "nie":
                    if p.locale == "es_ES":
                        assert dni_ok(v.replace(".", ""))
                elif form.startswith("aadhaar"):
                    assert verhoeff_ok(v)
                elif form.startswith("cpf"):
                    assert cpf_ok(v)
                elif form.startswith("fodselsnummer"):
                    assert fnr_ok(v)
                elif form.startswith("codice_fiscale"):
                    assert cf_check(v.upper()[:15]) == v.upper()[15]
                elif form.startswith("cuil"):
                    assert cuil_ok(v)
                elif form.startswith("cbu"):
                    assert cbu_ok(v)
                elif form == "nuban":
                    assert any(
                        nuban_check(b, v[:9]) == v[9]
                        for b in ["058", "044", "011", "033", "057", "232", "035"]
                    )
                elif form == "nit":
                    d = _digits(v)
                    assert nit_check(d[:-1]) == d[-1]
                elif form == "aba_routing_account":
                    assert aba_ok(re.search(r"routing (\d{9})", v).group(1))
                elif form.startswith("ssn"):
                    d = _digits(v)
                    assert (
                        d[:3] not in ("000", "666")
                        and d[0] != "9"
                        and d[3:5] != "00"
                        and d[5:] != "0000"
                    )
    assert len(counts) >= 30


def test_lookalikes_are_not_pii(built):
    for p in built[1]:
        for lk, kind in zip(p.lookalikes, p.lookalike_kinds, strict=False):
            d = _digits(lk)
            if kind == "ISBN":
                assert isbn13_ok(lk)
            if 13 <= len(d) <= 19:
                assert not luhn_ok(d), lk
            if kind == "BUILD":
                assert int(lk.split(".")[2]) > 255
            if kind in ("ROOM", "PERCENT", "TIME", "MEASURE", "FLIGHT", "VERSION"):
                try:
                    num = phonenumbers.parse(lk, REGION[p.locale])
                    assert not phonenumbers.is_valid_number(num), lk
                except phonenumbers.NumberParseException:
                    pass


def test_pii_free_plain_posts_have_no_digits(built):
    for p in built[1]:
        if p.pii_free and not p.lookalikes:
            assert not any(c.isdigit() for c in p.text), p.text
            assert not re.search(r"@\w|https?://|www\.", p.text)


def test_forms_variety(built):
    forms = collections.defaultdict(set)
    for p in built[1]:
        for (kind, _, _), f in zip(p.items, p.item_forms, strict=False):
            forms[kind].add(f)
    assert len(forms["MEMBER"]) >= 12 and len(forms["PERSON"]) >= 9 and len(forms["PHONE"]) >= 8
