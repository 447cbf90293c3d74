"""The tenth independent held-out redaction set (scoring only; never tuned on).

Generator: long-form documents and informal chat in twelve locales (en_US en_GB en_IE en_IN
en_AU en_CA de_DE fr_FR es_ES it_IT nl_NL pt_BR): support tickets with From:/To:/Subject:
headers, WhatsApp-style chat exports with timestamps and speaker names, meeting minutes with
action items, CVs with sections, invoices with Markdown tables, forum threads with quoted
replies, newsletters with bullets, agendas, bios and plain-text tables. Per locale: 375
labelled posts and 75 PII-free posts (4,500 + 900; a third of the PII-free posts carry no
look-alike either, the rest carry several). Names, streets, towns, postal formats,
numbering plans and check digits are written here (tenth_people, tenth_places, tenth_numbers).

Kinds: EMAIL, PHONE, URL, IP, CARD, IBAN, ID (SSN, NINO, PPSN, Aadhaar, TFN, SIN, Steuer-ID,
NIR, DNI/NIE, codice fiscale, BSN, CPF/CNPJ), PERSON (non-member names), MEMBER (roster
members in a written form, recorded in ``item_forms``: full, surname, given, initial_surname,
caps, lower, no_accents, possessive, surname_comma_given, honorific_surname,
caps_surname_given), ADDRESS (form: full, one_line, street_only, postcode_town).
Look-alikes that must survive verbatim: ORDER, INVOICE, PO, TRACKING, TICKET, FLIGHT, ISBN,
VERSION, DATE, TIME, AMOUNT, PRODUCT_CODE, STREET_PLACE (a street named as a place, no
number), COMPANY (companies named after people), ROOM.

Fragment rules (``leaked``): an item is leaked when ANY of its fragments survives in the
redacted text and does not also occur in the background (the post with the value removed).
Every fragment is a prefixed string:
- ``d:NNNN``  a 4-digit window inside a digit run of the value (PHONE, CARD, IBAN, ID, IP; a
  digit run: digits joined by at most two of space - . / ( ) between them, separators dropped,
  so never across a letter, e.g. an IBAN's bank code). It survives when it occurs inside a
  digit run of the text.
- ``a:XXXXX`` a 5-character window of the value's letters and digits, upper case (codice
  fiscale). Survives when it occurs in an alphanumeric token of the text (token: letters,
  digits, - . / between them; the separators dropped, upper-cased).
- ``s:text``  a distinctive substring: an e-mail's local part, a URL's host or profile slug, an
  IP as written. Survives when it occurs case-insensitively.
- ``w:Token`` a name token (MEMBER: every token of the written form of >= 3 letters that is not a
  particle; PERSON: the surname's tokens). ``t:Token`` a street-name token (the street's own
  words of >= 3 letters, or >= 4 for German and Dutch compounds, never the street type, a
  particle or a generic word). Both survive when they occur as a whole word (optionally
  followed by s, 's or ’s), compared case-insensitively with accents dropped.
- ``p:CODE``  the postcode. Survives when it occurs case-insensitively with any whitespace
  between its characters and no letter or digit directly before or after it.
A post is kept only when each value occurs in its text, every fragment occurs in the raw text,
no fragment occurs in its item's background, no look-alike overlaps a value, and no roster
member's name token occurs outside the labelled values; otherwise it is drawn again.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from .tenth_build import (
    GENRES,
    KINDS,
    PLAIN_GENRES,
    WEIGHTS,
    compose,
    digit_runs,
    fillers,
    make_item,
    make_pools,
)
from .tenth_numbers import ascii_fold
from .tenth_people import GIVEN, make_roster

LOCALES = sorted(GIVEN)
LABELLED_PER_LOCALE = 375
FREE_PER_LOCALE = 75
ONE_LINE_GENRES = {"chat", "table", "bio", "agenda"}


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]] = field(
        default_factory=list
    )  # (kind, fragments, value)
    item_forms: list[str] = field(default_factory=list)
    pii_free: bool = False
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = ""


def fold(text: str) -> str:
    return ascii_fold(text).lower().replace("’", "'")


_TOKEN = re.compile(r"[0-9A-Za-z](?:[\-./]?[0-9A-Za-z])*")


def _cached(cache: dict, key: str, make):
    if key not in cache:
        cache[key] = make()
    return cache[key]


def _present(text: str, fragment: str, cache: dict) -> bool:
    tag, body = fragment[:2], fragment[2:]
    if tag == "d:":
        return any(body in r for r in _cached(cache, "d", lambda: digit_runs(text)))
    if tag == "a:":
        toks = _cached(
            cache,
            "a",
            lambda: [re.sub(r"[\-./]", "", m.group()).upper() for m in _TOKEN.finditer(text)],
        )
        return any(body in t for t in toks)
    if tag == "s:":
        return body.lower() in _cached(cache, "lower", text.lower)
    folded = _cached(cache, "fold", lambda: fold(text))
    if tag in ("w:", "t:"):
        pat = r"(?<!\w)" + re.escape(fold(body)) + r"(?:s|'s)?(?!\w)"
        return re.search(pat, folded) is not None
    if tag == "p:":
        chars = [re.escape(c) for c in fold(body) if not c.isspace()]
        pat = r"(?<![0-9a-z])" + r"\s*".join(chars) + r"(?![0-9a-z])"
        return re.search(pat, folded) is not None
    raise ValueError(fragment)


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when any fragment survives in the redacted text and is not in the background."""
    seen: dict = {}
    back: dict = {}
    return any(
        _present(redacted_text, f, seen) and not _present(background, f, back) for f in fragments
    )


def member_pattern(tokens: set[str]) -> re.Pattern:
    alts = "|".join(sorted((re.escape(t) for t in tokens), key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)")


def valid(post: Post, members_re: re.Pattern) -> bool:
    text = post.text
    rest = text
    for _, _, value in post.items:
        if not value or value not in text:
            return False
        rest = rest.replace(value, " ")
    if members_re.search(fold(rest)):
        return False
    for _kind, fragments, value in post.items:
        if not fragments:
            return False
        background = text.replace(value, " ")
        raw: dict = {}
        back: dict = {}
        for f in fragments:
            if not _present(text, f, raw) or _present(background, f, back):
                return False
    for look in post.lookalikes:
        if look not in rest or any(look in v or v in look for _, _, v in post.items):
            return False
    return True


def _labelled(rng: random.Random, locale: str, ctx: dict) -> Post:
    n = rng.choices([1, 2, 3, 4], weights=[3, 4, 3, 2])[0]
    kinds = rng.choices(KINDS, weights=WEIGHTS, k=n)
    genre = rng.choice(GENRES)
    items = [make_item(rng, locale, k, ctx) for k in kinds]
    if genre in ONE_LINE_GENRES or rng.random() < 0.3:
        items = [
            (k, v.replace("\n", ", "), f, "one_line" if w == "full" and "\n" in v else w)
            for k, v, f, w in items
        ]
    looks: list = []
    text = compose(rng, locale, genre, items, looks)
    return Post(
        locale=locale,
        text=text,
        items=[(k, f, v) for k, v, f, _ in items],
        item_forms=[w for _, _, _, w in items],
        lookalikes=[v for v, _ in looks],
        lookalike_kinds=[k for _, k in looks],
        genre=genre,
    )


def _free(rng: random.Random, locale: str, plain: bool) -> Post:
    """A PII-free post; ``plain``: with no look-alike either."""
    genre = rng.choice(PLAIN_GENRES if plain else GENRES)
    looks: list = []
    text = compose(rng, locale, genre, [], looks, plain)
    more = fillers(rng, locale, rng.randint(1, 3), looks, plain)
    text = text + "\n" + " ".join(more)
    return Post(
        locale=locale,
        text=text,
        pii_free=True,
        lookalikes=[v for v, _ in looks],
        lookalike_kinds=[k for _, k in looks],
        genre=genre,
    )


def make_tenth_set(
    seed: int = 1010, locales: list[str] | None = None
) -> tuple[list[str], list[Post]]:
    """(member display names, posts): 4,500 labelled + 900 PII-free posts, deterministic.
    ``locales``: build only these (tests); each locale's posts do not depend on the others."""
    rng = random.Random(f"tenth-roster-{seed}")
    roster, tokens = make_roster(rng)
    members = [f"{m['given']} {m['surname']}" for m in roster]
    ctx = {"roster": roster, "pools": make_pools(tokens)}
    members_re = member_pattern(tokens)
    posts: list[Post] = []
    for locale in locales or LOCALES:
        for i in range(LABELLED_PER_LOCALE + FREE_PER_LOCALE):
            free = i >= LABELLED_PER_LOCALE
            for attempt in range(200):
                r = random.Random(f"tenth-{seed}-{locale}-{i}-{attempt}")
                post = _free(r, locale, i % 3 == 0) if free else _labelled(r, locale, ctx)
                if valid(post, members_re):
                    posts.append(post)
                    break
            else:
                raise RuntimeError(f"tenth set: no valid post for {locale} #{i}")
    return members, posts
