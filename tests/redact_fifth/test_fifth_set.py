"""Integrity of the fifth held-out redaction set (trainer_dev.redaction_sets.fifth).

These tests check the set, never the redactor: sizes, spans, check digits, determinism, the
fragment rule, and the scoring plumbing through two stand-in redactors (the identity, which
leaks everything, and one that overwrites every letter and digit, which leaks nothing).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from trainer_dev.redaction_sets import fifth_checks as ck
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.fifth import KINDS, LOCALES, make_fifth_set
from trainer_dev.redaction_sets.fifth_leak import count, digit_windows, fragment_ok, leaked
from trainer_dev.redaction_sets.fifth_names import SURNAMES, surname_tokens
from trainer_dev.redaction_sets.fifth_places import STREET_TYPES

SEED = 5555


@pytest.fixture(scope="module")
def fifth():
    return make_fifth_set(SEED)


def _items(posts):
    for post in posts:
        for item, span in zip(post.items, post.spans, strict=True):
            yield post, item, span


def identity(text: str) -> str:
    return text


def overwrite(text: str) -> str:
    return re.sub(r"\w", "X", text)


def test_sizes_per_locale(fifth):
    members, posts = fifth
    assert len(posts) == 6000
    assert len(members) == len(set(members)) == 30 * len(LOCALES)
    for loc in LOCALES:
        mine = [p for p in posts if p.locale == loc]
        labelled = [p for p in mine if not p.pii_free]
        looks = [p for p in mine if p.pii_free and p.lookalikes]
        plain = [p for p in mine if p.pii_free and not p.lookalikes]
        assert (len(labelled), len(looks), len(plain)) == (400, 80, 20), loc
        assert all(p.items for p in labelled)
        assert not any(p.items or p.spans for p in looks + plain)
        assert not any(p.lookalikes for p in labelled)
        kinds = Counter(k for p in labelled for k, _, _ in p.items)
        assert set(kinds) == set(KINDS) and min(kinds.values()) >= 40, (loc, kinds)


def test_spans_match_values(fifth):
    for post, (kind, _, value), (kind2, start, end) in _items(fifth[1]):
        assert kind == kind2 and post.text[start:end] == value
        assert value == value.strip() and value


def test_the_scored_build_is_pinned(fifth):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(fifth[0], fifth[1]) == "838cddf3d0742b39"


def test_fragments_meaningful_and_present(fifth):
    for post, (kind, fragments, value), _ in _items(fifth[1]):
        assert fragments, (kind, value)
        background = post.text.replace(value, " ")
        for f in fragments:
            assert fragment_ok(f), (kind, f)
            # each fragment is found in the post more often than in the rest of it
            assert count(post.text, f) > count(background, f), (kind, f, post.text)
            if f.startswith("t:"):
                assert f[2:].casefold() not in STREET_TYPES
        if kind == "ADDRESS":
            assert any(f[:2] in ("t:", "p:") for f in fragments)


def test_check_digits(fifth):
    seen = Counter()
    for post, (kind, _, value), _ in _items(fifth[1]):
        flat = ck.compact(value)
        if kind == "CARD":
            assert ck.luhn_ok(flat) and len(flat) in (15, 16), value
        elif kind == "IBAN":
            assert ck.iban_ok(flat), value
            if flat.startswith("IT"):
                assert ck.cin_letter(flat[5:]) == flat[4]
        elif kind == "SSN":
            assert _id_ok(post.locale, flat), (post.locale, value)
        else:
            continue
        seen[kind, post.locale] += 1
    assert all(seen["SSN", loc] >= 40 for loc in LOCALES)


def _id_ok(locale: str, v: str) -> bool:
    if locale == "de_DE":
        return ck.steuer_id_ok(v)
    if locale == "en_AU":
        return ck.tfn_ok(v)
    if locale == "en_CA":
        return len(v) == 9 and ck.luhn_ok(v) and v[0] not in "08"
    if locale == "en_GB":
        ok = re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v)
        return bool(ok) and v[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    if locale == "en_IE":
        return bool(re.fullmatch(r"\d{7}[A-W][AW]?", v)) and ck.ppsn_ok(v)
    if locale == "en_IN":
        if v.isdigit():
            return len(v) == 12 and v[0] in "23456789" and ck.verhoeff_ok(v)
        return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v))
    if locale == "en_US":
        area, group, serial = v[:3], v[3:5], v[5:]
        return (
            len(v) == 9
            and area not in ("000", "666")
            and area < "900"
            and group != "00"
            and serial != "0000"
        )
    if locale == "es_ES":
        return ck.dni_ok(v)
    if locale == "fr_FR":
        return len(v) == 15 and ck.nir_ok(v)
    if locale == "it_IT":
        return ck.cf_ok(v)
    if locale == "nl_NL":
        return ck.bsn_ok(v)
    if locale == "pt_BR":
        return len(v) == 11 and ck.cpf_ok(v)
    return False


_POSTCODE = {
    "de_DE": r"\d{5}",
    "en_AU": r"\d{4}",
    "en_CA": r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d",
    "en_GB": r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}",
    "en_IE": r"[AC-FHKNPRTV-Y]\d{2}|D6W",
    "en_IN": r"[1-8]\d{2} ?\d{3}",
    "en_US": r"\d{5}(-\d{4})?",
    "es_ES": r"(0[1-9]|[1-4]\d|5[0-2])\d{3}",
    "fr_FR": r"\d{5}",
    "it_IT": r"\d{5}",
    "nl_NL": r"[1-9]\d{3} ?[A-Z]{2}",
    "pt_BR": r"\d{5}-\d{3}",
}
_PREFIX = {"de_DE": "49", "en_AU": "61", "en_CA": "1", "en_GB": "44", "en_IE": "353", "en_IN": "91",
           "en_US": "1", "es_ES": "34", "fr_FR": "33", "it_IT": "39", "nl_NL": "31",
           "pt_BR": "55"}  # fmt: skip


def test_postcodes_and_phones_follow_the_standards(fifth):
    for post, (kind, fragments, value), _ in _items(fifth[1]):
        if kind == "ADDRESS":
            for f in fragments:
                if f.startswith("p:"):
                    pc = f[2:]
                    if post.locale == "en_IE":
                        key, ident = pc.split()
                        assert re.fullmatch(_POSTCODE["en_IE"], key), pc
                        assert re.fullmatch(r"[ACDEFHKNPRTVWXY][ACDEFHKNPRTVWXY\d]{3}", ident), pc
                    else:
                        assert re.fullmatch(_POSTCODE[post.locale], pc), (post.locale, pc)
        if kind == "PHONE":
            digits = re.sub(r"\D", "", value.replace("(0)", ""))
            if value.startswith("+") or value.startswith("(+"):
                assert digits.startswith(_PREFIX[post.locale]), value
            assert 9 <= len(digits) <= 13, value


def test_members_and_persons(fifth):
    members, posts = fifth
    member_tokens = {t.casefold() for m in members for t in re.split(r"[\s\-]+", m)}
    member_tokens |= {_ascii(t) for t in member_tokens}
    squashed = [_alnum(m) for m in members]
    for _post, (kind, fragments, value), _ in _items(posts):
        words = {f[2:].casefold() for f in fragments if f[:2] in ("w:", "c:")}
        assert words or kind not in ("MEMBER", "PERSON"), value
        if kind == "MEMBER":  # every fragment names someone on the roster
            assert all(
                w in member_tokens or any(_alnum(w) in m for m in squashed) for w in words
            ), value
        if kind == "PERSON":  # and no non-member shares a surname token with a member
            assert not {_ascii(w) for w in words} & member_tokens, value


def _ascii(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _alnum(text: str) -> str:
    return "".join(c for c in _ascii(text).casefold() if c.isalnum())


def test_lookalikes_present_and_valid(fifth):
    kinds = Counter()
    for post in fifth[1]:
        assert len(post.lookalikes) == len(post.lookalike_kinds)
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            assert value in post.text, (value, post.text)
            kinds[kind] += 1
            flat = ck.compact(value.replace("ISBN", ""))
            if kind == "ISBN":
                assert ck.gs1_ok(flat) if len(flat) == 13 else ck.isbn10_ok(flat), value
            if kind == "EAN":
                assert len(flat) == 13 and ck.gs1_ok(flat), value
            if kind == "TRACKING" and re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", value):
                assert ck.s10_ok(value), value
    assert len(kinds) == 16 and min(kinds.values()) >= 100, kinds


def test_pii_free_posts_name_nobody(fifth):
    surnames = {t for loc in LOCALES for s in SURNAMES[loc] for t in surname_tokens(s)}
    for post in fifth[1]:
        if post.pii_free:  # case-sensitive: French 'vos' is not the Dutch surname 'Vos'
            words = set(re.findall(r"[\w'’]+", post.text))
            assert not words & surnames, (words & surnames, post.text)
            assert "@" not in post.text and "http" not in post.text


def _recall(posts, redact):
    caught, total = Counter(), Counter()
    for post in posts:
        out = redact(post.text)
        for kind, fragments, value in post.items:
            total[kind, post.locale] += 1
            caught[kind, post.locale] += not leaked(out, fragments, post.text.replace(value, " "))
    return {key: caught[key] / total[key] for key in total}


def _kept(posts, redact):
    kept = n = 0
    for post in posts:
        out = redact(post.text)
        for value in post.lookalikes:
            n += 1
            kept += value in out
    return kept / n


def test_stand_in_redactors(fifth):
    posts = fifth[1]
    assert set(_recall(posts, identity).values()) == {0.0}
    assert set(_recall(posts, overwrite).values()) == {1.0}
    assert _kept(posts, identity) == 1.0
    assert _kept(posts, overwrite) == 0.0


def test_address_parts_scored_apart(fifth):
    """The scorer reads street ('t:') and postcode ('p:') fragments of ADDRESS items apart."""
    parts = Counter()
    for post, (kind, fragments, value), _ in _items(fifth[1]):
        if kind != "ADDRESS":
            continue
        background = post.text.replace(value, " ")
        for prefix in ("t:", "p:"):
            mine = [f for f in fragments if f.startswith(prefix)]
            if mine:
                parts[prefix] += 1
                assert leaked(post.text, mine, background)
                assert not leaked(overwrite(post.text), mine, background)
    assert parts["t:"] > 500 and parts["p:"] > 400


def test_leak_rule_examples():
    assert digit_windows("+49 30 1234 5678")[:3] == ["4930", "9301", "3012"]
    bg = "Call me"
    assert leaked("Call me on 030 1234 [PHONE]", ["d:3012"], bg)
    assert not leaked("Call me on [PHONE]", ["d:3012"], bg)
    # a surname inside an e-mail address does not count as the name, and the other way round
    assert not leaked("[NAME]\nanna.schmidt@gmx.de", ["w:Schmidt"], "\nanna.schmidt@gmx.de")
    assert leaked("Schmidts Vortrag", ["w:Schmidt"], " Vortrag")
    assert not leaked("Anna Schmidt\n[EMAIL]", ["c:schmidt"], "Anna Schmidt\n")
    assert leaked("Neu: 1015 cj Amsterdam", ["p:1015 CJ"], "Neu: ")


def test_modules_stay_small():
    here = Path(__file__).resolve().parents[2] / "trainer_dev" / "redaction_sets"
    for path in here.glob("fifth*.py"):
        assert len(path.read_text().splitlines()) <= 400, path.name


def test_no_redactor_import():
    here = Path(__file__).resolve().parents[2] / "trainer_dev" / "redaction_sets"
    for path in [*here.glob("fifth*.py"), Path(__file__)]:
        text = path.read_text()
        assert "trainer.redact" not in text.replace('"trainer.redact" not in', "")
        assert "faker" not in text.lower().replace('"faker" not in', "").replace(
            "without faker", ""
        )


def test_check_digit_code_against_published_examples():
    """The validators accept the examples the standards and issuers publish."""
    assert ck.steuer_id_ok("86095742719") and ck.cpf_ok("52998224725") and ck.bsn_ok("111222333")
    assert ck.verhoeff_ok("234123412346") and ck.luhn_ok("046454286") and ck.tfn_ok("123456782")
    assert ck.ppsn_ok("1234567T") and ck.cf_ok("RSSMRA85T10A562S") and ck.nir_ok("184127645108946")
    assert ck.dni_ok("12345678Z") and ck.dni_ok("X1234567L") and not ck.dni_ok("12345678A")
    assert ck.gs1_ok("9783161484100") and ck.isbn10_ok("0306406152") and ck.s10_ok("RR123456785DE")
    for iban in ("DE89370400440532013000", "GB29NWBK60161331926819", "FR1420041010050500013M02606",
                 "IT60X0542811101000000123456", "NL91ABNA0417164300", "ES9121000418450200051332",
                 "IE29AIBK93115212345678", "BR1800360305000010009795493C1"):  # fmt: skip
        assert ck.iban_ok(iban), iban
    assert ck.cin_letter("0542811101000000123456") == "X"
    assert ck._es_dc("0021000418") + ck._es_dc("0200051332") == "45"
