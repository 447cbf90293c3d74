"""Self-test of the thirty-seventh scoring set (never calls the redactor)."""

from __future__ import annotations

import ipaddress
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import thirtyseventh as T
from trainer_dev.redaction_sets import thirtyseventh_contact as C
from trainer_dev.redaction_sets import thirtyseventh_ids as I
from trainer_dev.redaction_sets import thirtyseventh_looks as L
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.thirtyseventh_build import fold_tokens, found, norm
from trainer_dev.redaction_sets.thirtyseventh_people import PARTICLES, TITLES, pools
from trainer_dev.redaction_sets.thirtyseventh_places import postcode_ok

PINNED = "16153271dbb0181a"
BUILD: dict = {}


@pytest.fixture(scope="module")
def built():
    start = time.process_time()
    members, posts = T.make_thirtyseventh_set()
    BUILD["cpu"] = time.process_time() - start
    return members, posts


def test_build_time(built):
    assert BUILD["cpu"] < 15.0


def test_pinned_digest(built):
    assert set_digest(*built) == PINNED


def test_determinism(built):
    members, posts = T.make_thirtyseventh_set(seed=3737)
    assert (members, posts) == built
    other = T.make_thirtyseventh_set(seed=3738)
    assert set_digest(*other) != set_digest(*built)


def test_sizes_and_kind_cycle(built):
    members, posts = built
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 5400
    for loc in T.LOCALES:
        mine = [p for p in posts if p.locale == loc]
        labelled = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(labelled) == 375 and len(free) == 75
        for j, post in enumerate(labelled):
            assert 1 <= len(post.items) <= 3
            want = T.KINDS[j % len(T.KINDS)]
            kind, _, _ = post.items[0]
            if want == "IBAN" and loc not in C.IBAN_COUNTRY:
                assert kind == "ID" and post.item_forms[0] in (
                    "aba_acct",
                    "clabe",
                    "clabe_grouped",
                    "ke_account",
                    "ht_account",
                    "ni_account",
                )
            else:
                assert kind == want
        plain = [p for p in free if not p.lookalikes]
        looky = [p for p in free if p.lookalikes]
        assert len(plain) == 30 and len(looky) == 45
        assert all(not any(c.isdigit() for c in p.text) for p in plain)
        assert all(1 <= len(p.lookalikes) <= 3 for p in looky)


def test_check_post_everywhere(built):
    assert all(T.check_post(p) for p in built[1])


def _id_checker(locale, form):
    name = form.removesuffix("_bare")
    for typ, _, _, check in C.ID_TYPES[locale]:
        if typ == name:
            return check
    return lambda v: I.bank_ok(locale, v)


def test_every_value_revalidated(built):
    for post in built[1]:
        for (kind, frags, value), form in zip(post.items, post.item_forms, strict=True):
            if kind == "EMAIL":
                assert C.email_ok(value), value
            elif kind == "URL":
                assert C.url_ok(value), value
            elif kind == "PHONE":
                assert C.phone_ok(value, post.locale), value
            elif kind == "IP":
                scored = frags[0][2:]
                assert C.ip_ok(scored) and value.startswith(scored)
                if form == "v4":
                    assert ipaddress.ip_address(scored).is_global
            elif kind == "CARD":
                assert I.card_ok(value), value
            elif kind == "IBAN":
                assert I.iban_ok(value), value
            elif kind == "ID":
                assert _id_checker(post.locale, form)(value), (post.locale, form, value)
            elif kind == "ADDRESS":
                codes = [f[2:] for f in frags if f.startswith("p:")]
                if form != "street_town":
                    assert postcode_ok(post.locale, codes[-1]), value
            else:
                given, surnames = pools(post.locale)
                known = set()
                for g, _ in given:
                    known |= fold_tokens(g)
                for s in surnames:
                    for x in s.split("/"):
                        known |= fold_tokens(x)
                toks = {norm(f[2:]) for f in frags}
                if form == "handle":
                    assert len(frags) == 1 and value == "@" + frags[0][2:]
                else:
                    assert toks <= known, (value, toks - known)


def test_fragment_rules(built):
    titles = {norm(t) for pair in TITLES.values() for side in pair for t in side}
    for post in built[1]:
        for kind, frags, value in post.items:
            prefixes = {f[:2] for f in frags}
            if kind in ("PHONE", "CARD", "IBAN"):
                assert prefixes == {"d:"}
                assert all(len(f) == 6 and f[2:].isdigit() for f in frags)
            elif kind == "ID":
                assert prefixes in ({"d:"}, {"s:"})
                if prefixes == {"s:"}:
                    assert frags == ["s:" + value]
            elif kind == "ADDRESS":
                assert prefixes <= {"t:", "p:"}
            elif kind == "IP":
                assert prefixes == {"p:"} and len(frags) == 1
            elif kind in ("EMAIL", "URL"):
                assert prefixes == {"t:"} and len(frags) == 1
            else:
                assert prefixes == {"t:"}
                for f in frags:
                    tok = norm(f[2:])
                    assert tok not in titles and tok not in PARTICLES
                    assert len(tok.rstrip(".")) > 1


def test_s_fragments_have_no_four_digit_run(built):
    import re

    for post in built[1]:
        for _, frags, value in post.items:
            if frags and frags[0].startswith("s:"):
                assert not re.search(r"\d{4}", value)


def test_forms_per_kind(built):
    forms: dict[str, set] = {}
    for post in built[1]:
        for (kind, _, _), form in zip(post.items, post.item_forms, strict=True):
            forms.setdefault(kind, set()).add(form)
    floors = {
        "EMAIL": 4,
        "PHONE": 6,
        "URL": 5,
        "IP": 5,
        "CARD": 7,
        "IBAN": 2,
        "ID": 30,
        "PERSON": 6,
        "MEMBER": 9,
        "ADDRESS": 4,
    }
    for kind, n in floors.items():
        assert len(forms[kind]) >= n, (kind, sorted(forms[kind]))


def test_ids_without_cue(built):
    ids = [
        f
        for p in built[1]
        for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
        if k == "ID" and not f.endswith(("acct", "account", "clabe", "clabe_grouped"))
    ]
    bare = sum(f.endswith("_bare") for f in ids)
    assert 0.35 <= bare / len(ids) <= 0.45


def test_piece_counts():
    counts = T.piece_counts()
    assert set(counts) == {"en", "de", "fr", "es", "it", "nl", "pl", "bs"}
    assert all(n >= 150 for n in counts.values()), counts


def test_lookalike_kinds_and_floors(built):
    kinds = Counter(k for p in built[1] for k in p.lookalike_kinds)
    assert len(kinds) >= 12 and set(kinds) == set(L.LOOK_KINDS)
    assert min(kinds.values()) >= 250, kinds
    for post in built[1]:
        assert len(post.lookalikes) == len(post.lookalike_kinds)
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            assert value in post.text
            if kind == "orgreg":
                assert L.orgreg_ok(value), value
            if kind == "payref":
                assert L.payref_ok(value), value


def test_name_pools():
    for loc in T.LOCALES:
        given, surnames = pools(loc)
        assert len({g for g, _ in given}) >= 40 and len(set(surnames)) >= 40, loc
        assert {s for _, s in given} == {"f", "m"}
        assert sum(s == "f" for _, s in given) >= 18 and sum(s == "m" for _, s in given) >= 18


def test_roster_and_person_tokens_disjoint(built):
    members, posts = built
    roster = set()
    for name in members:
        roster |= fold_tokens(name)
    for post in posts:
        for kind, frags, _ in post.items:
            if kind == "PERSON":
                assert not {norm(f[2:]) for f in frags} & roster


def test_member_items_name_roster(built):
    members, posts = built
    roster = set()
    for name in members:
        roster |= fold_tokens(name)
    for post in posts:
        for (kind, frags, _), form in zip(post.items, post.item_forms, strict=True):
            if kind == "MEMBER" and form != "handle":
                assert {norm(f[2:]) for f in frags} <= roster


def test_leaked_finds_fragment_and_ignores_background():
    text = "Call Anna Kowalska on +48 601 234 567 at 1.2.3.4, ref 00-950."
    assert T.leaked(text, ["t:Kowalska"], "nothing here")
    assert not T.leaked(text, ["t:Kowalska"], "Kowalska was mentioned before")
    assert T.leaked("it was 601-234-567", ["d:2345"], "")
    assert not T.leaked("[PHONE]", ["d:2345"], "")
    assert T.leaked("ip 1.2.3.4:80", ["p:1.2.3.4"], "")
    assert not T.leaked("ip 1.2.3.45", ["p:1.2.3.4"], "")
    assert T.leaked("KOWALSKA", ["t:kowalska"], "")
    assert T.leaked("Müller", ["t:Muller"], "") and T.leaked("Muller", ["t:Müller"], "")
    assert T.leaked("Łukasz", ["t:Lukasz"], "")
    assert T.leaked("RSSMRA85T10A562S", ["s:rssmra85t10a562s"], "")
    assert T.leaked("SW1A1AA", ["p:SW1A 1AA"], "")
    assert not T.leaked("Kowalskaya", ["t:Kowalska"], "")
    assert found("\uff16\uff10\uff11 234", "d:6012")


def test_check_digit_helpers():
    assert I.cf_check("RSSMRA85T10A562") == "S"
    assert I.iban_ok("GB29NWBK60161331926819")
    assert I.iban_ok("BE68539007547034")
    assert I.luhn_ok("4111111111111111")
    assert I.pesel_ok("44051401359")
    assert I.nhs_ok("9434765919")
    assert I.aba_ok("021000021")
    assert I.dowod_ok("ABA300000")


def test_templates_fully_filled(built):
    for post in built[1]:
        assert "{" not in post.text and "}" not in post.text, post.text


def test_name_tokens_drop_particles_titles_and_split_hyphens():
    from trainer_dev.redaction_sets.thirtyseventh_people import name_tokens

    assert name_tokens("Wilner Saint-Fleur") == ["Wilner", "Saint", "Fleur"]
    assert name_tokens("Lotte Van den Bossche") == ["Lotte", "Bossche"]
    assert name_tokens("A. de la Cruz") == ["Cruz"]
    assert T.leaked("[NAME]-Fleur", ["t:Saint", "t:Fleur"], "")
