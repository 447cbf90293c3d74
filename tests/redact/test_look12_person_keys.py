"""Sender, recipient and author keys of every language behave like "Sender:" (record path).

"Paul Smith" is a listed eponymous company and a person's name: after a person key it is a
person, in every language; a firm written as one stays a firm.
"""

import pytest

from trainer.redact.record_keys import generic_person_key, key_kind
from trainer.redact.record_mail import MAIL_KEYS
from trainer.redact.record_person_keys import MAIL_HEADER_KEYS, PERSON_KEYS

KEYS = [
    "Sender", "Nadawca", "Odbiorca", "Pengirim", "Penerima", "Avsändare", "Mottagare",
    "Afsender", "Avsender", "Gönderen", "Alıcı", "Odesílatel", "Příjemce", "Expeditor",
    "Pošiljatelj", "Prejemnik", "Lähettäjä", "Feladó", "Címzett", "Author", "Autor", "Szerző",
]  # fmt: skip


def test_every_key_of_the_table_is_a_name_key():
    assert all(key_kind(key) == "NAME" for key in PERSON_KEYS)
    assert MAIL_HEADER_KEYS <= MAIL_KEYS
    assert {"sender", "lahettaja", "felado"} <= MAIL_HEADER_KEYS
    assert "nadawca" not in MAIL_KEYS  # no mail client's header label
    assert generic_person_key("Author") and not generic_person_key("Nadawca")


@pytest.mark.parametrize("key", KEYS)
def test_a_person_named_like_a_company_after_a_person_key(redactor, key):
    assert redactor.redact(f"{key}: Paul Smith").text == f"{key}: [NAME]"


@pytest.mark.parametrize("key", ["Nadawca", "Pengirim", "Avsändare", "Feladó"])
def test_a_firm_written_as_one_stays(redactor, key):
    assert redactor.redact(f"{key}: Acme Logistics GmbH").text == f"{key}: Acme Logistics GmbH"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("author: platform-team", "author: platform-team"),  # a team slug in metadata
        ("Autor: Paul Smith", "Autor: [NAME]"),
        # inside a mail header a flagged key is a mailbox: the firm stays, its address goes
        (
            "Subject: hello\nFeladó: Acme Support <help@acme.example>",
            "Subject: hello\nFeladó: Acme Support <[EMAIL]>",
        ),
        (
            "Subject: hello\nLähettäjä: Paul Smith <paul@mail.example>",
            "Subject: hello\nLähettäjä: [NAME] <[EMAIL]>",
        ),
    ],
)
def test_author_and_mail_header_keys(redactor, text, expected):
    assert redactor.redact(text).text == expected
