"""DATA CARD — twentyfirst redaction scoring set (SEED = 2121).

How written: every name pool, street, town/postcode pair, phrase and frame was written by hand
for this set (no fake-data library, nothing copied from other sets). Check digits are computed
from the published rules (Luhn, IBAN mod 97, national schemes); phone numbers are generated from
each country's numbering plan and kept only when `phonenumbers` validates them for the region.

Seed: SEED = 2121; one random.Random(f"{seed}:{i}:{locale}") per locale (i = locale index).

Locales (12): en_US en_GB de_DE fr_FR es_MX it_IT (given), sl_SI es_CL nl_BE (given, to measure
transfer of this session's tuning), en_MT fr_CH es_UY (chosen: Malta, French-speaking Switzerland,
Uruguay — new countries whose postal, phone and id standards are well defined).

Genres: open_to_work, cv_snippet, freelance, volunteering, alumni, mentoring, relocation,
references (reference and contact details people paste).

Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. Written forms per kind:
  EMAIL freemail, own_domain (generic local part: fragment is the domain label), obfuscated
        ([at]/(at)/" at ... dot "), plus_tag, upper.
  PHONE intl, intl_trunk (+CC (0)…, or +CC without spaces), national, compact, grouped
        (dots, dashes or slashes, per country habit).
  URL   linkedin_full, linkedin_bare, own_site, portfolio (github, behance, dribbble,
        github.io), booking.
  IP    ipv4, ipv4_port, ipv6.
  CARD  spaced4, compact, dashed, amex (4-6-5 or compact); all pass Luhn.
  IBAN  print, compact, print_lower (IBAN countries: GB MT DE FR CH IT SI BE).  Elsewhere a
        local bank value labelled ID: us_account, clabe (MX, with check digit), cuenta_cl,
        cuenta_uy.
  ID    ssn_*, ni_number, nhs_number (mod 11), id_card (MT), steuer_id (ISO 7064), nir (mod 97),
        avs (EAN-13), curp (check digit), rut (mod 11), cedula (UY check), codice_fiscale (check
        letter), emso / davcna (mod 11), rijksregister (mod 97); many written without a cue word.
  PERSON / MEMBER  full, given, surname_title, full_title, initial_surname, given_initial, lower,
        folded (accents removed); MEMBER also handle (@given.surname …); Slovene names also
        declined (_gen/_dat/_acc/_ins forms).
  ADDRESS full, with_flat, multiline, street_only (country postal formats).

Fragment rule: "t:" whole-word tokens (name tokens without titles/particles/initials; street-name
tokens without the street type or number; e-mail local part, or the domain label when the local
part is generic; URL slug or host label); "p:" postcode and IP; "d:" every 4-digit window of
phones, cards, IBAN digit runs and numeric ids; "s:" alphanumeric ids (CURP, codice fiscale).

Sizes: per locale 375 labelled posts (1-3 items; first kind cycles KINDS so each kind >= 37) and
75 PII-free posts (30 plain: no look-alikes, no digits; 45 with 1-3 look-alikes): 4,500 + 900.
Roster: 8 members per locale ("Given Surname"); PERSON names share no token with the roster.

Sentence pieces (distinct openers and bodies per genre, closers, item frames per kind,
look-alike frames per kind, free sentences) per language, counted by PIECE_COUNTS and checked
>= 300 by the tests: en 317 (en_US/en_GB/en_MT, plus local spellings), de 306, fr 306
(fr_CH adds natel/septante), es 306 (es_MX/es_CL/es_UY with local words, voseo in UY),
it 306, sl 308 (with case endings), nl 306 (Flemish). Openers, bodies and closers combine
with 1-3 item frames, 0-3 look-alike frames, bullets, line breaks and hashtags, giving many
thousands of distinct frames.

Modules: twentyfirst.py (this card, Post, leaked, check_post, build), _compose (posts),
_people (names, forms, Slovene cases), _places (streets, postcodes), _phones, _values
(e-mail, URL, IP, card, IBAN, local bank), _ids (national ids), _checks (check digits),
_looks (look-alikes), _text and _text_<lang> (the sentence pieces).

Deliberately hard: names that are common words (Hope, Will, Koch, Winter, Paz, Bruno, Kos, De
Vos ...), particle and compound surnames, folded accents and lower-case names, Slovene case
endings, @handles, titles; ids without cue words; obfuscated e-mails; phones in every local
habit; IBANs in lower case; multiline addresses; look-alikes beside the values (order numbers
failing Luhn, valid ISBNs, invoice/ticket/tracking/reference numbers, prices, dates, times,
versions, flights, rooms, measures, percentages) and companies/places named after people.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from . import twentyfirst_compose as comp
from .twentyfirst_people import NAMES, fold, name_tokens
from .twentyfirst_text import TEXTS

SEED = 2121
LOCALES = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_MX",
    "it_IT",
    "sl_SI",
    "es_CL",
    "nl_BE",
    "en_MT",
    "fr_CH",
    "es_UY",
]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
N_LABELLED, N_FREE_PLAIN, N_FREE_LOOK = 375, 30, 45
PIECE_COUNTS = {lang: sum(len(v) for v in t.values()) for lang, t in TEXTS.items()}


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]]
    item_forms: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


_DASHES = dict.fromkeys(i for i in range(0x2010, 0x2016)) | {
    0x2212: None,
    0xFE63: None,
    0xFF0D: None,
}


@lru_cache(maxsize=8192)
def normalise(s: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", s):
        cat = unicodedata.category(ch)
        if ch.isspace() or cat in ("Zs", "Zl", "Zp"):
            out.append(" ")
        elif cat == "Nd":
            out.append(str(unicodedata.decimal(ch)))
        elif cat == "Pd" or ord(ch) in _DASHES:
            out.append("-")
        else:
            out.append(ch)
    return "".join(out)


@cache
def _pattern(frag: str) -> re.Pattern:
    kind, body = frag[:2], normalise(frag[2:])
    if kind == "t:":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)", re.I)
    if kind == "s:":
        return re.compile(re.escape(body), re.I)
    if kind == "p:":
        return re.compile(r"(?<![^\W_])" + re.escape(body) + r"(?![^\W_])", re.I)
    if kind == "d:":
        return re.compile(r"\W*".join(body))
    raise ValueError(frag)


def _hit(frag: str, text: str) -> bool:
    return bool(_pattern(frag).search(normalise(text)))


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in redacted_text and is absent from background."""
    return any(_hit(f, redacted_text) and not _hit(f, background) for f in fragments)


def check_post(post: Post) -> bool:
    text = post.text
    values = [v for _, _, v in post.items]
    masked = text
    for v in sorted(values, key=len, reverse=True):
        if v not in text:
            return False
        masked = masked.replace(v, " ")
    for i, a in enumerate(values):
        if any(i != j and a in b for j, b in enumerate(values)):
            return False
    for _, frags, v in post.items:
        if not frags:
            return False
        background = text.replace(v, " ")
        for f in frags:
            if not _hit(f, text) or _hit(f, background) or _hit(f, masked):
                return False
    return all(x in masked for x in post.lookalikes) and len(post.item_forms) == len(post.items)


def _people(loc: str, rng: random.Random, n: int, banned: set[str]) -> list[dict]:
    pool = NAMES[loc]
    out, seen = [], set()
    while len(out) < n:
        gender = rng.choice("fm")
        given, surname = rng.choice(pool[gender]), rng.choice(pool["s"])
        if loc.startswith("es") and rng.random() < 0.35:
            s2 = rng.choice(pool["s"])
            surname = surname if s2 == surname else f"{surname} {s2}"
        toks = {fold(t).lower() for t in name_tokens(f"{given} {surname}")}
        if toks & banned or (given, surname) in seen:
            continue
        seen.add((given, surname))
        out.append({"given": given, "surname": surname, "gender": gender})
    return out


def _post(loc, rng, idx, roster, others) -> Post:
    text = TEXTS[comp.LANG[loc]]
    for _ in range(200):
        genre = rng.choice(comp.GENRES)
        if idx is None:
            mid, items, forms = [], [], []
        else:
            kinds = [KINDS[idx % len(KINDS)]] + rng.sample(KINDS, rng.choice([0, 1, 1, 2, 2]))
            made = [comp.make_item(k, loc, rng, text, roster, others) for k in dict.fromkeys(kinds)]
            mid = [m[4] for m in made]
            items = [(m[0], m[1], m[2]) for m in made]
            forms = [m[3] for m in made]
        n_look = rng.choice([0, 0, 1, 1, 2])
        return_looks = []
        for _ in range(n_look):
            return_looks.append(
                comp._look_sentence(loc, rng, text, {k for k, _, _ in return_looks})
            )
        mid += [s for _, _, s in return_looks]
        body = comp.assemble(loc, rng, text, genre, mid)
        post = Post(
            loc,
            body,
            items,
            forms,
            [x for _, x, _ in return_looks],
            [k for k, _, _ in return_looks],
            genre,
        )
        if check_post(post):
            return post
    raise RuntimeError(f"no valid post for {loc} {idx}")


def _free_post(loc, rng, n_look: int) -> Post:
    text = TEXTS[comp.LANG[loc]]
    for _ in range(200):
        genre = rng.choice(comp.GENRES)
        looks = []
        for _ in range(n_look):
            looks.append(comp._look_sentence(loc, rng, text, {k for k, _, _ in looks}))
        mid = [s for _, _, s in looks] + rng.sample(text["free"], rng.randint(1, 2))
        body = comp.assemble(loc, rng, text, genre, mid)
        post = Post(loc, body, [], [], [x for _, x, _ in looks], [k for k, _, _ in looks], genre)
        if n_look == 0 and any(c.isdigit() for c in body):
            continue
        if check_post(post) and len(set(post.lookalikes)) == len(post.lookalikes):
            return post
    raise RuntimeError(f"no free post for {loc}")


def make_twentyfirst_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    rngs = [random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)]
    rosters = [_people(loc, rngs[i], 8, set()) for i, loc in enumerate(LOCALES)]
    members = [f"{p['given']} {p['surname']}" for r in rosters for p in r]
    banned = {fold(t).lower() for m in members for t in name_tokens(m)}
    posts: list[Post] = []
    for i, loc in enumerate(LOCALES):
        rng = rngs[i]
        others = _people(loc, rng, 60, banned)
        for idx in range(N_LABELLED):
            posts.append(_post(loc, rng, idx, rosters[i], others))
        for _ in range(N_FREE_PLAIN):
            posts.append(_free_post(loc, rng, 0))
        for _ in range(N_FREE_LOOK):
            posts.append(_free_post(loc, rng, rng.randint(1, 3)))
    return members, posts
