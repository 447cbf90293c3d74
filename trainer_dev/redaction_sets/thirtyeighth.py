"""Thirty-eighth redaction scoring set: retail, e-commerce and customer support.

DATA CARD
- How written: every name pool, roster, street, town/postcode pair, mail provider, shop
  platform, look-alike list and phrase bank was written by hand for this set from general
  knowledge of each country's naming, postal, banking and numbering habits (no fake-data
  library; no other set's banks, people, places, looks, items, values or ids opened; no
  redactor or scoring run on it; nothing here imports trainer.redact). Check digits are
  computed in code (thirtyeighth_values, thirtyeighth_looks) and re-checked by
  thirtyeighth_checks and the self-test: Luhn (cards), IBAN mod 97 for GB DE FR ES NL BR CZ with
  the national keys (French RIB key, Spanish DC pair, Czech mod-11 prefix and account), ABA
  routing 3-7-1, US SSN ranges (no 000/666/9xx area, no 00 group, no 0000 serial), UK NINO
  prefix/suffix rules and NHS number mod 11, German Steuer-ID (one digit twice, ISO 7064 MOD
  11,10), French NIR key 97 - n mod 97, Spanish DNI/NIE letter, Dutch BSN 11-check, Australian
  TFN (weights 1 4 3 7 5 8 6 9 10) and Medicare (weights 1 3 7 9, issue digit), Brazilian CPF,
  Czech rodné číslo (divisible by 11, women's month + 50). Format only (no public check):
  Malawi national id (8 letters/digits, no 4-digit run) and TPIN, DRC voter card and NIF,
  Surinamese ID (two letters + six digits), AU BSB + account, Malawian, Congolese (RIB-like
  5-5-11-2) and Surinamese bank accounts. Phones are drawn from national number plans and kept
  only when `phonenumbers.is_valid_number` holds for the right region; IPs come from
  `ipaddress` (global v4, private v4, v4 with port, global v6 compressed and exploded);
  e-mails and URLs by regex with a delegated TLD; postcodes by each country's pattern (US ZIP
  and ZIP+4, GB outward+inward letters, NL 4+2 without SA/SD/SS, BR CEP 5-3, ES province
  01-52, FR department, AU state ranges, CZ "123 45", DE 5 digits). Look-alikes with checks
  pass them: ISBN-13, EAN-13/GTIN, UPU S10 tracking numbers (weights 8 6 4 2 3 5 9 7), ABN mod
  89, SIREN/SIRET Luhn, Spanish CIF control, CNPJ, Czech IČO mod 11; 16-digit order numbers
  fail Luhn on purpose.
- Seed: SEED = 3838; one random.Random(f"{seed}:{i}:{locale}") per locale (roster first, then
  posts); no hash() and no set iteration decides anything. Pinned digest cbe67ac1d21d13fc.
- Locales (12): en_US en_GB de_DE fr_FR es_ES nl_NL en_AU pt_BR cs_CZ (core and earlier),
  en_MW fr_CD nl_SR (new here). Languages en de fr es nl pt cs, one phrase bank each
  (thirtyeighth_bank_<lang>); en_MW posts are in English with Chichewa/Tumbuka names, Malawian
  towns, +265 numbers and kwacha prices; fr_CD in French with Congolese names, communes of
  Kinshasa, Lubumbashi, Goma and Bukavu, +243 numbers and francs congolais; nl_SR in Dutch
  with Hindustani, Javanese, Creole and Chinese-Surinamese names, Paramaribo and district
  streets, +597 numbers and SRD prices.
- Theme: online orders, deliveries and parcel lockers, click and collect, returns and
  refunds, warranty claims, loyalty points, marketplace sellers and their payouts, shop staff
  hand-overs. Genres (5): thread (e-mail with a subject line, a quoted "> " line and a
  closer), form (pasted "label: value" lines beside reason/status/channel fields; cue-less
  ids stand alone on a line), chat (customer/agent turns), review (a star line and one
  paragraph), note (store or hand-over note as "- " bullets).
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only in GB DE FR ES NL BR
  CZ; en_US (ABA routing + account), en_AU (BSB + account), en_MW, fr_CD and nl_SR (local
  account) carry a local bank value labelled ID in the IBAN slot of the kind cycle.
- IDs by locale: US SSN; GB NINO, NHS number; AU TFN, Medicare number; DE Steuer-ID; FR NIR
  (numéro de sécurité sociale); ES DNI, NIE; NL BSN (plain and 4.2.3 dotted); BR CPF; CZ rodné
  číslo (with and without the slash); MW national id, TPIN; CD voter card, NIF; SR ID-nummer.
  About a third of spaced/dotted ids are written compact. About 40 % of ids are pasted with no
  cue word (form ends "_bare").
- Written forms (item_forms): EMAIL plain/angle "<x>"/mailto/mixed_case; PHONE intl, national
  (trunk prefix where the country has one), compact (E.164), dotted, dashed, intl_zero
  "+44 (0)20 ..." (GB DE NL AU); URL https_slug/http_slug (a shop or profile path on a
  marketplace; Facebook, Instagram, TikTok "@" and linktr.ee pages in en_MW fr_CD nl_SR)/
  https_host/www/bare (own shop domain); IP v4/v4_private/v4_port/v6/v6_full;
  CARD visa|mc x grouped/dashed/compact and amex 4-6-5; IBAN iban_print/iban_compact; ID per
  type (above), _bare, and aba_account/bsb_account/mw_account/cd_rib/sr_account; PERSON
  full/title (Ms, Frau, Mme, Sra., "la señora", mevrouw, dhr., Dona, Seu, paní, Ing., Mgr.)/
  lower/initial/surname_given ("SURNAME Given", "Surname, Given")/given; MEMBER full/given/
  surname/initial/handle (@given.surname, @gsurname, ...)/possessive (English "X's", German
  genitive "Annas", Dutch "Anna's"/"Joosts", French "de X"/"d'X", Spanish "de X", Portuguese
  "da X"/"do X", Czech possessive adjectives "Petrův", "Janin", "Radčin", "Dagmařin",
  "Jiřího")/lower/folded (accents stripped; lower-cased where the name has none)/title;
  ADDRESS one_line/multi_line/street_town (no postcode)/box (PO Box, Postfach, BP, B.P.,
  Apartado de Correos, Postbus, Caixa Postal, P. O. Box; box addresses keep a street line).
  cs_CZ female surnames take -ová/-á.
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without street-type words or articles; e-mail local part; URL host or
  slug; MEMBER handle; the written possessive token where the suffix is fused: "Annas",
  "Petrův"); p: postcodes, box numbers and IPs (whole, non-alphanumeric boundaries, spaces
  optional); d: every 4-digit window of each digit run of phones, cards, IBANs, ids and bank
  values (separators space - . / ( ) + between digits ignored); s: a whole id with no 4-digit
  run (Malawian national ids). ADDRESS items carry only t: street tokens and p: postcode/box.
  A post is redrawn when any fragment also matches its background (the post with the value
  removed) or another value, or a look-alike overlaps a value (`check_post`).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accent-stripped (ß to ss,
  dotless i to i), so "Müller"/"Muller" and "Dvořák"/"DVORAK" both leak.
- Sizes: per locale 375 labelled posts (1-3 items, the first item's kind cycling through
  KINDS) + 75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3 look-alikes):
  4,500 labelled + 900 PII-free = 5,400 posts; 8 roster members per locale (96).
- Look-alikes (17 kinds, drawn from a shuffled per-locale cycle, 0-2 in labelled posts): order
  (ORD-/INV-/RMA-/BE-/CMD-/PED-/OBJ- numbers, 72 16-digit numbers failing Luhn), price ($, £,
  A$, €, R$, Kč, MK, FC, SRD), date (local order and month names), time (AM/PM, 14h30,
  14.30 uur), version, isbn (ISBN-13 with the country's group), gtin (EAN-13 with the GS1
  prefix), percent, orgreg (EIN, Companies House, ABN, HRB, SIREN/SIRET, CIF, KvK, CNPJ, IČO,
  MBRS, RCCM, KKF), ticket (case/claim numbers), tracking (UPU S10), sku, locker (Packstation,
  InPost, Z-BOX, Citypaq, pakketautomaat, Consigne Pickup, Armário), voucher (SPRING25,
  SOLDES-20 ...), bic (BICs of each country's main banks, 8/11-character layout with
  the country checked: DEUTDEFF, KOMBCZPP, NBMAMWMW, RAWBCDKI, DSBBSRPA ...), nameword (names
  used as words: "rose gold", "Summer sale", "im Ernst", "luz verde", "Vos-print", "Coelho da
  Páscoa", "Černý pátek", "Král Šumavy"), measure (parcel sizes, kg, shoe and clothes sizes).
- Distinct sentence pieces per language (openers, context, closers, per-kind lead-ins,
  cue-less id lead-ins, possessive lead-ins, labels, look-alike sentences, subjects, quotes,
  form fields, genre roles, titles, the subject word; `piece_counts()`): en 159, de 157,
  fr 159, es 160, nl 159, pt 160, cs 158 (test floor 150).
- Items (seed 3838): ID 1,142 (794 national/tax ids, 318 of them without a cue, 40 %; 348
  local bank values), EMAIL 856, CARD 837, PHONE 815, MEMBER 811, URL 805, IP 798, PERSON 787,
  ADDRESS 785, IBAN 469 (8,105 items); 5,664 look-alikes in 17 kinds (each >= 331). A post
  never repeats a lead-in, so two items of one kind read differently.
- Name pools: per locale 40 given names (20 female, 20 male; some unisex in en_MW) and 40
  surnames (cs_CZ as male/female pairs), with particles and compounds (von Bülow, zu
  Stolberg, Meyer-Landrut, de Montalembert, d'Harcourt, Le Goff, Ruiz de la Prada, del Río, van
  der Meer, ter Horst, dos Santos, do Nascimento, Lie-A-Ling, Tjon-A-Fat) and names that are
  also words. PERSON names are drawn from what is left after removing every roster token of
  all locales (31-32 given names and 31-32 surnames per locale), so they share no token with
  any roster member.
- Build time: about 2.5 s of CPU (7 s wall) on the shared 2-core machine (norm, digit runs
  and fragment patterns are memoised).
- Deliberately hard: ids with no cue word (SSN, NINO, TFN, Steuer-ID, NIR, BSN, CPF, rodné
  číslo, Malawi ids with no digit run); 16-digit order numbers failing Luhn beside cards; BICs
  beside IBANs; CNPJ beside CPF, ABN beside TFN, SIREN beside NIR, IČO beside rodné číslo;
  GTINs, ISBNs and S10 tracking numbers beside ids and phones; parcel locker numbers; names
  that are also words (Hope, Faith, Summer, Hunter, Chase, Mark, Bill, Brooks, Fields, Banks,
  Sweet, Ruby, Holly, Daisy, Amber, Marsh, Moss, Lamb, Fuchs, Vogel, Wolf, Sommer, Winter,
  Ernst, Petit, Blanc, Lebrun, Luz, Paz, Soledad, Lobo, Rubio, Vos, Visser, Bakker, Roos,
  Floor, Rocha, Pinto, Coelho, Leão, Graça, Černý, Veselý, Král, Zima, Holub, Liška, Precious,
  Blessings, Memory, Gift, Mvula, Mtambo, Grâce, Merveille, Patience, Espoir, Trésor,
  Nooitmeer, Rozenblad, Waterberg); particle, hyphenated and apostrophe surnames; Czech
  possessive adjectives and German genitives whose written token differs from the name;
  lower-case, folded and handle mentions; multi-line and box addresses; phones in national
  forms with trunk prefixes, "(0)", dots and dashes.
"""

from __future__ import annotations

from .thirtyeighth_build import LOCALES, build, piece_counts, value_ok
from .thirtyeighth_core import KINDS, Post, check_post, leaked

SEED = 3838


def make_thirtyeighth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names of members, posts) of the thirty-eighth set."""
    return build(seed)


__all__ = ["KINDS", "LOCALES", "SEED", "Post", "check_post", "leaked", "make_thirtyeighth_set",
           "piece_counts", "value_ok"]
