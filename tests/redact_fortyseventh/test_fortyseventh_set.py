"""Checks on the forty-seventh scoring set itself (never on a redactor)."""

from __future__ import annotations

import random
import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import fortyseventh as T
from trainer_dev.redaction_sets import fortyseventh_checks as C
from trainer_dev.redaction_sets import fortyseventh_looks as L
from trainer_dev.redaction_sets import fortyseventh_people as P
from trainer_dev.redaction_sets import fortyseventh_values as V
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.fortyseventh_build import (
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
from trainer_dev.redaction_sets.fortyseventh_places import BOX_WORD, POSTCODE_RE, postcode_ok

PINNED = "b5dea1b9f3d7bf78"
BANK_FORMS = {"au_bsb", "bb_account", "ca_transit_account", "br_agencia_conta"}
ID_TYPES = {t for types in V.ID_TYPES.values() for t in types}
FORMS = {
    "EMAIL": {"plain", "angle", "mailto"},
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
NEW_LOCALES = {"en_BB", "fr_MC", "pt_TL"}


@pytest.fixture(scope="module")
def built():
    start = time.process_time()
    members, posts = T.make_fortyseventh_set()
    return members, posts, time.process_time() - start


def test_build_time_and_pinned_digest(built):
    members, posts, cpu = built
    assert cpu < 15
    assert set_digest(members, posts) == PINNED


def test_sizes_and_kind_cycle(built):
    members, posts, _ = built
    assert len(LOCALES) == 12 and NEW_LOCALES <= set(LOCALES)
    assert len(members) == 96 == len(set(members)) and len(posts) == 5400
    for loc in LOCALES:
        mine = [p for p in posts if p.locale == loc]
        labelled = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(mine) == 450 and len(labelled) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert sum(1 for p in free if 1 <= len(p.lookalikes) <= 3) == 45
        for j, p in enumerate(labelled):
            assert 1 <= len(p.items) <= 3
            assert len({k for k, _, _ in p.items}) == len(p.items) or any(
                f in BANK_FORMS for f in p.item_forms)
            want = KINDS[j % len(KINDS)]
            kind, form = p.items[0][0], p.item_forms[0]
            if want == "IBAN" and loc not in V.IBAN_LOCALES:
                assert kind == "ID" and form in BANK_FORMS
            else:
                assert kind == want
        for p in free:
            if not p.lookalikes:
                assert not re.search(r"\d", p.text)


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
        return any(f.startswith("t:") for f in frags) or form == "box"
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
    assert C.tfn_ok("123456782") and not C.tfn_ok("123456789")
    assert C.abn_ok("51824753556")
    assert C.cpf_digits("111444777") == "35"
    assert C.cnpj_digits("112223330001") == "81"
    assert C.nif_pt_digit("12345678") == "9"
    assert C.steuer_id_ok("86095742719")
    assert C.atu_ok("ATU13585627")
    assert C.dni_letter(12345678) == "Z"
    assert C.pps_check("1234567") == "T"
    assert C.mod97_10_key("00800123456789101") == "57"  # the Timor-Leste IBAN registry example
    assert C.iban_ok("TL380080012345678910157")
    assert C.siren_ok("732829320")
    assert C.luhn_ok("4111111111111111")
    assert C.ean13_ok("4006381333931")


def test_postcodes_of_addresses(built):
    _, posts, _ = built
    seen = Counter()
    for post in posts:
        for kind, frags, value in post.items:
            if kind == "ADDRESS" and post.locale in POSTCODE_RE:
                for f in frags:
                    if f.startswith("p:") and re.fullmatch(POSTCODE_RE[post.locale], f[2:]):
                        assert f[2:] in value
                        seen[post.locale] += 1
    for loc in POSTCODE_RE:
        assert seen[loc] >= 30, (loc, seen[loc])


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
            for f in frags:
                if f.startswith("d:"):
                    assert re.fullmatch(r"\d{4}", f[2:])
            if kind == "EMAIL":
                assert frags == ["t:" + value.split("@")[0]]


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


def test_piece_counts():
    counts = piece_counts()
    assert set(counts) == set(BANKS)
    assert all(n >= 150 for n in counts.values()), counts


def test_lookalike_kinds_floors_and_checks(built):
    _, posts, _ = built
    kinds = Counter(k for p in posts for k in p.lookalike_kinds)
    assert set(kinds) == set(L.LOOK_KINDS) and min(kinds.values()) >= 300, kinds
    for p in posts:
        for v, k in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            assert v in p.text
            if k == "orgreg":
                assert L.orgreg_ok(p.locale, v), v
            if k == "bic":
                assert re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?", v), v
            if k == "ean":
                assert C.ean13_ok(v.split()[-1]), v
            if k == "order" and re.fullmatch(r"[\d ]{19}", v):
                assert not C.luhn_ok(v.replace(" ", "")), v


def _rosters():
    return {loc: make_roster(random.Random(f"{T.SEED}:{i}:{loc}"), loc)
            for i, loc in enumerate(LOCALES)}


def test_name_pools_and_disjointness(built):
    members, posts, _ = built
    for loc in LOCALES:
        assert len(P.GIVEN_F[loc]) >= 20 and len(P.GIVEN_M[loc]) >= 20
        assert len(set(P.GIVEN_F[loc] + P.GIVEN_M[loc])) >= 40
        assert len(set(P.SURNAMES[loc])) >= 30
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
            toks |= {C.normalise(m["handle"][1:]), C.normalise(possessive(loc, m)[1])}
            allowed.append(toks)
        for kind, frags, _value in post.items:
            bodies = {f[2:] for f in frags}
            if kind == "PERSON":
                assert bodies <= pool, (loc, bodies - pool)
            if kind == "MEMBER":
                assert any(bodies <= toks for toks in allowed), (loc, bodies)


def test_determinism(built):
    members, posts, _ = built
    assert set_digest(*T.make_fortyseventh_set()) == set_digest(members, posts)


def test_leaked_finds_fragment_and_ignores_background():
    text = "Ring 087 123 4567 or ask Aoife Ní Bhriain at 12 Shandon Street, T12 AB3C."
    assert T.leaked(text, ["d:1234"], "Ring  or ask")
    assert not T.leaked("Ring [PHONE]", ["d:1234"], "Ring  or ask")
    assert not T.leaked(text, ["t:bhriain"], text)
    assert T.leaked("ask BHRIAIN", ["t:bhriain"], "ask")
    assert T.leaked("ask Müller", ["t:muller"], "ask")
    assert not T.leaked("ask Mullers", ["t:muller"], "ask")
    assert T.leaked("at T12AB3C.", ["p:T12 AB3C"], "at")
    assert not T.leaked("at XT12 AB3C", ["p:T12 AB3C"], "at")
    assert T.leaked("card 4111-1111-1111-1111", ["d:1111"], "card")
    assert T.leaked("ip ２.３.４.５", ["p:2.3.4.5"], "ip")


def test_registered_for_scoring_and_as_a_development_set():
    # scored by scripts/eval_redaction.py --fortyseventh; since 2026-12-06 a development set too
    from pathlib import Path

    from trainer_dev.redaction_failures import DEVELOPMENT_SETS

    root = Path(__file__).resolve().parents[2]
    scoring = (root / "scripts" / "eval_redaction_scoring.py").read_text(encoding="utf-8")
    line = '"fortyseventh": ("fortyseventh", "make_fortyseventh_set", 4747, "forty-seventh"),'
    assert line in scoring
    assert scoring.index(line) > scoring.index("INDEPENDENT_SETS = {")
    # scored clean at every release 1.29.0 (first contact) to 1.33.0, a development set since
    # 2026-12-06 02:12 UTC: the failures tool opens it with the generator and seed the scoring uses
    assert DEVELOPMENT_SETS["fortyseventh"] == ("fortyseventh", "make_fortyseventh_set", 4747)
    doc = (root / "scripts" / "eval_redaction.py").read_text(encoding="utf-8")
    assert "``--fortyseventh``" in doc and "en_BB fr_MC pt_TL" in doc
