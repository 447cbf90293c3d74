"""Post assembly of the fiftieth set: languages per locale, genres, look-alikes, and the redraw
rule (no fragment in the background or in another value; look-alikes apart from values)."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import fiftieth_looks as looks
from trainer_dev.redaction_sets.fiftieth_items import Item, make_item
from trainer_dev.redaction_sets.fiftieth_match import any_hit
from trainer_dev.redaction_sets.fiftieth_text_dlc import CY, DE, LB
from trainer_dev.redaction_sets.fiftieth_text_en import EN_ID_CUES, LOCAL_FILLERS
from trainer_dev.redaction_sets.fiftieth_text_en import TEXT as EN
from trainer_dev.redaction_sets.fiftieth_text_rom import ES, FR, IT, PT

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
TEXTS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "pt": PT, "cy": CY, "lb": LB}
# the languages a locale's posts are written in, with weights (offices mix them)
LANGS = {
    "en_US": [("en", 1)], "en_GB": [("en", 1)], "en_IN": [("en", 1)], "en_GI": [("en", 1)],
    "en_IM": [("en", 1)], "de_AT": [("de", 1)], "fr_CH": [("fr", 1)], "es_AR": [("es", 1)],
    "it_IT": [("it", 1)], "pt_PT": [("pt", 1)], "cy_GB": [("cy", 6), ("en", 4)],
    "lb_LU": [("lb", 5), ("fr", 3), ("de", 2)],
}
GENRES = ["note", "thread", "form", "table", "email", "chat", "bullets"]
TABLE_HEAD = {"en": ("Field", "Value"), "de": ("Feld", "Wert"), "fr": ("Champ", "Valeur"),
              "es": ("Campo", "Valor"), "it": ("Campo", "Valore"), "pt": ("Campo", "Valor"),
              "cy": ("Maes", "Gwerth"), "lb": ("Feld", "Wäert")}
SPEAKERS = ["helpdesk", "oncall", "noc-bot", "L2", "me", "servicedesk", "ops"]
BULLETS = ["- ", "* ", "• ", "1) "]


def pick_lang(rng: random.Random, locale: str) -> str:
    langs = LANGS[locale]
    return rng.choices([lang for lang, _ in langs], [w for _, w in langs])[0]


def _fill_look(rng: random.Random, locale: str, sentence: str, looks_out: list) -> str:
    for group in ("ref", "when", "money", "measure", "company", "place", "word", "ticket",
                  "order", "invoice", "part", "serial", "version"):
        key = "{L:" + group + "}"
        while key in sentence:
            value, kind = looks.lookalike(rng, locale, group)
            looks_out.append((value, kind))
            sentence = sentence.replace(key, value, 1)
    return sentence


def filler(rng: random.Random, locale: str, lang: str, looks_out: list, allow_look: bool) -> str:
    pool = list(TEXTS[lang]["fillers"]) + (LOCAL_FILLERS.get(locale, []) if lang == "en" else [])
    if not allow_look:
        pool = [s for s in pool if "{L" not in s]
    return _fill_look(rng, locale, rng.choice(pool), looks_out)


def look_sentence(rng: random.Random, locale: str, lang: str, looks_out: list) -> str:
    group = rng.choice(["ref", "ref", "ref", "ref", "when", "when", "money", "measure", "company",
                        "place", "word"])
    value, kind = looks.lookalike(rng, locale, group)
    looks_out.append((value, kind))
    return rng.choice(TEXTS[lang]["frames"][group]).replace("{L}", value)


def clause(rng: random.Random, item: Item, lang: str) -> str:
    """The sentence that carries the item, in the item's language."""
    clauses = TEXTS[lang]["clauses"]
    shown = item.prefix + item.value
    if item.kind == "ID":
        cues = TEXTS[lang]["id_cues"].get(item.id_type) or EN_ID_CUES.get(item.id_type)
        if cues and rng.random() < 0.37:  # label lines always carry a cue: ~40 % bare overall
            item.form = "cue"
            cue = rng.choice(cues)
            return rng.choice(clauses["ID"]).replace("{cue}", cue).replace("{x}", shown)
        return rng.choice(clauses["ID_BARE"]).replace("{x}", shown)
    if item.kind == "EMAIL" and item.form == "angle":
        shown = f"<{item.value}>"
    key = item.template or item.kind
    template = rng.choice(clauses[key])
    if template.startswith("{x}") and shown[:1].islower() and item.kind == "MEMBER" and item.prefix:
        shown = shown[0].upper() + shown[1:]
    return template.replace("{x}", shown)


def label_line(rng: random.Random, item: Item, lang: str) -> str:
    label = rng.choice(TEXTS[lang]["labels"][item.kind])
    if item.kind == "ADDRESS" and item.multiline:
        return f"{label}:\n{item.value}"
    if item.kind == "ID":
        item.form = "cue"  # the label is a cue word, the id's own where the language has one
        cues = TEXTS[lang]["id_cues"].get(item.id_type) or EN_ID_CUES.get(item.id_type)
        if cues:
            label = rng.choice(cues)
    return f"{label}: {item.prefix if item.kind != 'MEMBER' else ''}{item.value}"


def assemble(rng: random.Random, locale: str, genre: str, items: list[Item],
             looks_out: list, n_fill: int, n_look: int) -> str:
    lang = pick_lang(rng, locale)
    t = TEXTS[lang]
    item_langs = [pick_lang(rng, locale) for _ in items]
    # items whose form needs its own templates are written in a language that has them
    for i, item in enumerate(items):
        if item.template and item.template not in TEXTS[item_langs[i]]["clauses"]:
            has_de = any(code == "de" for code, _ in LANGS[locale])
            item_langs[i] = {"POSS": "de" if has_de else "en", "ART": lang}[item.template]
            if item.template not in TEXTS[item_langs[i]]["clauses"]:
                item_langs[i] = next(code for code, _ in LANGS[locale]
                                     if item.template in TEXTS[code]["clauses"])
    extra: list[str] = []
    for _ in range(n_fill):
        s = filler(rng, locale, pick_lang(rng, locale), looks_out, True)
        if s not in extra:
            extra.append(s)
    extra += [look_sentence(rng, locale, pick_lang(rng, locale), looks_out) for _ in range(n_look)]
    labelled = genre in ("form", "table") or genre == "email" and rng.random() < 0.5
    body_items = [it for it in items if not (labelled and not it.template)]
    sig_items = [it for it in items if labelled and not it.template]
    sentences = [clause(rng, it, item_langs[items.index(it)]) for it in body_items]
    sentences += extra
    rng.shuffle(sentences)
    if genre == "note":
        parts = [rng.choice(t["openers"])] + sentences + [rng.choice(t["closers"])]
        return " ".join(p for p in parts if p)
    if genre == "bullets":
        mark = rng.choice(BULLETS)
        head = rng.choice(t["openers"]) or rng.choice(t["titles"]) + ":"
        marks = [f"{k}) " if mark == "1) " else mark for k in range(1, len(sentences) + 1)]
        return head + "\n" + "\n".join(m + s for m, s in zip(marks, sentences, strict=True))
    if genre == "chat":
        hour = rng.randint(0, 23)
        lines = []
        for k, s in enumerate(sentences):
            lines.append(f"[{hour:02d}:{(7 * k + rng.randint(0, 5)) % 60:02d}] "
                         f"{rng.choice(SPEAKERS)}: {s}")
        return "\n".join(lines)
    if genre == "thread":
        first, rest = sentences[0], sentences[1:]
        reply = " ".join(rest) if rest else rng.choice(t["replies"])
        return f"> {first}\n\n{reply}\n\n> {rng.choice(t['replies'])}"
    if genre == "form":
        lines = [rng.choice(t["titles"])]
        lines += [label_line(rng, it, lang) for it in sig_items]
        lines += sentences
        return "\n".join(lines)
    if genre == "table":
        head = TABLE_HEAD[lang]
        rows = [f"| {head[0]} | {head[1]} |", "|---|---|"]
        for it in sig_items:
            key, _, value = label_line(rng, it, lang).partition(": ")
            rows.append(f"| {key} | {value.replace(chr(10), ', ')} |")
        text = "\n".join(rows)
        return text + ("\n\n" + " ".join(sentences) if sentences else "")
    # e-mail with a signature block
    lines = [rng.choice(t["subjects"]), "", rng.choice(t["greet"]), ""]
    lines.append(" ".join(sentences) if sentences else rng.choice(t["replies"]))
    lines += ["", rng.choice(t["signoff"])]
    for it in sig_items:
        if it.kind in ("PERSON", "MEMBER"):
            lines.append(it.prefix + it.value if it.kind == "PERSON" else it.value)
        else:
            lines.append(label_line(rng, it, lang))
    lines.append(rng.choice(["Service Desk", "IT Operations", "Cloud Platform Team", "NOC"]))
    return "\n".join(lines)


def spans(text: str, value: str) -> list[tuple[int, int]]:
    out, start = [], 0
    while (i := text.find(value, start)) >= 0:
        out.append((i, i + len(value)))
        start = i + 1
    return out


def valid(text: str, items: list[Item], lookalikes: list[tuple[str, str]]) -> bool:
    """The redraw rule: values present and apart; fragments absent from the background and
    from other values; look-alikes present, apart from values and free of fragments."""
    taken: list[tuple[int, int]] = []
    for it in items:
        s = spans(text, it.value)
        if not s or any(any_hit([f], it.value) is False for f in it.fragments):
            return False
        taken += s
        if any_hit(it.fragments, text.replace(it.value, " ")):
            return False
        for other in items:
            if other is not it and (any_hit(it.fragments, other.value)
                                    or it.value in other.value):
                return False
    for value, _ in lookalikes:
        s = spans(text, value)
        if not s or any(a < d and c < b for a, b in s for c, d in taken):
            return False
        if any(any_hit(it.fragments, value) for it in items):
            return False
    return True


def make_post(rng: random.Random, i: int, locale: str, kinds: list[str], roster: list,
              given_pool: list[str], surname_pool: list[str]) -> tuple[str, list[Item], list]:
    for _ in range(400):
        genre = rng.choice(GENRES)
        multiline = genre in ("form", "email")
        lang_hint = pick_lang(rng, locale)
        items = [make_item(rng, k, locale, lang_hint, roster, given_pool, surname_pool, multiline)
                 for k in kinds]
        looks_out: list = []
        n_look = rng.choice([0, 0, 1, 1, 2])
        text = assemble(rng, locale, genre, items, looks_out, rng.randint(0, 2), n_look)
        if valid(text, items, looks_out):
            return text, items, looks_out
    raise RuntimeError(f"no valid post {i} for {locale}")


def make_free(rng: random.Random, i: int, locale: str) -> tuple[str, list]:
    for _ in range(400):
        genre = rng.choice(["note", "thread", "chat", "bullets", "email"])
        looks_out: list = []
        plain = i % 3 == 0
        lang = pick_lang(rng, locale)
        n_fill = rng.randint(2, 4)
        sentences: list[str] = []
        for _ in range(n_fill):
            s = filler(rng, locale, pick_lang(rng, locale), looks_out, not plain)
            if s not in sentences:
                sentences.append(s)
        if not plain and not looks_out:
            sentences.append(look_sentence(rng, locale, lang, looks_out))
        t = TEXTS[lang]
        if genre == "note":
            text = " ".join(p for p in [rng.choice(t["openers"])] + sentences if p)
        elif genre == "thread":
            text = f"> {sentences[0]}\n\n" + " ".join(sentences[1:])
        elif genre == "chat":
            text = "\n".join(f"[{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}] "
                             f"{rng.choice(SPEAKERS)}: {s}" for s in sentences)
        elif genre == "bullets":
            text = "\n".join("- " + s for s in sentences)
        else:
            text = "\n".join([rng.choice(t["subjects"]), "", rng.choice(t["greet"]), "",
                              " ".join(sentences), "", rng.choice(t["signoff"]), "Service Desk"])
        if all(v in text for v, _ in looks_out) and len(looks_out) <= 3:
            return text, looks_out
    raise RuntimeError(f"no free post {i} for {locale}")
