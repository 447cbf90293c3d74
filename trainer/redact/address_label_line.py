"""A street line written right after an address label: "New address from May: Ravelijn 12",
"Adresse : Clos Fleuri 3", "Mijn adres voor het contract: Ossenwei 7".

UPU S42 writes the street line as the name of the street and the house number (before or after
it, by country); many streets carry no type word (one-word names, "Grote Markt" ...), so the
type-word rules miss them. After a label that names an address ("address", "adres", "Adresse",
"Anschrift", "dirección", "indirizzo", "endereço", "naslov", "aadress", "adrese", "adresas") and
its colon, in the same clause, capitalised name words and a house number that closes the line, the
clause or the sentence are that street line. Estonian, Latvian, Lithuanian (and Slovene "na
adresi") lead an address with the noun's case form and no colon ("saata aadressile Pikk 12"), so
those forms need none. The label of something that is no postal address ("email address:", "IP
address:", "wallet address:") makes nothing.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_words import CAPITALS
from trainer.redact.hits import Hit

# Estonian, Latvian and Lithuanian: the noun, and the case forms that lead an address with no
# colon ("saata aadressile Pikk 12": to the address; "siųsti adresu ...": at the address).
_BALTIC = {"aadress", "adrese", "adresas"}
_BALTIC_CASES = {"aadressile", "aadressil", "adresu", "adresi"}
# "at my place:" (French "chez moi :"), a residence label before a colon: Estonian "(minu,
# sõbra) juures:", Latvian "pie manis:", Lithuanian "pas mane:" (the key: the word of the place).
_AT_MINE = {"juures", "manis", "mane"}
# The noun in more of the world's languages: Romanian, Czech, Slovak, Croatian "adresa"/"adresă",
# Swedish "adress", Malay and Indonesian "alamat", Finnish "osoite", European Portuguese
# "morada", Spanish and Italian "domicilio", Catalan "adreça".
_MORE_LABELS = {
    "adresa", "adress", "alamat", "osoite", "morada", "domicilio", "domicílio", "adreça"
}
prefilter.register(
    "address_label",
    {"address", "adres", "adresse", "anschrift", "dirección", "indirizzo", "endereço", "naslov"}
    | _MORE_LABELS
    | _BALTIC
    | _BALTIC_CASES
    | _AT_MINE,
)
_NAME = rf"[{CAPITALS}ĀĒĖĢĪĮĶĻŅŪŲÕ][\w'’.-]+"
_PARTICLE = r"(?:de|der|den|het|van|la|le|du|des|del|di|da|do|dos|am|an|im|zum|zur|'t|’t)"
# The label, the rest of its clause up to the colon, then the street line.
_LABELLED_LINE = re.compile(
    r"(?:(?i:address|adres|adresse|anschrift|direcci[oó]n|indirizzo|endere[cç]o|naslov|aadress|"
    r"adrese|adresas|adres[aă]|adress|alamat|osoite|morada|domic[ií]lio|adre[cç]a)\b[^:\n.!?]{0,40}?:|(?i:aadressile|aadressil|adresu|adresi)\b|"
    r"(?:juures|manis|mane)[ \t]?:)[ \t]*"
    rf"(?P<street>{_NAME}(?:[ \t](?:{_PARTICLE}[ \t])?{_NAME}){{0,3}},?[ \t]"
    r"\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?)"
    r"(?=[ \t]*(?:$|[\r\n,;]|\.(?:\s|$)))"
)
_AT_BEFORE = re.compile(r"(?i:\bpas[ \t])$").search
# Labels of addresses that are no postal address.
_NOT_POSTAL = re.compile(
    r"(?i:e-?mail|mail|ip|mac|wallet|web|website|server|bitcoin|btc|eth|ethereum)[ \t-]*$"
).search


# Germanic and Nordic languages glue what the address is for to the noun ("Wohnadresse",
# "Lieferadresse", "afhaaladres", "leveransadress", "hjemmeadresse"): one word, which the keyword
# pass (whole words) does not see. The noun inside it is the label; a prefix that names no postal
# address ("E-Mail-Adresse", "IP-Adresse", "mailadres", "webadres") makes none.
_COMPOUND_LABEL = re.compile(
    r"(?<![\w-])(?P<what>[^\W\d_]{2,}?)-?(?P<noun>(?i:adresse|adress|adres))\b"
)
_NOT_POSTAL_PREFIXES = frozenset(
    "email mail ip mac web website internet wallet server url bitcoin netzwerk netwerk network "
    # Nordic web and mail words: Swedish "webbadress", "hemsideadress", "mejladress",
    # "epostadress", Norwegian "nettadresse"
    "ipv webb hemside hemsida mejl epost nett nettside homepage".split()
)


def _compound_labels(text: str) -> list[tuple[int, int]]:
    """The address nouns at the end of compound labels in ``text`` (``_COMPOUND_LABEL``)."""
    if "dres" not in text and "DRES" not in text:
        return []
    return [
        m.span("noun")
        for m in _COMPOUND_LABEL.finditer(text)
        if m.group("what").lower().removeprefix("e") not in _NOT_POSTAL_PREFIXES
        and m.group("what").lower() not in _NOT_POSTAL_PREFIXES
    ]


def labelled_street_lines(text: str, labels: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for street lines after the address labels at ``labels`` and after compound
    labels (``_compound_labels``)."""
    hits: list[Hit] = []
    for start, end in [*labels, *_compound_labels(text)]:
        if text.find(":", end, end + 42) == -1 and text[start:end].lower() not in _BALTIC_CASES:
            continue  # no colon in the label's clause: the common "my email address is ..."
        if text[start:end] == "mane" and not _AT_BEFORE(text, max(0, start - 4), start):
            continue  # an English word ("a long mane: ..."); Lithuanian "pas mane:"
        m = _LABELLED_LINE.match(text, start)
        if m is not None and not _NOT_POSTAL(text, max(0, start - 12), start):
            hits.append(("ADDRESS", *m.span("street")))
    return hits
