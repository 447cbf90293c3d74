"""Forty-second set: the post builder (one random.Random per locale, check_post redraws)."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import fortysecond_values as fv
from trainer_dev.redaction_sets.fortysecond_looks import LOOK_KINDS, look
from trainer_dev.redaction_sets.fortysecond_people import name_tokens, pools
from trainer_dev.redaction_sets.fortysecond_text_en import BANK as EN
from trainer_dev.redaction_sets.fortysecond_text_esit import ES, IT
from trainer_dev.redaction_sets.fortysecond_text_frde import DE, FR
from trainer_dev.redaction_sets.fortysecond_text_nlpt import NL, PT

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
GENRES = ["note", "listing", "form", "register", "thread", "sms"]
BANKS = {"en": EN, "fr": FR, "de": DE, "es": ES, "it": IT, "nl": NL, "pt": PT}
SUBJECT = {"en": "Subject", "fr": "Objet", "de": "Betreff", "es": "Asunto", "it": "Oggetto",
           "nl": "Onderwerp", "pt": "Assunto"}
SIGN = {"en": "Sent from the co-op office", "fr": "Envoyé depuis la coopérative",
        "de": "Gesendet aus dem Genossenschaftsbüro", "es": "Enviado desde la cooperativa",
        "it": "Inviato dalla cooperativa", "nl": "Verstuurd vanaf de coöperatie",
        "pt": "Enviado da cooperativa"}

# ID lead-ins with the locale's own cue words (added to the language bank's generic ones)
ID_LEAD_LOCAL = {
    "en_US": ["Her SSN is {x}.", "Social Security number for the payroll: {x}.",
              "His SSN: {x}.", "Taxpayer number on the W-4: {x}.",
              "SSN or ITIN for the H-2A paperwork: {x}."],
    "en_AU": ["Her TFN is {x}.", "Tax file number for the picker: {x}.",
              "Medicare number on the form: {x}.", "His TFN: {x}.",
              "TFN or Medicare card: {x}."],
    "en_IE": ["Her PPS number is {x}.", "PPSN for the herd register: {x}.",
              "His PPS no. is {x}.", "PPS number for the payroll: {x}.",
              "Personal public service number: {x}."],
    "en_RW": ["Her national ID is {x}.", "National ID for the co-op card: {x}.",
              "His ID number: {x}.", "Indangamuntu number: {x}.",
              "NID for the Irembo form: {x}."],
    "fr_BF": ["Son numéro de CNIB : {x}.", "CNIB pour le dossier de prêt : {x}.",
              "Numéro de la carte d'identité : {x}.", "Sa CNIB porte le numéro {x}.",
              "N° CNIB du producteur : {x}."],
    "pt_GW": ["O número do BI dela é {x}.", "NIF para o registo: {x}.",
              "Bilhete de identidade do produtor: {x}.", "O NIF dele é {x}.",
              "Número de identificação fiscal: {x}."],
}
# openers and context lines of one locale, added to its language bank's
LOCAL_PIECES = {
    "en_US": {
        "open": ["Howdy all, quick one from the grain elevator.",
                 "Hi folks, notes from the county extension office.",
                 "Hey y'all, the farm stand opens early this week."],
        "ctx": ["The combine crew wants the north section cut before the storm.",
                "The H-2A crew housing passed inspection again.",
                "The elevator is docking for moisture over fifteen percent."],
    },
    "en_AU": {
        "open": ["G'day all, quick one from the woolshed.",
                 "Morning team, notes from the cattle station.",
                 "Hi all, update from the citrus packing shed."],
        "ctx": ["The shearers arrive once the mob is crutched.",
                "Backpacker pickers need their visa days signed off.",
                "The stock route is closed until the creek goes down."],
    },
    "en_IE": {
        "open": ["Howya lads, quick word from the mart.",
                 "Hello all, update from the creamery.",
                 "Morning all, notes from the discussion group."],
        "ctx": ["The silage is in and the pit is covered.",
                "Calf registrations have to be in within the month.",
                "The mart is moving the weanling sale to the evening."],
    },
    "en_RW": {
        "open": ["Muraho everyone, notes from the coffee washing station.",
                 "Good morning, update from the tea factory.",
                 "Hello all, quick word from the cooperative after umuganda."],
        "ctx": ["The cherry intake at the washing station closes at dusk.",
                "The Girinka cows for the new households have arrived.",
                "The tea leaf collection truck comes twice this week."],
    },
    "fr_BF": {
        "open": ["Bonjour à tous, nouvelles de l'union des producteurs de coton.",
                 "Salut, petit point depuis la coopérative de karité.",
                 "Bonjour, message du groupement maraîcher du barrage."],
        "ctx": ["Le beurre de karité est prêt pour l'export.",
                "Les semences de niébé arrivent avant l'hivernage.",
                "La pesée du coton graine se fait au marché autogéré."],
    },
    "pt_GW": {
        "open": ["Bom dia a todos, notícias da campanha do caju.",
                 "Olá, recado da associação das mulheres da bolanha.",
                 "Boa tarde, ponto da situação do armazém de castanha."],
        "ctx": ["A castanha de caju está seca e ensacada.",
                "O arroz da bolanha precisa de mais mão de obra.",
                "O barco para Bolama leva as caixas de peixe seco."],
    },
}

ID_LEAD_GENERIC = {"fr_BF", "pt_GW"}  # the language bank's ID lead-ins name other countries' ids

# pt_GW writes European Portuguese: the shared bank with these words swapped
GW_WORDS = [("celular", "telemóvel"), ("Celular", "Telemóvel"), ("caminhão", "camião"),
            ("Oi, ", "Olá, "), ("zap", "WhatsApp"), ("cadastrado", "registado"),
            ("Cadastro", "Registo"), ("cadastro", "registo"), ("registro", "registo"),
            ("Registro", "Registo"), ("Valeu pela ajuda.", "Obrigado pela ajuda."),
            ("a paleteira", "o porta-paletes"), ("fazenda", "ponta"), ("planilhas", "folhas"),
            ("Nº do cartão", "N.º do cartão"), ("carona", "boleia"), ("ônibus", "autocarro")]


def _swap(x, pairs):
    if isinstance(x, str):
        for a, b in pairs:
            x = x.replace(a, b)
        return x
    if isinstance(x, dict):
        return {k: _swap(v, pairs) for k, v in x.items()}
    return [_swap(v, pairs) for v in x]



# ---- matching -------------------------------------------------------------------------------

def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.replace("ı", "i")
    return "".join(str(unicodedata.decimal(c)) if c.isdigit() and not c.isascii()
                   and unicodedata.decimal(c, None) is not None else c for c in s)


def _pattern(frag: str) -> re.Pattern:
    kind, body = frag[:2], norm(frag[2:])
    if kind == "t:":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)")
    if kind == "p:":
        chars = body.replace(" ", "")
        return re.compile(r"(?<![a-z0-9])" + r"\s*".join(re.escape(c) for c in chars)
                          + r"(?![a-z0-9])")
    return re.compile(r"(?<![a-z0-9])" + re.escape(body) + r"(?![a-z0-9])")


_CACHE: dict[str, re.Pattern] = {}


def match(frag: str, ntext: str) -> bool:
    """Whether a fragment occurs in already normalised text."""
    if frag.startswith("d:"):
        return any(frag[2:] in run for run in fv.digit_runs(ntext))
    pat = _CACHE.get(frag)
    if pat is None:
        pat = _CACHE[frag] = _pattern(frag)
    return pat.search(ntext) is not None


def leaked(redacted_text: str, fragments, background: str) -> bool:
    """True when any fragment survives in the redacted text and not in the background."""
    red, bg = norm(redacted_text), norm(background)
    return any(match(f, red) and not match(f, bg) for f in fragments)


# ---- posts ----------------------------------------------------------------------------------

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
    text = post.text
    values = [v for _, _, v in post.items]
    if any(v not in text or not v.strip() for v in values):
        return False
    for i, a in enumerate(values):
        for j, b in enumerate(values):
            if i != j and a in b:
                return False
    ntext = norm(text)
    nvalues = [norm(v) for v in values]
    for i, (_, frags, value) in enumerate(post.items):
        if not frags:
            return False
        bg = norm(text.replace(value, " "))
        for f in frags:
            if not match(f, ntext) or match(f, bg):
                return False
            if any(match(f, nv) for j, nv in enumerate(nvalues) if j != i):
                return False
    stripped = text
    for v in values:
        stripped = stripped.replace(v, " ")
    for lk in post.lookalikes:
        if lk not in stripped or any(lk in v or v in lk for v in values):
            return False
    return len(post.lookalikes) == len(post.lookalike_kinds)


class _Locale:
    def __init__(self, seed: int, index: int, loc: str):
        self.rng = random.Random(f"{seed}:{index}:{loc}")
        self.loc = loc
        self.lang = fv.LANG[loc]
        self.bank = dict(BANKS[self.lang] if loc != "pt_GW" else _swap(BANKS["pt"], GW_WORDS))
        for key, extra in LOCAL_PIECES.get(loc, {}).items():
            self.bank[key] = self.bank[key] + extra
        female, male, surnames = pools(loc)
        rng = self.rng
        givens = rng.sample(female, 4) + rng.sample(male, 4)
        sur = rng.sample(surnames, 8)
        self.members = [(g, s, k < 4) for k, (g, s) in enumerate(zip(givens, sur, strict=True))]
        taken = {fv.fold(t).lower() for g, s, _ in self.members
                 for t in name_tokens(g) + name_tokens(s)}

        def free(name: str) -> bool:
            return not any(fv.fold(t).lower() in taken for t in name_tokens(name))

        self.pools = (female, male, surnames)
        self.ids_seen = self.ids_bare = 0
        self.p_female = [g for g in female if free(g)]
        self.p_male = [g for g in male if free(g)]
        self.p_sur = [s for s in surnames if free(s)]
        self.id_lead = list(self.bank["lead"]["ID"])
        if loc in ID_LEAD_GENERIC:
            self.id_lead = ID_LEAD_LOCAL[loc]
        elif loc in ID_LEAD_LOCAL:
            self.id_lead = self.id_lead + ID_LEAD_LOCAL[loc]

    def keep(self, post: Post) -> None:
        """Count the cue-less share over kept posts (redrawn ones do not count)."""
        for (kind, _, _), form in zip(post.items, post.item_forms, strict=True):
            if kind == "ID" and form not in fv.BANK_CHECKS:
                self.ids_seen += 1
                self.ids_bare += form.endswith("_bare")

    def restrict(self, taken: set[str]) -> None:
        """PERSON pools share no token with any roster member of any locale."""

        def free(name: str) -> bool:
            return not any(fv.fold(t).lower() in taken for t in name_tokens(name))

        female, male, surnames = self.pools
        self.p_female = [g for g in female if free(g)]
        self.p_male = [g for g in male if free(g)]
        self.p_sur = [s for s in surnames if free(s)]

    def person(self) -> tuple[str, str, bool]:
        rng = self.rng
        female = rng.random() < 0.5
        given = rng.choice(self.p_female if female else self.p_male)
        return given, rng.choice(self.p_sur), female

    def item(self, kind: str):
        """(kind, fragments, value, form, shown, lead template)."""
        rng, loc, bank = self.rng, self.loc, self.bank
        lead = rng.choice(bank["lead"][kind])
        if kind == "EMAIL":
            g, s, _ = self.person()
            value, form, frags = fv.email(rng, loc, g, s)
            shown = {"plain": value, "angle": f"<{value}>", "mailto": f"mailto:{value}"}[form]
            return kind, frags, value, form, shown, lead
        if kind == "PHONE":
            value, form = fv.phone(rng, loc)
            return kind, fv.digit_frags(value), value, form, value, lead
        if kind == "URL":
            g, s, _ = self.person()
            value, form, frags = fv.url(rng, loc, g, s)
            return kind, frags, value, form, value, lead
        if kind == "IP":
            value, form, frags = fv.ip(rng)
            return kind, frags, value, form, value, lead
        if kind == "CARD":
            value, form, frags = fv.card(rng)
            return kind, frags, value, form, value, lead
        if kind == "IBAN":
            value, form, out_kind = fv.bank_value(rng, loc)
            if out_kind == "ID":
                lead = rng.choice(bank["bank"])
            return out_kind, fv.digit_frags(value), value, form, value, lead
        if kind == "ID":
            g, s, female = self.person()
            value, form = fv.national_id(rng, loc, g, s, female)
            if self.ids_bare + 0.5 <= 0.4 * (self.ids_seen + 1):  # 40 % of kept ids, no cue
                form += "_bare"
                lead = rng.choice(bank["bare"])
            else:
                lead = rng.choice(self.id_lead)
            return kind, fv.digit_frags(value), value, form, value, lead
        if kind == "PERSON":
            g, s, female = self.person()
            form = rng.choice(fv.PERSON_FORMS)
            value, toks = fv.name_value(rng, self.lang, g, s, female, form)
            return kind, ["t:" + t for t in toks], value, form, value, lead
        if kind == "MEMBER":
            g, s, female = rng.choice(self.members)
            form = rng.choice(fv.MEMBER_FORMS)
            value, toks = fv.name_value(rng, self.lang, g, s, female, form)
            if form == "possessive":
                lead = rng.choice(bank["poss"])
            return kind, ["t:" + t for t in toks], value, form, value, lead
        value, form, frags = fv.address(rng, loc)
        return kind, frags, value, form, value, lead

    def looks(self, kinds: list[str]) -> tuple[list[str], list[str], list[str]]:
        out, sentences = [], []
        for k in kinds:
            y, _ = look(self.rng, self.loc, k)
            out.append(y)
            sentences.append(self.bank["look"][LOOK_KINDS.index(k)].format(y=y))
        return out, list(kinds), sentences

    def render(self, genre: str, parts: list[tuple[str, str, str]], free_ctx: int) -> str:
        """parts: (kind, shown, sentence). Compose the post text of the genre."""
        rng, bank = self.rng, self.bank
        ctx = rng.sample(bank["ctx"], free_ctx)
        opener, closer = rng.choice(bank["open"]), rng.choice(bank["close"])
        head = rng.choice(bank["head"][genre])
        sentences = [s for _, _, s in parts]
        if genre == "form":
            lines = [head]
            for kind, shown, sentence in parts:
                if kind in bank["label"]:
                    lines.append(f"{rng.choice(bank['label'][kind])}: {shown}")
                else:
                    lines.append(sentence)
            lines += ctx
            return "\n".join(lines)
        if genre == "register":
            return "\n".join([head] + ["- " + s for s in ctx + sentences] + [closer])
        if genre == "thread":
            quoted = "> " + ctx[0] if ctx else "> " + opener
            body = " ".join([opener] + sentences + ctx[1:])
            return f"{SUBJECT[self.lang]}: {head}\n\n{quoted}\n\n{body}\n\n{closer}"
        if genre == "sms":
            return "\n".join([head + ":"] + [opener] + sentences + ctx + [closer])
        if genre == "listing":
            return f"{head.upper()}\n" + " ".join(ctx + sentences) + f"\n{closer}"
        return " ".join([opener] + ctx + sentences + [closer])

    def labelled(self, first: str, look_kinds: list[str]) -> Post:
        rng = self.rng
        kinds = [first] + [rng.choice(KINDS) for _ in range(rng.choice([0, 0, 1, 1, 2]))]
        genre = rng.choice(GENRES)
        items, forms, parts = [], [], []
        for kind in kinds:
            out_kind, frags, value, form, shown, lead = self.item(kind)
            items.append((out_kind, frags, value))
            forms.append(form)
            label_kind = "BARE" if form.endswith("_bare") else kind
            parts.append((label_kind, shown, lead.format(x=shown)))
        looks, lkinds, lsent = self.looks(look_kinds)
        parts += [("LOOK", y, s) for y, s in zip(looks, lsent, strict=True)]
        order = parts[:]
        rng.shuffle(order)
        text = self.render(genre, order, rng.choice([1, 1, 2]))
        return Post(self.loc, text, items, forms, looks, lkinds, genre)

    def free(self, look_kinds: list[str]) -> Post:
        rng = self.rng
        genre = rng.choice(["note", "listing", "register", "thread"] if not look_kinds
                           else GENRES)
        looks, lkinds, lsent = self.looks(look_kinds)
        parts = [("LOOK", y, s) for y, s in zip(looks, lsent, strict=True)]
        text = self.render(genre, parts, rng.choice([1, 2, 3]))
        return Post(self.loc, text, [], [], looks, lkinds, genre)


LABELLED_PER_LOCALE = 375
PLAIN_PER_LOCALE = 30
LOOKS_PER_LOCALE = 45


def build(seed: int) -> tuple[list[str], list[Post]]:
    members: list[str] = []
    posts: list[Post] = []
    states = [_Locale(seed, index, loc) for index, loc in enumerate(fv.LOCALES)]
    taken = {fv.fold(t).lower() for state in states for g, s, _ in state.members
             for t in name_tokens(g) + name_tokens(s)}
    for index, (loc, state) in enumerate(zip(fv.LOCALES, states, strict=True)):
        state.restrict(taken)
        members += [f"{g} {s}" for g, s, _ in state.members]
        rng = state.rng
        look_n = index  # cycles through LOOK_KINDS so every kind gets its share
        for n in range(LABELLED_PER_LOCALE):
            want = [LOOK_KINDS[look_n % len(LOOK_KINDS)]] if rng.random() < 0.75 else []
            for _ in range(200):
                post = state.labelled(KINDS[n % len(KINDS)], want)
                if check_post(post):
                    break
            else:
                raise RuntimeError(f"no valid post for {loc} {n}")
            look_n += len(want)
            state.keep(post)
            posts.append(post)
        for n in range(PLAIN_PER_LOCALE + LOOKS_PER_LOCALE):
            want = []
            if n >= PLAIN_PER_LOCALE:
                want = [LOOK_KINDS[(look_n + k) % len(LOOK_KINDS)]
                        for k in range(rng.choice([1, 2, 3]))]
            for _ in range(200):
                post = state.free(want)
                if check_post(post) and (want or not re.search(r"\d", post.text)):
                    break
            else:
                raise RuntimeError(f"no valid free post for {loc} {n}")
            look_n += len(want)
            posts.append(post)
    return members, posts
