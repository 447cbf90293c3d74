"""Negative tests for the reference keep-rules (review r5 items 1, 6, 20): a phone, card or id
after a record word used as a verb or in a sentence, after a person-linked reference word, or
after a document word, stays redacted (fail closed). Made-up numbers; the phone numbers are
valid in their country's plan, the ids pass their check."""

import pytest

from trainer.redact.engine import Redactor
from trainer.redact.references import record_number

_R = Redactor.from_members([], name_tagger=False)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # record words as verbs, after determiners, in questions (en)
        ("I want to report 07700900123 to the police", "[PHONE]"),
        ("Please return 0612345678 asap", "[PHONE]"),
        ("Any issue? 01512345678", "[PHONE]"),
        ("Open a claim 4915112345678", "[CARD]"),
        ("We will appeal 07700900123", "[PHONE]"),
        ("my complaint 07700900123 was ignored", "[PHONE]"),
        # a record title in header position before a valid phone or a checked id
        ("Incident 123456782", "[ID]"),  # BSN 11-proef
        ("Escalation 07700900123", "[PHONE]"),
        ("RMA 07700900123", "[PHONE]"),
        ("Complaint 0612345678", "[PHONE]"),
        ("Subject: Warranty claim 07700900123", "[PHONE]"),
        ("Expediente X1234567L", "[ID]"),  # NIE mod-23 letter
        # de
        ("Kundenreferenz 0151-23456789", "[PHONE]"),
        ("Vertragsnummer 01512345678", "[PHONE]"),
        ("Verwendungszweck 0301234567", "[PHONE]"),
        ("Buchungsnummer 0301234567 bestätigt", "[PHONE]"),
        ("Ich möchte eine Beschwerde 01512345678 einreichen", "[PHONE]"),
        ("Antrag 01701234567", "[PHONE]"),
        ("Widerspruch: 86095742719", "[ID]"),  # Steuer-ID check digit
        # fr
        ("Demande d'aide 0612345678", "[PHONE]"),
        ("Je vais faire une réclamation 0612345678", "[PHONE]"),
        ("Numéro de réservation 0612345678", "[PHONE]"),
        ("Contrat 0612345678", "[PHONE]"),
        ("Dossier 0145678912", "[PHONE]"),
        # es
        ("expediente 612345678", "[PHONE]"),
        ("Quiero poner una queja 612345678", "[PHONE]"),
        ("Código de reserva 612345678", "[PHONE]"),
        ("Solicitud: 612345678", "[PHONE]"),
        ("Cupón 612345678 caducado", "[PHONE]"),
        # it
        ("sinistro 3331234567", "[PHONE]"),
        ("Vorrei fare un reclamo 3471234567", "[PHONE]"),
        ("Numero di prenotazione 3471234567", "[PHONE]"),
        ("Richiesta n. 3471234567", "[PHONE]"),
        ("Rif. 0612345678 del 3 marzo", "[PHONE]"),
        # nl
        ("Ik wil een klacht 0612345678 indienen", "[PHONE]"),
        ("Betalingskenmerk 0612345678", "[PHONE]"),
        ("Reserveringsnummer 0201234567", "[PHONE]"),
        ("Melding 0612345678", "[PHONE]"),
        ("Bezwaar: 111222333", "[ID]"),  # BSN
        # pt
        ("chamado 11987654321", "[ID]"),  # also a valid CPF
        ("chamado 21998765432", "[PHONE]"),
        ("Quero abrir um chamado 21998765432", "[PHONE]"),
        ("Protocolo 21998765432", "[PHONE]"),
        ("Cupom 21998765432 expirado", "[PHONE]"),
        # person-linked references and document words before a valid phone
        ("PNR 0612345678", "[PHONE]"),
        ("quote 07700900123", "[PHONE]"),
        ("coupon 0612345678", "[PHONE]"),
        ("Voucher 0612345678 expired", "[PHONE]"),
        ("Gutschein 01701234567 eingelöst", "[PHONE]"),
        ("Contract 07700900123 renewed", "[PHONE]"),
        ("Reservation number 2125550123 confirmed", "[PHONE]"),
        ("Transaktionsnummer: 01701234567", "[PHONE]"),
        ("Ricevuta 3471234567 allegata", "[PHONE]"),
    ],
)
def test_stays_redacted(text: str, label: str) -> None:
    out = _R.redact(text).text
    assert label in out, out


@pytest.mark.parametrize(
    "text",
    [
        "I want to report 2024-6617302 to the police",  # a verb, even before a reference layout
        "Please send the complaint 2024-6617302",
        "Wir haben einen Antrag 2024-6617302 gestellt",
        "Voglio fare una richiesta 2024-6617302",
    ],
)
def test_a_record_word_in_a_sentence_is_no_title(text: str) -> None:
    assert not record_number(text, text.index("2024"))


def test_a_greeting_before_a_title_needs_the_number_mark() -> None:
    assert record_number("Hallo, Antrag Nr. 2024-6617302", len("Hallo, Antrag Nr. "))
    assert not record_number("Hallo, Antrag 2024-6617302", len("Hallo, Antrag "))
