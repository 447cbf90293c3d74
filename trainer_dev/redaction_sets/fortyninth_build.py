"""Assembles the forty-ninth set's posts: items, look-alikes, genres, and the redraw rule.

One ``random.Random(f"{seed}:{i}:{locale}")`` per post; a post is redrawn from the same
generator until no fragment of an item occurs in its background or in another value and no
look-alike overlaps a value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from trainer_dev.redaction_sets import (
    fortyninth_text_en,
    fortyninth_text_ga,
    fortyninth_text_germanic,
    fortyninth_text_nl,
    fortyninth_text_nordic,
    fortyninth_text_romance,
)
from trainer_dev.redaction_sets.fortyninth_ids import national_id
from trainer_dev.redaction_sets.fortyninth_looks import LOOK_KINDS, lookalike
from trainer_dev.redaction_sets.fortyninth_match import digit_windows, fragment_in, norm
from trainer_dev.redaction_sets.fortyninth_names import member_mention, person_name
from trainer_dev.redaction_sets.fortyninth_people import given, surname_for, surnames
from trainer_dev.redaction_sets.fortyninth_places import (
    PO_BOX,
    postcode,
    street_tokens,
    streets,
    towns,
)
from trainer_dev.redaction_sets.fortyninth_values import card, email, fold, iban, ip, phone, url

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
GENRES = ["note", "thread", "form", "table", "signature", "chat", "list"]
TEXTS = {
    "en_AU": fortyninth_text_en, "en_CA": fortyninth_text_en, "en_LS": fortyninth_text_en,
    "nl_NL": fortyninth_text_nl, "nl_CW": fortyninth_text_nl, "sv_SE": fortyninth_text_nordic,
    "fi_FI": fortyninth_text_nordic, "es_MX": fortyninth_text_romance,
    "fr_BE": fortyninth_text_romance, "de_CH": fortyninth_text_germanic,
    "af_ZA": fortyninth_text_germanic, "ga_IE": fortyninth_text_ga,
}
COLONIAS = ["Centro", "Roma Norte", "Del Valle", "Narvarte", "Jardines del Bosque", "Obispado",
            "La Paz", "Juriquilla", "Industrial"]
PLATFORM_HOSTS = ("instagram.com", "youtube.com", "facebook.com", "tiktok.com", "flickr.com",
                  "linktr.ee", "github.com", "photos.app.goo.gl", "we.tl", "dropbox.com",
                  "imgur.com")


@dataclass
class Item:
    kind: str
    value: str
    form: str
    fragments: list[str]
    frame: str | None = None  # a frame this written form needs (possessives, vocatives)
    cue: str | None = None  # ids: the cue word, None when written bare
    lines: str | None = None  # addresses: the multi-line form for forms and signatures


@dataclass
class Roster:
    locale: str
    members: list[tuple[str, str]]  # (given, surname as written)
    person_given: list[str]
    person_surnames: list[str]


def make_roster(seed: int, locale: str) -> list[tuple[str, str]]:
    rng = random.Random(f"{seed}:roster:{locale}")
    gs = rng.sample(given(locale), 8)
    ss = rng.sample(surnames(locale), 8)
    return [(g, surname_for(locale, s, g)) for g, s in zip(gs, ss, strict=True)]


def tokens_of(name: str) -> set[str]:
    return {fold(t).lower() for t in name.replace("-", " ").split()}


# --- items -------------------------------------------------------------------------------


def url_fragments(value: str) -> list[str]:
    rest = value.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    host = host.removeprefix("www.")
    if any(host.endswith(h) for h in PLATFORM_HOSTS) or host in ("we.tl",):
        slug = [p for p in path.split("/") if p][-1].lstrip("@")
        return ["t:" + slug.lower()]
    return ["t:" + host.lower()]


def address(rng: random.Random, locale: str) -> tuple[str, str, list[str], str]:
    town, pattern = rng.choice(towns(locale))
    pc = postcode(rng, locale, pattern) if pattern else ""
    street = rng.choice(streets(locale))
    n = str(rng.randint(1, 240))
    frags = ["t:" + fold(t).lower() for t in street_tokens(street)]
    frags = frags or ["t:" + fold(street).lower()]
    form = rng.choice(["oneline", "oneline", "oneline", "pobox", "no-postcode"])
    if form == "pobox":
        box = str(rng.randint(100, 9899))
        head = PO_BOX[locale].format(n=box)
        frags = ["p:" + box]
        tail = _town_line(locale, town, pc)
        if pc:
            frags.append("p:" + pc.lower())
        return f"{head}, {tail}", form, frags, f"{head}\n{tail}"
    if locale in ("en_AU", "en_CA", "en_LS", "ga_IE"):
        first = f"{n} {street}"
        if locale == "en_AU" and rng.random() < 0.3:
            first = f"Unit {rng.randint(1, 12)}/{n} {street}"
        if locale == "en_CA" and rng.random() < 0.3:
            first = f"{n} {street}, Apt {rng.randint(101, 1204)}"
    elif locale == "es_MX":
        first = f"{street} {n}" + (f" int. {rng.randint(1, 12)}" if rng.random() < 0.3 else "") \
            + f", Col. {rng.choice(COLONIAS)}"
    elif locale == "fi_FI":
        first = f"{street} {n}" + (f" {rng.choice('ABC')} {rng.randint(1, 40)}"
                                   if rng.random() < 0.5 else "")
    elif locale == "fr_BE":
        first = f"{street} {n}" + (f" bte {rng.randint(1, 20)}" if rng.random() < 0.3 else "")
    elif locale in ("nl_NL", "nl_CW") and rng.random() < 0.25:
        first = f"{street} {n}{rng.choice(['A', 'B', '-2', '-hs', ' bis', '-III'])}"
    else:
        first = f"{street} {n}"
    if form == "no-postcode" or not pc:
        tail = town.split(",")[0] if locale != "nl_CW" else f"{town}, Curaçao"
        return f"{first}, {tail}", "no-postcode", frags, f"{first}\n{tail}"
    frags.append("p:" + pc.lower())
    tail = _town_line(locale, town, pc)
    return f"{first}, {tail}", form, frags, f"{first}\n{tail}"


def _town_line(locale: str, town: str, pc: str) -> str:
    if not pc:
        return town + (", Curaçao" if locale == "nl_CW" else "")
    if locale in ("en_AU", "en_CA", "en_LS", "ga_IE"):
        return f"{town} {pc}"
    if locale == "af_ZA":
        return f"{town}, {pc}"
    if locale == "es_MX":
        return f"{pc} {town}"
    return f"{pc} {town}"


def make_item(rng: random.Random, kind: str, roster: Roster, texts: dict) -> Item:
    loc = roster.locale
    pg, ps = rng.choice(roster.person_given), rng.choice(roster.person_surnames)
    if kind == "EMAIL":
        v, form = email(rng, loc, pg, ps)
        return Item(kind, v, form, ["t:" + norm(v.split("@")[0])])
    if kind == "PHONE":
        v, form = phone(rng, loc)
        return Item(kind, v, form, digit_windows(v))
    if kind == "URL":
        v, form = url(rng, loc, pg, ps)
        return Item(kind, v, form, url_fragments(v))
    if kind == "IP":
        v, form = ip(rng)
        return Item(kind, v, form, ["p:" + v.lower()])
    if kind == "CARD":
        v, form = card(rng)
        return Item(kind, v, form, digit_windows(v))
    if kind == "IBAN":
        v, form = iban(rng, loc)
        return Item(kind, v, form, digit_windows(v))
    if kind == "ID":
        v, sub = national_id(rng, loc)
        frags = digit_windows(v) or ["s:" + v.lower()]
        cue = rng.choice(texts["cue"][sub]) if rng.random() < 0.6 else None
        return Item(kind, v, f"{sub}:{'cue' if cue else 'bare'}", frags, cue=cue)
    if kind == "PERSON":
        w, form, frags = person_name(rng, loc, pg, surname_for(loc, ps, pg))
        return Item(kind, w, form, frags)
    if kind == "MEMBER":
        g, s = rng.choice(roster.members)
        w, form, frags, frame = member_mention(rng, loc, g, s, texts.get("POSS", []))
        return Item(kind, w, form, frags, frame=frame)
    v, form, frags, lines = address(rng, loc)
    return Item(kind, v, form, frags, lines=lines)


# --- sentences and genres ----------------------------------------------------------------


def item_sentence(rng: random.Random, item: Item, texts: dict) -> str:
    if item.frame:
        return item.frame.replace("{v}", item.value)
    if item.kind == "ID":
        if item.cue:
            frame = rng.choice(texts["ID_cue"])
            out = frame.replace("{cue}", item.cue).replace("{v}", item.value)
            return out[0].upper() + out[1:] if frame.startswith("{cue}") else out
        return rng.choice(texts["ID_bare"]).replace("{v}", item.value)
    return rng.choice(texts[item.kind]).replace("{v}", item.value)


def item_label(item: Item, texts: dict) -> str:
    if item.kind == "ID" and item.cue:
        return item.cue[0].upper() + item.cue[1:]
    return texts["label"][item.kind]


def look_sentence(rng: random.Random, kind: str, locale: str, texts: dict) -> tuple[str, str]:
    if kind == "NAME_WORD":
        word, sentence = rng.choice(sorted(texts["name_words"].items()))
        return word, sentence
    value = lookalike(rng, locale, kind)
    return value, rng.choice(texts["look"][kind]).replace("{v}", value)


def flow(parts: list[str]) -> str:
    """Join sentences with a space, or a line break after one with no closing punctuation
    (a bare link or address at the end of a line)."""
    out = parts[0]
    for prev, part in zip(parts, parts[1:], strict=False):
        out += (" " if prev.rstrip()[-1:] in ".!?:)" else "\n") + part
    return out


def assemble(rng: random.Random, genre: str, items: list[Item], looks: list[str],
             texts: dict, free: list[str]) -> str:
    """Lay out a post: item sentences and look-alike sentences in the genre's shape."""
    opener = rng.choice(texts["open"])
    closer = rng.choice(texts["close"])
    sentences = [item_sentence(rng, it, texts) for it in items] + looks + free
    rng.shuffle(sentences)
    if genre == "form":
        lines = [rng.choice(texts["form_title"]), ""]
        lines += [f"{item_label(it, texts)}: {it.value}" for it in items if not it.frame]
        lines += [it.frame.replace("{v}", it.value) for it in items if it.frame]
        lines += looks + free
        return "\n".join(lines)
    if genre == "table":
        rows = [f"| {item_label(it, texts)} | {it.value} |" for it in items if not it.frame]
        after = [it.frame.replace("{v}", it.value) for it in items if it.frame]
        return "\n".join([opener, "", *rows, "", *after, *looks, *free, closer])
    if genre == "signature":
        sig_kinds = {"PHONE", "EMAIL", "URL", "ADDRESS", "MEMBER", "PERSON"}
        sig = [it for it in items if it.kind in sig_kinds and not it.frame]
        body = [item_sentence(rng, it, texts) for it in items if it not in sig]
        sig.sort(key=lambda it: it.kind not in ("MEMBER", "PERSON"))
        sig_lines = [it.value for it in sig]
        if not sig_lines:  # nothing to sign with: a plain note
            return flow([opener, *body, *looks, *free, closer])
        return "\n".join([flow([opener, *body, *looks, *free]), closer, "--", *sig_lines])
    if genre == "thread":
        quoted = sentences[: max(1, len(sentences) // 2)]
        rest = sentences[len(quoted):]
        return "\n".join([rng.choice(texts["quote_intro"]), *(f"> {s}" for s in quoted), "",
                          flow([rng.choice(texts["reply"]), *rest]), closer])
    if genre == "chat":
        who = texts["chat_who"]
        minute = rng.randint(7 * 60, 18 * 60)
        lines = []
        for s in [opener, *sentences]:
            speaker = who[0] if not lines else rng.choice(who)
            lines.append(f"[{minute // 60:02d}:{minute % 60:02d}] {speaker}: {s}")
            minute += rng.randint(1, 25)
        return "\n".join(lines)
    if genre == "list":
        return "\n".join([opener, *(f"- {s}" for s in sentences), closer])
    return flow([opener, *sentences, closer])


# --- checks ------------------------------------------------------------------------------


def clean(text: str, items: list[Item], looks: list[str]) -> bool:
    """The redraw rule: fragments only in their own value, look-alikes apart from values."""
    normed = {id(it): norm(it.value) for it in items}
    for it in items:
        if it.value not in text:
            return False
        background = norm(text.replace(it.value, " "))
        others = [normed[id(o)] for o in items if o is not it]
        for f in it.fragments:
            if fragment_in(background, f) or any(fragment_in(o, f) for o in others):
                return False
        for lk in looks:
            if lk in it.value or it.value in lk:
                return False
    return all(lk in text for lk in looks)


def draw_post(rng: random.Random, index: int, roster: Roster, labelled: bool):
    texts = TEXTS[roster.locale].texts(roster.locale)
    for _ in range(200):
        genre = rng.choice(GENRES)
        items: list[Item] = []
        if labelled:
            n = rng.choices([1, 2, 3], weights=[40, 35, 25])[0]
            first = KINDS[index % len(KINDS)]
            others = rng.sample([k for k in KINDS if k != first], n - 1)
            items = [make_item(rng, k, roster, texts) for k in [first, *others]]
            for it in items:  # addresses over several lines where the layout allows
                if it.lines and genre in ("form", "signature") and rng.random() < 0.5:
                    it.value, it.form = it.lines, it.form + "-multiline"
            n_looks = rng.choices([0, 1, 2], weights=[35, 40, 25])[0]
            free: list[str] = []
        else:
            n_looks = rng.choices([0, 1, 2, 3], weights=[35, 30, 20, 15])[0]
            free = rng.sample(texts["free"], rng.randint(1, 3))
            if genre in ("form", "table", "signature"):
                genre = rng.choice(["note", "list", "thread", "chat"])
        kinds = rng.sample(LOOK_KINDS, n_looks)
        pairs = [look_sentence(rng, k, roster.locale, texts) for k in kinds]
        looks = [v for v, _ in pairs]
        text = assemble(rng, genre, items, [s for _, s in pairs], texts, free)
        if clean(text, items, looks):
            return text, items, looks, kinds, genre
    raise RuntimeError(f"post {index} of {roster.locale}: no clean draw in 200 tries")
