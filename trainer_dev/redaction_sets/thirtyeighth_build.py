"""Post builder of the thirty-eighth set: rosters, items with written forms, genres."""

from __future__ import annotations

import random
import re

from . import thirtyeighth_checks as ck
from . import thirtyeighth_values as va
from .thirtyeighth_bank_cs import BANK as BANK_CS
from .thirtyeighth_bank_de import BANK as BANK_DE
from .thirtyeighth_bank_en import BANK as BANK_EN
from .thirtyeighth_bank_es import BANK as BANK_ES
from .thirtyeighth_bank_fr import BANK as BANK_FR
from .thirtyeighth_bank_nl import BANK as BANK_NL
from .thirtyeighth_bank_pt import BANK as BANK_PT
from .thirtyeighth_core import KINDS, Post, check_post
from .thirtyeighth_looks import LOOK_KINDS, look, look_ok
from .thirtyeighth_people import fold, name_tokens, pools, surname_for

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "nl_NL", "en_AU", "pt_BR", "cs_CZ",
           "en_MW", "fr_CD", "nl_SR"]
BANKS = {"en": BANK_EN, "de": BANK_DE, "fr": BANK_FR, "es": BANK_ES, "nl": BANK_NL,
         "pt": BANK_PT, "cs": BANK_CS}
GENRES = ["thread", "form", "chat", "review", "note"]
SUBJECT_WORD = {"en": "Subject", "de": "Betreff", "fr": "Objet", "es": "Asunto",
                "nl": "Onderwerp", "pt": "Assunto", "cs": "Předmět"}
ID_CUE = {
    "ssn": "SSN", "nino": "National Insurance number", "nhs": "NHS number", "tfn": "TFN",
    "medicare": "Medicare number", "mw_national_id": "national ID number", "mw_tpin": "TPIN",
    "steuer_id": "Steuer-ID", "nir": "numéro de sécurité sociale",
    "cd_voter_card": "numéro de carte d'électeur", "cd_nif": "NIF", "dni": "DNI", "nie": "NIE",
    "bsn": "BSN", "sr_id": "ID-nummer", "cpf": "CPF", "rodne_cislo": "rodné číslo",
}
PERSON_FORMS = ["full", "title", "lower", "initial", "surname_given", "given"]
MEMBER_FORMS = ["full", "given", "surname", "initial", "handle", "possessive", "lower",
                "folded", "title"]
LABELLED, PLAIN, WITH_LOOKS, ROSTER = 375, 30, 45, 8


def piece_counts() -> dict[str, int]:
    """Distinct sentence pieces per language (every string of the bank, and the header)."""
    out = {}
    for lang, bank in BANKS.items():
        pieces: list[str] = [SUBJECT_WORD[lang]]
        for value in bank.values():
            if isinstance(value, dict):
                for v in value.values():
                    pieces += v if isinstance(v, list) else [v]
            else:
                pieces += value
        out[lang] = len(dict.fromkeys(pieces))
    return out


def _tokset(name: str) -> list[str]:
    return [ck.norm(t) for t in name_tokens(name)]


def roster_for(rng: random.Random, locale: str) -> list[tuple[str, str, str]]:
    given, surnames = pools(locale)
    g = rng.sample(given, ROSTER)
    s = rng.sample(surnames, ROSTER)
    return [(gn, surname_for(sn, gender), gender) for (gn, gender), sn in zip(g, s, strict=True)]


class LocaleBuilder:
    def __init__(self, rng: random.Random, locale: str, roster, banned: list[str]):
        self.rng, self.locale = rng, locale
        self.lang = va.LANG[locale]
        self.bank = BANKS[self.lang]
        self.roster = roster
        given, surnames = pools(locale)
        self.p_given = [(g, x) for g, x in given if not set(_tokset(g)) & set(banned)]
        self.p_sur = [s for s in surnames
                      if not any(set(_tokset(surname_for(s, x))) & set(banned) for x in "fm")]
        self.look_queue: list[str] = []

    # -------------------------------------------------------------- helpers
    def next_look(self) -> str:
        if not self.look_queue:
            self.look_queue = list(LOOK_KINDS)
            self.rng.shuffle(self.look_queue)
        return self.look_queue.pop()

    def person(self) -> tuple[str, str, str]:
        g, gender = self.rng.choice(self.p_given)
        return g, surname_for(self.rng.choice(self.p_sur), gender), gender

    def title(self, gender: str) -> str:
        return self.rng.choice(self.bank["title_f" if gender == "f" else "title_m"])

    # -------------------------------------------------------------- names
    def name_value(self, kind: str, g: str, s: str, gender: str):
        forms = PERSON_FORMS if kind == "PERSON" else MEMBER_FORMS
        f = self.rng.choice(forms)
        full = f"{g} {s}"
        if f == "full":
            v = full
        elif f == "title":
            v = f"{self.title(gender)} {full if self.rng.random() < 0.6 else s}"
        elif f == "lower":
            v = full.lower()
        elif f == "initial":
            v = f"{g[0]}. {s}"
        elif f == "surname_given":
            v = f"{s.upper()} {g}" if self.rng.random() < 0.5 else f"{s}, {g}"
        elif f == "given":
            v = g
        elif f == "surname":
            v = s
        elif f == "folded":
            v = fold(full)
            if v == full:
                v = fold(full).lower()
        elif f == "handle":
            gg = re.sub(r"[^a-z]", "", fold(g).lower())
            ss = re.sub(r"[^a-z]", "", fold(s).lower())
            v = "@" + self.rng.choice([f"{gg}.{ss}", f"{gg[0]}{ss}", f"{gg}_{ss[:4]}",
                                       f"{ss}{gg[0]}"])
            return v, f, [f"t:{v[1:]}"]
        else:  # possessive
            return self.possessive(g, s, gender)
        toks = name_tokens(v.replace(",", " "))
        toks = [t for t in toks if ck.norm(t) not in {ck.norm(x) for x in self.titles()}]
        return v, f, [f"t:{t}" for t in toks]

    def titles(self) -> list[str]:
        return [t.rstrip(".") for t in self.bank["title_f"] + self.bank["title_m"]] + \
            ["la", "el", "señora", "señor"]

    def possessive(self, g: str, s: str, gender: str):
        lang, rng = self.lang, self.rng
        base = g if rng.random() < 0.6 else f"{g} {s}"
        if lang == "en":
            v = base + ("'" if base.endswith("s") else "'s")
            return v, "possessive", [f"t:{t}" for t in name_tokens(base)]
        if lang == "de":
            v = base + ("'" if base[-1] in "sxzß" else "s")
        elif lang == "nl":
            v = base + ("'s" if base[-1] in "aeiouy" else "s")
        elif lang == "cs":
            if g.endswith("ka"):
                v = g[:-2] + "čin"
            elif g.endswith(("a", "e")):
                v = g[:-1] + "in"
            elif g.endswith("r") and gender == "f":
                v = g[:-1] + "řin"
            elif g.endswith("í"):
                v = g + "ho"
            else:
                v = g + "ův"
            return v, "possessive", [f"t:{v}"]
        else:  # fr es pt: "de X" in the template; the value is the name
            return base, "possessive", [f"t:{t}" for t in name_tokens(base)]
        toks = name_tokens(v.rstrip("'"))
        if v.endswith("'s"):
            toks = name_tokens(base)
        return v, "possessive", [f"t:{t}" for t in toks]

    # -------------------------------------------------------------- one item
    def item(self, kind: str):
        """(kind, value, form, fragments, sentence template) of one drawn item."""
        rng, loc, bank = self.rng, self.locale, self.bank
        tmpl = rng.choice(bank["lead"][kind])
        label = bank["label"][kind]
        if kind in ("PERSON", "MEMBER"):
            g, s, gender = self.person() if kind == "PERSON" else rng.choice(self.roster)
            v, f, frags = self.name_value(kind, g, s, gender)
            if f == "possessive":
                tmpl = rng.choice(bank["possessive"])
                if self.lang == "fr" and "de {v}" in tmpl and fold(v)[0].lower() in "aeiouyh":
                    tmpl = tmpl.replace("de {v}", "d'{v}")
                if self.lang == "pt":
                    tmpl = tmpl.replace("de {v}", ("da {v}" if gender == "f" else "do {v}"))
            return kind, v, f, frags, tmpl, label
        if kind == "EMAIL":
            g, s, _ = self.person()
            v, f, frags = va.email(rng, loc, g, s)
            assert ck.email_ok(v.lower()), v
            if f == "angle":
                tmpl = tmpl.replace("{v}", "<{v}>")
            elif f == "mailto":
                tmpl = tmpl.replace("{v}", "mailto:{v}")
            return kind, v, f, frags, tmpl, label
        if kind == "URL":
            g, s, _ = self.person()
            v, f, frags = va.url(rng, loc, g, s)
            assert ck.url_ok(v), v
            return kind, v, f, frags, tmpl, label
        if kind == "PHONE":
            v, f, frags = va.phone(rng, loc)
            assert va.phone_ok(v, loc), v
            return kind, v, f, frags, tmpl, label
        if kind == "IP":
            v, f, frags = va.ip(rng)
            assert ck.ip_ok(v, f), v
            return kind, v, f, frags, tmpl, label
        if kind == "CARD":
            v, f, frags = va.card(rng)
            assert ck.luhn_ok(re.sub(r"\D", "", v)), v
            return kind, v, f, frags, tmpl, label
        if kind == "IBAN":
            k, v, f, frags = va.bank(rng, loc)
            assert value_ok(loc, k, f, v), v
            if k == "ID":
                label = bank["label"]["BANKID"]
            return k, v, f, frags, tmpl, label
        if kind == "ID":
            v, idtype = va.national_id(rng, loc)
            assert va.id_ok(v, idtype), v
            frags = va.id_fragments(v)
            if rng.random() < 0.4:
                return kind, v, idtype + "_bare", frags, rng.choice(bank["cueless"]), None
            cue = ID_CUE[idtype]
            tmpl = tmpl.replace("{cue}", cue)
            if tmpl.startswith(cue[0].lower()):
                tmpl = tmpl[0].upper() + tmpl[1:]
            return kind, v, idtype, frags, tmpl, label
        v, f, frags, pc = va.address(rng, loc)
        assert not pc or va.postcode_ok(pc, loc), pc
        return kind, v, f, frags, tmpl, label

    # -------------------------------------------------------------- one post
    def compose(self, genre: str, items, looks) -> str:
        rng, bank = self.rng, self.bank
        sents = [t.format(v=v) for _, v, _, _, t, _ in items]
        lines = [bank["look"][k].format(x=x) for k, x in looks]
        body = sents + lines
        rng.shuffle(body)
        if genre == "form":
            out = [rng.choice(bank["open"])]
            fields = [f"{lab}: {v}" if lab else v for _, v, _, _, _, lab in items]
            fields += rng.sample(bank["field"], 2)
            rng.shuffle(fields)
            out += fields + lines
            return "\n".join(out)
        ctx = rng.sample(bank["context"], 2)
        if genre == "thread":
            return (f"{SUBJECT_WORD[self.lang]}: {rng.choice(bank['subject'])}\n\n"
                    f"{rng.choice(bank['open'])} {ctx[0]}\n\n" + " ".join(body) +
                    f"\n\n> {rng.choice(bank['quote'])}\n\n{rng.choice(bank['close'])}")
        if genre == "chat":
            who = [bank["roles"][0], bank["roles"][1]]
            turns = [rng.choice(bank["open"]), ctx[0]] + body + [rng.choice(bank["close"])]
            return "\n".join(f"{who[i % 2]}: {t}" for i, t in enumerate(turns))
        if genre == "review":
            stars = "★" * rng.randint(1, 5)
            return f"{bank['roles'][4]} {stars}\n{rng.choice(bank['open'])} {ctx[0]} " + \
                " ".join(body) + f" {rng.choice(bank['close'])}"
        return f"{bank['roles'][rng.choice([2, 3])]}:\n" + "\n".join(
            f"- {t}" for t in [ctx[0]] + body + [ctx[1]])

    def labelled(self, first: str) -> Post:
        rng = self.rng
        while True:
            n = rng.choice([1, 1, 2, 2, 3])
            kinds = [first] + [rng.choice(KINDS) for _ in range(n - 1)]
            items = [self.item(k) for k in kinds]
            if len({t for _, _, _, _, t, _ in items}) < len(items):
                continue  # one lead-in per post
            nlook = rng.choice([0, 1, 1, 2])
            looks = [(k, look(rng, k, self.lang, self.locale))
                     for k in [self.next_look() for _ in range(nlook)]]
            genre = rng.choice(GENRES)
            post = Post(self.locale, self.compose(genre, items, looks),
                        [(k, fr, v) for k, v, _, fr, _, _ in items],
                        [f for _, _, f, _, _, _ in items],
                        [x for _, x in looks], [k for k, _ in looks], genre)
            if check_post(post):
                return post
            self.look_queue += [k for k, _ in looks]

    def free(self, nlook: int) -> Post:
        rng = self.rng
        while True:
            looks = [(k, look(rng, k, self.lang, self.locale))
                     for k in [self.next_look() for _ in range(nlook)]]
            genre = rng.choice(GENRES)
            text = self.compose(genre, [], looks)
            post = Post(self.locale, text, [], [], [x for _, x in looks],
                        [k for k, _ in looks], genre)
            if check_post(post) and (nlook or not re.search(r"\d", text)):
                return post
            self.look_queue += [k for k, _ in looks]


def value_ok(locale: str, kind: str, form: str, value: str) -> bool:
    """Re-check one labelled value by its checker (names and look-alikes aside)."""
    if kind == "EMAIL":
        return ck.email_ok(value.lower())
    if kind == "URL":
        return ck.url_ok(value)
    if kind == "PHONE":
        return va.phone_ok(value, locale)
    if kind == "IP":
        return ck.ip_ok(value, form)
    if kind == "CARD":
        d = re.sub(r"\D", "", value)
        return ck.luhn_ok(d) and (len(d) == 15 if form == "amex" else len(d) == 16)
    if kind == "IBAN":
        return ck.iban_ok(value)
    if kind == "ID":
        if form == "aba_account":
            return ck.aba_ok(re.search(r"routing (\d{9})", value).group(1))
        if form == "bsb_account":
            return bool(re.fullmatch(r"BSB \d{3}-\d{3}, account \d{2} \d{3} \d{3}", value))
        if form == "mw_account":
            return bool(re.fullmatch(r"\d{13}", value))
        if form == "cd_rib":
            return bool(re.fullmatch(r"\d{5}-\d{5}-\d{11}-\d{2}", value))
        if form == "sr_account":
            return bool(re.fullmatch(r"\d{8,10}", value))
        return va.id_ok(value, form.removesuffix("_bare"))
    if kind == "ADDRESS":
        pcs = re.findall(ck.POSTCODE[locale], value) if locale in ck.POSTCODE else []
        return locale not in ck.POSTCODE or form == "street_town" or bool(pcs)
    return True


def build(seed: int):
    rosters = {}
    rngs = {}
    for i, loc in enumerate(LOCALES):
        rngs[loc] = random.Random(f"{seed}:{i}:{loc}")
        rosters[loc] = roster_for(rngs[loc], loc)
    banned = [t for loc in LOCALES for g, s, _ in rosters[loc] for t in _tokset(f"{g} {s}")]
    members: list[str] = []
    posts: list[Post] = []
    for loc in LOCALES:
        rng = rngs[loc]
        members += [f"{g} {s}" for g, s, _ in rosters[loc]]
        b = LocaleBuilder(rng, loc, rosters[loc], banned)
        for j in range(LABELLED):
            posts.append(b.labelled(KINDS[j % len(KINDS)]))
        for j in range(PLAIN + WITH_LOOKS):
            posts.append(b.free(0 if j < PLAIN else rng.randint(1, 3)))
    return members, posts


__all__ = ["build", "value_ok", "piece_counts", "look_ok", "LOCALES", "GENRES"]
