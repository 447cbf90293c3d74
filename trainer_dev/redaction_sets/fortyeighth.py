"""The forty-eighth redaction scoring set: sports, fitness and amateur clubs.

DATA CARD
- How it was written: by hand for this set, without seeing the redaction engine or any
  earlier set; every pool (names, streets, towns, venues, firms, phrases) is written in
  these modules from the author's own knowledge. No Faker, no other set's files. The engine
  has never been run on it: it is a closed scoring set.
- Seed: ``make_fortyeighth_set(seed=4848)``; one ``random.Random(f"{seed}:{i}:{locale}")``
  per post (i = 0..449 within a locale); no hash(), no set iteration, no clock.
- Domain: club memberships and fees, league fixtures and results, coaching sessions, gyms
  and personal trainers, injuries and physio referrals, race and tournament entries, kit
  orders, volunteers and travel to away games.
- Locales (12) and languages: en_GB, en_US, en_BS (English); de_DE, de_LI (German);
  fr_FR (French); es_ES (Spanish); it_IT (Italian); pl_PL (Polish); pt_BR (Brazilian
  Portuguese); sv_FI (Finland-Swedish, Finnish ids, phones and postcodes); mt_MT (Maltese
  mixed with English, as Maltese members write).
- Genres: notes, threads with quoted lines (half the multi-item ones quote an item too),
  forms ("label: value" lines), Markdown tables, signatures after "--", timestamped chat
  lines, bullet lists; PII-free posts are notes, lists and chat lines.
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. Written forms (item_forms):
  phones intl / national / e164 / double_zero / dotted / bare / ext (+ dashed, one_dash in
  US and BS), all ``phonenumbers.is_valid_number`` for the region; e-mails from names,
  initials, nicknames, club domains, upper case; URLs personal sites (bare, www, http(s),
  paths), Strava athlete ids, Instagram, Linktree, YouTube handles, club profile pages;
  IPv4 and IPv6; cards Visa / Mastercard (2-series too) spaced, dashed, bare, Amex 4-6-5
  (Luhn); IBANs grouped, bare, lower case, foreign ones for US and BS members (mod 97, the
  national length; French RIB key, Spanish CCC, Italian CIN and Finnish Luhn inside);
  MEMBER full / given / surname / initial / @handle / possessive or genitive / lower /
  folded / "Surname, Given" / "SURNAME Given" / Polish genitive, dative, instrumental;
  PERSON full / title + surname / title + full / initial / swapped / upper surname / lower
  / folded, never sharing a token with any roster member; ADDRESS one line, multi line,
  without postcode, PO box in the local form (Postfach, BP, Apartado de Correos, Casella
  Postale, skr. poczt., Caixa Postal, PB, Bahamian P.O. Box N-/SS-/CB-/F-/EE-/AB-).
- Ids by locale (about 60 % with a cue word, 40 % bare; form "<id>_cued" / "<id>_bare"):
  en_GB NHS number (mod 11), NI number, passport, sort code + account; en_US SSN (area,
  group, serial rules), passport, ABA routing (3-7-1) + account; de_DE Steuer-ID (ISO 7064
  MOD 11,10 and the digit-repeat rule), Krankenversichertennummer (letter + weights 1-2),
  Personalausweis number (ICAO 7-3-1); fr_FR NIR (97 - n mod 97), passport; es_ES DNI and
  NIE (mod 23 letter), Seguridad Social number (mod 97); it_IT codice fiscale (odd/even
  table letter), carta d'identità; pl_PL PESEL, NIP (mod 11), dowód osobisty (7-3-1-9);
  pt_BR CPF (two mod 11 digits), CNS (weighted mod 11), PIS/PASEP; de_LI AHV number
  756.xxxx.xxxx.xx (EAN-13 check), passport (ICAO 7-3-1); sv_FI henkilötunnus /
  personbeteckning (mod 31 letter, old and 2023 century signs); en_BS NIB number and
  passport (no public check, format only); mt_MT identity card number (digits + letter,
  no public check).
- Fragments (what leaks): "t:" a whole-word token (name tokens without titles, particles and
  initials; street-name tokens without the street-type word; e-mail local part; URL host or
  path slug); "p:" postcode, box number or IP, whole with spaces optional; "d:" every
  4-digit window of each digit run of a card, IBAN, id or bank value, and of a phone's
  national significant number (no country code, trunk 0 or extension), separators
  ignored; "s:" a whole short id with no 4-digit run (codice fiscale). A post is redrawn
  while any fragment occurs in its background (the text with the value replaced by a
  space) or in another value, or a look-alike sits inside a value.
- Matching (``leaked``): NFKC, case-fold, accents stripped (also ł ħ ø ı), Unicode digits
  to ASCII, on both the redacted text and the background.
- Sizes: per locale 375 labelled posts (1-3 items of distinct kinds, the first item's kind
  cycling through the ten kinds) and 75 PII-free posts (plain or with 1-3 look-alikes):
  4,500 + 900 posts; 8 roster members per locale, 96 in all.
- Look-alike kinds: DATE TIME AMOUNT SCORE MEASURE ORDER SERIAL EAN ISBN (valid check
  digits) VENUE (many named after people: Alexander Stadium, Stade Pierre-Mauroy, Thomas A.
  Robinson National Stadium) PRIZE COMPANY (John Lewis, Hugo Boss, Lacoste, Hilti) PRODUCT
  WORD (common words that are names: "grace period", "maglia rosa", "Santa Marija").
- Left out: company register and VAT numbers, public hotlines, vehicle plates, dates of
  birth as items, mixed-script names, Maltese and Liechtenstein ids with a check (none is
  public), Bahamian postcodes (there are none).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from trainer_dev.redaction_sets.fortyeighth_build import (
    LOCALES,
    found,
    free_post,
    labelled_post,
)
from trainer_dev.redaction_sets.fortyeighth_people import ROSTER, normalise

LABELLED_PER_LOCALE = 375
FREE_PER_LOCALE = 75


@dataclass(frozen=True)
class Post:
    text: str
    locale: str
    items: list  # (kind, fragments, value)
    item_forms: list
    pii_free: bool
    lookalikes: list
    lookalike_kinds: list


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when a fragment survives in the redacted text and is not in the background."""
    text, back = normalise(redacted_text), normalise(background)
    return any(found(text, f) and not found(back, f) for f in fragments)


def make_fortyeighth_set(*, seed: int = 4848) -> tuple[list[str], list[Post]]:
    """(roster member names, posts): 375 labelled + 75 PII-free posts in each of 12 locales."""
    members = [name for locale in LOCALES for name in ROSTER[locale]]
    posts: list[Post] = []
    for locale in LOCALES:
        for i in range(LABELLED_PER_LOCALE + FREE_PER_LOCALE):
            rng = random.Random(f"{seed}:{i}:{locale}")
            if i < LABELLED_PER_LOCALE:
                text, items, looks, kinds = labelled_post(rng, locale, i)
                posts.append(
                    Post(
                        text,
                        locale,
                        [(it.kind, it.fragments, it.value) for it in items],
                        [it.form for it in items],
                        False,
                        looks,
                        kinds,
                    )
                )
            else:
                text, looks, kinds = free_post(rng, locale)
                posts.append(Post(text, locale, [], [], True, looks, kinds))
    return members, posts
