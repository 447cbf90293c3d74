"""dev54 I: personal ids of any country python-stdnum checks (``ids_stdnum``) and national
numbers of the countries a post names (``phone_regions``). Made-up values only, each made valid
(or invalid) with stdnum or phonenumbers itself, none taken from a development set."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_stdnum import find_stdnum_ids
from trainer.redact.phone_regions import post_regions
from trainer.redact.prefilter import digit_runs, letter_digit_contacts


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([])


def _never(text: str, start: int) -> bool:
    return False


def _spans(text: str) -> list[tuple[int, int]]:
    hits = find_stdnum_ids(
        text, runs=digit_runs(text), mixed=letter_digit_contacts(text), gives_way=_never
    )
    return sorted((start, end) for _, start, end in hits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Andorra's NRT of a person (E, F) in its printed layout, no cue
        ("Escriviu F-481920-K al formulari.", "Escriviu [ID] al formulari."),
        ("Citeu E-250417-P si truqueu.", "Citeu [ID] si truqueu."),
        # its stdnum name is a cue for the compact form
        ("El meu NRT F481920K, gràcies.", "El meu NRT [ID], gràcies."),
        # Malaysian NRIC as printed (birth date, place code, serial), Dominican cédula 3-7-1,
        # Korean RRN 6-7, Pakistani CNIC 5-7-1: laid out as the standard prints them
        ("Sila tulis 930424-56-6143 pada borang.", "Sila tulis [ID] pada borang."),
        ("Escriba 320-8234094-7 en el formulario.", "Escriba [ID] en el formulario."),
        ("Please write 690216-6385992 on the form.", "Please write [ID] on the form."),
        ("Please write 27161-2419773-7 on the form.", "Please write [ID] on the form."),
        # a Norwegian fødselsnummer as printed: the id, not a phone
        ("Mitt nummer 610924 81254 til skjemaet.", "Mitt nummer [ID] til skjemaet."),
        # Slovenian EMŠO: birth date and a mod-11 check, strong alone
        ("Vnesite 0709713620725 v obrazec.", "Vnesite [ID] v obrazec."),
    ],
)
def test_stdnum_personal_ids_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # an NRT of a company (A) is a firm's number and stays
        "Escriviu A-712345-B al formulari.",
        # an NRT-shaped code with no cue and not in the printed layout stays
        "Escriviu F481920K al formulari.",
    ],
)
def test_stdnum_lookalikes_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Escriviu F-481920-K al formulari.", [(9, 19)]),
        # the cue word before a run is no part of the value
        ("NRT F-481920-K", [(4, 14)]),
        # a weak check (1 in 10: Croatian OIB) needs its cue or its layout
        ("Upišite 49824759782 u obrazac.", []),
        ("OIB 49824759782 je u obrascu.", [(4, 15)]),
        # the Swiss AHV number with a wrong check digit is not one
        ("Bitte 756.8455.9216.83 eintragen.", []),
        ("Bitte 756.8455.9216.82 eintragen.", [(6, 22)]),
        # a short name in lower case is a word, not the scheme's cue ("pin", "nik")
        ("the pin 49824759782 here", []),
        # four equal groups are how orders and cards are grouped: no id's own layout, though
        # the whole passes India's VID check and its last twelve digits the Aadhaar check
        ("The food order is 5144 6020 7843 8556 and should arrive soon.", []),
        # a cue names the number after it, not a date in the next sentence (18072025 passes
        # Chile's RUT check and New Zealand's IRD check)
        ("Passport number: K7731045. Doors open on 18/07/2025.", []),
        ("Passport number K7731045 and doors open on 18/07/2025.", []),
        # "Nuit" (night) is Mozambique's NUIT only in capitals: no cue for a weak check
        ("| Mar | Nuit | Les gants: 4006381333931 |", []),
    ],
)
def test_stdnum_spans(text: str, spans: list[tuple[int, int]]) -> None:
    assert _spans(text) == spans


def test_gives_way_to_reference_cue() -> None:
    text = "Ref F-481920-K"
    hits = find_stdnum_ids(
        text,
        runs=digit_runs(text),
        mixed=letter_digit_contacts(text),
        gives_way=lambda t, start: True,
    )
    assert hits == []


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Escriviu a anna@botiga.ad si cal.", {"AD"}),
        ("Tel +356 2122 4455; see www.pastizzi-lab.mt/menu", {"MT"}),
        ("IBAN LU28 0019 4006 4475 0000 today", {"LU"}),
        # generic uses of country domains name no country; plain words none
        ("See app.example.io and news.co for more.", set()),
        ("Nothing here but words.", set()),
    ],
)
def test_post_regions(text: str, regions: set[str]) -> None:
    assert post_regions(text) == regions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a six-digit Andorran number, the post's e-mail under .ad
        (
            "Per a la recollida, marqueu el 794 502. Escriviu a anna@botiga.ad si cal.",
            "Per a la recollida, marqueu el [PHONE]. Escriviu a [EMAIL] si cal.",
        ),
        # a Maltese mobile in a post whose other number carries +356
        (
            "Office +356 2122 4455, or ask Lino, 7941 3478 after six.",
            "Office [PHONE], or ask Lino, [PHONE] after six.",
        ),
    ],
)
def test_national_number_of_post_region(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # no country named: six digits with no phone word stay
        "Per a la recollida, marqueu el 794 502. Escriviu a anna@botiga.com si cal.",
        # a count before its noun stays, country or none
        "Total 794 502 visitors came last year. Visit museu.ad for more.",
        # a decimal is no phone of a plan without trunk prefix (.it: Italy's numbers)
        "Voce doganale HS 0712.40 sulla bolla; 794 502 colli. Info: www.orto-verde.it",
        # groups of a longer run are no number of their own (an order's, in a .lu post)
        "Das Lager hat 2716 4083 5529 6104 heute gebucht. Mail: info@acier-sud.lu",
    ],
)
def test_national_number_without_region_kept(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text).text
    assert ("794 502" in out) or ("2716 4083 5529 6104" in out)
    assert "0712.40" in out or "0712.40" not in text


def test_national_number_needs_the_region() -> None:
    """The same Maltese mobile with no sign of Malta in the post stays."""
    text = "Ask Lino, 7941 3478 after six."
    assert Redactor.from_members([]).redact(text).text == text
