"""DATA CARD — twentythird: labelled PII redaction scoring set, "team life and milestones".

How written: every name pool, street, town/postcode pair, sentence piece and number format was written by hand
for this set (no fake-data library, nothing copied from other sets); `phonenumbers` is only used to validate
generated phone numbers; check digits (Luhn, IBAN mod 97, ES DC, FR RIB key, IT CIN, codice fiscale, NIR key,
DNI letter, Steuer-IdNr ISO 7064, NHS mod 11, AVS EAN-13, cédula UY, asmens kodas / isikukood, personas kods,
ABA routing, S10 tracking, ISBN-13) are computed in twentythird_ids.py / twentythird_look.py.
Seed: SEED = 2323; one random.Random(f"{seed}:{i}:{locale}") per locale (i = locale index).
Locales (12): en_US en_GB de_DE fr_FR es_ES it_IT (core); en_MT fr_CH es_UY (recently tuned countries);
lt_LT lv_LV et_EE (new: Baltic ids with checks, LT-XXXXX / LV-XXXX / 5-digit EE postcodes, gendered and
declined surnames in running text).
Genres (14): anniversary, promotion, farewell, welcome, award, certification, hackathon, webinar, office
(moves/openings), offsite, charity (runs), retirement (tributes), thanks (to my manager), customer (success).
Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS.  IBAN only where the country has IBAN;
en_US / es_UY get a local bank value (ABA routing + account / BROU account) labelled ID instead.
Written forms per kind (Post.item_forms): PHONE intl / national / paren_trunk / us_paren / us_dots / slash /
odd (split or spaced oddly, 00-prefix); EMAIL first.last / flast / first_last / firstlast_digits /
work_first.last (+ _upper); URL linkedin / personal_site / github / calendly / github_io / aboutme;
IP ipv4 / ipv4_port / ipv6; CARD visa|mc _spaced/_dashed/_plain, amex_grouped/_plain; IBAN grouped / compact;
ID ssn_*, nhs_*, nino_*, steuerid_*, nir_*, dni_*, nie, codice_fiscale, mt_id_*, avs_*, ci_*, asmens_kodas,
isikukood, personas_kods_*, routing_account, brou_account, each with or without a cue word (see frames);
ADDRESS full / street_only / multiline / unit (flat, apartment, Maltese building names);
PERSON / MEMBER full / given / surname / initial_surname / handle / lower / folded / title, with a case
suffix in Baltic locales (_gen, _dat; Estonian _all, _com) and possessive (_gen) in en/de.
Fragment rule: "t:" name tokens as written (declined forms included, no particles/titles/initials),
e-mail local part, URL slug or personal host, street-name tokens (no type word, no number); "p:" postcode and IP;
"d:" every 4-digit window of phone, card, IBAN and id digits (windows do not cross letters); "s:" whole value
for letter-heavy ids (codice fiscale, NINO, Maltese id, NIE).
Sizes: per locale 375 labelled posts (first kind cycles through KINDS, 1-3 items) + 75 PII-free posts
(30 plain, no digits, no look-alikes; 45 with 1-3 look-alikes). Total 4,500 labelled + 900 PII-free.
Roster: 8 members per locale ("Given Surname", nominative); PERSON names share no token with the roster.
Sentence pieces (openers per genre + item frames + look-alike frames + closers + plain sentences), from
count_pieces(): en 190, de 150, fr 149, es 149 (es_UY: same pieces rewritten to Rioplatense ustedes forms),
it 149, lt 109, lv 107, et 110 -- BELOW the 300-per-language target (written under a tight deadline);
they combine into thousands of distinct frames (genre opener x 1-3 item frames x 0-3 look-alike frames x plain x closer,
joined by space, single or blank-line breaks).
Deliberately hard: names that are common words (Grace, Hope, Rich, Wolf, Koch, Rosa, Paz, Luz, Liepa, Tamm,
Kask, Saar, Ozols...); particle and compound surnames; Baltic members in genitive/dative/allative/comitative
forms; folded accents and lower-case mentions; @handles; ids with no cue word; Maltese addresses with
building names and ABC 1234 postcodes; one-line addresses inside sentences; phones split or spaced oddly;
look-alikes right beside values (orders failing Luhn, invoices, tickets, S10 tracking, valid ISBNs, dates,
prices, versions, flights, rooms, percentages) and companies/places named after people.
"""

import random
import re
import unicodedata
from dataclasses import dataclass, field

from . import twentythird_ids as ids
from . import twentythird_pii as pii
from .twentythird_look import LOOK_KINDS, lookalike
from .twentythird_people import Roster, mention, person_name_tokens
from .twentythird_text import texts

SEED = 2323
LOCALES = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "en_MT",
    "fr_CH",
    "es_UY",
    "lt_LT",
    "lv_LV",
    "et_EE",
]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
GENRES = [
    "anniversary",
    "promotion",
    "farewell",
    "welcome",
    "award",
    "certification",
    "hackathon",
    "webinar",
    "office",
    "offsite",
    "charity",
    "retirement",
    "thanks",
    "customer",
]
N_LABELLED, N_PLAIN, N_LOOK = 375, 30, 45
NO_IBAN = ("en_US", "es_UY")


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


# ------------------------------------------------------------------ matching
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


def normalise(s: str) -> str:
    out = []
    for c in s:
        if c.isspace() or unicodedata.category(c) in ("Zs", "Zl", "Zp"):
            out.append(" ")
        elif c in _DASHES or unicodedata.category(c) == "Pd":
            out.append("-")
        elif unicodedata.category(c) == "Nd":
            out.append(str(unicodedata.decimal(c)))
        else:
            out.append(c)
    return "".join(out)


_RX: dict[str, re.Pattern] = {}


def _rx(frag: str) -> re.Pattern:
    r = _RX.get(frag)
    if r is None:
        kind, body = frag[:2], normalise(frag[2:])
        if kind == "t:":
            r = re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)", re.I)
        elif kind == "s:":
            r = re.compile(re.escape(body), re.I)
        elif kind == "p:":
            r = re.compile(r"(?<![^\W_])" + re.escape(body) + r"(?![^\W_])", re.I)
        elif kind == "d:":
            r = re.compile(r"[\W_]*".join(body))
        else:
            raise ValueError(frag)
        _RX[frag] = r
    return r


def _hit(frag: str, normalised_text: str) -> bool:
    return _rx(frag).search(normalised_text) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in redacted_text and is absent from background."""
    r, b = normalise(redacted_text), normalise(background)
    return any(_hit(f, r) and not _hit(f, b) for f in fragments)


def masked_text(post: Post) -> str:
    t = post.text
    for v in sorted((v for _, _, v in post.items), key=len, reverse=True):
        t = t.replace(v, " ")
    return t


def check_post(post: Post) -> bool:
    values = [v for _, _, v in post.items]
    if len(post.item_forms) != len(values) or len(post.lookalikes) != len(post.lookalike_kinds):
        return False
    if any(not v or v not in post.text for v in values):
        return False
    if any(i != j and a in b for i, a in enumerate(values) for j, b in enumerate(values)):
        return False
    masked = normalise(masked_text(post))
    text = normalise(post.text)
    for _, frags, v in post.items:
        if not frags:
            return False
        bg = normalise(post.text.replace(v, " "))
        for f in frags:
            if not _hit(f, text) or _hit(f, bg) or _hit(f, masked):
                return False
    raw_masked = masked_text(post)
    if any(lk not in raw_masked for lk in post.lookalikes):
        return False
    if post.pii_free and post.lookalikes == [] and any(c.isdigit() for c in post.text):
        return False
    return True


def digit_windows(value: str) -> list[str]:
    """Every 4-digit window of the value's digit runs (runs are broken by letters, not by separators)."""
    out: list[str] = []
    for run in re.split(r"[^\W\d_]+", normalise(value)):
        ds = "".join(c for c in run if c.isdigit())
        out += [f"d:{ds[i : i + 4]}" for i in range(len(ds) - 3)]
    return list(dict.fromkeys(out))


# ------------------------------------------------------------------ items
def make_item(
    kind: str, loc: str, rng: random.Random, roster: Roster
) -> tuple[str, str, str, list[str], str]:
    """Return (kind_label, value, form, fragments, case) for one item; case picks the frame family."""
    if kind == "IBAN" and loc in NO_IBAN:
        v, f = ids.bank_account(loc, rng)
        return "ID", v, f, digit_windows(v), "bank"
    if kind in ("MEMBER", "PERSON"):
        who = roster.pick_member(rng) if kind == "MEMBER" else roster.pick_person(rng)
        case = rng.choice(texts(loc).cases_for(kind))
        v, f, toks = mention(who, loc, rng, case, member=kind == "MEMBER")
        return kind, v, f, [f"t:{t}" for t in toks], case
    if kind == "PHONE":
        v, f = pii.phone(loc, rng)
        return kind, v, f, digit_windows(v), "nom"
    if kind == "EMAIL":
        g, s = roster.contact_name(rng)
        v, f, local = pii.email(loc, g, s, rng)
        return kind, v, f, [f"t:{local}"], "nom"
    if kind == "URL":
        g, s = roster.contact_name(rng)
        v, f, key = pii.url(loc, g, s, rng)
        return kind, v, f, [f"t:{key}"], "nom"
    if kind == "IP":
        v, f, bare = pii.ip(rng)
        return kind, v, f, [f"p:{bare}"], "nom"
    if kind == "CARD":
        v, f = ids.card(rng)
        return kind, v, f, digit_windows(v), "nom"
    if kind == "IBAN":
        v, f = ids.iban(loc, rng)
        return kind, v, f, digit_windows(v), "nom"
    if kind == "ID":
        v, f = ids.national_id(loc, rng)
        frags = digit_windows(v)
        if f in ("codice_fiscale", "nie") or f.startswith(("nino", "mt_id")):
            frags = [f"s:{v}"] + frags
        return kind, v, f, frags, "nom"
    if kind == "ADDRESS":
        v, f, frags = pii.address(loc, rng)
        return kind, v, f, frags, "nom"
    raise KeyError(kind)


def _post(
    loc: str, rng: random.Random, roster: Roster, kinds: list[str], n_look: int, plain: bool
) -> Post:
    T = texts(loc)
    genre = rng.choice(GENRES)
    parts = [rng.choice(T.open[genre])]
    items, forms = [], []
    for k in kinds:
        label, v, f, frags, case = make_item(k, loc, rng, roster)
        frame = T.frame_for(label if case != "bank" else "BANK", case, rng)
        items.append((label, frags, v))
        forms.append(f + ("" if case in ("nom", "bank") else f"_{case}"))
        parts.append(frame.replace("{v}", v))
    looks, lkinds = [], []
    for _ in range(n_look):
        lk = rng.choice(LOOK_KINDS)
        lv = lookalike(lk, loc, rng)
        looks.append(lv)
        lkinds.append(lk)
        sent = rng.choice(T.look[lk]).replace("{l}", lv)
        parts.insert(rng.randint(1, len(parts)), sent)
    if plain or rng.random() < 0.5:
        parts.insert(rng.randint(1, len(parts)), rng.choice(T.plain))
    parts.append(rng.choice(T.close))
    sep = rng.choice([" ", " ", " ", "\n\n", "\n"])
    text = sep.join(p[0].upper() + p[1:] if sep != " " and p[0].islower() else p for p in parts)
    return Post(loc, text, items, forms, looks, lkinds, genre)


def make_twentythird_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    members: list[str] = []
    posts: list[Post] = []
    rngs = [random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)]
    rosters = [Roster(loc, rng) for loc, rng in zip(LOCALES, rngs, strict=False)]
    tokens = {t for r in rosters for w in r.members for t in person_name_tokens(w)}
    for roster in rosters:
        roster.set_forbidden(tokens)
        members += roster.member_names()
    for loc, rng, roster in zip(LOCALES, rngs, rosters, strict=False):
        specs = []
        for n in range(N_LABELLED):
            extra = rng.choice([0, 0, 1, 1, 2])
            specs.append(
                (
                    [KINDS[n % len(KINDS)]] + [rng.choice(KINDS) for _ in range(extra)],
                    rng.choice([0, 0, 1, 1, 2]),
                    False,
                )
            )
        specs += [([], 0, True)] * N_PLAIN + [([], rng.randint(1, 3), False) for _ in range(N_LOOK)]
        for kinds, n_look, plain in specs:
            for _ in range(200):
                p = _post(loc, rng, roster, kinds, n_look, plain)
                if check_post(p) and (kinds or n_look or not any(c.isdigit() for c in p.text)):
                    break
            else:
                raise RuntimeError(f"could not build a post for {loc} {kinds}")
            posts.append(p)
    return members, posts


def count_pieces() -> dict[str, int]:
    from .twentythird_text import LANG_TEXTS

    return {lang: t.n_pieces() for lang, t in LANG_TEXTS.items()}
# ruff: noqa: E501
