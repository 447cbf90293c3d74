"""The fifty-first independent labelled set: maritime work, twelve locales.

DATA CARD
- How it was written: by one outside helper, by hand, from its own knowledge, without opening
  the redaction engine, its tests, its docs or any other set. Every pool (names, streets, towns,
  postcodes, companies, phrases, templates) is typed in the fiftyfirst_* modules; no Faker, no
  pools copied from the repository. Check digits are computed in fiftyfirst_numbers; the
  `phonenumbers` package is used only by the self-test, to check that every phone is valid for
  its region. The redactor was never run on this set while it was written.
- Seed: 5151. One `random.Random(f"{seed}:{i}:{locale}")` per post; no hash(), no set order,
  no clock. A post is redrawn (same generator, next draw) until it satisfies the fragment rule.
- Domain: maritime, ports, fishing, boating: berth and mooring bookings, crew lists, skipper
  tickets, fishing licences and quota transfers, haul-outs and slipways, sail lofts, chandlery
  and fuel docks, ferry desks, harbour dues and customs, sailing schools, AIS receivers.
- Locales and languages (share of posts): en_AU, en_NZ (English); nl_BE (Flemish Dutch); nl_AW
  (Dutch 40 %, Papiamento 35 %, English 25 %); da_DK (Danish); nb_NO (Bokmål); fo_FO (Faroese
  70 %, Danish 30 %); es_CL (Chilean Spanish); fr_CA (Quebec French); pl_PL (Polish); gl_ES
  (Galician 65 %, Spanish 35 %); fr_RE (French 75 %, Réunion Creole 25 %). The Papiamento,
  Faroese, Galician and Creole pools are smaller: a kind or label they lack is written in the
  office language beside them (Dutch, Danish, Spanish, French), as mixed offices do.
- Genres: notes; threads with "> " quoted lines; forms ("Label: value", multi-line values under
  the label); tables (markdown or tab-separated); e-mails with subject, greeting and a signature
  block (sign-off, often the name item, "Label: value" contact lines, an office line); chat lines
  with a role and an optional [hh:mm] stamp; bulleted lists.
- Kinds (ten) and written forms (item_forms):
  EMAIL plain | angle (<...>); PHONE national | intl | dotted | dashed | local | compact;
  URL https (with path) | www | bare (bare domains on .boats .yachts .fish .kiwi .sydney
  .melbourne .quebec .vlaanderen .gent .brussels .aruba .gal .re .fo .aw ...) | slug (on
  facebook.com/groups, instagram.com, youtube.com/@, linktr.ee); IP v4 | v6; CARD spaced |
  dashed | plain | amex; IBAN spaced | compact; ID cue | bare (about 40 % bare: no cue word);
  PERSON full | title+surname | initial+surname | upper ("SURNAME Given" or "Given SURNAME"),
  with "+possessive" (en, da, nb, fo) or "+gen"/"+ins" (Polish cases), Chilean and Galician
  double surnames; MEMBER full | given | surname | initial+surname | lower | folded (accents
  and ø/æ/ð/ł stripped) | handle (@given.surname, @gsurname) | upper, with the same case marks;
  ADDRESS oneline | multiline | pobox | nopostcode.
- IDs per locale: AU TFN, Medicare, passport, BSB+account; NZ IRD, passport, driver licence,
  bank account; BE national number, passport, old 3-7-2 account; AW persoonsnummer, passport,
  CRIB number, bank account; DK CPR, passport, reg.+konto; NO fødselsnummer, D-nummer,
  kontonummer, passport; FO P-tal, passport, reg.+konto; CL RUT, passport, cuenta corriente;
  CA NAS, RAMQ card, Quebec driver's permit, passport; PL PESEL, identity card, NIP, passport;
  ES DNI, NIE, NSS, passport; RE NIR (department 974), passport, RIB. With valid check digits:
  TFN, Medicare, IRD (primary weights), BE national number and account, CPR (modulus 11),
  fødselsnummer, D-nummer, kontonummer, RUT, NAS (Luhn), PESEL, identity card, NIP, DNI, NIE,
  NSS, NIR, RIB; cards (Luhn) and IBANs (mod 97). Format only: every passport, the BSB, NZ bank,
  Aruba ids, Danish and Faroese bank pairs, the P-tal, RAMQ, the Quebec permit, the Chilean
  account (we were not sure of their check rules, or they have none).
- Fragment rule (leaked): text is normalised by NFKC, case-folding, accent stripping (and ø, æ,
  ð, þ, ł folded) and Unicode digits to ASCII. Tags: "w:" a name token as written (inflected
  forms as written; no titles, particles or initials) matched as a whole word; "t:" a street-
  name token without the street-type word, whole word; "p:" a postcode or box number whole,
  spaces and hyphens optional; "s:" an e-mail local part, a URL host (without www.) or platform
  slug, an IP, or a short id with no 4-digit run, matched whole; "d:" every 4-digit window of a
  digit run of the value, where a run allows one space, dot, slash or hyphen between digits.
  A post is redrawn while a fragment of an item occurs in its background (text with the value
  replaced by a space) or in another value, or a look-alike overlaps a value or contains one.
- Sizes: per locale 375 labelled posts (1-3 items of distinct kinds, the first item's kind
  cycling through the ten) and 75 PII-free posts (one in five plain, the rest with 1-3
  look-alikes): 4,500 + 900 = 5,400 posts; roster of 8 members per locale (96).
- Look-alike kinds: booking refs, invoice numbers, order numbers (Luhn-valid 3-7-6 and 10-digit
  PO numbers), dates and times in the locale's forms, amounts in the local currency, measures
  (length, draft, kW, tonnes), IMO numbers, MMSIs with the country's MID, ISO 6346 container
  codes, EAN-13 with the country's GS1 prefix, ISBN-13 and ISBN-10 (some without the word),
  company numbers (ABN, NZBN, Belgian enterprise number, CVR, org.nr., REGON, CIF, SIRET and a
  company RUT with valid checks; Aruba KvK, Faroese V-tal and Quebec NEQ format only),
  UN/LOCODEs, positions, HS codes, and companies or places named after people (Wilh.
  Wilhelmsen, Jan De Nul, A.P. Møller - Mærsk, Hamilton Jet, Puerto Montt, Skwer Kościuszki,
  Praza de María Pita, aéroport Roland-Garros ...). They sit in labelled posts too.
- Left out, and why: Aruba has no postcodes, so its addresses carry street tokens only; its id
  formats (persoonsnummer, CRIB, accounts) are as remembered, format only. AU, NZ, CL, CA and AW
  have no IBAN: their IBAN items are a trade partner's (GB/DE, ES, FR, NL), their own account
  forms are IDs. Given names alone of non-members are not labelled (no fair fragment). Dutch,
  French, Spanish, Galician and Papiamento names are not inflected (those languages use a
  preposition); Faroese and Scandinavian names take only the -s genitive, Faroese dative forms
  (hjá Jógvani) are left out as we were unsure of them. Réunion Creole spelling is ours and
  loose. Phones follow ranges that phonenumbers 9.0.43 accepts (Réunion 0693 and some Danish
  and Norwegian blocks were dropped for that reason). Some small-port UN/LOCODEs (AUPLO, AWBAR,
  REPDG) may not exist: format only. No URL with ports or user-info, no IPv4 with a port.
  Australian driver licences are left out (state formats differ). Words that are also names
  appear only inside the company and place look-alikes (Sainte-Rose, San Nicolas, Fred. Olsen),
  not as a kind of their own.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

from trainer_dev.redaction_sets import fiftyfirst_build as b
from trainer_dev.redaction_sets import fiftyfirst_people as pp

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
LOCALES = pp.LOCALES
LABELLED_PER_LOCALE = 375
FREE_PER_LOCALE = 75
GENRES = ["note", "note", "thread", "form", "table", "email", "chat", "bullets"]
SUBJECT = {"en": "Subject", "nl": "Onderwerp", "pap": "Asunto", "da": "Emne", "nb": "Emne",
           "fo": "Evni", "es": "Asunto", "gl": "Asunto", "fr": "Objet", "rcf": "Objet",
           "pl": "Temat"}
NOTES = {"en": "Notes", "nl": "Opmerkingen", "pap": "Nota", "da": "Bemærkninger",
         "nb": "Merknader", "fo": "Viðmerkingar", "es": "Observaciones", "gl": "Observacións",
         "fr": "Remarques", "rcf": "Remarques", "pl": "Uwagi"}


@dataclass(frozen=True)
class Post:
    text: str
    locale: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    item_forms: list[str] = field(default_factory=list)
    pii_free: bool = False
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)


# --- the leak rule --------------------------------------------------------------------------

B = r"(?<![^\W_])"
E = r"(?![^\W_])"


@lru_cache(maxsize=50_000)
def _pattern(frag: str) -> re.Pattern:
    tag, body = frag[:2], b.norm(frag[2:])
    if tag in ("w:", "t:"):
        return re.compile(rf"(?<!\w){re.escape(body)}(?!\w)")
    if tag == "p:":
        chars = [re.escape(c) for c in body if not c.isspace()]
        return re.compile(B + r"[ \-]?".join(chars) + E)
    return re.compile(B + re.escape(body) + E)


def present(text_norm: str, frag: str, runs: list[str] | None = None) -> bool:
    """Whether a fragment occurs in text already normalised (runs: its digit runs)."""
    if frag.startswith("d:"):
        runs = b.digit_runs(text_norm) if runs is None else runs
        return any(frag[2:] in r for r in runs)
    return _pattern(frag).search(text_norm) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when a fragment of the item survives in the redacted text and is not in the
    background (the post's text with the value replaced by a space)."""
    red, bg = b.norm(redacted_text), b.norm(background)
    red_runs, bg_runs = b.digit_runs(red), b.digit_runs(bg)
    return any(present(red, f, red_runs) and not present(bg, f, bg_runs) for f in fragments)


# --- composing a post -----------------------------------------------------------------------


def _lang(rng: random.Random, loc: str) -> str:
    weights = pp.PLAN[loc][6]
    x, acc = rng.random(), 0.0
    for lang, w in weights:
        acc += w
        if x < acc:
            return lang
    return weights[-1][0]


def _make_item(rng, loc, lang, kind, genre):
    """(value, fragments, form, prose sentence, form label)."""
    tabular = genre in ("form", "table")
    multiline = genre in ("note", "email", "thread") and kind == "ADDRESS"
    if kind in ("PERSON", "MEMBER"):
        tpl = rng.choice(b.pool(lang, "NAME"))
        case = "gen" if "{xg}" in tpl else ("ins" if "{xi}" in tpl else "nom")
        if tabular:
            case = "nom"
        value, frags, form = b.name_item(rng, loc, lang, kind, case, tabular)
        prose = tpl.replace("{xg}", value).replace("{xi}", value).replace("{x}", value)
        return value, frags, form, prose, rng.choice(b.sub(lang, "labels", "NAME"))
    if kind == "ID":
        name, gen, cues = rng.choice(pp.PLAN[loc][2])
        value = gen(rng)
        cue = rng.choice(cues)
        bare = not tabular and rng.random() < 0.55  # forms and tables always carry the cue
        tpl = rng.choice(b.pool(lang, "ID_BARE" if bare else "ID_CUE"))
        prose = tpl.replace("{cue}", cue).replace("{x}", value)
        prose = prose[0].upper() + prose[1:]
        return value, b.digit_frags(value), "bare" if bare else "cue", prose, cue
    if kind == "EMAIL":
        value, frags, form = b.email_item(rng, loc, lang)
        form = "plain" if tabular else form
        shown = f"<{value}>" if form == "angle" else value
    elif kind == "URL":
        value, frags, form = b.url_item(rng, loc)
        shown = value
    elif kind == "IP":
        value, frags, form = b.ip_item(rng)
        shown = value
    elif kind == "ADDRESS":
        value, frags, form = b.address_item(rng, loc, multiline)
        if "\n" in value:
            intro = rng.choice(b.pool(lang, "ADDRESS_ML"))
            label = rng.choice(b.sub(lang, "labels", "ADDRESS"))
            return value, frags, form, f"{intro}\n{value}\n", label
        shown = value
    else:
        if kind == "PHONE":
            value, form = pp.PLAN[loc][0](rng)
        elif kind == "CARD":
            value, form = b.n.card(rng)
        else:
            value, form = b.iban_item(rng, loc)
        frags, shown = b.digit_frags(value), value
    tpl = rng.choice(b.pool(lang, kind))
    return value, frags, form, tpl.replace("{x}", shown), rng.choice(b.sub(lang, "labels", kind))


def _look_part(rng, loc, lang):
    kind = rng.choice(b.LOOK_KINDS)
    value, kind, label = b.lookalike(rng, loc, lang, kind)
    if kind in ("company_person", "place_person"):
        key = "company_frames" if kind == "company_person" else "place_frames"
        prose = rng.choice(b.pool(lang, key)).replace("{p}", value)
        return value, kind, prose, None
    phrase = f"{label} {value}".strip()
    if kind in ("date", "time", "amount", "measure", "coords"):
        prose = phrase + "."
    else:
        prose = rng.choice(b.pool(lang, "look_frames")).replace("{p}", phrase)
    prose = prose[0].upper() + prose[1:]
    return value, kind, prose, (label or "Ref", value)


def _signature(rng, kinds, made):
    """E-mail signature lines: a name item and contact items moved out of the prose."""
    sig, prose = [], []
    for kind, m in zip(kinds, made, strict=True):
        plain_name = "+" not in m[2] and m[2] not in ("handle", "lower", "given")
        if kind in ("PERSON", "MEMBER") and plain_name and rng.random() < 0.6:
            sig.insert(0, m[0])
        elif kind in ("PHONE", "EMAIL", "URL") and rng.random() < 0.5:
            sig.append(f"{m[4]}: {m[0]}" if rng.random() < 0.7 else m[0])
        else:
            prose.append(m[3])
    return sig, prose


def _render(rng, lang, genre, parts, fields, notes, sig=()):
    """parts: prose sentences; fields: (label, value) rows; notes: prose kept outside rows;
    sig: signature lines of an e-mail."""
    if genre == "form":
        lines = [rng.choice(b.pool(lang, "form_titles"))]
        lines += [f"{k}:\n{v}" if "\n" in v else f"{k}: {v}" for k, v in fields]
        if notes:
            lines.append(f"{NOTES[lang]}: " + " ".join(notes))
        return "\n".join(lines)
    if genre == "table":
        h1, h2 = b.pool(lang, "head")
        if rng.random() < 0.5:
            rows = [f"| {h1} | {h2} |", "|---|---|"] + [f"| {k} | {v} |" for k, v in fields]
        else:
            rows = [f"{h1}\t{h2}"] + [f"{k}\t{v}" for k, v in fields]
        return "\n".join(rows + ([" ".join(notes)] if notes else []))
    if genre == "bullets":
        mark = rng.choice(["-", "*", "•"])
        return "\n".join(f"{mark} {p.strip()}" for p in parts)
    if genre == "chat":
        roles = b.pool(lang, "roles")
        out, minute = [], rng.randint(6 * 60, 20 * 60)
        for p in parts:
            who = rng.choice(roles)
            minute += rng.randint(1, 40)
            stamp = f"[{minute // 60 % 24:02d}:{minute % 60:02d}] "
            stamp = stamp if rng.random() < 0.5 else ""
            out.append(f"{stamp}{who}: {p.strip()}")
        return "\n".join(out)
    if genre == "thread" and len(parts) > 1:
        cut = rng.randint(1, len(parts) - 1)
        quoted = "\n".join("> " + line for p in parts[:cut] for line in p.strip().split("\n"))
        return f"{rng.choice(b.pool(lang, 'quote'))}\n{quoted}\n\n" + " ".join(parts[cut:]).strip()
    if genre == "email":
        subj = rng.choice(b.pool(lang, "subject"))
        body = " ".join(parts).replace("\n ", "\n").strip()
        sign = rng.choice(b.pool(lang, "sign"))
        org = rng.choice(b.pool(lang, "org"))
        greet = rng.choice(b.pool(lang, "greet"))
        block = "\n".join([sign, *sig, org])
        return f"{SUBJECT[lang]}: {subj}\n\n{greet}\n\n{body}\n\n{block}"
    return " ".join(parts).replace("\n ", "\n").strip()


def _spans(text: str, value: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(value)) for m in re.finditer(re.escape(value), text)]


def valid(text: str, items: list, looks: list[str]) -> bool:
    """The redraw rule: no item fragment in its background or in another value; look-alikes
    neither overlap a value nor contain a fragment."""
    for i, (_, frags, value) in enumerate(items):
        if value not in text:
            return False
        bg = b.norm(text.replace(value, " "))
        runs = b.digit_runs(bg)
        for f in frags:
            if present(bg, f, runs):
                return False
            for j, (_, _, other) in enumerate(items):
                if j != i and present(b.norm(other), f):
                    return False
            for look in looks:
                if present(b.norm(look), f):
                    return False
    taken = [s for _, _, v in items for s in _spans(text, v)]
    for look in looks:
        mine = _spans(text, look)
        if not mine:
            return False
        if any(a < d and c < bb for a, bb in mine for c, d in taken):
            return False
    return True


def _labelled(rng: random.Random, loc: str, i: int) -> Post:
    first = KINDS[i % len(KINDS)]
    others = [k for k in KINDS if k != first]
    for _ in range(200):
        lang = _lang(rng, loc)
        genre = rng.choice(GENRES)
        count = rng.choice([1, 2, 2, 3])
        kinds = [first] + rng.sample(others, count - 1)
        made = [_make_item(rng, loc, lang, k, genre) for k in kinds]
        sig, parts = ((), [m[3] for m in made])
        if genre == "email":
            sig, parts = _signature(rng, kinds, made)
        fields = [(m[4], m[0]) for m in made]
        looks, look_kinds, notes = [], [], []
        for _ in range(rng.choice([0, 1, 1, 2])):
            value, kind, prose, row = _look_part(rng, loc, lang)
            if value in looks:
                continue
            looks.append(value)
            look_kinds.append(kind)
            parts.append(prose)
            if row:
                fields.append(row)
            else:
                notes.append(prose)
        for _ in range(rng.choice([0, 1, 1, 2]) + (not parts)):
            filler = rng.choice(b.pool(lang, "filler"))
            parts.insert(rng.randint(0, len(parts)), filler)
            notes.append(filler)
        order = list(range(len(parts)))
        rng.shuffle(order)
        parts = [parts[j] for j in order]
        text = _render(rng, lang, genre, parts, fields, notes, sig)
        items = [(k, m[1], m[0]) for k, m in zip(kinds, made, strict=True)]
        if valid(text, items, looks):
            return Post(text, loc, items, [m[2] for m in made], False, looks, look_kinds)
    raise RuntimeError(f"no valid post for {loc} #{i}")


def _free(rng: random.Random, loc: str, i: int) -> Post:
    for _ in range(200):
        lang = _lang(rng, loc)
        genre = rng.choice(GENRES)
        fillers = rng.sample(b.pool(lang, "filler"), rng.randint(2, 4))
        looks, look_kinds, parts, fields, notes = [], [], list(fillers), [], list(fillers)
        if i % 5 != 0:  # one in five PII-free posts is plain prose
            for _ in range(rng.randint(1, 3)):
                value, kind, prose, row = _look_part(rng, loc, lang)
                if value in looks:
                    continue
                looks.append(value)
                look_kinds.append(kind)
                parts.insert(rng.randint(0, len(parts)), prose)
                if row:
                    fields.append(row)
                else:
                    notes.append(prose)
        if genre in ("form", "table") and not fields:
            genre = "note"
        text = _render(rng, lang, genre, parts, fields, notes)
        if valid(text, [], looks):
            return Post(text, loc, [], [], True, looks, look_kinds)
    raise RuntimeError(f"no valid PII-free post for {loc} #{i}")


def make_fiftyfirst_set(*, seed: int = 5151) -> tuple[list[str], list[Post]]:
    """(members, posts): the roster of 96 and 5,400 posts (4,500 labelled, 900 PII-free)."""
    members = [name for loc in LOCALES for name in pp.ROSTER[loc]]
    posts: list[Post] = []
    for loc in LOCALES:
        for i in range(LABELLED_PER_LOCALE + FREE_PER_LOCALE):
            rng = random.Random(f"{seed}:{i}:{loc}")
            if i < LABELLED_PER_LOCALE:
                posts.append(_labelled(rng, loc, i))
            else:
                posts.append(_free(rng, loc, i - LABELLED_PER_LOCALE))
    return members, posts
