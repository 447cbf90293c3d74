"""Forty-seventh redaction scoring set: veterinary care, pet owners and animal welfare.

DATA CARD
- Domain: vet clinics and animal hospitals, shelters and rescues, fostering and adoption, lost and
  found pets, boarding kennels and groomers, pet-insurance claims: vaccination reminders, surgery
  estimates and rechecks, prescription food, home visits, donations and volunteer rotas.
- How written: every name pool, street, town/postcode head, clinic/shelter/insurer name, e-mail
  domain, web word, look-alike list and phrase bank was written by hand for this set from general
  knowledge of each country's naming, postal, banking and numbering habits (no fake-data library;
  only the forty-third set's layout and fragment contract read, none of its pools or templates;
  no redactor, redaction doc, bench file or failure listing read or run; nothing here imports
  trainer.redact).
- Seed: SEED = 4747; one random.Random(f"{seed}:{i}:{locale}") per locale (rosters first, then
  posts); no hash() and no set iteration decides anything. Build: about 2.5 s of CPU (6-7 s wall
  on the shared 2-core machine).
- Locales (12): en_IE en_AU fr_FR fr_CA pt_BR pt_PT de_DE de_AT es_ES (used by earlier sets) and
  en_BB fr_MC pt_TL (no earlier set). Languages: en fr pt de es, one phrase bank each
  (fortyseventh_text_*); pt_BR takes the Portuguese bank with Brazilian usage swapped in
  (equipe, recepção, endereço, geladeira ...); en_BB, fr_MC and pt_TL write their language with
  local names, towns, money (BBD, EUR, US$) and formats.
- Sizes: per locale 375 labelled posts (1-3 items of distinct kinds, the first item's kind
  cycling through KINDS) + 75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3
  look-alikes): 4,500 labelled + 900 PII-free = 5,400 posts; 8 roster members per locale (96).
- Genres (6): thread (owners' forum: subject, greeting, body, a quoted "> " question, closer), form
  (intake/claim form: "label: value" lines, cue-less ids and possessives as "Note:" sentences,
  context as "Reason:" lines), booking (clinic/service/status header, body, closer), chat (owner
  and reception lines), notice (LOST/FOUND pet notice with "- " bullets, reward line, "Contact:"
  lines for most phone, e-mail and web items), letter (greeting, body, closer, sign-off block with
  the signer's name when a PERSON or MEMBER item is drawn, role and clinic, contact lines).
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN in IE FR MC PT TL DE AT ES
  (mod 97; national keys computed: French and Monegasque RIB key 89/15/3 mod 97, Portuguese NIB and
  Timor-Leste BBAN key ISO 7064 MOD 97-10 (the TL registry example TL38 0080 0123 4567 8910 157
  passes), Spanish account control digits 1-2-4-8-5-10-9-7-3-6). en_AU (BSB and account), en_BB
  (bank account, format only), fr_CA (transit-institution-account, Payments Canada layout) and
  pt_BR (Banco do Brasil agency and account, each with its mod-11 digit) carry a local bank value
  labelled ID in the IBAN slot of the kind cycle.
- IDs by locale (check digit where one is published): IE PPS number (weights 8..2, second letter x
  9, mod 23); AU tax file number (weights 1 4 3 7 5 8 6 9 10, mod 11) and Medicare number (weights
  1 3 7 9, mod 10, issue digit); BB National Registration Number (birth date + 4, format only)
  and TIN (13 digits, format only); FR NIR (sex, year, month, department, commune, order, key 97 -
  n mod 97); CA SIN (Luhn, first digit 1-7) and Quebec RAMQ health number (letters, birth date
  with +50 for women, format only); MC CCSS number (6 digits, format only) and the French NIR of
  workers living in France; BR CPF (two mod-11 digits) and Cartão Nacional de Saúde (weights 15..1,
  mod 11); PT NIF (mod 11) and NISS (weights 29 23 19 17 13 11 7 5 3 2); TL Bilhete de Identidade
  and electoral card (format only: no published check); DE Steuer-ID (ISO 7064 MOD 11,10 and the
  repeated-digit rule) and Rentenversicherungsnummer (area, birth date, initial letter, serial,
  check over the letter's two digits); AT social insurance number (weights 3 7 9 5 8 4 2 1 6, mod
  11, remainder 10 skipped); ES DNI and NIE (letter mod 23) and social security number (province
  and number mod 97). About 39 % of national ids are written with no cue word (forms "_bare").
- Written forms (item_forms): EMAIL plain/angle/mailto; PHONE intl, national, e164, intl_00 (only
  where 00 is the plan's international prefix: not AU, BB, CA, BR), grouped (dots in FR and MC,
  dashes in BR, CA and BB, spaces elsewhere); every phone is drawn from hand-listed national
  prefixes and kept only when `phonenumbers.is_valid_number_for_region` holds (re-checked on the
  written form); URL https_host/https_slug/www/bare; IP v4/v4_private/v4_port/v6/v6_full (built
  with `ipaddress`, global where public); CARD visa|mc x grouped/dashed/compact and amex 4-6-5
  (Luhn); IBAN iban_print/iban_compact; ID per type, the same with _bare, and the bank forms; PERSON
  full/title (Mr, Mrs, Ms, Dr, M., Mme, Madame, Docteur, Sr., Sra., D., dona, senhor, Dra., Herr,
  Frau, don, doña)/lower/initial/surname_given ("SURNAME Given", "Surname, Given")/given; MEMBER
  full/given/surname/initial/handle/possessive ("Aoife's", "Heikes", "Matthäus'", "d'Anaïs", "de
  Camille", "da Joana", "do Tiago", "de Lucía")/lower/folded (accents stripped)/title; ADDRESS
  one_line/multi_line/street_town (no postcode)/box (PO Box, P.O. Box, BP, C.P., Caixa Postal,
  Apartado, Postfach, Apartado de Correos; half the box addresses keep a street line).
- Postal formats: IE Eircode (routing key + 4 characters of 0-9 A C D E F H K N P R T V W X Y);
  AU locality in capitals, state, 4-digit postcode in the state's range, units as "5/153"; BB
  "BB" + 5 digits by parish; FR 5 digits by department (Paris 750 + arrondissement), town in
  capitals; CA A1A 1A1 without D F I O Q U (no W Z first), "Ville (Québec)"; MC 98000 and the
  quarter; BR CEP NNNNN-NNN by city, "Cidade - UF"; PT NNNN-NNN and locality; TL no postcode;
  DE 5 digits; AT 4 digits (Vienna 1 + district + 0), door as "45/7"; ES 5 digits by province,
  floor as "3.º B".
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials, Gaelic
  Ó/Ní/Mac/Nic dropped, O' kept in its surname; street-name tokens without street-type words,
  articles or titles such as Presidente, Saint, Princesse; e-mail local part; URL host label or
  slug; a handle without its @); p: postcodes, box numbers and IPs (whole, non-alphanumeric
  boundaries, spaces optional; an IP with a port carries the IP alone); d: every 4-digit window of
  each digit run of phones, cards, IBANs, ids and bank values (separators space - . / ( ) +
  between digits ignored); s: a whole id with no 4-digit run (none drawn at this seed). ADDRESS
  items carry only t: street tokens and p: postcode/box. A post is redrawn when any fragment also
  matches its background (the post with the value removed) or another value, or a look-alike
  touches a value (`check_post`).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accent-stripped (and dotless i
  to i), so "Muller" and "Müller", "Ni Bhriain" and "Ní Bhriain" both leak.
- Items (seed 4747): ID 1,192 (906 national ids, 349 of them without a cue, 39 %; 286 local bank
  values), IP 948, EMAIL 933, PHONE 923, ADDRESS 904, CARD 890, PERSON 885, MEMBER 881, URL 878,
  IBAN 599 (9,033 items); 5,549 look-alikes in 16 kinds (each >= 344; 86 of them 16-digit invoice
  numbers failing Luhn). Genres: chat 921, thread 921, form 915, notice 909, letter 876, booking
  858. Name pools: 22 female + 22 male given names and 32 surnames per locale (528 given names,
  384 surname entries). Distinct sentence pieces per language bank (`piece_counts()`): en 194,
  fr pt de es 193 (test floor 150).
- Look-alikes (16 kinds, drawn in a cycle so each kind is even): weight (kg, g, lb in BB), dose
  (mg/kg, ml, mg, IU/UI/I.E.), price (EUR, A$, BBD $, $ in Quebec, R$, US$ in Timor-Leste), date
  (local order, ISO in Quebec, dots in German), time (am/pm, 14h30, 14.30 Uhr), percent, lot
  (vaccine batch), order (INV/PO/FAC/FT/RE/FRA ... with year, and 16 digits grouped like a card
  failing Luhn), claim (CLM/SIN/PROC/SCH/EXP case numbers), orgreg (company registers: ABN mod 89,
  SIREN/SIRET Luhn, Quebec BN Luhn, CNPJ, NIPC mod 11, USt-IdNr. MOD 11,10, UID ATU check, CIF
  control; CRO, Barbados company no., Monaco RCI, Timor SERVE and HRB format only), ean (pet-food
  EAN-13 with each market's GS1 prefix, check digit computed), bic (banks' BICs), eponym (disease
  and test names that carry a person's name: Cushing, Addison, Horner, Carré, Aujeszky, Rubarth,
  Chagas, von Willebrand, Schirmer, Legg-Calvé-Perthes), breed (breed names with a person's or
  place's name: Jack Russell, Cavalier King Charles, Gordon Setter, Dobermann, Griffon Korthals,
  Braque Saint-Germain, Fila Brasileiro, Cão da Serra da Estrela, Leonberger, Podenco Ibicenco
  ...), place (parks, bridges, towns and stadiums named after people: O'Connell Bridge, Lake
  Burley Griffin, Queen's Park, pont Alexandre-III, parc Jean-Drapeau, stade Louis-II, Ponte
  Vasco da Gama, São José dos Campos, Karl-Marx-Allee, Maria Enzersdorf, puente de Isabel II
  ...), brand (pet-food and animal-health makers named after people: James Wellbeloved, Lily's
  Kitchen, Bob Martin, Hill's, Boehringer Ingelheim, Clément Thékan, Dr. Clauder's, Trixie ...).
- Deliberately hard: ids with no cue word (PPS, TFN, Medicare, NIR, SIN, CPF, NIF, Steuer-ID,
  SVNR, DNI ...); personal tax numbers beside company numbers (CPF beside CNPJ, NIF beside NIPC,
  Steuer-ID beside USt-IdNr., DNI beside CIF, TFN beside ABN, SIN beside BN); 16-digit invoice
  numbers failing Luhn beside real cards; BICs beside IBANs; EAN-13 codes, batch numbers, claim
  numbers, weights and doses beside ids; Gaelic surnames with female forms (Ó Briain / Ní
  Bhriain, Mac Cárthaigh / Nic Cárthaigh) and O' names; Spanish double surnames and particle
  names (Martínez de la Rosa), Portuguese particles (da Costa, dos Reis, de Araújo); compound
  given names (Marie-Ève, Jean-François, Ana Clara, María José, Kai-Uwe); Quebec St- names;
  names that are words (Best, Small, Pilgrim, Junior, Wolf, Fuchs, Lang, Rainer, Belo, Magno,
  Pastor, Médecin, Boisson); Monegasque surnames of Italian shape; Timorese names beside
  Portuguese ones; disease, breed and place names carrying real surnames; e-mail local parts,
  handles and URL hosts built from name tokens; v6 addresses exploded with zero groups.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import fortyseventh_looks as L
from trainer_dev.redaction_sets.fortyseventh_build import (
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
from trainer_dev.redaction_sets.fortyseventh_checks import frag_matches, leaked, normalise

SEED = 4747
__all__ = ["KINDS", "LOCALES", "SEED", "Post", "check_post", "leaked", "make_fortyseventh_set"]


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


def make_fortyseventh_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names, posts): 12 locales x (375 labelled + 75 PII-free)."""
    rngs = {loc: random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)}
    rosters = {loc: make_roster(rngs[loc], loc) for loc in LOCALES}
    banned = roster_tokens(rosters)
    members = [m["name"] for loc in LOCALES for m in rosters[loc]]
    posts: list[Post] = []
    n_kinds = len(L.LOOK_KINDS)
    for i, loc in enumerate(LOCALES):
        rng, roster = rngs[loc], rosters[loc]
        pools = person_pools(loc, banned)
        cycle = i

        def looks(n: int) -> list[str]:
            nonlocal cycle
            out = [L.LOOK_KINDS[(cycle + k) % n_kinds] for k in range(n)]
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
