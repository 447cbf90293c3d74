"""The tenth held-out redaction set is well formed: counts, labels, fragments, check digits,
determinism. (Tests of the set only; the redactor is never run here.)"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

import pytest

from trainer_dev.redaction_sets import tenth_checks as ck
from trainer_dev.redaction_sets.tenth import (
    FREE_PER_LOCALE,
    LABELLED_PER_LOCALE,
    LOCALES,
    _present,
    fold,
    leaked,
    make_tenth_set,
)
from trainer_dev.redaction_sets.tenth_build import KINDS
from trainer_dev.redaction_sets.tenth_looks import LOOK_KINDS
from trainer_dev.redaction_sets.tenth_people import MEMBER_FORMS, name_tokens

SEED = 1010


@pytest.fixture(scope="module")
def built():
    return make_tenth_set(SEED)


def digest(posts) -> str:
    h = hashlib.sha256()
    for p in posts:
        h.update(p.text.encode())
        h.update(repr((p.items, p.item_forms, p.lookalikes, p.pii_free)).encode())
    return h.hexdigest()


def test_counts_per_locale(built):
    members, posts = built
    assert len(LOCALES) == 12
    assert len(posts) == 12 * (LABELLED_PER_LOCALE + FREE_PER_LOCALE) == 5400
    per = Counter((p.locale, p.pii_free) for p in posts)
    for loc in LOCALES:
        assert per[loc, False] == 375 and per[loc, True] == 75
    assert len(members) == len(set(members)) == 48
    plain = Counter(p.locale for p in posts if p.pii_free and not p.lookalikes)
    looks = Counter(p.locale for p in posts if p.pii_free and p.lookalikes)
    assert all(plain[loc] == 25 and looks[loc] == 50 for loc in LOCALES)


def test_deterministic_and_seed_dependent(built):
    _, posts = built
    nl = [p for p in posts if p.locale == "nl_NL"]
    _, again = make_tenth_set(SEED, locales=["nl_NL"])
    assert digest(nl) == digest(again)
    _, other = make_tenth_set(SEED + 1, locales=["nl_NL"])
    assert digest(other) != digest(nl)


def test_every_kind_in_every_locale(built):
    _, posts = built
    seen = Counter((p.locale, k) for p in posts for k, _, _ in p.items)
    for loc in LOCALES:
        for kind in KINDS:
            assert seen[loc, kind] >= 5, (loc, kind)
    forms = Counter(
        f
        for p in posts
        for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
        if k == "MEMBER"
    )
    assert set(forms) == set(MEMBER_FORMS)
    looks = Counter(k for p in posts for k in p.lookalike_kinds)
    assert set(looks) == set(LOOK_KINDS)


def test_labels_and_fragments(built):
    _, posts = built
    for p in posts:
        assert len(p.item_forms) == len(p.items)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        if p.pii_free:
            assert not p.items
            continue
        assert p.items
        for _kind, fragments, value in p.items:
            assert value in p.text and fragments
            background = p.text.replace(value, " ")
            raw, back = {}, {}
            for f in fragments:  # every fragment is in the raw text, none in the background
                assert _present(p.text, f, raw), (f, value)
                assert not _present(background, f, back), (f, value)
            assert not leaked(p.text.replace(value, "[REDACTED]"), fragments, background)
        for look in p.lookalikes:
            assert look in p.text


def test_no_member_token_outside_values(built):
    members, posts = built
    tokens = {fold(t) for m in members for t in name_tokens(m)}
    pat = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, tokens)) + r")(?!\w)")
    for p in posts:
        rest = p.text
        for _, _, value in p.items:
            rest = rest.replace(value, " ")
        assert not pat.search(fold(rest)), p.locale


def _id_ok(kind: str, v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if kind == "SSN":
        return re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) is not None and d[:3] not in ("000", "666")
    if kind == "NINO":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v.replace(" ", "")) is not None
    if kind == "PPSN":
        m = re.fullmatch(r"(\d{7})([A-W])([A-Z]?)", v)
        return m is not None and ck.ppsn_check(m[1], m[3]) == m[2]
    if kind == "AADHAAR":
        return len(d) == 12 and ck.verhoeff_ok(d)
    if kind == "TFN":
        return len(d) == 9 and ck.tfn_ok(d)
    if kind == "SIN":
        return len(d) == 9 and ck.luhn_ok(d)
    if kind == "STEUER_ID":
        counts = Counter(d[:10])
        return len(d) == 11 and ck.steuer_id_check(d[:10]) == d[10] and max(counts.values()) == 2
    if kind == "NIR":
        return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])
    if kind in ("DNI", "NIE"):
        s = v.replace("-", "")
        n = s[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23] == s[-1]
    if kind == "CF":
        return len(v) == 16 and ck.cf_check(v[:15]) == v[15]
    if kind == "BSN":
        return ck.elfproef_ok(d)
    if kind == "CPF":
        return len(d) == 11 and ck.cpf_checks(d[:9]) == d
    if kind == "CNPJ":
        return len(d) == 14 and ck.cnpj_checks(d[:12]) == d
    return False


def test_check_digits(built):
    _, posts = built
    id_kinds = Counter()
    for p in posts:
        for (kind, _, value), form in zip(p.items, p.item_forms, strict=True):
            if kind == "ID":
                id_kinds[form] += 1
                assert _id_ok(form, value), (form, value)
            elif kind == "CARD":
                assert ck.luhn_ok(value)
            elif kind == "IBAN":
                assert ck.iban_ok(value), value
    assert len(id_kinds) == 14


def test_check_digit_functions_on_published_examples():
    assert ck.iban_ok("DE89 3704 0044 0532 0130 00")
    assert ck.iban_ok("GB29NWBK60161331926819")
    assert ck.luhn_ok("4111 1111 1111 1111") and not ck.luhn_ok("4111 1111 1111 1112")
    assert ck.verhoeff_ok("2363") and ck.verhoeff_complete("236") == "2363"
    assert ck.elfproef_ok("111222333")
    assert ck.tfn_ok("123456782")
    assert ck.cpf_checks("529982247") == "52998224725"
    assert ck.cnpj_checks("112223330001") == "11222333000181"
    assert ck.s10_check("47312482") == "9"


def test_leaked_rules():
    frags = ["d:9460", "d:4609"]
    assert leaked("call 020 7946 0958", frags, "")
    assert not leaked("call [PHONE]", frags, "")
    assert not leaked("call 020 7946 0958", frags, "ref 946095 on file")  # in the background
    assert leaked("post NR14 9JE today", ["p:NR14 9JE"], "")
    assert leaked("post nr149je today", ["p:NR14 9JE"], "")
    assert not leaked("post NR14 9JEX today", ["p:NR14 9JE"], "")
    assert leaked("SCHOUTENS notes", ["w:Schouten"], "")
    assert leaked("Guimaraes wrote", ["w:Guimarães"], "")
    assert not leaked("Schoutenhuis wrote", ["w:Schouten"], "")
    assert leaked("mail J.Smith@x.io", ["s:j.smith"], "")
    assert leaked("cf RSSMRA85T10A562S", ["a:85T10"], "")
