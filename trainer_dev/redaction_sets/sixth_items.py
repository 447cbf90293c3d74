"""Values and the leak rule of the sixth held-out set: how each labelled item is written, its
fragments, and ``leaked`` (see sixth.py for the rule)."""

from __future__ import annotations

import random
import re
import unicodedata

from trainer_dev.redaction_sets import sixth_ids as ids
from trainer_dev.redaction_sets import sixth_national as national
from trainer_dev.redaction_sets import sixth_phones as phones
from trainer_dev.redaction_sets.sixth_looks import LANG
from trainer_dev.redaction_sets.sixth_names import NAMES, TITLES, surname_tokens
from trainer_dev.redaction_sets.sixth_places import address

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
