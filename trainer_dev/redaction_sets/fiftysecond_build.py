"""Builder of the fifty-second set: items, look-alikes and genres assembled into posts."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import fiftysecond_ids as ids
from trainer_dev.redaction_sets import fiftysecond_looks as looks
from trainer_dev.redaction_sets import fiftysecond_match as fm
from trainer_dev.redaction_sets import fiftysecond_names as nm
from trainer_dev.redaction_sets import fiftysecond_places as places
from trainer_dev.redaction_sets import fiftysecond_values as vals
from trainer_dev.redaction_sets.fiftysecond_text_de import DE, ST
from trainer_dev.redaction_sets.fiftysecond_text_en import EN, KY
from trainer_dev.redaction_sets.fiftysecond_text_es import ES, EU
from trainer_dev.redaction_sets.fiftysecond_text_fr import FR, PF
from trainer_dev.redaction_sets.fiftysecond_text_it import IT
from trainer_dev.redaction_sets.fiftysecond_text_nl import NL
from trainer_dev.redaction_sets.fiftysecond_text_pt import PT

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_PT", "eu_ES",
           "de_IT", "fr_PF", "en_KY"]
LABELLED, FREE = 375, 75
TEXTS = {"en": EN, "de": DE, "fr": FR, "es": ES, "eu": EU, "it": IT, "nl": NL, "pt": PT}
LANGS = {"en_US": [("en", 1.0)], "en_GB": [("en", 1.0)], "en_KY": [("en", 1.0)],
         "de_DE": [("de", 1.0)], "de_IT": [("de", 0.75), ("it", 0.25)],
         "fr_FR": [("fr", 1.0)], "fr_PF": [("fr", 1.0)], "es_ES": [("es", 1.0)],
         "eu_ES": [("eu", 0.6), ("es", 0.4)], "it_IT": [("it", 1.0)], "nl_NL": [("nl", 1.0)],
         "pt_PT": [("pt", 1.0)]}
TOUCHES = {("en_KY", "en"): KY, ("de_IT", "de"): ST, ("fr_PF", "fr"): PF}
GENRES = ["note", "thread", "form", "table", "email", "chat", "bullets"]
CONTACT = {"PHONE", "EMAIL", "ADDRESS", "URL"}
SLOT = re.compile(r"\{(\w+)\}")
REMARK = {"en": "Notes", "de": "Bemerkung", "fr": "Remarque", "es": "Observaciones",
          "eu": "Oharrak", "it": "Note", "nl": "Opmerking", "pt": "Observações"}


@dataclass(frozen=True)
class Post:
    text: str
    locale: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    item_forms: list[str] = field(default_factory=list)
    pii_free: bool = False
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)


def roster_tokens() -> set[str]:
    return {fm.norm(t) for names in nm.MEMBERS.values() for n in names for t in n.split()}


ROSTER = roster_tokens()


def _lang(loc: str, rng: random.Random) -> str:
    r, acc = rng.random(), 0.0
    for lang, w in LANGS[loc]:
        acc += w
        if r < acc:
            return lang
    return LANGS[loc][-1][0]


def _pool(loc: str, lang: str, key: str) -> list[str]:
    extra = TOUCHES.get((loc, lang), {}).get(key, [])
    return TEXTS[lang][key] + extra


# --- names ------------------------------------------------------------------------------------


def _basque(word: str, case: str) -> str:
    vowel = word[-1].lower() in "aeiou"
    stem = word + "r" if word.endswith("r") else word
    suffix = {"erg": ("k", "ek"), "dat": ("ri", "i"), "com": ("rekin", "ekin"),
              "gen": ("ren", "en")}[case]
    return (word + suffix[0]) if vowel else (stem + suffix[1])


def _possessive(lang: str, word: str) -> str:
    if lang == "en":
        return word + ("'" if word.endswith("s") else "'s")
    if lang == "de":
        return word + ("'" if word[-1] in "sxzß" else "s")
    return word + ("'s" if word[-1] in "aeiouy" else "s")


def _member_written(full: str, lang: str, rng: random.Random, plain: bool):
    given, sur = full.split(" ", 1)
    forms = ["full", "full", "given", "surname", "initial+surname", "lower", "handle", "pnr",
             "upper-surname"]
    if vals.fold(full) != full:
        forms.append("folded")
    if not plain:
        if lang in ("en", "de", "nl"):
            forms += ["possessive", "possessive"]
        if lang == "eu":
            forms += ["inflected"] * 8
    form = rng.choice(forms)
    slot = "plain"
    v = {"full": full, "given": given, "surname": sur,
         "initial+surname": f"{given[0]}. {sur}", "lower": full.lower(),
         "handle": "@" + rng.choice([f"{given}.{sur}", f"{given[0]}{sur}", f"{given}{sur[0]}"])
         .lower().replace(" ", ""),
         "pnr": f"{vals.fold(sur).upper()}/{vals.fold(given).upper()}",
         "upper-surname": f"{sur.upper()} {given}", "folded": vals.fold(full)}.get(form, "")
    if form == "handle":
        v = vals.fold(v)
    if form == "possessive":
        v = _possessive(lang, rng.choice([given, full]))
        slot = "poss"
    if form == "inflected":
        slot = rng.choice(["erg", "dat", "com", "gen"])
        base = rng.choice([given, full])
        v = base.rsplit(" ", 1)[0] + " " + _basque(base.rsplit(" ", 1)[1], slot) \
            if " " in base else _basque(base, slot)
    return "", v, form, slot


def _person_written(loc: str, lang: str, rng: random.Random, plain: bool):
    given = rng.choice(nm.PERSON_GIVEN[loc])
    sur = rng.choice(nm.PERSON_SUR[loc])
    if loc in nm.PARTICLE_SUR and rng.random() < 0.3:
        sur = rng.choice(nm.PARTICLE_SUR[loc])
    elif lang in ("es", "eu", "pt") and rng.random() < 0.4:
        second = rng.choice(nm.PERSON_SUR[loc])
        if second != sur:
            sur = f"{sur} {second}"
    forms = ["full", "full", "full", "title+surname", "initial+surname", "surname, given", "pnr"]
    if not plain and lang == "eu":
        forms += ["inflected"] * 5
    form = rng.choice(forms)
    if form == "title+surname":
        return rng.choice(nm.TITLES[lang]) + " ", sur, form, "plain"
    if form == "initial+surname":
        return "", f"{given[0]}. {sur}", form, "plain"
    if form == "surname, given":
        return "", f"{sur}, {given}", form, "plain"
    if form == "pnr":
        last = sur.split()[-1]
        return "", f"{vals.fold(last).upper()}/{vals.fold(given).upper()}", form, "plain"
    if form == "inflected":
        slot = rng.choice(["erg", "dat", "com", "gen"])
        words = f"{given} {sur}".split()
        return "", " ".join(words[:-1] + [_basque(words[-1], slot)]), form, slot
    return "", f"{given} {sur}", form, "plain"


# --- items ------------------------------------------------------------------------------------


def make_item(kind: str, loc: str, lang: str, rng: random.Random, plain: bool) -> dict:
    """One item: value, fragments, form, and how to write it (prefix, slot, cue)."""
    given = rng.choice(nm.PERSON_GIVEN[loc])
    sur = rng.choice(nm.PERSON_SUR[loc])
    item = {"kind": kind, "prefix": "", "slot": "plain", "cue": ""}
    if kind == "EMAIL":
        v, form = vals.make_email(loc, rng, given, sur)
        addr = v.removeprefix("mailto:").strip("<>")
        frags = [f"e:{addr.split('@')[0]}"]
    elif kind == "PHONE":
        v, form = vals.make_phone(loc, rng)
        frags = fm.digit_fragments(v)
    elif kind == "URL":
        v, frag, form = vals.make_url(loc, rng, given, sur)
        frags = [frag]
    elif kind == "IP":
        v, form = vals.make_ip(rng)
        frags = [f"i:{v}"]
    elif kind == "CARD":
        v, form = vals.make_card(rng)
        frags = fm.digit_fragments(v)
    elif kind == "IBAN":
        v, form = vals.make_iban(loc, rng)
        frags = fm.digit_fragments(v)
    elif kind == "ID":
        v, cues, idname = ids.make_id(loc, rng, given, sur)
        cued = rng.random() < 0.6
        item["cue"] = rng.choice(cues) if cued else ""
        form = f"{idname}-{'cue' if cued else 'bare'}"
        frags = fm.digit_fragments(v)
    elif kind == "ADDRESS":
        v, frags, form = places.make_address(loc, rng)
    elif kind == "PERSON":
        prefix, v, form, slot = _person_written(loc, lang, rng, plain)
        item.update(prefix=prefix, slot=slot)
        frags = fm.name_fragments(v)
    else:
        full = rng.choice(nm.MEMBERS[loc])
        prefix, v, form, slot = _member_written(full, lang, rng, plain)
        item.update(prefix=prefix, slot=slot)
        frags = fm.name_fragments(v)
    item.update(value=v, form=form, frags=frags)
    return item


def clause(item: dict, loc: str, lang: str, rng: random.Random) -> str:
    kind, slot, written = item["kind"], item["slot"], item["prefix"] + item["value"]
    if slot == "poss":
        return rng.choice(_pool(loc, lang, "POSS")).format(v=written)
    if slot in ("erg", "dat", "com", "gen"):
        return rng.choice(EU["INFL"][slot]).format(v=written)
    if kind == "ID":
        if item["cue"]:
            return rng.choice(_pool(loc, lang, "ID")).format(c=item["cue"], v=written)
        return rng.choice(_pool(loc, lang, "IDX")).format(v=written)
    if kind == "ADDRESS" and ("\n" in written or rng.random() < 0.25):
        return rng.choice(_pool(loc, lang, "ADDRBLOCK")) + ":\n" + written
    return rng.choice(_pool(loc, lang, kind)).format(v=written)


def form_line(item: dict, loc: str, lang: str, rng: random.Random, sep: str) -> str:
    kind, written = item["kind"], item["prefix"] + item["value"]
    if kind == "ID" and not item["cue"]:
        return f"{REMARK[lang]}{sep}" + clause(item, loc, lang, rng)
    label = item["cue"] if kind == "ID" else TEXTS[lang]["label"][kind]
    if "\n" in written:
        written = written.replace("\n", ", ")
        item["value"] = item["value"].replace("\n", ", ")
        item["form"] = "one-line"
    return f"{label}{sep}{written}"


def filler(loc: str, lang: str, rng: random.Random, with_looks: bool):
    """A domain sentence, with its look-alikes (text, [(look, kind)])."""
    if not with_looks:
        return rng.choice(_pool(loc, lang, "free")), []
    tpl = rng.choice(_pool(loc, lang, "filler"))
    found = []
    slots = {}
    for name in SLOT.findall(tpl):
        if name not in slots:
            slots[name] = looks.make_look(name, loc, rng)
            found.append(slots[name])
    return tpl.format(**{k: v[0] for k, v in slots.items()}), found


# --- genres -----------------------------------------------------------------------------------


def _clock(rng: random.Random) -> str:
    return f"[{rng.randint(5, 23):02d}:{rng.randint(0, 59):02d}]"


def assemble(genre: str, items: list[dict], fills: list[str], loc: str, lang: str,
             rng: random.Random) -> str:
    """Write the post's text in one genre from its items and its domain sentences."""
    t = TEXTS[lang]
    if genre in ("form", "table"):
        sep = rng.choice([": ", ":\t", " - "]) if genre == "form" else " | "
        lines = [form_line(it, loc, lang, rng, sep) for it in items]
        lines += [f"{REMARK[lang]}{sep}{f}" for f in fills]
        rng.shuffle(lines)
        if genre == "table":
            head = f"{t['head'][0]} | {t['head'][1]}"
            return "\n".join([head, "-" * len(head)] + lines)
        return "\n".join([rng.choice(_pool(loc, lang, "subject"))] + lines)
    if genre == "email":
        body = [clause(it, loc, lang, rng) for it in items if it["kind"] not in CONTACT]
        sig = [it["prefix"] + it["value"] for it in items if it["kind"] in CONTACT]
        parts = body + fills
        rng.shuffle(parts)
        if not parts:
            parts = [rng.choice(_pool(loc, lang, "free"))]
        return "\n".join([rng.choice(_pool(loc, lang, "hello")), "", _join(parts), "",
                          rng.choice(t["bye"]), rng.choice(t["role"])] + sig)
    parts = [clause(it, loc, lang, rng) for it in items] + fills
    rng.shuffle(parts)
    if genre == "thread":
        first, rest = parts[0], parts[1:]
        reply = _join(rest) if rest else rng.choice(t["reply"])
        quoted = "\n".join("> " + line for line in first.split("\n"))
        return f"{quoted}\n\n{reply}"
    if genre == "chat":
        return "\n".join(f"{_clock(rng)} {p}" for p in parts)
    if genre == "bullets":
        mark = rng.choice(["- ", "* ", "• "])
        head = rng.choice(_pool(loc, lang, "subject"))
        return "\n".join([head] + [mark + p for p in parts])
    return _join(parts)


def _join(parts: list[str]) -> str:
    return " ".join(parts) if all("\n" not in p for p in parts) else "\n".join(parts)


def _ok(text: str, items: list[dict], found: list[tuple[str, str]]) -> bool:
    """The redraw rule: fragments absent from the background and from other values;
    look-alikes apart from values and free of fragments; PERSON apart from the roster."""
    spans = []
    for it in items:
        v = it["value"]
        if v not in text or not it["frags"]:
            return False
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(v), text)]
        back = fm.norm(text.replace(v, " "))
        if any(fm.occurs(f, back, True) for f in it["frags"]):
            return False
        for other in items:
            if other is not it and (
                v in other["value"] or any(fm.occurs(f, other["value"]) for f in it["frags"])
            ):
                return False
        if it["kind"] == "PERSON":
            if any(fm.norm(tok) in ROSTER for tok in re.findall(r"\w+", v)):
                return False
    for look, _ in found:
        if look not in text:
            return False
        for m in re.finditer(re.escape(look), text):
            if any(m.start() < e and s < m.end() for s, e in spans):
                return False
        if any(fm.occurs(f, look) for it in items for f in it["frags"]):
            return False
    return True


def make_post(loc: str, i: int, seed: int) -> Post:
    rng = random.Random(f"{seed}:{i}:{loc}")
    for _ in range(200):
        lang = _lang(loc, rng)
        genre = rng.choice(GENRES)
        plain = genre in ("form", "table")
        if i < LABELLED:
            first = KINDS[i % len(KINDS)]
            others = [k for k in KINDS if k != first]
            kinds = [first] + rng.sample(others, rng.choice([0, 1, 1, 2]))
            items = [make_item(k, loc, lang, rng, plain) for k in kinds]
            n_fill = rng.choice([0, 1, 1, 2])
        else:
            items = []
            n_fill = rng.choice([1, 2, 2, 3])
        with_looks = i < LABELLED or (i - LABELLED) % 3 != 0
        fills, found = [], []
        for k in range(n_fill):
            text, got = filler(loc, lang, rng, with_looks and (k < 2 or rng.random() < 0.3))
            fills.append(text)
            found += got
        if i >= LABELLED and with_looks and not found:
            text, got = filler(loc, lang, rng, True)
            fills.append(text)
            found += got
        text = assemble(genre, items, fills, loc, lang, rng)
        if _ok(text, items, found):
            return Post(
                text=text, locale=loc,
                items=[(it["kind"], list(it["frags"]), it["value"]) for it in items],
                item_forms=[it["form"] for it in items], pii_free=not items,
                lookalikes=[lk for lk, _ in found], lookalike_kinds=[k for _, k in found],
            )
    raise AssertionError(f"no valid draw for {loc} post {i}")


def make_set(*, seed: int) -> tuple[list[str], list[Post]]:
    members = [name for loc in LOCALES for name in nm.MEMBERS[loc]]
    posts = [make_post(loc, i, seed) for loc in LOCALES for i in range(LABELLED + FREE)]
    return members, posts
