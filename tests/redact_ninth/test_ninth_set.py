"""The ninth held-out redaction set: shape, determinism, check digits, labels and the leak rule.

Only the set itself is tested; the redactor is never run here (the set is for scoring only)."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from trainer_dev.redaction_sets import ninth_checks as ck
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.ninth import (
    FREE_PER_LOCALE,
    KINDS,
    LABELLED_PER_LOCALE,
    LOCALES,
    leaked,
    make_ninth_set,
    scorable,
)
from trainer_dev.redaction_sets.ninth_looks import LOOK_KINDS
from trainer_dev.redaction_sets.ninth_people import MEMBER_FORMS, fold, tokens


@pytest.fixture(scope="module")
def ninth():
    start = time.process_time()
    members, posts = make_ninth_set(9999)
    return members, posts, time.process_time() - start


def _items(posts, kind):
    for post in posts:
        for (k, frags, value), form in zip(post.items, post.item_forms, strict=True):
            if k == kind:
                yield post, frags, value, form


def test_the_scored_build_is_pinned(ninth):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(ninth[0], ninth[1]) == "44b4d871001d05d5"
    assert ninth[2] < 20


def test_counts_per_locale_and_kind(ninth):
    members, posts, _ = ninth
    assert len(members) == len(set(members)) == 8 * len(LOCALES)
    assert sum(not p.pii_free for p in posts) == 4500
    assert sum(p.pii_free for p in posts) == 900
    labelled = Counter(p.locale for p in posts if not p.pii_free)
    free = Counter(p.locale for p in posts if p.pii_free)
    assert set(labelled) == set(free) == set(LOCALES)
    assert set(labelled.values()) == {LABELLED_PER_LOCALE}
    assert set(free.values()) == {FREE_PER_LOCALE}
    support = Counter((k, p.locale) for p in posts for k, _, _ in p.items)
    for locale in LOCALES:
        for kind in KINDS:
            assert support[kind, locale] >= 35, (kind, locale)
    assert len({p.genre for p in posts}) == 9


def test_every_item_is_scorable(ninth):
    _, posts, _ = ninth
    for post in posts:
        assert scorable(post)
        assert len(post.item_forms) == len(post.items)
        for _, frags, value in post.items:
            assert value in post.text
            assert frags and all(f[1] == ":" for f in frags)
            # fragments found in the raw text, none left once the value is replaced
            assert leaked(post.text, frags, "")
            assert not leaked(post.text.replace(value, " [X] "), frags, "")


def test_lookalikes_present_and_typed(ninth):
    _, posts, _ = ninth
    kinds = Counter()
    for post in posts:
        assert len(post.lookalikes) == len(post.lookalike_kinds)
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            assert value in post.text
            assert kind in LOOK_KINDS + ("DATE", "TIME", "AMOUNT", "VERSION")
            kinds[kind] += 1
            assert all(value not in item_value for _, _, item_value in post.items)
    assert all(kinds[k] >= 150 for k in LOOK_KINDS)
    free = [p for p in posts if p.pii_free]
    with_looks = sum(bool(p.lookalikes) for p in free)
    assert 0.5 * len(free) < with_looks < 0.65 * len(free)  # the rest are plain


def test_no_contact_shapes_in_free_posts_and_no_stray_member_names(ninth):
    members, posts, _ = ninth
    member_tokens = {t.lower() for m in members for t in tokens(m)}
    member_tokens |= {fold(t) for t in member_tokens}
    for post in posts:
        text = post.text
        if post.pii_free:
            assert "@" not in text and "http" not in text and "www." not in text
        for _, _, value in post.items:
            text = text.replace(value, " ")
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
        assert not words & member_tokens, post.text


def test_card_iban_and_national_id_check_digits(ninth):
    _, posts, _ = ninth
    for _, _, value, _ in _items(posts, "CARD"):
        assert ck.luhn_ok(re.sub(r"\D", "", value))
    for _, _, value, _ in _items(posts, "IBAN"):
        assert ck.iban_ok(value)
    checks = {
        "SSN": lambda d, v: len(d) == 9 and not d.startswith(("000", "666", "9")),
        "Aadhaar": lambda d, v: len(d) == 12 and ck.verhoeff_ok(d),
        "TFN": lambda d, v: ck.tfn_ok(d),
        "SIN": lambda d, v: ck.sin_ok(d),
        "Steuer-ID": lambda d, v: ck.steuer_id_ok(d),
        "NIR": lambda d, v: ck.nir_ok(d),
        "DNI": lambda d, v: ck.dni_ok(v.replace("-", "")),
        "NIE": lambda d, v: ck.dni_ok(v.replace("-", "")),
        "BSN": lambda d, v: ck.bsn_ok(d),
        "CPF": lambda d, v: ck.cpf_ok(d),
        "codice fiscale": lambda d, v: len(v) == 16 and ck.cf_check(v[:15]) == v[15],
        "PPSN": lambda d, v: len(d) == 7 and ck.ppsn_check(d, v[8:]) == v[7],
        "NINO": lambda d, v: (
            len(d) == 6 and re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v.replace(" ", ""))
        ),
    }
    seen = Counter()
    for _, _, value, form in _items(posts, "ID"):
        assert checks[form](re.sub(r"\D", "", value), value), (form, value)
        seen[form] += 1
    assert set(seen) == set(checks)


def test_checksum_helpers_reject_a_changed_digit():
    assert ck.luhn_ok("4111111111111111") and not ck.luhn_ok("4111111111111112")
    assert ck.iban_ok("GB82 WEST 1234 5698 7654 32") and not ck.iban_ok(
        "GB82 WEST 1234 5698 7654 33"
    )
    assert ck.verhoeff_ok("2363") and not ck.verhoeff_ok("2364")
    assert ck.cpf_ok("52998224725") and not ck.cpf_ok("52998224726")
    assert ck.bsn_ok("111222333") and not ck.bsn_ok("111222334")
    assert ck.dni_ok("12345678Z") and not ck.dni_ok("12345678A")
    assert ck.cf_check("RSSMRA85T10A562") == "S"


def test_lookalike_isbn_and_marketplace_numbers_are_valid(ninth):
    _, posts, _ = ninth
    for post in posts:
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            raw = re.sub(r"[^\dX]", "", value.replace("ISBN-10", ""))
            if kind == "ISBN" and len(raw) == 13:
                assert sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(raw)) % 10 == 0
            elif kind == "ISBN":
                total = sum((10 if c == "X" else int(c)) * (10 - i) for i, c in enumerate(raw))
                assert len(raw) == 10 and total % 11 == 0
            elif kind == "MARKETPLACE":
                assert ck.luhn_ok(raw) and re.fullmatch(r"\d{3}-\d{7}-\d{7}", value)


POSTCODE_SHAPES = {
    "en_US": r"\d{5}(-\d{4})?",
    "en_GB": r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}",
    "en_IE": r"[A-Z]\d[0-9W] [0-9ACDEFHKNPRTVWXY]{4}",
    "en_IN": r"\d{3} ?\d{3}",
    "en_AU": r"\d{4}",
    "en_CA": r"[A-Z]\d[A-Z] \d[A-Z]\d",
    "de_DE": r"\d{5}",
    "fr_FR": r"\d{5}",
    "es_ES": r"\d{5}",
    "it_IT": r"\d{5}",
    "nl_NL": r"\d{4} [A-Z]{2}",
    "pt_BR": r"\d{5}-\d{3}",
}


def test_addresses_carry_their_postal_format(ninth):
    _, posts, _ = ninth
    forms = Counter()
    for post, frags, value, form in _items(posts, "ADDRESS"):
        forms[form] += 1
        if form != "street":
            assert re.search(POSTCODE_SHAPES[post.locale], value), (post.locale, value)
            assert any(f.startswith("p:") for f in frags)
        if form != "postcode+town":
            assert any(f.startswith("t:") for f in frags)
    assert set(forms) == {"full", "street", "postcode+town"}


def test_phones_follow_the_locale_numbering_plan(ninth):
    _, posts, _ = ninth
    codes = {
        "US": "+1",
        "CA": "+1",
        "GB": "+44",
        "IE": "+353",
        "IN": "+91",
        "AU": "+61",
        "DE": "+49",
        "FR": "+33",
        "ES": "+34",
        "IT": "+39",
        "NL": "+31",
        "BR": "+55",
    }
    for post, _, value, form in _items(posts, "PHONE"):
        if form == "international":
            assert value.startswith(codes[post.locale[-2:]]), value
        assert 8 <= len(re.sub(r"\D", "", value.split(" ext.")[0])) <= 13


def test_member_items_are_roster_members_in_every_form(ninth):
    members, posts, _ = ninth
    roster_tokens = {fold(t).lower() for m in members for t in tokens(m)}
    forms = Counter()
    for _, frags, value, form in _items(posts, "MEMBER"):
        forms[form] += 1
        assert all(fold(f[2:]).lower() in roster_tokens for f in frags), value
    assert set(forms) == set(MEMBER_FORMS)
    assert all(n >= 40 for n in forms.values()), forms


def test_leak_rule_per_tag():
    assert leaked("call 0151 2345-6789 now", ["d:2345"], "")
    assert leaked("call 0151-2345 6789", ["d:5123"], "")  # one run across separators
    assert not leaked("call [PHONE] 49", ["d:2345"], "")
    assert not leaked("order 2345 shipped", ["d:2345"], "order 2345 shipped")  # background
    assert leaked("CF RSSMRA 85T10", ["a:RSSMRA"], "")
    assert not leaked("cf rssmra", ["a:RSSMRA"], "")
    assert leaked("host 10.1.2.3 down", ["i:10.1.2.3"], "")
    assert not leaked("host 110.1.2.34 down", ["i:10.1.2.3"], "")
    assert leaked("mail JANE.DOE@x", ["s:jane.doe"], "")
    assert leaked("SCHMIDTS Vortrag", ["n:Schmidt"], "")
    assert leaked("Anna's talk", ["n:Anna"], "")
    assert not leaked("Annabel's talk", ["n:Anna"], "")
    assert leaked("at 4/27 Smith St", ["t:27"], "")
    assert not leaked("at 127 Smith St", ["t:27"], "")
    assert leaked("Leeds LS6 2QT", ["p:2QT"], "")
    with pytest.raises(ValueError):
        leaked("x", ["z:x"], "")
