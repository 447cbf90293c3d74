"""Post assembly, fragment rule, ``leaked`` and ``check_post`` of the thirty-seventh set."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from . import thirtyseventh_contact as contact
from . import thirtyseventh_ids as ids
from . import thirtyseventh_looks as looks
from . import (
    thirtyseventh_text_bs,
    thirtyseventh_text_de,
    thirtyseventh_text_en,
    thirtyseventh_text_es,
    thirtyseventh_text_fr,
    thirtyseventh_text_it,
    thirtyseventh_text_nl,
    thirtyseventh_text_pl,
)
from .thirtyseventh_people import TITLES, name_tokens, pools, surname_for
from .thirtyseventh_places import BOX_WORD, COLONIAS, STREET_WORDS, STREETS, TOWNS, postcode_ok

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
LOCALES = [
    "en_US",
    "en_GB",
    "de_AT",
    "fr_FR",
    "es_MX",
    "it_IT",
    "nl_BE",
    "pl_PL",
    "en_KE",
    "bs_BA",
    "fr_HT",
    "es_NI",
]
LANG = {
    "en_US": "en",
    "en_GB": "en",
    "en_KE": "en",
    "de_AT": "de",
    "fr_FR": "fr",
    "fr_HT": "fr",
    "es_MX": "es",
    "es_NI": "es",
    "it_IT": "it",
    "nl_BE": "nl",
    "pl_PL": "pl",
    "bs_BA": "bs",
}
BANKS = {
    "en": thirtyseventh_text_en.BANK,
    "de": thirtyseventh_text_de.BANK,
    "fr": thirtyseventh_text_fr.BANK,
    "es": thirtyseventh_text_es.BANK,
    "it": thirtyseventh_text_it.BANK,
    "nl": thirtyseventh_text_nl.BANK,
    "pl": thirtyseventh_text_pl.BANK,
    "bs": thirtyseventh_text_bs.BANK,
}
GENRES = ["letter", "form", "note", "chat", "forum", "signature"]
LABELLED, PLAIN, WITH_LOOKS = 375, 30, 45


@dataclass
class Post:
    locale: str
    text: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    item_forms: list = field(default_factory=list)
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


# ---------------------------------------------------------------- matching
_FOLD = str.maketrans({"ł": "l", "đ": "d", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "\u2019": "'"})
RUN_RE = re.compile(r"\d(?:[\s\-./()+]*\d)*")


def norm(text: str) -> str:
    """NFKC, Unicode digits to ASCII, case-folded, accents stripped."""
    t = unicodedata.normalize("NFKC", text)
    t = "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in t)
    t = t.casefold().translate(_FOLD)
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c))


def digit_runs(ntext: str) -> list[str]:
    return [re.sub(r"\D", "", m.group()) for m in RUN_RE.finditer(ntext)]


def _whole(frag: str) -> re.Pattern:
    body = r"\s?".join(re.escape(part) for part in frag.split(" "))
    return re.compile(r"(?<![0-9a-z])" + body + r"(?![0-9a-z])")


def _found(ntext: str, frag: str, runs=None) -> bool:
    prefix, body = frag[:2], norm(frag[2:])
    if prefix == "t:":
        return re.search(r"(?<!\w)" + re.escape(body) + r"(?!\w)", ntext) is not None
    if prefix in ("p:", "s:"):
        return _whole(body).search(ntext) is not None
    if prefix == "d:":
        runs = digit_runs(ntext) if runs is None else runs
        return any(body in run for run in runs)
    raise ValueError(frag)


def found(text: str, frag: str) -> bool:
    return _found(norm(text), frag)


def leaked(redacted_text: str, fragments, background: str) -> bool:
    """True when any fragment survives in the redacted text and not in the background."""
    red, bg = norm(redacted_text), norm(background)
    red_runs, bg_runs = digit_runs(red), digit_runs(bg)
    return any(_found(red, f, red_runs) and not _found(bg, f, bg_runs) for f in fragments)


def digit_windows(value: str) -> list[str]:
    out: list[str] = []
    for run in digit_runs(norm(value)):
        for i in range(len(run) - 3):
            w = "d:" + run[i : i + 4]
            if w not in out:
                out.append(w)
    return out


def check_post(post: Post) -> bool:
    text = post.text
    values = [v for _, _, v in post.items]
    for i, v in enumerate(values):
        if not v or v not in text:
            return False
        if any(i != j and v in w for j, w in enumerate(values)):
            return False
    ntext = norm(text)
    runs = digit_runs(ntext)
    for _kind, frags, v in post.items:
        if not frags:
            return False
        nbg = norm(text.replace(v, " "))
        bg_runs = digit_runs(nbg)
        for f in frags:
            if not _found(ntext, f, runs) or _found(nbg, f, bg_runs):
                return False
            if any(w != v and _found(norm(w), f) for w in values):
                return False
    masked = text
    for v in values:
        masked = masked.replace(v, "\x00" * len(v))
    for look in post.lookalikes:
        if look not in masked or any(v in look for v in values):
            return False
    return True


# ---------------------------------------------------------------- people
def fold_tokens(name: str) -> set[str]:
    return {norm(t) for t in name_tokens(name)}


def make_roster(rng: random.Random, locale: str) -> list[tuple[str, str, str]]:
    given, surnames = pools(locale)
    fem = rng.sample([g for g in given if g[1] == "f"], 4)
    mal = rng.sample([g for g in given if g[1] == "m"], 4)
    sur = rng.sample(surnames, 8)
    people = fem + mal
    rng.shuffle(people)
    return [(g, sex, surname_for(s, sex)) for (g, sex), s in zip(people, sur, strict=False)]


class Ctx:
    """One locale's state while its posts are drawn."""

    def __init__(self, locale, rng, roster, banned):
        self.locale, self.rng, self.roster = locale, rng, roster
        self.lang = LANG[locale]
        self.bank = BANKS[self.lang]
        given, surnames = pools(locale)
        self.given = [g for g in given if not fold_tokens(g[0]) & banned]
        self.surnames = [
            s for s in surnames if not any(fold_tokens(x) & banned for x in s.split("/"))
        ]

    def person(self):
        g, sex = self.rng.choice(self.given)
        s = surname_for(self.rng.choice(self.surnames), sex)
        if self.locale in ("es_MX", "es_NI") and self.rng.random() < 0.5:
            s2 = surname_for(self.rng.choice(self.surnames), sex)
            if s2 != s:
                s = f"{s} {s2}"
        return g, sex, s


def _title(lang, sex, rng):
    return rng.choice(TITLES[lang][0 if sex == "f" else 1])


def _tokfr(*parts):
    out = []
    for p in parts:
        for t in name_tokens(p):
            tok = "t:" + t
            if tok not in out:
                out.append(tok)
    return out


def person_item(ctx):
    rng = ctx.rng
    g, sex, s = ctx.person()
    form = rng.choice(["full", "full", "title", "lower", "initial", "surname_given", "given"])
    if form == "full":
        return f"{g} {s}", f"{g} {s}", _tokfr(g, s), form
    if form == "title":
        if rng.random() < 0.6:
            v = f"{_title(ctx.lang, sex, rng)} {s}"
            return v, v, _tokfr(s), form
        v = f"{_title(ctx.lang, sex, rng)} {g} {s}"
        return v, v, _tokfr(g, s), form
    if form == "lower":
        v = f"{g} {s}".lower()
        return v, v, _tokfr(v), form
    if form == "initial":
        v = f"{g[0]}. {s}"
        return v, v, _tokfr(s), form
    if form == "surname_given":
        v = f"{s.upper()} {g}" if rng.random() < 0.5 else f"{s}, {g}"
        return v, v, _tokfr(g, s), form
    return g, g, _tokfr(g), form


POSSESSIVE = {
    "en": "{x}'s",
    "de": "von {x}",
    "fr": "de {x}",
    "es": "de {x}",
    "it": "di {x}",
    "nl": "van {x}",
}


def member_item(ctx):
    rng = ctx.rng
    g, sex, s = rng.choice(ctx.roster)
    forms = ["full", "given", "surname", "initial", "handle", "lower", "folded", "title"]
    if ctx.lang in POSSESSIVE:
        forms.append("possessive")
    form = rng.choice(forms)
    if form == "folded" and contact.ascii_fold(f"{g} {s}") == f"{g} {s}":
        form = "full"
    if form == "full":
        v = f"{g} {s}"
        return v, v, _tokfr(g, s), form
    if form == "given":
        return g, g, _tokfr(g), form
    if form == "surname":
        return s, s, _tokfr(s), form
    if form == "initial":
        v = f"{g[0]}. {s}"
        return v, v, _tokfr(s), form
    if form == "handle":
        h = (
            contact.ascii_fold(g).lower().replace(" ", "")
            + "."
            + "".join(name_tokens(contact.ascii_fold(s))).lower().replace("'", "")
        )
        return "@" + h, "@" + h, ["t:" + h], form
    if form == "lower":
        v = f"{g} {s}".lower()
        return v, v, _tokfr(v), form
    if form == "folded":
        v = contact.ascii_fold(f"{g} {s}")
        return v, v, _tokfr(v), form
    if form == "title":
        v = f"{_title(ctx.lang, sex, rng)} {s}"
        return v, v, _tokfr(s), form
    v = g if rng.random() < 0.6 else f"{g} {s}"
    pat = POSSESSIVE[ctx.lang]
    if ctx.lang == "fr" and v[0] in "AEIOUÉÈ":
        pat = "d'{x}"
    if ctx.lang == "it" and v[0] in "AEIOU":
        pat = "d'{x}"
    return pat.format(x=v), v, _tokfr(*v.split(" ")), form


def _postcode(rng, tmpl):
    out = ""
    for c in tmpl:
        out += (
            rng.choice("0123456789")
            if c == "#"
            else rng.choice("ABDEFGHJLNPQRSTUWXYZ")
            if c == "@"
            else c
        )
    return out


def street_tokens(street: str) -> list[str]:
    toks = []
    for w in street.split():
        if w.lower() in STREET_WORDS:
            continue
        toks.append("t:" + w)
    return toks


def address_item(ctx):
    rng, loc = ctx.rng, ctx.locale
    street = rng.choice(STREETS[loc])
    town, tmpl, region = rng.choice(TOWNS[loc])
    pc = _postcode(rng, tmpl)
    if loc == "en_US" and rng.random() < 0.25:
        pc += f"-{rng.randint(1, 9999):04d}"
    assert postcode_ok(loc, pc), (loc, pc)
    n = str(rng.randint(1, 240))
    box = str(rng.randint(100, 99999))
    form = rng.choice(["oneline", "oneline", "multiline", "street_town", "box"])
    st = street_tokens(street)
    pcf = ["p:" + pc]
    if loc in ("en_US", "en_GB"):
        line1 = f"{n} {street}"
        tail = f"{town}, {region} {pc}" if loc == "en_US" else f"{town} {pc}"
        btail = tail
        boxline = f"PO Box {box}"
    elif loc == "fr_FR":
        line1, tail, boxline = f"{n} {street}", f"{pc} {town}", f"BP {box}"
        btail = f"{pc} {town} Cedex"
    elif loc == "es_MX":
        line1 = f"{street} {n}, {rng.choice(COLONIAS)}"
        tail = f"{pc} {town}, {region}"
        btail, boxline = tail, f"Apartado Postal {box}"
    elif loc == "it_IT":
        line1, tail = f"{street} {n}", f"{pc} {town} ({region})"
        btail, boxline = tail, f"Casella Postale {box}"
    elif loc == "en_KE":
        box = str(rng.randint(100, 99999))
        line1 = f"{street}"
        tail = f"P.O. Box {box}-{pc}, {town}"
        btail, boxline = f"{town}", f"P.O. Box {box}-{pc}"
        if form == "street_town":
            v = f"{street}, {town}"
            return v, v, st, form
        if form == "box":
            v = f"{boxline}, {btail}"
            return v, v, ["p:" + box, "p:" + pc], form
        sep = "\n" if form == "multiline" else ", "
        v = f"{line1}{sep}{tail}"
        return v, v, st + ["p:" + box, "p:" + pc], form
    elif loc == "fr_HT":
        line1, tail = f"{n}, {street}", f"{town} {pc}"
        btail, boxline = tail, f"BP {box}"
    elif loc == "es_NI":
        line1, tail = f"{street}, casa {n}", f"{town} {pc}"
        btail, boxline = tail, f"Apartado Postal {box}"
    else:
        line1, tail = f"{street} {n}", f"{pc} {town}"
        btail, boxline = tail, f"{BOX_WORD[loc]} {box}"
    if form == "street_town":
        v = f"{line1}, {town}"
        return v, v, st, form
    if form == "box":
        v = f"{boxline}, {btail}"
        return v, v, ["p:" + box] + pcf, form
    sep = "\n" if form == "multiline" else ", "
    v = f"{line1}{sep}{tail}"
    return v, v, st + pcf, form


def make_item(ctx, kind):
    """(kind, inserted text, value, fragments, form, sentence key)."""
    rng, loc = ctx.rng, ctx.locale
    if kind == "EMAIL":
        g, _, s = ctx.person()
        addr, form, local = contact.email(rng, loc, g, s)
        ins = {"angle": f"<{addr}>", "mailto": f"mailto:{addr}"}.get(form, addr)
        return kind, ins, addr, ["t:" + local], form, "EMAIL"
    if kind == "PHONE":
        v, form = contact.phone(rng, loc)
        return kind, v, v, digit_windows(v), form, "PHONE"
    if kind == "URL":
        g, _, s = ctx.person()
        v, form, frag = contact.url(rng, loc, g, s)
        return kind, v, v, ["t:" + frag], form, "URL"
    if kind == "IP":
        v, form, scored = contact.ip(rng)
        return kind, v, v, ["p:" + scored], form, "IP"
    if kind == "CARD":
        v, form = ids.card(rng)
        return kind, v, v, digit_windows(v), form, "CARD"
    if kind == "IBAN":
        country = contact.IBAN_COUNTRY.get(loc)
        if country is None:
            v, form = ids.bank_value(rng, loc)
            return "ID", v, v, digit_windows(v), form, "BANK"
        s = ids.iban(rng, country)
        if rng.random() < 0.6:
            return (
                kind,
                ids.iban_print(s),
                ids.iban_print(s),
                digit_windows(s),
                "iban_print",
                "IBAN",
            )
        return kind, s, s, digit_windows(s), "iban_compact", "IBAN"
    if kind == "ID":
        name, label, gen, _ = rng.choice(contact.ID_TYPES[loc])
        g, sex, s = ctx.person()
        v = gen(rng, g, s, sex)
        frags = digit_windows(v) or ["s:" + v]
        bare = rng.random() < 0.44
        return (
            kind,
            v,
            v,
            frags,
            name + ("_bare" if bare else ""),
            ("BARE" if bare else "ID:" + label),
        )
    if kind == "PERSON":
        ins, v, frags, form = person_item(ctx)
        return kind, ins, v, frags, form, "PERSON"
    if kind == "MEMBER":
        ins, v, frags, form = member_item(ctx)
        return kind, ins, v, frags, form, "MEMBER"
    ins, v, frags, form = address_item(ctx)
    return kind, ins, v, frags, form, "ADDRESS"


def sentence(ctx, key, ins):
    text = _sentence(ctx, key, ins)
    return text.replace(ins + ".", ins) if ins.endswith(".") else text


def _sentence(ctx, key, ins):
    b, rng = ctx.bank, ctx.rng
    if key == "BARE":
        return rng.choice(b["bare"]).format(x=ins)
    if key == "BANK":
        return rng.choice(b["bank"]).format(x=ins)
    if key.startswith("ID:"):
        return rng.choice(b["lead"]["ID"]).format(label=key[3:], x=ins)
    return rng.choice(b["lead"][key]).format(x=ins)


def field_line(ctx, key, ins):
    b = ctx.bank
    if key == "BARE":
        return None
    label = key[3:] if key.startswith("ID:") else b["label"][key]
    return f"{label}: {ins}"


def render(ctx, genre, made, look_sentences):
    rng, b = ctx.rng, ctx.bank
    item_sents = [(sentence(ctx, m[5], m[1]), m) for m in made]
    middle = [s for s, _ in item_sents] + look_sentences
    rng.shuffle(middle)
    opener, context, close = rng.choice(b["open"]), rng.choice(b["context"]), rng.choice(b["close"])
    if genre == "letter":
        body = " ".join([opener, context] + middle)
        return (
            f"{rng.choice(b['subject'])}\n\n{rng.choice(b['greet'])},\n\n{body}\n\n{close}\n"
            f"{rng.choice(b['signoff'])}"
        )
    if genre == "form":
        lines = [rng.choice(b["form_head"]), f"— {rng.choice(b['office'])} —"]
        notes = [context] + look_sentences
        for s, m in item_sents:
            line = field_line(ctx, m[5], m[1])
            if line is None:
                notes.append(s)
            else:
                lines.append(line)
        lines.append(f"{b['note_lbl']}: " + " ".join(notes))
        return "\n".join(lines)
    if genre == "note":
        return "\n".join("- " + s for s in [opener, context] + middle)
    if genre == "chat":
        who = b["chat"]
        lines = [f"{who[0]}: {opener} {context}", f"{who[1]}: {rng.choice(b['reply'])}"]
        for s in middle:
            lines.append(f"{who[0]}: {s}")
        lines.append(f"{who[1]}: {close}")
        return "\n".join(lines)
    if genre == "signature":
        body, sig, signer = [context], [], None
        for s, m in item_sents:
            if m[5] in ("PERSON", "MEMBER") and signer is None and m[4] != "possessive":
                signer = m
            elif m[5] in ("EMAIL", "PHONE", "URL", "ADDRESS"):
                sig.append(field_line(ctx, m[5], m[1]))
            else:
                body.append(s)
        body += look_sentences
        rng.shuffle(body)
        body.insert(0, opener)
        head = [signer[1]] if signer else []
        if signer and signer[5] == "MEMBER":
            head.append(rng.choice(b["office"]))
        block = "\n".join(head + sig)
        return f"{' '.join(body)}\n\n{close}\n{rng.choice(b['signoff'])},\n{block}".rstrip()
    body = " ".join([opener, context] + middle + [close])
    return f"[{rng.choice(b['office'])}] {rng.choice(b['subject'])}\n\n{body}"


def build_locale(ctx: Ctx) -> list[Post]:
    rng, loc = ctx.rng, ctx.locale
    posts: list[Post] = []
    look_counter = 0

    def draw(kinds, n_looks, plain=False):
        nonlocal look_counter
        for _ in range(800):
            made = [make_item(ctx, k) for k in kinds]
            lk = [
                looks.LOOK_KINDS[(look_counter + j) % len(looks.LOOK_KINDS)] for j in range(n_looks)
            ]
            lv = [looks.lookalike(rng, loc, ctx.lang, k) for k in lk]
            ls = [ctx.bank["look"][k].format(x=v) for k, v in zip(lk, lv, strict=False)]
            genre = rng.choice(GENRES)
            text = render(ctx, genre, made, ls)
            post = Post(
                loc,
                text,
                [(m[0], list(m[3]), m[2]) for m in made],
                [m[4] for m in made],
                lv,
                lk,
                genre,
            )
            if plain and any(c.isdigit() for c in text):
                continue
            if len(set(lv)) != len(lv):
                continue
            if check_post(post):
                look_counter += n_looks
                return post
        raise RuntimeError(f"no valid post for {loc} {kinds}")

    for j in range(LABELLED):
        kinds = [KINDS[j % len(KINDS)]]
        kinds += [rng.choice(KINDS) for _ in range(rng.choice([0, 0, 1, 1, 2]))]
        n_looks = 1 if rng.random() < 0.72 else 0
        posts.append(draw(kinds, n_looks))
    for _ in range(PLAIN):
        posts.append(draw([], 0, plain=True))
    for _ in range(WITH_LOOKS):
        posts.append(draw([], rng.choice([1, 2, 2, 3])))
    return posts


def _strings(x) -> list[str]:
    if isinstance(x, str):
        return [x]
    if isinstance(x, dict):
        return [s for k in sorted(x) for s in _strings(x[k])]
    return [s for y in x for s in _strings(y)]


def piece_counts() -> dict[str, int]:
    """Distinct sentence pieces per language (every string in its bank)."""
    return {lang: len(set(_strings(bank))) for lang, bank in BANKS.items()}
