"""Thirty-ninth redaction scoring set: recruitment, HR and payroll.

DATA CARD
- How written: every name pool, roster, street, town/postcode pair, e-mail domain, web word,
  employer name, statute, form name, pay grade, look-alike list and phrase bank was written by
  hand for this set from general knowledge of each country's naming, postal, banking, tax,
  payroll and numbering habits (no fake-data library; no other set's banks, people, places,
  looks, items, values or ids files opened; no redactor or scoring run on it; nothing here
  imports trainer.redact). Check digits are computed in code (thirtyninth_values,
  thirtyninth_looks, thirtyninth_checks) and re-checked in the self-test: Luhn (cards),
  IBAN mod 97 for GB CH BE IT PL RO CV with the national keys where there is one (Belgian
  mod-97 account key, Italian CIN letter, Polish bank-branch check digit), US SSN ranges (no
  000/666/9xx area, no 00 group, no 0000 serial), UK NINO prefix/suffix rules, Swiss AHV
  number (756, EAN-13 check), Belgian NISS mod 97 (with the 2000+ rule, odd serial for men),
  Argentine CUIL (mod 11, 20/27 prefix) and CBU (two check digits, weights 7139 and 3971),
  Italian codice fiscale (consonant rules, month letter, +40 for women, Belfiore code,
  odd/even check letter), Polish PESEL (month +20 after 2000, sex digit, weights 1379) and
  ID card (series letters, weights 731, check digit in 4th place), Indian Aadhaar (Verhoeff,
  no leading 0/1) and PAN (P in 4th place, surname initial 5th), Romanian CNP (sex/century
  digit, county code, weights 279146358279), Cabo Verde NIF (leading 1, mod-11 digit on the
  Portuguese model: Cabo Verde's own rule is not public to us). Format only: Cuban carné de
  identidad (YYMMDD, century digit, sex digit in 10th place), Guyana TIN (9 digits) and NIS
  number (7 digits), Argentine DNI (dotted), Indian UAN (12 digits, 10 prefix), US, Indian,
  Cuban and Guyanese bank account numbers. Look-alikes with checks: ISBN-13 (country group),
  ABA routing (3-7-1), Swiss UID CHE (mod 11), Belgian BCE/KBO (mod 97), Argentine company
  CUIT (30/33, mod 11), partita IVA (Luhn), Polish NIP and REGON (mod 11), Romanian CUI (mod 11
  with weights 753217532), Cabo Verde company NIF (leading 2). Phones are drawn from national
  number plans and kept only when `phonenumbers.is_valid_number` holds for the region (each
  written form re-parsed); IPs with `ipaddress` (global v4, private v4, global v4 with
  port, global v6 compressed and exploded); e-mails and URLs by regex with a delegated TLD;
  postcodes by each country's pattern (US ZIP and ZIP+4, GB outward+inward letters, AR CPA
  letter+4+3 or 4 digits, PL NN-NNN, CH BE CV 4 digits, IT CU 5, IN RO 6; Guyana has none).
- Seed: SEED = 3939; one random.Random(f"{seed}:{i}:{locale}") per locale; no hash() and no
  set iteration decides anything.
- Locales (12): en_US en_GB de_CH fr_BE es_AR it_IT pl_PL en_IN ro_RO (core and earlier) and
  pt_CV es_CU en_GY (new here). Languages: en de fr es it pl ro pt, one phrase bank each
  (thirtyninth_bank_<lang>); en_IN and en_GY in English with local names, towns, phone plans
  and formats; es_AR (voseo) and es_CU share the Spanish bank; pt_CV in European Portuguese.
- Genres (6): thread (Subject line, greeting, body, closer, sign-off and team), form (pasted
  "Label: value" lines with non-PII fields such as status and contract type), note (title and
  "- " bullets), chat (one run-on message), ticket ("[Ticket] subject", field lines, quoted
  "> " lines, team), signature (message ending in a sign-off block: the
  signer's name when a PERSON or MEMBER item is drawn, else the team; role; then "Label:
  value" lines for e-mail, phone, link and address items). Theme: job applications and
  references, interviews, onboarding, contracts, payslips and tax codes, pensions, leave,
  works councils.
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only in GB CH BE IT PL
  RO CV; en_US (account, with its ABA routing number in brackets right after it as a bic
  look-alike), es_AR (CBU), en_IN (account, with its IFSC in brackets after it), es_CU and
  en_GY (account) carry a local bank value labelled ID in the IBAN slot.
- IDs by locale: US SSN (dashed, spaced); GB NINO (spaced, compact); CH AHV number (dotted,
  plain); BE NISS (dotted, plain); AR DNI (dotted) and CUIL; IT codice fiscale; PL PESEL and
  ID card number; IN Aadhaar (4-4-4, plain), PAN, UAN; RO CNP; CV NIF (plain, 3-3-3); CU
  carné de identidad; GY TIN and NIS number. About 40 % of these ids are pasted with no cue
  word (form ends "_bare"): 323 of 796 at seed 3939. National/tax ids per locale at seed 3939:
  en_US 66, en_GB 73, de_CH 67, fr_BE 60, es_AR 63, it_IT 71, pl_PL 67, en_IN 69, ro_RO 64,
  pt_CV 60, es_CU 65, en_GY 71.
- Written forms (item_forms): EMAIL plain/angle/mailto; PHONE intl, national (the plan's
  own national format, trunk 0 where there is one, Argentine 15 mobiles), compact (E.164),
  dotted, dashed, intl_zero "+44 (0)20 ..." (GB CH BE); URL https_host/https_slug (linkedin,
  github, gitlab, calendly, behance, about.me, medium @, dribbble)/www/bare; IP v4/v4_private/
  v4_port/v6/v6_full; CARD visa|mc x grouped/dashed/compact and amex 4-6-5; IBAN iban_print/
  iban_compact; ID per type (above), _bare, and the bank forms us_account/cbu/in_account/
  cu_account/gy_account; PERSON full/title (Ms., Frau, Mme, Sra., dott.ssa, pani, dna,
  compañera, Shri, Smt. ...)/lower/initial/surname_first ("SURNAME Given", "Surname, Given")/
  given; MEMBER full/given/surname/initial/handle/possessive ("X's", "Annas", "de X"/"d'X",
  "di X", "da/do X", Romanian "lui X"/"Ioanei"/"Monicăi"/"Floarei", Polish genitive "Anny",
  "Natalii", "Urszuli", "Marka", "Pawła", "Cezarego")/
  lower/folded (accents stripped; only for names with accents)/title; ADDRESS oneline/
  multiline/street_town (no postcode)/box (PO Box, Postfach, Boîte postale, Casilla de
  Correo, Casella Postale, skrytka pocztowa, Post Box No., Căsuța Poștală, Caixa Postal,
  Apartado, P.O. Box; box addresses carry no street line).
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without street-type words or particles, Swiss compounds such as
  "Seefeldstrasse" as one token; e-mail local part; URL host or slug); p: postcodes, box
  numbers and IPs (whole, non-alphanumeric boundaries, spaces optional); d: every 4-digit
  window of each digit run of phones, cards, IBANs, ids and bank values (separators space - .
  / ( ) + between digits ignored); s: a whole id with no 4-digit run (codice fiscale).
  ADDRESS items carry only t: street tokens and p: postcode/box. A post is redrawn when any
  fragment also matches its background (the post with the value removed) or another value,
  or a look-alike overlaps a value (`check_post`).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accent-stripped (ł to l,
  dotless i to i), so "Jabłońska" and "JABLONSKA", "Ríos" and "rios" both leak.
- Sizes: per locale 375 labelled posts (1-3 items, the first item's kind cycling through
  KINDS; in the five non-IBAN locales the IBAN turn is the local bank value) + 75 PII-free
  (30 plain with no digits and no look-alikes, 45 with 1-3 look-alikes): 4,500 labelled +
  900 PII-free; 8 roster members per locale (96, 4 women and 4 men); PERSON names share no
  token with any roster member of any locale (pools filtered against all roster tokens,
  Polish surnames in both gendered forms).
- Look-alikes (17 kinds): order (REQ-/JR/INV-/PO-/VAC-/OFF- numbers and 16-digit numbers
  failing Luhn), salary (local currency and grouping: $, £, CHF 7'850.–, €, ARS, zł, ₹ with
  lakh grouping, lei, 85 000$00 escudos, CUP, G$), date (local order), time (AM/PM, 14h30,
  14.30 Uhr), percent, version, isbn (valid ISBN-13 with the country's group), orgreg (EIN,
  Companies House, CHE UID, BCE, CUIT, P.IVA, NIP, REGON, CIN, CUI, company NIF, NIT/REEUP,
  Guyana business registration), taxform (W-4, tax code 1257L/BR/K475, P60, Lohnausweis,
  Quellensteuer-Tarif, fiche 281.10, F.572 SIRADIG, CU, 730, F24, PIT-11, ZUS DRA, Form 16,
  D112, Modelo 1B do IUR, NIS CS3 ...), ticket (HR-/INC/CASE-/SR#/PAY-/ONB-), grade (GS-12
  step 4, AfC Band 7, Lohnklasse, barème, CCT 130/75 categories, livello CCNL, grupa
  zaszeregowania, 7th CPC level, clasa, escalão, grupo escala), room, bic (real BICs, ABA
  routing numbers, sort codes, IFSC), company (employers named like people: Johnson &
  Johnson, Marks & Spencer, Lindt & Sprüngli, Ferrero, Ferragamo, Godrej, Bajaj, Dacia, Banks
  DIH, Havana Club ...), law (29 U.S.C. § 207, ERA 1996 s. 86, Art. 335c OR, Ley 20.744, art.
  2103 c.c., art. 30 Kodeksu pracy, Legea 53/2003, Código Laboral, Ley 116, Labour Act Cap.
  98:01 ...), hours (37.5 hours a week, 42 Std./Woche, 26 días de vacaciones ...), nameword
  (pool names used as words: "in good faith", "im Ernst", "la prime de Noël", "luz verde",
  "la rosa dei finalisti", "nocna sowa", "prima de Crăciun", "pontos fortes").
- Distinct sentence pieces per language (subjects, greetings, openers, context, closers,
  sign-offs, teams, roles, form fields, per-kind lead-ins, possessive frames, cue-less id
  frames, bank frames, look-alike frames, labels; `piece_counts()`): en de fr es it pl ro pt
  177 each (test floor 150).
- Items (seed 3939): ID 1,134 (796 national/tax ids, 323 of them without a cue, 41 %; 338
  bank values), PHONE 828, CARD 828, EMAIL 827, ADDRESS 825, URL 819, MEMBER 800, IP 786,
  PERSON 781, IBAN 461 (8,089 items); 5,017 look-alikes in 17 kinds (each >= 281; bic 425;
  66 16-digit orders failing Luhn). Name pools: 23 female + 23 male given names and 42
  surnames per locale (46 given names in all). Build time about 3-4 s of CPU on the shared
  2-core machine; posts failing check_post are redrawn.
- Deliberately hard: ids with no cue word (SSN, NINO, AHV, NISS, CUIL, PESEL, Aadhaar, PAN,
  CNP, NIF, Cuban CI, Guyana TIN); CUIL beside company CUIT, PESEL beside NIP/REGON, CNP
  beside CUI, codice fiscale beside partita IVA, personal NIF beside company NIF; 16-digit
  requisition numbers failing Luhn beside real cards; BICs, ABA routing numbers, sort codes and
  IFSC beside IBANs and accounts; UK tax codes (1257L, K475) and form names (P60, PIT-11, D112)
  beside ids; Cabo Verde escudo amounts written 85 000$00; statute numbers (Ley 20.744,
  L. 300/1970); employers named like people (Ferrero, Johnson & Johnson, Godrej, Bajaj);
  streets named after people (Amílcar Cabral, Anna Salai, Patrice Lumumba, Martí); names that
  are also words (Hope, Faith, Grace, Baker, Marsh, Hunter, Rose, Ernst, Sommer, Vogel, Luz,
  Paz, Sol, Pace, Leone, Fiore, Lis, Sowa, Wilk, Kruk, Esperança, Caridad, London, King);
  particle and compound surnames (von Allmen, de Weck, Van den Bossche, de Ghellinck, de la
  Fuente, Del Valle, Lo Russo, Dalla Costa, D'Amico, Kowalska-Nowak, dos Santos, da Graça, de
  Armas, del Toro, de Freitas, O'Brien); Polish -ski/-ska gender agreement and genitive
  possessives; Romanian genitive possessives; Cuban given names (Yoandri, Yusniel, Daymí);
  Guyanese Indo-Caribbean names (Bharrat, Rooplall, Seepersaud); accent-folded and lower-case
  member names; handles.
"""

from __future__ import annotations

from trainer_dev.redaction_sets.thirtyninth_bank import pieces
from trainer_dev.redaction_sets.thirtyninth_build import (
    BANKS,
    IBAN_LOCALES,
    KINDS,
    LOCALES,
    Post,
    build,
    check_post,
)
from trainer_dev.redaction_sets.thirtyninth_checks import leaked, norm

SEED = 3939

__all__ = ["IBAN_LOCALES", "KINDS", "LOCALES", "SEED", "Post", "check_post", "leaked",
           "make_thirtyninth_set", "norm", "piece_counts"]


def make_thirtyninth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names of the 96 members, 5,400 posts), deterministic in the seed."""
    return build(seed)


def piece_counts() -> dict[str, int]:
    """Distinct sentence pieces per language bank."""
    return {lang: len(pieces(bank)) for lang, bank in BANKS.items()}
