"""Seventeenth set: assembling posts from values, frames and look-alikes."""

from __future__ import annotations

from . import seventeenth_numbers as num
from .seventeenth_core import Post, check_post, digit_windows
from .seventeenth_looks import email, lookalike, url
from .seventeenth_people import TITLES, member_mention, name_frags, non_member, person_mention
from .seventeenth_places import address
from .seventeenth_text_a import DE, EN
from .seventeenth_text_b import DA, FR, NL
from .seventeenth_text_c import CS, HR, HU, RO, SK

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
GENRES = [
    "cv",
    "cover_letter",
    "reference",
    "job_ad",
    "offer",
    "directory",
    "shortlist",
    "interview",
    "payroll_form",
    "relocation",
]
LANG = {
    "en_US": EN,
    "en_GB": EN,
    "de_DE": DE,
    "de_CH": DE,
    "fr_FR": FR,
    "nl_NL": NL,
    "cs_CZ": CS,
    "sk_SK": SK,
    "da_DK": DA,
    "ro_RO": RO,
    "hu_HU": HU,
    "hr_HR": HR,
}
PREFERRED = {
    "IBAN": ["payroll_form", "offer", "relocation"],
    "ID": ["payroll_form", "offer", "relocation"],
    "CARD": ["relocation", "offer", "payroll_form"],
    "IP": ["interview", "offer", "directory"],
    "PERSON": ["reference", "shortlist", "interview", "offer"],
    "MEMBER": ["shortlist", "job_ad", "directory"],
    "URL": ["cv", "cover_letter", "interview"],
    "ADDRESS": ["cv", "relocation", "directory", "interview"],
}
LIST_GENRES = {"directory", "shortlist", "payroll_form"}


def _alts(s: str) -> list[str]:
    return [a.strip() for a in s.split("|") if a.strip()]


def _swiss(s: str, locale: str) -> str:
    return s.replace("ß", "ss") if locale == "de_CH" else s


def make_item(rng, locale, kind, roster, banned):
    """Return (kind, fragments, value, form)."""
    if kind == "EMAIL":
        v, f, form = email(rng, locale)
    elif kind == "PHONE":
        v, form, _region = num.phone(rng, locale)
        f = digit_windows(v)
    elif kind == "URL":
        v, f, form = url(rng, locale)
    elif kind == "IP":
        v, form = num.ip(rng)
        f = ["p:" + v]
    elif kind == "CARD":
        v, form = num.card(rng)
        f = digit_windows(v)
    elif kind == "IBAN":
        if locale not in num.IBAN_CC:
            v, form = num.us_bank(rng)
            return "ID", digit_windows(v), v, form
        v, form = num.iban(rng, locale)
        f = digit_windows(v)
    elif kind == "ID":
        v, form = num.national_id(rng, locale)
        f = digit_windows(v)
    elif kind == "PERSON":
        g, s = non_member(rng, locale, banned)
        v, form = person_mention(rng, g, s, locale, TITLES[locale])
        f = name_frags(v)
    elif kind == "MEMBER":
        v, form = member_mention(rng, rng.choice(roster), locale)
        f = name_frags(v)
    else:
        v, f, form = address(rng, locale)
    return kind, f, v, form


def _frame_lang(rng, locale):
    if not locale.startswith("en") and rng.random() < 0.2:
        return EN
    return LANG[locale]


def _lead(rng, L, genre, locale):
    return _swiss(
        rng.choice(_alts(L["lead"][genre])).replace("{role}", rng.choice(_alts(L["roles"]))), locale
    )


def _compose(rng, L, genre, locale, lines):
    out = [_lead(rng, L, genre, locale)]
    rng.shuffle(lines)
    out += lines
    if rng.random() < 0.6:
        out.append(_swiss(rng.choice(_alts(L["close"])), locale))
    sep = "\n" if genre in LIST_GENRES or rng.random() < 0.3 else " "
    return sep.join(out)


def _item_line(rng, L, kind, value, genre, locale):
    frame = rng.choice(_alts(L["kind"][kind]))
    if genre in LIST_GENRES and rng.random() < 0.4:
        frame = "- " + frame
    return _swiss(frame, locale).replace("{v}", value)


def _look_lines(rng, L, locale, k):
    lines, looks, kinds = [], [], []
    for _ in range(k):
        v, kind = lookalike(rng, locale)
        if v in looks:
            continue
        frame = rng.choice(_alts(L["lk"][kind]))
        lines.append(_swiss(frame, locale).replace("{l}", v))
        looks.append(v)
        kinds.append(kind)
    return lines, looks, kinds


def labelled_post(rng, locale, first_kind, roster, banned):
    for _attempt in range(80):
        kinds = [first_kind] + [rng.choice(KINDS) for _ in range(rng.choice([0, 0, 1, 1, 2]))]
        genre = rng.choice(PREFERRED.get(first_kind, GENRES) if rng.random() < 0.6 else GENRES)
        L = _frame_lang(rng, locale)
        items, forms, lines = [], [], []
        for k in kinds:
            kind, f, v, form = make_item(rng, locale, k, roster, banned)
            text_kind = "USBANK" if form == "aba_routing_account" else kind
            lines.append(_item_line(rng, L, text_kind, v, genre, locale))
            items.append((kind, f, v))
            forms.append(form)
        llines, looks, lkinds = _look_lines(rng, L, locale, rng.choice([0, 1, 1, 2]))
        if rng.random() < 0.3:
            llines.append(_swiss(rng.choice(_alts(L["plain"])), locale))
        text = _compose(rng, L, genre, locale, lines + llines)
        post = Post(locale, text, items, forms, looks, lkinds, genre)
        if check_post(post):
            return post
    raise RuntimeError(f"could not build a {first_kind} post for {locale}")


def pii_free_post(rng, locale, with_looks: bool):
    for _attempt in range(80):
        genre = rng.choice(GENRES)
        L = _frame_lang(rng, locale)
        if with_looks:
            lines, looks, lkinds = _look_lines(rng, L, locale, rng.choice([1, 2, 3]))
        else:
            plain = _alts(L["plain"])
            lines = [_swiss(x, locale) for x in rng.sample(plain, rng.choice([1, 1, 2]))]
            looks, lkinds = [], []
        text = _compose(rng, L, genre, locale, lines)
        if not with_looks and any(c.isdigit() for c in text):
            continue
        post = Post(locale, text, [], [], looks, lkinds, genre)
        if check_post(post):
            return post
    raise RuntimeError("could not build a PII-free post")
