"""Thirty-sixth redaction scoring set: education (schools, universities, admissions offices,
student services, exam boards, tutoring and school transport).

DATA CARD
- How written: every name pool, roster, street, town/postcode stem, e-mail domain, web word,
  organisation name, look-alike list and phrase bank was written by hand for this set from
  general knowledge of each country's naming, postal, banking, schooling and numbering habits
  (no fake-data library; no other set's banks, people, places, looks, items, values, ids or
  text files opened; no redactor or scoring run on it; nothing here imports trainer.redact).
  Check digits are computed in code (thirtysixth_ids, thirtysixth_looks) and re-checked in the
  self-test: Luhn (cards, SIREN/SIRET look-alikes), IBAN mod 97 for GB DE FR ES BR PT with the
  national keys where there is one (French RIB key, Spanish DC pair, Portuguese NIB key), US
  SSN ranges (no 000/666/9xx area, no 00 group, no 0000 serial) and ITIN (9xx, group 50-65,
  70-88, 90-92, 94-99), ABA routing 3-7-1, UK NINO prefix/suffix rules and UPN check letter
  (weights 2-13 mod 23), German Steuer-ID (one digit twice, ISO 7064 MOD 11,10) and
  Personalausweis number (7-3-1 check digit), French NIR key (97 - n mod 97), Spanish DNI/NIE
  letter and NUSS mod 97, Brazilian CPF (two mod-11 digits) and titulo de eleitor (two check
  digits, state codes 03-28), Indian Aadhaar (Verhoeff, first digit 2-9), Portuguese NIF
  (mod 11) and Cartao de Cidadao (alphanumeric double-add-double check), Vietnamese MST
  (weights 31 29 23 19 17 13 7 5 3), Venezuelan RIF (V/E/J letter value and weights
  3 2 7 6 5 4 3 2, mod 11), Zimbabwean national id (check letter from district + serial mod
  23, the commonly described rule), Algerian RIB key (97 - first 18 digits x 100 mod 97, the
  set's own key). Look-alikes with checks: ISBN-13, CNPJ, Spanish CIF control digit, NIPC
  (mod 11, first digit 5), SIREN/SIRET (Luhn), Vietnamese company MST, Venezuelan RIF J-, ABA
  routing numbers; 16-digit order numbers fail Luhn. Format only (no public check): Indian PAN
  (fourth letter P, fifth the surname initial), Vietnamese CCCD (province code, century/sex
  digit, birth year), Venezuelan cedula (V-/E- with dotted thousands), Algerian NIN (18 digits)
  and CNI number, US/Indian/Vietnamese/Zimbabwean bank accounts, Venezuelan 20-digit accounts,
  EIN, Companies House, HRB, CIN, Zimbabwean company and Algerian RC numbers. Phones are drawn
  from national number plans and kept only when `phonenumbers.is_valid_number` holds for the
  locale's region in the written form; IPs are built with `ipaddress` (global v4, private v4,
  v4 with port, v6 compressed str() and exploded); e-mails and URLs by regex with a delegated
  TLD; postcodes by each country's pattern (US ZIP and ZIP+4, GB outward+inward letters, DE
  and FR five digits, ES province 01-52, BR CEP 5-3, IN PIN six digits, PT 4-3, VN five
  digits, VE four digits, DZ wilaya 01-58 + three digits; Zimbabwe has no postcodes, so its
  addresses carry street tokens and, in the box form, the P.O. Box number).
- Seed: SEED = 3636; one random.Random(f"{seed}:{i}:{locale}") per locale; no hash() and no
  set iteration decides anything (sets are only used for membership tests).
- Locales (12): en_US en_GB de_DE fr_FR es_ES pt_BR (core), en_IN pt_PT vi_VN (earlier
  ones, written afresh), es_VE en_ZW fr_DZ (new here). Languages: en de fr es pt vi, one phrase
  bank each (thirtysixth_bank_<lang>); en_IN and en_ZW posts are in English with local names,
  towns, phone plans and formats; es_VE shares the Spanish bank, fr_DZ the French one, pt_PT
  the Portuguese one. Whole pieces are swapped per locale (OVERRIDES in the bank modules):
  en_US school words (proctors, spring break, parent-teacher night, enrollment), en_IN and
  en_ZW ones (ZIMSEC resits, School Development Committee), pt_BR Brazilian words (celular,
  mensalidades, endereco, registrar), pt_PT ones, fr_DZ Algerian ones (bus scolaire, BEM and
  BAC, surveillant general), and es_VE "ustedes" forms with Venezuelan words (celular,
  estacionamiento, buseta, planilla) in place of Spain's "vosotros". vi_VN names are written
  family name first ("Nguyen Minh Anh" style, with a middle name), and vi_VN titles (co, thay,
  anh, chi, TS.) go before the given name.
- Genres (6): thread (e-mail with a subject line in the post's language: Subject, Betreff,
  Objet, Asunto, Assunto, Tieu de; a quoted "> " line and a closer), form
  (pasted "label: value" lines with non-PII fields such as priority, status, reason, source),
  table (duty rota "| day | role | label: value |" under a header row, open slots as "-"),
  ticket (student-services ticket with two fields), notice (office notes as "- " bullets),
  signature (message ending in a sign-off block: the signer's name when a PERSON or MEMBER
  item is drawn, role, school or office, and the contact items as "label: value" lines).
  French labels and subject lines take " : ". PII-free posts use thread, form, ticket and
  notice.
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only in GB DE FR ES BR
  PT; en_US (bank account), en_IN (bank account), vi_VN (bank account), es_VE (20-digit
  account), en_ZW (bank account) and fr_DZ (RIB) carry a local bank value labelled ID in the
  IBAN slot of the kind cycle.
- IDs by locale: US SSN, ITIN; GB NINO (spaced and compact), UPN; DE Steuer-ID,
  Personalausweis; FR NIR (spaced and compact); ES DNI, NIE, NUSS; BR CPF (dotted and bare),
  titulo de eleitor; IN Aadhaar, PAN; PT NIF, Cartao de Cidadao; VN CCCD, personal MST; VE
  cedula, RIF; ZW national id; DZ NIN, CNI number. 40 % of ids are pasted with no cue word
  (form ends "_bare"; a fixed 2-in-5 cycle).
- Written forms (item_forms): EMAIL plain/angle/mailto; PHONE intl, national, compact (E.164),
  dotted, dashed, intl_zero "+44 (0)20 ..." (GB DE FR IN VN VE ZW DZ); URL https_host/
  https_slug (github, linkedin, medium, behance, google sites, padlet, researchgate)/www/bare;
  IP v4/v4_private/v4_port/v6/v6_full; CARD visa|mc x grouped/dashed/compact and amex 4-6-5;
  IBAN iban_print/iban_compact; ID per type (above) and _bare; PERSON full/title (Ms., Frau,
  Mme, Sra., Dna., Profa., Smt., Shri, Prof.a, co, thay, Licda., Amai, Baba, Si)/lower/initial/
  surname_given ("SURNAME Given", "Surname, Given")/given (Sir, Don/Dona, Si, Shri, Smt. only
  before a given or full name); MEMBER full/given/surname/initial/
  handle (@given.surname)/possessive ("X's", "von X", "de X" or "d'X", "da X"/"do X",
  "cua X")/lower/folded (accents stripped; drawn from members with accents)/title; ADDRESS
  one-line/multi-line/street+town (no postcode)/box (PO Box, Postfach, BP, Apartado de
  Correos, Caixa Postal, Post Box No., Apartado, Hop thu, Apartado Postal, P.O. Box; box
  addresses keep a street line).
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without street-type words or articles; e-mail local part; URL host or
  slug); p: postcodes, box numbers and IPs (whole, non-alphanumeric boundaries, spaces
  optional); d: every 4-digit window of each digit run of phones, cards, IBANs, ids and bank
  values (separators space - . / ( ) + between digits ignored); s: a whole id with no 4-digit
  run (only Personalausweis numbers such as "L01X00T471" have none; a PAN always holds one
  4-digit run and so carries a single d: window). ADDRESS items
  carry only t: street tokens and p: postcode/box (street and postcode are scored apart). A
  post is redrawn when any fragment also matches its background (the post with the value
  removed) or another value (`check_post`).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accent-stripped (and d-bar
  to d, dotless i to i), so "Nguyen" and "Nguyễn", "Dong" and "Đông" both leak.
- Sizes: per locale 375 labelled posts (1-3 items, the first item's kind cycling through
  KINDS) + 75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3 look-alikes):
  4,500 labelled + 900 PII-free; 8 roster members per locale (96); PERSON names share no token
  with any roster member (PERSON pools and vi middle names are filtered against all roster
  tokens of all locales).
- Look-alikes (15 kinds): order (PO-/INV-/ORD-/FAC-/REF numbers and 16-digit numbers failing
  Luhn), price ($, GBP, EUR, R$, INR, VND, Bs., US$, DA), date (local order), time (AM/PM,
  9h50, 16g10, 24 h, Uhr), version, isbn (valid ISBN-13 with the country's group), grade (GPA,
  SAT, A*AA, 2:1, Note 1,7, 14,5/20, nota, ENEM, CGPA, JEE rank, media, diem 8.5, points),
  course (MATH 241, AQA 8461/1, Modul INF-210, UE, ZIMSEC 4030/1 ...), room (Room, Raum B 2.14,
  salle, aula, sala, LH-12, phong A2-305, amphi), orgreg (EIN, Companies House, HRB, SIREN/
  SIRET, CIF, CNPJ, CIN, NIPC, MST, RIF J-, ZW company, DZ RC), ticket (INC/REQ/CHG/SR-/TKT-/#),
  bankcode (real bank BICs, ABA routing numbers, GB sort codes, IFSC codes), eponym
  (Pythagoras' theorem, Fulbright, Rhodes, Goethe-Institut, Humboldt-Universitat, Sorbonne,
  lycee Henri-IV, universite Houari-Boumediene, Instituto Cervantes, Universidad Simon
  Bolivar, Paulo Freire, Camoes, truong Chu Van An, Le Hong Phong ...), nameword (names used as
  words: "the summer term", "high hope", "im Ernst", "luz verde", "paz social", "hoa mai",
  "mua xuan"), class (Year 9, Klasse 7b, classe de 4e, 3o de ESO, 9o ano, Class XII, 12.o ano,
  lop 10A3, 5to ano, Form 4, 3e AS).
- Distinct sentence pieces per language (openers, context, closers, per-kind lead-ins, cue-less
  id lead-ins, labels, look-alike sentences, subjects, quotes, genre headers, fields, days,
  roles; `piece_counts()`): en de fr es pt vi 189 each before the locale swaps (test floor 150
  per language and per locale).
- Items (seed 3636): ID 1,226 (814 national/tax ids, 327 of them without a cue, 40 %; 412
  local bank values), CARD 867, IP 853, PHONE 841, PERSON 831, ADDRESS 823, EMAIL 820, MEMBER
  818, URL 816, IBAN 388 (8,283 items; 1,488 posts with one item, 2,241 with two, 771 with
  three); 5,548 look-alikes in 15 kinds (each >= 362; 73 16-digit orders failing Luhn). Name
  pools: 24 female + 24 male given names (48) and 42 surnames per locale (44 in vi_VN) plus
  10 + 10 Vietnamese middle names. Build time about 2.2-2.8 s of CPU on the shared 2-core
  machine; posts failing check_post are redrawn (1-8 per 450 posts in most locales, 45 in
  vi_VN, where folded words such as nam, thu, khoa equal given names). A table post whose
  items include a multi-line address is written as a form instead.
- Deliberately hard: ids with no cue word (SSN, ITIN, NINO, UPN, Steuer-ID, NIR, CPF, Aadhaar,
  PAN, NIF, CCCD, MST, cedula, RIF, ZW id, NIN); personal MST beside company MST, RIF V- beside
  RIF J-, CPF beside CNPJ, NIF beside NIPC, SSN beside EIN; 16-digit order numbers failing Luhn
  beside real cards; BICs, sort codes, routing and IFSC codes beside IBANs and accounts; ISBNs,
  course codes (AQA 8461/1, ZIMSEC 4030/1) and JEE ranks beside ids; dates in local order
  beside phones; names that are also words (Summer, Hope, Faith, Destiny, Autumn, Hunter,
  Chase, Baker, Marsh, Bell, Shepherd, Sommer, Winter, Engel, Fuchs, Ernst, Noel, Renard,
  Consuelo, Esperanza, Soledad, Luz, Lobo, Pastor, Rocha, Pinto, Coelho, Gloria, Precious,
  Memory, Blessing, Patience, Mercy, Gift, Trust, Talent, Lan, Mai, Hoa, Xuan, Libertad);
  Zimbabwean word names (Godknows, Givemore, Learnmore); particle and compound surnames (von
  Thaden, von der Heyde, Hoffmann-Kraus, de Villiers, Le Goff, de la Fuente, Ruiz de Alda,
  dos Santos, da Silva, Castelo Branco, de Sousa Tavares, de Armas, Ait Ahmed, Ben Salah, Nait
  Amara, O'Brien, D'Souza); Vietnamese family-first names with middle names, titles before the
  given name and heavy accent folding; Venezuelan coined given names (Yuleisy, Yorman,
  Luisangel); e-mail hosts of school and university domains; Zimbabwean addresses without
  postcodes; Algerian RIBs in four groups; "+213 (0)23 ..." and Venezuelan "0412-..." phones.
"""

from __future__ import annotations

from trainer_dev.redaction_sets.thirtysixth_build import LOCALES, build
from trainer_dev.redaction_sets.thirtysixth_core import KINDS, Post, check_post, leaked

SEED = 3636

__all__ = ["KINDS", "LOCALES", "Post", "SEED", "check_post", "leaked", "make_thirtysixth_set",
           "piece_counts"]


def make_thirtysixth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names of members, posts): 12 locales x (375 labelled + 75 PII-free)."""
    return build(seed)


def piece_counts() -> dict[str, int]:
    """Distinct sentence pieces per language bank."""
    from trainer_dev.redaction_sets.thirtysixth_build import bank

    def flat(v):
        if isinstance(v, str):
            return [v]
        if isinstance(v, dict):
            return [s for x in v.values() for s in flat(x)]
        return [s for x in v for s in flat(x)]

    return {lang: len(set(flat(bank(lang)))) for lang in ("en", "de", "fr", "es", "pt", "vi")}
