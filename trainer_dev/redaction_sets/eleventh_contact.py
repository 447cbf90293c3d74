"""Written forms of names, e-mails, profile URLs and IPs for the eleventh set."""

from __future__ import annotations

import random
import re

from trainer_dev.redaction_sets.eleventh_leak import fold
from trainer_dev.redaction_sets.eleventh_people import NICKNAMES, TITLES, name_tokens

MEMBER_FORMS = (
    "full",
    "given",
    "surname",
    "initial_surname",
    "title_surname",
    "caps",
    "lower",
    "no_accents",
    "possessive",
    "surname_given",
    "nickname",
    "handle",
    "emoji",
    "full",
    "given",
    "handle",
    "lower",
    "hashtag",
)
PERSON_FORMS = (
    "full",
    "title_surname",
    "initial_surname",
    "caps",
    "lower",
    "no_accents",
    "possessive",
    "surname_given",
    "handle",
    "emoji",
    "full",
    "full",
    "title_full",
    "hashtag",
)

_EMOJI = ("🙌", "🎉", "👏", "🔥", "💪", "✨", "😊", "🙏", "👋", "🚀")


def ascii_fold(s: str) -> str:
    return fold(s).replace("ß", "ss")


def _deaccent(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _lang(locale: str) -> str:
    return locale if locale == "en_IN" else locale[:2]


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s))


def form_fits(locale: str, given: str, surname: str, form: str) -> bool:
    if form == "nickname":
        return given in NICKNAMES
    if form == "no_accents":
        return _deaccent(given + surname) != given + surname
    if form == "possessive":
        return locale.startswith("en")
    return True


def name_form(
    locale: str, given: str, surname: str, form: str, rng: random.Random, member: bool
) -> tuple[str, str, list[str]]:
    """(value, form, fragments) for a name written in `form` (emoji: the caller adds one)."""
    full = f"{given} {surname}"
    parts = [given, surname]
    if form == "given" and member:
        value, parts = given, [given]
    elif form == "surname" and member:
        value, parts = surname, [surname]
    elif form == "initial_surname":
        value, parts = f"{given[0]}. {surname}", [surname]
    elif form in ("title_surname", "title_full"):
        title = rng.choice(TITLES.get(_lang(locale), TITLES["en"]))
        value = f"{title} {surname}" if form == "title_surname" else f"{title} {full}"
        parts = [surname] if form == "title_surname" else parts
    elif form == "caps":
        value = full.upper()
    elif form == "lower":
        value = full.lower()
    elif form == "no_accents" and _deaccent(full) != full:
        value = _deaccent(full)
    elif form == "possessive" and locale.startswith("en"):
        value = f"{full}'" if full.endswith("s") else f"{full}'s"
    elif form == "surname_given":
        value = f"{surname}, {given}"
    elif form == "nickname" and given in NICKNAMES:
        value, parts = f"{NICKNAMES[given]} {surname}", [NICKNAMES[given], surname]
    elif form == "handle":
        style = rng.random()
        if style < 0.4:
            value = "@" + _slug(given) + _slug(surname)
        elif style < 0.7:
            value = "@" + _slug(given) + rng.choice(("_", ".")) + _slug(surname)
        else:
            value = "@" + given.replace(" ", "") + surname.replace(" ", "").replace("'", "")
        body = value[1:]
        frags = [f"n:{body}"] + [f"n:{t}" for t in re.split(r"[._]", body) if len(t) >= 3]
        toks = [ascii_fold(t) for t in name_tokens(full)]
        frags += [f"s:{t}" for t in toks if len(t) >= 4 and t in ascii_fold(body)]
        return value, "handle", sorted(set(frags))
    elif form == "hashtag":
        value = "#" + re.sub(r"[\s'.\-]", "", full)
        toks = [ascii_fold(t) for t in name_tokens(full)]
        frags = [f"n:{value[1:]}"] + [f"s:{t}" for t in toks if len(t) >= 4]
        return value, "hashtag", frags
    elif form == "emoji":
        value = full
    else:
        form = "full"
        value = full
    frags = [f"n:{t}" for p in parts for t in name_tokens(p)]
    return value, form, frags


_FREE = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "proton.me"),
    "en_GB": ("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"),
    "en_IE": ("gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"),
    "en_IN": ("gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"),
    "en_AU": ("gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"),
    "en_CA": ("gmail.com", "rogers.com", "shaw.ca", "videotron.ca", "outlook.com"),
    "de_DE": ("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"),
    "fr_FR": ("orange.fr", "free.fr", "laposte.net", "gmail.com", "wanadoo.fr", "sfr.fr"),
    "es_ES": ("gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"),
    "it_IT": ("libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it", "hotmail.it"),
    "nl_NL": ("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl"),
    "pt_BR": (
        "gmail.com",
        "uol.com.br",
        "bol.com.br",
        "hotmail.com",
        "terra.com.br",
        "yahoo.com.br",
    ),
}
_TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "en_IE": "ie",
    "en_IN": "in",
    "en_AU": "com.au",
    "en_CA": "ca",
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "pt_BR": "com.br",
}
_TRADE = ("design", "studio", "consulting", "law", "photo", "fit", "coaching", "dev", "arch")


def email(locale: str, given: str, surname: str, rng: random.Random) -> tuple[str, str, list[str]]:
    g, s = _slug(given), _slug(surname)
    year = str(rng.randint(70, 99)) if rng.random() < 0.3 else ""
    local = rng.choice(
        (
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{g}_{s}{year}",
            f"{g}{s}{year}",
            f"{s}.{g}",
            f"{g}.{s[:1]}{year}",
        )
    )
    if rng.random() < 0.2:
        label = f"{s}{rng.choice(_TRADE)}"
        domain = f"{label}.{_TLD[locale]}"
        local = rng.choice((g, "hello", "info", f"{g}.{s}"))
        frags = [f"s:{label}"] + ([f"s:{local}"] if local not in ("hello", "info") else [])
    else:
        domain = rng.choice(_FREE[locale])
        frags = [f"s:{local}"]
    style = rng.random()
    if style < 0.1:
        value = f"{local} [at] {domain.replace('.', ' [dot] ')}"
        form = "obfuscated"
    elif style < 0.18:
        value = f"{local}@{domain}".upper()
        form = "caps"
        frags = [f.upper() for f in frags]
    elif style < 0.26:
        value = f"mailto:{local}@{domain}"
        form = "mailto"
    else:
        value = f"{local}@{domain}"
        form = "plain" if domain in _FREE[locale] else "personal_domain"
    frags = [("s:" + f[2:]) if f.startswith("S:") else f for f in frags]
    return value, form, frags


def url(locale: str, given: str, surname: str, rng: random.Random) -> tuple[str, str, list[str]]:
    g, s = _slug(given), _slug(surname)
    kind = rng.random()
    hexs = "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((6, 8))))
    if kind < 0.35:
        slug = rng.choice(
            (f"{g}-{s}-{hexs}", f"{g}{s}", f"{g}-{s}", f"{g[0]}{s}{rng.randint(1, 99)}")
        )
        value = (
            rng.choice(("https://www.linkedin.com/in/", "linkedin.com/in/", "www.linkedin.com/in/"))
            + slug
            + rng.choice(("", "/"))
        )
        return value, "linkedin", [f"s:{slug}"]
    if kind < 0.5:
        slug = rng.choice((f"{g}{s}", f"{g[0]}{s}", f"{s}-{g}"))
        return f"github.com/{slug}", "github", [f"s:{slug}"]
    if kind < 0.65:
        slug = rng.choice((f"{g}-{s}", f"{g}{s}"))
        value = f"https://calendly.com/{slug}/{rng.choice(('30min', 'intro', 'coffee-chat'))}"
        return value, "calendly", [f"s:{slug}"]
    if kind < 0.78:
        slug = rng.choice((f"{g}.{s}", f"{g}_{s}", f"{g}{s}.{rng.choice(('art', 'ph', 'fit'))}"))
        return f"instagram.com/{slug}", "instagram", [f"s:{slug}"]
    label = rng.choice((f"{g}{s}", f"{g}-{s}", f"{s}{rng.choice(_TRADE)}"))
    tld = rng.choice(("dev", "me", "io", _TLD[locale], "com"))
    value = rng.choice((f"https://{label}.{tld}", f"www.{label}.{tld}", f"{label}.{tld}/portfolio"))
    return value, "personal_site", [f"s:{label}"]


def ip(rng: random.Random) -> tuple[str, str, list[str]]:
    if rng.random() < 0.2:
        groups = ["2a02", f"{rng.randint(0x8100, 0x81FF):x}"] + [
            f"{rng.randint(0x1000, 0xFFFF):x}" for _ in range(6)
        ]
        if rng.random() < 0.4:
            value = ":".join(groups[:4]) + "::" + ":".join(groups[6:])
        else:
            value = ":".join(groups)
        return value, "ipv6", [f"i:{groups[2]}:{groups[3]}", f"i:{groups[-2]}:{groups[-1]}"]
    while True:
        a = rng.randint(1, 223)
        b = rng.randint(0, 255)
        if (
            a in (10, 127)
            or (a == 172 and 16 <= b <= 31)
            or (a == 192 and b == 168)
            or (a == 100 and 64 <= b <= 127)
            or (a == 169 and b == 254)
        ):
            continue
        break
    c, d = rng.randint(0, 255), rng.randint(1, 254)
    value = f"{a}.{b}.{c}.{d}"
    return value, "ipv4", [f"i:{value}", f"i:{a}.{b}.{c}", f"i:{b}.{c}.{d}"]
