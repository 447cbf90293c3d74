"""DATA CARD -- nineteenth redaction scoring set.

How written: by hand, from the author's own knowledge of each country's naming, postal and
numbering standards; no fake-data library.  `phonenumbers` is used only to validate generated
phone numbers (a rejection loop); every check digit (Luhn, IBAN mod 97, national ids, ISBN,
ABA routing) is computed in nineteenth_checks.py.

Seed: SEED = 1919.  One random.Random(f"{seed}:{i}:{locale}") per locale (i = locale index);
the same generator first draws that locale's roster, then its posts.

Locales (12): given en_US en_GB de_DE fr_FR es_ES it_IT hu_HU hr_HR de_CH; added fr_BE, nl_BE,
sl_SI (Belgian French, Flemish Dutch, Slovenian -- none used by earlier sets).

Genres: endorsement, recommendation, introduction, thank-you, farewell, event-logistics posts
(venues, speakers, RSVP and contact details, agendas) as members of a professional network
write them, in each locale's language (English pieces in en_US/en_GB, etc.).

Phrasing: per language about 116-141 hand-written sentence pieces (genre openers, one set of
item sentences per kind, look-alike sentences, bridges, closers, sign-offs; modules
nineteenth_text_a..e), combined in random order with random separators -- fewer than the 300
asked for, written under a short deadline.

Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS.  Written forms (item_forms):
  EMAIL  dot, initial, plain-year, work (own-name domain), obfuscated ("local [at] domain")
  PHONE  intl, national (incl. HU 06-30/..., DE 0151/...), compact-intl (+.. or 00..), dotted;
         US (NNN) NNN-NNNN etc.; all valid per phonenumbers for their region
  URL    profile (linkedin /in/ slug), booking (calendly slug), personal-site, portfolio-bare
  IP     ipv4-public, ipv4-private, ipv6
  CARD   visa/mastercard/amex/maestro x spaced/compact/dashed (Luhn valid)
  IBAN   grouped, compact (mod 97 valid, national BBAN checks for FR, ES, BE, SI)
  ID     us-ssn, us-bank-account (en_US has no IBAN: the IBAN slot becomes a bank account
         labelled ID, next to its public ABA routing number as a look-alike), gb-nino,
         de-steuer-id, ch-ahv, fr-nir, be-rrn, es-dni, es-nie, it-codice-fiscale, hu-taj,
         hr-oib, si-emso -- all with correct checks; many written with no cue word
  PERSON full (Hungarian surname-first order in hu_HU), title, lower, given-initial
  MEMBER full / full-hu-order, given, surname, initial, handle, lower, folded, title, possessive
  ADDRESS street-first, postcode-first (HU), dot-separated (DE); real postcode/town pairs

Fragment rule: t: name tokens (no particles, titles, initials), street-name tokens (not the
type word or number), e-mail local part, URL host or slug; s: whole e-mail, NINO, DNI/NIE,
codice fiscale; p: postcode and IP; d: every 4-digit window of phones, cards, IBAN digits
(windows never cross letters), ids.  leaked() normalises digits, spaces and dashes first.

Sizes: per locale 375 labelled posts (1-3 items, the first item's kind cycling through KINDS)
+ 75 PII-free (30 with no look-alikes and no digits, 45 with 1-3 look-alikes) = 450;
total 4,500 labelled + 900 PII-free = 5,400.

Roster: 8 members per locale ("Given Surname"), 96 in all, no name token shared between two
members; PERSON names share no token with any roster name.

Deliberately hard: names that are also words (Hope, Rose, Baker, Vogel, Koch, Fuchs, Blanco,
Pastor, Fekete, Zec, Vuk, Kos, Vos...), particle and compound surnames (De Smet, Van den
Broeck, Le Goff, D'Angelo, Becker-Ohlsen, García-Lorca), names of many origins, lower-case
and accent-folded mentions, @handles, Hungarian name order, ids pasted without a cue word,
a US bank account beside its routing number, companies and landmarks named after people
(look-alikes), order numbers of card length that fail Luhn, valid ISBNs, dates, times,
prices, versions, flight and room numbers, tracking numbers, booking references next to
real values, 4-digit Belgian/Swiss/Hungarian/Slovenian postcodes.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from .nineteenth_build import frame, look_sentences, make_item, person_pool, pick_roster, sentence

SEED = 1919
LOCALES = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "hu_HU",
    "hr_HR",
    "de_CH",
    "fr_BE",
    "nl_BE",
    "sl_SI",
]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
TAGS = {
    "EMAIL": "[EMAIL]",
    "PHONE": "[PHONE]",
    "URL": "[URL]",
    "IP": "[IP]",
    "CARD": "[CARD]",
    "IBAN": "[IBAN]",
    "ID": "[ID]",
    "PERSON": "[NAME]",
    "MEMBER": "[MEMBER]",
    "ADDRESS": "[ADDRESS]",
}
N_LABELLED, N_PLAIN, N_LOOK = 375, 30, 45


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


_DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)


def normalise(text: str) -> str:
    out = []
    for ch in text.translate(_DASHES):
        if ch.isspace() or unicodedata.category(ch) in ("Zs", "Zl", "Zp"):
            out.append(" ")
        elif unicodedata.category(ch) == "Nd":
            out.append(str(unicodedata.digit(ch)))
        else:
            out.append(ch)
    return "".join(out)


def _pattern(frag: str) -> re.Pattern[str]:
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


def _hit(text: str, frag: str) -> bool:
    return _pattern(frag).search(text) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    red, bg = normalise(redacted_text), normalise(background)
    return any(_hit(red, f) and not _hit(bg, f) for f in fragments)


def mask(post: Post) -> str:
    text = post.text
    for kind, _, value in sorted(post.items, key=lambda it: -len(it[2])):
        text = text.replace(value, f" {TAGS[kind]} ")
    return text


def check_post(post: Post) -> bool:
    values = [v for _, _, v in post.items]
    if len(post.item_forms) != len(post.items) or len(post.lookalikes) != len(post.lookalike_kinds):
        return False
    for i, a in enumerate(values):
        if a not in post.text:
            return False
        if any(i != j and a in b for j, b in enumerate(values)):
            return False
    masked = normalise(mask(post))
    text = normalise(post.text)
    for _, frags, value in post.items:
        if not frags:
            return False
        background = normalise(post.text.replace(value, " "))
        for f in frags:
            if not _hit(text, f) or _hit(background, f) or _hit(masked, f):
                return False
    return all(lk in mask(post) for lk in post.lookalikes)


def _labelled(r: random.Random, locale: str, i: int, roster: list[str], pool) -> Post:
    kinds = [KINDS[i % len(KINDS)]] + r.choices(KINDS, k=r.choice([0, 0, 1, 1, 2]))
    items, forms, middle = [], [], []
    for k in kinds:
        kind, v, f, fr, extra = make_item(r, locale, k, roster, pool)
        items.append((kind, fr, v))
        forms.append(f)
        s = sentence(r, locale, kind, v, f, k)
        middle.append(s + (" " + extra if extra else ""))
    looks, lkinds = [], []
    extras = [m for m in middle if "(routing " in m]
    for m in extras:
        looks.append(m.split("(routing ")[1].rstrip(")"))
        lkinds.append("routing")
    if r.random() < 0.5:
        s, v, k = look_sentences(r, locale, r.choice([1, 1, 2]))
        middle += s
        looks += v
        lkinds += k
    text, genre = frame(r, locale, middle)
    return Post(locale, text, items, forms, looks, lkinds, genre)


def _free(r: random.Random, locale: str, n_looks: int) -> Post:
    if n_looks == 0:
        text, genre = frame(r, locale, [])
        return Post(locale, text, genre=genre)
    s, v, k = look_sentences(r, locale, n_looks)
    text, genre = frame(r, locale, s)
    return Post(locale, text, [], [], v, k, genre)


def make_nineteenth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    rngs = [random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)]
    used: set[str] = set()
    rosters = [pick_roster(rngs[i], loc, used) for i, loc in enumerate(LOCALES)]
    members = [m for ro in rosters for m in ro]
    posts: list[Post] = []
    for i, loc in enumerate(LOCALES):
        r, roster = rngs[i], rosters[i]
        pool = person_pool(loc, used)
        for n in range(N_LABELLED):
            while True:
                p = _labelled(r, loc, n, roster, pool)
                if check_post(p):
                    break
            posts.append(p)
        for n in range(N_PLAIN + N_LOOK):
            while True:
                p = _free(r, loc, 0 if n < N_PLAIN else r.choice([1, 2, 3]))
                if check_post(p) and (n >= N_PLAIN or not re.search(r"\d", p.text)):
                    break
            posts.append(p)
    return members, posts
