"""Forty-first redaction scoring set: media, events and creators.

DATA CARD
- How written: every name pool, roster, street, town/postcode range, e-mail provider, web word,
  slug, look-alike list and phrase bank was written by hand for this set from general knowledge
  of each country's naming, postal, banking and numbering habits (no fake-data library; no
  other set's banks, people, places, looks, items, values, ids or text files opened; no
  redactor or scoring run on it; nothing here imports trainer.redact). Check digits are
  computed in code (fortyfirst_values, fortyfirst_looks) and re-checked in the self-test with
  the checkers of fortyfirst_checks: Luhn (cards, Canadian SIN/NAS, OHIP health number, CRA
  business number look-alikes), IBAN mod 97 for DE BR PL HU ML with the national keys where
  there is one (Polish sort-code digit, weights 3-9-7-1; Hungarian bank/branch and account
  digits, weights 9-7-3-1), US SSN ranges (no 000/666/9xx area, no 00 group, no 0000 serial)
  and ITIN groups (9xx, 50-65/70-88/90-92/94-99), ABA routing 3-7-1, German Steuer-ID (one
  digit repeated, ISO 7064 MOD 11,10) and Rentenversicherungsnummer (letter as two digits,
  weights 2-1-2-5-7-1-2-1-2-1-2-1, digit sums), Brazilian CPF (two mod-11 digits), Polish
  PESEL (weights 1-3-7-9, month +20 after 2000) and ID-card number (letters 10-35, weights
  7-3-1-9-7-3-1-7-3), NZ IRD number (two weight rows, mod 11) and NHI (letters without I/O,
  mod 11), Hungarian adoazonosito jel (8 + days since 1867-01-01, weights 1..9 mod 11) and TAJ
  (weights 3-7 mod 10). Look-alikes with checks: ISBN-13 (the country's group), ISSN (mod 11, X),
  US EIN prefixes, CRA BN (Luhn) + RT0001, German USt-IdNr (MOD 11,10), Colombian NIT (DV, primes
  3..71), CNPJ, Polish NIP, NZBN (GS1 on 9429...), Hungarian adoszam (weights 9-7-3-1). Format
  only (no public check): Quebec RAMQ (surname and given-name letters, birth date with month +50
  for women; checked for letters, month and day), Colombian cedula, Mali NINA (14 digits + letter)
  and passport, Sierra Leone NIN (8 alphanumerics, never a 4-digit run, so an s: fragment) and
  passport, Puerto Rico licencia, Quebec NEQ, Mali NIF, Sierra Leone TIN, the bank values of CA
  (transit-institution-account), CO, NZ (bank-branch-account-suffix) and SL, ISRC. Phones are
  drawn from national number plans
  and kept only when `phonenumbers.is_valid_number` holds for the right region; IPs are built
  with `ipaddress` (global v4, private v4, v4 with port, v6 compressed and exploded, all global
  but the private ones); e-mails and URLs by regex with a delegated TLD; postcodes by each
  country's pattern (US ZIP and ZIP+4, PR 006-009 ZIPs, CA A1A 1A1 without D F I O Q U, DE 5
  digits, CO 6 digits by department, BR CEP 5-3, PL 2-3, NZ and HU 4 digits; Mali and Sierra
  Leone have no postcodes in use and write boxes: BP, P.O. Box).
- Seed: SEED = 4141; one random.Random(f"{seed}:{i}:{locale}") per locale (i = position in
  LOCALE_ORDER); no hash() and no set iteration decides anything.
- Locales (12): en_US en_CA de_DE fr_CA es_CO pt_BR pl_PL en_NZ hu_HU (core and earlier) and
  fr_ML en_SL es_PR (new here). Languages: en de fr es pt pl hu, one phrase bank each
  (fortyfirst_text_<lang>); en_CA/en_NZ/en_SL share the English bank with local names (Maori
  and Pasifika in en_NZ, Temne/Mende/Krio in en_SL), towns, phone plans and formats; fr_ML
  shares the French bank, es_PR the Spanish one. About 30 % of openers are a local greeting
  (Kia ora koutou, Kushe o, I ni ce, Wepa, Quiubo parceros, Allô tout le monde, Fala galera).
- Genres (6): press (reply "Re: " subject, prose, sign-off), podcast (run-of-show "- "
  bullets), sponsorship (invoice/remittance "Label: value" lines), ticketing (box-office
  prose), credits ("Role: name" credit lines), fanmail (letter with a sign-off). Theme: press
  contacts and interviews, podcasts and streams, sponsorships and invoices, ticketing and
  festivals, photo and video credits, fan mail.
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only in DE BR PL HU ML;
  en_US and es_PR (ABA routing / account), en_CA and fr_CA (transit-institution-account),
  es_CO, en_NZ and en_SL (bank account) carry a local bank value labelled ID in the IBAN slot
  (form bank_<cc>).
- IDs by locale: US SSN, ITIN; CA SIN and OHIP (en), NAS and RAMQ (fr); DE Steuer-ID,
  Rentenversicherungsnummer; CO cedula (8 or 10 digits, dotted or plain); BR CPF; PL PESEL,
  ID-card number; NZ IRD number, NHI; HU adoazonosito jel, TAJ; ML NINA, passport; SL NIN,
  passport; PR SSN (seguro social), licencia de conducir. About 40 % of ids are pasted with no
  cue word (form ends "_bare", always in a sentence); in "Label: value" lines a cued id is
  labelled with its cue word (SSN, NAS, Steuer-ID, PESEL ...).
- Written forms (item_forms): EMAIL plain/angle/mailto; PHONE intl, national (trunk prefix where
  the country has one), e164, dotted, dashed, intl_zero "+49 (0)30 ..." (DE, NZ); URL
  https_host/https_slug/www/bare; IP v4/v4_private/v4_port/v6/v6_full; CARD visa|mc x grouped/
  dashed/compact and amex 4-6-5; IBAN iban_print/iban_compact; ID per type (above) and _bare,
  bank_us/ca/co/nz/sl; PERSON full/title (Ms, Frau, Mme, Sra., dona, pani, dr., "X asszony",
  "Kovacs ur")/lower/initial/surname_given ("SURNAME Given", "Surname, Given")/given; MEMBER
  full/given/surname/initial/handle/possessive ("X's", "von X", "de X", "X z zespolem",
  "X reszerol", in a possessive sentence)/lower/folded (accents stripped, drawn from the
  members whose names carry accents)/title; ADDRESS
  one_line/multi_line/street_town (no postcode)/box (PO Box, Postfach, case postale, Apartado
  Aereo, Caixa Postal, skrytka pocztowa, Pf., BP, P.O. Box; box addresses keep a street line).
  hu_HU names are written family name first; pl_PL -ski/-ska surnames agree with the bearer.
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without street-type words, articles or Saint/San; e-mail local part; URL
  host and slug); p: postcodes, box numbers and IPs (whole, non-alphanumeric boundaries,
  spaces optional); d: every 4-digit window of each digit run of phones, cards, IBANs, ids and
  bank values (separators space - . / ( ) + between digits ignored); s: a whole id with no
  4-digit run. ADDRESS items carry only t: street tokens and p: postcode/box. A post is redrawn
  when any fragment also matches its background (the post with the value removed) or another
  value, or a look-alike overlaps a value (`check_post`).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accent-stripped (and
  dotless i, l-stroke, o-slash, d-stroke, sharp s folded), so "Dabrowska" and "Dąbrowska",
  "Muller" and "Müller" both leak.
- Sizes: per locale 375 labelled posts (1-3 items, the first item's kind cycling through
  KINDS) + 75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3 look-alikes):
  4,500 labelled + 900 PII-free; 8 roster members per locale (96, 4 women and 4 men each);
  PERSON names share no token with any roster member of any locale.
- Look-alikes (18 kinds): order (INV-/PO-/FAC- numbers, #A123456, 16-digit numbers failing
  Luhn), price (local currency and grouping: $, CA$, €, COP, R$, zł, NZ$, Ft, FCFA, NLe), date
  (local order), time (AM/PM, 19 h 30, 19.30 Uhr, 24 h), version (OBS, firmware, app), isbn,
  issn, isrc (with and without hyphens), percent (12 %, 12%), orgreg (EIN, BN RT0001, NEQ,
  USt-IdNr, NIT, CNPJ, NIP, NZBN, adoszam, NIF, TIN), ticket (TKT-/BK-/VIP- booking codes),
  timecode (HH:MM:SS and SMPTE HH:MM:SS:FF), seat (section/row/seat in each language), bic,
  episode (Ep. 114, S02E07, Folge, odcinek, epizod), spec (1920×1080, 48 kHz / 24-bit, f/2.8,
  ISO 3200, -14 LUFS ...), eponym (venues, prizes and places named after people: Carnegie
  Hall, salle Wilfrid-Pelletier, Teatr im. Juliusza Słowackiego, Papp László Sportaréna, Stade
  Modibo Keïta, Siaka Stevens Stadium, Coliseo José Miguel Agrelot ...), nameword (pool names
  used as words: rose gold, frank feedback, im Ernst, la Côte-Nord, Jacques a dit, luz verde,
  paz y salvo, de graça, wilk morski, fekete doboz, kia kaha, aroha nui ...).
- Distinct sentence pieces per language (headers per genre, openers, fillers, closers,
  per-kind lead-ins, possessive and bank lead-ins, cue-less id lead-ins, labels, look-alike
  sentences, roles, events, sign-offs; `piece_counts()`): en de fr es pt 171, pl hu 168 (test
  floor 150).
- Items (seed 4141): ID 1,404 (883 national/tax/health ids, 376 of them without a cue, 43 %;
  521 local bank values), CARD 934, IP 924, URL 918, EMAIL 903, PERSON 900, ADDRESS 900,
  PHONE 890, MEMBER 880, IBAN 382 (9,035 items); 5,578 look-alikes in 18 kinds (each >= 301;
  82 16-digit orders failing Luhn). Name pools: 20 female + 20 male given names (21 male in
  es_PR) and 41 surnames per locale, 492 surnames in all. Build time about 2.3-3.5 s of CPU
  on the shared 2-core machine; posts failing check_post are redrawn.
- Deliberately hard: ids with no cue word (SSN, ITIN, SIN, Steuer-ID, PESEL, CPF, cedula, IRD,
  TAJ, NINA, NIN); SSN beside EIN, CPF beside CNPJ, PESEL beside NIP, SIN beside CRA BN,
  adoazonosito beside adoszam; 16-digit invoice numbers failing Luhn beside real cards; BICs
  beside IBANs; ISRC, ISBN, ISSN, SMPTE timecodes, seat numbers and booking codes beside ids;
  Mali phones written in dotted pairs (79.28.60.95) beside IPv4; Sierra Leone NINs with no
  4-digit run; names that are also words (Rose, Grace, Hope, Summer, Frank, Hunter, Baker,
  Marsh, Fuchs, Ernst, Wolf, Koch, Luz, Paz, Esperanza, Consuelo, Rosario, Cruz, Rocha, Pinto,
  Coelho, Leão, Róża, Wróbel, Lis, Wilk, Fekete, Fehér, Virág, Aroha, Rangi, Patience,
  Blessing); particle and compound names (von Thaden, von der Heydt, zu Stolberg, de la Cruz,
  del Río, García Márquez, da Silva, dos Santos, das Neves, Van der Meer, Van Buren, De La Rosa,
  Te Whare, Ag Rhissa, Ould Mahmoud, Nowak-Jeziorańska, Williams-Johnson, Marie-Ève,
  Jean-François); Hungarian family-name-first order and "X úr"; Polish gendered surnames;
  Colombian "Calle ... # 12-34" and Apartado Aéreo addresses; Mali addresses by quarter and
  door (porte) with BP boxes; streets named after people (avenue Modibo Keïta, Siaka Stevens
  Street, Dózsa György út, Avenida Ponce de León); 60 eponym and name-word look-alikes
  that share a token with a roster member of seed 4141 (salle Wilfrid-Pelletier and Declan
  Pelletier, Macdonald-Cartier Bridge and Jocelyn MacDonald, "le style normand" and Normand
  Gagnon, "wilk morski" and Mirosław Wilk, "róża wiatrów" and Róża Król, "aroha nui" and
  Aroha Ngata, "aurora boreal" and Aurora Ortiz), which must survive verbatim.
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.fortyfirst_build import Locale, make_roster, piece_counts
from trainer_dev.redaction_sets.fortyfirst_core import KINDS, Post, check_post, leaked
from trainer_dev.redaction_sets.fortyfirst_places import LOCALES

SEED = 4141
LOCALE_ORDER = ["en_US", "en_CA", "de_DE", "fr_CA", "es_CO", "pt_BR", "pl_PL", "en_NZ",
                "hu_HU", "fr_ML", "en_SL", "es_PR"]

__all__ = ["KINDS", "LOCALES", "LOCALE_ORDER", "Post", "SEED", "check_post", "leaked",
           "make_fortyfirst_set", "piece_counts"]


def make_fortyfirst_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names of members, posts); one Random per locale."""
    from trainer_dev.redaction_sets.fortyfirst_build import tokens_of

    rngs = {loc: random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALE_ORDER)}
    rosters = {loc: make_roster(rngs[loc], loc) for loc in LOCALE_ORDER}
    roster_tokens: set[str] = set()
    for loc in LOCALE_ORDER:
        for m in rosters[loc]:
            roster_tokens |= tokens_of(m["given"]) | tokens_of(m["surname"])
    members = [m["display"] for loc in LOCALE_ORDER for m in rosters[loc]]
    posts: list[Post] = []
    for i, loc in enumerate(LOCALE_ORDER):
        posts.extend(Locale(rngs[loc], i, loc, rosters[loc], roster_tokens).posts())
    return members, posts


def check_value(locale: str, kind: str, form: str, value: str, fragments: list[str],
                roster: list[str]) -> bool:
    """Re-validate one labelled value with its own checker (used by the self-test)."""
    import re

    from trainer_dev.redaction_sets import fortyfirst_checks as ck
    from trainer_dev.redaction_sets.fortyfirst_core import norm

    country, region, _ = LOCALES[locale]
    if kind == "EMAIL":
        return ck.check_email(value)
    if kind == "PHONE":
        return ck.check_phone(region, value)
    if kind == "URL":
        return ck.check_url(value)
    if kind == "IP":
        return ck.check_ip(form, value)
    if kind == "CARD":
        return ck.check_card(form, value)
    if kind == "IBAN":
        return ck.check_iban(value)
    if kind == "ID":
        return ck.check_id(form, value)
    if kind == "ADDRESS":
        posts = [f[2:] for f in fragments if f.startswith("p:")]
        codes = [p for p in posts if country in ck.POSTCODE and ck.check_postcode(country, p)]
        boxes = [p for p in posts if re.fullmatch(r"(?:E )?\d{3,4}", p)]
        if len(codes) + len(boxes) < len(posts):
            return False
        need_code = form in ("one_line", "multi_line", "box") and country in ck.POSTCODE
        return (not need_code or bool(codes)) and (form != "box" or bool(boxes))
    tokens = {norm(f[2:]) for f in fragments}
    names = [{norm(t) for t in re.split(r"[\s\-_.]+", r)} for r in roster]
    if kind == "MEMBER":
        if form == "handle":
            return True
        return any(tokens <= n for n in names)
    return not any(tokens & n for n in names)  # PERSON
