"""Checks of the fifteenth redaction scoring set itself (never of the engine)."""

from __future__ import annotations

import re
import time
from collections import Counter

import phonenumbers
import pytest

from trainer_dev.redaction_sets import fifteenth as F
from trainer_dev.redaction_sets import fifteenth_num as N
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.fifteenth_core import matches, post_ok
from trainer_dev.redaction_sets.fifteenth_items import NICKS, lower


@pytest.fixture(scope="module")
def built():
    t0 = time.process_time()
    members, posts = F.make_fifteenth_set()
    return members, posts, time.process_time() - t0


LOC = {loc["code"]: loc for loc in F.LOCALES}


def test_locales_and_sizes(built):
    members, posts, _ = built
    assert len(LOC) == 12
    assert {"en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "tr_TR"} <= set(LOC)
    earlier = {"en_IE", "en_CA", "en_AU", "en_IN", "en_NZ", "en_ZA", "de_AT", "es_MX", "fr_CA",
               "nl_NL", "pt_BR", "pt_PT", "sv_SE", "fi_FI"}
    assert not earlier & set(LOC)
    assert len(members) == 96 and len(posts) == 5400
    per = Counter((p.locale, p.pii_free) for p in posts)
    for code in LOC:
        assert per[(code, False)] == 375
        assert per[(code, True)] == 75
        free = [p for p in posts if p.locale == code and p.pii_free]
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert sum(1 for p in free if 1 <= len(p.lookalikes) <= 3) == 45
        lab = [p for p in posts if p.locale == code and not p.pii_free]
        firsts = Counter(p.items[0][0] for p in lab)
        assert set(firsts) == set(F.KINDS) and min(firsts.values()) >= 37


def test_build_time(built):
    assert built[2] < 15


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "475e72f865c17d89"


def test_post_shape(built):
    _, posts, _ = built
    for p in posts:
        assert len(p.items) == len(p.item_forms)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        assert p.genre and p.locale in LOC
        if p.pii_free:
            assert not p.items and not p.item_forms
        else:
            assert 1 <= len(p.items) <= 3
        for kind, frags, value in p.items:
            assert kind in F.KINDS and frags and value in p.text
        for la in p.lookalikes:
            assert la in p.text
        assert post_ok(p)


def test_pii_free_plain_has_no_digits(built):
    for p in built[1]:
        if p.pii_free and not p.lookalikes:
            assert not re.search(r"\d", p.text)


def test_fragments_match_text_not_background(built):
    for p in built[1]:
        masked = p.text
        for _, _, v in sorted(p.items, key=lambda it: -len(it[2])):
            masked = masked.replace(v, "[X]")
        for kind, frags, value in p.items:
            bg = p.text.replace(value, " ")
            for f in frags:
                assert f[:2] in ("t:", "p:", "d:")
                assert matches(f, p.text) and matches(f, value)
                assert not matches(f, bg), (f, p.text)
                assert not matches(f, masked)
            if kind == "ADDRESS":
                assert any(f.startswith("t:") for f in frags)
        for la in p.lookalikes:
            assert la in masked


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def test_checksums(built):
    seen = Counter()
    for p in built[1]:
        loc = LOC[p.locale]
        for kind, _, value in p.items:
            if kind == "CARD":
                d = _digits(value)
                assert N.luhn_ok(d) and len(d) in (15, 16)
                assert d[0] in "23456" and (len(d) == 15) == (d[:2] in ("34", "37"))
            elif kind == "IBAN":
                iban = value.replace(" ", "").upper()
                assert N.iban_ok(iban) and len(iban) == N.IBAN_LEN[iban[:2]]
                assert iban[:2] in loc["iban_cc"]
            elif kind == "ID":
                _check_id(p.locale, value)
            seen[kind] += 1
    assert all(seen[k] > 500 for k in F.KINDS)


def _check_id(code: str, value: str) -> None:
    d = _digits(value)
    if code == "en_US":
        assert re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", value)
        assert d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
    elif code == "en_GB":
        v = value.replace(" ", "").upper()
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v)
        assert v[:2] not in N.NINO_BAD_PAIRS
    elif code == "de_DE":
        assert len(d) == 11 and d[0] != "0" and N.de_steuer_id_check(d[:10]) == d[10]
        assert sorted(Counter(d[:10]).values())[-1] == 2
    elif code == "fr_FR":
        assert len(d) == 15 and int(d[13:]) == 97 - int(d[:13]) % 97
    elif code == "es_ES":
        v = value.replace(".", "").replace("-", "")
        n = v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
        assert len(v) == 9 and N.ES_LETTERS[int(n) % 23] == v[-1]
    elif code == "it_IT":
        assert N.it_cf_ok(value.upper())
    elif code == "pl_PL":
        assert N.pesel_ok(value)
    elif code == "tr_TR":
        assert N.tckn_ok(d)
    elif code == "cs_CZ":
        assert len(d) == 10 and int(d) % 11 == 0
    elif code == "ro_RO":
        assert N.cnp_ok(value)
    elif code == "da_DK":
        assert len(d) == 10 and sum(int(c) * w for c, w in zip(d, N.CPR_W, strict=True)) % 11 == 0
    elif code == "nb_NO":
        assert len(d) == 11 and N.no_fnr_checks(d[:9]) == d
    else:
        raise AssertionError(code)


def test_known_check_digits():
    assert N.luhn_ok("4111111111111111") and not N.luhn_ok("4111111111111112")
    assert N.iban_ok("DE89370400440532013000") and N.iban_ok("GB29NWBK60161331926819")
    assert not N.iban_ok("DE89370400440532013001")
    assert N.pesel_ok("44051401359") and N.tckn_ok("10000000146")
    assert N.it_cf_ok("RSSMRA85T10A562S")
    assert N.de_steuer_id_check("8609574271") == "9"  # documented example 86095742719


def test_phones_valid(built):
    n = 0
    for p in built[1]:
        loc = LOC[p.locale]
        for kind, _, value in p.items:
            if kind != "PHONE":
                continue
            d = _digits(value)
            cc = loc["intl"]
            if value.startswith("+") or value.startswith("00"):
                d = d[2:] if value.startswith("00") else d
                assert d.startswith(cc)
                nsn = d[len(cc):]
            elif p.locale == "en_US" and d.startswith("1") and len(d) == 11:
                nsn = d[1:]
            elif p.locale in ("en_US", "pl_PL", "cs_CZ", "da_DK", "nb_NO", "es_ES", "it_IT"):
                nsn = d
            else:  # trunk prefix 0 where written; some people drop it (TR "532 123 45 67")
                nsn = d[1:] if d.startswith("0") else d
            if "(0)" in value:
                nsn = nsn[1:] if nsn.startswith("0") else nsn
            num = phonenumbers.parse("+" + cc + nsn)
            assert phonenumbers.is_valid_number_for_region(num, loc["region"]), value
            n += 1
    assert n > 500


def _norm(code: str, s: str) -> str:
    return lower(LOC[code], s).replace("ß", "ss")


def _roster(members: list[str], code: str) -> list[str]:
    i = list(LOC).index(code)
    return members[i * 8:(i + 1) * 8]


def test_roster_and_person_tokens(built):
    members, posts, _ = built
    for code in LOC:
        roster = _roster(members, code)
        assert len(set(roster)) == 8 and all(len(m.split()) >= 2 for m in roster)
        tokens = {_norm(code, w) for m in roster for w in re.findall(r"\w+", m)}
        for p in posts:
            if p.locale != code:
                continue
            for kind, frags, value in p.items:
                if kind == "PERSON":
                    body = {_norm(code, f[2:]) for f in frags if f.startswith("t:")}
                    assert not body & tokens, (value, roster)


def test_member_values_are_roster_forms(built):
    members, posts, _ = built
    nicks = set(NICKS.values())
    for p in posts:
        roster = _roster(members, p.locale)
        words = {_norm(p.locale, w) for m in roster for w in re.findall(r"\w+", m)}
        words |= {_norm(p.locale, n) for n in nicks}
        for kind, frags, value in p.items:
            if kind == "MEMBER" and not value.startswith(("#", "@")):
                for f in frags:
                    assert _norm(p.locale, f[2:]) in words, (value, f)


def test_name_forms_hard_enough(built):
    forms = [f for p in built[1] for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
             if k in ("PERSON", "MEMBER")]
    assert sum(f != "full" for f in forms) / len(forms) > 1 / 3
    assert {"lower", "surname_first", "initial", "hashtag", "handle", "given", "nickname"} <= \
        set(forms)


def test_leaked_hand_made():
    text = "Call Anna Kowalska on 512 345 678 at ul. Długa 5, 00-238 Warszawa."
    name, phone, addr = "Anna Kowalska", "512 345 678", "ul. Długa 5, 00-238 Warszawa"
    bg = text.replace(name, " ")
    # caught: the whole name replaced by a tag
    assert not F.leaked(text.replace(name, "[NAME]"), ["t:Anna", "t:Kowalska"], bg)
    # surviving surname
    assert F.leaked(text.replace("Anna", "[NAME]"), ["t:Anna", "t:Kowalska"], bg)
    # a surname inside a longer word does not count as a whole-word token
    assert not F.leaked("Kowalskas", ["t:Kowalska"], "")
    # surviving 4-digit window, across a space
    bgp = text.replace(phone, " ")
    assert F.leaked(text.replace("512 3", "[PHONE]"), ["d:4567", "d:5678"], bgp)
    assert not F.leaked(text.replace(phone, "[PHONE]"), ["d:4567", "d:5678"], bgp)
    # fragment present in the background is not a leak
    assert not F.leaked("Anna called Anna", ["t:Anna"], "Anna called")
    # postcode: substring not touching letters/digits
    bga = text.replace(addr, " ")
    assert F.leaked(text.replace("ul. Długa 5", "[ADDRESS]"), ["t:Długa", "p:00-238"], bga)
    assert not F.leaked(text.replace(addr, "[ADDRESS]"), ["t:Długa", "p:00-238"], bga)
    assert not F.leaked("100-2381", ["p:00-238"], "")
    # tags never count as surviving fragments
    assert not F.leaked("[NAME] said hi", ["t:name"], "")
