"""The seventh independent held-out set for scoring the redactor (scoring only: never tuned on).

Professional-network posts in twelve locales: 375 labelled and 75 PII-free posts per locale
(4,500 + 900), written from national standards (postal formats, numbering plans, id check
digits, card IIN ranges with Luhn, IBAN mod-97) and hand-written name lists and sentence frames,
without reading the redactor. Each post is built from one to three frames of a genre
(recommendation, event programme, job post, obituary, customer-service reply, newsletter,
thank-you, announcement, forwarded e-mail, signature, bio, comment thread); a frame's use is
balanced so that no frame dominates the score. ``leaked`` (from seventh_leak) is the fragment rule.

    members, posts = make_seventh_set(seed=7777)
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import seventh_contact as contact
from trainer_dev.redaction_sets import seventh_numbers as num
from trainer_dev.redaction_sets import seventh_places as places
from trainer_dev.redaction_sets.seventh_frames_de_nl import DE, NL
from trainer_dev.redaction_sets.seventh_frames_en import EN, EN_LOCAL
from trainer_dev.redaction_sets.seventh_frames_fr_es import ES, FR
from trainer_dev.redaction_sets.seventh_frames_it_pt import IT, PT
from trainer_dev.redaction_sets.seventh_frames_more_en import EN_LOCAL_MORE, EN_MORE
from trainer_dev.redaction_sets.seventh_frames_more_eu import (
    DE_MORE,
    ES_MORE,
    FR_MORE,
    IT_MORE,
    NL_MORE,
    PT_MORE,
)
from trainer_dev.redaction_sets.seventh_free import FILLERS, LOOK_KINDS, LOOKS, lookalike
from trainer_dev.redaction_sets.seventh_leak import alnum_windows, digit_windows, fold, leaked
from trainer_dev.redaction_sets.seventh_names import given_names, surname_tokens, surnames
from trainer_dev.redaction_sets.seventh_people import member_form, person_form, written_form
from trainer_dev.redaction_sets.seventh_plain import PLAIN

__all__ = ["LOCALES", "Post", "leaked", "make_seventh_set", "frames_for"]

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
LABELLED_PER_LOCALE = 375
FREE_PER_LOCALE = 75
MEMBERS_PER_LOCALE = 40
_LANG_FRAMES = {
    "en": EN + EN_MORE,
    "de": DE + DE_MORE,
    "fr": FR + FR_MORE,
    "es": ES + ES_MORE,
    "it": IT + IT_MORE,
    "nl": NL + NL_MORE,
    "pt": PT + PT_MORE,
}
_SLOT = re.compile(r"\{(\w+)\}")
_SLOT_KIND = {
    "M": "MEMBER",
    "MG": "MEMBER",
    "MF": "MEMBER",
    "P": "PERSON",
    "E": "EMAIL",
    "T": "PHONE",
    "U": "URL",
    "I": "IP",
    "C": "CARD",
    "B": "IBAN",
    "D": "ID",
    "A": "ADDRESS",
}
# share of posts whose first frame is chosen for a kind (the rest of a post follows its genre)
_KIND_WEIGHTS = {
    "MEMBER": 20,
    "PERSON": 9,
    "EMAIL": 12,
    "PHONE": 14,
    "ADDRESS": 14,
    "URL": 7,
    "ID": 9,
    "CARD": 5,
    "IBAN": 6,
    "IP": 4,
}
_EMOJI = ("🙌", "🎉", "👏", "🙏", "💡", "✨", "🚀", "😊", "👇", "❤️", "📣", "☕")


@dataclass
class Post:
    locale: str
    text: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    pii_free: bool = False
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)
    genre: str = ""
    frames: list = field(default_factory=list)  # frame ids, for the variety report
    item_forms: list = field(default_factory=list)  # per item: a name's written form, else ""


def _parse(spec: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    genre = ""
    for line in spec.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            genre = line[3:].strip()
            continue
        out.setdefault(genre, []).append(line.replace("|", "\n"))
    return out


def frames_for(locale: str) -> dict[str, list[str]]:
    """Genre -> frames for a locale (the language's frames plus the locale's own)."""
    lang = locale[:2]
    frames = {g: list(f) for g, f in _parse(_LANG_FRAMES[lang]).items()}
    local = EN_LOCAL.get(locale, "") + EN_LOCAL_MORE.get(locale, "")
    for g, extra in _parse(local).items():
        frames.setdefault(g, []).extend(extra)
    return frames


def _roster(rng: random.Random, locale: str) -> list[tuple[str, str]]:
    given, sur = given_names(locale), surnames(locale)
    pairs: list[tuple[str, str]] = []
    used_sur: Counter = Counter()
    while len(pairs) < MEMBERS_PER_LOCALE:
        g, s = rng.choice(given), rng.choice(sur)
        if (g, s) in pairs or used_sur[s] >= 2:
            continue
        pairs.append((g, s))
        used_sur[s] += 1
    return pairs


class _Builder:
    def __init__(self, seed: int, locale: str, members: list[tuple[str, str]], everyone: list):
        self.rng = random.Random(f"{seed}:{locale}")
        self.locale = locale
        self.lang = locale[:2]
        self.members = members
        member_set = set(members)
        self.non_members = [
            (g, s)
            for g in given_names(locale)
            for s in surnames(locale)
            if (g, s) not in member_set
        ]
        self.frames = frames_for(locale)
        self.fillers = _parse(FILLERS[self.lang])[""] + _parse(PLAIN[self.lang])[""]
        self.use: Counter = Counter()
        self.all_frames = [(g, f) for g, fs in self.frames.items() for f in fs]
        # every member's words, all locales: the redactor is given the whole roster
        self.member_words = {fold(w) for g, s in everyone for w in [*g.split(), *surname_tokens(s)]}

    # -- choosing frames with balanced use
    def _least_used(self, candidates: list[tuple[str, str]]) -> tuple[str, str]:
        low = min(self.use[c] for c in candidates)
        pick = self.rng.choice([c for c in candidates if self.use[c] == low])
        self.use[pick] += 1
        return pick

    def _frame_with_kind(self, kind: str) -> tuple[str, str]:
        cands = [
            (g, f)
            for g, f in self.all_frames
            if any(_SLOT_KIND.get(s) == kind for s in _SLOT.findall(f))
        ]
        return self._least_used(cands)

    # -- values
    def _stranger(self) -> tuple[str, str]:
        """A name for an e-mail/URL owner, drawn apart from the post's named people (``_valid``
        rejects a post whose local part or slug would hide a name item in the background)."""
        return self.rng.choice(given_names(self.locale)), self.rng.choice(surnames(self.locale))

    def _fill(self, slot: str, used_people: set) -> tuple[str, str, list[str]] | None:
        r, loc = self.rng, self.locale
        kind = _SLOT_KIND.get(slot)
        if kind is None:
            return None
        if kind in ("MEMBER", "PERSON"):
            pool = self.members if kind == "MEMBER" else self.non_members
            for _ in range(50):
                g, s = r.choice(pool)
                if (g, s) not in used_people:
                    break
            used_people.add((g, s))
            if kind == "MEMBER":
                value, frags = member_form(r, loc, g, s, slot)
            else:
                value, frags = person_form(r, loc, g, s)
            self.last_form = written_form(value, g, s)
            return kind, value, frags
        if kind == "EMAIL":
            value, local = contact.email(r, loc, *self._stranger())
            return kind, value, [f"e:{local}"]
        if kind == "URL":
            value, frags = contact.url(r, *self._stranger())
            return kind, value, [f"u:{f}" for f in frags]
        if kind == "PHONE":
            value = num.phone(r, loc)
            return kind, value, digit_windows(value)
        if kind == "CARD":
            value = num.card(r, loc)
            return kind, value, digit_windows(value)
        if kind == "IBAN":
            value = num.iban(r, loc)
            return kind, value, digit_windows(value)
        if kind == "ID":
            g, s = r.choice(self.non_members)
            value = num.national_id(r, loc, g, s)
            frags = digit_windows(value)
            if any(c.isalpha() for c in value):
                frags += alnum_windows(value)
            return kind, value, frags
        if kind == "IP":
            value = num.ip(r)
            if ":" in value:
                return kind, value, [f"h:{g}" for g in value.split(":") if len(g) >= 3]
            return kind, value, digit_windows(value)
        if kind == "ADDRESS":
            value, tokens, pc = places.address(r, loc)
            return kind, value, [f"t:{t}" for t in tokens] + [f"p:{pc}"]
        raise AssertionError(kind)

    def _literal(self, text: str, style: dict) -> str:
        r = self.rng
        if style.get("lower"):
            text = text.lower()
        if style.get("typo") and r.random() < 0.5:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                style["typo"] = False
            text = " ".join(words)
        return text

    def _render(self, frame: str, style: dict, used_people: set, items: list) -> str:
        parts = []
        pos = 0
        for m in _SLOT.finditer(frame):
            parts.append(self._literal(frame[pos : m.start()], style))
            slot = m.group(1)
            if slot in LOOK_KINDS:
                value = lookalike(self.rng, slot, self.locale)
                style["looks"].append((value, LOOK_KINDS[slot]))
            else:
                self.last_form = ""
                kind, value, frags = self._fill(slot, used_people)
                items.append((kind, frags, value))
                style["forms"].append(self.last_form)
            parts.append(value)
            pos = m.end()
        parts.append(self._literal(frame[pos:], style))
        return "".join(parts)

    def _join(self, pieces: list[str]) -> str:
        r = self.rng
        out = pieces[0]
        for p in pieces[1:]:
            sep = "\n" if "\n" in p or "\n" in out else r.choice((" ", " ", "\n", "\n\n"))
            out += sep + p
        if r.random() < 0.15:
            out += " " + r.choice(_EMOJI)
        if r.random() < 0.05:
            out = out.rstrip(".") + "..."
        return out

    def _style(self) -> dict:
        r = self.rng
        return {"lower": r.random() < 0.06, "typo": r.random() < 0.12, "looks": [], "forms": []}

    def labelled(self) -> Post:
        r = self.rng
        for _ in range(30):
            kind = r.choices(list(_KIND_WEIGHTS), weights=list(_KIND_WEIGHTS.values()))[0]
            genre, first = self._frame_with_kind(kind)
            chosen = [(genre, first)]
            extra = r.choices((0, 1, 2), weights=(55, 35, 10))[0]
            same = [(genre, f) for f in self.frames[genre] if f != first]
            for _ in range(min(extra, len(same))):
                pick = self._least_used([c for c in same if c not in chosen])
                chosen.append(pick)
            if genre not in ("sig", "fwd") and r.random() < 0.12:
                chosen.append(self._least_used([("sig", f) for f in self.frames["sig"]]))
            style = self._style()
            items: list = []
            used: set = set()
            pieces = [self._render(f, style, used, items) for _, f in chosen]
            fillers = self.fillers
            if r.random() < 0.35:
                filler = self._literal(r.choice(fillers), style)
                pieces.insert(r.choice((0, len(pieces))), filler)
            if r.random() < 0.08:
                look = _parse(LOOKS[self.lang])[""]
                pieces.append(self._render(r.choice(look), style, used, items))
            text = self._join(pieces)
            post = Post(
                self.locale,
                text,
                items,
                False,
                [v for v, _ in style["looks"]],
                [k for _, k in style["looks"]],
                genre,
                [f for _, f in chosen],
                style["forms"],
            )
            if self._valid(post):
                return post
        raise AssertionError("could not build a valid post")

    def _valid(self, post: Post) -> bool:
        for kind, frags, value in post.items:
            if value not in post.text or not frags:
                return False
            if not leaked(post.text, frags, post.text.replace(value, " ")):
                return False
            if kind == "ADDRESS":  # street and postcode must each be detectable on their own
                back = post.text.replace(value, " ")
                for prefix in ("t:", "p:"):
                    if not leaked(post.text, [f for f in frags if f.startswith(prefix)], back):
                        return False
        return all(v in post.text for v in post.lookalikes)

    def free(self, with_lookalikes: bool) -> Post:
        r = self.rng
        looks = _parse(LOOKS[self.lang])[""]
        fillers = self.fillers
        for _ in range(50):
            style = self._style()
            style["typo"] = False
            pieces = []
            if with_lookalikes:
                chosen = self._least_used([("looks", f) for f in looks])
                pieces.append(self._render(chosen[1], style, set(), []))
                if r.random() < 0.3:
                    pieces.append(self._render(r.choice(looks), style, set(), []))
            count = r.choice((1, 2, 2, 3)) if not with_lookalikes else r.choice((0, 1))
            pieces += r.sample(fillers, count)
            r.shuffle(pieces)
            text = self._join(pieces)
            words = {fold(w) for w in re.findall(r"[\w'-]+", text)}
            if words & self.member_words:
                continue  # a PII-free post must not mention a member by accident
            return Post(
                self.locale,
                text,
                [],
                True,
                [v for v, _ in style["looks"]],
                [k for _, k in style["looks"]],
                "free",
                [],
            )
        raise AssertionError("could not build a PII-free post")


def make_seventh_set(
    seed: int = 7777, *, locales: tuple[str, ...] = LOCALES
) -> tuple[list[str], list[Post]]:
    """(member roster "Given Surname", posts): 375 labelled + 75 PII-free posts per locale.
    ``locales`` builds only those locales' posts (the same posts as in the full set; the roster
    is always the whole one)."""
    rng = random.Random(seed)
    rosters = {loc: _roster(rng, loc) for loc in LOCALES}
    everyone = [pair for loc in LOCALES for pair in rosters[loc]]
    members = [f"{g} {s}" for g, s in everyone]
    posts: list[Post] = []
    for loc in locales:
        builder = _Builder(seed, loc, rosters[loc], everyone)
        local = [builder.labelled() for _ in range(LABELLED_PER_LOCALE)]
        local += [builder.free(i % 2 == 0) for i in range(FREE_PER_LOCALE)]
        random.Random(f"{seed}:{loc}:order").shuffle(local)
        posts.extend(local)
    return members, posts
