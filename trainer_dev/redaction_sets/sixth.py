"""The sixth held-out redaction set: twelve locales, written without reading the redactor or any
other set. Posts are what people write on a professional network (event recaps, job posts,
recommendations, obituaries, service replies, schedules, newsletters, forwarded e-mails, speaker
lists, replies), each in its locale's language, with the locale's own names, numbers and addresses.

Per locale: 300 labelled posts (1-3 values each; about 8% are conference schedules that list 2-3
speakers after a time, about 15% forwarded e-mails ending in a signature block with bare name and
contact lines; a quarter also carry a look-alike), 60 PII-free posts with 2-4 look-alikes and 30
plain PII-free posts (2-6 sentences, no digits). Members are written as people write colleagues
(full name, given name alone, initial + surname, title + surname, lower case, @mention); other
people with and without titles and cues. No two values of a post share a fragment, and no
fragment of one value occurs inside another, so the background never hides a leak.
``make_sixth_set(seed)`` -> (members, posts); ``leaked(redacted, fragments, background)`` is
the leak rule: a value leaks when one of its fragments occurs in the redacted text more often
than in the background (the post with the value removed).

Fragments: a 4-digit window of the value's digits ("1234"; separators between digits are ignored
when counting), an e-mail local part, a URL host label or slug, a surname token (a given name when
only the given name is written), "t:" a street-name token, "p:" the postcode, "s:" a letter-digit
chunk of an id that has no run of four digits (codice fiscale, IPv6 groups). Digit runs are
split at letters (IBAN bank codes). Street types, particles and titles are never fragments."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from trainer_dev.redaction_sets.sixth_genres import (
    BODY,
    ROLES,
    SCHEDULE_HEAD,
    SIG_KINDS,
    SIG_LABELS,
    TOPICS,
)
from trainer_dev.redaction_sets.sixth_items import _count, leaked, make_item, person_mention, roster
from trainer_dev.redaction_sets.sixth_looks import KINDS as LOOK_KINDS
from trainer_dev.redaction_sets.sixth_looks import LANG, lookalike
from trainer_dev.redaction_sets.sixth_names import NAMES, surname_tokens
from trainer_dev.redaction_sets.sixth_text_de_nl import DE, NL
from trainer_dev.redaction_sets.sixth_text_en import EN
from trainer_dev.redaction_sets.sixth_text_es_fr import ES, FR
from trainer_dev.redaction_sets.sixth_text_it_pt import IT, PT

__all__ = ["KINDS", "LOCALES", "Post", "leaked", "make_sixth_set"]

LOCALES = [
    "de_DE",
    "en_AU",
    "en_CA",
    "en_GB",
    "en_IE",
    "en_IN",
    "en_US",
    "es_ES",
    "fr_FR",
    "it_IT",
    "nl_NL",
    "pt_BR",
]
KINDS = ["EMAIL", "PHONE", "URL", "CARD", "IBAN", "SSN", "IP", "MEMBER", "PERSON", "ADDRESS"]
TEXT = {"en": EN, "de": DE, "nl": NL, "es": ES, "fr": FR, "it": IT, "pt": PT}
LABELLED, WITH_LOOKALIKES, PLAIN = 300, 60, 30


@dataclass
class Post:
    locale: str
    text: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    spans: list = field(default_factory=list)  # (start, end) per item
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)
    pii_free: bool = False


def _frames(locale: str, kind: str) -> list[str]:
    frames = TEXT[LANG.get(locale, "en")][kind]
    return frames[locale] if isinstance(frames, dict) else frames


class _Builder:
    def __init__(self, locale: str) -> None:
        self.post = Post(locale=locale, text="")

    def add(self, chunk: str, sep: str = " ") -> None:
        self.post.text += (sep if self.post.text else "") + chunk


def _labelled(rng: random.Random, locale: str, members, persons, kinds: list[str]) -> Post:
    t = TEXT[LANG.get(locale, "en")]
    b = _Builder(locale)
    if rng.random() < 0.8:
        b.add(rng.choice(t["open"]))
    seen: set[str] = set()
    for kind in kinds:
        written, value, frags = _fresh_item(rng, locale, kind, members, persons, b.post)
        seen.add(value)
        frame = rng.choice(_frames(locale, kind))
        head, tail = frame.split("{x}")
        sep = rng.choice([" ", " ", "\n", "\n\n"]) if b.post.text else ""
        b.post.text += sep + head
        start = len(b.post.text) + written.index(value)
        b.post.text += written + tail
        b.post.items.append((kind, frags, value))
        b.post.spans.append((start, start + len(value)))
        if rng.random() < 0.3:
            b.add(rng.choice(t["plain"]))
    if rng.random() < 0.25:  # a look-alike beside real values, as in a real post
        kind = rng.choice(LOOK_KINDS)
        value = lookalike(rng, locale, kind)
        if value not in b.post.text and all(value not in v and v not in value for v in seen):
            b.add(t["LOOK"][kind].format(x=value), rng.choice([" ", "\n"]))
            b.post.lookalikes.append(value)
            b.post.lookalike_kinds.append(kind)
    if rng.random() < 0.7:
        b.add(rng.choice(t["close"]), rng.choice([" ", "\n"]))
    return b.post


def _put(post: Post, head: str, item: tuple[str, str, list[str]], tail: str, kind: str) -> None:
    written, value, frags = item
    post.text += head
    start = len(post.text) + written.index(value)
    post.text += written + tail
    post.items.append((kind, frags, value))
    post.spans.append((start, start + len(value)))


def _clash(post: Post, value: str, frags: list[str]) -> bool:
    """True when the value is already in the post, overlaps another value, or a fragment of one
    value occurs inside another (the background would then hide a leak)."""
    return value in post.text or any(
        value in v
        or v in value
        or any(_count(v, f) for f in frags)
        or any(_count(value, f) for f in fs)
        for _, fs, v in post.items
    )


def _fresh_item(rng, locale, kind, members, persons, post: Post):
    for _ in range(40):
        item = make_item(rng, locale, kind, members, persons)
        if not _clash(post, item[1], item[2]):
            return item
    return item


def _signature_post(rng: random.Random, locale: str, members, persons, kinds: list[str]) -> Post:
    """A forwarded e-mail: header, a line of body, then a signature block (name, role, contacts)."""
    lang = LANG.get(locale, "en")
    t = TEXT[lang]
    post = Post(locale=locale, text=t["open"][7] + "\n" + rng.choice(BODY[lang]))
    sig = [k for k in kinds if k in SIG_KINDS]
    for kind in (k for k in kinds if k not in SIG_KINDS):
        head, tail = rng.choice(_frames(locale, kind)).split("{x}")
        _put(post, "\n" + head, _fresh_item(rng, locale, kind, members, persons, post), tail, kind)
    who = "MEMBER" if rng.random() < 0.5 else "PERSON"
    g, s = rng.choice(members if who == "MEMBER" else persons)
    for _ in range(30):
        if not _clash(post, f"{g} {s}", surname_tokens(s)):
            break
        g, s = rng.choice(members if who == "MEMBER" else persons)
    tokens = surname_tokens(s)
    _put(
        post,
        "\n\n" + rng.choice(["--\n", "", t["close"][3] + "\n"]),
        (f"{g} {s}", f"{g} {s}", tokens),
        "",
        who,
    )
    post.text += "\n" + rng.choice(ROLES[lang])
    for kind in sig:
        label = rng.choice(SIG_LABELS[lang].get(kind, [""]))
        item = _fresh_item(rng, locale, kind, members, persons, post)
        _put(post, "\n" + label, item, "", kind)
    return post


def _schedule_post(rng: random.Random, locale: str, members, persons) -> Post:
    """A conference schedule: times (look-alikes) and speakers, no other cue."""
    lang = LANG.get(locale, "en")
    post = Post(locale=locale, text=SCHEDULE_HEAD[lang])
    hour = rng.randint(8, 10)
    for topic in rng.sample(TOPICS[lang], 3):
        time = (
            f"{hour}:{rng.choice(['00', '30'])}"
            if lang != "fr"
            else f"{hour}h{rng.choice(['00', '30'])}"
        )
        hour += 1
        kind = rng.choice(["PERSON", "PERSON", "MEMBER"])
        g, s = rng.choice(members if kind == "MEMBER" else persons)
        item = person_mention(rng, locale, g, s, kind == "MEMBER")
        if _clash(post, item[1], item[2]):
            continue
        post.text += f"\n{time} "
        post.lookalikes.append(time)
        post.lookalike_kinds.append("TIME")
        if rng.random() < 0.5:
            _put(post, "– ", item, f": {topic}", kind)
        else:
            _put(post, f"{topic} – ", item, "", kind)
    return post


def _with_lookalikes(rng: random.Random, locale: str, kinds: list[str]) -> Post:
    t = TEXT[LANG.get(locale, "en")]
    b = _Builder(locale)
    b.add(rng.choice(t["open"][:7] + t["open"][8:]))  # not the forwarded-mail header
    for kind in kinds:
        value = lookalike(rng, locale, kind)
        if any(value in v or v in value for v in b.post.lookalikes):
            continue
        b.add(t["LOOK"][kind].format(x=value), rng.choice([" ", "\n"]))
        b.post.lookalikes.append(value)
        b.post.lookalike_kinds.append(kind)
    if rng.random() < 0.5:
        b.add(rng.choice(t["plain"]))
    b.post.pii_free = True
    return b.post


def _plain(rng: random.Random, locale: str) -> Post:
    t = TEXT[LANG.get(locale, "en")]
    post = Post(
        locale=locale, text=" ".join(rng.sample(t["plain"], rng.randint(2, 6))), pii_free=True
    )
    return post


def make_sixth_set(seed: int = 6666) -> tuple[list[str], list[Post]]:
    rng = random.Random(seed)
    members: list[str] = []
    posts: list[Post] = []
    for locale in LOCALES:
        lrng = random.Random(f"{seed}:{locale}")
        roster_pairs = roster(lrng, locale)
        members += [f"{g} {s}" for g, s in roster_pairs]
        given, surnames = NAMES[locale]
        known_given = {g for g, _ in roster_pairs}
        known_surname = {s for _, s in roster_pairs}
        persons = [
            (g, s)
            for g in given
            for s in surnames
            if g not in known_given and s not in known_surname
        ]
        if len(persons) < 20:
            persons = [
                (g, s)
                for g in given
                for s in surnames
                if (g, s) not in set(roster_pairs) and s not in known_surname
            ]
        queue: list[str] = []
        for _ in range(LABELLED):
            n = lrng.choice([1, 1, 2, 2, 2, 3])
            kinds = []
            while len(kinds) < n:
                if not queue:
                    queue = KINDS[:]
                    lrng.shuffle(queue)
                k = queue.pop()
                if k not in kinds:
                    kinds.append(k)
                else:
                    queue.insert(0, k)
            genre = lrng.random()
            if genre < 0.08:
                posts.append(_schedule_post(lrng, locale, roster_pairs, persons))
                queue += kinds  # kept for the next post
            elif genre < 0.23 and any(k in SIG_KINDS for k in kinds):
                posts.append(_signature_post(lrng, locale, roster_pairs, persons, kinds))
            else:
                posts.append(_labelled(lrng, locale, roster_pairs, persons, kinds))
        looks: list[str] = []
        for _ in range(WITH_LOOKALIKES):
            n = lrng.randint(2, 4)
            kinds = []
            while len(kinds) < n:
                if not looks:
                    looks = LOOK_KINDS[:]
                    lrng.shuffle(looks)
                k = looks.pop()
                if k not in kinds:
                    kinds.append(k)
            posts.append(_with_lookalikes(lrng, locale, kinds))
        posts += [_plain(lrng, locale) for _ in range(PLAIN)]
    rng.shuffle(posts)
    return members, posts
