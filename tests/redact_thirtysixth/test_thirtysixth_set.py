"""Checks on the thirty-sixth scoring set itself (never on a redactor)."""

from __future__ import annotations

import ipaddress
import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import thirtysixth as T
from trainer_dev.redaction_sets import thirtysixth_ids as I
from trainer_dev.redaction_sets import thirtysixth_looks as L
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.thirtysixth_build import LANG, roster_tokens
from trainer_dev.redaction_sets.thirtysixth_contact import (
    REGION,
    email_ok,
    phone_valid,
    url_ok,
)
from trainer_dev.redaction_sets.thirtysixth_core import (
    collapse,
    digit_windows,
    frag_matches,
    normalise,
)
from trainer_dev.redaction_sets.thirtysixth_names import POOLS
from trainer_dev.redaction_sets.thirtysixth_people import name_tokens
from trainer_dev.redaction_sets.thirtysixth_places import postcode_ok

PINNED = "4fe5f300934bb85a"
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
FLOORS = {"EMAIL": 700, "PHONE": 700, "URL": 700, "IP": 700, "CARD": 700, "IBAN": 350,
          "ID": 1100, "PERSON": 700, "MEMBER": 700, "ADDRESS": 700}  # fmt: skip
BANK_VALUES = set(I.BANK_TYPES.values())


@pytest.fixture(scope="module")
def built():
    start = time.process_time()
    members, posts = T.make_thirtysixth_set()
    return members, posts, time.process_time() - start


def test_build_time(built):
    assert built[2] < 15


def test_the_scored_build_is_pinned(built):
    members, posts, _ = built
    assert set_digest(members, posts) == PINNED


def test_determinism(built):
    members, posts, _ = built
    again = T.make_thirtysixth_set(seed=3636)
    assert again == (members, posts)
    other = T.make_thirtysixth_set(seed=3637)
    assert other[1][0].text != posts[0].text or other[1][1].text != posts[1].text


def test_sizes_and_kind_cycle(built):
    members, posts, _ = built
    assert len(members) == 96 and len(set(members)) == 96
    assert len(T.LOCALES) == 12 and len(posts) == 5400
    for loc in T.LOCALES:
        mine = [p for p in posts if p.locale == loc]
        labelled = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(labelled) == 375 and len(free) == 75
        for j, post in enumerate(labelled):
            assert 1 <= len(post.items) <= 3
            want = T.KINDS[j % len(T.KINDS)]
            kind, form = post.items[0][0], post.item_forms[0]
            if want == "IBAN" and loc in I.BANK_TYPES:
                assert kind == "ID" and form == I.BANK_TYPES[loc]
            else:
                assert kind == want
        plain = [p for p in free if not p.lookalikes]
        assert len(plain) == 30 and len(free) - len(plain) == 45
        assert all(not re.search(r"\d", p.text) for p in plain)
        assert all(1 <= len(p.lookalikes) <= 3 for p in free if p.lookalikes)


def test_item_floors_and_forms(built):
    _, posts, _ = built
    kinds = Counter(k for p in posts for k, _, _ in p.items)
    for kind, floor in FLOORS.items():
        assert kinds[kind] >= floor, kind
    forms: dict[str, set] = {}
    for p in posts:
        assert len(p.item_forms) == len(p.items)
        for (kind, _, _), form in zip(p.items, p.item_forms, strict=True):
            forms.setdefault(kind, set()).add(form)
    for kind, want in FORMS.items():
        assert forms[kind] == want, kind
    ids = [f for p in posts for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
           if k == "ID" and f not in BANK_VALUES]
    bare = sum(f.endswith("_bare") for f in ids)
    assert 0.35 <= bare / len(ids) <= 0.45


def _value_ok(loc: str, kind: str, form: str, value: str) -> bool:
    if kind == "EMAIL":
        addr = re.sub(r"^mailto:|^<|>$", "", value)
        return email_ok(addr)
    if kind == "PHONE":
        return phone_valid(value, REGION[loc])
    if kind == "URL":
        return url_ok(value)
    if kind == "IP":
        addr = value.rsplit(":", 1)[0] if form == "v4_port" else value
        a = ipaddress.ip_address(addr)
        if form == "v4_private":
            return a.version == 4 and a.is_private
        if form == "v6_full":
            return a.version == 6 and value == a.exploded
        if form == "v6":
            return a.version == 6 and value == str(a)
        return a.version == 4 and a.is_global
    if kind == "CARD":
        return I.card_ok(value)
    if kind == "IBAN":
        return I.iban_ok(value) and value.replace(" ", "")[:2] == I.IBAN_CC[loc]
    if kind == "ID":
        return I.ID_OK[form.removesuffix("_bare")](value)
    return True


def test_every_value_passes_its_checker(built):
    _, posts, _ = built
    for p in posts:
        for (kind, frags, value), form in zip(p.items, p.item_forms, strict=True):
            assert _value_ok(p.locale, kind, form, value), (p.locale, kind, form, value)
            if kind == "ADDRESS":
                ps = [f[2:] for f in frags if f.startswith("p:")]
                if form == "box":
                    assert ps and re.fullmatch(r"\d{3,4}", ps.pop()), value
                if form == "street_town" or p.locale == "en_ZW":
                    assert not ps, value
                else:
                    assert len(ps) == 1 and postcode_ok(p.locale, ps[0]), (p.locale, value)
                    assert ps[0] in value


def test_checkers_reject_broken_values():
    assert I.luhn_ok("4111111111111111") and not I.luhn_ok("4111111111111112")
    assert I.iban_ok("GB82WEST12345698765432") and not I.iban_ok("GB82WEST12345698765433")
    assert I.iban_ok("DE89370400440532013000")
    assert I.aadhaar_ok("2363 0000 0005") is I.verhoeff_ok("236300000005")
    assert I.verhoeff_ok("2363") and not I.verhoeff_ok("2364")
    assert I.cpf_ok("529.982.247-25") and not I.cpf_ok("529.982.247-26")
    assert I.dni_ok("12345678Z") and not I.dni_ok("12345678A")
    assert I.nif_pt_ok("501964843", first="5")
    assert I.steuer_ok("86095742719") and not I.steuer_ok("86095742718")
    assert I.aba_ok("021000021") and not I.aba_ok("021000022")
    assert L.isbn13_ok("978-3-16-148410-0") and not L.isbn13_ok("978-3-16-148410-1")
    assert L.cnpj_ok("11.222.333/0001-81") and not L.cnpj_ok("11.222.333/0001-82")
    assert not I.nino_ok("GB123456A") and I.nino_ok("AB 12 34 56 C")


def test_check_post_on_every_post(built):
    _, posts, _ = built
    assert all(T.check_post(p) for p in posts)


def test_fragment_rules(built):
    _, posts, _ = built
    for p in posts:
        for kind, frags, value in p.items:
            prefixes = {f[:2] for f in frags}
            if kind in ("PHONE", "CARD", "IBAN"):
                assert prefixes == {"d:"} and [f[2:] for f in frags] == digit_windows(value)
            elif kind == "ID":
                want = ["d:" + w for w in digit_windows(value)] or ["s:" + value]
                assert frags == want
            elif kind == "IP":
                assert prefixes == {"p:"} and len(frags) == 1
            elif kind in ("EMAIL", "URL", "PERSON", "MEMBER"):
                assert prefixes == {"t:"}
            else:
                assert prefixes <= {"t:", "p:"} and "t:" in prefixes
            for f in frags:
                if f[:2] == "d:":
                    assert re.fullmatch(r"\d{4}", f[2:])
                if kind in ("PERSON", "MEMBER"):
                    assert not f[2:].endswith(".")


def test_leaked_finds_a_fragment_and_ignores_background(built):
    _, posts, _ = built
    seen = Counter()
    for p in posts:
        for kind, frags, value in p.items:
            if seen[kind] >= 30:
                continue
            seen[kind] += 1
            background = p.text.replace(value, " ")
            assert T.leaked(p.text, frags, background)
            assert not T.leaked(background, frags, background)
            assert not T.leaked(p.text.replace(value, "[REDACTED]"), frags, background)
    assert T.leaked("call Ｍüller", ["t:muller"], "call")
    assert T.leaked("ring 0151 234-5678 now", ["d:2345"], "ring now")
    assert not T.leaked("ring 0151 234-5678 now", ["d:2345"], "ring 0151 234-5678")
    assert T.leaked("box ６７８９", ["p:6789"], "")
    assert not T.leaked("box 167890", ["p:6789"], "")
    assert T.leaked("Nguyễn Văn", ["t:nguyen"], "")
    assert frag_matches(normalise("SW1A1AA"), collapse(normalise("SW1A1AA")), "p:SW1A 1AA")


def test_piece_counts():
    counts = T.piece_counts()
    assert set(counts) == set(LANG.values())
    assert all(n >= 150 for n in counts.values()), counts


def test_lookalike_kinds_floors_and_checks(built):
    _, posts, _ = built
    kinds = Counter(k for p in posts for k in p.lookalike_kinds)
    assert len(kinds) >= 12 and set(kinds) == set(L.LOOK_KINDS)
    assert all(n >= 250 for n in kinds.values()), kinds
    for p in posts:
        for value, kind in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            if kind == "isbn":
                assert L.isbn13_ok(value)
            elif kind == "orgreg":
                assert L.orgreg_ok(p.locale, value), value
            elif kind == "order" and value.isdigit():
                assert len(value) == 16 and not I.luhn_ok(value)
            elif kind == "bankcode" and value.startswith("ABA "):
                assert I.aba_ok(value[4:])


def test_name_pools_and_roster_person_disjoint(built):
    members, posts, _ = built
    for loc, pool in POOLS.items():
        assert len(pool["f"]) + len(pool["m"]) >= 40 and len(pool["f"]) >= 18
        assert len(pool["m"]) >= 18 and len(pool["s"]) >= 40, loc
        assert len(set(pool["s"])) == len(pool["s"])
    roster = roster_tokens(members)
    n = 0
    for p in posts:
        for kind, frags, value in p.items:
            if kind == "PERSON":
                n += 1
                assert not {normalise(t) for t in name_tokens(value)} & roster, value
                assert not {normalise(f[2:]) for f in frags} & roster
    assert n >= 700


def test_locale_overrides_replace_existing_pieces():
    from trainer_dev.redaction_sets.thirtysixth_build import bank, locale_bank, overrides

    def flat(v):
        if isinstance(v, str):
            return [v]
        if isinstance(v, dict):
            return [s for x in v.values() for s in flat(x)]
        return [s for x in v for s in flat(x)]

    for loc in T.LOCALES:
        base = set(flat(bank(LANG[loc])))
        swap = overrides(loc)
        assert all(k in base for k in swap), loc
        assert len(set(flat(locale_bank(loc)))) >= 150
        assert not any(re.search(r"\d", s) for s in flat(locale_bank(loc)))


def test_member_and_contact_fragments_point_at_their_source(built):
    members, posts, _ = built

    def squash(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", normalise(text))

    roster = {squash(t) for m in members for t in name_tokens(m)}
    for p in posts:
        for kind, frags, value in p.items:
            if kind == "MEMBER":
                assert frags and all(squash(f[2:]) in roster for f in frags), value
            elif kind == "EMAIL":
                local = re.sub(r"^mailto:|^<", "", value).split("@")[0]
                assert frags == ["t:" + local]
            elif kind == "URL":
                assert len(frags) == 1 and frags[0][2:] in value
                host = re.sub(r"^https?://", "", value).split("/")[0].removeprefix("www.")
                assert frags[0][2:] == host or value.endswith("/" + frags[0][2:]) or \
                    value.endswith("@" + frags[0][2:])
