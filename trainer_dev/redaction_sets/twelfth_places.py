"""Streets, towns and postcodes for the twelfth set, per each country's postal standard.

USPS (ZIP, ZIP+4, two-letter state), Royal Mail (outward + inward code, post town), India Post
(6-digit PIN), Deutsche Post (5 digits before the town), Post.at (4 digits, Vienna 1XX0 by
district, Stiege/Tür after the house number), La Poste (5 digits), Canada Post in French
(civic number, comma, street; "Ville (Québec)  A1A 1A1"), Correos (5 digits, province prefix),
Correos de México (Col., C.P. 5 digits, state abbreviation), CTT (NNNN-NNN), NZ Post (suburb
line, town + 4 digits), SA Post Office (suburb, city, 4 digits on its own line).
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.twelfth_towns import (
    AT_TOWNS,
    CA_TOWNS,
    DE_TOWNS,
    ES_TOWNS,
    FR_TOWNS,
    GB_TOWNS,
    IN_BUILDINGS,
    IN_TOWNS,
    MX_TOWNS,
    NZ_TOWNS,
    PT_TOWNS,
    US_TOWNS,
    ZA_TOWNS,
)

S = str.split

STREETS = {
    "en_US": (
        S(
            "Maple Oak Cedar Pine Elm Willow Hawthorne Sycamore Lincoln Jefferson Madison "
            "Franklin Highland Ridge Lakeview Meadowbrook Cherry Magnolia Chestnut Juniper "
            "Aspen Mission Sunset Prospect Fairview Kingsley Birchwood Greenfield"
        ),
        S("St Street Ave Avenue Rd Dr Ln Ct Blvd Way Pl Ter"),
    ),
    "en_GB": (
        S(
            "Harcourt Victoria Albert Church Station Mill Park Queens Kings Manor Grange "
            "Beech Holly Ashfield Oakwood Belmont Clarendon Cavendish Windsor Alexandra "
            "Stanley Marlborough Tennyson Wordsworth Heathfield"
        ),
        S("Road Street Lane Avenue Close Crescent Gardens Terrace Grove Way Drive Mews"),
    ),
    "en_NZ": (
        S(
            "Kauri Rimu Tui Kowhai Pohutukawa Matai Totara Ponsonby Karangahape Cuba Aro "
            "Riccarton Manuka Harakeke Kereru Titoki Puriri Hinemoa Tasman Dominion"
        ),
        S("Street Road Crescent Avenue Grove Place Terrace Drive Lane"),
    ),
    "en_ZA": (
        S(
            "Jacaranda Protea Church Voortrekker Kloof Long Florida Fairway Impala "
            "Msasa Acacia Umhlanga Marula Blaauwberg Kudu Disa Boekenhout Vilakazi"
        ),
        S("Street Road Avenue Drive Crescent Lane Close"),
    ),
    "en_IN": (
        S(
            "Temple Station Lake Church Canal Market Hospital Nehru Tagore Subhash Ring "
            "Residency Brigade Cunningham Infantry Netaji Hill Sarojini"
        ),
        S("Road Street Marg Lane Cross Main"),
    ),
}

DE_BASES = S(
    "Linden Birken Ahorn Kastanien Rosen Tulpen Garten Berg Bahnhof Schiller Goethe "
    "Mozart Beethoven Kant Heine Luisen Sonnen Mühlen Kirch Schul Wald Wiesen Feld "
    "Eichendorff Uhland Lessing Holunder"
)
DE_TYPES = ("straße", "str.", "weg", "gasse", "allee", "platz", "ring")
AT_STREETS = S(
    "Mariahilfer_Straße Favoritenstraße Neubaugasse Herrengasse Annenstraße "
    "Landstraßer_Hauptstraße Linzer_Gasse Thaliastraße Ottakringer_Straße "
    "Josefstädter_Straße Lerchenfelder_Straße Wiedner_Hauptstraße Schönbrunner_Straße "
    "Leopoldauer_Straße Herrenstraße Münzgrabenstraße Landstraße Getreidegasse "
    "Maria-Theresien-Straße Bahnhofstraße Kirchengasse Lindengasse Hauptplatz"
)
FR_STREETS = S(
    "rue_des_Lilas avenue_Jean-Jaurès impasse_du_Moulin boulevard_Voltaire "
    "rue_de_la_République allée_des_Tilleuls chemin_des_Vignes quai_de_la_Fosse "
    "rue_Victor-Hugo rue_Pasteur avenue_des_Acacias rue_du_Faubourg-Poissonnière "
    "rue_Oberkampf rue_de_Charonne boulevard_de_la_Croix-Rousse rue_Sainte-Catherine "
    "rue_des_Capucins rue_Mouffetard place_des_Marronniers rue_de_Brest"
)
CA_STREETS = S(
    "rue_Saint-Denis boulevard_Saint-Laurent avenue_du_Mont-Royal_Est "
    "rue_des_Érables chemin_Sainte-Foy rang_Saint-Joseph boulevard_René-Lévesque_Ouest "
    "rue_Ontario_Est avenue_Papineau rue_Beaubien_Est rue_Cartier avenue_Myrand "
    "rue_King_Ouest boulevard_Taschereau rue_Principale montée_Sainte-Julie "
    "avenue_Laurier_Ouest rue_Wellington_Nord"
)
ES_STREETS = S(
    "Calle_de_Alcalá Calle_Mayor Calle_Real Calle_de_Toledo Calle_de_la_Princesa "
    "Calle_Sierpes Avenida_de_la_Constitución Plaza_del_Pilar Paseo_de_Gràcia "
    "Carrer_de_Sant_Pere Calle_Fuencarral Calle_de_Hortaleza Calle_del_Doctor_Esquerdo "
    "Calle_Larios Calle_Cervantes Calle_de_Goya Rúa_do_Franco Calle_Arenal "
    "Avenida_de_los_Reyes_Católicos C/_Libertad Calle_Uría Calle_Marqués_de_Larios"
)
MX_STREETS = S(
    "Av._Insurgentes_Sur Calle_Tonalá Calle_Durango Av._Álvaro_Obregón "
    "Calle_Zacatecas Av._Vallarta Calle_Morelos Av._Revolución Calle_Sonora "
    "Calle_Hidalgo Av._Chapultepec Calle_Ámsterdam Calle_Pino Calle_Colima "
    "Av._Universidad Calle_Tabasco Calle_Eje_Central Privada_de_los_Fresnos"
)
PT_STREETS = S(
    "Rua_Augusta Avenida_da_Liberdade Rua_de_Santa_Catarina Travessa_do_Carmo "
    "Rua_Miguel_Bombarda Rua_das_Flores Rua_Sá_da_Bandeira Avenida_dos_Aliados "
    "Rua_Cândido_dos_Reis Largo_do_Rato Rua_de_Cedofeita Rua_do_Ouro "
    "Rua_Ferreira_Borges Avenida_Almirante_Reis Rua_da_Sofia Rua_Direita "
    "Calçada_da_Estrela Rua_Formosa"
)

GB_IN = "ABDEFGHJLNPQRSTUWXYZ"
CA_L = "ABCEGHJKLMNPRSTVWXYZ"


def _n(rng: random.Random, lo: int, hi: int) -> str:
    return str(rng.randint(lo, hi))


def _hn(rng: random.Random, hi: int = 240) -> str:
    n = rng.randint(1, hi)
    return f"{n}{rng.choice('ab')}" if rng.random() < 0.08 else str(n)


def make_address(rng: random.Random, loc: str) -> dict:
    """Return street line(s), postcode, town, lines of the full block (postal standard order)."""
    r = rng
    if loc in ("en_US",):
        town, st, z = r.choice(US_TOWNS)
        b, t = STREETS[loc]
        hn = _n(r, 100, 9899)
        street = f"{hn} {r.choice(b)} {r.choice(t)}"
        extra = r.choice(["", "", f"Apt {_n(r, 1, 30)}{r.choice('ABCD')}", f"Unit {_n(r, 1, 40)}"])
        pc = z + f"{r.randint(1, 99):02d}"
        if r.random() < 0.3:
            pc += f"-{r.randint(1000, 9899)}"
        ptown = f"{town}, {st} {pc}"
        lines = [street + (f" {extra}" if extra else ""), ptown]
    elif loc == "en_GB":
        town, out = r.choice(GB_TOWNS)
        b, t = STREETS[loc]
        hn = _hn(r)
        street = f"{hn} {r.choice(b)} {r.choice(t)}"
        pc = f"{out} {r.randint(1, 9)}{r.choice(GB_IN)}{r.choice(GB_IN)}"
        flat = r.choice(["", "", f"Flat {_n(r, 1, 12)}, "])
        post_town = town.upper() if r.random() < 0.5 else town
        ptown = f"{post_town} {pc}"
        lines = [flat + street, post_town, pc]
    elif loc == "en_IN":
        town, state, pin, locs = r.choice(IN_TOWNS)
        b, t = STREETS[loc]
        bld = r.choice(IN_BUILDINGS).replace("_", " ")
        road = f"{r.choice(b)} {r.choice(t)}"
        hn = _n(r, 1, 804)
        street = f"{r.choice(['Flat ', 'No. ', '#', ''])}{hn}, {bld}, {road}"
        pc = pin + f"{r.randint(1, 99):02d}"
        ptown = f"{town} - {pc}" if r.random() < 0.6 else f"{town} {pc}"
        lines = [street, r.choice(locs), ptown, state]
    elif loc == "de_DE":
        town, lo, hi = r.choice(DE_TOWNS)
        base, typ = r.choice(DE_BASES), r.choice(DE_TYPES)
        hn = _hn(r, 120)
        street = f"{base}{typ} {hn}"
        pc = f"{r.randint(lo, hi):05d}"
        ptown = f"{pc} {town}"
        lines = [street, ptown]
    elif loc == "de_AT":
        town, pcs = r.choice(AT_TOWNS)
        pc = f"1{r.randint(1, 23):02d}0" if pcs is None else r.choice(pcs)
        s = r.choice(AT_STREETS).replace("_", " ")
        tail = r.choice(
            [
                "",
                f"/{r.randint(1, 30)}",
                f"/{r.randint(1, 4)}/{r.randint(1, 24)}",
                f"/Top {r.randint(1, 20)}",
            ]
        )
        hn = _hn(r, 150)
        street = f"{s} {hn}{tail}"
        ptown = f"{pc} {town}"
        lines = [street, ptown]
    elif loc == "fr_FR":
        town, pcs = r.choice(FR_TOWNS)
        s = r.choice(FR_STREETS).replace("_", " ")
        hn = _n(r, 1, 180)
        num = hn + r.choice(["", "", "", " bis", " ter"])
        street = f"{num} {s}"
        pc = r.choice(pcs)
        ptown = f"{pc} {town.upper() if r.random() < 0.4 else town}"
        extra = r.choice(
            ["", "", f"Bât. {r.choice('ABC')}, esc. {r.randint(1, 4)}", f"Appt {r.randint(1, 60)}"]
        )
        lines = ([extra] if extra else []) + [street, ptown]
    elif loc == "fr_CA":
        town, prov, ab, fsas = r.choice(CA_TOWNS)
        s = r.choice(CA_STREETS).replace("_", " ")
        hn = num = _n(r, 10, 9800)
        street = f"{num}, {s}" if r.random() < 0.7 else f"{num} {s}"
        if r.random() < 0.25:
            apt = r.randint(1, 40)
            street = f"{apt}-{street}" if r.random() < 0.5 else f"{street}, app. {apt}"
        pc = f"{r.choice(fsas)} {r.randint(0, 9)}{r.choice(CA_L)}{r.randint(0, 9)}"
        ptown = f"{town.upper()} {ab}  {pc}" if r.random() < 0.5 else f"{town} ({prov})  {pc}"
        lines = [street, ptown]
    elif loc == "es_ES":
        town, pre, top = r.choice(ES_TOWNS)
        s = r.choice(ES_STREETS).replace("_", " ")
        floor = r.choice(
            [
                "",
                f", {r.randint(1, 8)}.º {r.choice('ABCD')}",
                f", {r.randint(1, 8)}º {r.choice(['izda.', 'dcha.'])}",
                f", bajo {r.choice('AB')}",
            ]
        )
        hn = _n(r, 1, 150)
        street = f"{s}, {hn}{floor}" if r.random() < 0.7 else f"{s} {hn}{floor}"
        pc = f"{pre}{r.randint(1, top):02d}"
        ptown = f"{pc} {town}"
        lines = [street, ptown]
    elif loc == "es_MX":
        col, pc, alc, town, st = r.choice(MX_TOWNS)
        s = r.choice(MX_STREETS).replace("_", " ")
        extra = r.choice(["", f", Int. {r.randint(1, 20)}", f", Depto. {r.randint(101, 804)}"])
        hn = _n(r, 1, 2400)
        street = f"{s} {hn}{extra}"
        colline = f"Col. {col}" + (f", {alc}" if alc else "")
        ptown = f"C.P. {pc}, {town}, {st}" if r.random() < 0.6 else f"{pc} {town}, {st}"
        lines = [street, colline, ptown]
    elif loc == "pt_PT":
        town, lo, hi = r.choice(PT_TOWNS)
        s = r.choice(PT_STREETS).replace("_", " ")
        floor = r.choice(
            [
                "",
                f", {r.randint(1, 7)}.º {r.choice(['Esq.', 'Dto.', 'Frente'])}",
                ", r/c",
                f", {r.randint(1, 5)}.º",
            ]
        )
        hn = _n(r, 1, 400)
        street = f"{s}, {hn}{floor}" if r.random() < 0.7 else f"{s} {hn}{floor}"
        pc = f"{r.randint(lo, hi)}-{r.randint(1, 999):03d}"
        ptown = f"{pc} {town.upper() if r.random() < 0.3 else town}"
        lines = [street, ptown]
    elif loc == "en_NZ":
        town, subs = r.choice(NZ_TOWNS)
        sub, pc = r.choice(subs)
        b, t = STREETS[loc]
        hn = num = _hn(r, 300)
        if r.random() < 0.25:
            num = f"{r.randint(1, 9)}/{num}"
        street = f"{num} {r.choice(b)} {r.choice(t)}"
        ptown = f"{town} {pc}"
        lines = [street, sub, ptown]
    else:  # en_ZA
        town, subs = r.choice(ZA_TOWNS)
        sub, pc = r.choice(subs)
        b, t = STREETS[loc]
        hn = _hn(r, 300)
        street = f"{hn} {r.choice(b)} {r.choice(t)}"
        if r.random() < 0.2:
            street = f"Unit {r.randint(1, 40)}, {street}"
        ptown = f"{town} {pc}"
        lines = [street, sub, town, pc]
    return {"hn": hn, "town": town, "street": street, "pc": pc, "ptown": ptown, "lines": lines}
