"""Fortieth redaction scoring set: travel, tourism and transport.

DATA CARD
- How written: every name pool, roster, street, town/postcode pair, e-mail domain, web word,
  airline, train, airport, eponym, look-alike list and phrase bank was written by hand for this
  set from general knowledge of each country's naming, postal, banking, travel and numbering
  habits (no fake-data library; no other set's banks, people, places, looks, items, values or
  ids files opened; no redactor or scoring run on it; nothing here imports trainer.redact).
  Check digits are computed in code (fortieth_checks, fortieth_ids, fortieth_looks) and
  re-checked in the self-test: Luhn (cards, Swedish personnummer and samordningsnummer, SIREN,
  partita IVA and organisationsnummer look-alikes), IBAN mod 97 for GB AT FR BE IT PT SE with
  the national keys where there is one (French RIB key, Belgian mod-97 account key, Italian CIN
  letter, Portuguese NIB digits), US SSN ranges (no 000/666/9xx area, no 00 group, no 0000
  serial), ABA routing 3-7-1, UK NINO prefix/suffix rules and NHS number mod 11, Austrian
  Sozialversicherungsnummer (weights 3790584216 mod 11, check digit in 4th place, birth date
  DDMMYY), French NIR key (97 - n mod 97), Mexican CURP check digit (weighted sum over the
  37-character alphabet) and CLABE (weights 3-7-1 mod 10), Belgian national number mod 97
  (with the 2000+ rule), Italian codice fiscale (month letter, +40 for women, odd/even check
  letter), Portuguese NIF (mod 11) and NISS (weights 29..2), Ecuadorian cedula (province 01-24,
  third digit < 6, mod 10 with 2-1 weights), Gabonese RIB CEMAC key (French RIB rule).
  Look-alikes with checks: ISBN-13 (country group), SIREN, KBO/BCE mod 97, partita IVA, NIPC
  (NIF mod 11 starting 5), Swedish organisationsnummer (Luhn), Ecuadorian company RUC (third
  digit 9, weights 432765432 mod 11, 001 suffix). Format only (no public check): US passport
  and Known Traveler Number, UK, Austrian, French, Mexican, Belgian, Italian, Portuguese,
  Ecuadorian, Gabonese and Liberian passport numbers, Italian CIE, Gabonese CNI and CNAMGS
  numbers, Liberian national id (NIR card, written 4-4-2 for this set), Ecuadorian and
  Liberian bank accounts, EIN, Companies House, Firmenbuch FN, RFC (moral), RCCM, Liberian
  business registration. Phones are drawn from national number plans and kept only when
  `phonenumbers.is_valid_number_for_region` holds; IPs are built with `ipaddress` (global v4,
  private v4, v4 with port, v6 compressed str() and exploded); e-mails and URLs by regex with a
  delegated TLD; postcodes by each country's pattern (US ZIP, GB outward+inward letters, AT BE
  LR 4 digits, FR department ranges, MX IT 5 digits, PT 4-3, SE 3+2, EC 6 digits with province
  01-24; Gabon has no postcodes in use, so its addresses carry a BP box or only a street).
  Streets that belong to one town go only with it (Peachtree Street with Atlanta, Getreidegasse
  with Salzburg, Avenida Amazonas with Quito, Broad Street with Monrovia's 1000 ...).
- Seed: SEED = 4040; one random.Random(f"{seed}:{i}:{locale}") per locale; no hash() and no
  set iteration decides anything.
- Locales (12): en_US en_GB de_AT fr_FR es_MX nl_BE it_IT pt_PT sv_SE (core and earlier),
  es_EC fr_GA en_LR (new here). Languages: en de fr es nl it pt sv, one phrase bank each
  (fortieth_text_*); en_LR posts are in English with Liberian names, Monrovia streets, 4-digit
  postcodes and Lonestar/Orange phone plans; fr_GA in French with Gabonese names, Libreville
  streets and BP boxes; es_EC shares the Spanish bank with es_MX.
- Genres (6): email (subject line, greeting, body, closer, sign-off), form (pasted "label:
  value" lines with non-PII fields such as cabin, reason and seat preference), forum (title
  and body), chat (role-prefixed lines "me:", "agent:", "guide:"), itinerary ("- " bullets
  under a day-plan header), review (stars and a short verdict). Theme: flight and rail
  bookings, frequent-flyer accounts, visas and passports at borders, lost luggage, hotel
  stays, car hire and tour guides. Posts per genre (seed 4040): forum 934, chat 923, review
  897, email 883, form 882, itinerary 881.
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only in GB AT FR BE IT
  PT SE; en_US (ABA routing / account), es_MX (CLABE), fr_GA (RIB CEMAC with key), es_EC and
  en_LR (bank accounts) carry a local bank value labelled ID in the IBAN slot.
- IDs by locale: US SSN, passport, KTN; GB NINO, passport, NHS number; AT
  Sozialversicherungsnummer (plain and 4+6), Reisepass; FR NIR (plain and spaced), passport;
  MX CURP, pasaporte; BE rijksregisternummer (plain and YY.MM.DD-NNN.CC), paspoort; IT codice
  fiscale, passaporto, CIE; PT NIF (plain and 3-3-3), NISS, passaporte; SE personnummer (10
  and 12 digits), samordningsnummer; EC cedula (plain and 9-1), pasaporte; GA CNI, CNAMGS,
  passeport; LR national id, passport. About 40 % of national ids are pasted with no cue word
  (form ends "_bare"); in forms a cued id's label is its own name.
- Written forms (item_forms): EMAIL plain/angle/mailto; PHONE intl, national, compact (E.164),
  dotted, dashed, double_zero "0043 ...", intl_zero "+44 (0)20 ..." (GB AT BE SE); URL
  https_host/https_slug (instagram, tripadvisor, linktr.ee, youtube "@" ...)/www/bare; IP
  v4/v4_private/v4_port/v6/v6_full; CARD visa|mc (51-55 and 2221-2720) x grouped/dashed/compact
  and amex 4-6-5; IBAN iban_print/iban_compact; ID per type (above) and _bare; PERSON full/
  title (Ms, Frau Dr., Mag., Ing., Mme, Me, Sra., Lic., Dott.ssa, Avv., mevrouw, Dhr., Eng.,
  docent, kapten)/lower/initial/surname_given ("SURNAME Given", "Surname, Given")/given; MEMBER
  full/given/surname/initial/handle ("@given.surname", "@surname-given", "@g.surname")/
  possessive ("X's", "von X", "de X", "di X", "van X", Swedish "hos X")/lower/folded (accents
  stripped)/title; ADDRESS one_line/multi_line/street_town (no postcode)/box (PO Box, Postfach,
  BP, Apartado, Postbus, Casella Postale, Box, Casilla, P.O. Box; box addresses keep a street
  line).
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without street-type words or articles; e-mail local part; URL host or
  slug); p: postcodes, box numbers and IPs (whole, non-alphanumeric boundaries, spaces
  optional); d: every 4-digit window of each digit run of phones, cards, IBANs, ids and bank
  values (separators space - . / ( ) + between digits ignored); s: a whole id with no 4-digit
  run (codice fiscale). ADDRESS items carry only t: street tokens and p: postcode/box. A post
  is redrawn when any fragment also matches its background (the post with the value removed)
  or another value, or a value appears twice (`check_post`).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accent-stripped (and dotless
  i to i), so "Médecin" and "Medecin", "Weiß" and "weiss", "GÖTGATAN" and "Götgatan" match.
- Sizes: per locale 375 labelled posts (1-3 items of distinct kinds, the first item's kind
  cycling through KINDS) + 75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3
  look-alikes): 4,500 labelled + 900 PII-free; 8 roster members per locale (96); PERSON names
  share no token with any roster member (pools are filtered against all roster tokens).
- Look-alikes (17 kinds, drawn in a per-locale cycle): flight (UA 123, OS0071), pnr (6-char
  record locators), eticket (airline 3-digit prefix + 10 digits), train (Railjet, TGV INOUI,
  Frecciarossa, Alfa Pendular, SJ Snabbtåg, Tren Crucero, Transgabonais ... + number), price
  ($, £, €, kr, MXN, USD, FCFA, L$), date (local order), time (AM/PM, 14h30, kl. 14.30, 24 h),
  seat (seat/gate/room), iata (airport pairs), isbn (valid ISBN-13, travel guides), orgreg
  (EIN, Companies House, FN, SIREN, RFC, KBO, P.IVA, NIPC, organisationsnummer, RUC, RCCM,
  Liberian business reg.), bic (real bank BICs), measure (55 x 40 x 20 cm, 23 kg, 50 lb),
  percent, eponym (John F. Kennedy International, King's Cross, Mozarts Geburtshaus, Charles
  de Gaulle, Benito Juárez, Rubenshuis, Leonardo da Vinci, Humberto Delgado, Astrid Lindgrens
  Värld, Mariscal Sucre, Léon Mba, Roberts International ...), nameword (names used as words:
  "a grace period", "im Ernst", "la rose des vents", "luz verde", "een goede vos", "la rosa dei
  venti", "um lobo do mar", "en björk vid sjön"), version (app versions).
- Distinct sentence pieces per language (openers, closers, subjects, greetings, sign-offs,
  forum titles, lead-ins per kind, possessive and bank lead-ins, cue-less id lead-ins, labels,
  non-PII form fields, plain sentences, chat roles, itinerary headers, review verdicts,
  look-alike sentences, titles; `piece_counts()`): en de fr nl it pt sv 203, es 205 (test
  floor 150).
- Items (seed 4040): ID 1,130 (807 national ids, 322 of them without a cue, 40 %; 323 local
  bank values), EMAIL 827, CARD 825, IP 821, ADDRESS 813, PHONE 808, URL 800, PERSON 794,
  MEMBER 776, IBAN 485 (8,079 items); 4,842 look-alikes in 17 kinds (each >= 283). Name pools
  per locale: 21-22 female + 21-22 male given names (43-44) and 40-44 surnames after the roster
  filter. Build time about 1.7-2.3 s of CPU (5-8 s wall) on the shared 2-core machine.
- Deliberately hard: ids with no cue word (SSN, NINO, SV-Nummer, NIR, CURP, rijksregister,
  codice fiscale, NIF, personnummer, cedula); CURP beside RFC, cedula beside company RUC,
  NIF beside NIPC, personnummer beside organisationsnummer, rijksregisternummer beside KBO;
  13-digit e-ticket numbers, ISBNs and PNR locators beside ids and cards; BICs beside IBANs;
  flight and train numbers beside phones; IPv4 with ports and exploded IPv6; eponyms of
  airports and sights (Charles de Gaulle, Humberto Delgado, Léon Mba, Roberts International);
  names that are also words (Hunter, Young, Miles, Stone, Rivers, Winters, Bishop, Finch, Fuchs,
  Wolf, Ernst, Sommer, Kaiser, Blanc, Petit, Rose, Luz, Paz, Lobo, Palma, Sierra, Vos, Engels,
  Fiore, Leone, Serra, Rocha, Pinto, Coelho, Strand, Falk, Björk, Holm, Precious,
  Comfort, Patience, Blessing, Mercy, Princess); particle and compound surnames (Van Buren, St.
  Clair, Van den Bossche, De Clercq, de la Garza, del Toro, Di Stefano, D'Angelo, Dell'Acqua,
  dos Santos, Sá Carneiro, af Klinteberg, von Thurn, de los Santos, Dias da Cunha,
  Mboumba-Nziengui, Ella Ekogha, Kamara-Dukuly); lower-case, accent-folded and possessive member
  mentions; Swedish "hos X" and Italian "di X"; multi-line addresses and BP boxes without a
  postcode (Gabon).
"""

from __future__ import annotations

from trainer_dev.redaction_sets.fortieth_build import LOCALES, build_locale
from trainer_dev.redaction_sets.fortieth_core import KINDS, Post, check_post, leaked, norm

__all__ = ["KINDS", "SEED", "Post", "check_post", "leaked", "make_fortieth_set", "norm"]

SEED = 4040


def make_fortieth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names of members, posts), twelve locales in a fixed order."""
    members: list[str] = []
    posts: list[Post] = []
    for i, locale in enumerate(LOCALES):
        m, p = build_locale(seed, i, locale)
        members += m
        posts += p
    return members, posts
