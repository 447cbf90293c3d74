"""DATA CARD - twenty-ninth redaction scoring set (nonprofits, volunteering, fundraising).

How written: every name pool, street, town/postcode pair, phrase and frame was
written by hand for this set (no fake-data library, nothing copied from other
sets). Check digits are computed here (Luhn for cards and Dominican cedulas,
IBAN mod 97 plus national BBAN keys: French RIB key, Spanish DC, Italian CIN,
Serbian and Angolan/Ivorian mod-97 keys; German Steuer-ID ISO 7064, French
NIR key, Spanish DNI/NIE letter, Italian codice fiscale, Serbian JMBG, UK NHS
mod 11). Phones are validated with `phonenumbers` for their region.

Seed: SEED = 2929; one random.Random(f"{seed}:{i}:{locale}") per locale.
Locales (12): en_US en_GB de_DE fr_FR es_ES it_IT (core), sr_RS en_TT fr_CI
(written afresh), es_DO pt_AO en_TZ (new countries).
Genres: notice (formal association notice), chat (casual volunteer chat),
event (event page), receipt / roster / pledge / ballot (label: value lines
pasted from forms and spreadsheets).
Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS.
Written forms per kind (item_forms):
  EMAIL plain, angle, obfuscated ([at]/(at)), mailto
  PHONE intl, national, compact, local (dotted/slashed/(0)/00-prefix styles)
  URL https, www, bare (fundraising pages, profiles, blogs; personal slug/host)
  IP ipv4, ipv6
  CARD spaced, dashed, compact, amex (4-6-5)
  IBAN print, compact (IBAN countries); bank_account (US, TT, TZ: labelled ID)
  ID ssn, ssn_spaced, nino, nino_spaced, nhs, steuerid(_spaced), nir(_spaced),
     dni, dni_dotted, nie, codice_fiscale, jmbg, tt_id, cni, cni_old, cedula,
     cedula_compact, bi, nida, tin (with or without a cue word)
  PERSON full, title_surname, lower, initial_surname, surname_comma, given
  MEMBER full, given, surname, initials_surname, handle, possessive (en),
     lower, folded (accents removed), title
  ADDRESS oneline, multiline, street_town (incl. BP / P.O. Box forms)
Fragment rule: t: name tokens (no particles/titles/initials), street-name
tokens, e-mail local part, URL slug/host; p: postcodes, BP/box numbers, IPs;
d: every 4-digit window of phones, cards, IBAN digit runs, ids and accounts;
s: whole value for ids without a 4-digit run (codice fiscale, NINO).
Sizes: per locale 375 labelled posts (1-3 items, first kind cycling through
KINDS) + 75 PII-free (30 plain with no digits, 45 with 1-3 look-alikes):
4,500 labelled + 900 PII-free. Roster: 8 members per locale (96).
Phrase banks (distinct sentence pieces, counted by `piece_counts()`):
en 311, de 292, fr 294, es 292, it 292, sr 292, pt 294 (incl. locale extras).
Deliberately hard: names that are common words (Hope, Grace, Luz, Paz, Rosa,
Wolf, Fortune, Neema...), particle and compound surnames, lower-case and
accent-folded member mentions, @handles and possessives, titles kept outside
the value, ids pasted with no cue word in rosters, mobile-money numbers,
international and local phone styles, multi-line addresses, streets named
after people, eponymous institutions (look-alikes), and look-alikes next to
real values: order numbers (some 16 digits failing Luhn), prices, dates,
times, versions, ISBN-13 (valid), flights, rooms, measures, percentages,
charity/association registration numbers (REG), tickets and tracking codes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import twentyninth_gen as G
from . import twentyninth_util as U
from .twentyninth_bank_de import BANK as DE
from .twentyninth_bank_en import CLOSE, FILL, LABELS, LEAD, LOCAL, LOOK, OPEN
from .twentyninth_bank_es import BANK as ES
from .twentyninth_bank_fr import BANK as FR
from .twentyninth_bank_it import BANK as IT
from .twentyninth_bank_pt import BANK as PT
from .twentyninth_bank_sr import BANK as SR
from .twentyninth_look import LOOK_KINDS, look, look_template
from .twentyninth_names import NAMES, TITLES, name_tokens

SEED = 2929
LOCALES = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "sr_RS",
    "en_TT",
    "fr_CI",
    "es_DO",
    "pt_AO",
    "en_TZ",
]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
EN = dict(OPEN=OPEN, FILL=FILL, CLOSE=CLOSE, LEAD=LEAD, LOOK=LOOK, LABELS=LABELS, LOCAL=LOCAL)
BANKS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "sr": SR, "pt": PT}
N_LABELLED, N_PLAIN, N_LOOK = 375, 30, 45


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]] = field(default_factory=list)
    item_forms: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = "chat"

    @property
    def pii_free(self) -> bool:
        return not self.items


def lang_of(loc: str) -> str:
    return loc.split("_")[0]


def piece_counts() -> dict[str, int]:
    out = {}
    for lang, b in BANKS.items():
        n = len(b["OPEN"]) + len(b["FILL"]) + len(b["CLOSE"])
        n += sum(len(v) for v in b["LEAD"].values()) + sum(len(v) for v in b["LOOK"].values())
        n += sum(len(v) for d in b["LOCAL"].values() for v in d.values())
        out[lang] = n
    return out


# ---- matching ----------------------------------------------------------------
def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    red, bg = U.normalise(redacted_text), U.normalise(background)
    return any(U.frag_matches(f, red) and not U.frag_matches(f, bg) for f in fragments)


def check_post(post: Post) -> bool:
    text = U.normalise(post.text)
    values = [U.normalise(v) for _, _, v in post.items]
    if len(post.item_forms) != len(post.items) or len(post.lookalikes) != len(post.lookalike_kinds):
        return False
    for i, v in enumerate(values):
        if not v or v not in text:
            return False
        if any(i != j and v in w for j, w in enumerate(values)):
            return False
    masked = text
    for v in sorted(values, key=len, reverse=True):
        masked = masked.replace(v, " ")
    for (_, frags, _), v in zip(post.items, values, strict=False):
        if not frags:
            return False
        bg = text.replace(v, " ")
        for f in frags:
            if not U.frag_matches(f, text) or U.frag_matches(f, bg) or U.frag_matches(f, masked):
                return False
    return all(U.normalise(x) in masked for x in post.lookalikes)


# ---- items -------------------------------------------------------------------
def _tfr(name: str) -> list[str]:
    return ["t:" + t for t in name_tokens(name)]


def _person_item(
    r: random.Random, lang: str, g: str, s: str, member: bool
) -> tuple[str, str, str, list[str]]:
    """Returns (display, value, form, fragments); display may carry a title or 's."""
    forms = (
        [
            "full",
            "full",
            "given",
            "surname",
            "initials_surname",
            "handle",
            "lower",
            "folded",
            "title",
        ]
        if member
        else [
            "full",
            "full",
            "full",
            "title_surname",
            "lower",
            "initial_surname",
            "surname_comma",
            "given",
        ]
    )
    if member and lang == "en":
        forms.append("possessive")
    form = r.choice(forms)
    full = f"{g} {s}"
    if form == "folded" and U.fold(full) == full:
        form = "full"
    if form == "full":
        return full, full, form, _tfr(full)
    if form == "given":
        return g, g, form, _tfr(g)
    if form == "possessive":
        return g + "'s", g, form, _tfr(g)
    if form == "surname":
        return s, s, form, _tfr(s)
    if form in ("initials_surname", "initial_surname"):
        v = (
            f"{g[0]}. {s}"
            if form == "initial_surname" or " " not in g
            else f"{g[0]}.{g.split()[1][0]}. {s}"
        )
        return v, v, form, _tfr(s)
    if form == "handle":
        h = (
            U.fold(g).lower().replace(" ", "")
            + r.choice(["", ".", "_"])
            + U.fold(s).lower().replace(" ", "").replace("'", "")
        )
        h = h if r.random() < 0.6 else U.fold(g).lower().replace(" ", "") + U.fold(s)[0].lower()
        return "@" + h, "@" + h, form, ["t:" + h]
    if form == "lower":
        v = full.lower() if r.random() < 0.6 else g.lower()
        return v, v, form, _tfr(v)
    if form == "folded":
        v = U.fold(full)
        return v, v, form, _tfr(v)
    if form in ("title", "title_surname"):
        return f"{r.choice(TITLES[lang])} {s}", s, form, _tfr(s)
    v = f"{s}, {g}"
    return v, v, form, _tfr(full)


def _make_item(r, loc, kind, roster, persons):
    """Returns (kind, frags, value, form, display, lead_key)."""
    lang = lang_of(loc)
    g, s = r.choice(persons if r.random() < 0.6 else roster)
    lead = kind
    if kind == "EMAIL":
        v, form, fr = G.email(r, loc, g, s)
    elif kind == "PHONE":
        v, form, fr = G.phone(r, loc)
    elif kind == "URL":
        v, form, fr = G.url(r, loc, g, s)
    elif kind == "IP":
        v, form, fr = G.ip(r)
    elif kind == "CARD":
        v, form, fr = G.card(r)
    elif kind == "IBAN":
        if G.is_iban_locale(loc):
            v, form, fr = G.iban(r, loc)
        else:
            v, form, fr = G.bank_account(r, loc)
            kind = "ID"
    elif kind == "ID":
        v, form, fr = G.national_id(r, loc, g, s)
    elif kind == "ADDRESS":
        v, form, fr = G.address(r, loc)
    else:
        member = kind == "MEMBER"
        g, s = r.choice(roster if member else persons)
        disp, v, form, fr = _person_item(r, lang, g, s, member)
        if form == "possessive":
            lead = "MEMBER_POSS"
        return kind, fr, v, form, disp, lead
    return kind, fr, v, form, v, lead


def _lead_templates(bank: dict, loc: str, key: str, iban_ok: bool) -> list[str]:
    ts = list(bank["LEAD"][key]) + list(bank["LOCAL"].get(loc, {}).get(key, []))
    if key == "IBAN" and not iban_ok:
        ts = [t for t in ts if "IBAN" not in t]
    return ts


def _sentences(r, bank, loc, n_min, n_max):
    return [r.choice(bank["FILL"]) for _ in range(r.randint(n_min, n_max))]


def _open_close(r, bank, loc, key):
    return list(bank[key]) + list(bank["LOCAL"].get(loc, {}).get(key, []))


def _labelled(r, loc, j, roster, persons) -> Post:
    lang = lang_of(loc)
    bank = BANKS[lang]
    kinds = [KINDS[j % len(KINDS)]] + [r.choice(KINDS) for _ in range(r.choice([0, 0, 1, 1, 2]))]
    items = [_make_item(r, loc, k, roster, persons) for k in kinds]
    n_look = r.choice([0, 0, 1, 1, 2])
    lks = [r.choice(LOOK_KINDS) for _ in range(n_look)]
    lvals = [look(r, loc, lang, k) for k in lks]
    genre = r.choice(["chat", "chat", "notice", "event", "form"])
    if genre == "form":
        title = r.choice(bank["LABELS"]["_title"])
        lines = [title]
        colon = " : " if lang == "fr" else ": "
        parts = [f"{bank['LABELS'][k]}{colon}{disp}" for k, _, _, _, disp, _ in items]
        parts += [
            look_template(r, bank, k).replace("{x}", x) for k, x in zip(lks, lvals, strict=False)
        ]
        r.shuffle(parts)
        lines += parts
        if r.random() < 0.5:
            lines.append(r.choice(_open_close(r, bank, loc, "CLOSE")))
        text = "\n".join(lines)
        genre = ["receipt", "roster", "roster", "pledge", "ballot"][
            bank["LABELS"]["_title"].index(title)
        ]
    else:
        body = [
            r.choice(_lead_templates(bank, loc, lead, G.is_iban_locale(loc))).replace("{v}", disp)
            for _, _, _, _, disp, lead in items
        ]
        body += [
            look_template(r, bank, k).replace("{x}", x) for k, x in zip(lks, lvals, strict=False)
        ]
        body += _sentences(r, bank, loc, 0, 2 if genre != "notice" else 3)
        r.shuffle(body)
        if r.random() < 0.7:
            body.insert(0, r.choice(_open_close(r, bank, loc, "OPEN")))
        if r.random() < 0.6:
            body.append(r.choice(_open_close(r, bank, loc, "CLOSE")))
        sep = "\n" if genre == "notice" and r.random() < 0.5 else " "
        text = sep.join(body)
    return Post(
        loc,
        text,
        [(k, fr, v) for k, fr, v, _, _, _ in items],
        [f for _, _, _, f, _, _ in items],
        lvals,
        lks,
        genre,
    )


def _free(r, loc, with_looks: bool) -> Post:
    lang = lang_of(loc)
    bank = BANKS[lang]
    body = _sentences(r, bank, loc, 1, 3)
    lks = [r.choice(LOOK_KINDS) for _ in range(r.randint(1, 3))] if with_looks else []
    lvals = [look(r, loc, lang, k) for k in lks]
    body += [look_template(r, bank, k).replace("{x}", x) for k, x in zip(lks, lvals, strict=False)]
    r.shuffle(body)
    if r.random() < 0.7:
        body.insert(0, r.choice(_open_close(r, bank, loc, "OPEN")))
    if r.random() < 0.6:
        body.append(r.choice(_open_close(r, bank, loc, "CLOSE")))
    genre = r.choice(["chat", "notice", "event"])
    return Post(loc, (" " if genre != "notice" else "\n").join(body), [], [], lvals, lks, genre)


def _roster(r: random.Random, loc: str) -> list[tuple[str, str]]:
    given, sur = NAMES[loc]
    g = r.sample(given, 8)
    s = r.sample(sur, 8)
    return list(zip(g, s, strict=False))


def make_twentyninth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    rngs = [random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)]
    rosters = {loc: _roster(r, loc) for r, loc in zip(rngs, LOCALES, strict=False)}
    members = [f"{g} {s}" for loc in LOCALES for g, s in rosters[loc]]
    taken = {U.fold(t).lower() for m in members for t in name_tokens(m)}
    posts: list[Post] = []
    for r, loc in zip(rngs, LOCALES, strict=False):
        given, sur = NAMES[loc]
        persons = [
            (g, s)
            for g in given
            for s in sur
            if not {U.fold(t).lower() for t in name_tokens(f"{g} {s}")} & taken
        ]
        for j in range(N_LABELLED):
            for _ in range(200):
                p = _labelled(r, loc, j, rosters[loc], persons)
                if check_post(p):
                    break
            else:
                raise RuntimeError(f"{loc} post {j} failed")
            posts.append(p)
        for j in range(N_PLAIN + N_LOOK):
            for _ in range(200):
                p = _free(r, loc, j >= N_PLAIN)
                if check_post(p):
                    break
            posts.append(p)
    return members, posts
