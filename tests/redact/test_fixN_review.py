"""Review rev17 fixes (fixN): Icelandic, Latvian and Estonian phone words a few words before the
number (F1), a Pix key on the line after its cue and in its unhyphenated form (F3), "<number> as
the ... account" only after a verb of paying or sending (F8), the national-layout check's
candidate regions picked by their groupings (F11). Each leak's probe is redacted here, through
``redact`` and ``redact_batch`` alike; each "must stay" stays. Made-up values only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module", params=[False, True], ids=["rules", "tagger"])
def either(request) -> Redactor:
    return Redactor.from_members(["Maria Santos"], name_tagger=request.param)


def _same_in_batch(redactor: Redactor, text: str) -> str:
    out = redactor.redact(text).text
    assert redactor.redact_batch([text, "nothing here"])[0][0] == out
    return out


# --- F1: phone words of Icelandic, Latvian, Estonian a few words before the number ------------
LV_ET_IS_PHONES = [
    ("Síminn hjá mér er 612 3456", "612 3456"),
    ("Símanúmerið mitt er 612 3456", "612 3456"),
    ("Hringið endilega í 612 3456", "612 3456"),
    ("Hringdu bara í mig í 612 3456", "612 3456"),
    ("Númerið mitt er 612 3456", "612 3456"),
    ("Kirjutage mulle 5123 4567", "5123 4567"),
    ("Helista mulle 5123 4567", "5123 4567"),
    ("Helistage meile palun 5123 4567", "5123 4567"),
    ("Minu number on 5123 4567", "5123 4567"),
    ("zvani man uz 26 123 456", "26 123 456"),
    ("Mans telefona numurs ir 26123456", "26123456"),
    ("Rakstiet man WhatsApp uz 26123456", "26123456"),
    ("zvani man pēc 18:00, numurs ir 26123456", "26123456"),
]


@pytest.mark.parametrize(("text", "phone"), LV_ET_IS_PHONES)
def test_lv_et_is_phone_words_with_words_between(either: Redactor, text: str, phone: str) -> None:
    out = _same_in_batch(either, text)
    assert phone not in out and "[PHONE]" in out


LV_ET_IS_KEEPS = [
    "Síminn kostar 49990 kr á 2 árum",
    "Síminn kom út árið 2019 og seldist í 1200000 eintökum",
    "Hringið í okkur milli kl 9 og 17",
    "Rakstiet man līdz 2024. gada 15. maijam",
]


@pytest.mark.parametrize("text", LV_ET_IS_KEEPS)
def test_lv_et_is_phone_words_keep_other_numbers(either: Redactor, text: str) -> None:
    assert _same_in_batch(either, text) == text


# --- F3: a Pix key on the line after its cue; unhyphenated or another version after "pix" --------
PIX_KEYS = [
    ("minha chave:\n3f2b8c1e-9d4a-4e7b-8f21-6c5d4e3b2a10", "3f2b8c1e"),
    ("Chave Pix\n\n3f2b8c1e-9d4a-4e7b-8f21-6c5d4e3b2a10", "3f2b8c1e"),
    ("Dados para o pagamento:\n  3f2b8c1e-9d4a-4e7b-8f21-6c5d4e3b2a10", "3f2b8c1e"),
    ("Pix (aleatória): 3f2b8c1e9d4a4e7b8f216c5d4e3b2a10", "3f2b8c1e"),
    ("minha chave pix:\n3F2B8C1E9D4A4E7B8F216C5D4E3B2A10", "3F2B8C1E"),
    ("minha chave é:\né 3f2b8c1e-9d4a-4e7b-8f21-6c5d4e3b2a10", "3f2b8c1e"),
]


@pytest.mark.parametrize(("text", "key"), PIX_KEYS)
def test_pix_key_after_its_cue(either: Redactor, text: str, key: str) -> None:
    out = _same_in_batch(either, text)
    assert key not in out and "[ID]" in out


PIX_KEEPS = [
    # a log's request id: no cue on its line, and the line before says something else
    "Pix sent fine.\nrequest 3f2b8c1e-9d4a-4e7b-8f21-6c5d4e3b2a10 took 20 ms",
    "build hash 3f2b8c1e9d4a4e7b8f216c5d4e3b2a10",
    # the line under the cue names another value; another version than 4 (DICT issues v4)
    "minha chave:\nTrace 3f2b8c1e-9d4a-4e7b-8f21-6c5d4e3b2a10",
    "Chave Pix 3f2b8c1e9d4a1e7b8f216c5d4e3b2a10",
]


@pytest.mark.parametrize("text", PIX_KEEPS)
def test_uuid_without_pix_cue_stays(either: Redactor, text: str) -> None:
    assert _same_in_batch(either, text) == text


# --- F8: "<number> as the ... account" only after a verb of sending, paying or using -------------
VALUE_AS_ACCOUNTS = [
    ("sent 1234567890 as the settlement account", "1234567890"),
    ("They sent 9012345678901 as the settlement account.", "9012345678901"),
    ("mandó 0012345678 como cuenta", "0012345678"),
    ("Envié el 0012345678 como cuenta de ahorros.", "0012345678"),
    ("Please use 1234567890 as my account for the rent.", "1234567890"),
    ("Use 0012345678 as the account number", "0012345678"),
    ("Ich habe 12345678 als Konto angegeben", "12345678"),
]


@pytest.mark.parametrize(("text", "value"), VALUE_AS_ACCOUNTS)
def test_value_as_account_after_a_sending_verb(either: Redactor, text: str, value: str) -> None:
    out = _same_in_batch(either, text)
    assert value not in out and "[IBAN]" in out


VALUE_AS_KEEPS = [
    "Downloads reached 1250000 as the account base grew.",
    "We logged 20240115 as the account creation date.",
    "Release 3.2 ships 12000000 as the bank default limit",
    "We shipped 1250000 units as the account grew.",
    "We paid 1250000 as the account deposit",
    "Please use 20240115 as the account.",
    "Wir haben 20240115 als Konto angegeben",
]


@pytest.mark.parametrize("text", VALUE_AS_KEEPS)
def test_count_or_date_as_the_account_stays(either: Redactor, text: str) -> None:
    assert _same_in_batch(either, text) == text


# --- F11: the national-layout check asks only the regions whose formats write those groups -------
def _old_national_layout(token: str) -> bool:
    """``phone_layouts.national_layout`` before rev17 F11: every region of the written length."""
    import phonenumbers

    from trainer.redact import phone_layouts as lay

    if lay._LAYOUT.fullmatch(token) is None or lay._YEAR_SERIAL.fullmatch(token):
        return False
    groups = lay._GROUP.findall(token)
    digits = "".join(groups)
    if not 7 <= len(digits) <= 13:
        return False
    for region in lay._regions_by_length().get(len(digits), ()):
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            written = lay._GROUP.findall(phonenumbers.format_number(number, lay._NATIONAL))
            if written == groups:
                return True
    return False


def test_national_layout_answers_as_before() -> None:
    import random
    import re

    import phonenumbers

    from trainer.redact.phone_layouts import national_layout

    rng = random.Random(17)
    tokens = []
    for region in rng.sample(sorted(phonenumbers.SUPPORTED_REGIONS), 40):
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                national = phonenumbers.format_number(
                    example, phonenumbers.PhoneNumberFormat.NATIONAL
                )
                tokens.append(" ".join(re.findall(r"\d+", national)))
    for _ in range(80):
        n = rng.randint(7, 13)
        digits = "".join(str(rng.randrange(10)) for _ in range(n))
        cuts = sorted(rng.sample(range(1, n), rng.randint(1, 4)))
        parts = [digits[a:b] for a, b in zip([0, *cuts], [*cuts, n], strict=True)]
        tokens.append(rng.choice(" -.").join(parts))
    answers = [national_layout.__wrapped__(t) for t in tokens]
    assert answers == [_old_national_layout(t) for t in tokens]
    assert sum(answers) >= 40  # the examples are phones as written
