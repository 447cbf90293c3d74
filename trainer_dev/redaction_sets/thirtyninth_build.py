"""Thirty-ninth set: rosters, names, addresses, genres and post assembly (with redraws)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import thirtyninth_checks as C
from trainer_dev.redaction_sets import thirtyninth_looks as L
from trainer_dev.redaction_sets import thirtyninth_places as P
from trainer_dev.redaction_sets import thirtyninth_values as V
from trainer_dev.redaction_sets.thirtyninth_bank_de import DE
from trainer_dev.redaction_sets.thirtyninth_bank_en import EN
from trainer_dev.redaction_sets.thirtyninth_bank_es import ES
from trainer_dev.redaction_sets.thirtyninth_bank_fr import FR
from trainer_dev.redaction_sets.thirtyninth_bank_it import IT
from trainer_dev.redaction_sets.thirtyninth_bank_pl import PL
from trainer_dev.redaction_sets.thirtyninth_bank_pt import PT
from trainer_dev.redaction_sets.thirtyninth_bank_ro import RO
from trainer_dev.redaction_sets.thirtyninth_people import FEMALE, MALE, SURNAMES, TITLES

LOCALES = ("en_US", "en_GB", "de_CH", "fr_BE", "es_AR", "it_IT", "pl_PL", "en_IN", "ro_RO",
           "pt_CV", "es_CU", "en_GY")
KINDS = ("EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS")
BANKS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "pl": PL, "ro": RO, "pt": PT}
IBAN_LOCALES = ("en_GB", "de_CH", "fr_BE", "it_IT", "pl_PL", "ro_RO", "pt_CV")
GENRES = ("thread", "form", "note", "chat", "signature", "ticket")
LABELLED, PLAIN, WITH_LOOKS, ROSTER = 375, 30, 45, 8


@dataclass
class Post:
    locale: str
    text: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    item_forms: list = field(default_factory=list)
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


def check_post(post: Post) -> bool:
    """Values verbatim and apart, fragments in the text but not in the background nor in
    another value, look-alikes outside every value."""
    text = post.text
    values = [v for _, _, v in post.items]
    norm_text = C.norm(text)
    for k, (_, frags, value) in enumerate(post.items):
        if value not in text or not frags:
            return False
        others = [v for j, v in enumerate(values) if j != k]
        if any(value in o or o in value for o in others):
            return False
        back = C.norm(text.replace(value, " "))
        for f in frags:
            if not C.present(norm_text, f) or C.present(back, f):
                return False
            if any(C.present(C.norm(o), f) for o in others):
                return False
    stripped = text
    for v in values:
        stripped = stripped.replace(v, "\x00")
    for look in post.lookalikes:
        if look not in stripped or any(look in v or v in look for v in values):
            return False
    return True


# ------------------------------------------------------------------ people


def _fold(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c)).translate(str.maketrans("łŁ", "lL"))


def make_roster(rng: random.Random, loc: str) -> list[dict]:
    fem = rng.sample(FEMALE[loc], 4)
    mal = rng.sample(MALE[loc], 4)
    sur = rng.sample(SURNAMES[loc], 8)
    people = [{"given": g, "surname": gendered(loc, s, k < 4), "female": k < 4}
              for k, (g, s) in enumerate(zip(fem + mal, sur, strict=True))]
    rng.shuffle(people)
    return people


def gendered(loc: str, surname: str, female: bool) -> str:
    """Polish -ski/-cki/-dzki surnames take -ska/-cka/-dzka for women (also in compounds)."""
    if loc != "pl_PL" or not female:
        return surname
    return "-".join(p[:-1] + "a" if p.endswith(("ski", "cki", "dzki")) else p
                    for p in surname.split("-"))


def tokens_of(person: dict) -> set[str]:
    return {f[2:] for f in V.name_tokens(f"{person['given']} {person['surname']}")}


def _possessive(loc: str, given: str, female: bool) -> str:
    lang = L.LANG[loc]
    if lang == "en":
        return given + ("'" if given.endswith("s") else "'s")
    if lang == "de":
        return given + ("'" if given[-1] in "sxzß" else "s")
    if lang == "fr":
        return ("d'" if _fold(given)[0].lower() in "aeiouh" else "de ") + given
    if lang == "es":
        return "de " + given
    if lang == "it":
        return "di " + given
    if lang == "pt":
        return ("da " if female else "do ") + given
    if lang == "ro":
        if female and given.endswith("ea"):
            return given[:-1] + "i"  # Floarea -> Floarei
        if female and given.endswith("a"):
            return given[:-1] + ("ăi" if given[-2] in "cg" else "ei")
        return "lui " + given
    # Polish genitive
    if female:
        if given.endswith(("ia", "ja")):
            return given[:-1] + "i"  # Natalii, Patrycji
        if given[-2:] in ("ka", "ga", "la"):
            return given[:-1] + "i"
        return given[:-1] + "y"
    if given.endswith("y"):
        return given[:-1] + "ego"  # Cezary -> Cezarego
    if given.endswith("ek"):
        return given[:-2] + "ka"
    if given.endswith("eł"):
        return given[:-2] + "ła"
    return given + "a"


def person_written(rng, loc: str, p: dict, member: bool):
    """(value, fragments, form) for a person; MEMBER forms when member."""
    g, s, fem = p["given"], p["surname"], p["female"]
    full = f"{g} {s}"
    forms = (["full", "given", "surname", "initial", "handle", "possessive", "lower", "folded",
              "title"] if member else ["full", "title", "lower", "initial", "surname_first",
                                       "given"])
    form = rng.choice(forms)
    if form == "folded" and _fold(full) == full:
        form = rng.choice(["lower", "full"])  # folding only means something with accents
    if form == "full":
        value, used = full, full
    elif form == "given":
        value, used = g, g
    elif form == "surname":
        value, used = s, s
    elif form == "initial":
        value, used = f"{g[0]}. {s}", s
    elif form == "handle":
        h = rng.choice([V._slugify(g) + V._slugify(s), V._slugify(g) + "." + V._slugify(s),
                        V._slugify(g)[0] + V._slugify(s)])
        return "@" + h, [f"t:{h}"], form
    elif form == "possessive":
        value = _possessive(loc, g, fem)
        used = value
    elif form == "lower":
        value = full.lower()
        used = value
    elif form == "folded":
        value = _fold(full)
        used = value
    elif form == "title":
        title = rng.choice(TITLES[loc][0 if fem else 1])
        value = f"{title} {s}" if rng.random() < 0.7 else f"{title} {full}"
        used = value[len(title) + 1:]
    else:
        value = rng.choice([f"{s.upper()} {g}", f"{s}, {g}"])
        used = f"{s} {g}"
    frags = V.name_tokens(used.replace("lui ", ""))
    return value, frags, form


# ------------------------------------------------------------------ addresses


def address(rng, loc: str):
    typ, name = rng.choice(P.STREETS[loc])
    town, a, b = rng.choice(P.TOWNS[loc])
    num = str(rng.randint(2, 240 if loc != "en_US" else 9800))
    unit = rng.choice(P.UNIT[loc])
    if loc == "de_CH":
        street = f"{name}{typ} {num}"
        street_frags = [f"t:{C.norm(name + typ)}"]
    else:
        street_frags = V.name_tokens(name)
        if loc in ("en_US", "en_GB"):
            street = f"{num} {name} {typ}"
            flat = f"{unit} {rng.randint(1, 40)}"
            if rng.random() < 0.3:
                street = (f"{flat}{rng.choice(['', 'B', 'A'])}, {street}" if loc == "en_GB"
                          else f"{street}, {flat}")
        elif loc == "en_IN":
            street = f"{unit} {rng.randint(1, 40)}, {num} {name} {typ}"
        elif loc == "en_GY":
            street = f"Lot {num} {name} {typ}"
        elif loc == "ro_RO":
            street = f"{typ} {name} nr. {num}" + (f", bl. {rng.choice('ABCDM')}{rng.randint(1, 9)}"
                                                   f", ap. {rng.randint(1, 60)}"
                                                   if rng.random() < 0.4 else "")
        elif loc == "pt_CV":
            street = f"{typ} {name}, n.º {num}"
        elif loc == "es_CU":
            street = f"{typ} {name} No. {num}" + (" " + unit if rng.random() < 0.3 else "")
        elif loc == "pl_PL":
            street = f"{typ} {name} {num}" + (f"/{rng.randint(1, 90)}" if rng.random() < 0.5
                                              else "")
        elif loc == "fr_BE":
            street = f"{typ} {name} {num}" + (f" bte {rng.randint(1, 30)}" if rng.random() < 0.3
                                              else "")
        elif loc == "es_AR":
            street = f"{typ} {name} {num}" + (f", piso {rng.randint(1, 12)} dto. "
                                              f"{rng.choice('ABCDEF')}"
                                              if rng.random() < 0.4 else "")
        else:
            street = f"{typ} {name} {num}"
    pc = postcode(rng, loc, a, b)
    if loc == "en_US":
        town_line = f"{town}, {a} {pc}"
    elif loc == "en_GB":
        town_line = f"{town} {pc}"
    elif loc == "it_IT":
        town_line = f"{pc} {town} ({b})"
    elif loc == "en_IN":
        town_line = f"{town} {pc}, {b}" if rng.random() < 0.5 else f"{town} - {pc}"
    elif loc == "es_CU":
        town_line = f"{b}, {town}, CP {pc}" if b != town else f"{town}, CP {pc}"
    elif loc == "en_GY":
        town_line = f"{town}, {b}"
    elif loc == "ro_RO":
        town_line = f"{town} {pc}" if rng.random() < 0.5 else f"{pc} {town}"
    else:
        town_line = f"{pc} {town}"
    no_pc = {"en_US": f"{town}, {a}", "en_GB": town, "it_IT": f"{town} ({b})",
             "es_CU": town, "en_GY": town}.get(loc, town)
    form = rng.choice(["oneline", "multiline", "street_town", "box"])
    pc_frag = [f"p:{pc}"] if pc else []
    if form == "box":
        box = str(rng.randint(100, 99999))
        if loc == "en_GY":
            return f"{P.BOX[loc]} {box}, {town}", [f"p:{box}"], form
        return f"{P.BOX[loc]} {box}, {town_line}", [f"p:{box}"] + pc_frag, form
    if form == "street_town":
        return f"{street}, {no_pc}", street_frags, form
    sep = "\n" if form == "multiline" else ", "
    return f"{street}{sep}{town_line}", street_frags + (pc_frag if loc != "en_GY" else []), form


def postcode(rng, loc: str, a: str, b: str) -> str:
    if loc == "en_US":
        z = b + f"{rng.randint(1, 99):02d}"
        return z + (f"-{rng.randint(1, 9999):04d}" if rng.random() < 0.3 else "")
    if loc == "en_GB":
        return f"{a} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
               f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if loc in ("de_CH", "fr_BE", "pt_CV"):
        return a
    if loc == "es_AR":
        digits = (b + "".join(rng.choice("0123456789") for _ in range(4)))[:4]
        if b == "1":
            digits = "1" + f"{rng.randint(0, 439):03d}"
        if rng.random() < 0.6:
            return a + digits + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
        return digits[:2] + "00"
    if loc == "it_IT":
        return a + f"{rng.randint(0, 99):02d}"
    if loc == "pl_PL":
        return f"{a}-{rng.randint(0, 999):03d}"
    if loc == "en_IN":
        return a + f"{rng.randint(1, 99):02d}"
    if loc == "ro_RO":
        return a + "".join(rng.choice("0123456789") for _ in range(6 - len(a)))
    if loc == "es_CU":
        return a + f"{rng.randint(100, 999)}"
    return ""


# ------------------------------------------------------------------ posts


class _Locale:
    """Everything one locale's posts are drawn from, with its own random stream."""

    def __init__(self, rng: random.Random, loc: str, roster: list[dict], banned: set[str]):
        self.rng, self.loc, self.roster = rng, loc, roster
        self.bank = BANKS[L.LANG[loc]]
        self.female = [g for g in FEMALE[loc] if not self._clash(g, banned)]
        self.male = [g for g in MALE[loc] if not self._clash(g, banned)]
        self.surnames = [s for s in SURNAMES[loc] if not self._clash(s, banned)
                         and not self._clash(gendered(loc, s, True), banned)]
        self.look_i = rng.randrange(len(L.LOOK_KINDS))

    @staticmethod
    def _clash(name: str, banned: set[str]) -> bool:
        return any(f[2:] in banned for f in V.name_tokens(name))

    def stranger(self) -> dict:
        fem = self.rng.random() < 0.5
        return {"given": self.rng.choice(self.female if fem else self.male),
                "surname": gendered(self.loc, self.rng.choice(self.surnames), fem),
                "female": fem}

    def next_look(self) -> tuple[str, str]:
        kind = L.LOOK_KINDS[self.look_i % len(L.LOOK_KINDS)]
        self.look_i += 1
        return kind, L.MAKERS[kind](self.rng, self.loc)

    def item(self, kind: str):
        """(kind, fragments, value, form, frame-section, extra look-alike or None)."""
        rng, loc = self.rng, self.loc
        section, extra = f"lead.{kind}", None
        if kind == "EMAIL":
            p = self.stranger()
            value, frags, form, _ = V.email(rng, loc, p["given"], p["surname"])
        elif kind == "PHONE":
            value, frags, form = V.phone(rng, loc)
        elif kind == "URL":
            p = self.stranger()
            value, frags, form = V.url(rng, loc, p["given"], p["surname"])
        elif kind == "IP":
            value, frags, form = V.ip(rng)
        elif kind == "CARD":
            value, _, form = V.card(rng)
            frags = V.digits_frags(value)
        elif kind == "IBAN" and loc in IBAN_LOCALES:
            value, form = V.iban(rng, loc)
            frags = V.digits_frags(value)
        elif kind == "IBAN":
            value, form, code = V.bank(rng, loc)
            frags, kind, section = V.digits_frags(value), "ID", "bank"
            if code:
                extra = ("bic", ("ABA " if loc == "en_US" else "IFSC ") + code)
        elif kind == "ID":
            p = self.stranger()
            value, form = V.national_id(rng, loc, p["given"], p["surname"], p["female"])
            frags = V.digits_frags(value)
            if rng.random() < 0.4:
                form, section = form + "_bare", "bare"
        elif kind == "PERSON":
            value, frags, form = person_written(rng, loc, self.stranger(), False)
        elif kind == "MEMBER":
            value, frags, form = person_written(rng, loc, rng.choice(self.roster), True)
            if form == "possessive":
                section = "poss"
        else:
            value, frags, form = address(rng, loc)
        return kind, frags, value, form, section, extra

    def sentence(self, section: str, value: str) -> str:
        frame = self.rng.choice(self.bank[section])
        out = frame.replace("{v}", value)
        return out[0].upper() + out[1:] if frame.startswith("{v}") and out[0].islower() and \
            not value.startswith(("@", "d'", "de ", "di ", "da ", "do ", "lui ")) else out

    def compose(self, items: list, looks: list, genre: str) -> str:
        rng, b = self.rng, self.bank
        lines: list[str] = []
        signer = None
        contact: list[str] = []
        body: list[str] = []
        for kind, _, value, _form, section, extra in items:
            if genre == "signature" and kind in ("PERSON", "MEMBER") and signer is None \
                    and section != "poss":
                signer = value
            elif genre == "signature" and kind in ("EMAIL", "PHONE", "URL", "ADDRESS"):
                contact.append(f"{b['label'][kind]}: {value}")
            elif genre == "form" and section.startswith("lead."):
                lab = b["label"][kind]
                body.append(f"{lab}: {value}")
            elif extra:  # the public bank code right beside the account number
                body.append(self.sentence(section, value).rstrip(".") + f" ({extra[1]}).")
            else:
                body.append(self.sentence(section, value))
        for kind, value in looks:
            if genre == "form":
                body.append(f"{b['label'][kind]}: {value}")
            else:
                body.append(self.sentence("look", value))
        rng.shuffle(body)
        ctx = rng.sample(b["ctx"], rng.randint(1, 2))
        if genre == "thread":
            lines = [f"Subject: {rng.choice(b['subject'])}", "", rng.choice(b["greet"]), "",
                     " ".join([rng.choice(b["open"])] + body + ctx), "",
                     rng.choice(b["close"]), rng.choice(b["sign"]), rng.choice(b["team"])]
        elif genre == "form":
            fields = rng.sample(b["fields"], rng.randint(1, 3))
            lines = [rng.choice(b["subject"]), ""] + fields + body + ["", ctx[0]]
        elif genre == "note":
            lines = [rng.choice(b["subject"])] + [f"- {x}" for x in body + ctx]
        elif genre == "ticket":
            fields = rng.sample(b["fields"], rng.randint(2, 3))
            lines = [f"[{b['label']['ticket']}] {rng.choice(b['subject'])}"] + fields + [
                ""] + [f"> {x}" for x in body] + ["", ctx[0], rng.choice(b["team"])]
        elif genre == "chat":
            lines = [" ".join([rng.choice(b["open"])] + body + ctx + [rng.choice(b["close"])])]
        else:
            lines = [rng.choice(b["greet"]), "", " ".join(body + ctx) if body else ctx[0], "",
                     rng.choice(b["sign"]), signer or rng.choice(b["team"]),
                     rng.choice(b["roles"])] + contact
        return "\n".join(lines)

    def labelled(self, j: int) -> Post:
        rng = self.rng
        for _ in range(200):
            kinds = [KINDS[j % len(KINDS)]] + [rng.choice(KINDS)
                                               for _ in range(rng.choice([0, 0, 1, 1, 2]))]
            items = [self.item(k) for k in kinds]
            looks = [self.next_look() for _ in range(rng.choice([0, 0, 1, 1, 1, 2]))]
            genre = rng.choice(GENRES)
            text = self.compose(items, looks, genre)
            looks += [x[5] for x in items if x[5]]
            post = Post(self.loc, text, [(k, f, v) for k, f, v, *_ in items],
                        [x[3] for x in items], [v for _, v in looks], [k for k, _ in looks],
                        genre)
            if check_post(post):
                return post
        raise AssertionError(f"no post for {self.loc} {j}")

    def free(self, n_looks: int) -> Post:
        rng = self.rng
        for _ in range(200):
            looks = [self.next_look() for _ in range(n_looks)]
            genre = rng.choice(("thread", "note", "chat", "form", "ticket") if n_looks else
                               ("thread", "note", "chat", "ticket"))
            text = self.compose([], looks, genre)
            post = Post(self.loc, text, [], [], [v for _, v in looks], [k for k, _ in looks],
                        genre)
            if n_looks == 0 and re.search(r"\d", text):
                continue
            if check_post(post):
                return post
        raise AssertionError(f"no free post for {self.loc}")


def build(seed: int) -> tuple[list[str], list[Post]]:
    rngs = [random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)]
    rosters = [make_roster(rng, loc) for rng, loc in zip(rngs, LOCALES, strict=True)]
    banned: set[str] = set()
    for roster in rosters:
        for p in roster:
            banned |= tokens_of(p)
    members = [f"{p['given']} {p['surname']}" for roster in rosters for p in roster]
    posts: list[Post] = []
    for rng, loc, roster in zip(rngs, LOCALES, rosters, strict=True):
        lc = _Locale(rng, loc, roster, banned)
        posts += [lc.labelled(j) for j in range(LABELLED)]
        posts += [lc.free(0) for _ in range(PLAIN)]
        posts += [lc.free(1 + k % 3) for k in range(WITH_LOOKS)]
    return members, posts
