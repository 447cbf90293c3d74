"""Addresses (real town/postcode pairs, plausible streets) for the twentyseventh set.

A street is (written form, declined form or None, name tokens). Tokens exclude the street-type word.
"""

from __future__ import annotations

import re

TOWNS = {
    "en_US": [
        ("Portland", "OR", "97214"),
        ("Austin", "TX", "78704"),
        ("Chicago", "IL", "60614"),
        ("Denver", "CO", "80205"),
        ("Seattle", "WA", "98103"),
        ("Boston", "MA", "02130"),
        ("Atlanta", "GA", "30307"),
        ("Madison", "WI", "53703"),
        ("Minneapolis", "MN", "55408"),
        ("Raleigh", "NC", "27605"),
        ("Pittsburgh", "PA", "15213"),
        ("Columbus", "OH", "43215"),
    ],
    "en_GB": [
        ("Cambridge", "", "CB1 2LA"),
        ("Leeds", "", "LS6 3HN"),
        ("Bristol", "", "BS8 1TH"),
        ("Manchester", "", "M4 1HN"),
        ("Edinburgh", "", "EH3 9QG"),
        ("Glasgow", "", "G12 8QQ"),
        ("Oxford", "", "OX1 3BG"),
        ("York", "", "YO1 7HH"),
        ("Brighton", "", "BN1 1UG"),
        ("Cardiff", "", "CF10 3AT"),
        ("Norwich", "", "NR2 4SF"),
        ("Belfast", "", "BT7 1NN"),
    ],
    "de_DE": [
        ("Berlin", "", "10115"),
        ("Hamburg", "", "20095"),
        ("München", "", "80331"),
        ("Köln", "", "50667"),
        ("Frankfurt am Main", "", "60311"),
        ("Stuttgart", "", "70173"),
        ("Leipzig", "", "04109"),
        ("Dresden", "", "01067"),
        ("Bremen", "", "28195"),
        ("Hannover", "", "30159"),
        ("Nürnberg", "", "90403"),
        ("Heidelberg", "", "69117"),
        ("Münster", "", "48143"),
        ("Freiburg im Breisgau", "", "79098"),
    ],
    "fr_FR": [
        ("Paris", "", "75011"),
        ("Lyon", "", "69003"),
        ("Marseille", "", "13001"),
        ("Toulouse", "", "31000"),
        ("Bordeaux", "", "33000"),
        ("Nantes", "", "44000"),
        ("Lille", "", "59000"),
        ("Strasbourg", "", "67000"),
        ("Montpellier", "", "34000"),
        ("Rennes", "", "35000"),
        ("Nice", "", "06000"),
        ("Grenoble", "", "38000"),
    ],
    "es_ES": [
        ("Madrid", "", "28013"),
        ("Valencia", "", "46002"),
        ("Sevilla", "", "41001"),
        ("Málaga", "", "29015"),
        ("Zaragoza", "", "50001"),
        ("Bilbao", "", "48001"),
        ("A Coruña", "", "15001"),
        ("Granada", "", "18009"),
        ("Oviedo", "", "33003"),
        ("Salamanca", "", "37002"),
        ("Valladolid", "", "47001"),
        ("Murcia", "", "30001"),
    ],
    "it_IT": [
        ("Milano", "MI", "20121"),
        ("Roma", "RM", "00184"),
        ("Torino", "TO", "10123"),
        ("Bologna", "BO", "40126"),
        ("Firenze", "FI", "50122"),
        ("Napoli", "NA", "80134"),
        ("Genova", "GE", "16123"),
        ("Padova", "PD", "35122"),
        ("Verona", "VR", "37121"),
        ("Palermo", "PA", "90133"),
        ("Bari", "BA", "70122"),
        ("Trieste", "TS", "34121"),
    ],
    "is_IS": [
        ("Reykjavík", "", "101"),
        ("Reykjavík", "", "105"),
        ("Reykjavík", "", "107"),
        ("Kópavogur", "", "200"),
        ("Garðabær", "", "210"),
        ("Hafnarfjörður", "", "220"),
        ("Akureyri", "", "600"),
        ("Ísafjörður", "", "400"),
        ("Egilsstaðir", "", "700"),
        ("Selfoss", "", "800"),
        ("Reykjanesbær", "", "230"),
        ("Mosfellsbær", "", "270"),
    ],
    "en_JM": [
        ("Kingston", "", "Kingston 10"),
        ("Kingston", "", "Kingston 6"),
        ("Kingston", "", "Kingston 5"),
        ("Kingston", "", "Kingston 8"),
        ("Montego Bay", "St. James", ""),
        ("Mandeville", "Manchester", ""),
        ("Ocho Rios", "St. Ann", ""),
        ("Spanish Town", "St. Catherine", ""),
        ("Portmore", "St. Catherine", ""),
        ("May Pen", "Clarendon", ""),
    ],
    "es_CR": [
        ("San José", "Carmen", "10101"),
        ("Escazú", "San Rafael", "10203"),
        ("Santa Ana", "", "10901"),
        ("Heredia", "", "40101"),
        ("Alajuela", "", "20101"),
        ("Cartago", "", "30101"),
        ("Liberia", "Guanacaste", "50101"),
        ("Curridabat", "", "11801"),
        ("Moravia", "San Vicente", "11401"),
        ("Tibás", "San Juan", "11301"),
        ("San Pedro", "Montes de Oca", "11501"),
        ("Puntarenas", "", "60101"),
    ],
    "sr_RS": [
        ("Beograd", "", "11000"),
        ("Novi Sad", "", "21000"),
        ("Niš", "", "18000"),
        ("Kragujevac", "", "34000"),
        ("Subotica", "", "24000"),
        ("Čačak", "", "32000"),
        ("Kraljevo", "", "36000"),
        ("Užice", "", "31000"),
        ("Zrenjanin", "", "23000"),
        ("Pančevo", "", "26000"),
        ("Valjevo", "", "14000"),
        ("Zemun", "", "11080"),
    ],
    "ca_ES": [
        ("Barcelona", "", "08008"),
        ("Barcelona", "", "08012"),
        ("Girona", "", "17001"),
        ("Lleida", "", "25001"),
        ("Tarragona", "", "43001"),
        ("Sabadell", "", "08201"),
        ("Terrassa", "", "08221"),
        ("Mataró", "", "08301"),
        ("Vic", "", "08500"),
        ("Reus", "", "43201"),
        ("Granollers", "", "08401"),
        ("Figueres", "", "17600"),
    ],
    "en_TT": [
        ("Port of Spain", "", ""),
        ("San Fernando", "", ""),
        ("Arima", "", ""),
        ("Chaguanas", "", ""),
        ("Diego Martin", "", ""),
        ("Couva", "", ""),
        ("Point Fortin", "", ""),
        ("Scarborough", "Tobago", ""),
    ],
}

S = {
    "en_US": [
        ("Hawthorne Avenue", None, ["Hawthorne"]),
        ("Sycamore Street", None, ["Sycamore"]),
        ("Magnolia Drive", None, ["Magnolia"]),
        ("Division Street", None, ["Division"]),
        ("Cedar Lane", None, ["Cedar"]),
        ("W Belmont Ave", None, ["Belmont"]),
        ("Old Mill Road", None, ["Old", "Mill"]),
        ("Juniper Court", None, ["Juniper"]),
        ("N Lamar Blvd", None, ["Lamar"]),
        ("Chestnut Hill Ave", None, ["Chestnut", "Hill"]),
        ("Ridgewood Terrace", None, ["Ridgewood"]),
    ],
    "en_GB": [
        ("Albion Terrace", None, ["Albion"]),
        ("Mill Road", None, ["Mill"]),
        ("Northgate", None, ["Northgate"]),
        ("Elm Grove", None, ["Elm"]),
        ("Hanover Crescent", None, ["Hanover"]),
        ("Blenheim Walk", None, ["Blenheim"]),
        ("Tenison Road", None, ["Tenison"]),
        ("Marchmont Street", None, ["Marchmont"]),
        ("Rosebery Avenue", None, ["Rosebery"]),
        ("Cathedral Close", None, ["Cathedral"]),
        ("Lark Rise", None, ["Lark"]),
    ],
    "de_DE": [
        ("Lindenstraße", None, ["Lindenstraße"]),
        ("Am Sandtorkai", None, ["Sandtorkai"]),
        ("Gartenweg", None, ["Gartenweg"]),
        ("Eichendorffstraße", None, ["Eichendorffstraße"]),
        ("Kirchgasse", None, ["Kirchgasse"]),
        ("Mühlenweg", None, ["Mühlenweg"]),
        ("Rosenthaler Straße", None, ["Rosenthaler"]),
        ("Schanzenstr.", None, ["Schanzenstr"]),
        ("Im Ellerbruch", None, ["Ellerbruch"]),
        ("Karl-Liebknecht-Str.", None, ["Karl-Liebknecht-Str"]),
        ("Hohenzollernring", None, ["Hohenzollernring"]),
    ],
    "fr_FR": [
        ("rue des Lilas", None, ["Lilas"]),
        ("avenue Jean Jaurès", None, ["Jean", "Jaurès"]),
        ("boulevard Voltaire", None, ["Voltaire"]),
        ("impasse des Tilleuls", None, ["Tilleuls"]),
        ("place Bellecour", None, ["Bellecour"]),
        ("quai de la Fosse", None, ["Fosse"]),
        ("allée des Cerisiers", None, ["Cerisiers"]),
        ("rue du Faubourg Saint-Antoine", None, ["Faubourg", "Saint-Antoine"]),
        ("chemin des Vignes", None, ["Vignes"]),
        ("rue Sainte-Catherine", None, ["Sainte-Catherine"]),
    ],
    "es_ES": [
        ("Calle de Alcalá", None, ["Alcalá"]),
        ("Calle Mayor", None, ["Mayor"]),
        ("Avenida de la Constitución", None, ["Constitución"]),
        ("C/ Arenal", None, ["Arenal"]),
        ("Paseo de la Castellana", None, ["Castellana"]),
        ("Calle del Pez", None, ["Pez"]),
        ("Av. de Blasco Ibáñez", None, ["Blasco", "Ibáñez"]),
        ("Calle Larios", None, ["Larios"]),
        ("Ronda de Toledo", None, ["Toledo"]),
        ("Plaza del Pilar", None, ["Pilar"]),
        ("Calle Uría", None, ["Uría"]),
    ],
    "it_IT": [
        ("Via dei Mille", None, ["Mille"]),
        ("Corso Vittorio Emanuele II", None, ["Vittorio", "Emanuele"]),
        ("Viale Monza", None, ["Monza"]),
        ("Via San Vitale", None, ["San", "Vitale"]),
        ("Via Nazionale", None, ["Nazionale"]),
        ("Via Po", None, ["Po"]),
        ("Piazza Santo Stefano", None, ["Santo", "Stefano"]),
        ("Via delle Fragole", None, ["Fragole"]),
        ("Borgo Pinti", None, ["Pinti"]),
        ("Via Toledo", None, ["Toledo"]),
        ("Viale dei Tigli", None, ["Tigli"]),
    ],
    "is_IS": [
        ("Laugavegur", "Laugavegi", ["Laugavegur", "Laugavegi"]),
        ("Skólavörðustígur", "Skólavörðustíg", ["Skólavörðustígur", "Skólavörðustíg"]),
        ("Hverfisgata", "Hverfisgötu", ["Hverfisgata", "Hverfisgötu"]),
        ("Suðurgata", "Suðurgötu", ["Suðurgata", "Suðurgötu"]),
        ("Borgartún", "Borgartúni", ["Borgartún", "Borgartúni"]),
        ("Strandgata", "Strandgötu", ["Strandgata", "Strandgötu"]),
        ("Hamraborg", "Hamraborg", ["Hamraborg"]),
        ("Túngata", "Túngötu", ["Túngata", "Túngötu"]),
        ("Glerárgata", "Glerárgötu", ["Glerárgata", "Glerárgötu"]),
        ("Austurvegur", "Austurvegi", ["Austurvegur", "Austurvegi"]),
    ],
    "en_JM": [
        ("Hope Road", None, ["Hope"]),
        ("Lady Musgrave Road", None, ["Musgrave"]),
        ("Barbican Road", None, ["Barbican"]),
        ("Constant Spring Road", None, ["Constant", "Spring"]),
        ("Gloucester Avenue", None, ["Gloucester"]),
        ("Red Hills Road", None, ["Red", "Hills"]),
        ("Manchester Road", None, ["Manchester"]),
        ("Main Street", None, ["Main"]),
        ("Trafalgar Road", None, ["Trafalgar"]),
    ],
    "es_CR": [
        ("Barrio Escalante, avenida 7", None, ["Escalante"]),
        ("Barrio Los Yoses, calle 37", None, ["Yoses"]),
        ("Urbanización La Florida, casa", None, ["Florida"]),
        ("Residencial Los Arcos, casa", None, ["Arcos"]),
        ("Barrio Amón, avenida 11", None, ["Amón"]),
        ("Condominio Bosques de Lindora, apto.", None, ["Bosques", "Lindora"]),
        ("Barrio Dent, calle 41", None, ["Dent"]),
        ("Barrio El Carmen, calle 4", None, ["Carmen"]),
    ],
    "sr_RS": [
        ("Njegoševa", "Njegoševoj", ["Njegoševa", "Njegoševoj"]),
        ("Knez Mihailova", "Knez Mihailovoj", ["Knez", "Mihailova", "Mihailovoj"]),
        ("Takovska", "Takovskoj", ["Takovska", "Takovskoj"]),
        ("Nemanjina", "Nemanjinoj", ["Nemanjina", "Nemanjinoj"]),
        ("Bulevar oslobođenja", "Bulevaru oslobođenja", ["oslobođenja"]),
        ("Cara Dušana", "Cara Dušana", ["Cara", "Dušana"]),
        ("Zmaj Jovina", "Zmaj Jovinoj", ["Zmaj", "Jovina", "Jovinoj"]),
        ("Vojvode Stepe", "Vojvode Stepe", ["Vojvode", "Stepe"]),
        ("Kneginje Zorke", "Kneginje Zorke", ["Kneginje", "Zorke"]),
        ("Gospodar Jevremova", "Gospodar Jevremovoj", ["Gospodar", "Jevremova", "Jevremovoj"]),
    ],
    "ca_ES": [
        ("Carrer de Mallorca", None, ["Mallorca"]),
        ("Carrer Gran de Gràcia", None, ["Gran", "Gràcia"]),
        ("Passeig de Sant Joan", None, ["Sant", "Joan"]),
        ("Rambla de Catalunya", None, ["Catalunya"]),
        ("Carrer de la Riera", None, ["Riera"]),
        ("Plaça del Vi", None, ["Vi"]),
        ("C/ Major", None, ["Major"]),
        ("Carrer de l'Hospital", None, ["Hospital"]),
        ("Carrer dels Àngels", None, ["Àngels"]),
        ("Av. de Francesc Macià", None, ["Francesc", "Macià"]),
        ("Carrer de Verdi", None, ["Verdi"]),
    ],
    "en_TT": [
        ("Ariapita Avenue", None, ["Ariapita"]),
        ("Frederick Street", None, ["Frederick"]),
        ("Maraval Road", None, ["Maraval"]),
        ("Coffee Street", None, ["Coffee"]),
        ("Eastern Main Road", None, ["Eastern", "Main"]),
        ("Queen Janet Drive", None, ["Queen", "Janet"]),
        ("Cipero Road", None, ["Cipero"]),
        ("Tragarete Road", None, ["Tragarete"]),
        ("Milford Road", None, ["Milford"]),
    ],
}


def address(rng, locale, declined=False):
    """Return (text, form, street tokens, postcode or '')."""
    town, extra, pc = rng.choice(TOWNS[locale])
    street, decl, toks = rng.choice(S[locale])
    n = rng.randrange(1, 180)
    st = decl if declined and decl else street
    toks = [t for t in toks if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", st)]
    L = locale
    sep = rng.choice([", ", "\n"])
    if L == "en_US":
        unit = rng.choice(
            ["", "", f", Apt {rng.randrange(1, 40)}", f", Suite {rng.randrange(100, 900)}"]
        )
        return (
            f"{n * 10 + rng.randrange(10)} {st}{unit}{sep}{town}, {extra} {pc}",
            "us-street-city-state-zip",
            toks,
            pc,
        )
    if L == "en_GB":
        flat = rng.choice(["", "", f"Flat {rng.randrange(1, 12)}, "])
        return f"{flat}{n} {st}{sep}{town} {pc}", "gb-street-town-postcode", toks, pc
    if L in ("de_DE",):
        return (
            f"{st} {n}{rng.choice(['', '', 'a', 'b'])}{sep}{pc} {town}",
            "de-street-no-plz-ort",
            toks,
            pc,
        )
    if L == "fr_FR":
        return (
            f"{n}{rng.choice(['', '', ' bis'])} {st}{sep}{pc} {town}",
            "fr-no-voie-cp-ville",
            toks,
            pc,
        )
    if L in ("es_ES",):
        piso = rng.choice(
            [
                "",
                f", {rng.randrange(1, 8)}º {rng.choice('ABCD')}",
                f", {rng.randrange(1, 6)}.º izda.",
            ]
        )
        return f"{st}, {n}{piso}{sep}{pc} {town}", "es-calle-no-piso-cp", toks, pc
    if L == "ca_ES":
        pis = rng.choice(["", f", {rng.randrange(1, 7)}r {rng.randrange(1, 4)}a", ", baixos"])
        return f"{st}, {n}{pis}{sep}{pc} {town}", "ca-carrer-no-pis-cp", toks, pc
    if L == "it_IT":
        return (
            f"{st}, {n}{sep}{pc} {town} ({extra})"
            if rng.random() < 0.6
            else f"{st} {n}, {pc} {town}",
            "it-via-civico-cap",
            toks,
            pc,
        )
    if L == "is_IS":
        return (
            (f"{st} {n}, {pc} {town}" if rng.random() < 0.7 else f"{st} {n}{sep}{pc} {town}"),
            ("is-dative" if declined else "is-street-no-pc"),
            toks,
            pc,
        )
    if L == "sr_RS":
        stan = rng.choice(["", "", f"/{rng.randrange(1, 30)}"])
        return (
            f"{st} {n}{stan}, {pc} {town}",
            ("sr-locative" if declined and decl != street else "sr-ulica-broj-pb"),
            toks,
            pc,
        )
    if L == "es_CR":
        land = rng.choice(
            [
                f"de la iglesia {rng.choice([100, 150, 200, 300])}"
                f" m {rng.choice(['norte', 'sur', 'este', 'oeste'])}",
                f"{rng.choice([25, 50, 75])}"
                f" metros al {rng.choice(['norte', 'sur', 'este', 'oeste'])} del parque",
            ]
        )
        return f"{st} {n}, {land}, {town} {pc}", "cr-barrio-senas-codigo", toks, pc
    if L == "en_JM":
        tail = f"{pc}" if pc else f"{town}, {extra}"
        return (
            f"{n} {st}{sep}{tail}",
            ("jm-street-kingston-district" if pc else "jm-street-town-parish"),
            toks,
            pc,
        )
    if L == "en_TT":
        tail = f"{town}, {extra}" if extra else town
        return f"#{n} {st}{sep}{tail}", "tt-street-town", toks, ""
    raise KeyError(locale)
