"""Values written in the forms of issue #10's sixteenth and fifteenth classes: HTML character
references, cards and IBANs cut by a line break, and the phone cues of Danish and Norwegian.

Every value is made up here and completed with its own check digits (Luhn, ISO 7064 mod 97);
each rule has a same-shape negative that must stay.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums import iban_ok, luhn_ok
from trainer.redact.normalize import normalize

_R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return _R.redact(text).text


def _luhn_complete(body: str) -> str:
    """``body`` plus the Luhn check digit that makes it valid."""
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


def _iban(country: str, bban: str) -> str:
    """A compact IBAN with the mod-97 check digits computed for ``bban``."""
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    iban = f"{country}{98 - int(digits) % 97:02d}{bban}"
    assert iban_ok(iban)
    return iban


VISA = _luhn_complete("437261580943176")  # 16 digits, Visa range
AMEX = _luhn_complete("37946105382716")  # 15 digits, Amex range
GB_IBAN = _iban("GB", "WEST60734561827394")


# ---- HTML character references --------------------------------------------------------------


@pytest.mark.parametrize("ref", ["&#64;", "&#x40;", "&#X40;", "&commat;", "&#0064;"])
def test_email_with_an_html_reference_for_the_at_sign_is_redacted(ref: str) -> None:
    text = f"Questions? kari.lind{ref}example.org – thanks"
    assert _redact(text) == "Questions? [EMAIL] – thanks"


def test_email_with_named_references_for_at_and_dot_is_redacted() -> None:
    assert _redact("write to kari&commat;mail&period;com today") == "write to [EMAIL] today"


def test_references_outside_a_value_are_kept_as_written() -> None:
    text = "R&amp;D team, Let&#39;s meet &nbsp;at 5pm &copy2024; &foo;"
    assert _redact(text) == text


def test_decoded_view_maps_back_to_the_input() -> None:
    norm = normalize("a&#64;b &amp; ﬁ")
    assert norm.text == "a@b & fi"
    assert norm.span_in_input(1, 2) == (1, 6)  # the "@" is the whole reference
    assert norm.span_in_input(6, 8) == (14, 15)  # the ligature, composed with NFKC's map


def test_a_reference_that_is_no_at_sign_makes_no_email() -> None:
    # "&#65;" is an "A": the decoded view reads one domain name, no address
    assert [s.type for s in _R.redact("kari&#65;example.org today").spans] == ["URL"]


# ---- values cut by a line break --------------------------------------------------------------


def test_card_broken_between_groups_is_redacted_over_both_lines() -> None:
    text = f"Card used: {VISA[:4]} {VISA[4:8]}\n{VISA[8:12]} {VISA[12:]}\n\nThanks"
    assert _redact(text) == "Card used: [CARD]\n\nThanks"


def test_amex_broken_in_its_4_6_5_layout_is_redacted() -> None:
    text = f"Charged twice to {AMEX[:4]} {AMEX[4:10]}\n{AMEX[10:]}!! ok"
    assert _redact(text) == "Charged twice to [CARD]!! ok"


def test_card_with_crlf_and_indent_is_redacted() -> None:
    text = f"paid {VISA[:4]} {VISA[4:8]}\r\n  {VISA[8:12]} {VISA[12:]} ok"
    assert _redact(text) == "paid [CARD] ok"


def test_iban_broken_between_groups_is_redacted() -> None:
    grouped = " ".join(GB_IBAN[i : i + 4] for i in range(0, len(GB_IBAN), 4))
    head, tail = grouped[:14], grouped[15:]  # the break replaces the third space
    assert _redact(f"Refunds go to {head}\n{tail} thanks") == "Refunds go to [IBAN] thanks"


def test_iban_broken_inside_a_group_is_redacted() -> None:
    grouped = " ".join(GB_IBAN[i : i + 4] for i in range(0, len(GB_IBAN), 4))
    text = f"IBAN {grouped[:12]}\n{grouped[12:]} ok"  # "GB.. WEST 60" / "73 4561 ..."
    assert _redact(text) == "IBAN [IBAN] ok"


def test_two_numbers_on_consecutive_lines_that_make_no_valid_card_stay() -> None:
    invalid = VISA[:-1] + str((int(VISA[-1]) + 1) % 10)  # same shape, Luhn fails
    text = f"Order {invalid[:4]} {invalid[4:8]}\n{invalid[8:12]} {invalid[12:]} shipped"
    assert _redact(text) == text


def test_iban_shape_broken_by_a_line_with_a_wrong_check_stays() -> None:
    wrong = GB_IBAN[:2] + f"{(int(GB_IBAN[2:4]) + 1) % 100:02d}" + GB_IBAN[4:]
    grouped = " ".join(wrong[i : i + 4] for i in range(0, len(wrong), 4))
    text = f"ref {grouped[:14]}\n{grouped[15:]} x"
    assert "[IBAN]" not in _redact(text)


# ---- phones after Danish and Norwegian cues --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring på 4170 2638 hvis I ser ham!", "Ring på [PHONE] hvis I ser ham!"),
        ("Hans nummer er 4170 2638, sig til", "Hans nummer er [PHONE], sig til"),
        ("Ring eller send sms til 47026381. Takk", "Ring eller send sms til [PHONE]. Takk"),
        ("Mobil: 4170 2638", "Mobil: [PHONE]"),
    ],
)
def test_eight_digit_phone_after_a_nordic_cue_is_redacted(text: str, expected: str) -> None:
    assert _redact(text) == expected


def test_eight_digits_after_an_order_compound_stay() -> None:
    text = "Ordrenummer er 41702638 ok"
    assert _redact(text) == text


# ---- cards beside Markdown emphasis and a count ----------------------------------------------


def test_card_inside_markdown_emphasis_is_redacted() -> None:
    grouped = f"{VISA[:4]} {VISA[4:8]} {VISA[8:12]} {VISA[12:]}"
    assert _redact(f"_Paid the fee with {grouped}_\nThanks") == "_Paid the fee with [CARD]_\nThanks"
    assert _redact(f"Charged twice to\n_{grouped}!! ok") == "Charged twice to\n_[CARD]!! ok"


def test_card_inside_a_snake_case_name_stays() -> None:
    text = f"see file_{VISA}_x for the log"
    assert _redact(text) == text


def test_card_followed_by_a_count_is_redacted_without_the_count() -> None:
    text = f"Card used: {AMEX[:4]} {AMEX[4:10]} {AMEX[10:]} 57% of attendees"
    assert _redact(text) == "Card used: [CARD] 57% of attendees"


def test_luhn_invalid_run_followed_by_a_count_stays() -> None:
    invalid = AMEX[:-1] + str((int(AMEX[-1]) + 1) % 10)
    text = f"Ref {invalid[:4]} {invalid[4:10]} {invalid[10:]} 57% of attendees"
    assert "[CARD]" not in _redact(text)


# ---- bare .pl sites ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Więcej zdjęć na annakowalska.pl.", "Więcej zdjęć na [URL]."),
        ("Informacje i zapisy: marekzielinski.pl Miłego", "Informacje i zapisy: [URL] Miłego"),
    ],
)
def test_bare_polish_site_named_by_no_word_is_redacted(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    "text", ["run install.pl then", "see parse_log.pl and", "open deploy2.pl", "edit script.pl"]
)
def test_perl_script_named_by_a_word_stays(text: str) -> None:
    assert _redact(text) == text
