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
    ("Chave Pix 3f2b8c1e-9d4a-1e7b-8f21-6c5d4e3b2a10", "3f2b8c1e"),
]


@pytest.mark.parametrize(("text", "key"), PIX_KEYS)
def test_pix_key_after_its_cue(either: Redactor, text: str, key: str) -> None:
    out = _same_in_batch(either, text)
    assert key not in out and "[ID]" in out


PIX_KEEPS = [
    # a log's request id: no cue on its line, and the line before says something else
    "Pix sent fine.\nrequest 3f2b8c1e-9d4a-4e7b-8f21-6c5d4e3b2a10 took 20 ms",
    "build hash 3f2b8c1e9d4a4e7b8f216c5d4e3b2a10",
    # another version than 4 after a word of paying that is no "pix"/"chave"
    "Paguei a conta, trace 3f2b8c1e-9d4a-1e7b-8f21-6c5d4e3b2a10",
]


@pytest.mark.parametrize("text", PIX_KEEPS)
def test_uuid_without_pix_cue_stays(either: Redactor, text: str) -> None:
    assert _same_in_batch(either, text) == text
