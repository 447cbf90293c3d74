"""The ninth held-out redaction set: a scoring-only set, written without reading the redactor.

Generator. Each post is a professional-network genre (job update, event recap, recommendation,
comment thread, meeting notes, classified ad, customer-service exchange, e-mail with a
signature block, CV header) in one of twelve locales (en_US en_GB en_IE en_IN en_AU en_CA
de_DE fr_FR es_ES it_IT nl_NL pt_BR). Sentence frames are written per language
(``ninth_text_*.py``); values come from per-locale name lists (``ninth_people``), postal
formats (``ninth_places``, ``ninth_towns``), numbering plans (``ninth_numbers``), check digits
written here (``ninth_checks``) and e-mail/URL shapes (``ninth_contact``); composition in
``ninth_compose``. Per locale: 375 labelled posts (1 to 3 items; the first kind cycled so every
kind has about equal support) and 75 PII-free posts (30 plain: no look-alike, so no dates,
times, amounts, versions or reference numbers, only small counts; 45 with look-alikes).
A post is kept only when each value occurs in its text, no fragment of an item occurs in the
post with that item's value removed, and no roster name token occurs outside the labelled
values; else it is drawn again. So every item is scorable and no unlabelled member name is
left anywhere.

Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. ``item_forms`` records the
written form of each item (names: full, surname, given, initials+surname, caps, lower, no
accents, possessive, "surname, given", title+surname; phones: national/international;
addresses: full, street, postcode+town; IDs: the scheme; ...), so the harness reports recall
per form.

Look-alikes (must survive verbatim): ORDER, PO (10 digits), MARKETPLACE (Luhn-valid 3-7-7),
INVOICE, TRACKING, FLIGHT, ISBN (valid check digit, with and without the word ISBN), VERSION,
DATE, TIME, AMOUNT, STREET (a famous street named as a place, no number), EPONYM (companies
named after people), TICKET, MODEL. The dates, times, amounts and versions that filler
sentences carry are recorded as look-alikes too.

Fragment rules (``leaked``). Every fragment carries a two-character tag; an item counts as
leaked when any fragment matches the redacted text and does NOT match the background (the post
with the item's value replaced by a space) under the same rule:

- ``d:`` a window of 4 consecutive digits (phones: of the national significant number, country
  code and trunk 0 left out; cards; IBANs: each digit run after the check digits; national
  IDs). Matched against the digit runs of the text, where digits separated by at most two of
  ``space . - / ( )`` form one run.
- ``a:`` a 6-character window of an identifier with letters (NINO, PPSN, codice fiscale),
  case-sensitive, matched in the text with spaces, hyphens and dots removed.
- ``i:`` an IP address, its last two / first three octets, or two adjacent IPv6 groups;
  case-insensitive substring not preceded or followed by a hex digit (0-9, a-f).
- ``s:`` an e-mail local part, a personal domain label, a URL's personal host label or its
  profile slug/handle; case-insensitive substring.
- ``n:`` a name token (split on spaces, hyphens, apostrophes, dots; at least three letters;
  particles such as van, de, di, dos, Mac, Ní left out); case-insensitive whole word, a
  possessive s / 's after it allowed.
- ``t:`` a street token: the house number, or a street-name word of at least three letters
  (street types and particles left out); case-insensitive whole token.
- ``p:`` a postcode part (split on space or hyphen, at least three characters, else the whole
  postcode); case-insensitive whole token. Towns are not fragments (they are places).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

from trainer_dev.redaction_sets import ninth_compose as compose
from trainer_dev.redaction_sets.ninth_checks import digit_runs
from trainer_dev.redaction_sets.ninth_people import fold, tokens

LOCALES = (
    "en_US",
    "en_GB",
    "en_IE",
    "en_IN",
    "en_AU",
    "en_CA",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "pt_BR",
)
KINDS = ("EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS")
LABELLED_PER_LOCALE = 375
FREE_PER_LOCALE = 75
MEMBERS_PER_LOCALE = 8


_WORD = re.compile(r"[^\W\d_]+")


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


@lru_cache(maxsize=8192)
def _word_re(fragment: str, possessive: bool) -> re.Pattern:
    tail = r"(?:'s|’s|s|')?" if possessive else ""
    return re.compile(r"(?<![\w])" + re.escape(fragment) + tail + r"(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=256)
def _joined_runs(text: str) -> str:
    return "|".join(digit_runs(text))


def _compact(text: str) -> str:
    return text.replace(" ", "").replace("-", "").replace(".", "").replace("\n", "")


def _matches(text: str, fragment: str) -> bool:
    tag, frag = fragment[:2], fragment[2:]
    if tag == "d:":
        return frag in _joined_runs(text)
    if tag == "a:":
        return frag in _compact(text)
    if tag == "i:":
        pattern = r"(?<![0-9A-Fa-f])" + re.escape(frag) + r"(?![0-9A-Fa-f])"
        return re.search(pattern, text, re.IGNORECASE) is not None
    if tag == "s:":
        return frag.lower() in text.lower()
    if tag in ("n:", "t:", "p:"):
        return _word_re(frag, tag == "n:").search(text) is not None
    raise ValueError(f"unknown fragment tag: {fragment!r}")


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when any fragment of the item survives in ``redacted_text`` without also
    occurring in ``background`` (the post with the item's value removed)."""
    return any(_matches(redacted_text, f) and not _matches(background, f) for f in fragments)


def scorable(post: Post) -> bool:
    """Every value is in the text, every item has fragments, none of which is in its
    background; look-alikes are in the text."""
    for _, fragments, value in post.items:
        if not fragments or value not in post.text:
            return False
        background = post.text.replace(value, " ")
        if any(_matches(background, f) for f in fragments):
            return False
        if not any(_matches(post.text, f) for f in fragments):
            return False
    return all(v in post.text for v in post.lookalikes)


def make_ninth_set(
    seed: int = 9999, *, locales: tuple[str, ...] = LOCALES
) -> tuple[list[str], list[Post]]:
    """(member display names, posts): 4,500 labelled and 900 PII-free posts (``locales``: a
    subset, for quick checks)."""
    rng = random.Random(seed)
    roster = compose.roster(rng, locales, MEMBERS_PER_LOCALE)
    words = _roster_words(roster)
    posts: list[Post] = []
    for li, locale in enumerate(locales):
        for i in range(LABELLED_PER_LOCALE):
            first = KINDS[(i + li) % len(KINDS)]
            posts.append(_draw(rng, locale, roster, words, first, labelled=True))
        for i in range(FREE_PER_LOCALE):
            plain = i % 5 < 2  # 40 % with no look-alike at all
            posts.append(_draw(rng, locale, roster, words, "", labelled=False, plain=plain))
    return [f"{g} {s}" for g, s in _all_members(roster)], posts


def _all_members(roster) -> list[tuple[str, str]]:
    return [name for names in roster.values() for name in names]


def _roster_words(roster) -> frozenset[str]:
    words = set()
    for given, surname in _all_members(roster):
        for token in tokens(f"{given} {surname}"):
            words |= {token.lower(), fold(token).lower()}
    return frozenset(words)


def _no_stray_member_words(post: Post, words: frozenset[str]) -> bool:
    """No roster name token outside the labelled values (a town or a company that shares a
    member's name would make a redaction of it neither right nor wrong)."""
    text = post.text
    for _, _, value in post.items:
        text = text.replace(value, " ")
    return not {w.lower() for w in _WORD.findall(text)} & words


def _draw(
    rng: random.Random, locale: str, roster, words, first: str, *, labelled: bool, plain=False
) -> Post:
    for _ in range(200):
        kinds = [first] if labelled else []
        if labelled:
            while len(kinds) < 3 and rng.random() < 0.35:
                extra = rng.choice(KINDS)  # a second name is fine, a second IBAN is not
                if extra in ("PERSON", "MEMBER") or extra not in kinds:
                    kinds.append(extra)
        post = compose.compose(rng, locale, kinds, roster[locale], Post, plain=plain)
        if plain and post.lookalikes:
            continue
        if scorable(post) and _no_stray_member_words(post, words):
            return post
    raise RuntimeError(f"no scorable post for {locale} {first}")
