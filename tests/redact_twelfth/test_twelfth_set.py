"""The twelfth redaction set: shape, determinism, check digits, the leak rule, roster hygiene.

Never runs the redactor.
"""

from __future__ import annotations

import collections
import re
import unicodedata

import pytest

from trainer_dev.redaction_sets import twelfth_checks as ck
from trainer_dev.redaction_sets.twelfth import KINDS, LOCALES, make_twelfth_set
from trainer_dev.redaction_sets.twelfth import leaked as twelfth_leaked
from trainer_dev.redaction_sets.twelfth_leak import found, leaked
from trainer_dev.redaction_sets.twelfth_looks import isbn13, s10


@pytest.fixture(scope="module")
def full():
    return make_twelfth_set()


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def test_exports_leaked():
    assert twelfth_leaked is leaked


def test_deterministic_and_seeded():
    a = make_twelfth_set(locales=["en_GB", "es_MX"], n_labelled=30, n_plain=3, n_free_looks=3)
    b = make_twelfth_set(locales=["en_GB", "es_MX"], n_labelled=30, n_plain=3, n_free_looks=3)
    c = make_twelfth_set(
        seed=7, locales=["en_GB", "es_MX"], n_labelled=30, n_plain=3, n_free_looks=3
    )
    assert a[0] == b[0]
    assert [(p.text, p.items, p.item_forms, p.lookalikes) for p in a[1]] == [
        (p.text, p.items, p.item_forms, p.lookalikes) for p in b[1]
    ]
    assert [p.text for p in a[1]] != [p.text for p in c[1]]


def test_shape_per_locale(full):
    members, posts = full
    assert len(members) == 8 * len(LOCALES) == len(set(members))
    by = collections.defaultdict(list)
    for p in posts:
        by[p.locale].append(p)
    assert sorted(by) == sorted(LOCALES)
    for loc, ps in by.items():
        lab = [p for p in ps if not p.pii_free]
        free = [p for p in ps if p.pii_free]
        assert len(lab) == 375 and len(free) == 75, loc
        assert all(1 <= len(p.items) <= 3 for p in lab)
        plain = [p for p in free if not p.lookalikes]
        assert len(plain) == 30 and len(free) - len(plain) == 45, loc
        assert not any(re.search(r"\d", p.text) for p in plain)
        first = collections.Counter(p.items[0][0] for p in lab)
        assert set(first) == set(KINDS)
        assert max(first.values()) - min(first.values()) <= 1, (loc, first)


def test_values_forms_lookalikes(full):
    _, posts = full
    for p in posts:
        assert p.pii_free == (not p.items)
        assert len(p.item_forms) == len(p.items)
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        for kind, frags, value in p.items:
            assert kind in KINDS
            assert value and value in p.text
            assert frags and all(re.match(r"^[dainstp]:.+", f) for f in frags)
        for look in p.lookalikes:
            assert look in p.text


def test_fragments_scorable(full):
    _, posts = full
    for p in posts:
        for _, frags, value in p.items:
            bg = p.text.replace(value, " ")
            assert all(found(p.text, f) for f in frags)
            assert not any(found(bg, f) for f in frags), (p.text, value)


def test_leak_rule_on_posts(full):
    _, posts = full
    for p in posts[::7]:
        for _, frags, value in p.items:
            bg = p.text.replace(value, " ")
            redacted = p.text.replace(value, "[REDACTED]")
            assert not leaked(redacted, frags, bg)
            assert leaked(p.text, frags, bg)


def test_leak_rule_synthetic():
    text = "Call Anna Weber on 0171 2345678, not 0171 9999999."
    bg = text.replace("0171 2345678", " ")
    assert leaked(text, ["d:2345"], bg)
    assert not leaked(text, ["d:0171"], bg)  # also in the background: does not count
    assert leaked("ring 01712-34-5678", ["d:2345"], "x")  # joined digit run
    assert not leaked("ring 0171 23 ab 45678", ["d:2345"], "x")
    assert leaked("Anna's keys", ["n:anna"], "x") and not leaked("Annabel", ["n:anna"], "x")
    assert leaked("id AB 12 34 56 C", ["a:AB1234"], "x")
    assert not leaked("id ab 12 34 56 c", ["a:AB1234"], "x")
    assert leaked("from 81.134.22.7", ["i:134.22.7"], "x")
    assert not leaked("from 81.134.22.77", ["i:81.134.22.7"], "x")
    assert leaked("Flat 12 Harcourt Road", ["t:harcourt"], "x")
    assert leaked("London NW5 1TL", ["p:NW5"], "x") and not leaked("NW55", ["p:NW5"], "x")
    assert leaked("mail ANNA.W@x.de", ["s:anna.w"], "x")


def test_no_roster_token_outside_member_values(full):
    members, posts = full
    toks = set()
    for m in members:
        for t in re.findall(r"[^\W\d_]+", m):
            if len(t) >= 3 and t.lower() not in {"van", "der", "den", "von", "dos", "das", "del"}:
                toks |= {t.lower(), _fold(t).lower()}
    for p in posts:
        rest = p.text
        for kind, _, value in p.items:
            if kind == "MEMBER":
                rest = rest.replace(value, " ")
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", rest)}
        words |= {_fold(w) for w in words}
        assert not words & toks, (p.text, words & toks)


def _id_ok(form: str, value: str) -> bool:
    d = re.sub(r"\D", "", value)
    c = value.replace(" ", "").replace("-", "")
    if form == "ssn":
        return len(d) == 9 and d[:3] not in ("000", "666") and d[3:5] != "00" and d[5:] != "0000"
    if form == "nino":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c) is not None
    if form == "nhs":
        return len(d) == 10 and ck.nhs_digit(d[:9]) == d[9]
    if form == "aadhaar":
        return len(d) == 12 and d[0] not in "01" and ck.verhoeff_ok(d)
    if form == "pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", c) is not None
    if form == "steuer_id":
        return len(d) == 11 and ck.steuer_id_digit(d[:10]) == d[10]
    if form == "nir":
        return len(d) == 15 and ck.nir_key(d[:13]) == d[13:]
    if form in ("dni", "nie"):
        return ck.dni_letter(c[:-1]) == c[-1]
    if form == "ird":
        return ck.ird_ok(d)
    if form == "sa_id":
        return len(d) == 13 and ck.luhn_ok(d)
    if form == "sv_nummer":
        return ck.sv_ok(d)
    if form == "nas":
        return len(d) == 9 and ck.luhn_ok(d)
    if form == "curp":
        return len(c) == 18 and ck.curp_digit(c[:17]) == c[17]
    if form == "rfc":
        return len(c) == 13 and ck.rfc_digit(c[:12]) == c[12]
    if form == "nif":
        return len(d) == 9 and ck.nif_pt_digit(d[:8]) == d[8]
    return False


def test_check_digits(full):
    _, posts = full
    seen = collections.Counter()
    for p in posts:
        for (kind, _, value), form in zip(p.items, p.item_forms, strict=True):
            if kind == "CARD":
                assert ck.luhn_ok(value), value
            elif kind == "IBAN" and form == "clabe":
                d = re.sub(r"\D", "", value)
                assert len(d) == 18 and ck.clabe_digit(d[:17]) == d[17], value
            elif kind == "IBAN":
                assert ck.iban_ok(value), value
            elif kind == "ID":
                assert _id_ok(form, value), (form, value)
            seen[kind] += 1
    assert all(seen[k] > 300 for k in ("CARD", "IBAN", "ID"))


def test_check_functions_on_known_values():
    assert ck.luhn_ok("4111111111111111") and not ck.luhn_ok("4111111111111112")
    assert ck.iban_ok("GB82 WEST 1234 5698 7654 32") and ck.iban_ok("DE89370400440532013000")
    assert ck.nhs_digit("943476591") == "9"
    assert ck.dni_letter("12345678") == "Z"
    assert ck.luhn_ok("046 454 286")
    assert ck.nif_pt_digit("12345678") == "9"
    assert ck.verhoeff_digit("236") == "3" and ck.verhoeff_ok("2363")
    assert ck.steuer_id_digit("8609574271") == "9"
    assert ck.ird_ok("49-091-850") and ck.ird_ok("136-410-132")
    assert ck.clabe_digit("03218000011835971") == "9"
    assert ck.sv_digit("123", "010180") == "7"
    assert ck.rfc_digit("GODE561231GR") == "8"


def test_lookalike_numbers_valid():
    import random

    r = random.Random(1)
    for _ in range(50):
        isbn = isbn13(r).replace("-", "")
        total = sum(int(a) * (3 if i % 2 else 1) for i, a in enumerate(isbn))
        assert total % 10 == 0
        code = s10(r, "DE")
        assert re.fullmatch(r"[A-Z]{2}\d{9}DE", code)


def test_forms_cover_the_written_variants(full):
    _, posts = full
    forms = collections.Counter(f for p in posts for f in p.item_forms)
    for f in (
        "full",
        "given",
        "surname",
        "initial_surname",
        "title_surname",
        "caps",
        "lower",
        "no_accents",
        "possessive",
        "surname_given",
        "nickname",
        "handle",
        "pnr",
        "street",
        "postcode_town",
        "national",
        "international",
        "visa",
        "amex",
    ):
        assert forms[f] > 0, f


def test_no_duplicate_posts_and_genres_spread(full):
    _, posts = full
    assert len({p.text for p in posts}) == len(posts)
    genres = collections.Counter(p.genre for p in posts if p.items)
    assert len(genres) == 12 and min(genres.values()) > 100
