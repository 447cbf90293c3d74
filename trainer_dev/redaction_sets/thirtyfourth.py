"""Thirtyfourth redaction scoring set: construction, trades and field-service posts.

DATA CARD
- How written: every name pool, street, town/postcode pair, company domain, look-alike list,
  phrase bank and genre layout was written by hand for this set from general knowledge of each
  country's naming, postal and numbering habits (no fake-data library, no other set's data
  consulted, no redactor run on it). Check digits are computed in code and re-checked in the
  self-test: Luhn (cards, Canadian SIN), IBAN mod 97 with country length (IE CH BR BE MD BA,
  Belgian BBAN mod 97, Bosnian BBAN 97-10 so the IBAN check is always 39), US ABA routing
  3-7-1, SSN area/group/serial rules, EIN campus prefixes, Irish PPSN mod 23 (incl. second
  letter A/W), Swiss AHV EAN-13 (756), Swiss UID CHE mod 11 (look-alike), CPF and CNPJ mod 11,
  Belgian national number mod 97 (with the 2000+ rule), Belgian enterprise number mod 97
  (look-alike), Moldovan IDNP and IDNO 7-3-1, Bosnian JMBG mod 11 (region 10-19),
  Mozambican NIB ISO 7064 97-10, UPU S10 tracking numbers, ISBN-13. Formats only (no public
  check): Honduran DNI/RTN, Mozambican NUIT and BI, Vietnamese CCCD (province code, century/
  sex digit, birth year), Vietnamese bank account, Honduran account, Canadian transit-
  institution-account. Phones: `phonenumbers.is_valid_number` for the locale's region on
  the written form; IPs: `ipaddress`, IPv6 only as `compressed` or `exploded` text (eight
  groups or one `::`); postcodes: per-country regex (ZIP, Eircode, Swiss/Belgian NPA, Canadian
  A1A 1A1 without D F I O Q U, CEP 00000-000, MD-NNNN, Honduran and Vietnamese 5 digits,
  Bosnian 7xxxx/88xxx); e-mails/URLs: syntax plus a delegated TLD.
- Seed: SEED = 3434; one random.Random(f"{seed}:{i}:{locale}") per locale.
- Locales (12): en_US en_IE de_CH fr_CA pt_BR nl_BE (core), ro_MD it_CH es_HN (seen before,
  written afresh), pt_MZ vi_VN bs_BA (new). Languages (banks thirtyfourth_bank_<lang>): en de
  fr pt nl ro it es vi bs (pt is shared by Brazil and Mozambique; de is Swiss usage with ss).
- Genres (6): diary (site diary / daily report), workorder (job card or call-out sheet,
  "label: value" lines), quote (estimate / quotation with header lines), crewchat (crew and
  subcontractor chat), jobboard (trade job-board listing with bullet lines), signature (message
  ending in a signature block carrying the contact items).
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN only in IE CH BR BE MD BA;
  en_US (ABA routing + account), fr_CA (transit-institution-account), es_HN (cuenta), pt_MZ
  (NIB) and vi_VN (số tài khoản) put a local bank value in ID instead; IBAN is then left out
  of the first-kind cycle (9 kinds).
- Written forms (item_forms): EMAIL plain/angle/obfuscated ("[at]" "[dot]")/mailto; PHONE
  intl, national, trunk, compact, compact_e164, dotted, dashed, slashed, intl_zero "(0)",
  intl00 "00cc", local regrouping, paren and intl_dashed (NANP); URL https_host/https_slug/
  www/bare; IP v4/v4_private/v4_port/v6 (compressed)/v6_full (exploded); CARD visa|mc x
  grouped/dashed/compact, amex/amex_dashed/amex_compact; IBAN iban_print/iban_compact; ID
  ssn, ein, routing_account, ppsn(_spaced), ahv(_compact), sin(_dash), bank_ca, cpf(_compact),
  cnpj, rrn(_compact), idnp, dni(_compact), rtn, cuenta, nuit, bi, nib(_compact),
  cccd(_spaced), stk, jmbg - each with a cue word shown before it or "_nocue"; PERSON full/
  title/lower/initial/surname_given/given; MEMBER full/given/surname/initial/handle/
  possessive/lower/folded/title; ADDRESS one/multi/street_town/box (PO Box, Postfach,
  C.P./Case postale, Caixa Postal, Postbus, c.p./cutia poștală, Casella postale/CP, Apartado
  Postal, Hộp thư số, poštanski pretinac/p.p.; box addresses keep the street line too).
- Fragment rule: t: whole-word tokens (name tokens without titles, particles - de, da, van,
  von, Ó, Văn, Thị ... - or initials; street-name tokens without street-type words; e-mail
  local part; URL host and slug; handle parts); p: postcodes, box numbers and IPs (whole,
  non-alphanumeric boundaries, spaces optional; the port of v4:port is not scored); d: every
  4-digit window of each digit run of phones, cards, IBANs, ids and bank values (separators
  space . - / ( ) between digits ignored; letters end a run); s: whole id with no 4-digit run
  (none occur at the default seed). ADDRESS: t: street tokens and p: postcode/box, so street
  and postcode score apart. Mozambique uses no postcodes; Honduran and Vietnamese addresses
  carry one only sometimes.
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded and accent-stripped (đ is
  kept), so "Nguyễn" and "Nguyen", "Müller" and "Muller" both leak.
- Names: roster display names are "Given Surname" except vi_VN, which keeps the native
  family-name-first order ("Nguyễn Văn Cường"); Vietnamese short forms use the last syllable
  (anh Cường, chị Nga). PERSON names share no token with the roster.
- Sizes: per locale 375 labelled posts (1-3 items, first item kind cycling through KINDS) +
  75 PII-free (30 plain with no digits and no look-alikes, 45 with 1-3 look-alikes of distinct
  kinds). Total 4,500 labelled + 900 PII-free; 8 roster members per locale (96).
- Look-alikes (16 kinds): order (35 % 16-digit failing Luhn), invoice, price (local currency
  formats: $, €, CHF 1'250.–, R$, lei, L, MT, đ, KM), date, time, version, isbn (valid),
  measure, percent, orgreg (USDOT, CSLB, DUNS, CRO, CHE UID, NEQ, RBQ, NIRE, CREA, BE enterprise
  no., IDNO, CCIT, CICH, alvará de empreiteiro, NUEL, Vietnamese MST, Bosnian JIB), permit
  (building permits and planning refs), ticket, tracking (UPU S10 with check digit), spec
  (C30/37, DN 100, Ø12, IP65, M12x80, EN 1090-2), eponym (Allen key, Phillips head, Hilti,
  Liebherr, Stari most, cầu Long Biên, Avenida Eduardo Mondlane ...), nameword (names used as
  words: mason, carpenter, Maurer, Zimmermann, pedreira, machado, ciobanu, fontana, paz, mai,
  đinh, kovač ...).
- Distinct sentence pieces per language (openers, fillers, closers, per-kind lead-ins,
  look-alike sentences, labels, genre headers; `piece_counts()`): en 261, de 261, fr 261,
  pt 260, nl 261, ro 261, it 261, es 260, vi 261, bs 261 (test floor 250).
- Items (seed 3434): URL 869, MEMBER 868, IP 865 (v6 299: 154 compressed, 145 full),
  PERSON 864, EMAIL 855, ADDRESS 847, CARD 837, PHONE 835, ID 827, IBAN 465 (8,132 in all);
  7,085 look-alikes in 16 kinds (orgreg 490, order 461, invoice 461, eponym 458, isbn 455,
  percent 453, spec 451, version 448, tracking 443, measure 439, time 430, ticket 429,
  date 426, permit 422, price 417, nameword 402).
- Build time: about 2 s of CPU; 7-10 s wall on the shared 2-core machine under load (posts
  failing check_post are redrawn).
- Deliberately hard: ids pasted with no cue word; company numbers (CHE, BE 0xxx, IDNO, JIB,
  MST, CNPJ-like NIRE) and permit numbers beside real ids; JIB and IDNO with 13 digits like
  JMBG and IDNP; 16-digit order numbers failing Luhn; names that are also words (Mason,
  Carpenter, Price, Summer, Maurer, Zimmermann, Glaser, Pedreira, Ciobanu, Muratore, Della
  Casa, Paz, Reina, Đinh, Trần); particle and compound surnames (von Gunten, Van den Broeck,
  De Smet, Gomes da Silva, Souza Lima, Reyes Aguilar, Ó Ceallaigh, O'Sullivan); Vietnamese
  family-name-first order and title + last-syllable forms; lower-case, folded and @handle
  mentions; multi-line and box addresses, Vietnamese số/đường/phường/quận lines, Moldovan
  "str. ... nr." with MD-NNNN, Bosnian street + number (or "bb") + postcode; phones with "(0)",
  00-prefix, slashes and odd regroupings.
"""

from __future__ import annotations

import functools
import importlib
import random
from dataclasses import dataclass, field

from trainer_dev.redaction_sets.thirtyfourth_ids import IBAN_LOCALES
from trainer_dev.redaction_sets.thirtyfourth_items import (
    frag_matches,
    make_item,
    name_tokens,
    normalise,
)
from trainer_dev.redaction_sets.thirtyfourth_looks import LOOK_KINDS, look_ok, look_value
from trainer_dev.redaction_sets.thirtyfourth_people import NAMES, fold

SEED = 3434
LOCALES = [
    "en_US", "en_IE", "de_CH", "fr_CA", "pt_BR", "nl_BE",
    "ro_MD", "it_CH", "es_HN", "pt_MZ", "vi_VN", "bs_BA",
]  # fmt: skip
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
GENRES = ["diary", "workorder", "quote", "crewchat", "jobboard", "signature"]
LANGS = ["en", "de", "fr", "pt", "nl", "ro", "it", "es", "vi", "bs"]
LABELLED, FREE_PLAIN, FREE_LOOKS = 375, 30, 45


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]] = field(default_factory=list)
    item_forms: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = "crewchat"

    @property
    def pii_free(self) -> bool:
        return not self.items


def lang_of(loc: str) -> str:
    return loc.split("_")[0]


@functools.cache
def bank(lang: str) -> dict:
    return importlib.import_module(f"trainer_dev.redaction_sets.thirtyfourth_bank_{lang}").BANK


def piece_counts() -> dict[str, int]:
    out = {}
    for lang in LANGS:
        b = bank(lang)
        pieces = set(b["OPEN"]) | set(b["FILL"]) | set(b["CLOSE"])
        for key in ("LEAD", "LOOK", "LABEL", "HEAD"):
            for v in b[key].values():
                pieces |= {(key, p) for p in v}
        out[lang] = len(pieces)
    return out


# ---- matching ----------------------------------------------------------------------
def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
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


# ---- rendering ------------------------------------------------------------------------
def _fill(tpl: str, x: str) -> str:
    return tpl.replace("{x}", x)


def _item_line(r, b, kind: str, shown: str, genre: str) -> str:
    if genre in ("workorder", "signature") or "\n" in shown:
        lab = r.choice(b["LABEL"][kind])
        if genre == "signature" and kind in ("PERSON", "MEMBER", "ADDRESS") and r.random() < 0.6:
            return shown
        return f"{lab}:\n{shown}" if "\n" in shown else f"{lab}: {shown}"
    return _fill(r.choice(b["LEAD"][kind]), shown)


def _render(r, loc, genre, items, looks) -> str:
    b = bank(lang_of(loc))
    item_lines = [_item_line(r, b, it[0], it[4], genre) for it in items]
    look_lines = [_fill(r.choice(b["LOOK"][k]), v) for k, v in looks]
    fills = r.sample(b["FILL"], r.randint(1, 2))
    opener, closer = r.choice(b["OPEN"]), r.choice(b["CLOSE"])
    head = r.choice(b["HEAD"][genre])
    if genre == "workorder":
        body = [head, *item_lines, *look_lines]
        if r.random() < 0.5:
            body.insert(1, fills[0])
        return "\n".join(body)
    if genre == "signature":
        mid = look_lines + fills
        r.shuffle(mid)
        return "\n".join([opener, " ".join(mid), closer, "--", head, *item_lines])
    mid = item_lines + look_lines
    r.shuffle(mid)
    if genre == "quote":
        return "\n".join([head, opener, *mid, fills[0], closer])
    if genre == "jobboard":
        return "\n".join([head, fills[0], *("- " + m for m in mid), closer])
    if genre == "diary":
        return "\n".join([head, " ".join([opener, fills[0], *mid]), closer])
    return " ".join([opener, *mid, *fills[:1], closer])


def _looks(r, loc, n) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        k = r.choice(LOOK_KINDS)
        v = look_value(r, loc, lang_of(loc), k)
        if look_ok(k, v) and all(v != w and k != kk for kk, w in out):
            out.append((k, v))
    return out


def _labelled(r, loc, j, roster, persons, pool) -> Post:
    cycle = [k for k in KINDS if k != "IBAN" or loc in IBAN_LOCALES]
    first = cycle[j % len(cycle)]
    rest = [k for k in cycle if k != first]
    kinds = [first, *r.sample(rest, r.choice([0, 0, 1, 1, 2]))]
    titles = NAMES[loc][3]
    for _ in range(400):
        items = [make_item(r, loc, lang_of(loc), k, roster, persons, titles, pool) for k in kinds]
        looks = _looks(r, loc, r.choice([0, 1, 1, 2, 3]))
        genre = r.choice(GENRES)
        text = _render(r, loc, genre, items, looks)
        post = Post(
            loc,
            text,
            [(k, fr, v) for k, fr, v, _, _ in items],
            [f for _, _, _, f, _ in items],
            [v for _, v in looks],
            [k for k, _ in looks],
            genre,
        )
        if check_post(post):
            return post
    raise AssertionError((loc, j, text))


def _free(r, loc, with_looks: bool) -> Post:
    b = bank(lang_of(loc))
    for _ in range(400):
        genre = r.choice(["diary", "crewchat", "jobboard", "quote"])
        looks = _looks(r, loc, r.choice([1, 2, 3])) if with_looks else []
        if with_looks and not looks:
            continue
        lines = [r.choice(b["HEAD"][genre])] if genre != "crewchat" else []
        mid = r.sample(b["FILL"], r.randint(1, 3)) + [
            _fill(r.choice(b["LOOK"][k]), v) for k, v in looks
        ]
        r.shuffle(mid)
        lines += [r.choice(b["OPEN"]), *mid, r.choice(b["CLOSE"])]
        text = ("\n" if genre != "crewchat" else " ").join(lines)
        post = Post(loc, text, [], [], [v for _, v in looks], [k for k, _ in looks], genre)
        if check_post(post):
            return post
    raise AssertionError(loc)


def _tokset(name: str) -> set[str]:
    return {normalise(t) for t in name_tokens(name)} | {
        fold(t).lower().replace("đ", "d") for t in name_tokens(name)
    }


def display(loc: str, g: str, s: str) -> str:
    """Roster display name; Vietnamese names keep their native family-name-first order."""
    return f"{s} {g}" if loc == "vi_VN" else f"{g} {s}"


def _people(r, loc):
    gm, gf, sur, _ = NAMES[loc]
    given = [(g, "m") for g in gm] + [(g, "f") for g in gf]
    roster, used = [], set()
    while len(roster) < 8:
        (g, gen), s = r.choice(given), r.choice(sur)
        toks = _tokset(g) | _tokset(s)
        if toks & used:
            continue
        used |= toks
        roster.append((g, s, gen))
    persons = [(g, s, gen) for g, gen in given for s in sur if not (_tokset(g) | _tokset(s)) & used]
    pool = [(g, s, gen) for g, gen in given for s in sur]
    return roster, persons, pool


def make_thirtyfourth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    members: list[str] = []
    posts: list[Post] = []
    for i, loc in enumerate(LOCALES):
        r = random.Random(f"{seed}:{i}:{loc}")
        roster, persons, pool = _people(r, loc)
        members += [display(loc, g, s) for g, s, _ in roster]
        posts += [_labelled(r, loc, j, roster, persons, pool) for j in range(LABELLED)]
        posts += [_free(r, loc, False) for _ in range(FREE_PLAIN)]
        posts += [_free(r, loc, True) for _ in range(FREE_LOOKS)]
    return members, posts
