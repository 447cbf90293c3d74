"""Self-test of the forty-eighth scoring set (sports clubs): shape, determinism, labels and
check digits recomputed here. It never runs the redactor: the set is closed."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from trainer_dev.redaction_sets import fortyeighth_checks as ck
from trainer_dev.redaction_sets.fortyeighth import leaked, make_fortyeighth_set
from trainer_dev.redaction_sets.fortyeighth_build import KINDS, LOCALES, labelled_post
from trainer_dev.redaction_sets.fortyeighth_ids import ID_CHECKS, IDS
from trainer_dev.redaction_sets.fortyeighth_people import ROSTER, name_tokens, normalise
from trainer_dev.redaction_sets.fortyeighth_values import REGION

SOURCES = sorted(Path(__file__).parents[2].glob("trainer_dev/redaction_sets/fortyeighth*.py"))
POSTCODE = {
    "en_GB": r"[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}",
    "en_US": r"\d{5}(-\d{4})?",
    "de_DE": r"\d{5}",
    "fr_FR": r"\d{5}",
    "es_ES": r"\d{5}",
    "it_IT": r"\d{5}",
    "pl_PL": r"\d{2}-\d{3}",
    "pt_BR": r"\d{5}-\d{3}",
    "de_LI": r"94(8[5-9]|9\d)",
    "sv_FI": r"\d{5}",
    "mt_MT": r"[A-Z]{3} \d{4}",
}


@pytest.fixture(scope="module")
def built():
    return make_fortyeighth_set()


def _items(posts):
    for post in posts:
        for (kind, fragments, value), form in zip(post.items, post.item_forms, strict=True):
            yield post, kind, fragments, value, form


def test_deterministic_for_a_seed(built):
    members, posts = built
    again_members, again = make_fortyeighth_set(seed=4848)
    assert members == again_members and posts == again
    first = [labelled_post(random.Random(f"1:{i}:en_GB"), "en_GB", i)[0] for i in range(5)]
    assert first != [p.text for p in posts[:5]]


def test_sizes_per_locale(built):
    members, posts = built
    assert len(members) == 96 and len(set(members)) == 96
    assert Counter(p.locale for p in posts if not p.pii_free) == {loc: 375 for loc in LOCALES}
    assert Counter(p.locale for p in posts if p.pii_free) == {loc: 75 for loc in LOCALES}
    for locale in LOCALES:
        labelled = [p for p in posts if p.locale == locale and not p.pii_free]
        for i, post in enumerate(labelled):
            kinds = [k for k, _, _ in post.items]
            assert kinds[0] == KINDS[i % 10] and 1 <= len(kinds) <= 3
            assert len(set(kinds)) == len(kinds)
    free = [p for p in posts if p.pii_free]
    assert all(not p.items for p in free)
    assert any(p.lookalikes for p in free) and any(not p.lookalikes for p in free)
    assert all(len(p.lookalikes) <= 3 for p in free)


def test_values_and_lookalikes_are_substrings(built):
    _, posts = built
    for post in posts:
        assert len(post.lookalikes) == len(post.lookalike_kinds)
        assert len(post.items) == len(post.item_forms)
        for look in post.lookalikes:
            assert look in post.text
            assert not any(look in v for _, _, v in post.items)
        for kind, fragments, value in post.items:
            assert kind in KINDS and value in post.text and fragments
            assert all(f[:2] in ("t:", "p:", "d:", "s:") for f in fragments)


def test_no_fragment_in_background_or_other_values(built):
    _, posts = built
    for post in posts:
        for kind, fragments, value in post.items:
            background = post.text.replace(value, " ")
            assert not leaked(post.text.replace(value, " "), fragments, ""), (kind, post.text)
            assert leaked(post.text, fragments, background), (kind, value)
            for _, _, other in post.items:
                if other != value:
                    assert not leaked(other, fragments, ""), (value, other)


def test_leaked_normalises():
    assert leaked("Thanks ĆALLUM!", ["t:callum"], "")
    assert not leaked("Thanks [NAME]!", ["t:callum"], "")
    assert leaked("ring ０７７００ 900 123", ["d:7700"], "")
    assert leaked("box sw1a1aa", ["p:sw1a 1aa"], "")
    assert not leaked("score 2026", ["d:2026"], "on 2026")


def test_check_digits(built):
    _, posts = built
    names = {name: check for entries in IDS.values() for _, _, name, check in entries}
    checked = Counter()
    for post, kind, fragments, value, form in _items(posts):
        if kind == "CARD":
            assert ck.luhn_ok(value), value
        elif kind == "IBAN":
            assert ck.iban_ok(value), value
        elif kind == "PHONE":
            bare = re.split(r" (?:ext\.|Durchwahl|poste|int\.|wew\.|ramal|intern|ank\.) ", value)[0]
            bare = "+" + bare[2:] if bare.startswith("00") else bare  # dialled from abroad
            num = phonenumbers.parse(bare, REGION[post.locale])
            assert phonenumbers.is_valid_number(num), (post.locale, value)
            assert phonenumbers.region_code_for_number(num) == REGION[post.locale]
        elif kind == "ID":
            check = names[form.rsplit("_", 1)[0]]
            if check:
                assert ID_CHECKS[check](value), (form, value)
                checked[check] += 1
        elif kind == "ADDRESS" and form in ("one_line", "multi_line", "po_box"):
            if post.locale != "en_BS" or form == "po_box":
                assert any(f.startswith("p:") for f in fragments), value
    assert len(checked) >= 15
    for post in posts:
        for look, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            if kind == "EAN":
                assert ck.isbn13_ok(look) or ck.ean_digit(look[:12]) == look[12]
            if kind == "ISBN":
                assert ck.isbn13_ok(look)


def test_postcodes_follow_the_national_pattern(built):
    _, posts = built
    for post, kind, _, value, form in _items(posts):
        if kind != "ADDRESS" or post.locale not in POSTCODE or form == "no_postcode":
            continue
        pattern = POSTCODE[post.locale]
        assert re.search(rf"(?<![\w-]){pattern}(?![\w-])", value), (post.locale, value)


def test_person_names_share_no_token_with_the_roster(built):
    members, posts = built
    roster = {t for name in members for t in name_tokens(name)}
    for _, kind, fragments, value, _ in _items(posts):
        if kind == "PERSON":
            assert not set(name_tokens(value)) & roster, value
        if kind == "MEMBER":
            assert all(f.startswith("t:") for f in fragments), value
            assert leaked(value, fragments, "") and all(leaked(value, [f], "") for f in fragments)


def test_pii_free_posts_name_no_member(built):
    members, posts = built
    roster = {t for name in members for t in name_tokens(name)}
    for post in posts:
        if post.pii_free:
            assert not set(re.findall(r"\w+", normalise(post.text))) & roster, post.text
    assert set(ROSTER) == set(LOCALES)


def test_does_not_import_the_redactor():
    for path in SOURCES:
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+trainer\.redact", source, re.M), path
        assert "trainer.redact" not in source.replace("trainer_dev.redaction", ""), path
    code = (
        "import sys; import trainer_dev.redaction_sets.fortyeighth; "
        "sys.exit(any(m.startswith('trainer.redact') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_pools_share_no_token_with_the_roster():
    from trainer_dev.redaction_sets import fortyeighth_looks as looks
    from trainer_dev.redaction_sets.fortyeighth_places import STREETS, street_tokens

    roster = {t for names in ROSTER.values() for name in names for t in name_tokens(name)}
    for pool in (looks.VENUES, looks.PRIZES, looks.COMPANIES, looks.WORDS):
        for entries in pool.values():
            assert not any(set(name_tokens(e)) & roster for e in entries), entries
    assert not any(set(name_tokens(e)) & roster for e in looks.PRODUCTS)
    for streets in STREETS.values():
        assert not any(set(street_tokens(s)) & roster for s in streets), streets


def test_registered_for_scoring_and_as_a_development_set():
    # scored by scripts/eval_redaction.py --fortyeighth; a development set since 2026-12-06 05:35
    from trainer_dev.redaction_failures import DEVELOPMENT_SETS

    root = Path(__file__).resolve().parents[2]
    scoring = (root / "scripts" / "eval_redaction_scoring.py").read_text(encoding="utf-8")
    line = '"fortyeighth": ("fortyeighth", "make_fortyeighth_set", 4848, "forty-eighth"),'
    assert line in scoring
    assert scoring.index(line) > scoring.index("INDEPENDENT_SETS = {")
    # scored clean at 1.32.0 (first contact), 1.33.0 and 1.34.0, a development set since
    # 2026-12-06 05:35 UTC: the failures tool opens it with the generator and seed the scoring uses
    assert DEVELOPMENT_SETS["fortyeighth"] == ("fortyeighth", "make_fortyeighth_set", 4848)
    doc = (root / "scripts" / "eval_redaction.py").read_text(encoding="utf-8")
    assert "``--fortyeighth``" in doc and "de_LI sv_FI en_BS mt_MT" in doc
