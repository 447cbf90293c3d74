"""The eighth held-out redaction set: shape, determinism, check digits and the leak rule.

Only the set itself is tested here; the redactor is never run (the set is for scoring only)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from trainer_dev.redaction_sets import eighth_checks as ck
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.eighth import (
    FREE_PER_LOCALE,
    KINDS,
    LABELLED_PER_LOCALE,
    LOCALES,
    leaked,
    make_eighth_set,
)
from trainer_dev.redaction_sets.eighth_build import BANKS
from trainer_dev.redaction_sets.eighth_people import fold


@pytest.fixture(scope="module")
def eighth():
    return make_eighth_set()


def test_the_scored_build_is_pinned(eighth):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(eighth[0], eighth[1]) == "b52c5d7a2d626204"


def test_sizes_and_locale_coverage(eighth):
    roster, posts = eighth
    assert len(posts) == 12 * (LABELLED_PER_LOCALE + FREE_PER_LOCALE) == 5400
    assert sum(p.pii_free for p in posts) == 900
    per = Counter((p.locale, p.pii_free) for p in posts)
    for loc in LOCALES:
        assert per[loc, False] == LABELLED_PER_LOCALE and per[loc, True] == FREE_PER_LOCALE
    kinds = Counter((p.locale, k) for p in posts for k, _, _ in p.items)
    for loc in LOCALES:
        for kind in KINDS:
            assert kinds[loc, kind] >= 15, (loc, kind, kinds[loc, kind])
        for kind in ("MEMBER", "PERSON", "ADDRESS", "PHONE", "EMAIL"):
            assert kinds[loc, kind] >= 100, (loc, kind)
    assert set(k for _, k in kinds) == set(KINDS)


def test_roster_is_full_names(eighth):
    roster, _ = eighth
    assert len(roster) == len(set(roster)) >= 150
    assert all(len(name.split()) >= 2 for name in roster)


def test_posts_are_well_formed(eighth):
    _, posts = eighth
    for p in posts:
        assert p.pii_free == (not p.items)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        for kind, fragments, value in p.items:
            assert kind in KINDS
            assert value in p.text, (kind, value)
            assert fragments and all(re.match(r"^[dehsntpx]:.", f) for f in fragments)
        for value in p.lookalikes:
            assert value in p.text
    free_with_looks = [p for p in posts if p.pii_free and p.lookalikes]
    assert 400 <= len(free_with_looks) <= 800
    assert sum(p.pii_free and not p.lookalikes for p in posts) >= 100
    kinds = Counter(k for p in posts for k in p.lookalike_kinds)
    assert len(kinds) >= 14


def test_unredacted_post_leaks_every_item_and_removal_stops_it(eighth):
    _, posts = eighth
    for p in posts:
        for kind, fragments, value in p.items:
            background = p.text.replace(value, " ")
            assert leaked(p.text, fragments, background), (kind, value, p.text)
            assert not leaked(p.text.replace(value, "[REDACTED]"), fragments, background)


def test_member_items_name_a_roster_member(eighth):
    roster, posts = eighth
    surnames = {fold(t).lower() for name in roster for t in re.split(r"[\s'\-]", name)}
    for p in posts:
        for kind, fragments, _ in p.items:
            if kind == "MEMBER":
                assert any(fold(f[2:]).lower() in surnames for f in fragments)


def test_frames_rarely_repeat(eighth):
    _, posts = eighth
    frames = Counter(p.frame for p in posts)
    assert len(frames) >= 5000
    assert max(frames.values()) <= 5


def test_phrase_banks_share_keys():
    keys = set(BANKS["en"])
    for lang, bank in BANKS.items():
        assert set(bank) == keys, lang
        assert len(bank["look"].split("|")) == 16, lang


def _values(posts, kind, locale=None):
    return [v for p in posts if locale in (None, p.locale) for k, _, v in p.items if k == kind]


def test_cards_have_brand_ranges_and_luhn(eighth):
    _, posts = eighth
    cards = _values(posts, "CARD")
    assert len(cards) >= 300
    for value in cards:
        digits = re.sub(r"\D", "", value)
        assert ck.luhn_ok(digits) and len(digits) in (14, 15, 16)
        assert re.match(r"^(4|5[1-5]|2[2-7]|3[4-7]|3[0-9]|6|8[12]|50)", digits), digits


def test_ibans_pass_mod97(eighth):
    _, posts = eighth
    ibans = _values(posts, "IBAN")
    assert len(ibans) >= 300
    lengths = {
        "DE": 22,
        "GB": 22,
        "IE": 22,
        "FR": 27,
        "ES": 24,
        "IT": 27,
        "NL": 18,
        "BR": 29,
        "PT": 25,
        "BE": 16,
    }
    for value in ibans:
        assert ck.iban_ok(value), value
        assert len(value.replace(" ", "")) == lengths[value[:2]], value


def _id_ok(locale: str, value: str) -> bool:
    compact = re.sub(r"[\s\-.]", "", value)
    if locale == "en_US":
        return bool(re.fullmatch(r"(?!666|000)\d{3}-(?!00)\d{2}-(?!0000)\d{4}", value))
    if locale == "en_GB":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", compact))
    if locale == "en_IE":
        digits, letters = compact[:7], compact[7:]
        return digits.isdigit() and ck.ppsn_check(digits, letters[1:]) == letters[0]
    if locale == "en_IN":
        if compact.isdigit():
            return len(compact) == 12 and ck.verhoeff_ok(compact)
        return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", compact))
    if locale == "en_AU":
        return len(compact) == 9 and ck.tfn_ok(compact)
    if locale == "en_CA":
        return len(compact) == 9 and ck.luhn_ok(compact)
    if locale == "de_DE":
        return len(compact) == 11 and ck.steuer_check(compact[:10]) == compact[10]
    if locale == "fr_FR":
        return ck.nir_ok(value)
    if locale == "es_ES":
        return ck.dni_ok(value)
    if locale == "it_IT":
        return len(compact) == 16 and ck.cf_check(compact[:15]) == compact[15]
    if locale == "nl_NL":
        return ck.bsn_ok(compact)
    return ck.cpf_ok(value)


def test_national_ids_have_valid_checks(eighth):
    _, posts = eighth
    for loc in LOCALES:
        ids = _values(posts, "ID", loc)
        assert len(ids) >= 15, loc
        for value in ids:
            assert _id_ok(loc, value), (loc, value)


def test_check_digit_helpers_on_published_examples():
    assert ck.luhn_ok("79927398713") and not ck.luhn_ok("79927398710")
    assert ck.verhoeff_ok("2363") and ck.verhoeff_complete("236") == "2363"
    assert ck.iban_ok("GB82 WEST 1234 5698 7654 32") and ck.iban_ok("DE89370400440532013000")
    assert ck.tfn_ok("123456782")
    assert ck.bsn_ok("111222333")
    assert ck.cpf_ok("111.444.777-35")
    assert ck.dni_ok("12345678Z") and ck.dni_ok("X1234567L")
    assert ck.cf_check("RSSMRA85T10A562") == "S"
    assert ck.ppsn_check("1234567") == "T"


def test_leak_rule_units():
    # digits: any 4-digit window, separators between digits allowed, background ignored
    assert leaked("call 0171 23 [PHONE]", ["d:01712345678"], "call me")
    assert not leaked("call [PHONE]", ["d:01712345678"], "call me")
    assert not leaked("booked for 2024, call [PHONE]", ["d:4420241234"], "booked for 2024")
    # e-mail local part, URL host and slug
    assert leaked("mail jan.de.vries@[EMAIL]", ["e:jan.de.vries"], "")
    assert not leaked("mail [EMAIL]", ["e:jan.de.vries"], "")
    assert leaked("see https://janvries.nl/cv", ["h:janvries.nl"], "")
    assert leaked("linkedin.com/in/jan-vries", ["s:jan-vries"], "")
    assert not leaked("linkedin.com/in/[URL]", ["s:jan-vries"], "")
    # names: whole words, case and accents ignored, not inside an address or URL
    assert leaked("thanks MÜLLER", ["n:Müller"], "")
    assert leaked("thanks Muller", ["n:Müller"], "")
    assert not leaked("thanks Mullerova", ["n:Müller"], "")
    assert not leaked("mail anna.muller@x.de", ["n:Müller"], "")
    assert not leaked("Müller GmbH and [PERSON]", ["n:Müller"], "Müller GmbH and")
    # street tokens and postcodes (spacing and case ignored)
    assert leaked("[ADDR] Keizersgracht", ["t:Keizersgracht", "p:1015 CJ"], "")
    assert leaked("[ADDR] 1015cj Amsterdam", ["t:Keizersgracht", "p:1015 CJ"], "")
    assert not leaked("[ADDR] Amsterdam", ["t:Keizersgracht", "p:1015 CJ"], "")
    assert leaked("[ID] RSSMRA85T10A562S", ["x:RSSMRA85T10A562S"], "")
    assert leaked("from 2a01:63a4:9b20::8ad9", ["x:2a01:63a4:9b20::8ad9"], "")
