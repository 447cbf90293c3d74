"""Checks on the thirty-ninth scoring set itself (never on a redactor)."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import thirtyninth as T
from trainer_dev.redaction_sets import thirtyninth_checks as C
from trainer_dev.redaction_sets import thirtyninth_looks as L
from trainer_dev.redaction_sets import thirtyninth_places as P
from trainer_dev.redaction_sets import thirtyninth_values as V
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.thirtyninth_build import tokens_of
from trainer_dev.redaction_sets.thirtyninth_people import FEMALE, MALE, SURNAMES

PINNED = "018182d302c8134f"
FORMS = {
    "EMAIL": {"plain", "angle", "mailto"},
    "PHONE": {"intl", "national", "compact", "dotted", "dashed", "intl_zero"},
    "URL": {"https_host", "https_slug", "www", "bare"},
    "IP": {"v4", "v4_private", "v4_port", "v6", "v6_full"},
    "CARD": {"visa_grouped", "visa_dashed", "visa_compact", "mc_grouped", "mc_dashed",
             "mc_compact", "amex"},
    "IBAN": {"iban_print", "iban_compact"},
    "PERSON": {"full", "title", "lower", "initial", "surname_first", "given"},
    "MEMBER": {"full", "given", "surname", "initial", "handle", "possessive", "lower", "folded",
               "title"},
    "ADDRESS": {"oneline", "multiline", "street_town", "box"},
}
BANK_FORMS = {"us_account", "cbu", "in_account", "cu_account", "gy_account"}


@pytest.fixture(scope="module")
def built():
    start = time.process_time()
    members, posts = T.make_thirtyninth_set()
    return members, posts, time.process_time() - start


def test_build_time_and_digest(built):
    members, posts, seconds = built
    assert seconds < 15
    assert set_digest(members, posts) == PINNED


def test_determinism(built):
    members, posts, _ = built
    again = T.make_thirtyninth_set(seed=T.SEED)
    assert again == (members, posts)
    other = T.make_thirtyninth_set(seed=1)
    assert other[1][0].text != posts[0].text or other[1][1].text != posts[1].text


def test_sizes_and_kind_cycle(built):
    members, posts, _ = built
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 5400
    for loc in T.LOCALES:
        mine = [p for p in posts if p.locale == loc]
        labelled = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(labelled) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert all(not re.search(r"\d", p.text) for p in free if not p.lookalikes)
        assert sum(1 for p in free if 1 <= len(p.lookalikes) <= 3) == 45
        for j, post in enumerate(labelled):
            assert 1 <= len(post.items) <= 3
            first = T.KINDS[j % 10]
            if first == "IBAN" and loc not in T.IBAN_LOCALES:
                assert post.items[0][0] == "ID" and post.item_forms[0] in BANK_FORMS
            else:
                assert post.items[0][0] == first


def test_every_value_revalidated(built):
    _, posts, _ = built
    for post in posts:
        for (kind, _, value), form in zip(post.items, post.item_forms, strict=True):
            assert V.check_value(kind, value, form, post.locale), (kind, value, form)
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            assert L.look_ok(kind, value, post.locale), (kind, value)


def test_postcodes_and_boxes(built):
    _, posts, _ = built
    seen = 0
    for post in posts:
        for kind, frags, value in post.items:
            if kind != "ADDRESS":
                continue
            for f in frags:
                if f.startswith("p:"):
                    if f"{P.BOX[post.locale]} {f[2:]}" in value:
                        assert re.fullmatch(r"\d{3,5}", f[2:])
                        continue
                    assert C.postcode_ok(f[2:], post.locale), (f, value)
                    seen += 1
                else:
                    assert f.startswith("t:")
    assert seen > 500


def test_check_post_on_every_post(built):
    _, posts, _ = built
    assert all(T.check_post(p) for p in posts)


def test_fragment_rules(built):
    _, posts, _ = built
    for post in posts:
        for kind, frags, value in post.items:
            prefixes = {f[:2] for f in frags}
            if kind in ("EMAIL", "URL", "PERSON", "MEMBER"):
                assert prefixes == {"t:"}
            elif kind == "IP":
                assert prefixes == {"p:"} and len(frags) == 1
            elif kind == "ADDRESS":
                assert prefixes <= {"t:", "p:"}
            else:
                assert prefixes <= {"d:", "s:"}
                if "s:" in prefixes:
                    assert len(frags) == 1 and not C.windows(value)
                else:
                    assert all(re.fullmatch(r"d:\d{4}", f) for f in frags)
            for f in frags:
                if f.startswith("t:") and kind in ("PERSON", "MEMBER"):
                    assert f[2:] not in V.PARTICLES_ALL


def test_forms_per_kind(built):
    _, posts, _ = built
    seen: dict[str, set] = {}
    ids: Counter = Counter()
    for post in posts:
        for (kind, _, _), form in zip(post.items, post.item_forms, strict=True):
            seen.setdefault(kind, set()).add(form)
            if kind == "ID" and form not in BANK_FORMS:
                ids["bare" if form.endswith("_bare") else "cue"] += 1
    for kind, forms in FORMS.items():
        assert seen[kind] == forms, kind
    assert len(seen["ID"]) >= 30
    share = ids["bare"] / (ids["bare"] + ids["cue"])
    assert 0.33 <= share <= 0.47


def test_piece_counts():
    counts = T.piece_counts()
    assert set(counts) == {"en", "de", "fr", "es", "it", "pl", "ro", "pt"}
    assert all(n >= 150 for n in counts.values()), counts


def test_lookalike_kinds_and_floors(built):
    _, posts, _ = built
    kinds = Counter(k for p in posts for k in p.lookalike_kinds)
    assert len(kinds) >= 12 and set(kinds) == set(L.LOOK_KINDS)
    assert min(kinds.values()) >= 250, kinds
    luhn_fail = [v for p in posts for v, k in zip(p.lookalikes, p.lookalike_kinds, strict=True)
                 if k == "order" and len(re.sub(r"\D", "", v)) == 16]
    assert len(luhn_fail) >= 30 and not any(C.luhn_ok(v) for v in luhn_fail)


def test_name_pools_and_disjointness(built):
    members, posts, _ = built
    for loc in T.LOCALES:
        assert len(FEMALE[loc]) + len(MALE[loc]) >= 40
        assert len(FEMALE[loc]) >= 20 and len(MALE[loc]) >= 20
        assert len(SURNAMES[loc]) >= 40 and len(set(SURNAMES[loc])) == len(SURNAMES[loc])
    roster = set()
    for name in members:
        given, _, surname = name.partition(" ")
        roster |= tokens_of({"given": given, "surname": surname})
    for post in posts:
        for kind, frags, _ in post.items:
            if kind == "PERSON":
                assert not {f[2:] for f in frags} & roster


def test_leaked_rule():
    text = "Call Ana Ríos on +41 44 668 18 00 or write to ana.rios@bluewin.ch today."
    frags = ["d:4466", "d:6681", "t:rios"]
    background = text.replace("+41 44 668 18 00", " ")
    assert T.leaked("Call Ana RIOS on [PHONE]", ["t:rios"], "Call Ana on x")
    assert T.leaked("phone 044/668.18.00", frags[:2], background)
    assert not T.leaked("phone [PHONE]", frags[:2], background)
    assert not T.leaked("Ana Ríos again", ["t:rios"], "Ana Ríos again")
    assert T.leaked("ip 10.0.0.7 here", ["p:10.0.0.7"], "ip here")
    assert not T.leaked("ip 10.0.0.71 here", ["p:10.0.0.7"], "ip here")
    assert T.leaked("Łukasz", ["t:lukasz"], "") and T.leaked("MÜLLER", ["t:muller"], "")
    assert T.leaked("LS6 2AB", ["p:LS62AB"], "") and T.leaked("ls62ab", ["p:LS6 2AB"], "")
    assert T.leaked("RSSMRA85T10A562S", ["s:rssmra85t10a562s"], "")
