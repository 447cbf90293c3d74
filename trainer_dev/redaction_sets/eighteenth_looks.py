"""Look-alikes: strings that resemble PII but are not, set in short clauses per language."""
# ruff: noqa: E501  (data tables: name pools, streets, per-language clauses)

from __future__ import annotations

from .eighteenth_core import isbn13_complete, luhn_ok

LABEL = {  # kind -> per language clause template, {l} is the look-alike
    "ORDER": {
        "en": "order {l} still hasn't shipped",
        "es": "el pedido {l} sigue sin llegar",
        "pt": "o pedido {l} ainda não chegou",
        "it": "l'ordine {l} non è ancora partito",
        "nb": "ordre {l} er fortsatt ikke sendt",
        "ms": "pesanan {l} belum dihantar",
        "id": "pesanan {l} belum dikirim",
    },
    "INVOICE": {
        "en": "invoice {l} is approved",
        "es": "la factura {l} ya está aprobada",
        "pt": "a nota {l} foi aprovada",
        "it": "la fattura {l} è approvata",
        "nb": "faktura {l} er godkjent",
        "ms": "invois {l} sudah lulus",
        "id": "invoice {l} sudah disetujui",
    },
    "TICKET": {
        "en": "support ticket #{l} is still open",
        "es": "el ticket #{l} sigue abierto",
        "pt": "o chamado #{l} continua aberto",
        "it": "il ticket #{l} è ancora aperto",
        "nb": "sak #{l} er fortsatt åpen",
        "ms": "tiket #{l} masih terbuka",
        "id": "tiket #{l} masih terbuka",
    },
    "PRICE": {
        "en": "early-bird tickets are {l}",
        "es": "la entrada anticipada cuesta {l}",
        "pt": "o ingresso antecipado sai por {l}",
        "it": "il biglietto early bird costa {l}",
        "nb": "tidligbillett koster {l}",
        "ms": "tiket awal berharga {l}",
        "id": "tiket early bird {l}",
    },
    "DATE": {
        "en": "the session is on {l}",
        "es": "la sesión es el {l}",
        "pt": "a sessão é dia {l}",
        "it": "la sessione è il {l}",
        "nb": "økten er {l}",
        "ms": "sesi pada {l}",
        "id": "sesinya tanggal {l}",
    },
    "TIME": {
        "en": "doors open at {l}",
        "es": "abrimos a las {l}",
        "pt": "a abertura é às {l}",
        "it": "si apre alle {l}",
        "nb": "dørene åpner kl. {l}",
        "ms": "pintu dibuka jam {l}",
        "id": "pintu dibuka pukul {l}",
    },
    "VERSION": {
        "en": "the bug is fixed in {l}",
        "es": "el bug se corrigió en la {l}",
        "pt": "o bug foi corrigido na {l}",
        "it": "il bug è risolto nella {l}",
        "nb": "feilen er rettet i {l}",
        "ms": "bug dibaiki dalam {l}",
        "id": "bug sudah diperbaiki di {l}",
    },
    "ISBN": {
        "en": "the book is ISBN {l}",
        "es": "el libro es ISBN {l}",
        "pt": "o livro é ISBN {l}",
        "it": "il libro è ISBN {l}",
        "nb": "boka har ISBN {l}",
        "ms": "buku itu ISBN {l}",
        "id": "bukunya ISBN {l}",
    },
    "FLIGHT": {
        "en": "I land on {l}",
        "es": "llego en el vuelo {l}",
        "pt": "chego no voo {l}",
        "it": "arrivo con il volo {l}",
        "nb": "jeg lander med {l}",
        "ms": "saya naik penerbangan {l}",
        "id": "saya naik penerbangan {l}",
    },
    "ROOM": {
        "en": "we moved to room {l}",
        "es": "nos pasamos a la sala {l}",
        "pt": "mudamos para a sala {l}",
        "it": "ci spostiamo in sala {l}",
        "nb": "vi er flyttet til rom {l}",
        "ms": "kita pindah ke bilik {l}",
        "id": "kita pindah ke ruang {l}",
    },
    "MEASURE": {
        "en": "the booth is {l}",
        "es": "el stand mide {l}",
        "pt": "o estande tem {l}",
        "it": "lo stand misura {l}",
        "nb": "standen er {l}",
        "ms": "gerai berukuran {l}",
        "id": "booth-nya berukuran {l}",
    },
    "PERCENT": {
        "en": "response rate was {l}",
        "es": "la tasa de respuesta fue del {l}",
        "pt": "a taxa de resposta foi {l}",
        "it": "il tasso di risposta è stato del {l}",
        "nb": "svarprosenten var {l}",
        "ms": "kadar respons {l}",
        "id": "tingkat respons {l}",
    },
    "TRACKING": {
        "en": "tracking says {l} is out for delivery",
        "es": "el envío {l} está en reparto",
        "pt": "o rastreio {l} saiu para entrega",
        "it": "la spedizione {l} è in consegna",
        "nb": "sending {l} er ute for levering",
        "ms": "penghantaran {l} dalam perjalanan",
        "id": "resi {l} sedang diantar",
    },
    "BUILD": {
        "en": "works on Windows build {l}",
        "es": "funciona en la compilación {l}",
        "pt": "funciona no build {l}",
        "it": "funziona con la build {l}",
        "nb": "fungerer på bygg {l}",
        "ms": "berfungsi pada build {l}",
        "id": "jalan di build {l}",
    },
    "ORG_PERSON": {
        "en": "the sponsor this year is {l}",
        "es": "este año patrocina {l}",
        "pt": "o patrocinador deste ano é {l}",
        "it": "quest'anno sponsorizza {l}",
        "nb": "årets sponsor er {l}",
        "ms": "penaja tahun ini {l}",
        "id": "sponsor tahun ini {l}",
    },
    "PLACE_PERSON": {
        "en": "it's right next to {l}",
        "es": "queda al lado de {l}",
        "pt": "fica do lado de {l}",
        "it": "è proprio accanto a {l}",
        "nb": "det er rett ved {l}",
        "ms": "betul-betul sebelah {l}",
        "id": "persis di sebelah {l}",
    },
}
ORGS = {
    "en_US": ["Johnson & Johnson", "Ford", "Hewlett Packard Enterprise", "Dell Technologies"],
    "en_IN": ["Tata Consultancy Services", "Mahindra", "Birla Sun Life", "Godrej"],
    "es_ES": ["Zara", "Mahou", "Roca", "Chupa Chups"],
    "it_IT": ["Ferrero", "Barilla", "Armani", "Lavazza"],
    "pt_BR": ["Natura", "Gerdau", "Odebrecht", "Votorantim"],
    "nb_NO": ["Equinor", "Schibsted", "Aker", "Kiwi"],
    "ms_MY": ["Genting", "Sime Darby", "Maybank", "YTL"],
    "es_AR": ["Arcor", "Techint", "Bagley", "Havanna"],
    "en_NG": ["Dangote Group", "Globacom", "Zenith Bank", "Innoson"],
    "en_PH": ["Ayala Land", "SM Investments", "Jollibee", "Gokongwei Group"],
    "id_ID": ["Djarum", "Sampoerna", "Sinar Mas", "Kalbe Farma"],
    "es_CO": ["Bavaria", "Grupo Aval", "Juan Valdez Café", "Alpina"],
}
PLACES = {
    "en_US": ["the Lincoln Memorial", "JFK airport", "Rockefeller Center"],
    "en_IN": [
        "Indira Gandhi International Airport",
        "Chhatrapati Shivaji Terminus",
        "Nehru Stadium",
    ],
    "es_ES": ["el Santiago Bernabéu", "la Plaza de Colón", "el Museo Sorolla"],
    "it_IT": ["l'aeroporto Leonardo da Vinci", "la Galleria Vittorio Emanuele", "piazza Garibaldi"],
    "pt_BR": ["o Aeroporto Santos Dumont", "o Parque Ibirapuera", "a Praça Tiradentes"],
    "nb_NO": ["Vigelandsparken", "Ibsenhuset", "Nansen-skolen"],
    "ms_MY": ["Stadium Tun Razak", "Masjid Tuanku Mizan", "Dataran Merdeka"],
    "es_AR": ["el Teatro Colón", "Aeroparque Jorge Newbery", "la Plaza San Martín"],
    "en_NG": ["Murtala Muhammed Airport", "Tafawa Balewa Square", "Nnamdi Azikiwe Stadium"],
    "en_PH": ["Rizal Park", "Ninoy Aquino International Airport", "Quezon Memorial Circle"],
    "id_ID": ["Bandara Soekarno-Hatta", "Stadion Gelora Bung Karno", "Jalan Jenderal Sudirman"],
    "es_CO": ["el Parque Simón Bolívar", "el Aeropuerto José María Córdova", "el Museo Botero"],
}
CUR = {
    "en_US": "${:,}",
    "en_IN": "₹{:,}",
    "es_ES": "{} €",
    "it_IT": "{} €",
    "pt_BR": "R$ {}",
    "nb_NO": "{} kr",
    "ms_MY": "RM{}",
    "es_AR": "$ {}",
    "en_NG": "₦{:,}",
    "en_PH": "₱{:,}",
    "id_ID": "Rp{}",
    "es_CO": "$ {}",
}
FLIGHTS = {
    "en_US": ["UA", "DL", "AA"],
    "en_IN": ["AI", "6E", "UK"],
    "es_ES": ["IB", "VY", "UX"],
    "it_IT": ["AZ", "FR", "U2"],
    "pt_BR": ["LA", "G3", "AD"],
    "nb_NO": ["DY", "SK", "WF"],
    "ms_MY": ["MH", "AK", "OD"],
    "es_AR": ["AR", "FO", "WJ"],
    "en_NG": ["P4", "W3", "QI"],
    "en_PH": ["PR", "5J", "Z2"],
    "id_ID": ["GA", "JT", "QG"],
    "es_CO": ["AV", "VH", "P5"],
}


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def lookalike(rng, loc: str, lg: str):
    """Return (clause, lookalike string, kind); never a digit string that passes Luhn at card length."""
    while True:
        clause, v, kind = _lookalike(rng, loc, lg)
        d = "".join(c for c in v if c.isdigit())
        if not (13 <= len(d) <= 19 and luhn_ok(d)):
            return clause, v, kind


def _lookalike(rng, loc: str, lg: str):
    kind = rng.choice(list(LABEL))
    r = rng.randint
    if kind == "ORDER":
        while True:
            v = rng.choice(["", "", "#", "A"]) + _d(rng, rng.choice([9, 10, 16]))
            if not (sum(c.isdigit() for c in v) >= 13 and luhn_ok(v)):
                break
    elif kind == "INVOICE":
        v = f"{rng.choice(['INV', 'FAT', 'NF', 'FV'])}-2026-{r(1, 9999):04d}"
    elif kind == "TICKET":
        v = str(r(10000, 999999))
    elif kind == "PRICE":
        n = rng.choice([49, 99, 150, 1200, 2500, 350000, 75000])
        v = CUR[loc].format(n)
    elif kind == "DATE":
        d, m = r(1, 28), r(1, 12)
        v = (
            rng.choice([f"{d:02d}/{m:02d}/2027", f"2027-{m:02d}-{d:02d}", f"{d}.{m}.2027"])
            if loc != "en_US"
            else f"{m}/{d}/2027"
        )
    elif kind == "TIME":
        v = rng.choice(
            [
                f"{r(7, 21)}:{rng.choice(['00', '15', '30', '45'])}",
                f"{r(1, 11)}:30 {rng.choice(['am', 'pm'])}",
            ]
        )
    elif kind == "VERSION":
        v = f"v{r(1, 12)}.{r(0, 30)}.{r(0, 9)}"
    elif kind == "ISBN":
        n = isbn13_complete(rng.choice(["978", "979"]) + _d(rng, 9))
        v = f"{n[:3]}-{n[3:5]}-{n[5:9]}-{n[9:12]}-{n[12]}"
    elif kind == "FLIGHT":
        v = f"{rng.choice(FLIGHTS[loc])} {r(100, 2999)}"
    elif kind == "ROOM":
        v = f"{r(1, 12)}{rng.choice(['A', 'B', '.04', '-12', '07'])}"
    elif kind == "MEASURE":
        v = rng.choice([f"{r(2, 6)} x {r(2, 6)} m", f"{r(10, 40)} m²", f"{r(6, 20)} ft"])
    elif kind == "PERCENT":
        v = f"{r(5, 95)}{rng.choice(['', ',5', '.4'])}%"
    elif kind == "TRACKING":
        v = rng.choice(
            ["1Z" + _d(rng, 3) + "E" + _d(rng, 11), "LX" + _d(rng, 9) + "BR", "JX" + _d(rng, 10)]
        )
    elif kind == "BUILD":
        v = f"10.0.{r(19041, 26100)}.{r(1000, 5999)}"
    elif kind == "ORG_PERSON":
        v = rng.choice(ORGS[loc])
    else:
        v = rng.choice(PLACES[loc])
    return LABEL[kind][lg].replace("{l}", v), v, kind
