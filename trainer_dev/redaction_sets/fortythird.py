"""Forty-third redaction scoring set: energy, utilities and telecoms.

DATA CARD
- How written: every name pool, roster, street, town/postcode head, utility and telco name, e-mail
  domain, web word, look-alike list and phrase bank was written by hand for this set from general
  knowledge of each country's naming, postal, banking, energy-market and numbering habits (no
  fake-data library; no other set's banks, people, places, looks, items, values or ids opened; no
  redactor or scoring run on it; nothing here imports trainer.redact). Check digits are computed in
  code (fortythird_checks) and re-checked by the self-test: Luhn (cards, Canadian SIN, Swedish
  personnummer and samordningsnummer, CRA BN and Swedish org.nr look-alikes), IBAN mod 97 for GB CH
  BE PL CZ SE BJ with the national keys where there is one (Belgian mod-97 account key, Polish
  bank-branch check digit 3-9-7-1, Czech account weights 6-3-7-9-10-5-8-4-2-1, UEMOA RIB key with
  letters converted for Benin), Mexican CLABE (weights 3-7-1), CEMAC RIB key (Equatorial Guinea), UK
  NINO prefix/suffix rules and NHS number mod 11, Aadhaar Verhoeff, Swiss AHV EAN-13 digit, Belgian
  national number mod 97 (with the 2000+ rule), CURP check digit (37-symbol table), RFC homoclave
  digit (mod 11), PESEL weights 1-3-7-9, Polish ID card (letters 10-35, weights 7-3-1), Czech rodne
  cislo (mod 11, +50 month for women). Look-alikes with checks: GSTIN (mod 36), Swiss UID (mod 11),
  BCE/KBO (mod 97), RFC of companies, NIP (mod 11), ICO (mod 11), BN and org.nr (Luhn), product
  EAN-13 with each country's GS1 prefix. Format only (no public check): Indian PAN (4th letter P),
  Czech OP number, Benin NPI (10 digits) and IFU (13), Fiji TIN (9) and FNPF number (6), Equatorial
  Guinea DIP number (6-8 digits), Canadian transit-institution-account, Indian and Fijian bank
  accounts, GB sort code/account, Companies House, RCCM, Fiji company numbers, GQ NIF. Phones are
  drawn from hand-listed national prefixes and kept only when
  `phonenumbers.is_valid_number_for_region` holds (re-checked on the written form); IPs are built
  with `ipaddress` (global v4, private v4, v4 with port, v6 compressed and exploded); e-mails and
  URLs by regex with a delegated TLD; postcodes by each country's pattern (GB outward + inward
  letters, CA A1A 1A1 without D F I O Q U, IN PIN by city, CH/BE 4 digits, MX 5, PL NN-NNN, CZ/SE
  NNN NN); BJ, FJ and GQ have no postcodes (box numbers instead).
- Seed: SEED = 4343; one random.Random(f"{seed}:{i}:{locale}") per locale (rosters first, then
  posts); no hash() and no set iteration decides anything.
- Locales (12): en_GB en_CA en_IN de_CH fr_BE es_MX pl_PL cs_CZ sv_SE (core and earlier), fr_BJ
  en_FJ es_GQ (new here). Languages: en de fr es pl cs sv, one phrase bank each (fortythird_text_*);
  en_* posts are in English with local names, towns, phone plans, money and formats; de_CH uses
  Swiss spelling (ss); fr_BJ shares the French bank, es_GQ the Spanish one.
- Genres (6): thread (subject line, greeting, body, a quoted "> " line, closer), form (a subject
  then "label: value" lines, ids without a cue and possessives as "Note:" sentences, context as
  "Reason:" lines), ticket (priority/status/category header), chat (customer and agent lines),
  jobsheet (field engineer's work sheet with "- " bullets and a follow-up), letter (greeting, body,
  closer, then a sign-off block: the signer's name when a PERSON or MEMBER item is drawn, role and
  utility, and most phone, e-mail and web items as "Label: value" lines). Theme: meter readings and
  bills, outages and field engineers, tariff switches and direct debits, solar and heat-pump grants,
  SIM cards and broadband installs, debt collection and hardship plans.
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN in GB CH BE PL CZ SE BJ; en_CA
  (transit-institution-account), en_IN (bank account), es_MX (CLABE, plain or spaced), en_FJ (bank
  account) and es_GQ (CEMAC RIB with key) carry a local bank value labelled ID in the IBAN slot of
  the kind cycle.
- IDs by locale: GB NINO (spaced or compact) and NHS number; CA SIN (plain, spaced, dashed); IN
  Aadhaar and PAN; CH AHV (756.xxxx.xxxx.xx); BE national number (yy.mm.dd-sss.cc); MX CURP and RFC;
  PL PESEL and ID card; CZ rodne cislo (yymmdd/xxxx) and OP number; SE personnummer (10 and 12
  digits) and samordningsnummer; BJ NPI and IFU; FJ TIN and FNPF number; GQ DIP number. About 40 %
  of ids are written with no cue word (form ends "_bare").
- Written forms (item_forms): EMAIL plain/angle/mailto; PHONE intl, national (phonenumbers' national
  layout with trunk prefix), compact (E.164), dotted, dashed, intl_zero "+44 (0)..." (GB CH BE SE;
  not CZ, which has no trunk prefix); URL https_host/https_slug/www/bare; IP
  v4/v4_private/v4_port/v6/v6_full; CARD visa|mc x grouped/dashed/compact and amex 4-6-5; IBAN
  iban_print/iban_compact; ID per type (above), the same with _bare, and the bank forms; PERSON
  full/title (Mr, Mrs, Ms, Dr, Shri, Smt., Ratu, Adi, Herr, Frau, M., Mme, Sr., doña, Lic., Ing.,
  pan, pani, paní, Mgr., herr, fru)/lower/initial/surname_given ("SURNAME Given", "Surname,
  Given")/given; MEMBER full/given/surname/initial/handle/possessive ("X's", "Xs", "d'X", "de X",
  Polish genitive "Kowalskiego"/"Agnieszki", Czech genitive "Dvořáka"/"Dvořákové")/lower/folded
  (accents stripped)/title; ADDRESS one_line/multi_line/street_town (no postcode)/box (PO Box,
  Postfach, Boîte postale, "01 BP 1234 Cotonou", Apartado (Postal), skr. poczt., P. O. Box, Box;
  half the box addresses keep a street line).
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without street-type words or articles; e-mail local part; URL host or slug); p:
  postcodes, box numbers and IPs (whole, non-alphanumeric boundaries, spaces optional; an IP with a
  port carries the IP alone); d: every 4-digit window of each digit run of phones, cards, IBANs, ids
  and bank values (separators space - . / ( ) + between digits ignored); s: a whole id with no
  4-digit run. ADDRESS items carry only t: street tokens and p: postcode/box. A post is redrawn when
  any fragment also matches its background (the post with the value removed) or another value, or a
  look-alike touches a value (`check_post`).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accent-stripped (and dotless i to
  i), so "Zurcher" and "Zürcher", "Cerna" and "Černá" both leak.
- Sizes: per locale 375 labelled posts (1-3 items of distinct kinds, the first item's kind cycling
  through KINDS) + 75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3
  look-alikes): 4,500 labelled + 900 PII-free = 5,400; 8 roster members per locale (96). PERSON
  names share no token with any roster member of any locale.
- Look-alikes (15 kinds, drawn in a cycle so each kind is even): reading (kWh, m³, MWh, local
  grouping), price (£, $, ₹, FJ$, CHF, €, FCFA, MXN, zł, Kč, kr), date (local order), time (am/pm,
  14h30, kl. 14.30), percent, power (kWp, kW, A, V, kVA), speed (Mbit/s, Gbps, GB, 5G), orgreg
  (Companies House, BN, GSTIN, CHE UID, BCE, RFC, NIP, ICO, org.nr, RCCM, Fiji company no., NIF),
  ticket (INC/CASE/SR/WO/CHG), bic (bank BICs and Indian IFSC codes), version (firmware, SMETS2,
  DOCSIS, Wi-Fi 6E), ean (product EAN-13), eponym (Ohm's law, Hinkley Point C, Grande Dixence, Doel,
  Tihange, Nangbéto, Chicoasén, Bełchatów, Temelín, Forsmark, Monasavu, Djibloho ...), nameword
  (names as words: "your bill", "the summer peak", "im Ernst", "luz verde", "paz social", "lis w
  kurniku", "holub na střeše", "falk-logga"), order (invoice numbers: 16 digits failing Luhn,
  INV-/PO-/ORD-/BILL- with year).
- Distinct sentence pieces per language (openers, context, closers, per-kind lead-ins, cue-less id
  lead-ins, possessive and bank lead-ins, look-alike sentences, labels, subjects, ticket fields,
  roles, chat speakers, job-sheet headings, quotes, greetings; `piece_counts()`): en de fr pl sv
  197, es cs 198 (test floor 150).
- Items (seed 4343): ID 1,306 (921 national/tax ids, 395 of them without a cue, 43 %; 385 local bank
  values), PERSON 927, MEMBER 916, EMAIL 909, URL 901, CARD 889, ADDRESS 882, PHONE 881, IP 877,
  IBAN 531 (9,019 items); 5,447 look-alikes in 15 kinds (each >= 362; 176 16-digit invoice numbers
  failing Luhn). Genres: jobsheet 952, ticket 905, chat 902, letter 887, form 880, thread 874. Name
  pools: 22 female + 22 male given names and 40-42 surnames per locale (528 given names, 486
  surnames). Build time about 2.6 s of CPU (8-13 s wall) on the shared 2-core machine.
- Deliberately hard: ids with no cue word (NINO, SIN, Aadhaar, AHV, PESEL, rodne cislo,
  personnummer, NPI, TIN, DIP); personal PAN beside company GSTIN, personal RFC/CURP beside company
  RFC, PESEL beside NIP, rodne cislo beside ICO, personnummer beside org.nr; 16-digit invoice
  numbers failing Luhn beside real cards; BICs and IFSC beside IBANs and bank values; EAN-13 codes,
  meter readings with five-digit registers and ticket numbers beside ids; Czech and Polish
  possessive genitives (Dvořáka, Kowalskiego, Agnieszki); Swiss "Annas"-type genitives; names that
  are also words (Hope, Joy, Summer, Holly, Will, Frank, Jack, Baker, Marsh, Hunter, Rook, Moss,
  Fox, Bright, Snow, Stone, Brook, Bear, Sommer, Winter, Fuchs, Ernst, Graf, Rose, Espérance,
  Prudence, Grâce, Luz, Esperanza, Paz, Pilar, Dolores, Victoria, Socorro, Król, Lis, Baran, Sikora,
  Mazur, Holub, Liška, Malý, Veselý, Falk, Björk, Berg, Strand, Palm, Blom, Saga) and look-alike
  phrases built on them; particle and compound names (von Gunten, de Meeûs, d'Ursel, Van
  Cauwenberghe, de la Garza, Garza Sada, Bio Tchané, Orou Guiwa, d'Almeida, de Souza, af Klercker,
  von Essen, Lloyd-Evans, Ó Briain, St-Pierre, D'Souza, Jean-François, María José); Fijian and
  Indo-Fijian names side by side; Fang and Bubi surnames (Obiang, Nguema, Ndong) that also name
  streets (Calle Ela Nguema); street tokens that are words (Queens, Kings, Haute, Loi); e-mail local
  parts and URL hosts built from name tokens; v6 addresses exploded with zero groups; "+44 (0)"
  trunk forms.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import fortythird_looks as L
from trainer_dev.redaction_sets.fortythird_build import (
    GENRES,
    KINDS,
    LABELLED,
    LOCALES,
    PLAIN,
    WITH_LOOKS,
    compose,
    draw_item,
    make_roster,
    person_pools,
    roster_tokens,
)
from trainer_dev.redaction_sets.fortythird_checks import frag_matches, leaked, normalise

SEED = 4343
__all__ = ["KINDS", "LOCALES", "SEED", "Post", "check_post", "leaked", "make_fortythird_set"]


@dataclass
class Post:
    locale: str
    text: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    item_forms: list = field(default_factory=list)
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


def check_post(post: Post) -> bool:
    """Values verbatim and apart; every fragment in the text, not in its background nor in
    another value; look-alikes in the text and outside every value."""
    text = post.text
    norm = normalise(text)
    values = [v for _, _, v in post.items]
    for k, v in enumerate(values):
        if not v or v not in text:
            return False
        for j, w in enumerate(values):
            if j != k and (v in w or w in v):
                return False
    for k, (_kind, frags, value) in enumerate(post.items):
        if not frags:
            return False
        back = normalise(text.replace(value, " "))
        for f in frags:
            if not frag_matches("", f, norm) or frag_matches("", f, back):
                return False
            for j, other in enumerate(values):
                if j != k and frag_matches(other, f):
                    return False
    stripped = text
    for v in values:
        stripped = stripped.replace(v, "\x00")
    for la in post.lookalikes:
        if la not in stripped or any(la in v or v in la for v in values):
            return False
    return True


def _draw(rng, locale, kinds, look_kinds, genre, roster, pools, n_ctx) -> Post:
    for _ in range(300):
        drawn = [draw_item(rng, locale, k, roster, pools) for k in kinds]
        looks = [(k, L.DRAW[k](rng, locale)) for k in look_kinds]
        text = compose(rng, locale, genre, drawn, looks, n_ctx)
        post = Post(locale=locale, text=text,
                    items=[(d[0], list(d[2]), d[1]) for d in drawn],
                    item_forms=[d[3] for d in drawn],
                    lookalikes=[v for _, v in looks], lookalike_kinds=[k for k, _ in looks],
                    genre=genre)
        if check_post(post):
            return post
    raise RuntimeError(f"no valid post for {locale} {kinds} {look_kinds}")


def make_fortythird_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names, posts): 12 locales x (375 labelled + 75 PII-free)."""
    rngs = {loc: random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)}
    rosters = {loc: make_roster(rngs[loc], loc) for loc in LOCALES}
    banned = roster_tokens(rosters)
    members = [m["name"] for loc in LOCALES for m in rosters[loc]]
    posts: list[Post] = []
    n_looks_kinds = len(L.LOOK_KINDS)
    for i, loc in enumerate(LOCALES):
        rng, roster = rngs[loc], rosters[loc]
        pools = person_pools(loc, banned)
        cycle = i

        def looks(n: int) -> list[str]:
            nonlocal cycle
            out = [L.LOOK_KINDS[(cycle + k) % n_looks_kinds] for k in range(n)]
            cycle += n
            return out

        for j in range(LABELLED):
            kinds = [KINDS[j % len(KINDS)]]
            rest = [k for k in KINDS if k != kinds[0]]
            kinds += rng.sample(rest, rng.choice((0, 1, 1, 2)))
            look_kinds = looks(rng.choice((0, 1, 1, 2)))
            genre = GENRES[rng.randrange(len(GENRES))]
            posts.append(_draw(rng, loc, kinds, look_kinds, genre, roster, pools,
                               rng.randint(1, 2)))
        for _ in range(PLAIN):
            genre = GENRES[rng.randrange(len(GENRES))]
            posts.append(_draw(rng, loc, [], [], genre, roster, pools, rng.randint(2, 4)))
        for _ in range(WITH_LOOKS):
            genre = GENRES[rng.randrange(len(GENRES))]
            posts.append(_draw(rng, loc, [], looks(rng.randint(1, 3)), genre, roster, pools,
                               rng.randint(1, 3)))
    return members, posts
