"""Sender, recipient and author keys in every language of our locales, in one table.

A parcel label, a form, a letter's heading or a document's metadata names its people under a
key: "Sender:", "Nadawca:", "Pengirim:", "Avsändare:", "Feladó:", "Author:". The value of such
a key is a person (or a firm, which the record rules tell apart), whatever the name rules would
make of it alone: a person named like a listed company is still a person here.

Some of these keys are also the label a localised mail client prints in a message header: RFC
5322's "Sender", and the Outlook labels for From and To that are person nouns (Finnish
"Lähettäjä"/"Vastaanottaja", Hungarian "Feladó"/"Címzett"). Flagged ``True`` here, they go
to the mailbox rules inside a mail header, like "Sender:" (``record_mail.MAIL_KEYS``), and are
record keys everywhere else. Most localised From/To labels are prepositions ("Von", "Od",
"Dari", "Kimden"), no person keys, and stay with ``record_mail`` alone.

Keys are written folded (lower case, no accents), as ``record_keys`` looks them up. Author
keys name a firm or a team in technical metadata too ("author: platform-team"), so they are
generic person keys (``AUTHOR_KEYS``): their value must look like a person's name.
"""

from __future__ import annotations

# key -> also a mail header label. One line per language: sender, recipient, author.
PERSON_KEYS: dict[str, bool] = {
    # en (RFC 5322 "Sender")
    "sender": True, "recipient": False, "addressee": False, "author": False,
    # de
    "absender": False, "empfanger": False, "verfasser": False, "verfasserin": False,
    "autor": False, "autorin": False,
    # fr
    "expediteur": False, "destinataire": False, "auteur": False, "autrice": False,
    # es, pt
    "remitente": False, "remetente": False, "destinatario": False, "autora": False,
    # it
    "mittente": False, "autore": False,
    # nl
    "afzender": False, "ontvanger": False, "geadresseerde": False, "schrijver": False,
    # pl
    "nadawca": False, "odbiorca": False, "adresat": False, "autorka": False,
    # cs, sk
    "odesilatel": False, "prijemce": False, "odosielatel": False, "prijemca": False,
    # ro
    "expeditor": False, "destinatar": False, "autoare": False,
    # da, nb
    "afsender": False, "modtager": False, "avsender": False, "mottaker": False,
    "forfatter": False,
    # sv
    "avsandare": False, "mottagare": False, "forfattare": False,
    # fi (Outlook's From and To)
    "lahettaja": True, "vastaanottaja": True, "kirjoittaja": False,
    # tr
    "gonderen": False, "alici": False, "yazar": False,
    # ms, id
    "pengirim": False, "penerima": False, "penulis": False, "pengarang": False,
    # hu (Outlook's From and To)
    "felado": True, "cimzett": True, "szerzo": False,
    # hr, sl
    "posiljatelj": False, "primatelj": False, "autorica": False, "prejemnik": False,
    "avtor": False, "avtorica": False,
}  # fmt: skip

# Keys that name a document's author: generic person keys (``record_keys.generic_person_key``).
AUTHOR_KEYS = frozenset(
    "author|verfasser|verfasserin|autor|autorin|auteur|autrice|autora|autore|schrijver|"
    "autorka|autoare|forfatter|forfattare|kirjoittaja|yazar|penulis|pengarang|szerzo|"
    "autorica|avtor|avtorica".split("|")
)

# Keys that are also mail header labels (``record_mail.MAIL_KEYS`` reads them).
MAIL_HEADER_KEYS = frozenset(key for key, mail in PERSON_KEYS.items() if mail)
