"""Forty-fifth redaction scoring set: manufacturing, industry and workplace safety.

DATA CARD
- How written: every name pool, roster, street, town/postcode pair, company stem, web slug,
  look-alike list and phrase bank was written by hand for this set from general knowledge of
  each country's naming, postal, banking, payroll and industrial habits (no fake-data library;
  no other set's banks, people, places, looks, items, values or ids files opened; no redactor
  or scoring run on it; nothing here imports trainer.redact). Modules: fortyfifth (Post,
  matching, check_post, assembly), fortyfifth_build (names, forms, genres, piece counts),
  fortyfifth_checks (check digits), fortyfifth_values, fortyfifth_looks, fortyfifth_people,
  fortyfifth_places, fortyfifth_text_<lang>. Check digits are computed in code and re-checked
  in the self-test: Luhn (cards, SA ID, Canadian SIN and BN, ZA VAT look-alikes), IBAN mod 97
  for GB AT PT DK HU LU MG with the national keys where there is one (Portuguese NIB key,
  Hungarian giro-block keys 9-7-3-1, Malagasy RIB key 89/15/3), Argentine CBU (two block
  keys), UK NINO prefix/suffix rules and NHS number mod 11, NZ IRD (two weight sets) and old
  NHI (letters A-Z less I and O, mod 11), Austrian SVNR (weights 3790584216, birth date),
  Quebec NAM (RAMQ: surname/given letters, birth date, +50 for women), Argentine CUIL and CUIT
  mod 11, Portuguese NIF/NIPC mod 11 and NISS (prime weights), Danish CPR (valid birth date),
  Hungarian adoazonosito jel (days since 1867, mod 11) and TAJ (3-7 weights), Luxembourg
  matricule (birth date, Luhn and Verhoeff digits). Format only (no public check): Austrian
  Steuernummer, Argentine DNI, Malagasy CIN (12 digits, region and sex digits), PNG NID and
  IRC TIN, NZ, SA, Canadian and PNG bank values. Look-alikes with checks: ISBN-13, EAN-13
  (GS1 country prefixes), GB VAT mod 97 (and -55), NZBN (GTIN), ZA VAT (Luhn), Austrian UID
  (ATU), Canadian BN (Luhn), CUIT, NIPC, Danish CVR mod 11, Hungarian adoszam (9-7-3-1),
  Luxembourg TVA (mod 89). Phones are drawn from national number plans and kept only when
  `phonenumbers.is_valid_number` holds for the right region; IPs are built with `ipaddress`
  (global v4, private v4, private v4 with an industrial port such as 502 Modbus or 4840 OPC UA,
  global v6 compressed and exploded); e-mails and URLs by regex with a delegated TLD;
  postcodes by each country's pattern (GB outward+inward letters, CA A1A 1A1 letters, AR CPA
  letter+4 digits+3 letters, PT 4-3, LU L-NNNN, MG and PG three digits, the rest four).
- Seed: SEED = 4545; one random.Random(f"{seed}:{i}:{locale}") per locale; no hash() and no
  set iteration decides anything.
- Locales (12): en_GB en_NZ en_ZA de_AT fr_CA es_AR pt_PT da_DK hu_HU (core and earlier),
  fr_MG en_PG de_LU (new here). Languages: en de fr es pt da hu, one phrase bank each
  (fortyfifth_text_<lang>); en_NZ en_ZA en_PG share English with local names, towns, phone
  plans and formats; fr_MG shares French with fr_CA and de_LU shares German with de_AT
  (Luxembourg addresses keep their French street names).
- Genres (6, cycled): note (one paragraph), thread (subject line, quoted "> " line, closer),
  form ("label: value" lines, a non-PII field), log (maintenance log "- " bullets), roster
  (shift table "| day | shift | label: value |"), signature (body, then a sign-off block with
  the first name or contact value and further phones/e-mails/URLs as bare lines, role, company).
  Theme: suppliers and purchase orders, machine serials and maintenance logs, shift rosters
  and overtime, safety incidents and audits, quality recalls and batch traceability, trade
  fairs and industrial apprenticeships.
- Kinds: EMAIL PHONE URL IP CARD IBAN ID PERSON MEMBER ADDRESS. IBAN in GB AT PT DK HU LU MG;
  en_NZ (bank-branch-account-suffix), en_ZA (branch code + account), fr_CA (transit-
  institution-account), es_AR (CBU, plain and 8+14) and en_PG (BSP-style account) carry a
  local bank value labelled ID in the IBAN slot.
- IDs by locale: GB NINO, NHS number; NZ IRD number, NHI; ZA ID number (plain and 6-4-3); AT
  SVNR, Steuernummer; CA SIN/NAS, NAM (RAMQ); AR DNI, CUIL; PT NIF, NISS; DK CPR (dashed and
  plain); HU adoazonosito jel, TAJ; MG CIN (plain and 3-3-3-3); PG NID, TIN; LU matricule
  (plain and 4-4-3-2). About 40 % of ids are pasted with no cue word (form ends "_bare").
- Written forms (item_forms): EMAIL plain/angle/mailto; PHONE intl, national (trunk prefix
  where there is one), compact (E.164), dotted, dashed, intl_zero ("+44 (0)114 ..." in GB NZ
  ZA AT, "0045 ..." elsewhere), spaced_cc ("(+45) 12 34 56 78"); URL https_host/https_slug/
  www/bare; IP v4/v4_private/v4_port/v6/v6_full; CARD visa|mc x grouped/dashed/compact and
  amex 4-6-5; IBAN iban_print/iban_compact; ID per type (above) and _bare, bank forms;
  PERSON full/title (Ms, Herr, DI, Mag.a, Ing., Mme, Sra., Lic., Eng.º, fru, hr., dr., and
  Hungarian "Nagy Péter úr")/lower/initial/swapped ("SURNAME Given", "Surname, Given",
  Hungarian given-first)/given/folded (accents and ø/æ folded); MEMBER full/given/surname/
  initial/handle/possessive ("X's", German and Danish "Xs", "de X"/"d'X", "do X"/"da X",
  Hungarian dative "Péternek", with their own lead-ins: "Xs Schichttausch ...")/lower/folded/
  title; ADDRESS one_line/multi_line/street_town (no postcode)/box (PO Box, Private Bag,
  Posbus, Postfach, C.P., Casilla de Correo, Apartado, Postboks, Pf., BP, Boîte postale).
- Fragment rule: t: whole-word tokens (name tokens without titles, particles or initials;
  street-name tokens without street-type words or articles; e-mail local part; URL host or
  slug); p: postcodes, box numbers and IPs (whole, non-alphanumeric boundaries, spaces
  optional); d: every 4-digit window of each digit run of phones, cards, IBANs, ids and bank
  values (separators space - . / ( ) + between digits ignored); s: a whole id with no 4-digit
  run. ADDRESS items carry only t: street tokens and p: postcode/box. A post is redrawn when
  any fragment also matches its background (the post with the value removed) or another
  value, or a look-alike sits inside a value (`check_post`).
- Matching: both sides NFKC, Unicode digits to ASCII, case-folded, accent-stripped, with ø o,
  æ ae, ł l, đ d, œ oe, dotless i to i, so "Moller" and "Møller", "Szabo" and "Szabó" leak.
- Sizes: per locale 375 labelled posts (1-3 items of distinct kinds, the first item's kind
  cycling through KINDS) + 75 PII-free (30 plain with no digits and no look-alikes, 45 with
  1-3 look-alikes): 4,500 labelled + 900 PII-free; 8 roster members per locale (96; 4 F, 4
  M; Hungarian display names family name first); PERSON names share no token with any roster
  member (PERSON pools are filtered against every roster token).
- Look-alikes (17 kinds, cycled per locale): order (PO-/SO-/INV-/BE- numbers and 16-digit
  numbers failing Luhn), serial (SN, S/N, Ser.-Nr.), lot (LOT, Batch, Ch.-B.), part (P/N,
  6ES7 order codes, bearings 6205-2RS, DIN 912 screws), price (£, NZ$, R, €, $, Ft, kr., Ar,
  K), date (local order), time (am/pm, 14 h 30, kl. 14.30, Uhr), measure (Nm, bar, V, kN,
  dB(A), °C, µm), percent, orgreg (above), isbn, ean, standard (ISO 45001, ÖNORM EN 1090-2,
  CSA Z462, IRAM 3800, AS/NZS 4024.1, SANS 10400, DS/EN, MSZ EN ...), ticket (INC, CAPA, 8D,
  NCR, MOC, WO, RFQ), bic (real bank BICs per country), eponym (Gantt chart, Pareto, Ishikawa,
  Allen key, Vickers, Charpy, Kaplan, Pelton, Venturi, Bánki-turbina, Jedlik-dinamó ...),
  nameword (names used as words: "summer shutdown", "grace period", "im Ernst", "der schlaue
  Fuchs", "luz verde", "paz social", "rocha dura", "held og lykke", "fekete doboz").
- Distinct sentence pieces per language (openers, closers, context, per-kind lead-ins,
  cue-less id lead-ins, look-alike sentences, labels, subjects, headers, days, shifts, roles,
  form fields, possessive lead-ins; `piece_counts()`): en de fr es pt da hu 173 each (floor
  150), plus four context lines of each locale's own (LOCAL_CTX: smoko, load-shedding, Tok
  Pisin toolbox talks, CNESST, AUVA, ITM, ART, ACT, Arbejdstilsynet, délestage ...).
- Items (seed 4545): ID 1,131 (797 national/tax/health ids, 308 of them without a cue, 39 %;
  334 local bank values), ADDRESS 857, EMAIL 838, PHONE 835, URL 833, CARD 830, MEMBER 826,
  IP 824, PERSON 818, IBAN 457 (8,249 items); 5,595 look-alikes in 17 kinds (each >= 321;
  57 16-digit orders failing Luhn). Name pools: 20 female + 20 male given names and 40
  surnames per locale (480 given names, 480 surnames). Build time about 5 s of CPU (16-21 s
  wall) on the shared 2-core machine; posts failing check_post are redrawn.
- Deliberately hard: ids with no cue word (NINO, IRD, SVNR, SIN, CUIL, NIF, CPR, adoazonosito
  jel, CIN, matricule); personal CUIL beside company CUIT, NIF beside NIPC, SIN beside BN,
  SVNR beside Steuernummer and ATU; 16-digit order numbers failing Luhn beside real cards;
  EAN-13 and NZBN beside 13-digit ZA ids and LU matricules; BICs beside IBANs; part numbers,
  serials and lots beside ids; private IPs with Modbus/OPC UA ports; Hungarian names family
  name first and dative possessives; long Malagasy surnames (Randriamampionona) and "SURNAME
  Given"; particles and compounds (van der Merwe, du Plessis, de Villiers, Da Costa, Te Whiu,
  St-Pierre, Jean-François, Marie-Ève); names that are also words (Baker, Mason, Marsh,
  Summers, Hunter, Rose, Hope, Grace, Summer, Fuchs, Wolf, Winter, Koch, Bauer, Ernst, Luz,
  Paz, Lobo, Rocha, Coelho, Pinto, Lykke, Bonde, Fisker, Skov, Fekete, Kovács, Király) beside
  namewords and eponyms (Gantt, Pareto, Allen key); street tokens fused with the street type
  (Industrivej, Lunzerstraße) and street names that are names (Louis Botha Avenue).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import fortyfifth_values as V
from trainer_dev.redaction_sets.fortyfifth_build import (
    BANKS,
    CUES,
    GENRES,
    KINDS,
    LOCAL_CTX,
    LOCALES,
    MEMBER_FORMS,
    PERSON_FORMS,
    address_fragments,
    lang_of,
    make_roster,
    name_form,
    name_fragments,
    org,
    person_pools,
    roster_tokens,
)
from trainer_dev.redaction_sets.fortyfifth_looks import LOOK_KINDS, look_value

SEED = 4545
LABELLED_PER_LOCALE = 375
PLAIN_PER_LOCALE = 30
LOOKS_PER_LOCALE = 45


@dataclass
class Post:
    locale: str
    text: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    item_forms: list = field(default_factory=list)
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)
    genre: str = "note"

    @property
    def pii_free(self) -> bool:
        return not self.items


# ---- matching -----------------------------------------------------------------------------

_TRANS = str.maketrans({"ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i", "œ": "oe"})
_RUN = re.compile(r"\d(?:[ \t\n\-./()+]*\d)*")


def normalise(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in s)
    s = s.casefold().translate(_TRANS)
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def digit_runs(s: str) -> list[str]:
    return [re.sub(r"\D", "", m) for m in _RUN.findall(normalise(s))]


def windows(value: str) -> list[str]:
    out = []
    for run in digit_runs(value):
        for i in range(len(run) - 3):
            if run[i:i + 4] not in out:
                out.append(run[i:i + 4])
    return out


def _pattern(frag: str) -> re.Pattern:
    prefix, body = frag[:2], normalise(frag[2:])
    if prefix == "t:":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)")
    esc = r"\s*".join(re.escape(part) for part in body.split())
    return re.compile(r"(?<![0-9a-z])" + esc + r"(?![0-9a-z])")


def found(text: str, frag: str, runs=None) -> bool:
    if frag.startswith("d:"):
        runs = digit_runs(text) if runs is None else runs
        return any(frag[2:] in r for r in runs)
    return bool(_pattern(frag).search(normalise(text)))


def leaked(redacted_text: str, fragments, background: str) -> bool:
    """True when any fragment survives in the redacted text and not in the background."""
    red_runs, bg_runs = digit_runs(redacted_text), digit_runs(background)
    for frag in fragments:
        if found(redacted_text, frag, red_runs) and not found(background, frag, bg_runs):
            return True
    return False


def check_post(post: Post) -> bool:
    values = [v for _, _, v in post.items]
    text = post.text
    for i, v in enumerate(values):
        if v not in text:
            return False
        if any(i != j and v in w for j, w in enumerate(values)):
            return False
    for i, (_, frags, value) in enumerate(post.items):
        if not frags:
            return False
        bg = text.replace(value, " ")
        others = [w for j, w in enumerate(values) if j != i]
        for frag in frags:
            if not found(text, frag) or found(bg, frag):
                return False
            if any(found(w, frag) for w in others):
                return False
    stripped = text
    for v in values:
        stripped = stripped.replace(v, "\x00")
    for look in post.lookalikes:
        if look not in stripped or any(look in v or v in look for v in values):
            return False
    return True


# ---- items --------------------------------------------------------------------------------

def id_fragments(value: str) -> list[str]:
    w = windows(value)
    return [f"d:{x}" for x in w] if w else [f"s:{value}"]


class LocaleBuilder:
    def __init__(self, locale: str, rng: random.Random, roster, banned):
        self.locale, self.rng, self.lang = locale, rng, lang_of(locale)
        self.bank = BANKS[self.lang]
        self.ctx = self.bank["ctx"] + LOCAL_CTX[locale]
        self.members = roster[locale]
        self.given, self.surnames = person_pools(locale, banned)
        self.look_i = 0
        self.counters: dict[str, int] = {}

    def cycle(self, key: str, options: list[str]) -> str:
        i = self.counters.get(key, 0)
        self.counters[key] = i + 1
        return options[i % len(options)]

    def item(self, kind: str):
        """(kind, fragments, value, form, sentence, shown)."""
        out = self._item(kind)
        return out if len(out) == 6 else (*out, out[2])

    def _item(self, kind: str):
        rng, loc, b = self.rng, self.locale, self.bank
        lead = rng.choice(b["lead"].get(kind, [""]))
        if kind == "EMAIL":
            g, _ = rng.choice(self.given)
            local = V.email_local(rng, self.lang, g, rng.choice(self.surnames))
            value = f"{local}@{V.domain(rng, loc)}"
            form = self.cycle("EMAIL", V.EMAIL_FORMS)
            shown = {"plain": value, "angle": f"<{value}>", "mailto": f"mailto:{value}"}[form]
            return "EMAIL", [f"t:{local}"], value, form, lead.format(x=shown), shown
        if kind == "PHONE":
            form = self.cycle("PHONE", V.PHONE_FORMS)
            value = V.phone(rng, loc, form)
            return "PHONE", [f"d:{w}" for w in windows(value)], value, form, lead.format(x=value)
        if kind == "URL":
            form = self.cycle("URL", V.URL_FORMS)
            value, frags = V.url(rng, loc, self.lang, form)
            return "URL", frags, value, form, lead.format(x=value)
        if kind == "IP":
            form = self.cycle("IP", V.IP_FORMS)
            value = V.ip(rng, form)
            return "IP", [f"p:{V.ip_core(value, form)}"], value, form, lead.format(x=value)
        if kind == "CARD":
            form = self.cycle("CARD", V.CARD_FORMS)
            value = V.card(rng, form)
            return "CARD", [f"d:{w}" for w in windows(value)], value, form, lead.format(x=value)
        if kind == "IBAN":
            if loc in V.IBAN_COUNTRIES:
                form = self.cycle("IBAN", ["iban_print", "iban_compact"])
                value = V.iban_form(V.iban(rng, loc), form)
                return "IBAN", [f"d:{w}" for w in windows(value)], value, form, \
                    lead.format(x=value)
            form = self.cycle("BANK", V.BANK_FORMS[loc])
            value = V.bank_value(rng, loc, form)
            return "ID", [f"d:{w}" for w in windows(value)], value, form, lead.format(x=value)
        if kind == "ID":
            typ = self.cycle("ID", V.ID_TYPES[loc])
            name = (rng.choice(self.surnames), rng.choice(self.given)[0])
            value = V.national_id(rng, typ, name)
            if rng.random() < .4:
                sent = rng.choice(b["bare"]).format(x=value)
                return "ID", id_fragments(value), value, f"{typ}_bare", sent
            sent = lead.format(x=value, cue=rng.choice(CUES[typ]))
            return "ID", id_fragments(value), value, typ, sent
        if kind in ("PERSON", "MEMBER"):
            if kind == "PERSON":
                form = self.cycle("PERSON", PERSON_FORMS)
                g, gen = rng.choice(self.given)
                s = rng.choice(self.surnames)
                if form == "folded" and V.ascii_fold(g + s) == g + s:
                    marked = [x for x in self.surnames if V.ascii_fold(x) != x]
                    s = rng.choice(marked) if marked else s
            else:
                form = self.cycle("MEMBER", MEMBER_FORMS)
                pool = self.members
                if form == "folded":
                    pool = [m for m in pool if V.ascii_fold(m[0] + m[1]) != m[0] + m[1]] or pool
                g, s, gen = rng.choice(pool)
            value, parts = name_form(loc, g, s, gen, form, rng)
            frags = name_fragments(parts)
            if form == "possessive":
                lead = rng.choice(b["poss"])
            sent = lead.format(x=value)
            return kind, frags, value, form, sent
        form = self.cycle("ADDRESS", V.ADDRESS_FORMS)
        value, street, pcbox = V.address(rng, loc, form)
        return "ADDRESS", address_fragments(street, pcbox), value, form, lead.format(x=value)

    def looks(self, n: int) -> list[tuple[str, str, str]]:
        out = []
        for _ in range(n):
            kind = LOOK_KINDS[self.look_i % len(LOOK_KINDS)]
            self.look_i += 1
            value = look_value(self.rng, self.locale, self.lang, kind)
            sent = self.rng.choice(self.bank["look"][kind]).format(x=value)
            out.append((kind, value, sent))
        return out

    def redraw_looks(self, looks):
        return [(k, look_value(self.rng, self.locale, self.lang, k), "") for k, _, _ in looks]

    def render(self, genre: str, items, looks) -> str:
        rng, b = self.rng, self.bank
        opener, closer = rng.choice(b["open"]), rng.choice(b["close"])
        ctx = rng.choice(self.ctx)
        sents = [it[4] for it in items]
        lsents = [sent for _, _, sent in looks]
        if genre == "note":
            body = sents + lsents
            rng.shuffle(body)
            if opener.endswith(",") and not ctx[1:2].isupper():
                ctx = ctx[0].lower() + ctx[1:]
            return " ".join([opener, ctx] + body + [closer])
        if genre == "thread":
            body = sents + lsents
            rng.shuffle(body)
            parts = [rng.choice(b["subject"]), opener, "> " + ctx, " ".join(body), closer]
            return "\n\n".join(x for x in parts if x)
        if genre == "log":
            body = [ctx] + sents + lsents
            rng.shuffle(body)
            return "\n".join([b["header"]["log"]] + ["- " + s for s in body])
        if genre == "form":
            lines = [b["header"]["form"]]
            for kind, _, value, form, sent, shown in items:
                if form.endswith("_bare") or form == "possessive":
                    lines.append(sent)
                elif kind == "ID" and form in CUES:
                    cue = rng.choice(CUES[form])
                    lines.append(f"{cue[0].upper()}{cue[1:]}: {value}")
                else:
                    label_kind = "IBAN" if form in V.BANK_FORMS.get(self.locale, []) else kind
                    lines.append(f"{b['label'][label_kind]}: {shown}")
            lines.append(rng.choice(b["field"]))
            lines += lsents
            return "\n".join(lines)
        if genre == "roster":
            lines = [b["header"]["roster"]]
            for kind, _, _value, form, sent, shown in items:
                label_kind = "IBAN" if form in V.BANK_FORMS.get(self.locale, []) else kind
                plain = form.endswith("_bare") or form == "possessive"
                cell = sent if plain else f"{b['label'][label_kind]}: {shown}"
                lines.append(f"| {rng.choice(b['days'])} | {rng.choice(b['shift'])} | {cell} |")
            for s in lsents:
                lines.append(f"| {rng.choice(b['days'])} | {rng.choice(b['shift'])} | {s} |")
            return "\n".join(lines)
        # signature: contact items as bare lines under the sign-off
        body, block = [], []
        for kind, _, _value, form, sent, shown in items:
            if form == "possessive":
                body.append(sent)
            elif kind in ("PERSON", "MEMBER", "PHONE", "EMAIL", "URL") and not block:
                block.append(shown)
            elif kind in ("PHONE", "EMAIL", "URL"):
                block.append(shown)
            else:
                body.append(sent)
        text = " ".join([opener, ctx] + body + lsents)
        sig = [closer] + block + [rng.choice(b["role"]), org(self.locale, rng)]
        return text + "\n\n" + "\n".join(sig)

    def labelled(self, j: int) -> Post:
        rng = self.rng
        first = KINDS[j % len(KINDS)]
        n = rng.choice([1, 1, 2, 2, 2, 3])
        kinds = [first] + rng.sample([k for k in KINDS if k != first], n - 1)
        nlooks = rng.choice([0, 1, 1, 1, 1, 1, 2])
        lk = self.looks(nlooks)
        genre = GENRES[j % len(GENRES)]
        for _ in range(400):
            items = [self.item(k) for k in kinds]
            looks = [(k, v, s) for k, v, s in lk]
            text = self.render(genre, items, looks)
            post = Post(self.locale, text, [(k, f, v) for k, f, v, _, _, _ in items],
                        [it[3] for it in items], [v for _, v, _ in looks],
                        [k for k, _, _ in looks], genre)
            if check_post(post):
                return post
            lk = [(k, v2, rng.choice(self.bank["look"][k]).format(x=v2))
                  for k, v2, _ in self.redraw_looks(lk)]
        raise RuntimeError(f"no valid post for {self.locale} #{j}")

    def free(self, with_looks: bool, j: int) -> Post:
        rng, b = self.rng, self.bank
        genre = ["note", "thread", "log"][j % 3]
        for _ in range(400):
            looks = self.looks(rng.choice([1, 2, 3])) if with_looks else []
            text = self.render(genre, [], looks)
            if not with_looks:
                extra = rng.choice([c for c in self.ctx if c not in text])
                text = text.replace(b["header"]["log"] + "\n", b["header"]["log"] + "\n- "
                                    + extra + "\n") if genre == "log" else text
            post = Post(self.locale, text, [], [], [v for _, v, _ in looks],
                        [k for k, _, _ in looks], genre)
            if check_post(post) and (with_looks or not re.search(r"\d", text)):
                return post
            if with_looks:
                self.look_i -= len(looks)
        raise RuntimeError(f"no valid PII-free post for {self.locale}")


def make_fortyfifth_set(seed: int = SEED) -> tuple[list[str], list[Post]]:
    rngs = {loc: random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)}
    roster = make_roster(rngs)
    banned = roster_tokens(roster)
    members = [f"{s} {g}" if loc == "hu_HU" else f"{g} {s}"
               for loc in LOCALES for g, s, _ in roster[loc]]
    posts: list[Post] = []
    for loc in LOCALES:
        lb = LocaleBuilder(loc, rngs[loc], roster, banned)
        for j in range(LABELLED_PER_LOCALE):
            posts.append(lb.labelled(j))
        for j in range(PLAIN_PER_LOCALE):
            posts.append(lb.free(False, j))
        for j in range(LOOKS_PER_LOCALE):
            posts.append(lb.free(True, j))
    return members, posts
