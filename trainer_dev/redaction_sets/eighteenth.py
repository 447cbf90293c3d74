"""DATA CARD — eighteenth redaction scoring set: professional-network discussion threads.

How written: hand-written phrasing, name pools, streets and town/postcode pairs from knowledge
of each country; no fake-data library. Values are generated with check digits computed here
(Luhn, IBAN mod 97, Spanish DNI/NIE letter, Spanish CCC control digits, Italian codice fiscale
check letter, Brazilian CPF, Norwegian fødselsnummer and kontonummer mod 11, Indian Aadhaar
Verhoeff, Argentine CUIL and CBU, Nigerian NUBAN, Colombian NIT, US ABA routing). Phones are
validated with `phonenumbers` only.
Seed: SEED = 1818; one random.Random(f"{seed}:{i}:{locale}") per locale.
Locales: given en_US en_IN es_ES it_IT pt_BR nb_NO ms_MY es_AR; added en_NG en_PH id_ID es_CO.
Genres: comment_chain, quoted_reply, repost, poll, ama, moderation, event ("who's coming"),
intro, dm_me (contact details shared in replies), thanks (shout-out threads naming many people).
Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only for es_ES it_IT pt_BR
nb_NO; elsewhere the IBAN slot holds a local bank/account value (ABA routing+account,
account+IFSC, CBU, NUBAN, BDO/BPI, BCA/BRI rekening, Bancolombia, Maybank/CIMB) labelled ID.
Written forms (item_forms): MEMBER full / given / surname / initial_surname / lower / caps /
title / possessive / folded (accents dropped) / quoted / handle (@GivenSurname) / handle_dot /
hashtag / reply_header ("> Name wrote:", "Replying to Name:") / nickname; PERSON the same minus
handle, hashtag and reply header; PHONE intl / national / compact / dashed / paren / trunk /
landline per country; EMAIL webmail / custom_domain / obfuscated ([at] [dot], caps); URL profile
/ booking / personal_site / code_profile / social / whatsapp / blog; IP ipv4 / ipv4_port / ipv6;
CARD visa, mc, mc2 (2-series), amex, grouped or plain; IBAN grouped / compact / lower; ID per
country (ssn, aadhaar, pan, dni, nie, codice_fiscale, cpf, fodselsnummer, mykad, cuil,
dni_dotted, nin, bvn, sss, tin, philsys_pcn, nik, npwp, cedula, nit, bank forms); ADDRESS
street_postcode_town / street_only / numeric_grid (Colombia).
Fragment rule: names -> "t:" per name token as written (no particles such as
bin/binti/de/da/a/l, no titles, no initials); e-mail -> "t:" local part (and personal domain);
URL -> "t:" slug or host; ADDRESS -> "t:" street-name tokens and "p:" postcode (Colombian grid
addresses: "p:" plate instead); IP -> "p:"; phones, cards, IBAN digits, ids -> "d:" every
4-digit window; letter-heavy ids add "s:".
Sizes: per locale 375 labelled posts (1-3 items, first kind cycling through KINDS) + 30 PII-free
posts with no digits and no look-alikes + 45 PII-free posts with 1-3 look-alikes = 5,400 posts.
Roster: 8 members per locale ("Given Surname"), 96 in all; PERSON items share no name token with
it.
Deliberately hard: mentions in every written form (handles, hashtags, possessives, lower/ALL
CAPS, folded accents, reply headers, quoted names), names that are also words or brands (Costa,
Bruno, Berg, Lie, Strand, Joy, Young, Summer, Grace), particle surnames (de la Fuente, De Luca,
Dela Cruz, binti, a/l), companies and landmarks named after people as look-alikes (Ferrero,
Dangote Group, Aeroparque Jorge Newbery, Rizal Park...), numbers beside real values (orders
failing Luhn, invoices, tickets, Windows build numbers shaped like IPs, valid ISBNs, flights,
prices, dates, times, percentages), obfuscated e-mails, phones without separators, Colombian
grid addresses, street names after people.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .eighteenth_build import KINDS, build_locale
from .eighteenth_build import check_post as _check_post
from .eighteenth_core import leaked as _leaked
from .eighteenth_people import roster

SEED = 1818
LOCALES = [
    "en_US",
    "en_IN",
    "es_ES",
    "it_IT",
    "pt_BR",
    "nb_NO",
    "ms_MY",
    "es_AR",
    "en_NG",
    "en_PH",
    "id_ID",
    "es_CO",
]
__all__ = ["SEED", "LOCALES", "KINDS", "Post", "make_eighteenth_set", "leaked", "check_post"]


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]] = field(default_factory=list)
    item_forms: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in redacted_text and is absent from background."""
    return _leaked(redacted_text, fragments, background)


def check_post(post: Post) -> bool:
    return _check_post(post)


def make_eighteenth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    members = [f"{g} {s}" for loc in LOCALES for g, s in roster(loc)]
    posts: list[Post] = []
    for i, loc in enumerate(LOCALES):
        posts += build_locale(seed, i, loc, Post)
    return members, posts
