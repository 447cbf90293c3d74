"""Issue #10, precision (fp14): ISO 11649 creditor references ("RFcc ...") kept when their
MOD 97-10 check holds; invoice and order numbers in the year-serial layout after Brazil's
"NF" and the Slovenian/Croatian invoice and order nouns; one phone-word gate for the grant and
parcel keep-rules. Made-up values (check digits computed here); each keep has a same-shape
counterpart that stays redacted.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_creditor_refs import creditor_reference, mod97_ok
from trainer.redact.lookalike_parcels import PHONE_WORD_BEFORE

_R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return _R.redact(text).text


def _rf(body: str) -> str:
    """A creditor reference for ``body`` with its check digits, printed in groups of four."""
    number = int("".join(str(int(ch, 36)) for ch in body + "RF00"))
    ref = f"RF{98 - number % 97:02d}{body}"
    return " ".join(ref[i : i + 4] for i in range(0, len(ref), 4))


def test_check_digits_of_the_helper() -> None:
    assert _rf("60172039485") == "RF85 6017 2039 485"
    assert mod97_ok("RF856017203948" + "5")
    assert not mod97_ok("RF856017203948" + "6")


@pytest.mark.parametrize(
    "text",
    [
        f"Zahlungsreferenz {_rf('60172039485')}",
        f"Betalingskenmerk {_rf('8120447613')} graag vermelden",
        f"Communication {_rf('3905172288461')}",
        f"Tytuł przelewu {_rf('0417725563')} dziękuję",
        f"Sklic {_rf('60172039485')} OK",  # a word in capitals after it is no part of it
    ],
)
def test_a_creditor_reference_whose_check_holds_is_kept(text: str) -> None:
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one digit off: the check fails, the digits stay a phone
        ("Sklic RF85 6017 2039 486", "Sklic RF85 [PHONE]"),
        # a contact word after it
        (f"Referenz {_rf('60172039485')} is my mobile", "Referenz RF85 [PHONE] is my mobile"),
        # a number right after it may be read with its last group
        (f"Zahlungsreferenz {_rf('60172039485')}\n0664 1234567", "RF85 [PHONE]\n[PHONE]"),
        (f"Zahlungsreferenz {_rf('60172039485')} +43 664 1234567", "RF85 [PHONE] [PHONE]"),
        # "RF" inside a word is no reference
        ("PERF85 6017 2039 485", "PERF85 [PHONE]"),
    ],
)
def test_a_reference_shape_without_proof_stays_redacted(text: str, expected: str) -> None:
    assert expected in _redact(text)


def test_creditor_reference_reads_any_group_of_the_reference() -> None:
    text = f"Ref {_rf('60172039485')} thanks"
    assert creditor_reference(text, text.index("6017"))
    assert creditor_reference(text, text.index("2039"))
    assert not creditor_reference(text, text.index("thanks"))
    assert not creditor_reference("Ref 6017 2039 485", 4)


@pytest.mark.parametrize(
    "text",
    [
        "NF 2023-418",
        "NF-e 2022/3381",
        "Račun 2023-418",
        "Račun št. 2021-0734 je plačan",
        "Naročilo št. 2023-4417 še ni prispelo",
        "Narudžba br. 2022-3318",
    ],
)
def test_year_serial_invoice_and_order_numbers_are_kept(text: str) -> None:
    assert _redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NF 11987654321", "NF [ID]"),  # a checked id after the cue
        ("Račun 0312345678", "Račun [PHONE]"),  # "račun" also names an account: no cue here
        ("Naročilo 041 234 567", "Naročilo [PHONE]"),  # a Slovenian phone as written
        ("Prosim pokličite 2023-418", "pokličite [PHONE]"),  # no invoice cue
        ("NF 2023-418 is my mobile", "NF [PHONE] is my mobile"),
    ],
)
def test_same_shapes_without_an_invoice_cue_stay_redacted(text: str, expected: str) -> None:
    assert expected in _redact(text)


@pytest.mark.parametrize(
    "between",
    ["phone", "mobile", "text me on", "WhatsApp", "Anruf", "llámame", "chiamami", "telefono"],
)
def test_one_phone_word_gate_for_grants_and_parcels(between: str) -> None:
    assert PHONE_WORD_BEFORE.search(f"grant {between} ") is not None


def test_a_phone_word_between_funding_word_and_number_makes_a_phone() -> None:
    assert _redact("Funded by grant 2024/123456") == "Funded by grant 2024/123456"
    assert "[PHONE]" in _redact("Grant office, text me 2024/123456")
