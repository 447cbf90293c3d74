"""Self-test of the forty-ninth redaction scoring set (cars and motoring): sizes, determinism,
substrings, the fragment rule, check digits recomputed here, and independence from the engine."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from trainer_dev.redaction_sets import fortyninth_checks as ck
from trainer_dev.redaction_sets.fortyninth import LOCALES, _rosters, leaked, make_fortyninth_set
from trainer_dev.redaction_sets.fortyninth_build import draw_post
from trainer_dev.redaction_sets.fortyninth_ids import CHECKED
from trainer_dev.redaction_sets.fortyninth_match import fragment_in, norm
from trainer_dev.redaction_sets.fortyninth_people import name_tokens
from trainer_dev.redaction_sets.fortyninth_places import POSTCODE_RE

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
SET_DIR = Path(__file__).resolve().parents[2] / "trainer_dev" / "redaction_sets"


@pytest.fixture(scope="module")
def built():
    return make_fortyninth_set(seed=4949)


def luhn(number: str) -> bool:
    d = [int(c) for c in number if c.isdigit()][::-1]
    return sum(x if i % 2 == 0 else (2 * x - 9 if x > 4 else 2 * x) for i, x in enumerate(d)) \
        % 10 == 0


def iban_valid(value: str) -> bool:
    s = value.replace(" ", "").upper()
    lengths = {"NL": 18, "SE": 24, "FI": 18, "BE": 16, "CH": 21, "IE": 22, "GB": 22, "ES": 24,
               "FR": 27, "DE": 22}
    moved = s[4:] + s[:4]
    return lengths[s[:2]] == len(s) and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def ean13(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    return len(d) == 13 and sum(x * (3 if i % 2 else 1) for i, x in enumerate(d)) % 10 == 0


def test_deterministic_for_a_seed(built):
    members, posts = built
    again_members, again = make_fortyninth_set(seed=4949)
    assert members == again_members and posts == again
    rosters = _rosters(4950)  # another seed, another set (checked on its first posts)
    other = [draw_post(random.Random(f"4950:{i}:en_AU"), i, rosters["en_AU"], True)[0]
             for i in range(20)]
    assert other != [p.text for p in posts[:20]]


def test_sizes_per_locale(built):
    members, posts = built
    assert len(members) == 96 and len(set(members)) == 96
    assert len(posts) == 5400
    for loc in LOCALES:
        mine = [p for p in posts if p.locale == loc]
        assert sum(not p.pii_free for p in mine) == 375
        assert sum(p.pii_free for p in mine) == 75
        labelled = [p for p in mine if not p.pii_free]
        assert [p.items[0][0] for p in labelled] == [KINDS[i % 10] for i in range(375)]
        assert {k for p in labelled for k, _, _ in p.items} == set(KINDS)
        free = [p for p in mine if p.pii_free]
        assert any(not p.lookalikes for p in free) and any(p.lookalikes for p in free)


def test_items_and_lookalikes_are_substrings(built):
    _, posts = built
    for p in posts:
        assert len(p.items) == len(p.item_forms)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        if p.pii_free:
            assert not p.items
        else:
            assert 1 <= len(p.items) <= 3
            assert len({k for k, _, _ in p.items}) == len(p.items)
        for kind, fragments, value in p.items:
            assert kind in KINDS and value in p.text and fragments
            assert all(f[:2] in ("t:", "p:", "d:", "s:") for f in fragments)
        for look in p.lookalikes:
            assert look in p.text
            assert not any(look in v or v in look for _, _, v in p.items)


def test_no_fragment_in_background_or_other_values(built):
    _, posts = built
    for p in posts:
        for kind, fragments, value in p.items:
            background = p.text.replace(value, " ")
            assert leaked(p.text, fragments, background), (kind, value)
            nb = norm(background)
            for f in fragments:
                assert not fragment_in(nb, f), (p.text, f)
                for _, _, other in p.items:
                    if other != value:
                        assert not fragment_in(norm(other), f), (value, other, f)


def test_leaked_rule():
    assert leaked("call 0412 345 678", ["d:3456"], "call")
    assert not leaked("call [PHONE]", ["d:3456"], "call")
    assert not leaked("ref 3456", ["d:3456"], "ref 3456")
    assert leaked("Máns Ekström", ["t:ekstrom"], "")
    assert not leaked("Ekströmsgatan", ["t:ekstrom"], "")
    assert leaked("1234 ab utrecht", ["p:1234ab"], "")
    assert leaked("ＮＸＣ１Ｂ２Ｄ３４", ["s:nxc1b2d34"], "")


def test_check_digits_recomputed(built):
    _, posts = built
    seen = Counter()
    for p in posts:
        for (kind, _, value), form in zip(p.items, p.item_forms, strict=True):
            if kind == "CARD":
                assert luhn(value), value
            elif kind == "IBAN":
                assert iban_valid(value), value
                s = value.replace(" ", "")
                if s.startswith("BE"):
                    assert ck.be_account_ok(s[4:])
            elif kind == "ID":
                sub = form.split(":")[0]
                if sub in CHECKED:
                    assert CHECKED[sub](value), (sub, value)
                    seen[sub] += 1
                if sub in ("sin", "sa_id"):
                    assert luhn(value), value
                if sub == "bsn":
                    d = [int(c) for c in value if c.isdigit()]
                    weighted = sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True))
                    assert (weighted - d[8]) % 11 == 0
        for look, lk in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            if lk == "EAN":
                assert ean13(look), look
            elif lk == "ISBN":
                assert ean13(look) and look.startswith("978"), look
            elif lk == "VIN":
                assert ck.vin_ok(look), look
            elif lk == "COMPANY_ID" and look.startswith("BE "):
                assert ck.be_company_ok(look), look
            elif lk == "COMPANY_ID" and look.startswith("CHE-"):
                assert ck.che_uid_ok(look), look
            elif lk == "COMPANY_ID" and re.fullmatch(r"NL\d{9}B01", look):
                assert ck.nl_vat_ok(look), look
    assert set(seen) == set(CHECKED)


def test_phones_and_postcodes_follow_national_plans(built):
    _, posts = built
    pn = pytest.importorskip("phonenumbers")
    for p in posts:
        region = p.locale.split("_")[1]
        for (kind, _, value), form in zip(p.items, p.item_forms, strict=True):
            if kind == "PHONE":
                number = re.split(r" (?:ext\.|toestel|ankn\.|alanro|poste|intern|uitbr\.) ",
                                  value)[0]
                if number.startswith("1-"):
                    number = "+" + number
                parsed = pn.parse(number, region)
                assert pn.is_valid_number_for_region(parsed, region), (p.locale, value)
            if kind == "ADDRESS" and not form.startswith("no-postcode") and p.locale != "nl_CW":
                assert re.search(rf"(?<!\w)(?:{POSTCODE_RE[p.locale]})(?!\w)", value), value


def test_persons_share_no_token_with_members(built):
    members, posts = built
    roster = {norm(t) for m in members for t in name_tokens(m)}
    for p in posts:
        for kind, fragments, value in p.items:
            if kind == "PERSON":
                tokens = {f[2:] for f in fragments} | {norm(t) for t in name_tokens(value)}
                assert not tokens & roster, value


def test_bare_ids_and_forms_are_varied(built):
    _, posts = built
    ids = [f for p in posts for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
           if k == "ID"]
    bare = sum(f.endswith(":bare") for f in ids) / len(ids)
    assert 0.3 < bare < 0.5
    forms = Counter(f for p in posts for (k, _, _), f in zip(p.items, p.item_forms, strict=True)
                    if k in ("MEMBER", "PHONE"))
    for form in ("handle", "initial", "possessive", "vocative", "inflected-gen", "intl",
                 "trunk-paren", "ext", "e164"):
        assert forms[form] > 0, form


def test_does_not_import_the_engine():
    for path in sorted(SET_DIR.glob("fortyninth*.py")):
        source = path.read_text(encoding="utf-8")
        assert "trainer.redact" not in source and "from trainer import redact" not in source
    code = ("import sys; import trainer_dev.redaction_sets.fortyninth as m; "
            "print(any(k.startswith('trainer.redact') for k in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=SET_DIR.parents[1])
    assert out.stdout.strip() == "False"


def test_registered_for_scoring_and_as_a_development_set():
    # scored by scripts/eval_redaction.py --fortyninth; since 2026-12-06 05:35 a development set too
    from pathlib import Path

    from trainer_dev.redaction_failures import DEVELOPMENT_SETS

    root = Path(__file__).resolve().parents[2]
    scoring = (root / "scripts" / "eval_redaction_scoring.py").read_text(encoding="utf-8")
    line = '"fortyninth": ("fortyninth", "make_fortyninth_set", 4949, "forty-ninth"),'
    assert line in scoring
    assert scoring.index(line) > scoring.index("INDEPENDENT_SETS = {")
    # scored clean at 1.32.0 (first contact), 1.33.0 and 1.34.0, a development set since
    # 2026-12-06 05:35 UTC: the failures tool opens it with the generator and seed the scoring uses
    assert DEVELOPMENT_SETS["fortyninth"] == ("fortyninth", "make_fortyninth_set", 4949)
    doc = (root / "scripts" / "eval_redaction.py").read_text(encoding="utf-8")
    assert "``--fortyninth``" in doc and "nl_CW en_LS af_ZA ga_IE" in doc
