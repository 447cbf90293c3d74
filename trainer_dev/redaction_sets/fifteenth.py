"""Fifteenth redaction scoring set: local community and marketplace posts (issue #10).

DATA CARD
How written: every name list, street, town/postcode, phone layout, sentence template and
look-alike frame was written by hand for this set (no Faker or other fake-data library; the
`phonenumbers` package is used only to check that each generated phone number is valid for its
region). Check digits are computed in fifteenth_num.py: Luhn (cards), IBAN mod 97 with the
national BBAN checks (FR RIB key, ES DC digits, IT CIN, PL bank-branch digit, CZ account
weights, NO mod 11), US SSN rules, GB NINO prefixes, DE Steuer-ID (ISO 7064 mod 11,10 plus the
repeated-digit rule), FR NIR key, ES DNI/NIE letter, IT codice fiscale check letter, PL PESEL,
TR TC Kimlik, CZ rodne cislo (mod 11), RO CNP, DK CPR (mod 11) and NO fodselsnummer (two mod-11
digits). The author saw no redaction engine and no other scoring set while writing it.

Theme and genres: classified ads (classified), rooms and flats with viewing addresses
(rental), jobs wanted/offered (jobs), lost & found (lost_found), lift shares (carpool),
trades/tutoring/cleaning offers and recommendations (services), building and neighbourhood
notices (notice), club/school/parish/volunteer announcements (club), local-service reviews
naming staff (review), sign-up lists and RSVPs (rsvp), swap/give-away threads and replies (swap).

Locales (12): en_US en_GB de_DE fr_FR es_ES it_IT pl_PL tr_TR, plus cs_CZ ro_RO da_DK nb_NO
(European locales no earlier set covers). Each post is in the locale's language with that
country's phone layouts, postcodes, address layout, national id and IBAN. en_US has no IBAN
system, so its IBAN items are foreign (IE/DE/GB) IBANs, labelled with a "_foreign" form.

Sizes: per locale 375 labelled posts (1-3 items; the first item's kind cycles through KINDS,
so each kind leads 37-38 posts per locale; extra items are drawn at random) and 75 PII-free
posts (30 with no look-alike and no digit at all, 45 with 1-3 look-alikes). In all 4,500
labelled + 900 PII-free = 5,400 posts, 7,784 items and 7,159 look-alikes (seed 1515).

Roster: 8 "Given Surname" members per locale (96 in all), drawn from the locale's name lists;
Czech and Polish women get the feminine surname form (Novakova, Kowalska). MEMBER items are
written forms of roster names. PERSON items are other people whose given names and surnames
share no token with any roster name (nor with the roster surnames' base forms).

Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS.
Forms (item_forms):
  names: full, lower, surname_first, surname_comma, upper_surname (NOWAK Anna / Anna NOWAK),
         initial (A. Nowak / Anna N.), given (given name alone), titled (Herr Weber, pani
         Nowak...), hashtag (#AnnaNowak / #Nowak), handle (@anna_nowak, @anna12...), nickname
         (Kasia, Bob Smith, Kuba...), possessive (English only: Tom Baker's). About 65% of
         names are not "Given Surname" in title case.
  phones: national, intl, intl00, intl_zero (+44 (0)...), intl_c (no spaces), compact, spaced,
         grouped, pairs, quads, dots, dashed, slash, paren, intl_paren, one (1-...).
  email: plain, caps, at_word (x at y dot com), at_bracket (x [at] y / x(at)y), mailto.
  url: facebook, facebook_bare, instagram, own_site, own_site_bare, linkedin, telegram, blog,
         wa_me (a phone number inside a https://wa.me/ link).
  ip: v4, v4_port, v6.   card: spaced, dashed, compact (Visa, Mastercard 51-55/2221-2720,
         Amex 15 digits, Discover, Maestro).   iban: print, compact, lower_print (+_foreign).
  id: compact, spaced, dashed, dotted (ES), slash (CZ), lower/upper (IT codice fiscale).
  address: full, unit (flat/floor/staircase/door parts), street (no postcode), abbr
         (Str., Rd, ul., C/, bd, Cad., gt. ...), abbr_unit, lower.

Fragment rule (see fifteenth_core.matches): an item is caught only if none of its fragments
survives. "t:X" X as a whole word (no word character either side), case-insensitive: given
names, surname tokens (particles like de/von/van and titles skipped, hyphenated surnames
split), hashtag/handle bodies, e-mail local parts, URL slugs and own-site host labels, street-
name tokens (street-type words such as Street/Straße/ul./Calle skipped). "p:X" X as a
substring not touching another letter or digit, case-insensitive: postcodes, IP halves
("83.12" and "44.201"; last two groups for IPv6), codice fiscale and ids with letters.
"d:DDDD" four digits of the value in a row, any non-word characters between them: phones
(last 8 national digits), cards (digits 7-10, 9-12, 13-16), IBANs (last 12 digits), numeric
ids (first, middle and last four). ADDRESS items always use t: for street tokens and p: for
the postcode when the written form has one. Redaction tags like "[NAME]" are ignored by
matching. A post is regenerated when a value does not occur exactly once, when a fragment does
not match its text, matches the background (text.replace(value, " ")), or survives replacing
every value with "[X]", or when a look-alike does not survive that replacement.

Look-alikes (must survive): prices in local currency layouts, dates, times, opening hours,
order/invoice/ticket/tracking numbers, model and serial numbers, ISBN-13 (valid check digit),
dimensions, measurements, registration-plate-like strings, bus lines, room numbers, versions,
flight numbers, companies, products, and places named after people (Goethe-Gymnasium, Piazza
Dante, Letiste Vaclava Havla, Aeroportul Henri Coanda, H.C. Andersen Airport...).

Deliberately hard: names in lower case, surname first, all-caps surnames, initials, nicknames,
hashtags and handles, names alone; Turkish dotted/dotless i in lower case; feminine Czech and
Polish surnames; phones without spaces or with 00/+CC/(0); phone digits hidden in wa.me links;
e-mails written "at ... dot"; lower-case IBANs; addresses abbreviated, with unit parts, without
postcode, or lower-cased; ids next to dates, prices, order and tracking numbers full of digits.

Layouts: prose, lines, paragraphs, bulleted and numbered lists (sign-up lists), and replies
quoting the post they answer ("> ..."); PII-free posts without look-alikes are never numbered.

Determinism: one random.Random per locale seeded with the string
"fifteenth:{seed}:{locale_index}:{locale}". The whole set builds in about 2-4 s.
Modules: fifteenth_core (Post, matching, leaked), fifteenth_num (check digits), fifteenth_items
(items and fragments), fifteenth_build (assembly), fifteenth_loc_* (hand-written locale data).
"""

from __future__ import annotations

from .fifteenth_build import build_locale
from .fifteenth_core import KINDS, Post, leaked, matches, post_ok
from .fifteenth_loc_csro import LOCALES as _CSRO
from .fifteenth_loc_defr import LOCALES as _DEFR
from .fifteenth_loc_en import LOCALES as _EN
from .fifteenth_loc_esit import LOCALES as _ESIT
from .fifteenth_loc_nordic import LOCALES as _NORDIC
from .fifteenth_loc_pltr import LOCALES as _PLTR

SEED = 1515
LOCALES = [*_EN, *_DEFR, *_ESIT, *_PLTR, *_CSRO, *_NORDIC]

__all__ = ["KINDS", "LOCALES", "SEED", "Post", "leaked", "make_fifteenth_set", "matches",
           "post_ok"]


def make_fifteenth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """Build the whole set: (roster of all locales, posts)."""
    members: list[str] = []
    posts: list[Post] = []
    for index, loc in enumerate(LOCALES):
        roster, loc_posts = build_locale(loc, seed, index)
        members.extend(roster)
        posts.extend(loc_posts)
    return members, posts
