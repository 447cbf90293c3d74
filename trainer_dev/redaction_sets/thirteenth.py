"""`thirteenth`: independent scoring set of long-form professional-network writing (PII redactor).

Data card
- Written WITHOUT reading the redactor, its tests, its docs or other scoring sets. Generator:
  hand-written lists and templates (thirteenth_names/_ids/_local/_addr/_text/_items/_native.py),
  no fake-data library; `phonenumbers` is used only to validate generated phones.
- Locales (12): en_US en_GB en_AU en_IN de_DE fr_FR it_IT pt_BR pl_PL sv_SE tr_TR fi_FI.
  Prose is mostly English (as posted on an international network); in the 8 non-English locales
  a greeting/closing line (40% each) and about a third of item sentences are in the local
  language. Names, addresses, ids, phones, IBANs, sign-offs and contact labels follow each
  locale's customs and national formats (UPU/national postal layouts).
- Genres (13): about, recommendation, newsletter, job_ad, event_recap, farewell, anniversary,
  in_memoriam, parental_leave, press_release, cv, cover_letter, reference_letter. Posts are
  multi-paragraph (about 90-290 words, median ~170); items sit in flowing prose (sentences
  chosen to fit the genre) or in a signature block after "--".
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. item_forms:
  names: full, given, title_surname, given_honorific (tr), initial_surname, possessive, caps,
  lower, surname_given, signature; ADDRESS: full, street, block (multi-line);
  ID: the scheme (ssn, itin, nino, nhs_number, tfn, medicare, aadhaar, pan, steuer_id,
  sozialversicherungsnummer, nir, codice_fiscale, cpf, pesel, personnummer[_12], tc_kimlik,
  henkilotunnus); PHONE: mobile_/landline_ national/international; EMAIL: webmail, work,
  personal_domain; URL: profile, code_profile, portfolio, personal_site; IP: ipv4, ipv6;
  CARD: brand; IBAN: <country>_print / <country>_compact.
- Look-alikes (must survive): order, invoice, ticket, isbn, date, time, price, product, flight,
  version, company (brands named after people), place (public landmarks).
- Fragment rule (`leaked`, in thirteenth_rule.py):
  "n:" name token / "t:" street-name token: whole word, case-insensitive;
  "d:" 4 consecutive digits of the value, found inside one number-like run of the redacted text
  (digits joined by spaces . - / ( ) );
  "s:" case-insensitive substring (e-mail local part, personal domain, URL slug, id chunks);
  "i:" the IP text, not touching other word characters; "p:" the postcode, likewise.
  A fragment counts only if it is absent from the background (post with the value -> " ").
- Sizes: per locale 375 labelled posts (1-3 items; first item's kind cycles over KINDS, 37-38
  each) + 75 PII-free (30 plain: no digit, no look-alike; 45 with 1-3 look-alikes); labelled
  posts also carry 0-2 look-alikes. Total 4,500 labelled + 900 PII-free, ~5.7 MB of text,
  builds in a few seconds. Roster: 8 members per locale (96); PERSON names never share a
  (folded) token with the roster.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from . import thirteenth_addr as addr
from . import thirteenth_ids as ids
from . import thirteenth_local as loc
from .thirteenth_items import (
    KIND_SENT,
    LA_KINDS,
    LA_SENT,
    NAME_NOUN,
    NAME_POSS,
    TITLES,
    lookalike,
    pick,
)
from .thirteenth_names import female_surname, given, surnames
from .thirteenth_native import NATIVE
from .thirteenth_rule import _windows, leaked, name_frags, name_keys
from .thirteenth_text import FILLER, FIRMS, GENRES, ID_LABEL, LOCAL_WORDS, MIDDLE, TOPICS

LOCALES = [
    "en_US",
    "en_GB",
    "en_AU",
    "en_IN",
    "de_DE",
    "fr_FR",
    "it_IT",
    "pt_BR",
    "pl_PL",
    "sv_SE",
    "tr_TR",
    "fi_FI",
]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
N_LABELLED, N_PLAIN, N_LOOKALIKE = 375, 30, 45
ROSTER_PER_LOCALE = 8


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]] = field(default_factory=list)
    item_forms: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


# ----------------------------------------------------------------------------- names


def _lang(locale: str) -> str:
    return locale[:2]


def _person(rng: random.Random, locale: str, banned: set[str]) -> tuple[str, str, bool]:
    gl, sl = given(locale), surnames(locale)
    while True:
        g, sex = rng.choice(gl)
        s = female_surname(locale, rng.choice(sl)) if sex == "F" else rng.choice(sl)
        if not name_keys(g + " " + s) & banned:
            return g, s, sex == "F"


def roster(seed: int) -> dict[str, list[tuple[str, str, bool]]]:
    out: dict[str, list[tuple[str, str, bool]]] = {}
    used: set[str] = set()
    for li, locale in enumerate(LOCALES):
        rng = random.Random(seed * 1000 + li + 500)
        out[locale] = []
        while len(out[locale]) < ROSTER_PER_LOCALE:
            g, s, f = _person(rng, locale, used)
            out[locale].append((g, s, f))
            used |= name_keys(g + " " + s)
    return out


def _name_form(rng: random.Random, locale: str, g: str, s: str, female: bool) -> tuple[str, str]:
    form = rng.choices(
        [
            "full",
            "given",
            "title_surname",
            "initial_surname",
            "possessive",
            "caps",
            "lower",
            "surname_given",
            "signature",
        ],
        [30, 12, 12, 8, 10, 5, 3, 8, 12],
    )[0]
    if form == "given":
        return (g, form) if len(g) > 2 else (f"{g} {s}", "full")
    if form == "title_surname":
        if locale == "tr_TR":
            return f"{g} {'Hanım' if female else 'Bey'}", "given_honorific"
        t = rng.choice(
            TITLES[_lang(locale) if _lang(locale) in TITLES else "en"][0 if female else 1]
        )
        return f"{t} {s}", form
    if form == "initial_surname":
        return f"{g[0]}. {s}", form
    if form == "caps":
        return f"{g} {s}".upper(), form
    if form == "lower":
        return f"{g} {s}".lower(), form
    if form == "surname_given":
        return f"{s.upper() if rng.random() < 0.5 else s}, {g}", form
    return f"{g} {s}", form


# ----------------------------------------------------------------------------- items


_SG_LINE = {
    "cv": "Name: {v}.",
    "cover_letter": "Applicant: {v}.",
    "reference_letter": "Re: {v}.",
    "job_ad": "Contact: {v}, talent acquisition.",
    "press_release": "Press contact: {v}.",
    "event_recap": "Moderator: {v}.",
}


def _native(rng: random.Random, locale: str, key: str) -> str | None:
    """About a third of item sentences in non-English locales are written in the local language."""
    if locale in NATIVE and rng.random() < 0.35:
        return NATIVE[locale][key]
    return None


def _item(rng: random.Random, locale: str, kind: str, members: list, banned: set[str], genre: str):
    """Return (kind, fragments, value, form, sentence-or-None, signature-line-or-None)."""
    words = LOCAL_WORDS[locale]
    g, s, female = _person(rng, locale, banned)
    sig = rng.random() < 0.35
    if kind in ("PERSON", "MEMBER"):
        if kind == "MEMBER":
            g, s, female = rng.choice(members)
        v, form = _name_form(rng, locale, g, s, female)
        fr = name_frags(v)
        if form == "signature":
            return kind, fr, v, form, None, f"{words[0]}\n{v}"
        if form == "surname_given":
            if genre not in _SG_LINE:
                v, form = f"{g} {s}", "full"
                fr = name_frags(v)
            else:
                return kind, fr, v, form, _SG_LINE[genre].replace("{v}", v), None
        tpl = pick(rng, NAME_POSS if form == "possessive" else NAME_NOUN, genre)
        if form != "possessive":
            tpl = _native(rng, locale, "NAME") or tpl
        return kind, fr, v, form, tpl, None
    if kind == "EMAIL":
        v, form, extra = loc.email(rng, locale, g, s)
        local = v.split("@")[0]
        fr = (
            [f"s:{local}"]
            if len(local) >= 4 and local not in ("hello", "contact", "mail")
            else [f"s:{v}"]
        )
        fr += [f"s:{e}" for e in extra]
        label = f"{words[2]}: {v}"
    elif kind == "PHONE":
        v, form = loc.phone(rng, locale)
        fr, label = _windows(v), f"{words[1]}: {v}"
    elif kind == "URL":
        v, form, slug = loc.url(rng, locale, g, s)
        fr, label = [f"s:{slug}"], f"{words[4]}: {v}"
    elif kind == "IP":
        v, form = loc.ip(rng)
        fr = [f"i:{v}"]
        sig, label = False, ""
    elif kind == "CARD":
        v, form = ids.card(rng, locale)
        fr, sig, label = _windows(v), False, ""
    elif kind == "IBAN":
        v, form = ids.iban(rng, locale)
        fr, label = _windows(v) + [f"s:{v.replace(' ', '')[-8:]}"], f"IBAN: {v}"
    elif kind == "ID":
        v, form = ids.national_id(rng, locale, g, s, female)
        compact = re.sub(r"[\s.\-]", "", v)
        fr = _windows(v) + [f"s:{v}"]
        if form == "codice_fiscale":
            fr += [f"s:{compact[:6]}", f"s:{compact[6:11]}", f"s:{compact[11:]}"]
        elif form == "pan":
            fr += [f"s:{compact[:5]}", f"s:{compact[3:9]}"]
        tpl = _native(rng, locale, "ID") or pick(rng, KIND_SENT["ID"], genre)
        tpl = tpl.replace("{label}", ID_LABEL[form])
        return kind, fr, v, form, tpl, None
    else:  # ADDRESS
        v, form, toks, pc = addr.address(rng, locale)
        fr = [f"t:{t}" for t in toks] + ([f"p:{pc}"] if pc else [])
        if form == "block":
            return kind, fr, v, form, None, f"{words[3]}:\n{v}"
        label = f"{words[3]}: {v}"
    if sig and label:
        return kind, fr, v, form, None, label
    return kind, fr, v, form, _native(rng, locale, kind) or pick(rng, KIND_SENT[kind], genre), None


def _fill(t: str, rng: random.Random, locale: str) -> str:
    lang = _lang(locale)
    firm = rng.choice(FIRMS[lang if lang in FIRMS else "en"].split("|"))
    return (
        t.replace("{firm}", firm)
        .replace("{topic}", rng.choice(TOPICS))
        .replace("{city}", rng.choice(addr.TOWNS[locale].split()).split("|")[0].replace("_", " "))
    )


def _post(
    rng: random.Random, locale: str, kinds: list[str], members, banned, n_la: int, plain: bool
) -> Post:
    genre = rng.choice(list(GENRES))
    gen = GENRES[genre]
    paras = [_fill(rng.choice(gen["open"]), rng, locale)]
    if locale in NATIVE and rng.random() < 0.4:
        paras.insert(0, NATIVE[locale]["GREET"])
    body = rng.sample(FILLER, rng.randint(2, 5))
    if genre in MIDDLE:
        body = rng.sample(MIDDLE[genre], rng.randint(1, len(MIDDLE[genre]))) + body[:2]
    items, sents, sigs = [], [], []
    name_toks: set[str] = set()
    for k in kinds:
        for _ in range(50):
            it = _item(rng, locale, k, members, banned, genre)
            fresh = it[4] is None or all(it[4] != o[4] for o in items)
            if fresh and all(it[2] not in o[2] and o[2] not in it[2] for o in items):
                break
        items.append(it)
        if it[4] is not None:
            sents.append(it[4].replace("{v}", it[2]))
        else:
            sigs.append(it[5])
        name_toks |= {f[2:].lower() for f in it[1] if f[:2] == "n:"}
    la = []
    for lk in rng.sample(LA_KINDS, n_la):
        for _ in range(20):
            lv = lookalike(rng, locale, lk)
            toks = {t.lower() for t in re.findall(r"\w+", lv)}
            if not toks & name_toks and all(lv not in o and o not in lv for o, _ in la):
                la.append((lv, lk))
                sents.append(pick(rng, LA_SENT[lk], genre).replace("{v}", lv))
                break
    rng.shuffle(sents)
    rng.shuffle(body)
    para = [[b] for b in body]
    for c in sents:
        if rng.random() < 0.25:
            para.append([c])
        else:
            tgt = rng.choice(para)
            tgt.insert(0 if rng.random() < 0.3 else len(tgt), c)
    rng.shuffle(para)
    para = [" ".join(x) for x in para]
    paras += para + [_fill(rng.choice(gen["close"]), rng, locale)]
    if locale in NATIVE and rng.random() < 0.4:
        paras.append(NATIVE[locale]["CLOSE"])
    if sigs:
        paras.append("--\n" + "\n".join(sigs))
    text = "\n\n".join(paras)
    if plain:
        assert not re.search(r"\d", text), text
    return Post(
        locale,
        text,
        [(k, fr, v) for k, fr, v, *_ in items],
        [it[3] for it in items],
        [v for v, _ in la],
        [k for _, k in la],
        genre,
    )


def _fair(post: Post) -> bool:
    """Every item leaks on the raw text and no look-alike overlaps an item."""
    for _k, fr, v in post.items:
        if not leaked(post.text, fr, post.text.replace(v, " ")):
            return False
    return all(la not in v and v not in la for la in post.lookalikes for _k, _f, v in post.items)


def make_thirteenth_set(seed: int = 1313) -> tuple[list[str], list[Post]]:
    ros = roster(seed)
    members = [f"{g} {s}" for loc_ in LOCALES for g, s, _ in ros[loc_]]
    banned = {k for m in members for k in name_keys(m)}
    posts: list[Post] = []
    for li, locale in enumerate(LOCALES):
        rng = random.Random(seed * 1000 + li)
        for i in range(N_LABELLED):
            kinds = [KINDS[i % len(KINDS)]] + rng.choices(KINDS, k=rng.choice([0, 0, 1, 1, 2]))
            n_la = rng.choice([0, 0, 1, 2])
            for _ in range(50):
                post = _post(rng, locale, kinds, ros[locale], banned, n_la, False)
                if _fair(post):
                    break
            posts.append(post)
        for i in range(N_PLAIN + N_LOOKALIKE):
            n_la = 0 if i < N_PLAIN else rng.randint(1, 3)
            posts.append(_post(rng, locale, [], ros[locale], banned, n_la, n_la == 0))
    return members, posts
