"""DATA CARD — twenty-sixth redaction scoring set (SEED = 2626)

How written: by hand for this set, with no fake-data library and without looking
at the redactor, its tests, its docs or any other set. Names, streets,
town/postcode pairs, phrasing and check-digit code are written from general
knowledge of each country's naming, postal and numbering standards;
`phonenumbers` is only used to validate the phone numbers generated here.
Deterministic: one random.Random(f"{seed}:{i}:{locale}") per locale, which
first draws the locale's 8-member roster and then writes its posts.

Locales (12, as given): en_US en_IN de_DE fr_FR pt_BR nl_NL en_GH fr_LU es_EC
fr_SN en_UG es_PY. Languages: English (en_US, en_IN, en_GH, en_UG, each with
its own greetings: "Kindly do the needful", "Chale", "Webale nnyo"...), German,
French (fr_LU mixes Luxembourgish openers/closers, fr_SN Wolof greetings),
Brazilian Portuguese, Dutch, Spanish (es_PY mixes Guaraní words, es_EC local
Spanish).

Genres (8): incident write-ups/post-mortems, release and tool announcements,
code review with YAML/diff snippets, log excerpts (fenced), helpdesk/support
escalations, on-call handovers with rosters, data-team posts with small
markdown tables, vendor onboarding forms.

Modules: twentysixth.py (this card, Post, leaked, check_post, builder),
_bank_en/_de/_fr/_pt/_nl/_es (phrase banks), _frames (combination, log/YAML/
table/form/roster blocks), _people (name pools), _mentions (member and person
written forms), _places (towns, postcodes, streets, address forms), _phones,
_values (e-mail, URL, IP, card, IBAN), _ids (national ids, local bank
accounts), _looks (look-alikes), _checks (Luhn, Verhoeff, mod 97, ISO 7064,
national checks, ISBN).

Phrase breadth (distinct sentence pieces per language, field labels excluded;
labels add 12-13 more): English 324, German 311, French 323, Portuguese 318,
Dutch 311, Spanish 321. Per language: 8 genres x 7 openers, 8 x 7(+1)
context sentences carrying look-alikes, 10 carriers per item kind (IBAN
carriers only in languages with IBAN locales; 10 bank-account carriers in
English, Portuguese and Spanish), 20 asides, 25 closers, 50
plain sentences, locale flavour lines. A post is opener + shuffled item
carriers, context, asides, plain sentences + an optional structured block
(log lines, YAML keys, table, form, roster) + optional closer and flavour,
joined by spaces, line breaks or blank lines: many thousands of frames.

Sizes: per locale 375 labelled posts (1-3 items; the first item's kind cycles
through KINDS) + 75 PII-free posts (30 with no look-alike and no digit at all,
45 with 1-3 look-alikes). Total 4,500 labelled + 900 PII-free = 5,400 posts;
8,194 items: EMAIL 842, PHONE 821, URL 847, IP 803, CARD 831, IBAN 381,
ID 1,233, PERSON 818, MEMBER 820, ADDRESS 798. IBAN only in de_DE fr_FR nl_NL
fr_LU pt_BR fr_SN (fr_SN: SN account numbers, banking contexts only); in
en_US en_IN en_GH en_UG es_EC es_PY the IBAN slot holds a local bank account
labelled ID (form bank_acct_*); pt_BR also has agência/conta and random Pix
keys labelled ID. Every kind >= 49 per locale where it exists. Build: about
3.5 s CPU (6-10 s wall on the shared machine).

Written forms (item_forms): EMAIL plain, angle <..>, markdown mailto link,
obfuscated [at]/[dot] or (at), capitalised. PHONE per country: national,
national_compact, intl, intl_00, e164, US parens/dashed/dotted, FR/SN pairs
with no-break spaces or dots, DE slash, BR DDD parens and WhatsApp style,
IN +91- and 5+5. URL linkedin/github/gitlab/medium/calendly/github.io/own
site, with https, bare or www. IP ipv4, ipv6. CARD visa/mc/mc2 (2-series)/
amex/rupay/elo, spaced, dashed, compact. IBAN grouped, compact. ID: SSN, US
account; Aadhaar (spaced/compact/dashed), PAN, IN account; Steuer-ID; NIR;
CPF, conta, Pix key; BSN; Ghana Card, SSNIT, GH account; LU matricule;
EC cédula, RUC, account; SN CNI, NINEA; UG NIN, account; PY C.I., RUC,
account. PERSON full, title, SURNAME Given, lower case, Given S.. MEMBER
full, given, surname, initial + surname, @handle, lower case, title +
surname, folded accents, possessive. ADDRESS street line, two-line, GhanaPost
GPS (code last or first), EC intersection, PY corner, SN villa + BP, UG
plot + P.O. Box.

Fragment rule: "t:" whole-word tokens (name tokens without particles,
titles or initials; street-name tokens without the type word or house
number; e-mail local part; URL host or slug; handles), "p:" postcode / BP /
P.O. Box number / GhanaPostGPS code and IPs, "s:" alphanumeric ids (PAN,
NIN, SSNIT, Pix key), "d:" every window of four digits in a row of phones,
cards, IBANs and ids (only non-word characters between them). check_post
keeps a post only when every fragment matches the text, not the text with
that value blanked, and not the text with all values blanked.

Roster: 96 members ("Given Surname", 8 per locale). PERSON names share no
token (accent- and case-folded) with any roster name.

Look-alikes (about 18,600 in all, 25 kinds): versions, builds, tickets, commit
hashes, UUIDs, ports, timestamps, error codes, internal hostnames, sizes,
durations, CVE ids, amounts in local currency format, order numbers (long
all-digit ones fail Luhn, SAP-style PO numbers), invoices, S10 tracking
numbers with valid check digit, ISBN-13 with valid check, flights, rooms,
percentages, dates, times, references, counts, and companies/places named
after people (Kotoka, Cheikh Anta Diop, Silvio Pettirossi, Albert Heijn...).

Deliberately hard: PII inside code fences, YAML values, log key=value pairs
and table cells beside UUIDs, hashes, timestamps and amounts; ids pasted with
no cue word; names that are also words (Hope, Will, Grace, Long, Young,
Winter, Visser, Rocha...), particle and hyphenated surnames, names in lower
case, folded accents, SURNAME-first, handles; people-named places next to
real people; IPv6; obfuscated and markdown-linked e-mails; phones with
no-break spaces, 00 prefixes, slashes; 15-digit Amex; Pix keys that look
like UUIDs; Brazilian IBANs with letters; two-line addresses; Ghanaian GPS
codes and Ugandan P.O. boxes as the only postal code.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import (
    twentysixth_bank_de,
    twentysixth_bank_en,
    twentysixth_bank_es,
    twentysixth_bank_fr,
    twentysixth_bank_nl,
    twentysixth_bank_pt,
)
from trainer_dev.redaction_sets.twentysixth_frames import (
    GENRES,
    Builder,
    parse_bank,
    render,
    render_free,
)
from trainer_dev.redaction_sets.twentysixth_ids import make_id
from trainer_dev.redaction_sets.twentysixth_mentions import member_mention, person_written
from trainer_dev.redaction_sets.twentysixth_people import draw_person, draw_roster, key, name_tokens
from trainer_dev.redaction_sets.twentysixth_phones import make_phone
from trainer_dev.redaction_sets.twentysixth_places import make_address
from trainer_dev.redaction_sets.twentysixth_values import (
    IBAN_LOCALES,
    make_card,
    make_email,
    make_iban,
    make_ip,
    make_url,
)

SEED = 2626
LOCALES = [
    "en_US",
    "en_IN",
    "de_DE",
    "fr_FR",
    "pt_BR",
    "nl_NL",
    "en_GH",
    "fr_LU",
    "es_EC",
    "fr_SN",
    "en_UG",
    "es_PY",
]
KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
N_LABELLED, N_PLAIN, N_LOOKS = 375, 30, 45
BANKS = {
    lang: parse_bank(mod.TEXT)
    for lang, mod in [
        ("en", twentysixth_bank_en),
        ("de", twentysixth_bank_de),
        ("fr", twentysixth_bank_fr),
        ("pt", twentysixth_bank_pt),
        ("nl", twentysixth_bank_nl),
        ("es", twentysixth_bank_es),
    ]
}


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
_SPACES = {
    "\t",
    "\n",
    "\r",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x1f",
    "\x85",
    "\u2028",
    "\u2029",
}
_DASHES = {
    "\u2010",
    "\u2011",
    "\u2012",
    "\u2013",
    "\u2014",
    "\u2015",
    "\u2212",
    "\ufe58",
    "\ufe63",
    "\uff0d",
}


def _norm_char(c: str) -> str:
    if c.isdigit() and unicodedata.decimal(c, None) is not None:
        return str(unicodedata.decimal(c))
    if c in _SPACES or unicodedata.category(c) == "Zs":
        return " "
    if c in _DASHES or unicodedata.category(c) == "Pd":
        return "-"
    return c


def normalise(text: str) -> str:
    return "".join(_norm_char(c) for c in text)


def _matches(frag: str, text: str) -> bool:
    kind, s = frag[:2], normalise(frag[2:])
    if kind == "s:":
        return s.casefold() in text.casefold()
    if kind in ("t:", "p:"):
        return re.search(r"(?<![^\W_])" + re.escape(s) + r"(?![^\W_])", text, re.I) is not None
    if kind == "d:":
        return re.search(r"\W*".join(s), text) is not None
    raise ValueError(frag)


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in redacted_text and is absent from background."""
    red, bg = normalise(redacted_text), normalise(background)
    return any(_matches(f, red) and not _matches(f, bg) for f in fragments)


def _mask(text: str, values: list[str]) -> str:
    for v in sorted(values, key=len, reverse=True):
        text = text.replace(v, " ")
    return text


def check_post(post: Post) -> bool:
    text = post.text
    values = [v for _, _, v in post.items]
    if len(post.item_forms) != len(post.items) or len(post.lookalikes) != len(post.lookalike_kinds):
        return False
    for i, v in enumerate(values):
        if not v or v not in text or any(i != j and v in w for j, w in enumerate(values)):
            return False
    masked = normalise(_mask(text, values))
    norm = normalise(text)
    for _kind, frags, v in post.items:
        if not frags:
            return False
        bg = normalise(text.replace(v, " "))
        for f in frags:
            if not _matches(f, norm) or _matches(f, bg) or _matches(f, masked):
                return False
    raw_masked = _mask(text, values)
    return all(lk and lk in raw_masked for lk in post.lookalikes)


# ------------------------------------------------------------------ building
def _item(rng: random.Random, loc: str, kind: str, roster: list[str], banned: set[str]):
    """Returns (kind, value, frags, form, id_label, prefix, suffix)."""
    pre = suf = idl = ""
    who = rng.choice(roster) if rng.random() < 0.3 else draw_person(rng, loc, banned)
    if kind == "IBAN" and loc not in IBAN_LOCALES:
        v, fr, form, idl = make_id(rng, loc, bank_only=True)
        return "ID", v, fr, "bank_" + form, idl, pre, suf
    if kind == "ID" and loc == "pt_BR" and rng.random() < 0.3:
        v, fr, form, idl = make_id(rng, loc, bank_only=True)
        return "ID", v, fr, form, idl, pre, suf
    if kind == "EMAIL":
        v, fr, form = make_email(rng, loc, who)
        pre, suf = {"angle": ("<", ">"), "mailto": (f"[{v}](mailto:", ")")}.get(form, ("", ""))
    elif kind == "PHONE":
        v, fr, form = make_phone(rng, loc)
    elif kind == "URL":
        v, fr, form = make_url(rng, loc, who)
    elif kind == "IP":
        v, fr, form = make_ip(rng, loc)
    elif kind == "CARD":
        v, fr, form = make_card(rng, loc)
    elif kind == "IBAN":
        v, fr, form = make_iban(rng, loc)
    elif kind == "ID":
        v, fr, form, idl = make_id(rng, loc)
    elif kind == "ADDRESS":
        v, fr, form = make_address(rng, loc)
    elif kind == "MEMBER":
        pre, v, suf, form, fr = member_mention(rng, loc, rng.choice(roster))
    else:
        pre, v, suf, form, fr = person_written(rng, loc, draw_person(rng, loc, banned))
    return kind, v, fr, form, idl, pre, suf


def _labelled(rng, loc, bank, first_kind, roster, banned) -> Post:
    genre = rng.choice(GENRES)
    n = rng.choice([1, 1, 2, 2, 2, 3])
    kinds = [first_kind] + [rng.choice(KINDS) for _ in range(n - 1)]
    raw = [_item(rng, loc, k, roster, banned) for k in kinds]
    b = Builder(rng, loc, bank)
    items = [(k, pre + v + suf, idl) for k, v, fr, form, idl, pre, suf in raw]
    text = render(b, genre, items)
    post = Post(
        loc,
        text,
        [(k, fr, v) for k, v, fr, *_ in raw],
        [r[3] for r in raw],
        [x for x, _ in b.looks],
        [k for _, k in b.looks],
        genre,
    )
    return post


def _free(rng, loc, bank, n_looks) -> Post:
    genre = rng.choice(GENRES)
    b = Builder(rng, loc, bank)
    text = render_free(b, genre, n_looks)
    return Post(loc, text, [], [], [x for x, _ in b.looks], [k for _, k in b.looks], genre)


def _roster_ok(post: Post, roster_keys: set[str]) -> bool:
    """PII-free posts must not carry a roster name token as a whole word."""
    words = {key(w) for w in re.findall(r"[^\W\d_]+", post.text)}
    return not (words & roster_keys)


def make_twentysixth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    rngs = [random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)]
    rosters = [draw_roster(r, loc) for r, loc in zip(rngs, LOCALES, strict=False)]
    members = [m for ros in rosters for m in ros]
    banned = {key(t) for m in members for t in name_tokens(m)}
    posts: list[Post] = []
    for rng, loc, roster in zip(rngs, LOCALES, rosters, strict=False):
        bank = BANKS[loc[:2]]
        for j in range(N_LABELLED):
            for _ in range(400):
                p = _labelled(rng, loc, bank, KINDS[j % len(KINDS)], roster, banned)
                if check_post(p):
                    break
            else:
                raise RuntimeError(f"{loc}: no valid post {j}")
            posts.append(p)
        for j in range(N_PLAIN + N_LOOKS):
            n_looks = 0 if j < N_PLAIN else 1 + j % 3
            for _ in range(400):
                p = _free(rng, loc, bank, n_looks)
                if (
                    check_post(p)
                    and _roster_ok(p, banned)
                    and (n_looks or not any(c.isdigit() for c in p.text))
                ):
                    break
            else:
                raise RuntimeError(f"{loc}: no free post {j}")
            posts.append(p)
    return members, posts
