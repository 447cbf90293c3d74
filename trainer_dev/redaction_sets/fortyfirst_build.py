"""Forty-first set: rosters, name forms, items and posts for one locale."""

from __future__ import annotations

import re

from trainer_dev.redaction_sets import (
    fortyfirst_text_de,
    fortyfirst_text_en,
    fortyfirst_text_es,
    fortyfirst_text_fr,
    fortyfirst_text_hu,
    fortyfirst_text_pl,
    fortyfirst_text_pt,
)
from trainer_dev.redaction_sets import fortyfirst_values as val
from trainer_dev.redaction_sets.fortyfirst_core import KINDS, Post, check_post, id_fragments, norm
from trainer_dev.redaction_sets.fortyfirst_looks import LOOK_KINDS, lookalike
from trainer_dev.redaction_sets.fortyfirst_people import POOLS, POSSESSIVE, TITLES
from trainer_dev.redaction_sets.fortyfirst_places import LOCALES

BANKS = {"en": fortyfirst_text_en.BANK, "de": fortyfirst_text_de.BANK,
         "fr": fortyfirst_text_fr.BANK, "es": fortyfirst_text_es.BANK,
         "pt": fortyfirst_text_pt.BANK, "pl": fortyfirst_text_pl.BANK,
         "hu": fortyfirst_text_hu.BANK}
GENRES = ["press", "podcast", "sponsorship", "ticketing", "credits", "fanmail"]
PERSON_FORMS = ["full", "title", "lower", "initial", "surname_given", "given"]
MEMBER_FORMS = ["full", "given", "surname", "initial", "handle", "possessive", "lower",
                "folded", "title"]
NAME_SKIP = {t for f, m in TITLES.values() for t in f + m} | {
    "úr", "asszony", "részéről", "z", "zespołem"}
LABELLED, PLAIN, WITH_LOOKS = 375, 30, 45
CONTRACTIONS = {"de": [("zu der ", "zur "), ("zu dem ", "zum ")],
                "es": [(" de el ", " del "), (" a el ", " al ")],
                "pt": [(" de o ", " do "), (" em o ", " no ")],
                "fr": [(" de le ", " du "), (" à le ", " au ")]}
# greetings of one locale, used for about a third of the openers there
LOCAL_OPENERS = {
    "en_US": ["Hey y'all,", "Howdy, team,", "What's up, everybody,"],
    "en_CA": ["Hi/bonjour everyone,", "Hey folks,", "Morning from the east end,"],
    "en_NZ": ["Kia ora koutou,", "Kia ora team,", "Mōrena whānau,"],
    "en_SL": ["Kushe o,", "How di bodi, team?", "Good morning to all of una,"],
    "fr_CA": ["Allô tout le monde,", "Salut la gang,", "Bonjour-hi,"],
    "fr_ML": ["I ni ce, chers partenaires,", "Salam aleykoum à tous,", "Bonjour la famille,"],
    "es_CO": ["¡Quiubo, parceros!", "Buenas, buenas,", "¿Qué más, equipo?"],
    "es_PR": ["¡Saludos, boricuas!", "Wepa, equipo,", "Buenas, mi gente,"],
    "pt_BR": ["Fala, galera!", "Oi, gente,", "E aí, turma,"],
    "de_DE": ["Servus zusammen,", "Moin moin,", "Hallo in die Runde,"],
    "pl_PL": ["Siema, ekipa,", "Dzień dobry Państwu,", "Hej wszystkim,"],
    "hu_HU": ["Sziasztok, csapat,", "Kedves Mindenki,", "Helló,"],
}


def piece_counts() -> dict[str, int]:
    """Distinct sentence pieces per language (every string in the phrase bank)."""
    out = {}
    for lang, bank in BANKS.items():
        seen: set[str] = set()
        for value in bank.values():
            items = value.values() if isinstance(value, dict) else value
            for x in items:
                seen.update(x if isinstance(x, list) else [x])
        out[lang] = len(seen)
    return out


def gendered(loc: str, surname: str, female: bool) -> str:
    """Polish -ski/-cki/-dzki surnames agree with the bearer (Kowalski, Kowalska)."""
    if loc != "pl_PL":
        return surname
    if female and re.search(r"(sk|ck|dzk)i$", surname):
        return surname[:-1] + "a"
    if not female and re.search(r"(sk|ck|dzk)a$", surname):
        return surname[:-1] + "i"
    return surname


def full_name(loc: str, given: str, surname: str) -> str:
    return f"{surname} {given}" if loc == "hu_HU" else f"{given} {surname}"


def name_tokens(text: str) -> list[str]:
    """t: fragments of a written name: no titles, particles, initials or possessive words."""
    return val.name_tokens(text, NAME_SKIP)


def make_roster(rng, loc: str) -> list[dict]:
    female, male, surnames = POOLS[loc]
    given = rng.sample(female, 4) + rng.sample(male, 4)
    sur = rng.sample(surnames, 8)
    out = []
    for i, (g, s) in enumerate(zip(given, sur, strict=True)):
        s = gendered(loc, s, i < 4)
        gf, sf = val._slug(g), val._slug(s)
        handle = [f"{gf}.{sf}", f"{gf[0]}{sf}", f"{sf}_{gf}", f"{gf}{sf[:3]}", f"{gf}_{sf[0]}"][
            rng.randint(0, 4)]
        out.append({"given": g, "surname": s, "female": i < 4, "handle": handle,
                    "display": full_name(loc, g, s)})
    return out


def tokens_of(name: str) -> set[str]:
    return {norm(t) for t in re.split(r"[\s\-]+", name) if t}


class Locale:
    def __init__(self, rng, index: int, loc: str, roster: list[dict], roster_tokens: set[str]):
        self.rng, self.loc, self.roster = rng, loc, roster
        self.lang = LOCALES[loc][2]
        self.bank = BANKS[self.lang]
        female, male, surnames = POOLS[loc]
        def ok(n: str) -> bool:
            forms = {n, gendered(loc, n, True), gendered(loc, n, False)}
            return not any(tokens_of(f) & roster_tokens for f in forms)

        self.female = [n for n in female if ok(n)]
        self.male = [n for n in male if ok(n)]
        self.surnames = [n for n in surnames if ok(n)]
        self.look_counter = 0

    # ---- names -----------------------------------------------------------------------------
    def person(self):
        rng = self.rng
        female = rng.random() < 0.5
        g = rng.choice(self.female if female else self.male)
        s = gendered(self.loc, rng.choice(self.surnames), female)
        return g, s, female

    def person_item(self):
        rng, loc = self.rng, self.loc
        g, s, female = self.person()
        form = rng.choice(PERSON_FORMS)
        full = full_name(loc, g, s)
        if form == "full":
            v = full
        elif form == "title":
            if loc == "hu_HU":
                v = rng.choice([f"dr. {full}", f"{full} asszony" if female else f"{s} úr"])
            else:
                v = f"{rng.choice(TITLES[self.lang][0 if female else 1])} {full}"
        elif form == "lower":
            v = full.lower()
        elif form == "initial":
            v = f"{s} {g[0]}." if loc == "hu_HU" else f"{g[0]}. {s}"
        elif form == "surname_given":
            v = rng.choice([f"{s.upper()} {g}", f"{s}, {g}"])
        else:
            v = g
        return "PERSON", name_tokens(v), v, form

    def member_item(self):
        rng = self.rng
        form = rng.choice(MEMBER_FORMS)
        accented = [m for m in self.roster if val.fold(m["display"]) != m["display"]]
        m = rng.choice(accented if form == "folded" and accented else self.roster)
        g, s, disp = m["given"], m["surname"], m["display"]
        if form == "full":
            v = disp
        elif form == "given":
            v = g
        elif form == "surname":
            v = s
        elif form == "initial":
            v = f"{s} {g[0]}." if self.loc == "hu_HU" else f"{g[0]}. {s}"
        elif form == "handle":
            v = "@" + m["handle"]
            return "MEMBER", ["t:" + t for t in re.findall(r"\w+", v)], v, form
        elif form == "possessive":
            v = POSSESSIVE[self.lang].format(rng.choice([disp, g]))
            return "MEMBER", name_tokens(v), v, form + ":" + rng.choice(self.bank["poss"])
        elif form == "lower":
            v = disp.lower()
        elif form == "folded":
            v = val.fold(disp)
            if v == disp:  # nothing to fold: written in full
                form = "full"
        else:
            titles = TITLES[self.lang][0 if m["female"] else 1]
            v = f"{rng.choice(titles)} {disp}"
        return "MEMBER", name_tokens(v), v, form

    # ---- items -----------------------------------------------------------------------------
    def item(self, kind: str):
        """(kind, fragments, value, form, template, label for "Label: value" lines)"""
        rng, loc, bank = self.rng, self.loc, self.bank
        lead = rng.choice(bank["lead"][kind])
        label = bank["labels"][kind]
        if kind == "EMAIL":
            g, s, _ = self.person()
            v, form, fr = val.email(rng, loc, g, s)
        elif kind == "PHONE":
            v, form, fr = val.phone(rng, loc)
        elif kind == "URL":
            v, form, fr = val.url(rng, loc, self.person()[1])
        elif kind == "IP":
            v, form, fr = val.ip(rng)
        elif kind == "CARD":
            v, form, fr = val.card(rng)
        elif kind == "IBAN":
            if loc in val.IBAN_LOCALES:
                v, form, fr = val.iban(rng, loc)
            else:
                v, form, fr = val.bank(rng, loc)
                kind, lead = "ID", rng.choice(bank["bank"])
        elif kind == "ID":
            idtype, cue = rng.choice(val.ID_TYPES[loc])
            v = val.gen_id(rng, idtype, self.person() if idtype == "ramq" else None)
            fr = id_fragments(v)
            if rng.random() < 0.4:
                form, lead = idtype + "_bare", rng.choice(bank["bare"])
            else:
                form, lead = idtype, lead.replace("{cue}", cue)
                label = cue[:1].upper() + cue[1:]
        elif kind == "PERSON":
            kind, fr, v, form = self.person_item()
        elif kind == "MEMBER":
            kind, fr, v, form = self.member_item()
            if form.startswith("possessive:"):
                form, lead = form.split(":", 1)
        else:
            v, form, fr, _ = val.address(rng, loc)
        return kind, fr, v, form, lead, label

    def fill(self, text: str, event: str, role: str) -> str:
        text = text.replace("{event}", event).replace("{role}", role)
        for long, short in CONTRACTIONS.get(self.lang, ()):
            text = text.replace(long, short)
        return text

    def render(self, genre: str, items: list, looks: list[tuple[str, str]]) -> str:
        rng, bank = self.rng, self.bank
        event, role = rng.choice(bank["events"]), rng.choice(bank["roles"])
        header = self.fill(rng.choice(bank["headers"][genre]), event, role)
        fillers = [self.fill(f, event, role) for f in rng.sample(bank["fillers"],
                                                                  rng.randint(1, 3))]
        opener = self.fill(rng.choice(bank["openers"]), event, role)
        if rng.random() < 0.3:
            opener = rng.choice(LOCAL_OPENERS[self.loc])
        closer = rng.choice(bank["closers"])
        look_lines = [bank["looks"][k].replace("{x}", x) for k, x in looks]
        form_genre = genre in ("sponsorship", "credits")
        item_lines = []
        for kind, _, v, form, lead, label in items:
            bare = form.endswith("_bare") or form.startswith("bank_") or form == "possessive"
            if form_genre and not bare and rng.random() < 0.7:
                if genre == "credits" and kind in ("PERSON", "MEMBER") and self.lang != "pl":
                    label = role[:1].upper() + role[1:]
                item_lines.append(f"{label}: {v}")
            else:
                item_lines.append(self.fill(lead, event, role).replace("{x}", v))
        body = item_lines + look_lines
        rng.shuffle(body)
        if genre == "press":
            parts = [f"Re: {header}", "", opener, " ".join(fillers[:1] + body + fillers[1:]), "",
                     closer, rng.choice(bank["signoffs"])]
        elif genre == "podcast":
            parts = [header, opener] + ["- " + s for s in fillers + body] + [closer]
        elif form_genre:
            parts = [header, ""] + body + ["", " ".join(fillers), closer]
        elif genre == "ticketing":
            parts = [header, "", opener + " " + " ".join(body + fillers), closer]
        else:
            parts = [opener, " ".join(fillers[:1] + body + fillers[1:]), closer,
                     rng.choice(bank["signoffs"])]
        return "\n".join(parts)

    def next_looks(self, n: int) -> list[tuple[str, str]]:
        out = []
        for j in range(n):
            kind = LOOK_KINDS[(self.look_counter + j) % len(LOOK_KINDS)]
            out.append((kind, lookalike(self.rng, self.loc, kind)))
        return out

    def post(self, kinds: list[str] | None, n_looks: int, plain: bool = False) -> Post:
        rng = self.rng
        for _ in range(400):
            genre = rng.choice(GENRES)
            items = [self.item(k) for k in kinds] if kinds else []
            looks = self.next_looks(n_looks)
            text = self.render(genre, items, looks)
            if plain and any(c.isdigit() for c in text):
                continue
            p = Post(self.loc, text, [(k, list(fr), v) for k, fr, v, *_ in items],
                     [it[3] for it in items], [x for _, x in looks],
                     [k for k, _ in looks], genre)
            if check_post(p):
                self.look_counter += n_looks
                return p
        raise RuntimeError(f"no valid post for {self.loc} {kinds}")

    def posts(self) -> list[Post]:
        rng, out = self.rng, []
        for j in range(LABELLED):
            kinds = [KINDS[j % len(KINDS)]] + [rng.choice(KINDS)
                                                for _ in range(rng.choice([0, 1, 1, 2]))]
            out.append(self.post(kinds, rng.choice([0, 1, 1, 2])))
        for _ in range(PLAIN):
            out.append(self.post(None, 0, plain=True))
        for _ in range(WITH_LOOKS):
            out.append(self.post(None, rng.randint(1, 3)))
        return out
