"""Checks on the forty-fifth scoring set itself (never on a redactor)."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import fortyfifth as T
from trainer_dev.redaction_sets import fortyfifth_checks as C
from trainer_dev.redaction_sets import fortyfifth_values as V
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.fortyfifth_build import (
    KINDS,
    LOCALES,
    MEMBER_FORMS,
    PERSON_FORMS,
    name_tokens,
    norm_token,
    piece_counts,
)
from trainer_dev.redaction_sets.fortyfifth_looks import LOOK_KINDS, orgreg_ok
from trainer_dev.redaction_sets.fortyfifth_people import given_pool, surname_pool
from trainer_dev.redaction_sets.fortyfifth_places import STREETS, street_tokens

PINNED = "6f4dfc909669951a"
BANK_FORMS = {f for forms in V.BANK_FORMS.values() for f in forms}
ID_FORMS = {t for types in V.ID_TYPES.values() for t in types}


@pytest.fixture(scope="module")
def built():
    start = time.process_time()
    members, posts = T.make_fortyfifth_set()
    return members, posts, time.process_time() - start


def test_build_time_and_digest(built):
    members, posts, seconds = built
    assert seconds < 15
    assert set_digest(members, posts) == PINNED


def test_sizes_and_kind_cycle(built):
    members, posts, _ = built
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 5400
    for locale in LOCALES:
        mine = [p for p in posts if p.locale == locale]
        labelled = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(labelled) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert all(1 <= len(p.lookalikes) <= 3 for p in free if p.lookalikes)
        for j, post in enumerate(labelled):
            assert 1 <= len(post.items) <= 3
            want, got = KINDS[j % len(KINDS)], post.items[0][0]
            assert got == want or (want == "IBAN" and got == "ID"
                                   and locale not in V.IBAN_COUNTRIES), (locale, j)
            assert len(post.item_forms) == len(post.items)
        for post in free:
            if not post.lookalikes:
                assert not re.search(r"\d", post.text)


def _valid(locale, kind, value, form):
    if kind == "EMAIL":
        return C.email_ok(value)
    if kind == "URL":
        return C.host_ok(V.url_host(value))
    if kind == "PHONE":
        return V.phone_valid(value, locale)
    if kind == "IP":
        return C.ip_ok(value, form)
    if kind == "CARD":
        return C.luhn_ok(value) and len(C.digits(value)) == (15 if form == "amex" else 16)
    if kind == "IBAN":
        return C.iban_ok(value)
    if kind == "ID":
        if form in BANK_FORMS:
            return V.bank_valid(value, form)
        return V.ID_CHECK[form.removesuffix("_bare")](value)
    if kind == "ADDRESS":
        pcs = re.findall(C.POSTCODE_RE[locale], value)
        return form == "street_town" or any(C.postcode_ok(locale, p) for p in pcs)
    return bool(value.strip())


def test_every_value_valid_and_posts_checked(built):
    _, posts, _ = built
    for post in posts:
        assert T.check_post(post), post.text
        for (kind, _, value), form in zip(post.items, post.item_forms, strict=True):
            assert _valid(post.locale, kind, value, form), (post.locale, kind, form, value)


def test_fragment_rules(built):
    _, posts, _ = built
    for post in posts:
        for (kind, frags, value), form in zip(post.items, post.item_forms, strict=True):
            prefixes = {f[:2] for f in frags}
            if kind in ("EMAIL", "URL", "PERSON", "MEMBER"):
                assert prefixes == {"t:"}
            elif kind == "IP":
                assert frags == [f"p:{V.ip_core(value, form)}"]
            elif kind == "ADDRESS":
                assert prefixes <= {"t:", "p:"} and frags
            elif kind == "ID" and form not in BANK_FORMS:
                assert prefixes in ({"d:"}, {"s:"})
            else:
                assert prefixes == {"d:"}
            if kind == "EMAIL":
                assert frags == [f"t:{value.split('@')[0]}"]
            if kind == "ADDRESS":
                streets = [t for st in STREETS[post.locale] for t in street_tokens(st)]
                for f in frags:
                    body = f[2:]
                    assert (body in streets if f.startswith("t:") else
                            C.postcode_ok(post.locale, body) or body.isdigit()), (f, value)
            if prefixes == {"d:"}:
                assert [f[2:] for f in frags] == T.windows(value)


def test_forms_per_kind(built):
    _, posts, _ = built
    forms = Counter((k, f) for p in posts
                    for (k, _, _), f in zip(p.items, p.item_forms, strict=True))
    by_kind = Counter(k for k, _ in forms)
    assert {f for k, f in forms if k == "PERSON"} == set(PERSON_FORMS)
    assert {f for k, f in forms if k == "MEMBER"} == set(MEMBER_FORMS)
    assert {f for k, f in forms if k == "PHONE"} == set(V.PHONE_FORMS)
    assert {f for k, f in forms if k == "IP"} == set(V.IP_FORMS)
    assert {f for k, f in forms if k == "CARD"} == set(V.CARD_FORMS)
    assert {f for k, f in forms if k == "ADDRESS"} == set(V.ADDRESS_FORMS)
    assert {f for k, f in forms if k == "URL"} == set(V.URL_FORMS)
    assert {f for k, f in forms if k == "EMAIL"} == set(V.EMAIL_FORMS)
    assert by_kind["ID"] >= 30
    ids = [f for p in posts for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
           if k == "ID" and f not in BANK_FORMS]
    bare = sum(f.endswith("_bare") for f in ids)
    assert 0.35 <= bare / len(ids) <= 0.45
    assert {f.removesuffix("_bare") for f in ids} == ID_FORMS


def test_pieces_and_pools():
    for lang, n in piece_counts().items():
        assert n >= 150, lang
    for locale in LOCALES:
        pool = given_pool(locale)
        assert len({g for g, _ in pool}) >= 40
        assert {gen for _, gen in pool} == {"F", "M"}
        assert len(set(surname_pool(locale))) >= 40


def test_lookalikes(built):
    _, posts, _ = built
    kinds = Counter(k for p in posts for k in p.lookalike_kinds)
    assert len(kinds) >= 12 and set(kinds) == set(LOOK_KINDS)
    assert min(kinds.values()) >= 250
    for post in posts:
        for kind, value in zip(post.lookalike_kinds, post.lookalikes, strict=True):
            if kind == "isbn":
                assert C.isbn13_ok(value)
            elif kind == "ean":
                assert C.gtin_ok(value)
            elif kind == "orgreg":
                assert orgreg_ok(post.locale, value), (post.locale, value)
            elif kind == "order" and len(C.digits(value)) == 16:
                assert not C.luhn_ok(value)


def test_roster_and_person_disjoint(built):
    members, posts, _ = built
    roster = {norm_token(t) for m in members for t in name_tokens(m)}
    for post in posts:
        for kind, frags, _ in post.items:
            if kind == "PERSON":
                for f in frags:
                    assert norm_token(f[2:]) not in roster, f


def test_determinism(built):
    members, posts, _ = built
    again = T.make_fortyfifth_set()
    assert again == (members, posts)


def test_leaked_finds_fragment_and_ignores_background():
    text = "Call 0114 256 1234 or see Attercliffe Road, Sheffield S9 3LT."
    frags = ["d:" + w for w in T.windows("0114 256 1234")]
    assert T.leaked("Call 0114 256 [X] or see", frags, "Call  or see")
    assert not T.leaked("Call [PHONE] or see", frags, "Call  or see")
    assert not T.leaked("ref 2561 here", ["d:2561"], "ref 2561 here")
    assert T.leaked("Sheffield S93LT", ["p:S9 3LT"], "")
    assert not T.leaked("Sheffield [ADDRESS]", ["p:S9 3LT", "t:Attercliffe"], "")
    assert T.leaked("attercliffe", ["t:Attercliffe"], text.replace("Attercliffe", ""))
    assert T.leaked("Mr Muller", ["t:Müller"], "") and T.leaked("Moller", ["t:Møller"], "")
    assert street_tokens("rue de l'Industrie") == ["Industrie"]


def test_known_defect_gs1_weights_reversed(built):
    # Found when the set became a development set (2026-12-05): its gtin_digit weights the
    # digit next to the check by 1, not 3 (GS1 General Specifications 7.9.1: 3, 1 from the
    # right), so its ISBN-13, EAN and NZBN look-alikes carry a wrong check digit and the
    # engine, which keeps such codes only when they check, redacts them. The generator is
    # left as it is (its scores since 1.26.0 stay comparable); its 'isbn' and 'ean'
    # look-alike survival says nothing about the engine's keeps. A correct GS1 key fails it:
    from trainer.redact.checksums import gs1_ok

    assert gs1_ok("9783161484100") and not C.gtin_ok("978-3-16-148410-0")
    _, posts, _ = built
    looks = [(v, k) for p in posts for v, k in zip(p.lookalikes, p.lookalike_kinds, strict=True)]
    codes = [v for v, k in looks if k in ("isbn", "ean")]
    assert codes and all(C.gtin_ok(v) for v in codes)
    # the two weightings agree only where the alternate digits' sum is 0 mod 5: about 1 in 5
    # (138 of the 658 at the default seed)
    assert sum(gs1_ok("".join(ch for ch in v if ch.isdigit())) for v in codes) < len(codes) / 4
