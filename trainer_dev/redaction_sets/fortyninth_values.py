"""Value generators for the forty-ninth set: phones, e-mails, URLs, IPs, cards, IBANs, ids.

Every generator takes a ``random.Random`` and returns ``(value, form)``; ids return
``(value, form)`` with form ``"<subtype>"`` so the self-test can recompute the right check.
"""

from __future__ import annotations

import random
import unicodedata

from trainer_dev.redaction_sets import fortyninth_checks as ck

try:  # keep only numbers the numbering plan allows, where the package is there
    import phonenumbers as _pn
except ImportError:  # pragma: no cover - the set is still valid by the hand-written plans
    _pn = None

# (country code, trunk, nsn prefixes, nsn length, national groups, international groups)
PHONE_PLANS = {
    "en_AU": [("61", "0", ["412", "423", "438", "447", "451", "466", "478", "491"], 9,
               (4, 3, 3), (3, 3, 3)),
              ("61", "0", ["29", "39", "73", "89", "38", "28"], 9, (2, 4, 4), (1, 4, 4))],
    "en_CA": [("1", "", ["416", "647", "613", "604", "778", "403", "587", "902", "204", "306",
                         "506", "709", "250", "819"], 10, (3, 3, 4), (3, 3, 4))],
    "nl_NL": [("31", "0", ["61", "62", "63", "64", "65"], 9, (2, 8), (1, 8)),
              ("31", "0", ["20", "10", "30", "70", "40", "50"], 9, (3, 3, 4), (2, 3, 4))],
    "sv_SE": [("46", "0", ["70", "72", "73", "76", "79"], 9, (3, 3, 2, 2), (2, 3, 2, 2)),
              ("46", "0", ["8"], 9, (2, 3, 3, 2), (1, 3, 3, 2))],
    "fi_FI": [("358", "0", ["40", "44", "45", "50"], 9, (3, 3, 4), (2, 3, 4)),
              ("358", "0", ["9"], 8, (2, 4, 3), (1, 4, 3))],
    "es_MX": [("52", "", ["55", "33", "81"], 10, (2, 4, 4), (2, 4, 4)),
              ("52", "", ["222", "442", "999", "664", "477"], 10, (3, 3, 4), (3, 3, 4))],
    "fr_BE": [("32", "0", ["470", "471", "472", "475", "477", "478", "479", "484", "485", "486",
                           "489", "493", "494", "495", "496", "497", "498", "499"], 9,
               (4, 2, 2, 2), (3, 2, 2, 2)),
              ("32", "0", ["2", "4"], 8, (2, 3, 2, 2), (1, 3, 2, 2))],
    "de_CH": [("41", "0", ["76", "77", "78", "79"], 9, (3, 3, 2, 2), (2, 3, 2, 2)),
              ("41", "0", ["44", "43", "31", "61", "41", "71"], 9, (3, 3, 2, 2), (2, 3, 2, 2))],
    "nl_CW": [("599", "", ["95", "96", "94", "97", "98"], 8, (1, 3, 4), (1, 3, 4))],
    "en_LS": [("266", "", ["5", "6", "22"], 8, (4, 4), (4, 4))],
    "af_ZA": [("27", "0", ["82", "83", "84", "72", "73", "76", "79", "61", "71"], 9,
               (3, 3, 4), (2, 3, 4)),
              ("27", "0", ["21", "12", "51", "44", "53"], 9, (3, 3, 4), (2, 3, 4))],
    "ga_IE": [("353", "0", ["83", "85", "86", "87", "89"], 9, (3, 3, 4), (2, 3, 4)),
              ("353", "0", ["1"], 8, (2, 3, 4), (1, 3, 4)),
              ("353", "0", ["91", "66", "74"], 9, (3, 3, 4), (2, 3, 4))],
}

EXT_WORD = {"en_AU": "ext.", "en_CA": "ext.", "nl_NL": "toestel", "sv_SE": "ankn.",
            "fi_FI": "alanro", "es_MX": "ext.", "fr_BE": "poste", "de_CH": "intern",
            "nl_CW": "toestel", "en_LS": "ext.", "af_ZA": "uitbr.", "ga_IE": "ext."}


def _groups(text: str, sizes: tuple[int, ...]) -> list[str]:
    out, i = [], 0
    for n in sizes[:-1]:
        out.append(text[i:i + n])
        i += n
    out.append(text[i:])
    return out


def phone_valid(locale: str, cc: str, nsn: str) -> bool:
    if _pn is None:
        return True
    region = locale.split("_")[1]
    try:
        num = _pn.parse(f"+{cc}{nsn}")
    except _pn.NumberParseException:
        return False
    return _pn.is_valid_number_for_region(num, region)


def phone(rng: random.Random, locale: str) -> tuple[str, str]:
    """A phone number valid in the locale's plan, in one of the forms people write."""
    plan = rng.choice(PHONE_PLANS[locale])
    cc, trunk, prefixes, length, nat_g, intl_g = plan
    for _ in range(200):
        pre = rng.choice(prefixes)
        nsn = pre + "".join(str(rng.randrange(10)) for _ in range(length - len(pre)))
        if nsn[len(pre):].startswith(("0", "1")) and cc == "1":
            continue
        if phone_valid(locale, cc, nsn) and "0000" not in nsn:
            break
    nat = _groups(trunk + nsn, nat_g)
    intl = _groups(nsn, intl_g)
    forms = ["national", "national", "intl", "intl", "e164", "dotted", "compact", "ext",
             "dashed"]
    if locale != "en_AU":  # Australians dial 0011 abroad, so they never write 0061
        forms.append("intl00")
    if trunk:
        forms += ["trunk-paren", "paren-area"]
    form = rng.choice(forms)
    if cc == "1":  # North American forms
        a, b, c = nat
        return {
            "national": (f"({a}) {b}-{c}", "national"), "dashed": (f"{a}-{b}-{c}", "dashed"),
            "dotted": (f"{a}.{b}.{c}", "dotted"), "intl": (f"+1 {a}-{b}-{c}", "intl"),
            "e164": (f"+1{a}{b}{c}", "e164"), "compact": (f"1-{a}-{b}-{c}", "trunk1"),
            "ext": (f"{a}-{b}-{c} ext. {rng.randint(10, 899)}", "ext"),
            "intl00": (f"+1 ({a}) {b} {c}", "intl"),
        }[form]
    if form == "national":
        return " ".join(nat), form
    if form == "dashed":
        return nat[0] + "-" + "".join(nat[1:]) if rng.random() < 0.5 else "-".join(nat), form
    if form == "dotted":
        return ".".join(nat), form
    if form == "paren-area":
        return f"({nat[0]}) " + " ".join(nat[1:]), form
    if form == "compact":
        return "".join(nat), form
    if form == "ext":
        return f"{' '.join(nat)} {EXT_WORD[locale]} {rng.randint(10, 899)}", form
    if form == "intl":
        return f"+{cc} " + " ".join(intl), form
    if form == "e164":
        return f"+{cc}{nsn}", form
    if form == "intl00":
        return f"00{cc} " + " ".join(intl), form
    return f"+{cc} ({trunk}){' '.join(intl)}", form


# --- e-mail and URLs -----------------------------------------------------------------------

MAIL_DOMAINS = {
    "en_AU": ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au", "icloud.com"],
    "en_CA": ["shaw.ca", "sympatico.ca", "gmail.com", "videotron.ca", "rogers.com"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "sv_SE": ["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"],
    "fi_FI": ["elisanet.fi", "gmail.com", "luukku.com", "hotmail.fi", "kolumbus.fi"],
    "es_MX": ["prodigy.net.mx", "gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.es"],
    "fr_BE": ["skynet.be", "telenet.be", "gmail.com", "hotmail.be", "proximus.be"],
    "de_CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch"],
    "nl_CW": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "live.nl"],
    "en_LS": ["gmail.com", "yahoo.com", "leo.co.ls", "outlook.com", "webmail.co.za"],
    "af_ZA": ["mweb.co.za", "vodamail.co.za", "gmail.com", "telkomsa.net", "absamail.co.za"],
    "ga_IE": ["eircom.net", "gmail.com", "hotmail.com", "outlook.ie", "icloud.com"],
}
TLDS = {
    "en_AU": ["com.au", "net.au", "id.au"], "en_CA": ["ca", "com"], "nl_NL": ["nl", "nu"],
    "sv_SE": ["se", "nu"], "fi_FI": ["fi", "net"], "es_MX": ["mx", "com.mx"],
    "fr_BE": ["be", "eu"], "de_CH": ["ch", "swiss"], "nl_CW": ["cw", "com"],
    "en_LS": ["co.ls", "org.ls"], "af_ZA": ["co.za", "africa"], "ga_IE": ["ie", "eu"],
}
HOBBY = ["kombi", "garage", "oldtimer", "ritten", "rally", "4x4", "klassiek", "builds",
         "restomod", "roadtrip", "bakkie", "vanlife"]
PLATFORMS = ["instagram.com/{s}", "www.youtube.com/@{s}", "facebook.com/{s}", "tiktok.com/@{s}",
             "flickr.com/photos/{s}", "linktr.ee/{s}", "github.com/{s}"]


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c)).replace("'", "").replace("’", "")


def email(rng: random.Random, locale: str, first: str, last: str) -> tuple[str, str]:
    f, ln = fold(first).lower(), fold(last).lower().replace(" ", "")
    style = rng.choice(["first.last", "firstlast", "f.last", "first_l", "last.first",
                        "firstNN", "hobby"])
    local = {
        "first.last": f"{f}.{ln}", "firstlast": f"{f}{ln}", "f.last": f"{f[0]}.{ln}",
        "first_l": f"{f}_{ln[0]}{rng.randint(60, 99)}", "last.first": f"{ln}.{f}",
        "firstNN": f"{f}{rng.randint(1970, 2004)}", "hobby": f"{f}.{rng.choice(HOBBY)}",
    }[style]
    dom = rng.choice(MAIL_DOMAINS[locale])
    value = f"{local}@{dom}"
    if rng.random() < 0.12:
        value = value.capitalize() if style != "hobby" else value
    return value, style


def url(rng: random.Random, locale: str, first: str, last: str) -> tuple[str, str]:
    f, ln = fold(first).lower(), fold(last).lower().replace(" ", "")
    style = rng.choice(["platform", "platform", "site", "site-path", "https-site", "share"])
    if style in ("platform",):
        slug = rng.choice([f"{f}.{ln}", f"{f}_{rng.choice(HOBBY)}", f"{ln}{f[0]}", f"{f}{ln}"])
        value = rng.choice(PLATFORMS).format(s=slug)
        if rng.random() < 0.4:
            value = "https://" + value.removeprefix("www.")
        return value, style
    if style == "share":
        slug = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
                       for _ in range(12))
        host = rng.choice(["photos.app.goo.gl", "we.tl/t", "dropbox.com/s", "imgur.com/a"])
        return f"https://{host}/{slug}", style
    host = rng.choice([f"{f}{ln}", f"{ln}-{rng.choice(HOBBY)}", f"{f}s-{rng.choice(HOBBY)}",
                       f"{f}-{ln}"]) + "." + rng.choice(TLDS[locale])
    if style == "site":
        return rng.choice([host, "www." + host]), style
    path = rng.choice(["blog", "fotos", "projekt", "build-log", "over-mij", "kontakt"])
    scheme = "https://" if style == "https-site" else ""
    return f"{scheme}{host}/{path}/{rng.randint(2, 40)}", style


def ip(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.15:
        groups = ["2a02", f"{rng.randrange(0x1000, 0xffff):x}"] + [
            f"{rng.randrange(1, 0xffff):x}" for _ in range(6)]
        return ":".join(groups), "v6"
    first = rng.choice([24, 31, 37, 41, 62, 77, 80, 81, 83, 84, 86, 89, 91, 94, 102, 105, 109,
                        145, 178, 185, 188, 189, 193, 196, 197, 201, 212, 213, 217])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "v4"


# --- cards and banks -----------------------------------------------------------------------


def card(rng: random.Random) -> tuple[str, str]:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex"])
    prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720)),
              "amex": rng.choice(["34", "37"])}[brand]
    length = 15 if brand == "amex" else 16
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - 1 - len(prefix)))
    num = body + ck.luhn_digit(body)
    style = rng.choice(["spaced", "spaced", "compact", "dashed"])
    if brand == "amex":
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    sep = {"spaced": " ", "compact": "", "dashed": "-"}[style]
    return sep.join(parts), f"{brand}-{style}"


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def bban(rng: random.Random, country: str) -> str:
    if country == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + \
            "0" + _d(rng, 9)
    if country == "SE":
        return rng.choice(["500", "600", "300", "800", "957"]) + _d(rng, 17)
    if country == "FI":
        return rng.choice(["1", "2", "5", "8", "3"]) + _d(rng, 13)
    if country == "BE":
        head = rng.choice(["001", "063", "068", "310", "363", "734", "751", "973"]) + _d(rng, 7)
        return head + f"{int(head) % 97 or 97:02d}"
    if country == "CH":
        return rng.choice(["00700", "00762", "00235", "80808", "00767", "09000"]) + _d(rng, 12)
    if country == "IE":
        bank = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"])
        return bank + {"AIBK": "93", "BOFI": "90", "IPBS": "99", "ULSB": "98"}[bank] + \
            _d(rng, 12)
    if country == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + _d(rng, 14)
    if country == "ES":
        bank, branch, acc = _d(rng, 4), _d(rng, 4), _d(rng, 10)
        return bank + branch + ck.es_dc("00" + bank + branch) + ck.es_dc(acc) + acc
    if country == "FR":
        bank, branch, acc = rng.choice(["30004", "30003", "20041", "10278"]), _d(rng, 5), \
            _d(rng, 11)
        return bank + branch + acc + ck.fr_rib_key(bank, branch, acc)
    return _d(rng, 8) + _d(rng, 10)  # DE


# Countries of the IBANs written in each locale: its own, or (no IBAN at home) the one its
# posters bank with abroad.
IBAN_COUNTRIES = {
    "en_AU": ["GB"], "en_CA": ["FR", "GB"], "nl_NL": ["NL"], "sv_SE": ["SE"], "fi_FI": ["FI"],
    "es_MX": ["ES", "DE"], "fr_BE": ["BE"], "de_CH": ["CH"], "nl_CW": ["NL"],
    "en_LS": ["GB"], "af_ZA": ["GB", "NL"], "ga_IE": ["IE"],
}


def iban(rng: random.Random, locale: str) -> tuple[str, str]:
    country = rng.choice(IBAN_COUNTRIES[locale])
    b = bban(rng, country)
    value = country + ck.iban_check(country, b) + b
    style = rng.choice(["grouped", "grouped", "compact"])
    if style == "grouped":
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value, f"{country}-{style}"
