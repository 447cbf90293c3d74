"""Sixteenth set: hand-written streets, real town/postcode pairs, addresses, e-mails, URLs, IPs.

An address is built from (street name, street type, house number, unit, town, postcode); the
street-name tokens become "t:" fragments and the postcode a "p:" fragment.
"""

from __future__ import annotations

import random
import re

from .sixteenth_ids import ARABIC_INDIC, ENDASH, FULLWIDTH, NBSP
from .sixteenth_names import fold

_L = "ABDEFGHJLNPQRSTUWXYZ"

# locale -> (streets "Name|Type", towns "Town|postcode-pattern"); '#' digit, '@' letter (GB inward)
PLACES = {
    "en_US": ("Maple|St,Linden|Ave,Magnolia|Blvd,Sycamore|Dr,Juniper|Ln,Ridgewood|Rd,Cedar "
              "Hollow|Ct,Devon|Ave,Halsted|St,Bissonnet|St,Flatbush|Ave,Peachtree|St,Wabash|Ave",
              "Austin, TX|787##,Chicago, IL|606##,Brooklyn, NY|112##,Houston, TX|770##,Seattle, WA|"
              "981##,Dearborn, MI|4812#,Edison, NJ|088##,"
              "Atlanta, GA|303##,Fremont, CA|945##,Denver,"
              " CO|802##"),
    "en_GB": ("Whitechapel|Road,Wilmslow|Road,Belgrave|Road,Soho|Road,Lozells|Road,Kingsway|,"
              "Pollokshaws|Road,Crwys|Road,Hyde Park|Road,Gloucester|Road,Rusholme|Grove,Stokes "
              "Croft|,Queen’s|Road",
              "London|E1 #@@,Manchester|M14 #@@,Leicester|LE4 #@@,Birmingham|B21 #@@,"
              "Glasgow|G41 #@@,Cardiff|CF24 #@@,Leeds|LS6 #@@,Bristol|BS7 #@@,Bradford|BD8 #@@"),
    "en_IN": ("Koramangala 5th Block|,Old Madras|Road,Linking|Road,Anna Salai|,Jubilee Hills "
              "Road No. 36|,Baner|Road,Lodhi|Road,Rashbehari|Avenue,Panampilly|Nagar,Sarjapur|Road",
              "Bengaluru|5600##,Mumbai|4000##,Chennai|6000##,Hyderabad|5000##,Pune|4110##,"
              "New Delhi|1100##,Kolkata|7000##,Kochi|6820##,Gurugram|1220##"),
    "en_ZA": ("Rivonia|Road,Vilakazi|Street,Bree|Street,Florida|Road,Jan Smuts|Avenue,Long|Street,"
              "Rissik|Street,Kloof|Street,Grayston|Drive,Voortrekker|Road",
              "Sandton|2196,Soweto|1804,Cape Town|8001,Durban|4001,Pretoria|0181,Stellenbosch|7600,"
              "Gqeberha|6001,Bloemfontein|9301,Umhlanga|4319"),
    "sv_SE": ("Södermannagatan|,Vasagatan|,Järnvägsgatan|,Rinkebytorget|,Kungsportsavenyn|,"
              "Storgatan|,Möllevångsgatan|,Tensta allé|,Drottninggatan|,Hjalmar Brantingsgatan|",
              "Stockholm|11# ##,Göteborg|41# ##,Malmö|21# ##,Uppsala|75# ##,Södertälje|15# ##,"
              "Linköping|58# ##,Umeå|90# ##,Spånga|163 ##"),
    "fi_FI": ("Mannerheimintie|,Hämeenkatu|,Itäkatu|,Aleksanterinkatu|,Kauppakatu|,"
              "Vähäheikkiläntie|,"
              "Tapiolantie|,Sörnäisten rantatie|,Yliopistonkatu|,Kirkkokatu|",
              "Helsinki|00### ,Espoo|02###,Vantaa|01###,Tampere|33###,Turku|20###,Oulu|90###,"
              "Jyväskylä|40###"),
    "es_MX": ("Insurgentes Sur|Av.,Álvaro Obregón|Av.,Durango|Calle,Chapultepec|Av.,Tonalá|Calle,"
              "Presidente Masaryk|Av.,Vallarta|Av.,Constitución|Av.,Zaragoza|Calle,Amsterdam|Calle",
              "Ciudad de México, CDMX|06700,Ciudad de México, CDMX|03100,Ciudad de México, CDMX|"
              "11560,Guadalajara, Jal.|44160,Monterrey, N.L.|64000,"
              "San Pedro Garza García, N.L.|66220,"
              "Puebla, Pue.|72000,Mérida, Yuc.|97000,Querétaro, Qro.|76000"),
    "pt_BR": ("Augusta|Rua,Paulista|Avenida,Haddock Lobo|Rua,Voluntários da Pátria|Rua,Sete de "
              "Setembro|Avenida,Conselheiro Aguiar|Avenida,Padre Chagas|Rua,Oscar Freire|Rua,"
              "Afonso Pena|Avenida,Marechal Deodoro|Rua", "São Paulo - SP|01310-###,São Paulo - SP|"
              "05409-###,Rio de Janeiro - RJ|22041-###,Belo Horizonte - MG|30130-###,Curitiba - PR|"
              "80010-###,Porto Alegre - RS|90570-###,Recife - PE|51021-###,"
              "Salvador - BA|40140-###"),
    "en_SG": ("Ang Mo Kio|Ave 3,Tampines|St 21,Bukit Batok|West Ave 6,Jurong West|St 52,Toa Payoh|"
              "Lor 1,Serangoon|Road,Tanjong Pagar|Road,Pasir Ris|Drive 3,Yishun|Ring Road,Telok "
              "Ayer|Street", "Singapore|560###,Singapore|529###,Singapore|650###,Singapore|640###,"
              "Singapore|310###,Singapore|218###,Singapore|088###,Singapore|510###,Singapore|760###,"
              "Singapore|068###"),
    "ms_MY": ("Ampang|Jalan,Tun Razak|Jalan,SS 15/4|Jalan,Gasing|Jalan,Bukit Bintang|Jalan,"
              "Burma|Jalan,Kebun Teh|Jalan,Sultan Ismail|Jalan,Penampang|Jalan,Setia Prima U13/S|"
              "Jalan", "Kuala Lumpur|504##,Petaling Jaya|461##,Subang Jaya|475##,Shah Alam|40###,"
              "George Town|102##,Johor Bahru|801##,Kota Kinabalu|88###,Kuching|931##,Ipoh|30###"),
    "en_PK": ("Jail|Road,Shahrah-e-Faisal|,Tariq|Road,Ferozepur|Road,Khayaban-e-Ittehad|,"
              "Murree|Road,Canal Bank|Road,Mall|Road,Zamzama|Boulevard,Nazimuddin|Road",
              "Lahore|54###,Karachi|75###,Islamabad|44###,Rawalpindi|46###,Faisalabad|38###,"
              "Peshawar|25###,Multan|60###"),
    "es_AR": ("Corrientes|Av.,Santa Fe|Av.,Gurruchaga|,Thames|,Bulnes|,Cabildo|Av.,Pellegrini|Bv.,"
              "Colón|Av.,Aristóbulo del Valle|,Emilio Civit|Av.", "CABA|C14## ,CABA|C11##,"
              "Córdoba|X50##,Rosario|S20##,Mendoza|M55##,La Plata|B19##,Mar del Plata|B76##"),
}

# which town each street (in PLACES order) belongs to: a town-name or postcode prefix, * = any
STREET_TOWN = {
    "en_US": "*,*,*,*,*,*,*,Chicago,Chicago,Houston,Brooklyn,Atlanta,Chicago",
    "en_GB": "London,Manchester,Leicester,Birmingham,Birmingham,Manchester,Glasgow,Cardiff,Leeds,"
             "Bristol,Manchester,Bristol,Bristol",
    "en_IN": "Bengaluru,Bengaluru,Mumbai,Chennai,Hyderabad,Pune,New Delhi,Kolkata,Kochi,Bengaluru",
    "en_ZA": "Sandton,Soweto,Cape Town,Durban,Sandton,Cape Town,*,Cape Town,Sandton,*",
    "sv_SE": "Stockholm,*,*,Spånga,Göteborg,*,Malmö,Spånga,*,*",
    "fi_FI": "Helsinki,Tampere,*,Helsinki,*,Turku,Espoo,Helsinki,*,*",
    "es_MX": "Ciudad,Ciudad,Ciudad,Guadalajara,Ciudad,Ciudad,Guadalajara,Monterrey,*,Ciudad",
    "pt_BR": "São Paulo,São Paulo,São Paulo,Rio,Salvador,Recife,Porto Alegre,São Paulo,Belo,"
             "Curitiba",
    "en_SG": "560,529,650,640,310,218,088,510,760,068",
    "ms_MY": "Kuala,Kuala,Subang,Petaling,Kuala,George,Johor,Kuala,Kota,Shah",
    "en_PK": "Lahore,Karachi,Karachi,Lahore,Karachi,Rawalpindi,Lahore,Lahore,Karachi,Islamabad",
    "es_AR": "CABA,CABA,CABA,CABA,CABA,CABA,Rosario,Córdoba,*,Mendoza",
}

STREET_GENERIC = {"st", "ave", "blvd", "dr", "ln", "rd", "ct", "road", "street", "avenue",
                  "drive", "lor", "ring", "west", "jalan", "jln", "calle", "av.", "av", "rua",
                  "r.", "avenida",
                  "bv.", "boulevard", "grove", "nagar", "block", "no.", "5th", "allé", "de", "da",
                  "do", "dos", "del", "lane", "e"}


def _fill(pat: str, rng: random.Random, cpa: bool = False) -> str:
    out = ""
    for ch in pat:
        out += rng.choice("0123456789") if ch == "#" else rng.choice(_L) if ch == "@" else ch
    if cpa:
        out += "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
    return out.strip()


def _abbr(street_type: str) -> str:
    return {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Drive": "Dr", "Avenida": "Av.",
            "Rua": "R.", "Jalan": "Jln", "Calle": "C.", "Boulevard": "Blvd"}.get(street_type,
                                                                                 street_type)


ADDRESS_FORMS = ["oneline", "oneline", "multiline", "abbrev", "caps", "folded", "unit",
                 "pdf_break", "endash", "nbsp_postcode", "lower", "digits_odd"]


def make_address(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    """(value, form, fragments)."""
    streets_s, towns_s = PLACES[locale]
    form = rng.choice(ADDRESS_FORMS)
    streets = streets_s.split(",")
    towns = [t.split("|") for t in re.split(r"(?<=[#@\d ]),", towns_s)]
    keys = STREET_TOWN[locale].split(",")
    for _ in range(30):
        si = rng.randrange(len(streets))
        name, stype = streets[si].split("|")
        key = keys[si]
        town, pat = rng.choice([t for t in towns if key == "*" or t[0].startswith(key)
                                or t[1].startswith(key)])
        if form != "folded" or fold(name + town) != name + town:
            break
    pc = _fill(pat.strip(), rng, locale == "es_AR")
    num = str(rng.randint(1, 240))
    unit = ""
    if form == "unit":
        unit = {"en_US": f"Apt {rng.randint(2, 40)}{rng.choice('ABCD')}",
                "en_GB": f"Flat {rng.randint(1, 12)}", "en_IN": f"Flat {rng.randint(101, 904)}",
                "en_ZA": f"Unit {rng.randint(1, 60)}", "sv_SE": f"lgh {rng.randint(1101, 1403)}",
                "fi_FI": f"A {rng.randint(1, 40)}", "es_MX": f"Int. {rng.randint(1, 12)}",
                "pt_BR": f"apto {rng.randint(11, 184)}", "en_SG": f"#{rng.randint(2, 25):02d}-"
                f"{rng.randint(1, 150):02d}", "ms_MY": f"No. {rng.randint(1, 30)}-"
                f"{rng.randint(1, 9)}", "en_PK": f"Flat {rng.randint(1, 20)}",
                "es_AR": f"{rng.randint(1, 12)}° {rng.choice('ABCD')}"}[locale]
    st = _abbr(stype) if form == "abbrev" else stype
    if locale in ("en_US", "en_GB", "en_ZA", "en_PK", "en_IN") and st:
        street = f"{num} {name} {st}"
    elif locale == "en_SG":
        blk = "Blk " if "Ave" in st or "St" in st or "Lor" in st or "Drive" in st else ""
        street = f"{blk}{num} {name} {st}"
    elif locale in ("sv_SE", "fi_FI", "en_IN"):
        street = f"{name} {num}" if locale != "en_IN" else f"{num}, {name}"
    elif locale == "ms_MY":
        street = f"{num}, {st} {name}"
    elif locale == "es_AR":
        street = f"{(st + ' ') if st else ''}{name} {num * 1 if int(num) > 99 else num + '0'}"
    else:
        street = f"{st} {name}, {num}" if locale == "pt_BR" else f"{st} {name} {num}".strip()
    if unit and locale == "ms_MY":
        street, unit = f"{unit}, {st} {name}", ""
    if unit:
        street = f"{unit}, {street}" if locale in ("en_SG", "ms_MY") and "#" not in unit else (
            f"{street}, {unit}" if locale != "en_SG" else f"{street}, {unit}")
    if locale in ("en_GB", "en_IN", "en_PK", "en_ZA", "ms_MY") or locale == "es_AR":
        tail = f"{town} {pc}" if locale in ("en_GB", "en_PK", "en_ZA") else f"{pc} {town}"
        if locale == "en_IN":
            tail = f"{town} - {pc}"
    elif locale == "en_US":
        tail = f"{town} {pc}"
    elif locale == "en_SG":
        tail = f"Singapore {pc}"
    elif locale == "es_MX":
        tail = f"C.P. {pc}, {town}"
    elif locale == "pt_BR":
        tail = f"{town}, CEP {pc}"
    else:
        tail = f"{pc} {town}"
    sep = "\n" if form in ("multiline", "pdf_break") else ", "
    value = f"{street}{sep}{tail}"
    if form == "pdf_break":
        words = street.split(" ")
        k = rng.randrange(1, len(words)) if len(words) > 1 else 1
        value = " ".join(words[:k]) + "\n" + " ".join(words[k:]) + ", " + tail
    elif form == "caps":
        value = value.upper()
    elif form == "lower":
        value = value.lower()
    elif form == "folded":
        f = fold(value)
        value, form = (f, form) if f != value else (value.lower(), "lower")
    elif form == "endash":
        value = f"{street} {ENDASH} {tail}"
    elif form == "nbsp_postcode":
        value = value.replace(pc, pc.replace(" ", NBSP).replace("-", "\u2011")) if (
            " " in pc or "-" in pc) else value.replace(f" {pc}", f"{NBSP}{pc}")
    elif form == "digits_odd":
        table = ARABIC_INDIC if locale in ("en_PK", "ms_MY") else FULLWIDTH
        value = value.replace(num, num.translate(table), 1)
    toks = [t for t in name.replace("/", " ").replace("-", " ").split()
            if t.lower() not in STREET_GENERIC and not t.isdigit()]
    frag_toks = [fold(t) if form == "folded" else t for t in toks]
    frags = ["t:" + t for t in frag_toks if len(t) > 1]
    frags.append("p:" + pc)
    return value, form, frags


DOMAINS = {"en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"],
           "en_GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com"],
           "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"],
           "en_ZA": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
           "sv_SE": ["gmail.com", "telia.com", "hotmail.se", "bredband.net"],
           "fi_FI": ["gmail.com", "elisanet.fi", "kolumbus.fi", "outlook.com"],
           "es_MX": ["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.es"],
           "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
           "en_SG": ["gmail.com", "singnet.com.sg", "yahoo.com.sg", "outlook.com"],
           "ms_MY": ["gmail.com", "yahoo.com.my", "streamyx.com", "outlook.com"],
           "en_PK": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com"],
           "es_AR": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar"]}
WORK_DOMAINS = ["northwind-analytics.com", "kestrel.io", "bluepeak.dev", "lumencloud.co",
                "orbitlabs.ai", "verdant-systems.net"]

EMAIL_FORMS = ["plain", "plain", "upper", "mailto_md", "angle", "obfuscated", "html_entity",
               "work", "numbered"]


def make_email(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, str,
                                                                                   list[str]]:
    g = fold(given.split()[0]).lower().replace("'", "")
    s = fold(surname.split()[-1]).lower().replace("'", "").replace("-", "")
    local = rng.choice([f"{g}.{s}", f"{g}{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g}_{s}"])
    form = rng.choice(EMAIL_FORMS)
    dom = rng.choice(DOMAINS[locale])
    if form == "numbered":
        local += str(rng.randint(11, 99))
    if form == "work":
        dom = rng.choice(WORK_DOMAINS)
    addr = f"{local}@{dom}"
    if form == "upper":
        addr = addr.upper()
    elif form == "mailto_md":
        addr = f"[{addr}](mailto:{addr})"
    elif form == "angle":
        addr = f"<{addr}>"
    elif form == "obfuscated":
        addr = f"{local} [at] {dom.replace('.', ' [dot] ')}"
    elif form == "html_entity":
        addr = f"{local}&#64;{dom}"
    return addr, form, ["t:" + local]


URL_FORMS = ["linkedin", "linkedin_bare", "personal", "personal_www", "markdown", "github",
             "calendly", "trailing"]


def make_url(rng: random.Random, given: str, surname: str) -> tuple[str, str, list[str]]:
    g = fold(given.split()[0]).lower()
    s = fold(surname.split()[-1]).lower().replace("'", "").replace("-", "")
    slug = f"{g}-{s}-{rng.choice('abcdef0123456789')}{rng.randint(10, 99)}"
    form = rng.choice(URL_FORMS)
    host = f"{g}{s}.{rng.choice(['dev', 'me', 'com', 'io', 'net'])}"
    if form == "linkedin":
        return f"https://www.linkedin.com/in/{slug}/", form, ["t:" + slug]
    if form == "linkedin_bare":
        return f"linkedin.com/in/{slug}", form, ["t:" + slug]
    if form == "personal":
        return f"https://{host}", form, ["t:" + host]
    if form == "personal_www":
        return f"www.{host}/portfolio", form, ["t:" + host]
    if form == "markdown":
        return f"[my site](https://{host}/about)", form, ["t:" + host]
    if form == "github":
        return f"github.com/{g}{s}", form, [f"t:{g}{s}"]
    if form == "calendly":
        return f"https://calendly.com/{g}-{s}/30min", form, [f"t:{g}-{s}"]
    return f"https://{host}/cv.pdf", form, ["t:" + host]


IP_FORMS = ["v4", "v4", "v4_port", "v6", "v6_compressed", "v4_cidr"]


def make_ip(rng: random.Random) -> tuple[str, str, list[str]]:
    form = rng.choice(IP_FORMS)
    if form.startswith("v4"):
        a = rng.choice([31, 41, 49, 62, 85, 102, 103, 111, 138, 152, 177, 186, 196, 203])
        ip = f"{a}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        v = ip + (f":{rng.choice([8080, 3389, 22, 8443])}" if form == "v4_port" else "")
        v += "/32" if form == "v4_cidr" else ""
        return v, form, ["p:" + ip]
    groups = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
    groups[0] = rng.choice(["2001", "2a02", "2406", "2804", "2c0f", "2405"])
    if form == "v6_compressed":
        ip = ":".join(groups[:3]) + "::" + ":".join(groups[6:])
    else:
        ip = ":".join(groups)
    return ip, form, ["p:" + ip]
