"""The eighth independent held-out redaction set (scoring only; see scripts/eval_redaction.py).

Written without reading the redactor or the other sets. Each post is rendered from structured
records (person, postal, contact, payment, national-id) by per-locale formatters
(eighth_people, eighth_places, eighth_contact, eighth_checks) into one of eleven genres
(eighth_genres) through phrase banks in seven languages (eighth_text_*), with noise on the
non-PII text only (eighth_build). Twelve locales; 4,500 labelled and 900 PII-free posts.

Fragments (what ``leaked`` looks for in the redacted text):
  d:DIGITS   any 4-digit window of the value's digits (separators of up to two characters
             between digits are allowed: ``0171 23`` still shows ``1712``)
  e:LOCAL    the e-mail local part, as a token
  h:HOST     the URL host; s:SLUG the URL's identifying path segment
  n:TOKEN    a name token (surname, or the given name of given-name forms), as a standalone word
             (not inside an e-mail address, a URL or a dotted handle), accents and case ignored
  t:TOKEN    a street-name token, the same way
  p:CODE     the postcode, and x:CODE an alphanumeric id, spacing and case ignored
A fragment that also occurs in the background (the post with the value removed) never counts.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import eighth_genres as gn
from trainer_dev.redaction_sets import eighth_looks as lk
from trainer_dev.redaction_sets.eighth_build import Builder
from trainer_dev.redaction_sets.eighth_forms import form_post, notice
from trainer_dev.redaction_sets.eighth_genres import contact_line
from trainer_dev.redaction_sets.eighth_people import fold, make_people

LOCALES = [
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
]
LABELLED_PER_LOCALE = 375
FREE_PER_LOCALE = 75
MEMBERS_PER_LOCALE = 16
KINDS = ("EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS")


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]]
    pii_free: bool
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = ""
    frame: str = ""


# --------------------------------------------------------------------------- leak rule

_DIGIT_SEP = re.compile(r"(?<=\d)[\s\-./()]{1,2}(?=\d)")


@functools.lru_cache(maxsize=256)
def _digit_chains(text: str) -> str:
    """The text's digit runs, joined across separators of up to two characters ('0171 23' -> '017123'),
    one run per line of the result."""
    return "\n".join(re.findall(r"\d+", _DIGIT_SEP.sub("", text)))


_JOIN = frozenset(" \t\n-.:")


@functools.lru_cache(maxsize=256)
def _compacted(text: str) -> tuple[str, tuple[bool, ...]]:
    """The text lower-cased without spaces, hyphens, dots and colons, and for each kept character
    whether such a separator stood before it (so that word boundaries survive the compaction)."""
    chars, gap, pending = [], [], False
    for ch in text.lower():
        if ch in _JOIN:
            pending = True
            continue
        chars.append(ch)
        gap.append(pending)
        pending = False
    return "".join(chars), tuple(gap) + (True,)


def _compact_present(text: str, code: str) -> bool:
    hay, gap = _compacted(text)
    needle = "".join(c for c in code.lower() if c.isalnum())
    i = hay.find(needle)
    while i >= 0:
        j = i + len(needle)
        start_ok = i == 0 or gap[i] or not hay[i - 1].isalnum()
        end_ok = j == len(hay) or gap[j] or not hay[j].isalnum()
        if start_ok and end_ok:
            return True
        i = hay.find(needle, i + 1)
    return False


def _bounded_present(text: str, token: str, stop: str) -> bool:
    hay, needle = text.lower(), token.lower()
    i = hay.find(needle)
    while i >= 0:
        j = i + len(needle)
        if (i == 0 or hay[i - 1] not in stop) and (j == len(hay) or hay[j] not in stop):
            return True
        i = hay.find(needle, i + 1)
    return False


_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


@functools.lru_cache(maxsize=65536)
def _word_re(token: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(fold(token))}(?!\w)", re.I)


@functools.lru_cache(maxsize=256)
def _folded(text: str) -> str:
    return text if text.isascii() else fold(text)


def _name_present(text: str, token: str) -> bool:
    folded = _folded(text)
    for m in _word_re(token).finditer(folded):
        a, b = m.start(), m.end()
        lo, hi = a, b
        while lo > 0 and not folded[lo - 1].isspace():
            lo -= 1
        while hi < len(folded) and not folded[hi].isspace():
            hi += 1
        chunk = folded[lo:hi]
        if "@" in chunk or "/" in chunk:
            continue
        if (b + 1 < len(folded) and folded[b] == "." and folded[b + 1].isalnum()) or (
            a >= 2
            and folded[a - 1] == "."
            and folded[a - 2].isalnum()
            and not folded[a - 2].isupper()
        ):
            continue  # part of a host or a dotted handle, not a written name
        return True
    return False


def _present(text: str, fragment: str) -> bool:
    tag, body = fragment[:2], fragment[2:]
    if tag == "d:":
        return any(body[i : i + 4] in _digit_chains(text) for i in range(len(body) - 3))
    if tag == "e:":
        return _bounded_present(text, body, _ALNUM + "._%+-")
    if tag in ("h:", "s:"):
        return _bounded_present(text, body, _ALNUM + "-")
    if tag in ("n:", "t:"):
        return _name_present(text, body)
    if tag in ("p:", "x:"):
        return _compact_present(text, body)
    raise ValueError(f"unknown fragment {fragment!r}")


def _atoms(fragment: str) -> list[str]:
    """A digits fragment is its 4-digit windows, each judged on its own; others are themselves."""
    if fragment.startswith("d:"):
        body = fragment[2:]
        return [f"d:{body[i : i + 4]}" for i in range(len(body) - 3)]
    return [fragment]


def leaked(redacted: str, fragments, background: str) -> bool:
    """True when any fragment of the item (any 4-digit window of a digits fragment) survives in
    ``redacted`` and does not also occur in ``background``."""
    return any(
        _present(redacted, a) and not _present(background, a) for f in fragments for a in _atoms(f)
    )


# --------------------------------------------------------------------------- the set


class _Ctx:
    def __init__(self, members, others, given_ok):
        self.members, self.others, self.given_ok = members, others, given_ok


def _look_sentence(b: Builder) -> None:
    frames = b.bank["look"].split("|")
    i = b.rng.randrange(len(frames))
    value, kind = lk.lookalike(b.rng, b.locale, i)
    before, after = frames[i].split("{}")
    b.t(before)
    b.look(kind, value)
    b.t(after)


def _free_post(b: Builder, with_looks: bool) -> None:
    rng = b.rng
    shape = rng.randrange(4)
    if shape == 0:
        b.h(b.pick("hdr_prog"))
        b.t("\n")
        for talk in rng.sample(b.bank["talks"].split("|"), rng.randint(2, 4)):
            b.t(rng.choice(["- ", "* ", ""]))
            b.look("TIME", lk.time(rng, b.locale))
            b.t(f" {talk}\n")
    elif shape == 1:
        b.h(b.pick("hdr_ad"))
        b.t("\n")
        b.frame("ad")
    else:
        b.frame("free")
    n = rng.randint(1, 3)
    for _ in range(n):
        b.t(rng.choice([" ", "\n", "\n\n"]))
        if with_looks and rng.random() < 0.75:
            _look_sentence(b)
        else:
            b.frame("free" if not with_looks else rng.choice(["free", "filler"]))
    if with_looks and not b.looks:
        b.t(" ")
        _look_sentence(b)


# genre -> (renderer, weight)
GENRES = {
    "signature": (gn.signature, 10),
    "programme": (gn.programme, 9),
    "resume": (gn.resume, 8),
    "meeting": (gn.meeting, 10),
    "classified": (gn.classified, 8),
    "ticket": (gn.ticket, 12),
    "thread": (gn.thread, 10),
    "chat": (gn.chat, 9),
    "press": (gn.press, 7),
    "obituary": (gn.obituary, 5),
    "form": (form_post, 9),
    "notice": (notice, 8),
}


def _weighted(rng: random.Random) -> str:
    names = list(GENRES)
    return rng.choices(names, weights=[GENRES[n][1] for n in names])[0]


def make_eighth_set(seed: int = 8888) -> tuple[list[str], list[Post]]:
    """(member roster, posts): 375 labelled + 75 PII-free posts per locale, deterministic for ``seed``."""
    rng = random.Random(seed)
    people = {
        loc: make_people(random.Random(f"{seed}:{loc}:people"), loc, MEMBERS_PER_LOCALE)
        for loc in LOCALES
    }
    roster = [p.full for loc in LOCALES for p in people[loc][0]]
    firsts = [
        p.given.split()[0].split("-")[0] for loc in LOCALES for p in people[loc][0] + people[loc][1]
    ]
    unique_given = {g for g in firsts if firsts.count(g) == 1 and len(g) >= 4}
    posts: list[Post] = []
    for loc in LOCALES:
        members, others = people[loc]
        ctx = _Ctx(
            members,
            others,
            [p for p in members if p.given.split()[0].split("-")[0] in unique_given],
        )
        lrng = random.Random(f"{seed}:{loc}:{rng.random()}")
        for i in range(LABELLED_PER_LOCALE + FREE_PER_LOCALE):
            b = Builder(random.Random(f"{seed}:{loc}:{i}:{lrng.random()}"), loc, ctx)
            if i < LABELLED_PER_LOCALE:
                genre = _weighted(b.rng)
                GENRES[genre][0](b)
                while not b.items:  # a thread or chat that drew only small talk gets one more line
                    b.t("\n")
                    contact_line(b, b.someone(), b.pick("orgs"))
                if b.rng.random() < 0.2:
                    b.t(b.rng.choice([" ", "\n"]))
                    _look_sentence(b)
                free = False
            else:
                genre = "free"
                _free_post(b, with_looks=b.rng.random() < 0.6)
                free = True
            skeleton = b.skeleton()
            text = b.finish(noise=True)
            posts.append(
                Post(
                    loc,
                    text,
                    list(b.items),
                    free,
                    [v for v, _ in b.looks],
                    [k for _, k in b.looks],
                    genre,
                    skeleton,
                )
            )
    return roster, posts


def composition(posts: list[Post]) -> dict:
    """Counts per locale and kind, genres, distinct frames and the most any frame is used."""
    from collections import Counter

    kinds = Counter((p.locale, k) for p in posts for k, _, _ in p.items)
    frames = Counter(p.frame for p in posts)
    return {
        "posts": len(posts),
        "labelled": sum(not p.pii_free for p in posts),
        "pii_free": sum(p.pii_free for p in posts),
        "items": sum(kinds.values()),
        "by_kind": dict(sorted(Counter(k for _, k in kinds.elements()).items())),
        "by_locale_kind": {
            loc: {k: kinds[loc, k] for k in KINDS if kinds[loc, k]} for loc in LOCALES
        },
        "genres": dict(Counter(p.genre for p in posts)),
        "lookalikes": dict(Counter(k for p in posts for k in p.lookalike_kinds)),
        "distinct_frames": len(frames),
        "max_frame_uses": max(frames.values()),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(composition(make_eighth_set()[1]), ensure_ascii=False, indent=1))
