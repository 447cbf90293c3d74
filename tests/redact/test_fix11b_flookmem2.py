"""Second-reader fixes (flookmem2): bounded line scan, country code without '+', client names in
any case, person-only case endings of a member named like a town or brand."""

import time

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_orders import line_window

ANNA = Redactor.from_members(["Anna Nowak"], name_tagger=False)
TOWNISH = Redactor.from_members(["Adam Berlin", "Sam Ford", "Ji-woo Park"], name_tagger=False)


def test_line_window_is_bounded():
    text = "x" * 5000 + " 12345 " + "y" * 5000
    assert len(line_window(text, 5006)) <= 241


def test_long_line_of_orders_is_fast():
    text = "zamówienie 98765432101 nie dotarło, " * 2000
    began = time.process_time()
    ANNA.redact(text)
    assert time.process_time() - began < 5


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pesanan 6281298765432 belum dikirim", "Pesanan [PHONE] belum dikirim"),
        ("Pesanan 6281298765432", "Pesanan [PHONE]"),
        ("Client: PETER JONES", "Client: [NAME]"),
        ("Kunde: TOM KLEIN", "Kunde: [NAME]"),
        ("Customer: Ted Whitlock", "Customer: [NAME]"),
        ("Client: Goldman Sachs", "Client: Goldman Sachs"),
    ],
)
def test_anna(text, want):
    assert ANNA.redact(text).text == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Včera jsem volal Berlinovi.", "Včera jsem volal [NAME]."),
        ("Poslal jsem Fordovi.", "Poslal jsem [NAME]."),
        ("Byłem wczoraj z Parkiem.", "Byłem wczoraj z [NAME]."),
        ("Šel jsem s Berlinem.", "Šel jsem s [NAME]."),
        ("Berlinnek szóltam.", "[NAME] szóltam."),
        ("Bydlím v Berlinu", "Bydlím v Berlinu"),
        ("Koupil jsem Forda", "Koupil jsem Forda"),
    ],
)
def test_townish_members(text, want):
    assert TOWNISH.redact(text).text == want
