"""Checks on the forty-sixth scoring set itself (never on a redactor)."""

from __future__ import annotations

import random
import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import fortysixth as T
from trainer_dev.redaction_sets import fortysixth_checks as C
from trainer_dev.redaction_sets import fortysixth_looks as L
from trainer_dev.redaction_sets import fortysixth_people as P
from trainer_dev.redaction_sets import fortysixth_values as V
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.fortysixth_build import (
    BANKS,
    KINDS,
    LOCALES,
    MEMBER_FORMS,
    PERSON_FORMS,
    make_roster,
    name_tokens,
    piece_counts,
    possessive,
    roster_tokens,
)
from trainer_dev.redaction_sets.fortysixth_places import BOX_WORD, POSTCODE_RE, postcode_ok

PINNED = "b95923e4a6f271e2"
BANK_FORMS = {"au_bsb_account", "nz_account"}
ID_TYPES = {t for types in V.ID_TYPES.values() for t in types}
FORMS = {
    "EMAIL": set(V.EMAIL_FORMS),
    "PHONE": set(V.PHONE_FORMS),
    "URL": {"https_host", "https_slug", "www", "bare"},
    "IP": {"v4", "v4_private", "v4_port", "v6", "v6_full"},
    "CARD": {f"{b}_{s}" for b in ("visa", "mc") for s in ("grouped", "dashed", "compact")}
    | {"amex"},
    "IBAN": {"iban_print", "iban_compact"},
    "ID": ID_TYPES | {t + "_bare" for t in ID_TYPES} | BANK_FORMS,
    "PERSON": set(PERSON_FORMS),
    "MEMBER": set(MEMBER_FORMS),
    "ADDRESS": {"one_line", "multi_line", "street_town", "box"},
}


@pytest.fixture(scope="module")
def built():
    start = time.process_time()
    members, posts = T.make_fortysixth_set()
    return members, posts, time.process_time() - start


def _rosters():
    return {loc: make_roster(random.Random(f"{T.SEED}:{i}:{loc}"), loc)
            for i, loc in enumerate(LOCALES)}


def test_build_time_and_pinned_digest(built):
    members, posts, cpu = built
    assert cpu < 15
    assert set_digest(members, posts) == PINNED


def test_determinism(built):
    members, posts, _ = built
    assert set_digest(*T.make_fortysixth_set()) == set_digest(members, posts)
    assert set_digest(*T.make_fortysixth_set(seed=1)) != set_digest(members, posts)


def test_sizes_and_kind_cycle(built):
    members, posts, _ = built
    assert len(members) == 96 == len(set(members)) and len(posts) == 5400
    assert len(LOCALES) == 12
    for loc in LOCALES:
        mine = [p for p in posts if p.locale == loc]
        labelled = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert (len(mine), len(labelled), len(free)) == (450, 375, 75)
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert sum(1 for p in free if 1 <= len(p.lookalikes) <= 3) == 45
        for j, p in enumerate(labelled):
            assert 1 <= len(p.items) <= 3
            assert len({k for k, _, _ in p.items}) == len(p.items) or any(
                f in BANK_FORMS for f in p.item_forms)
            want, (kind, _, _), form = KINDS[j % len(KINDS)], p.items[0], p.item_forms[0]
            if want == "IBAN" and loc not in V.IBAN_LOCALES:
                assert kind == "ID" and form in BANK_FORMS
            else:
                assert kind == want
        for p in free:
            if not p.lookalikes:
                assert not re.search(r"\d", p.text), p.text


def _value_ok(post, kind, value, form, frags) -> bool:
    region = V.REGION[post.locale]
    if kind == "EMAIL":
        return C.email_ok(value)
    if kind == "PHONE":
        return C.phone_valid(value, region)
    if kind == "URL":
        return C.url_ok(value)
    if kind == "IP":
        return C.ip_ok(value)
    if kind == "CARD":
        d = re.sub(r"\D", "", value)
        return C.luhn_ok(d) and len(d) == (15 if form == "amex" else 16)
    if kind == "IBAN":
        return C.iban_ok(value) and value[:2] == region and V.iban_national_ok(value)
    if kind == "ID":
        if form in BANK_FORMS:
            return V.bank_ok(post.locale, value, form)
        return V.id_ok(form.removesuffix("_bare"), value)
    if kind == "ADDRESS":
        for f in frags:
            body = f[2:]
            if f.startswith("p:") and f"{BOX_WORD[post.locale]} {body}" not in value:
                if not postcode_ok(post.locale, body):
                    return False
        return any(f.startswith("t:") for f in frags) or form == "box" or any(
            f.startswith("p:") for f in frags)
    return True


def test_every_value_revalidated(built):
    _, posts, _ = built
    n = 0
    for post in posts:
        for (kind, frags, value), form in zip(post.items, post.item_forms, strict=True):
            assert _value_ok(post, kind, value, form, frags), (post.locale, kind, form, value)
            n += 1
    assert n > 8500


def test_check_digit_rules_on_published_examples():
    assert C.pps_ok("1234567T") and C.pps_ok("1234567FA") and not C.pps_ok("1234567A")
    assert C.tfn_ok("123 456 782") and not C.tfn_ok("123 456 789")
    assert C.medicare_ok("2123 45670 1") and not C.medicare_ok("2123 45671 1")
    assert C.ird_ok("49-091-850") and C.ird_ok("35-901-981") and not C.ird_ok("49-091-851")
    assert C.nhi_ok("ZZZ0016") and C.nhi_ok("ZZZ0024") and not C.nhi_ok("ZZZ0017")
    assert C.svnr_ok("1237 010180") and not C.svnr_ok("1238 010180")
    assert C.steuer_id_ok("86095742719") and not C.steuer_id_ok("86095742718")
    assert C.ausweis_ok("T220001293") and not C.ausweis_ok("T220001294")
    assert C.cf_ok("RSSMRA85T10A562S") and not C.cf_ok("RSSMRA85T10A562T")
    assert C.iban_ok("IT60X0542811101000000123456") and C.cf_char("0542811101000000123456") == "X"
    assert C.iban_ok("FR1420041010050500013M02606")
    assert C.rib_key("20041", "01005", "0500013M026") == "06"
    assert C.iban_ok("BE68539007547034") and C.be_account_key("5390075470") == "34"
    assert C.abn_ok("51 824 753 556") and not C.abn_ok("51 824 753 557")
    assert C.atu_digit("1358562") == "7" and C.mod11_10_digit("13658562") == "9"
    assert C.gs1_ok("4006381333931") and not C.gs1_ok("4006381333932")
    assert C.kbo_ok("0202.239.951") and not C.kbo_ok("0202.239.952")


def test_postcodes_of_addresses(built):
    _, posts, _ = built
    seen = Counter()
    for post in posts:
        for kind, frags, value in post.items:
            if kind != "ADDRESS":
                continue
            for f in frags:
                if f.startswith("p:") and re.fullmatch(POSTCODE_RE[post.locale], f[2:]):
                    assert f[2:] in value
                    seen[post.locale] += 1
    for loc in LOCALES:
        assert seen[loc] >= 40, (loc, seen[loc])


def test_check_post_on_every_post(built):
    _, posts, _ = built
    assert all(T.check_post(p) for p in posts)


def test_fragment_rules(built):
    _, posts, _ = built
    for post in posts:
        for kind, frags, value in post.items:
            prefixes = {f[:2] for f in frags}
            assert frags and prefixes <= {"t:", "p:", "d:", "s:"}
            if kind == "ADDRESS":
                assert prefixes <= {"t:", "p:"}
            if kind in ("PHONE", "CARD", "IBAN"):
                assert prefixes == {"d:"}
            if kind in ("EMAIL", "URL", "PERSON", "MEMBER"):
                assert prefixes == {"t:"}
            if kind == "IP":
                assert prefixes == {"p:"}
            if kind == "EMAIL":
                assert frags == ["t:" + value.split("@")[0]]
            for f in frags:
                if f.startswith("d:"):
                    assert re.fullmatch(r"\d{4}", f[2:])


def test_forms_per_kind(built):
    _, posts, _ = built
    seen: dict[str, set] = {k: set() for k in KINDS}
    for post in posts:
        for (kind, _, _), form in zip(post.items, post.item_forms, strict=True):
            seen[kind].add(form)
    for kind in KINDS:
        assert seen[kind] == FORMS[kind], (kind, seen[kind] ^ FORMS[kind])


def test_bare_ids_share(built):
    _, posts, _ = built
    forms = [f for p in posts for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
             if k == "ID" and f not in BANK_FORMS]
    bare = sum(f.endswith("_bare") for f in forms) / len(forms)
    assert 0.33 <= bare <= 0.47


def test_piece_counts_and_genres(built):
    _, posts, _ = built
    counts = piece_counts()
    assert set(counts) == set(BANKS) and all(n >= 180 for n in counts.values()), counts
    genres = Counter(p.genre for p in posts)
    assert len(genres) == 6 and min(genres.values()) >= 800, genres


def test_lookalike_kinds_floors_and_checks(built):
    _, posts, _ = built
    kinds = Counter(k for p in posts for k in p.lookalike_kinds)
    assert set(kinds) == set(L.LOOK_KINDS) and min(kinds.values()) >= 330, kinds
    for p in posts:
        for v, k in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            assert v in p.text
            if k == "orgreg":
                assert L.orgreg_ok(p.locale, v), v
            if k in ("ean", "isbn"):
                assert C.gs1_ok(v.split()[-1]), v


def test_name_pools_and_disjointness(built):
    members, posts, _ = built
    for loc in LOCALES:
        assert len(set(P.GIVEN_F[loc])) >= 22 and len(set(P.GIVEN_M[loc])) >= 22
        assert len(set(P.SURNAMES[loc])) >= 40
    rosters = _rosters()
    assert [m["name"] for loc in LOCALES for m in rosters[loc]] == members
    banned = roster_tokens(rosters)
    for post in posts:
        for kind, frags, _ in post.items:
            if kind == "PERSON":
                assert not {f[2:] for f in frags} & banned
    assert {t for m in members for t in name_tokens(m)} <= banned


def test_person_and_member_names_come_from_their_pools(built):
    _, posts, _ = built
    rosters = _rosters()
    for post in posts:
        loc = post.locale
        pool = {t for g in P.GIVEN_F[loc] + P.GIVEN_M[loc] for t in name_tokens(g)}
        for entry in P.SURNAMES[loc]:
            for female in (True, False):
                pool.update(name_tokens(P.surname_for(loc, entry, female)))
        allowed = []
        for m in rosters[loc]:
            toks = set(name_tokens(m["given"])) | set(name_tokens(m["surname"]))
            toks |= {C.normalise(m["handle"][1:])} | set(name_tokens(possessive(loc, m)[1]))
            allowed.append(toks)
        for kind, frags, _ in post.items:
            bodies = {f[2:] for f in frags}
            if kind == "PERSON":
                assert bodies <= pool, (loc, bodies - pool)
            if kind == "MEMBER":
                assert any(bodies <= toks for toks in allowed), (loc, bodies)


def test_irish_surnames_change_with_gender():
    assert P.surname_for("en_IE", "Ó Briain", True) == "Ní Bhriain"
    assert P.surname_for("en_IE", "Mac Carthaigh", True) == "Nic Carthaigh"
    assert P.surname_for("en_IE", "Ó Briain", False) == "Ó Briain"
    assert name_tokens("Ní Bhriain") == ["bhriain"]


def test_leaked_finds_fragment_and_ignores_background():
    text = "Ring 087 555 0123 or ask Gráinne Ní Bhriain at 4 Quay Lane, Ennis, V95 X2K4."
    assert T.leaked(text, ["d:5550"], "Ring  or ask")
    assert not T.leaked("Ring [PHONE]", ["d:5550"], "Ring  or ask")
    assert not T.leaked(text, ["t:bhriain"], text)
    assert T.leaked("ask BHRIAIN", ["t:bhriain"], "ask")
    assert T.leaked("ask Grainne", ["t:gráinne"], "ask")
    assert not T.leaked("ask Grainnes", ["t:grainne"], "ask")
    assert T.leaked("at V95X2K4.", ["p:V95 X2K4"], "at")
    assert not T.leaked("at AV95 X2K4", ["p:V95 X2K4"], "at")
    assert T.leaked("card 4111-1111-1111-1111", ["d:1111"], "card")
    assert T.leaked("ip ２.３.４.５", ["p:2.3.4.5"], "ip")


def test_registered_for_scoring_and_as_a_development_set():
    # scored by scripts/eval_redaction.py --fortysixth; since 2026-12-06 a development set too
    from pathlib import Path

    from trainer_dev.redaction_failures import DEVELOPMENT_SETS

    root = Path(__file__).resolve().parents[2]
    scoring = (root / "scripts" / "eval_redaction_scoring.py").read_text(encoding="utf-8")
    line = '"fortysixth": ("fortysixth", "make_fortysixth_set", 4646, "forty-sixth"),'
    assert line in scoring
    assert scoring.index(line) > scoring.index("INDEPENDENT_SETS = {")
    # scored clean at every release 1.29.0 (first contact) to 1.33.0, a development set since
    # 2026-12-06 02:12 UTC: the failures tool opens it with the generator and seed the scoring uses
    assert DEVELOPMENT_SETS["fortysixth"] == ("fortysixth", "make_fortysixth_set", 4646)
    doc = (root / "scripts" / "eval_redaction.py").read_text(encoding="utf-8")
    assert "``--fortysixth``" in doc and "en_MU de_BE fr_MC it_SM ca_AD" in doc
