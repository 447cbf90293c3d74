"""Thirty-seventh redaction scoring set: public services and government casework.

DATA CARD
- How written: every name pool, street, town/postcode pair, mail provider, web word, office,
  look-alike list and phrase bank was written by hand for this set from general knowledge of
  each country's naming, postal, banking, tax, social-security and court habits (no fake-data
  library; no other set's banks, people, places, looks, items, values, ids or text files opened;
  no redactor or scoring run on it; nothing here imports trainer.redact). Modules:
  thirtyseventh_people (names), _places (streets, towns, postcodes, providers), _ids (check
  digits, ids, cards, IBANs, local bank values), _contact (phones, IPs, e-mails, URLs, id
  table), _looks (look-alikes), _text_<lang> (phrase banks), _build (posts, fragments, leaked,
  check_post). Checks computed in code and re-checked in the self-test: Luhn (cards, IMSS NSS,
  SIREN and partita IVA look-alikes), IBAN mod 97 for GB AT FR IT BE PL BA with the national
  keys (French RIB key, Italian CIN letter, Belgian mod-97 account key, Bosnian mod-97 pair,
  Polish sort-code digit), US SSN ranges and ITIN group ranges, ABA routing 3-7-1, Mexican
  CLABE (weights 3-7-1), UK NINO prefix/suffix rules and NHS number mod 11, Austrian SV-Nummer
  (weights 3 7 9 . 5 8 4 2 1 6, mod 11), French NIR (key 97 - n mod 97) and numero fiscal
  (first ten mod 511), CURP (weighted check over the 37-letter alphabet), Italian codice
  fiscale (consonant rules, month letter, +40 for women, Belfiore code, odd/even check letter),
  Belgian rijksregisternummer (mod 97 with the 2000+ rule) and eID card number (mod 97),
  PESEL and Polish ID card (weights 7 3 1 9 7 3 1 7 3), Bosnian JMBG (mod 11, region 10-19),
  Nicaraguan cedula (letter = 13 digits mod 23). Look-alikes with checks: Austrian UID (ATU),
  SIREN, partita IVA, Belgian KBO, Polish NIP, Mexican RFC (persona moral, mod 11), Belgian
  structured communication (+++.../.../...+++, mod 97), 16-digit payment references failing
  Luhn. Format only (no public check): Austrian Steuernummer, Italian CIE, Kenyan ID and KRA
  PIN, Haitian NIF and CIN, Nicaraguan INSS, Kenyan, Haitian and Nicaraguan bank accounts,
  EIN, Companies House, FN, JIB, patente, RUC. Phones are drawn from national number plans and
  kept only when phonenumbers.is_valid_number holds for the region; IPs are built with
  ipaddress (global v4, private v4, v4 with port, v6 compressed and exploded); e-mails and URLs
  by regex with a delegated TLD; postcodes by each country's pattern (US ZIP and ZIP+4, GB
  outward + inward letters, AT/BE 4 digits, FR department ranges, PL NN-NNN, HT "HT" + 4, BA
  7xxxx/8xxxx, MX IT KE NI 5 digits).
- Seed: SEED = 3737; one random.Random(f"{seed}:{i}:{locale}") per locale; no hash() and no
  set iteration decides anything.
- Locales (12): en_US en_GB de_AT fr_FR es_MX it_IT nl_BE pl_PL en_KE bs_BA (core and
  earlier, written afresh) and fr_HT es_NI (new here). Languages: en de fr es it nl pl bs, one
  phrase bank each (thirtyseventh_text_<lang>); en_KE posts are English with Kenyan names,
  towns, P.O. Box addresses and phone plan; fr_HT shares the French bank, es_NI the Spanish.
- Theme: municipal offices, tax offices, social security and pensions, immigration and
  residence permits, courts and notaries, citizens' advice.
- Genres (6): letter (subject line, greeting, body, closer, sign-off), form (pasted "label:
  value" lines under a form header and an office line; cue-less ids and look-alikes go into
  the notes line), note (caseworker "- " bullets), chat (resident/advisor lines with advisor
  replies), forum ("[office] subject" then the body), signature (message ending in a sign-off
  block: the signer's name when a PERSON or MEMBER item is drawn, the office for a member,
  then "label: value" lines for e-mail, phone, website and address items).
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only in GB AT FR IT BE
  PL BA; en_US (ABA routing + account), es_MX (CLABE), en_KE, fr_HT and es_NI (bank account)
  carry a local bank value labelled ID in the IBAN slot.
- IDs by locale: US SSN, ITIN; GB NINO, NHS number; AT SV-Nummer, Steuernummer; FR NIR,
  numero fiscal; MX CURP, IMSS NSS; IT codice fiscale, CIE number; BE rijksregisternummer,
  eID card number; PL PESEL, dowod osobisty; KE national ID, KRA PIN; BA JMBG; HT NIF, CIN;
  NI cedula, INSS. About 40 % of ids are pasted with no cue word (form ends "_bare").
- Written forms (item_forms): EMAIL plain/angle/mailto/upper; PHONE intl, national (trunk 0
  where the plan has one), e164, dotted, dashed, intl_zero "+43 (0)664 ..." (GB AT FR BE KE
  BA); URL https_host/https_slug (calendly, linktr.ee, gofundme, about.me,
  github.io)/www/bare/http_path (a local path such as /kontakt, /citas); IP
  v4/v4_private/v4_port/v6/v6_full; CARD visa|mc x grouped/dashed/compact and amex 4-6-5; IBAN
  iban_print/iban_compact; ID per type (above), _bare, and the bank forms aba_acct, clabe,
  clabe_grouped, ke_account, ht_account, ni_account; PERSON full/title (Ms, Frau Mag., Mme, Me,
  Lic., Doña, Dott.ssa, Avv., mevrouw, dhr., pani, mec., gospoda)/lower/initial/surname_given
  ("SURNAME Given", "Surname, Given")/given; MEMBER full/given/surname/initial/handle
  ("@given.surname")/possessive ("X's", "von X", "de X" or "d'X", "di X", "van X"; not in
  pl/bs, whose banks keep names in the nominative)/lower/folded (accents stripped)/title;
  ADDRESS oneline/multiline/street_town (no postcode)/box (PO Box, Postfach, BP ... Cedex,
  Apartado Postal, Casella Postale, Postbus, skrytka pocztowa, postanski pretinac, P.O. Box
  NNNNN-postcode).
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials,
  hyphenated names split into their parts; street-name tokens without street-type words or
  articles; e-mail local part; URL host or slug); p: postcodes, box numbers and IPs (whole,
  non-alphanumeric boundaries, spaces optional); d: every 4-digit window of each digit run of
  phones, cards, IBANs, ids and bank values (separators space - . / ( ) + between digits
  ignored); s: a whole id with no 4-digit run (codice fiscale). ADDRESS items carry only t:
  street tokens and p: postcode/box. A post is redrawn when any fragment also matches its
  background (the post with the value removed) or another value, or a look-alike overlaps a
  value (check_post).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accents stripped (and l
  with stroke, d with stroke, dotless i folded), so "Lukasz" and "Łukasz", "Hodzic" and
  "Hodžić" both leak.
- Sizes: per locale 375 labelled posts (1-3 items, the first item's kind cycling through
  KINDS) + 75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3 look-alikes):
  4,500 labelled + 900 PII-free; 8 roster members per locale (96); PERSON, e-mail and URL
  names share no token with any roster member (pools filtered against all roster tokens).
- Look-alikes (14 kinds): caseref (docket and file numbers: 1:24-cv-01234, GZ 3 Cg 45/24, RG
  n° 24/01234, sygn. akt I C 123/24, E123 of 2024 ...), date (local order, month names), time
  (AM/PM, 14h30, 9:30 Uhr), fee ($, £, €, MXN, zł, KSh, KM, gourdes, C$), orgreg (registers
  above), form (Form I-130, SA100, Formular E 1, Cerfa, modello 730, PIT-37, obrazac PD-1,
  P9A ...), lawref (8 U.S.C. § 1101, § 1295 ABGB, art. 415 k.c., član 200 ZOO ...), percent,
  queue (queue ticket numbers), counter (counter, Schalter, guichet, ventanilla, sportello,
  loket, okienko, šalter), bic (real bank BICs), eponym (Thurgood Marshall Federal Judiciary
  Building, Karl-Marx-Hof, Palais de justice Victor-Hugo, Biblioteca Vasconcelos, Justus
  Lipsiusgebouw, Kenyatta National Hospital, Vijećnica, place Toussaint-Louverture, Rotonda
  Rubén Darío ...), nameword (names used as words: "im Ernst", "luz verde", "wilk syty",
  "vuk samotnjak", "le destin du dossier"), payref.
- Distinct sentence pieces per language (openers, context, closers, per-kind lead-ins, id and
  bank lead-ins, cue-less lead-ins, look-alike frames, subjects, greetings, sign-offs, labels,
  chat roles and advisor replies, form headers, offices; piece_counts()): en de fr es it nl pl
  bs 172 each (test floor 150).
- Items (seed 3737): ID 1,152 (820 national/tax/health ids, 332 of them without a cue,
  40 %; 332 local bank values; 40 codice fiscale items scored by an s: fragment), IP 843,
  PHONE 812, CARD 802, URL 796, EMAIL 792, MEMBER 789, ADDRESS 786, PERSON 770, IBAN 495
  (8,037 items); 4,275 look-alikes in 14 kinds (each >= 300). Name pools: 21 female + 21 male
  given names and 40-44 surnames per locale (504 given names, 508 surname entries). Build
  time about 2.2-3 s of CPU on the shared 2-core machine.
- Deliberately hard: ids with no cue word (SSN, NINO, SV-Nummer, NIR, CURP, PESEL, JMBG, KRA
  PIN, cedula); personal KRA PINs beside company PINs, PESEL beside NIP, codice fiscale beside
  partita IVA, NIR beside SIREN; 16-digit payment references failing Luhn beside real cards;
  Belgian structured communications beside IBANs; BICs beside IBANs; docket numbers, form
  numbers and statute references beside ids; eponyms of courts, hospitals and squares;
  names that are also words (Summer, Hope, Hunter, Baker, Brooks, Marsh, Fox, Sparrow, Ernst,
  Fuchs, Wolf, Sommer, Blanc, Petit, Legrand, Luz, Esperanza, Dolores, Consuelo, Cruz,
  Leone, Fiore, Villa, Costa, De Vos, Roos, Król, Zając, Wróbel, Sowa, Wilk, Faith, Grace,
  Mercy, Precious, Golub, Vuk, Kovač, Jeune, Destin, Lamour, Désir, Perla, Aura); particle,
  compound and hyphenated surnames (von Hohenberg, de Villiers, Le Goff, de la Cruz, del
  Valle, De Luca, D'Angelo, Van den Bossche, ap Rhys, Saint-Fleur, Fils-Aimé, Pierre-Louis);
  Spanish double surnames; Polish female surname forms; Haitian hyphenated given names
  (Marie-Carmelle, Jean-Robert); Nicaraguan given names (Yahoska, Scarleth, Heyling);
  Kenyan P.O. Box addresses with box and postcode; Bosnian street names in the genitive
  (Zmaja od Bosne, Kralja Tvrtka); upper-case e-mails; "+43 (0)" phones.
"""

from __future__ import annotations

import random

from .thirtyseventh_build import (
    KINDS,
    LOCALES,
    Ctx,
    Post,
    build_locale,
    check_post,
    fold_tokens,
    leaked,
    make_roster,
    norm,
    piece_counts,
)

SEED = 3737

__all__ = [
    "KINDS",
    "LOCALES",
    "Post",
    "SEED",
    "check_post",
    "leaked",
    "make_thirtyseventh_set",
    "norm",
    "piece_counts",
]


def make_thirtyseventh_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names of members, posts); one Random per locale."""
    rngs = [random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)]
    rosters = [make_roster(rng, loc) for rng, loc in zip(rngs, LOCALES, strict=False)]
    members = [f"{g} {s}" for roster in rosters for g, _, s in roster]
    banned: set[str] = set()
    for name in members:
        banned |= fold_tokens(name)
    posts: list[Post] = []
    for rng, loc, roster in zip(rngs, LOCALES, rosters, strict=False):
        posts += build_locale(Ctx(loc, rng, roster, banned))
    return members, posts
