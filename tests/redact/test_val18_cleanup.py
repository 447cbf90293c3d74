"""The written-twice code folded into one (val18): the invoice keep reads ``phone_words``'s
lexicon and ``phone_layouts.national_layout``; answers are those of the copies it replaced."""

from __future__ import annotations

import random
import re

import phonenumbers
import pytest

from trainer.redact import invoice_numbers, phone_words, phone_words_baltic_nordic, prefilter
from trainer.redact.phone_layouts import national_layout

_NATIONAL = phonenumbers.PhoneNumberFormat.NATIONAL


def _old_phone_as_written(cue: str, value: str) -> bool:
    """``invoice_numbers._phone_as_written`` before val18: every cue region parsed in turn."""
    folded = prefilter.folded(cue).lower()
    table = invoice_numbers._REGIONS
    regions = [r for prefixes, rs in table if folded.startswith(prefixes) for r in rs]
    if not regions:
        regions = [r for _, rs in table for r in rs]
    groups = re.findall(r"\d+", value)
    digits = "".join(groups)
    for region in regions:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            written = re.findall(r"\d+", phonenumbers.format_number(number, _NATIONAL))
            if written == groups:
                return True
    return False


_CUES = ("reikningur", "sąskaita", "rēķins", "arve", "factura", "comanda", "račun", "fatura",
         "fattura", "commande", "Rechnung", "factuur", "invoice", "Invoice")  # fmt: skip


def test_phone_as_written_answers_as_before() -> None:
    rng = random.Random(18)
    values = [f"{y}{sep}{rng.randrange(10**n):0{n}d}" for y in ("1999", "2024", "2026")
              for sep in "-/" for n in (3, 4, 5, 6) for _ in range(12)]  # fmt: skip
    # year-serials that national formats print as phones ("2026-4439" in a 4-4 plan)
    values += ["2026-4439", "2024-8812", "2025-6123", "2023/7345", "2021-512-", "1998-88123"]
    for cue in _CUES:
        for value in values:
            if not re.fullmatch(r"(?:19|20)\d\d[-/]\d{3,6}", value):
                continue
            new = invoice_numbers._phone_as_written(cue, value)
            assert new == _old_phone_as_written(cue, value), (cue, value)


def test_year_serial_switch() -> None:
    # an 8-digit number in a 4-4 national layout: a reference by default, a phone when asked
    token = next(
        f"2026-{n:04d}" for n in range(1000, 9999)
        if _old_phone_as_written("factura", f"2026-{n:04d}")
    )  # fmt: skip
    assert national_layout(token) is False
    assert national_layout(token, year_serial=True) is True
    assert national_layout(token, year_serial=True, regions=frozenset({"ZZ"})) is False


def test_one_phone_lexicon() -> None:
    old_more = set(
        """simi sima simanum simanumer simanumerid farsimi farsima gsm mob mobilus mobilais
        telefona telefonom telefonu telefonas telefono tel tfn mobitel mobilni kontakt""".split()
    )
    assert old_more <= phone_words.PHONE_WORDS_ANYWHERE
    assert phone_words.PHONE_CUE_WORDS - {"money"} <= phone_words.PHONE_WORDS_ANYWHERE
    assert "money" not in phone_words.PHONE_WORDS_ANYWHERE  # the wallet cue's gate only
    assert phone_words.IS_LV_ET_CUE_WORDS <= phone_words.PHONE_WORDS_ANYWHERE
    assert phone_words_baltic_nordic.IS_LV_ET_CUE_WORDS is phone_words.IS_LV_ET_CUE_WORDS


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Rechnung 2026-0412 ist bezahlt.", True),
        ("Reikningur 2025-0317, hringdu ef eitthvað er.", False),  # a calling word near
        ("Reikningur 2025-0317 er greiddur.", True),
    ],
)
def test_invoice_keep_reads_the_lexicon(text: str, kept: bool) -> None:
    start = re.search(r"\d{4}[-/]\d+", text).start()
    assert invoice_numbers.invoice_year_serial(text, start) is kept
