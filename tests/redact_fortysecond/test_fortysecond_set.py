"""Self-test of the forty-second scoring set (agriculture, food and farming); never runs the
redactor: the set is scored only as aggregates by scripts/eval_redaction.py --fortysecond."""

from __future__ import annotations

import ipaddress
import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import fortysecond as fs
from trainer_dev.redaction_sets import fortysecond_checks as ck
from trainer_dev.redaction_sets import fortysecond_values as fv
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.fortysecond_looks import LOOK_KINDS
from trainer_dev.redaction_sets.fortysecond_people import NAMES, name_tokens, pools

PINNED_DIGEST = "61e653c7365944cb"
FORM_FLOORS = {"EMAIL": 3, "PHONE": 9, "URL": 4, "IP": 5, "CARD": 7, "IBAN": 2, "ID": 30,
               "PERSON": 6, "MEMBER": 9, "ADDRESS": 4}


@pytest.fixture(scope="module")
def built():
    start = time.process_time()
    members, posts = fs.make_fortysecond_set()
    return members, posts, time.process_time() - start


def test_build_time_and_digest(built):
    members, posts, seconds = built
    assert seconds < 15
    assert set_digest(members, posts) == PINNED_DIGEST


def test_determinism(built):
    members, posts, _ = built
    again = fs.make_fortysecond_set(seed=fs.SEED)
    assert again[0] == members and again[1] == posts
    other = fs.make_fortysecond_set(seed=1)
    assert other[1] != posts


def test_sizes_and_kind_cycle(built):
    members, posts, _ = built
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 5400
    for loc in fs.LOCALES:
        mine = [p for p in posts if p.locale == loc]
        labelled = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(labelled) == 375 and len(free) == 75
        for n, post in enumerate(labelled):
            assert 1 <= len(post.items) <= 3
            first = fs.KINDS[n % len(fs.KINDS)]
            kind, form = post.items[0][0], post.item_forms[0]
            assert kind == first or (first == "IBAN" and kind == "ID"
                                     and form in fv.BANK_CHECKS)
        plain = [p for p in free if not p.lookalikes]
        looks = [p for p in free if p.lookalikes]
        assert len(plain) == 30 and len(looks) == 45
        assert all(not re.search(r"\d", p.text) for p in plain)
        assert all(1 <= len(p.lookalikes) <= 3 for p in looks)


def _check_value(loc: str, kind: str, form: str, value: str) -> bool:
    region = fv.REGION[loc]
    if kind == "EMAIL":
        return ck.email_ok(value)
    if kind == "URL":
        return ck.url_ok(value)
    if kind == "PHONE":
        check = value.replace("(0)", "") if form == "intl_zero" else value
        if check.startswith("00"):
            check = "+" + check[2:]
        return ck.phone_ok(region, check)
    if kind == "IP":
        core = value.split(":")[0] if form == "v4_port" else value
        addr = ipaddress.ip_address(core)
        if form == "v4_private":
            return addr.is_private
        if form == "v6_full":
            return value == addr.exploded and addr.is_global
        return addr.is_global and str(addr) == core
    if kind == "CARD":
        n = ck.digits(value)
        return ck.luhn_ok(n) and len(n) == (15 if form == "amex" else 16)
    if kind == "IBAN":
        return ck.iban_ok(value) and fv.IBAN_LOCALES[loc] == value[:2]
    if kind == "ID":
        if form in fv.BANK_CHECKS:
            return fv.BANK_CHECKS[form](value)
        return fv.ID_CHECKS[form.removesuffix("_bare")](value)
    if kind in ("PERSON", "MEMBER"):
        female, male, surnames = pools(loc)
        words = {fv.fold(t).lower() for n in female + male + surnames for t in name_tokens(n)}
        toks = [t.removesuffix("'s").strip(".")
                for t in re.split(r"[\s@,]+", fv.fold(value).lower())]
        toks += [part for t in toks for part in re.split(r"[.\-']", t)]
        return any(t in words for t in toks) or form == "handle"
    if kind == "ADDRESS":
        pc = fv.address_postcode(loc, value)
        if pc is None:
            return form == "street_town" or loc in ("fr_BF", "en_RW", "pt_GW")
        return ck.postcode_ok(loc, pc)
    return False


def test_every_value_validated(built):
    _, posts, _ = built
    for post in posts:
        for (kind, _, value), form in zip(post.items, post.item_forms, strict=True):
            assert _check_value(post.locale, kind, form, value), (post.locale, kind, form, value)


def test_check_post_everywhere(built):
    _, posts, _ = built
    assert all(fs.check_post(p) for p in posts)


def test_fragment_rules(built):
    _, posts, _ = built
    for post in posts:
        for kind, frags, value in post.items:
            prefixes = {f[:2] for f in frags}
            assert frags
            if kind == "ADDRESS":
                assert prefixes <= {"t:", "p:"}
            elif kind in ("PHONE", "CARD", "IBAN", "ID"):
                assert prefixes <= {"d:", "s:"}
                runs = [r for r in fv.digit_runs(value) if len(r) >= 4]
                if runs:
                    assert "s:" not in prefixes
                    assert all(re.fullmatch(r"d:\d{4}", f) for f in frags)
                else:
                    assert frags == ["s:" + value]
            elif kind == "IP":
                assert prefixes == {"p:"}
            else:
                assert prefixes == {"t:"}
            if kind == "EMAIL":
                assert frags == ["t:" + value.split("@")[0]]


def test_forms_per_kind(built):
    _, posts, _ = built
    forms: dict[str, set] = {}
    for post in posts:
        for (kind, _, _), form in zip(post.items, post.item_forms, strict=True):
            forms.setdefault(kind, set()).add(form)
    for kind, floor in FORM_FLOORS.items():
        assert len(forms[kind]) >= floor, (kind, sorted(forms[kind]))


def test_ids_without_cue(built):
    _, posts, _ = built
    ids = [f for p in posts for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
           if k == "ID" and f not in fv.BANK_CHECKS]
    share = sum(f.endswith("_bare") for f in ids) / len(ids)
    assert 0.38 <= share <= 0.42


def test_piece_counts():
    counts = fs.piece_counts()
    assert set(counts) == {"en", "fr", "de", "es", "it", "nl", "pt"}
    assert all(n >= 150 for n in counts.values()), counts


def test_lookalike_kinds_and_checks(built):
    _, posts, _ = built
    kinds = Counter(k for p in posts for k in p.lookalike_kinds)
    assert len(kinds) >= 12 and set(kinds) <= set(LOOK_KINDS)
    assert min(kinds.values()) >= 250, kinds
    checked = Counter()
    for post in posts:
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            if kind == "isbn":
                assert ck.isbn13_ok(value)
                checked["isbn"] += 1
            elif kind == "orgreg":
                for prefix, fn in (("ABN ", ck.abn_ok), ("SIREN ", ck.siren_ok),
                                   ("P.IVA ", ck.piva_ok)):
                    if value.startswith(prefix):
                        assert fn(value), value
                        checked[prefix] += 1
                if re.fullmatch(r"\d\d\.\d{3}\.\d{3}/\d{4}-\d\d", value):
                    assert ck.cnpj_ok(value)
                    checked["cnpj"] += 1
                if re.fullmatch(r"F\d{8}", value):
                    assert ck.cif_ok(value)
                    checked["cif"] += 1
            elif kind == "vetdrug" and value.startswith("PZN"):
                assert ck.pzn_ok(value)
                checked["pzn"] += 1
            elif kind == "order" and re.fullmatch(r"\d{16}", value):
                assert not ck.luhn_ok(value)
                checked["bad16"] += 1
    assert len(checked) == 8 and min(checked.values()) >= 5, checked


def test_name_pools_and_disjointness(built):
    members, posts, _ = built
    for loc in NAMES:
        female, male, surnames = pools(loc)
        assert len(set(female + male)) >= 40 and len(set(surnames)) >= 40
        assert len(female) >= 20 and len(male) >= 20
    taken = {fv.fold(t).lower() for m in members for t in name_tokens(m)}
    persons = 0
    for post in posts:
        for kind, frags, _ in post.items:
            if kind == "PERSON":
                persons += 1
                assert not {fv.fold(f[2:]).lower() for f in frags} & taken
    assert persons > 700


def test_leaked_finds_fragment_and_ignores_background(built):
    _, posts, _ = built
    post = next(p for p in posts if p.items and p.items[0][0] == "PHONE")
    kind, frags, value = post.items[0]
    background = post.text.replace(value, " ")
    assert fs.leaked(post.text, frags, background)
    assert not fs.leaked(post.text.replace(value, "[PHONE]"), frags, background)
    # a fragment also in the background never counts
    assert not fs.leaked("call 0000 now", ["d:0000"], "ref 0000")
    assert fs.leaked("Mr Müller called", ["t:Muller"], "Mr called")
    assert not fs.leaked("Mr Müllerhof called", ["t:Muller"], "")
    assert fs.leaked("IP 10.1.2.3 seen", ["p:10.1.2.3"], "")
    assert not fs.leaked("IP 10.1.2.34 seen", ["p:10.1.2.3"], "")
    assert fs.leaked("code H91X2Y3", ["p:H91 X2Y3"], "")


def test_every_kind_in_every_locale(built):
    _, posts, _ = built
    per = Counter((p.locale, k) for p in posts for k, _, _ in p.items)
    for loc in fs.LOCALES:
        for kind in fs.KINDS:
            if kind == "IBAN" and loc not in fv.IBAN_LOCALES:
                assert per[loc, kind] == 0
                continue
            assert per[loc, kind] >= 37, (loc, kind, per[loc, kind])


def test_registered_for_scoring_and_as_a_development_set():
    # scored clean at two trees (2026-12-05 early), a development set since 02:20 UTC that day:
    # the failures tool opens it with the same generator and seed the scoring uses
    from pathlib import Path

    from trainer_dev.redaction_failures import DEVELOPMENT_SETS

    root = Path(__file__).resolve().parents[2]
    scoring = (root / "scripts" / "eval_redaction_scoring.py").read_text(encoding="utf-8")
    line = '"fortysecond": ("fortysecond", "make_fortysecond_set", 4242, "forty-second"),'
    assert line in scoring
    assert scoring.index(line) > scoring.index("INDEPENDENT_SETS = {")
    assert DEVELOPMENT_SETS["fortysecond"] == ("fortysecond", "make_fortysecond_set", 4242)
    doc = (root / "scripts" / "eval_redaction.py").read_text(encoding="utf-8")
    assert "``--fortysecond``" in doc and "fr_BF en_RW pt_GW" in doc
