"""Self-test of the forty-first redaction scoring set (never calls the redactor)."""

from __future__ import annotations

import re
import time
from collections import Counter
from functools import lru_cache

from trainer_dev.redaction_sets import fortyfirst as ff
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.fortyfirst_build import tokens_of
from trainer_dev.redaction_sets.fortyfirst_core import KINDS, norm
from trainer_dev.redaction_sets.fortyfirst_looks import LOOK_KINDS, check_look
from trainer_dev.redaction_sets.fortyfirst_people import POOLS
from trainer_dev.redaction_sets.fortyfirst_values import IBAN_LOCALES

PINNED = "ec696add3c506817"


@lru_cache(maxsize=1)
def built():
    start = time.process_time()
    members, posts = ff.make_fortyfirst_set()
    return members, posts, time.process_time() - start


def labelled_by_locale():
    _, posts, _ = built()
    out: dict[str, list] = {}
    for p in posts:
        out.setdefault(p.locale, []).append(p)
    return out


def test_build_time():
    assert built()[2] < 15.0


def test_pinned_digest():
    members, posts, _ = built()
    assert set_digest(members, posts) == PINNED


def test_sizes_and_kind_cycle():
    members, posts, _ = built()
    assert len(members) == 96 and len(posts) == 5400
    assert sum(not p.pii_free for p in posts) == 4500
    by_loc = labelled_by_locale()
    assert sorted(by_loc) == sorted(ff.LOCALE_ORDER)
    for loc, group in by_loc.items():
        labelled = [p for p in group if not p.pii_free]
        free = [p for p in group if p.pii_free]
        assert len(labelled) == 375 and len(free) == 75
        assert sum(not p.lookalikes for p in free) == 30
        assert all(1 <= len(p.lookalikes) <= 3 for p in free if p.lookalikes)
        assert all(not any(c.isdigit() for c in p.text) for p in free if not p.lookalikes)
        for j, p in enumerate(labelled):
            assert 1 <= len(p.items) <= 3
            want = KINDS[j % len(KINDS)]
            kind, form = p.items[0][0], p.item_forms[0]
            if want == "IBAN" and loc not in IBAN_LOCALES:
                assert kind == "ID" and form.startswith("bank_")
            else:
                assert kind == want


def test_every_value_validates():
    members, posts, _ = built()
    for p in posts:
        for (kind, fragments, value), form in zip(p.items, p.item_forms, strict=True):
            assert ff.check_value(p.locale, kind, form, value, fragments, members), (kind, value)


def test_check_post_on_every_post():
    assert all(ff.check_post(p) for p in built()[1])


def test_fragment_rules():
    for p in built()[1]:
        for kind, fragments, value in p.items:
            assert fragments
            for f in fragments:
                assert f[:2] in ("t:", "p:", "d:", "s:")
                if f.startswith("d:"):
                    assert re.fullmatch(r"d:\d{4}", f)
            if kind == "ADDRESS":
                assert all(f[:2] in ("t:", "p:") for f in fragments)
                assert any(f.startswith("t:") for f in fragments)
            if kind in ("PHONE", "CARD", "IBAN"):
                assert all(f.startswith("d:") for f in fragments)
            if kind == "ID":
                has_run = re.search(r"\d{4}", re.sub(r"(?<=\d)[ \-./()+]+(?=\d)", "", value))
                assert all(f.startswith("d:" if has_run else "s:") for f in fragments)
            if kind in ("PERSON", "MEMBER", "EMAIL", "URL"):
                assert all(f.startswith("t:") for f in fragments)
            if kind == "IP":
                assert all(f.startswith("p:") for f in fragments)


def test_forms_per_kind():
    forms: dict[str, set] = {}
    for p in built()[1]:
        for (kind, _, _), form in zip(p.items, p.item_forms, strict=True):
            forms.setdefault(kind, set()).add(form)
    floors = {"EMAIL": 3, "PHONE": 6, "URL": 4, "IP": 5, "CARD": 7, "IBAN": 2, "ID": 30,
              "PERSON": 6, "MEMBER": 9, "ADDRESS": 4}
    for kind, n in floors.items():
        assert len(forms[kind]) >= n, (kind, sorted(forms[kind]))


def test_ids_without_cue():
    forms = [f for p in built()[1] for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
             if k == "ID" and not f.startswith("bank_")]
    share = sum(f.endswith("_bare") for f in forms) / len(forms)
    assert 0.35 <= share <= 0.45


def test_piece_counts():
    counts = ff.piece_counts()
    assert sorted(counts) == ["de", "en", "es", "fr", "hu", "pl", "pt"]
    assert all(n >= 150 for n in counts.values()), counts


def test_lookalike_kinds_and_floors():
    kinds: Counter = Counter()
    for p in built()[1]:
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        for value, kind in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            kinds[kind] += 1
            assert check_look(kind, p.locale, value), (kind, value)
    assert len(kinds) >= 12 and set(kinds) == set(LOOK_KINDS)
    assert min(kinds.values()) >= 250, kinds


def test_name_pools_and_disjointness():
    for loc, (female, male, surnames) in POOLS.items():
        assert len(female) >= 20 and len(male) >= 20
        assert len(set(female + male)) >= 40 and len(set(surnames)) >= 40, loc
    members, posts, _ = built()
    roster_tokens = set().union(*(tokens_of(m) for m in members))
    for p in posts:
        for kind, fragments, _ in p.items:
            if kind == "PERSON":
                assert not {norm(f[2:]) for f in fragments} & roster_tokens


def test_determinism():
    members, posts, _ = built()
    again_members, again_posts = ff.make_fortyfirst_set()
    assert members == again_members and posts == again_posts


def test_leaked_finds_fragment_and_ignores_background():
    text = "Call Ana Müller at +49 30 12345678 or write to ana.mueller@web.de."
    assert ff.leaked(text, ["d:3012"], text.replace("+49 30 12345678", " "))
    assert ff.leaked("Ask MULLER later", ["t:Müller"], "")
    assert not ff.leaked("Call [PHONE]", ["d:3012"], "")
    assert not ff.leaked("Room 3012 is free", ["d:3012"], "Room 3012 is free")
    assert ff.leaked("host 10.0.0.1 up", ["p:10.0.0.1"], "")
    assert not ff.leaked("host 10.0.0.12 up", ["p:10.0.0.1"], "")
    assert ff.leaked("id K7 PX2", ["s:K7PX2"], "")
    assert ff.leaked("digits ３０１２ here", ["d:3012"], "")
    assert ff.leaked("Saskatoon S7N1Z3", ["p:S7N 1Z3"], "")
    assert not ff.leaked("Saskatoon S7N 1Z34", ["p:S7N 1Z3"], "")
    assert ff.leaked("@Dąbrowska said", ["t:Dabrowska"], "")
    assert not ff.leaked("Dabrowskas said", ["t:Dabrowska"], "")


def test_lookalikes_sharing_roster_tokens():
    members, posts, _ = built()
    particles = {"der", "das", "do", "van", "de", "la", "von", "da", "dos", "te", "ag", "del"}
    roster = set().union(*(tokens_of(m) for m in members)) - particles
    shared = [v for p in posts for k, v in zip(p.lookalike_kinds, p.lookalikes, strict=True)
              if k in ("eponym", "nameword")
              and {norm(t) for t in re.findall(r"[\w']+", v)} & roster]
    assert len(shared) >= 40
