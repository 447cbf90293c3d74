"""Name pools (written from knowledge of each country) and mention forms."""

from __future__ import annotations

import unicodedata

G, S = "given", "surname"
NAMES = {
    "en_US": {
        G: "Tyler Brianna DeShawn Grace Hunter Rosa Jamal Megan Wade Hope Xavier Lindsey Cody "
        "Amber "
        "Mateo Destiny Kwame Heather Bill Autumn Dwayne Priya Colton Summer".split(),
        S: "Whitaker Gonzales Nguyen Brooks O'Connor Washington Kowalczyk Hale Bishop Rivera Lang "
        "Fitzgerald Castillo Price Underwood Baptiste Sterling Moss Abernathy Jefferson Duarte "
        "Hwang Rhodes Kim".split(),
    },
    "en_IN": {
        G: "Aarav Ishita Sandeep Kavya Rohan Anjali Venkatesh Deepika Harpreet Meenakshi Arjun "
        "Sneha Imran Lakshmi Gaurav Pooja Suresh Nandini Farhan Tanvi Karthik Divya Joseph "
        "Shreya".split(),
        S: "Sharma Iyer Reddy Banerjee Nair Kulkarni Chatterjee Gill Menon Deshpande Qureshi "
        "Pillai Agarwal Mukherjee Rao Joshi Fernandes Khanna Bhat Sethi Chowdhury Patil Hegde "
        "D'Souza".split(),
    },
    "pt_BR": {
        G: "João Ana Thiago Juliana Luiz Fernanda Rafael Letícia Caio Beatriz Otávio Vitória "
        "Gustavo Jéssica Wellington Camila Raimundo Bruna Diego Lúcia Severino Natália Kauã "
        "Rosângela".split(),
        S: "Silva Oliveira Nascimento Pereira Carvalho Gonçalves Araújo Ribeiro Almeida Rocha "
        "Barbosa "
        "Cavalcanti Teixeira Moreira Fonseca Sampaio Castro Figueiredo Monteiro Tavares "
        "Pinheiro Brandão Queiroz Lima".split(),
    },
    "nl_NL": {
        G: "Daan Sanne Bram Lotte Sem Femke Jeroen Anouk Thijs Noor Pieter Iris Mohamed Esther "
        "Ruben Fleur Wouter Marloes Koen Yara Bas Ilse Stijn Roos".split(),
        S: [
            "de Vries",
            "Jansen",
            "van den Berg",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "van Dijk",
            "Dekker",
            "Brouwer",
            "de Graaf",
            "Kok",
            "Jacobs",
            "van der Linden",
            "Schouten",
            "Willems",
            "Kuipers",
            "Yılmaz",
        ],
    },
    "pl_PL": {
        G: "Katarzyna Piotr Agnieszka Tomasz Małgorzata Krzysztof Joanna Paweł Magdalena Łukasz "
        "Zofia Michał Aleksandra Grzegorz Ewa Marcin Dorota Wojciech Natalia Jakub Beata "
        "Bartosz Iwona Kamil".split(),
        S: "Kowalski Wiśniewska Wójcik Kamińska Lewandowski Zielińska Szymański Woźniak Dąbrowski "
        "Kozłowska Jankowski Mazur Krawczyk Piotrowska Grabowski Nowakowska Pawlak Michalska "
        "Wróbel "
        "Zając Król Wieczorek Jabłoński Sikora".split(),
    },
    "sv_SE": {
        G: "Erik Astrid Johan Elin Oskar Maja Lars Ingrid Nils Saga Gustav Linnea Ahmed Karin "
        "Björn Ebba Fredrik Sofia Mattias Frida Olof Klara Anton Tove".split(),
        S: "Lindqvist Johansson Bergström Nilsson Karlsson Sjöberg Holm Ekström Lundgren Sandberg "
        "Forsberg Åberg Engström Hedlund Nyström Berg Strand Wallin Lind Öberg Falk Hassan "
        "Blom Sundqvist".split(),
    },
    "es_CO": {
        G: "Santiago Valentina Andrés Daniela Camilo Luisa Julián Manuela Jhon Yesenia Esteban "
        "Paola Sebastián Natalia Alejandro Carolina Wilmer Leidy Mauricio Catalina Fabio "
        "Ángela Jairo Mariana".split(),
        S: "Rodríguez Gómez Restrepo Cárdenas Quintero Londoño Betancur Ospina Zuluaga Salazar "
        "Mejía "
        "Cifuentes Vargas Ramírez Arango Montoya Henao Rincón Duque Bermúdez Parra Velásquez "
        "Córdoba Escobar".split(),
    },
    "id_ID": {
        G: "Budi Siti Agus Dewi Rizky Putri Hendra Ayu Fajar Intan Wahyu Ratna Bayu Indah "
        "Arief Nurul Yusuf Lestari Dimas Kartika Joko Rina Teguh Wulan".split(),
        S: "Santoso Wijaya Hidayat Kusuma Saputra Nugroho Pratama Siregar Simanjuntak Setiawan "
        "Halim Rahman Susanto Gunawan Nasution Hutapea Tanjung Harahap Purnomo Wibowo Lubis "
        "Sinaga Hakim Utomo".split(),
    },
    "en_PH": {
        G: "Jose Maria Mark Kristine Angelo Joy Paolo Rhea Carlo Marites Jerome Abigail Rommel "
        "Lovely Arnel Princess Jericho Cherry Ramon Grace Noel Janine Dindo Rowena".split(),
        S: "Santos Reyes Cruz Bautista Villanueva Dimaculangan Mendoza Garcia Aquino Ramos "
        "Castro Soriano "
        "Manalo Dizon Pascual Tolentino Salazar Navarro Flores Lacson Macaraeg Domingo Ocampo "
        "Panganiban".split(),
    },
    "es_CL": {
        G: "Matías Javiera Benjamín Constanza Felipe Catalina Ignacio Francisca Cristóbal Antonia "
        "Rodrigo Fernanda Gonzalo Josefa Nicolás Macarena Tomás Camila Pablo Trinidad Vicente "
        "Daniela Álvaro Isidora".split(),
        S: "González Muñoz Rojas Díaz Soto Contreras Silva Martínez Sepúlveda Morales Fuentes "
        "Valenzuela "
        "Araya Espinoza Tapia Castillo Vergara Riquelme Pizarro Carrasco Núñez Figueroa Cortés "
        "Ulloa".split(),
    },
    "es_PE": {
        G: "José Rosa Luis Milagros Jorge Maricielo Alonso Fiorella Renzo Gianella Piero Yuliana "
        "Miguel Lucía Kevin Karina César Sofía Wilfredo Ruth Edwin Flor Héctor Claudia".split(),
        S: "Quispe Flores Huamán Mamani Chávez Rojas Vásquez Ramos Castillo Torres Mendoza Paredes "
        "Salas Cáceres Gutiérrez Ccama Condori Alvarado Villanueva Huanca Tello Palacios "
        "Aguilar Benavides".split(),
    },
    "en_KE": {
        G: "Brian Faith Kevin Mercy Dennis Wanjiru Collins Achieng Samuel Njeri Victor Purity "
        "Peter Akinyi Moses Cynthia Felix Wambui Eric Joyce Kipchoge Zawadi Ibrahim Nekesa".split(),
        S: "Otieno Kamau Mwangi Wanjiku Kiprotich Odhiambo Njoroge Mutua Chebet Omondi Kariuki "
        "Wekesa "
        "Mohamed Onyango Kibet Ndirangu Achieng Muthoni Korir Barasa Owino Ruto Wafula "
        "Nyambura".split(),
    },
}
PARTICLES = {"de", "da", "do", "dos", "das", "van", "der", "den", "dela", "del", "la", "y"}
TITLES = {
    "en": ["Mr.", "Ms.", "Dr."],
    "es": ["Sr.", "Sra.", "Dra.", "don", "doña"],
    "pt": ["Sr.", "Sra.", "Dr.", "Dona"],
    "nl": ["dhr.", "mevr.", "Dr."],
    "pl": ["pan", "pani", "dr"],
    "sv": ["Dr."],
    "id": ["Pak", "Bu", "Mas", "Mbak"],
}


def lang(loc: str) -> str:
    return loc.split("_")[0]


def fold(s: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
        .replace("ı", "i")
        .replace("ł", "l")
        .replace("Ł", "L")
    )


def tokens(name: str) -> list[str]:
    out = []
    for t in name.replace("-", " ").split():
        t = t.strip(".,")
        if t.lower() in PARTICLES or len(t) < 2:
            continue
        out.append(t)
    return out


def roster(r, loc):
    pool = NAMES[loc]
    gs, ss = r.sample(pool[G], 8), r.sample(pool[S], 8)
    members = [f"{g} {s}" for g, s in zip(gs, ss, strict=False)]
    used = {t.lower() for m in members for t in tokens(m)} | {
        fold(t).lower() for m in members for t in tokens(m)
    }
    free_g = [g for g in pool[G] if g.lower() not in used and fold(g).lower() not in used]
    free_s = [s for s in pool[S] if not ({t.lower() for t in tokens(s)} & used)]
    return members, (gs, ss), (free_g, free_s)


def member_mention(r, loc, given, surname):
    form = r.choice(
        [
            "full",
            "full",
            "given",
            "surname",
            "initial",
            "handle",
            "possessive",
            "lower",
            "folded",
            "title",
        ]
    )
    sur_main = surname.split()[-1]
    if form == "given":
        return form, given
    if form == "surname":
        return form, surname[0].upper() + surname[1:]
    if form == "initial":
        return form, f"{given[0]}. {surname}"
    if form == "handle":
        return form, "@" + fold(given + sur_main).lower().replace("'", "")
    if form == "possessive":
        return form, f"{given} {surname}"  # written with 's / -ego / 's in frame
    if form == "lower":
        return form, f"{given} {surname}".lower()
    if form == "folded" and fold(given + surname) != given + surname:
        return form, fold(f"{given} {surname}")
    if form == "title":
        return form, f"{r.choice(TITLES[lang(loc)])} {surname if lang(loc) != 'id' else given}"
    return "full", f"{given} {surname}"


def person_mention(r, loc, given, surname):
    form = r.choice(["full", "full", "given", "title", "lower", "folded", "initial"])
    if form == "given":
        return form, given
    if form == "title":
        return form, f"{r.choice(TITLES[lang(loc)])} {surname if lang(loc) != 'id' else given}"
    if form == "lower":
        return form, f"{given} {surname}".lower()
    if form == "folded" and fold(given + surname) != given + surname:
        return form, fold(f"{given} {surname}")
    if form == "initial":
        return form, f"{given[0]}. {surname}"
    return "full", f"{given} {surname}"


def name_fragments(value: str) -> list[str]:
    v = value.lstrip("@")
    if value.startswith("@"):
        return ["t:" + v]
    out = []
    for t in tokens(v):
        if t.lower().strip(".") in {x.lower().strip(".") for xs in TITLES.values() for x in xs}:
            continue
        out.append("t:" + t)
    return out
