"""Thirtieth redaction scoring set: property, facilities and relocation posts.

DATA CARD
- How written: every name pool, street, town/postcode pair, phrase bank and frame was written by
  hand for this set from general knowledge of each country's naming, postal and numbering
  habits. No fake-data library, no other set consulted. Check digits are computed in code (Luhn,
  IBAN mod 97, RIB key, Spanish DC, NL eleven-proof, Verhoeff/Aadhaar, Steuer-ID ISO 7064, NIR
  mod 97, CPF mod 11, BSN, DNI/NIE letter, Guatemalan CUI mod 11, US ABA routing).
  `phonenumbers` only validates phones.
- Seed: SEED = 3030; one random.Random(f"{seed}:{i}:{locale}") per locale.
- Locales (12): en_US en_IN de_DE fr_FR pt_BR nl_NL (core), ca_ES es_GT en_ZM (written afresh),
  fr_CM es_BO sq_AL (new). Languages: en, de, fr, pt, nl, ca, es, sq (phrase banks
  thirtieth_bank_<lang>).
- Genres: notice (facilities team), casual (asking for help), listing (rooms, flats, desks),
  ticket (pasted from a helpdesk tool, with header lines), checklist (moving / handover lists),
  signature (message ending in an e-mail signature block carrying the contact items).
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. Non-IBAN countries (US, IN, ZM,
  CM, BO) get a local bank value (routing/account, account numbers, CEMAC RIB) labelled ID
  instead of IBAN.
- Written forms per kind (item_forms): EMAIL plain/mailto/angle/caps; PHONE
  e164/intl/national/alt (dotted, dashed, +91-); URL https/www/bare/profile; IP v4/v4_port/v6;
  CARD visa|mc|amex x grouped/plain/dashed; IBAN grouped/compact; ID per national scheme (ssn,
  aadhaar, pan, steuer_id, nir, cpf, bsn, dni, nie, cui, nrc, cni, niu, ci, nid, bank account
  forms); PERSON/MEMBER full, given, surname, initial, title, lower, folded, handle, possessive,
  given_initial; ADDRESS full, full_nocomma, street_line.
- Fragment rule: t: whole-word tokens (name tokens without titles/particles/initials, street-
  name tokens, e-mail local part, URL host or slug); p: postcodes and IPs; d: every 4-digit
  window of phones, cards, IBAN digits and ids. ADDRESS: t: street tokens and p: postcode, so
  street and postcode score apart.
- Sizes: per locale 375 labelled posts (first item kind cycles through KINDS) + 75 PII-free (30
  plain with no digits and no look-alikes, 45 with 1-3 look-alikes). Total 4,500 labelled + 900
  PII-free.
- Roster: 8 members per locale, "Given Surname"; PERSON names share no token with the roster.
- Distinct sentence pieces per language (opening, context, item, closing, free, look-alike,
  label strings in the banks, counted by `piece_counts()`): en 308, de 303, fr 306, pt 304,
  nl 303, ca 303, es 306, sq 304 (test floor 250). Frames: 6 genre layouts x openers x context x
  per-kind item sentences x look-alike sentences x closers, so thousands of distinct frames.
- Items (seed 3030): ID 1116, CARD 850, PERSON 818, URL 817, ADDRESS 808, EMAIL 807, MEMBER
  798, PHONE 794, IP 781, IBAN 461 (IBAN only in DE FR BR NL ES GT AL); 4,647 look-alikes in
  15 kinds. Bolivia and two Zambian towns have no postcode in use:
  street_line addresses there. Build time about 6-7 s on a shared 2-core machine.
- Deliberately hard: ids written without cue words; phones in national forms with trunk
  prefixes; names that are also common words, particle and compound surnames, lower-case and
  accent-folded mentions, handles; companies, landmarks and streets named after people as look-
  alikes; 16-digit order numbers that fail Luhn; ISBNs with valid checks; prices, dates, room
  numbers, flight numbers, tickets and tracking numbers right beside real values; helpdesk
  ticket headers and signatures.
"""

from __future__ import annotations

import functools
import random
import re
import unicodedata
from dataclasses import dataclass, field

SEED = 3030
LOCALES = [
    "en_US",
    "en_IN",
    "de_DE",
    "fr_FR",
    "pt_BR",
    "nl_NL",
    "ca_ES",
    "es_GT",
    "en_ZM",
    "fr_CM",
    "es_BO",
    "sq_AL",
]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
LANG = {
    "en_US": "en",
    "en_IN": "en",
    "en_ZM": "en",
    "de_DE": "de",
    "fr_FR": "fr",
    "fr_CM": "fr",
    "pt_BR": "pt",
    "nl_NL": "nl",
    "ca_ES": "ca",
    "es_GT": "es",
    "es_BO": "es",
    "sq_AL": "sq",
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


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


def normalise(text: str) -> str:
    if text.isascii():
        return re.sub(r"\s", " ", text)
    out = []
    for ch in text:
        if ch.isdecimal() and not ch.isascii():
            out.append(str(unicodedata.decimal(ch)))
        elif ch.isspace() or unicodedata.category(ch) in ("Zs", "Zl", "Zp"):
            out.append(" ")
        elif ch in _DASHES or unicodedata.category(ch) == "Pd":
            out.append("-")
        else:
            out.append(ch)
    return "".join(out)


@functools.lru_cache(maxsize=65536)
def _pattern(frag: str) -> re.Pattern:
    kind, body = frag[:2], normalise(frag[2:])
    if kind == "t:":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)", re.I)
    if kind == "s:":
        return re.compile(re.escape(body), re.I)
    if kind == "p:":
        return re.compile(r"(?<![^\W_])" + re.escape(body) + r"(?![^\W_])", re.I)
    if kind == "d:":
        return re.compile(r"\W*".join(re.escape(c) for c in body))
    raise ValueError(frag)


def frag_in(text: str, frag: str) -> bool:
    return _pattern(frag).search(normalise(text)) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    return any(frag_in(redacted_text, f) and not frag_in(background, f) for f in fragments)


def d_windows(value: str) -> list[str]:
    out = set()
    for chunk in re.split(r"[^\W\d]+", normalise(value)):  # letters break a run of digits
        ds = "".join(c for c in chunk if c.isdigit())
        out.update("d:" + ds[i : i + 4] for i in range(len(ds) - 3))
    return sorted(out)


def check_post(post: Post) -> bool:
    text = post.text
    values = [v for _, _, v in post.items]
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
    n_text, n_masked = normalise(text), normalise(masked)
    for _, frags, v in post.items:
        if not frags:
            return False
        n_back = normalise(text.replace(v, " "))
        for f in frags:
            pat = _pattern(f)
            if not pat.search(n_text) or pat.search(n_back) or pat.search(n_masked):
                return False
    return all(lk in masked for lk in post.lookalikes)


def make_thirtieth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    from trainer_dev.redaction_sets.thirtieth_build import build_locale

    members: list[str] = []
    posts: list[Post] = []
    for i, loc in enumerate(LOCALES):
        rng = random.Random(f"{seed}:{i}:{loc}")
        m, p = build_locale(rng, loc)
        members += m
        posts += p
    return members, posts


def piece_counts() -> dict[str, int]:
    from trainer_dev.redaction_sets.thirtieth_build import bank_for, count_pieces

    return {lang: count_pieces(bank_for(lang)) for lang in sorted(set(LANG.values()))}
