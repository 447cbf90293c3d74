"""Checks on the twenty-sixth scoring set ITSELF (never on the redactor)."""

from __future__ import annotations

import collections
import re
import time
from pathlib import Path

import phonenumbers
import pytest

from trainer_dev.redaction_sets import twentysixth as T
from trainer_dev.redaction_sets import twentysixth_checks as ck
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.twentysixth_frames import count_pieces
from trainer_dev.redaction_sets.twentysixth_looks import s10_ok
from trainer_dev.redaction_sets.twentysixth_people import key, name_tokens
from trainer_dev.redaction_sets.twentysixth_phones import phone_e164
from trainer_dev.redaction_sets.twentysixth_values import IBAN_LOCALES, REGION


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = T.make_twentysixth_set()
    return members, posts, time.process_time() - t0


def test_constants():
    assert T.SEED == 2626
    assert T.LOCALES == [
        "en_US",
        "en_IN",
        "de_DE",
        "fr_FR",
        "pt_BR",
        "nl_NL",
        "en_GH",
        "fr_LU",
        "es_EC",
        "fr_SN",
        "en_UG",
        "es_PY",
    ]
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
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 5400
    for loc in T.LOCALES:
        lp = [p for p in posts if p.locale == loc]
        lab = [p for p in lp if not p.pii_free]
        free = [p for p in lp if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert all(1 <= len(p.items) <= 3 for p in lab)
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert sum(1 for p in free if 1 <= len(p.lookalikes) <= 3) == 45
        kinds = collections.Counter(k for p in lab for k, _, _ in p.items)
        for k in T.KINDS:
            if k == "IBAN" and loc not in IBAN_LOCALES:
                assert kinds[k] == 0
            else:
                assert kinds[k] >= 37, (loc, k)
        first = collections.Counter(p.items[0][0] for p in lab)
        assert first["ID"] >= 37


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "739e9dd58ecfc7df"


def test_check_post_and_shapes(built):
    for p in built[1]:
        assert T.check_post(p), p.text
        assert len(p.item_forms) == len(p.items) and len(p.lookalikes) == len(p.lookalike_kinds)
        assert p.genre
        for kind, frags, v in p.items:
            assert kind in T.KINDS and v in p.text and frags
            assert all(f[:2] in ("t:", "s:", "p:", "d:") for f in frags)


def test_leaked_semantics(built):
    tags = {
        "EMAIL": "[EMAIL]",
        "PHONE": "[PHONE]",
        "URL": "[URL]",
        "IP": "[IP]",
        "CARD": "[CARD]",
        "IBAN": "[IBAN]",
        "ID": "[ID]",
        "PERSON": "[NAME]",
        "MEMBER": "[MEMBER]",
        "ADDRESS": "[ADDRESS]",
    }
    for p in built[1][:800]:
        red = p.text
        for kind, _, v in sorted(p.items, key=lambda it: -len(it[2])):
            red = red.replace(v, tags[kind])
        for _, frags, v in p.items:
            bg = p.text.replace(v, " ")
            assert T.leaked(p.text, frags, bg)
            assert not T.leaked(red, frags, bg)
        for lk in p.lookalikes:
            assert lk in red


def test_normalisation():
    assert T.leaked("call ٠٦١٢ now", ["d:0612"], "")
    assert T.leaked("a\u00a0b", ["s:a b"], "")
    assert T.leaked("L\u20131611", ["p:1611"], "")
    assert not T.leaked("x", ["t:x"], "x")


def _id_ok(loc: str, form: str, v: str) -> bool:
    d = ck.digits(v)
    if form.startswith("aadhaar"):
        return len(d) == 12 and d[0] in "23456789" and ck.verhoeff_ok(d)
    if form == "pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v) is not None
    if form.startswith("steuer"):
        return ck.de_steuer_id_ok(v)
    if form.startswith("nir"):
        return ck.fr_nir_ok(v)
    if form.startswith("cpf"):
        return ck.cpf_ok(v)
    if form.startswith("bsn"):
        return ck.bsn_ok(v)
    if form.startswith("matricule"):
        return ck.lu_matricule_ok(v)
    if form == "ghana_card":
        return re.fullmatch(r"GHA-\d{9}-\d", v) is not None and ck.luhn_ok(d)
    if form == "nin":
        return re.fullmatch(r"C[MF]\d{8}[A-Z]{4}", v) is not None and len(v) == 14
    if form == "ssn":
        return re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) is not None and not v.startswith(
            ("000", "666", "9")
        )
    if loc == "es_EC" and form == "cedula":
        return ck.ec_cedula_ok(v)
    if loc == "es_EC" and form == "ruc":
        return len(d) == 13 and d.endswith("001") and ck.ec_cedula_ok(d[:10])
    if loc == "es_PY" and form == "ruc":
        base, dv = v.split("-")
        return ck.py_ruc_dv(base) == dv
    if form.startswith("cni"):
        return len(d) == 13 and d[0] in "12"
    return True


def test_check_digits(built):
    seen = collections.Counter()
    for p in built[1]:
        for (kind, _, v), form in zip(p.items, p.item_forms, strict=False):
            if kind == "CARD":
                assert ck.luhn_ok(ck.digits(v)), v
            elif kind == "IBAN":
                assert ck.iban_ok(v) and v[:2] == REGION[p.locale], v
            elif kind == "ID":
                assert _id_ok(p.locale, form, v), (p.locale, form, v)
            seen[kind] += 1
    assert seen["CARD"] and seen["IBAN"] and seen["ID"]


def test_phones_valid(built):
    for p in built[1]:
        for kind, _, v in p.items:
            if kind == "PHONE":
                num = phonenumbers.parse(phone_e164(v, p.locale))
                assert phonenumbers.is_valid_number(num), (p.locale, v)
                assert phonenumbers.region_code_for_number(num) == REGION[p.locale]


def test_lookalikes_not_pii(built):
    kinds = collections.Counter()
    for p in built[1]:
        for lk, kind in zip(p.lookalikes, p.lookalike_kinds, strict=False):
            kinds[kind] += 1
            d = ck.digits(lk)
            if kind == "ISBN":
                assert ck.isbn13_ok(lk)
            if kind == "TRACKING":
                assert s10_ok(lk)
            if kind == "ORDER" and lk.isdigit():
                assert not ck.luhn_ok(lk)
            if len(d) >= 13 and kind not in ("UUID", "TIMESTAMP", "ISBN"):
                assert not ck.luhn_ok(d) or kind == "COMMIT", (kind, lk)
    assert len(kinds) >= 20


def test_people(built):
    members, posts, _ = built
    roster = {key(t) for m in members for t in name_tokens(m)}
    for p in posts:
        for kind, frags, v in p.items:
            if kind == "PERSON":
                toks = {key(f[2:]) for f in frags}
                assert not toks & roster, v
        if p.pii_free:
            assert not re.search(r"@|https?://|www\.", p.text)
            words = {key(w) for w in re.findall(r"[^\W\d_]+", p.text)}
            assert not words & roster
            if not p.lookalikes:
                assert not any(c.isdigit() for c in p.text)


def test_address_fragments(built):
    for p in built[1]:
        for kind, frags, _v in p.items:
            if kind == "ADDRESS":
                assert any(f.startswith("p:") for f in frags) and any(
                    f.startswith("t:") for f in frags
                )


def test_phrase_breadth():
    for lang, bank in T.BANKS.items():
        assert count_pieces(bank) >= 300, lang


def test_module_sizes():
    root = Path(T.__file__).parent
    for f in root.glob("twentysixth*.py"):
        assert len(f.read_text(encoding="utf-8").splitlines()) < 400, f.name
