"""Post assembly for the forty-eighth set: items, genres, look-alikes, and the redraw rules.

One ``random.Random(f"{seed}:{i}:{locale}")`` per post; a post is redrawn (same generator)
when a fragment occurs in its background or in another value, or a look-alike sits inside a
value. ``found`` is the matching rule that ``fortyeighth.leaked`` applies.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from trainer_dev.redaction_sets import (
    fortyeighth_text_de,
    fortyeighth_text_en,
    fortyeighth_text_es,
    fortyeighth_text_fr,
    fortyeighth_text_it,
    fortyeighth_text_mt,
    fortyeighth_text_pl,
    fortyeighth_text_pt,
    fortyeighth_text_sv,
)
from trainer_dev.redaction_sets import fortyeighth_values as vals
from trainer_dev.redaction_sets.fortyeighth_ids import national_id
from trainer_dev.redaction_sets.fortyeighth_looks import lang, look
from trainer_dev.redaction_sets.fortyeighth_people import (
    ROSTER,
    all_roster_tokens,
    member_mention,
    name_tokens,
    normalise,
    person_mention,
    person_pool,
    split_member,
)
from trainer_dev.redaction_sets.fortyeighth_places import address

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
LOCALES = [
    "en_GB",
    "en_US",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "pl_PL",
    "pt_BR",
    "de_LI",
    "sv_FI",
    "en_BS",
    "mt_MT",
]
TEXTS = {
    "en": fortyeighth_text_en.TEXT,
    "de": fortyeighth_text_de.TEXT,
    "fr": fortyeighth_text_fr.TEXT,
    "es": fortyeighth_text_es.TEXT,
    "it": fortyeighth_text_it.TEXT,
    "pl": fortyeighth_text_pl.TEXT,
    "pt": fortyeighth_text_pt.TEXT,
    "sv": fortyeighth_text_sv.TEXT,
    "mt": fortyeighth_text_mt.TEXT,
}
GENRES = ["note", "thread", "form", "table", "signature", "chat", "list"]
DATE_WORD = {
    "en": "Date",
    "de": "Datum",
    "fr": "Date",
    "es": "Fecha",
    "it": "Data",
    "pl": "Data",
    "pt": "Data",
    "sv": "Datum",
    "mt": "Data",
}
SLOT = re.compile(r"\{(\w+)\}")


def found(text_norm: str, frag: str) -> bool:
    """Whether one fragment occurs in an already normalised text."""
    prefix, body = frag[:2], frag[2:]
    if prefix in ("t:", "s:"):
        return re.search(rf"(?<!\w){re.escape(body)}(?!\w)", text_norm) is not None
    if prefix == "p:":
        pattern = r"\s*".join(re.escape(c) for c in body if not c.isspace())
        return re.search(rf"(?<![0-9a-z]){pattern}(?![0-9a-z])", text_norm) is not None
    if prefix == "d:":
        return any(body in run for run in vals.digit_runs(text_norm))  # idempotent
    raise ValueError(f"unknown fragment prefix in {frag!r}")


@dataclass
class Item:
    kind: str
    value: str
    fragments: list[str]
    form: str
    label: str = ""  # the cue word a form line or an id sentence uses
    key: str = ""  # which template list the sentence comes from


def _name(rng: random.Random, locale: str) -> tuple[str, str]:
    return rng.choice(person_pool(locale))


def make_item(rng: random.Random, locale: str, kind: str, genre: str) -> Item:
    t = TEXTS[lang(locale)]
    if kind == "PHONE":
        return Item(kind, *vals.phone(rng, locale), label=rng.choice(t["label"][kind]))
    if kind in ("EMAIL", "URL"):
        if rng.random() < 0.3:
            given, sur = split_member(locale, rng.choice(ROSTER[locale]))
            sur = sur.split()[-1]
        else:
            given, sur = _name(rng, locale)
        gen = vals.email if kind == "EMAIL" else vals.url
        return Item(kind, *gen(rng, locale, given, sur), label=rng.choice(t["label"][kind]))
    if kind == "IP":
        return Item(kind, *vals.ip(rng, locale), label=rng.choice(t["label"][kind]))
    if kind == "CARD":
        return Item(kind, *vals.card(rng, locale), label=rng.choice(t["label"][kind]))
    if kind == "IBAN":
        return Item(kind, *vals.iban(rng, locale), label=rng.choice(t["label"][kind]))
    if kind == "ID":
        value, labels, id_name, _check = national_id(rng, locale)
        frags = vals.digit_windows(value) or ["s:" + normalise(re.sub(r"\s", "", value))]
        cued = rng.random() < 0.6
        return Item(
            kind,
            value,
            frags,
            f"{id_name}_{'cued' if cued else 'bare'}",
            label=rng.choice(labels) if cued else "",
            key="ID" if cued else "ID_bare",
        )
    if kind == "PERSON":
        given, sur = _name(rng, locale)
        text, form = person_mention(rng, locale, given, sur)
        own = set(name_tokens(f"{given} {sur}"))
        frags = ["t:" + tok for tok in name_tokens(text) if tok in own]
        return Item(kind, text, frags, form, label=rng.choice(t["label"][kind]))
    if kind == "MEMBER":
        text, form = member_mention(rng, locale, rng.choice(ROSTER[locale]))
        key = "MEMBER"
        if form in ("possessive", "genitive"):
            key = "MEMBER_pos"
        elif form.startswith("inflected_"):
            key = "MEMBER_" + form.split("_")[1]
        return Item(
            kind,
            text,
            ["t:" + tok for tok in name_tokens(text)],
            form,
            label=rng.choice(t["label"][kind]),
            key=key,
        )
    for _ in range(20):  # ADDRESS; tables keep one line per row
        value, frags, form = address(rng, locale)
        if genre != "table" or "\n" not in value:
            break
    return Item(kind, value, frags, form, label=rng.choice(t["label"][kind]))


class Filler:
    """Fills template slots, recording every look-alike it writes."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng, self.locale = rng, locale
        self.looks: list[str] = []
        self.kinds: list[str] = []

    def __call__(self, template: str, item: Item | None = None) -> str:
        def repl(m: re.Match) -> str:
            slot = m[1]
            if slot == "v":
                return item.value
            if slot == "label":
                return item.label
            text, kind = look(self.rng, self.locale, slot)
            if text not in self.looks:
                self.looks.append(text)
                self.kinds.append(kind)
            return text

        return SLOT.sub(repl, template)


def sentence(rng: random.Random, t: dict, item: Item, fill: Filler) -> str:
    key = item.key or item.kind
    return fill(rng.choice(t.get(key) or t[item.kind]), item)


def _form_line(rng: random.Random, t: dict, item: Item, fill: Filler, sep: str) -> str:
    if item.kind == "ID" and not item.label:
        return sentence(rng, t, item, fill)
    if "\n" in item.value:
        return f"{item.label}:\n{item.value}"
    return f"{item.label}{sep}{item.value}"


def assemble(rng: random.Random, locale: str, genre: str, items: list[Item], fill: Filler) -> str:
    t = TEXTS[lang(locale)]
    intro = fill(rng.choice(t["intro"])) if rng.random() < 0.8 else ""
    close = rng.choice(t["close"]) if rng.random() < 0.5 else ""
    if genre == "form":
        lines = [fill(rng.choice(t["title"]))]
        lines += [_form_line(rng, t, it, fill, rng.choice([": ", ": ", " - "])) for it in items]
        if rng.random() < 0.5:
            lines.insert(
                rng.randint(1, len(lines)), f"{DATE_WORD[lang(locale)]}: " + fill("{date}")
            )
        return "\n".join(lines)
    if genre == "table":
        head = t["table"]
        rows = [f"| {head[0]} | {head[1]} |", "|---|---|"]
        for it in items:
            if it.kind == "ID" and not it.label:
                rows.append(f"| - | {sentence(rng, t, it, fill)} |")
            else:
                rows.append(f"| {it.label} | {it.value} |")
        return "\n".join(filter(None, [intro, "\n".join(rows), close]))
    sentences = [sentence(rng, t, it, fill) for it in items]
    if genre == "signature":
        sig_kinds = ("MEMBER", "PERSON", "PHONE", "EMAIL", "URL", "ADDRESS")
        body = [s for s, it in zip(sentences, items, strict=True) if it.kind not in sig_kinds]
        sig = [
            it.value
            if it.kind in ("MEMBER", "PERSON", "EMAIL", "URL", "ADDRESS") or rng.random() < 0.5
            else f"{it.label}: {it.value}"
            for it in items
            if it.kind in sig_kinds
        ]
        if not sig:
            return "\n".join(filter(None, [intro, " ".join(body), close]))
        if not body and not intro:
            intro = fill(rng.choice(t["free"]))
        return "\n".join(filter(None, [intro, " ".join(body), close, "--", "\n".join(sig)]))
    if genre == "chat":
        roles = t["roles"]
        lines = [f"[{fill('{time}')}] {rng.choice(roles)}: {intro or rng.choice(t['close'])}"]
        lines += [f"[{fill('{time}')}] {rng.choice(roles)}: {s}" for s in sentences]
        return "\n".join(lines)
    if genre == "thread":
        quoted = [fill(rng.choice(t["quote"])), intro or fill(rng.choice(t["free"]))]
        if len(sentences) > 1 and rng.random() < 0.5:  # an item inside the quoted message too
            quoted.append(sentences.pop(0))
        quote = "\n".join(f"> {line}" for q in quoted for line in q.split("\n"))
        return "\n".join(filter(None, [quote, "", " ".join(sentences), close]))
    if genre == "list":
        return "\n".join(filter(None, [intro, *[f"- {s}" for s in sentences], close]))
    joiner = rng.choice([" ", " ", "\n"])
    return joiner.join(filter(None, [intro, *sentences, close]))


def _clean(text: str, items: list[Item], looks: list[str]) -> bool:
    norm_values = [normalise(it.value) for it in items]
    for i, it in enumerate(items):
        if not it.fragments or it.value not in text:
            return False
        background = normalise(text.replace(it.value, " "))
        for frag in it.fragments:
            if found(background, frag):
                return False
            if any(found(v, frag) for j, v in enumerate(norm_values) if j != i):
                return False
    for lk in looks:
        if lk not in text or any(lk in it.value or it.value in lk for it in items):
            return False
    return True


def labelled_post(rng: random.Random, locale: str, i: int) -> tuple:
    """(text, items, looks, look kinds) for labelled post i of a locale."""
    first = KINDS[i % len(KINDS)]
    for _ in range(200):
        kinds = [first] + rng.sample([k for k in KINDS if k != first], rng.choice([0, 1, 1, 2]))
        genre = rng.choice(GENRES)
        items = [make_item(rng, locale, k, genre) for k in kinds]
        fill = Filler(rng, locale)
        text = assemble(rng, locale, genre, items, fill)
        if _clean(text, items, fill.looks):
            return text, items, fill.looks, fill.kinds
    raise RuntimeError(f"no clean post for {locale} #{i}")


def free_post(rng: random.Random, locale: str) -> tuple[str, list[str], list[str]]:
    """(text, looks, look kinds) of a PII-free post: plain, or with one to three look-alikes."""
    t = TEXTS[lang(locale)]
    banned = all_roster_tokens()
    pool = t["intro"] + t["free"]
    plain = [s for s in pool if not SLOT.search(s)]
    slotted = [s for s in pool if SLOT.search(s)]
    for _ in range(200):
        fill = Filler(rng, locale)
        want = rng.choice([0, 1, 2, 3])
        chosen = rng.sample(plain, rng.randint(1, 2))
        for template in rng.sample(slotted, len(slotted)):
            if len(fill.looks) + len(SLOT.findall(template)) <= want:
                chosen.insert(rng.randint(0, len(chosen)), fill(template))
        if rng.random() < 0.5:
            chosen.append(rng.choice(t["close"]))
        genre = rng.choice(["note", "list", "chat", "note"])
        if genre == "list":
            text = "\n".join(f"- {s}" for s in chosen)
        elif genre == "chat":
            text = "\n".join(f"{rng.choice(t['roles'])}: {s}" for s in chosen)
        else:
            text = rng.choice([" ", "\n"]).join(chosen)
        words = set(re.findall(r"\w+", normalise(text)))
        if not words & banned and all(lk in text for lk in fill.looks):
            return text, fill.looks, fill.kinds
    raise RuntimeError(f"no clean PII-free post for {locale}")
