"""Round 5: a support record's number after the record's title is a reference, not a phone or
an id (made-up titles and numbers, several locales and written forms).

Decision (issue #10, fail closed for real PII): a reference word or a record title directly
before a number is what the writer says the number is, so a bare digit run there is kept even
when its digits also form a valid phone number ("Refund request 0612345678" is a ticket). The
phone wins when a phone or call word is in the title or just before ("Callback request",
"Terugbelverzoek", "Demande de rappel", "call me on"), when the number is written in a phone
layout after a record title (groups: "0612 345 678"), or internationally ("+33 ..."). A checksummed
type wins over a reference word where its check is strong: an IBAN (mod 97), a card with its
card word, an id after its own cue ("BSN in het dossier: ...").
"""

import pytest

from trainer.redact.engine import Redactor
from trainer.redact.national_ids import find_national_ids, record_number
from trainer.redact.numbers import find_cards

_R = Redactor.from_members([])


def _kept(text: str, value: str) -> bool:
    return value in _R.redact(text).text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # head noun last (en, de, nl; compounds too)
        ("Return request 0612345678\nParcel arrived damaged.", "0612345678"),
        ("WARRANTY CLAIM 4407718823 – screen cracked", "4407718823"),
        ("Billing enquiry #0187745521: double charge", "0187745521"),
        ("Ticket update 3471234567 (priority raised)", "3471234567"),
        ("Order-Update 01701234567", "01701234567"),
        ("Garantieanfrage 0301234567\nDas Gerät startet nicht.", "0301234567"),
        ("Schadensmeldung Nr. 0891234567", "0891234567"),
        ("Rücksendeantrag: 06912345678", "06912345678"),
        ("Retourverzoek 0201234567 – verkeerde maat", "0201234567"),
        ("Servicemelding 0612345678", "0612345678"),
        # head noun first (fr, es, it, pt), with "de/di/d'" and what it is about
        ("Demande de retour 0612345678 : colis abîmé", "0612345678"),
        ("Réclamation n° 0187654321", "0187654321"),
        ("Solicitud de devolución 612345678\nEl paquete llegó roto.", "612345678"),
        ("Expediente 0034912345 abierto", "0034912345"),
        ("Richiesta di reso 3471234567 – taglia sbagliata", "3471234567"),
        ("Pratica n. 0612345678 chiusa", "0612345678"),
        ("Segnalazione anomalia 0212345678", "0212345678"),
        ("Chamado de manutenção 11987654321 aberto", "11987654321"),
        ("Protocolo 2198765432 registrado", "2198765432"),
        # letter-led record numbers that an id shape would take (T + 9 digits passes the
        # Personalausweis check digit)
        ("Refund request T220001293\nApproved.", "T220001293"),
        ("Reklamation T220001282 – bitte prüfen", "T220001282"),
    ],
)
def test_record_number_after_its_title_is_kept(text: str, value: str) -> None:
    assert _kept(text, value), _R.redact(text).text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Callback request 0612345678", "0612345678"),
        ("Rückrufanfrage 01701234567", "01701234567"),
        ("Terugbelverzoek 0612345678", "0612345678"),
        ("Demande de rappel 0612345678", "0612345678"),
        ("Refund request, call me on 0612345678", "0612345678"),
        ("Klacht 06 12345678", "06 12345678"),  # a phone layout, not one token
        ("Réclamation 06 12 34 56 78", "06 12 34 56 78"),
        ("Support request +33 6 12 34 56 78", "+33 6 12 34 56 78"),
    ],
)
def test_a_phone_word_or_layout_keeps_the_phone(text: str, value: str) -> None:
    assert not _kept(text, value), _R.redact(text).text


def test_an_id_after_its_own_cue_wins_over_a_record_word() -> None:
    text = "Supportverzoek\nBSN in het dossier: 111222333"
    assert "[ID]" in _R.redact(text).text
    text = "Claim update: my Steuer-ID zur Anfrage 86095742719"
    assert "[ID]" in _R.redact(text).text


def test_an_iban_after_a_record_title_stays_an_iban() -> None:
    assert "[IBAN]" in _R.redact("Refund request DE89 3704 0044 0532 0130 00").text


def test_a_card_with_its_card_word_after_a_record_title_stays_a_card() -> None:
    assert "[CARD]" in _R.redact("Refund request: card 4111 1111 1111 1111").text


def test_short_or_spaced_numbers_are_no_record_numbers() -> None:
    assert not record_number("Refund request 12345", len("Refund request "))
    assert not record_number("Refund request 0612 345678", len("Refund request "))
    assert record_number("Refund request 0612345678", len("Refund request "))


def test_marketplace_order_numbers_stay_after_an_order_word() -> None:
    for text in ("Order 171-4518377-6029921 shipped", "Bestellung 305-1234567-7654321"):
        assert _R.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # a GS1-valid 13-digit barcode after its own name, even with a card word in the post
        "Paid with my Visa. EAN 4006381333924 on the box.",
        "Pagado con tarjeta. Código EAN 3045678901119",
        # no network issues 13-digit numbers outside Visa (4) and Maestro (50, 56-69)
        "charged on card 3012345678900",
    ],
)
def test_thirteen_digit_barcodes_are_not_cards(text: str) -> None:
    assert not find_cards(text)


def test_thirteen_digit_visa_with_a_card_word_is_a_card() -> None:
    assert find_cards("paid with card 4222222222222 ok")


def test_record_titles_do_not_hide_national_ids_with_their_cue() -> None:
    text = "Incident report – DNI 12345678Z"
    assert any(t == "NATIONAL_ID" for t, _, _ in find_national_ids(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # transactions, contracts, quotes, delivery notes, receipts, file references, payment
        # slips: a document's number after its name, in each language (made-up numbers)
        ("Transaction 0612345678 failed twice", "0612345678"),
        ("Transaktionsnummer: 01701234567", "01701234567"),
        ("Numéro de transaction 0612345678", "0612345678"),
        ("ID transazione 3471234567 non valido", "3471234567"),
        ("Vertrags-Nr. 0301234567 gekündigt", "0301234567"),
        ("Contrato 612345678 firmado", "612345678"),
        ("Angebot 0891234567 anbei", "0891234567"),
        ("Devis n° 0612345678 accepté", "0612345678"),
        ("Preventivo 0212345678 approvato", "0212345678"),
        ("Offerte 0201234567 verstuurd", "0201234567"),
        ("Orçamento 11987654321 aprovado", "11987654321"),
        ("Lieferschein 0621774512 fehlt", "0621774512"),
        ("Recibo 612345678 pendiente", "612345678"),
        ("Ricevuta 3471234567 allegata", "3471234567"),
        ("Reçu n° 0612345678", "0612345678"),
        ("Aktenzeichen 0301234567", "0301234567"),
        ("Ons kenmerk 0612345678", "0612345678"),
        ("Prot. n. 0612345678 del 3 marzo", "0612345678"),
        ("Boleto 2198765432 vencido", "2198765432"),
        ("Verwendungszweck 0301234567", "0301234567"),
    ],
)
def test_business_document_numbers_are_kept(text: str, value: str) -> None:
    assert _kept(text, value), _R.redact(text).text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Transaction failed, call 0612345678", "0612345678"),
        ("Quote me on 0612345678", "0612345678"),
        ("Angebot? Ruf mich an: 01701234567", "01701234567"),
        ("protein shakes, Tel. 0612345678", "0612345678"),
    ],
)
def test_document_words_do_not_hide_cued_phones(text: str, value: str) -> None:
    assert not _kept(text, value), _R.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Pedido 123.456.789-09 enviado",  # a CPF with its separators (two check digits)
        "Order 1 85 05 78 006 084 91 ok",  # a NIR (mod 97)
        "Ordine RSSMRA85T10A562S confermato",  # a codice fiscale (16-character layout + letter)
    ],
)
def test_a_strongly_checked_id_wins_over_a_reference_word(text: str) -> None:
    assert "[ID]" in _R.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Fattura n. 12345678Z del 3 marzo",  # DNI letter: 1 reference in 23 passes it
        "Bestellnummer 123456782 kam an",  # BSN 11-proef: 1 in 11
        "Pedido 12345678909 enviado",  # 11 digits written solid: no CPF layout
    ],
)
def test_a_single_check_character_does_not_beat_a_reference_word(text: str) -> None:
    assert _R.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Press contact:\nPriya Sharma, 079052 01054, priya@example.in",  # "-rma" is no title
        "Contact Ana Perma 0612345678",
        "Questions? Mark Brequest 0612345678",
    ],
)
def test_a_name_ending_like_a_record_word_keeps_its_phone(text: str) -> None:
    assert "[PHONE]" in _R.redact(text).text, _R.redact(text).text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("En caso de urgencia 612345678", "612345678"),  # "caso" heads no title here
        ("Richiesta informazioni 3471234567", "3471234567"),  # an information line
        ("Notfallanfrage 01701234567", "01701234567"),
        ("Emergency request 0612345678", "0612345678"),
    ],
)
def test_emergency_and_information_lines_stay_phones(text: str, value: str) -> None:
    assert not _kept(text, value), _R.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        # bookings and reservations by their number, vouchers, serials, timestamps, legal acts
        "Buchungsnummer 0301234567 bestätigt",
        "Reservation number 2125550123 confirmed",
        "Numéro de réservation 0612345678",
        "Código de reserva 612345678",
        "Numero di prenotazione 3471234567",
        "Reserveringsnummer 0201234567",
        "PNR 0612345678",
        "Gutschein 01701234567 eingelöst",
        "Voucher 0612345678 expired",
        "Cupón 612345678 caducado",
        "Seriennummer 0891234567",
        "Número de serie 612345678",
        "timestamp 1699999999 in the logs",
        "Rif. 0612345678 del 3 marzo",
        "Cód. 612345678",
        "Regulation (EU) 2016/679 applies",
        "Regolamento (UE) 2016/679 e Direttiva 2002/58/CE",
        "Verordnung (EU) 2019/1150",
    ],
)
def test_booking_voucher_serial_and_legal_numbers_are_kept(text: str) -> None:
    assert _R.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Reservations: 0612345678",  # a bare "Reservations" may head a phone line
        "Tel. 2016/679",  # a phone word wins over the year-and-number layout
        "Kundennummer 0612345678",  # customer, member, policy and account numbers identify
        "Policy number 0612345678",  # a person: they stay redacted (fail closed)
        "Konto 0612345678",
    ],
)
def test_person_linked_numbers_and_cued_phones_stay_redacted(text: str) -> None:
    assert _R.redact(text).text != text
