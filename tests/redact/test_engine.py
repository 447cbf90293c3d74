"""Engine behaviour: merging, Unicode, offsets, configuration, batches, pickling."""

from __future__ import annotations

import pickle

import pytest

from trainer.errors import UserError
from trainer.redact import TYPES, Redactor, Span, redact_examples
from trainer.redact.engine import _merge_mapped, merge_hits
from trainer.redact.normalize import normalize


def test_overlaps_merge_into_one_span_of_the_longest_type():
    hits = [("URL", 10, 21), ("EMAIL", 5, 21), ("NAME", 0, 8), ("PHONE", 30, 40), ("SSN", 30, 40)]
    assert merge_hits(hits) == [Span("EMAIL", 0, 21), Span("SSN", 30, 40)]


@pytest.mark.parametrize(
    "spans",
    [
        [Span("NAME", 0, 5), Span("EMAIL", 4, 9)],  # a tie: EMAIL is earlier in TYPES
        [Span("EMAIL", 0, 5), Span("NAME", 4, 9)],
        [Span("PHONE", 0, 6), Span("NAME", 5, 9), Span("CARD", 8, 14)],  # PHONE first, then CARD
        [Span("NAME", 0, 3), Span("ADDRESS", 2, 9)],  # the longer wins
    ],
)
def test_mapped_spans_break_type_ties_as_merge_hits_does(spans):
    # Spans joined after mapping to the input (a ligature touched from both sides) take the type
    # merge_hits would give the same hits; _merge_mapped used to keep the first on a tie.
    expected = merge_hits((s.type, s.start, s.end) for s in spans)
    assert _merge_mapped(spans) == expected
    assert len(expected) == 1


def test_touching_spans_stay_separate():
    assert merge_hits([("NAME", 0, 4), ("NAME", 4, 8)]) == [Span("NAME", 0, 4), Span("NAME", 4, 8)]


def test_email_with_member_name_leaves_no_fragment(redactor):
    result = redactor.redact("Write jane.doe@example.com today")
    assert result.text == "Write [EMAIL] today"


def test_fullwidth_digits_and_zero_width_chars(redactor):
    text = "Call ＋４４ ２０ ７９４６ ０９５８ or mail ja\u200bne@exam\u200dple.com."
    result = redactor.redact(text)
    assert result.text == "Call [PHONE] or mail [EMAIL]."
    spans = [(s.type, text[s.start : s.end]) for s in result.spans]
    assert spans == [
        ("PHONE", "＋４４ ２０ ７９４６ ０９５８"),
        ("EMAIL", "ja\u200bne@exam\u200dple.com"),
    ]


def test_decomposed_accents_map_back_to_input_offsets(redactor):
    text = "Thanks Jose\u0301 Nu\u0301n\u0303ez!"
    result = redactor.redact(text)
    assert result.text == "Thanks [NAME]!"
    assert [text[s.start : s.end] for s in result.spans] == ["Jose\u0301 Nu\u0301n\u0303ez"]


def test_normalize_identity_for_nfkc_text():
    norm = normalize("Grüße aus Köln")
    assert norm.starts is None and norm.span_in_input(0, 5) == (0, 5)


def test_enabled_types_and_placeholders():
    redactor = Redactor.from_members(
        ["Jane Doe"], enabled_types=["EMAIL", "NAME"], placeholders={"EMAIL": "<email>"},
        name_tagger=False,
    )
    result = redactor.redact("Jane Doe: jane@example.com, +44 20 7946 0958")
    assert result.text == "[NAME]: <email>, +44 20 7946 0958"
    summary = redactor.config_summary()
    assert summary["enabled_types"] == ["EMAIL", "NAME"]
    assert "PHONE" in summary["disabled_types"]
    assert summary["placeholders"] == {"EMAIL": "<email>", "NAME": "[NAME]"}
    assert summary["member_names"] == 1 and summary["member_name_keys"] > 1
    assert summary["member_given_names"] == 1  # "Jane", counted, never listed
    assert summary["member_genitive_forms"] == 2  # "janes", "does"
    assert summary["engine_version"] == "1.35.0"
    # So are the reference keep-rules and the hand-written given-name supplement.
    assert summary["reference_keep_rules"].startswith("references.py: ")
    assert summary["given_name_supplement"].startswith("given_names_oceania.txt: ")
    assert " lines, sha256 " in summary["reference_keep_rules"]
    assert "; personal_numbers.py: " in summary["reference_keep_rules"]
    # The company keep-list weakens redaction, so the manifest names it with its digest.
    assert summary["company_keep_list"].startswith("eponymous_companies.txt: ")
    assert " names, sha256 " in summary["company_keep_list"]


@pytest.mark.parametrize(("enabled", "covers"), [(None, True), (["EMAIL", "NAME"], False)])
def test_spoken_reader_is_told_only_what_enabled_types_cover(monkeypatch, enabled, covers):
    # A disabled type's hit is dropped at the end, so a digit run inside it must still be read
    # by the spoken-value reader (fail closed when only some types are redacted).
    from trainer.redact import engine

    seen = []

    def spoken(text, *, claimed):
        seen.append(list(claimed))
        return []

    monkeypatch.setattr(engine, "find_records", lambda text: [("PHONE", 0, 5)])
    monkeypatch.setattr(engine, "find_spoken", spoken)
    Redactor.from_members([], enabled_types=enabled, name_tagger=False).redact("12345 and more")
    assert (("PHONE", 0, 5) in seen[0]) is covers


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"enabled_types": ["EMAIL", "PASSWORD"]},
            "redaction.enabled_types: unknown type(s) PASSWORD",
        ),
        ({"enabled_types": "EMAIL"}, "redaction.enabled_types: must be a list"),
        ({"placeholders": {"EMIAL": "x"}}, "redaction.placeholders: unknown type 'EMIAL'"),
        ({"placeholders": {"EMAIL": ""}}, "redaction.placeholders.EMAIL: must be a non-empty"),
    ],
)
def test_bad_configuration_is_a_user_error(kwargs, message):
    with pytest.raises(UserError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        Redactor.from_members([], **kwargs)


def test_redact_batch_counts_every_enabled_type(redactor):
    texts, counts = redactor.redact_batch(["a@b.co and c@d.org", "call 020 7946 0958", "nothing"])
    assert texts == ["[EMAIL] and [EMAIL]", "call [PHONE]", "nothing"]
    assert set(counts) == set(TYPES)
    assert counts["EMAIL"] == 2 and counts["PHONE"] == 1 and counts["NAME"] == 0


def test_redact_rejects_non_strings(redactor):
    with pytest.raises(TypeError):
        redactor.redact(None)


def test_pickled_redactor_behaves_the_same(redactor):
    clone = pickle.loads(pickle.dumps(redactor))
    text = "José Núñez <jose@x.io> @jn"
    assert clone.redact(text) == redactor.redact(text)
    assert clone.config_summary() == redactor.config_summary()


def test_dataset_map_function(redactor):
    out = redact_examples({"text": ["mail a@b.co"], "id": [1]}, redactor=redactor)
    assert out == {"text": ["mail [EMAIL]"]}


def test_addresses_three_styles(redactor):
    for address in [
        "350 5th Avenue, Suite 3300, New York, NY 10118",
        "42 Baker Street, London NW1 6XE",
        "Hauptstraße 12, 10115 Berlin",
        "12 rue de la Paix, 75002 Paris",
        "Calle Mayor 5, 28013 Madrid",
    ]:
        text = f"Our office moved to {address}. Come by!"
        assert [(s.type, text[s.start : s.end]) for s in redactor.redact(text).spans] == [
            ("ADDRESS", address)
        ]


def test_keyword_prefilter_offsets_and_digit_windows():
    from trainer.redact import prefilter

    text = "Thanks Priya! Ship to 42 Baker St., ref 555-0132"
    found = prefilter.keywords(text)
    assert "Priya" in [text[s:e] for s, e in found["given"]]
    assert "St" in [text[s:e] for s, e in found["street_en"]]
    ((lo, hi),) = prefilter.digit_windows(text)
    assert text[lo:hi].endswith("555-0132") and lo == len(text) - 8 - 40


def test_config_summary_counts_names_redacted_alone_without_listing_them():
    roster = ["Jane Doe", "Jan van der Berg", "Dörte Großkopf", "Prince", "J. Smith"]
    summary = Redactor.from_members(roster, name_tagger=False).config_summary()
    # given-name keys: jane, jan, dorte, doerte ("Prince" and "J." have none)
    assert summary["member_given_names"] == 4
    # surname keys: doe, van der berg, berg, großkopf, grosskopf, smith
    assert summary["member_surnames_alone"] == 6
    assert summary["member_names"] == 5
    flat = repr(summary).lower()
    assert not any(name in flat for name in ("jane", "berg", "großkopf", "grosskopf", "smith"))
    empty = Redactor.from_members([], name_tagger=False).config_summary()
    assert empty["member_given_names"] == empty["member_surnames_alone"] == 0
