"""E-mail addresses (some written against scrapers) and personal URLs (profile slugs, handles,
personal hosts) of the seventh set."""

from __future__ import annotations

import random
import unicodedata

MAIL_DOMAINS = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "proton.me"),
    "en_GB": ("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "nhs.net"),
    "en_IE": ("gmail.com", "eircom.net", "outlook.ie", "hotmail.com", "tcd.ie", "hse.ie"),
    "en_IN": ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com", "iitb.ac.in", "zoho.in"),
    "en_AU": (
        "gmail.com",
        "bigpond.com",
        "outlook.com.au",
        "optusnet.com.au",
        "icloud.com",
        "unimelb.edu.au",
    ),
    "en_CA": ("gmail.com", "rogers.com", "sympatico.ca", "outlook.com", "shaw.ca", "utoronto.ca"),
    "de_DE": ("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"),
    "fr_FR": ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"),
    "es_ES": ("gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es", "ono.com"),
    "it_IT": ("libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it", "outlook.it"),
    "nl_NL": ("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl"),
    "pt_BR": ("gmail.com", "uol.com.br", "terra.com.br", "bol.com.br", "hotmail.com", "usp.br"),
}
COMPANY_DOMAINS = (
    "northwind-analytics.com",
    "bluefjord.io",
    "acmelogistics.co",
    "kestrel-health.org",
    "orbitalbakery.net",
    "vantagepoint.consulting",
    "greenhollow.coop",
    "lumen-labs.ai",
    "harbourline.travel",
    "quillandink.studio",
)


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _slug(text: str) -> str:
    out = "".join(c if c.isalnum() else "-" for c in fold(text).lower())
    return "-".join(p for p in out.split("-") if p)


def email(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, str]:
    """(address, local part)."""
    g, s = _slug(given).replace("-", ""), _slug(surname).replace("-", "")
    r = rng
    local = r.choice(
        [
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{g}{s}",
            f"{s}.{g}",
            f"{g}_{s}{r.randint(1, 99)}",
            f"{g}.{s[:1]}",
            f"{s}{g[0]}",
            f"{g}{r.randint(70, 99)}",
            f"{g}-{s}",
            f"{g[0]}{s}{r.randint(1, 9)}",
            f"{g}.{s}+linkedin",
            f"{s}.{g[:3]}",
        ]
    )
    if len(local) < 4:
        local = f"{g}.{s}"
    domain = r.choice(MAIL_DOMAINS[locale]) if r.random() < 0.7 else r.choice(COMPANY_DOMAINS)
    if r.random() < 0.15:
        local = local.capitalize() if r.random() < 0.5 else local
    if r.random() < 0.05:  # written against scrapers
        host, _, tld = domain.partition(".")
        at, dot = r.choice((("[at]", "[dot]"), ("(at)", "(dot)"), (" at ", " dot "), ("@", " . ")))
        at = at if at.startswith(" ") else f" {at} "
        dot = dot if dot.startswith(" ") else f" {dot} "
        return f"{local}{at}{host}{dot}{tld.replace('.', dot)}", local
    return f"{local}@{domain}", local


def url(rng: random.Random, given: str, surname: str) -> tuple[str, list[str]]:
    """(url, fragments): the personal handle/slug, or the personal host."""
    g, s = _slug(given), _slug(surname)
    r = rng
    handle = r.choice(
        [
            f"{g}-{s}",
            f"{g}{s}",
            f"{g}-{s}-{r.randint(10, 999)}",
            f"{g[0]}{s}",
            f"{g}-{s}-{r.choice('abcdef')}{r.randint(1, 9)}{r.choice('xyz')}{r.randint(10, 99)}",
        ]
    )
    handle = handle.replace("--", "-")
    roll = r.random()
    if roll < 0.4:
        pre = r.choice(("https://www.", "https://", "www.", "linkedin.com", "http://linkedin.com"))
        base = pre if pre.endswith("linkedin.com") else pre + "linkedin.com"
        return f"{base}/in/{handle}" + r.choice(("", "/", "/?locale=en_US")), [handle]
    if roll < 0.55:
        h = handle.replace("-", "")[:20]
        return r.choice((f"https://github.com/{h}", f"github.com/{h}")), [h]
    if roll < 0.65:
        return f"https://calendly.com/{handle}/30min", [handle]
    if roll < 0.75:
        h = f"{g.replace('-', '')}_{s.replace('-', '')[:8]}"
        return r.choice(
            (f"https://x.com/{h}", f"instagram.com/{h}", f"https://mastodon.social/@{h}")
        ), [h]
    host = f"{g}{s}".replace("-", "") + r.choice((".com", ".dev", ".me", ".io", ".design", ".net"))
    path = r.choice(("", "/", "/portfolio", "/blog/hello-world", "/cv.pdf", "/contact"))
    return r.choice(("https://", "http://www.", "www.", "https://www.")) + host + path, [host]
