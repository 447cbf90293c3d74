"""Post writer of the fifty-third set: items, look-alikes and genres put together for one post,
with the fragment rule's matcher and the redraw checks."""

from __future__ import annotations

import random
import re
import unicodedata

from trainer_dev.redaction_sets import fiftythird_checks as ck
from trainer_dev.redaction_sets import fiftythird_locales as lc
from trainer_dev.redaction_sets.fiftythird_pools_en import KE_EN
from trainer_dev.redaction_sets.fiftythird_pools_en import LANG as EN
from trainer_dev.redaction_sets.fiftythird_pools_euro import DE_LANG, ES_LANG, FR_LANG
from trainer_dev.redaction_sets.fiftythird_pools_far import AZ_LANG, RM_LANG, SW_LANG
from trainer_dev.redaction_sets.fiftythird_pools_north import CS_LANG, FY_LANG, SV_LANG

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
GENRES = ["note", "thread", "form", "table", "email", "chat", "bullets"]
ROLES = ["SM", "DSM", "FOH", "LX", "prod", "boxoffice", "crew", "ASM"]


def _swiss(obj):
    """Swiss German writes ss for ß."""
    if isinstance(obj, str):
        return obj.replace("ß", "ss")
    if isinstance(obj, dict):
        return {k: _swiss(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return type(obj)(_swiss(v) for v in obj)
    return obj


DE_CH = _swiss(DE_LANG)
EN_KE = dict(EN, frames=KE_EN["frames"], free=KE_EN["free"])
NL_FY = dict(FY_LANG, frames=FY_LANG["nl_frames"])


def language(rng: random.Random, loc: str) -> dict:
    """The language pack one post is written in (mixed-language offices draw per post)."""
    if loc.startswith("en_"):
        return EN
    if loc == "fy_NL":
        return NL_FY if rng.random() < 0.3 else FY_LANG
    if loc == "rm_CH":
        return DE_CH if rng.random() < 0.3 else RM_LANG
    if loc == "sw_KE":
        return EN_KE if rng.random() < 0.35 else SW_LANG
    return {
        "de_DE": DE_LANG,
        "fr_BE": FR_LANG,
        "es_MX": ES_LANG,
        "sv_SE": SV_LANG,
        "cs_CZ": CS_LANG,
        "az_AZ": AZ_LANG,
    }[loc]


# ---------------------------------------------------------------- normalisation and matching

_FOLD = str.maketrans({"ı": "i", "ə": "e", "ß": "ss", "ø": "o", "æ": "ae", "ł": "l"})


def fold(s: str) -> str:
    """Accents folded the way people type without them (for the 'folded' written form)."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.translate(_FOLD).replace("Ə", "E").replace("İ", "I")


def norm(s: str) -> str:
    """NFKC, case-folding, accents stripped, Unicode digits to ASCII."""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(
        str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in s
    )


def _digit_runs(normed: str) -> list[str]:
    return ["".join(c for c in r if c.isdigit()) for r in re.findall(lc.DIGIT_RUN, normed)]


def _hit(frag: str, normed: str, runs: list[str]) -> bool:
    tag, body = frag[:2], norm(frag[2:])
    if tag == "d:":
        return any(body in r for r in runs)
    if tag == "t:":
        return re.search(rf"(?<!\w){re.escape(body)}(?!\w)", normed) is not None
    if tag == "s:":
        return re.search(rf"(?<![a-z0-9]){re.escape(body)}(?![a-z0-9])", normed) is not None
    chars = [re.escape(c) for c in body if not c.isspace()]
    return re.search(r"(?<![0-9a-z])" + r"\s*".join(chars) + r"(?![0-9a-z])", normed) is not None


def occurs(frag: str, text: str) -> bool:
    normed = norm(text)
    return _hit(frag, normed, _digit_runs(normed))


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when a fragment of the item survives in the redacted text and is not in the
    background (the post's text with the value replaced by a space)."""
    red, bg = norm(redacted_text), norm(background)
    red_runs, bg_runs = _digit_runs(red), _digit_runs(bg)
    return any(_hit(f, red, red_runs) and not _hit(f, bg, bg_runs) for f in fragments)


def name_fragments(written: str) -> list[str]:
    return [f"t:{t}" for t in re.split(r"[\s\-]+", written) if t and not t.endswith(".")]


# ---------------------------------------------------------------- items

_CZ_FEM = {
    "Bartoš": "Bartošová",
    "Čermák": "Čermáková",
    "Doležal": "Doležalová",
    "Fiala": "Fialová",
    "Hájek": "Hájková",
    "Jelínek": "Jelínková",
    "Kopecký": "Kopecká",
    "Malý": "Malá",
    "Němec": "Němcová",
    "Pokorný": "Pokorná",
    "Růžička": "Růžičková",
    "Sedláček": "Sedláčková",
    "Urban": "Urbanová",
    "Vaněk": "Vaňková",
    "Zeman": "Zemanová",
    "Štěpánek": "Štěpánková",
}
_CZ_FEM_GIVEN = {"Alžběta", "Dagmar", "Hedvika", "Libuše", "Radka", "Věra", "Ludmila", "Jitka"}
_AZ_FEM_GIVEN = {"Aynur", "Dilarə", "Fəridə", "Gülnar", "Lalə", "Nigar", "Pərvin", "Samirə"}


def outsider(rng: random.Random, loc: str) -> tuple[str, str]:
    """A non-member (given, surname) with the surname in the form the given name takes."""
    pool = lc.POOLS[loc]
    g, s = rng.choice(pool["given"]), rng.choice(pool["surname"])
    if loc == "cs_CZ" and g in _CZ_FEM_GIVEN:
        s = _CZ_FEM[s]
    if loc == "az_AZ":
        base = s[:-1] if s.endswith("a") else s
        s = base + "a" if g in _AZ_FEM_GIVEN else base
    if loc == "es_MX" and rng.random() < 0.4:
        s = f"{s} {rng.choice(pool['second'])}"
    return g, s


def person_item(rng: random.Random, loc: str, titled: bool) -> tuple[str, list[str], str]:
    g, s = outsider(rng, loc)
    if titled:
        form = rng.choice(["title+full", "title+surname"])
        written = f"{g} {s}" if form == "title+full" else s
    else:
        form = rng.choice(["full", "full", "full", "SURNAME given", "lower", "given+initial"])
        written = {
            "full": f"{g} {s}",
            "SURNAME given": f"{s.upper()} {g}",
            "lower": f"{g} {s}".lower(),
            "given+initial": f"{g} {s[0]}.",
        }[form]
    if form == "given+initial":
        return written, [f"t:{g}"] if "-" not in g else name_fragments(g), form
    return written, name_fragments(written), form


def roster(loc: str) -> list[tuple[str, str]]:
    pool = lc.POOLS[loc]
    if "roster_forms" in pool:
        return [(f[0], f[1]) for f in pool["roster_forms"]]
    return [tuple(n.split(" ", 1)) for n in pool["roster"]]


def member_item(rng: random.Random, loc: str) -> tuple[str, list[str], str]:
    pool = lc.POOLS[loc]
    idx = rng.randrange(8)
    g, s = roster(loc)[idx]
    forms = ["full", "full", "given", "surname", "initial+surname", "lower", "handle", "folded"]
    if loc in ("en_GB", "en_US", "en_CA", "de_DE", "sv_SE", "fy_NL"):
        forms.append("possessive")
    if loc in ("cs_CZ", "az_AZ"):
        forms += ["inflected", "inflected"]
    form = rng.choice(forms)
    if form == "folded" and fold(f"{g} {s}") == f"{g} {s}":
        form = "full"
    if form == "possessive":
        if loc.startswith("en_"):
            written = rng.choice([f"{g}'s", f"{g} {s}'s"])
            return written, name_fragments(written.replace("'s", "")), form
        written = rng.choice([f"{g}s", f"{g} {s}s"]) if not s.endswith(("s", "z", "x")) else f"{g}s"
        return written, name_fragments(written), form
    if form == "inflected":
        f = pool["roster_forms"][idx]
        written = rng.choice([f"{f[2]} {f[3]}", f[2], f[3]])
        return written, name_fragments(written), form
    if form == "handle":
        body = fold(g).lower() + rng.choice(["", ".", "_"]) + fold(s).lower().replace(" ", "")
        return "@" + body, [f"t:{body}"], form
    written = {
        "full": f"{g} {s}",
        "given": g,
        "surname": s,
        "initial+surname": f"{g[0]}. {s}",
        "lower": f"{g} {s}".lower(),
        "folded": fold(f"{g} {s}"),
    }[form]
    return written, name_fragments(written), form


IBAN_COUNTRY = {
    "en_GB": ["GB"],
    "en_US": ["DE", "FR", "GB"],
    "en_CA": ["FR", "BE", "GB"],
    "de_DE": ["DE"],
    "fr_BE": ["BE"],
    "es_MX": ["ES", "FR"],
    "sv_SE": ["SE"],
    "cs_CZ": ["CZ"],
    "fy_NL": ["NL"],
    "rm_CH": ["CH"],
    "sw_KE": ["GB", "DE"],
    "az_AZ": ["AZ"],
}


def make_item(rng: random.Random, loc: str, kind: str, lang: dict) -> dict:
    """One item: value, fragments, written form, and the phrase that carries it."""
    cue_words = None
    if kind == "EMAIL":
        g, s = outsider(rng, loc)
        value, local, form = lc.email(rng, loc, g, s.split()[0])
        frags = [f"s:{local}"]
    elif kind == "PHONE":
        value, form = lc.phone(rng, loc)
        frags = lc.digit_fragments(value)
    elif kind == "URL":
        value, frag, form = lc.url(rng, loc)
        frags = [frag]
    elif kind == "IP":
        value, form = lc.ip(rng)
        frags = [f"p:{value}"]
    elif kind == "CARD":
        grouped, compact = ck.card(rng)
        form = rng.choice(["grouped", "grouped", "compact", "dashed"])
        value = {"grouped": grouped, "compact": compact, "dashed": grouped.replace(" ", "-")}[form]
        frags = lc.digit_fragments(value)
    elif kind == "IBAN":
        raw = ck.iban(rng, rng.choice(IBAN_COUNTRY[loc]))
        form = rng.choice(["grouped", "grouped", "compact"])
        value = ck.group(raw) if form == "grouped" else raw
        frags = lc.digit_fragments(value)
    elif kind == "ID":
        value, sub, cue_words = lc.ident(rng, loc, outsider(rng, loc))
        form = sub
        frags = lc.digit_fragments(value)
    elif kind == "PERSON":
        tpl = rng.choice(lang["cue"]["PERSON"])
        value, frags, form = person_item(rng, loc, "{t}" in tpl)
    elif kind == "MEMBER":
        value, frags, form = member_item(rng, loc)
    else:
        value, frags, form = lc.address(rng, loc)
    written = value
    cued = True
    if kind == "ID":
        cued = rng.random() >= 0.4
        form = form + ("+cue" if cued else "+bare")
        cue_word = rng.choice(cue_words or [""])
        tpl = rng.choice(lang["cue"]["ID"][1:]) if cued else "{v}"
        phrase = tpl.format(v=written, c=cue_word)
        label = cue_word
    else:
        if kind != "PERSON":
            tpl = rng.choice(lang["cue"][kind])
        phrase = tpl.format(v=written, t=rng.choice(lang["titles"]))
        label = lang["label"][kind]
    return {
        "kind": kind,
        "value": value,
        "frags": frags,
        "form": form,
        "phrase": phrase,
        "written": written,
        "label": label,
        "cued": cued,
    }
