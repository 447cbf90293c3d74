"""Forty-second redaction scoring set: agriculture, food and farming.

DATA CARD
- How written: every name pool, roster, street, town/postcode pair, e-mail domain, farm word,
  look-alike list and phrase bank was written by hand for this set from general knowledge of
  each country's naming, postal, banking, farming and numbering habits (no fake-data library;
  no other set's banks, people, places, looks, items, values, ids or text files opened; no
  redactor or scoring run on it; nothing here imports trainer.redact). Check digits are
  computed in code (fortysecond_values, fortysecond_looks, fortysecond_checks) and re-checked
  in the self-test: Luhn (cards, SIREN, partita IVA), IBAN mod 97 for IE FR DE ES IT NL BR
  with the national keys where there is one (French RIB key, Spanish DC pair, Italian CIN
  letter), ABA routing 3-7-1, US SSN ranges (no 000/666/9xx area, no 00 group, no 0000
  serial) and ITIN (9xx, group 70-88), Australian TFN (weights 1 4 3 7 5 8 6 9 10 mod 11) and
  Medicare number (first digit 2-6, weights 1 3 7 9 mod 10), Irish PPSN (weights 8..2, the
  second letter x 9, mod 23, W for 0), French NIR (sex, year, month, department, commune,
  order, key 97 - n mod 97), German Steuer-ID (one digit twice, ISO 7064 MOD 11,10), Spanish
  DNI/NIE letter, Italian codice fiscale (consonant rules, month letter, +40 for women,
  Belfiore code, odd/even check letter), Dutch BSN 11-check, Brazilian CPF (two mod-11
  digits). Look-alikes with checks: ABN mod 89, SIREN and partita IVA Luhn, CNPJ, Spanish
  cooperative CIF (F + 7 digits + control digit), German PZN mod 11, ISBN-13, 16-digit order
  numbers that fail Luhn. Format only (no public check): Burkinabe CNIB (B + 8 digits),
  Rwandan national id (1 YYYY G NNNNNNN I CC, G 8 male / 7 female), Guinea-Bissau BI (9
  digits) and NIF (9 digits, 5...), UEMOA RIB (BF/GW bank code, branch, 12-digit account,
  RIB-style key computed), Rwandan bank accounts, Australian BSB + account, EIN, CRO, HRB,
  KvK, IFU, Rwandan TIN, Guinea-Bissau company NIF, ear tags, HS codes, ATCvet, BICs. Phones
  are drawn from national number plans and kept only when `phonenumbers.is_valid_number`
  holds for the region (every written form is re-parsed); IPs with `ipaddress` (global v4,
  private v4, v4 with port, v6 compressed str() and exploded); e-mails and URLs by regex with
  a delegated TLD (com net org coop farm, ccTLDs); postcodes by each country's pattern (US
  ZIP and ZIP+4, AU 4 digits, Irish Eircode routing key + 4, FR/DE/ES/IT 5 digits with
  department/province ranges, NL 4+2 without SA/SD/SS, BR CEP 5-3; BF "01 BP 1234", RW
  "P.O. Box 123", GW "C.P. 123" / "Caixa Postal 123" box lines).
- Seed: SEED = 4242; one random.Random(f"{seed}:{i}:{locale}") per locale (i its index in
  LOCALES); no hash() and no set iteration decides anything.
- Locales (12): en_US en_AU en_IE fr_FR de_DE es_ES it_IT nl_NL pt_BR (core and earlier),
  fr_BF en_RW pt_GW (new here). Languages: en fr de es it nl pt, one phrase bank each
  (fortysecond_text_en, _frde, _esit, _nlpt); en_RW posts are in English with Rwandan names,
  towns and phone plan; fr_BF shares the French bank and pt_GW the Portuguese one (with
  European Portuguese words swapped in: telemóvel, camião, registo, boleia), each with its own
  id cue words (CNIB; BI/NIF) instead of the bank's.
- Theme: co-operatives and smallholders, crop sales and input loans, veterinary visits and
  livestock registers, food processing and cold chains, market stalls and exports, farm
  workers and seasonal pickers.
- Genres (6): note (opener, context, items, closer), listing (upper-case market notice
  header), form ("label: value" lines; cue-less ids keep their bare sentence, no label),
  register ("- " bullet log: vet visits, cold-chain logs, harvest rosters), thread (subject
  line, a quoted "> " line, body, closer), sms (group-chat lines).
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only in IE FR DE ES IT
  NL BR; en_US (ABA routing + account), en_AU (BSB + account), en_RW (bank account
  5-7-2) and fr_BF/pt_GW (UEMOA RIB) carry a local bank value labelled ID in the IBAN slot.
- IDs by locale: US SSN, ITIN; AU TFN, Medicare number; IE PPSN (old and new "A" form); FR
  NIR; DE Steuer-ID (spaced 2-3-3-3 and plain); ES DNI, NIE; IT codice fiscale; NL BSN (plain
  and 4.2.3 dotted); BR CPF (dotted and plain); BF CNIB; RW national id (plain and spaced);
  GW BI, NIF. About 40 % of ids are pasted with no cue word (form ends "_bare").
- Phones by locale (national plans, is_valid_number for the region): US rural area codes
  (515 402 559 785 319 701 605 209 509 806 563 308, no 555 exchange); AU 04 mobiles and
  03/02/07/08 regional landlines; IE 083-089 mobiles, Cork, Limerick, Galway landlines; FR
  06/07 and 02/03/05; DE 0151/0160/0170/0171/0175, Vechta and Cloppenburg (04441, 04471),
  Munich; ES 6/7 mobiles, Almeria, Murcia, Lleida, Huelva; IT 3xx mobiles, Parma, Modena,
  Verona, Cremona; NL 06, Wageningen, Venlo, Leeuwarden, Westland; BR DDD + 9 mobiles and
  landlines (34 64 66 49 87 43 16 67 54 74); BF 8 digits (5x/6x/7x mobiles, 25 30 and 20 97
  landlines); RW 078/079/072/073; GW 95/96 9-digit numbers.
- Written forms (item_forms): EMAIL plain/angle "<x>"/mailto; PHONE intl, national, e164,
  dotted, dashed, slashed (DE "0151/12345678"), compact_national, intl_00 ("00" for "+"),
  intl_zero ("+353 (0)87 ..."); URL https_host/https_slug/www/bare (host + path); IP
  v4/v4_private/v4_port/v6/v6_full; CARD visa|mc x grouped/dashed/compact and amex 4-6-5;
  IBAN iban_print/iban_compact; ID per type (above) and _bare, bank values aba_account,
  bsb_account, rw_account, rib_uemoa; PERSON full/title (Mr, Mrs, Mme, Frau, Herr, Sra.,
  doña, Dott.ssa, mevrouw, dhr., Dona, Seu, Dr)/lower/initial/surname_given ("SURNAME Given",
  "Surname, Given")/given; MEMBER full/given/surname/initial/handle ("@given.surname",
  "@gsurname")/possessive ("X's", "de X", "d'X", "von X", "di X", "van X", "da X"/"do X")/
  lower/folded (accents stripped)/title; ADDRESS one_line/multi_line/street_town (no
  postcode)/box (PO Box, BP, Postfach, Apartado de Correos, Casella Postale, Postbus, Caixa
  Postal, "01 BP 1234 Ouagadougou 01", P.O. Box, C.P.).
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without street-type words or articles; e-mail local part; URL host or
  slug); p: postcodes, box numbers and IPs (whole, non-alphanumeric boundaries, spaces
  optional); d: every 4-digit window of each digit run of phones, cards, IBANs, ids and bank
  values (separators space - . / ( ) + between digits ignored); s: a whole id with no 4-digit
  run (codici fiscali). ADDRESS items carry only t: street tokens and p: postcode/box. A post
  is redrawn when any fragment also matches its background (the post with the value removed)
  or another value, or a look-alike overlaps a value (`check_post`).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accent-stripped, curly
  apostrophes straightened, so "Ouedraogo" and "Ouédraogo", "Muller" and "Müller" both leak.
- Sizes: per locale 375 labelled posts (1-3 items, the first item's kind cycling through
  KINDS) + 75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3 look-alikes):
  4,500 labelled + 900 PII-free; 8 roster members per locale (96; 4 women, 4 men); PERSON
  names share no token with any roster member of any locale (PERSON pools are filtered).
- Look-alikes (15 kinds, about three quarters of labelled posts carry one): order (PO-/INV-/
  ORD-/DN-/BL numbers, 16-digit numbers failing Luhn), price ($/lb, A$/kg, EUR, R$ a saca,
  FCFA, XOF, RWF), date (local order), time (AM/PM, 8h45, 24 h), measure (bushels, acres, dt/ha,
  quintali, sacas, arrobas, 4 °C), percent, orgreg (EIN, ABN, CRO, SIREN, HRB, CIF, P.IVA, KvK,
  CNPJ, IFU, TIN, NIF), isbn (ISBN-13 with the language's group), lot (LOT/Charge/Lote/Lotto/
  Partij), eartag (US 840 AIN, NLIS, EU-style country tags), hscode (HS tariff codes), vetdrug
  (ATCvet codes, PZN), bic (real bank BICs: AGRIFRPP, RABONL2U, BKIGRWRW, ECOCBFBF ...),
  nameword (names as words: "heather honey", "a baker's dozen", "im Ernst", "luz verde",
  "la paz social", "un leone di razza", "een vos", "a rocha do morro"), variety (breeds and
  cultivars: Granny Smith, Cox's Orange Pippin, Charolaise, Abate Fetel, Nelore, Ankole,
  Inyambo, Zebu Peul).
- Distinct sentence pieces per language (openers, context, closers, per-kind lead-ins,
  possessive, cue-less id and bank lead-ins, labels, look-alike sentences, genre headers,
  locale id cues and each locale's own openers and context lines, LOCAL_PIECES: grain
  elevator, woolshed, creamery, coffee washing station, karite, caju; `piece_counts()`):
  en 244, fr 196, pt 196, de es it nl 185 (floor 150).
- Items (seed 4242): ID 1,125 (779 national/tax ids, 311 of them without a cue, 40 %, kept
  at 40 % per locale by a running count; 346 local bank values), EMAIL 838, PERSON 820, CARD
  816, PHONE 808, MEMBER 804, URL 798, IP 781, ADDRESS 781, IBAN 459 (8,030 items; 68 codici
  fiscali scored by s:); 4,405 look-alikes in 15 kinds (each 291-296; 46 16-digit orders
  failing Luhn). Name pools: 22 female + 21 male given names (43) and 42-43 surnames per
  locale; PERSON pools lose the tokens of all 96 roster members (any locale). Build time
  about 2 s of CPU (7-8 s wall) on the shared 2-core machine; posts failing check_post are
  redrawn.
- Deliberately hard: ids with no cue word (SSN, TFN, PPSN, NIR, Steuer-ID, DNI, BSN, CPF,
  CNIB, Rwandan NID, BI); CPF beside CNPJ, codice fiscale beside partita IVA, TFN beside ABN;
  16-digit order numbers failing Luhn beside real cards; BICs beside IBANs; ear tags, HS and
  ATCvet codes beside ids; names that are also words (Baker, Hunter, Fields, Marsh, Rose,
  Heather, Holly, Ivy, Fuchs, Vogel, Bauer, Ernst, Paz, Luz, Consuelo, Esperanza, Lobo,
  Leone, Testa, Amato, Visser, Bakker, Vos, Prins, Rocha, Pinto, Coelho, Glória, Grace,
  Divine, Innocent, Pacifique, Palm, Nana); breeds and cultivars named after people beside
  PERSON names; particle and compound surnames (Ó Súilleabháin, Ní Bhriain, Mac Giolla
  Phádraig, de La Villemarqué, von Bredow, zu Knyphausen, Schulze-Wiehenbrauk, Große Kracht,
  Sánchez de la Fuente, Puig i Ferrer, Lo Presti, D'Amico, van den Berg, ter Haar, dos
  Santos, Na Tchuto, Ki-Zerbo); hyphenated given names (Gert-Jan, Jean-Bosco, Marie-Rose);
  Rwandan names with no family surname; possessives in seven languages.
"""

from __future__ import annotations

from trainer_dev.redaction_sets.fortysecond_build import (
    GENRES,
    KINDS,
    Post,
    build,
    check_post,
    leaked,
    norm,
)
from trainer_dev.redaction_sets.fortysecond_values import LOCALES

SEED = 4242

__all__ = ["GENRES", "KINDS", "LOCALES", "SEED", "Post", "check_post", "leaked",
           "make_fortysecond_set", "norm", "piece_counts"]


def make_fortysecond_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names of members, posts): 12 locales x (375 labelled + 75 PII-free)."""
    return build(seed)


def piece_counts() -> dict[str, int]:
    """Distinct sentence pieces per language (every string of its bank, plus locale id cues)."""
    from trainer_dev.redaction_sets.fortysecond_build import BANKS, ID_LEAD_LOCAL, LOCAL_PIECES

    def walk(x):
        if isinstance(x, str):
            yield x
        elif isinstance(x, dict):
            for k in sorted(x):
                yield from walk(x[k])
        else:
            for v in x:
                yield from walk(v)

    out = {}
    for lang, bank in BANKS.items():
        pieces = list(walk(bank))
        for loc, extra in ID_LEAD_LOCAL.items():
            if loc.startswith(lang):
                pieces += extra
        for loc, local in LOCAL_PIECES.items():
            if loc.startswith(lang):
                pieces += list(walk(local))
        out[lang] = len(dict.fromkeys(pieces))
    return out
