"""Thirty-first redaction scoring set: hospitality, restaurants, catering and event venues.

DATA CARD
- How written: every name pool, street, town/postcode pair, look-alike bank, phrase bank and
  genre layout was written by hand for this set from general knowledge of each country's naming,
  postal and numbering habits. No fake-data library and no other set was consulted. Check
  digits are computed in code (Luhn for cards and Dominican cedulas, IBAN mod 97, French RIB
  key, Spanish DC, Italian CIN and codice fiscale check letter, Steuer-ID ISO 7064 mod 11,10,
  German ID-card 7-3-1 check, NIR mod 97, NHS mod 11, DNI/NIE letter, US ABA routing, Moroccan
  RIB key mod 97). `phonenumbers` is used only to validate generated phones.
- Seed: SEED = 3131; one random.Random(f"{seed}:{i}:{locale}") per locale.
- Locales (12): en_US en_GB de_DE fr_FR es_ES it_IT (core), es_DO pt_AO en_TZ (seen before,
  written afresh), es_PA fr_MA en_BW (new: Panama, Morocco in French, Botswana). Languages:
  en de fr es it pt (phrase banks thirtyfirst_bank_<lang>).
- Genres (6): booking (reservation / private dining notice), rota (casual staff chat, short
  lines, lower-case starts), supplier (pasted order form, "Label: value" lines), feedback
  (guest review paragraph), venue (venue-hire listing with bullet lines), signature (message
  ending in an e-mail signature block carrying the contact items).
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only in GB DE FR ES IT DO
  AO; US, TZ, PA, MA and BW get a local bank value (ABA routing + account, CRDB/NMB account,
  Banco General account, Moroccan 24-digit RIB with key, FNB/Absa account) labelled ID.
- Written forms (item_forms): EMAIL plain/angle/obfuscated/mailto/caps; PHONE each country's
  international, national with trunk prefix, compact, (0), dotted, dashed, slashed, 00 forms;
  URL https/www/bare/profile path; IP v4/v4_port/v6; CARD visa|mc|amex x grouped/dashed/
  compact; IBAN print/compact; ID: SSN, NI number, NHS number, Steuer-ID, Personalausweis, NIR,
  DNI, NIE, codice fiscale, cedula (DO, PA incl. NT and E), Angolan BI, NIDA, TIN (TZ),
  Moroccan CIN, Omang, plus the bank forms above, half of them with no cue word; PERSON full,
  title_surname, lower, initial_surname, surname_comma ("SURNAME, Given"), given; MEMBER full,
  given, surname, initials_surname, handle, possessive (en), lower, folded, title; ADDRESS
  one_line, one_line_nocomma, multi_line, street_town, po_box / postfach / bp / apartado /
  casella / caixa_postal / private_bag.
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without type words; e-mail local part; URL host or slug); p: postcodes,
  PO/BP/apartado box numbers and IP addresses; d: every 4-digit window of the digits of phones,
  cards, IBAN digit runs, ids and bank accounts (digits joined across short separators); s: the
  whole id where it has no 4-digit run (codice fiscale, some ID-card numbers). ADDRESS items
  carry t: street tokens and p: postcode/box, so street and postcode score apart. Matching is
  done on NFKC, accent-folded, case-folded text with Unicode digits made ASCII: a fragment
  survives whether or not its accents were kept.
- Sizes: per locale 375 labelled posts (1-3 items, first item kind cycling through KINDS) + 75
  PII-free posts (30 plain with no digits and no look-alikes, 45 with 1-3 look-alikes). Total
  4,500 labelled + 900 PII-free. Roster: 8 members per locale, "Given Surname"; PERSON names
  share no token with the roster.
- Distinct sentence pieces per language (openers, context/free sentences, closers, per-kind
  item lead-ins, look-alike sentences, labels; `piece_counts()`, test floor
  250): en 265, de 257, fr 257, es 257, it 257, pt 257.
- Items (seed 3131): ID 1106, PERSON 843, PHONE 821, EMAIL 820, IP 812, MEMBER 805, CARD
  798, URL 792, ADDRESS 791, IBAN 489 (IBAN only in seven countries); 7,888 look-alikes in 16
  kinds: order (some 16 digits failing Luhn), invoice, price, date, time, version, isbn (valid
  ISBN-13), flight, room, measure, percent, orgreg, ticket, tracking, eponym (dishes, venues,
  streets named after people), wordname (names used as
  words). Build time about 8 s wall (2.3 s CPU) on a shared 2-core machine.
- Deliberately hard: names that are common words (Cook, Baker, Hope, Rose, Pastor, Cuoco,
  Koch, Boulanger, Luz, Gift, Precious), particle and compound surnames (de la Fuente, von der
  Heydt, dos Santos, Van-Dunem, Mac an tSaoir, El Idrissi), lower-case and accent-folded
  mentions, @handles; ids pasted with no cue; national phones with trunk prefixes; multi-line
  addresses and box addresses; Angolan, Panamanian and Botswanan addresses without postcodes;
  values right beside prices, dates, order numbers and registration numbers.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from trainer_dev.redaction_sets.thirtyfirst_bank_de import DE
from trainer_dev.redaction_sets.thirtyfirst_bank_en import EN
from trainer_dev.redaction_sets.thirtyfirst_bank_es import ES
from trainer_dev.redaction_sets.thirtyfirst_bank_fr import FR
from trainer_dev.redaction_sets.thirtyfirst_bank_it import IT
from trainer_dev.redaction_sets.thirtyfirst_bank_pt import PT
from trainer_dev.redaction_sets.thirtyfirst_looks import LOOK_KINDS, lookalike
from trainer_dev.redaction_sets.thirtyfirst_people import NAMES, PARTICLES, roster
from trainer_dev.redaction_sets.thirtyfirst_places import (
    IBAN_HAS,
    address,
    bank_value,
    national_id,
)
from trainer_dev.redaction_sets.thirtyfirst_values import (
    _d,
    card,
    fold,
    frag_matches,
    iban,
    normalise,
    phone,
    windows,
)

SEED = 3131
LOCALES = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "es_DO",
    "pt_AO",
    "en_TZ",
    "es_PA",
    "fr_MA",
    "en_BW",
]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
GENRES = ["booking", "rota", "supplier", "feedback", "venue", "signature"]
BANKS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "pt": PT}
N_LABELLED, N_PLAIN, N_LOOK = 375, 30, 45


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]] = field(default_factory=list)
    item_forms: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = "booking"

    @property
    def pii_free(self) -> bool:
        return not self.items


def lang_of(loc: str) -> str:
    return loc.split("_")[0]


def piece_counts() -> dict[str, int]:
    out = {}
    for lang, b in BANKS.items():
        pieces = set(b["OPEN"]) | set(b["FILL"]) | set(b["CLOSE"])
        for key in ("LEAD", "LOOK", "LABELS"):
            for k, v in b[key].items():
                pieces |= {f"{key}:{k}:{x}" for x in v}
        out[lang] = len(pieces)
    return out


# ---- matching ----------------------------------------------------------------------------
def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when a fragment survives in the redacted text and is not also in the background
    (the post with the value removed). NFKC, accents folded, case-folded on both sides."""
    red, bg = normalise(redacted_text), normalise(background)
    return any(frag_matches(f, red) and not frag_matches(f, bg) for f in fragments)


def check_post(post: Post) -> bool:
    text = normalise(post.text)
    values = [normalise(v) for _, _, v in post.items]
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
    for (_, frags, _), v in zip(post.items, values, strict=True):
        if not frags:
            return False
        bg = text.replace(v, " ")
        for f in frags:
            if not frag_matches(f, text) or frag_matches(f, bg) or frag_matches(f, masked):
                return False
    return all(normalise(x) in masked for x in post.lookalikes)


# ---- names -------------------------------------------------------------------------------
def name_tokens(name: str) -> list[str]:
    out = []
    for t in re.split(r"[\s\-]+", name):
        t = t.strip(".,;:")
        if not t or t.lower() in PARTICLES or len(t) <= 1 or t.startswith("@"):
            continue
        out.append(t)
    return out


def _handle(given: str, surname: str) -> str:
    s = fold(given[0] + surname).lower()
    return re.sub(r"[^a-z]", "", s)


def _name_item(r, loc: str, given: str, surname: str, member: bool) -> tuple[str, str]:
    titles = NAMES[loc][4]
    en = loc.startswith("en")
    if member:
        forms = [
            "full",
            "given",
            "surname",
            "initials_surname",
            "handle",
            "lower",
            "folded",
            "title",
        ] + (["possessive"] if en else ["full"])
    else:
        forms = [
            "full",
            "title_surname",
            "lower",
            "initial_surname",
            "surname_comma",
            "given",
            "full",
        ]
    f = r.choice(forms)
    full = f"{given} {surname}"
    if f == "full":
        v = full
    elif f == "given":
        v = given
    elif f == "surname":
        v = surname
    elif f == "initials_surname" or f == "initial_surname":
        v = f"{given[0]}. {surname}"
    elif f == "handle":
        v = "@" + _handle(given, surname)
    elif f == "lower":
        v = full.lower()
    elif f == "folded":
        v = fold(full)
        if v == full:
            v, f = full.lower(), "lower"
    elif f in ("title", "title_surname"):
        v = f"{r.choice(titles)} {surname}"
    elif f == "surname_comma":
        v = f"{surname.upper()}, {given}"
    elif f == "possessive":
        v = f"{r.choice([given, full])}'s"
    else:
        raise KeyError(f)
    return v, f


def _name_frags(v: str, form: str) -> list[str]:
    if form == "handle":
        return ["t:" + v[1:]]
    if form == "possessive":
        v = v[:-2]
    if form in ("title", "title_surname"):
        v = v.split(" ", 1)[1]
    return ["t:" + t for t in name_tokens(v)]


# ---- items -------------------------------------------------------------------------------
def _email(r, loc, persons) -> tuple[str, list[str], str]:
    g, s = r.choice(NAMES[loc][2]), r.choice(NAMES[loc][3])
    g, s = (re.sub(r"[^a-z]", "", fold(x).lower()) for x in (g, s))
    local = r.choice(
        [f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g[0]}", f"{g}{r.randint(2, 99)}", f"{g}_{s}"]
    )
    dom = r.choice(
        {
            "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"],
            "en_GB": ["btinternet.com", "gmail.com", "outlook.co.uk", "sky.com"],
            "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
            "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
            "es_ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
            "it_IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
            "es_DO": ["gmail.com", "claro.net.do", "hotmail.com"],
            "pt_AO": ["gmail.com", "hotmail.com", "unitel.co.ao"],
            "en_TZ": ["gmail.com", "yahoo.com", "hotmail.com"],
            "es_PA": ["gmail.com", "cwpanama.net", "hotmail.com"],
            "fr_MA": ["gmail.com", "menara.ma", "hotmail.fr"],
            "en_BW": ["gmail.com", "botsnet.bw", "yahoo.com"],
        }[loc]
    )
    addr = f"{local}@{dom}"
    f = r.choice(["plain", "plain", "angle", "obfuscated", "mailto", "caps"])
    if f == "angle":
        v = f"<{addr}>"
    elif f == "obfuscated":
        at, dot = r.choice([(" [at] ", " [dot] "), (" (at) ", " (dot) "), (" at ", " dot ")])
        v = local + at + dom.replace(".", dot)
    elif f == "mailto":
        v = "mailto:" + addr
    elif f == "caps":
        v = addr.upper() if r.random() < 0.5 else local.capitalize() + "@" + dom
    else:
        v = addr
    return v, ["t:" + local], f


def _url(r, loc) -> tuple[str, list[str], str]:
    g, s = r.choice(NAMES[loc][2]), r.choice(NAMES[loc][3])
    g, s = (re.sub(r"[^a-z]", "", fold(x).lower()) for x in (g, s))
    tld = {
        "en_US": ".com",
        "en_GB": ".co.uk",
        "de_DE": ".de",
        "fr_FR": ".fr",
        "es_ES": ".es",
        "it_IT": ".it",
        "es_DO": ".com.do",
        "pt_AO": ".co.ao",
        "en_TZ": ".co.tz",
        "es_PA": ".com.pa",
        "fr_MA": ".ma",
        "en_BW": ".co.bw",
    }[loc]
    k = r.randrange(5)
    if k == 0:
        host = f"{g}{s}{tld}"
        return f"https://{host}/", ["t:" + f"{g}{s}"], "https"
    if k == 1:
        host = f"{s}-{r.choice(['events', 'catering', 'photo', 'cakes', 'djs'])}"
        return f"www.{host}{tld}", ["t:" + host], "www"
    if k == 2:
        return f"{g}{s}{tld}", ["t:" + f"{g}{s}"], "bare"
    slug = f"{g}-{s}" if r.random() < 0.5 else f"{g}{s}{r.randint(1, 99)}"
    site = r.choice(["instagram.com", "linkedin.com/in", "facebook.com", "tiktok.com/@"])
    sep = "" if site.endswith("@") else "/"
    if k == 3:
        return f"https://{site}{sep}{slug}", ["t:" + slug], "profile"
    return f"{site}{sep}{slug}", ["t:" + slug], "profile_bare"


def _ip(r) -> tuple[str, list[str], str]:
    k = r.randrange(3)
    if k == 2:
        v = (
            "2001:db8:"
            + ":".join(f"{r.randint(1, 0xFFFF):x}" for _ in range(4))
            + (f":{r.randint(1, 0xFFFF):x}")
        )
        return v, ["p:" + v], "v6"
    v = r.choice(
        [
            f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
            f"{r.choice([81, 88, 62, 41, 102, 154, 196, 203])}.{r.randint(10, 250)}."
            f"{r.randint(0, 255)}.{r.randint(2, 254)}",
        ]
    )
    if k == 1:
        return f"{v}:{r.choice([8080, 443, 9100, 3000])}", ["p:" + v], "v4_port"
    return v, ["p:" + v], "v4"


def _make_item(r, loc, kind, members, persons):
    if kind == "EMAIL":
        v, frags, f = _email(r, loc, persons)
    elif kind == "PHONE":
        v, f = phone(r, loc)
        frags = windows(v)
    elif kind == "URL":
        v, frags, f = _url(r, loc)
    elif kind == "IP":
        v, frags, f = _ip(r)
    elif kind == "CARD":
        v, f = card(r)
        frags = windows(v)
    elif kind == "IBAN":
        if loc in IBAN_HAS:
            v, f = iban(r, loc)
            frags = windows(v)
        else:
            v, frags, f = bank_value(r, loc)
            kind = "ID"
    elif kind == "ID":
        if loc not in IBAN_HAS and r.random() < 0.25:
            v, frags, f = bank_value(r, loc)
        else:
            v, frags, f = national_id(r, loc)
    elif kind == "PERSON":
        g, s = r.choice(persons[0]), r.choice(persons[1])
        v, f = _name_item(r, loc, g, s, member=False)
        frags = _name_frags(v, f)
    elif kind == "MEMBER":
        g, s = r.choice(members).split(" ", 1)
        v, f = _name_item(r, loc, g, s, member=True)
        frags = _name_frags(v, f)
    elif kind == "ADDRESS":
        v, frags, f = address(r, loc)
    else:
        raise KeyError(kind)
    return kind, frags, v, f


BANK_FORMS = ("routing", "crdb", "nmb", "cuenta", "rib", "fnb", "absa")


def _lead(r, bank, kind, form) -> str:
    key = "BANK" if form.startswith(BANK_FORMS) else kind
    return r.choice(bank["LEAD"][key])


def _label(r, bank, kind, form) -> str:
    key = "BANK" if form.startswith(BANK_FORMS) else kind
    return r.choice(bank["LABELS"][key])


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _assemble(r, loc, genre, items, looks) -> str:
    """items: (kind, frags, value, form); looks: (value, kind)."""
    bank = BANKS[lang_of(loc)]
    item_lines = []
    for kind, _, v, f in items:
        if genre == "supplier" or (genre == "signature" and kind not in ("PERSON", "MEMBER")):
            item_lines.append(f"{_label(r, bank, kind, f)}: {v}")
        elif genre == "signature":
            item_lines.append(v)
        else:
            lead = _lead(r, bank, kind, f)
            item_lines.append(
                lead.format(v=v) if lead.startswith("{v}") else _cap(lead.format(v=v))
            )
    look_lines = []
    for x, k in looks:
        if genre == "supplier":
            look_lines.append(f"{r.choice(bank['LABELS'][k])}: {x}")
        else:
            look_lines.append(r.choice(bank["LOOK"][k]).format(x=x))
    opener = r.choice(bank["OPEN"])
    fills = r.sample(bank["FILL"], r.randint(1, 2))
    close = r.choice(bank["CLOSE"])
    if genre == "booking":
        body = item_lines + look_lines
        r.shuffle(body)
        return " ".join([opener, fills[0], *body, *fills[1:], close])
    if genre == "rota":
        body = item_lines + look_lines
        r.shuffle(body)
        if len(body) > 1 and r.random() < 0.5:
            body = [body[0] + " " + body[1], *body[2:]]
        low = [x if r.random() < 0.5 else x[:1].lower() + x[1:] for x in (opener, fills[0])]
        return "\n".join([low[0], *body, low[1]])
    if genre == "supplier":
        body = item_lines + look_lines
        r.shuffle(body)
        return "\n".join([opener, *body, fills[0], close])
    if genre == "feedback":
        body = item_lines + look_lines
        r.shuffle(body)
        return " ".join([*fills, *body, close])
    if genre == "venue":
        body = item_lines + look_lines
        r.shuffle(body)
        return "\n".join([fills[0], *("- " + b for b in body), close])
    # signature: looks in the body, items in the block under the sign-off
    return "\n".join([opener, fills[0], *look_lines, close, "--", *item_lines])


def _free(r, loc, with_looks: bool) -> Post:
    genre = r.choice(GENRES)
    looks = []
    if with_looks:
        looks = [(lookalike(r, loc, k), k) for k in r.sample(LOOK_KINDS, r.randint(1, 3))]
        text = _assemble(r, loc, genre, [], looks)
    else:
        genre = r.choice([g for g in GENRES if g != "supplier"])
        text = _assemble(r, loc, genre, [], [])
        if genre == "signature":
            text = text.rsplit("\n--", 1)[0]
    return Post(loc, text, [], [], [x for x, _ in looks], [k for _, k in looks], genre)


def _labelled(r, loc, j, members, persons) -> Post:
    first = KINDS[j % len(KINDS)]
    for _ in range(80):
        kinds = [first] + [r.choice(KINDS) for _ in range(r.choice([0, 0, 1, 1, 2]))]
        items = [_make_item(r, loc, k, members, persons) for k in kinds]
        looks = [(lookalike(r, loc, k), k) for k in r.sample(LOOK_KINDS, r.randint(0, 3))]
        genre = GENRES[(j // len(KINDS) + r.randrange(2)) % len(GENRES)]
        text = _assemble(r, loc, genre, items, looks)
        post = Post(
            loc,
            text,
            [(k, fr, v) for k, fr, v, _ in items],
            [f for *_, f in items],
            [x for x, _ in looks],
            [k for _, k in looks],
            genre,
        )
        if check_post(post):
            return post
    raise AssertionError((loc, j))


def make_thirtyfirst_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    members: list[str] = []
    posts: list[Post] = []
    for i, loc in enumerate(LOCALES):
        r = random.Random(f"{seed}:{i}:{loc}")
        roster_ = roster(r, loc)
        members += roster_
        persons = (NAMES[loc][2], NAMES[loc][3])
        for j in range(N_LABELLED):
            posts.append(_labelled(r, loc, j, roster_, persons))
        for _ in range(N_PLAIN):
            posts.append(_free(r, loc, with_looks=False))
        for _ in range(N_LOOK):
            posts.append(_free(r, loc, with_looks=True))
    return members, posts


__all__ = [
    "SEED",
    "LOCALES",
    "KINDS",
    "Post",
    "leaked",
    "check_post",
    "piece_counts",
    "make_thirtyfirst_set",
    "_d",
]
