"""Post composer of the eleventh set: frames + items + look-alikes, checked, redrawn if unfair."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import eleventh_contact as ct
from trainer_dev.redaction_sets import eleventh_ids as ids
from trainer_dev.redaction_sets import eleventh_numbers as nb
from trainer_dev.redaction_sets import eleventh_text_en as en
from trainer_dev.redaction_sets.eleventh_leak import digit_windows, fold, hit
from trainer_dev.redaction_sets.eleventh_looks import KINDS as LOOK_KINDS
from trainer_dev.redaction_sets.eleventh_looks import lookalike
from trainer_dev.redaction_sets.eleventh_people import (
    NICKNAMES,
    given_names,
    name_tokens,
    surnames,
)
from trainer_dev.redaction_sets.eleventh_places import address
from trainer_dev.redaction_sets.eleventh_text_eu1 import DE, ES, FR
from trainer_dev.redaction_sets.eleventh_text_eu2 import IT, NL, PT
from trainer_dev.redaction_sets.eleventh_towns import STREET_PARTICLES, STREET_TYPES

KINDS = ("EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS")
LABELLED, PLAIN, WITH_LOOKS, ROSTER = 375, 30, 45, 8
_EN = {
    "OPEN": en.OPEN,
    "CLOSE": tuple(c for v in en.CLOSE.values() for c in v),
    "NAME": en.NAME,
    "CLAUSES": en.CLAUSES,
    "LOOK": en.LOOK,
    "PLAIN": en.PLAIN,
    "ID_LABEL": en.ID_LABEL,
}
_LANG = {"de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT}
_PO_BOX = {
    "de": "Postfach",
    "fr": "BP",
    "es": "Apartado de Correos",
    "it": "Casella Postale",
    "nl": "Postbus",
    "pt": "Caixa Postal",
}
_EN_IN = dict(_EN)
_EN_IN["OPEN"] = {**en.OPEN, "dm": en.OPEN["dm"] + ("Hello ji,", "Namaste 🙏", "Dear sir,")}
_EN_IN["CLOSE"] = _EN["CLOSE"] + ("pls revert", "kindly do the needful", "Thanks & regards")
_FR_CA = {**FR, "ID_LABEL": {"SIN": "NAS"}}
_EMOJI = ("🎉", "🙌", "👏", "✨", "🔥", "💯", "🙏", "😊")


@dataclass
class Post:
    locale: str
    text: str
    items: list = field(default_factory=list)
    item_forms: list = field(default_factory=list)
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)

    @property
    def pii_free(self) -> bool:
        return not self.items


def _lang(locale: str) -> str:
    return "en_IN" if locale == "en_IN" else "en_US" if locale == "en_US" else locale[:2]


def _deaccent(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _typo(s: str, rng: random.Random) -> str:
    words = s.split(" ")
    cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not cands:
        return s
    i = rng.choice(cands)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


class Locale:
    def __init__(self, locale: str, seed: int, index: int):
        self.locale = locale
        self.rng = random.Random(seed * 1009 + index * 7919)
        self.text = _EN if locale.startswith("en") else _LANG[locale[:2]]
        self.givens = given_names(locale)
        self.surs = surnames(locale)
        self.roster: list[tuple[str, str]] = []
        used: set[str] = set()
        while len(self.roster) < ROSTER:
            nick = [g for g in self.givens if g in NICKNAMES]
            pool = nick if len(self.roster) < 2 and nick else self.givens
            g, s = self.rng.choice(pool), self.rng.choice(self.surs)
            toks = {fold(t) for t in name_tokens(f"{g} {s}")}
            if toks & used or len(toks) < 2:
                continue
            used |= toks
            self.roster.append((g, s))
        self.roster_tokens = used
        self.free_g = [g for g in self.givens if not {fold(t) for t in name_tokens(g)} & used]
        self.free_s = [s for s in self.surs if not {fold(t) for t in name_tokens(s)} & used]

    def members(self) -> list[str]:
        return [f"{g} {s}" for g, s in self.roster]

    def _other(self) -> tuple[str, str]:
        return self.rng.choice(self.free_g), self.rng.choice(self.free_s)

    def item(self, kind: str, tx: dict, style: dict) -> tuple[str, list[str], str, str, str]:
        """(value, fragments, form, clause, decoration)"""
        value, frags, form, clause, deco = self._item(kind, tx)
        if kind in ("PERSON", "MEMBER", "ADDRESS") and form not in ("handle", "lower", "caps"):
            case = "lower" if style["lower"] else "caps" if style["upper"] else ""
            if case and self.rng.random() < 0.7:
                value = value.lower() if case == "lower" else value.upper()
                form = case if form == "full" else f"{form}_{case}"
        return value, frags, form, clause, deco

    def _item(self, kind: str, tx: dict) -> tuple[str, list[str], str, str, str]:
        rng, loc = self.rng, self.locale
        if kind in ("PERSON", "MEMBER"):
            member = kind == "MEMBER"
            g, s = rng.choice(self.roster) if member else self._other()
            forms = ct.MEMBER_FORMS if member else ct.PERSON_FORMS
            form = rng.choice(forms)
            while not ct.form_fits(loc, g, s, form):
                form = rng.choice(forms)
            value, form, frags = ct.name_form(loc, g, s, form, rng, member)
            return value, frags, form, rng.choice(tx["NAME"]), form
        label = ""
        if kind == "EMAIL":
            value, form, frags = ct.email(loc, *self._other(), rng)
        elif kind == "URL":
            value, form, frags = ct.url(loc, *self._other(), rng)
        elif kind == "IP":
            value, form, frags = ct.ip(rng)
        elif kind == "PHONE":
            value, form, frags = nb.phone(loc, rng)
        elif kind == "CARD":
            value, form, frags = nb.card(rng)
            label = form
        elif kind == "IBAN":
            value, form, frags = nb.iban(loc, rng)
        elif kind == "ID":
            value, form, frags = ids.national_id(loc, rng, self._other())
            label = tx["ID_LABEL"].get(form, form)
        else:
            value, frags, form = self._address()
        clause = rng.choice(tx["CLAUSES"][kind]).replace("{label}", label)
        return value, frags, form, clause, ""

    def _address(self) -> tuple[str, list[str], str]:
        a = address(self.locale, self.rng)
        if self.rng.random() < 0.08:
            return self._po_box(a)
        form = self.rng.choice(("full", "full", "full_multiline", "street", "postcode_town"))
        value = (
            a["street_line"]
            if form == "street"
            else a["town_line"]
            if form == "postcode_town"
            else a[form]
        )
        street_toks = [a["number"]] + [
            t
            for t in re.findall(r"[^\W_]+", a["street"])
            if len(t) >= 3
            and fold(t) not in STREET_TYPES
            and fold(t) not in STREET_PARTICLES
            and not re.fullmatch(r"[ivx]+", fold(t))
        ]
        street_toks = [re.match(r"[^\W_]+", t).group() for t in street_toks]
        pc_parts = [p for p in re.split(r"[\s\-]+", a["postcode"]) if p]
        if self.locale == "nl_NL" and " " not in a["postcode"]:
            pc_parts = [a["postcode"]]
        frags = []
        if form != "postcode_town":
            frags += [f"t:{t}" for t in street_toks]
        if form != "street":
            frags += [f"p:{p}" for p in pc_parts]
        return value, frags, form

    def _po_box(self, a: dict) -> tuple[str, list[str], str]:
        box = str(self.rng.randint(100, 99999))
        label = _PO_BOX[self.locale[:2]] if not self.locale.startswith("en") else "PO Box"
        written = f"{box[:-4]} {box[-4:-2]} {box[-2:]}".strip() if label == "Postfach" else box
        pc_parts = [p for p in re.split(r"[\s\-]+", a["postcode"]) if p]
        if self.locale == "nl_NL" and " " not in a["postcode"]:
            pc_parts = [a["postcode"]]
        frags = [f"t:{box}"] if len(box) < 4 else digit_windows(box)
        frags += [f"p:{p}" for p in pc_parts]
        return f"{label} {written}, {a['town_line']}", frags, "po_box"

    def _look(self, lang: str, tx: dict, used: list[str]) -> tuple[str, str, str]:
        kind = self.rng.choice([k for k in LOOK_KINDS if k not in used])
        x = lookalike(lang, kind, self.rng)
        return x, kind, self.rng.choice(tx["LOOK"][kind])

    def _frame(self, s: str, style: dict) -> str:
        if style["lower"]:
            s = s.lower()
        if style["upper"]:
            s = s.upper()
        if style["noacc"]:
            s = _deaccent(s)
        if style["typo"] and self.rng.random() < 0.3:
            s = _typo(s, self.rng)
        return s

    def compose(self, kinds: list[str], n_looks: int, plain: bool = False) -> Post | None:
        rng = self.rng
        tx = self.text
        if self.locale == "en_IN":
            tx = _EN_IN
        if self.locale == "en_CA" and rng.random() < 0.15:
            tx = _FR_CA
        if not self.locale.startswith("en") and rng.random() < 0.2:
            tx_frame = _EN
        else:
            tx_frame = tx
        genre = rng.choice(sorted(tx_frame["OPEN"]))
        style = {
            "lower": rng.random() < 0.15,
            "upper": rng.random() < 0.04,
            "noacc": rng.random() < 0.15,
            "typo": rng.random() < 0.12,
        }
        segs: list[tuple[str, object]] = [("f", rng.choice(tx_frame["OPEN"][genre]))]
        items, forms, looks, lkinds = [], [], [], []
        parts: list[tuple[str, object]] = []
        for kind in kinds:
            value, frags, form, clause, deco = self.item(kind, tx, style)
            pre, _, post = clause.partition("{v}")
            if deco == "emoji":
                e = rng.choice(_EMOJI)
                if rng.random() < 0.5:
                    post = e + post
                else:
                    pre = pre + e
            parts.append(("c", (pre, len(items), post)))
            items.append((kind, frags, value))
            forms.append(form)
        for _ in range(n_looks):
            x, lk, clause = self._look(_lang(self.locale), tx, lkinds)
            pre, _, post = clause.partition("{x}")
            parts.append(("l", (pre, x, post)))
            looks.append(x)
            lkinds.append(lk)
        if plain:
            for sent in rng.sample(tx["PLAIN"], rng.randint(1, 2)):
                parts.append(("f", sent))
        rng.shuffle(parts)
        segs += parts
        close = tx_frame["CLOSE"]
        close = close if isinstance(close, tuple) else tuple(c for v in close.values() for c in v)
        segs.append(("f", rng.choice(close)))
        out = []
        for i, (tag, body) in enumerate(segs):
            if i:
                prev = out[-1][-1:] if out else ""
                if prev.isalnum():
                    out.append(rng.choice((". ", "\n", " - ", "! ", ", ", " | ", "\n\n", "  ")))
                else:
                    out.append(rng.choice((" ", " ", "\n", "  ", " - ", "\n\n")))
            if tag == "f":
                out.append(self._frame(body, style))
            elif tag == "l":
                pre, x, post = body
                out.append(self._frame(pre, style) + x + self._frame(post, style))
            else:
                pre, idx, post = body
                out.append(self._frame(pre, style) + items[idx][2] + self._frame(post, style))
        text = "".join(out).strip()
        post = Post(self.locale, text, items, forms, looks, lkinds)
        return post if self.fair(post) else None

    def fair(self, post: Post) -> bool:
        text = post.text
        values = [v for _, _, v in post.items]
        for i, (_kind, frags, value) in enumerate(post.items):
            if text.count(value) != 1 or not frags:
                return False
            if any(value in o or o in value for j, o in enumerate(values) if j != i):
                return False
            bg = text.replace(value, " ")
            if any(hit(bg, f) for f in frags):
                return False
        blank = text
        for v in values:
            blank = blank.replace(v, " ")
        for x in post.lookalikes:
            if x not in blank:
                return False
        blank_m = text
        for kind, _, v in post.items:
            if kind == "MEMBER":
                blank_m = blank_m.replace(v, " ")
        ftoks = set(re.findall(r"[^\W_]+", fold(blank_m)))
        return not (ftoks & self.roster_tokens)


def build_locale(locale: str, seed: int, index: int) -> tuple[list[str], list[Post]]:
    loc = Locale(locale, seed, index)
    rng = loc.rng
    posts: list[Post] = []
    n = 0
    while n < LABELLED:
        first = KINDS[n % len(KINDS)]
        for _ in range(200):
            k = rng.choice((1, 1, 2, 2, 3))
            kinds = [first] + [rng.choice(KINDS) for _ in range(k - 1)]
            post = loc.compose(kinds, rng.choice((0, 0, 1, 1, 2)))
            if post is not None:
                posts.append(post)
                break
        else:
            raise RuntimeError(f"eleventh: cannot draw a fair {first} post for {locale}")
        n += 1
    for i in range(PLAIN + WITH_LOOKS):
        for _ in range(200):
            post = (
                loc.compose([], 0, plain=True)
                if i < PLAIN
                else loc.compose([], rng.choice((1, 1, 2, 3)), plain=rng.random() < 0.5)
            )
            if post is not None and (i >= PLAIN or not re.search(r"\d", post.text)):
                posts.append(post)
                break
        else:
            raise RuntimeError(f"eleventh: cannot draw a PII-free post for {locale}")
    return loc.members(), posts
