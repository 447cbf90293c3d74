"""DATA CARD -- twentyfourth redaction scoring set (SEED = 2424).

How written: by hand, from general knowledge of each country's naming, postal and numbering
standards; no fake-data library, nothing copied from other sets. `phonenumbers` is used only to
validate generated phone numbers. Check digits are computed in twentyfourth_core.py.
Deterministic: one random.Random(f"{seed}:{i}:{locale}") per locale (roster drawn first).

Locales (12): core en_US en_CA pt_BR nl_NL de_AT pl_PL; recently tuned es_PE sl_SI en_KE;
new en_GH es_EC fr_LU.  Languages: en, pt, nl, de, pl, es, sl, fr.
Genres (10): marketplace, coworking, realestate, invoice, complaint, sideproject, poll, howto,
groupchat, recommendation (practical / transactional posts of a professional network).
Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS.

Written forms per kind (item_forms):
  EMAIL plain | angle <..> | obfuscated "(at) (dot)" | upper;  URL linkedin | github |
  portfolio_domain | behance | calendly | bare (carrd/notion/framer);  PHONE intl | national |
  compact | dotted (dashes/dots) | split_lines;  IP v4 | v4_port | v6;  CARD spaced | dashed |
  compact | split_lines (Visa/MC/Amex, Luhn);  IBAN spaced | compact | spaced_lower_label
  (BR NL AT PL SI LU, mod 97; PL sort code check);  ID ssn ein sin cpf bsn svnr pesel nip dni
  ruc emso davcna national_id kra_pin ghana_card cedula ruc_ec matricule (Luhn + Verhoeff) and
  bank_account (US routing+account with ABA check, CA transit-institution-account, PE CCI,
  KE/GH/EC account numbers) in non-IBAN countries; ~30% of ids have no cue word;
  PERSON full | title | lower | given_initial | folded;  MEMBER full | given | surname |
  initial_surname | handle (@given.surname, @gsurname) | possessive | lower | folded | title |
  nick;  ADDRESS one_line | multi_line (KE with P.O. Box, GH with GhanaPostGPS code; *_no_gps).

Fragment rule: "t:" whole-word tokens (name tokens without particles/titles/initials, street
tokens without the type word or number, e-mail local part, URL slug/host label); "p:" bounded
substrings (postcodes, GhanaPostGPS codes, IPs); "s:" substring (handles without separator);
"d:" every 4-digit window of phone/card/IBAN/id digits (letters break a run). Addresses are
scored as street tokens ("t:") and postcode ("p:") apart. check_post() accepts a post only when
each fragment matches the text, matches nothing outside its value, nor the fully masked text.

Sizes: per locale 375 labelled posts (1-3 items; first kind cycles KINDS, so each kind >= 37 per
locale; IBAN slot is a bank account labelled ID outside IBAN countries) + 75 PII-free posts (30
plain with no digits and no look-alikes, 45 with 1-3 look-alikes). Total 4,500 + 900 = 5,400.
Roster: 8 members per locale (96); PERSON names share no token with the roster.
Build: ~5 s CPU.

Phrasing pieces (openers per genre, lead-ins per kind, look-alike frames, closers): en 178,
pt 97, es 98, nl 96, de 95, pl 95, sl 94, fr 94 -- below the 300-per-language aim (time-boxed);
combined with 1-3 items, 0-2 look-alikes, orderings and joiners they give thousands of frames.

Look-alikes (16 kinds): order (never Luhn-valid if >= 13 digits), invoice, ticket, price with
local currency, date, time, version, isbn (valid ISBN-13), flight, room, area (m2 / sq ft),
percent, listing id, tracking, company/landmark named after a person, ref (ISO 11649 RF creditor
reference with valid mod-97 check in EU locales -- looks like an IBAN).

Deliberately hard: members as handles, nicknames, initials + surname, possessives, lower case and
accent-folded; non-member names that are common words (Hope, Grace, Joy, Fox, Baker, Stone,
Rosa, Golob, Kralj) and particle/compound surnames (de Vries, van den Berg, Del Águila); IBANs
spaced as pasted from banking apps, routing + account pairs; addresses inside sentences or split
over lines like listings; phones local/international, some split across lines; cue-less ids;
look-alikes right next to real values; lower-cased group-chat openers.
"""

from __future__ import annotations

import random

from .twentyfourth_build import Writer, roster_for
from .twentyfourth_model import Post, check_post, leaked, masked_text

__all__ = [
    "SEED",
    "LOCALES",
    "KINDS",
    "Post",
    "make_twentyfourth_set",
    "leaked",
    "check_post",
    "masked_text",
]

SEED = 2424
LOCALES = [
    "en_US",
    "en_CA",
    "pt_BR",
    "nl_NL",
    "de_AT",
    "pl_PL",
    "es_PE",
    "sl_SI",
    "en_KE",
    "en_GH",
    "es_EC",
    "fr_LU",
]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
LABELLED_PER_LOCALE = 375
FREE_PLAIN_PER_LOCALE = 30
FREE_LOOK_PER_LOCALE = 45


def _persons(locale: str, banned: set[str]) -> list[tuple[str, str]]:
    from .twentyfourth_build import name_tokens
    from .twentyfourth_people import GIVEN, SURNAME

    out = []
    for g in GIVEN[locale]:
        for s in SURNAME[locale]:
            toks = {t.lower() for t in name_tokens(f"{g} {s}")}
            if g != s and not toks & banned:
                out.append((g, s))
    return out


def make_twentyfourth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    rngs = {loc: random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)}
    rosters = {loc: roster_for(rngs[loc], loc) for loc in LOCALES}
    members = [f"{g} {s}" for loc in LOCALES for g, s in rosters[loc]]
    from .twentyfourth_build import fold, name_tokens

    banned = {t.lower() for m in members for t in name_tokens(m)}
    banned |= {fold(t) for t in banned}
    posts: list[Post] = []
    for loc in LOCALES:
        rng = rngs[loc]
        w = Writer(loc, rng, rosters[loc], _persons(loc, banned))
        for j in range(LABELLED_PER_LOCALE):
            posts.append(w.labelled(KINDS[j % len(KINDS)], KINDS))
        for _ in range(FREE_PLAIN_PER_LOCALE):
            posts.append(w.free(False))
        for _ in range(FREE_LOOK_PER_LOCALE):
            posts.append(w.free(True))
    return members, posts
