"""Item makers for the fourteenth set: each returns (value, form, fragments).

Fragment prefixes (see `fourteenth.leaked`): n: name token (whole word), t: street token (whole
word), p: postcode, s: substring (email local part as written, profile slug/handle, site label),
i: IP address part, d: four consecutive digits, w: four consecutive number units (digits or
number words of the post's language) written as `u1|u2|u3|u4`.
"""

from __future__ import annotations

import random
import re
import unicodedata

from trainer_dev.redaction_sets import fourteenth_ids as ids
from trainer_dev.redaction_sets import fourteenth_looks as lk
from trainer_dev.redaction_sets import fourteenth_phones as ph
from trainer_dev.redaction_sets import fourteenth_places as pl
from trainer_dev.redaction_sets.fourteenth_lang import TITLE_WORDS, TITLES
from trainer_dev.redaction_sets.fourteenth_names import NICKNAMES, PARTICLES, surname_for

_UNIT_RE = re.compile(r"\d|[^\W\d_]+")


def fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and (c.isalnum() or c in "-"))


# ---------------------------------------------------------------- number units
def number_fragments(value: str, digit_words: list[str], tail: int | None) -> list[str]:
    """4-unit windows over the digit units of `value` (digits or number words); letters and
    filler words break a run. Only the last `tail` units are used when given."""
    words = {w.lower() for w in digit_words} | ({"oh"} if "zero" in digit_words else set())
    seq: list[str | None] = []
    for m in _UNIT_RE.finditer(value):
        t = m.group(0)
        seq.append(t.lower() if (t.isdigit() or t.lower() in words) else None)
    unit_idx = [i for i, u in enumerate(seq) if u is not None]
    if tail:
        unit_idx = unit_idx[-tail:]
    keep = set(unit_idx)
    frags: list[str] = []
    for k in range(len(unit_idx) - 3):
        idx = unit_idx[k : k + 4]
        if idx[-1] - idx[0] != 3 or not all(i in keep for i in idx):
            continue
        units = [seq[i] for i in idx]
        if all(u.isdigit() for u in units):
            f = "d:" + "".join(units)
        else:
            f = "w:" + "|".join(units)
        if f not in frags:
            frags.append(f)
    return frags


def obfuscate(rng: random.Random, shown: str, style: str, lang: dict) -> str:
    """Rewrite a written number the way people dictate or dodge filters."""
    dw = lang["digits"]
    chars = [c for c in shown if c not in " -./()"]
    if style == "spaced":
        return " ".join(chars)
    if style == "odd_groups":
        out, i = [], 0
        while i < len(chars):
            k = rng.choice([1, 2, 3, 3, 4])
            out.append("".join(chars[i : i + k]))
            i += k
        sep = rng.choice([" ", " ", ".", " - ", "-"])
        return sep.join(out)

    def word(c: str) -> str:
        if c.isdigit():
            if c == "0" and dw[0] == "zero" and lang.get("oh") and rng.random() < 0.5:
                return "oh"
            return dw[int(c)]
        return c

    if style == "words":
        sep = rng.choice([" ", " ", ", ", "-"])
        plus = {"zero": "plus", "cero": "más", "sıfır": "artı"}.get(dw[0], "plus")
        return sep.join(plus if c == "+" else word(c) for c in chars)
    if style == "mixed":
        k = rng.randint(2, 4)
        dpos = [i for i, c in enumerate(shown) if c.isdigit()]
        cut = dpos[k - 1] + 1
        head = "-".join(word(c) for c in shown[:cut] if c not in " -./()")
        return head + " " + shown[cut:].strip(" -./")
    if style == "then":
        parts = shown.split()
        if len(parts) < 3:
            d = "".join(chars)
            if len(d) == 10:
                parts = [d[:3], d[3:6], d[6:]]
            else:
                parts = [d[:3]] + [d[i : i + 2] for i in range(3, len(d), 2)]
        k = rng.randint(1, 2)
        return " ".join(parts[:k]) + f" {lang['then']} " + " ".join(parts[k:])
    raise ValueError(style)


def number_item(
    rng: random.Random,
    kind: str,
    shown: str,
    base: str,
    lang: dict,
    obf_styles: list[str],
    tail: int | None,
) -> tuple[str, str, list[str]]:
    spoken = lang.get("_spoken", False)  # voice notes / voicemail: mostly dictated digits
    if obf_styles and rng.random() < (0.6 if spoken else 0.27):
        pool = [x for x in obf_styles if x in ("words", "mixed", "then")] if spoken else []
        style = rng.choice(pool or obf_styles)
        value = obfuscate(rng, shown, style, lang)
        form = f"{base}:{style}"
    else:
        value, form = shown, base
    return value, form, number_fragments(value, lang["digits"], tail)


# ---------------------------------------------------------------- contact values
def make_phone(rng, locale, lang):
    nsn = ph.make_nsn(rng, locale)
    intl = rng.random() < 0.3
    shown = ph.format_phone(rng, locale, nsn, intl)
    styles = ["words", "words", "spaced", "odd_groups", "then", "mixed"]
    return number_item(
        rng,
        "PHONE",
        shown,
        "international" if intl else "national",
        lang,
        styles[:4] if intl else styles,
        8,
    )


def make_card(rng, locale, lang):
    num, brand = ids.make_card(rng, locale)
    return number_item(
        rng, "CARD", ids.format_card(rng, num), brand, lang, ["words", "spaced", "odd_groups"], None
    )


IBAN_CC = {
    "en_US": ["GB", "DE", "FR", "ES"],
    "en_CA": ["FR", "GB", "NL", "IE"],
    "en_GB": ["GB"],
    "en_IE": ["IE"],
    "de_DE": ["DE"],
    "es_ES": ["ES"],
    "nl_NL": ["NL"],
    "fr_FR": ["FR"],
    "sv_SE": ["SE"],
    "pl_PL": ["PL"],
    "fi_FI": ["FI"],
    "tr_TR": ["TR"],
}


def make_iban(rng, locale, lang):
    iban = ids.make_iban(rng, rng.choice(IBAN_CC[locale]))
    shown = ids.format_iban(rng, iban)
    base = "grouped" if " " in shown else "compact"
    return number_item(rng, "IBAN", shown, base, lang, ["spaced", "odd_groups"], 10)


def make_nid(rng, locale, lang):
    shown, scheme = ids.make_id(rng, locale)
    return number_item(rng, "ID", shown, scheme, lang, ["words", "spaced", "odd_groups"], None)


_IP_FIRST = {
    "en_US": [24, 50, 67, 68, 71, 73, 75, 96, 98, 107, 108, 173],
    "en_CA": [24, 70, 99, 142, 184, 207],
}


def make_ip(rng, locale, lang):
    if rng.random() < 0.12:
        groups = (
            ["2a02", f"{rng.randint(0x8000, 0xFFFF):x}"]
            + [f"{rng.randint(0x100, 0xFFFF):x}" for _ in range(2)]
            + [f"{rng.randint(0x1000, 0xFFFF):x}" for _ in range(2)]
        )
        v = ":".join(groups[:4]) + "::" + ":".join(groups[4:])
        return v, "ipv6", ["s:" + ":".join(groups[:4]), "s:" + ":".join(groups[4:])]
    first = rng.choice(
        _IP_FIRST.get(
            locale,
            [
                31,
                37,
                46,
                62,
                77,
                78,
                79,
                80,
                81,
                82,
                83,
                84,
                85,
                86,
                87,
                88,
                89,
                90,
                91,
                92,
                93,
                94,
                95,
                109,
                176,
                178,
                188,
                212,
                213,
                217,
            ],
        )
    )
    o = [first, rng.randint(1, 254), rng.randint(1, 254), rng.randint(2, 254)]
    v = ".".join(map(str, o))
    return v, "ipv4", ["i:" + v, "i:" + ".".join(map(str, o[1:]))]


def _local_part(rng, g: str, s: str) -> str:
    g, s = fold(g).lower(), fold(s.replace(" ", "")).lower()
    pats = [
        f"{g}.{s}",
        f"{g}{s}{rng.randint(70, 99)}",
        f"{g[0]}{s}",
        f"{s}.{g}",
        f"{g}_{s}{rng.randint(1, 9)}",
        f"{g}.{s[0]}{rng.randint(10, 99)}",
    ]
    lp = rng.choice(pats)
    return lp if len(lp) >= 5 else f"{g}.{s}"


def make_email(rng, locale, lang, g: str, s: str):
    lp = _local_part(rng, g, s)
    dom = rng.choice(lk.MAIL[locale].split())
    w = [1, 0.2, 0.2, 4, 0.3] if lang.get("_spoken") else [6, 1, 1, 0.7, 0.5]
    style = rng.choices(["plain", "bracket", "paren", "spoken", "caps"], w)[0]
    if style == "plain":
        return f"{lp}@{dom}", "plain", ["s:" + lp]
    if style == "bracket":
        return f"{lp} [at] {dom.replace('.', ' [dot] ')}", "bracket_at", ["s:" + lp]
    if style == "paren":
        return f"{lp}(at){dom}", "paren_at", ["s:" + lp]
    if style == "caps":
        return f"{lp} AT {dom.replace('.', ' DOT ')}", "caps_at", ["s:" + lp]
    at, dot = lang["at"], lang["dot"]
    spoken_lp = lp.replace(".", f" {dot} ").replace("_", " underscore ")
    return f"{spoken_lp} {at} {dom.replace('.', f' {dot} ')}", "spoken", ["s:" + spoken_lp]


def make_url(rng, locale, lang, g: str, s: str):
    g, s = fold(g).lower(), fold(s.replace(" ", "")).lower()
    w = [1, 1, 1, 4] if lang.get("_spoken") else [2, 4, 2, 1]
    kind = rng.choices(["profile", "social", "site", "spoken_site"], w)[0]
    if kind == "profile":
        slug = f"{g}-{s}-{rng.randint(100, 999)}{rng.choice('abcdef')}"
        host = rng.choice(["linkedin.com/in/", "www.linkedin.com/in/"])
        return ("https://" if rng.random() < 0.5 else "") + host + slug, kind, ["s:" + slug]
    if kind == "social":
        handle = rng.choice([f"{g}.{s}", f"{g}_{s}{rng.randint(1, 99)}", f"{g}{s}", f"{s}{g[:3]}"])
        host = rng.choice(
            [
                "instagram.com/",
                "github.com/",
                "www.facebook.com/",
                "mastodon.social/@",
                "www.tiktok.com/@",
            ]
        )
        return host + handle, kind, ["s:" + handle]
    label = f"{g}{s}" if rng.random() < 0.7 else f"{g}-{s}"
    tld = lk.TLD[locale]
    if kind == "site":
        return f"https://{label}.{tld}", kind, ["s:" + label]
    dot = lang["dot"]
    return f"{label} {dot} {tld.replace('.', f' {dot} ')}", kind, ["s:" + label]


def make_address(rng, locale, lang):
    form = rng.choices(["full", "street", "unit"], [5, 2, 2])[0]
    v, toks, pc = pl.make_address(rng, locale, form)
    frags = ["t:" + t for t in toks] + (["p:" + pc] if pc else [])
    return v, form, frags


# ---------------------------------------------------------------- names
def name_tokens(value: str) -> list[str]:
    out = []
    for t in re.split(r"[\s\-.,@_/]+", value):
        t = re.sub(r"['’]s$", "", t).strip("'’:()")
        if len(t) < 2 or t.lower() in PARTICLES or t.lower().strip(".") in TITLE_WORDS:
            continue
        if t.lower() not in [x.lower() for x in out]:
            out.append(t)
    return out


def write_name(rng, locale, lang_code, given, surname, female, wform):
    t = TITLES.get(lang_code)
    if wform == "title_surname" and t:
        return f"{t[0] if female else t[1]} {surname}"
    if wform == "title_surname":  # tr: given + Hanım/Bey; sv/fi: full name
        return (
            f"{given} {'Hanım' if female else 'Bey'}" if lang_code == "tr" else f"{given} {surname}"
        )
    if wform == "initial_surname":
        return f"{given[0]}. {surname}"
    if wform == "surname_given":
        return f"{surname}, {given}"
    if wform == "caps":
        return f"{given} {surname}".upper()
    if wform == "lower":
        return f"{given} {surname}".lower()
    if wform == "possessive":
        return f"{given}'s"
    if wform == "nickname":
        return NICKNAMES.get(given, given)
    if wform == "mention":
        return "@" + rng.choice(
            [
                f"{fold(given).lower()}.{fold(surname).lower().replace(' ', '')}",
                fold(given),
                f"{fold(given).lower()}{fold(surname)[0].lower()}",
            ]
        )
    if wform == "given":
        return given
    return f"{given} {surname}"


def pick_wform(rng, lang_code, given, header: bool, genre: str) -> str:
    listing = genre in ("minutes", "show_notes")
    if header and listing:
        return rng.choices(
            ["full", "given", "surname_given", "initial_surname", "caps"], [5, 2, 2, 1, 0.5]
        )[0]
    if header:
        return rng.choices(["full", "given", "lower", "caps"], [5, 4, 1, 0.5])[0]
    forms = ["full", "given", "title_surname", "initial_surname", "caps", "lower"]
    w = [5, 4, 2, 1.2, 0.6, 1]
    if lang_code == "en":
        forms.append("possessive")
        w.append(1)
    if given in NICKNAMES:
        forms.append("nickname")
        w.append(1.5)
    if genre in ("whatsapp", "telegram", "slack", "teams", "signal"):
        forms.append("mention")
        w.append(2)
    return rng.choices(forms, w)[0]


def random_person(rng, locale, lists, banned: set[str]):
    fem, mal, sur = lists
    for _ in range(500):
        female = rng.random() < 0.5
        g = rng.choice(fem if female else mal)
        s = rng.choice(sur)
        if locale == "es_ES" and rng.random() < 0.4:
            s2 = rng.choice(sur)
            if s2 != s:
                s = f"{s} {s2}"
        s = surname_for(locale, s, female)
        toks = {t.lower() for t in name_tokens(f"{g} {s}")}
        if not toks & banned:
            return g, s, female
    raise RuntimeError("no person name")
