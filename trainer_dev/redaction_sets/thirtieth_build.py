"""Frames for the thirtieth set: combine phrase banks, values and look-alikes into posts."""

from __future__ import annotations

import importlib

from trainer_dev.redaction_sets.thirtieth import (
    KINDS,
    LANG,
    N_LABELLED,
    N_LOOK,
    N_PLAIN,
    Post,
    check_post,
    d_windows,
)
from trainer_dev.redaction_sets.thirtieth_ids import make_bank_account, make_id
from trainer_dev.redaction_sets.thirtieth_looks import LOOK_KINDS, make_look
from trainer_dev.redaction_sets.thirtieth_people import fold, mention, pools, roster
from trainer_dev.redaction_sets.thirtieth_places import make_address
from trainer_dev.redaction_sets.thirtieth_values import (
    IBAN_LOCALES,
    make_card,
    make_iban,
    make_phone,
)

GENRES = ["notice", "casual", "listing", "ticket", "checklist", "signature"]
URL_SLOTS = {
    "profile": [2, 5],
    "booking": [1, 7],
    "https": [0, 2, 3, 4, 6, 8],
    "www": [0, 2, 3, 4, 6, 8],
    "bare": [0, 2, 3, 4, 6, 8],
}
SIG_KINDS = {"PERSON", "MEMBER", "PHONE", "EMAIL", "URL", "ADDRESS"}

MAIL_DOMAINS = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "pt_BR": ["gmail.com", "uol.com.br", "hotmail.com", "bol.com.br", "terra.com.br"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "ca_ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "es_GT": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.es"],
    "en_ZM": ["gmail.com", "yahoo.com", "zamtel.zm", "outlook.com"],
    "fr_CM": ["yahoo.fr", "gmail.com", "camtel.cm", "outlook.fr"],
    "es_BO": ["gmail.com", "hotmail.com", "entelnet.bo", "yahoo.es"],
    "sq_AL": ["gmail.com", "yahoo.com", "hotmail.com", "abissnet.al"],
}
TLD = {
    "en_US": "com",
    "en_IN": "in",
    "de_DE": "de",
    "fr_FR": "fr",
    "pt_BR": "com.br",
    "nl_NL": "nl",
    "ca_ES": "cat",
    "es_GT": "com.gt",
    "en_ZM": "co.zm",
    "fr_CM": "cm",
    "es_BO": "com.bo",
    "sq_AL": "al",
}
CUES = {
    "ssn": ["SSN", "SSN#", "social security number"],
    "aadhaar": ["Aadhaar", "Aadhaar no."],
    "pan": ["PAN", "PAN card"],
    "steuer": ["Steuer-ID", "steuerliche ID", "IdNr."],
    "nir": ["n° de sécu", "numéro de sécurité sociale", "NIR"],
    "cpf": ["CPF", "CPF nº"],
    "bsn": ["BSN", "burgerservicenummer"],
    "dni": ["DNI", "NIE", "DNI/NIE"],
    "nie": ["NIE"],
    "cui": ["DPI", "CUI", "DPI/CUI"],
    "nrc": ["NRC", "NRC no."],
    "cni": ["CNI", "n° CNI"],
    "niu": ["NIU"],
    "ci": ["CI", "carnet", "C.I."],
    "nid": ["NID", "nr. personal", "numri personal"],
}


def bank_for(lang: str) -> dict:
    return importlib.import_module(f"trainer_dev.redaction_sets.thirtieth_bank_{lang}").BANK


def count_pieces(obj) -> int:
    if isinstance(obj, str):
        return 1
    if isinstance(obj, dict):
        return sum(count_pieces(v) for v in obj.values())
    return sum(count_pieces(v) for v in obj)


class Ctx:
    def __init__(self, rng, locale: str):
        self.rng, self.locale, self.lang = rng, locale, LANG[locale]
        self.bank = bank_for(self.lang)
        self.members = roster(rng, locale)
        taken = {fold(t).lower() for m in self.members for t in m.replace("-", " ").split()}
        g, s = pools(locale)
        self.p_given = [
            x
            for x in g
            if fold(x).lower() not in taken
            and not any(fold(p).lower() in taken for p in x.split("-"))
        ]
        self.p_sur = [
            x for x in s if not any(fold(p).lower() in taken for p in x.replace("-", " ").split())
        ]

    # ------------------------------------------------------------ items
    def person(self) -> str:
        return f"{self.rng.choice(self.p_given)} {self.rng.choice(self.p_sur)}"

    def item(self, kind: str):
        """Return (kind, frags, value, form, suffix, cue)."""
        rng, loc = self.rng, self.locale
        if kind == "EMAIL":
            given, sur = (rng.choice(self.members) if rng.random() < 0.3 else self.person()).split(
                " ", 1
            )
            g, s = (
                fold(given).lower().replace("'", ""),
                fold(sur).lower().replace(" ", "").replace("'", ""),
            )
            local = rng.choice(
                [f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g}{s}{rng.randint(70, 99)}", f"{g}_{s}"]
            )
            v = f"{local}@{rng.choice(MAIL_DOMAINS[loc])}"
            form = rng.choice(["plain", "plain", "mailto", "angle", "caps"])
            if form == "caps":
                v = v[0].upper() + v[1:]
                local = local[0].upper() + local[1:]
            return "EMAIL", ["t:" + local], v, form, "", ""
        if kind == "PHONE":
            v, form = make_phone(rng, loc)
            return "PHONE", d_windows(v), v, form, "", ""
        if kind == "URL":
            given, sur = self.person().split(" ", 1)
            g, s = (
                fold(given).lower().replace("'", ""),
                fold(sur).lower().replace(" ", "").replace("'", ""),
            )
            form = rng.choice(["profile", "https", "www", "bare", "booking"])
            if form == "profile":
                slug = f"{g}-{s}" + rng.choice(
                    ["", "", f"-{rng.randint(2, 99)}", f"-{rng.randint(0x1000, 0xFFFFF):x}"]
                )
                v = f"https://www.linkedin.com/in/{slug}"
                return "URL", ["t:" + slug], v, form, "", ""
            if form == "booking":
                slug = f"{g}-{s}"
                page = rng.choice(["viewing", "key-handover", "30min", "move-in"])
                v = f"https://calendly.com/{slug}/{page}"
                return "URL", ["t:" + slug], v, form, "", ""
            host = (
                f"{g}{s}.{TLD[loc]}"
                if rng.random() < 0.5
                else f"{s}-{rng.choice(['home', 'photo', 'design', 'studio'])}.{TLD[loc]}"
            )
            v = {"https": f"https://{host}", "www": f"www.{host}", "bare": host}[form]
            if rng.random() < 0.4:
                v += rng.choice(["/contact", "/about", "/blog"])
            return "URL", ["t:" + host], v, form, "", ""
        if kind == "IP":
            r = rng.random()
            if r < 0.15:
                v = (
                    ":".join(f"{rng.randint(0x1000, 0xFFFF):x}" for _ in range(4))
                    + "::"
                    + f"{rng.randint(1, 0xFFF):x}"
                )
                v = "2a02:" + v.split(":", 1)[1]
                return "IP", ["p:" + v], v, "v6", "", ""
            if r < 0.5:
                a = rng.choice([10, 172, 192])
                v = f"{a}.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
            else:
                a = rng.randint(31, 217)
                v = f"{a}.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
            form = "v4_port" if rng.random() < 0.2 else "v4"
            return (
                "IP",
                ["p:" + v],
                v,
                form,
                (f":{rng.choice([8080, 443, 8443, 3389])}" if form == "v4_port" else ""),
                "",
            )
        if kind == "CARD":
            v, form = make_card(rng)
            return "CARD", d_windows(v), v, form, "", ""
        if kind == "IBAN":
            v, form = make_iban(rng, loc)
            return "IBAN", d_windows(v), v, form, "", ""
        if kind == "BANK":
            v, form, _ = make_bank_account(rng, loc)
            return "BANK", d_windows(v), v, form, "", self.bank["lab"]["acct"]
        if kind == "ID":
            v, form, chk = make_id(rng, loc)
            frags = d_windows(v)
            if any(c.isalpha() for c in v) and " " not in v and "-" not in v:
                frags.append("t:" + v)
            cue = rng.choice(CUES.get(form.split("_")[0], CUES.get(chk, ["ID"])))
            return "ID", frags, v, form, "", cue
        if kind in ("PERSON", "MEMBER"):
            name = rng.choice(self.members) if kind == "MEMBER" else self.person()
            v, form, frags, suffix = mention(rng, name, self.lang, kind == "MEMBER")
            return kind, frags, v, form, suffix, ""
        v, form, frags = make_address(rng, loc)
        return "ADDRESS", frags, v, form, "", ""

    # ------------------------------------------------------------ text
    def pick(self, key: str) -> str:
        return self.rng.choice(self.bank[key])

    def look_sentence(
        self, kinds_out: list[str], looks_out: list[str], kind: str | None = None
    ) -> str:
        kind = kind or self.rng.choice(LOOK_KINDS)
        lk = make_look(self.rng, self.locale, kind)
        templates = self.bank["look"][kind]
        idx = self.rng.randrange(len(templates))
        if kind == "measure":  # first template speaks of an area, second of a length
            while ("²" in lk or "sq ft" in lk) != (idx == 0):
                lk = make_look(self.rng, self.locale, kind)
        looks_out.append(lk)
        kinds_out.append(kind)
        return templates[idx].replace("{l}", lk)

    def frame(self, genre: str, body: list[str], sig: list[str], head: list[str]) -> str:
        rng, lab = self.rng, self.bank["lab"]
        opener = self.rng.choice(self.bank["open"][genre])
        if genre == "checklist":
            bullet = rng.choice(["- ", "• ", "[ ] ", "- [ ] ", "* "])
            text = opener + "\n" + "\n".join(bullet + s for s in body)
        elif genre == "ticket":
            body = [b if b[-1] in ".!?:" else b + "." for b in body]
            text = "\n".join(
                head
                + [
                    f"{lab['status']}: {rng.choice(lab['states'])}",
                    "",
                    opener + " " + " ".join(body),
                ]
            )
        else:
            joiner = rng.choice([" ", " ", "\n", "\n\n"])
            if joiner == " ":  # a sentence ending in a value gets its full stop in running text
                body = [b if b[-1] in ".!?:" else b + "." for b in body]
            text = opener + joiner + joiner.join(body)
        if sig:
            text += rng.choice(["\n\n--\n", "\n\n", "\n--\n"]) + "\n".join(sig)
        return text

    def post(self, kinds: list[str], genre: str, n_look: int) -> Post:
        rng, lab = self.rng, self.bank["lab"]
        items, forms, body, sig, head, looks, lkinds = [], [], [], [], [], [], []
        if genre == "ticket":
            if n_look:
                tk = make_look(rng, self.locale, "ticket")
                looks.append(tk)
                lkinds.append("ticket")
                n_look -= 1
                head.append(f"{lab['ticket']} {tk}")
            head.append(f"{lab['category']}: {rng.choice(lab['categories'])}")
        if rng.random() < 0.6:
            body.append(self.pick("ctx"))
        for k in kinds:
            kind, frags, v, form, suffix, cue = self.item(k)
            items.append(("ID" if kind == "BANK" else kind, frags, v))
            forms.append(form)
            written = v + suffix
            if form == "mailto":
                written = "mailto:" + v
            elif form == "angle":
                written = "<" + v + ">"
            if genre == "signature" and kind in SIG_KINDS and rng.random() < 0.8:
                sig.append(rng.choice(lab["sig"][kind]).replace("{v}", written))
            else:
                if (
                    form == "mailto"
                ):  # mailto: only in signature blocks; in running text it is plain
                    forms[-1], written = "plain", v
                pool = self.bank[kind if kind != "MEMBER" or rng.random() < 0.7 else "PERSON"]
                if kind == "URL":  # bank URL lists share one order (see URL_SLOTS)
                    pool = [pool[i] for i in URL_SLOTS[form]]
                t = rng.choice(pool)
                body.append(t.replace("{v}", written).replace("{cue}", cue or lab["acct"]))
            if n_look and rng.random() < 0.5:
                body.append(self.look_sentence(lkinds, looks))
                n_look -= 1
        for _ in range(n_look):
            body.insert(rng.randint(0, len(body)), self.look_sentence(lkinds, looks))
        if rng.random() < 0.3:
            extra = self.pick("ctx")
            if extra not in body:
                body.append(extra)
        if rng.random() < 0.7:
            body.append(self.pick("close"))
        text = self.frame(genre, body, sig, head)
        return Post(self.locale, text, items, forms, looks, lkinds, genre)

    def free_post(self, genre: str, n_look: int) -> Post:
        rng = self.rng
        looks, lkinds, head = [], [], []
        body = rng.sample(self.bank["free"], rng.randint(1, 3))
        if rng.random() < 0.5:
            body.insert(0, self.pick("ctx"))
        for _ in range(n_look):
            body.insert(rng.randint(0, len(body)), self.look_sentence(lkinds, looks))
        if genre == "ticket":
            lab = self.bank["lab"]
            head = [f"{lab['category']}: {rng.choice(lab['categories'])}"]
        if rng.random() < 0.6:
            body.append(self.pick("close"))
        sig = [rng.choice(self.bank["lab"]["team"])] if genre == "signature" else []
        return Post(self.locale, self.frame(genre, body, sig, head), [], [], looks, lkinds, genre)


def build_locale(rng, locale: str) -> tuple[list[str], list[Post]]:
    c = Ctx(rng, locale)
    has_iban = locale in IBAN_LOCALES
    posts: list[Post] = []
    for j in range(N_LABELLED):
        for _ in range(200):
            kinds = [KINDS[j % len(KINDS)]] + rng.sample(KINDS, rng.choice([0, 0, 1, 1, 2]))
            kinds = [k if k != "IBAN" or has_iban else "BANK" for k in kinds]
            p = c.post(kinds, rng.choice(GENRES), rng.choice([0, 0, 1, 1, 2]))
            if check_post(p):
                posts.append(p)
                break
        else:
            raise RuntimeError(f"cannot build post {j} for {locale}")
    for j in range(N_PLAIN + N_LOOK):
        n_look = 0 if j < N_PLAIN else rng.randint(1, 3)
        for _ in range(200):
            p = c.free_post(rng.choice(GENRES), n_look)
            if check_post(p) and (n_look or not any(ch.isdigit() for ch in p.text)):
                posts.append(p)
                break
        else:
            raise RuntimeError(f"cannot build free post {j} for {locale}")
    return c.members, posts
