"""Forty-fourth set: builds rosters and posts from the hand-written banks."""

from __future__ import annotations

import random
import re

from trainer_dev.redaction_sets import fortyfourth_ids as I
from trainer_dev.redaction_sets import fortyfourth_looks as L
from trainer_dev.redaction_sets import fortyfourth_places as P
from trainer_dev.redaction_sets.fortyfourth_core import (
    KINDS,
    Post,
    check_post,
    digit_windows,
    normalise,
)
from trainer_dev.redaction_sets.fortyfourth_people import fold, name_tokens, pools
from trainer_dev.redaction_sets.fortyfourth_text_de import DE, NL
from trainer_dev.redaction_sets.fortyfourth_text_en import BANK as EN
from trainer_dev.redaction_sets.fortyfourth_text_es import ES, PT
from trainer_dev.redaction_sets.fortyfourth_text_fr import FR, IT

LOCALES = ["en_US", "en_AU", "en_IE", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR",
           "fr_TG", "en_BZ", "pt_ST"]
BANKS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT}
GENRES = ["email", "form", "docket", "chat", "newsletter", "signature"]
FREE_PLAIN_GENRES = ["email", "newsletter", "signature"]
FREE_LOOKS_GENRES = ["email", "docket", "chat", "newsletter", "signature"]
N_LABELLED, N_PLAIN, N_LOOKS, N_MEMBERS = 375, 30, 45, 8
TITLES = {
    "en": (["Ms", "Mrs", "Dr", "Judge"], ["Mr", "Dr", "Judge", "Counsellor"]),
    "de": (["Frau", "Frau Dr.", "RAin"], ["Herr", "Herr Dr.", "RA"]),
    "fr": (["Mme", "Me", "Maître"], ["M.", "Me", "Maître"]),
    "es": (["Sra.", "Dña.", "la letrada"], ["Sr.", "D.", "el letrado"]),
    "it": (["Avv.", "Dott.ssa", "la signora"], ["Avv.", "Dott.", "il signor"]),
    "nl": (["mevrouw", "mr.", "mevr."], ["meneer", "mr.", "dhr."]),
    "pt": (["Dra.", "Sra.", "D."], ["Dr.", "Sr.", "o advogado"]),
}
POSSESSIVE = {"en": "{x} file is on the shared drive.", "de": "Die Akte {x} liegt im Laufwerk.",
              "fr": "Le dossier {x} est sur le serveur.",
              "es": "El expediente {x} está en la carpeta compartida.",
              "it": "La pratica {x} è nella cartella condivisa.",
              "nl": "Het dossier {x} staat op de schijf.",
              "pt": "O processo {x} está na pasta compartilhada."}
SUBJECT = {"en": "Subject:", "de": "Betreff:", "fr": "Objet :", "es": "Asunto:",
           "it": "Oggetto:", "nl": "Onderwerp:", "pt": "Assunto:"}
POSS_MARK = {"de": "von", "es": "de", "it": "di", "nl": "van", "pt": "de"}
PERSON_FORMS = ["full", "title", "lower", "initial", "surname_given", "given"]
MEMBER_FORMS = ["full", "given", "surname", "initial", "handle", "possessive", "lower",
                "folded", "title"]


def lang_of(locale: str) -> str:
    return L.LANG[locale]


def tokens_of(name: str) -> list[str]:
    return [normalise(t) for t in name_tokens(name)]


def make_rosters(seed: int) -> tuple[dict, dict]:
    """Per locale: its rng and 8 roster members (given, surname, female)."""
    rngs, rosters = {}, {}
    for i, locale in enumerate(LOCALES):
        rng = random.Random(f"{seed}:{i}:{locale}")
        female, male, surnames = pools(locale)
        members, used = [], set()
        while len(members) < N_MEMBERS:
            is_f = len(members) % 2 == 0
            given = rng.choice(female if is_f else male)
            surname = rng.choice(surnames)
            toks = tokens_of(given) + tokens_of(surname)
            if any(t in used for t in toks) or any(t in word_set(locale) for t in toks):
                continue
            used.update(toks)
            members.append((given, surname, is_f))
        rngs[locale], rosters[locale] = rng, members
    return rngs, rosters


def word_set(locale: str) -> set[str]:
    """Words of the locale's bank and look-alike lists (roster names must avoid them)."""
    cache = _WORDS.get(locale)
    if cache is None:
        lang = lang_of(locale)
        texts = list(flatten(BANKS[lang])) + L.NAMEWORDS[lang] + L.CASENAMES[locale]
        cache = set()
        for t in texts:
            cache.update(re.findall(r"[^\W\d_]+", normalise(t)))
        _WORDS[locale] = cache
    return cache


_WORDS: dict[str, set[str]] = {}


def flatten(bank):
    if isinstance(bank, dict):
        for key in sorted(bank):
            yield from flatten(bank[key])
    elif isinstance(bank, list):
        for v in bank:
            yield from flatten(v)
    else:
        yield bank


def piece_counts() -> dict[str, int]:
    """Distinct sentence pieces per language (bank strings, months, room and ref frames)."""
    out = {}
    for lang, bank in BANKS.items():
        pieces = set(flatten(bank)) | set(L.MONTHS[lang]) | set(L.ROOMS[lang]) | set(
            L.FILEREF[lang]) | set(TITLES[lang][0]) | set(TITLES[lang][1]) | {POSSESSIVE[lang]}
        out[lang] = len(pieces)
    return out


class LocaleBuilder:
    def __init__(self, locale: str, rng, roster, banned: set[str]):
        self.locale, self.rng, self.roster = locale, rng, roster
        self.lang = lang_of(locale)
        self.bank = BANKS[self.lang]
        self.region = I.REGION[locale]
        female, male, surnames = pools(locale)
        ok = [n for n in female + male + surnames
              if not any(t in banned for t in tokens_of(n))]
        self.p_female = [n for n in female if n in ok]
        self.p_male = [n for n in male if n in ok]
        self.p_surnames = [n for n in surnames if n in ok]
        self.roster_tokens = {t for g, s, _ in roster for t in tokens_of(g) + tokens_of(s)}
        self.look_counter = 0
        self.id_counter = 0

    # ------------------------------------------------------------ look-alikes
    def look(self) -> tuple[str, str]:
        kind = L.LOOK_KINDS[self.look_counter % len(L.LOOK_KINDS)]
        self.look_counter += 1
        while True:
            value = L.make_look(self.rng, self.locale, kind)
            words = set(re.findall(r"[^\W\d_]+", normalise(value)))
            if not words & self.roster_tokens:
                return kind, value

    # ------------------------------------------------------------ names
    def person(self) -> tuple[str, str, bool]:
        rng = self.rng
        is_f = rng.random() < 0.5
        return rng.choice(self.p_female if is_f else self.p_male), rng.choice(
            self.p_surnames), is_f

    def write_name(self, given, surname, is_f, form) -> str:
        rng = self.rng
        if form == "full":
            return f"{given} {surname}"
        if form == "title":
            title = rng.choice(TITLES[self.lang][0 if is_f else 1])
            return f"{title} {surname}" if rng.random() < 0.6 else f"{title} {given} {surname}"
        if form == "lower":
            return f"{given} {surname}".lower()
        if form == "initial":
            return f"{given[0]}. {surname}"
        if form == "surname_given":
            return rng.choice([f"{surname.upper()} {given}", f"{surname}, {given}"])
        if form == "given":
            return given
        if form == "surname":
            return surname
        if form == "handle":
            g = re.sub(r"[^a-z]", "", fold(given).lower())
            s = re.sub(r"[^a-z]", "", fold(surname).lower())
            return "@" + rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[:1]}"])
        if form == "folded":
            return fold(f"{given} {surname}")
        raise KeyError(form)

    # ------------------------------------------------------------ items
    def item(self, kind: str, genre: str):
        """(kind, fragments, value, form, sentence, label)"""
        rng, bank = self.rng, self.bank
        self.written = None
        lead = rng.choice(bank["lead"].get(kind, ["{x}"]))
        label = bank["label"].get(kind, "")
        if kind == "EMAIL":
            g, s, _ = self.person()
            g = re.sub(r"[^a-z]", "", fold(g).lower())
            s = re.sub(r"[^a-z]", "", fold(s).lower())
            local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g[0]}", f"{g}_{s}",
                                f"{g}{s}{rng.randrange(10, 99)}"])
            value = f"{local}@{rng.choice(P.MAIL[self.locale])}"
            form = rng.choice(["plain", "plain", "angle", "mailto"])
            written = {"plain": value, "angle": f"<{value}>", "mailto": f"mailto:{value}"}[form]
            self.written = written
            return kind, [f"t:{local}"], value, form, lead.replace("{x}", written), label
        if kind == "PHONE":
            form, value = I.make_phone(rng, self.region)
            return kind, [f"d:{w}" for w in digit_windows(value)], value, form, \
                lead.replace("{x}", value), label
        if kind == "URL":
            form = rng.choice(["https_host", "https_slug", "www", "bare"])
            host = rng.choice(P.FIRM_WORDS[self.locale]) + rng.choice(P.WEB_TLD[self.locale])
            if form == "https_slug":
                g, s, _ = self.person()
                slug = re.sub(r"[^a-z-]", "", fold(f"{g}-{s}").lower().replace(" ", "-"))
                value = f"https://{rng.choice(P.SLUG_HOSTS[self.locale])}/{slug}"
                frag = f"t:{slug}"
            else:
                value = {"https_host": f"https://{host}", "www": f"www.{host}",
                         "bare": host}[form]
                frag = f"t:{host}"
            return kind, [frag], value, form, lead.replace("{x}", value), label
        if kind == "IP":
            form, value = I.make_ip(rng)
            host = value.rsplit(":", 1)[0] if form == "v4_port" else value
            return kind, [f"p:{host}"], value, form, lead.replace("{x}", value), label
        if kind == "CARD":
            form, value = I.make_card(rng)
            return kind, [f"d:{w}" for w in digit_windows(value)], value, form, \
                lead.replace("{x}", value), label
        if kind == "IBAN":
            if self.locale in I.IBAN_CC:
                raw = I.make_iban(rng, I.IBAN_CC[self.locale])
                form = rng.choice(["iban_print", "iban_print", "iban_compact"])
                value = I.print_iban(raw) if form == "iban_print" else raw
                return kind, [f"d:{w}" for w in digit_windows(value)], value, form, \
                    lead.replace("{x}", value), label
            btype = I.BANK_LOCAL[self.locale]
            value = I.make_id(rng, btype)
            return "ID", [f"d:{w}" for w in digit_windows(value)], value, f"bank_{btype}", \
                rng.choice(bank["bank"]).replace("{x}", value), label
        if kind == "ID":
            types = I.ID_TYPES[self.locale]
            itype, cues = types[self.id_counter % len(types)]
            self.id_counter += 1
            g, s, is_f = self.person()
            value = I.make_id(rng, itype, (s, g, is_f))
            bare = rng.random() < 0.4
            wins = digit_windows(value)
            frags = [f"d:{w}" for w in wins] if wins else [f"s:{value}"]
            if bare:
                sentence = rng.choice(bank["bare"]).replace("{x}", value)
                return kind, frags, value, f"{itype}_bare", sentence, bank["label"]["NOTE"]
            cue = rng.choice(cues)
            sentence = rng.choice(bank["id_cue"]).replace("{cue}", cue).replace("{x}", value)
            return kind, frags, value, itype, sentence, cue
        if kind == "PERSON":
            g, s, is_f = self.person()
            form = rng.choice(PERSON_FORMS)
            value = self.write_name(g, s, is_f, form)
            frags = [f"t:{t}" for t in name_tokens(value) if not self._is_title(t)]
            return kind, frags, value, form, self._name_lead(lead, value), label
        if kind == "MEMBER":
            g, s, is_f = rng.choice(self.roster)
            form = rng.choice(MEMBER_FORMS)
            if form == "possessive":
                who = rng.choice([g, s, f"{g} {s}"])
                if self.lang == "en":
                    value = f"{who}'s"
                elif self.lang == "fr":
                    value = f"d'{who}" if fold(who)[0] in "AEIOUYH" else f"de {who}"
                else:
                    value = f"{POSS_MARK[self.lang]} {who}"
                frags = [f"t:{t}" for t in name_tokens(who)]
                sentence = POSSESSIVE[self.lang].replace("{x}", value)
                return kind, frags, value, form, sentence, label
            if form == "folded" and fold(f"{g} {s}") == f"{g} {s}":
                accented = [m for m in self.roster if fold(f"{m[0]} {m[1]}") != f"{m[0]} {m[1]}"]
                if accented:
                    g, s, is_f = rng.choice(accented)
                else:
                    form = "lower"
            value = self.write_name(g, s, is_f, form)
            toks = name_tokens(value.lstrip("@"))
            frags = [f"t:{t}" for t in toks if not self._is_title(t)]
            return kind, frags, value, form, self._name_lead(lead, value), label
        # ADDRESS
        return self.address(lead, label)

    def _is_title(self, tok: str) -> bool:
        titles = TITLES[self.lang][0] + TITLES[self.lang][1]
        return any(tok in t.split() or tok + "." in t.split() for t in titles)

    def _name_lead(self, lead: str, value):
        return lead if value is None else lead.replace("{x}", value)

    def address(self, lead, label):
        rng, loc = self.rng, self.locale
        street = rng.choice(P.STREETS[loc].split("|"))
        town, base = rng.choice(P.TOWNS[loc])
        n = rng.randrange(1, 240)
        pc = P.draw_postcode(rng, loc, base) if base else ""
        forms = ["one", "multi", "street_town", "box"]
        form = rng.choice(forms)
        stoks = [t for t in re.split(r"[\s\-']+", street)
                 if len(t) > 1 and not t.isdigit() and t.lower() not in P.STREET_TYPES]
        frags = [f"t:{t}" for t in stoks]
        if loc in ("en_US", "en_AU", "fr_FR", "fr_TG", "en_BZ", "en_IE"):
            sline = f"{n} {street}"
        elif loc == "es_ES":
            sline = f"{street}, {n}"
        elif loc in ("pt_BR", "pt_ST"):
            sline = f"{street}, {'n.º ' if loc == 'pt_ST' else ''}{n}"
        else:
            sline = f"{street} {n}"
        if loc == "en_US":
            tline = f"{town} {pc}"
        elif loc == "en_AU":
            tline = f"{town} {pc}"
        elif loc == "en_IE":
            tline = f"{town}, {pc}"
        elif loc == "pt_BR":
            tline = f"{town}, CEP {pc}"
        elif pc:
            tline = f"{pc} {town}"
        else:
            tline = town
        if form == "box":
            box = str(rng.randrange(10, 9999))
            bline = P.BOX[loc].format(n=box)
            value = f"{sline}, {bline}, {tline}"
            frags.append(f"p:{box}")
        elif form == "multi":
            value = f"{sline}\n{tline}"
        elif form == "street_town":
            value = f"{sline}, {town}"
        else:
            value = f"{sline}, {tline}"
        if pc and form != "street_town":
            frags.append(f"p:{pc}")
        return "ADDRESS", frags, value, form, lead.replace("{x}", value), label

    # ------------------------------------------------------------ posts
    def render(self, genre: str, sentences: list[str], labelled: list, plain: bool) -> str:
        rng, b = self.rng, self.bank
        opener, close = rng.choice(b["open"]), rng.choice(b["close"])
        ctx = rng.choice(b["ctx"][15:])
        body = " ".join(sentences)
        if genre == "email":
            quoted = rng.choice(b["ctx"])
            return (f"{SUBJECT[self.lang]} {rng.choice(b['subject'])}\n\n"
                    f"{rng.choice(b['greet'])}\n\n"
                    f"{opener} {ctx} {body}\n\n> {quoted}\n\n{rng.choice(b['sign'])}\n"
                    f"{rng.choice(b['role'])}").replace("  ", " ")
        if genre == "form" and labelled:
            lines = [rng.choice(b["head"]), f"{b['label']['MATTER']}: {rng.choice(b['matter'])}"]
            for label, written in labelled:
                lines.append(f"{label}: {written}")
            lines.append(f"{b['label']['NOTE']}: {ctx}")
            return "\n".join(lines) + ("\n" + body if body else "")
        if genre == "docket" and not plain:
            rows = [f"| {L.make_look(rng, self.locale, 'time')} | "
                    f"{L.make_look(rng, self.locale, 'courtroom')} | {s} |" for s in sentences]
            return f"{opener}\n\n" + "\n".join(rows) + f"\n\n{close}"
        if genre == "chat" and not plain:
            lines = [f"[{rng.randrange(8, 19):02d}:{rng.randrange(60):02d}] "
                     f"{rng.choice(b['role'])}: {s}" for s in [opener, ctx] + sentences]
            return "\n".join(lines)
        if genre == "newsletter":
            return f"{rng.choice(b['news'])} | {rng.choice(b['subject'])}\n\n{opener} {ctx}\n\n" \
                   f"{body}\n\n{close}".replace("\n\n\n\n", "\n\n")
        return f"{opener} {ctx} {body}\n\n{rng.choice(b['sign'])}\n{rng.choice(b['role'])}"

    def labelled_post(self, j: int) -> Post:
        rng = self.rng
        while True:
            genre = GENRES[rng.randrange(len(GENRES))]
            kinds = [KINDS[j % len(KINDS)]] + [rng.choice(KINDS)
                                                for _ in range(rng.choice([0, 0, 1, 1, 2]))]
            items, forms, sentences, labelled = [], [], [], []
            for kind in kinds:
                k, frags, value, form, sentence, label = self.item(kind, genre)
                items.append((k, frags, value))
                forms.append(form)
                if genre == "form" and not form.endswith("_bare") and form != "possessive":
                    labelled.append((label, self.written or value))
                else:
                    sentences.append(sentence)
            looks, look_kinds = [], []
            for _ in range(rng.choice([0, 1, 1, 1, 2])):
                lk, lv = self.look()
                looks.append(lv)
                look_kinds.append(lk)
                sentences.append(_frame(rng.choice(self.bank["look"]), lv))
            order = sentences[:]
            rng.shuffle(order)
            if genre == "form" and not labelled:
                genre = "signature"
            text = self.render(genre, order, labelled, False)
            post = Post(self.locale, text, items, forms, looks, look_kinds, genre)
            if check_post(post):
                return post

    def free_post(self, with_looks: bool) -> Post:
        rng = self.rng
        genres = FREE_LOOKS_GENRES if with_looks else FREE_PLAIN_GENRES
        while True:
            genre = genres[rng.randrange(len(genres))]
            sentences, looks, kinds = [rng.choice(self.bank["ctx"][:15])], [], []
            if with_looks:
                for _ in range(rng.choice([1, 2, 3])):
                    lk, lv = self.look()
                    looks.append(lv)
                    kinds.append(lk)
                    sentences.append(_frame(rng.choice(self.bank["look"]), lv))
                rng.shuffle(sentences)
            text = self.render(genre, sentences, [], not with_looks)
            if not with_looks and re.search(r"\d", text):
                continue
            post = Post(self.locale, text, [], [], looks, kinds, genre)
            if check_post(post):
                return post


def _frame(frame: str, value: str) -> str:
    """A look-alike in its frame, without a doubled full stop after an abbreviation."""
    text = frame.replace("{x}", value)
    return text[:-1] if text.endswith("..") else text


def build(seed: int) -> tuple[list[str], list[Post]]:
    rngs, rosters = make_rosters(seed)
    banned = {t for loc in LOCALES for g, s, _ in rosters[loc] for t in tokens_of(g) +
              tokens_of(s)}
    members: list[str] = []
    posts: list[Post] = []
    for locale in LOCALES:
        roster = rosters[locale]
        members.extend(f"{g} {s}" for g, s, _ in roster)
        b = LocaleBuilder(locale, rngs[locale], roster, banned)
        for j in range(N_LABELLED):
            posts.append(b.labelled_post(j))
        for _ in range(N_PLAIN):
            posts.append(b.free_post(False))
        for _ in range(N_LOOKS):
            posts.append(b.free_post(True))
    return members, posts
