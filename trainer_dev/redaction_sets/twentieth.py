"""DATA CARD -- "twentieth" PII-redaction scoring set.

How written: by hand, from the writer's own knowledge of each country's naming,
postal and numbering standards; no fake-data library, nothing copied from other
sets.  Name pools, streets, real town/postcode pairs, sentence pieces and
look-alikes live in twentieth_*.py.  `phonenumbers` only validates generated
phones; every check digit (Luhn, IBAN mod 97, Verhoeff, CPF, BSN 11-proof,
PESEL, Swedish personnummer Luhn, Chilean RUT mod 11, UPU S10, ISBN-13) is
computed here.

Seed: SEED = 2020.  One random.Random(f"{seed}:{i}:{locale}") per locale.

Locales (12): given en_US en_IN pt_BR nl_NL pl_PL sv_SE es_CO id_ID en_PH; added
(never used by earlier sets) es_CL, es_PE, en_KE.  Languages: English, Spanish,
Portuguese, Dutch, Polish, Swedish, Indonesian -- each locale writes in its own
language (English for en_*; Spanish for es_*).

Genres: company news / announcements, newsletters, customer-service and support
requests and complaints, deliveries and returns, bookings, and profile "About"
sections / e-mail signatures pasted into posts (genre field: news, newsletter,
support, delivery, booking, profile).

Kinds and written forms (item_forms):
  EMAIL   plain, mailto:, <angle>, spelled "[at] [dot]"
  PHONE   per country: international, national trunk, spaced / dashed / dotted /
          compact, WhatsApp-style without plus; all valid for their region
  URL     linkedin (full / bare), github, calendly, personal site, portfolio path
  IP      v4, v4 with port, v6 (documentation prefix)
  CARD    Visa / Mastercard spaced, dashed, plain; Amex 4-6-5
  IBAN    BR, NL, PL, SE spaced and compact (IBAN countries only)
  ID      ssn, aadhaar, cpf, bsn, pesel, personnummer, cedula (CO), nik, sss/tin
          (PH), rut, dni (PE), ke_id; bank_* = local bank account written where
          the country has no IBAN (labelled ID); ids appear with and without cue
  PERSON  person_full / given / title / lower / folded / initial
  MEMBER  member_full / given / surname / initial / handle / possessive / lower /
          folded / title
  ADDRESS full, oneline_unit, multiline (country order of street, number,
          postcode, town; Colombian numbered streets "Calle 72 # 10-34")

Fragment rule: names -> "t:" per name token (no particles, titles, initials);
EMAIL -> "t:" local part; URL -> "t:" profile slug or personal host; IP -> "p:";
PHONE/CARD/IBAN/ID -> "d:" every 4-digit window (digits joined by non-word
chars); ADDRESS -> "t:" street-name tokens (no type word, no number) + "p:"
postcode.  Every fragment matches its value, nothing else in the post.

Phrasing: per language about 275-310 distinct pieces (openers per genre,
body slots per kind, fillers, lead-ins, closers, look-alike carriers, profile
roles and labels) in twentieth_text_*.py and twentieth_more_[abc].py; a post
draws an opener, one slot per item (sometimes behind a lead-in), 0-3
look-alike sentences, an optional filler and closer, shuffled and joined by
spaces or line breaks, or is laid out as a signature / About block.

Sizes: per locale 375 labelled posts (1-3 items; first item kind cycles through
KINDS, so every kind >= 37 per locale) + 75 PII-free (30 plain, no digits, no
look-alikes; 45 with 1-3 look-alikes).  Total 4,500 labelled + 900 PII-free;
8,019 items at seed 2020 (ID 1,335 incl. local bank accounts, URL 830,
CARD 826, EMAIL 824, MEMBER 807, IP 799, PHONE 789, PERSON 785, ADDRESS 762,
IBAN 262) and 6,335 look-alikes.  Build about 3 s CPU.

Roster: 8 members per locale ("Given Surname"); PERSON names share no token with
the roster.

Deliberately hard: members mentioned in ten written forms (handles, lower case,
folded accents, titles, initials, surname only); names that are also words
(Hope, Grace, Joy, Summer, Rose, Faith, Mercy, Flor, Iris, Berg, Holm, Falk, Król,
Mazur, Bos, Vos); particle and apostrophe surnames (van den Berg, O'Connor,
D'Souza); ids without cue words; phones in several local shapes; addresses over
several lines; look-alikes right beside real values: order / invoice / ticket
numbers, UPU tracking codes with valid S10 check, ISBN-13 with valid check,
prices in local currency, dates, times, flight numbers, versions, room numbers,
measurements, percentages, and companies / airports / universities named after
people (Philips, Ericsson, Jomo Kenyatta International Airport ...).
"""

from __future__ import annotations

from .twentieth_build import KINDS, build_locale
from .twentieth_core import Post, check_post, leaked

SEED = 2020
NAME = "twentieth"
LOCALES = [
    "en_US",
    "en_IN",
    "pt_BR",
    "nl_NL",
    "pl_PL",
    "sv_SE",
    "es_CO",
    "id_ID",
    "en_PH",
    "es_CL",
    "es_PE",
    "en_KE",
]

__all__ = ["SEED", "LOCALES", "KINDS", "Post", "leaked", "check_post", "make_twentieth_set"]


def make_twentieth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """Return (members, posts): the roster (8 per locale) and 5,400 posts."""
    members: list[str] = []
    posts: list[Post] = []
    for i, loc in enumerate(LOCALES):
        m, p = build_locale(seed, i, loc)
        members += m
        posts += p
    return members, posts
