"""Contact, payment and identity values per locale, with check digits computed here."""

from __future__ import annotations

import phonenumbers

from .eighteenth_core import (
    digit_windows,
    fold,
    iban_make,
    luhn_complete,
    weighted_mod11,
)

REGION = {
    "en_US": "US",
    "en_IN": "IN",
    "es_ES": "ES",
    "it_IT": "IT",
    "pt_BR": "BR",
    "nb_NO": "NO",
    "ms_MY": "MY",
    "es_AR": "AR",
    "en_NG": "NG",
    "en_PH": "PH",
    "id_ID": "ID",
    "es_CO": "CO",
}
IBAN_LOCALES = {"es_ES", "it_IT", "pt_BR", "nb_NO"}


def _d(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone_once(rng, loc: str):
    r = rng.randint
    if loc == "en_US":
        a, e, s = (
            rng.choice([512, 415, 617, 312, 206, 303, 919, 737, 646, 614, 608]),
            r(201, 989),
            f"{r(0, 9999):04d}",
        )
        return rng.choice(
            [
                (f"({a}) {e}-{s}", "paren"),
                (f"{a}-{e}-{s}", "dashed"),
                (f"{a}.{e}.{s}", "dotted"),
                (f"+1 {a} {e} {s}", "intl"),
                (f"+1-{a}-{e}-{s}", "intl_dashed"),
            ]
        )
    if loc == "en_IN":
        m = rng.choice("9876") + _d(rng, 9)
        return rng.choice(
            [
                (f"+91 {m[:5]} {m[5:]}", "intl"),
                (f"0{m[:5]} {m[5:]}", "trunk"),
                (m, "compact"),
                (f"+91-{m}", "intl_dashed"),
                (f"{m[:5]}-{m[5:]}", "dashed"),
            ]
        )
    if loc == "es_ES":
        m = rng.choice(["6", "6", "7", "91", "93"]) + _d(rng, 8)
        m = m[:9]
        return rng.choice(
            [
                (f"+34 {m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", "intl"),
                (f"{m[:3]} {m[3:6]} {m[6:]}", "national"),
                (m, "compact"),
                (f"0034 {m[:3]} {m[3:6]} {m[6:]}", "intl_00"),
            ]
        )
    if loc == "it_IT":
        m = rng.choice(["347", "338", "320", "333", "349", "366", "392"]) + _d(rng, 7)
        return rng.choice(
            [
                (f"+39 {m[:3]} {m[3:6]} {m[6:]}", "intl"),
                (f"{m[:3]} {m[3:]}", "national"),
                (f"{m[:3]}-{m[3:6]}-{m[6:]}", "dashed"),
                (f"+39{m}", "compact_intl"),
                (f"02 {r(1000, 9999)} {_d(rng, 4)}", "landline"),
            ]
        )
    if loc == "pt_BR":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "48", "19"])
        m = "9" + rng.choice("6789") + _d(rng, 7)
        return rng.choice(
            [
                (f"({ddd}) {m[:5]}-{m[5:]}", "paren"),
                (f"+55 {ddd} {m[:5]}-{m[5:]}", "intl"),
                (f"{ddd} {m[:5]} {m[5:]}", "spaced"),
                (f"+55{ddd}{m}", "compact_intl"),
                (f"({ddd}) 3{_d(rng, 3)}-{_d(rng, 4)}", "landline"),
            ]
        )
    if loc == "nb_NO":
        m = rng.choice("49") + _d(rng, 7)
        return rng.choice(
            [
                (f"+47 {m[:3]} {m[3:5]} {m[5:]}", "intl"),
                (f"{m[:3]} {m[3:5]} {m[5:]}", "national"),
                (m, "compact"),
                (f"+47 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", "pairs"),
                (f"0047 {m}", "intl_00"),
            ]
        )
    if loc == "ms_MY":
        p = rng.choice(["12", "13", "16", "17", "19", "14", "11"])
        m = _d(rng, 8 if p == "11" else 7)
        return rng.choice(
            [
                (f"+60 {p}-{m[:-4]} {m[-4:]}", "intl"),
                (f"0{p}-{m[:-4]} {m[-4:]}", "national"),
                (f"0{p}{m}", "compact"),
                (f"+60{p}{m}", "compact_intl"),
                (f"0{p} {m[:-4]} {m[-4:]}", "spaced"),
            ]
        )
    if loc == "es_AR":
        m = _d(rng, 4) + _d(rng, 4)
        m = rng.choice("2345") + m[1:]
        return rng.choice(
            [
                (f"+54 9 11 {m[:4]}-{m[4:]}", "intl"),
                (f"11 {m[:4]}-{m[4:]}", "national"),
                (f"+5491{1}{m}", "compact_intl"),
                (f"011 15-{m[:4]}-{m[4:]}", "trunk_15"),
                (f"(011) 4{m[1:4]}-{m[4:]}", "landline"),
            ]
        )
    if loc == "en_NG":
        p = rng.choice(
            [
                "803",
                "806",
                "813",
                "816",
                "703",
                "706",
                "805",
                "807",
                "815",
                "905",
                "809",
                "817",
                "818",
                "802",
                "808",
                "812",
                "701",
                "902",
            ]
        )
        m = _d(rng, 7)
        return rng.choice(
            [
                (f"+234 {p} {m[:3]} {m[3:]}", "intl"),
                (f"0{p} {m[:3]} {m[3:]}", "national"),
                (f"0{p}{m}", "compact"),
                (f"+234{p}{m}", "compact_intl"),
                (f"0{p}-{m[:3]}-{m[3:]}", "dashed"),
            ]
        )
    if loc == "en_PH":
        p = rng.choice(
            ["917", "918", "919", "920", "927", "939", "945", "956", "966", "977", "995", "998"]
        )
        m = _d(rng, 7)
        return rng.choice(
            [
                (f"+63 {p} {m[:3]} {m[3:]}", "intl"),
                (f"0{p} {m[:3]} {m[3:]}", "national"),
                (f"0{p}-{m[:3]}-{m[3:]}", "dashed"),
                (f"0{p}{m}", "compact"),
                (f"(02) 8{_d(rng, 3)} {_d(rng, 4)}", "landline"),
            ]
        )
    if loc == "id_ID":
        p = rng.choice(
            ["812", "813", "811", "821", "822", "852", "857", "878", "896", "877", "858"]
        )
        m = _d(rng, rng.choice([7, 8]))
        return rng.choice(
            [
                (f"+62 {p}-{m[:4]}-{m[4:]}", "intl"),
                (f"0{p} {m[:4]} {m[4:]}", "national"),
                (f"0{p}{m}", "compact"),
                (f"+62{p}{m}", "compact_intl"),
                (f"0{p}-{m[:4]}-{m[4:]}", "dashed"),
            ]
        )
    p = rng.choice(
        ["300", "301", "304", "310", "311", "312", "313", "315", "316", "318", "320", "321", "350"]
    )
    m = _d(rng, 7)
    return rng.choice(
        [
            (f"+57 {p} {m[:3]} {m[3:]}", "intl"),
            (f"{p} {m[:3]} {m[3:]}", "national"),
            (f"{p}{m}", "compact"),
            (f"({p}) {m[:3]}-{m[3:]}", "paren"),
            (f"+57 {p}-{m[:3]}-{m[3:]}", "intl_dashed"),
        ]
    )


def phone_valid(v: str, loc: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, REGION[loc]))
    except phonenumbers.NumberParseException:
        return False


def phone(rng, loc: str):
    for _ in range(200):
        v, form = _phone_once(rng, loc)
        if phone_valid(v, loc):
            return v, form, digit_windows(v)
    raise RuntimeError(loc)


MAIL = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"],
    "en_IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "es_ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "it_IT": ["gmail.com", "libero.it", "virgilio.it", "hotmail.it"],
    "pt_BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
    "nb_NO": ["gmail.com", "online.no", "hotmail.no", "outlook.com"],
    "ms_MY": ["gmail.com", "yahoo.com.my", "hotmail.my", "outlook.com"],
    "es_AR": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar"],
    "en_NG": ["gmail.com", "yahoo.com", "outlook.com", "ymail.com"],
    "en_PH": ["gmail.com", "yahoo.com.ph", "outlook.com", "icloud.com"],
    "id_ID": ["gmail.com", "yahoo.co.id", "outlook.co.id", "ymail.com"],
    "es_CO": ["gmail.com", "hotmail.com", "outlook.es", "une.net.co"],
}
TLD = {
    "en_US": "com",
    "en_IN": "in",
    "es_ES": "es",
    "it_IT": "it",
    "pt_BR": "com.br",
    "nb_NO": "no",
    "ms_MY": "my",
    "es_AR": "com.ar",
    "en_NG": "ng",
    "en_PH": "ph",
    "id_ID": "id",
    "es_CO": "co",
}


def _slug(g: str, s: str) -> tuple[str, str]:
    g, s = (
        fold(g).lower().replace("'", ""),
        fold(s).lower().replace("'", "").replace("/", "").replace(" ", ""),
    )
    return g, s


def email(rng, loc: str, g: str, s: str):
    g, s = _slug(g, s)
    y = rng.choice(
        ["", "", str(rng.randint(70, 99)), str(rng.randint(1, 9)), "_" + str(rng.randint(10, 99))]
    )
    local = rng.choice(
        [f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{y}", f"{s}.{g}", f"{g}_{s}", f"{g}{y}"]
    ).strip(".")
    if rng.random() < 0.3:
        dom = rng.choice(
            [
                f"{s}{rng.choice(['consulting', 'studio', 'legal', 'labs', 'design'])}.{TLD[loc]}",
                f"{s}.{TLD[loc]}",
            ]
        )
        local = rng.choice([g, "hello", "contato" if loc == "pt_BR" else g])
        v, form = f"{local}@{dom}", "custom_domain"
        frags = ["t:" + dom.split(".")[0]] + (
            ["t:" + local] if local not in ("hello", "contato") else []
        )
    else:
        v, form = f"{local}@{rng.choice(MAIL[loc])}", "webmail"
        frags = ["t:" + local]
    if rng.random() < 0.12:
        v, form = (
            v.upper()
            if rng.random() < 0.3
            else v.replace("@", " [at] ").replace(".", " [dot] ", 1),
            "obfuscated",
        )
        frags = ["t:" + local.split(".")[0]] if "[dot]" in v else frags
    return v, form, frags


def url(rng, loc: str, g: str, s: str):
    g, s = _slug(g, s)
    tag = rng.choice(
        ["", "-" + "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([5, 8])))]
    )
    forms = [
        (f"linkedin.com/in/{g}-{s}{tag}", "profile", f"{g}-{s}{tag}"),
        (f"https://www.linkedin.com/in/{g}{s}/", "profile_https", f"{g}{s}"),
        (f"https://calendly.com/{g}-{s}/30min", "booking", f"{g}-{s}"),
        (f"https://{g}{s}.{rng.choice(['dev', 'me', 'io', TLD[loc]])}", "personal_site", None),
        (f"github.com/{g[0]}{s}", "code_profile", f"{g[0]}{s}"),
        (f"https://www.instagram.com/{g}.{s}", "social", f"{g}.{s}"),
        (f"https://wa.me/{rng.randint(10**9, 10**10)}", "whatsapp", None),
        (f"https://medium.com/@{g}{s}", "blog", f"{g}{s}"),
    ]
    v, form, slug = rng.choice(forms)
    if form == "personal_site":
        frags = ["t:" + v.split("//")[1]]
    elif form == "whatsapp":
        frags = digit_windows(v)
    else:
        frags = ["t:" + slug]
    return v, form, frags


def ip(rng):
    r = rng.randint
    if rng.random() < 0.22:
        v = f"2a0{r(0, 9)}:{r(4096, 65535):x}:{r(0, 65535):x}:{r(1, 65535):x}::{r(1, 4095):x}"
        return v, "ipv6", ["p:" + v]
    a = rng.choice(
        [31, 37, 45, 62, 77, 81, 85, 91, 102, 103, 139, 152, 177, 181, 186, 190, 200, 201]
    )
    v = f"{a}.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}"
    if rng.random() < 0.2:
        return v + f":{rng.choice([8080, 3389, 22, 8443])}", "ipv4_port", ["p:" + v]
    return v, "ipv4", ["p:" + v]


def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex"])
    if kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]) + _d(rng, 12))
        v = rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    else:
        pre = {
            "visa": "4" + _d(rng, 5),
            "mc": str(rng.randint(51, 55)) + _d(rng, 4),
            "mc2": str(rng.randint(2221, 2720)) + _d(rng, 2),
        }[kind]
        n = luhn_complete(pre + _d(rng, 9))
        v = rng.choice(
            [
                " ".join(n[i : i + 4] for i in range(0, 16, 4)),
                n,
                "-".join(n[i : i + 4] for i in range(0, 16, 4)),
            ]
        )
    form = kind + ("_plain" if v.isdigit() else "_grouped")
    return v, form, digit_windows(v)


def iban(rng, loc: str):
    if loc == "es_ES":
        ent, ofi, cta = _d(rng, 4), _d(rng, 4), _d(rng, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def cd(x):
            c = 11 - sum(int(a) * b for a, b in zip(x.rjust(10, "0"), w, strict=False)) % 11
            return {10: 1, 11: 0}.get(c, c)

        b = f"{ent}{ofi}{cd('00' + ent + ofi)}{cd(cta)}{cta}"
        raw = iban_make("ES", b)
    elif loc == "it_IT":
        raw = iban_make("IT", rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + _d(rng, 10) + _d(rng, 12))
    elif loc == "pt_BR":
        raw = iban_make("BR", _d(rng, 8) + _d(rng, 5) + _d(rng, 10) + rng.choice("CP") + "1")
    else:
        base = _d(rng, 10)
        k = 11 - weighted_mod11(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        k = 0 if k == 11 else k
        if k == 10:
            return iban(rng, loc)
        raw = iban_make("NO", base + str(k))
    form = rng.choice(["grouped", "grouped", "compact", "lower"])
    v = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if form == "grouped" else raw
    v = v.lower() if form == "lower" else v
    return v, form, digit_windows(v) + ["s:" + raw[:4]] * 0
