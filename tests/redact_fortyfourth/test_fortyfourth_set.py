"""Checks on the forty-fourth scoring set itself (never on a redactor)."""

from __future__ import annotations

import ipaddress
import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import fortyfourth as T
from trainer_dev.redaction_sets import fortyfourth_ids as I
from trainer_dev.redaction_sets import fortyfourth_looks as L
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.fortyfourth_build import LocaleBuilder, tokens_of
from trainer_dev.redaction_sets.fortyfourth_core import collapse, digit_windows
from trainer_dev.redaction_sets.fortyfourth_people import POOLS, name_tokens, pools
from trainer_dev.redaction_sets.fortyfourth_places import BOX, email_ok, postcode_ok, url_ok

PINNED = "77b63245992c7704"
FORMS = {
    "EMAIL": {"plain", "angle", "mailto"},
    "PHONE": {"intl", "national", "compact", "dotted", "dashed", "intl_zero"},
    "URL": {"https_host", "https_slug", "www", "bare"},
    "IP": {"v4", "v4_private", "v4_port", "v6", "v6_full"},
    "CARD": {"visa_grouped", "visa_dashed", "visa_compact", "mc_grouped", "mc_dashed",
             "mc_compact", "amex"},
    "IBAN": {"iban_print", "iban_compact"},
    "PERSON": {"full", "title", "lower", "initial", "surname_given", "given"},
    "MEMBER": {"full", "given", "surname", "initial", "handle", "possessive", "lower", "folded",
               "title"},
    "ADDRESS": {"one", "multi", "street_town", "box"},
}  # fmt: skip
ID_OF = {t: loc for loc, types in I.ID_TYPES.items() for t, _ in types}


@pytest.fixture(scope="module")
def built():
    start = time.process_time()
    members, posts = T.make_fortyfourth_set()
    return members, posts, time.process_time() - start


def test_build_time_and_digest(built):
    members, posts, cpu = built
    assert cpu < 15
    assert set_digest(members, posts) == PINNED


def test_sizes_and_kind_cycle(built):
    members, posts, _ = built
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 5400
    for locale in T.LOCALES:
        mine = [p for p in posts if p.locale == locale]
        labelled = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(labelled) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert sum(1 for p in free if p.lookalikes) == 45
        for j, post in enumerate(labelled):
            assert 1 <= len(post.items) <= 3
            first = post.items[0][0]
            want = T.KINDS[j % len(T.KINDS)]
            assert first == want or (want == "IBAN" and first == "ID" and
                                     post.item_forms[0].startswith("bank_"))
        for post in free:
            assert len(post.lookalikes) <= 3
            if not post.lookalikes:
                assert not re.search(r"\d", post.text)


def _check_value(locale, kind, value, form):
    region = I.REGION[locale]
    if kind == "EMAIL":
        return email_ok(value)
    if kind == "URL":
        return url_ok(value)
    if kind == "PHONE":
        return I.phone_valid(value, region)
    if kind == "IP":
        host = value.rsplit(":", 1)[0] if form == "v4_port" else value
        ipaddress.ip_address(host)
        return True
    if kind == "CARD":
        return I.card_ok(value)
    if kind == "IBAN":
        return I.iban_ok(value) and value.replace(" ", "")[:2] == I.IBAN_CC[locale]
    if kind == "ID":
        itype = form.removeprefix("bank_").removesuffix("_bare")
        if not form.startswith("bank_"):
            assert ID_OF[itype] == locale
        return I.CHECKERS[itype](value)
    return True


def test_every_value_validated(built):
    _, posts, _ = built
    for post in posts:
        for (kind, _, value), form in zip(post.items, post.item_forms, strict=True):
            assert _check_value(post.locale, kind, value, form), (post.locale, kind, value)
            if kind == "ADDRESS":
                for f in (f for f in _frags(post, value) if f.startswith("p:")):
                    code = f[2:]
                    assert BOX[post.locale].format(n=code) in value or postcode_ok(
                        post.locale, code), (post.locale, value, code)


def _frags(post, value):
    return next(f for k, f, v in post.items if v == value)


def test_check_post_on_every_post(built):
    _, posts, _ = built
    assert all(T.check_post(p) for p in posts)


def test_fragment_rules(built):
    _, posts, _ = built
    for post in posts:
        for kind, frags, value in post.items:
            prefixes = {f[:2] for f in frags}
            if kind in ("PHONE", "CARD", "IBAN"):
                assert frags == [f"d:{w}" for w in digit_windows(value)]
            elif kind == "ID":
                assert prefixes <= {"d:", "s:"}
                if "s:" in prefixes:
                    assert not re.search(r"\d{4}", collapse(value)) and frags == [f"s:{value}"]
            elif kind == "ADDRESS":
                assert prefixes <= {"t:", "p:"} and "t:" in prefixes
            elif kind == "IP":
                assert len(frags) == 1 and prefixes == {"p:"}
                ipaddress.ip_address(frags[0][2:])
            else:
                assert prefixes == {"t:"}
            if kind == "EMAIL":
                assert frags == [f"t:{value.split('@')[0]}"]


def test_forms_per_kind(built):
    _, posts, _ = built
    seen: dict[str, set] = {}
    for post in posts:
        for (kind, _, _), form in zip(post.items, post.item_forms, strict=True):
            seen.setdefault(kind, set()).add(form)
    for kind, forms in FORMS.items():
        assert forms <= seen[kind], (kind, forms - seen[kind])
    ids = {f.removesuffix("_bare") for f in seen["ID"] if not f.startswith("bank_")}
    assert ids == set(ID_OF)
    assert {f for f in seen["ID"] if f.startswith("bank_")} == {
        f"bank_{t}" for t in I.BANK_LOCAL.values()}


def test_cueless_share(built):
    _, posts, _ = built
    forms = [f for p in posts for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
             if k == "ID" and not f.startswith("bank_")]
    share = sum(f.endswith("_bare") for f in forms) / len(forms)
    assert 0.35 <= share <= 0.45


def test_piece_counts():
    counts = T.piece_counts()
    assert set(counts) == {"en", "de", "fr", "es", "it", "nl", "pt"}
    assert min(counts.values()) >= 150


def test_lookalike_kinds_and_floors(built):
    _, posts, _ = built
    kinds = Counter(k for p in posts for k in p.lookalike_kinds)
    assert set(kinds) == set(L.LOOK_KINDS) and len(kinds) >= 12
    assert min(kinds.values()) >= 250
    for post in posts:
        for value in post.lookalikes:
            assert L.look_check(value), value
    checked = Counter(h for p in posts for v in p.lookalikes for h in L.CHECKED
                      if v.startswith(h))
    assert set(checked) == set(L.CHECKED) and min(checked.values()) >= 20


def test_name_pools_and_disjointness(built):
    members, posts, _ = built
    for locale in POOLS:
        female, male, surnames = pools(locale)
        assert len(set(female + male)) >= 40 and len(set(surnames)) >= 40
        assert len(female) >= 15 and len(male) >= 15
    roster = {normalise_tok(t) for m in members for t in name_tokens(m)}
    for post in posts:
        for (kind, frags, _), form in zip(post.items, post.item_forms, strict=True):
            if kind == "PERSON":
                assert not {normalise_tok(f[2:]) for f in frags} & roster
            if kind == "MEMBER" and form != "handle":
                assert {normalise_tok(f[2:]) for f in frags} <= roster


def normalise_tok(t: str) -> str:
    return T.normalise(t)


def test_determinism(built):
    members, posts, _ = built
    again_members, again_posts = T.make_fortyfourth_set()
    assert members == again_members and posts == again_posts
    assert set_digest(again_members, again_posts) == set_digest(members, posts)


def test_leaked_finds_fragment_and_ignores_background():
    text = "Call Siobhán Ní Bhriain on 087 123 4567 about Ní Bhriain v Landlord."
    background = "Call  on 087 123 4567 about Ní Bhriain v Landlord."
    assert T.leaked("Call siobhan [NAME] on [PHONE]", ["t:Siobhán"], background)
    assert not T.leaked("Call [NAME] [NAME] on [PHONE]", ["t:Siobhán"], background)
    assert not T.leaked("about Ní Bhriain", ["t:Bhriain"], background)
    assert T.leaked("ring 0871234567", ["d:1234"], "no digits here")
    assert T.leaked("ring 087-123-4567", ["d:1234"], "no digits here")
    assert not T.leaked("ring [PHONE]", ["d:1234"], "no digits here")
    assert T.leaked("at D02X285", ["p:D02 X285"], "")
    assert not T.leaked("D02X2859", ["p:D02 X285"], "")
    assert T.leaked("id L01X00T47", ["s:L01X00T47"], "") and not T.leaked("x", ["s:L01"], "")
    assert not T.frag_matches("t:Ann", "Anne") and T.frag_matches("t:Ann", "Ann's")
    assert text


def test_checkers_reject_bad_values():
    assert I.iban_ok("DE89 3704 0044 0532 0130 00") and not I.iban_ok("DE88370400440532013000")
    assert I.luhn_ok("4111111111111111") and not I.luhn_ok("4111111111111112")
    assert I.bsn_ok("111222333") and not I.bsn_ok("111222334")
    assert I.cpf_ok("529.982.247-25") and not I.cpf_ok("529.982.247-26")
    assert I.dni_ok("12345678Z") and not I.dni_ok("12345678A")
    assert I.tfn_ok("123 456 782") and not I.tfn_ok("123 456 789")
    assert L.abn_ok("51824753556") and not L.abn_ok("51824753557")
    assert L.isbn13_ok("ISBN 978-3-16-148410-0") and not L.isbn13_ok("ISBN 978-3-16-148410-1")
    assert I.steuer_ok("86095742719") and not I.steuer_ok("86095742718")


def test_registered_for_scoring_and_as_a_development_set():
    import importlib.util
    import pathlib

    path = pathlib.Path(__file__).resolve().parents[2] / "scripts" / "eval_redaction_scoring.py"
    text = path.read_text(encoding="utf-8")
    assert '"fortyfourth": ("fortyfourth", "make_fortyfourth_set", 4444, "forty-fourth")' in text
    assert importlib.util.find_spec("trainer_dev.redaction_sets.fortyfourth") is not None
    # scored clean at every release 1.26.0 to 1.31.0, a development set since 2026-12-05 20:37 UTC:
    # the failures tool opens it with the same generator and seed the scoring uses
    from trainer_dev.redaction_failures import DEVELOPMENT_SETS

    assert DEVELOPMENT_SETS["fortyfourth"] == ("fortyfourth", "make_fortyfourth_set", 4444)
    doc = (path.parent / "eval_redaction.py").read_text(encoding="utf-8")
    assert "``--fortyfourth``" in doc and "fr_TG en_BZ pt_ST" in doc


def test_builder_person_pool_excludes_roster():
    import random

    roster = [("Aoife", "Brennan", True)]
    b = LocaleBuilder("en_IE", random.Random(1), roster, set(tokens_of("Aoife Brennan")))
    assert "Aoife" not in b.p_female and "Brennan" not in b.p_surnames
