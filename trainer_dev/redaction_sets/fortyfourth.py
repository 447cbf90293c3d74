"""Forty-fourth redaction scoring set: legal services, notaries and courts.

DATA CARD
- How written: every name pool, roster, street, town/postcode pair, e-mail and web host, law-
  firm word, court and case name, look-alike list and phrase bank was written by hand for this
  set from general knowledge of each country's naming, postal, banking, court and numbering
  habits (no fake-data library; no other set's banks, people, places, looks, items, values or
  ids files opened; no redactor or scoring run on it; nothing here imports trainer.redact).
  Check digits are computed in code (fortyfourth_ids, fortyfourth_looks) and re-checked in the
  self-test: Luhn (cards), IBAN mod 97 for DE FR ES IT NL IE BR ST and the UEMOA form printed
  by Togolese banks (TG, 28 characters, not in the SWIFT registry), with the national keys
  where there is one (French RIB key, Spanish DC pair, Italian CIN letter); ABA routing 3-7-1;
  US SSN ranges (no 000/666/9xx area, no 00 group, no 0000 serial); Australian TFN (weights
  1 4 3 7 5 8 6 9 10 mod 11) and Medicare number (weights 1 3 7 9 mod 10, issue digit); Irish
  PPSN (weights 8-2 plus 9 x the second letter, mod 23 letter); German Steuer-ID (one digit
  twice or three times, ISO 7064 MOD 11,10) and Personalausweis number (7-3-1 check digit);
  French NIR (key 97 - n mod 97); Spanish DNI and NIE letters; Italian codice fiscale
  (consonant rules, month letter, +40 for women, Belfiore code, odd/even check letter); Dutch
  BSN 11-check; Brazilian CPF (two mod-11 digits) and PIS/NIS (weights 3298765432).
  Format only (no public check): US A-Number, Togolese CNI and NIF, Belize social security
  and passport numbers, Sao Tome NIF and BI number, US bank account, Australian BSB + account,
  Belize bank account. Look-alikes with checks: ABN (mod 89), SIREN (Luhn), Spanish CIF
  control digit, partita IVA (Luhn), CNPJ, ISBN-13, Brazilian CNJ case number (mod 97).
  Phones are drawn from national number plans and kept only when
  `phonenumbers.is_valid_number` holds for the right region (US AU IE DE FR ES IT NL BR TG BZ
  ST); IPs are built with `ipaddress` (global v4, private v4, v4 with port, global v6
  compressed str() and exploded); e-mails and URLs by regex with a delegated TLD (.law
  .legal .avocat .abogado among them); postcodes by each country's pattern (US ZIP and ZIP+4,
  AU 4 digits, Irish Eircode routing key + unique identifier, DE/FR/IT 5 digits, ES province
  range, NL 4+2 without SA/SD/SS, BR CEP 5-3); Togo, Belize and Sao Tome have no postcodes
  (box numbers only).
- Seed: SEED = 4444; one random.Random(f"{seed}:{i}:{locale}") per locale; no hash() and no
  set iteration decides anything.
- Locales (12): en_US en_AU en_IE de_DE fr_FR es_ES it_IT nl_NL pt_BR (core and earlier,
  written afresh) and fr_TG en_BZ pt_ST (new here). Languages: en de fr es it nl pt, one phrase
  bank each (fortyfourth_text_en/_de/_fr/_es); fr_TG shares the French bank, en_BZ the English
  one and pt_ST the Portuguese one, each with local names, towns, phone plans and formats.
- Genres (6): email (localised subject line, greeting, a quoted "> " line, sign-off and role),
  form (intake sheet "label: value" lines with a matter type and a note), docket (court list
  table "| time | room | sentence |"), chat ("[hh:mm] role: sentence" lines), newsletter
  (law-firm newsletter with a section header), signature (message ending in a sign-off and
  role). Theme: tenancy and small-claims disputes, notarised deeds and powers of attorney,
  court dates and case files, immigration and visa lawyers, debt settlements and mediation,
  legal aid and pro bono clinics, law-firm newsletters and hiring.
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN in IE DE FR ES IT NL BR
  ST TG; en_US (ABA routing + account), en_AU (BSB + account) and en_BZ (bank account) carry a
  local bank value labelled ID in the IBAN slot (form bank_<type>).
- IDs by locale: US SSN, A-Number; AU TFN, Medicare number; IE PPSN (with and without the
  second letter); DE Steuer-ID (plain and grouped), Personalausweis number (no 4-digit run
  often: s: fragment); FR NIR (plain and spaced); ES DNI, NIE; IT codice fiscale; NL BSN
  (plain and 4.2.3 dotted); BR CPF (plain and dotted), PIS/NIS; TG CNI number, NIF; BZ social
  security number, passport number; ST NIF, BI number. About 40 % of ids are pasted with no
  cue word (form ends "_bare").
- Written forms (item_forms): EMAIL plain/angle/mailto; PHONE intl, national, compact (E.164),
  dotted, dashed, intl_zero "+49 (0)30 ..." (AU IE DE FR NL); URL https_host/https_slug/www/
  bare; IP v4/v4_private/v4_port/v6/v6_full; CARD visa|mc x grouped/dashed/compact and amex
  4-6-5; IBAN iban_print/iban_compact; ID per type and _bare, bank_<type>; PERSON full/title
  (Ms, Judge, Frau Dr., RAin, Me, Maitre, la letrada, Avv., Dott.ssa, mr., Dra. ...)/lower/
  initial/surname_given ("SURNAME Given", "Surname, Given")/given; MEMBER full/given/surname/
  initial/handle (@given.surname, @gsurname, @givens)/possessive ("X's", "von X", "de X" or
  "d'X", "di X", "van X")/lower/folded (accents stripped; an accented member is chosen, or
  lower-case where the roster has none)/title; ADDRESS one-line/multi-line/
  street+town (no postcode)/box (PO Box, Postfach, BP, Apartado de Correos, Casella Postale,
  Postbus, Caixa Postal, P.O. Box; box addresses keep a street line).
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without street-type words or articles; e-mail local part; URL host or
  slug); p: postcodes, box numbers and IPs (whole, non-alphanumeric boundaries, spaces
  optional); d: every 4-digit window of each digit run of phones, cards, IBANs, ids and bank
  values (separators space - . / ( ) + between digits ignored); s: a whole id with no 4-digit
  run. ADDRESS items carry only t: street tokens and p: postcode/box. A post is redrawn when
  any fragment also matches its background (the post with the value removed) or another value
  (`check_post`).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accent-stripped (and
  dotless i to i), so "Siobhan" and "Siobhán", "Voss" and "Voß" both leak.
- Sizes: per locale 375 labelled posts (1-3 items, the first item's kind cycling through
  KINDS) + 75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3 look-alikes):
  4,500 labelled + 900 PII-free; 8 roster members per locale (96); PERSON names share no token
  with any roster member of any locale (PERSON pools are filtered against all roster tokens);
  roster names share no word with the locale's phrase bank or look-alike lists.
- Look-alikes (14 kinds, cycled per locale): casenum (docket/index numbers, Az., RG, R.G.,
  zaaknummer, ECLI, CNJ numbers with their mod-97 digits, Claim No.), statute (U.S.C., s ...
  Residential Tenancies Act, § BGB, article du Code civil, LEC, c.c., 7:... BW, Lei 8.245/91,
  OHADA), fee ($, A$, EUR, BZ$, FCFA, R$, dobras), date (local order, month names), time
  (AM/PM, 14h30, Uhr, uur, ore, as 14h), orgreg (EIN, ABN, CRO, IBC, HRB, RCS/SIREN, RCCM,
  CIF, P.IVA, KvK, CNPJ, company NIF), isbn (valid ISBN-13 with the country's group), fileref
  (Our ref, Unser Zeichen, Ons kenmerk ...), courtroom (Courtroom, Saal, salle, Sala, aula,
  zaal, vara), bic (bank BICs), casename (Miranda v. Arizona, Mabo v Queensland, Donoghue v
  Stevenson, Lueth-Urteil, arret Blanco, caso Aziz, Haviltex-arrest, Lei Maria da Penha ...),
  nameword (names used as words: "hope for a settlement", "im Ernst", "luz verde", "con gioia",
  "de roos in de tuin", "de graca"), percent, formno (Form I-130, subclass 482, Stamp 4, Cerfa
  n° 15692*01, Modelo EX-15, Mod. F23 ...). Look-alikes sharing a word with the roster are
  redrawn.
- Distinct sentence pieces per language (openers, context, closers, per-kind lead-ins, cue and
  cue-less id lead-ins, bank lead-ins, labels, look-alike frames, subjects, greetings, sign-
  offs, roles, form and newsletter headers, matter types, months, room and file-ref frames,
  titles, possessive frame; `piece_counts()`): en 214, de 213, fr 211, es 213, it 212, nl 212,
  pt 213 (test floor 150).
- Items (seed 4444): ID 974 (784 national/tax ids, 301 of them without a cue, 38 %; 190 local
  bank values), IP 834, EMAIL 820, MEMBER 813, CARD 811, PHONE 811, PERSON 807, URL 799,
  ADDRESS 770, IBAN 587 (8,026 items). Look-alikes: 5,596 in 14 kinds (each 394-404; CNJ,
  ABN, SIREN, CIF, P.IVA, CNPJ and ISBN-13 carry valid checks). Name pools: 20 female + 20
  male given names and 40 surnames per locale (480 given, 480 surnames). Build time about
  4.1-4.4 s of CPU (13-20 s wall) on the shared 2-core machine; posts failing check_post are
  redrawn.
- Deliberately hard: ids with no cue word (SSN, TFN, PPSN, Steuer-ID, NIR, DNI, codice
  fiscale, BSN, CPF, Togolese CNI, Belize SSN, Sao Tome NIF); Sao Tome personal NIF beside
  company NIF, CPF beside CNPJ, codice fiscale beside partita IVA, SSN beside EIN; CNJ case
  numbers (20 digits) and ECLI/Az./RG numbers beside ids; BICs beside IBANs; statute numbers,
  fees and ISBNs in the same posts as cards and phones; case names made of surnames (Miranda,
  Donoghue, Mabo, Aziz) that must survive; names that are also words (Hope, Hunter, Chase,
  Stone, Amber, Ernst, Fuchs, Vogel, Winter, Esperanza, Soledad, Luz, Gioia, Serena, Roos,
  Prins, Kok, Gloria, Rocha, Pinto, Flowers, Young, Gentle, Neto, Graca, Leal); particle and
  compound surnames (von Buelow, zu Dohna, Schulte-Wissing, de La Rochefoucauld, d'Aubigny,
  Fernandez de Cordoba, Garcia-Ochoa, De Luca, Lo Presti, Della Valle, van den Berg, de Vries,
  dos Anjos, de Souza Lima, Mac Giolla, O Suilleabhain, Ni Bhriain, O'Donoghue, Mensah-Attoh,
  d'Almeida, Espirito Santo, Pires dos Santos, Boa Morte, Vera Cruz); Irish names with fadas
  and the accent-folded member form; Ewe and Kabye names (Essowe, Tchilabalo, Pitalounani);
  Garifuna, Creole, Maya and Mennonite surnames in Belize (Palacio, Cayetano, Coc, Shol,
  Dueck, Friesen); Italian phone numbers keeping the leading 0; "+33 (0)2" style numbers;
  v6 addresses exploded; box addresses without postcodes (BP, P.O. Box, Caixa Postal).
"""

from __future__ import annotations

from trainer_dev.redaction_sets.fortyfourth_build import LOCALES, build, piece_counts
from trainer_dev.redaction_sets.fortyfourth_core import (
    KINDS,
    Post,
    check_post,
    frag_matches,
    leaked,
    normalise,
)

SEED = 4444

__all__ = ["KINDS", "LOCALES", "SEED", "Post", "check_post", "frag_matches", "leaked",
           "make_fortyfourth_set", "normalise", "piece_counts"]


def make_fortyfourth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names of members, posts): 4,500 labelled + 900 PII-free posts."""
    return build(seed)
