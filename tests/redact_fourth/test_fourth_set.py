"""The fourth held-out redaction set's own integrity (not the redactor's recall): schema, spans,
check digits, look-alikes, determinism and sizes."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from trainer_dev.redaction_sets import fourth_ids as ids
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.fourth import (
    KINDS,
    LABELLED_PER_LOCALE,
    LOCALES,
    LOOKALIKE_POSTS_PER_LOCALE,
    MEMBERS_PER_LOCALE,
    PLAIN_POSTS_PER_LOCALE,
    leaked,
    make_fourth_set,
    surname_tokens,
)


@pytest.fixture(scope="module")
def fourth():
    return make_fourth_set(seed=4242)


def test_sizes_per_locale(fourth):
    members, posts = fourth
    assert len(LOCALES) == 12
    assert len(members) == len(set(members)) == 12 * MEMBERS_PER_LOCALE
    labelled = Counter(p.locale for p in posts if not p.pii_free)
    with_looks = Counter(p.locale for p in posts if p.pii_free and p.lookalikes)
    plain = Counter(p.locale for p in posts if p.pii_free and not p.lookalikes)
    for locale in LOCALES:
        assert labelled[locale] == LABELLED_PER_LOCALE == 400
        assert with_looks[locale] == LOOKALIKE_POSTS_PER_LOCALE == 80
        assert plain[locale] == PLAIN_POSTS_PER_LOCALE


def test_every_kind_in_every_locale(fourth):
    _, posts = fourth
    counts = Counter((p.locale, kind) for p in posts for kind, _, _ in p.items)
    for locale in LOCALES:
        for kind in KINDS:
            assert counts[locale, kind] >= 25, (locale, kind, counts[locale, kind])


def test_schema_and_spans(fourth):
    _, posts = fourth
    for post in posts:
        assert isinstance(post.text, str) and post.text.strip()
        assert post.locale in LOCALES
        assert len(post.items) == len(post.spans)
        assert len(post.lookalikes) == len(post.lookalike_kinds)
        assert bool(post.items) != post.pii_free
        for (kind, fragments, value), (kind2, start, end) in zip(
            post.items, post.spans, strict=True
        ):
            assert kind == kind2 and kind in KINDS
            assert post.text[start:end] == value and value.strip() == value
            assert fragments and all(f[:2] in ("d:", "s:", "t:", "p:") and f[2:] for f in fragments)
        spans = sorted((s, e) for _, s, e in post.spans)
        overlapping = [a for a, b in zip(spans, spans[1:], strict=False) if a[1] > b[0]]
        assert not overlapping


def test_every_item_is_scoreable(fourth):
    """Unredacted, every value leaks; with its span blanked it does not (the rule sees it)."""
    _, posts = fourth
    for post in posts:
        for (_, fragments, value), (_, start, end) in zip(post.items, post.spans, strict=True):
            background = post.text.replace(value, " ")
            assert leaked(post.text, fragments, background), value
            redacted = post.text[:start] + "[X]" + post.text[end:]
            assert not leaked(redacted, fragments, background), value


def test_leak_rule_on_hand_made_cases():
    assert leaked("call 030 1234 5678", ["d:1234"], "call  ")
    assert not leaked("call [PHONE]", ["d:1234"], "call  ")
    assert not leaked("ticket 1234, call [PHONE]", ["d:1234"], "ticket 1234, call  ")
    assert leaked("Dear Krause,", ["t:Krause"], "Dear  ,")
    assert not leaked("Dear Krausen,", ["t:Krause"], "Dear  ,")
    assert leaked("to 10115 Berlin", ["p:10115"], "to  ")
    assert not leaked("order 101150", ["p:10115"], "order 101150")
    assert leaked("mail lena.krause@[X]", ["s:krause"], "mail  ")


def test_lookalikes_present_and_varied(fourth):
    _, posts = fourth
    kinds = Counter()
    for post in posts:
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            assert value in post.text
            kinds[kind] += 1
    expected = {"DATE", "PRICE", "VERSION", "ORDER", "ISBN", "EAN", "HASHTAG", "COMPANY",
                "PRODUCT", "STREETLIKE", "TIME", "PERCENT"}  # fmt: skip
    assert set(kinds) == expected
    assert all(n >= 80 for n in kinds.values()), kinds
    for post in posts:
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            digits = re.sub(r"\D", "", value)
            if kind == "ISBN" and len(digits) == 13:
                assert ids.ean13_digit(digits[:12]) == digits[12], value
            elif kind == "ISBN":
                assert ids.isbn10_digit(value.replace("-", "")[:9]) == value.replace("-", "")[9]
            if kind == "EAN":
                assert len(digits) == 13 and ids.ean13_digit(digits[:12]) == digits[12], value


def test_check_digits_of_cards_and_ibans(fourth):
    _, posts = fourth
    for post in posts:
        for kind, _, value in post.items:
            if kind == "CARD":
                assert len(re.sub(r"\D", "", value)) in (15, 16) and ids.luhn_ok(value), value
            if kind == "IBAN":
                assert ids.mod97_ok(value), value


def _id_ok(locale: str, value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if locale == "en_US":
        area = int(digits[:3])
        return len(digits) == 9 and 0 < area < 900 and area != 666 and digits[3:5] != "00"
    if locale == "en_IN":
        if re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", value):
            return True
        return len(digits) == 12 and digits[0] in "23456789" and ids.verhoeff_ok(digits)
    if locale == "en_CA":
        return len(digits) == 9 and ids.luhn_ok(digits) and digits[0] not in "08"
    check = {
        "en_GB": ids.nino_ok,
        "en_IE": ids.ppsn_ok,
        "en_AU": ids.tfn_ok,
        "de_DE": ids.steuer_id_ok,
        "fr_FR": ids.nir_ok,
        "it_IT": ids.cf_ok,
        "es_ES": ids.dni_ok,
        "pt_BR": ids.cpf_ok,
        "nl_NL": ids.bsn_ok,
    }[locale]
    return check(value)


def test_national_ids_have_valid_check_digits(fourth):
    _, posts = fourth
    seen = Counter()
    for post in posts:
        for kind, _, value in post.items:
            if kind == "SSN":
                assert _id_ok(post.locale, value), (post.locale, value)
                seen[post.locale] += 1
    assert set(seen) == set(LOCALES)


def test_check_digit_code_against_published_examples():
    assert ids.cf_ok("RSSMRA85T10A562S")
    assert ids.it_check_char("0542811101000000123456") == "X"  # CIN of IT60X0542811101000000123456
    assert ids.mod97_ok("IT60 X054 2811 1010 0000 0123 456")
    assert ids.mod97_ok("GB29 NWBK 6016 1331 9268 19") and ids.mod97_ok("DE89370400440532013000")
    assert ids.es_ccc_digit("0021000418") + ids.es_ccc_digit("0200051332") == "45"
    assert ids.rib_key("20041", "01005", "0500013M026") == "06"
    assert ids.steuer_id_ok("86095742719")
    assert ids.verhoeff_ok("2363") and not ids.verhoeff_ok("2364")
    assert ids.cpf_ok("529.982.247-25")
    assert ids.ppsn_ok("1234567T") and ids.ppsn_ok("1234567FA")
    assert ids.tfn_ok("123 456 782")
    assert ids.bsn_ok("111222333")
    assert ids.luhn_ok("4111 1111 1111 1111") and not ids.luhn_ok("4111 1111 1111 1112")
    assert ids.isbn10_digit("030640615") == "2" and ids.ean13_digit("978316148410") == "0"
    assert ids.dni_ok("12345678Z") and ids.dni_ok("X1234567L")
    assert ids.nir_ok("2 69 05 49 588 157 80")


_POSTCODES = {
    "en_US": r"\d{5}",
    "en_CA": r"[ABCEGHJ-NPRSTVXY]\d[A-Z] \d[A-Z]\d",
    "en_GB": r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}",
    "en_IE": r"[A-Z]\d{2} ?[A-Z0-9]{4}",
    "en_AU": r"\d{4}",
    "en_IN": r"\d{3} ?\d{3}",
    "de_DE": r"\d{5}",
    "fr_FR": r"\d{5}",
    "it_IT": r"\d{5}",
    "es_ES": r"\d{5}",
    "pt_BR": r"\d{5}-\d{3}",
    "nl_NL": r"[1-9]\d{3} ?[A-Z]{2}",
}


def test_addresses_carry_postcode_and_street(fourth):
    _, posts = fourth
    for post in posts:
        for kind, fragments, value in post.items:
            if kind != "ADDRESS":
                continue
            postcodes = [f[2:] for f in fragments if f.startswith("p:")]
            assert len(postcodes) == 1 and postcodes[0] in value
            assert re.fullmatch(_POSTCODES[post.locale], postcodes[0].upper()), (
                post.locale,
                postcodes[0],
            )
            assert any(f.startswith("t:") for f in fragments), value


def test_member_items_name_members_and_persons_do_not(fourth):
    members, posts = fourth
    member_words = {w.casefold() for m in members for w in m.split()}
    member_surname_words = {
        t.casefold() for m in members for t in surname_tokens(m.split(" ", 1)[1])
    }
    for post in posts:
        for kind, fragments, _ in post.items:
            words = {f[2:].casefold() for f in fragments if f.startswith("t:")}
            if kind == "PERSON":
                assert words and not words & member_words
            if kind == "MEMBER" and words:
                assert words <= member_surname_words | member_words


def test_the_scored_build_is_pinned(fourth):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(fourth[0], fourth[1]) == "50f345ea402a8274"
