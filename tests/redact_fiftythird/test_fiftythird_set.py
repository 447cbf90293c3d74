"""Self-test of the fifty-third independent labelled set (arts, music, theatre and film): sizes,
kind counts, determinism, check digits, the fragment rule and its independence from the
redaction engine. It never runs the redactor."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from trainer_dev.redaction_sets import fiftythird_checks as ck
from trainer_dev.redaction_sets.fiftythird import (
    KINDS,
    LOCALES,
    leaked,
    make_fiftythird_set,
    norm,
    occurs,
)
from trainer_dev.redaction_sets.fiftythird_locales import digit_fragments

SETS = Path(__file__).resolve().parents[2] / "trainer_dev" / "redaction_sets"
KIND_COUNTS = {
    "ADDRESS": 886,
    "CARD": 909,
    "EMAIL": 915,
    "IBAN": 902,
    "ID": 930,
    "IP": 906,
    "MEMBER": 876,
    "PERSON": 892,
    "PHONE": 900,
    "URL": 886,
}


@pytest.fixture(scope="module")
def built():
    return make_fiftythird_set()


def _tokens(name: str) -> set[str]:
    return {norm(t) for t in re.split(r"[\s\-]+", name) if t}


def test_sizes_and_kind_counts(built):
    members, posts = built
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 5400
    for loc in LOCALES:
        mine = [p for p in posts if p.locale == loc]
        assert sum(not p.pii_free for p in mine) == 375
        assert sum(p.pii_free for p in mine) == 75
        labelled = [p for p in mine if not p.pii_free]
        firsts = Counter(p.items[0][0] for p in labelled)
        assert set(firsts) == set(KINDS) and min(firsts.values()) >= 37
        assert sum(1 for p in mine if p.pii_free and p.lookalikes) >= 30
    assert dict(sorted(Counter(k for p in posts for k, _, _ in p.items).items())) == KIND_COUNTS
    for p in posts:
        kinds = [k for k, _, _ in p.items]
        assert (not kinds) == p.pii_free
        assert len(kinds) <= 3 and len(set(kinds)) == len(kinds)
        assert len(p.item_forms) == len(p.items)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
    assert sum(len(p.lookalikes) for p in posts if not p.pii_free) > 2000


def test_deterministic(built):
    members, posts = make_fiftythird_set()
    assert members == built[0]
    assert posts == built[1]
    assert make_fiftythird_set(seed=1)[1][:50] != posts[:50]


def test_values_fragments_and_lookalikes(built):
    members, posts = built
    roster_tokens = set().union(*(_tokens(m) for m in members))
    for p in posts:
        values = [v for _, _, v in p.items]
        for kind, frags, value in p.items:
            assert value in p.text, (kind, value)
            assert frags and all(f[:2] in ("t:", "s:", "p:", "d:") for f in frags)
            background = p.text.replace(value, " ")
            assert not any(occurs(f, background) for f in frags), (value, p.text)
            others = [v for v in values if v != value] + p.lookalikes
            assert not any(occurs(f, o) for f in frags for o in others)
            assert occurs(frags[0], p.text)
            if kind == "PERSON":
                assert not _tokens(value) & roster_tokens, value
            if kind == "MEMBER" and p.item_forms[values.index(value)] in ("full", "lower"):
                assert any(_tokens(value) <= _tokens(m) for m in members), value
        for look in p.lookalikes:
            assert look in p.text
            assert not any(look in v or v in look for v in values)
            for _, frags, _ in p.items:
                assert not any(occurs(f, look) for f in frags)


def test_leaked_rule():
    text = "Call Agnes Holloway on 07700 900123 about LS6 2QA."
    frags = ["t:Agnes", "t:Holloway"]
    bg = text.replace("Agnes Holloway", " ")
    assert leaked(text, frags, bg)
    assert not leaked(text.replace("Agnes Holloway", "[NAME]"), frags, bg)
    assert leaked(text.replace("Agnes Holloway", "[NAME] holloway"), frags, bg)
    phone = digit_fragments("07700 900123")
    bg = text.replace("07700 900123", " ")
    assert leaked(text.replace("07700 900123", "[PHONE] 0123"), phone, bg)
    assert not leaked(text.replace("07700 900123", "[PHONE]"), phone, bg)
    assert leaked("Visit LS6 2QA", ["p:LS62QA"], "Visit")
    assert leaked("Café ＡＮＮＡ", ["t:anna"], "")  # NFKC and case folding
    assert leaked("Ladina Čaduff", ["t:Caduff"], "")  # accents stripped


CHECKERS = [
    (ck.luhn_ok, ck.luhn_complete("453201511283036"), None),
    (ck.iban_ok, "DE89370400440532013000", None),
    (ck.nl_bsn_ok, "111222333", None),
    (ck.ean_ok, "7561234567897", None),
    (ck.ean_ok, "9790260000438", None),
    (ck.be_rrn_ok, "85073003328", None),
    (ck.be_account_ok, "539007547034", None),
    (ck.cz_rc_ok, "7801233539", None),
    (ck.isbn10_ok, "0306406152", None),
    (ck.container_ok, "CSQU3054383", None),
    (ck.gb_vat_ok, "GB 980 7806 84", None),
    (ck.be_enterprise_ok, "0403.170.701", None),
    (ck.cz_ico_ok, "25596641", None),
    (ck.ch_uid_ok, "CHE-116.281.710", None),
    (ck.iswc_ok, "T-034.524.680-1", None),
]


def _corrupt(value: str) -> str:
    i = max(i for i, c in enumerate(value) if c.isdigit())
    return value[:i] + str((int(value[i]) + 1) % 10) + value[i + 1 :]


@pytest.mark.parametrize("check, good, _", CHECKERS)
def test_checkers_accept_valid_and_reject_corrupted(check, good, _):
    assert check(good)
    assert not check(_corrupt(good))


def test_other_check_digits():
    assert ck.de_steuer_id_ok("86095742719") and not ck.de_steuer_id_ok("86095742718")
    assert ck.de_ausweis_check("T22000129") == "3"
    assert ck.mx_clabe_check("03218000011835971") == "9"  # 032180000118359719
    curp = "HEGG560427MVZRRL04"
    assert ck.mx_curp_check(curp[:-1]) == curp[-1] and ck.mx_curp_check(curp[:-1]) != "6"


def _id_checker(form: str):
    return {
        "sin": ck.luhn_ok,
        "pnr": lambda s: ck.luhn_ok(s[-10:]),
        "bsn": ck.nl_bsn_ok,
        "ahv": ck.ean_ok,
        "rrn": ck.be_rrn_ok,
        "compte": ck.be_account_ok,
        "rc": ck.cz_rc_ok,
        "steuer": ck.de_steuer_id_ok,
        "ausweis": lambda s: ck.de_ausweis_check(s[:9]) == s[9],
        "clabe": lambda s: ck.mx_clabe_check(s[:17]) == s[17],
    }.get(form)


def test_generated_numbers_carry_valid_check_digits(built):
    _, posts = built
    checked = Counter()
    for p in posts:
        for (kind, _, value), form in zip(p.items, p.item_forms, strict=True):
            digits = "".join(c for c in value if c.isalnum())
            if kind == "CARD":
                assert ck.luhn_ok(digits)
            elif kind == "IBAN":
                assert ck.iban_ok(digits)
                if digits.startswith("BE"):
                    assert ck.be_account_ok(digits[4:])
            elif kind == "PHONE":
                assert ck.phone_valid(value, ck._PHONE_REGION[p.locale]), value
            elif kind == "ID":
                if form.startswith("curp"):
                    assert ck.mx_curp_check(value[:-1]) == value[-1]
                    checked["curp"] += 1
                checker = _id_checker(form.split("+")[0])
                if checker is not None:
                    assert checker(digits), (form, value)
                    checked[form.split("+")[0]] += 1
        for value, kind in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            if kind in ("ismn", "ean") or (kind == "isbn" and "-" in value):
                assert ck.ean_ok(value), value
            elif kind == "isbn":
                assert ck.isbn10_ok(value), value
            elif kind == "iswc":
                assert ck.iswc_ok(value)
            elif kind == "container":
                assert ck.container_ok(value)
            elif kind == "company" and p.locale == "rm_CH":
                assert ck.ch_uid_ok(value)
            elif kind == "company" and p.locale == "fr_BE":
                assert ck.be_enterprise_ok(value)
            elif kind == "company" and p.locale == "cs_CZ":
                assert ck.cz_ico_ok(value)
            elif kind == "company" and p.locale == "sv_SE":
                assert ck.luhn_ok(value.replace("-", ""))
            elif kind == "company" and p.locale == "en_GB":
                assert ck.gb_vat_ok(value)
            elif kind == "company" and p.locale == "de_DE":
                assert ck.mod11_10_check(value[2:10]) == value[10]
    assert min(checked.values()) >= 20 and len(checked) == 11


def test_roster_and_outsiders_share_no_token(built):
    from trainer_dev.redaction_sets.fiftythird_locales import POOLS

    members, _ = built
    roster_tokens = set().union(*(_tokens(m) for m in members))
    for loc in LOCALES:
        pool = POOLS[loc]
        for name in pool["given"] + pool["surname"] + pool.get("second", []):
            assert not _tokens(name) & roster_tokens, (loc, name)


def test_does_not_import_the_redaction_engine(built):
    sources = sorted(SETS.glob("fiftythird*.py"))
    assert len(sources) >= 5
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert "trainer.redact" not in text and "from trainer import" not in text, path
    code = (
        "import hashlib, sys\n"
        "import trainer_dev.redaction_sets.fiftythird as m\n"
        "digest = hashlib.sha256(repr(m.make_fiftythird_set()).encode()).hexdigest()\n"
        "print([k for k in sys.modules if k.startswith('trainer.redact') or k == 'trainer'])\n"
        "print(digest)\n"
    )
    env = dict(os.environ, PYTHONHASHSEED="7")  # another hash seed: no hash() or set order
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=SETS.parents[1],
        env=env,
    )
    modules, digest = out.stdout.strip().splitlines()
    assert modules == "[]"
    assert digest == hashlib.sha256(repr(built).encode()).hexdigest()


def test_registered_for_scoring_only():
    # a scoring set: scored as aggregates by scripts/eval_redaction.py --fiftythird, never
    # opened by the failures tool
    from trainer_dev.redaction_failures import DEVELOPMENT_SETS

    root = Path(__file__).resolve().parents[2]
    scoring = (root / "scripts" / "eval_redaction_scoring.py").read_text(encoding="utf-8")
    line = '"fiftythird": ("fiftythird", "make_fiftythird_set", 5353, "fifty-third"),'
    assert line in scoring
    assert scoring.index(line) > scoring.index("INDEPENDENT_SETS = {")
    assert "fiftythird" not in DEVELOPMENT_SETS
    doc = (root / "scripts" / "eval_redaction.py").read_text(encoding="utf-8")
    assert "``--fiftythird``" in doc and "fy_NL rm_CH sw_KE az_AZ" in doc
