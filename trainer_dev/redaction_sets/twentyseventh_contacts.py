"""Web contacts (e-mail, URL, IP) and accent folding for the twentyseventh set."""

import unicodedata


def fold(s: str) -> str:
    s = (
        s.replace("ð", "d")
        .replace("Ð", "D")
        .replace("þ", "th")
        .replace("Þ", "Th")
        .replace("æ", "ae")
        .replace("đ", "dj")
        .replace("Đ", "Dj")
    )
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


DOMAINS = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"],
    "en_GB": ["gmail.com", "btinternet.com", "outlook.com", "hotmail.co.uk"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "es_ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "it_IT": ["libero.it", "gmail.com", "tiscali.it", "virgilio.it"],
    "is_IS": ["simnet.is", "gmail.com", "hi.is", "internet.is"],
    "en_JM": ["gmail.com", "yahoo.com", "hotmail.com"],
    "es_CR": ["gmail.com", "ice.co.cr", "racsa.co.cr", "hotmail.com"],
    "sr_RS": ["gmail.com", "sbb.rs", "eunet.rs", "yahoo.com"],
    "ca_ES": ["gmail.com", "xtec.cat", "hotmail.com", "telefonica.net"],
    "en_TT": ["gmail.com", "tstt.net.tt", "yahoo.com", "hotmail.com"],
}
TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "it_IT": "it",
    "is_IS": "is",
    "en_JM": "com",
    "es_CR": "cr",
    "sr_RS": "rs",
    "ca_ES": "cat",
    "en_TT": "tt",
}


def _slug(g, s):
    return fold(g).lower().replace(" ", ""), fold(s).lower().replace(" ", "").replace("'", "")


def email(rng, locale, given, sur):
    g, s = _slug(given, sur)
    local = rng.choice(
        [
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{g}{s}{rng.randrange(70, 100)}",
            f"{s}.{g}",
            f"{g}_{s}",
            f"{g}{s[0]}",
            f"{g[0]}{s}",
        ]
    )
    dom = rng.choice(DOMAINS[locale])
    r = rng.random()
    if r < 0.55:
        return f"{local}@{dom}", "plain", local
    if r < 0.7:
        return (
            f"{local.upper() if rng.random() < 0.3 else local}"
            f"@{dom.upper() if rng.random() < 0.3 else dom}",
            "mixed-case",
            local,
        )
    if r < 0.85:
        d1, d2 = dom.rsplit(".", 1)
        return f"{local} [at] {d1} [dot] {d2}", "obfuscated-at-dot", local
    return f"{local}(at){dom}", "obfuscated-paren-at", local


def url(rng, locale, given, sur):
    g, s = _slug(given, sur)
    r = rng.random()
    if r < 0.3:
        slug = f"{g}-{s}-{rng.choice(['', str(rng.randrange(10, 99)), 'a1b', '7c2'])}".rstrip("-")
        pre = rng.choice(["https://www.linkedin.com/in/", "linkedin.com/in/"])
        return f"{pre}{slug}", "profile-slug", slug
    if r < 0.5:
        slug = rng.choice([f"{g}{s}", f"{g[0]}{s}", f"{s}-{g}", f"{g}-{s}-dev"])
        return f"https://github.com/{slug}", "code-host-user", slug
    if r < 0.65:
        slug = f"{g}-{s}"
        return (
            f"https://calendly.com/{slug}/{rng.choice(['30min', 'mentoring', 'intro-call'])}",
            "booking-link",
            slug,
        )
    host = rng.choice([f"{g}{s}.{TLD[locale]}", f"{s}.dev", f"{g}-{s}.com", f"{g}{s}.net"])
    return rng.choice(
        [
            (f"https://{host}/", "personal-domain-https"),
            (f"www.{host}", "personal-domain-www"),
            (f"{host}/{rng.choice(['blog', 'portfolio', 'cv', 'about'])}", "personal-domain-path"),
        ]
    ) + (host,)


def ip(rng):
    r = rng.random()
    if r < 0.6:
        while True:
            a = rng.randrange(2, 224)
            if a not in (10, 100, 127, 169, 172, 192, 198, 203):
                break
        v = f"{a}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        if r < 0.45:
            return v, "ipv4", v
        return f"{v}:{rng.choice([8080, 8443, 3000, 2222, 5432])}", "ipv4-port", v
    h = lambda: f"{rng.randrange(1, 65536):x}"  # noqa: E731
    v = (
        f"{rng.choice(['2a02', '2a01', '2001', '2a0a', '2600'])}:{h()}:{h()}:{h()}::{h()}"
        if r < 0.85
        else f"{rng.choice(['2a02', '2001', '2a01'])}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"
    )
    return v, ("ipv6-compressed" if "::" in v else "ipv6-full"), v
