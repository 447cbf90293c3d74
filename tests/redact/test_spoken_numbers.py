"""Values said digit by digit, mixed with digits, joined by "then", spaced or cut into odd
groups (trainer/redact/spoken_numbers.py), and the look-alikes that must survive them. Every
value here is made up; checked ones (Luhn, IBAN mod 97) get their check digits computed below.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums import luhn_ok

_R = Redactor.from_members([], name_tagger=False)

# Each language's digit words 0-9, written out here independently of the module's lists.
_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
}


def _spell(digits: str, lang: str, sep: str = " ") -> str:
    words = _WORDS[lang].split()
    return sep.join(words[int(d)] if d.isdigit() else d for d in digits)


def _luhn(stem: str) -> str:
    """``stem`` with the check digit that makes it Luhn-valid."""
    return next(stem + d for d in "0123456789" if luhn_ok(stem + d))


def _iban(country: str, bban: str) -> str:
    """A made-up IBAN with correct check digits (ISO 13616 mod 97)."""
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{country}{98 - number % 97:02d}{bban}"


def _redacted(text: str) -> str:
    return _R.redact(text).text


@pytest.mark.parametrize(
    ("lang", "before", "digits", "after"),
    [
        ("en", "Give me a ring on ", "07700900461", " tonight."),
        ("de", "Meine neue Nummer: ", "01517312468", ", danke."),
        ("es", "Llámame al ", "634918207", " mañana."),
        ("fr", "Mon portable : ", "0612457839", " ce soir."),
        ("it", "Il mio cellulare è ", "3471852096", ", grazie."),
        ("nl", "Bel me op ", "0612873045", " vanavond."),
        ("pt", "O meu número é ", "912458730", "."),
        ("pl", "Mój numer to ", "512846093", "."),
        ("sv", "Ring mig på ", "0701842963", " i kväll."),
        ("fi", "Numeroni on ", "0401736952", "."),
        ("tr", "Numaram ", "05321847096", ", teşekkürler."),
    ],
)
@pytest.mark.parametrize("sep", [" ", ", ", "-"])
def test_phone_said_digit_by_digit_in_each_language(lang, before, digits, after, sep):
    text = before + _spell(digits, lang, sep) + after
    # a number that also passes an id's check is typed as the engine types it typed out
    assert _redacted(text) in (f"{before}[PHONE]{after}", f"{before}[ID]{after}")


@pytest.mark.parametrize(
    "said",
    [
        "oh seven seven double oh, nine double one, four six two",  # "double" repeats a digit
        "plus four four seven seven double oh nine one two three four five",  # "plus" = "+"
        "zero six, quarante-deux, dix-huit, soixante-treize, quatre-vingt-dix",  # French pairs
        "oh-seven-seven-oh-oh 912 345",  # words and digits mixed
        "0770 091 then 2345",  # groups joined by "then"
    ],
)
def test_dictation_conventions(said):
    assert _redacted(f"My number is {said}, thanks.") == "My number is [PHONE], thanks."


def test_card_and_iban_said_or_spaced():
    card = _luhn("453201511283036")
    assert luhn_ok(card)
    spoken = f"Card number {_spell(card, 'en')}, expiry soon."
    assert _redacted(spoken) == "Card number [CARD], expiry soon."
    iban = _iban("DE", "370400440532013000")
    spaced = " ".join(iban)
    assert _redacted(f"Refund to {spaced} please.") == "Refund to [IBAN] please."
    dotted = f"{iban[:3]}.{iban[3:7]}.{iban[7]}.{iban[8:13]}.{iban[13:15]}.{iban[15:]}"
    assert _redacted(f"IBAN: {dotted} bitte.") == "IBAN: [IBAN] bitte."
    cut = f"{iban[0]}-{iban[1:4]}-{iban[4:7]}-{iban[7]}-{iban[8:12]}-{iban[12:17]}-{iban[17:]}"
    assert _redacted(f"Send it to {cut}, thanks.") == "Send it to [IBAN], thanks."
    tail = f"{iban[:3]} {iban[3:6]} {iban[6:8]} {iban[8:12]} {iban[12:21]} {iban[21]}"
    assert _redacted(f"Konto {tail} bitte") == "Konto [IBAN] bitte"  # no count trimmed off
    odd = f"{card[:2]} {card[2:4]} {card[4:7]} {card[7:10]} {card[10:15]} {card[15]}"
    assert _redacted(f"charge it to {odd} today") == "charge it to [CARD] today"


def test_ids_said_or_in_odd_groups():
    assert _redacted("NI number: Q Q one two three four five six C.") == "NI number: [ID]."
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[5678912 % 23]  # the check letter of NIE X5678912
    said = f"X {_spell('5678912', 'es')} {letter}"
    assert _redacted(f"Mi NIE es {said}.") == "Mi NIE es [ID]."
    assert _redacted("My SSN: 512 - 4 - 483 - 2 - 1. Thanks") == "My SSN: [SSN]. Thanks"


def test_spaced_international_phone():
    assert _redacted("Call + 4 4 2 0 7 9 4 6 0 1 2 3 4 now") == "Call [PHONE] now"
    assert _redacted("Call +44 - 20 - 7946 - 0 - 123 now") == "Call [PHONE] now"


@pytest.mark.parametrize(
    "text",
    [
        "We need two or three chairs, maybe four.",
        "Doors at ten thirty, then eleven fifteen for the talk.",
        "Twenty nineteen was good, twenty twenty worse.",
        "From 2019 then 2021 the team grew.",
        "Order number one two three four five six seven eight is late.",
        "The week of 2026-03-01 2026-03-08 10 20 30 is booked.",
        "Final score 3 - 1 - 2 - 0 - 4 - 4 - 2 after extra time.",
        "Upgrade from 1.2.3 to 1.2.4 then 1.3.0 next month.",
        "It cost forty-nine ninety-nine, and shipping was five.",
        "Un deux trois, nous irons au bois.",
        "Ich habe zwei Katzen und drei Hunde, du hast vier.",
        # lists and counts of seven or more number words (review R3): an "and" inside, or
        # steps of one up or down, make them no dictated number
        "Rooms one, two, four, five, eight, nine and ten are free.",
        "Sala uno, due, cinque, sei, otto, nove e dieci sono pronte.",
        "Stol jeden, dwa, pięć, sześć, osiem, dziewięć i zero wolne.",
        "Acht, sieben, sechs, fünf, vier, drei, zwei: Start!",
        "Rum tre, fyra, fem, sex, sju, åtta, nio klara.",
        "Notes du jury : cinq, six, sept, huit, neuf, huit, sept.",
    ],
)
def test_lookalikes_survive(text):
    assert _redacted(text) == text


def test_said_list_with_a_phone_cue_still_goes():
    """A phone cue before the run outweighs the list and count signs."""
    text = "Call me on five six seven eight, nine oh one two today."
    assert _redacted(text) == "Call me on [PHONE] today."


def test_national_number_print_is_no_card():
    """15 digits in a national id's print that pass no id check stay even when Luhn-valid:
    only the big networks' lengths and prefixes make regrouped bare digits a card."""
    digits = _luhn("28411635122084")
    value = " ".join((digits[0], digits[1:3], digits[3:5], digits[5:7], digits[7:10],
                      digits[10:13], digits[13:]))  # fmt: skip
    assert "[CARD]" not in _redacted(f"Dossier {value} reçu")


def test_count_after_a_typed_phone_survives():
    out = _redacted("Tel +31 20 794 6012 4 kamers vrij")
    assert out.endswith(" 4 kamers vrij") and "6012" not in out


def test_never_fails_on_scrambled_units():
    """Number words, digits, capitals, glue words and separators in random order: the scanner
    returns spans inside the text and never raises (seeded: a reproducible test input)."""
    import random

    from trainer.redact.spoken import find_spoken

    vocab = ("one two oh double then and plus + - , . quarante vingt quatre dix GB A SSN 12 3 "
             "4567 0 89 dot punkt at snabel-a com de x y treinta et un sıfır pięć dubbel").split()
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(vocab) + rng.choice(("", " ", ", ", " - ")) for _ in range(12))
        for _, start, end in find_spoken(text):
            assert 0 <= start < end <= len(text)
