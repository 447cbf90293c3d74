"""Names in written forms, e-mail addresses, profile URLs and IPs for the twelfth set.

Name forms: full, given, surname, initial_surname, given_initial, title_surname, caps, lower,
no_accents, possessive, surname_given, nickname, handle, pnr (airline "SURNAME/GIVEN MR").
Fragments: `n:` name tokens (>= 3 letters, no particles, no titles), `s:` for handles, e-mail
local parts, personal domain labels, profile slugs; `i:` for IPs (three-octet runs, v6 group pairs).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from trainer_dev.redaction_sets.twelfth_people import NAMES, NICKNAMES, PARTICLES, TITLES

TITLE_WORDS = frozenset(
    "mr mrs ms miss mstr dr herr herrn frau fr hr mme madame mlle monsieur me sra sr dña don "
    "lic ing dra eng d ª".split()
)


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    female: bool

    @property
    def display(self) -> str:
        return f"{self.given} {self.surname}"


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def name_tokens(s: str) -> list[str]:
    toks = re.findall(r"[^\W\d_]+", s)
    return [
        t
        for t in toks
        if len(t) >= 3 and t.lower() not in PARTICLES and t.lower() not in TITLE_WORDS
    ]


def pick_person(r: random.Random, loc: str) -> Person:
    f, m, s = NAMES[loc]
    female = r.random() < 0.5
    given = r.choice(f if female else m)
    if loc in ("es_ES", "es_MX"):
        a, b = r.sample(s, 2)
        sur = f"{a} {b}" if r.random() < 0.8 else a
    elif loc == "pt_PT" and r.random() < 0.6:
        a, b = r.sample(s, 2)
        link = {"Silva": "da", "Costa": "da", "Cunha": "da", "Rocha": "da", "Santos": "dos"}
        sur = f"{a} {link[b]} {b}" if b in link and r.random() < 0.6 else f"{a} {b}"
    else:
        sur = r.choice(s)
    if loc in ("pt_PT", "es_MX") and r.random() < 0.12:
        second = r.choice(f if female else m)
        if second != given and "-" not in given:
            given = f"{given}-{second}" if loc == "fr_FR" else f"{given} {second}"
    return Person(given, sur, female)


def _lang(loc: str) -> str:
    return loc[:2]


def _title(r: random.Random, p: Person, loc: str) -> str:
    t = TITLES.get(loc) or TITLES[_lang(loc)]
    return r.choice(t["f"] if p.female else t["m"])


def _last_surname(p: Person, loc: str) -> str:
    parts = p.surname.split()
    if loc == "pt_PT":
        return parts[-1] if parts[-1].lower() not in PARTICLES else p.surname
    if loc in ("es_ES", "es_MX") and len(parts) == 2:
        return parts[0]
    return p.surname


def _slug_parts(p: Person) -> tuple[str, str]:
    g = ascii_fold(p.given.split()[0]).lower().replace("-", "").replace("'", "")
    words = [w for w in p.surname.split() if w.lower() not in PARTICLES] or [p.surname]
    s = ascii_fold(words[0]).lower().replace("-", "").replace("'", "")
    return g, s


def handle_body(r: random.Random, p: Person) -> str:
    g, s = _slug_parts(p)
    return r.choice(
        [
            f"{g}.{s}",
            f"{g}{s}",
            f"{g}_{s}",
            f"{g[0]}{s}",
            f"{s}.{g}",
            f"{g}{s}{r.randint(1, 99)}",
            f"{g}_{s[0]}",
        ]
    )


NAME_FORMS = [
    "full",
    "given",
    "surname",
    "initial_surname",
    "given_initial",
    "title_surname",
    "caps",
    "lower",
    "no_accents",
    "possessive",
    "surname_given",
    "nickname",
    "handle",
    "pnr",
]


def name_form(r: random.Random, p: Person, loc: str, form: str) -> tuple[str, list[str]] | None:
    """(value, fragments) of `p` written in `form`, or None where the form does not apply."""
    lang = _lang(loc)
    sur = _last_surname(p, loc)
    first = p.given.split()[0]
    if form == "full":
        v = p.display
    elif form == "given":
        v = p.given
    elif form == "surname":
        v = sur
    elif form == "initial_surname":
        v = f"{first[0]}. {sur}"
    elif form == "given_initial":
        v = f"{first} {sur[0]}."
    elif form == "title_surname":
        v = f"{_title(r, p, loc)} {sur}"
    elif form == "caps":
        v = p.display.upper()
    elif form == "lower":
        v = p.display.lower()
    elif form == "no_accents":
        v = ascii_fold(p.display)
        if v == p.display:
            return None
    elif form == "possessive":
        if lang == "en":
            base = r.choice([p.display, first])
            v = base + ("'" if base.endswith("s") else "'s")
        elif lang == "de":
            base = r.choice([p.display, first])
            v = base + ("'" if base[-1] in "sßxz" else "s")
        else:
            return None
        return v, [f"n:{t.lower()}" for t in name_tokens(base)]
    elif form == "surname_given":
        v = f"{p.surname}, {p.given}"
    elif form == "nickname":
        nicks = [n for n in NICKNAMES.get(first, []) if len(n) >= 3]
        if not nicks:
            return None
        v = r.choice(nicks)
        if r.random() < 0.4:
            v = f"{v} {sur}"
    elif form == "handle":
        body = handle_body(r, p)
        return "@" + body, [f"s:{body}"]
    elif form == "pnr":
        t = "MRS" if p.female and r.random() < 0.5 else ("MS" if p.female else "MR")
        v = f"{ascii_fold(p.surname).upper().replace(' ', '')}/{ascii_fold(first).upper()} {t}"
        toks = [ascii_fold(p.surname).upper().replace(" ", ""), ascii_fold(first).upper()]
        return v, [f"n:{t.lower()}" for t in toks if len(t) >= 3]
    else:
        raise ValueError(form)
    frags = [f"n:{t.lower()}" for t in name_tokens(v)]
    return (v, frags) if frags else None


_MAIL = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
    "en_GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "es_ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es"],
    "en_NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.co.nz"],
    "en_ZA": ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za", "icloud.com"],
    "de_AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
    "fr_CA": ["videotron.ca", "sympatico.ca", "gmail.com", "hotmail.ca", "outlook.com"],
    "es_MX": ["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx", "outlook.com"],
    "pt_PT": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "iol.pt"],
}
_TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "en_IN": "in",
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "en_NZ": "co.nz",
    "en_ZA": "co.za",
    "de_AT": "at",
    "fr_CA": "ca",
    "es_MX": "mx",
    "pt_PT": "pt",
}


def _slugs(r: random.Random, p: Person) -> tuple[str, str]:
    return _slug_parts(p)


def email(r: random.Random, loc: str, p: Person) -> tuple[str, str, list[str]]:
    g, s = _slugs(r, p)
    local = r.choice(
        [
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{g}{s}{r.randint(60, 99)}",
            f"{s}.{g}",
            f"{g}_{s}",
            f"{g}{r.randint(1970, 2004)}",
            f"{s}{g[0]}",
            f"{g}.{s[0]}",
        ]
    )
    frags = [f"s:{local}"]
    if r.random() < 0.15:
        dom = f"{s}-family.{_TLD[loc]}" if r.random() < 0.5 else f"{g}{s}.{_TLD[loc]}"
        frags.append("s:" + dom.split(".")[0])
        form = "personal_domain"
    else:
        dom = r.choice(_MAIL[loc])
        form = "webmail"
    return f"{local}@{dom}", form, frags


def url(r: random.Random, loc: str, p: Person) -> tuple[str, str, list[str]]:
    g, s = _slugs(r, p)
    kind = r.choice(["linkedin", "facebook", "instagram", "github", "site", "x", "tiktok"])
    if kind == "linkedin":
        slug = (
            f"{g}-{s}-{r.choice(['', str(r.randint(10, 99))])}{r.choice(['4a', 'b7', 'a91', ''])}"
        )
        slug = slug.rstrip("-")
        v = f"https://www.linkedin.com/in/{slug}/"
    elif kind == "facebook":
        slug = f"{g}.{s}.{r.randint(1000, 9999)}"
        v = f"https://www.facebook.com/{slug}"
    elif kind == "instagram":
        slug = r.choice([f"{g}.{s}", f"{g}_{s}_", f"{s}{g}"])
        v = f"instagram.com/{slug}"
    elif kind == "github":
        slug = r.choice([f"{g}{s}", f"{g[0]}{s}", f"{g}-{s}"])
        v = f"https://github.com/{slug}"
    elif kind == "x":
        slug = r.choice([f"{g}_{s}", f"{g}{s}{r.randint(1, 99)}"])
        v = f"https://x.com/{slug}"
    elif kind == "tiktok":
        slug = r.choice([f"{g}.{s}", f"{g}{s}"])
        v = f"https://www.tiktok.com/@{slug}"
    else:
        slug = f"{g}{s}"
        v = r.choice([f"https://{slug}.{_TLD[loc]}", f"www.{slug}.{_TLD[loc]}/portfolio"])
    return v, kind, [f"s:{slug}"]


def ip(r: random.Random) -> tuple[str, str, list[str]]:
    if r.random() < 0.8:
        while True:
            a = r.randint(2, 223)
            if a not in (10, 100, 127, 169, 172, 192, 198, 203):
                break
        o = [a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)]
        v = ".".join(map(str, o))
        return v, "ipv4", [f"i:{o[0]}.{o[1]}.{o[2]}", f"i:{o[1]}.{o[2]}.{o[3]}"]
    groups = [r.choice(["2a02", "2001", "2a01", "2600", "2406"]), f"{r.randint(0x100, 0xFFF):x}"]
    groups += [f"{r.randint(0x1000, 0xFFFF):x}" for _ in range(6)]
    v = ":".join(groups)
    frags = [f"i:{groups[i]}:{groups[i + 1]}" for i in range(1, 7)]
    return v, "ipv6", frags
