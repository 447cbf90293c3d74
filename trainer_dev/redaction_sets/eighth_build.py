"""Eighth set: the post builder (segments of text, labelled values and look-alikes) and noise."""

from __future__ import annotations

import random
import re

from trainer_dev.redaction_sets import eighth_checks as ck
from trainer_dev.redaction_sets import eighth_contact as ct
from trainer_dev.redaction_sets import eighth_looks as lk
from trainer_dev.redaction_sets import eighth_pay as pay
from trainer_dev.redaction_sets import eighth_places as pl
from trainer_dev.redaction_sets.eighth_people import (
    MEMBER_STYLES,
    PERSON_STYLES,
    Person,
    fold,
    form,
)
from trainer_dev.redaction_sets.eighth_text_defres import DE, ES, FR
from trainer_dev.redaction_sets.eighth_text_en import EN
from trainer_dev.redaction_sets.eighth_text_itnlpt import IT, NL, PT

BANKS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT}
_SLOT = re.compile(r"\{(\w*)\}")
EMOJI = ["🙏", "👍", "🎉", "😊", "🙌", "☕", "🚲", "📅", "👀", "❤️", "😅"]
HASHTAGS = [
    "#networking",
    "#community",
    "#volunteers",
    "#meetup",
    "#hiring",
    "#opendata",
    "#thanks",
    "#events",
]


class Builder:
    """Collects a post as segments: ('t', text) noise may touch; ('v', value) and ('l', look-alike) stay verbatim."""

    def __init__(self, rng: random.Random, locale: str, ctx):
        self.rng, self.locale, self.ctx = rng, locale, ctx
        self.bank = BANKS[locale[:2]]
        self.segs: list[tuple[str, str]] = []
        self.items: list[tuple[str, list[str], str]] = []
        self.looks: list[tuple[str, str]] = []
        self.chat = False
        self.named: set[str] = set()  # folded surname tokens already in the post
        self.handles: set[str] = (
            set()
        )  # e-mail local parts, URL slugs and hosts already in the post

    # ---- raw segments
    def t(self, s: str) -> None:
        self.segs.append(("t", s))

    def h(self, s: str) -> None:
        self.segs.append(("h", s))

    def v(self, kind: str, value: str, frags: list[str]) -> None:
        self.segs.append(("v", value))
        if all(value != it[2] for it in self.items):
            self.items.append((kind, frags, value))

    def look(self, kind: str, value: str) -> None:
        self.segs.append(("l", value))
        self.looks.append((value, kind))

    def pick(self, key: str) -> str:
        return self.rng.choice(self.bank[key].split("|"))

    # ---- frames: a phrase with '{}' for the value and named slots filled here
    def frame(self, key: str, put=None, **fill) -> None:
        self.fill(self.pick(key), put, **fill)

    def fill(self, text: str, put=None, **fill) -> None:
        pos = 0
        for m in _SLOT.finditer(text):
            self.t(text[pos : m.start()])
            name = m.group(1)
            if name == "":
                put()
            elif name in ("date", "time", "price"):
                self.look(name.upper(), getattr(lk, name)(self.rng, self.locale))
            elif name == "age":
                self.t(str(self.rng.randint(58, 97)))
            elif name == "org":
                self.t(fill.get("org") or self.pick("orgs"))
            else:
                self.t(fill[name])
            pos = m.end()
        self.t(text[pos:])

    # ---- records
    def name(self, p: Person, style: str | None = None) -> str:
        """One written form of ``p``; a post never names two people who share a surname token, nor one
        person twice (either would put the item's fragments in its own background)."""
        pool = self.ctx.members if p.member else self.ctx.others
        for _ in range(40):
            keys = {fold(t).lower() for t in p.surname_tokens()} | {
                fold(p.given.split()[0]).lower()
            }
            if not keys & self.named:
                break
            p = self.rng.choice(pool)
        self.named |= keys
        styles = MEMBER_STYLES if p.member else PERSON_STYLES
        value, toks, _ = form(self.rng, p, style or self.rng.choice(styles), chat=self.chat)
        self.v("MEMBER" if p.member else "PERSON", value, [f"n:{t}" for t in toks])
        return value

    def someone(self, member_p: float = 0.45) -> Person:
        pool = self.ctx.members if self.rng.random() < member_p else self.ctx.others
        return self.rng.choice(pool)

    def phone(self) -> None:
        value = ct.phone(self.rng, self.locale)
        self.v("PHONE", value, [f"d:{re.sub(r'[^0-9]', '', value)}"])

    def email(self, p: Person, org: str = "") -> None:
        for _ in range(20):
            value, local = ct.email(self.rng, p, ct._slug(org.split()[0]) if org else "")
            if local.lower() not in self.handles:
                break
        self.handles |= {local.lower(), value.rsplit("@", 1)[1].lower()}
        if self.chat:
            value, local = value.lower(), local.lower()
        self.v("EMAIL", value, [f"e:{local}"])

    def url(self, p: Person | None, org: str = "") -> None:
        for _ in range(20):
            value, frags = ct.url(self.rng, p, ct._slug(org.split()[0]) if org else "northwind")
            if not {f[2:].lower() for f in frags} & self.handles:
                break
        self.handles |= {f[2:].lower() for f in frags}
        self.v("URL", value, frags)

    def address(self, shape: str | None = None) -> None:
        for _ in range(20):
            a = pl.make_address(self.rng, self.locale)
            if not {t.lower() for t in a.name_tokens} & self.named:
                break
        self.named |= {t.lower() for t in a.name_tokens}
        value = pl.render(self.rng, a, shape or self.rng.choice(["line", "line", "lines"]))
        self.v("ADDRESS", value, pl.address_fragments(a))

    def card(self) -> str:
        brand, value = pay.card(self.rng, self.locale)
        self.v("CARD", value, [f"d:{re.sub(r'[^0-9]', '', value)}"])
        return brand

    def iban(self) -> None:
        value = pay.iban(self.rng, self.locale)
        self.v("IBAN", value, [f"d:{re.sub(r'[^0-9]', '', value)}"])

    def draw_id(self, p: Person) -> tuple[str, str]:
        """(label as written in the locale, value): drawn first so that a frame can name the id."""
        return ck.national_id(self.rng, self.locale, p.given, p.surname)

    def put_id(self, value: str) -> None:
        digits = re.sub(r"[^0-9]", "", value)
        runs = re.search(r"\d{4}", re.sub(r"[\s.\-/]", "", value))
        frags = ([f"d:{digits}"] if runs else []) + (
            [f"x:{value}"] if re.search("[A-Z]", value) else []
        )
        self.v("ID", value, frags)

    def id_frame(self, p: Person) -> None:
        label, value = self.draw_id(p)
        self.frame("id", lambda: self.put_id(value), label=label)

    def ip(self) -> None:
        value = ct.ip(self.rng)
        frags = [f"d:{re.sub(r'[^0-9]', '', value)}"] if "." in value else [f"x:{value}"]
        self.v("IP", value, frags)

    # ---- finishing
    def skeleton(self) -> str:
        """The post with values and look-alikes replaced by their kind: the 'frame' the post was built from."""
        kinds = {v: k for k, _, v in self.items} | {v: k for v, k in self.looks}
        out = "".join(f"<{kinds.get(s, '?')}>" if tag in "vl" else s for tag, s in self.segs)
        return re.sub(r"\d", "0", out)

    def finish(self, noise: bool = True) -> str:
        rng = self.rng
        segs = list(self.segs)
        if noise:
            caps, lower = rng.random() < 0.35, self.chat or rng.random() < 0.06
            typo, nopunct = rng.random() < 0.22, rng.random() < 0.2
            out = []
            for tag, s in segs:
                if tag == "h":
                    s = s.upper() if caps else s
                elif tag == "t":
                    if lower:
                        s = s.lower()
                    if nopunct:
                        s = re.sub(r"[.!](?=\s|$)", "", s)
                    if typo and len(s) > 12:
                        s = _typo(rng, s)
                        typo = rng.random() < 0.3
                out.append((tag, s))
            segs = out
            r = rng.random()
            if r < 0.12:
                segs.append(("t", " " + rng.choice(EMOJI)))
            elif r < 0.2:
                segs.append(("t", " " + " ".join(rng.sample(HASHTAGS, 2))))
        return "".join(s for _, s in segs)


def _typo(rng: random.Random, s: str) -> str:
    words = [m for m in re.finditer(r"[^\W\d_]{5,}", s)]
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 2)
    op = rng.randrange(3)
    if op == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif op == 1:
        w2 = w[:i] + w[i + 1 :]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return s[: m.start()] + w2 + s[m.end() :]
