"""Structural tests of the `thirteenth` scoring set (never runs the redactor)."""

from __future__ import annotations

import collections
import re
import time

import pytest

from trainer_dev.redaction_sets import thirteenth as T
from trainer_dev.redaction_sets import thirteenth_ids as ids
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.thirteenth_local import phone_valid


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = T.make_thirteenth_set()
    return members, posts, time.process_time() - t0


def test_build_time_and_size(built):
    _m, posts, secs = built
    assert secs < 20
    assert sum(len(p.text.encode()) for p in posts) < 8_000_000


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "518be74bd9dadedf"


def test_counts_and_cycling(built):
    members, posts, _ = built
    assert len(members) == 8 * len(T.LOCALES) == len(set(members))
    assert len(T.LOCALES) == 12 and len(set(T.LOCALES)) == 12
    for loc in T.LOCALES:
        lp = [p for p in posts if p.locale == loc]
        lab = [p for p in lp if not p.pii_free]
        free = [p for p in lp if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert sum(not p.lookalikes for p in free) == 30
        assert sum(1 <= len(p.lookalikes) <= 3 for p in free) == 45
        for p in free:
            if not p.lookalikes:
                assert not re.search(r"\d", p.text)
        firsts = collections.Counter(p.items[0][0] for p in lab)
        assert set(firsts) == set(T.KINDS)
        assert all(37 <= n <= 38 for n in firsts.values())
        assert [p.items[0][0] for p in lab] == [T.KINDS[i % 10] for i in range(375)]
        assert all(1 <= len(p.items) <= 3 for p in lab)


def test_values_fragments_and_leak_rule(built):
    _m, posts, _ = built
    for p in posts:
        assert len(p.item_forms) == len(p.items)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        for la in p.lookalikes:
            assert la in p.text
        masked = p.text
        for _k, _f, v in p.items:
            masked = masked.replace(v, "[X]")
        for kind, frags, value in p.items:
            assert kind in T.KINDS
            assert value in p.text
            assert frags and all(re.match(r"^[ndsitp]:.+", f) for f in frags)
            background = p.text.replace(value, " ")
            assert T.leaked(p.text, frags, background), (kind, value)
            assert not T.leaked(masked, frags, background), (kind, value)
            for la in p.lookalikes:
                assert la not in value and value not in la
            if kind == "ADDRESS":
                assert any(f.startswith("t:") for f in frags)


def _compact(v: str) -> str:
    return re.sub(r"[\s.\-/]", "", v)


def test_check_digits(built):
    _m, posts, _ = built
    n = collections.Counter()
    for p in posts:
        for (kind, _f, v), form in zip(p.items, p.item_forms, strict=True):
            c = _compact(v)
            if kind == "CARD":
                assert ids.luhn_ok(c) and c[0] in "234569"
            elif kind == "IBAN":
                assert ids.iban_ok(c)
                L = {
                    "GB": 22,
                    "DE": 22,
                    "IE": 22,
                    "NL": 18,
                    "FR": 27,
                    "IT": 27,
                    "BR": 29,
                    "PL": 28,
                    "SE": 24,
                    "TR": 26,
                    "FI": 18,
                }
                assert len(c) == L[c[:2]]
            elif kind == "PHONE":
                assert phone_valid(v, p.locale), v
            elif kind == "ID":
                _check_id(form, v if form == "henkilotunnus" else c)
            n[kind] += 1
    assert all(n[k] > 400 for k in T.KINDS)


def _check_id(form: str, c: str) -> None:
    if form in ("personnummer", "personnummer_12"):
        assert ids.luhn_ok(c[-10:])
    elif form == "pesel":
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
        assert sum(int(x) * y for x, y in zip(c, w, strict=True)) % 10 == 0
    elif form == "cpf":
        for ln in (9, 10):
            s = sum(int(x) * (ln + 1 - i) for i, x in enumerate(c[:ln])) % 11
            assert c[ln] == ("0" if s < 2 else str(11 - s))
    elif form == "aadhaar":
        assert ids.verhoeff_ok(c) and len(c) == 12
    elif form == "tc_kimlik":
        d = [int(x) for x in c]
        assert (
            d[0] and d[9] == (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 and d[10] == sum(d[:10]) % 10
        )
    elif form == "henkilotunnus":
        assert c[-1] == "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(c[:6] + c[7:10]) % 31]
    elif form == "codice_fiscale":
        assert len(c) == 16 and ids.it_check(c[:15]) == c[15]
    elif form == "nir":
        body = c[:13].replace("2A", "19").replace("2B", "18")
        assert 97 - int(body) % 97 == int(c[13:])
    elif form == "steuer_id":
        assert ids.mod11_10(c[:10]) == c[10] and c[0] != "0"
        assert sorted(collections.Counter(c[:10]).values()) == [1] * 8 + [2]
    elif form == "tfn":
        assert (
            sum(int(x) * y for x, y in zip(c, [1, 4, 3, 7, 5, 8, 6, 9, 10], strict=True)) % 11 == 0
        )
    elif form == "medicare":
        assert sum(
            int(x) * y for x, y in zip(c[:8], [1, 3, 7, 9, 1, 3, 7, 9], strict=True)
        ) % 10 == int(c[8])
    elif form == "nhs_number":
        s = 11 - sum(int(x) * (10 - i) for i, x in enumerate(c[:9])) % 11
        assert (0 if s == 11 else s) == int(c[9])
    elif form == "ssn":
        assert c[:3] not in ("000", "666") and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000"


def test_known_check_digit_examples():
    assert ids.it_check("RSSMRA85T10A562") == "S"
    assert ids.verhoeff_ok("2363")
    assert ids.iban_ok("GB82WEST12345698765432") and ids.iban_ok("DE89370400440532013000")
    assert ids.luhn_ok("4111111111111111")


def test_roster_hygiene(built):
    members, posts, _ = built
    roster_toks = {k for m in members for k in T.name_keys(m)}
    for p in posts:
        for (kind, frags, _v), form in zip(p.items, p.item_forms, strict=True):
            toks = {k for f in frags if f.startswith("n:") for k in T.name_keys(f[2:])}
            if kind == "PERSON":
                assert toks and not toks & roster_toks
            if kind == "MEMBER":
                assert toks <= roster_toks and form
    for p in posts:
        if p.pii_free:
            text = p.text
            for la in p.lookalikes:  # company look-alikes may legitimately share a roster surname
                text = text.replace(la, " ")
            assert not any(
                re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text, re.I)
                for t in roster_toks
                if len(t) > 3 and t not in ("hope", "joy", "sage")
            )



def test_lookalike_isbns_valid_and_lists_sized(built):
    from trainer_dev.redaction_sets import thirteenth_names as names

    _m, posts, _ = built
    for p in posts:
        for la, k in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            if k == "isbn":
                d = la.replace("-", "")
                assert len(d) == 13
                assert sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d)) % 10 == 0
    for loc in T.LOCALES:
        assert len(names.given(loc)) >= 60 and len(names.surnames(loc)) >= 80


def test_modules_small():
    import pathlib

    root = pathlib.Path(T.__file__).parent
    for f in root.glob("thirteenth*.py"):
        assert len(f.read_text().splitlines()) <= 400, f
