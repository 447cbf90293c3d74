"""Shape, determinism, check digits and the leak rule of the eleventh set (no redactor here)."""

from __future__ import annotations

import collections
import re

import pytest

from trainer_dev.redaction_sets import eleventh_checks as ck
from trainer_dev.redaction_sets.eleventh import KINDS, LOCALES, leaked, make_eleventh_set
from trainer_dev.redaction_sets.eleventh_leak import fold, hit
from trainer_dev.redaction_sets.eleventh_people import name_tokens


@pytest.fixture(scope="module")
def built():
    return make_eleventh_set()


def test_deterministic(built):
    few = ("en_IN", "it_IT", "pt_BR")
    m2, p2 = make_eleventh_set(locales=few)
    assert [m for i, m in enumerate(built[0]) if LOCALES[i // 8] in few] == m2
    assert [(p.text, p.items, p.lookalikes) for p in built[1] if p.locale in few] == [
        (p.text, p.items, p.lookalikes) for p in p2
    ]
    _, p3 = make_eleventh_set(seed=7, locales=("de_DE",))
    assert [p.text for p in p3] != [p.text for p in built[1] if p.locale == "de_DE"]


def test_shape_per_locale(built):
    members, posts = built
    assert len(members) == 8 * len(LOCALES) == len(set(members))
    for loc in LOCALES:
        mine = [p for p in posts if p.locale == loc]
        lab = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) >= 30
        assert all(1 <= len(p.items) <= 3 for p in lab)
        first = collections.Counter(p.items[0][0] for p in lab)
        assert set(first) == set(KINDS) and min(first.values()) >= 37
        for p in mine:
            assert len(p.item_forms) == len(p.items)
            assert len(p.lookalike_kinds) == len(p.lookalikes)
        plain = [p for p in free if not p.lookalikes]
        assert all(not re.search(r"\d", p.text) for p in plain)


def test_values_lookalikes_and_fragments(built):
    _, posts = built
    for p in posts:
        for kind, frags, value in p.items:
            assert kind in KINDS
            assert p.text.count(value) == 1
            assert frags and all(re.match(r"[dainstp]:.", f) for f in frags)
            assert all(hit(value, f) for f in frags), (value, frags)
            bg = p.text.replace(value, " ")
            assert not any(hit(bg, f) for f in frags)
        for x in p.lookalikes:
            assert x in p.text


def test_no_roster_token_outside_member_values(built):
    members, posts = built
    by_loc = collections.defaultdict(set)
    for i, m in enumerate(members):
        by_loc[LOCALES[i // 8]] |= {fold(t) for t in name_tokens(m)}
    for p in posts:
        text = p.text
        for kind, _, v in p.items:
            if kind == "MEMBER":
                text = text.replace(v, " ")
        assert not set(re.findall(r"[^\W_]+", fold(text))) & by_loc[p.locale], p.text


def test_check_digits(built):
    _, posts = built
    seen = collections.Counter()
    for p in posts:
        for kind, _, value, form in [(*it, f) for it, f in zip(p.items, p.item_forms, strict=True)]:
            compact = re.sub(r"[\s.\-/]", "", value)
            if kind == "CARD":
                assert ck.luhn_ok(compact)
            elif kind == "IBAN":
                assert ck.iban_ok(value.upper())
                bban = compact.upper()[4:]
                if form == "iban_FR":
                    assert ck.rib_key(bban[:5], bban[5:10], bban[10:21]) == bban[21:]
                elif form == "iban_ES":
                    assert ck.es_ccc_digits(bban[:4], bban[4:8], bban[10:]) == bban[8:10]
                elif form == "iban_IT":
                    assert ck.italian_check_char(bban[1:]) == bban[0]
            elif kind == "ID":
                seen[form] += 1
                if form == "Aadhaar":
                    assert ck.verhoeff_ok(compact)
                elif form == "SIN":
                    assert ck.luhn_ok(compact)
                elif form == "TFN":
                    assert ck.tfn_ok(compact)
                elif form == "BSN":
                    assert ck.bsn_ok(compact)
                elif form == "CPF":
                    assert ck.cpf_digits(compact[:9]) == compact[9:]
                elif form == "DNI":
                    assert ck.dni_letter(int(compact[:8])) == compact[-1]
                elif form == "NIR":
                    assert ck.nir_key(compact[:13]) == compact[13:]
                elif form == "PPSN":
                    assert ck.ppsn_letter(compact[:7], compact[8:]) == compact[7]
                elif form == "codice_fiscale":
                    assert ck.italian_check_char(compact[:15]) == compact[15]
                elif form == "Steuer-ID":
                    assert ck.mod11_10_digit(compact[:10]) == compact[10]
    assert len(seen) >= 15
    isbns = [
        x
        for p in posts
        for x, k in zip(p.lookalikes, p.lookalike_kinds, strict=True)
        if k == "isbn"
    ]
    assert len(isbns) > 100
    for x in isbns:
        d = x.replace("-", "")
        assert len(d) == 13 and ck.isbn13_digit(d[:12]) == d[12]


def test_known_check_vectors():
    assert ck.iban_ok("GB82 WEST 1234 5698 7654 32")
    assert ck.iban_ok("DE89 3704 0044 0532 0130 00")
    assert ck.luhn_ok("4111 1111 1111 1111")
    assert ck.verhoeff_ok("2363")
    assert ck.bsn_ok("111222333")
    assert ck.cpf_digits("529982247") == "25"
    assert ck.dni_letter(12345678) == "Z"
    assert ck.mod11_10_digit("8609574271") == "9"
    assert ck.italian_check_char("RSSMRA85T10A562") == "S"
    assert ck.isbn13_digit("978030640615") == "7"
    assert ck.es_ccc_digits("2100", "0418", "0200051332") == "45"
    assert ck.rib_key("30006", "00001", "12345678901") == "89"
    assert ck.italian_check_char("0542811101000000123456") == "X"
    assert ck.ppsn_letter("1234567") == "T"
    assert ck.tfn_ok("123456782") and ck.luhn_ok("046 454 286")


def test_leak_rule(built):
    _, posts = built
    checked = 0
    for p in posts:
        for kind, frags, value in p.items:
            bg = p.text.replace(value, " ")
            redacted = p.text.replace(value, f"[{kind}]")
            assert not leaked(redacted, frags, bg)
            assert leaked(p.text, frags, bg)
            checked += 1
    assert checked > 4000
    frags = ["d:3827", "n:Okafor"]
    assert not leaked("call Okafor", frags, "Okafor called")
    assert leaked("call (415) 382-7716", frags, "nothing")
    assert leaked("Okafor's slides", ["n:Okafor"], "x")
    assert not leaked("Okaforson", ["n:Okafor"], "x")
    assert leaked("SW1A 1AA", ["p:1AA"], "x") and not leaked("1AAB", ["p:1AA"], "x")
    assert leaked("AB 12 34 56 C", ["a:123456"], "x")
