"""Builder of the fortieth set: items with fragments and written forms, genres, posts."""

from __future__ import annotations

import ipaddress
import unicodedata

from trainer_dev.redaction_sets import fortieth_ids as ids
from trainer_dev.redaction_sets import fortieth_places as pl
from trainer_dev.redaction_sets.fortieth_core import (
    KINDS,
    Post,
    check_post,
    id_fragments,
    norm,
    tok,
)
from trainer_dev.redaction_sets.fortieth_looks import LOOK_KINDS, make_look
from trainer_dev.redaction_sets.fortieth_people import name_tokens, person_pools, roster
from trainer_dev.redaction_sets.fortieth_text_defr import DE, FR
from trainer_dev.redaction_sets.fortieth_text_en import EN
from trainer_dev.redaction_sets.fortieth_text_esitpt import ES, IT, PT
from trainer_dev.redaction_sets.fortieth_text_nlsv import NL, SV

LOCALES = ["en_US", "en_GB", "de_AT", "fr_FR", "es_MX", "nl_BE", "it_IT", "pt_PT", "sv_SE",
           "es_EC", "fr_GA", "en_LR"]
IBAN_LOCALES = {"en_GB", "de_AT", "fr_FR", "nl_BE", "it_IT", "pt_PT", "sv_SE"}
BANKS = {"en": EN, "de": DE, "fr": FR, "es": ES, "nl": NL, "it": IT, "pt": PT, "sv": SV}
GENRES = ["email", "form", "forum", "chat", "itinerary", "review"]

ID_CUE = {
    "ssn": "SSN", "us_passport": "passport number", "ktn": "Known Traveler Number",
    "nino": "National Insurance number", "gb_passport": "passport number", "nhs": "NHS number",
    "at_sv": "Sozialversicherungsnummer", "at_passport": "Reisepassnummer",
    "nir": "numéro de sécurité sociale", "fr_passport": "numéro de passeport", "curp": "CURP",
    "mx_passport": "número de pasaporte", "be_nn": "rijksregisternummer",
    "be_passport": "paspoortnummer", "cf": "codice fiscale", "it_passport": "numero di "
    "passaporto", "cie": "numero CIE", "nif": "NIF", "niss": "NISS",
    "pt_passport": "número de passaporte", "personnr": "personnummer",
    "samordningsnr": "samordningsnummer", "ec_cedula": "número de cédula",
    "ec_passport": "pasaporte", "ga_cni": "numéro de CNI", "ga_cnamgs": "numéro CNAMGS",
    "ga_passport": "numéro de passeport", "lr_nid": "national ID number",
    "lr_passport": "passport number", "aba_account": "routing / account number",
    "clabe": "CLABE", "rib_cemac": "RIB", "ec_account": "cuenta de ahorros",
    "lr_account": "account number",
}


BANK_FORMS = ("aba_account", "clabe", "rib_cemac", "ec_account", "lr_account")


def lang_of(locale: str) -> str:
    return locale[:2]


def bank(locale: str) -> dict:
    return BANKS[lang_of(locale)]


def split(s: str) -> list[str]:
    return s.split("|")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def ascii_word(s: str) -> str:
    return "".join(c for c in norm(s) if c.isascii() and c.isalnum())


# --- items: (kind, value, fragments, form, written text) -------------------------------------
def _person_name(rng, locale):
    fem, mal, sur = person_pools(locale)
    female = rng.random() < 0.5
    given = rng.choice(fem if female else mal)
    return given, rng.choice(sur), female


def make_email(rng, locale):
    given, sur, _ = _person_name(rng, locale)
    g, s = ascii_word(given), ascii_word(sur.split()[-1])
    local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{s}.{g}", f"{g}{s}", f"{g}_{s}",
                        f"{g}.{s}{rng.randint(10, 99)}", f"{s}{rng.randint(60, 99)}"])
    value = f"{local}@{rng.choice(pl.MAILS[locale].split())}"
    form = rng.choice(["plain", "plain", "angle", "mailto"])
    text = {"plain": value, "angle": f"<{value}>", "mailto": f"mailto:{value}"}[form]
    return "EMAIL", value, [tok(local)], form, text


def make_url(rng, locale):
    given, sur, _ = _person_name(rng, locale)
    g, s = ascii_word(given), ascii_word(sur.split()[-1])
    word = rng.choice(pl.WEB_WORDS[lang_of(locale)].split())
    form = rng.choice(["https_host", "www", "bare", "https_slug", "https_slug"])
    if form == "https_slug":
        slug = rng.choice([f"{g}.{s}", f"{g}_{word}", f"{s}{word}", f"{g}-{s}"])
        value = f"https://{rng.choice(pl.PLATFORMS)}{slug}"
        return "URL", value, [tok(slug)], form, value
    host = rng.choice([f"{s}-{word}", f"{g}{s}", f"{word}-{g}", f"{g}-{s}"])
    host += "." + rng.choice([pl.LOCALE_TLD[locale], "com", "travel", "blog"])
    if form == "https_host":
        value = f"https://{host}" + rng.choice(["", "/", "/blog", "/contact"])
    elif form == "www":
        value = f"www.{host}"
    else:
        value = f"{host}/{word}"
    return "URL", value, [tok(host)], form, value


def make_ip(rng, locale):
    form = rng.choice(["v4", "v4", "v4_private", "v4_port", "v6", "v6_full"])
    if form in ("v4", "v4_port"):
        while True:
            ip = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if ip.is_global:
                break
        ipt = str(ip)
        value = f"{ipt}:{rng.choice([8080, 443, 3389, 8443, 22])}" if form == "v4_port" else ipt
    elif form == "v4_private":
        ipt = rng.choice([f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                          f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                          f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
        value = ipt
    else:
        prefix = rng.choice([0x2a02_0810, 0x2600_1700, 0x2a01_0e35, 0x2c0f_f248, 0x2800_0370])
        ip6 = ipaddress.IPv6Address(prefix << 96 | rng.getrandbits(64))
        ipt = str(ip6) if form == "v6" else ip6.exploded
        value = ipt
    return "IP", value, ["p:" + norm(ipt)], form, value


def make_card(rng, locale):
    value, form = ids.card(rng)
    return "CARD", value, id_fragments(value), form, value


def make_iban(rng, locale):
    if locale in IBAN_LOCALES:
        value, form = ids.iban(rng, locale)
        return "IBAN", value, id_fragments(value), form, value
    value, form = ids.bank_value(rng, locale)
    return "ID", value, id_fragments(value), form, value


def make_id(rng, locale, bare):
    value, form = rng.choice(ids.IDS[locale])(rng)
    return "ID", value, id_fragments(value), form + ("_bare" if bare else ""), value


def make_person(rng, locale):
    given, sur, female = _person_name(rng, locale)
    b = bank(locale)
    form = rng.choice(["full", "full", "title", "lower", "initial", "surname_given", "given"])
    if form == "full":
        text, toks = f"{given} {sur}", name_tokens(given) + name_tokens(sur)
    elif form == "title":
        t = rng.choice(split(b["titles"]["F" if female else "M"]))
        text, toks = f"{t} {sur}" if rng.random() < 0.5 else f"{t} {given} {sur}", None
        toks = [w for w in name_tokens(text) if w != t and w not in t.split()]
    elif form == "lower":
        text = f"{given} {sur}".lower()
        toks = name_tokens(text)
    elif form == "initial":
        text, toks = f"{given[0]}. {sur}", name_tokens(sur)
    elif form == "surname_given":
        text = rng.choice([f"{sur.upper()} {given}", f"{sur}, {given}"])
        toks = name_tokens(given) + name_tokens(sur)
    else:
        text, toks = given, name_tokens(given)
    return "PERSON", text, [tok(w) for w in toks], form, text


TITLE_M = {"en": "Mr", "de": "Herr", "fr": "M.", "es": "Sr.", "nl": "meneer", "it": "Sig.",
           "pt": "Sr.", "sv": "herr"}
TITLE_F = {"en": "Ms", "de": "Frau", "fr": "Mme", "es": "Sra.", "nl": "mevrouw", "it": "Sig.ra",
           "pt": "Sra.", "sv": "fru"}
FEMALE_ROSTER = {0, 2, 4, 6}


def make_member(rng, locale):
    lang = lang_of(locale)
    k = rng.randrange(8)
    given, sur = roster(locale)[k]
    form = rng.choice(["full", "given", "surname", "initial", "handle", "possessive", "lower",
                       "folded", "title"])
    gt, st = name_tokens(given), name_tokens(sur)
    if form == "full":
        value, toks = f"{given} {sur}", gt + st
    elif form == "given":
        value, toks = given, gt
    elif form == "surname":
        value, toks = sur, st
    elif form == "initial":
        value, toks = f"{given[0]}. {sur}", st
    elif form == "handle":
        g, s = ascii_word(given), ascii_word(st[-1])
        pick = rng.choice(["gs", "sg", "is"])
        if pick == "gs":
            value, toks = f"@{g}.{s}", [g, s]
        elif pick == "sg":
            value, toks = f"@{s}-{g}", [s, g]
        else:
            value, toks = f"@{g[0]}.{s}", [s]
        if "-" in given or " " in given:
            value, toks = f"@{s}", [s]
    elif form == "possessive":
        value, toks = rng.choice([(given, gt), (f"{given} {sur}", gt + st)])
    elif form == "lower":
        value, toks = f"{given} {sur}".lower(), gt + st
    elif form == "folded":
        value, toks = fold(f"{given} {sur}"), gt + st
    else:
        t = (TITLE_F if k in FEMALE_ROSTER else TITLE_M)[lang]
        value, toks = f"{t} {sur}", st
    text = bank(locale)["poss"].format(x=value) if form == "possessive" else value
    return "MEMBER", value, [tok(w) for w in toks], form, text


def make_address(rng, locale):
    street = rng.choice(pl.streets(locale))
    pc, town = rng.choice(pl.towns_for(locale, street))
    n = rng.randint(1, 240)
    lang = lang_of(locale)
    if locale in ("en_US", "en_LR") or (lang == "fr" and locale != "fr_GA") or locale == "en_GB":
        line = f"{n} {street}"
    elif locale == "fr_GA":
        line = rng.choice([street, f"{n} {street}"] + (
            [f"{street}, quartier Louis"] if town == "Libreville" else []))
    elif lang in ("pt", "es") and locale != "es_MX":
        line = f"{street}, {n}" if lang == "pt" else f"{street} N{rng.randint(10, 60)}-{n}"
    else:
        line = f"{street} {n}"
    toks = [tok(w) for w in pl.street_tokens(street)]
    forms = ["one_line", "multi_line", "street_town", "box"]
    if locale == "fr_GA":
        forms = ["street_town", "box", "box"]
    form = rng.choice(forms)
    if locale == "en_US":
        city, st = town.split(", ")
        place = f"{city}, {st} {pc}"
    elif locale == "en_GB":
        place = f"{town} {pc}"
    elif locale == "es_EC":
        place = f"{town} {pc}"
    else:
        place = f"{pc} {town}".strip()
    frags = list(toks)
    if form == "one_line":
        value = f"{line}, {place}"
        frags.append("p:" + norm(pc))
    elif form == "multi_line":
        value = f"{line}\n{place}"
        frags.append("p:" + norm(pc))
    elif form == "street_town":
        value = f"{line}, {town.split(', ')[0]}"
    else:
        box = str(rng.randint(20, 9999))
        bw = pl.BOX[locale]
        if locale in ("en_US", "en_LR", "en_GB"):
            value = f"{line}, {bw} {box}, {place}"
        else:
            value = f"{line}, {bw} {box}, {place}"
        frags.append("p:" + box)
        if pc:
            frags.append("p:" + norm(pc))
    return "ADDRESS", value, frags, form, value


MAKERS = {"EMAIL": make_email, "PHONE": None, "URL": make_url, "IP": make_ip,
          "CARD": make_card, "IBAN": make_iban, "PERSON": make_person, "MEMBER": make_member,
          "ADDRESS": make_address}


def make_item(rng, locale, kind):
    if kind == "PHONE":
        value, form = ids.phone(rng, locale)
        return "PHONE", value, id_fragments(value), form, value
    if kind == "ID":
        return make_id(rng, locale, rng.random() < 0.4)
    return MAKERS[kind](rng, locale)


# --- sentences and genres ---------------------------------------------------------------------
def item_sentence(rng, locale, item):
    kind, value, _, form, text = item
    b = bank(locale)
    if kind == "ID" and form.endswith("_bare"):
        return _stop(rng.choice(split(b["bare"])).format(x=text))
    if kind == "ID" and form in BANK_FORMS:
        return _stop(rng.choice(split(b["bank"])).format(x=text, cue=ID_CUE[form]))
    if kind == "MEMBER" and form == "possessive":
        return rng.choice(split(b["lead_poss"])).format(x=text)
    tpl = rng.choice(split(b["lead"][kind]))
    return tpl.format(x=text, cue=ID_CUE.get(form, "")).replace("..", ".")


def _stop(sentence: str) -> str:
    return sentence if sentence[-1] in ".!?" else sentence + "."


def piece_counts() -> dict[str, int]:
    """Distinct sentence pieces per language (every list of every bank, lead-ins per kind)."""
    out = {}
    for lang, b in BANKS.items():
        pieces = []
        for key, val in b.items():
            if isinstance(val, str):
                pieces += [(key, "", p) for p in split(val)]
            else:
                for sub, v in val.items():
                    pieces += [(key, sub, p) for p in split(v)]
        out[lang] = len(set(pieces))
    return out


def form_line(rng, locale, item):
    kind, value, _, form, text = item
    b = bank(locale)
    if (kind == "ID" and form.endswith("_bare")) or (kind == "MEMBER" and form == "possessive"):
        return item_sentence(rng, locale, item)
    if kind == "ID" and form in ID_CUE:
        label = ID_CUE[form]
        label = label[0].upper() + label[1:]
    else:
        label = rng.choice(split(b["label"][kind]))
    sep = " : " if lang_of(locale) == "fr" else ": "
    if "\n" in text:
        return f"{label}{sep}\n{text}"
    return f"{label}{sep}{text}"


def compose(rng, locale, genre, item_sents, look_sents, form_lines):
    b = bank(locale)
    opener = rng.choice(split(b["open"]))
    closer = rng.choice(split(b["close"]))
    body = item_sents + look_sents
    rng.shuffle(body)
    if not body:
        body = rng.sample(split(b["plain"]), rng.randint(1, 3))
    elif rng.random() < 0.5:
        body.insert(rng.randrange(len(body) + 1), rng.choice(split(b["plain"])))
    if genre == "email":
        return (f"{rng.choice(split(b['subj']))}\n\n{rng.choice(split(b['greet']))}\n\n"
                f"{opener} {' '.join(body)}\n\n{closer}\n{rng.choice(split(b['sign']))}")
    if genre == "forum":
        return f"{rng.choice(split(b['title']))}\n\n{opener} {' '.join(body)} {closer}"
    if genre == "chat":
        roles = split(b["chat"])
        lines = [f"{roles[0]} {opener}"]
        for i, s in enumerate(body):
            lines.append(f"{roles[i % 2 if i % 3 else 0]} {s}")
        lines.append(f"{roles[rng.randrange(1, len(roles))]} {closer}")
        return "\n".join(lines)
    if genre == "itinerary":
        return (f"{rng.choice(split(b['bullet']))}\n" + "\n".join(f"- {s}" for s in body)
                + f"\n\n{closer}")
    if genre == "review":
        stars = "★" * rng.randint(2, 5)
        return f"{stars} {rng.choice(split(b['review']))}\n{opener} {' '.join(body)} {closer}"
    # form
    fields = rng.sample(split(b["field"]), 2)
    lines = form_lines + fields
    rng.shuffle(lines)
    tail = (" " + " ".join(look_sents)) if look_sents else ""
    return f"{rng.choice(split(b['subj']))}\n" + "\n".join(lines) + f"\n\n{closer}{tail}"


class LookCycle:
    def __init__(self, rng):
        self.i = rng.randrange(len(LOOK_KINDS))

    def take(self, n):
        out = []
        for _ in range(n):
            out.append(LOOK_KINDS[self.i % len(LOOK_KINDS)])
            self.i += 1
        return out


def draw_post(rng, locale, kinds, look_kinds, genre, plain=False):
    lang = lang_of(locale)
    b = bank(locale)
    for _ in range(2000):
        items = [make_item(rng, locale, k) for k in kinds]
        looks = [make_look(rng, locale, lang, k) for k in look_kinds]
        item_sents = [item_sentence(rng, locale, it) for it in items]
        look_sents = [b["look"][k].format(x=v) for k, (v, _) in zip(look_kinds, looks,
                                                                     strict=True)]
        form_lines = [form_line(rng, locale, it) for it in items] if genre == "form" else []
        g = genre
        text = compose(rng, locale, g, item_sents, look_sents, form_lines)
        if plain and any(c.isdigit() for c in text):
            continue
        post = Post(locale=locale, text=text,
                    items=[(k, frags, v) for k, v, frags, _, _ in items],
                    item_forms=[f for _, _, _, f, _ in items],
                    lookalikes=[v for v, _ in looks], lookalike_kinds=list(look_kinds),
                    genre=g)
        if check_post(post):
            return post
    raise RuntimeError(f"no valid post for {locale} {kinds} {look_kinds}")


def build_locale(seed: int, i: int, locale: str):
    import random

    rng = random.Random(f"{seed}:{i}:{locale}")
    cycle = LookCycle(rng)
    members = [f"{g} {s}" for g, s in roster(locale)]
    posts = []
    for n in range(375):
        first = KINDS[n % len(KINDS)]
        others = [k for k in KINDS if k != first]
        kinds = [first] + rng.sample(others, rng.choice([0, 0, 1, 1, 2]))
        n_looks = rng.choice([0, 0, 1, 1, 1, 2])
        posts.append(draw_post(rng, locale, kinds, cycle.take(n_looks), rng.choice(GENRES)))
    for n in range(75):
        if n < 30:
            posts.append(draw_post(rng, locale, [], [], rng.choice(GENRES), plain=True))
        else:
            posts.append(draw_post(rng, locale, [], cycle.take(rng.randint(1, 3)),
                                   rng.choice(GENRES)))
    return members, posts
