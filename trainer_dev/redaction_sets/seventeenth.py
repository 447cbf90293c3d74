"""Seventeenth redaction scoring set: hiring and careers paperwork.

DATA CARD
---------
How written: by hand for this set, without any fake-data library. Name pools, streets, town/postcode
pairs, sentence frames and look-alikes were written from knowledge of each country's naming, postal
and numbering conventions. Check digits are computed here (Luhn, IBAN mod 97, ABA, Steuer-IdNr and
OIB ISO 7064 MOD 11,10, French NIR key, Dutch BSN 11-test, Czech/Slovak rodné číslo mod 11, Danish
CPR mod 11, Romanian CNP, Swiss AHV EAN-13, Hungarian adóazonosító jel); `phonenumbers` only
validates the generated phone numbers.
Seed: SEED = 1717; one random.Random(f"{seed}:{i}:{locale}") per locale (i = locale index).
Locales: en_US en_GB de_DE fr_FR nl_NL cs_CZ da_DK ro_RO (given) + de_CH hu_HU sk_SK hr_HR (added).
Genres: cv, cover_letter, reference, job_ad, offer, directory, shortlist, interview, payroll_form,
relocation — posts and messages of a professional network, in each locale's language; about one in
five non-English posts is written in English (multinational hiring), with local values.
Kinds and written forms:
  EMAIL personal / work / obfuscated ("[at]", "[dot]"); PHONE intl_spaced, national, e164, intl_00,
  national_dotted; URL linkedin, github, calendly, personal_site, portfolio; IP ipv4_public,
  ipv4_private, ipv6; CARD card_spaced, card_compact, card_dashed, amex_grouped; IBAN iban_grouped,
  iban_compact (en_US has no IBAN: its IBAN slot is an ABA routing + account number labelled ID,
  form aba_routing_account); ID ssn, nino, steuerid, nir, bsn, rc (rodné číslo), cpr, cnp, ahv,
  adoazonosito, oib in compact/grouped forms; PERSON full, full_eastern (hu), title_surname,
  title_full, surname_first, initial; MEMBER full, given, surname, initial, handle, lower, folded,
  upper, possessive; ADDRESS postal_<country> in each country's own order.
Fragment rule: names, street-name tokens, e-mail local parts, URL slugs/hosts -> "t:" whole-word
tokens (no titles, particles or initials); postcodes and IPs -> "p:"; phones, cards, IBANs and
ids -> "d:" every window of four consecutive digits. Street and postcode are scored apart.
Sizes: per locale 375 labelled posts (1-3 items; first kind cycles through KINDS, so >= 37 each) and
75 PII-free posts (30 plain with no digits, 45 with 1-3 look-alikes): 4,500 + 900 posts.
Roster: 8 members per locale ("Given Surname"); PERSON names share no token with any roster member.
Deliberately hard: names that are common words (Rose, Stone, Winter, Vogel, Hope, Bell, Young),
particle and compound surnames (van den Berg, von Thaden, Le Gall, Smith-Jones), diacritics and
folded spellings, Hungarian surname-first order, handles and lower-case member mentions; Romanian
streets named after people; companies, universities and airports named after people as look-alikes
(Philips, Baťa, Richter Gedeon, Henri Coandă); look-alike numbers next to real ones (requisition and
invoice numbers, 16-digit order numbers failing Luhn, valid ISBN-13s, dates in local formats,
salaries with local separators, flights, rooms, versions, tracking codes); national ids with valid
checks in several groupings; phones in national, +, 00 and dotted forms; list-style forms.
"""

from __future__ import annotations

import random

from .seventeenth_build import GENRES, KINDS, labelled_post, pii_free_post
from .seventeenth_core import Post, check_post, leaked
from .seventeenth_people import fold, make_roster, tokens

SEED = 1717
LOCALES = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "nl_NL",
    "cs_CZ",
    "da_DK",
    "ro_RO",
    "de_CH",
    "hu_HU",
    "sk_SK",
    "hr_HR",
]
N_LABELLED = 375
N_PLAIN = 30
N_LOOKS = 45

__all__ = [
    "SEED",
    "LOCALES",
    "KINDS",
    "GENRES",
    "Post",
    "leaked",
    "check_post",
    "make_seventeenth_set",
]


def make_seventeenth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    rngs = {loc: random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)}
    rosters = {loc: make_roster(rngs[loc], loc) for loc in LOCALES}
    members = [m for loc in LOCALES for m in rosters[loc]]
    banned = {t.lower() for m in members for t in tokens(m)} | {
        fold(t).lower() for m in members for t in tokens(m)
    }
    posts: list[Post] = []
    for loc in LOCALES:
        rng = rngs[loc]
        for n in range(N_LABELLED):
            posts.append(labelled_post(rng, loc, KINDS[n % len(KINDS)], rosters[loc], banned))
        for _ in range(N_PLAIN):
            posts.append(pii_free_post(rng, loc, with_looks=False))
        for _ in range(N_LOOKS):
            posts.append(pii_free_post(rng, loc, with_looks=True))
    return members, posts
