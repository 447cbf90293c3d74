"""DATA CARD: the "twentyseventh" PII-redaction scoring set.

How written: by hand, for this set only, with no fake-data library and without looking at the
redactor or at any other set. Name pools, streets, town/postcode pairs, phrase banks and look-alikes
come from the author's own knowledge of each country. Check digits are computed here (Luhn, IBAN
mod 97, national checks); phone numbers are built from national numbering plans and only
*validated* with `phonenumbers`.

Seed: SEED = 2727; one random.Random(f"{seed}:{i}:{locale}") per locale (i = index in LOCALES).
Rosters of all locales are drawn first; PERSON names share no token with the whole roster.

Locales (12): core en_US en_GB de_DE fr_FR es_ES it_IT; seen once before is_IS en_JM es_CR;
new sr_RS (Serbian, Latin script), ca_ES (Catalan), en_TT (Trinidad and Tobago).

Genres (Post.genre): learning and mentoring life on a professional network: course, cert,
bootcamp, mentoring, alumni, volunteer, award (thank-you posts), study (groups), recap (event
recaps with sign-up/contact details), recommend (recommendations for mentees).

Kinds and written forms (Post.item_forms), counts over the whole set:
  EMAIL 811    plain, mixed-case, obfuscated-at-dot ("x [at] y [dot] z"), obfuscated-paren-at
  PHONE 791    intl, compact, national, dashed, intl-trunk "(0)", dotted, intl-paren, trunk-dashed,
               intl-00, intl-pairs, slash, national-paren, intl-dashed, national-pairs,
               slash-dashed, intl-spaced (every number valid for its region per phonenumbers)
  URL 840      profile-slug, code-host-user, booking-link, personal-domain-www / -path / -https
  IP 806       ipv4, ipv6-compressed, ipv6-full, ipv4-port (public ranges)
  CARD 826     thin-spaced, compact, dashed, spaced, amex-compact, amex-spaced (Luhn valid)
  IBAN 617     spaced, compact, split-after-check, spaced-lower (mod 97 valid; national BBAN
               checks for FR, ES, IT; the Icelandic BBAN carries a valid kennitala)
  ID 1006      SSN, NINO, NHS (mod 11), Steuer-ID (ISO 7064 11,10), NIR (key 97), DNI / NIE
               (mod 23), codice fiscale (check letter, also lower case), kennitala (mod 11), JMBG
               (mod 11), TRN, cedula, BIR number, birth PIN; in the non-IBAN countries US, JM, TT
               the IBAN slot holds a bank value labelled ID: aba-routing+account (3-7-1 check),
               bank-account. Many ids are pasted without a cue word.
  PERSON 764   full, title, given, initial-surname, lower, surname, full-two-surnames (es, ca with
               "i"), folded accents, possessive ('s), genitive-s (de), and Icelandic / Serbian
               forms declined in acc / dat / gen / ins (form "<form>-declined-<case>")
  MEMBER 821   the same plus handle (@...); mentions of the roster (8 per locale, 96 in all)
  ADDRESS 839  street + number + postcode + town in each national order; Icelandic dative street
               forms ("a Laugavegi"), Serbian locative streets ("u Njegosevoj"), Costa Rican
               landmark directions ("de la iglesia 200 m sur"), Kingston postal districts, parish
               towns in JM; Trinidad addresses without a postcode
Look-alikes (4,614; 263-333 of each kind): ORDER, INVOICE, TICKET, TRACKING (UPU S10 with valid
check), PRICE, DATE, TIME, VERSION, ISBN (valid ISBN-13, never Luhn valid), FLIGHT, ROOM,
MEASURE, PERCENT, REF (course codes), COMPANY (institutions and places named after people).

Fragment rule: t: whole-word tokens (name tokens without particles, titles or initials; street-name
tokens without the street-type word or number; e-mail local part; URL host or slug); p: postcode
and IP (not touching letters or digits); d: every 4-digit window of the digit runs of phones,
cards, IBANs and ids; s: whole value for ids without any 4-digit run (codice fiscale).

Sizes: per locale 375 labelled posts (1-3 items; the first item's kind cycles through KINDS, so
each kind leads >= 37 posts per locale) + 75 PII-free posts (30 without look-alikes or digits,
45 with 1-3 look-alikes). Total 4,500 labelled + 900 PII-free = 5,400 posts. Build: about 4.4 s
of CPU (test limit 15 s).

Phrase banks (twentyseventh_bank_<lang>.py): genre openers, topics, events, body sentences, side
remarks, item carriers per kind, look-alike carriers, closers, hashtags (+ Caribbean and Costa
Rican colour lines; es_CR also gets usted/ustedes forms and local words). Distinct sentence
pieces: en 306, de 300, fr 300, es 304, it 300, is 300, sr 300, ca 300.

Deliberately hard: Icelandic patronymics declined (-son/-syni/-sonar, -dottir/-dottur) and
Icelandic dative street names; Serbian names in five cases with c-caron, c-acute, s, z, dj and
locative streets; Catalan double surnames joined by "i" and Spanish / Costa Rican double surnames;
names that are common words (Hope, Grace, Will, Brown, Grant, Wolf, Koch, Petit, Blanc, Leon,
Rosa, Mas, Font, Serra ...); lower-case, accent-folded, handle and title mentions; ids pasted with
no cue; Costa Rican landmark addresses; look-alikes next to real values and person-named
institutions (Goethe-Institut, Hallgrimskirkja, Muzej Nikole Tesle, Fundacio Joan Miro ...).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from .twentyseventh_build import (
    frame,
    look_sentences,
    make_item,  # noqa: F401
    new_context,
)

NAME = "twentyseventh"
SEED = 2727
LOCALES = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "is_IS",
    "en_JM",
    "es_CR",
    "sr_RS",
    "ca_ES",
    "en_TT",
]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
N_LABELLED, N_PLAIN, N_LOOK = 375, 30, 45


@dataclass
class Post:
    locale: str
    text: str
    items: list = field(default_factory=list)  # list[tuple[str, list[str], str]]
    item_forms: list = field(default_factory=list)
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


_DASH = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")


def normalise(s: str) -> str:
    out = []
    for ch in s.translate(_DASH):
        if ch.isspace() or unicodedata.category(ch) in ("Zs", "Zl", "Zp"):
            out.append(" ")
        elif unicodedata.category(ch) == "Nd":
            out.append(str(unicodedata.decimal(ch)))
        else:
            out.append(ch)
    return "".join(out)


def _pattern(frag: str):
    kind, s = frag[:2], normalise(frag[2:])
    if kind == "t:":
        return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)", re.I)
    if kind == "s:":
        return re.compile(re.escape(s), re.I)
    if kind == "p:":
        return re.compile(r"(?<![^\W_])" + re.escape(s) + r"(?![^\W_])", re.I)
    if kind == "d:":
        return re.compile(r"\W*".join(s))
    raise ValueError(frag)


def _hit(frag: str, text: str) -> bool:
    return bool(_pattern(frag).search(text))


def leaked(redacted_text: str, fragments: list, background: str) -> bool:
    red, bg = normalise(redacted_text), normalise(background)
    return any(_hit(f, red) and not _hit(f, bg) for f in fragments)


def _mask(text: str, values) -> str:
    for v in sorted(values, key=len, reverse=True):
        text = text.replace(v, " ")
    return text


def check_post(post: Post) -> bool:
    vals = [v for _, _, v in post.items]
    if len(post.item_forms) != len(post.items) or len(post.lookalikes) != len(post.lookalike_kinds):
        return False
    for i, v in enumerate(vals):
        if not v or v not in post.text or any(i != j and v in w for j, w in enumerate(vals)):
            return False
    masked = normalise(_mask(post.text, vals))
    text = normalise(post.text)
    for _, frags, v in post.items:
        if not frags:
            return False
        bg = normalise(post.text.replace(v, " "))
        for f in frags:
            if not _hit(f, text) or _hit(f, bg) or _hit(f, masked):
                return False
    return all(lk and lk in _mask(post.text, vals) for lk in post.lookalikes)


def _labelled(rng, locale, n, ctx):
    for _ in range(200):
        kinds = [KINDS[n % len(KINDS)]] + rng.sample(
            [k for k in KINDS if k != KINDS[n % len(KINDS)]], rng.choice([0, 0, 1, 1, 2])
        )
        made = [make_item(rng, locale, k, ctx) for k in kinds]
        looks, lvals, lkinds = look_sentences(rng, locale, rng.choice([0, 0, 1, 1, 2]))
        text, genre = frame(rng, locale, [m[4] for m in made] + looks, True)
        post = Post(
            locale,
            text,
            [(m[0], m[1], m[2]) for m in made],
            [m[3] for m in made],
            lvals,
            lkinds,
            genre,
        )
        if check_post(post):
            return post
    raise RuntimeError(f"could not build labelled post {locale} {n}")


def _free(rng, locale, n_looks):
    for _ in range(200):
        looks, lvals, lkinds = look_sentences(rng, locale, n_looks)
        text, genre = frame(rng, locale, looks, False)
        if n_looks == 0 and re.search(r"\d", text):
            continue
        post = Post(locale, text, [], [], lvals, lkinds, genre)
        if check_post(post):
            return post
    raise RuntimeError(f"could not build free post {locale}")


def make_twentyseventh_set(seed: int = SEED):
    """Return (members, posts)."""
    members, posts, rngs, ctxs, used = [], [], [], [], set()
    for i, locale in enumerate(LOCALES):
        rngs.append(random.Random(f"{seed}:{i}:{locale}"))
        ctxs.append(new_context(rngs[-1], locale))
        members += [f"{p.given} {p.sur}" for p in ctxs[-1]["roster"]]
        used |= ctxs[-1]["used"]
    for locale, rng, ctx in zip(LOCALES, rngs, ctxs, strict=False):
        ctx["used"] = used  # PERSON names share no token with the whole roster
        for n in range(N_LABELLED):
            posts.append(_labelled(rng, locale, n, ctx))
        for _ in range(N_PLAIN):
            posts.append(_free(rng, locale, 0))
        for _ in range(N_LOOK):
            posts.append(_free(rng, locale, rng.choice([1, 1, 2, 3])))
    return members, posts
