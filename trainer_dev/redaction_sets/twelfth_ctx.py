"""Writing context of one twelfth-set post: items written in the form a slot allows, with their
fragments, and look-alikes recorded as they are written.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import twelfth_looks as looks
from trainer_dev.redaction_sets.twelfth_contact import Person, name_form
from trainer_dev.redaction_sets.twelfth_people import PARTICLES

GENERIC = {
    "en": ("Hi all,", "Thanks!"),
    "de": ("Hallo zusammen,", "Danke!"),
    "fr": ("Bonjour à tous,", "Merci !"),
    "es": ("Hola a todos,", "¡Gracias!"),
    "pt": ("Olá a todos,", "Obrigado!"),
}

STREET_STOP = (
    frozenset(
        """
street st road rd avenue ave lane ln drive dr court ct place pl crescent cres close way terrace
ter gardens grove mews boulevard blvd marg cross main apt unit flat no straße str strasse weg
gasse allee platz ring top stiege rue impasse allée chemin quai rang montée app bis bât esc
appt calle avenida avda paseo plaza carrer rúa ronda int depto col izda dcha bajo rua travessa
largo praça calçada esq dto frente est ouest nord sud east west north south saint sainte sant
san santa são sankt privada eje dos das del los las apartments towers enclave
""".split()
    )
    | PARTICLES
)


PLATFORM = {
    "linkedin": "LinkedIn",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "github": "GitHub",
    "x": "X",
    "tiktok": "TikTok",
}
HANDLE_LABELS = ("Slack", "Instagram", "Telegram", "X", "Threads")
RARE = ("surname", "given", "nickname", "possessive", "handle")


@dataclass
class Item:
    kind: str
    person: Person | None = None
    addr: dict | None = None
    value: str = ""
    form: str = ""
    frags: list[str] = field(default_factory=list)
    used: bool = False


def street_frags(addr: dict) -> list[str]:
    out = [f"t:{addr['hn'].lower()}"]
    for tok in re.findall(r"\w+", addr["street"]):
        low = tok.lower()
        if len(tok) >= 3 and not any(ch.isdigit() for ch in tok) and low not in STREET_STOP:
            out.append(f"t:{low}")
    return sorted(set(out))


def postcode_frags(addr: dict) -> list[str]:
    pc = addr["pc"]
    parts = set(re.split(r"[ -]", pc)) | {pc}
    return sorted(f"p:{p}" for p in parts if p)


class Ctx:
    def __init__(self, r: random.Random, loc: str, lex: dict, items: list[Item]):
        self.r, self.loc, self.lang, self.L = r, loc, loc[:2], lex
        self.items = items
        self.looks: list[tuple[str, str]] = []
        self.person_key = "PERSON"

    def pending(self) -> list[Item]:
        return [it for it in self.items if not it.used]

    def take(self, kind: str) -> Item | None:
        for it in self.items:
            if not it.used and it.kind == kind:
                it.used = True
                return it
        return None

    def take_name(self) -> Item | None:
        return self.take("MEMBER") or self.take("PERSON")

    def lk(self, kind: str) -> str:
        v = looks.look(self.r, self.loc, kind)
        self.looks.append((kind, v))
        return v

    def add_look(self, kind: str, v: str) -> str:
        self.looks.append((kind, v))
        return v

    def look_line(self, kind: str) -> str:
        return self.L["look"][kind].format(v=self.lk(kind))

    def _name(self, it: Item, forms: tuple[str, ...]) -> None:
        allowed = list(forms)
        if it.kind == "PERSON":
            allowed = [f for f in allowed if f not in ("given", "nickname", "handle")]
        self.r.shuffle(allowed)
        rare = [f for f in allowed if f in RARE]
        if rare and self.r.random() < 0.45:
            allowed = rare + allowed
        for f in allowed + ["full"]:
            got = name_form(self.r, it.person, self.loc, f)
            if got:
                it.value, it.frags = got
                it.form = f
                return

    def _addr(self, it: Item, style: str) -> None:
        a = it.addr
        if style == "vcard":
            it.value, it.form = f"{a['street']};{a['town']};;{a['pc']}", "vcard_adr"
            it.frags = street_frags(a) + postcode_frags(a)
            return
        x = self.r.random()
        if style == "block" or x < 0.5:
            it.form = "full"
            it.value = "\n".join(a["lines"]) if style == "block" else ", ".join(a["lines"])
            it.frags = street_frags(a) + postcode_frags(a)
        elif x < 0.8:
            it.form, it.value, it.frags = "street", a["street"], street_frags(a)
        else:
            it.form, it.value, it.frags = "postcode_town", a["ptown"], postcode_frags(a)

    def fill(
        self, template: str, it: Item, forms: tuple[str, ...] = ("full",), style: str = "line"
    ) -> str:
        it.used = True
        if it.kind in ("PERSON", "MEMBER"):
            self._name(it, forms)
        elif it.kind == "ADDRESS":
            self._addr(it, style)
        k = self.L["lab"]["ID"].get(it.form, self.L["lab"]["ID"]["*"])
        return template.replace("{k}", k).replace("{v}", it.value)

    def prose(self, it: Item, forms: tuple[str, ...]) -> str:
        say = self.L["say"]
        kind = "PERSON" if it.kind == "MEMBER" else it.kind
        if kind == "PERSON":
            self._name(it, forms)
            it.used = True
            pool = say["poss"] if it.form == "possessive" else say["PERSON"]
            return self.r.choice(pool).replace("{v}", it.value)
        return self.fill(self.r.choice(say[kind]), it)

    def kv(self, it: Item, forms: tuple[str, ...]) -> str:
        lab = self.L["lab"]
        kind = "PERSON" if it.kind == "MEMBER" else it.kind
        if kind == "ID":
            return self.fill("{k}: {v}", it)
        if kind == "PERSON":
            self._name(it, forms + ("surname", "given", "nickname"))
            it.used = True
            key = {"surname": "SURNAME", "given": "GIVEN", "nickname": "GIVEN"}.get(
                it.form, self.person_key
            )
            if it.form == "handle":
                return f"{self.r.choice(HANDLE_LABELS)}: {it.value}"
            return f"{self.r.choice(lab[key])}: {it.value}"
        if kind == "URL" and it.form in PLATFORM:
            return self.fill(f"{PLATFORM[it.form]}: {{v}}", it)
        style = "block" if kind == "ADDRESS" and self.r.random() < 0.4 else "line"
        return self.fill(f"{self.r.choice(lab[kind])}: {{v}}", it, forms, style)
