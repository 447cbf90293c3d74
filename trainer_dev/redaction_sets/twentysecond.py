"""DATA CARD: the "twentysecond" PII-redaction scoring set.

How written: every sentence piece, name pool, street, town/postcode pair, number format and
look-alike pattern was written by hand for this set (no fake-data library, nothing copied
from another set). Check digits are computed in twentysecond_checks.py / twentysecond_ids.py;
`phonenumbers` is used only to validate the phone numbers generated here.

Seed: SEED = 2222. One random.Random(f"{seed}:{i}:{locale}") per locale (i = locale index);
the roster uses random.Random(f"{seed}:roster"). A different seed gives different texts.

Locales (12): en_US en_IN pt_PT pl_PL sv_SE tr_TR (given), es_PE en_KE fr_BE (given, to test
whether tuning on them transfers), plus fr_CH, es_UY, en_MT (chosen here: Switzerland,
Uruguay and Malta have working professional networks and well-documented postal, phone and
id standards). Languages: English (en_US/en_IN/en_KE/en_MT, each with its own
code-switching lines: Spanish, Hinglish, Swahili, Maltese), Portuguese, Polish, Swedish,
Turkish, Spanish (es_PE/es_UY), French (fr_BE/fr_CH).

Genres: research (papers, grants, talks, speaker bios), press (mentions, interviews),
podcast (show notes, webinars, guest lists), shoutout (team threads tagging colleagues),
switch (posts that change language mid-sentence), travel (visa/logistics/booking notes).

Kinds and written forms (item_forms):
  EMAIL   plain, angle <..>, mailto:, obfuscated "x (at) y dot z"
  PHONE   {intl,national}_{grouped,compact}[_nbsp], landline_ prefix for fixed lines; the
          templates are each country's own habits (0NNN/NN.NN.NN, (0NNN), +NN (0)NN, 00NN ...)
  URL     personal_site, bare_domain, profile (linkedin /in/), repo, calendar, slides
  IP      v4, v4_port, v4_cidr, v6
  CARD    {visa,mc,amex}_{spaced,dashed,compact}, all Luhn-valid
  IBAN    grouped, grouped_nbsp, compact (pt_PT pl_PL sv_SE tr_TR fr_BE fr_CH en_MT), with
          national check digits (PT NIB, PL sort-code digit, BE mod 97) and IBAN mod 97.
          Countries without IBAN get a local bank value labelled ID instead:
          routing_account (US, ABA check), bank_account (IN, KE, UY), cci_dashed/compact (PE)
  ID      ssn, ein, aadhaar (Verhoeff), pan, cartao_cidadao + nif (PT checks), pesel + nip,
          personnummer_10/_12 (Luhn), tckn, dni + ruc (mod 11), national_id + kra_pin,
          numero_national (mod 97) + tva, avs (EAN-13) + uid (mod 11), cedula_dotted/compact
          (UY check), id_card (MT); suffix _nocue when written with no cue word at all
  PERSON  full, title_full, inverted ("SURNAME, Given"), initial_surname, full_lower,
          given_honorific (tr)
  MEMBER  full, given, surname, initial_surname, handle (@...), lower, title, possessive
          (en), genitive (sv, fused -s), suffix (tr, apostrophe case ending), honorific
          (tr Hanım/Bey/Hoca), folded (accents dropped)
  ADDRESS line, unit, lines (multi-line) in each country's postal order
Fragment rule: t: whole-word name tokens (no particles, titles or initials), street-name
tokens, e-mail local part, URL slug; s: for fused genitives and ids with letters; p: for
postcodes and IPs; d: every 4-digit window of phones, cards, IBAN digits, ids. ADDRESS has
t: street tokens and p: postcode so street and postcode are scored apart.

Sizes: per locale 375 labelled posts (1-3 items; first kind cycles through KINDS, so each
kind leads 37-38 posts) + 75 PII-free (30 with no digits and no look-alikes, 45 with 1-3
look-alikes). Total 4,500 labelled + 900 PII-free = 5,400. Build about 4 s.

Roster: 8 members per locale (96), "Given Surname", no token shared between members;
PERSON items never share a token with the roster.

Sentence pieces per language (openers, middles, closers, per-genre people frames,
per-kind frames, look-alike frames, code-switch lines; see count_pieces()):
  en 323 (plus 48 code-switch lines, 12 per English locale, inside that count),
  pt 303, pl 303, sv 308, tr 308, es 303, fr 303 (asserted >= 300 in the tests).

Deliberately hard: names that are common words (Hope, Grace, King, Rosa, Deniz, Umut,
Lind, Berg, Python, Flores, Wróbel, Król), particle and compound surnames (da Silva, de la
Cruz, Van den Bossche, Kowalewska-Nowak), lower-case and accent-folded mentions, Swedish
fused genitives, Turkish case suffixes and honorifics, titles before and after names,
inverted "SURNAME, Given" speaker lists, ids with no cue word, non-breaking spaces inside
phones/IBANs/prices, multi-line addresses, look-alikes right beside real values (order,
invoice, ticket, S10 tracking numbers with valid check digit, prices, dates, times,
versions, valid ISBNs, flight numbers, rooms, measures, percentages, DOIs, grant numbers)
and institutions named after people (airports, universities, foundations) that must
survive, code-switched text.
"""

from __future__ import annotations

import random

from .twentysecond_build import BANKS, EN_SWITCH, free_post, labelled_post
from .twentysecond_core import Post, check_post, leaked
from .twentysecond_people import make_roster, roster_tokens

SEED = 2222
LOCALES = ["en_US", "en_IN", "pt_PT", "pl_PL", "sv_SE", "tr_TR",
           "es_PE", "en_KE", "fr_BE", "fr_CH", "es_UY", "en_MT"]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
N_LABELLED = 375
N_FREE = 75

__all__ = ["SEED", "LOCALES", "KINDS", "Post", "leaked", "check_post",
           "make_twentysecond_set", "count_pieces"]


def make_twentysecond_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    members = make_roster(seed, LOCALES)
    banned = roster_tokens(members)
    posts: list[Post] = []
    for i, locale in enumerate(LOCALES):
        rng = random.Random(f"{seed}:{i}:{locale}")
        roster = members[8 * i:8 * i + 8]
        for j in range(N_LABELLED):
            posts.append(labelled_post(rng, locale, j, KINDS, roster, banned))
        for j in range(N_FREE):
            posts.append(free_post(rng, locale, j))
    return members, posts


def _walk(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _walk(v)]
    return [s for v in obj for s in _walk(v)]


def count_pieces() -> dict[str, int]:
    """Distinct sentence pieces per language (English counts its code-switch lines)."""
    out = {}
    for lg, bank in BANKS.items():
        if lg == "mt":
            continue
        pieces = set(_walk(bank))
        if lg == "en":
            pieces |= set(_walk(EN_SWITCH))
        out[lg] = len(pieces)
    return out
