"""Self-test of the thirty-eighth redaction set (never calls the redactor)."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import thirtyeighth as t38
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.thirtyeighth_build import (
    ID_CUE,
    LocaleBuilder,
    _tokset,
    roster_for,
)
from trainer_dev.redaction_sets.thirtyeighth_checks import POSTCODE, found, norm
from trainer_dev.redaction_sets.thirtyeighth_looks import LOOK_KINDS, look_ok
from trainer_dev.redaction_sets.thirtyeighth_people import pools
from trainer_dev.redaction_sets.thirtyeighth_values import IBAN_CC

PINNED = "cbe67ac1d21d13fc"


@pytest.fixture(scope="module")
def built():
    start = time.process_time()
    members, posts = t38.make_thirtyeighth_set()
    return members, posts, time.process_time() - start


def test_build_time_and_digest(built):
    members, posts, cpu = built
    assert cpu < 15
    assert set_digest(members, posts) == PINNED


def test_determinism(built):
    members, posts, _ = built
    again = t38.make_thirtyeighth_set(seed=3838)
    assert again == (members, posts)
    other = t38.make_thirtyeighth_set(seed=1)
    assert set_digest(*other) != PINNED


def test_sizes_and_kind_cycle(built):
    members, posts, _ = built
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 5400
    for loc in t38.LOCALES:
        mine = [p for p in posts if p.locale == loc]
        labelled = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(labelled) == 375 and len(free) == 75
        assert sum(not p.lookalikes for p in free) == 30
        assert all(1 <= len(p.lookalikes) <= 3 for p in free[30:])
        assert all(not re.search(r"\d", p.text) for p in free[:30])
        for j, p in enumerate(labelled):
            assert 1 <= len(p.items) <= 3
            want, got = t38.KINDS[j % 10], p.items[0][0]
            assert got == want or (want == "IBAN" and got == "ID" and loc not in IBAN_CC)


def test_values_revalidated(built):
    _, posts, _ = built
    for p in posts:
        for (kind, _, value), form in zip(p.items, p.item_forms, strict=True):
            assert t38.value_ok(p.locale, kind, form, value), (kind, form, value)
        for value, kind in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            assert look_ok(kind, value), (kind, value)


def test_check_post_everywhere(built):
    _, posts, _ = built
    assert all(t38.check_post(p) for p in posts)


def test_fragment_rules(built):
    _, posts, _ = built
    for p in posts:
        for kind, fragments, value in p.items:
            assert fragments
            prefixes = {f[:2] for f in fragments}
            if kind == "ADDRESS":
                assert prefixes <= {"t:", "p:"}
            elif kind in ("PHONE", "CARD", "IBAN"):
                assert prefixes == {"d:"}
            elif kind == "ID":
                assert prefixes in ({"d:"}, {"s:"})
                if prefixes == {"s:"}:
                    assert not re.search(r"\d{4}", value)
            elif kind == "IP":
                assert prefixes == {"p:"}
            else:
                assert prefixes == {"t:"}


def test_postcodes_by_pattern(built):
    _, posts, _ = built
    seen = 0
    for p in posts:
        for (kind, fragments, value), form in zip(p.items, p.item_forms, strict=True):
            if kind != "ADDRESS" or p.locale not in POSTCODE or form == "street_town":
                continue
            postcode = [f[2:] for f in fragments if f.startswith("p:")][-1]
            assert re.fullmatch(POSTCODE[p.locale], postcode), (p.locale, value)
            assert postcode in value
            seen += 1
    assert seen > 400


def test_forms_per_kind(built):
    _, posts, _ = built
    forms = Counter((k, f) for p in posts for (k, _, _), f in zip(p.items, p.item_forms,
                                                                  strict=True))
    per = Counter(k for k, _ in forms)
    floors = {"EMAIL": 4, "PHONE": 6, "URL": 5, "IP": 5, "CARD": 7, "IBAN": 2, "ID": 30,
              "PERSON": 6, "MEMBER": 9, "ADDRESS": 4}
    for kind, n in floors.items():
        assert per[kind] >= n, kind


def test_counts_pieces_and_looks(built):
    _, posts, _ = built
    kinds = Counter(k for p in posts for k, _, _ in p.items)
    assert all(kinds[k] >= 400 for k in t38.KINDS)
    ids = [f for p in posts for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
           if k == "ID" and f.removesuffix("_bare") in ID_CUE]
    share = sum(f.endswith("_bare") for f in ids) / len(ids)
    assert 0.35 <= share <= 0.45
    assert all(n >= 150 for n in t38.piece_counts().values())
    looks = Counter(k for p in posts for k in p.lookalike_kinds)
    assert len(looks) >= 12 and set(looks) == set(LOOK_KINDS)
    assert all(n >= 250 for n in looks.values())


def test_pools_and_disjointness(built):
    members, posts, _ = built
    for loc in t38.LOCALES:
        given, surnames = pools(loc)
        assert len(given) >= 40 and len(surnames) >= 40
        assert {g for g in given if g[1] == "f"} and {g for g in given if g[1] == "m"}
    roster_tokens = {norm(t) for m in members for t in _tokset(m)}
    for p in posts:
        for kind, fragments, _ in p.items:
            if kind == "PERSON":
                assert not {norm(f[2:]) for f in fragments} & roster_tokens


def test_roster_is_drawn_per_locale():
    import random

    r = roster_for(random.Random("3838:0:en_US"), "en_US")
    b = LocaleBuilder(random.Random(0), "en_US", r, [])
    assert len(r) == 8 and b.lang == "en"


def test_leaked_matching():
    text = "Call Müller on +49 30 1234 5678 or write to anna.k@web.de"
    background = "Call Müller on   or write to anna.k@web.de"
    assert t38.leaked("Call [X] on 030 12345678", ["d:1234"], background)
    assert not t38.leaked("Call [X] on [PHONE]", ["d:1234"], background)
    assert not t38.leaked("Müller", ["t:Muller"], text)
    assert t38.leaked("Call MULLER", ["t:Müller"], "Call [X]")
    assert t38.leaked("box 1234", ["p:1234"], "box")
    assert not t38.leaked("box 12345", ["p:1234"], "box")
    assert t38.leaked("NL 1016 GV", ["p:1016GV"], "")
    assert found("s:QW3R7T9Y", "id qw3r7t9y.")
    assert not found("t:Ann", "Anna")
