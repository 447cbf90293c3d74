"""Task R (dev37): shared helpers and per-text language evidence change no output. The shared
sentence walk equals the loops it replaced; each language flag is read once per text and
agrees with its pattern; the tagger's drops read the evidence they read before; the
lot-label union keeps the Eircode-shaped lot codes of both lists. Values are made up."""

from __future__ import annotations

import re

import pytest

from trainer.redact import Redactor
from trainer.redact.address_ba import _CODE_AT
from trainer.redact.language_evidence import (
    GERMAN,
    TURKISH,
    VIETNAMESE,
    LanguageEvidence,
    vietnamese_text,
)
from trainer.redact.name_tagger import _kept
from trainer.redact.person_compounds import german_compound
from trainer.redact.person_turkish import turkish_inflected_word, turkish_word
from trainer.redact.person_vietnamese import vietnamese_non_name
from trainer.redact.sentence_window import sentence_start, sentence_stop

_ENDS = re.compile(r"[.!?](?:[ \t]|$)|\n")
_TEXTS = [
    "",
    "no end at all here",
    "One. Two! Three? Four\nfive. six",
    "x" * 300 + ". tail. more",
    "A.B. C. D",
]


def _old_start(text: str, start: int, reach: int) -> int:
    lo = max(0, start - reach)
    last = lo
    for m in _ENDS.finditer(text, lo, start):
        last = m.end()
    return last


def _old_stop(text: str, end: int, reach: int) -> int:
    m = _ENDS.search(text, end, end + reach)
    return m.start() if m else min(len(text), end + reach)


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("reach", [1, 8, 120])
def test_sentence_window_equals_the_loops_it_replaced(text: str, reach: int) -> None:
    for pos in range(len(text) + 1):
        assert sentence_start(text, pos, ends=_ENDS, reach=reach) == _old_start(text, pos, reach)
        assert sentence_stop(text, pos, ends=_ENDS, reach=reach) == _old_stop(text, pos, reach)


@pytest.mark.parametrize(
    ("text", "turkish", "german", "vietnamese"),
    [
        ("Bu sabah hekim aradı.", True, False, False),
        ("Heute um 9 Uhr im Büro.", False, True, False),
        ("Hỏi Nhung về bảng giá.", False, False, True),
        ("Petr Dvořák Holding ve Brně", False, False, False),
        ("Plain English only.", False, False, False),
    ],
)
def test_evidence_flags_agree_with_their_patterns(
    text: str, turkish: bool, german: bool, vietnamese: bool
) -> None:
    lang = LanguageEvidence(text)
    assert (lang.turkish, lang.german, lang.vietnamese) == (turkish, german, vietnamese)
    assert lang.turkish == (TURKISH.search(text) is not None)
    assert lang.german == (GERMAN.search(text) is not None)
    assert lang.vietnamese == (VIETNAMESE.search(text) is not None)


def test_evidence_is_read_once_and_frozen() -> None:
    lang = LanguageEvidence("Bu sabah")
    assert lang.turkish is True
    assert "turkish" in vars(lang)  # kept after the first read
    with pytest.raises(AttributeError):
        lang.text = "other"  # type: ignore[misc]


def test_drops_read_the_evidence_they_are_given() -> None:
    text = "hekim telefonla aradı bu sabah"
    assert turkish_word(text, 0, 5, evidence=LanguageEvidence(text))
    english = "hekim called"
    assert not turkish_word(english, 0, 5, evidence=LanguageEvidence(english))
    bank = "Bankoda broşürler var, bu sabah"
    assert turkish_inflected_word(bank, 0, 7, evidence=LanguageEvidence(bank))
    de = "Heute ist Schichtwechsel im Haus"
    assert german_compound(de, 10, 24, evidence=LanguageEvidence(de))
    en = "I spoke with Longfellow today"
    assert not german_compound(en, 13, 23, evidence=LanguageEvidence(en))
    vi = "anh ấy gọi cho tôi"
    assert vietnamese_non_name(vi, 11, 14, evidence=LanguageEvidence(vi))


@pytest.fixture(scope="module", params=[False, True], ids=["rules", "default"])
def redactor(request) -> Redactor:
    return Redactor.from_members(["Tomasz Wierzbicki"], name_tagger=request.param)


@pytest.mark.parametrize(
    "text",
    [
        "Lot D02X285 recalled by the maker.",  # both lists
        "Charge: D02X285 nicht verwenden.",
        "Lote D02X285 retirado.",
        "Partij D02X285 teruggeroepen.",
    ],
)
def test_eircode_shaped_lot_codes_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_a_tagged_name_in_a_turkish_text_stays_redacted(redactor: Redactor) -> None:
    text = "Bugün Tomasz Wierzbicki ile görüştüm."
    assert "Wierzbicki" not in redactor.redact(text).text


def test_the_tagger_keep_reads_the_texts_evidence() -> None:
    # _kept's Turkish drop asks the per-text evidence: a case-inflected noun is kept (dropped
    # from the tagger's hits) in Turkish text, a name there is not, nor the noun in German
    text = "Bugün Tomasz Wierzbicki ile görüştüm, Bankoda bekledim."
    evidence = LanguageEvidence(text)
    name, noun = text.index("Tomasz"), text.index("Bankoda")
    assert evidence.turkish
    assert not _kept(text, name, name + len("Tomasz Wierzbicki"), lang=evidence)
    assert _kept(text, noun, noun + len("Bankoda"), lang=evidence)
    german = "Heute Bankoda getroffen."
    assert not _kept(german, 6, 13, lang=LanguageEvidence(german))


# address_ba._CODE_AT is led by its digit, its lookbehind after it: the same codes as before.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Adresa: Titova 5, 75000 Tuzla", [(18, 25)]),
        ("71000 Sarajevo je glavni grad", [(0, 7)]),  # at the text's start
        ("broj 1.75000 Tuzla, a-75000 Tuzla, x75000 Tuzla", []),  # glued to . - or a letter
        ("kod,88000 Mostar", []),  # glued to a comma
        ("Ukupno 80000 eura", []),  # lower case after the code
    ],
)
def test_bosnian_code_anchor(text: str, codes: list[tuple[int, int]]) -> None:
    assert [m.span() for m in _CODE_AT.finditer(text)] == codes


@pytest.mark.parametrize(
    ("text", "vietnamese"),
    [("plain ascii text", False), ("Grüße aus Köln", False), ("Hỏi Nhung về", True), ("đi", True)],
)
def test_vietnamese_text_is_free_on_ascii(text: str, vietnamese: bool) -> None:
    assert vietnamese_text(text) is vietnamese
    assert vietnamese_text(text) == (VIETNAMESE.search(text) is not None)


def test_member_hashtags_redact_the_roster_and_keep_other_tags(redactor: Redactor) -> None:
    text = "Danke #TomaszWierzbicki und #teamwierzbicki für alles, #Sommerfest bleibt."
    out = redactor.redact(text).text
    assert "Wierzbicki" not in out and "wierzbicki" not in out
    assert "#Sommerfest" in out
