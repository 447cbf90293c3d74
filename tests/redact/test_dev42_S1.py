"""The speed gates of session 42's S1 (values and addresses): a gate may only skip texts its
scan could not match, so every hit is the scan's own. Each gate is built from the word tuple its
pattern is built from; these tests pin that every word passes its gate and that the rule's
output is the same with the gate monkeypatched open (/tmp/S1_gates_check.py compared ~200k
bench and development-set posts both ways when the gates were added)."""

import random
import re

import pytest

from trainer.redact import address_ba as ba
from trainer.redact import address_town_streets as town
from trainer.redact import address_unnumbered as unnumbered
from trainer.redact import ids_bare_runs as bare
from trainer.redact import ids_country_shapes as shapes
from trainer.redact import lookalike_labelled_codes as labelled
from trainer.redact import phone_reach, prefilter
from trainer.redact.national_ids import is_reference
from trainer.redact.sentence_window import sentence_start


def _open(monkeypatch, module, gate):
    monkeypatch.setattr(module, gate, lambda *_, **__: True)


# -- address_unnumbered: "off" and the building words before a comma --------------------------


def test_every_building_word_and_off_pass_the_framed_gate_in_any_case():
    for word in (*unnumbered._BUILDING_WORDS, *unnumbered._OFF_WORDS):
        for written in (word, word.lower(), word.upper()):
            text = f"Nyayo {written}, Ngong Road" if word != "off" else f"A Road {written} B"
            assert unnumbered._may_frame(text), text
    assert not unnumbered._may_frame("Kimathi House is lovely in spring")
    # the letters the ignore-case folds and the keyword pass may not: the gate stays open
    assert unnumbered._may_frame("Nyayo Hoſpital and more")


FRAMED = [
    "Kimathi House, 3rd Floor, Kimathi Street, Nairobi.",
    "Riverside Drive, off Waiyaki Way, Westlands, Nairobi\nthanks",
    "We met at Nyayo HOUSE, Ngong Road, Upper Hill, Nairobi.",
    "Kimathi House is on Kimathi Street, see you there.",
    "the Opera House, Abbey Road and the Tower Bridge",
    "Anniversary Towers, University Way",
]


@pytest.mark.parametrize("text", FRAMED)
def test_framed_lines_same_with_the_gate_open(text, monkeypatch):
    spans = prefilter.keywords(text).get("street_en", [])
    gated = unnumbered.framed_lines(text, spans)
    _open(monkeypatch, unnumbered, "_may_frame")
    assert unnumbered.framed_lines(text, spans) == gated


def test_framed_gate_keeps_the_pattern_words():
    assert unnumbered._BUILDING_TYPES == (
        "House|Towers|Tower|Plaza|Centre|Center|Building|Bldg|Court|Complex|Mall|Arcade|"
        "Chambers|Apartments|Apts|Flats|Heights|Estate|Block|Hse|Suites|Park"
    )


# -- lookalike_labelled_codes: "F.", "L.", "P/N" ----------------------------------------------


def test_every_letter_head_passes_its_gate():
    for head, _ in labelled._LETTER_HEAD_PARTS:
        assert labelled._may_have_letter_head(f"see {head} 572")
    assert not labelled._may_have_letter_head("form f. 572 and l. 104/1992, p/n 12")
    assert labelled._LETTER_HEADS.pattern == (
        r"\b(?:F\.(?=\d{3,4}(?!\d))|L\.(?=[ \t]?\d{1,5}/\d{2,4})|P/N)"
    )


@pytest.mark.parametrize(
    "text",
    ["Modulo F.572 compilato", "ai sensi della L. 104/1992 e del D.Lgs. 81/2008",
     "P/N 4711-A is out of stock", "f.572 and p/n 12", "nothing here. at all/none"],
)
def test_labelled_codes_same_with_the_letter_gate_open(text, monkeypatch):
    gated = labelled.labelled_code_spans(text)
    _open(monkeypatch, labelled, "_may_have_letter_head")
    assert labelled.labelled_code_spans(text) == gated


# -- ids_bare_runs: a capital touching a digit, off the cached contacts -----------------------


def test_bare_code_gate_equals_the_capital_digit_scan():
    rng = random.Random(42)
    alphabet = "aZ09 .-é١\n"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert bare._may_hold_code(text) == bool(bare._CODE_GATE.search(text)), text


@pytest.mark.parametrize(
    "text",
    ["For the form: SKNZQMY8", "As requested, FN486996 is what I have on the card.",
     "I bought the WH1000XM4 yesterday", "ok\nA8251119K\n", "no codes at all 1234567"],
)
def test_bare_codes_same_with_the_gate_open(text, monkeypatch):
    gated = bare.find_bare_codes(text, gives_way=is_reference)
    _open(monkeypatch, bare, "_may_hold_code")
    assert bare.find_bare_codes(text, gives_way=is_reference) == gated


# -- ids_country_shapes: the IFSC's capital before its "0" -------------------------------------


def test_ifsc_gate_passes_every_ifsc_match():
    rng = random.Random(7)
    for _ in range(2000):
        bank = "".join(rng.choice("ABCXYZ") for _ in range(4))
        branch = "".join(rng.choice("AB09") for _ in range(6))
        text = f"{rng.choice(['', 'x ', 'IFSC: '])}{bank}0{branch}{rng.choice(['', ' ', ': '])}"
        text += "".join(rng.choice("0123456789") for _ in range(rng.randint(9, 18)))
        if shapes._IFSC_ACCOUNT.search(text):
            assert shapes._may_hold_ifsc(text), text
    assert not shapes._may_hold_ifsc("sbin0001234 123456789012")


@pytest.mark.parametrize("text", ["a/c SBIN0001234 123456789012", "HDFC0000123: 50100123456789"])
def test_country_shapes_same_with_the_ifsc_gate_open(text, monkeypatch):
    gated = shapes.find_country_shapes(text, longest=14, gives_way=lambda *_: False)
    assert gated
    _open(monkeypatch, shapes, "_may_hold_ifsc")
    assert shapes.find_country_shapes(text, longest=14, gives_way=lambda *_: False) == gated


# -- scans opened at the first digit (exact: their matches start at or right before a digit) --


def test_bosnian_codes_and_town_numbers_from_the_first_digit_equal_a_whole_scan():
    texts = [
        "Titova 12, 75000 Tuzla", "x-71000 Sarajevo", "Maršala Tita bb, 71000 Sarajevo",
        "Kirchrain 175, Chur senden.", "an der Koemarkt 30, Amsterdam", "no digit, here",
        "7 8 71000 Sarajevo, Bihać 77000 Bihać",
    ]
    for text in texts:
        whole = [m.span() for m in ba._CODE_AT.finditer(text)]
        bounds = prefilter.digit_bounds(text)
        from_digit = ba._CODE_AT.finditer(text, bounds[0]) if bounds else ()
        assert whole == [m.span() for m in from_digit]
        whole = [m.span() for m in town._NUMBER_TOWN.finditer(text)]
        first = max(0, bounds[0] - 1) if bounds else len(text)
        assert whole == [m.span() for m in town._NUMBER_TOWN.finditer(text, first)]


# -- phone_reach: the clause walk is sentence_window's ----------------------------------------


def _old_clause_start(text: str, start: int) -> int:
    lo = max(0, start - 72)
    lo = max(lo, text.rfind("\n", lo, start) + 1)
    stop = max(text.rfind(end, lo, start) for end in (". ", "? ", "! "))
    return stop + 2 if stop >= 0 else lo


def test_reach_clause_start_equals_the_three_rfind_walk():
    rng = random.Random(3)
    for _ in range(1500):
        text = "".join(rng.choice("ab .?!\n\t") for _ in range(rng.randint(0, 160)))
        for start in range(len(text) + 1):
            line = text.rfind("\n", max(0, start - phone_reach._CLAUSE), start) + 1
            walk = sentence_start(
                text, start, ends=phone_reach._SENTENCE_END, reach=phone_reach._CLAUSE
            )
            assert max(line, walk) == _old_clause_start(text, start), (text, start)
    assert re.fullmatch(phone_reach._SENTENCE_END, "? ")


@pytest.mark.parametrize(
    ("text", "cued"),
    [("Zavolejte mi na 602 123 456", True), ("call me at 0612345678", True),
     ("call me. 0612345678", False), ("call about order 0612345678", False),
     ("call me\n0612345678", False), ("my number for the driver: 0612345678", True)],
)
def test_reach_cue_reads_the_clause(text, cued):
    start = re.search(r"\d", text).start()
    assert phone_reach.reach_cue(text, start) is cued
