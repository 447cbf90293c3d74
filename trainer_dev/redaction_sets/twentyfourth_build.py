"""Assembly of posts: rosters, mentions, item sentences, look-alikes, PII-free posts."""

from __future__ import annotations

import random
import unicodedata

from . import twentyfourth_text_en as EN
from . import twentyfourth_values as V
from .twentyfourth_looks import LOOK_KINDS, lookalike
from .twentyfourth_model import Post, check_post
from .twentyfourth_people import GIVEN, NICK, PARTICLES, SURNAME, TITLES
from .twentyfourth_text_nlde import DE, NL
from .twentyfourth_text_plslfr import FR, PL, SL
from .twentyfourth_text_ptes import ES, PT

LANG = {
    "en_US": "en",
    "en_CA": "en",
    "en_KE": "en",
    "en_GH": "en",
    "pt_BR": "pt",
    "nl_NL": "nl",
    "de_AT": "de",
    "pl_PL": "pl",
    "es_PE": "es",
    "es_EC": "es",
    "sl_SI": "sl",
    "fr_LU": "fr",
}
TEXT = {
    "en": {"OPEN": EN.OPEN, "LEAD": EN.LEAD, "LOOKF": EN.LOOKF, "CLOSE": EN.CLOSE},
    "pt": PT,
    "es": ES,
    "nl": NL,
    "de": DE,
    "pl": PL,
    "sl": SL,
    "fr": FR,
}
GENRES = list(EN.OPEN)
_ID_CUES = {"pesel": "PESEL", "nip": "NIP", "emso": "EMŠO", "davcna": "Davčna"}
_MAIL = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com"],
    "en_CA": ["gmail.com", "rogers.com"],
    "pt_BR": ["gmail.com", "uol.com.br", "hotmail.com"],
    "nl_NL": ["gmail.com", "ziggo.nl"],
    "de_AT": ["gmx.at", "aon.at", "gmail.com"],
    "pl_PL": ["wp.pl", "o2.pl", "gmail.com"],
    "es_PE": ["gmail.com", "hotmail.com"],
    "sl_SI": ["gmail.com", "siol.net"],
    "en_KE": ["gmail.com", "yahoo.com"],
    "en_GH": ["gmail.com", "yahoo.com"],
    "es_EC": ["gmail.com", "hotmail.com"],
    "fr_LU": ["pt.lu", "gmail.com", "post.lu"],
}
_TLD = {
    "en_US": "com",
    "en_CA": "ca",
    "pt_BR": "com.br",
    "nl_NL": "nl",
    "de_AT": "at",
    "pl_PL": "pl",
    "es_PE": "pe",
    "sl_SI": "si",
    "en_KE": "co.ke",
    "en_GH": "com.gh",
    "es_EC": "ec",
    "fr_LU": "lu",
}


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def name_tokens(name: str) -> list[str]:
    return [t for t in name.replace("-", " ").split() if t.lower() not in PARTICLES]


def roster_for(rng: random.Random, locale: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    used: set[str] = set()
    while len(out) < 8:
        g, s = rng.choice(GIVEN[locale]), rng.choice(SURNAME[locale])
        toks = {t.lower() for t in name_tokens(f"{g} {s}")}
        if toks & used or g == s:
            continue
        used |= toks
        out.append((g, s))
    return out


def _tok_frags(text: str) -> list[str]:
    return ["t:" + t.strip("'.,") for t in name_tokens(text) if len(t.strip("'.,")) > 1]


def mention(rng: random.Random, lang: str, g: str, s: str, member: bool):
    """A realistic written mention of a person -> (value, fragments, form)."""
    forms = (
        [
            "full",
            "given",
            "surname",
            "initial_surname",
            "handle",
            "possessive",
            "lower",
            "folded",
            "title",
            "nick",
        ]
        if member
        else ["full", "full", "title", "lower", "given_initial", "folded"]
    )
    form = rng.choice(forms)
    full = f"{g} {s}"
    if form == "folded" and fold(full) == full:
        form = "full"
    if form == "nick" and g not in NICK:
        form = "given"
    if form == "possessive" and lang not in ("en", "de", "nl"):
        form = "given"
    if form == "full":
        return full, _tok_frags(full), form
    if form == "given":
        return g, _tok_frags(g), form
    if form == "surname":
        return s, _tok_frags(s), form
    if form == "initial_surname":
        return f"{g[0]}. {s}", _tok_frags(s), form
    if form == "given_initial":
        return f"{g} {s[0]}.", _tok_frags(g), form
    if form == "handle":
        fg, fs = fold(g).lower(), fold("".join(name_tokens(s))).lower().replace("'", "")
        sep = rng.choice([".", "_", ""])
        if sep:
            v = f"@{fg}{sep}{fs}"
            return v, ["t:" + fg, "t:" + fs], form
        v = f"@{fg[0]}{fs}" if rng.random() < 0.5 else f"@{fg}{fs}"
        return v, ["s:" + v[1:]], form
    if form == "possessive":
        base = rng.choice([g, full])
        return base + "'s", _tok_frags(base), form
    if form == "lower":
        v = rng.choice([full, g]).lower()
        return v, _tok_frags(v), form
    if form == "folded":
        v = fold(full)
        return v, _tok_frags(v), form
    if form == "nick":
        return NICK[g], ["t:" + NICK[g]], form
    title = rng.choice(TITLES[lang])
    return f"{title} {s}", _tok_frags(s), form


def _email(rng: random.Random, locale: str, g: str, s: str):
    base = V.email_url_base(rng, g, s)
    if rng.random() < 0.25:
        dom = (
            f"{rng.choice(['studio', 'atelier', 'office', 'hello'])}-"
            f"{fold(name_tokens(s)[-1]).lower()}.{_TLD[locale]}"
        )
    else:
        dom = rng.choice(_MAIL[locale])
    form = rng.choice(["plain", "plain", "plain", "angle", "obfuscated", "upper"])
    if form == "angle":
        return f"<{base}@{dom}>", ["t:" + base], form
    if form == "obfuscated":
        d1, d2 = dom.split(".", 1)
        return f"{base} (at) {d1} (dot) {d2}", ["t:" + base], form
    if form == "upper":
        return f"{base}@{dom}".upper(), ["t:" + base], form
    return f"{base}@{dom}", ["t:" + base], form


def _url(rng: random.Random, locale: str, g: str, s: str):
    slug = V.email_url_base(rng, g, s).replace(".", "-").replace("_", "-")
    form = rng.choice(["linkedin", "github", "portfolio_domain", "behance", "calendly", "bare"])
    if form == "linkedin":
        v = f"https://www.linkedin.com/in/{slug}-{rng.randint(10, 99)}{rng.choice('abcdef')}"
    elif form == "github":
        v = f"https://github.com/{slug}/{rng.choice(['split-bills', 'invoice-kit', 'deskmap'])}"
    elif form == "portfolio_domain":
        v = f"https://{slug}.{rng.choice([_TLD[locale], 'dev', 'design'])}"
    elif form == "behance":
        v = f"behance.net/{slug}"
    elif form == "calendly":
        v = f"https://calendly.com/{slug}/{rng.choice(['30min', 'intro-call'])}"
    else:
        v = f"{slug}.{rng.choice(['carrd.co', 'notion.site', 'framer.website'])}"
    return v, ["t:" + slug], form


class Writer:
    def __init__(self, locale: str, rng: random.Random, roster, persons):
        self.locale, self.rng, self.roster, self.persons = locale, rng, roster, persons
        self.lang = LANG[locale]
        self.t = TEXT[self.lang]

    def item(self, kind: str):
        rng, loc = self.rng, self.locale
        lead_key = kind
        if kind == "EMAIL":
            v, f, form = _email(rng, loc, *rng.choice(self.persons))
        elif kind == "URL":
            v, f, form = _url(rng, loc, *rng.choice(self.persons))
        elif kind == "PHONE":
            v, f, form = V.phone(rng, loc)
        elif kind == "IP":
            v, f, form = V.ip(rng)
        elif kind == "CARD":
            v, f, form = V.card(rng)
        elif kind == "IBAN" and loc in V.IBAN_LOCALES:
            v, f, form = V.iban(rng, loc)
        elif kind == "IBAN":
            kind, lead_key = "ID", "BANK"
            v, f, form = V.bank_account(rng, loc)
        elif kind == "ID":
            v, f, form = V.national_id(rng, loc)
            lead_key = "IDNC" if rng.random() < 0.3 else "ID"
        elif kind == "ADDRESS":
            v, f, form = V.address(rng, loc)
        elif kind == "MEMBER":
            v, f, form = mention(rng, self.lang, *rng.choice(self.roster), member=True)
        else:
            v, f, form = mention(rng, self.lang, *rng.choice(self.persons), member=False)
        leads = self.t["LEAD"][lead_key]
        if lead_key == "ID":
            cue = _ID_CUES.get(form)
            leads = [
                x for x in leads if (cue and cue in x) or not any(c in x for c in _ID_CUES.values())
            ] or leads
        lead = rng.choice(leads)
        if form == "possessive":
            lead = rng.choice(
                [
                    "{v} desk is free.",
                    "{v} invoice template helped a lot.",
                    "Using {v} setup for this.",
                ]
                if self.lang == "en"
                else ["{v} Tipp war Gold wert.", "{v} Link oben."]
                if self.lang == "de"
                else ["{v} tip was top.", "{v} bureau."]
            )
        return (kind, f, v), form, lead.replace("{v}", v)

    def look(self, kind: str):
        val = lookalike(self.rng, self.locale, kind)
        return val, self.rng.choice(self.t["LOOKF"][kind]).replace("{l}", val)

    def assemble(self, genre: str, sentences: list[str], close: bool) -> str:
        rng = self.rng
        casual = genre == "groupchat" and rng.random() < 0.4
        opener = rng.choice(self.t["OPEN"][genre])
        parts = [opener.lower() if casual else opener] + sentences
        if close:
            closer = rng.choice(self.t["CLOSE"])
            parts.append(closer.lower() if casual else closer)
        joiner = rng.choice([" ", " ", "\n", "\n\n"])
        return joiner.join(parts)

    def labelled(self, first_kind: str, kinds: list[str]) -> Post:
        rng = self.rng
        while True:
            genre = rng.choice(GENRES)
            n = rng.choice([1, 1, 2, 2, 3])
            want = [first_kind] + [rng.choice(kinds) for _ in range(n - 1)]
            items, forms, sents = [], [], []
            for k in want:
                it, form, sent = self.item(k)
                items.append(it)
                forms.append(form)
                sents.append(sent)
            looks, lkinds = [], []
            for _ in range(rng.choice([0, 1, 1, 2])):
                lk = rng.choice(LOOK_KINDS)
                val, sent = self.look(lk)
                looks.append(val)
                lkinds.append(lk)
                sents.insert(rng.randint(0, len(sents)), sent)
            text = self.assemble(genre, sents, rng.random() < 0.7)
            p = Post(self.locale, text, items, forms, looks, lkinds, genre)
            if check_post(p):
                return p

    def free(self, with_looks: bool) -> Post:
        rng = self.rng
        while True:
            genre = rng.choice(GENRES)
            sents: list[str] = []
            looks, lkinds = [], []
            if with_looks:
                for _ in range(rng.choice([1, 2, 3])):
                    lk = rng.choice(LOOK_KINDS)
                    val, sent = self.look(lk)
                    if val in looks:
                        continue
                    looks.append(val)
                    lkinds.append(lk)
                    sents.append(sent)
            else:
                other = rng.choice(GENRES)
                if rng.random() < 0.5:
                    sents.append(rng.choice(self.t["OPEN"][other]))
            text = self.assemble(genre, sents, rng.random() < 0.8)
            p = Post(self.locale, text, [], [], looks, lkinds, genre)
            if with_looks or not any(c.isdigit() for c in text):
                if check_post(p):
                    return p
