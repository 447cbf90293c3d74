"""Checks of the fourteenth scoring set itself (the redactor is never run here)."""

from __future__ import annotations

import collections
import re
import time

import phonenumbers
import pytest

from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.fourteenth import (
    KINDS,
    LOCALES,
    Post,
    leaked,
    make_fourteenth_set,
)

REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IE": "IE",
    "en_CA": "CA",
    "de_DE": "DE",
    "es_ES": "ES",
    "nl_NL": "NL",
    "fr_FR": "FR",
    "sv_SE": "SE",
    "pl_PL": "PL",
    "fi_FI": "FI",
    "tr_TR": "TR",
}
IBAN_LEN = {
    "GB": 22,
    "IE": 22,
    "DE": 22,
    "ES": 24,
    "NL": 18,
    "FR": 27,
    "SE": 24,
    "PL": 28,
    "FI": 18,
    "TR": 26,
}


@pytest.fixture(scope="module")
def built():
    t = time.process_time()
    members, posts = make_fourteenth_set()
    return members, posts, time.process_time() - t


def _plain_items(posts, kind):
    """Items of `kind` written in their plain (not spelled/obfuscated) form."""
    for p in posts:
        for (k, _frags, v), form in zip(p.items, p.item_forms, strict=True):
            if k == kind and ":" not in form:
                yield p, v, form


def _luhn(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def test_build_time_and_sizes(built):
    members, posts, secs = built
    assert secs < 20
    assert len(posts) == 12 * 450 and len(members) == 96 == len(set(members))
    for loc in LOCALES:
        mine = [p for p in posts if p.locale == loc]
        lab = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert all(1 <= len(p.lookalikes) <= 3 for p in free if p.lookalikes)
        assert not any(re.search(r"\d", p.text) for p in free if not p.lookalikes)
        assert all(1 <= len(p.items) <= 3 for p in lab)
        first = collections.Counter(p.items[0][0] for p in lab)
        assert set(first) == set(KINDS) and all(c in (37, 38) for c in first.values())
        for i, p in enumerate(lab):
            assert p.items[0][0] == KINDS[i % 10]


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "7f988eb3ea0c2d6c"


def test_structure_and_leak_rule(built):
    _, posts, _ = built
    for p in posts:
        assert isinstance(p, Post)
        assert len(p.item_forms) == len(p.items)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        for lk in p.lookalikes:
            assert lk in p.text
        masked = p.text
        for _, _, v in sorted(p.items, key=lambda it: -len(it[2])):
            masked = masked.replace(v, "[X]")
        for kind, frags, v in p.items:
            assert kind in KINDS and v in p.text and frags
            assert all(re.match(r"^[ntspidw]:.+", f) for f in frags), frags
            bg = p.text.replace(v, " ")
            assert leaked(p.text, frags, bg)
            assert not leaked(masked, frags, bg)
            assert not leaked(p.text.replace(v, "[PHONE]"), frags, bg)
            if kind == "ADDRESS":
                assert any(f.startswith("t:") for f in frags)
            for f in frags:
                assert len(f) >= 4, f


def test_phones_valid(built):
    _, posts, _ = built
    n = 0
    for p, v, _form in _plain_items(posts, "PHONE"):
        num = phonenumbers.parse(v, REGION[p.locale])
        assert phonenumbers.is_valid_number_for_region(num, REGION[p.locale]), v
        n += 1
    assert n > 300


def test_cards_luhn_and_iin(built):
    _, posts, _ = built
    for _p, v, _form in _plain_items(posts, "CARD"):
        d = re.sub(r"\D", "", v)
        assert _luhn(d), v
        assert len(d) == (15 if d[:2] in ("34", "37") else 16)
        assert (
            d[0] == "4"
            or 51 <= int(d[:2]) <= 55
            or 2221 <= int(d[:4]) <= 2720
            or d[:2] in ("34", "37")
            or d.startswith("6011")
        ), v


def test_ibans_mod97(built):
    _, posts, _ = built
    for _p, v, _form in _plain_items(posts, "IBAN"):
        s = v.replace(" ", "")
        assert len(s) == IBAN_LEN[s[:2]], v
        assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1, v


def _id_ok(scheme: str, v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if scheme == "SSN":
        return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00"
    if scheme == "NINO":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v.replace(" ", "")) is not None
    if scheme == "PPSN":
        s = sum(int(c) * w for c, w in zip(d, range(8, 1, -1), strict=True))
        return "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] == v[7]
    if scheme == "SIN":
        return len(d) == 9 and _luhn(d)
    if scheme == "STEUER":
        prod = 10
        for ch in d[:10]:
            s = (int(ch) + prod) % 10 or 10
            prod = s * 2 % 11
        return len(d) == 11 and (11 - prod) % 10 == int(d[10])
    if scheme in ("DNI", "NIE"):
        body = v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23] == v[-1]
    if scheme == "BSN":
        return (
            sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=True)) % 11 == 0
        )
    if scheme == "NIR":
        body = v.replace(" ", "")[:13].replace("2A", "19").replace("2B", "18")
        return 97 - int(body) % 97 == int(v.replace(" ", "")[13:])
    if scheme == "PNR":
        return _luhn(d[-10:])
    if scheme == "PESEL":
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return (10 - sum(int(a) * b for a, b in zip(d, w, strict=False)) % 10) % 10 == int(d[10])
    if scheme == "HETU":
        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10]
    if scheme == "TCKN":
        x = list(map(int, d))
        return (
            x[0] != 0
            and ((x[0] + x[2] + x[4] + x[6] + x[8]) * 7 - sum(x[1:9:2])) % 10 == x[9]
            and sum(x[:10]) % 10 == x[10]
        )
    return False


def test_national_ids_check_digits(built):
    _, posts, _ = built
    seen = collections.Counter()
    for _p, v, form in _plain_items(posts, "ID"):
        assert _id_ok(form, v), (form, v)
        seen[form] += 1
    assert len(seen) >= 12


def test_roster_hygiene(built):
    members, posts, _ = built
    roster_tokens = {t.lower() for m in members for t in re.split(r"[\s\-]+", m)}
    assert all(len(m.split()) >= 2 for m in members)
    for p in posts:
        for (kind, frags, _v), form in zip(p.items, p.item_forms, strict=True):
            if kind == "PERSON":
                assert not {f[2:].lower() for f in frags} & roster_tokens, frags
            if kind == "MEMBER" and not form.endswith(("mention", "nickname")):
                assert {f[2:].lower() for f in frags} & roster_tokens


def test_obfuscated_share(built):
    _, posts, _ = built
    num = [
        f
        for p in posts
        for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
        if k in ("PHONE", "CARD", "IBAN", "ID")
    ]
    share = sum(":" in f for f in num) / len(num)
    assert 0.25 < share < 0.42


def test_leak_rule_semantics():
    w = ["w:zero|seven|seven|one"]
    assert leaked("call zero, seven-seven one [PHONE]", w, "call  ")
    assert not leaked("call zero seven [PHONE] one", w, "call  ")
    assert leaked("06 12 [PHONE]", ["d:0612"], "x")
    assert not leaked("06 [PHONE] 12", ["d:0612"], "x")
    assert not leaked("Annabel", ["n:Anna"], "")
    assert leaked("ANNA said", ["n:Anna"], "")
    assert not leaked("ANNA said", ["n:Anna"], "Anna is here too")
    assert not leaked("5012345", ["p:50123"], "")
    assert leaked("[ADDRESS], 50123 Köln", ["t:Lindenstraße", "p:50123"], "")
    assert leaked("mail ANNA.BERG [EMAIL]", ["s:anna.berg"], "")
