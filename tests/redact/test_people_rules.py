"""Non-member name rules: cue + census surname, all-caps names, and company forms kept."""

from __future__ import annotations

import pytest

NAMED = [
    ("Today I met Hendrik Castro.", "Today I met [NAME]."),
    ("Congrats to Aurore Jackson on the launch", "Congrats to [NAME] on the launch"),
    ("thanks MARIA LOPEZ!", "thanks [NAME]!"),
    ("JOHN SMITH was here", "[NAME] was here"),
    ("Met Maria Lopez Garcia today", "Met [NAME] today"),
    ("Thanks Maria Lopez, Acme Inc", "Thanks [NAME], Acme Inc"),
]
KEPT = [
    "Excited to meet Apple Park visitors",
    "thanks Google Cloud",
    "congrats to Acme Robotics",
    "Welcome to New York",
    "Hi Team Lead",
    "BIG NEWS TODAY",
    "shares of Morgan Stanley",
    "Vincent Germain et Fils raised £758",
    "Normand Rocher SARL raised €5M",
    "Santos Jesus e Filhos",
    "Jesus Souza - EI",
    "Elba Larrañaga Jurado S.A. is hiring",
    "Ugarte & Asociados S.Com. grew",
    "María Belén Cisneros Pozuelo S.Coop. is hiring",
    "Marty Hervé S.A.R.L. raised £39M",
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_name_redacted(redactor, text, expected):
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize("text", KEPT)
def test_company_or_place_kept(redactor, text):
    assert redactor.redact(text).text == text
