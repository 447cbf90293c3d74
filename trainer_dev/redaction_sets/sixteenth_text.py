"""Sixteenth set: look-alikes (must survive) and the noise layer applied around values.

Values and look-alikes are protected by markers while noise (hard wraps, caps, odd spaces,
typos, fancy quotes, HTML entities, markdown, emoji) is applied to the surrounding text.
"""

from __future__ import annotations

import random

from .sixteenth_ids import FULLWIDTH
from .sixteenth_templates import EMOJI

NAMED = {
    "en_US": ["Johns Hopkins", "Wells Fargo", "Lincoln Center", "Ben & Jerry's", "Walt Disney "
              "World", "Ford Mustang", "Hilton Garden Inn", "Morgan Stanley"],
    "en_GB": ["Marks & Spencer", "Sainsbury's", "Royal Albert Hall", "Rolls-Royce", "Cadbury",
              "Victoria Station", "Barclays", "Kew Gardens"],
    "en_IN": ["Indira Gandhi International Airport", "Tata Consultancy Services", "Mahindra Thar",
              "Birla Mandir", "Nehru Place", "Kempegowda Airport", "Godrej", "Infosys"],
    "en_ZA": ["Nelson Mandela Bay", "OR Tambo International", "Steve Biko Academic Hospital",
              "King Shaka International", "Woolworths", "Shoprite", "Vodacom"],
    "sv_SE": ["Nobelmuseet", "Ericsson", "Volvo", "Karolinska Institutet", "Åhléns", "Gustav "
              "Adolfs torg", "Spotify"],
    "fi_FI": ["Sibelius-monumentti", "Fazer", "Stockmann", "Aalto-yliopisto", "Paulig",
              "Nokia", "Marimekko"],
    "es_MX": ["Aeropuerto Benito Juárez", "Estadio Azteca", "Bimbo", "Palacio de Bellas Artes",
              "Museo Frida Kahlo", "Cinépolis", "Metro Zapata"],
    "pt_BR": ["Aeroporto Santos Dumont", "Natura", "Estádio do Morumbi", "Museu Oscar "
              "Niemeyer", "Embraer", "Havaianas", "Itaú"],
    "en_SG": ["Raffles Place", "Marina Bay Sands", "Changi Airport", "Lee Kong Chian Natural "
              "History Museum", "Grab", "Shopee"],
    "ms_MY": ["Dataran Merdeka", "Menara Petronas", "Proton Saga", "Masjid Sultan Salahuddin "
              "Abdul Aziz Shah", "AirAsia", "Maxis"],
    "en_PK": ["Allama Iqbal International Airport", "Jinnah International Airport",
              "Shaukat Khanum Hospital", "Aga Khan University", "Faisal Mosque", "Daraz"],
    "es_AR": ["Aeroparque Jorge Newbery", "Teatro Colón", "Mercado Libre", "Estadio Monumental",
              "Parque Sarmiento", "Quilmes"],
}

CURRENCY = {"en_US": "${:,}.00", "en_GB": "£{:,}", "en_IN": "₹{:,}", "en_ZA": "R{:,}",
            "sv_SE": "{} kr", "fi_FI": "{} €", "es_MX": "${:,} MXN", "pt_BR": "R$ {},00",
            "en_SG": "S${:,}", "ms_MY": "RM{:,}", "en_PK": "Rs. {:,}", "es_AR": "$ {} ARS"}
AIRLINES = {"en_US": "UA,AA,DL", "en_GB": "BA,VS,U2", "en_IN": "AI,6E,UK", "en_ZA": "SA,FA",
            "sv_SE": "SK,DY", "fi_FI": "AY", "es_MX": "AM,Y4,VB", "pt_BR": "LA,G3,AD",
            "en_SG": "SQ,TR", "ms_MY": "MH,AK,OD", "en_PK": "PK,PA,9P", "es_AR": "AR,FO"}
MONTHS = {"en": "January,February,March,April,May,June,July,August,September,October,November,"
          "December", "sv": "januari,februari,mars,april,maj,juni,juli,augusti,september,"
          "oktober,november,december", "fi": "tammikuuta,helmikuuta,maaliskuuta,huhtikuuta,"
          "toukokuuta,kesäkuuta", "es": "enero,febrero,marzo,abril,mayo,junio,julio,agosto",
          "pt": "janeiro,fevereiro,março,abril,maio,junho,julho", "ms": "Januari,Februari,Mac,"
          "April,Mei,Jun"}

LA_FRAMES = {
    "order_no": ["(order {x})", "my order {x} still hasn't shipped", "ref. pedido/order {x}"],
    "invoice_no": ["invoice {x} is attached", "re: {x}", "see {x} for the breakdown"],
    "ticket_no": ["raised it as {x}", "ticket {x} is still open", "tracked under {x}"],
    "tracking_no": ["tracking: {x}", "courier says {x} is out for delivery"],
    "price": ["early bird {x}", "costs {x} per seat", "budget approx. {x}", "only {x}!!"],
    "date": ["on {x}", "deadline {x}", "save the date: {x}", "starts {x}"],
    "time": ["at {x}", "doors open {x}", "we kick off at {x} sharp"],
    "version": ["upgraded to {x}", "works on {x} only", "release {x} is out"],
    "model_no": ["running on a {x}", "demo on the {x}", "bought a {x} for the lab"],
    "isbn": ["ISBN {x}", "(ISBN: {x})"],
    "flight": ["flying {x}", "on flight {x}", "landing with {x}"],
    "room": ["in {x}", "session moved to {x}"],
    "seat": ["I'm in {x}", "grab {x} if free"],
    "measurement": ["the booth is {x}", "banner size {x}", "approx. {x} in total"],
    "named": ["at {x}", "hosted by {x}", "near {x}", "our friends at {x}", "visit to {x}"],
    "percent": ["up {x} YoY", "{x} of attendees were first-timers"],
}


def isbn13(rng: random.Random) -> str:
    body = "978" + rng.choice(["0", "1", "91", "951", "84", "85", "81", "967", "969", "950"])
    while len(body) < 12:
        body += rng.choice("0123456789")
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return f"{full[:3]}-{full[3:4]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def isbn_ok(s: str) -> bool:
    d = s.replace("-", "")
    return len(d) == 13 and sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d)) \
        % 10 == 0


def lookalike(rng: random.Random, locale: str, lang: str, digits: bool = True) -> tuple[str,
                                                                                        str]:
    """(string, kind). With digits=False only digit-free look-alikes (named things)."""
    kinds = ["order_no", "invoice_no", "ticket_no", "tracking_no", "price", "price", "date",
             "date", "time", "version", "model_no", "isbn", "flight", "room", "seat",
             "measurement", "named", "named", "named", "percent"]
    kind = rng.choice(kinds) if digits else "named"
    r = rng.randint
    if kind == "order_no":
        x = rng.choice([f"#{r(100000, 999999)}", f"ORD-{r(2023, 2026)}-{r(10000, 99999)}",
                        f"{r(100, 999)}-{r(1000000, 9999999)}-{r(1000000, 9999999)}"])
    elif kind == "invoice_no":
        x = rng.choice([f"INV-{r(2023, 2026)}-{r(100, 9999):04d}", f"NF-e {r(1000, 99999)}",
                        f"Factura A-{r(1, 9):04d}-{r(1, 99999):08d}"])
    elif kind == "ticket_no":
        x = rng.choice([f"TKT-{r(10000, 999999)}", f"DATA-{r(100, 9999)}", f"INC{r(10**6, 10**7)}"])
    elif kind == "tracking_no":
        x = "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16))
    elif kind == "price":
        n = rng.choice([r(5, 99), r(100, 999), r(1000, 45000)])
        x = CURRENCY[locale].format(n)
        if locale in ("sv_SE", "fi_FI") and n >= 1000:
            x = x.replace(str(n), f"{n // 1000} {n % 1000:03d}")
    elif kind == "date":
        d, m, y = r(1, 28), r(1, 12), r(2024, 2026)
        mon = MONTHS[lang].split(",")
        x = rng.choice([f"{d:02d}/{m:02d}/{y}" if locale != "en_US" else f"{m}/{d}/{y}",
                        f"{y}-{m:02d}-{d:02d}", f"{d} {mon[(m - 1) % len(mon)]}",
                        f"{d}.{m}.{y}" if lang == "fi" else f"{d} {mon[(m - 1) % len(mon)]} {y}"])
    elif kind == "time":
        x = rng.choice([f"{r(7, 20)}:{rng.choice(['00', '15', '30', '45'])}",
                        f"{r(1, 11)}{rng.choice(['am', ' PM', 'pm'])}",
                        f"kl. {r(8, 18)}.{rng.choice(['00', '30'])}" if lang == "sv" else
                        f"{r(8, 18)}h{rng.choice(['', '30'])}"])
    elif kind == "version":
        x = rng.choice([f"v{r(1, 9)}.{r(0, 20)}.{r(0, 9)}", f"Python 3.{r(9, 13)}",
                        f"iOS {r(15, 18)}.{r(0, 5)}", f"Android {r(11, 15)}"])
    elif kind == "model_no":
        x = rng.choice([f"XPS 13 {r(9300, 9350)}", f"ThinkPad T{r(14, 16)}s Gen {r(2, 5)}",
                        f"SM-S{r(900, 938)}B", f"RTX {rng.choice([3060, 4070, 4090, 5080])}",
                        f"Galaxy A{r(14, 56)}"])
    elif kind == "isbn":
        x = isbn13(rng)
    elif kind == "flight":
        x = f"{rng.choice(AIRLINES[locale].split(','))} {r(11, 2999)}"
    elif kind == "room":
        x = rng.choice([f"Room {r(1, 9)}.{r(1, 40):02d}", f"Hall {rng.choice('ABCD')}{r(1, 9)}",
                        f"Sala {r(1, 12)}", f"Level {r(2, 40)}"])
    elif kind == "seat":
        x = f"Seat {r(1, 45)}{rng.choice('ABCDEF')}"
    elif kind == "measurement":
        x = rng.choice([f"{r(2, 6)}.{r(1, 9)} m", f"{r(150, 200)} cm", f"{r(3, 42)} km",
                        f"{r(2, 25)} kg"])
    elif kind == "percent":
        x = f"{r(3, 87)}%"
    else:
        x = rng.choice(NAMED[locale])
    return x, kind


def frame(rng: random.Random, kind: str) -> str:
    return rng.choice(LA_FRAMES[kind])


SPACES = ["\u00a0", "\u2009", "\u202f", "  "]


def _protected(tok: str) -> bool:
    return any(c in tok for c in "\x00\x01\x02\x03")


def noise(rng: random.Random, text: str, allow_digits: bool = True) -> tuple[str, list[str]]:
    """Apply 1-4 noise operations to text with protected markers; returns (text, ops)."""
    ops_all = ["wrap", "caps_line", "odd_spaces", "typos", "quotes", "html", "markdown",
               "emoji", "random_case", "quote_reply", "fold_dashes"]
    ops = rng.sample(ops_all, rng.randint(1, 4))
    lines = text.split("\n")
    if "caps_line" in ops:
        i = rng.randrange(len(lines))
        lines[i] = lines[i].upper()
    if "random_case" in ops:
        i = rng.randrange(len(lines))
        lines[i] = " ".join(w if _protected(w) or rng.random() < 0.6 else
                            "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in w)
                            for w in lines[i].split(" "))
    text = "\n".join(lines)
    words = text.split(" ")
    if "typos" in ops:
        for _ in range(rng.randint(1, 3)):
            j = rng.randrange(len(words))
            w = words[j]
            if len(w) > 4 and w.isalpha() and not _protected(w):
                k = rng.randrange(1, len(w) - 2)
                words[j] = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    if "emoji" in ops:
        for _ in range(rng.randint(1, 2)):
            words.insert(rng.randrange(1, len(words) + 1), rng.choice(EMOJI))
    out = ""
    col = 0
    for j, w in enumerate(words):
        if j:
            sep = " "
            if "wrap" in ops and col > rng.randint(28, 64):
                sep, col = "\n", 0
            elif "odd_spaces" in ops and rng.random() < 0.15:
                sep = rng.choice(SPACES)
            out += sep
        out += w
        col += len(w) + 1
    text = out
    if "quotes" in ops:
        text = text.replace("'", "’").replace(" \"", " “").replace("\"", "”")
    if "html" in ops:
        text = text.replace("&", "&amp;").replace("\n", "<br>\n", rng.randint(1, 3))
        if allow_digits and rng.random() < 0.5:
            text = text.replace("’", "&#39;").replace("'", "&#39;")
        text = text.replace("  ", " &nbsp;")
    if "markdown" in ops:
        lines = text.split("\n")
        i = rng.randrange(len(lines))
        if lines[i].strip():
            lines[i] = rng.choice(["**{}**", "_{}_", "* {}", "### {}"]).format(lines[i])
        text = "\n".join(lines)
    if "quote_reply" in ops:
        lines = text.split("\n")
        k = rng.randrange(len(lines))
        text = "\n".join(lines[:k] + ["> " + ln for ln in lines[k:]])
    if "fold_dashes" in ops:
        text = text.replace(" - ", " – ").replace("--", "—")
    return text, ops


def odd_digits(s: str) -> str:
    return s.translate(FULLWIDTH)
