"""E-mail addresses and URLs of the ninth set.

Both take a person who is NOT named elsewhere in the post, so that the address is scored on its
own. Fragments (see ``ninth.py``): ``s:`` the e-mail local part, the personal domain label, the
URL's personal host label or its profile slug/handle."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.ninth_people import draw_name, fold

WEBMAIL = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "proton.me"],
    "en_GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
    "en_IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com", "zohomail.in"],
    "en_AU": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"],
    "en_CA": ["gmail.com", "videotron.ca", "rogers.com", "outlook.com", "shaw.ca"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org"],
    "fr_FR": ["orange.fr", "laposte.net", "free.fr", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "es_ES": ["gmail.com", "telefonica.net", "hotmail.es", "yahoo.es", "outlook.es"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl"],
    "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com"],
}

COMPANY_DOMAINS = {
    "en": [
        "brightkite-logistics.com",
        "northfieldanalytics.io",
        "harbourline.co",
        "quillandslate.com",
        "tallgrass-energy.net",
        "bluefern.health",
    ],
    "de": [
        "kanzlei-rheinufer.de",
        "nordlicht-software.de",
        "stadtwerke-example.de",
        "brotmanufaktur.berlin",
        "hafenkontor.hamburg",
    ],
    "fr": ["atelier-sud.fr", "cabinet-vauban.fr", "boulangerie-martin.paris", "lumiere-conseil.fr"],
    "es": ["estudio-albero.es", "grupo-levante.com", "asesoria-norte.es", "taller-mar.cat"],
    "it": ["studiolegale-arno.it", "officina-verde.it", "pastificio-sole.it", "vetreria.design"],
    "nl": ["bureau-grachtzicht.nl", "fietsfabriek.amsterdam", "polderdata.nl", "tulpadvies.nl"],
    "pt": ["estudio-ipe.com.br", "cafe-serrano.com.br", "grupo-aurora.com.br", "jacaranda.rio"],
}

PERSONAL_TLDS = [
    "name",
    "dev",
    "design",
    "studio",
    "photography",
    "me",
    "io",
    "art",
    "blog",
    "com",
    "net",
    "xyz",
    "consulting",
    "coach",
    "berlin",
    "amsterdam",
    "nyc",
    "london",
    "scot",
    "cymru",
    "ie",
    "in",
    "com.au",
    "ca",
    "de",
    "fr",
    "es",
    "it",
    "nl",
    "com.br",
]

PLATFORMS = [
    ("linkedin.com/in/{slug}", "slug"),
    ("www.linkedin.com/in/{slug}/", "slug"),
    ("github.com/{handle}", "handle"),
    ("instagram.com/{handle}", "handle"),
    ("calendly.com/{handle}/30min", "handle"),
    ("about.me/{handle}", "handle"),
    ("www.xing.com/profile/{xing}", "xing"),
    ("behance.net/{handle}", "handle"),
    ("medium.com/@{handle}", "handle"),
    ("{handle}.substack.com", "handle"),
    ("linktr.ee/{handle}", "handle"),
    ("dribbble.com/{handle}", "handle"),
]


def _ascii(text: str) -> str:
    return "".join(c for c in fold(text).lower() if c.isalnum())


def _person(rng: random.Random, locale: str) -> tuple[str, str]:
    given, surname = draw_name(rng, locale)
    return _ascii(given), _ascii(surname.replace(" ", "").replace("-", "").replace("'", ""))


def local_part(rng: random.Random, locale: str) -> str:
    g, s = _person(rng, locale)
    year = str(rng.randint(62, 99)) if rng.random() < 0.5 else str(rng.randint(1970, 2003))
    return rng.choice(
        [
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{g}{s}",
            f"{s}.{g}",
            f"{g}_{s}{year}",
            f"{g}{year}",
            f"{s}{g[0]}",
            f"{g}-{s}",
            f"{g[0]}{s}",
            f"{g}.{s[0]}",
            f"{g}+newsletter",
            f"{s}.{g[:3]}",
        ]
    )


def email(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    lang = locale[:2]
    local = local_part(rng, locale)
    kind = rng.random()
    frags = ["s:" + local]
    if kind < 0.5:
        domain, form = rng.choice(WEBMAIL[locale]), "webmail"
    elif kind < 0.8:
        domain, form = rng.choice(COMPANY_DOMAINS[lang]), "company"
    else:
        g, s = _person(rng, locale)
        label = rng.choice([f"{g}{s}", f"{s}-{g}", f"{g}-{s}", f"{s}"])
        domain, form = f"{label}.{rng.choice(PERSONAL_TLDS)}", "personal domain"
        local = rng.choice(["hello", "mail", "contact", "hi", g])
        frags = ["s:" + label] + (["s:" + local] if local == g else [])
    value = f"{local}@{domain}"
    if rng.random() < 0.06:
        value = value.upper() if rng.random() < 0.5 else value.capitalize()
    return value, form, frags


def url(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    g, s = _person(rng, locale)
    if rng.random() < 0.55:
        template, slot = rng.choice(PLATFORMS)
        slug = rng.choice(
            [
                f"{g}-{s}",
                f"{g}{s}",
                f"{g}-{s}-{rng.randint(10, 9999)}",
                f"{s}{g[0]}",
                f"{g}-{s}-{rng.choice(['a1b2', 'x7', 'phd', 'cpa'])}",
            ]
        )
        handle = rng.choice(
            [
                f"{g}{s}",
                f"{g}_{s}",
                f"{s}.{g}",
                f"{g}{rng.randint(1, 99)}{s[:3]}",
                f"the{s}",
                f"{g}.{s}",
            ]
        ).replace(".", "_" if "substack" in template else ".")
        xing = f"{g.capitalize()}_{s.capitalize()}{rng.choice(['', '2', '3'])}"
        token = {"slug": slug, "handle": handle, "xing": xing}[slot]
        value = template.format(slug=slug, handle=handle, xing=xing)
        form = "platform"
        frags = ["s:" + token]
    else:
        label = rng.choice(
            [f"{g}{s}", f"{g}-{s}", f"{s}-studio", f"{s}fotografie", f"{g}{s[0]}", f"{s}-{g}"]
        )
        host = f"{label}.{rng.choice(PERSONAL_TLDS)}"
        path = rng.choice(
            [
                "",
                "",
                "/",
                "/portfolio",
                "/about",
                "/blog/2024/hello",
                "/cv.pdf",
                "/?utm_source=linkedin",
            ]
        )
        value = rng.choice(["", "www."]) + host + path
        form = "personal site"
        frags = ["s:" + label]
    scheme = rng.random()
    if scheme < 0.35:
        value = "https://" + value
    elif scheme < 0.42:
        value = "http://" + value
    return value, form, frags
