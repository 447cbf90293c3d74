"""Checks on the SIXTEENTH redaction scoring set itself (never the engine)."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import sixteenth as S
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.sixteenth_ids import (
    FI_CHECK,
    cbu_ok,
    clabe_check,
    cpf_digits,
    cuil_check,
    curp_check,
    iban_mod97,
    luhn_ok,
    nric_letter,
    verhoeff_ok,
)
from trainer_dev.redaction_sets.sixteenth_names import fold, name_tokens
from trainer_dev.redaction_sets.sixteenth_phones import phone_region, valid_phone
from trainer_dev.redaction_sets.sixteenth_text import isbn_ok


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = S.make_sixteenth_set()
    return members, posts, time.process_time() - t0


def _digits(s: str) -> str:
    return "".join(str(int(c)) for c in s if c.isdecimal())


def test_build_time(built):
    assert built[2] < 15


def test_sizes(built):
    members, posts, _ = built
    assert len(members) == 96 and len(posts) == 5400
    for loc in S.LOCALES:
        lp = [p for p in posts if p.locale == loc]
        lab = [p for p in lp if not p.pii_free]
        free = [p for p in lp if p.pii_free]
        assert len(lab) == 375 and len(free) == 75
        assert all(1 <= len(p.items) <= 3 for p in lab)
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert sum(1 for p in free if 1 <= len(p.lookalikes) <= 3) == 45
        kinds = Counter(p.items[0][0] for p in lab)
        for k in S.KINDS:
            if k == "IBAN" and loc not in ("en_GB", "sv_SE", "fi_FI", "pt_BR", "en_PK"):
                continue
            assert kinds[k] >= 37, (loc, k)


def test_free_plain_posts_have_no_digits(built):
    for p in built[1]:
        assert not p.items and not p.item_forms if p.pii_free else p.items
        if p.pii_free and not p.lookalikes:
            assert not any(c.isdecimal() for c in p.text)


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "87577027ade82400"


def test_values_fragments_and_lookalikes(built):
    for p in built[1]:
        assert len(p.item_forms) == len(p.items)
        assert len(p.lookalike_kinds) == len(p.lookalikes)
        assert S.check_post(p), p.text
        values = [v for _, _, v in p.items]
        for kind, frags, v in p.items:
            assert kind in S.KINDS and v in p.text and frags
            bg = p.text.replace(v, " ")
            for f in frags:
                assert f[:2] in ("t:", "s:", "p:", "d:")
                assert S.fragment_in(f, p.text) and not S.fragment_in(f, bg)
            if kind == "ADDRESS":
                assert any(f.startswith("t:") for f in frags)
                assert sum(f.startswith("p:") for f in frags) == 1
        for la in p.lookalikes:
            assert la in p.text and la not in values


def test_checksums(built):
    n = Counter()
    for p in built[1]:
        for (kind, _, v), form in zip(p.items, p.item_forms, strict=True):
            d = _digits(v)
            if kind == "CARD":
                assert luhn_ok(d) and len(d) in (13, 15, 16)
                n["card"] += 1
            elif kind == "IBAN":
                raw = re.sub(r"\s", "", v.removeprefix("IBAN: ")).upper()
                raw = "".join(str(int(c)) if c.isdecimal() else c for c in raw)
                length = {"GB": 22, "SE": 24, "FI": 18, "BR": 29, "PK": 24}[raw[:2]]
                assert len(raw) == length and iban_mod97(raw) == 1
                n["iban"] += 1
            elif kind == "ID":
                _check_id(p.locale, v, form, d)
                n["id"] += 1
            elif kind == "PHONE":
                assert valid_phone(v, phone_region(p.locale)), v
                n["phone"] += 1
        for la, k in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            if k == "isbn":
                assert isbn_ok(la)
    assert min(n.values()) > 300


def _check_id(loc: str, v: str, form: str, d: str) -> None:
    if form.startswith("aadhaar"):
        assert len(d) == 12 and verhoeff_ok(d)
    elif form.startswith("said") or form.startswith("pnr"):
        assert luhn_ok(d[-10:]) if form.startswith("pnr") else (len(d) == 13 and luhn_ok(d))
    elif form == "hetu":
        assert FI_CHECK[int(v[:6] + v[7:10]) % 31] == v[10]
    elif form == "curp":
        assert len(v) == 18 and curp_check(v[:17]) == v[17]
    elif form.startswith("cpf"):
        assert cpf_digits(d[:9]) == d
    elif form == "nric":
        assert nric_letter(v[0], v[1:8]) == v[8]
    elif form == "cuil":
        assert cuil_check(d[:2], d[2:10]) == int(d[10])
    elif form.startswith("clabe"):
        assert len(d) == 18 and clabe_check(d[:17]) == d[17]
    elif form.startswith("cbu"):
        assert cbu_ok(d)
    elif form == "aba_acct":
        r = d[:9]
        assert sum(int(c) * w for c, w in zip(r, [3, 7, 1] * 3, strict=True)) % 10 == 0
    elif form.startswith("cnic"):
        assert len(d) == 13
    elif form.startswith("mykad"):
        assert len(d) == 12
    elif form.startswith("ssn"):
        assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
    elif form.startswith("nino"):
        assert re.fullmatch(r"[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]", v)


def test_roster_and_person_disjoint(built):
    members, posts, _ = built
    for i, loc in enumerate(S.LOCALES):
        roster = members[i * 8:(i + 1) * 8]
        assert len(set(roster)) == 8 and all(len(m.split()) >= 2 for m in roster)
        rtoks = {fold(t) for m in roster for t in name_tokens(m)}
        for p in posts:
            if p.locale != loc:
                continue
            for kind, frags, _ in p.items:
                toks = {fold(f[2:].lower()) for f in frags if f[:2] in ("t:", "s:")}
                if kind == "PERSON":
                    assert not toks & rtoks, (loc, toks)
                if kind == "MEMBER":
                    assert toks & rtoks or any(any(t in r for r in rtoks) for t in toks), toks


def test_forms_are_varied(built):
    names = [f for p in built[1] for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
             if k in ("PERSON", "MEMBER")]
    c = Counter(names)
    assert (len(names) - c["full"]) / len(names) > 1 / 3
    assert len({p.genre for p in built[1]}) == 8


def test_leaked_hand_made():
    text = "Thanks Priya Raman, call +44 7700 900123 or visit SW1A 1AA."
    frags = ["t:Priya", "t:Raman"]
    bg = text.replace("Priya Raman", " ")
    assert not S.leaked(text.replace("Priya Raman", "[NAME]"), frags, bg)
    assert S.leaked(text.replace("Priya", "[NAME]"), frags, bg)
    assert not S.leaked("Ramanathan said hi", frags, bg)
    phone = "+44 7700 900123"
    pf = ["d:4477", "d:7700", "d:9001", "d:0123"]
    pbg = text.replace(phone, " ")
    assert not S.leaked(text.replace(phone, "[PHONE]"), pf, pbg)
    assert S.leaked(text.replace(phone, "[PHONE] 9 0 0-1"), pf, pbg)
    assert S.leaked(text.replace(phone, "０１２３"), pf, pbg)
    # a fragment that also occurs in the background is not a leak
    assert not S.leaked("Raman Raman [NAME]", ["t:Raman"], "Raman street")
    assert S.leaked("visit SW1A\u00a01AA", ["p:SW1A 1AA"], "")
    assert not S.leaked("visit XSW1A 1AAB", ["p:SW1A 1AA"], "")
    assert S.leaked("#PriyaRaman", ["s:raman"], "")
