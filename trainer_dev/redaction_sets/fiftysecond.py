"""The fifty-second independent labelled set: aviation and air travel at work, twelve locales.

DATA CARD

How it was written. By hand, as an outside reviewer would, without opening the redaction
engine, its tests, its docs or any other set. Every pool (names, streets, towns, postcodes,
companies, airports, templates, cue words) was typed from the writer's own knowledge; no
Faker, nothing copied from the repository. ``phonenumbers`` is used only to CHECK that each
generated phone number is valid for its country; check digits are computed in
fiftysecond_checks. The redactor was never run on this set.

One exposure, recorded for the reader. After the pools had been written and committed, a lint
run over trainer_dev printed long-line excerpts of the eighth set's name and street pools. They
overlapped this set's English names (and a few streets) heavily, typed independently; the
overlapping English names and streets, and a few es/it/nl/pt streets, were then replaced in a
separate commit. Nothing was taken from the excerpt.

Seed and determinism. ``make_fiftysecond_set(seed=5252)``; one
``random.Random(f"{seed}:{i}:{locale}")`` per post (i = index of the post within its locale,
0-374 labelled, 375-449 PII-free); no hash(), no set order, no clock. A post is redrawn from
the same generator while the fragment rule below is broken.

Domain. Airline crew rostering and crew control, airport operations and ground handling,
lost and delayed baggage (bag tags, WorldTracer-style file references), flight schools and
pilot licences, aircraft maintenance (MRO, part numbers, work orders, tech log), charter and
business-jet bookings, air cargo and freight forwarding (air waybills, ULDs, containers), drone
operator registrations, passenger complaints and compensation claims.

Locales and languages (12). en_US, en_GB, en_KY (Cayman Islands: English, +1 345 numbers,
KY1-/KY2-/KY3- postcodes, "P.O. Box" addresses, VP-C aircraft registrations, CI$/KYD amounts);
de_DE; de_IT (South Tyrol: German posts, a quarter in Italian, Italian codice fiscale with
Bolzano-province comune codes, +39 0471/0472/0473/0474 numbers, 39xxx postcodes, bilingual
towns); fr_FR; fr_PF (French Polynesia: French with Tahitian greetings and sign-offs "Ia ora
na", "Māuruuru", "Nana", Tahitian names, +689 eight-digit numbers, 987xx postcodes, "BP"
boxes, F-O registrations, XPF amounts); es_ES; eu_ES (Basque posts, 40 % in Spanish as many
offices write; Basque street forms "... kalea/etorbidea", inflected names); it_IT; nl_NL; pt_PT.

Genres. Notes, threads with a quoted first line, forms ("Label: value"), tables
("Field | Value"), e-mails with greeting, sign-off and a signature block (contact items sit
there), chat lines with clock stamps, bulleted lists under a subject line.

Kinds and written forms (``item_forms``).
- EMAIL: plain, angle-bracketed, mailto:, capitalised local part.
- PHONE: intl, national (with "(0)" or "/" in some), dotted, bare, E.164.
- URL: https, http, www, bare host (uncommon TLDs: .aero .scot .wales .tirol .eus .bzh .frl
  .amsterdam .pf .ky ...), platform profile (linkedin/instagram/x/youtube/flickr/... slug).
- IP: public v4, private v4, v6.
- CARD: Visa/Mastercard (51-55 and 2221-2720)/Amex, Luhn-valid; spaced, dashed, bare.
- IBAN: valid mod-97 check digits; national check digits inside the BBAN for FR (RIB key),
  ES (DC), IT (CIN) and PT (NIB); grouped or compact; en_US and en_KY use foreign IBANs
  (GB/DE/FR/NL), as people there only have one from abroad.
- ID (form "<id>-cue" or "<id>-bare", about 38 % bare): with check digits: US SSN ranges,
  UK NHS number (mod 11), DE Steuer-ID (ISO 7064 mod 11,10 and the repeated-digit rule),
  DE Personalausweis/Reisepass (7-3-1), IT codice fiscale (odd/even tables), FR NIR (key
  97 - n mod 97; fr_PF with 987xx birth places), ES DNI/NIE (mod 23), ES NAF (mod 97), NL BSN
  (11-proof), PT NIF (mod 11), PT Cartão de Cidadão (letters-to-numbers doubling rule).
  Format-only: UK NINO, passports, FAA airman certificate and drone registration, UK sort
  code + account, Cayman passport, driver's licence and work permit, IT carta d'identità,
  FR numéro fiscal, fr_PF CPS "numéro DN", NL rijbewijs, PT número de utente, EASA UAS
  operator ids.
- PERSON (non-members, no token shared with the roster): full, two surnames (es/eu/pt),
  particle surnames (nl/fr/it/pt/es), title + surname (title outside the value),
  initial + surname, "Surname, Given", PNR style "SURNAME/GIVEN", Basque inflected.
- MEMBER: full, given, surname, initial + surname, lower case, accents folded, @handle,
  PNR style, "SURNAME Given", possessive (en "'s", de "-s"/"'", nl "'s"/"-s"), Basque
  inflected last word (ergative -k/-ek, dative -ri/-i, comitative -rekin/-ekin, genitive
  -ren/-en).
- ADDRESS: one-line, multi-line, PO box in the local form (PO Box, P.O. Box, Postfach, BP,
  Apartado de Correos, Posta-kutxa, Casella postale, Postbus, Apartado), no postcode.

Fragment rule (fiftysecond_match). A whole-word token for names, as written and inflected
("w:"), without titles, particles or single-letter initials; street-name tokens without the
street-type word or particles ("t:"); the postcode whole ("p:") and a PO-box number whole
("b:"), spaces optional; every 4-digit window of a digit run ("d:", separators " .-/"
ignored) for phones, cards, IBANs and ids; an id with no 4-digit run whole ("x:"); the
e-mail local part ("e:"); the URL host ("h:") or the slug on a platform host ("s:"); the IP
whole ("i:"). Matching is on text normalised by NFKC, case-folding, accent stripping and
Unicode digits to ASCII. A post is redrawn while a fragment of an item occurs in its
background (the text with the value replaced by a space) or in another item's value, a
PERSON shares a token with the roster, or a look-alike overlaps a value or contains a
fragment.

Sizes. Per locale 375 labelled posts (1-3 items of distinct kinds, the first item's kind
cycling through the ten kinds) and 75 PII-free posts (a third plain, two thirds with 1-3
look-alikes): 4,500 + 900 posts, 96 roster members. Kinds over the set: ADDRESS 832, CARD 909,
EMAIL 928, IBAN 928, ID 881, IP 920, MEMBER 887, PERSON 904, PHONE 892, URL 923. Generation
takes 10-12 s on the shared two-core machine.

Look-alike kinds (``lookalike_kinds``): flt (flight numbers), awb (air waybills with the
mod-7 check digit), tag (bag tags, some 10-digit), file (WorldTracer-style references), pnr,
reg (aircraft registrations), pn (part numbers, ATA chapters), wo (work orders, tech-log and
CRS numbers), date, time, amt (amounts in the locale's style, XPF, CI$), wt (weights), uld,
ticket (13-digit tickets), ean (EAN-13, valid), isbn (ISBN-13/10, valid), cont (ISO 6346
containers, valid), vat (company numbers: DE USt-IdNr. mod 11,10, FR SIREN Luhn, IT partita
IVA Luhn, PT NIPC mod 11, ES CIF control digit; format-only KvK, UK company number, EIN,
Cayman "CR-" and PF "N° TAHITI"), po (10-digit purchase orders), inv (invoices),
named-company (Boeing, Rolls-Royce, Dornier, Dassault, Piaggio, Fokker, Leonardo, Loacker,
Dr. Schär, Paul Gauguin Cruises ...), named-place (airports named after people: Owen Roberts,
Charles Kirkconnell, John Lennon, Franz Josef Strauß, Valerio Catullo, Adolfo Suárez,
Humberto Delgado, Leonardo da Vinci ...). They appear in labelled and PII-free posts. Not
registered, but there: the French word "manuel" (a manual) in French posts, while
"Manuel Zelger" is a de_IT member; role lines and table headers in every genre.

Left out, and why. Dates of birth and ages (not one of the ten kinds); UK driving-licence
numbers and NISS (check rules not known well enough to make them valid); DE bank-account
check methods (they differ per bank) and any NL account check: the DE and NL account numbers
inside IBANs are random, only the IBAN check digits hold;
EASA Part-FCL licence numbers (the national formats are not known well enough); Cayman ids
other than the three format-only ones (no income tax id; formats unsure); fr_PF "numéro
TAHITI" of persons and the CPS "DN" check rule (unsure; DN is format-only, TAHITI only a
company look-alike); Tahitian-only posts (work in PF is written in French; Tahitian appears as
greetings, names and words); real people's names and real addresses.

Unsure (format-only or possibly off): Cayman postcodes per district (KY1-1xxx ranges typed
from memory), fr_PF postcodes outside Papeete, Faa'a, Punaauia and Pirae, the Basque
PO-box word "Posta-kutxa", Cayman passport (9 digits) and driver's licence (letter + 6 digits)
formats, the Cayman work-permit form "WP" + 7 digits, PT Cartão de Cidadão (the whole string is
made valid; the first check digit is not checked on its own), IT carta d'identità "CA00000AA".
"""

from __future__ import annotations

from trainer_dev.redaction_sets.fiftysecond_build import KINDS, LOCALES, Post, make_set
from trainer_dev.redaction_sets.fiftysecond_match import leaked

__all__ = ["KINDS", "LOCALES", "Post", "leaked", "make_fiftysecond_set"]


def make_fiftysecond_set(*, seed: int = 5252) -> tuple[list[str], list[Post]]:
    """(members, posts): the roster of 96 names and 4,500 labelled + 900 PII-free posts."""
    return make_set(seed=seed)
