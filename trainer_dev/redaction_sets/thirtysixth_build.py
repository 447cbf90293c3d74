"""Thirty-sixth set: items, genres and post assembly (education theme)."""

from __future__ import annotations

import importlib
import random
import re

from trainer_dev.redaction_sets import thirtysixth_ids as I
from trainer_dev.redaction_sets.thirtysixth_contact import (
    ip_value,
    phone,
    phone_forms,
)
from trainer_dev.redaction_sets.thirtysixth_core import (
    KINDS,
    Post,
    check_post,
    digit_windows,
    normalise,
)
from trainer_dev.redaction_sets.thirtysixth_looks import LOOK_KINDS, lookalike
from trainer_dev.redaction_sets.thirtysixth_names import POOLS
from trainer_dev.redaction_sets.thirtysixth_people import (
    MEMBER_FORMS,
    PERSON_FORMS,
    fold,
    make_person,
    member_form,
    name_tokens,
    person_form,
    person_tokens,
    roster,
)
from trainer_dev.redaction_sets.thirtysixth_places import address

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "pt_BR", "en_IN", "pt_PT", "vi_VN",
           "es_VE", "en_ZW", "fr_DZ"]
LANG = {"en_US": "en", "en_GB": "en", "en_IN": "en", "en_ZW": "en", "de_DE": "de",
        "fr_FR": "fr", "fr_DZ": "fr", "es_ES": "es", "es_VE": "es", "pt_BR": "pt",
        "pt_PT": "pt", "vi_VN": "vi"}
GENRES = ["thread", "form", "table", "ticket", "notice", "signature"]
LABELLED, PLAIN, WITH_LOOKS = 375, 30, 45


def bank(lang: str) -> dict:
    return importlib.import_module(f"trainer_dev.redaction_sets.thirtysixth_bank_{lang}").BANK


def overrides(locale: str) -> dict[str, str]:
    module = importlib.import_module(f"trainer_dev.redaction_sets.thirtysixth_bank_{LANG[locale]}")
    return getattr(module, "OVERRIDES", {}).get(locale, {})


def locale_bank(locale: str) -> dict:
    """The language bank with the locale's whole-piece replacements applied."""
    swap = overrides(locale)

    def walk(v):
        if isinstance(v, str):
            return swap.get(v, v)
        if isinstance(v, dict):
            return {k: walk(x) for k, x in v.items()}
        return [walk(x) for x in v]

    return walk(bank(LANG[locale]))


CUES = {
    "ssn": ["SSN", "Social Security number", "social security no."],
    "itin": ["ITIN", "taxpayer ID"], "nino": ["NI number", "National Insurance number", "NINO"],
    "upn": ["UPN", "unique pupil number"],
    "steuer_id": ["Steuer-ID", "Steueridentifikationsnummer", "IdNr."],
    "ausweis": ["Ausweisnummer", "Personalausweis-Nr."],
    "nir": ["numéro de sécurité sociale", "NIR", "n° de sécu"],
    "nir_compact": ["numéro de sécurité sociale", "NIR"], "dni": ["DNI"], "nie": ["NIE"],
    "nuss": ["NUSS", "número de la Seguridad Social"], "cpf": ["CPF"],
    "titulo": ["título de eleitor"], "aadhaar": ["Aadhaar", "Aadhaar number", "UID"],
    "pan": ["PAN", "PAN card"], "nif": ["NIF", "número de contribuinte"],
    "cc": ["Cartão de Cidadão", "n.º CC"], "cccd": ["CCCD", "số căn cước"],
    "mst": ["MST", "mã số thuế cá nhân"], "cedula": ["cédula", "C.I."], "rif": ["RIF"],
    "zw_id": ["national ID", "ID number"], "nin": ["NIN", "numéro d'identification national"],
    "cni": ["numéro de CNI", "numéro de carte d'identité"],
}

MAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "umich.edu", "utexas.edu", "icloud.com"],
    "en_GB": ["btinternet.com", "gmail.com", "outlook.com", "leeds.ac.uk", "ed.ac.uk",
              "sky.com"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "uni-leipzig.de",
              "stud.uni-goettingen.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "etu.univ-lyon1.fr",
              "sfr.fr"],
    "es_ES": ["hotmail.es", "gmail.com", "telefonica.net", "alumnos.upm.es", "usal.es",
              "yahoo.es"],
    "pt_BR": ["uol.com.br", "gmail.com", "bol.com.br", "usp.br", "terra.com.br",
              "aluno.ufmg.br"],
    "en_IN": ["rediffmail.com", "gmail.com", "yahoo.co.in", "iitb.ac.in", "outlook.com",
              "du.ac.in"],
    "pt_PT": ["sapo.pt", "gmail.com", "netcabo.pt", "campus.ul.pt", "iol.pt", "edu.ulisboa.pt"],
    "vi_VN": ["gmail.com", "yahoo.com.vn", "hcmus.edu.vn", "fpt.edu.vn", "vnu.edu.vn",
              "outlook.com"],
    "es_VE": ["gmail.com", "cantv.net", "hotmail.com", "ucv.ve", "usb.ve", "yahoo.es"],
    "en_ZW": ["gmail.com", "zol.co.zw", "yahoo.com", "uz.ac.zw", "nust.ac.zw", "outlook.com"],
    "fr_DZ": ["gmail.com", "yahoo.fr", "hotmail.fr", "univ-alger.dz", "usthb.dz",
              "outlook.fr"],
}
WEB_TLD = {"en_US": ["com", "net", "me"], "en_GB": ["co.uk", "me.uk", "com"],
           "de_DE": ["de", "com"], "fr_FR": ["fr", "com"], "es_ES": ["es", "com"],
           "pt_BR": ["com.br", "art.br", "com"], "en_IN": ["in", "co.in", "com"],
           "pt_PT": ["pt", "com"], "vi_VN": ["vn", "com.vn", "com"], "es_VE": ["com.ve", "com"],
           "en_ZW": ["co.zw", "com"], "fr_DZ": ["dz", "com"]}
PLATFORMS = ["https://github.com/", "https://www.linkedin.com/in/", "https://medium.com/@",
             "https://www.behance.net/", "https://sites.google.com/view/", "https://padlet.com/",
             "https://www.researchgate.net/profile/"]
ORGS = {
    "en_US": ["Lincoln High School", "Westbrook Community College", "Riverside Middle School",
              "Maple Grove Tutoring", "Eastside School District"],
    "en_GB": ["St Aidan's Academy", "Northfield Sixth Form College", "Hillcrest Primary",
              "University Admissions Service", "Westmoor Tutoring"],
    "de_DE": ["Gymnasium am Stadtpark", "Studierendensekretariat", "Gesamtschule Nord",
              "Volkshochschule", "Nachhilfe Lernwerk"],
    "fr_FR": ["Lycée des Sablons", "Scolarité de l'UFR Sciences", "Collège Les Tilleuls",
              "Service des examens", "Cours Mosaïque"],
    "es_ES": ["IES Las Encinas", "Secretaría de alumnos", "Colegio San Isidoro",
              "Oficina de admisión", "Academia Sigma"],
    "pt_BR": ["Escola Estadual Monte Azul", "Secretaria acadêmica", "Colégio Horizonte",
              "Cursinho Avançar", "Pró-reitoria de graduação"],
    "en_IN": ["Delhi Public School", "Kendriya Vidyalaya", "Admissions Cell",
              "Sunrise Coaching Centre", "Examination Branch"],
    "pt_PT": ["Escola Secundária do Lumiar", "Serviços Académicos", "Colégio do Rosário",
              "Explicações Prisma", "Agrupamento de Escolas do Restelo"],
    "vi_VN": ["Trường THPT Nguyễn Du", "Phòng Đào tạo", "Trung tâm gia sư Ánh Dương",
              "Phòng Công tác sinh viên", "Trường Tiểu học Hòa Bình"],
    "es_VE": ["Liceo Los Próceres", "Control de Estudios", "Colegio La Salle Tienda Honda",
              "Oficina de admisión", "Transporte estudiantil"],
    "en_ZW": ["Prince Edward School", "Admissions Office", "Mufakose High",
              "Student Affairs", "Chitepo Tutoring Centre"],
    "fr_DZ": ["Lycée El Mokrani", "Service de la scolarité", "CEM Ibn Khaldoun",
              "Rectorat", "Centre de soutien scolaire Nour"],
}


def _part(text: str) -> str:
    """A name as it goes into an e-mail local part or a host: folded, lower, a-z0-9 only."""
    return re.sub(r"[^a-z0-9]", "", fold(text).lower())


def _frags_digits(value: str) -> list[str]:
    ws = digit_windows(value)
    return ["d:" + w for w in ws] if ws else ["s:" + value]


class Locale:
    def __init__(self, rng: random.Random, locale: str, members: list[dict]):
        self.rng, self.loc, self.members = rng, locale, members
        self.lang = LANG[locale]
        self.b = locale_bank(locale)
        self.colon = " :" if self.lang == "fr" else ":"  # French typography: "Objet : ..."
        self.look_i = rng.randrange(len(LOOK_KINDS))
        self.cycle: dict[str, int] = {}

    def _next(self, key: str, options: list):
        i = self.cycle.get(key, self.rng.randrange(len(options)))
        self.cycle[key] = i + 1
        return options[i % len(options)]

    # ---- people -------------------------------------------------------------------------
    def set_person_pool(self, banned: set[str]):
        self.banned = banned
        pool = POOLS[self.loc]
        self.pgiven = {g: [n for n in pool[g] if normalise(n) not in banned] for g in "fm"}
        self.psur = [s for s in pool["s"]
                     if not any(normalise(t) in banned for t in name_tokens(s))]

    def person(self) -> dict:
        while True:
            g = self.rng.choice("fm")
            p = make_person(self.rng, self.loc, g, self.rng.choice(self.pgiven[g]),
                            self.rng.choice(self.psur))
            if not any(normalise(t) in self.banned for t in person_tokens(p)):
                return p

    # ---- items --------------------------------------------------------------------------
    def item(self, kind: str):
        """(kind, fragments, value, form, lead key, cue)."""
        r = self.rng
        if kind == "EMAIL":
            p = self.person()
            g, s = _part(p["given"]), "".join(_part(t) for t in name_tokens(p["surname"]))
            local = r.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}{r.randint(1, 99)}",
                              f"{s}.{g}", f"{g}_{s}", f"{g}.{s}{r.randint(70, 99)}"])
            addr = f"{local}@{r.choice(MAIL_DOMAINS[self.loc])}"
            form = self._next("EMAIL", ["plain", "plain", "angle", "mailto"])
            value = {"plain": addr, "angle": f"<{addr}>", "mailto": f"mailto:{addr}"}[form]
            return "EMAIL", ["t:" + local], value, form, "EMAIL", ""
        if kind == "PHONE":
            form = self._next("PHONE", phone_forms(self.loc))
            value = phone(r, self.loc, form)
            return "PHONE", ["d:" + w for w in digit_windows(value)], value, form, "PHONE", ""
        if kind == "URL":
            p = self.person()
            g, s = _part(p["given"]), "".join(_part(t) for t in name_tokens(p["surname"]))
            host = r.choice([f"{g}{s}", f"{g}-{s}", f"{s}{g[0]}", f"{g}{s}-tutor"]) + "." + \
                r.choice(WEB_TLD[self.loc])
            form = self._next("URL", ["https_host", "https_slug", "www", "bare"])
            if form == "https_slug":
                slug = r.choice([f"{g}-{s}", f"{g}{s}", f"{g}-{s}-{r.randint(10, 99)}",
                                 f"{s}{g[0]}"])
                return "URL", ["t:" + slug], r.choice(PLATFORMS) + slug, form, "URL", ""
            value = {"https_host": f"https://{host}", "www": f"www.{host}",
                     "bare": f"{host}/{r.choice(['portfolio', 'cv', 'blog', 'projects'])}"}[form]
            return "URL", ["t:" + host], value, form, "URL", ""
        if kind == "IP":
            form = self._next("IP", ["v4", "v4_private", "v4_port", "v6", "v6_full"])
            value, addr = ip_value(r, form)
            return "IP", ["p:" + addr], value, form, "IP", ""
        if kind == "CARD":
            form = self._next("CARD", ["visa_grouped", "visa_dashed", "visa_compact",
                                       "mc_grouped", "mc_dashed", "mc_compact", "amex"])
            if form == "amex":
                n = I.card(r, "amex")
                value = f"{n[:4]} {n[4:10]} {n[10:]}"
            else:
                brand, style = form.split("_")
                n = I.card(r, brand)
                sep = {"grouped": " ", "dashed": "-", "compact": ""}[style]
                value = sep.join(n[i:i + 4] for i in range(0, 16, 4))
            return "CARD", ["d:" + w for w in digit_windows(value)], value, form, "CARD", ""
        if kind == "IBAN":
            if self.loc in I.IBAN_CC:
                n = I.iban(r, I.IBAN_CC[self.loc])
                form = self._next("IBAN", ["iban_print", "iban_compact"])
                value = I.iban_print(n) if form == "iban_print" else n
                return "IBAN", ["d:" + w for w in digit_windows(value)], value, form, "IBAN", ""
            t = I.BANK_TYPES[self.loc]
            value = I.make_id(r, t)
            return "ID", _frags_digits(value), value, t, "BANK", ""
        if kind == "ID":
            t = self._next("ID", I.ID_TYPES[self.loc])
            p = self.person()
            value = I.make_id(r, t, p["surname"])
            bare = self._next("BARE", [True, False, False, True, False])
            form = t + ("_bare" if bare else "")
            return "ID", _frags_digits(value), value, form, "bare" if bare else "ID", \
                r.choice(CUES[t])
        if kind == "PERSON":
            p = self.person()
            form = self._next("PERSON", PERSON_FORMS)
            v, toks, form = person_form(r, p, form)
            return "PERSON", ["t:" + t for t in toks], v, form, "PERSON", ""
        if kind == "MEMBER":
            form = self._next("MEMBER", MEMBER_FORMS)
            accented = [x for x in self.members if fold(x["display"]) != x["display"]]
            m = r.choice(accented if form == "folded" and accented else self.members)
            v, toks, form = member_form(r, m, form)
            return "MEMBER", ["t:" + t for t in toks], v, form, "MEMBER", ""
        form = self._next("ADDRESS", ["one", "multi", "street_town", "box"])
        value, frags = address(r, self.loc, form)
        return "ADDRESS", frags, value, form, "ADDRESS", ""

    def looks(self, n: int) -> list[tuple[str, str]]:
        out = []
        for _ in range(n):
            kind = LOOK_KINDS[self.look_i % len(LOOK_KINDS)]
            self.look_i += 1
            out.append((kind, lookalike(self.rng, self.loc, kind, self.lang)))
        return out

    # ---- text ---------------------------------------------------------------------------
    def sentence(self, it) -> str:
        kind, _, value, _, lead, cue = it
        b = self.b
        if lead == "bare":
            return self.rng.choice(b["bare"]).format(x=value)
        return self.rng.choice(b["lead"][lead]).format(x=value, cue=cue)

    def line(self, it) -> str:
        _, _, value, _, lead, cue = it
        if lead == "bare":
            return self.rng.choice(self.b["bare"]).format(x=value)
        label = self.b["label"][lead].format(cue=cue)
        label = label[:1].upper() + label[1:]
        return f"{label}{self.colon} {value}"

    def fields(self) -> list[str]:
        """Two ticket/form fields from different groups (priority, status, category, ...)."""
        groups = self.rng.sample([[0, 1], [2, 3], [4, 5, 6], [7], [8]], 2)
        return [self.b["fields"][self.rng.choice(g)] for g in groups]

    def compose(self, genre: str, items: list, looks: list) -> str:
        r, b = self.rng, self.b
        look_s = [b["look"][k].format(x=v) for k, v in looks]
        ctx = r.sample(b["ctx"], r.randint(1, 2))
        if genre == "thread":
            body = [self.sentence(it) for it in items] + look_s
            r.shuffle(body)
            subj = f"{b['head']['subj']}{self.colon} {r.choice(b['subject'])}"
            parts = [subj, "", r.choice(b["open"]), "",
                     " ".join(ctx[:1] + body + ctx[1:]), "", "> " + r.choice(b["quote"]), "",
                     r.choice(b["close"]), r.choice(b["roles"])]
        elif genre == "form":
            lines = [self.line(it) for it in items]
            lines += self.fields()
            r.shuffle(lines)
            parts = [b["head"]["form"], *lines, *look_s, ctx[0]]
        elif genre == "table":
            rows = [f"| {r.choice(b['days'])} | {r.choice(b['roles'])} | {self.line(it)} |"
                    for it in items]
            rows.append(f"| {r.choice(b['days'])} | {r.choice(b['roles'])} | — |")
            r.shuffle(rows)
            parts = [b["head"]["table"], *rows, "", " ".join(ctx + look_s)]
        elif genre == "ticket":
            body = [self.sentence(it) for it in items] + look_s
            r.shuffle(body)
            parts = [b["head"]["ticket"], *self.fields(), "",
                     " ".join(ctx[:1] + body + ctx[1:])]
        elif genre == "notice":
            body = [self.sentence(it) for it in items] + look_s + ctx
            r.shuffle(body)
            parts = [b["head"]["notice"], *("- " + s for s in body)]
        else:  # signature
            names = [it for it in items if it[0] in ("PERSON", "MEMBER")]
            rest = [it for it in items if it not in names[:1]]
            body = [self.sentence(it) for it in rest if it[0] in ("PERSON", "MEMBER")]
            contacts = [self.line(it) for it in rest if it[0] not in ("PERSON", "MEMBER")]
            sig = [names[0][2]] if names else []
            parts = [r.choice(b["open"]), "", " ".join(ctx + body + look_s), "",
                     r.choice(b["close"]), *sig, r.choice(b["roles"]),
                     r.choice(ORGS[self.loc]), *contacts]
        return "\n".join(parts)

    def labelled(self, first: str) -> Post:
        r = self.rng
        while True:
            n = r.choice([1, 1, 2, 2, 2, 3])
            kinds = [first] + [r.choice(KINDS) for _ in range(n - 1)]
            items = [self.item(k) for k in kinds]
            nl = r.choice([0, 0, 1, 1, 1, 2, 2])
            looks = self.looks(nl)
            genre = r.choice(GENRES)
            if genre == "table" and any("\n" in it[2] for it in items):
                genre = "form"  # a multi-line address would break the table row
            text = self.compose(genre, items, looks)
            post = Post(self.loc, text, [(k, f, v) for k, f, v, *_ in items],
                        [it[3] for it in items], [v for _, v in looks], [k for k, _ in looks],
                        genre)
            if check_post(post):
                return post

    def free(self, with_looks: bool) -> Post:
        r = self.rng
        while True:
            looks = self.looks(r.randint(1, 3)) if with_looks else []
            genre = r.choice(["thread", "ticket", "notice", "form"])
            text = self.compose(genre, [], looks)
            post = Post(self.loc, text, [], [], [v for _, v in looks], [k for k, _ in looks],
                        genre)
            if check_post(post) and (with_looks or not any(c.isdigit() for c in text)):
                return post


def build(seed: int) -> tuple[list[str], list[Post]]:
    rngs = [random.Random(f"{seed}:{i}:{loc}") for i, loc in enumerate(LOCALES)]
    rosters = [roster(rng, loc) for rng, loc in zip(rngs, LOCALES, strict=True)]
    banned = {normalise(t) for ro in rosters for m in ro for t in person_tokens(m)}
    members = [m["display"] for ro in rosters for m in ro]
    posts: list[Post] = []
    for rng, loc, ro in zip(rngs, LOCALES, rosters, strict=True):
        L = Locale(rng, loc, ro)
        L.set_person_pool(banned)
        for j in range(LABELLED):
            posts.append(L.labelled(KINDS[j % len(KINDS)]))
        frees = [False] * PLAIN + [True] * WITH_LOOKS
        for wl in frees:
            posts.append(L.free(wl))
    return members, posts


def roster_tokens(members: list[str]) -> set[str]:
    return {normalise(t) for m in members for t in name_tokens(m)}
