"""Self-test of the fiftieth independent set: sizes, determinism, the fragment rule, check
digits and independence from the redaction engine. It never runs the redactor."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from trainer_dev.redaction_sets import fiftieth_numbers as num
from trainer_dev.redaction_sets.fiftieth import (
    LOCALES,
    Post,
    leaked,
    make_fiftieth_set,
    roster_tokens,
)
from trainer_dev.redaction_sets.fiftieth_build import KINDS, spans
from trainer_dev.redaction_sets.fiftieth_match import any_hit, norm

SETS = Path(__file__).resolve().parents[2] / "trainer_dev" / "redaction_sets"


@pytest.fixture(scope="module")
def built():
    start = time.perf_counter()
    members, posts = make_fiftieth_set()
    return members, posts, time.perf_counter() - start


def test_sizes_and_kind_counts(built):
    members, posts, seconds = built
    assert seconds < 30
    assert len(members) == 96 == len(set(members))
    assert len(posts) == 5400
    for loc in LOCALES:
        mine = [p for p in posts if p.locale == loc]
        labelled = [p for p in mine if not p.pii_free]
        assert len(labelled) == 375 and len(mine) - len(labelled) == 75
        firsts = Counter(p.items[0][0] for p in labelled)
        assert set(firsts) == set(KINDS) and min(firsts.values()) == 37
        kinds = Counter(k for p in labelled for k, _, _ in p.items)
        assert min(kinds.values()) >= 45, (loc, kinds)
    for p in posts:
        kinds = [k for k, _, _ in p.items]
        assert len(kinds) == len(set(kinds)) == len(p.item_forms)
        assert (not kinds) == p.pii_free and len(kinds) <= 3
        assert set(kinds) <= set(KINDS)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
    free = [p for p in posts if p.pii_free]
    assert 250 <= sum(not p.lookalikes for p in free) <= 350
    assert sum(bool(p.lookalikes) for p in posts if not p.pii_free) > 1500
    totals = Counter(k for p in posts for k, _, _ in p.items)
    assert sum(totals.values()) == PINNED_ITEMS
    assert dict(totals) == PINNED_KINDS
    for loc in LOCALES:
        mine = Counter(k for p in posts if p.locale == loc for k, _, _ in p.items)
        assert [mine[k] for k in KINDS] == PINNED_BY_LOCALE[loc], loc
    ids = [f for p in posts for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
           if k == "ID"]
    assert 0.33 <= ids.count("bare") / len(ids) <= 0.47


PINNED_ITEMS = 7907
PINNED_KINDS = {"ADDRESS": 773, "CARD": 816, "EMAIL": 771, "IBAN": 792, "ID": 791, "IP": 813,
                "MEMBER": 767, "PERSON": 774, "PHONE": 803, "URL": 807}
# per locale, in KINDS order (EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS)
PINNED_BY_LOCALE = {
    "en_US": [55, 70, 71, 58, 65, 68, 69, 64, 60, 66],
    "en_GB": [62, 73, 69, 74, 66, 59, 67, 70, 66, 68],
    "en_IN": [64, 62, 75, 66, 76, 60, 70, 64, 70, 63],
    "de_AT": [64, 64, 68, 67, 63, 63, 72, 59, 69, 72],
    "fr_CH": [69, 61, 64, 66, 74, 67, 61, 61, 60, 62],
    "es_AR": [61, 67, 60, 72, 69, 71, 72, 70, 72, 69],
    "it_IT": [59, 66, 63, 70, 71, 61, 67, 65, 58, 66],
    "pt_PT": [70, 70, 65, 74, 66, 61, 59, 69, 62, 64],
    "en_GI": [65, 58, 67, 66, 83, 59, 62, 66, 59, 59],
    "en_IM": [64, 66, 69, 63, 61, 76, 70, 64, 61, 61],
    "cy_GB": [66, 76, 73, 67, 63, 71, 64, 62, 70, 57],
    "lb_LU": [72, 70, 63, 70, 59, 76, 58, 60, 60, 66],
}


def test_deterministic(built):
    members, posts, _ = built
    again_members, again = make_fiftieth_set()
    assert again_members == members and again == posts
    other = make_fiftieth_set(seed=7)[1]
    assert [p.text for p in other] != [p.text for p in posts]


def test_values_and_fragments(built):
    _, posts, _ = built
    for p in posts:
        taken = []
        for kind, frags, value in p.items:
            assert value and value in p.text, (kind, value)
            assert frags
            for f in frags:
                assert any_hit([f], value), (f, value)
            background = p.text.replace(value, " ")
            assert not any_hit(frags, background), (kind, frags, p.text)
            assert not leaked(background, frags, background)
            assert leaked(p.text, frags, background)
            for _, _, v2 in p.items:
                if v2 != value:
                    assert not any_hit(frags, v2)
            taken += spans(p.text, value)
        for look in p.lookalikes:
            assert look in p.text
            assert not any(a < d and c < b for a, b in spans(p.text, look) for c, d in taken)
            for _, frags, _ in p.items:
                assert not any_hit(frags, look), (look, frags)


def test_person_never_a_member_and_members_from_roster(built):
    _, posts, _ = built
    roster = roster_tokens()
    handles = {t.replace(" ", "") for t in roster}
    for p in posts:
        for kind, frags, value in p.items:
            toks = {norm(f[2:]) for f in frags}
            if kind == "PERSON":
                assert not toks & roster, value
                words = set(re.split(r"[\s,.]+", norm(value)))
                assert not words & roster
            if kind == "MEMBER":
                for t in toks:
                    ok = t in roster or t.rstrip("s") in roster or value.startswith("@")
                    assert ok or any(r in t for r in handles), (t, value)


def test_check_digits_pinned():
    pairs = [
        (num.luhn_ok, "4111 1111 1111 1111", "4111 1111 1111 1112"),
        (num.verhoeff_ok, "2363", "2364"),
        (num.iban_ok, "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33"),
        (num.nif_pt_ok, "123456789", "123456780"),
        (num.cuil_ok, "20-12345678-6", "20-12345678-5"),
        (num.svnr_at_ok, "1237 010180", "1238 010180"),
        (num.ean_ok, "7569217076985", "7569217076986"),
        (num.isbn10_ok, "0306406152", "0306406153"),
        (num.nhs_ok, "943 476 5919", "943 476 5918"),
        (num.aba_ok, "021000021", "021000022"),
        (num.uid_at_ok, "13585627", "13585628"),
        (num.vat_lu_ok, "26375245", "26375246"),
        (num.cf_ok, "RSSMRA85T10A562S", "RSSMRA85T10A562T"),
    ]
    for check, good, bad in pairs:
        assert check(good), (check.__name__, good)
        assert not check(bad), (check.__name__, bad)
    import random

    rng = random.Random(1)
    for _ in range(200):
        assert num.matricule_lu_ok(num.matricule_lu(rng))
        assert num.cbu_ok(num.cbu_ar(rng))
        assert num.uid_ch_ok(num.uid_ch(rng))
        assert num.vat_gb_ok(num.vat_gb(rng))
        assert num.svnr_at_ok(num.svnr_at(rng))
    m = num.matricule_lu(rng)
    assert not num.matricule_lu_ok(m[:-1] + str((int(m[-1]) + 1) % 10))
    c = num.cbu_ar(rng)
    assert not num.cbu_ok(c[:-1] + str((int(c[-1]) + 1) % 10))


ID_CHECKS = [
    ("de_AT", r"\d{4} \d{6}", num.svnr_at_ok),
    ("fr_CH", r"756\.\d{4}\.\d{4}\.\d{2}", num.ean_ok),
    ("en_IN", r"\d{4} \d{4} \d{4}", num.verhoeff_ok),
    ("es_AR", r"\d{2}-\d{8}-\d", num.cuil_ok),
    ("es_AR", r"\d{22}", num.cbu_ok),
    ("it_IT", r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", num.cf_ok),
    ("pt_PT", r"[123]\d{8}", num.nif_pt_ok),
    ("lb_LU", r"\d{13}|\d{4} \d{4} \d{3} \d{2}", num.matricule_lu_ok),
    ("en_GB", r"\d{3} \d{3} \d{4}", num.nhs_ok),
    ("cy_GB", r"\d{3} \d{3} \d{4}", num.nhs_ok),
]
LOOK_CHECKS = [
    (r"ATU\d{8}", lambda v: num.uid_at_ok(v[3:])),
    (r"CHE-\d{3}\.\d{3}\.\d{3}.*", num.uid_ch_ok),
    (r"P\.IVA \d{11}", num.luhn_ok),
    (r"NIPC \d{9}", num.nif_pt_ok),
    (r"LU\d{8}", num.vat_lu_ok),
    (r"GB \d{3} \d{4} \d{2}", num.vat_gb_ok),
    (r"CUIT 30-\d{8}-\d", num.cuil_ok),
]


def test_generated_numbers_are_valid(built):
    _, posts, _ = built
    seen: Counter = Counter()
    for p in posts:
        for kind, _, value in p.items:
            if kind == "CARD":
                assert num.luhn_ok(value), value
            if kind == "IBAN":
                assert num.iban_ok(value), value
            if kind == "ID":
                for loc, shape, check in ID_CHECKS:
                    if p.locale == loc and re.fullmatch(shape, value):
                        assert check(value), (loc, value)
                        seen[loc, shape] += 1
        for value, lk in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            if lk == "ean":
                assert num.ean_ok(value), value
            if lk == "isbn":
                assert num.ean_ok(value) if len(value) > 13 else num.isbn10_ok(value), value
            if lk == "vat":
                for shape, check in LOOK_CHECKS:
                    if re.fullmatch(shape, value):
                        assert check(value), value
                        seen[shape] += 1
    assert len([k for k in seen if isinstance(k, tuple)]) == len(ID_CHECKS)
    assert len([k for k in seen if isinstance(k, str)]) == len(LOOK_CHECKS)


def test_phones_follow_the_numbering_plans(built):
    phonenumbers = pytest.importorskip("phonenumbers")
    from trainer_dev.redaction_sets.fiftieth_contact import PHONE_REGION

    _, posts, _ = built
    for p in posts:
        for kind, _, value in p.items:
            if kind == "PHONE":
                parsed = phonenumbers.parse(value, PHONE_REGION[p.locale])
                assert phonenumbers.is_valid_number(parsed), (p.locale, value)


def test_leaked_rule():
    bg = "Call me back on  today."
    assert leaked("Call me back on 0161 496 0123 today.", ["d:01614960123"], bg)
    assert leaked("Call me back on [PHONE] 0123 today.", ["d:01614960123"], bg)
    assert leaked("on 496-0123", ["d:01614960123"], bg)
    assert not leaked("on [PHONE]", ["d:01614960123"], bg)
    assert leaked("ask JOËLLE", ["n:Joëlle"], "ask")
    assert leaked("ask joelle", ["n:Joëlle"], "ask")
    assert not leaked("ask Joelleen", ["n:Joëlle"], "ask")
    assert not leaked("ask Joëlle", ["n:Joëlle"], "Joëlle asked")
    assert leaked("Bengaluru 560034", ["p:560 034"], "Bengaluru")
    assert leaked("IP 10.4.12.7 blocked", ["w:10.4.12.7"], "IP blocked")
    assert not leaked("IP 10.4.12.70 blocked", ["w:10.4.12.7"], "IP blocked")
    assert leaked("Ｔｅｌ ０１６１４９６", ["d:01614960123"], "Tel")


def test_post_contract():
    post = Post(text="x", locale="en_US")
    with pytest.raises(AttributeError):
        post.text = "y"  # type: ignore[misc]


def test_no_redaction_engine_imported():
    sources = sorted(SETS.glob("fiftieth*.py"))
    assert len(sources) >= 8
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert "trainer.redact" not in text and "from trainer import" not in text, path
    code = ("import sys; import trainer_dev.redaction_sets.fiftieth as m; m.make_fiftieth_set(); "
            "print(sorted(k for k in sys.modules if k.startswith('trainer.redact')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=SETS.parents[1])
    assert out.stdout.strip() == "[]"


def test_registered_for_scoring_only():
    # a scoring set: scored as aggregates by scripts/eval_redaction.py --fiftieth, never
    # opened by the failures tool
    from pathlib import Path

    from trainer_dev.redaction_failures import DEVELOPMENT_SETS

    root = Path(__file__).resolve().parents[2]
    scoring = (root / "scripts" / "eval_redaction_scoring.py").read_text(encoding="utf-8")
    line = '"fiftieth": ("fiftieth", "make_fiftieth_set", 5050, "fiftieth"),'
    assert line in scoring
    assert scoring.index(line) > scoring.index("INDEPENDENT_SETS = {")
    assert "fiftieth" not in DEVELOPMENT_SETS
    doc = (root / "scripts" / "eval_redaction.py").read_text(encoding="utf-8")
    assert "``--fiftieth``" in doc and "en_GI en_IM cy_GB lb_LU" in doc
