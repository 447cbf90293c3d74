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
import re
import unicodedata
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import sixth_ids as ids
from trainer_dev.redaction_sets import sixth_national as national
from trainer_dev.redaction_sets import sixth_phones as phones
from trainer_dev.redaction_sets.sixth_genres import (
    BODY,
    ROLES,
    SCHEDULE_HEAD,
    SIG_KINDS,
    SIG_LABELS,
    TOPICS,
)
from trainer_dev.redaction_sets.sixth_looks import KINDS as LOOK_KINDS
from trainer_dev.redaction_sets.sixth_looks import LANG, lookalike
from trainer_dev.redaction_sets.sixth_names import NAMES, TITLES, surname_tokens
from trainer_dev.redaction_sets.sixth_places import address
from trainer_dev.redaction_sets.sixth_text_de_nl import DE, NL
from trainer_dev.redaction_sets.sixth_text_en import EN
from trainer_dev.redaction_sets.sixth_text_es_fr import ES, FR
from trainer_dev.redaction_sets.sixth_text_it_pt import IT, PT

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
MEMBERS_PER_LOCALE = 24
MAILHOSTS = {
    "de_DE": ["web.de", "gmx.de", "posteo.de", "hoffmeister-logistik.de"],
    "en_AU": ["bigpond.com", "outlook.com.au", "gmail.com"],
    "en_CA": ["rogers.com", "shaw.ca", "gmail.com", "sympatico.ca"],
    "en_GB": ["btinternet.com", "outlook.com", "nhs.net"],
    "en_IE": ["eircom.net", "gmail.com", "tcd.ie"],
    "en_IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "en_US": ["gmail.com", "comcast.net", "yahoo.com", "icloud.com"],
    "es_ES": ["telefonica.net", "gmail.com", "hotmail.es"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "it_IT": ["libero.it", "tiscali.it", "gmail.com"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "pt_BR": ["uol.com.br", "bol.com.br", "gmail.com"],
}
TLD = {
    "de_DE": "de",
    "en_AU": "com.au",
    "en_CA": "ca",
    "en_GB": "co.uk",
    "en_IE": "ie",
    "en_IN": "in",
    "en_US": "com",
    "es_ES": "es",
    "fr_FR": "fr",
    "it_IT": "it",
    "nl_NL": "nl",
    "pt_BR": "com.br",
}


@dataclass
class Post:
    locale: str
    text: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    spans: list = field(default_factory=list)  # (start, end) per item
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)
    pii_free: bool = False


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slugword(s: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


def windows(digits: str) -> list[str]:
    return sorted({run[i : i + 4] for run in digits.split() for i in range(len(run) - 3)})


_SEP = re.compile(r"(?<=\d)[ \-./\u202f]+(?=\d)")


def _digits(s: str) -> str:
    """The value's digit runs (separators between digits dropped, letters kept as breaks)."""
    return " ".join(re.findall(r"\d{4,}", _SEP.sub("", s)))


def _count(text: str, fragment: str) -> int:
    if fragment.startswith("t:"):
        return text.casefold().count(fragment[2:].casefold())
    if fragment.startswith("s:"):
        return text.casefold().count(fragment[2:].casefold())
    if fragment.startswith("p:"):
        parts = [re.escape(p) for p in re.split(r"[\s-]+", fragment[2:])]
        return len(
            re.findall(r"(?<![0-9A-Za-z])" + r"[\s-]*".join(parts) + r"(?![0-9A-Za-z])", text, re.I)
        )
    if fragment.isdigit():
        return _SEP.sub("", text).count(fragment)
    return len(re.findall(r"(?<!\w)" + re.escape(fragment) + r"(?!\w)", text, re.I))


def leaked(redacted: str, fragments, background: str) -> bool:
    """True when some fragment occurs in the redacted text more often than in the background."""
    return any(_count(redacted, f) > _count(background, f) for f in fragments)


# ------------------------------------------------------------------ people
def roster(rng: random.Random, locale: str) -> list[tuple[str, str]]:
    given, surnames = NAMES[locale]
    pairs = [(g, s) for g in given for s in surnames]
    rng.shuffle(pairs)
    out, used = [], set()
    for g, s in pairs:
        if g not in used and s not in {x[1] for x in out}:
            out.append((g, s))
            used.add(g)
        if len(out) == MEMBERS_PER_LOCALE // 2:
            break
    extra = [p for p in pairs if p not in out][: MEMBERS_PER_LOCALE - len(out)]
    return out + extra


def person_mention(
    rng: random.Random, locale: str, g: str, s: str, member: bool
) -> tuple[str, str, list[str]]:
    """(text as written, the labelled value inside it, fragments)."""
    lang = LANG.get(locale, "en")
    forms = (
        ["full", "full", "title", "initial", "lower", "at", "given"]
        if member
        else ["full", "full", "title", "title", "initial", "comma"]
    )
    form = rng.choice(forms)
    tokens = surname_tokens(s)
    if form == "given" or not tokens:
        return g, g, [g]
    if form == "title":
        value = rng.choice([f"{g} {s}", s])
        return f"{rng.choice(TITLES[lang])} {value}", value, tokens
    if form == "initial":
        value = f"{g[0]}. {s}"
    elif form == "lower":
        value = f"{g} {s}".lower()
        return value, value, [t.lower() for t in tokens]
    elif form == "at":
        return f"@{g} {s}", f"{g} {s}", tokens
    elif form == "comma":
        value = f"{s}, {g}"
    else:
        value = f"{g} {s}"
    return value, value, tokens


# ------------------------------------------------------------------ items
def make_item(
    rng: random.Random, locale: str, kind: str, members, persons
) -> tuple[str, str, list[str]]:
    """(text as written, value, fragments) for one labelled item."""
    given, surnames = NAMES[locale]
    g, s = rng.choice(given), rng.choice(surnames)
    if kind == "EMAIL":
        gs, ss = slugword(g), slugword(surname_tokens(s)[-1] if surname_tokens(s) else s)
        local = rng.choice(
            [
                f"{gs}.{ss}",
                f"{gs[0]}.{ss}",
                f"{ss}.{gs}",
                f"{gs}{ss}{rng.randint(7, 99)}",
                f"{gs}_{ss}",
            ]
        )
        value = f"{local}@{rng.choice(MAILHOSTS[locale])}"
        return value, value, [local]
    if kind == "PHONE":
        value, sub = phones.phone(rng, locale)
        return value, value, windows(sub)
    if kind == "URL":
        gs, ss = slugword(g), slugword(surname_tokens(s)[-1] if surname_tokens(s) else s)
        shape = rng.randrange(4)
        if shape == 0:
            label = gs + ss
            value = rng.choice(
                [
                    f"https://www.{label}.{TLD[locale]}",
                    f"{label}.{TLD[locale]}",
                    f"https://{label}.{TLD[locale]}/portfolio",
                ]
            )
            return value, value, [label]
        slug = rng.choice([f"{gs}-{ss}-{rng.randrange(16**6):06x}", f"{gs}{ss}", f"{gs[0]}{ss}"])
        host = ["linkedin.com/in", "calendly.com", "github.com"][shape - 1]
        value = f"https://{'www.' if shape == 1 and rng.random() < 0.5 else ''}{host}/{slug}" + (
            "/30min" if shape == 2 else ""
        )
        return value, value, [slug]
    if kind == "CARD":
        value = ids.card(rng, locale)
        return value, value, windows(_digits(value))
    if kind == "IBAN":
        value = ids.iban(rng, locale)
        return value, value, windows(_digits(value))
    if kind == "SSN":
        value = national.national_id(rng, locale, s, g)
        if locale == "it_IT":
            return value, value, ["s:" + value[:6], "s:" + value[6:11], "s:" + value[11:]]
        return value, value, windows(_digits(value))
    if kind == "IP":
        value, groups = phones.ip(rng)
        return value, value, ["s:" + x for x in groups] if groups else windows(_digits(value))
    if kind in ("MEMBER", "PERSON"):
        g, s = rng.choice(members if kind == "MEMBER" else persons)
        return person_mention(rng, locale, g, s, kind == "MEMBER")
    if kind == "ADDRESS":
        value, frags = address(rng, locale, rng.choice(["full", "full", "street", "town"]))
        return value, value, frags
    raise KeyError(kind)


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
