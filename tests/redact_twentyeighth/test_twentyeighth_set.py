"""Checks on the twentyeighth scoring SET itself (never on the redactor)."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import twentyeighth as T
from trainer_dev.redaction_sets import twentyeighth_ids as ids
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.twentyeighth_build import LANG, bank_pieces
from trainer_dev.redaction_sets.twentyeighth_people import tokens
from trainer_dev.redaction_sets.twentyeighth_values import IBAN_LOCALES, fold


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = T.make_twentyeighth_set()
    return members, posts, time.process_time() - t0


def test_constants():
    assert T.SEED == 2828
    assert len(T.LOCALES) == 12 and len(set(T.LOCALES)) == 12
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


def test_build_time(built):
    assert built[2] < 15


def test_sizes(built):
    members, posts, _ = built
    assert len(members) == 96 and len(posts) == 5400
    for loc in T.LOCALES:
        ps = [p for p in posts if p.locale == loc]
        lab = [p for p in ps if not p.pii_free]
        free = [p for p in ps if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert all(1 <= len(p.lookalikes) <= 3 for p in free if p.lookalikes)
        assert all(1 <= len(p.items) <= 3 for p in lab)
        first = Counter(p.items[0][0] for p in lab)
        for k in T.KINDS:
            kk = "ID" if (k == "IBAN" and loc not in IBAN_LOCALES) else k
            assert first[kk] >= 37, (loc, k)
        if loc not in IBAN_LOCALES:
            assert not any(k == "IBAN" for p in lab for k, _, _ in p.items)


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "76b0106bfcbfb73e"


def test_check_post_all(built):
    for p in built[1]:
        assert T.check_post(p), p.text
        assert len(p.item_forms) == len(p.items) and len(p.lookalike_kinds) == len(p.lookalikes)


def test_plain_free_posts_have_no_digits(built):
    for p in built[1]:
        if p.pii_free and not p.lookalikes:
            assert not re.search(r"\d", T.normalise(p.text))


COMMON_WORD_NAMES = {
    "hope",
    "grace",
    "mark",
    "summer",
    "given",
    "memory",
    "mercy",
    "faith",
    "patience",
    "precious",
    "rose",
    "long",
    "young",
    "stone",
    "winter",
    "sommer",
    "engel",
    "wolf",
    "vogel",
    "braun",
    "lange",
    "us",
    "vera",
    "franco",
    "fall",
    "ba",
    "sy",
    "bill",
    "hunter",
    "baker",
    "brooks",
    "hart",
    "freeman",
    "booker",
    "victor",
    "autumn",
    "kok",
    "bos",
    "vos",
}


def _roster_tokens(members, loc):
    i = T.LOCALES.index(loc)
    return {fold(t).lower() for m in members[i * 8 : (i + 1) * 8] for t in tokens(m)}


def test_free_posts_contain_no_names(built):
    members, posts, _ = built
    for p in posts:
        toks = _roster_tokens(members, p.locale) - COMMON_WORD_NAMES
        if p.pii_free:
            words = {fold(w).lower() for w in re.findall(r"[^\W\d_]+", p.text)}
            hits = words & toks
            allowed = {fold(w).lower() for lk in p.lookalikes for w in re.findall(r"[^\W\d_]+", lk)}
            assert hits <= allowed, (hits, p.text)


def test_members_and_persons_disjoint(built):
    members, posts, _ = built
    for p in posts:
        rost = _roster_tokens(members, p.locale)
        for k, frags, v in p.items:
            if k == "PERSON":
                assert not {fold(f[2:]).lower() for f in frags} & rost, v
            if k == "MEMBER":
                assert all(
                    fold(f[2:]).lower() in rost or f.startswith("s:") for f in frags
                ) or v.startswith("@")


def _digits(v):
    return re.sub(r"\D", "", v)


def test_check_digits(built):
    forms = Counter()
    for p in built[1]:
        for (k, _frags, v), form in zip(p.items, p.item_forms, strict=False):
            forms[form] += 1
            d = _digits(v)
            if k == "CARD":
                assert ids.luhn_ok(d)
            elif k == "IBAN":
                assert ids.iban_ok(v.replace(" ", ""))
            elif form == "aadhaar":
                assert ids.verhoeff_ok(d)
            elif form == "steuer_id":
                assert ids.steuerid_check(d[:10]) == int(d[10])
            elif form == "ausweis":
                assert ids.icao_check(v[:9]) == int(v[9])
            elif form == "nir":
                assert ids.nir_key(d[:13]) == int(d[13:])
            elif form == "cpf":
                assert ids.cpf_digits(d[:9]) == d
            elif form == "cnpj_mei":
                assert ids.cnpj_digits(d[:12]) == d
            elif form == "bsn":
                assert ids.bsn_ok(d)
            elif form == "ruc_py":
                base, dv = v.split("-")
                assert ids.ruc_py_dv(base) == int(dv)
            elif form == "cui_dpi":
                assert ids.cui_gt_ok(d)
            elif form == "nit_gt":
                base, dv = v.split("-")
                assert ids.nit_gt_dv(base) == dv
            elif form == "ssn":
                assert (
                    d[:3] not in ("000", "666")
                    and d[0] != "9"
                    and d[3:5] != "00"
                    and d[5:] != "0000"
                )
    for f in ("aadhaar", "steuer_id", "nir", "cpf", "bsn", "cui_dpi", "ruc_py", "nit_gt", "ssn"):
        assert forms[f] > 0, f


def test_fr_iban_rib_key(built):
    for p in built[1]:
        for k, _, v in p.items:
            if k == "IBAN" and v.replace(" ", "").upper().startswith("FR"):
                s = v.replace(" ", "")
                assert ids.rib_key(s[4:9], s[9:14], s[14:25]) == int(s[25:27])


def test_phones_valid(built):
    n = 0
    for p in built[1]:
        for k, _, v in p.items:
            if k == "PHONE":
                assert ids.phone_valid(v, p.locale), (p.locale, v)
                n += 1
    assert n > 12 * 37


def test_lookalikes_not_pii(built):
    for p in built[1]:
        for lk, kind in zip(p.lookalikes, p.lookalike_kinds, strict=False):
            d = _digits(lk)
            if kind == "ISBN":
                assert ids.isbn13_ok(lk)
            if kind == "ORDER" and 13 <= len(d) <= 19 and d == lk:
                assert not ids.luhn_ok(d)
            if kind == "BIC" and lk.isdigit():
                assert ids.aba_ok(lk)
            if kind in (
                "DATE",
                "TIME",
                "PRICE",
                "PERCENT",
                "MEASURE",
                "VERSION",
                "ROOM",
                "FLIGHT",
                "REF",
                "INVOICE",
            ):
                assert len(d) <= 9, (kind, lk)  # too short to be a card, IBAN or most ids
            if kind in ("ORG", "PLACE"):
                assert not d


def test_leaked_contract():
    frags = ["t:Ana", "p:1016 GV", "d:1234", "s:anaf"]
    assert T.leaked("call Ana now", frags, "call [NAME] now")
    assert not T.leaked("call [NAME] now", frags, "call [NAME] now")
    assert not T.leaked("Banana", ["t:Ana"], "")
    assert T.leaked("tel 1\u00a02-3 4", ["d:1234"], "")
    assert T.leaked("tel \u0661\u0662\u0663\u0664", ["d:1234"], "")
    assert T.leaked("1016\u00a0GV Amsterdam", ["p:1016 GV"], "")
    assert not T.leaked("21016 GV", ["p:1016 GV"], "")
    assert T.leaked("x@anaf.nl", ["s:anaf"], "")
    assert not T.leaked("Ana", ["t:Ana"], "Ana")


def test_phrase_breadth():
    for lang in sorted(set(LANG.values())):
        assert len(bank_pieces(lang)) >= 300, lang


def test_item_kinds_and_forms(built):
    kinds = Counter(k for p in built[1] for k, _, _ in p.items)
    assert set(kinds) == set(T.KINDS)
    for p in built[1]:
        for k, frags, _v in p.items:
            assert frags and all(f[:2] in ("t:", "s:", "p:", "d:") for f in frags)
            if k == "ADDRESS":
                assert any(f.startswith("t:") for f in frags) or any(
                    f.startswith("p:") for f in frags
                )
