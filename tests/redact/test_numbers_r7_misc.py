"""Round 7: the Steuer-ID in its official spaced layout by its ISO 7064 check digit; "_" in a
subdomain (platform handles); a card opening a line after letters and two digits."""

from __future__ import annotations

import pytest

from trainer.redact.checksums import iso7064_mod11_10_ok, steuer_id_ok
from trainer.redact.national_ids import find_national_ids

# -- Steuer-ID in its spaced layout -------------------------------------------------------------


def test_steuer_id_check_digit_without_the_repeat_rule() -> None:
    assert iso7064_mod11_10_ok("46297207511") and not steuer_id_ok("46297207511")
    # written solid, only the full Steuer-ID rule makes it an id (11-digit look-alikes abound)
    assert find_national_ids("Vorgang 46297207511") == []
    assert find_national_ids("Vorgang 46 297 207 511") == [("NATIONAL_ID", 8, 22)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Für das Finanzamt: 46 297 207 511.", "Für das Finanzamt: [ID]."),
        ("Meine Nummer fürs Amt ist 95 067 229 678", "Meine Nummer fürs Amt ist [ID]"),
        # a failed check digit in the same layout stays (a count, a code)
        ("Wir zählten 46 297 207 512 Klicks.", "Wir zählten 46 297 207 512 Klicks."),
    ],
)
def test_spaced_steuer_id_by_its_check_digit(
    redactor, assert_exact, text: str, expected: str
) -> None:
    assert_exact(redactor, text, expected)


# -- URLs and cards ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profile: jo_ann.substack.com", "Profile: [URL]"),
        ("Mehr auf der_blog.example.de/posts", "Mehr auf [URL]"),
        ("run data_loader.py again", "run data_loader.py again"),
        ("edit my_notes.md first", "edit my_notes.md first"),
    ],
)
def test_underscore_in_a_subdomain(redactor, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor, text, expected)


def test_card_opening_a_line_after_letters_and_two_digits(redactor, assert_exact) -> None:
    assert_exact(
        redactor,
        "Portfolio: https://example.org/anna73\n5555555555554444\nThanks",
        "Portfolio: [URL]\n[CARD]\nThanks",
    )
    # a real IBAN tail stays an IBAN matter: "DE89 3704 ..." is not read as a card
    assert_exact(redactor, "IBAN DE89 3704 0044 0532 0130 00", "IBAN [IBAN]")
