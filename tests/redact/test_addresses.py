"""Street-address rules added for the held-out (Faker) set: each with look-alikes that stay."""

from __future__ import annotations

import pytest

ADDRESSES = [
    "60 Stewart Pass",
    "88 Sophie Crossing",
    "Flat 5, Smith mews",
    "9 Kingsway Parade",
    "PSC 8326, Box 4395, APO AE 27830",
    "USNS Polk, FPO AP 96607",
    "USCGC Parker, FPO AA 58669",
    "5 Doyle Bridge, Stewartborough, L58 7NX",
    "492 Wanda Mall, Stewartfort, WY 38923",
    "64179 Williams Rue",
    "Unit 1234 Box 5678, DPO AE 12345",
    "H.No. 26, Bhavsar, Erode-165819",
    "08/10, Sachdev, Howrah 351419",
    "C. Julio Pérez 692, Ávila, 32125",
    "Pasadizo de Luís Reig 214",
    "Glorieta Ainoa Pinilla 62",
    "44, avenue de Hamel",
    "rue Astrid Blot",
    "Rua Siqueira",
    "Parque Oliveira, 10",
    "Travessa Enrico das Neves, 74",
    "Vincentstraat 10, 5055CC, Afferden L",
    "Viela Vitor Nunes, 21, Santa Efigênia, 06213381 Alves / AL",
    "Esplanada Olívia Lima, 5, São Luiz, 98193-573 Santos dos Dourados / AP",
]
KEPT = [
    "Vila Madalena 5 stars",
    "Parque Ibirapuera 2 days ago",
    "Lago Vista, 2024",
    "Campo 2024 was great",
    "Vitamin C. Daily Dose 500 mg",
    "C. Elegans 302 strain",
    "another avenue for growth",
    "Via LinkedIn today",
    "Unit 3 Box 2",
    "Revenue 2024, Germany, India 123456 users",
    "3 Simple Ways",
    "10 Lessons",
    "2024 Apple Park",
    "12 Rules for Life",
    "Route 66 Diner",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_address_redacted_whole(redactor, address):
    text = f"Send it to {address} please."
    assert redactor.redact(text).text == "Send it to [ADDRESS] please."


@pytest.mark.parametrize("phrase", KEPT)
def test_address_lookalike_kept(redactor, phrase):
    text = f"Update: {phrase}."
    assert redactor.redact(text).text == text
