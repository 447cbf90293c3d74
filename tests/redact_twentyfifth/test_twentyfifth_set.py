"""Checks of the twentyfifth scoring set itself (never of a redactor)."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import twentyfifth as ts
from trainer_dev.redaction_sets import twentyfifth_ids as ids
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.twentyfifth_build import phrase_counts
from trainer_dev.redaction_sets.twentyfifth_core import normalise
from trainer_dev.redaction_sets.twentyfifth_looks import isbn_ok
from trainer_dev.redaction_sets.twentyfifth_phones import phone_ok

IBAN_LOCALES = {"en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "lt_LT", "lv_LV", "et_EE",
                "is_IS", "es_CR"}


@pytest.fixture(scope="module")
def built():
    start = time.process_time()
    members, posts = ts.make_twentyfifth_set()
    return members, posts, time.process_time() - start


def test_build_time(built):
    assert built[2] < 15


def test_constants():
    assert ts.SEED == 2525
    assert len(ts.LOCALES) == 12 and len(set(ts.LOCALES)) == 12
    assert ts.KINDS == ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON",
                        "MEMBER", "ADDRESS"]


def test_sizes(built):
    members, posts, _ = built
    assert len(members) == 96 and len(posts) == 5400
    for loc in ts.LOCALES:
        mine = [p for p in posts if p.locale == loc]
        labelled = [p for p in mine if not p.pii_free]
        free = [p for p in mine if p.pii_free]
        assert len(labelled) == 375 and len(free) == 75
        assert sum(1 for p in free if not p.lookalikes) == 30
        assert sum(1 for p in free if 1 <= len(p.lookalikes) <= 3) == 45
        assert all(1 <= len(p.items) <= 3 for p in labelled)
        firsts = Counter(p.items[0][0] for p in labelled)
        for kind in ts.KINDS:
            if kind == "IBAN" and loc not in IBAN_LOCALES:
                assert firsts[kind] == 0
                continue
            assert firsts[kind] >= 37, (loc, kind)


def test_roster(built):
    members, _, _ = built
    for i in range(12):
        block = members[8 * i : 8 * i + 8]
        assert len(set(block)) == 8
        assert all(len(m.split()) >= 2 for m in block)


def test_the_scored_build_is_pinned(built):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(built[0], built[1]) == "5c61a7912d4b18df"


def test_every_post_passes_check_post(built):
    for p in built[1]:
        assert ts.check_post(p), p.text
        assert len(p.item_forms) == len(p.items)
        assert len(p.lookalike_kinds) == len(p.lookalikes)


def test_plain_free_posts_have_no_digits(built):
    for p in built[1]:
        if p.pii_free and not p.lookalikes:
            assert not re.search(r"\d", p.text)


def _digits(s: str) -> str:
    return "".join(c for c in normalise(s) if c.isdigit())


def test_cards_luhn_and_ibans_mod97(built):
    n_card = n_iban = 0
    for p in built[1]:
        for kind, _, value in p.items:
            if kind == "CARD":
                assert ids.luhn_ok(_digits(value)), value
                n_card += 1
            if kind == "IBAN":
                assert p.locale in IBAN_LOCALES
                assert ids.iban_ok(value), value
                assert value.replace(" ", "")[:2] == p.locale[-2:]
                n_iban += 1
    assert n_card >= 12 * 37 and n_iban >= 10 * 37


def test_phones_valid_for_region(built):
    n = 0
    for p in built[1]:
        for kind, _, value in p.items:
            if kind == "PHONE":
                assert phone_ok(value, p.locale), (p.locale, value)
                n += 1
    assert n >= 12 * 37


def test_national_ids(built):
    seen = Counter()
    for p in built[1]:
        for (kind, _, value), form in zip(p.items, p.item_forms, strict=True):
            if kind != "ID":
                continue
            d = _digits(value)
            seen[form.split("_")[0]] += 1
            if form.startswith("asmens") or form.startswith("isikukood"):
                assert len(d) == 11 and ids.baltic_code_ok(d), value
            elif form.startswith("personas"):
                assert len(d) == 11 and ids.lv_code_ok(d), value
                assert d.startswith("32") == ("new" in form)
            elif form.startswith("kennitala"):
                assert len(d) == 10 and ids.kennitala_ok(d) and d[-1] in "90", value
            elif form.startswith("steuerid"):
                assert len(d) == 11 and ids.steuer_id_ok(d), value
            elif form.startswith("nir"):
                assert len(d) == 15 and ids.nir_ok(d), value
            elif form in ("dni", "dni_dashed", "nie"):
                assert ids.dni_ok(value), value
            elif form == "codice_fiscale":
                assert len(value) == 16 and ids.cf_check(value[:15]) == value[15], value
            elif form.startswith("ssn"):
                assert len(d) == 9 and d[:3] not in ("000", "666") and d[3:5] != "00"
            elif form.startswith("nino"):
                assert re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", value.replace(" ", ""))
            elif form.startswith("trn"):
                assert len(d) == 9 and d[0] == "1"
            elif form.startswith("cedula"):
                assert len(d) == 9 and d[0] in "1234567"
            elif form == "us_routing_account":
                assert ids.aba_ok(re.search(r"\d{9}", value).group()), value
            elif form == "jm_account":
                assert len(d) == 9
            else:
                raise AssertionError(form)
    for fam in ("asmens", "isikukood", "personas", "kennitala", "steuerid", "nir", "ssn",
                "nino", "trn", "cedula", "codice", "us", "jm"):
        assert seen[fam] > 0, fam


def test_lookalikes_are_not_pii(built):
    members = {w.lower() for m in built[0] for w in m.split()}
    kinds = Counter()
    for p in built[1]:
        for look, kind in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            kinds[kind] += 1
            if kind == "ISBN":
                assert isbn_ok(look), look
            for run in re.findall(r"\d{13,19}", look):
                assert not ids.luhn_ok(run), look
            assert not {w.lower() for w in re.findall(r"\w+", look)} & members, look
    assert len(kinds) == 16 and min(kinds.values()) > 40


def test_persons_are_not_members(built):
    members, posts, _ = built
    tokens = {w.lower() for m in members for w in m.split()}
    for p in posts:
        for kind, frags, _ in p.items:
            if kind == "PERSON":
                for f in frags:
                    assert f[2:].lower() not in tokens, f


def test_fragment_prefixes(built):
    for p in built[1]:
        for kind, frags, _ in p.items:
            assert frags
            for f in frags:
                assert f[:2] in ("t:", "s:", "p:", "d:"), f
            if kind == "ADDRESS":
                assert any(f.startswith("t:") for f in frags)


def test_leaked_rule():
    frags = ["t:Kazlauskienė", "d:1234", "p:LT-01103"]
    assert ts.leaked("Ačiū [NAME] ir Kazlauskienė", frags, "")
    assert not ts.leaked("Ačiū [NAME], tel. [PHONE]", frags, "")
    assert ts.leaked("call 1\u00a02\u20133-4 now", ["d:1234"], "")
    assert ts.leaked("call \uff11\uff12\uff13\uff14", ["d:1234"], "")
    assert not ts.leaked("Kazlauskienės", ["t:Kazlauskienė"], "")
    assert not ts.leaked("XLT-01103", ["p:LT-01103"], "")
    assert ts.leaked("at LT-01103 Vilnius", ["p:LT-01103"], "")
    assert not ts.leaked("Kazlauskienė", ["t:Kazlauskienė"], "ponia Kazlauskienė")


def test_forms_and_kinds_spread(built):
    forms = Counter()
    for p in built[1]:
        for (kind, _, _), form in zip(p.items, p.item_forms, strict=True):
            forms[(kind, form)] += 1
    member_forms = {f for k, f in forms if k == "MEMBER"}
    assert {"full", "given", "surname", "handle", "lower", "title", "possessive"} <= member_forms
    assert any(f.endswith(("_gen", "_dat", "_acc")) for f in member_forms)
    assert any(k == "ADDRESS" and f == "is_dat" for k, f in forms)
    assert any(k == "ADDRESS" and f == "lv_locative" for k, f in forms)


def test_phrase_banks_are_broad():
    counts = phrase_counts()
    assert set(counts) == {"en", "de", "fr", "es", "it", "lt", "lv", "et", "is"}
    assert min(counts.values()) >= 300, counts


def test_genres(built):
    assert {p.genre for p in built[1]} == set(ts.GENRES)


def test_street_tokens_are_not_town_names(built):
    """A street token never repeats inside its address (e.g. as the town after the postcode)."""
    from trainer_dev.redaction_sets.twentyfifth_places import TYPE_WORDS

    for p in built[1]:
        for kind, frags, value in p.items:
            if kind != "ADDRESS":
                continue
            for f in frags:
                if f.startswith("t:"):
                    assert f[2:].lower() not in TYPE_WORDS, f
                    hits = re.findall(r"(?<!\w)" + re.escape(f[2:]) + r"(?!\w)", value, re.I)
                    assert len(hits) == 1, (f, value)
