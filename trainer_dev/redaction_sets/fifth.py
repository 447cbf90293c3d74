"""The fifth independent held-out redaction set: 6,000 posts in twelve locales, scored by leaks.

    members, posts = make_fifth_set(seed=5555)

Per locale: 400 labelled posts (40 led by each of EMAIL, PHONE, URL, CARD, IBAN, SSN, IP,
MEMBER, PERSON, ADDRESS; signatures and second frames add more items), 80 PII-free posts
carrying look-alikes and 20 plain PII-free posts. Written by hand, without reading the
redactor or the other sets, and without Faker: templates in each locale's language
(fifth_text_*), name lists per country (fifth_names), postal writers per national standard
(fifth_places), numbering plans and identifiers with their check digits (fifth_contact,
fifth_checks) and look-alikes (fifth_looks). The leak rule is in fifth_leak.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from . import fifth_checks as ids
from .fifth_contact import email, fold, ip, phone, url
from .fifth_leak import digit_windows, fragment_ok, leaked  # noqa: F401  (leaked: the set's rule)
from .fifth_looks import lang
from .fifth_looks import value as lookalike
from .fifth_names import GIVEN, SURNAMES, TITLES, surname_tokens
from .fifth_places import WRITERS
from .fifth_text_de_en import DE, EN, EN_LOCAL
from .fifth_text_extra import BICS, EXTRA
from .fifth_text_extra import PLAIN as MORE_PLAIN
from .fifth_text_nl_pt import NL, PT
from .fifth_text_romance import ES, FR, IT

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
LABELLED, WITH_LOOKALIKES, PLAIN = 400, 80, 20
MEMBERS_PER_LOCALE = 30
TEXTS = {
    la: {
        **t,
        "frames": {k: v + EXTRA[la][k] for k, v in t["frames"].items()},
        "plain": t["plain"] + MORE_PLAIN[la],
    }
    for la, t in {"de": DE, "en": EN, "es": ES, "fr": FR, "it": IT, "nl": NL, "pt": PT}.items()
}
NEUTRAL_TITLES = {"Dr.", "Dr", "Prof.", "Prof. Dr.", "Professor", "Pr", "Maître", "Ing.", "Avv.",
                  "dr.", "prof.", "ir.", "mr."}  # fmt: skip
IBAN_COUNTRY = {"de_DE": ["DE"], "en_GB": ["GB"], "en_IE": ["IE"], "es_ES": ["ES"], "fr_FR": ["FR"],
                "it_IT": ["IT"], "nl_NL": ["NL"], "pt_BR": ["BR"], "en_AU": ["GB", "DE", "IE"],
                "en_CA": ["FR", "GB"], "en_IN": ["GB", "DE"],
                "en_US": ["GB", "DE", "NL"]}  # fmt: skip
_PLACEHOLDER = re.compile(r"\{(L:)?([A-Z_]+)\}")


@dataclass(frozen=True)
class Post:
    locale: str
    text: str
    items: tuple = ()  # (kind, fragments, value) for each labelled item
    spans: tuple = ()  # (kind, start, end) of each item, aligned with items
    forms: tuple = ()  # how each item is written (e.g. 'MEMBER:initial', 'ADDRESS:street')
    lookalikes: tuple = ()
    lookalike_kinds: tuple = ()
    pii_free: bool = False


@dataclass
class _Ctx:
    rng: random.Random
    locale: str
    texts: dict
    members: list  # (given, surname) of this locale
    others: list  # non-member surnames of this locale
    poster: tuple
    used: set = field(default_factory=set)
    roster_words: frozenset = frozenset()  # every word of every member's name
    pending_ssn: tuple | None = None


def _name_key(given: str, surname: str) -> set:
    return {t.casefold() for t in surname_tokens(surname)} | {
        fold(t).casefold() for t in surname_tokens(surname)
    }


def _draw_member(ctx: _Ctx) -> tuple:
    for _ in range(200):
        g, s = ctx.rng.choice(ctx.members)
        if not _name_key(g, s) & ctx.used and (g, s) != ctx.poster:
            ctx.used |= _name_key(g, s) | {g.casefold()}
            return g, s
    raise RuntimeError("no free member")


def _draw_person(ctx: _Ctx) -> tuple:
    for _ in range(200):
        g, s = ctx.rng.choice(GIVEN[ctx.locale]), ctx.rng.choice(ctx.others)
        if not _name_key(g, s) & (ctx.used | ctx.roster_words):
            ctx.used |= _name_key(g, s) | {g.casefold()}
            return g, s
    raise RuntimeError("no free person")


def _camel(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[\s\-']+", fold(text)) if w)


def _member_form(ctx: _Ctx, g: str, s: str, slot: str) -> tuple:
    """(prefix, value, suffix, fragments, form) for a member written the way people write them."""
    rng, toks = ctx.rng, surname_tokens(s)
    words = [f"w:{t}" for t in toks]
    if slot == "MEMBER_FULL":
        return "", f"{g} {s}", "", words, "full"
    if slot == "MEMBER_TAG":
        if rng.random() < 0.5:
            body = _camel(s)
            return "", f"#{_camel(g)}{body}", "", [f"c:{body}"], "hashtag"
        body = fold(s).lower().replace(" ", "").replace("'", "")
        return (
            "",
            f"@{fold(g).lower()}{rng.choice(['.', '_', ''])}{body}",
            "",
            [f"c:{body}"],
            "handle",
        )
    if slot == "MEMBER_POSS":
        if lang(ctx.locale) == "de":
            return "", f"{g} {s}", "'" if s[-1] in "sßxz" else "s", words, "possessive"
        return "", f"{g} {s}", rng.choice(["'s", "'s", "’s"]), words, "possessive"
    form = rng.choice(
        ["full", "full", "title", "initial", "caps", "lower", "plain_ascii", "reversed"]
    )
    if form == "title":
        title = rng.choice(TITLES[ctx.locale])
        return f"{title} ", s, "", words, form
    if form == "initial":
        return "", f"{g[0]}. {s}", "", words, form
    if form == "caps":
        return "", f"{g} {s}".upper(), "", [f"w:{t.upper()}" for t in toks], form
    if form == "lower":
        return "", f"{g} {s}".lower(), "", [f"w:{t.lower()}" for t in toks], form
    if form == "plain_ascii" and fold(g + s) != g + s:
        return "", fold(f"{g} {s}"), "", [f"w:{fold(t)}" for t in toks], form
    if form == "reversed":
        return "", f"{s}, {g}", "", words, form
    return "", f"{g} {s}", "", words, "full"


def _person_form(ctx: _Ctx, slot: str) -> tuple:
    rng = ctx.rng
    g, s = _draw_person(ctx)
    words = [f"w:{t}" for t in surname_tokens(s)]
    if slot == "PERSON_T":
        if rng.random() < 0.5:
            return f"{rng.choice(TITLES[ctx.locale])} ", s, "", words, "title_surname"
        title = rng.choice(
            [t for t in TITLES[ctx.locale] if t in NEUTRAL_TITLES] or TITLES[ctx.locale]
        )
        return f"{title} ", f"{g} {s}", "", words, "title_full"
    form = rng.choice(["full", "full", "full", "title", "initial"])
    if form == "title":
        title = rng.choice(
            [t for t in TITLES[ctx.locale] if t in NEUTRAL_TITLES] or TITLES[ctx.locale]
        )
        return f"{title} ", f"{g} {s}", "", words, "title_full"
    if form == "initial":
        return "", f"{g[0]}. {s}", "", words, form
    return "", f"{g} {s}", "", words, "full"


def _ssn(ctx: _Ctx) -> tuple:
    """(value, everyday name, extra fragments) of the locale's national id number."""
    rng, loc = ctx.rng, ctx.locale
    if loc == "en_IN":
        if rng.random() < 0.6:
            return ids.aadhaar(rng), rng.choice(["Aadhaar", "Aadhaar number"]), []
        v = ids.pan(rng)
        return v, "PAN", [f"x:{v[:5]}"]
    if loc == "it_IT":
        v = ids.codice_fiscale(rng, *ctx.poster)
        return v, "codice fiscale", [f"x:{v[i : i + 5]}" for i in range(0, 12, 3)]
    if loc == "es_ES":
        v = ids.dni(rng)
        return v, "NIE" if v[0] in "XYZ" else "DNI", []
    gen, names = {
        "de_DE": (ids.steuer_id, ["Steuer-ID"]),
        "en_AU": (ids.tfn, ["TFN", "tax file number"]),
        "en_CA": (ids.sin, ["SIN", "social insurance number"]),
        "en_GB": (ids.nino, ["NI number", "National Insurance number"]),
        "en_IE": (ids.ppsn, ["PPSN", "PPS number"]),
        "en_US": (ids.us_ssn, ["SSN", "Social Security number"]),
        "fr_FR": (ids.nir, ["numéro de sécurité sociale", "NIR"]),
        "nl_NL": (ids.bsn, ["BSN", "burgerservicenummer"]),
        "pt_BR": (ids.cpf, ["CPF"]),
    }[loc]  # fmt: skip
    return gen(rng), rng.choice(names), []


def _address(ctx: _Ctx, slot: str) -> tuple:
    for _ in range(50):
        full, street, pctown, tokens, postcode = WRITERS[ctx.locale](ctx.rng)
        if tokens and not {t.casefold() for t in tokens} & ctx.used:
            break
    ctx.used |= {t.casefold() for t in tokens}
    t = [f"t:{tok}" for tok in tokens]
    if slot == "STREET":
        return "", street, "", t, "street"
    if slot == "PCTOWN":
        return "", pctown, "", [f"p:{postcode}"], "postcode_town"
    return "", full, "", t + [f"p:{postcode}"], "full"


def _item(ctx: _Ctx, slot: str) -> tuple:
    """(prefix, value, suffix, fragments, form, kind) for one labelled placeholder."""
    rng = ctx.rng
    if slot.startswith("MEMBER"):
        g, s = ctx.poster if slot == "MEMBER_FULL" else _draw_member(ctx)
        return (*_member_form(ctx, g, s, slot), "MEMBER")
    if slot.startswith("PERSON"):
        return (*_person_form(ctx, slot), "PERSON")
    if slot in ("ADDRESS", "STREET", "PCTOWN"):
        return (*_address(ctx, slot), "ADDRESS")
    if slot in ("EMAIL", "URL", "EMAIL_OWN", "URL_OWN"):  # _OWN: the poster's, in a signature
        own = slot.endswith("_OWN") or rng.random() < 0.6
        who, kind = ctx.poster if own else _draw_person(ctx), slot.removesuffix("_OWN")
        value, frags = (email if kind == "EMAIL" else url)(rng, ctx.locale, *who)
        return "", value, "", frags, kind.lower(), kind
    if slot == "PHONE":
        v = phone(rng, ctx.locale)
        return "", v, "", [f"d:{w}" for w in digit_windows(v)], "phone", slot
    if slot == "CARD":
        v = ids.card(rng)
        return "", v, "", [f"d:{w}" for w in digit_windows(v)], "card", slot
    if slot == "IBAN":
        v = ids.iban(rng, rng.choice(IBAN_COUNTRY[ctx.locale]))
        return "", v, "", [f"d:{w}" for w in digit_windows(v)], v[:2], slot
    if slot == "SSN":
        v, _, extra = ctx.pending_ssn or _ssn(ctx)
        ctx.pending_ssn = None
        return "", v, "", [f"d:{w}" for w in digit_windows(v)] + extra, "id", slot
    if slot == "IP":
        v, extra = ip(rng)
        return (
            "",
            v,
            "",
            [f"d:{w}" for w in digit_windows(v)] + extra,
            "ipv6" if ":" in v else "ipv4",
            slot,
        )
    raise ValueError(slot)


def _filler(ctx: _Ctx, slot: str, after_hash: bool) -> str:
    t, rng = ctx.texts, ctx.rng
    if slot == "CITY":
        city = rng.choice(EN_LOCAL[ctx.locale]["cities"] if ctx.locale in EN_LOCAL else t["cities"])
        return city.replace(" ", "") if after_hash else city
    if slot == "BIC":
        return rng.choice(BICS)
    if slot == "IDNAME":
        ctx.pending_ssn = _ssn(ctx)
        return ctx.pending_ssn[1]
    return rng.choice(
        t[{"ROLE": "roles", "TOPIC": "topics", "CO": "cos", "EVENT": "events", "DAY": "days"}[slot]]
    )


def _fill(ctx: _Ctx, template: str) -> tuple:
    """Fill the placeholders left to right; return text, items, spans, forms, lookalikes, kinds."""
    out, pos = [], 0
    items, spans, forms, looks, look_kinds = [], [], [], [], []
    length = 0
    for m in _PLACEHOLDER.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        pos = m.end()
        is_look, slot = m.group(1), m.group(2)
        if is_look:
            v = lookalike(ctx.rng, ctx.locale, slot)
            looks.append(v)
            look_kinds.append(slot)
            out.append(v)
            length += len(v)
        elif slot in ("CITY", "ROLE", "TOPIC", "CO", "EVENT", "DAY", "IDNAME", "BIC"):
            v = _filler(ctx, slot, template[m.start() - 1 : m.start()] == "#")
            out.append(v)
            length += len(v)
        else:
            prefix, value, suffix, frags, form, kind = _item(ctx, slot)
            frags = [f for f in dict.fromkeys(frags) if fragment_ok(f)]
            start = length + len(prefix)
            out.append(prefix + value + suffix)
            length += len(prefix + value + suffix)
            items.append((kind, tuple(frags), value))
            spans.append((kind, start, start + len(value)))
            forms.append(f"{kind}:{form}")
    out.append(template[pos:])
    return "".join(out), items, spans, forms, looks, look_kinds


def _labelled_template(ctx: _Ctx, kind: str) -> str:
    rng, t = ctx.rng, ctx.texts
    frame = rng.choice(t["frames"][kind])
    shape = rng.random()
    if shape < 0.3:
        return frame
    parts = [rng.choice(t["open"]), frame]
    sep = rng.choice(["\n\n", "\n", " "])
    if shape > 0.65:
        parts.append(rng.choice(t["extra"]))
        if rng.random() < 0.4:
            parts.append(rng.choice(t["frames"][rng.choice(KINDS)]))
    if rng.random() < 0.35:
        parts.append(
            rng.choice(t["sign"]).replace("{EMAIL}", "{EMAIL_OWN}").replace("{URL}", "{URL_OWN}")
        )
        sep = "\n\n"
    elif rng.random() < 0.5:
        parts.append(rng.choice(t["close"]))
    if rng.random() < 0.3:
        parts.append(rng.choice(t["tags"]))
    return sep.join(parts)


def _lookalike_template(ctx: _Ctx, i: int) -> str:
    rng, t = ctx.rng, ctx.texts
    n = len(t["looks"])
    parts = [t["looks"][i % n]] + [
        t["looks"][rng.randrange(n)] for _ in range(rng.choice([0, 0, 1, 2]))
    ]
    if rng.random() < 0.4:
        parts.insert(0, rng.choice(t["plain"]))
    if rng.random() < 0.3:
        parts.append(rng.choice(t["plain"]))
    return rng.choice(["\n\n", "\n", " "]).join(parts)


def _roster(rng: random.Random) -> dict:
    """Members per locale; every surname is either a member's or a non-member's, set-wide."""
    side: dict[str, bool] = {}
    roster = {}
    for loc in LOCALES:
        pool = list(SURNAMES[loc])
        rng.shuffle(pool)
        for i, s in enumerate(pool):
            side.setdefault(s, i % 2 == 0)
        mine = [s for s in pool if side[s]]
        people: list[tuple] = []
        while len(people) < MEMBERS_PER_LOCALE:
            p = (rng.choice(GIVEN[loc]), rng.choice(mine))
            if p not in people:
                people.append(p)
        roster[loc] = (people, [s for s in pool if not side[s]])
    return roster


def make_fifth_set(seed: int = 5555) -> tuple[list[str], list[Post]]:
    """(members, posts): the roster as 'Given Surname' strings and 6,000 posts."""
    rng = random.Random(seed)
    roster = _roster(rng)
    members = [f"{g} {s}" for loc in LOCALES for g, s in roster[loc][0]]
    words = {w.casefold() for m in members for w in re.split(r"[\s\-']+", m) if w}
    roster_words = frozenset(words | {fold(w) for w in words})
    posts: list[Post] = []
    for loc in LOCALES:
        people, others = roster[loc]
        texts = TEXTS[lang(loc)]
        kinds = [KINDS[i % len(KINDS)] for i in range(LABELLED)]
        rng.shuffle(kinds)
        for kind in kinds:
            poster = rng.choice(people)
            used = _name_key(*poster) | {poster[0].casefold()}
            ctx = _Ctx(rng, loc, texts, people, others, poster, used, roster_words=roster_words)
            text, items, spans, forms, _, _ = _fill(ctx, _labelled_template(ctx, kind))
            posts.append(Post(loc, text, tuple(items), tuple(spans), tuple(forms)))
        for i in range(WITH_LOOKALIKES):
            ctx = _Ctx(rng, loc, texts, people, others, ("", ""))
            text, _, _, _, looks, look_kinds = _fill(ctx, _lookalike_template(ctx, i))
            recorded = {"lookalikes": tuple(looks), "lookalike_kinds": tuple(look_kinds)}
            posts.append(Post(loc, text, pii_free=True, **recorded))
        for _ in range(PLAIN):
            chosen = rng.sample(texts["plain"], rng.randint(2, 6))
            posts.append(Post(loc, rng.choice(["\n\n", "\n", " "]).join(chosen), pii_free=True))
    return members, posts
