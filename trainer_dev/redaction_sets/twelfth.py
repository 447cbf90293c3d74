"""The TWELFTH redaction set: a scoring set of SEMI-STRUCTURED text pasted into posts.

Generator: `make_twelfth_set(seed=1212) -> (members, posts)`; deterministic for a seed, written
without looking at the redactor (names, streets, postal formats, numbering plans and check
digits are hand-written in twelfth_*.py from standards and conventions).

Locales (12): en_US en_GB en_IN de_DE fr_FR es_ES (core) and en_NZ en_ZA de_AT fr_CA es_MX pt_PT.
Per locale: 8 roster members, 375 labelled posts (1-3 items; the first item's kind cycles over
the 10 kinds) and 75 PII-free posts (30 plain: no look-alike, no digits; 45 with look-alikes).

Genres (twelfth_text_genres): e-mail reply with a quoted thread ("> ", "On ... wrote:" /
"Am ... schrieb" / "Le ... a écrit :" / "El ... escribió:" / "A ..., ... escreveu:"), forwarded
headers (From/To/Cc/Subject, localised), calendar invite, travel itinerary (airline PNR names
SURNAME/GIVEN MR), receipt, HR form (key: value), vCard 3.0, JSON, CSV, YAML, OCR'd letter
(address block over lines, stray hyphenation), interview transcript with speaker labels.

Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. Item forms (`item_forms`):
- names: full, given (members only), surname, initial_surname, given_initial, title_surname, caps,
  lower, no_accents, possessive (en/de), surname_given, nickname (members), handle (members),
  pnr (SURNAME/GIVEN MR).
- ADDRESS: full (one line or a block over lines), street (street + number), postcode_town,
  vcard_adr (street;town;;postcode).
- PHONE: national, international. CARD: the brand. IBAN: iban_<cc>, clabe (MX).
- ID: the scheme (ssn nino nhs aadhaar pan steuer_id nir dni nie ird sa_id sv_nummer nas curp
  rfc nif). EMAIL: webmail, personal_domain. URL: linkedin facebook instagram github x tiktok
  site. IP: ipv4, ipv6.

Fragments (twelfth_leak): `d:` 4 digits in joined digit runs, `a:` 6 chars of an alphanumeric id
(case-sensitive, spaces/hyphens/dots removed), `i:` IP part runs, `s:` substring (local part,
personal domain label, handle, profile slug), `n:` name token whole word (possessive allowed),
`t:` street token (house number or street word), `p:` postcode part. Towns are never fragments.

A post is kept only when every value occurs exactly once, no fragment of an item is in the post
with that item's value removed, every look-alike occurs outside the item values, and no roster
name token occurs outside the MEMBER values.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import twelfth_contact as ct
from trainer_dev.redaction_sets import twelfth_numbers as nb
from trainer_dev.redaction_sets.twelfth_ctx import GENERIC, Ctx, Item
from trainer_dev.redaction_sets.twelfth_leak import background_of, found, leaked
from trainer_dev.redaction_sets.twelfth_people import NICKNAMES
from trainer_dev.redaction_sets.twelfth_places import make_address
from trainer_dev.redaction_sets.twelfth_text_genres import GENRES
from trainer_dev.redaction_sets.twelfth_text_lex import DE, EN
from trainer_dev.redaction_sets.twelfth_text_lex2 import ES, PT
from trainer_dev.redaction_sets.twelfth_text_lex_fr import FR

__all__ = ["LOCALES", "KINDS", "Post", "make_twelfth_set", "leaked"]

SEED = 1212
LOCALES = [
    "en_US",
    "en_GB",
    "en_IN",
    "de_DE",
    "fr_FR",
    "es_ES",
    "en_NZ",
    "en_ZA",
    "de_AT",
    "fr_CA",
    "es_MX",
    "pt_PT",
]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
LEX = {"en": EN, "de": DE, "fr": FR, "es": ES, "pt": PT}
_ALL = list(GENRES)
GENRE_FOR = {
    "EMAIL": ["email", "forward", "calendar", "vcard", "json", "csv", "yaml", "hr_form"],
    "PHONE": _ALL,
    "PERSON": _ALL,
    "MEMBER": _ALL,
    "ADDRESS": [g for g in _ALL if g != "calendar"],
    "URL": ["email", "vcard", "json", "yaml", "csv", "hr_form", "transcript"],
    "IP": ["email", "forward", "json", "csv", "yaml"],
    "CARD": ["receipt", "itinerary", "json", "csv", "email", "forward", "yaml"],
    "IBAN": ["hr_form", "email", "forward", "json", "yaml", "ocr", "csv", "receipt"],
    "ID": ["hr_form", "ocr", "json", "yaml", "csv", "email", "transcript"],
}
FREE_GENRES = [
    "email",
    "forward",
    "calendar",
    "itinerary",
    "receipt",
    "hr_form",
    "json",
    "csv",
    "yaml",
    "ocr",
    "transcript",
]


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]] = field(default_factory=list)
    item_forms: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


def _tokens(name: str) -> set[str]:
    out = set()
    for t in ct.name_tokens(name):
        out.add(t.lower())
        out.add(ct.ascii_fold(t).lower())
    return out


def roster_clean(text: str, tokens: set[str]) -> bool:
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    words |= {ct.ascii_fold(w) for w in words}
    return not (words & tokens)


def _roster(r: random.Random, loc: str, taken: set[str]) -> list[ct.Person]:
    out: list[ct.Person] = []
    while len(out) < 8:
        p = ct.pick_person(r, loc)
        toks = _tokens(p.display)
        if toks & taken or len(p.display.split()) > 4:
            continue
        if len(out) < 3 and p.given.split()[0] not in NICKNAMES and r.random() < 0.97:
            continue
        taken |= toks
        out.append(p)
    return out


def _stranger(r: random.Random, loc: str, rtoks: set[str]) -> ct.Person:
    while True:
        p = ct.pick_person(r, loc)
        if not _tokens(p.display) & rtoks:
            return p


def _item(r: random.Random, loc: str, kind: str, roster: list[ct.Person], rtoks: set[str]) -> Item:
    if kind == "MEMBER":
        return Item(kind, person=r.choice(roster))
    if kind == "PERSON":
        return Item(kind, person=_stranger(r, loc, rtoks))
    if kind == "ADDRESS":
        return Item(kind, addr=make_address(r, loc))
    if kind == "EMAIL":
        v, f, fr = ct.email(r, loc, _stranger(r, loc, rtoks))
    elif kind == "URL":
        v, f, fr = ct.url(r, loc, _stranger(r, loc, rtoks))
    elif kind == "IP":
        v, f, fr = ct.ip(r)
    elif kind == "PHONE":
        v, f, fr = nb.phone(r, loc)
    elif kind == "CARD":
        v, f, fr = nb.card(r, loc)
    elif kind == "IBAN":
        v, f, fr = nb.iban(r, loc)
    else:
        p = _stranger(r, loc, rtoks)
        v, f, fr = nb.national_id(r, loc, p.surname, p.given, p.female)
    return Item(kind, value=v, form=f, frags=fr)


def _check(
    text: str, items: list[Item], looks: list[tuple[str, str]], rtoks: set[str]
) -> tuple[list[str], list[str]] | None:
    if not items and not looks and any(ch.isdigit() for ch in text):
        return None
    for it in items:
        if not it.used or not it.value or not it.frags or text.count(it.value) != 1:
            return None
        if any(it.value in o.value for o in items if o is not it):
            return None
        bg = background_of(text, it.value)
        if any(found(bg, f) for f in it.frags) or not all(found(text, f) for f in it.frags):
            return None
    outside = text
    for it in items:
        outside = outside.replace(it.value, " ")
    members_out = text
    for it in items:
        if it.kind == "MEMBER":
            members_out = members_out.replace(it.value, " ")
    if not roster_clean(members_out, rtoks):
        return None
    lv, lk = [], []
    for kind, v in looks:
        if v in outside and v not in lv:
            lv.append(v)
            lk.append(kind)
    return lv, lk


def _post(
    r: random.Random, loc: str, items: list[Item], genre: str, rtoks: set[str]
) -> Post | None:
    c = Ctx(r, loc, LEX[loc[:2]], items)
    text = GENRES[genre](c)
    got = _check(text, items, c.looks, rtoks)
    if got is None:
        return None
    lv, lk = got
    return Post(
        loc,
        text,
        [(it.kind, list(it.frags), it.value) for it in items],
        [it.form for it in items],
        lv,
        lk,
        genre,
    )


def _labelled(
    r: random.Random, loc: str, first: str, roster: list[ct.Person], rtoks: set[str]
) -> Post:
    for _ in range(400):
        genre = r.choice(GENRE_FOR[first])
        extra = [k for k in KINDS if genre in GENRE_FOR[k]]
        kinds = [first]
        for _ in range(r.choice([0, 1, 1, 2])):
            k = r.choice(extra)
            if k in kinds and k in ("ID", "CARD", "IBAN", "ADDRESS", "IP", "URL"):
                continue
            kinds.append(k)
        items = [_item(r, loc, k, roster, rtoks) for k in kinds]
        post = _post(r, loc, items, genre, rtoks)
        if post is not None:
            return post
    raise RuntimeError(f"twelfth: no valid post for {loc} {first}")


def _plain(r: random.Random, loc: str, rtoks: set[str], seen: set[str]) -> Post:
    L = LEX[loc[:2]]
    while True:
        subj = r.choice(L["subjects"])
        hi, bye = GENERIC[loc[:2]]
        body = [f"{L['hdr']['subject']}: {subj}", "", hi]
        body += r.sample(L["plain"], r.randint(1, 2)) + r.sample(L["filler"], r.randint(1, 2))
        text = "\n".join(body + [bye])
        if text in seen or any(ch.isdigit() for ch in text) or not roster_clean(text, rtoks):
            continue
        seen.add(text)
        return Post(loc, text, genre="plain")


def _free(r: random.Random, loc: str, rtoks: set[str]) -> Post:
    while True:
        post = _post(r, loc, [], r.choice(FREE_GENRES), rtoks)
        if post is not None and post.lookalikes:
            return post


def make_twelfth_set(
    seed: int = SEED,
    locales: list[str] | None = None,
    n_labelled: int = 375,
    n_plain: int = 30,
    n_free_looks: int = 45,
) -> tuple[list[str], list[Post]]:
    """(members, posts): the roster (8 per locale) and the posts of every locale."""
    locs = locales or LOCALES
    taken: set[str] = set()
    rosters = {}
    for loc in LOCALES:
        rosters[loc] = _roster(random.Random(f"{seed}/roster/{loc}"), loc, taken)
    members = [p.display for loc in locs for p in rosters[loc]]
    rtoks = set()
    for loc in LOCALES:
        for p in rosters[loc]:
            rtoks |= _tokens(p.display)
    posts: list[Post] = []
    seen: set[str] = set()
    for loc in locs:
        r = random.Random(f"{seed}/posts/{loc}")
        for i in range(n_labelled):
            posts.append(_labelled(r, loc, KINDS[i % len(KINDS)], rosters[loc], rtoks))
        posts += [_plain(r, loc, rtoks, seen) for _ in range(n_plain)]
        posts += [_free(r, loc, rtoks) for _ in range(n_free_looks)]
    return members, posts
