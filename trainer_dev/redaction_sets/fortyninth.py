"""DATA CARD — the forty-ninth independent redaction scoring set: cars and motoring.

How it was written: by hand for this set, without opening the redaction engine, its tests, its
docs or any earlier set; every pool (names, streets, towns, companies, phrases) was typed from
the writer's own knowledge (no Faker). The engine never ran on it: it is a closed scoring set.
Seed: 4949 (``make_fortyninth_set(seed=...)``); one ``random.Random(f"{seed}:{i}:{locale}")``
per post and one ``random.Random(f"{seed}:roster:{locale}")`` per locale's roster; no hash(),
no set iteration, no clock.

Domain: dealerships and car sales, garages and repairs, roadworthiness inspections (NCT, APK,
MFK, besiktning, katsastus, verificación, contrôle technique), insurance claims and accidents,
parking and traffic fines, driving schools and licences, car sharing and leasing, roadside
assistance and towing.

Locales (12) and languages: en_AU, en_CA, en_LS (English; Lesotho posts with Sesotho names,
greetings and titles), nl_NL, nl_CW (Dutch; Curaçao posts mix in Papiamentu), sv_SE, fi_FI,
es_MX, fr_BE, de_CH (Swiss standard German, no ß), af_ZA (Afrikaans), ga_IE (Irish mixed with
English).

Genres: notes, threads with quoted lines, forms ("Label: value" lines), tables, e-mails with
signature blocks, chat lines ("[09:14] garage: ..."), bulleted lists.

Kinds and written forms (``Post.item_forms``):
- EMAIL first.last / firstlast / f.last / first_l / last.first / firstNN / hobby local parts
  on each country's mail providers.
- PHONE national, dashed, dotted, compact, paren-area ((02) 9123 4567), intl (+cc), e164,
  intl00 (00cc; never for Australia, which dials 0011), trunk-paren (+31 (0)6...), ext (with
  the local extension word); North American forms in en_CA. Numbers
  follow each national plan and pass ``phonenumbers.is_valid_number_for_region`` when the
  package imports.
- URL social/platform profiles, share links, personal sites bare, with www, with https and
  with paths, on the locale's TLDs.
- IP public IPv4 and IPv6.  CARD Visa, Mastercard (51-55 and 2221-2720) and Amex, Luhn-valid,
  spaced, dashed or compact.
- IBAN grouped or compact, mod-97 valid with the country's length; countries without IBANs
  (AU, CA, MX, CW, LS, ZA) write the foreign IBAN their posters bank with (GB, FR, ES, DE, NL);
  BE and ES account keys and the FR RIB key are computed too.
- ID by locale (form ``<subtype>:cue`` or ``<subtype>:bare``; about 40 % bare): en_AU TFN (mod
  11), Medicare (weighted check digit), driver licence, BSB+account; en_CA SIN (Luhn), Ontario
  licence, passport, transit/institution/account; nl_NL BSN (11-test), passport, licence; nl_CW
  identity number (a birth date + 2 digits), passport, CRIB; sv_SE personnummer (Luhn; 10 or 12
  digits, with or without the dash); fi_FI henkilötunnus (mod 31 check character); es_MX CURP
  (check digit), CLABE (3-7-1 check), licence; fr_BE national register number (mod 97),
  licence; de_CH AHV number (EAN-13 check); en_LS national id, passport, bank account (no
  public check: format only); af_ZA identity number (Luhn, date, citizenship digit), bank
  account; ga_IE PPS number (mod 23 check letter, with or without the second letter), licence.
- PERSON and MEMBER names: full, given only, surname only, initial + surname, surname first
  (upper case or "Surname, Given"), with titles (Ntate, 'M'e, an tUasal, mnr., dhr., Sr. ...),
  lower case, accents folded; MEMBER also @handles, possessives (Brodie's, Sannes, Linnéas,
  Riaan se), Finnish genitive/allative/ablative (Virtasen, Ainolle, Joonakselta) and Irish
  vocatives with lenition (a Sheáin, a Shiobhán). Irish women's surnames take Ní/Nic with
  lenition. PERSON names share no token with any roster member.
- ADDRESS one line, multi line (forms and signatures), without postcode, house-number
  suffixes (14-2, 7A, bis), units and apartments, Mexican colonias, PO boxes in the
  local form (PO Box, Postbus, Box, PL, Apartado Postal, Boîte postale, Postfach, Posbus,
  Bosca Poist, P.O. Box); postcodes in each country's pattern (Eircodes, Canadian FSA/LDU,
  Dutch 4+2, Swedish 3+2 ...); Curaçao has no postcodes.

Fragment rule (``leaked``): "t:" whole-word token (name tokens without titles, particles or
initials, as written, inflected where the language inflects; street-name tokens without the
street-type word; e-mail local part; URL host, or the slug on a platform/share host), "p:"
postcode, PO box number or IP (whole, spaces optional), "d:" every 4-digit window of a digit
run (phones, cards, IBANs, ids; separators ignored), "s:" a whole short id with no 4-digit run
(Dutch-style passport numbers). Matching is on text normalised by NFKC, case-folding, accent
stripping and Unicode digits to ASCII. A post is redrawn while a fragment of an item occurs in
its background or in another value, or a look-alike overlaps a value.

Sizes: per locale 375 labelled posts (1-3 items of distinct kinds; the first item's kind
cycles through the ten kinds) + 75 PII-free posts (some plain, some with 1-3 look-alikes):
4,500 + 900 in all; 8 roster members per locale (96 names).

Look-alike kinds (``Post.lookalike_kinds``): REFERENCE (work orders, invoices, claims,
inspection and fine references), DATE, TIME, AMOUNT, MEASURE (odometer, tyre sizes, kW,
l/100 km, bar, g/km), PART (part numbers), VIN (check digit valid), EAN (valid), ISBN
(valid, the locale's group), COMPANY_ID (ABN, BN, KvK, Dutch VAT with the 11-test, Belgian
enterprise number mod 97, Swiss UID mod 11, Swedish org.nr Luhn, Finnish Y-tunnus, RFC, South
African and Lesotho company registrations, CRO), MODEL (car models), PLACE (circuits, roads,
passes, bridges; 'Mohale's Hoek', 'Moshoeshoe I International Airport'), NAMED_AFTER (makes
and dealers named after people: Porsche, Ferrari, Citroën, Emil Frey, Louwman, D'Ieteren,
McCarthy Toyota, Bob Jane T-Marts, Laakkonen), NAME_WORD (words that are also names: grace,
roos, onni, luz, pierre, wolf, hoop, colm, dara ...).

Left out: number plates (personal data in some readings, so neither item nor look-alike),
public hotline numbers, dates of birth written on their own, postal codes on their own,
company e-mail addresses, vehicle owner names inside VIN decoders; Lesotho, Curaçao and
licence numbers have no public check and are format-only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from trainer_dev.redaction_sets.fortyninth_build import Roster, draw_post, make_roster, tokens_of
from trainer_dev.redaction_sets.fortyninth_match import fragment_in, norm
from trainer_dev.redaction_sets.fortyninth_people import given, surnames

LOCALES = ["en_AU", "en_CA", "nl_NL", "sv_SE", "fi_FI", "es_MX", "fr_BE", "de_CH",
           "nl_CW", "en_LS", "af_ZA", "ga_IE"]
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
    red, back = norm(redacted_text), norm(background)
    return any(fragment_in(red, f) and not fragment_in(back, f) for f in fragments)


def _rosters(seed: int) -> dict[str, Roster]:
    members = {loc: make_roster(seed, loc) for loc in LOCALES}
    taken: set[str] = set()
    for ms in members.values():
        for g, s in ms:
            taken |= tokens_of(f"{g} {s}")
    out = {}
    for loc in LOCALES:
        pg = [g for g in given(loc) if not tokens_of(g) & taken]
        ps = [s for s in surnames(loc) if not tokens_of(s) & taken]
        if loc == "ga_IE":  # the Ní/Nic forms too
            from trainer_dev.redaction_sets.fortyninth_people import surname_for

            ps = [s for s in ps if not tokens_of(surname_for(loc, s, "Aoife")) & taken]
        out[loc] = Roster(loc, members[loc], pg, ps)
    return out


def make_fortyninth_set(*, seed: int = 4949) -> tuple[list[str], list[Post]]:
    """(members, posts): 96 roster names and 5,400 posts in twelve locales."""
    rosters = _rosters(seed)
    members = [f"{g} {s}" for loc in LOCALES for g, s in rosters[loc].members]
    posts: list[Post] = []
    for loc in LOCALES:
        for i in range(LABELLED_PER_LOCALE + FREE_PER_LOCALE):
            rng = random.Random(f"{seed}:{i}:{loc}")
            labelled = i < LABELLED_PER_LOCALE
            text, items, looks, kinds, _genre = draw_post(rng, i, rosters[loc], labelled)
            posts.append(Post(
                text=text, locale=loc,
                items=[(it.kind, list(it.fragments), it.value) for it in items],
                item_forms=[it.form for it in items], pii_free=not labelled,
                lookalikes=looks, lookalike_kinds=kinds,
            ))
    return members, posts
