"""Review rev22 (default path, name_tagger=True), group A, values: #4 passport MRZ lines, #5
passport and licence numbers after DE/FR/IT cues, #6 health-insurance numbers (KVNR, CNS, a
NIR after "carte Vitale"/"sécu"), #12 a phone split by a line break, #14 a card's security code
and expiry, #18 phone extensions, #23 prices and lottery draws that are no phones. Each probe of
the review and variants of it are redacted exactly; the look-alikes beside each rule are kept.
Made-up values only; MRZ, KVNR and CNS values carry valid check digits where stated.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.checksums_health import cns_ok, kvnr_ok
from trainer.redact.ids_mrz import check_digit_ok

_R = Redactor.from_members(
    [
        "Maren Oyelaran",
        "Kwame Boateng",
        "Jan Kowalski",
        "Nguyen Thi Lan",
        "Sofia Marchetti",
        "Ahmed Benali",
        "Elif Yildirim",
        "Pieter de Vries",
    ],
    name_tagger=True,
)

_ICAO_TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
)
_ICAO_TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)
_ICAO_TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"

REDACTED = [
    # 4: MRZ lines, the whole zone
    (
        "MRZ: P<D<<BRANDT<<LUKAS<<<<<<<<<<<<<<<<<<<<<<<<<\n"
        "C01X00T478D<<9002112M3003150<<<<<<<<<<<<<<<6",
        "MRZ: [ID]",
    ),
    (f"Scan:\n{_ICAO_TD3}\nthanks", "Scan:\n[ID]\nthanks"),
    (f"Ausweis-MRZ:\n{_ICAO_TD1}", "Ausweis-MRZ:\n[ID]"),
    (f"visa: {_ICAO_TD2}", "visa: [ID]"),
    ("line 2 only: L898902C36UTO7408122F1204159ZE184226B<<<<<10 ok?", "line 2 only: [ID] ok?"),
    ("C01X00T478D<<9002112M3003150<<<<<<<<<<<<<<<6", "[ID]"),
    # 5: passports and driving licences after their own cue
    (
        "Driver's license D1234567 (CA), Führerschein B072RRE2I55",
        "Driver's license [ID] (CA), Führerschein [ID]",
    ),
    (
        "Mein Führerschein: B072RRE2I55, Personalausweis L01X00T47",
        "Mein Führerschein: [ID], Personalausweis [ID]",
    ),
    (
        "Numéro de passeport : 12AB34567, permis n° 123456789012",
        "Numéro de passeport : [ID], permis n° [ID]",
    ),
    (
        "Passport: 533380006 (US), Reisepass C01X00T47, passeport 12AB34567",
        "Passport: [ID] (US), Reisepass [ID], passeport [ID]",
    ),
    ("Passaporto YA1234567, patente U1A12345B", "Passaporto [ID], patente [ID]"),
    (
        "Führerscheinnummer: J010000SD51, bitte nicht weitergeben",
        "Führerscheinnummer: [ID], bitte nicht weitergeben",
    ),
    ("Mon passeport 09AA12345 expire en mars.", "Mon passeport [ID] expire en mars."),
    ("permis de conduire 120575300123 perdu", "permis de conduire [ID] perdu"),
    (
        "Il mio numero di passaporto YB7654321, la patente di guida MI1234567X.",
        "Il mio numero di passaporto [ID], la patente di guida [ID].",
    ),
    ("rijbewijsnummer 5123456789 graag", "rijbewijsnummer [ID] graag"),
    ("CNH 01234567890 vencida", "CNH [ID] vencida"),
    # 6: health-insurance numbers after their names, and by their check beside an insurer
    (
        "Meine Krankenversichertennummer ist A123456780.",
        "Meine Krankenversichertennummer ist [ID].",
    ),
    ("Versichertennummer A123456780 (TK)", "Versichertennummer [ID] (TK)"),
    ("Cartão SUS: 898 0010 0123 4563", "Cartão SUS: [ID]"),
    ("numero do cartão do SUS 898001001234563", "numero do cartão do SUS [ID]"),
    ("Carte Vitale 1 85 05 78 006 084 36", "Carte Vitale [ID]"),
    ("Mon numéro de sécu 185057800608436", "Mon numéro de sécu [ID]"),
    ("NIR : 1 85 05 78 006 084 36", "NIR : [ID]"),
    ("carte vitale : 2 69 05 49 588 157 80", "carte vitale : [ID]"),
    ("mon n° de sécu 2690549588157 12", "mon n° de sécu [ID]"),
    # the value after a cue stops before the next word, whose initial is no check letter
    (
        "N° de sécu : 2 76 09 31 376 921 63 Bérénice de Villepin s'est éteint.",
        "N° de sécu : [ID] [NAME] s'est éteint.",
    ),
    (
        "N° de sécu : 1 65 02 13 250 857 20 L'épicerie a déménagé.",
        "N° de sécu : [ID] L'épicerie a déménagé.",
    ),
    ("N° de sécu : C 5808 7531 49 Référence du reçu", "N° de sécu : [ID] Référence du reçu"),
    ("DNI 12345678 Z por favor", "DNI [ID] por favor"),
    # ... and a count after a 13-digit id is no NIR key
    ("JMBG: 2211975716048 38% svake donacije", "JMBG: [ID] 38% svake donacije"),
    # the punctuation after a record's number stays
    ("Account: GB72YCUS38697562541316, let me know.", "Account: [IBAN], let me know."),
    ("Krankenkasse: TK, Nr. B987654320", "Krankenkasse: TK, Nr. [ID]"),
    ("eGK M456123782", "eGK [ID]"),
    ("Techniker Krankenkasse X102030400 versichert", "Techniker Krankenkasse [ID] versichert"),
    ("SUS 700 5023 4567 8917", "SUS [ID]"),
    ("meu cartão 209876543210981 do posto", "meu cartão [ID] do posto"),
    # 12: a phone broken by a line break keeps no tail
    ("Handy: 0171 234\n56 78", "Handy: [PHONE]\n[PHONE]"),
    ("Handy: 0171 234\n56 78\nGruß", "Handy: [PHONE]\n[PHONE]\nGruß"),
    ("Tel: 0151 234\n567 89", "Tel: [PHONE]\n[PHONE]"),
    ("Mobile: 07700 900\n123", "Mobile: [PHONE]\n[PHONE]"),
    ("Handy: 0171 2345678\n0160 9988776", "Handy: [PHONE]\n[PHONE]"),
    # ... but a whole phone keeps the next line: a time range, a count
    ("Tel. 040 123456\n10 - 12 Uhr erreichbar", "Tel. [PHONE]\n10 - 12 Uhr erreichbar"),
    ("Tel: 030 1234567\n2 Kinder", "Tel: [PHONE]\n2 Kinder"),
    # 14: a card's security code and expiry
    (
        "IBAN: GB33BUKB20201555555555 and card 4111-1111-1111-1111 exp 12/27 cvv 123",
        "IBAN: [IBAN] and card [CARD] exp [CARD] cvv [CARD]",
    ),
    (
        "CVV 123, expiry 09/27, name on card DANA WHITFIELD",
        "CVV [CARD], expiry [CARD], name on card [NAME]",
    ),
    ("Visa 4111 1111 1111 1111 12/27 123 please charge it", "Visa [CARD] please charge it"),
    (
        "Kreditkarte 5500 0000 0000 0004, gültig bis 03/2028, Kartenprüfnummer: 842",
        "Kreditkarte [CARD], gültig bis [CARD], Kartenprüfnummer: [CARD]",
    ),
    (
        "Carte bancaire, date d'expiration : 11/26, cryptogramme 317",
        "Carte bancaire, date d'expiration : [CARD], cryptogramme [CARD]",
    ),
    (
        "Card ending 1111, expires 04/29, security code is 7731",
        "Card ending 1111, expires [CARD], security code is [CARD]",
    ),
    # 18: extensions after a phone
    (
        "Reach me at +1 (415) 555-0132 x123 or ext. 45. Appelez le 01 42 68 53 00 poste 12.",
        "Reach me at [PHONE]. Appelez le [PHONE].",
    ),
    ("Tél. : +33 1 23 45 67 89 (poste 214)", "Tél. : [PHONE]"),
    ("Tel. 030 1234567 Durchwahl -12, sonst Zentrale.", "Tel. [PHONE], sonst Zentrale."),
    (
        "Chiamate lo 02 1234 5678 interno 3 oppure scrivete.",
        "Chiamate lo [PHONE] oppure scrivete.",
    ),
    (
        "Call 212-555-0142 ext 7 today or 646-555-0199 and ask",
        "Call [PHONE] today or [PHONE] and ask",
    ),
]

KEPT = [
    # 4: "<<" in code, conflict markers, arrows, filler runs that fail every check
    "git conflict:\n<<<<<<< HEAD\nfoo\n=======\nbar\n>>>>>>> branch",
    'std::cout << "HELLO" << std::endl; x <<= 2',
    "Build log: 0000<<<<1111<<<<2222<<<<3333<<<<44 done",
    "Shift ops: AB<<CD<<EF<<GH<<IJ<<KL<<MN<<OP<<QR<<ST done",
    "ASCII arrow <<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<< back",
    # 5: the cue words with no number, or with a count or a date
    "J'ai enfin mon permis ! 3 ans d'attente.",
    "La patente B la prendo nel 2025.",
    "Passeport et visa : 2 semaines de délai.",
    "Il passaporto costa 116 euro.",
    "Reisepass beantragt am 12.03.2025, Gebühr 70 Euro",
    # 6
    "Die Versichertennummer steht auf der Karte.",
    "la sécu rembourse 70 %",
    "Carte Vitale perdue, que faire ?",
    "Le CNS a publié 12 000 avis en 2024",
    "Krankenkasse: TK, Nr. A123456781",  # check digit wrong, no cue of its own
    "Bestellung A123456780 bei Amazon",  # a valid check, no health word
    # 14: expiry labels away from any card, a security-code label with no code
    "Milk exp 12/27 in the fridge, passport expiry 09/27.",
    "The CVV field is required for 2024 orders; CVV is 3 digits.",
    # 18: an extension with no phone before it
    "Call reception and ask for ext. 45 please.",
    # 23: prices grouped by spaces, lottery draws
    "Bitcoin hit 67 432.18 USD; ETH 3 512.77",
    "Lotto numbers 04 11 23 35 42 49 Superzahl 7",
    "Die Lottozahlen vom Samstag: 3, 12, 19, 27, 33, 48",
    # ("EuroMillions draw: 07 19 23 41 50" is a French mobile as printed: redacted since
    # session 46, keep_veto; tests/redact/test_dev46_P2.py)
    "Total 1 234 567,89 EUR, Umsatz 12 345.50",
]

STILL_PHONES = [
    ("Lotto hotline 0180 5 123456", "Lotto hotline [PHONE]"),
    ("Lotto: call me on 06 12 34 56 78", "Lotto: call me on [PHONE]"),
    ("Appelez le 06 12 34 56 78 pour le loto", "Appelez le [PHONE] pour le loto"),
    ("Mein Handy: 0171 234 56.78", "Mein Handy: [PHONE]"),
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + STILL_PHONES)
def test_redacted_exactly(text: str, expected: str) -> None:
    assert _R.redact(text).text == expected


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_kept(text: str) -> None:
    assert _R.redact(text).text == text


def test_redact_batch_agrees() -> None:
    texts = [t for t, _ in REDACTED] + KEPT
    assert _R.redact_batch(texts)[0] == [_R.redact(t).text for t in texts]


def test_check_digits() -> None:
    assert check_digit_ok("L898902C3", "6") and not check_digit_ok("L898902C3", "7")
    assert check_digit_ok("740812", "2") and check_digit_ok("120415", "9")
    assert not check_digit_ok("<<<<<<<<<", "0")  # an empty field has no check
    assert kvnr_ok("A123456780") and not kvnr_ok("A123456781") and not kvnr_ok("a123456780")
    assert cns_ok("898001001234563") and not cns_ok("898001001234564")
    assert not cns_ok("398001001234563")  # no CNS opens with 3
