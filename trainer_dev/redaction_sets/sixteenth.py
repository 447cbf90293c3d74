"""SIXTEENTH redaction scoring set: noisy, transformed, multicultural professional-network posts.

DATA CARD
How written: generated from hand-written name pools, streets, real town/postcode pairs, phrasing
and look-alikes (no fake-data library; `phonenumbers` only validates phones). Check digits are
computed here (Luhn, IBAN mod 97, Verhoeff, CPF, CURP, CLABE, CBU, NRIC, CUIL, hetu). Built
deterministically from SEED=1616 with one random.Random(f"{seed}:{index}:{locale}") per locale.
Modules: sixteenth (this: contract, assembly, fragment rule), sixteenth_names, sixteenth_ids,
sixteenth_places, sixteenth_templates, sixteenth_text.

Locales (12): en_US en_GB en_IN en_ZA sv_SE fi_FI es_MX pt_BR, plus four outside Europe not
covered by earlier sets: en_SG (Singapore), ms_MY (Malaysia, Malay/English), en_PK (Pakistan,
English with Roman Urdu), es_AR (Argentina).
Genres: intro, congrats, job_change, conference, recruiter, followup, repost, group_post.
Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN exists only for GB, SE, FI, BR,
PK; in the other seven locales the IBAN slot is a local bank value labelled ID (US ABA routing
number with check digit + account, IN account + IFSC, ZA account + universal branch code, MX CLABE
with check digit, SG DBS/POSB account, MY Maybank account, AR CBU with both check digits).
National ids: US SSN, GB NINO, IN Aadhaar (Verhoeff), ZA ID (Luhn), SE personnummer (Luhn), FI
henkilötunnus (mod 31), MX CURP (check digit), BR CPF, SG NRIC (check letter), MY MyKad, PK CNIC,
AR CUIL (mod 11) or DNI.
Forms (item_forms): names full/lower/upper/surname_first/surname_comma/initials/given_only/
surname_only/possessive/handle/hashtag/folded/typo/nickname/title/linebreak/random_case/nbsp;
phones national/intl/intl_compact/dots/dashes/parens/endash/nbsp/fullwidth/arabic_indic; cards
spaced/plain/dashes/nbsp/fullwidth/linebreak; IBAN print/electronic/lower/nbsp/linebreak/prefixed;
addresses oneline/multiline/abbrev/caps/lower/folded/unit/pdf_break/endash/nbsp_postcode/
digits_odd; e-mails plain/upper/mailto_md/angle/obfuscated/html_entity/work/numbered; URLs
linkedin/linkedin_bare/personal/personal_www/markdown/github/calendly/trailing; IPs v4/v4_port/
v4_cidr/v6/v6_compressed; ids by scheme (e.g. cpf_dotted, pnr_12, cnic_plain, clabe).
Fragment rule (leak-based): "t:" token as whole word, case-insensitive (name tokens without
particles/titles/initials, street-name tokens, e-mail local part, URL host or slug, whole
@handle/#hashtag body); "s:" case-insensitive substring anywhere (name parts glued inside
@handles and #hashtags); "p:" substring not touching other letters/digits, case-insensitive
(postcodes, IP addresses); "d:" four digits of the value in a row, any non-word characters
between them (windows never span letters). Before matching, both texts are normalised: Unicode
decimal digits (full-width, Arabic-Indic) become ASCII, every Unicode space/line break becomes
" ", Unicode hyphens/dashes become "-".
Sizes: per locale 375 labelled posts (1-3 items, first kind cycling through KINDS) + 75 PII-free
(30 without look-alikes or digits, 45 with 1-3 look-alikes): 4,500 + 900 posts.
Roster: 8 "Given Surname" members per locale drawn from the same diverse pools (Malay members as
"X bin/binti Y"); PERSON, e-mail and URL people share no name token with the roster.
Deliberately hard: values written as people paste them (hard wraps inside names and addresses,
NBSP/thin spaces, en dashes in phones, full-width and Arabic-Indic digits, ASCII-folded or typo'd
names, ALL CAPS, handles and hashtags, HTML entities, markdown links); noise around values
(quoted replies, signatures, emoji, random casing, code-switching); names that are common words
(Hope, Will, Grace, Gift, Blessing, Precious, Joy-like); look-alikes beside real values
(order/invoice/ticket/tracking numbers, prices, dates, times, versions, models, ISBN-13, flights,
rooms, seats, measurements, percentages, companies and landmarks named after people).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from .sixteenth_build import build_locale

SEED = 1616
LOCALES = ["en_US", "en_GB", "en_IN", "en_ZA", "sv_SE", "fi_FI", "es_MX", "pt_BR", "en_SG",
           "ms_MY", "en_PK", "es_AR"]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]


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


_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


def normalize(s: str) -> str:
    """Fold digits to ASCII, all Unicode spaces/line breaks to ' ', dashes to '-'."""
    out = []
    for c in s:
        if c.isspace():
            c = " "
        elif c.isdecimal() and not c.isascii():
            c = str(unicodedata.decimal(c))
        out.append(c)
    return "".join(out).translate(_DASHES)


def _pattern(frag: str) -> re.Pattern:
    kind, body = frag[:2], normalize(frag[2:])
    if kind == "t:":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)", re.IGNORECASE)
    if kind == "s:":
        return re.compile(re.escape(body), re.IGNORECASE)
    if kind == "p:":
        return re.compile(r"(?<![^\W_])" + re.escape(body) + r"(?![^\W_])", re.IGNORECASE)
    if kind == "d:":
        return re.compile(r"\W*".join(body))
    raise ValueError(f"unknown fragment prefix in {frag!r}")


_CACHE: dict[str, re.Pattern] = {}


def fragment_in(frag: str, text: str, normalized: bool = False) -> bool:
    pat = _CACHE.get(frag)
    if pat is None:
        pat = _CACHE[frag] = _pattern(frag)
    return pat.search(text if normalized else normalize(text)) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in redacted_text and is absent from background."""
    red, bg = normalize(redacted_text), normalize(background)
    return any(fragment_in(f, red, True) and not fragment_in(f, bg, True) for f in fragments)


def check_post(post: Post) -> bool:
    """The acceptance rule used while generating (and by the tests)."""
    text = post.text
    norm = normalize(text)
    values = [v for _, _, v in post.items]
    for v in values:
        if v not in text or any(v != w and v in w for w in values):
            return False
    masked = text
    for v in sorted(values, key=len, reverse=True):
        masked = masked.replace(v, "[X]")
    masked_n = normalize(masked)
    for _, frags, v in post.items:
        if not frags:
            return False
        bg = normalize(text.replace(v, " "))
        for f in frags:
            if not fragment_in(f, norm, True) or fragment_in(f, bg, True) \
                    or fragment_in(f, masked_n, True):
                return False
    return all(la in masked for la in post.lookalikes)


def make_sixteenth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    members: list[str] = []
    posts: list[Post] = []
    for i, loc in enumerate(LOCALES):
        rng = random.Random(f"{seed}:{i}:{loc}")
        roster, raw = build_locale(rng, loc, KINDS, check_post, Post)
        members += roster
        posts += raw
    return members, posts
