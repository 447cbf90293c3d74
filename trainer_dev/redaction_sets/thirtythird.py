"""Thirtythird redaction scoring set: insurance, banking, accounting and tax desk posts.

DATA CARD
- How written: every name pool, street, town/postcode pair, domain, look-alike list, phrase
  bank and genre layout was written by hand for this set from general knowledge of each
  country's naming, postal, banking and numbering habits (no fake-data library, no other set's
  banks or build files consulted, no redactor or scoring run on it). Check digits are computed
  in code and re-checked in the self-test: Luhn (cards; SIREN look-alikes), IBAN mod 97 (GB, AT,
  FR with RIB key, PT with NIB key, TN with RIB key, SV), UK NINO prefix/suffix rules,
  Australian TFN mod 11 and Medicare mod 10, Austrian SVNR mod 11 (weights 3790584216),
  French NIR mod 97, Mexican CURP mod 10 and RFC mod 11 homoclave, CLABE 3-7-1, Portuguese
  NIF mod 11 and Cartão de Cidadão mod 10, Salvadoran DUI mod 10, Moroccan RIB key 97; look-
  alikes: Australian ABN mod 89, Portuguese NIPC mod 11, Mexican company RFC, ISBN-13. Format
  only (no public check): Panamanian cédula, Moroccan CIN, Botswanan Omang, Tunisian CIN,
  Namibian ID, AU BSB+account, Panamanian, Botswanan and Namibian account numbers. Phones are
  validated with `phonenumbers.is_valid_number` and region; IPs with `ipaddress` (IPv6 is
  str() or .exploded of a parsed address); e-mails/URLs by regex with a delegated TLD;
  postcodes by each country's published pattern.
- Seed: SEED = 3333; one random.Random(f"{seed}:{i}:{locale}") per locale.
- Locales (12): en_GB en_AU de_AT fr_FR es_MX pt_PT (core), es_PA fr_MA en_BW (written
  afresh), es_SV fr_TN en_NA (new: El Salvador, Tunisia in French, Namibia). Languages: en de
  fr es pt (banks thirtythird_bank_<lang>).
- Genres (6): claim (claims handler file note), thread (client e-mail thread with subject
  line and quoted line), form (pasted expense / payroll / onboarding / supplier form, "label:
  value" lines), audit (audit checklist with [ ] / [x] lines), ticket (helpdesk or fraud-alert
  ticket), signature (message ending in a signature block carrying the contact items).
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only in GB AT FR PT TN
  SV; AU, MX, PA, MA, BW, NA carry local bank values (BSB + account, CLABE, Panamanian
  account, Moroccan 24-digit RIB, Botswanan and Namibian accounts) labelled ID instead.
- Written forms (item_forms): EMAIL plain/angle/mailto; PHONE intl, trunk (national format,
  with 0 where the country has a trunk prefix), compact, dotted, dashed, slash, intl_zero
  "+43 (0)...", intl_compact (+E164 or 00 prefix); URL https_host/https_slug/www/bare; IP
  v4/v4_private/v4_port/v6 (compressed)/v6_full (eight groups); CARD visa|mc x
  grouped/dashed/compact, amex 4-6-5; IBAN iban_print/iban_compact; ID nino(_compact),
  tfn(_compact), medicare, bsb_acct, svnr(_compact), nir(_compact), curp, rfc, clabe,
  nif(_compact), cc, cedula, cuenta_pa, cin_ma, rib_ma, omang, acct_bw, dui, cin_tn, na_id,
  acct_na; an id form ending "_bare" is pasted with no cue word (about 40 %); PERSON
  full/title/lower/initial/surname_given/given; MEMBER full/given/surname/initial/handle/
  possessive ("X's", "von X", "de X")/lower/folded/title; ADDRESS one/multi/street_town/box
  (PO Box, Postfach, BP + Cedex, Apartado Postal, Apartado, B.P., P.O. Box / Private Bag;
  box addresses keep a street line).
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without street-type words or articles; e-mail local part; URL host or
  slug); p: postcodes, box numbers and IPs (whole, non-alphanumeric boundaries, spaces
  optional); d: every 4-digit window of each digit run of phones, cards, IBANs, ids and bank
  values (separators space - . / ( ) + between digits ignored); s: whole id when it has no
  4-digit run. ADDRESS: t: street tokens and p: postcode/box, so street and postcode score
  apart. Panama, Botswana and Namibia use no postcodes; El Salvador only sometimes.
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded and accent-stripped, so a
  fragment survives whether or not its accents were kept ("Zöchling" and "Zochling" both leak).
- Sizes: per locale 375 labelled posts (1-3 items, first item kind cycling through KINDS) +
  75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3 look-alikes). Total
  4,500 labelled + 900 PII-free; 8 roster members per locale (96), PERSON names share no
  token with the roster.
- Look-alikes (16 kinds): order (invoice/PO numbers, 145 of them 16-digit failing Luhn),
  price (local currencies: £, A$, €, MXN, B/., MAD/DH, P/BWP, US$, DT/TND, N$), date, time,
  version, isbn (valid ISBN-13 with national group), measure, percent, orgreg (Companies
  House no., ABN, FN, RCS + SIREN, company RFC, NIPC, RUC, RC/IF, BW UIN, NRC, matricule
  fiscal, CC/ number), ticket, claimref (claim and policy references), formcode (SA100, P60,
  NAT 3092, E1, L16, 2042, CFDI, Modelo 3, F-11, ITX 200 ...), period (Q3, FY, exercice,
  ejercicio), bic (real bank BIC codes), eponym (Lloyd's, Raiffeisen, Prix Goncourt, Premio
  Cervantes, Gulbenkian, Sir Seretse Khama airport, Hosea Kutako airport, avenue Habib
  Bourguiba ...), nameword (names used as words: "the summer renewals", "im Ernst", "un vin
  rosé", "luz verde", "paz social").
- Distinct sentence pieces per language (openers, context, closers, per-kind lead-ins incl.
  cue-less id lead-ins, look-alike sentences, labels, genre headers; `piece_counts()`): en 269,
  de 269, fr 269, es 269, pt 269 (test floor 250).
- Items (seed 3333): IP 883, MEMBER 870, CARD 868, ADDRESS 863, URL 848, EMAIL 842, PHONE
  842, ID 842, PERSON 833, IBAN 384 (8,075 items; 334 ids without a cue); 7,349 look-alikes in
  16 kinds (each >= 418). Build time about 7-9 s on the shared 2-core machine (posts failing
  check_post are redrawn).
- Deliberately hard: ids pasted with no cue word (NINO, TFN, SVNR, NIR, CURP, NIF, DUI, CIN,
  Omang); tax numbers (TFN, RFC, NIF) beside company tax numbers (ABN, company RFC, NIPC) and
  claim/policy references; 16-digit invoice numbers failing Luhn beside real cards; BICs
  beside IBANs; names that are also words (Summer, Hunter, Baker, Marsh, Rose, Pierre, Ernst,
  Fuchs, Rosa, Paz, Luz, Dolores, Consuelo, Esperanza, Pinto, Rocha, Lobo, Coelho, Precious);
  particle and compound surnames (De la Garza, von Thun, Sá Carneiro, Ben Salah, El Amrani,
  Ait Taleb, Fassi-Fihri, Hughes-Jones, Saint-Clair, van Wyk); lower-case, folded, handle and
  possessive mentions; multi-line and box addresses (Apartado Postal 0816-04521, Private Bag);
  phones in national forms with trunk prefixes, "(0)" and slashes.
"""

from __future__ import annotations

import functools
import importlib
import random
import re
from dataclasses import dataclass, field

from trainer_dev.redaction_sets.thirtythird_ids import IBAN_LOCALES
from trainer_dev.redaction_sets.thirtythird_items import (
    frag_matches,
    make_item,
    name_tokens,
    normalise,
)
from trainer_dev.redaction_sets.thirtythird_looks import LOOK_KINDS, look_ok, look_value
from trainer_dev.redaction_sets.thirtythird_people import NAMES, fold

SEED = 3333
LOCALES = [
    "en_GB", "en_AU", "de_AT", "fr_FR", "es_MX", "pt_PT",
    "es_PA", "fr_MA", "en_BW", "es_SV", "fr_TN", "en_NA",
]  # fmt: skip
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
GENRES = ["claim", "thread", "form", "audit", "ticket", "signature"]
LANGS = ["en", "de", "fr", "es", "pt"]
LABELLED, FREE_PLAIN, FREE_LOOKS = 375, 30, 45


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]] = field(default_factory=list)
    item_forms: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = "thread"

    @property
    def pii_free(self) -> bool:
        return not self.items


def lang_of(loc: str) -> str:
    return loc.split("_")[0]


@functools.cache
def bank(lang: str) -> dict:
    return importlib.import_module(f"trainer_dev.redaction_sets.thirtythird_bank_{lang}").BANK


def piece_counts() -> dict[str, int]:
    out = {}
    for lang in LANGS:
        b = bank(lang)
        pieces = set(b["OPEN"]) | set(b["FILL"]) | set(b["CLOSE"])
        for key in ("LEAD", "LOOK", "LABEL", "HEAD"):
            for v in b[key].values():
                pieces |= {(key, p) for p in v}
        out[lang] = len(pieces)
    return out


# ---- matching ----------------------------------------------------------------------
def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    red, bg = normalise(redacted_text), normalise(background)
    return any(frag_matches(f, red) and not frag_matches(f, bg) for f in fragments)


def check_post(post: Post) -> bool:
    text = normalise(post.text)
    values = [normalise(v) for _, _, v in post.items]
    if len(post.item_forms) != len(post.items) or len(post.lookalikes) != len(post.lookalike_kinds):
        return False
    for i, v in enumerate(values):
        if not v or v not in text:
            return False
        if any(i != j and v in w for j, w in enumerate(values)):
            return False
    masked = text
    for v in sorted(values, key=len, reverse=True):
        masked = masked.replace(v, " ")
    for (_, frags, _), v in zip(post.items, values, strict=True):
        if not frags:
            return False
        bg = text.replace(v, " ")
        for f in frags:
            if not frag_matches(f, text) or frag_matches(f, bg) or frag_matches(f, masked):
                return False
    return all(normalise(x) in masked for x in post.lookalikes)


# ---- rendering ------------------------------------------------------------------------
def _fill(tpl: str, x: str, cue: str = "") -> str:
    out = tpl.replace("{x}", x).replace("{c}", cue)
    return out[0].upper() + out[1:] if tpl.startswith("{c}") else out


def _item_line(r, b, kind: str, value: str, form: str, genre: str) -> str:
    base = form.removesuffix("_bare")
    cue = r.choice(b["CUE"][base]) if kind == "ID" and base in b["CUE"] else ""
    bare = kind == "ID" and (form.endswith("_bare") or not cue)
    if genre in ("form", "signature") or "\n" in value:
        lab = r.choice(b["LABEL"][kind]) if bare or kind != "ID" else cue[0].upper() + cue[1:]
        if genre == "signature" and kind in ("PERSON", "MEMBER", "ADDRESS") and r.random() < 0.6:
            return value
        return f"{lab}:\n{value}" if "\n" in value else f"{lab}: {value}"
    if kind == "ID":
        return _fill(r.choice(b["LEAD"]["ID_BARE" if bare else "ID"]), value, cue)
    return _fill(r.choice(b["LEAD"][kind]), value)


CHECK = {
    "en": ("[ ]", "[x]"),
    "de": ("[ ]", "[x]"),
    "fr": ("[ ]", "[x]"),
    "es": ("[ ]", "[x]"),
    "pt": ("[ ]", "[x]"),
}


def _render(r, loc, genre, items, looks) -> str:
    b = bank(lang_of(loc))
    item_lines = [_item_line(r, b, k, v, f, genre) for k, _, v, f in items]
    look_lines = [_fill(r.choice(b["LOOK"][k]), v) for k, v in looks]
    fills = r.sample(b["FILL"], r.randint(1, 2))
    opener, closer = r.choice(b["OPEN"]), r.choice(b["CLOSE"])
    head = r.choice(b["HEAD"][genre])
    if genre == "form":
        body = [head, *item_lines, *look_lines]
        if r.random() < 0.5:
            body.insert(1, fills[0])
        return "\n".join(body)
    if genre == "signature":
        mid = look_lines + fills
        r.shuffle(mid)
        return "\n".join([opener, " ".join(mid), closer, "--", head, *item_lines])
    mid = item_lines + look_lines
    r.shuffle(mid)
    if genre == "ticket":
        return "\n".join([head, opener, *mid, fills[0], closer])
    if genre == "audit":
        marks = CHECK[lang_of(loc)]
        return "\n".join(
            [head, opener, *(f"{r.choice(marks)} {m}" for m in [*mid, fills[0]]), closer]
        )
    sep = "\n" if any("\n" in m for m in mid) else " "
    if genre == "claim":
        return "\n".join([head, sep.join([opener, fills[0], *mid]), closer])
    quote = f"\n> {fills[-1]}" if len(fills) > 1 else ""
    return f"{head}\n" + sep.join([opener, *mid, fills[0], closer]) + quote


def _looks(r, loc, n) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        k = r.choice(LOOK_KINDS)
        v = look_value(r, loc, lang_of(loc), k)
        if look_ok(k, v) and all(v != w for _, w in out):
            out.append((k, v))
    return out


def _labelled(r, loc, j, roster, persons, pool) -> Post:
    cycle = [k for k in KINDS if k != "IBAN" or loc in IBAN_LOCALES]
    first = cycle[j % len(cycle)]
    rest = [k for k in cycle if k != first]
    kinds = [first, *r.sample(rest, r.choice([0, 0, 1, 1, 2]))]
    titles = NAMES[loc][3], NAMES[loc][4]
    for _ in range(400):
        items = [make_item(r, loc, lang_of(loc), k, roster, persons, titles, pool) for k in kinds]
        looks = _looks(r, loc, r.choice([0, 1, 1, 2, 3]))
        genre = r.choice(GENRES)
        text = _render(r, loc, genre, items, looks)
        post = Post(
            loc,
            text,
            [(k, fr, v) for k, fr, v, _ in items],
            [f for *_, f in items],
            [v for _, v in looks],
            [k for k, _ in looks],
            genre,
        )
        if check_post(post):
            return post
    raise AssertionError((loc, j, text))


def _free(r, loc, with_looks: bool) -> Post:
    b = bank(lang_of(loc))
    for _ in range(400):
        genre = r.choice(["claim", "thread", "audit", "ticket"])
        looks = _looks(r, loc, r.choice([1, 2, 3])) if with_looks else []
        if with_looks and not looks:
            continue
        lines = [r.choice(b["HEAD"][genre])]
        mid = r.sample(b["FILL"], r.randint(1, 3)) + [
            _fill(r.choice(b["LOOK"][k]), v) for k, v in looks
        ]
        r.shuffle(mid)
        if genre == "audit":
            mid = [f"{r.choice(CHECK[lang_of(loc)])} {m}" for m in mid]
        lines += [r.choice(b["OPEN"]), *mid, r.choice(b["CLOSE"])]
        text = "\n".join(lines) if genre != "thread" else lines[0] + "\n" + " ".join(lines[1:])
        post = Post(loc, text, [], [], [v for _, v in looks], [k for k, _ in looks], genre)
        if check_post(post) and (with_looks or not re.search(r"\d", text)):
            return post
    raise AssertionError(loc)


def _tokset(name: str) -> set[str]:
    return {fold(t).lower() for t in name_tokens(name)} | {
        fold(t).lower() for t in re.split(r"[\s\-]+", name) if t
    }


def _people(r, loc):
    gm, gf, sur, _, _ = NAMES[loc]
    given = [(g, "m") for g in gm] + [(g, "f") for g in gf]
    roster, used = [], set()
    while len(roster) < 8:
        (g, gen), s = r.choice(given), r.choice(sur)
        toks = _tokset(g) | _tokset(s)
        if toks & used:
            continue
        used |= toks
        roster.append((g, s, gen))
    persons = [(g, s, gen) for g, gen in given for s in sur if not (_tokset(g) | _tokset(s)) & used]
    pool = [(g, s, gen) for g, gen in given for s in sur if _tokset(g).isdisjoint(_tokset(s))]
    return roster, persons, pool


def make_thirtythird_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    members: list[str] = []
    posts: list[Post] = []
    for i, loc in enumerate(LOCALES):
        r = random.Random(f"{seed}:{i}:{loc}")
        roster, persons, pool = _people(r, loc)
        members += [f"{g} {s}" for g, s, _ in roster]
        posts += [_labelled(r, loc, j, roster, persons, pool) for j in range(LABELLED)]
        posts += [_free(r, loc, False) for _ in range(FREE_PLAIN)]
        posts += [_free(r, loc, True) for _ in range(FREE_LOOKS)]
    return members, posts
