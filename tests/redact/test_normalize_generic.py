"""Detection sees a normalised view; the output keeps every character outside a span as written.

Compatibility characters (ordinal indicators, ligatures, full-width forms, non-breaking spaces,
superscripts) must come out unchanged when they are not part of a redacted value, and an
invisible character written inside a value must neither split it nor leave a fragment behind.
"""

from __future__ import annotations

import pytest

from trainer.redact.normalize import normalize

UNCHANGED = [
    "Vivo en el 3º piso y la 2ª puerta, nada más.",
    "The ﬁnal oﬃce layout is ﬂexible.",
    "Prix\u00a0: 12\u00a0€ le kilo\u202fet 5\u00a0% de remise.",
    "Area 120 m² and H₂O, 10⁶ tokens, ½ price.",
    "ＡＢＣ ｓｔｏｒｅ opens at １０:３０ today ①.",
    "zero\u200bwidth and soft\u00adhyphen and word\u2060joiner stay put.",
    "Ｒｅｌｅａｓｅ ｖ２.３.１ is out — “quotes” … and ™ ℃ ㎏.",
    "Kaﬀee im Büro № 5, Raum Ⅻ.",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_text_without_pii_comes_out_identical(redactor, text):
    result = redactor.redact(text)
    assert result.spans == []
    assert result.text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ordinal indicator and NBSP outside the phone survive
        (
            "Planta 3º, 2ª puerta.\u00a0Llama al 612 34 56 78, gracias.",
            "Planta 3º, 2ª puerta.\u00a0Llama al [PHONE], gracias.",
        ),
        # ligatures outside an email survive
        ("Our ﬁnal oﬃce: mail jane.doe@example.com now", "Our ﬁnal oﬃce: mail [EMAIL] now"),
        # full-width digits are detected as a phone; full-width letters elsewhere stay
        ("ＴＥＬ： ＋４４ ２０ ７９４６ ０９５８ ｏｋ", "ＴＥＬ： [PHONE] ｏｋ"),
        # non-breaking spaces inside the phone: the whole number goes, the NBSP before stays
        ("Tél.\u00a0: 06\u00a012\u00a034\u00a056\u00a078 merci", "Tél.\u00a0: [PHONE] merci"),
        # superscript after a redacted value is not part of it
        ("Card 4111 1111 1111 1111 and 25 m² storage", "Card [CARD] and 25 m² storage"),
    ],
)
def test_only_the_spans_change(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("Pay 4111\u200b1111\u200b1111\u200b1111 today", "Pay [CARD] today", "CARD"),
        ("IBAN DE89 37\u200d04 0044 0532 0130 00 ok", "IBAN [IBAN] ok", "IBAN"),
        ("Call 020\u200b7946\u20600958 soon", "Call [PHONE] soon", "PHONE"),
        ("Thanks Ja\u200bne D\u00adoe!", "Thanks [NAME]!", "NAME"),
        ("Mail ja\ufeffne@exa\u200cmple.com.", "Mail [EMAIL].", "EMAIL"),
        ("DNI 12345678\u200bZ y nada", "DNI [ID] y nada", "NATIONAL_ID"),
    ],
)
def test_invisible_characters_inside_a_value_do_not_let_it_leak(redactor, text, expected, kind):
    result = redactor.redact(text)
    assert result.text == expected
    assert [s.type for s in result.spans] == [kind]


def test_spans_are_offsets_of_the_input(redactor):
    text = "ﬁ ３º Call ０２０ ７９４６ ０９５８."
    (span,) = redactor.redact(text).spans
    assert text[span.start : span.end] == "０２０ ７９４６ ０９５８"


def test_ligature_split_by_a_span_boundary_is_redacted_whole():
    # "ﬁ" normalises to two letters; a span ending after the "f" maps to the whole ligature.
    norm = normalize("xﬁy")
    assert norm.text == "xfiy"
    assert norm.span_in_input(0, 2) == (0, 2) and norm.span_in_input(2, 4) == (1, 3)


def test_redaction_result_text_is_input_outside_spans(redactor):
    text = "Nº 7 — ｆｕｌｌ — call +34 612 34 56 78 — 3ª planta"
    result = redactor.redact(text)
    rebuilt, pos = [], 0
    for span in result.spans:
        rebuilt += [text[pos : span.start], f"[{span.type}]"]
        pos = span.end
    rebuilt.append(text[pos:])
    assert result.text == "".join(rebuilt)
    assert result.text == "Nº 7 — ｆｕｌｌ — call [PHONE] — 3ª planta"
