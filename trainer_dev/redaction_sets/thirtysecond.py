"""Thirtysecond redaction scoring set: logistics, shipping, warehousing and fleet posts.

DATA CARD
- How written: every name pool, street, town/postcode pair, domain, look-alike list, phrase
  bank and genre layout was written by hand for this set from general knowledge of each
  country's naming, postal and numbering habits (no fake-data library, no other set consulted,
  no redactor run on it). Check digits are computed in code: Luhn (cards), IBAN mod 97, French
  and CEMAC RIB key, US ABA routing, Aadhaar Verhoeff, Steuer-ID ISO 7064 mod 11,10,
  Personalausweis 7-3-1, NIR mod 97, CPF and PIS mod 11, BSN eleven-proof, Moldovan IDNP
  7-3-1, Swiss AVS EAN-13, Swiss UID (CHE) mod 11, ISO 6346 container and IATA AWB mod 7
  (look-alikes), ISBN-13. Formats only (no public check): PAN, Cameroonian CNI/NIU, Bolivian
  CI, Albanian NID, Honduran DNI/RTN, local bank accounts. `phonenumbers` only validates phones.
- Seed: SEED = 3232; one random.Random(f"{seed}:{i}:{locale}") per locale.
- Locales (12): en_US en_IN de_DE fr_FR pt_BR nl_NL (core), fr_CM es_BO sq_AL (written
  afresh), ro_MD it_CH es_HN (new: Moldova in Romanian, Italian-speaking Switzerland,
  Honduras). Languages: en de fr pt nl es sq ro it (banks thirtysecond_bank_<lang>).
- Genres (6): notice (depot / dispatch notice), chat (driver and warehouse chat), listing
  (freight exchange / load board), form (pasted customs, claim or shift form, "label: value"
  lines), ticket (carrier helpdesk ticket with header lines), signature (message ending in a
  signature block carrying the contact items).
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only in DE FR BR NL AL
  MD CH; US, IN, CM, BO, HN get a local bank value (ABA routing + account, IFSC + account,
  CEMAC RIB, Bolivian and Honduran account numbers) labelled ID instead.
- Written forms (item_forms): EMAIL plain/angle/obfuscated/mailto; PHONE intl, trunk
  (national with 0), compact, dotted, dashed, slash, intl_zero "(0)", landline, pairs...;
  URL https_host/https_slug/www/bare; IP v4/v4_private/v4_port/v6; CARD visa|mc x
  grouped/dashed/compact, amex; IBAN iban_print/iban_compact; ID ssn, routing_account,
  aadhaar, pan, ifsc_acct, steuer, perso, nir, cpf, pis, bsn, cni, niu, rib, ci, cuenta, nid,
  idnp, avs, dni, rtn (with and without cue words); PERSON full/title/lower/initial/
  surname_given/given; MEMBER full/given/surname/initial/handle/possessive/lower/folded/title;
  ADDRESS one/multi/street_town/box (PO Box, Postfach, BP + CEDEX, Caixa Postal, Postbus,
  Casilla, Kutia Postare, C.P., Casella postale, Apartado Postal).
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without street-type words; e-mail local part; URL host or slug); p:
  postcodes, box numbers and IPs (whole, non-alphanumeric boundaries, spaces optional); d:
  every 4-digit window of each digit run of phones, cards, IBANs, ids and bank values
  (separators between digits ignored); s: whole id when it has no 4-digit run. ADDRESS: t:
  street tokens and p: postcode/box, so street and postcode score apart. Bolivia and Cameroon
  use no postcodes; Honduras only sometimes.
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded and accent-stripped, so a
  fragment survives whether or not its accents were kept ("Müller" and "Muller" both leak).
- Sizes: per locale 375 labelled posts (1-3 items, first item kind cycling through KINDS) +
  75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3 look-alikes). Total
  4,500 labelled + 900 PII-free; 8 roster members per locale (96), PERSON names share no
  token with the roster.
- Look-alikes (16 kinds): order (some 16-digit, failing Luhn), price, date, time, version,
  isbn (valid), flight, dock (gate/door/bay), measure, percent, orgreg (USDOT, CIN, HRB, RCS,
  CNPJ, KvK, RCCM, NIT, NIPT, IDNO, CHE, RTN), ticket, tracking (ISO 6346 containers, AWBs),
  hscode, eponym (airports, bridges, firms, schools named after people), nameword (names used
  as words).
- Distinct sentence pieces per language (openers, context, closers, per-kind lead-ins,
  look-alike sentences, labels, genre headers; `piece_counts()`): en 260, de 263, fr 262,
  pt 262, nl 262, es 255, sq 262, ro 263, it 263 (test floor 250).
- Items (seed 3232): IP 869, PHONE 862, MEMBER 861, ADDRESS 861, PERSON 844, URL 843, CARD
  842, ID 832, EMAIL 820, IBAN 458; 7,323 look-alikes in 16 kinds (each > 400). Build time
  about 7-10 s on the shared 2-core machine (posts failing check_post are redrawn).
- Deliberately hard: ids pasted with no cue; phones in national forms with trunk prefixes,
  (0) and slashes; names that are also words (Hunter, Summer, Wolf, Rose, Luz, Paz, Drita,
  Speranța, Porta); particle and compound surnames (van den Heuvel, zu Eltz, Ngo Bassa, Vaca
  Díez, Della Casa); lower-case, folded and handle mentions; multi-line and box addresses;
  16-digit order numbers failing Luhn and container numbers right beside real values.
"""

from __future__ import annotations

import functools
import importlib
import random
from dataclasses import dataclass, field

from trainer_dev.redaction_sets.thirtysecond_ids import IBAN_LOCALES
from trainer_dev.redaction_sets.thirtysecond_items import (
    frag_matches,
    make_item,
    name_tokens,
    normalise,
)
from trainer_dev.redaction_sets.thirtysecond_looks import LOOK_KINDS, look_ok, look_value
from trainer_dev.redaction_sets.thirtysecond_people import NAMES, fold

SEED = 3232
LOCALES = [
    "en_US", "en_IN", "de_DE", "fr_FR", "pt_BR", "nl_NL",
    "fr_CM", "es_BO", "sq_AL", "ro_MD", "it_CH", "es_HN",
]  # fmt: skip
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
GENRES = ["notice", "chat", "listing", "form", "ticket", "signature"]
LANGS = ["en", "de", "fr", "pt", "nl", "es", "sq", "ro", "it"]
LABELLED, FREE_PLAIN, FREE_LOOKS = 375, 30, 45


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]] = field(default_factory=list)
    item_forms: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = "chat"

    @property
    def pii_free(self) -> bool:
        return not self.items


def lang_of(loc: str) -> str:
    return loc.split("_")[0]


@functools.cache
def bank(lang: str) -> dict:
    return importlib.import_module(f"trainer_dev.redaction_sets.thirtysecond_bank_{lang}").BANK


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
def _fill(tpl: str, x: str) -> str:
    return tpl.replace("{x}", x)


def _item_line(r, b, kind: str, value: str, form: str, genre: str) -> str:
    if genre in ("form", "signature") or "\n" in value:
        lab = r.choice(b["LABEL"][kind])
        if genre == "signature" and kind in ("PERSON", "MEMBER", "ADDRESS") and r.random() < 0.6:
            return value
        return f"{lab}:\n{value}" if "\n" in value else f"{lab}: {value}"
    return _fill(r.choice(b["LEAD"][kind]), value)


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
    if genre == "listing":
        return "\n".join([head, fills[0], *("- " + m for m in mid), closer])
    if genre == "notice":
        return "\n".join([head, " ".join([opener, fills[0], *mid]), closer])
    return " ".join([opener, *mid, *fills[:1], closer])


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
    for _ in range(300):
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
    for _ in range(300):
        genre = r.choice(["notice", "chat", "listing", "ticket"])
        looks = _looks(r, loc, r.choice([1, 2, 3])) if with_looks else []
        if with_looks and not looks:
            continue
        lines = [r.choice(b["HEAD"][genre])] if genre != "chat" else []
        mid = r.sample(b["FILL"], r.randint(1, 3)) + [
            _fill(r.choice(b["LOOK"][k]), v) for k, v in looks
        ]
        r.shuffle(mid)
        lines += [r.choice(b["OPEN"]), *mid, r.choice(b["CLOSE"])]
        text = ("\n" if genre != "chat" else " ").join(lines)
        post = Post(loc, text, [], [], [v for _, v in looks], [k for k, _ in looks], genre)
        if check_post(post):
            return post
    raise AssertionError(loc)


def _tokset(name: str) -> set[str]:
    return {fold(t).lower() for t in name_tokens(name)} | {
        fold(t).lower() for t in name.replace("-", " ").split()
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
    persons = []
    for g, gen in given:
        for s in sur:
            if not (_tokset(g) | _tokset(s)) & used:
                persons.append((g, s, gen))
    pool = [(g, s, gen) for g, gen in given for s in sur]
    return roster, persons, pool


def make_thirtysecond_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
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
