"""Item and look-alike makers of the fifty-first set: each returns the written value, its
fragments (the leak rule of fiftyfirst.leaked) and its written form."""

from __future__ import annotations

import random
import re
import unicodedata

from trainer_dev.redaction_sets import fiftyfirst_numbers as n
from trainer_dev.redaction_sets import fiftyfirst_people as pp
from trainer_dev.redaction_sets.fiftyfirst_lang_a import DA, EN, FO, NB, NL, PAP
from trainer_dev.redaction_sets.fiftyfirst_lang_b import ES, FR, GL, PL, RCF

R = random.Random
LANGS = {"en": EN, "nl": NL, "pap": PAP, "da": DA, "nb": NB, "fo": FO, "es": ES, "gl": GL,
         "fr": FR, "rcf": RCF, "pl": PL}
BASE = {"pap": "nl", "fo": "da", "gl": "es", "rcf": "fr"}
PARTICLES = {"van", "den", "der", "de", "del", "la", "le", "les", "da", "do", "dos", "das", "di",
             "du", "des", "te", "ten", "ter", "het", "y", "e", "og", "of", "the", "saint", "sainte",
             "san", "santa", "sankt", "st", "ste", "a", "o", "as", "os", "i"}
TITLES = {"en": ["Capt.", "Skipper", "Dr"], "nl": ["kapitein", "schipper"], "pap": ["kapitan"],
          "da": ["kaptajn", "skipper"], "nb": ["kaptein", "skipper"], "fo": ["skipari"],
          "es": ["capitán", "patrón"], "gl": ["patrón"], "fr": ["capitaine", "Me"],
          "rcf": ["capitaine"], "pl": ["kpt.", "bosman"]}
FOLD = str.maketrans({"ø": "o", "æ": "ae", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ß": "ss"})
ROLE_MAIL = {"en": ["berths", "office", "crewing", "bookings", "accounts", "harbourmaster"],
             "nl": ["havenmeester", "boekhouding", "ligplaatsen"], "pap": ["marina", "oficina"],
             "da": ["havnekontor", "booking", "regnskab"], "nb": ["havnevakt", "booking"],
             "fo": ["havnarskrivstova", "bokhald"], "es": ["capitania", "reservas", "cobranza"],
             "gl": ["reservas", "confraria"], "fr": ["capitainerie", "reservations"],
             "rcf": ["capitainerie"], "pl": ["bosmanat", "rezerwacje", "ksiegowosc"]}
PATHS = ["berths", "tarifs", "crew", "booking", "regatta", "fiskeri", "cursos", "kursy", "horaires"]


def pool(lang: str, key: str):
    d = LANGS[lang]
    return d[key] if key in d else LANGS[BASE[lang]][key]


def sub(lang: str, key: str, kind: str):
    d = LANGS[lang].get(key, {})
    return d[kind] if kind in d else LANGS[BASE.get(lang, "en")][key][kind]


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.translate(FOLD)
    return "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in s)


def fold(s: str) -> str:
    out = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return out.translate(str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ð": "d",
                                        "Ð": "D", "ł": "l", "Ł": "L"}))


def tokens(s: str) -> list[str]:
    return [t for t in re.findall(r"[^\W\d_]+", s) if len(t) > 1 and t.lower() not in PARTICLES]


def name_frags(value: str) -> list[str]:
    return [f"w:{t}" for t in tokens(value)]


DIGIT_RUN = re.compile(r"\d(?:[ ./\-]?\d)*")


def digit_runs(s: str) -> list[str]:
    return [re.sub(r"\D", "", m) for m in DIGIT_RUN.findall(norm(s))]


def digit_frags(value: str) -> list[str]:
    out: list[str] = []
    for run in digit_runs(value):
        for i in range(len(run) - 3):
            w = f"d:{run[i : i + 4]}"
            if w not in out:
                out.append(w)
    return out or [f"s:{norm(value)}"]


ROSTER_TOKENS = {norm(t) for names in pp.ROSTER.values() for r in names for t in tokens(r)}


def _clean(words: list[str]) -> list[str]:
    return [w for w in words if not {norm(t) for t in tokens(w)} & ROSTER_TOKENS]


GIVEN = {loc: _clean(s.split()) for loc, s in pp.GIVEN.items()}
SURNAMES = {loc: _clean(s.split()) for loc, s in pp.SURNAMES.items()}


# --- names ----------------------------------------------------------------------------------


def _poss(lang: str, word: str) -> str:
    if lang == "en":
        return word + ("'" if word.endswith("s") else "'s")
    return word + ("'" if word[-1] in "sxz" else "s")


def person_parts(rng: R, loc: str) -> tuple[str, str, str]:
    """(given, surname, gender) of a non-member; gender only matters for Polish."""
    if loc == "pl_PL":
        g = rng.choice(pp.PL_PERSON_GIVEN)
        return g, rng.choice(pp.PL_PERSON_SURNAMES), pp.PL_GIVEN[g][0]
    sur = rng.choice(SURNAMES[loc])
    if loc in pp.SECOND_SURNAME and rng.random() < 0.4:
        other = rng.choice(SURNAMES[loc])
        sur = f"{sur} {other}" if other != sur else sur
    return rng.choice(GIVEN[loc]), sur, "m"


def member_parts(rng: R, loc: str) -> tuple[str, str, str]:
    given, sur = rng.choice(pp.ROSTER[loc]).split(" ", 1)
    if loc == "pl_PL":
        return given, pp.pl_male_surname(sur), pp.PL_GIVEN[given][0]
    return given, sur, "m"


def inflect(loc: str, lang: str, given: str, sur: str, gender: str, case: str):
    """Given name and surname in the case a template asks for."""
    if loc == "pl_PL":
        _, g_gen, g_ins = pp.PL_GIVEN[given]
        s_nom, s_gen, s_ins = pp.pl_surname(sur, gender)
        return {"nom": (given, s_nom), "gen": (g_gen, s_gen), "ins": (g_ins, s_ins)}[case]
    return given, sur


NAME_FORMS_MEMBER = ["full", "full", "given", "surname", "initial+surname", "lower", "folded",
                     "handle", "upper"]
NAME_FORMS_PERSON = ["full", "full", "full", "title+surname", "initial+surname", "upper"]


def name_item(rng: R, loc: str, lang: str, kind: str, case: str, tabular: bool):
    given, sur, gender = (member_parts if kind == "MEMBER" else person_parts)(rng, loc)
    forms = NAME_FORMS_MEMBER if kind == "MEMBER" else NAME_FORMS_PERSON
    form = rng.choice([f for f in forms if not tabular or f in ("full", "upper",
                                                                 "initial+surname")])
    if case != "nom" and form in ("handle", "upper"):
        form = "full"
    g, s = inflect(loc, lang, given, sur, gender, case if loc == "pl_PL" else "nom")
    if form == "full":
        value = f"{g} {s}"
    elif form == "given":
        value = g
    elif form == "surname":
        value = s
    elif form == "initial+surname":
        value = f"{given[0]}. {s}"
    elif form == "lower":
        value = f"{g} {s}".lower()
    elif form == "folded":
        value = fold(f"{g} {s}")
        form = "folded" if value != f"{g} {s}" else "full"
    elif form == "upper":
        value = f"{s.upper()} {g}" if rng.random() < 0.6 else f"{g} {s.upper()}"
    elif form == "title+surname":
        value = f"{rng.choice(TITLES[lang])} {s}"
    else:  # handle
        joined = "".join(t for t in re.split(r"[\s'-]+", fold(sur)) if t)
        value = "@" + (f"{fold(given)}.{joined}" if rng.random() < 0.6 else
                       f"{fold(given)[0]}{joined}").lower().replace("-", "")
    if case == "gen" and loc != "pl_PL":
        value = _poss(lang, value)
        form = f"{form}+possessive"
    elif case in ("gen", "ins") and loc == "pl_PL":
        form = f"{form}+{case}"
    frags = [f"w:{t}" for t in re.findall(r"[^\W\d_]+", value)
             if len(t) > 1 and t.lower() not in PARTICLES and t not in TITLES[lang]
             and t.rstrip(".") not in {x.rstrip(".") for x in TITLES[lang]}
             and not (value.endswith("'s") and t == "s")]
    return value, frags, form


# --- other kinds ----------------------------------------------------------------------------


def email_item(rng: R, loc: str, lang: str):
    dom = rng.choice(pp.DOMAINS[loc])
    r = rng.random()
    if r < 0.45:
        g, s, _ = person_parts(rng, loc)
        s = s.split()[0]
        local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g[0]}{s}", f"{s}.{g[0]}"])
        local = fold(local).lower().replace(" ", "")
    else:
        local = rng.choice(ROLE_MAIL[lang]) + rng.choice(["", "", str(rng.randint(2, 99))])
    value = f"{local}@{dom}"
    form = rng.choice(["plain", "plain", "angle"])
    return value, [f"s:{norm(local)}"], form


def url_item(rng: R, loc: str):
    host = rng.choice(pp.HOSTS[loc])
    r = rng.random()
    if r < 0.25:
        plat = rng.choice(pp.PLATFORMS)
        slug = f"{host.split('.')[0]}-{rng.choice(pp.SLUG_WORDS)}"
        sep = "" if plat.endswith("@") else "/"
        prefix = "https://" if rng.random() < 0.5 else ""
        return f"{prefix}{plat}{sep}{slug}", [f"s:{slug}"], "slug"
    if r < 0.5:
        return f"https://{host}/{rng.choice(PATHS)}", [f"s:{host}"], "https"
    if r < 0.7:
        return f"www.{host}", [f"s:{host}"], "www"
    return host, [f"s:{host}"], "bare"


def ip_item(rng: R):
    if rng.random() < 0.7:
        v = n.ipv4(rng)
        return v, [f"s:{v}"], "v4"
    v = n.ipv6(rng)
    return v, [f"s:{v}"], "v6"


def iban_item(rng: R, loc: str):
    country = rng.choice(pp.PLAN[loc][5])
    v = n.iban(rng, country)
    if rng.random() < 0.7:
        return n.group(v, [4] * 9), "spaced"
    return v, "compact"


def address_item(rng: R, loc: str, multiline: bool):
    value, street, pcs, form = pp.PLAN[loc][1](rng, multiline)
    frags = [f"t:{t}" for t in tokens(street)] + [f"p:{norm(p)}" for p in pcs]
    return value, frags, form


# --- look-alikes: (value, kind, label) -------------------------------------------------------

EAN_PREFIX = {"en_AU": "93", "en_NZ": "94", "nl_BE": "54", "nl_AW": "87", "da_DK": "57",
              "nb_NO": "70", "fo_FO": "57", "es_CL": "780", "fr_CA": "06", "pl_PL": "590",
              "gl_ES": "84", "fr_RE": "37"}
HS = ["0302.13", "0303.54", "0306.17", "8903.92", "8903.99", "8901.90", "5608.11", "8907.10"]
COMMA = {"nl_BE", "nl_AW", "da_DK", "nb_NO", "fo_FO", "es_CL", "fr_CA", "pl_PL", "gl_ES", "fr_RE"}
LOOK_KINDS = ["booking", "invoice", "order", "date", "time", "amount", "measure", "imo", "mmsi",
              "container", "ean", "isbn", "company_no", "locode", "coords", "hs", "named"]


def _date(rng: R, loc: str) -> str:
    y, m, d = rng.choice([2025, 2026, 2027]), rng.randint(1, 12), rng.randint(1, 28)
    if loc == "fr_CA":
        return f"{y}-{m:02d}-{d:02d}"
    if loc in ("es_CL", "nl_AW"):
        return f"{d:02d}-{m:02d}-{y}"
    if loc in ("da_DK", "nb_NO", "fo_FO", "pl_PL"):
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y}"


def _amount(rng: R, loc: str) -> str:
    whole = rng.choice([rng.randint(20, 999), rng.randint(1000, 48000)])
    cents = rng.choice([0, 0, 50, rng.randint(1, 99)])
    if loc == "es_CL":
        return f"${whole * 100:,}".replace(",", ".")
    sep_th, sep_dec = (" ", ",") if loc in ("fr_CA", "fr_RE", "pl_PL", "nb_NO") else (
        (".", ",") if loc in COMMA else (",", ".")
    )
    num = f"{whole:,}".replace(",", sep_th) + f"{sep_dec}{cents:02d}"
    return {"en_AU": f"${num}", "en_NZ": f"NZ${num}", "nl_BE": f"€ {num}", "nl_AW": f"Afl. {num}",
            "da_DK": f"{num} kr.", "nb_NO": f"kr {num}", "fo_FO": f"{num} kr.",
            "fr_CA": f"{num} $", "pl_PL": f"{num} zł", "gl_ES": f"{num} €",
            "fr_RE": f"{num} €"}[loc]


def _coords(rng: R, loc: str) -> str:
    south = loc in ("en_AU", "en_NZ", "es_CL", "fr_RE")
    west = loc in ("es_CL", "fr_CA", "nl_AW", "gl_ES", "fo_FO")
    lat = f"{rng.randint(10, 62)}°{rng.randint(0, 59):02d}.{rng.randint(0, 9)}'"
    lon = f"{rng.randint(1, 170):03d}°{rng.randint(0, 59):02d}.{rng.randint(0, 9)}'"
    return f"{lat}{'S' if south else 'N'} {lon}{'W' if west else 'E'}"


def lookalike(rng: R, loc: str, lang: str, kind: str) -> tuple[str, str, str]:
    dec = "," if loc in COMMA else "."
    if kind == "booking":
        v = f"{rng.choice(['BRT', 'MRN', 'BK', 'RES', 'BT'])}-{rng.randint(2025, 2027)}-"
        v += n.digits(rng, 5)
    elif kind == "invoice":
        v = rng.choice([f"{rng.choice(['F', 'INV', 'FV'])}{n.digits(rng, 6, '1')}",
                        f"{rng.randint(2025, 2027)}/{n.digits(rng, 5)}"])
    elif kind == "order":
        v = n.luhn_order(rng) if rng.random() < 0.5 else "45" + n.digits(rng, 8)
    elif kind == "date":
        v = _date(rng, loc)
    elif kind == "time":
        h, m = rng.randint(0, 23), rng.choice([0, 15, 30, 45, rng.randint(0, 59)])
        v = {"fr_CA": f"{h} h {m:02d}", "fr_RE": f"{h}h{m:02d}"}.get(loc, f"{h:02d}:{m:02d}")
        v = f"{h:02d}.{m:02d}" if loc in ("da_DK", "nb_NO", "fo_FO") else v
    elif kind == "amount":
        v = _amount(rng, loc)
    elif kind == "measure":  # labels run length, draft, beam in every language
        labels = sub(lang, "look_labels", kind)
        k = rng.randrange(len(labels))
        low, high = [(6, 40), (1, 3), (2, 8)][k]
        return f"{rng.randint(low, high)}{dec}{rng.randint(0, 9)} m", kind, labels[k]
    elif kind == "imo":
        v = n.imo(rng)
    elif kind == "mmsi":
        v = n.mmsi(rng, pp.PLAN[loc][4])
    elif kind == "container":
        v = n.container(rng)
    elif kind == "ean":
        v = n.ean13(rng, EAN_PREFIX[loc])
    elif kind == "isbn":
        v = n.isbn13(rng) if rng.random() < 0.6 else n.isbn10(rng)
    elif kind == "company_no":
        label, gen = pp.COMPANY_NO[loc]
        return gen(rng), kind, label
    elif kind == "locode":
        v = rng.choice(pp.LOCODES[loc])
    elif kind == "coords":
        v = _coords(rng, loc)
    elif kind == "hs":
        v = rng.choice(HS)
    else:  # named after a person
        companies, places = pp.NAMED[loc]
        if companies and (not places or rng.random() < 0.5):
            return rng.choice(companies), "company_person", ""
        return rng.choice(places), "place_person", ""
    bare = kind == "isbn" and rng.random() < 0.3  # an ISBN without the word, as the issue saw
    label = "" if bare else rng.choice(sub(lang, "look_labels", kind))
    return v, kind, label
