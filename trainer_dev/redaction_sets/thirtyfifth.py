"""Thirty-fifth redaction scoring set: healthcare administration and patient services.

DATA CARD
- How written: every name pool, roster, street, town/postcode pair, e-mail domain, web word,
  organisation name, look-alike list and phrase bank was written by hand for this set from
  general knowledge of each country's naming, postal, banking, health-system and numbering
  habits (no fake-data library; no other set's banks, people, places, looks, items, values or
  ids files opened; no redactor or scoring run on it; nothing here imports trainer.redact).
  Check digits are computed in code (thirtyfifth_ids, thirtyfifth_looks) and re-checked in the
  self-test: Luhn (cards, SA ID, tessera sanitaria TEAM number, partita IVA look-alikes), IBAN
  mod 97 for GB DE BE ES BR IT NL TR with the national keys where there is one (Belgian mod-97
  account key, Spanish DC pair, Italian CIN letter), US SSN ranges (no 000/666/9xx area, no 00
  group, no 0000 serial), ABA routing 3-7-1, UK NINO prefix/suffix rules and NHS number mod 11,
  German Steuer-ID (one digit repeated, ISO 7064 MOD 11,10) and KVNR (letter as two digits,
  weights 1-2), Belgian national number mod 97 (with the 2000+ rule), Spanish DNI/NIE letter and
  NUSS mod 97, Brazilian CPF (two mod-11 digits) and CNS (weighted sum mod 11), Italian codice
  fiscale (consonant rules, month letter, +40 for women, Belfiore code, odd/even check letter),
  Dutch BSN 11-check, Turkish TC Kimlik (10th and 11th digit rules), Uruguayan CI (weights
  2987634). Look-alikes with checks: Belgian KBO/BCE mod 97, Spanish CIF control digit, CNPJ,
  partita IVA, Turkish company vergi no, Uruguayan RUT mod 11, German PZN mod 11, ISBN-13.
  Format only (no public check): US Medicare MBI (position rules), Kenyan national id (8
  digits) and KRA PIN (A/P + 9 digits + letter), South African, Kenyan and Uruguayan bank
  accounts, US bank account numbers, Companies House, HRB, KvK, CIPC, EIN, NDC. Phones are
  drawn from national number plans and kept only when `phonenumbers.is_valid_number` holds for
  the right region; IPs are built with `ipaddress` (global v4, private v4, v4 with port, v6
  compressed str() and exploded); e-mails and URLs by regex with a delegated TLD; postcodes by
  each country's pattern (US ZIP and ZIP+4, GB outward+inward letters, NL 4+2 without SA/SD/SS,
  BR CEP 5-3, ES and TR province ranges, BE, ZA, KE, UY, DE, IT digit forms).
- Seed: SEED = 3535; one random.Random(f"{seed}:{i}:{locale}") per locale; no hash() and no
  set iteration decides anything.
- Locales (12): en_US en_GB de_DE fr_BE es_ES pt_BR (core), it_IT nl_NL en_ZA (written
  afresh), tr_TR en_KE es_UY (new here). Languages: en de fr es pt it nl tr, one phrase bank
  each (thirtyfifth_bank_<lang>); tr_TR posts are in Turkish, en_KE and en_ZA in English with
  local names, towns, phone plans and formats; es_UY shares the Spanish bank.
- Genres (6): thread (e-mail with a subject line, a quoted "> " line and a closer; an e-mail
  written <like this> becomes the "From: organisation <address>" line of the header), form
  (pasted "label: value" lines with non-PII fields such as reason and source), roster (rota
  table "| day | shift | label: value |" under a header row, open slots as "—"), ticket
  (helpdesk ticket with priority/status/category fields), handover (shift hand-over notes as
  "- " bullets), signature (message ending in a sign-off block: the signer's name when a PERSON
  or MEMBER item is drawn, role, organisation and the contact items).
  Theme: clinic front desks, pharmacy counters, insurers' member services, hospital HR and
  rostering, telehealth support, medical-device field service.
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only in GB DE BE ES BR
  IT NL TR; en_US (ABA routing + account), en_ZA (universal branch code + account), en_KE (bank
  account) and es_UY (BROU account) carry a local bank value labelled ID in the IBAN slot.
- IDs by locale: US SSN, Medicare MBI; GB NINO, NHS number; DE Steuer-ID, KVNR; BE national
  number / NISS; ES DNI, NIE, NUSS; BR CPF, CNS (Cartao SUS); IT codice fiscale, tessera
  sanitaria; NL BSN (plain and 4.2.3 dotted); ZA ID number (plain and 6-4-3); TR TC Kimlik No;
  KE national id, KRA PIN; UY cedula (1.234.567-8 and plain). About 40 % of ids are pasted with
  no cue word (form ends "_bare").
- Written forms (item_forms): EMAIL plain/angle/mailto; PHONE intl, national (with the trunk
  prefix where the country has one), compact (E.164), dotted, dashed, intl_zero "+44 (0)20 ..."
  (GB DE BE NL ZA TR KE); URL https_host/https_slug/www/bare; IP v4/v4_private/v4_port/v6/
  v6_full; CARD visa|mc x grouped/dashed/compact and amex 4-6-5; IBAN iban_print/iban_compact;
  ID per type (above) and _bare; PERSON full/title (Dr, Frau, Mme, Sra., Dott.ssa, mevrouw,
  "Ayse Hanim")/lower/initial/surname_given ("SURNAME Given", "Surname, Given")/given; MEMBER
  full/given/surname/initial/handle/possessive ("X's", "von X", "de X" or "d'X", "di X", "van X",
  Turkish "X'in" with vowel harmony)/lower/folded (accents stripped)/title; ADDRESS one-line/
  multi-line/street+town (no postcode)/box (PO Box, Postfach, BP, Apartado de Correos, Caixa
  Postal, Casella Postale, Postbus, PK, P.O. Box NNNN-postcode, Casilla de Correo; box
  addresses keep a street line).
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without street-type words or articles; e-mail local part; URL host or
  slug); p: postcodes, box numbers and IPs (whole, non-alphanumeric boundaries, spaces
  optional); d: every 4-digit window of each digit run of phones, cards, IBANs, ids and bank
  values (separators space - . / ( ) + between digits ignored); s: a whole id with no 4-digit
  run. ADDRESS items carry only t: street tokens and p: postcode/box (street and postcode are
  scored apart). A post is redrawn when any fragment also matches its background (the post
  with the value removed) or another value (`check_post`).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accent-stripped (and
  dotless i to i), so "Yildiz" and "Yıldız", "Muller" and "Müller" both leak.
- Sizes: per locale 375 labelled posts (1-3 items, the first item's kind cycling through
  KINDS) + 75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3 look-alikes):
  4,500 labelled + 900 PII-free; 8 roster members per locale (96); PERSON names share no token
  with any roster member (PERSON pools are filtered against all roster tokens).
- Look-alikes (17 kinds): order (PO-/INV-/ORD-/RX- numbers and 16-digit numbers failing Luhn),
  price ($, £, €, R$, R, TL/₺, KSh/KES, $U/UYU), date (local order), time (AM/PM, 14h30,
  24 h), version, isbn (valid ISBN-13 with the country's group), measure (500 mg, 2x daily,
  1-0-1, 3dd1, cada 8 horas, günde 2 kez ...), percent (12 %, %12 in Turkish), orgreg (EIN,
  Companies House, HRB, BCE/KBO, CIF, CNPJ, P.IVA, KvK, CIPC, vergi no, company KRA PIN, RUT),
  ticket (INC/REQ/CHG ids), drugcode (ATC codes, PZN, NDC), icd (ICD-10 codes), lot (LOT/Batch/
  Ch.-B.), room (ward/room/bed, Station, salle, planta, leito, stanza, kamer, oda), bic (real
  bank BICs), eponym (Alzheimer's, Parkinson's, Hodgkin, Charité, Groote Schuur, Chris Hani
  Baragwanath, Kenyatta National Hospital, Hacettepe, Hospital de Clínicas, Gemelli ...),
  nameword (names used as words: "the summer rota", "im Ernst", "luz verde", "paz social",
  "kurt gibi", "koç burcu").
- Distinct sentence pieces per language (openers, context, closers, per-kind lead-ins, cue-less
  id lead-ins, possessive and bank lead-ins, labels, look-alike sentences, genre headers,
  quotes, days, shifts, roles, ticket/form fields; `piece_counts()`): en de fr es pt it nl tr
  199 each (test floor 150).
- Items (seed 3535): ID 1,200 (902 national/tax/health ids, 373 of them without a cue, 41 %;
  298 local bank values), URL 923, ADDRESS 921, MEMBER 913, EMAIL 912, PHONE 909, PERSON 903,
  CARD 899, IP 872, IBAN 596 (9,048 items); 5,604 look-alikes in 17 kinds (each >= 323; 142
  16-digit orders failing Luhn). Name pools: 18 female + 18 male given names and 25-27
  surnames per locale. Build time about 2.6-3.5 s of CPU (6-9 s wall) on the shared 2-core
  machine; posts failing check_post are redrawn.
- Deliberately hard: ids with no cue word (SSN, NINO, Steuer-ID, BSN, TC Kimlik, CPF, CI, ZA
  ID, KRA PIN); personal KRA PINs beside company KRA PINs, CPF beside CNPJ, codice fiscale
  beside partita IVA, TC Kimlik beside vergi no; 16-digit invoice numbers failing Luhn beside
  real cards; BICs beside IBANs; ATC, PZN, NDC, ICD-10 and lot codes beside ids; doses and
  German "1-0-1" schemes; eponyms of diseases and hospitals (Alzheimer's, Groote Schuur); names
  that are also words (Baker, Summers, Marsh, Hunter, Rose, Fuchs, Ernst, Paz, Consuelo,
  Esperanza, Luz, Lobo, Rocha, Pinto, Coelho, Precious, Kara, Kurt, Koç, Demir, Doğan);
  particle and compound surnames (van den Berg, de Vries, von Thaden, de Meeûs, dos Anjos, De
  Santis, D'Angelo, van der Merwe, Hughes-Jones, Fernández-Cuesta, Dubois-Lemaire);
  lower-case, folded, handle and possessive mentions (Turkish suffixes); multi-line and box
  addresses; phones in national forms with trunk prefixes, "(0)", dots and dashes.
"""

from __future__ import annotations

from trainer_dev.redaction_sets.thirtyfifth_build import build, piece_counts
from trainer_dev.redaction_sets.thirtyfifth_core import (
    IBAN_LOCALES,
    KINDS,
    LOCALES,
    Post,
    check_post,
    leaked,
)

SEED = 3535

__all__ = [
    "IBAN_LOCALES",
    "KINDS",
    "LOCALES",
    "SEED",
    "Post",
    "check_post",
    "leaked",
    "make_thirtyfifth_set",
    "piece_counts",
]


def make_thirtyfifth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names, posts): 375 labelled + 75 PII-free posts in each of 12 locales."""
    return build(seed)
