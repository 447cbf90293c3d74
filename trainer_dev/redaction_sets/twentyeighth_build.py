"""Frame assembly for the twentyeighth set.

A post = layout (prose / form / bullets / reply / signature) x genre opener
x one lead sentence per item x interleaved look-alike sentences x optional
title and closer, all taken from the per-language phrase banks.
"""

from __future__ import annotations

import random

from . import twentyeighth_bank_de as b_de
from . import twentyeighth_bank_en as b_en
from . import twentyeighth_bank_es as b_es
from . import twentyeighth_bank_fr as b_fr
from . import twentyeighth_bank_nl as b_nl
from . import twentyeighth_bank_pt as b_pt
from . import twentyeighth_idaddr as ia
from . import twentyeighth_looks as lk
from . import twentyeighth_values as va
from .twentyeighth_people import pools, tokens

BANKS = {"en": b_en, "de": b_de, "fr": b_fr, "pt": b_pt, "nl": b_nl, "es": b_es}
GENRES = [
    "quote",
    "contract",
    "payment",
    "delivery",
    "directory",
    "testimonial",
    "booking",
    "looking",
    "onboarding",
]
LANG = {
    "en_US": "en",
    "en_IN": "en",
    "de_DE": "de",
    "fr_FR": "fr",
    "pt_BR": "pt",
    "nl_NL": "nl",
    "fr_SN": "fr",
    "en_UG": "en",
    "es_PY": "es",
    "fr_CI": "fr",
    "es_GT": "es",
    "en_ZM": "en",
}
WALLET_PHONE = {
    "en_US": ["Zelle", "WhatsApp"],
    "en_IN": ["UPI", "GPay", "PhonePe", "WhatsApp"],
    "de_DE": ["WhatsApp", "Signal"],
    "fr_FR": ["WhatsApp", "Lydia"],
    "pt_BR": ["Pix"],
    "nl_NL": ["WhatsApp", "Tikkie"],
    "fr_SN": ["Wave", "Orange Money", "Free Money"],
    "en_UG": ["MTN MoMo", "Airtel Money"],
    "es_PY": ["Tigo Money", "Billetera Personal", "WhatsApp"],
    "fr_CI": ["Orange Money", "MTN MoMo", "Moov Money", "Wave"],
    "es_GT": ["Tigo Money", "WhatsApp"],
    "en_ZM": ["Airtel Money", "MTN MoMo", "Zamtel Kwacha"],
}
WALLET_EMAIL = {loc: ["PayPal"] for loc in LANG}
WALLET_EMAIL["pt_BR"] = ["Pix"]
WALLET_EMAIL["fr_FR"] = ["PayPal", "Lydia"]


def join(sents: list[str]) -> str:
    """Join sentences; a sentence ending in a bare value starts a new line."""
    out = sents[0]
    for prev, s in zip(sents, sents[1:], strict=False):
        out += (" " if prev.rstrip()[-1:] in ".!?:" else "\n") + s
    return out


def roster_for(rng: random.Random, loc: str):
    g, s = pools(loc)
    g, s = g[:], s[:]
    rng.shuffle(g)
    rng.shuffle(s)
    roster = list(zip(g[:8], s[:8], strict=False))
    used = {t.lower() for a, b in roster for t in tokens(a) + tokens(b)}
    pg = [x for x in g[8:] if not {t.lower() for t in tokens(x)} & used]
    ps = [x for x in s[8:] if not {t.lower() for t in tokens(x)} & used]
    return roster, pg, ps


class Maker:
    def __init__(self, rng: random.Random, loc: str, roster, pg, ps):
        self.r, self.loc, self.roster, self.pg, self.ps = rng, loc, roster, pg, ps
        self.lang = LANG[loc]
        self.bank = BANKS[self.lang]

    def fill(self, tpl: str, v: str) -> str:
        r = self.r
        out = tpl.replace(
            "{wallet}",
            r.choice(
                WALLET_EMAIL[self.loc]
                if "@" in v or "[at]" in v or "(at)" in v
                else WALLET_PHONE[self.loc]
            ),
        )
        out = out.replace("{bank}", r.choice(ia.BANKS[self.loc]))
        return out.replace("{v}", v)

    def item(self, kind: str):
        """(label_kind, value, form, fragments, lead_key, idname)."""
        r, loc = self.r, self.loc
        g, s = r.choice(self.pg), r.choice(self.ps)
        while {t.lower() for t in tokens(g)} & {t.lower() for t in tokens(s)}:
            s = r.choice(self.ps)
        if kind == "EMAIL":
            return ("EMAIL",) + va.email(r, loc, g, s) + ("EMAIL", "")
        if kind == "PHONE":
            return ("PHONE",) + va.phone(r, loc) + ("PHONE", "")
        if kind == "URL":
            return ("URL",) + va.url(r, loc, g, s) + ("URL", "")
        if kind == "IP":
            return ("IP",) + va.ip(r, loc) + ("IP", "")
        if kind == "CARD":
            return ("CARD",) + va.card(r, loc) + ("CARD", "")
        if kind == "IBAN":
            if loc in va.IBAN_LOCALES:
                return ("IBAN",) + va.iban(r, loc) + ("IBAN", "")
            return ("ID",) + ia.bank_account(r, loc) + ("BANK", "")
        if kind == "ID":
            v, form, frs, cue = ia.national_id(r, loc, g, s)
            return ("ID", v, form, frs, "ID", cue)
        if kind == "ADDRESS":
            return ("ADDRESS",) + ia.address(r, loc) + ("ADDRESS", "")
        if kind == "PERSON":
            return ("PERSON",) + ia.mention(r, self.lang, loc, g, s, False) + ("PERSON", "")
        gm, sm = r.choice(self.roster)
        return ("MEMBER",) + ia.mention(r, self.lang, loc, gm, sm, True) + ("MEMBER", "")

    def looks(self, n: int):
        out = []
        for _ in range(n):
            k = self.r.choice(lk.LOOK_KINDS)
            out.append((k, lk.make_look(self.r, self.loc, k)))
        return out

    def look_sentence(self, k: str, val: str) -> str:
        out = self.r.choice(self.bank.LOOK[k]).replace("{l}", val)
        return out.replace(val + ".", val) if val.endswith(".") else out

    def lead_sentence(self, it) -> str:
        _, v, _, _, key, idname = it
        tpl = self.r.choice(self.bank.LEAD[key])
        if "{idname}" in tpl and not idname:
            tpl = "{v}"
        tpl = tpl.replace("{idname}", idname)
        return self.fill(tpl, v)

    def label_line(self, it) -> str:
        _, v, _, _, key, idname = it
        lab = self.r.choice(self.bank.LABEL[key])
        if key == "ID" and idname and self.r.random() < 0.6:
            lab = idname + ":"
        return f"{lab} {v}"

    def compose(self, genre: str, its, lks) -> str:
        r, b = self.r, self.bank
        head = []
        if r.random() < 0.3:
            head.append(r.choice(b.TITLE) + r.choice([":", "", ""]))
        opener = r.choice(b.OPEN[genre])
        looks = [self.look_sentence(k, v) for k, v in lks]
        layout = (
            r.choice(["prose", "prose", "form", "bullets", "reply", "signature"])
            if its
            else r.choice(["prose", "prose", "bullets", "reply"])
        )
        close = r.choice(b.CLOSE) if r.random() < 0.7 else ""
        if layout == "form" and its:
            lines = [self.label_line(it) for it in its]
            body = opener + "\n\n" + "\n".join(lines)
            if looks:
                body += "\n\n" + " ".join(looks)
        elif layout == "signature" and its:
            sents = [self.lead_sentence(it) for it in its[1:]] + looks
            r.shuffle(sents)
            body = join([opener] + sents)
            body += "\n\n--\n" + self.label_line(its[0])
        else:
            sents = [self.lead_sentence(it) for it in its] + looks
            r.shuffle(sents)
            if layout == "bullets" and len(sents) > 1:
                body = opener + "\n" + "\n".join(r.choice(["- ", "• ", "* "]) + s for s in sents)
            else:
                body = join([opener] + sents)
            if layout == "reply":
                body = "Re: " + r.choice(b.TITLE) + "\n\n" + body
        if head:
            body = head[0] + r.choice(["\n", "\n\n"]) + body
        return body + (r.choice(["\n\n", "\n"]) + close if close else "")

    def free_text(self, genre: str, lks) -> str:
        r, b = self.r, self.bank
        sents = r.sample(b.FREE, r.randint(1, 3)) if not lks or r.random() < 0.5 else []
        sents += [self.look_sentence(k, v) for k, v in lks]
        r.shuffle(sents)
        opener = r.choice(b.OPEN[genre]) if r.random() < 0.6 else ""
        body = join(([opener] if opener else []) + sents)
        if r.random() < 0.3:
            body = r.choice(b.TITLE) + "\n" + body
        if r.random() < 0.6:
            body += "\n\n" + r.choice(b.CLOSE)
        return body


def bank_pieces(lang: str) -> set[str]:
    """Distinct sentence pieces of one language bank (for the data card/tests)."""
    b = BANKS[lang]
    out: set[str] = set(b.CLOSE) | set(b.FREE) | set(b.TITLE)
    for d in (b.OPEN, b.LEAD, b.LABEL, b.LOOK):
        for v in d.values():
            out |= set(v)
    return out
