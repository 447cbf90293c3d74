"""Self-test of the fifty-second set: sizes, determinism, fragment rule, check digits, and
independence from the redaction engine."""

from __future__ import annotations

import collections
import pathlib
import re
import subprocess
import sys

import phonenumbers
import pytest

from trainer_dev.redaction_sets import fiftysecond_checks as ck
from trainer_dev.redaction_sets import fiftysecond_ids as ids
from trainer_dev.redaction_sets import fiftysecond_match as fm
from trainer_dev.redaction_sets.fiftysecond import KINDS, LOCALES, leaked, make_fiftysecond_set

SETS = pathlib.Path(__file__).resolve().parents[2] / "trainer_dev" / "redaction_sets"


@pytest.fixture(scope="module")
def built():
    return make_fiftysecond_set()


def test_sizes_and_kind_counts(built):
    members, posts = built
    assert len(members) == 96 and len(set(members)) == 96
    assert all(len(m.split()) == 2 for m in members)
    assert len(posts) == 5400
    per = collections.Counter((p.locale, p.pii_free) for p in posts)
    for loc in LOCALES:
        assert per[loc, False] == 375 and per[loc, True] == 75
    firsts = collections.Counter((p.locale, p.items[0][0]) for p in posts if p.items)
    for loc in LOCALES:
        for j, kind in enumerate(KINDS):
            assert firsts[loc, kind] == (38 if j < 5 else 37)
    kinds = collections.Counter(k for p in posts for k, _, _ in p.items)
    assert set(kinds) == set(KINDS)
    assert dict(kinds) == PINNED_KINDS
    for p in posts:
        assert 1 <= len(p.items) <= 3 or p.pii_free
        assert len({k for k, _, _ in p.items}) == len(p.items)
        assert len(p.item_forms) == len(p.items)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        assert p.pii_free == (not p.items)


PINNED_KINDS = {"ADDRESS": 832, "CARD": 909, "EMAIL": 928, "IBAN": 928, "ID": 881, "IP": 920,
                "MEMBER": 887, "PERSON": 904, "PHONE": 892, "URL": 923}


def test_deterministic(built):
    members, posts = make_fiftysecond_set()
    assert members == built[0]
    assert posts == built[1]
    other = make_fiftysecond_set(seed=1)[1]
    assert sum(a.text != b.text for a, b in zip(posts, other, strict=True)) > 5000


def test_values_fragments_and_background(built):
    _, posts = built
    for p in posts:
        for kind, frags, value in p.items:
            assert value in p.text, (kind, value)
            assert frags
            background = p.text.replace(value, " ")
            assert not any(fm.occurs(f, background) for f in frags), (value, p.text)
            assert leaked(p.text, frags, background)  # unredacted text leaks
            assert not leaked(background, frags, background)
            for _k2, _, v2 in p.items:
                if v2 != value:
                    assert not any(fm.occurs(f, v2) for f in frags)


def test_person_shares_no_token_with_roster(built):
    members, posts = built
    roster = {fm.norm(t) for m in members for t in m.split()}
    for p in posts:
        for kind, _, value in p.items:
            if kind == "PERSON":
                assert not {fm.norm(t) for t in re.findall(r"\w+", value)} & roster, value


def test_members_are_roster_names(built):
    members, posts = built
    roster = {fm.norm(t) for m in members for t in m.split()}
    for p in posts:
        for kind, frags, value in p.items:
            if kind == "MEMBER":
                toks = [fm.norm(f[2:]) for f in frags]
                assert any(t in roster or any(t.startswith(r) for r in roster) for t in toks) or \
                    any(r in t for t in toks for r in roster), value


def test_lookalikes_apart_from_values(built):
    _, posts = built
    n_labelled = 0
    for p in posts:
        spans = [(m.start(), m.end()) for _, _, v in p.items
                 for m in re.finditer(re.escape(v), p.text)]
        for look in p.lookalikes:
            assert look in p.text
            for m in re.finditer(re.escape(look), p.text):
                assert not any(m.start() < e and s < m.end() for s, e in spans), look
            assert not any(fm.occurs(f, look) for _, frags, _ in p.items for f in frags)
        n_labelled += bool(p.items and p.lookalikes)
    assert n_labelled > 2000
    free = [p for p in posts if p.pii_free]
    assert sum(1 for p in free if not p.lookalikes) >= 200
    assert sum(1 for p in free if p.lookalikes) >= 500


def test_items_carry_valid_check_digits(built):
    _, posts = built
    checkers = {"dni": ck.dni_ok, "nie": ck.dni_ok, "naf": ck.naf_ok, "stid": ck.steuer_id_ok,
                "ausweis": ck.ausweis_ok, "reisepass": ck.ausweis_ok, "cf": ck.codice_fiscale_ok,
                "nir": ck.nir_ok, "nir-pf": ck.nir_ok, "bsn": ck.bsn_ok, "nif": ck.nif_pt_ok,
                "nhs": ck.nhs_ok, "cc": ids.cc_ok}
    seen = collections.Counter()
    for p in posts:
        for (kind, _, value), form in zip(p.items, p.item_forms, strict=True):
            if kind == "CARD":
                assert ck.luhn_ok(re.sub(r"\D", "", value))
            elif kind == "IBAN":
                assert ck.iban_ok(value)
            elif kind == "PHONE":
                num = phonenumbers.parse(value if value.startswith("+") else value, {
                    "en_US": "US", "en_KY": "KY", "en_GB": "GB", "de_DE": "DE", "de_IT": "IT",
                    "it_IT": "IT", "fr_FR": "FR", "fr_PF": "PF", "es_ES": "ES", "eu_ES": "ES",
                    "nl_NL": "NL", "pt_PT": "PT"}[p.locale])
                assert phonenumbers.is_valid_number(num), value
            elif kind == "ID":
                name = form.rsplit("-", 1)[0]
                if name in checkers:
                    assert checkers[name](value), (name, value)
                    seen[name] += 1
    assert set(seen) == set(checkers)


@pytest.mark.parametrize(
    "check, good, bad",
    [
        (ck.luhn_ok, "4539578763621486", "4539578763621487"),
        (ck.iban_ok, "DE89370400440532013000", "DE89370400440532013001"),
        (ck.iban_ok, "GB29NWBK60161331926819", "GB29NWBK60161331926818"),
        (ck.codice_fiscale_ok, "RSSMRA85T10A562S", "RSSMRA85T10A562T"),
        (ck.dni_ok, "12345678Z", "12345678A"),
        (ck.dni_ok, "X1234567L", "X1234567M"),
        (ck.naf_ok, "281234567840", "281234567841"),
        (ck.steuer_id_ok, "86095742719", "86095742718"),
        (ck.ausweis_ok, "T220001293", "T220001294"),
        (ck.nir_ok, "255081416802538", "255081416802539"),
        (ck.bsn_ok, "111222333", "111222334"),
        (ck.nif_pt_ok, "123456789", "123456788"),
        (ck.nhs_ok, "9434765919", "9434765918"),
        (ck.ean13_ok, "4006381333931", "4006381333932"),
        (ck.isbn10_ok, "0306406152", "0306406153"),
        (ck.iso6346_ok, "CSQU3054383", "CSQU3054384"),
        (ck.awb_ok, "020-12345675", "020-12345676"),
        (ck.siren_ok, "732829320", "732829321"),
        (ids.cc_ok, "000000000ZZ4", "000000000ZZ5"),
    ],
)
def test_checkers_accept_valid_and_reject_corrupted(check, good, bad):
    assert check(good)
    assert not check(bad)


def test_national_bban_checks(built):
    assert ck.es_dc("21000418", "0200051332") == "45"
    assert ck.es_dc("21000418", "0200051333") != "45"
    assert ck.it_cin("05428", "11101", "000000123456") == "X"
    assert ck.it_cin("05428", "11101", "000000123457") != "X"
    assert ck.iban_complete("IT", "X0542811101000000123456") == "IT60X0542811101000000123456"
    seen = collections.Counter()
    for p in built[1]:
        for kind, _, value in p.items:
            if kind != "IBAN":
                continue
            s = value.replace(" ", "")
            if s[:2] == "FR":
                assert ck.rib_key(s[4:9], s[9:14], s[14:25]) == int(s[25:27])
            elif s[:2] == "ES":
                assert ck.es_dc(s[4:12], s[14:24]) == s[12:14]
            elif s[:2] == "IT":
                assert ck.it_cin(s[5:10], s[10:15], s[15:27]) == s[4]
            elif s[:2] == "PT":
                assert ck.pt_nib_check(s[4:23]) == s[23:25]
            else:
                continue
            seen[s[:2]] += 1
    assert set(seen) == {"FR", "ES", "IT", "PT"}


def test_leaked_rule():
    frags = ["w:Müller", "d:1234", "p:SW1A 2AA", "e:j.smith", "h:example.aero"]
    assert leaked("Call MULLER", frags, "")
    assert leaked("ref 01 23 45", frags, "")
    assert leaked("London sw1a2aa", frags, "")
    assert not leaked("Müllerstraße", frags, "")
    assert not leaked("[NAME] [PHONE] [ADDRESS]", frags, "")
    assert not leaked("Call Müller", frags, "Müller")
    assert leaked("visit example.aero/x", frags, "")
    assert leaked("١٢٣٤", ["d:1234"], "")


def test_no_engine_import():
    sources = sorted(SETS.glob("fiftysecond*.py"))
    assert len(sources) >= 10
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert "trainer.redact" not in text and "from trainer import" not in text, path
    code = ("import sys; import trainer_dev.redaction_sets.fiftysecond as f; "
            "f.make_fiftysecond_set(); "
            "bad = [m for m in sys.modules if m.startswith('trainer.redact')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    root = SETS.parents[1]
    run = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_registered_for_scoring_only():
    # a scoring set: scored as aggregates by scripts/eval_redaction.py --fiftysecond, never
    # opened by the failures tool
    from pathlib import Path

    from trainer_dev.redaction_failures import DEVELOPMENT_SETS

    root = Path(__file__).resolve().parents[2]
    scoring = (root / "scripts" / "eval_redaction_scoring.py").read_text(encoding="utf-8")
    line = '"fiftysecond": ("fiftysecond", "make_fiftysecond_set", 5252, "fifty-second"),'
    assert line in scoring
    assert scoring.index(line) > scoring.index("INDEPENDENT_SETS = {")
    assert "fiftysecond" not in DEVELOPMENT_SETS
    doc = (root / "scripts" / "eval_redaction.py").read_text(encoding="utf-8")
    assert "``--fiftysecond``" in doc and "eu_ES de_IT fr_PF en_KY" in doc
