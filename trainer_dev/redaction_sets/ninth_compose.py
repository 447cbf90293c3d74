"""Composition of one post of the ninth set from a genre, its items and filler."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import ninth_contact as contact
from trainer_dev.redaction_sets import ninth_looks as looks
from trainer_dev.redaction_sets import ninth_numbers as numbers
from trainer_dev.redaction_sets import ninth_people as people
from trainer_dev.redaction_sets.ninth_places import address
from trainer_dev.redaction_sets.ninth_text_en import EN, ID_LABELS
from trainer_dev.redaction_sets.ninth_text_es_it import ES, IT
from trainer_dev.redaction_sets.ninth_text_eu import DE, FR
from trainer_dev.redaction_sets.ninth_text_nl_pt import NL, PT
from trainer_dev.redaction_sets.ninth_towns import TOWNS

TEXT = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT}
GENRES = (
    "update",
    "recap",
    "recommend",
    "thread",
    "notes",
    "classified",
    "service",
    "signature",
    "cv",
)
VALUE_MAKERS = {
    "EMAIL": contact.email,
    "URL": contact.url,
    "PHONE": numbers.phone,
    "IP": numbers.ip_address,
    "CARD": numbers.card,
    "IBAN": numbers.iban,
    "ID": numbers.national_id,
    "ADDRESS": address,
}
# names with no cue word at all (attribution lines, cc lines, a name and a company)
BARE_NAME = ["— {x}", "cc {x}", "{x} ({co})", "{x}", "{x} / {co}"]
RECORDED_FILLERS = {"date": "DATE", "time": "TIME", "amount": "AMOUNT", "version": "VERSION"}


def roster(rng: random.Random, locales, per_locale: int) -> dict[str, list[tuple[str, str]]]:
    out = {}
    for locale in locales:
        surnames = rng.sample(people.SURNAME_LISTS[locale], per_locale)
        givens = rng.sample(people.GIVEN_LISTS[locale], per_locale)
        out[locale] = list(zip(givens, surnames, strict=True))
    return out


def _filler(rng: random.Random, locale: str, key: str) -> str:
    lang = locale[:2]
    if key == "co":
        return rng.choice(looks.COMPANIES[lang])
    if key == "place":
        return rng.choice(TOWNS[locale])[0]
    if key == "date":
        return looks.date(rng, locale)
    if key == "time":
        return looks.time_of_day(rng, locale)
    if key == "amount":
        return looks.amount(rng, locale)
    if key == "version":
        return looks.version(rng)
    if key == "event":
        return rng.choice(looks.EVENTS)
    if key == "product":
        return rng.choice(looks.PRODUCTS)
    return str(rng.randint(2, 40))


FILLER_KEYS = ("co", "place", "date", "time", "amount", "version", "event", "product", "n", "n2")


class _Builder:
    def __init__(self, rng: random.Random, locale: str):
        self.rng, self.locale, self.lang = rng, locale, locale[:2]
        self.t = TEXT[self.lang]
        self.company = _filler(rng, locale, "co")
        self.looks: list[tuple[str, str]] = []

    def render(self, frame: str, **slots: str) -> str:
        for key, value in slots.items():
            frame = frame.replace("{" + key + "}", value)
        for key in FILLER_KEYS:  # fresh values for every sentence
            token = "{" + key + "}"
            while token in frame:  # each occurrence its own value
                value = _filler(self.rng, self.locale, key)
                for _ in range(5):
                    if value not in frame:
                        break
                    value = _filler(self.rng, self.locale, key)
                if key == "n2":
                    value = str(self.rng.randint(41, 400))
                frame = frame.replace(token, value, 1)
                if key in RECORDED_FILLERS:
                    self.looks.append((value, RECORDED_FILLERS[key]))
        return frame

    def pick(self, key: str) -> str:
        return self.rng.choice(self.t[key])


def _name_item(rng, locale, kind, members):
    lang = locale[:2]
    if kind == "MEMBER":
        name = rng.choice(members)
        form = rng.choice(people.MEMBER_FORMS)
    else:
        taken = {s for _, s in members}
        name = people.draw_name(rng, locale)
        while name[1] in taken:
            name = people.draw_name(rng, locale)
        form = rng.choice(people.PERSON_FORMS)
    shown, value = people.written(rng, name, form, lang)
    if lang == "en" and form == "surname" and rng.random() < 0.5:
        form = "title+surname"
        title = rng.choice(people.TITLES["en"])
        shown, value = f"{title} {value}", value
    return shown, value, form, ["n:" + tok for tok in people.tokens(value)]


def compose(
    rng: random.Random, locale: str, kinds: list[str], members, post_cls, *, plain: bool = False
):
    """One post; ``plain``: a PII-free post with no look-alike or number-like value at all."""
    b = _Builder(rng, locale)
    t, lang = b.t, b.lang
    genre = rng.choice(GENRES)
    items, forms = [], []
    names, others = [], []  # (shown text, form) / (kind, value)
    for kind in kinds:
        if kind in ("MEMBER", "PERSON"):
            shown, value, form, frags = _name_item(rng, locale, kind, members)
            names.append((shown, value, form))
        else:
            value, form, frags = VALUE_MAKERS[kind](rng, locale)
            others.append((kind, value))
        items.append((kind, frags, value))
        forms.append(form)
    opener, closer = t["GENRES"].get(genre, ([""], [""]))
    head = b.render(rng.choice(opener)) if genre in t["GENRES"] else ""
    greeting = ""
    if genre in ("signature", "thread", "service") and names and rng.random() < 0.6:
        shown, _, form = names.pop(0)
        greeting = b.render(b.pick("GREET"), x=shown)
    elif genre == "signature":
        greeting = b.render(rng.choice(t["GREET_ALL"]))
    body: list[str] = []
    sign_name = ""
    if genre in ("signature", "cv") and names and rng.random() < 0.7:
        sign_name = names.pop()[0]
    if len(names) >= 2 and rng.random() < 0.5:
        shown = [n[0] for n in names]
        joined = ", ".join(shown[:-1]) + f" {t['AND']} " + shown[-1]
        body.append(b.render(b.pick("LIST"), x=joined))
        names = []
    for shown, value, form in names:
        if form == "possessive":
            suffix = people.possessive_suffix(lang, value)
            body.append(b.render(b.pick("POSSESSIVE"), x=shown, s=suffix))
        else:
            frames = t["NAME"] if rng.random() < 0.85 else BARE_NAME
            body.append(b.render(rng.choice(frames), x=shown))
    contact_lines: list[str] = []
    for kind, value in others:
        if genre in ("signature", "cv") and rng.random() < 0.8:
            label = t["CV"][kind] if genre == "cv" or rng.random() < 0.5 else ""
            contact_lines.append(f"{label}: {value}" if label else value)
        else:
            label = ID_LABELS[locale] if kind == "ID" else ""
            body.append(b.render(b.pick(kind), x=value, label=label))
    count = rng.choice([0, 1, 1, 2, 3]) if items else rng.randint(2, 5)
    frames = t["FILLER"]
    if plain:
        frames = [f for f in frames if not any("{" + k + "}" in f for k in RECORDED_FILLERS)]
    for frame in rng.sample(frames, min(count, len(frames))):  # no sentence twice in a post
        body.insert(rng.randint(0, len(body)), b.render(frame))
    if rng.random() < 0.3:
        rng.shuffle(body)
    _add_looks(b, body, chance=0.0 if plain else 0.4 if items else 0.6)
    if not body and not contact_lines and not sign_name:
        body.append(b.render(b.pick("FILLER")))
    text = _layout(b, genre, head, greeting, body, contact_lines, sign_name, closer)
    post = post_cls(locale=locale, text=text, items=items, item_forms=forms, genre=genre)
    for value, kind in b.looks:
        post.lookalikes.append(value)
        post.lookalike_kinds.append(kind)
    return post


def _add_looks(b: _Builder, body: list[str], chance: float) -> None:
    rng = b.rng
    count = 0
    while rng.random() < chance and count < 3:
        kind = rng.choice(looks.LOOK_KINDS)
        value = looks.lookalike(rng, kind, b.locale)
        frame = rng.choice(b.t["LOOK"][kind])
        body.insert(rng.randint(0, len(body)), b.render(frame, x=value))
        b.looks.append((value, kind))
        count += 1


def _layout(b, genre, head, greeting, body, contact_lines, sign_name, closer) -> str:
    rng, t = b.rng, b.t
    tail = b.render(rng.choice(closer)) if genre in t["GENRES"] else ""
    if genre == "notes":
        bullet = rng.choice(["- ", "* ", "• ", ""])
        parts = [head] + [bullet + s for s in body] + [tail]
        return "\n".join(p for p in parts if p)
    if genre == "thread":
        parts = [head, greeting] + [rng.choice(["> ", "↳ ", ""]) + s for s in body] + [tail]
        return "\n".join(p for p in parts if p)
    if genre in ("signature", "cv"):
        block = []
        if sign_name:
            block.append(f"{t['CV']['name']}: {sign_name}" if genre == "cv" else sign_name)
        if genre == "signature":
            block.append(f"{rng.choice(t['ROLES'])} | {b.company}")
        block += contact_lines
        if genre == "cv":
            return "\n".join(block + [" ".join(body)]).strip()
        parts = [greeting, " ".join(body), b.pick("SIGN"), "\n".join(block)]
        return "\n\n".join(p for p in parts if p).replace(
            "\n\n" + "\n".join(block), "\n" + "\n".join(block)
        )
    sep = rng.choice([" ", " ", "\n"])
    return sep.join(p for p in [head, greeting, *body, tail] if p)
