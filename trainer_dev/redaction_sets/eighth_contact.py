"""Eighth set: contact records (phones per national numbering plan, e-mail local-part shapes,
URLs on many TLDs, IP addresses)."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.eighth_people import Person, fold


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nxx(rng):
    return str(rng.randint(2, 9)) + _d(rng, 2)


def phone(rng: random.Random, locale: str) -> str:
    r = rng.random()
    if locale in ("en_US", "en_CA"):
        area = rng.choice(
            ["212", "415", "312", "503", "617", "713", "305", "720"]
            if locale == "en_US"
            else ["416", "514", "604", "204", "902", "403", "613", "306"]
        )
        ex, line = _nxx(rng), _d(rng, 4)
        return rng.choice(
            [
                f"({area}) {ex}-{line}",
                f"{area}-{ex}-{line}",
                f"{area}.{ex}.{line}",
                f"+1 {area} {ex} {line}",
                f"1-{area}-{ex}-{line}",
                f"+1 ({area}) {ex}-{line}",
                f"{area} {ex} {line}",
                f"+1-{area}-{ex}-{line}",
            ]
        )
    if locale == "en_GB":
        if r < 0.45:
            n = "7" + rng.choice("4589") + _d(rng, 8)
            return rng.choice(
                [
                    f"0{n[:4]} {n[4:]}",
                    f"+44 {n[:4]} {n[4:]}",
                    f"+44 (0){n[:4]} {n[4:]}",
                    f"0{n}",
                    f"0{n[:4]} {n[4:7]} {n[7:]}",
                ]
            )
        if r < 0.75:
            n = _d(rng, 8)
            return rng.choice(
                [
                    f"020 {n[:4]} {n[4:]}",
                    f"+44 20 {n[:4]} {n[4:]}",
                    f"(020) {n[:4]} {n[4:]}",
                    f"+44 (0)20 {n[:4]} {n[4:]}",
                ]
            )
        code = rng.choice(["113", "161", "117", "131", "29"])
        n = _d(rng, 10 - len(code))
        return rng.choice(
            [f"0{code} {n[:3]} {n[3:]}", f"+44 {code} {n[:3]} {n[3:]}", f"(0{code}) {n}"]
        )
    if locale == "en_IE":
        if r < 0.5:
            p, n = "8" + rng.choice("35679"), _d(rng, 7)
            return rng.choice(
                [
                    f"0{p} {n[:3]} {n[3:]}",
                    f"+353 {p} {n[:3]} {n[3:]}",
                    f"0{p}-{n}",
                    f"+353 (0){p} {n[:3]} {n[3:]}",
                ]
            )
        code, n = rng.choice([("1", 7), ("21", 7), ("91", 7), ("61", 6), ("66", 7)]), None
        n = _d(rng, code[1])
        return rng.choice(
            [f"(0{code[0]}) {n[:3]} {n[3:]}", f"+353 {code[0]} {n[:3]} {n[3:]}", f"0{code[0]} {n}"]
        )
    if locale == "en_IN":
        if r < 0.7:
            n = rng.choice("6789") + _d(rng, 9)
            return rng.choice(
                [
                    f"+91 {n[:5]} {n[5:]}",
                    f"+91-{n}",
                    f"0{n[:5]} {n[5:]}",
                    f"{n[:5]} {n[5:]}",
                    f"+91 {n}",
                    f"(+91) {n[:3]} {n[3:6]} {n[6:]}",
                ]
            )
        code = rng.choice(["80", "22", "44", "11", "40", "33"])
        n = _d(rng, 8)
        return rng.choice(
            [
                f"0{code}-{n[:4]} {n[4:]}",
                f"+91 {code} {n}",
                f"0{code} {n[:4]} {n[4:]}",
                f"0{code}-{n}",
            ]
        )
    if locale == "en_AU":
        if r < 0.55:
            n = "4" + _d(rng, 8)
            return rng.choice(
                [f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+61{n}"]
            )
        code, n = rng.choice("2378"), _d(rng, 8)
        return rng.choice(
            [
                f"(0{code}) {n[:4]} {n[4:]}",
                f"0{code} {n[:4]} {n[4:]}",
                f"+61 {code} {n[:4]} {n[4:]}",
            ]
        )
    if locale == "de_DE":
        if r < 0.45:
            p, n = (
                rng.choice(["151", "160", "170", "171", "172", "176", "157"]),
                _d(rng, rng.choice([7, 8])),
            )
            return rng.choice(
                [
                    f"0{p} {n}",
                    f"0{p}/{n}",
                    f"+49 {p} {n}",
                    f"+49 (0){p} {n[:3]} {n[3:]}",
                    f"0{p}-{n}",
                ]
            )
        code = rng.choice(["30", "89", "40", "221", "341", "761"])
        n = _d(rng, 10 - len(code))
        return rng.choice(
            [
                f"0{code} {n}",
                f"0{code}/{n[:4]}-{n[4:]}",
                f"+49 {code} {n}",
                f"+49 (0){code} {n[:3]} {n[3:]}",
                f"(0{code}) {n[:2]} {n[2:4]} {n[4:]}",
            ]
        )
    if locale == "fr_FR":
        n = rng.choice("1234567") + _d(rng, 8)
        pairs = [n[1:3], n[3:5], n[5:7], n[7:]]
        return rng.choice(
            [
                f"0{n[0]} " + " ".join(pairs),
                f"0{n[0]}." + ".".join(pairs),
                f"+33 {n[0]} " + " ".join(pairs),
                f"+33 (0){n[0]} " + " ".join(pairs),
                f"0{n}",
                f"0{n[0]}-" + "-".join(pairs),
            ]
        )
    if locale == "es_ES":
        n = rng.choice(["6", "7", "91", "93", "95", "96"])
        n = n + _d(rng, 9 - len(n))
        return rng.choice(
            [
                f"{n[:3]} {n[3:6]} {n[6:]}",
                f"+34 {n[:3]} {n[3:6]} {n[6:]}",
                f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"+34 {n}",
                f"(+34) {n[:3]} {n[3:6]} {n[6:]}",
                f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
            ]
        )
    if locale == "it_IT":
        if r < 0.55:
            n = "3" + rng.choice("234789") + _d(rng, 8)
            return rng.choice(
                [
                    f"{n[:3]} {n[3:6]} {n[6:]}",
                    f"+39 {n[:3]} {n[3:]}",
                    f"{n[:3]}-{n[3:]}",
                    f"+39 {n[:3]} {n[3:6]} {n[6:]}",
                    f"{n[:3]}/{n[3:]}",
                ]
            )
        code = rng.choice(["02", "06", "011", "081", "051", "055"])
        n = _d(rng, 10 - len(code))
        return rng.choice(
            [f"{code} {n}", f"+39 {code} {n[:4]} {n[4:]}", f"{code}-{n}", f"{code} {n[:4]} {n[4:]}"]
        )
    if locale == "nl_NL":
        if r < 0.5:
            n = _d(rng, 8)
            return rng.choice(
                [
                    f"06-{n}",
                    f"06 {n[:4]} {n[4:]}",
                    f"+31 6 {n}",
                    f"+31 (0)6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                    f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                ]
            )
        code = rng.choice(["20", "10", "30", "70", "50", "40"])
        n = _d(rng, 7)
        return rng.choice(
            [
                f"0{code}-{n[:3]} {n[3:]}",
                f"0{code} {n}",
                f"+31 {code} {n[:3]} {n[3:]}",
                f"+31 (0){code} {n[:3]} {n[3:]}",
            ]
        )
    # pt_BR
    ddd = rng.choice(["11", "21", "31", "51", "81", "71", "41", "85"])
    if r < 0.6:
        n = "9" + rng.choice("6789") + _d(rng, 7)
        return rng.choice(
            [
                f"({ddd}) {n[:5]}-{n[5:]}",
                f"+55 {ddd} {n[:5]}-{n[5:]}",
                f"{ddd} {n[:5]} {n[5:]}",
                f"+55 ({ddd}) {n[:5]}-{n[5:]}",
                f"({ddd}){n[:5]}-{n[5:]}",
                f"0{ddd} {n[:5]}-{n[5:]}",
            ]
        )
    n = rng.choice("2345") + _d(rng, 7)
    return rng.choice(
        [f"({ddd}) {n[:4]}-{n[4:]}", f"+55 {ddd} {n[:4]}-{n[4:]}", f"{ddd} {n[:4]}-{n[4:]}"]
    )


MAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "umich.edu"],
    "en_GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "ed.ac.uk", "nhs.net"],
    "en_IE": ["eircom.net", "gmail.com", "tcd.ie", "ucc.ie", "hotmail.com"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "iitb.ac.in", "outlook.in"],
    "en_AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "unimelb.edu.au", "outlook.com.au"],
    "en_CA": ["gmail.com", "videotron.ca", "rogers.com", "utoronto.ca", "sympatico.ca"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "uni-heidelberg.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "univ-lyon2.fr"],
    "es_ES": ["gmail.com", "telefonica.net", "hotmail.es", "ono.com", "ub.edu"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "pec.it", "unibo.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com", "uva.nl", "hetnet.nl"],
    "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "usp.br", "hotmail.com"],
}
COMPANY_TLDS = [
    "com",
    "io",
    "co",
    "dev",
    "app",
    "tech",
    "studio",
    "agency",
    "consulting",
    "law",
    "health",
    "design",
    "berlin",
    "nyc",
    "london",
    "amsterdam",
    "paris",
    "scot",
    "wales",
    "ie",
    "co.uk",
    "de",
    "fr",
    "es",
    "it",
    "nl",
    "com.br",
    "in",
    "com.au",
    "ca",
    "eu",
    "ai",
    "me",
    "xyz",
    "online",
    "blog",
    "photography",
]


def _slug(s: str) -> str:
    s = fold(s).lower()
    return "".join(c for c in s if c.isalnum())


def email(rng: random.Random, p: Person, employer_slug: str) -> tuple[str, str]:
    """(address, local part)."""
    g = _slug(p.given.split()[0].split("-")[0])
    s = _slug(p.surname_tokens()[-1])
    shape = rng.randrange(12)
    local = [
        f"{g}.{s}",
        f"{g[0]}.{s}",
        f"{g}{s}",
        f"{s}.{g}",
        f"{g}_{s}{rng.randint(70, 99)}",
        f"{g}-{s}",
        f"{g[0]}{s}",
        f"{s}{g[0]}",
        f"{g}.{s}+news",
        f"{g}{rng.randint(1, 2024)}",
        f"{s}.{g[0]}",
        f"{g}.{s[0]}",
    ][shape]
    if shape in (9,) and len(local) < 6:
        local = f"{g}.{s}{rng.randint(1, 99)}"
    if rng.random() < 0.45 and employer_slug:
        domain = f"{employer_slug}.{rng.choice(COMPANY_TLDS)}"
    else:
        domain = rng.choice(MAIL_DOMAINS[p.locale])
    if rng.random() < 0.08:
        local, domain = local.capitalize(), domain
    return f"{local}@{domain}", local


def url(rng: random.Random, p: Person | None, org_slug: str) -> tuple[str, list[str]]:
    """(url, fragments): personal sites leak by host, profile pages by slug."""
    scheme = rng.choice(["https://", "https://", "http://", "", "", "https://www."])
    if p is not None and rng.random() < 0.55:
        g, s = _slug(p.given.split()[0]), _slug(p.surname_tokens()[-1])
        kind = rng.randrange(5)
        if kind == 0:
            slug = rng.choice([f"{g}-{s}", f"{g}{s}", f"{g}-{s}-{rng.randint(10, 999)}"])
            return f"{scheme}linkedin.com/in/{slug}" + ("/" if rng.random() < 0.3 else ""), [
                f"s:{slug}"
            ]
        if kind == 1:
            slug = rng.choice([f"{g}{s}", f"{g[0]}{s}", f"{s}-{g}"])
            site = rng.choice(
                [
                    "github.com",
                    "gitlab.com",
                    "codeberg.org",
                    "behance.net",
                    "dribbble.com",
                    "medium.com/@",
                ]
            )
            sep = "" if site.endswith("@") else "/"
            return f"{scheme}{site}{sep}{slug}", [f"s:{slug}"]
        host = (
            f"{g}{s}.{rng.choice(COMPANY_TLDS)}"
            if kind != 4
            else f"{g}-{s}.{rng.choice(COMPANY_TLDS)}"
        )
        path = rng.choice(["", "/", "/about", "/cv", "/portfolio/2025", "/blog/notes-on-gardening"])
        return f"{scheme}{host}{path}", [f"h:{host}"]
    host = f"{org_slug}.{rng.choice(COMPANY_TLDS)}"
    path = rng.choice(
        [
            "",
            "/",
            "/contact",
            "/events/autumn-meetup",
            "/jobs?id=" + str(rng.randint(100, 9999)),
            "/team/" + (_slug(p.surname_tokens()[-1]) if p else "support"),
            "/de/impressum",
            "/fr/mentions-legales",
        ]
    )
    frags = [f"h:{host}"]
    if "/team/" in path and p:
        frags.append(f"s:{path.rsplit('/', 1)[1]}")
    return f"{scheme}{host}{path}", frags


def ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15:
        return ":".join(f"{rng.randint(0, 65535):x}" for _ in range(8))
    if r < 0.25:
        return f"2a0{rng.randint(0, 9)}:{rng.randint(4096, 65535):x}:{rng.randint(1, 65535):x}::{rng.randint(1, 65535):x}"
    first = rng.choice([rng.randint(1, 223), 10, 172, 192, 81, 93, 185])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
