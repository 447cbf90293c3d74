"""The seventh held-out set (scoring only): size, determinism, labels, check digits, leak rule."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pytest

from trainer_dev.redaction_sets import seventh_checks as ck
from trainer_dev.redaction_sets.seventh import LOCALES, leaked, make_seventh_set
from trainer_dev.redaction_sets.seventh_leak import fold
from trainer_dev.redaction_sets.seventh_names import surname_tokens
from trainer_dev.redaction_sets.seventh_numbers import id_valid

KINDS = {"EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"}
IBAN_LENGTH = {
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "IE": 22,
    "GB": 22,
    "BR": 29,
    "PT": 25,
    "BE": 16,
}
POSTCODE = {
    "en_US": r"\d{5}(-\d{4})?",
    "en_GB": r"[A-Z]{1,2}\d{1,2} \d[ABD-HJLNP-UW-Z]{2}",
    "en_IE": r"(D6W|[AC-FHKNPRTV-Y]\d\d) [0-9ACDEFHKNPRTVWXY]{4}",
    "en_IN": r"[1-8]\d{5}",
    "en_AU": r"(08|[2-7]\d)\d\d",
    "en_CA": r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d",
    "de_DE": r"\d{5}",
    "fr_FR": r"\d{5}",
    "es_ES": r"(0[1-9]|[1-4]\d|5[0-2])\d{3}",
    "it_IT": r"\d{5}",
    "nl_NL": r"[1-9]\d{3} ?[A-Z]{2}",
    "pt_BR": r"\d{5}-\d{3}",
}


@lru_cache(maxsize=2)
def _set(seed: int = 7777):
    return make_seventh_set(seed=seed)


def _labelled():
    return [p for p in _set()[1] if not p.pii_free]


def test_deterministic_for_a_seed():
    members, posts = _set()
    some = ("en_IE", "nl_NL", "pt_BR")
    again_members, again = make_seventh_set(seed=7777, locales=some)
    assert members == again_members
    assert [(p.locale, p.text, p.items, p.lookalikes) for p in posts if p.locale in some] == [
        (p.locale, p.text, p.items, p.lookalikes) for p in again
    ]
    other = make_seventh_set(seed=7778, locales=("en_IE",))[1]
    assert [p.text for p in other] != [p.text for p in again if p.locale == "en_IE"]


def test_sizes_and_locales():
    members, posts = _set()
    assert len(members) == 480 and len(set(members)) == 480
    assert all(len(m.split()) >= 2 for m in members)
    labelled = Counter(p.locale for p in posts if not p.pii_free)
    free = Counter(p.locale for p in posts if p.pii_free)
    assert set(labelled) == set(free) == set(LOCALES) and len(LOCALES) == 12
    assert all(labelled[loc] == 375 and free[loc] == 75 for loc in LOCALES)
    assert sum(bool(p.lookalikes) for p in posts if p.pii_free) >= 400


def test_every_kind_in_every_locale():
    seen = Counter((p.locale, k) for p in _labelled() for k, _, _ in p.items)
    for loc in LOCALES:
        for kind in KINDS:
            assert seen[loc, kind] >= 10, (loc, kind, seen[loc, kind])


def test_labels_occur_in_text_and_leak_unredacted():
    for post in _set()[1]:
        assert len(post.lookalikes) == len(post.lookalike_kinds)
        assert all(v in post.text for v in post.lookalikes)
        if post.pii_free:
            assert post.items == []
            continue
        assert post.items
        for kind, fragments, value in post.items:
            assert kind in KINDS
            assert value in post.text, (kind, value)
            assert fragments
            # the unredacted post leaks every item; removing the value removes the leak
            background = post.text.replace(value, " ")
            assert leaked(post.text, fragments, background), (kind, value)
            assert not leaked(background, fragments, background)


def test_pii_free_posts_name_no_member():
    members, posts = _set()
    words = {
        fold(w) for m in members for w in [m.split()[0], *surname_tokens(" ".join(m.split()[1:]))]
    }
    for post in posts:
        if post.pii_free:
            assert not {fold(w) for w in re.findall(r"[\w'-]+", post.text)} & words, post.text


def test_check_digits_of_values():
    counts = Counter()
    for post in _labelled():
        for kind, _, value in post.items:
            compact = re.sub(r"[\s.-]", "", value)
            if kind == "CARD":
                assert ck.luhn_ok(compact) and 15 <= len(compact) <= 19, value
            elif kind == "IBAN":
                assert ck.iban_ok(compact), value
                assert len(compact) == IBAN_LENGTH[compact[:2]], value
            elif kind == "ID":
                assert id_valid(value, post.locale), (post.locale, value)
            elif kind == "ADDRESS":
                pc = [f[2:] for (f,) in zip(_fragments(post, value)) if f.startswith("p:")]
                assert len(pc) == 1 and re.fullmatch(POSTCODE[post.locale], pc[0]), (
                    post.locale,
                    pc,
                )
            counts[kind] += 1
    assert counts["CARD"] > 100 and counts["IBAN"] > 100 and counts["ID"] > 200


def _fragments(post, value):
    return next(f for _, f, v in post.items if v == value)


def test_members_are_written_in_many_forms():
    forms = Counter()
    for post in _labelled():
        for kind, _, value in post.items:
            if kind != "MEMBER":
                continue
            if value.isupper():
                forms["caps"] += 1
            elif value.islower():
                forms["lower"] += 1
            elif "," in value:
                forms["inverted"] += 1
            elif len(value.split()) == 1:
                forms["one_word"] += 1
            elif re.search(r"\b\w\.", value):
                forms["initial"] += 1
    assert all(forms[f] >= 50 for f in ("caps", "lower", "inverted", "one_word", "initial")), forms


def test_frames_are_varied():
    uses = Counter((p.locale[:2], f) for p in _labelled() for f in p.frames)
    assert len(uses) >= 600
    assert max(uses.values()) <= 40
    assert len({p.text for p in _set()[1]}) >= 5300


def test_known_check_digit_vectors():
    assert ck.luhn_ok("4111111111111111") and not ck.luhn_ok("4111111111111112")
    assert ck.iban_ok("GB82 WEST 1234 5698 7654 32") and not ck.iban_ok(
        "GB82 WEST 1234 5698 7654 33"
    )
    assert ck.iban_ok("DE89 3704 0044 0532 0130 00")
    assert ck.verhoeff_ok("2363") and ck.verhoeff_complete("236") == "2363"
    assert ck.steuer_id_ok("86095742719")
    assert ck.bsn_ok("111222333")
    assert ck.cpf_ok("529.982.247-25")
    assert ck.cf_ok("RSSMRA85T10A562S")
    assert ck.nhs_ok("943 476 5919")
    assert ck.tfn_ok("123 456 782")
    assert ck.luhn_ok("046454286") and not ck.sin_ok("046 454 286")  # the textbook SIN: 0 unissued
    assert ck.sin_ok(ck.luhn_complete("13069254"))
    assert ck.dni_ok("12345678Z") and ck.dni_ok("X1234567L")
    assert ck.ppsn_ok("1234567T")
    assert ck.isbn13_ok("978-0-306-40615-7")


@pytest.mark.parametrize(
    ("redacted", "fragments", "background", "expected"),
    [
        ("call me on 0151 2345 6789", ["d:2345"], "call me on", True),
        ("call me on [PHONE]", ["d:2345"], "call me on", False),
        ("call me on 0151-2345 6789", ["d:5123"], "", True),  # separators ignored
        ("order 2345 and [PHONE]", ["d:2345"], "order 2345 and", False),  # background
        ("thanks ANNELIESE SCHÄFER", ["w:Schäfer"], "thanks", True),
        ("thanks anneliese schafer", ["w:Schäfer"], "thanks", True),  # accents dropped
        ("thanks [NAME]", ["w:Schäfer"], "thanks", False),
        ("Schäferhund", ["w:Schäfer"], "", False),  # whole words only
        ("at [ADDRESS] 1016 GV", ["p:1016GV"], "", True),
        ("at [ADDRESS]", ["t:Prinsengracht", "p:1016 GV"], "", False),
        ("mail anna.k@x.de", ["e:anna.k"], "", True),
        ("CF rssmra85t10a562s", ["a:RSSMRA"], "", True),
    ],
)
def test_leaked(redacted, fragments, background, expected):
    assert leaked(redacted, fragments, background) is expected


def test_name_items_carry_their_written_form():
    forms = Counter()
    for post in _set()[1]:
        assert len(post.item_forms) == len(post.items)
        for (kind, _, _), form in zip(post.items, post.item_forms, strict=True):
            assert bool(form) == (kind in ("MEMBER", "PERSON")), (kind, form)
            forms[kind, form] += 1
    expected = (
        "full",
        "given",
        "upper",
        "lower",
        "inverted",
        "initial",
        "surname_first_caps",
        "given_initial",
        "surname",
        "title_surname",
        "middle_initial",
        "accents_dropped",
    )
    assert all(forms["MEMBER", f] >= 20 for f in expected), forms
    assert forms["MEMBER", "other"] == forms["PERSON", "other"] == 0
