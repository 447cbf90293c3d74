"""E-mail addresses as RFC 5321/6531 allows them and as people write them in each locale.

Written from the standards (internationalised local parts and domains, any delegated TLD,
the RFC's special characters) and from how the twelve locales' posts obfuscate them
("arroba", "chiocciola", "Punkt", "apenstaartje" ...). An address counts as removed only if
none of its local part and no host label survives.
"""

from __future__ import annotations

import re

import pytest

from trainer.redact import Redactor

_R = Redactor.from_members([], name_tagger=False)


def _assert_gone(text: str, address: str) -> None:
    out = _R.redact(text).text
    assert "[EMAIL]" in out, (text, out)
    pieces = [p for p in re.split(r"[\W_]+|dot|at", address.lower()) if len(p) >= 3]
    for piece in pieces:
        assert piece not in out.lower().replace("[email]", ""), (text, out, piece)


PLAIN = [
    # internationalised local parts (RFC 6531) in every locale's spelling
    ("Schreib mir an müller@beispiel.de bitte", "müller@beispiel.de"),
    ("E-Mail: jürgen.weiß@gmx.de.", "jürgen.weiß@gmx.de"),
    ("Écris à françois.dupont@exemple.fr.", "françois.dupont@exemple.fr"),
    ("Contacto: josé.núñez@correo.es; gracias", "josé.núñez@correo.es"),
    ("E-mail: joão.conceição@empresa.com.br", "joão.conceição@empresa.com.br"),
    ("Mail: søren.åberg@firma.dk", "søren.åberg@firma.dk"),
    ("Scrivimi: niccolò.forlì@libero.it!", "niccolò.forlì@libero.it"),
    ("Mail: o'brien@example.ie", "o'brien@example.ie"),
    ("Mail: siobhán.o’connor@eircom.net", "siobhán.o’connor@eircom.net"),
    ("EMAIL: MÜLLER@BEISPIEL.DE", "müller@beispiel.de"),
    # RFC 5321 specials, plus-tags, digits, hyphens and underscores
    ("Mail jane+news@Example.CO.UK now", "jane+news@example.co.uk"),
    ("<peter_pan-99@mail.example.com>", "peter_pan-99@mail.example.com"),
    ("write to billing#eu@shop.example.org today", "billing#eu@shop.example.org"),
    ("try first.last!ops@example.net", "first.last!ops@example.net"),
    ('quoted: "jan jansen"@voorbeeld.nl works', "jan jansen@voorbeeld.nl"),
    # IDN domains, Unicode and punycode TLDs, long delegated TLDs
    ("Adresse: straße@bücher.de", "straße@bücher.de"),
    ("Mail: info@xn--bcher-kva.de", "info@xn--bcher-kva.de"),
    ("почта: ivan@пример.рф", "ivan@пример.рф"),
    ("mail: ivan@example.xn--p1ai", "ivan@example.xn--p1ai"),
    ("x.y@studio.photography is mine", "x.y@studio.photography"),
    ("write to curator@example.museum.", "curator@example.museum"),
    # punctuation and brackets of every locale around the address
    ("«marie.curie@exemple.fr»", "marie.curie@exemple.fr"),
    ("„hans.meier@beispiel.de“", "hans.meier@beispiel.de"),
    ("(anna.rossi@esempio.it)", "anna.rossi@esempio.it"),
    ("[luca.bianchi@esempio.it]", "luca.bianchi@esempio.it"),
    ("mailto:info@firma.nl", "info@firma.nl"),
    ("Mail me: JANE.DOE@EXAMPLE.COM:", "jane.doe@example.com"),
    ("Mail: jan.de.vries@ziggo.nl, bedankt", "jan.de.vries@ziggo.nl"),
    ("Mail: ana@empresa.com.br!", "ana@empresa.com.br"),
    ("die hans@acme.de-Adresse gilt", "hans@acme.de"),
    ("email: priya.sharma@company.co.in…", "priya.sharma@company.co.in"),
]


@pytest.mark.parametrize(("text", "address"), PLAIN)
def test_plain_addresses_go_whole(text: str, address: str) -> None:
    _assert_gone(text, address)


OBFUSCATED = [
    ("scrivimi a mario.rossi chiocciola libero punto it", "mario.rossi@libero.it"),
    ("scrivimi a mario.rossi(chiocciola)libero.it", "mario.rossi@libero.it"),
    ("escríbeme a juan.perez arroba gmail punto com", "juan.perez@gmail.com"),
    ("correo: lucia [arroba] telefonica [punto] es", "lucia@telefonica.es"),
    ("escreva para joao.silva arroba gmail ponto com", "joao.silva@gmail.com"),
    ("e-mail: maria(arroba)uol(ponto)com(ponto)br", "maria@uol.com.br"),
    ("mail an hans.meier at web Punkt de", "hans.meier@web.de"),
    ("Kontakt: anna [at] posteo [punkt] de", "anna@posteo.de"),
    ("mail naar jan [at] ziggo [punt] nl", "jan@ziggo.nl"),
    ("mail naar jan.jansen apenstaartje ziggo punt nl", "jan.jansen@ziggo.nl"),
    ("écrivez à marie (at) orange (point) fr", "marie@orange.fr"),
    ("courriel : pierre.martin arobase free point fr", "pierre.martin@free.fr"),
    ("jane dot doe at example dot com", "jane.doe@example.com"),
    ("contact: jane(at)example.com", "jane@example.com"),
    ("mail: ciaran [at] eircom [dot] net", "ciaran@eircom.net"),
]


@pytest.mark.parametrize(("text", "address"), OBFUSCATED)
def test_obfuscated_addresses_in_each_language_go_whole(text: str, address: str) -> None:
    _assert_gone(text, address)


KEPT = [
    "Desde mi punto de vista, la reunión fue útil.",
    "Ci vediamo al punto di ritrovo alle 10.",
    "Das ist ein wichtiger Punkt für uns.",
    "C'est un point important, merci.",
    "Het punt is dat we laat zijn.",
    "Meet me at the office at noon.",
    "I work at acme dot com, a startup.",
    "The @ sign is called arroba in Spanish.",
    "Use the chiocciola key on the keyboard.",
]


@pytest.mark.parametrize("text", KEPT)
def test_prose_with_at_and_dot_words_is_kept(text: str) -> None:
    assert "[EMAIL]" not in _R.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail: o'brien@example.ie", "Mail: [EMAIL]"),
        ("Mail: o’connor@eircom.net.", "Mail: [EMAIL]."),
        ("die hans@acme.de-Adresse", "die [EMAIL]-Adresse"),
        ("mail: ivan@example.xn--p1ai", "mail: [EMAIL]"),
        ("`jane@example.com`", "`[EMAIL]`"),
        ("'jane@example.com'", "'[EMAIL]'"),
        ("scrivimi a mario.rossi chiocciola libero punto it", "scrivimi a [EMAIL]"),
        ("write jane @example.com please", "write [EMAIL] please"),
        ("write jane@ example.com please", "write [EMAIL] please"),
        ("jane.doe @example.com", "[EMAIL]"),
        ("thanks @vercel.app for hosting", "thanks [MENTION] for hosting"),
    ],
)
def test_exact_output(text: str, expected: str) -> None:
    assert _R.redact(text).text == expected
