"""Forty-sixth redaction scoring set: veterinary care, pets and animal welfare.

DATA CARD
- Domain: vet practices and animal hospitals, pet owners, shelters and rescues (adoption
  applications, home checks, fostering), boarding kennels, groomers and dog daycare, pet
  insurers (claims), breeders and equine vets (farriers, horse passports); appointments,
  vaccinations, prescriptions, lost and found animals, rehoming. No earlier set had this domain.
- How written: every name pool, street, town/postcode head, clinic and shelter name, e-mail
  domain, web word, look-alike list and phrase bank was written by hand for this set from general
  knowledge of each country's naming, postal, banking and numbering habits (no fake-data library;
  the forty-third set read for its interface only, no other set's pools or phrases; no redactor,
  redaction doc or failure listing read; no redactor run on it; nothing imports trainer.redact).
  Check digits are computed in code (fortysixth_checks) and re-checked by the self-test, which
  also runs each rule on published examples: Luhn (cards, SIRET and SIREN, Italian partita IVA),
  IBAN mod 97 (IE MU AT DE BE FR MC IT SM AD) with the national keys where there is one (Belgian
  account key mod 97, French/Monegasque RIB key, Italian/Sammarinese CIN letter), Irish PPS
  number (weights 8-2, mod 23 letter, the second letter weighted 9), Australian TFN (weights 1 4 3
  7 5 8 6 9 10, mod 11) and Medicare number (weights 1 3 7 9, issue digit), NZ IRD number (weights
  3 2 7 6 5 4 3 2, the secondary 7 4 3 2 5 2 7 6) and NHI (letters without I and O, mod 11),
  Austrian social-insurance number (serial, check, birth date; weights 3 7 9 5 8 4 2 1 6), German
  Steuer-ID (ISO 7064 MOD 11,10, one digit repeated) and identity-card number (7-3-1), Belgian
  national number (mod 97, the 2000+ rule, odd serial for men), French NIR (key 97 - n mod 97),
  Italian codice fiscale (consonant codes, month letter, day + 40 for women, Belfiore code incl.
  Z130 San Marino, odd/even control tables). Look-alikes with checks: ABN (mod 89), NZBN (GS1),
  Austrian UID (ATU, Luhn variant + 4), German USt-IdNr (MOD 11,10), Belgian enterprise number
  (mod 97), SIRET (Luhn), partita IVA (Luhn), EAN-13 with each country's GS1 prefix, ISBN-13.
  Format only (no public check): Mauritian NIC (surname initial, ddmmyy, six digits, a check
  character), Andorran NRT (F- or E-, six digits, a letter; companies L- and A- as look-alikes),
  Australian BSB + account, NZ bank-branch-account-suffix, Irish CRO, Mauritian BRN, Austrian FN,
  HRB, Monegasque RCI, Sammarinese COE. Phones are drawn from hand-listed prefixes of each national
  numbering plan and kept only when `phonenumbers.is_valid_number_for_region` holds (re-checked on
  the written form). Postcodes follow the postal operators' addressing rules: Eircode (routing key
  + four characters from 0-9 A C D E F H K N P R T V W X Y, last in the address), Australia Post
  (LOCALITY STATE nnnn), NZ Post (suburb, town nnnn), Mauritius Post (five digits; town heads
  as recalled, not checked against the register), AT/BE four digits before the town, DE/FR five,
  Monaco 98000 (also "MC 98000"), Poste Italiane five digits + (province), San Marino 4789x
  (+ "RSM"), Andorra AD100-AD700 by parish; box forms PO Box, P.O. Box, Postfach, BP, Casella
  postale, Apartat de correus.
- Seed: SEED = 4646; one random.Random(f"{seed}:{i}:{locale}") per locale (roster first, then
  posts); no hash() and no set iteration decides anything.
- Locales (12): en_IE en_AU en_NZ de_AT de_DE fr_FR it_IT (used by earlier sets) and en_MU de_BE
  fr_MC it_SM ca_AD (new here). Languages: en de fr it ca, one phrase bank each
  (fortysixth_text_*); en_MU posts are in English with Mauritian names, towns and plans; de_BE is
  East Belgium (Eupen, Sankt Vith) with Belgian ids, IBANs and phones; fr_MC shares the French
  bank, it_SM the Italian one; Austrian dates may say "Jänner", Austrian titles Mag., DI, Ing.
- Genres (6): booking (subject, greeting, body, a quoted "> " clinic line, closer), form (adoption
  or registration form: "Label: value" lines, cue-less ids and possessives as "Note:" sentences,
  context as "Details:" lines), claim (insurance claim: status, treatment type, priority, the
  insurer or clinic, body), chat (owner and clinic lines), notice (LOST / FOUND / REHOMING
  headline, one sentence a line, phones and e-mails often on a contact line, "Please share!"),
  letter (greeting, body, closer, sign-off block: the signer's name when a PERSON or MEMBER item
  is drawn, role and clinic, most phone, e-mail and web items as "Label: value" lines).
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN in IE MU AT DE BE FR MC IT SM
  AD; en_AU (BSB + account) and en_NZ (bank-branch-account-suffix) carry a bank value labelled ID
  in the IBAN slot of the kind cycle.
- IDs by locale: IE PPS number (old and new form); AU TFN (spaced or plain) and Medicare number
  (4-5-1); NZ IRD number (dashed or plain) and NHI; MU NIC; AT social-insurance number ("1237
  010180"); DE Steuer-ID (spaced or plain) and identity-card number; BE national number
  (yy.mm.dd-sss.cc); FR and MC NIR (spaced or plain; French commuters and residents); IT and SM
  codice fiscale; AD NRT. About 40 % are written with no cue word (form ends "_bare").
- Written forms (item_forms): EMAIL plain/angle/mailto; PHONE intl, national, e164, double_zero
  ("0043 664 ..."), trunk_zero ("+49 (0)30 ...", only where the plan has a trunk 0),
  spaced_local (by hand: "030/12345678", "0664/1234567", "06 12 34 56 78", "0470 12 34 56",
  "5xxx xxxx", "0549 123456", "0412 345 678"); URL https_host/https_slug/www/bare; IP
  v4/v4_private/v4_port/v6/v6_full; CARD visa|mc x grouped/dashed/compact and amex 4-6-5; IBAN
  iban_print/iban_compact; ID per type, the same with _bare, and the bank forms; PERSON
  full/title (Mr, Mrs, Ms, Dr, Herr, Frau, Herr Dr., Mag., DI, M., Mme, Sig.ra, Dott.ssa, Sr.,
  Sra., Dra., senyora ...)/lower/initial/surname_given ("SURNAME Given", "Surname, Given")/given;
  MEMBER full/given/surname/initial/handle/possessive ("Aoife's", "Johannas", "de Camille",
  "d'Élodie", "di Giulia", Catalan "d'en Jordi", "de la Laia", "de l'Aina")/lower/folded (accents
  stripped)/title; ADDRESS one_line/multi_line/street_town (no postcode)/box (half of them keep a
  street line).
- Fragment rule (as the forty-third defines it): t: whole-word tokens (name tokens without titles,
  particles or initials, d'/l' elision dropped; street-name tokens without street-type words,
  articles, saints' prefixes or Roman numerals; e-mail local part; URL host or slug); p:
  postcodes, box numbers and IPs (whole, non-alphanumeric boundaries, spaces optional; an IP with
  a port carries the IP alone); d: every 4-digit window of each digit run of phones, cards, IBANs,
  ids and bank values (separators space - . / ( ) + between digits ignored); s: a whole id with no
  4-digit run (codice fiscale, NHI, NRT, identity-card numbers). ADDRESS items carry only t: and
  p:. A post is redrawn when any fragment also matches its background (the post with the value
  removed) or another value, or a look-alike touches a value (`check_post`).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accent-stripped (and dotless i
  to i), so "Grainne" and "Gráinne", "Pöschl" and "Poschl" both leak.
- Sizes: per locale 375 labelled posts (1-3 items of distinct kinds, the first item's kind cycling
  through KINDS) + 75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3
  look-alikes): 4,500 labelled + 900 PII-free = 5,400; 8 roster members per locale (96). PERSON
  names share no token with any roster member of any locale.
- Look-alikes (16 kinds, drawn in a cycle so each kind is even): price (€, A$, NZ$, Rs), date
  (local order and month names), time (am/pm, 14:30 Uhr, 14h30, ore 14:30, 14.30 h), weight,
  dose (mg/kg, ml), temp (°C), orgreg (above), invoice, booking (appointment refs, case numbers),
  batch (vaccine and food lots), ean, isbn, eponym (breeds and diseases named for people: Jack
  Russell, Cavalier King Charles, Gordon setter, Dobermann, Saint-Bernard, Cushing, Addison,
  Lyme, Horner, Carré, Aujeszky), place (places named for people: Alice Springs, Port Louis,
  Maria Enzersdorf, Wilhelmshaven, Sankt Vith, Monte-Carlo, Reggio Emilia, Santuari de
  Meritxell ...), nameword (names as words: Jack Frost, Grace Period, Frau Holle, Ernst der Lage,
  Marguerite, Rosa canina, Vittoria, pau, Mercè, Serra), brand (makers, shops and practices named
  for a person: James Wellbeloved, Lily's Kitchen, Dr. Clauder's, Markus-Mühle, Chez Marcel,
  Toelettatura da Gianni, Monge, Can Pep, Cal Ramon).
- Distinct sentence pieces per language (openers, context, closers, per-kind lead-ins, cue-less
  id lead-ins, possessive and bank lead-ins, look-alike sentences, labels, subjects, claim
  fields, notice words, roles, chat speakers, quotes, greetings; `piece_counts()`): en fr 204,
  it ca 205, de 206 (test floor 180). Pet names that are words (Biscuit, Pepper, Smudge, Krümel,
  Flocke, Caramel, Noisette, Briciola, Pepe, Xocolata, Pinyol) sit in PII-free context.
- Items (seed 4646): ID 1,018 (863 national/tax ids, 340 of them without a cue, 39 %; 155 bank
  values), IP 936, PHONE 931, MEMBER 913, PERSON 910, EMAIL 883, CARD 883, URL 876, ADDRESS 867,
  IBAN 735 (8,952 items); 5,555 look-alikes in 16 kinds (each >= 346). Genres: notice 920, chat
  915, form 904, booking 896, claim 890, letter 875. Name pools: 22 female + 22 male given names
  and 40 surnames per locale (528 given names, 480 surnames). Build time about 2.5 s of CPU
  (8-10 s wall) on the shared 2-core machine. Digest b95923e4a6f271e2.
- Deliberately hard: ids with no cue word (PPS, TFN, IRD, NIC, social-insurance number, Steuer-ID,
  national number, NIR, codice fiscale, NRT); personal NRT (F-/E-) beside company NRT (L-/A-),
  personal codice fiscale beside partita IVA, TFN beside ABN, Steuer-ID beside USt-IdNr; EAN-13
  and ISBN-13 with valid checks beside ids; vaccine lots and case numbers; breeds, diseases,
  places and brands named for people (Jack Russell, Alice Springs, Lily's Kitchen, Can Pep);
  Irish surnames that change with gender (Ó Briain / Ní Bhriain, Mac Carthaigh / Nic Carthaigh);
  Andorran double surnames (Armengol i Font); particle names (von Bülow, zur Linden, de Chazal,
  De Luca, Dell'Acqua, D'Angelo, d'Aubigné, de Millo, Te Whata); Māori, Pasifika, Indo-,
  Franco- and Sino-Mauritian names (Pōmare, Fifita, Seetohul, L'Étang, Li Kwong Ken); surnames
  that are given names or words (Simon, Vincent, Laurent, Leone, Gentile, Font, Serra, Vila,
  Coma, Rey, Call); Italian Andrea as a man's name; East-Belgian names with French and
  German roots side by side; German genitive "Johannas"; Catalan personal articles; streets
  named for people (Sir Virgil Naz Street, avenue Princesse Grace, Carrer Bonaventura Armengol).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import fortysixth_looks as L
from trainer_dev.redaction_sets.fortysixth_build import (
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
from trainer_dev.redaction_sets.fortysixth_checks import frag_matches, leaked, normalise

SEED = 4646
__all__ = ["KINDS", "LOCALES", "SEED", "Post", "check_post", "leaked", "make_fortysixth_set"]


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
    """Values verbatim and apart; every fragment in the text but not in its background nor in
    another value; every look-alike in the text, outside every value."""
    text = post.text
    norm = normalise(text)
    values = [v for _, _, v in post.items]
    for k, v in enumerate(values):
        if not v or v not in text:
            return False
        if any(j != k and (v in w or w in v) for j, w in enumerate(values)):
            return False
    for k, (_kind, frags, value) in enumerate(post.items):
        if not frags:
            return False
        back = normalise(text.replace(value, " "))
        for f in frags:
            if not frag_matches("", f, norm) or frag_matches("", f, back):
                return False
            if any(j != k and frag_matches(other, f) for j, other in enumerate(values)):
                return False
    stripped = text
    for v in values:
        stripped = stripped.replace(v, "\x00")
    return all(la in stripped and not any(la in v or v in la for v in values)
               for la in post.lookalikes)


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


def make_fortysixth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    """(roster display names, posts): 12 locales x (375 labelled + 75 PII-free)."""
    rngs = {loc: random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)}
    rosters = {loc: make_roster(rngs[loc], loc) for loc in LOCALES}
    banned = roster_tokens(rosters)
    members = [m["name"] for loc in LOCALES for m in rosters[loc]]
    posts: list[Post] = []
    n_look_kinds = len(L.LOOK_KINDS)
    for i, loc in enumerate(LOCALES):
        rng, roster = rngs[loc], rosters[loc]
        pools = person_pools(loc, banned)
        cycle = i

        def looks(n: int) -> list[str]:
            nonlocal cycle
            out = [L.LOOK_KINDS[(cycle + k) % n_look_kinds] for k in range(n)]
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
