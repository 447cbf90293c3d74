"""Ids, phones and accounts of the thirty-eighth and thirty-ninth development sets (task E), by
general mechanisms: each rule pinned both ways with made-up values, and each class once more
in the shape of a country that no development set holds (named in the comment)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

_R = Redactor.from_members([], name_tagger=False)


def _redact(text: str) -> str:
    return _R.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phone word a few words of its clause before the number (``phone_reach``)
        (
            "Zavolejte mi na 241.507.836, kdyby kurýr nenašel vchod.",
            "Zavolejte mi na [PHONE], kdyby kurýr nenašel vchod.",
        ),
        (
            "De bezorger kan een sms sturen naar 462.713.",
            "De bezorger kan een sms sturen naar [PHONE].",
        ),
        ("Het best bereikbaar op 471-385.", "Het best bereikbaar op [PHONE]."),
        (
            "O telemóvel dele para a chamada: 953.17.40.",
            "O telemóvel dele para a chamada: [PHONE].",
        ),
        ("O candidato atende no 981.62.07.", "O candidato atende no [PHONE]."),
        (
            "His mobile for the start-date call is 627.3918.",
            "His mobile for the start-date call is [PHONE].",
        ),
        (
            "Mijn nummer voor het bezorgmoment: 538.204.",
            "Mijn nummer voor het bezorgmoment: [PHONE].",
        ),
        # ... or a phone noun right after it
        (
            "The referee left 694.2817 as the best number.",
            "The referee left [PHONE] as the best number.",
        ),
        # São Tomé and Príncipe (no development set): seven digits, 3-2-2, a calling verb
        # and four words before the number
        ("Liga à senhora da receção pelo 991.23.45.", "Liga à senhora da receção pelo [PHONE]."),
        # Aruba (no development set): seven digits written 3.4 after "bereikbaar"
        ("Ik ben 's avonds bereikbaar op 593.1274.", "Ik ben 's avonds bereikbaar op [PHONE]."),
        # a 3-2-2 grouping is no date (no date opens with three digits), with no cue too
        ("A pessoa de referência deixou o 918.63.14.", "A pessoa de referência deixou o [PHONE]."),
        # kept: a calling word with a reference word between, a year range, a tariff code, a
        # date, a version, a model number after a device word
        ("Call me about order 12345678 tomorrow.", "Call me about order 12345678 tomorrow."),
        ("Contact us for the 2024-2025 season.", "Contact us for the 2024-2025 season."),
        ("Tariff 0901.38.84 applies.", "Tariff 0901.38.84 applies."),
        ("On 12.03.24 we met.", "On 12.03.24 we met."),
        ("Phone model 1234567 is great.", "Phone model 1234567 is great."),
    ],
)
def test_phones_reached_across_a_clause(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the id word hyphenated to "number"/"card" (nl/de), spaced or not
        ("ID-nummer: KB402917", "ID-nummer: [ID]"),
        (
            "Bij het afhalen is mijn ID-nummer KL508236 genoteerd.",
            "Bij het afhalen is mijn ID-nummer [ID] genoteerd.",
        ),
        ("Meine ID-Nummer lautet T22000129.", "Meine ID-Nummer lautet [ID]."),
        # taxpayer numbers by the scheme's name, social and health insurance schemes
        (
            "The credit check asked for my TPIN, 73018264.",
            "The credit check asked for my TPIN, [ID].",
        ),
        (
            "The courier wanted my NHS number 9434765919 before release.",
            "The courier wanted my NHS number [ID] before release.",
        ),
        # "identification number" and the voter's card in French
        ("Numéro d'identification: B7351082K", "Numéro d'identification: [ID]"),
        (
            "J'ai donné mon numéro de carte d'électeur 52718093461.",
            "J'ai donné mon numéro de carte d'électeur [ID].",
        ),
        # Burkina Faso (no development set): the taxpayer's number in French
        (
            "Mon numéro de contribuable est 00048213T.",
            "Mon numéro de contribuable est [ID].",
        ),
        # Sierra Leone (no development set): the voter's card in English
        ("Her voter card reads 73920184.", "Her voter card reads [ID]."),
        # a cue, a few words of its phrase and "is"/"to", then a code of letters and digits
        (
            "My national ID number for the finance form is 7KPWDX3M.",
            "My national ID number for the finance form is [ID].",
        ),
        (
            "Please update the ID on the payroll record to 104829366113.",
            "Please update the ID on the payroll record to [ID].",
        ),
        # kept: a thing's id ("Order ID-nummer" is the order's; the run is read as a phone
        # there, as before), a meeting's
        ("Order ID-nummer AB123456 is verzonden.", "Order ID-nummer AB123456 is verzonden."),
        ("The national ID office opens at 9:30.", "The national ID office opens at 9:30."),
        ("Please update the ID on the wiki to v2.", "Please update the ID on the wiki to v2."),
    ],
)
def test_id_cues_of_many_languages(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a refund, payout or transfer goes, and a bank-details field, in en/nl/fr
        ("Please send the refund to 2001743396127.", "Please send the refund to [IBAN]."),
        (
            "My bank details for the refund are 1003847720154.",
            "My bank details for the refund are [IBAN].",
        ),
        ("Bankgegevens: 38104477", "Bankgegevens: [IBAN]"),
        ("Graag het bedrag terugstorten op 62918305.", "Graag het bedrag terugstorten op [IBAN]."),
        (
            "Terugbetaling per overboeking naar 1057362218 graag.",
            "Terugbetaling per overboeking naar [IBAN] graag.",
        ),
        (
            "Coordonnées bancaires pour le versement : 00011-48203-59174628301-72.",
            "Coordonnées bancaires pour le versement : [IBAN].",
        ),
        # Chad (no development set): a CEMAC account written in its four hyphen groups
        (
            "Merci de faire le virement sur 40001-00010-12345678901-55.",
            "Merci de faire le virement sur [IBAN].",
        ),
        # a card's number after "refund to" stays a card, a Maestro's twelve digits too
        ("Refund to 507193462813 asap.", "Refund to [CARD] asap."),
        # kept: a refund's amount, an order after "refund to"
        (
            "The refund to 3 customers was 1250000 EUR.",
            "The refund to 3 customers was 1250000 EUR.",
        ),
        ("Refund to order 12345678 is pending.", "Refund to order 12345678 is pending."),
    ],
)
def test_account_destinations(text: str, expected: str) -> None:
    assert _redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare run of 7-13 digits that nothing names (``ids_bare_runs``)
        ("For the file: 3081726", "For the file: [ID]"),
        ("Zoals gevraagd, 58203917. Tot snel.", "Zoals gevraagd, [ID]. Tot snel."),
        ("46102938 is what I have on the card.", "[ID] is what I have on the card."),
        ("Corregí un error:\n6183720\nGracias.", "Corregí un error:\n[ID]\nGracias."),
        (
            "The best number is below. As requested, 4918273.",
            "The best number is below. As requested, [ID].",
        ),
        # codes of capitals and digits handed over the same way
        ("RT7KQ2XW is what I have on the card.", "[ID] is what I have on the card."),
        ("Ik neem het over: KB730215.", "Ik neem het over: [ID]."),
        # Papua New Guinea (no development set): a superannuation member number handed over bare
        ("Copied from her NASFUND slip: 1029384", "Copied from her NASFUND slip: [ID]"),
        # kept: a thing's number after its name or a number noun, a reference, an amount, a
        # count, a date written solid, a barcode by its check
        ("This is about Ticket 24060301.", "This is about Ticket 24060301."),
        ("Týká se: Případ 89481148.", "Týká se: Případ 89481148."),
        ("La référence est Réf. 8504647.", "La référence est Réf. 8504647."),
        ("Het artikelnummer is 7628098.", "Het artikelnummer is 7628098."),
        ("Order 12345678 is late.", "Order 12345678 is late."),
        ("It cost € 1500000 in the sale.", "It cost € 1500000 in the sale."),
        ("We sold 2500000 units.", "We sold 2500000 units."),
        ("Besteld op 20240315.", "Besteld op 20240315."),
        ("The box reads 4006381333931.", "The box reads 4006381333931."),
        # kept: a number or code after a verb in running text, a form field's own label, a
        # bank's BIC, an amount glued to its currency, one digit repeated
        ("We had 1234567 or more visitors.", "We had 1234567 or more visitors."),
        ("Message 12345678 was sent.", "Message 12345678 was sent."),
        ("I bought the WH1000XM4 yesterday.", "I bought the WH1000XM4 yesterday."),
        ("Requisition: JR546095", "Requisition: JR546095"),
        ("Vedi BAPPIT22 per i dettagli.", "Vedi BAPPIT22 per i dettagli."),
        ("Maaş: 2400029000TL", "Maaş: 2400029000TL"),
        ("Order 12345678+12; 22222222+22.", "Order 12345678+12; 22222222+22."),
        ("Lote D02X285 retirado.", "Lote D02X285 retirado."),
        ("Charge Ch.-B. T65A160 wurde verwendet.", "Charge Ch.-B. T65A160 wurde verwendet."),
    ],
)
def test_bare_runs_fail_closed(text: str, expected: str) -> None:
    assert _redact(text) == expected
