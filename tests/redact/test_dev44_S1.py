"""The speed gates of session 44's S1 (values and addresses): a gate may only skip texts its scan
could not match, so every hit is the scan's own. Class-mask gates read ``prefilter.ascii_classes``
(a letter "a", a digit "d", a separator "s", anything else "."); word gates are built from the
tuple their pattern is built from. These tests pin that every text the pattern matches passes its
gate (random texts over the pattern's alphabet), that each word of a tuple passes, and that the
rule's output is the same with the gate monkeypatched open (/tmp/S1_gates_check.py compared the
bench and every development set's posts both ways)."""

import random

import pytest

from trainer.redact import Redactor, phone_runs, prefilter
from trainer.redact import address_ba as ba
from trainer.redact import address_places as places
from trainer.redact import ids_bare_runs as bare
from trainer.redact import ids_letter_codes as letter_codes
from trainer.redact import ids_nhi as nhi
from trainer.redact import lookalike_named_codes as named
from trainer.redact.ids_bare_runs import handed_over
from trainer.redact.national_ids import is_reference
from trainer.redact.phones import _is_phone, _phone_cue


def _open(monkeypatch, module, gate):
    monkeypatch.setattr(module, gate, lambda *_, **__: True)


def _random_texts(alphabet: str, seed: int, count: int = 4000, most: int = 16):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, most)))


# -- ids_letter_codes: a capital and six digits, or four capitals and four digits --------------


def _plain_scans(text: str):
    """The scans before session 47 anchored them: both over the whole text behind ``_GATE``."""
    if letter_codes._GATE.search(text) is None:
        return [], []
    return list(letter_codes._PASSPORT.finditer(text)), list(letter_codes._RAMQ.finditer(text))


def _spans(matches):
    return [m.span() for m in matches]


def test_letter_code_anchored_scans_are_the_plain_scans():
    """``_scans`` tries the patterns only where a ``_GATE_MASKS`` shape's digits open (session
    47): the same matches as the plain scans behind ``_GATE``."""
    rng = random.Random(1)
    texts = list(_random_texts("AZaz0190 .-\t\né", seed=1))
    pieces = ("A", "YC", "ABCD", "Zq", "1234567", "12345678", "ABCD 8501 1234", " ", "-", ".")
    for _ in range(20000):  # shapes of both patterns, glued and apart (hundreds hold a match)
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))))
    texts += ["ID no. 1234567 from ab. 12345", "passport A1234567", "ABCD 8501 1234", "é A1234567"]
    for text in texts:
        passports, ramqs = letter_codes._scans(text)
        plain_passports, plain_ramqs = _plain_scans(text)
        assert _spans(passports) == _spans(plain_passports), repr(text)
        assert _spans(ramqs) == _spans(plain_ramqs), repr(text)


LETTER_CODES = [
    "Passport number:\nA12345678\n", "Noted: YC1234567, thanks", "RAMQ: ABCD 8501 1234",
    "ABCD 5561 1234 is the card", "order 1234567 from ab 12345", "nothing here at all",
]


@pytest.mark.parametrize("text", LETTER_CODES)
def test_letter_codes_same_with_the_plain_scans(text, monkeypatch):
    def find():
        return letter_codes.find_letter_codes(text, gives_way=is_reference, handed=handed_over)

    anchored = find()
    monkeypatch.setattr(letter_codes, "_scans", _plain_scans)
    assert find() == anchored


def test_a_letter_code_found_by_its_anchor():
    text = "Noted: YC1234567, thanks"
    assert letter_codes.find_letter_codes(text, gives_way=is_reference, handed=handed_over)


# -- ids_nhi: three letters and four digits -------------------------------------------------------


def test_nhi_gate_passes_every_text_the_nhi_scan_matches():
    for text in _random_texts("ABZab019 -.\né", seed=2, most=12):
        if nhi._NHI.search(text):
            assert nhi._may_hold_nhi(text), repr(text)
    assert not nhi._may_hold_nhi("AB1234 and ABC 1234 and 123ABCD")
    assert nhi._may_hold_nhi("NHI: ZAA0067")


@pytest.mark.parametrize(
    "text", ["NHI: ZAA0067", "Noted ZAA0067 on the sheet", "flight DLH4051", "AB1234 only"]
)
def test_nhis_same_with_the_gate_open(text, monkeypatch):
    gated = nhi.find_nhis(text, gives_way=is_reference)
    _open(monkeypatch, nhi, "_may_hold_nhi")
    assert nhi.find_nhis(text, gives_way=is_reference) == gated


def test_a_closed_nhi_gate_would_lose_an_nhi(monkeypatch):
    assert nhi.find_nhis("NHI: ZAA0067", gives_way=is_reference)
    monkeypatch.setattr(nhi, "_may_hold_nhi", lambda *_: False)
    assert not nhi.find_nhis("NHI: ZAA0067", gives_way=is_reference)


# -- lookalike_named_codes: a service-desk ticket's prefix and number ---------------------------


def test_every_ticket_prefix_and_mark_passes_the_ticket_gate():
    for prefix in named._TICKET_TYPES:
        for mark in ("", *named._TICKET_MARKS):
            text = f"see {prefix}{mark}0012345 today"
            assert named._TICKET.search(text), text
            assert named._may_hold_ticket(text), text
    assert not named._may_hold_ticket("INC. 0012345 and inc: 12 and RITM")
    assert named._may_hold_ticket("é")  # not ASCII: the gate opens


def test_ticket_gate_passes_every_text_the_ticket_scan_matches():
    for text in _random_texts("INCRQTKSA0123-# .", seed=3, most=14):
        if named._TICKET.search(text):
            assert named._may_hold_ticket(text), repr(text)


def _hits(text: str):
    return Redactor.from_members([], name_tagger=False)._rule_hits_many((text,))[0]


@pytest.mark.parametrize(
    "text",
    ["Closed INC0012345 yesterday, call 0151 2345678", "RITM-0042117 for Jan Novak",
     "Ticket CHG#1825847 and my phone +44 7700 900123", "no ticket 0151 2345678 here"],
)
def test_named_codes_same_with_the_ticket_gate_open(text, monkeypatch):
    hits = _hits(text)
    gated = named.keep_named_codes(text, hits)
    _open(monkeypatch, named, "_may_hold_ticket")
    assert named.keep_named_codes(text, hits) == gated


def test_a_closed_ticket_gate_would_keep_a_ticket_hit(monkeypatch):
    text = "Closed INC0012345 yesterday"
    hits = [("PHONE", 7, 17)]
    assert named.keep_named_codes(text, hits) == []
    monkeypatch.setattr(named, "_may_hold_ticket", lambda *_: False)
    assert named.keep_named_codes(text, hits) == hits


# -- address_places: a Dutch article between spaces ------------------------------------------


def test_every_dutch_article_passes_the_article_gate():
    for article in places._DUTCH_ARTICLES:
        text = f"wonen aan {article} Heuvelseind 71"
        assert places._DUTCH_GATE(text), text
        assert places._may_hold_article(text), text
    assert not places._may_hold_article("wonen aan De Heuvelseind 71, det 't")


def test_article_gate_passes_every_text_the_dutch_gate_matches():
    for text in _random_texts("dehtDH'’ Ax", seed=4, most=10):
        if places._DUTCH_GATE(text):
            assert places._may_hold_article(text), repr(text)


@pytest.mark.parametrize(
    "text",
    ["We wonen aan de Heuvelseind 71.", "Ophalen op het Kerkplein 3, Utrecht", "in de Top 40",
     "aan ’t Hoogeland 5", "nothing Dutch 12 here"],
)
def test_dutch_streets_same_with_the_article_gate_open(text, monkeypatch):
    gated = places.dutch_numbered_streets(text)
    _open(monkeypatch, places, "_may_hold_article")
    assert places.dutch_numbered_streets(text) == gated


def test_a_closed_article_gate_would_lose_a_street(monkeypatch):
    text = "We wonen aan de Heuvelseind 71."
    assert places.dutch_numbered_streets(text)
    monkeypatch.setattr(places, "_may_hold_article", lambda *_: False)
    assert not places.dutch_numbered_streets(text)


# -- address_ba: a 7xxxx/8xxxx postcode and a blank --------------------------------------------


def test_ba_code_gate_passes_every_text_the_code_scan_matches():
    for text in _random_texts("780 \tSa.-,\nč", seed=5, most=12):
        if ba._CODE_AT.search(text):
            assert ba._may_hold_code(text), repr(text)
    assert not ba._may_hold_code("71000, Sarajevo and 7100 Sarajevo")
    assert ba._may_hold_code("71000 Sarajevo")


@pytest.mark.parametrize(
    "text",
    ["Titova 9, 71000 Sarajevo", "Zmaja od Bosne bb, 71000 Sarajevo", "Kralja Tvrtka 12\t78000 B",
     "ulica 5, 7100 Sarajevo", "nothing here"],
)
def test_bosnian_addresses_same_with_the_code_gate_open(text, monkeypatch):
    spans = prefilter.keywords(text).get("ba_anchor", [])
    gated = ba.bosnian_addresses(text, spans)
    _open(monkeypatch, ba, "_may_hold_code")
    assert ba.bosnian_addresses(text, spans) == gated


# -- phone_runs: a digit, a line break and a digit ---------------------------------------------


def test_wrap_gate_passes_every_text_the_wrapped_scan_matches():
    for text in _random_texts("0123 \t\n.-+a", seed=6, most=14):
        if phone_runs._WRAPPED.search(text):
            assert phone_runs._may_wrap(text), repr(text)
    assert not phone_runs._may_wrap("call 0151\nplease\n 23456789")
    assert phone_runs._may_wrap("call 0151 \t\n  23456789")


@pytest.mark.parametrize(
    "text",
    ["call 0151\n23456789 please", "Tel: 030 12\n345678", "call me\n0151 23456789",
     "price 12\n\n34 items", "no break 0151 23456789"],
)
def test_wrapped_phones_same_with_the_gate_open(text, monkeypatch):
    gated = phone_runs.wrapped_phones(text, _phone_cue, _is_phone)
    _open(monkeypatch, phone_runs, "_may_wrap")
    assert phone_runs.wrapped_phones(text, _phone_cue, _is_phone) == gated


def test_a_closed_wrap_gate_would_lose_a_wrapped_phone(monkeypatch):
    text = "call 0151\n23456789 please"
    assert phone_runs.wrapped_phones(text, _phone_cue, _is_phone)
    monkeypatch.setattr(phone_runs, "_may_wrap", lambda *_: False)
    assert not phone_runs.wrapped_phones(text, _phone_cue, _is_phone)


# -- ids_bare_runs: the code scan around capital-digit contacts ------------------------------


def test_code_regions_find_every_code_of_the_whole_scan():
    rng = random.Random(8)
    pieces = ["AB12CD34", "SKNZQMY8", "A8251119K", "x", " ", "\n", "-", ",", "WH1000XM4", "ab1",
              "1234567", "Q", "9", ".", ":", "RT7KQ2XW", "é"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        whole = [m.span() for m in bare._CODE.finditer(text)]
        read = [m.span() for m in prefilter.finditer_in(bare._CODE, text, bare._code_regions(text))]
        assert read == whole, repr(text)


@pytest.mark.parametrize(
    "text",
    ["For the form: SKNZQMY8", "As requested, FN486996 is what I have on the card.",
     "ok\nA8251119K\n", "x" * 40 + " For the form: RT7KQ2XW, and AB12CD34EF"],
)
def test_bare_codes_same_with_the_regions_opened(text, monkeypatch):
    gated = bare.find_bare_codes(text, gives_way=is_reference)
    monkeypatch.setattr(bare, "_code_regions", lambda t: [(0, len(t))])
    assert bare.find_bare_codes(text, gives_way=is_reference) == gated
