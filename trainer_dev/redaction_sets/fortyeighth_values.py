"""Contact and number values for the forty-eighth set: phones, e-mails, URLs, IPs, cards, IBANs.

Each generator returns (value, fragments, form). Phones come from each national plan and are
kept only where ``phonenumbers.is_valid_number`` holds; cards pass Luhn; IBANs pass mod 97
with the national length (and the French RIB key, Spanish CCC and Italian CIN inside).
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

import phonenumbers

from trainer_dev.redaction_sets import fortyeighth_checks as ck
from trainer_dev.redaction_sets.fortyeighth_people import fold, normalise

REGION = {
    "en_GB": "GB",
    "en_US": "US",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "pl_PL": "PL",
    "pt_BR": "BR",
    "de_LI": "LI",
    "sv_FI": "FI",
    "en_BS": "BS",
    "mt_MT": "MT",
}
# National significant number shapes: (leading digits, total length).
PLAN = {
    "GB": [
        ("7", 10),
        ("20", 10),
        ("161", 10),
        ("113", 10),
        ("117", 10),
        ("141", 10),
        ("1223", 10),
        ("29", 10),
    ],
    "US": [
        (a, 10)
        for a in (
            "212",
            "312",
            "415",
            "617",
            "503",
            "512",
            "303",
            "614",
            "919",
            "608",
            "802",
            "734",
        )
    ],
    "DE": [
        ("151", 11),
        ("160", 11),
        ("170", 11),
        ("176", 11),
        ("157", 11),
        ("30", 10),
        ("221", 10),
        ("251", 10),
        ("341", 10),
        ("89", 10),
        ("761", 10),
    ],
    "FR": [("6", 9), ("7", 9), ("1", 9), ("4", 9), ("2", 9), ("5", 9)],
    "ES": [("6", 9), ("91", 9), ("93", 9), ("94", 9), ("95", 9), ("96", 9)],
    "IT": [("3", 10), ("02", 10), ("011", 10), ("051", 10), ("045", 10), ("081", 10)],
    "PL": [("5", 9), ("6", 9), ("7", 9), ("22", 9), ("12", 9), ("58", 9), ("71", 9)],
    "BR": [(a + "9", 11) for a in ("11", "21", "31", "41", "51", "48")]
    + [(a, 10) for a in ("113", "213", "313", "413")],
    "LI": [("2", 7), ("3", 7), ("7", 7), ("6", 9)],
    "FI": [("40", 10), ("50", 10), ("44", 10), ("45", 10), ("9", 9), ("6", 9), ("2", 9)],
    "BS": [("242", 10)],
    "MT": [("21", 8), ("27", 8), ("79", 8), ("99", 8), ("77", 8)],
}
EXT = {
    "en_GB": "ext.",
    "en_US": "ext.",
    "de_DE": "Durchwahl",
    "fr_FR": "poste",
    "es_ES": "ext.",
    "it_IT": "int.",
    "pl_PL": "wew.",
    "pt_BR": "ramal",
    "de_LI": "intern",
    "sv_FI": "ank.",
    "en_BS": "ext.",
    "mt_MT": "ext.",
}


RUN = re.compile(r"\d(?:[ \-./()]{0,2}\d)*")


def digit_windows(value: str) -> list[str]:
    """'d:' fragments: every 4-digit window of each digit run (separators ignored)."""
    out: list[str] = []
    for run in digit_runs(value):
        for i in range(len(run) - 3):
            w = "d:" + run[i : i + 4]
            if w not in out:
                out.append(w)
    return out


def digit_runs(text: str) -> list[str]:
    """Digit runs of the normalised text, separators (space - . / ( )) between digits ignored."""
    return list(_runs(normalise(text)))


@lru_cache(maxsize=8192)
def _runs(text_norm: str) -> tuple[str, ...]:
    return tuple(re.sub(r"\D", "", f) for f in RUN.findall(text_norm))


def _valid_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    for _ in range(400):
        lead, length = rng.choice(PLAN[region])
        nsn = lead + "".join(str(rng.randint(0, 9)) for _ in range(length - len(lead)))
        if region in ("US", "BS") and (nsn[3] in "01" or nsn[3:6] == "555"):
            continue
        cc = phonenumbers.country_code_for_region(region)
        try:
            num = phonenumbers.parse(f"+{cc}{nsn}", None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return num
    raise RuntimeError(f"no valid {region} number drawn")


def phone(rng: random.Random, locale: str) -> tuple[str, list[str], str]:
    region = REGION[locale]
    num = _valid_number(rng, region)
    fmt = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    nat = phonenumbers.format_number(num, fmt.NATIONAL)
    e164 = phonenumbers.format_number(num, fmt.E164)
    forms = [
        ("intl", intl),
        ("national", nat),
        ("e164", e164),
        ("double_zero", "00" + intl[1:]),
        ("dotted", re.sub(r"[ \-]", ".", nat.strip())),
        ("bare", re.sub(r"\D", "", nat)),
        ("ext", f"{nat} {EXT[locale]} {rng.randint(10, 299)}"),
    ]
    if region in ("US", "BS"):
        d = re.sub(r"\D", "", nat)
        forms[4] = ("dotted", f"{d[:3]}.{d[3:6]}.{d[6:]}")
        forms += [
            ("dashed", f"{d[:3]}-{d[3:6]}-{d[6:]}"),
            ("one_dash", f"1-{d[:3]}-{d[3:6]}-{d[6:]}"),
        ]
    if region == "FR":
        forms += [("spaced", nat)] * 2
    form, value = rng.choice(forms)
    # windows over the national significant number: no country code, trunk 0 or extension
    return value, digit_windows(phonenumbers.national_significant_number(num)), form


MAIL_DOMAINS = {
    "en_GB": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "icloud.com"],
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es_ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "alice.it"],
    "pl_PL": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    "pt_BR": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com", "hotmail.com"],
    "de_LI": ["bluewin.ch", "gmx.ch", "gmail.com", "adon.li", "outlook.com"],
    "sv_FI": ["gmail.com", "elisanet.fi", "kolumbus.fi", "outlook.com", "pp.inet.fi"],
    "en_BS": ["gmail.com", "yahoo.com", "coralwave.com", "batelnet.bs", "hotmail.com"],
    "mt_MT": ["gmail.com", "maltanet.net", "onvol.net", "go.net.mt", "yahoo.com"],
}
CLUB_DOMAINS = {
    "en_GB": ["pennineharriers.org.uk", "kestrelrowing.co.uk"],
    "en_US": ["lakeshorerunners.org", "cedarsoccer.club"],
    "de_DE": ["tsv-eichenau.de", "sg-rheinufer.de"],
    "fr_FR": ["as-croixrousse.fr", "cyclo-erdre.fr"],
    "es_ES": ["cdribera.es", "clubremomar.es"],
    "it_IT": ["polisportivanaviglio.it", "asdcolliberici.it"],
    "pl_PL": ["ks-wislanka.pl", "uks-orlik.pl"],
    "pt_BR": ["acquaticos.com.br", "corridaserrana.com.br"],
    "de_LI": ["fc-rheintal.li", "skiclub-malbun.li"],
    "sv_FI": ["ifk-strand.fi", "seglarna-vasa.fi"],
    "en_BS": ["bluehillstriders.bs", "montagusailing.org"],
    "mt_MT": ["gzirawaterpolo.mt", "harriersmalta.org"],
}
NICKS = [
    "runner",
    "swim",
    "bikes",
    "goalie",
    "fit",
    "climb",
    "tri",
    "row",
    "lift",
    "padel",
    "keeper",
    "striker",
    "yoga",
    "trail",
    "hoops",
    "sprint",
]


def email(rng: random.Random, locale: str, given: str, sur: str) -> tuple[str, list[str], str]:
    g, s = fold(given).lower().replace(" ", ""), fold(sur).lower().replace(" ", "")
    s = s.replace("'", "")
    locals_ = [
        ("dotted_name", f"{g}.{s}"),
        ("initial", f"{g[0]}{s}"),
        ("name_digits", f"{g}{s}{rng.randint(70, 99)}"),
        ("nickname", f"{g[:4]}_{rng.choice(NICKS)}{rng.randint(1, 99)}"),
        ("underscore", f"{s}_{g}"),
    ]
    form, local = rng.choice(locals_)
    if rng.random() < 0.25:
        domain, form = rng.choice(CLUB_DOMAINS[locale]), form + "_club"
    else:
        domain = rng.choice(MAIL_DOMAINS[locale])
    value = f"{local}@{domain}"
    if rng.random() < 0.1:
        value, form = value.upper(), form + "_upper"
    return value, ["t:" + local], form


TLDS = {
    "en_GB": ".co.uk",
    "en_US": ".com",
    "de_DE": ".de",
    "fr_FR": ".fr",
    "es_ES": ".es",
    "it_IT": ".it",
    "pl_PL": ".pl",
    "pt_BR": ".com.br",
    "de_LI": ".li",
    "sv_FI": ".fi",
    "en_BS": ".bs",
    "mt_MT": ".com.mt",
}
PERSONAL_SUFFIX = ["coaching", "pt", "fitness", "runs", "physio", "rides", "yoga", "swims"]


def url(rng: random.Random, locale: str, given: str, sur: str) -> tuple[str, list[str], str]:
    g, s = fold(given).lower().replace(" ", ""), fold(sur).lower().replace(" ", "")
    s = s.replace("'", "")
    slug = rng.choice([f"{g}-{s}", f"{g}.{s}", f"{g}{s}{rng.randint(1, 99)}", f"{s}-{g[0]}"])
    athlete = str(rng.randint(10_000_000, 99_999_999))
    choice = rng.randrange(6)
    if choice == 0:
        host = f"{g}{s}{rng.choice(PERSONAL_SUFFIX)}{rng.choice([TLDS[locale], '.com', '.net'])}"
        pre = rng.choice(["", "www.", "https://", "https://www.", "http://"])
        path = rng.choice(["", "/", "/prices", "/booking"])
        return f"{pre}{host}{path}", ["t:" + host], "personal_site"
    if choice == 1:
        pre = rng.choice(["", "https://www.", "www."])
        return f"{pre}strava.com/athletes/{athlete}", ["t:" + athlete], "strava"
    if choice == 2:
        pre = rng.choice(["", "https://"])
        return f"{pre}instagram.com/{slug}", ["t:" + slug], "instagram"
    if choice == 3:
        club = rng.choice(CLUB_DOMAINS[locale])
        part = rng.choice(["team", "coaches", "members", "squad"])
        return f"https://{club}/{part}/{slug}", ["t:" + slug], "club_profile"
    if choice == 4:
        pre = rng.choice(["", "https://"])
        return f"{pre}linktr.ee/{slug}", ["t:" + slug], "linktree"
    pre = rng.choice(["https://", ""])
    return f"{pre}youtube.com/@{slug}", ["t:" + slug], "youtube"


V4_FIRST = [
    24,
    31,
    37,
    46,
    62,
    67,
    73,
    77,
    78,
    79,
    81,
    82,
    84,
    86,
    87,
    88,
    89,
    91,
    93,
    94,
    95,
    109,
    151,
    176,
    178,
    185,
    188,
    189,
    193,
    201,
    212,
    213,
    217,
]


def ip(rng: random.Random, locale: str) -> tuple[str, list[str], str]:
    if rng.random() < 0.25:
        groups = [
            rng.choice(["2a02", "2a01", "2001", "2804", "2a00"]),
            f"{rng.randint(1, 65535):x}",
        ]
        groups += [f"{rng.randint(0, 65535):x}" for _ in range(2)]
        tail = [f"{rng.randint(1, 65535):x}" for _ in range(rng.choice([2, 4]))]
        value = ":".join(groups) + (":" if len(tail) == 2 else "") + ":" + ":".join(tail)
        value = value.replace(":::", "::")
        return value, ["p:" + value], "ipv6"
    value = ".".join(
        str(x)
        for x in (
            rng.choice(V4_FIRST),
            rng.randint(0, 255),
            rng.randint(0, 255),
            rng.randint(1, 254),
        )
    )
    return value, ["p:" + value], "ipv4"


def card(rng: random.Random, locale: str) -> tuple[str, list[str], str]:
    brand = rng.choice(["visa", "visa", "mastercard", "mastercard", "amex"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
        n = body + ck.luhn_digit(body)
        form = rng.choice(["grouped", "bare"])
        value = f"{n[:4]} {n[4:10]} {n[10:]}" if form == "grouped" else n
        return value, digit_windows(value), f"amex_{form}"
    head = "4" if brand == "visa" else rng.choice(["51", "53", "55", "2221", "2720"])
    body = head + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(head)))
    n = body + ck.luhn_digit(body)
    form = rng.choice(["spaced", "spaced", "dashed", "bare"])
    sep = {"spaced": " ", "dashed": "-", "bare": ""}[form]
    value = sep.join(n[i : i + 4] for i in range(0, 16, 4))
    return value, digit_windows(value), f"{brand}_{form}"


def _d(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def bban(rng: random.Random, country: str) -> str:
    if country == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _d(rng, 14)
    if country == "IE":
        return rng.choice(["AIBK", "BOFI"]) + _d(rng, 14)
    if country == "FR":
        bank, branch, acct = _d(rng, 5), _d(rng, 5), _d(rng, 11)
        return bank + branch + acct + ck.rib_key(bank, branch, acct)
    if country == "ES":
        bank, branch, acct = _d(rng, 4), _d(rng, 4), _d(rng, 10)
        return bank + branch + ck.ccc_digit("00" + bank + branch) + ck.ccc_digit(acct) + acct
    if country == "IT":
        rest = _d(rng, 5) + _d(rng, 5) + _d(rng, 12)
        return ck.cin_letter(rest) + rest
    if country == "PL":
        return _d(rng, 24)
    if country == "BR":
        return _d(rng, 23) + rng.choice("CP") + "1"
    if country == "LI":
        return "0880" + _d(rng, 13)
    if country == "FI":
        body = rng.choice(["1", "2", "5", "8"]) + _d(rng, 12)
        return body + ck.luhn_digit(body)
    if country == "MT":
        return rng.choice(["MALT", "VALL", "APSB"]) + _d(rng, 5) + _d(rng, 18)
    if country == "PT":
        return _d(rng, 21)
    if country == "NL":
        return rng.choice(["ABNA", "INGB", "RABO"]) + _d(rng, 10)
    return _d(rng, 18)  # DE


HOME_IBAN = {
    "en_GB": "GB",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "pl_PL": "PL",
    "pt_BR": "BR",
    "de_LI": "LI",
    "sv_FI": "FI",
    "mt_MT": "MT",
}


def iban(rng: random.Random, locale: str) -> tuple[str, list[str], str]:
    country = HOME_IBAN.get(locale)
    form_tag = ""
    if country is None or rng.random() < 0.1:  # US and Bahamas members pay abroad
        country, form_tag = rng.choice(["GB", "IE", "DE", "NL", "PT"]), "foreign_"
    n = ck.iban_make(country, bban(rng, country))
    form = rng.choice(["grouped", "grouped", "bare", "lower_grouped"])
    value = " ".join(n[i : i + 4] for i in range(0, len(n), 4)) if form != "bare" else n
    if form == "lower_grouped":
        value = value.lower() if rng.random() < 0.3 else value
        form = "grouped" if value.isupper() or not value[:2].islower() else "lower"
    return value, digit_windows(value[2:]), form_tag + form
