"""Name pools (given | surnames) per locale, written by hand for the twenty-sixth set.

Pools mix the origins really found in each country; some names are also
ordinary words, some surnames carry particles or hyphens, many carry accents.
"""

from __future__ import annotations

import random
import unicodedata

_P = {
    "en_US": (
        "Emily Jacob Madison Tyler Ashley Brandon Keisha DeShawn Maria Carlos Mei Kevin "
        "Priya Hunter Grace Will Hope Mason Brooke Dustin Latoya Jamal Connor Heather "
        "Diego Ngozi Tuan Rachel Summer Wade",
        "Miller Johnson Kowalski Nguyen Ramirez Washington O'Brien Baker Young Patel "
        "Castillo Brown Fitzgerald Kim Hernandez-Soto Long Bishop Rosenberg Whitaker "
        "Okafor Stone Delgado McAllister Park Sullivan Banks",
    ),
    "en_IN": (
        "Aarav Priya Rohan Ananya Vikram Sneha Arjun Kavya Rahul Deepika Sai Lakshmi "
        "Imran Farah Harpreet Gurpreet Joseph Anjali Karthik Meenakshi Aditya Pooja "
        "Sandeep Nikhil Divya Suresh Asha Zoya Rakesh Shalini",
        "Sharma Iyer Reddy Nair Banerjee Chatterjee Khan Qureshi Singh Gill D'Souza "
        "Fernandes Patil Kulkarni Menon Pillai Rao Gupta Agarwal Mukherjee Naidu "
        "Deshpande Joshi Bhattacharya Kaur Siddiqui Venkatesan Thomas",
    ),
    "de_DE": (
        "Lukas Anna Jonas Lea Felix Hannah Maximilian Sophie Paul Marie Emre Elif "
        "Katarzyna Tomasz Dmitri Olga Yusuf Leyla Jörg Jürgen Sabine Björn Ute Malte "
        "Frauke Kai Till Sven Ayşe Mehmet",
        "Müller Schmidt Schneider Fischer Weber Becker Hoffmann Schäfer Koch Wolf "
        "Vogel Fuchs Klein Lange Yılmaz Kaya Nowak Wiśniewski Schulze-Hagen Brandt "
        "Krüger Hartmann Özdemir Lindner Richter Engel Sommer Winter Petrov von Arnim",
    ),
    "fr_FR": (
        "Camille Léa Hugo Lucas Chloé Manon Théo Inès Mathis Océane Karim Yasmine "
        "Mamadou Aïssatou Nicolas Sandrine Thierry Élodie Jérôme Gaëlle Rémi Laurence "
        "Sébastien Noémie Mehdi Sofiane Clémence Baptiste Céline Aurore",
        "Martin Bernard Dubois Lefèvre Moreau Girard Rousseau Blanc Petit Roux Leroy "
        "Garnier Benali Haddad Diallo Traoré Da Silva Pereira Le Gall Morvan Faure "
        "Chevalier Lemaire Mercier Fontaine Boucher Lacroix Durand-Vidal Masson Renaud",
    ),
    "pt_BR": (
        "João Maria Ana Pedro Lucas Gabriel Juliana Fernanda Rafael Larissa Thiago "
        "Beatriz Matheus Camila Bruno Letícia Vitória Guilherme Hiroshi Yuki Caio "
        "Luana Otávio Raíssa Diogo Jéssica Wellington Aline Cauã Iara",
        "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes "
        "Costa Ribeiro Martins Carvalho Rocha Almeida Nascimento Araújo Tanaka Nakamura "
        "Schneider Bianchi Cavalcanti Barbosa Moreira Teixeira Albuquerque Freitas",
    ),
    "nl_NL": (
        "Daan Sanne Bram Lotte Sem Fleur Jesse Anouk Thijs Femke Ruben Iris Mohamed "
        "Fatima Yusuf Esra Niels Marloes Joost Wouter Ilse Rutger Noor Milan Sven "
        "Priscilla Romano Anouar Lieke Hanneke",
        "de Jong Jansen de Vries van den Berg van Dijk Bakker Visser Smit Meijer "
        "de Boer Mulder de Groot Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer "
        "El Amrani Yılmaz Kartosen Sedney Haverkamp Schouten Verhoeven van der Linden "
        "Hoekstra Wijnaldum Kuipers",
    ),
    "en_GH": (
        "Kwame Kofi Kwabena Yaw Kwaku Akosua Ama Abena Efua Adwoa Nana Kojo Esi "
        "Selasi Elikem Dzifa Nii Naa Fiifi Ekow Precious Blessing Gifty Emmanuel "
        "Comfort Mawuli Edem Afia Ebo Dela",
        "Mensah Owusu Boateng Asante Agyeman Osei Appiah Quaye Tetteh Lartey Addo "
        "Ofori Amoah Darko Acheampong Ansah Agbeko Dzokoto Kpodo Gbeho Adjei "
        "Sarpong Nkansah Bonsu Ampofo Frimpong Annan-Forson Oduro",
    ),
    "fr_LU": (
        "Luc Marie Claude Anne Jean-Paul Nathalie Marc Sonja Tom Mandy Pol Lis "
        "Gilles Carole Sven Jessica Joao Ana Rui Sofia Giulia Marco Laurent Isabelle "
        "Yves Véronique Jeff Tessy Patrick Chantal",
        "Schmit Muller Weber Wagner Hoffmann Thill Kremer Schroeder Reuter Welter "
        "Hansen Majerus Faber Klein Steichen Gengler Da Costa Ferreira Rodrigues Lopes "
        "Marques Rossi Bettendorf Kieffer Wirtz Hilbert Feltgen Goedert Thoma Ries",
    ),
    "es_EC": (
        "José María Luis Andrea Carlos Gabriela Jorge Daniela Diego Paola Fernando "
        "Verónica Santiago Mishel Byron Jhonny Katherine Wilson Nayeli Sisa Inti "
        "Pacha Alexis Belén Dayana Esteban Cristian Lorena Germán Maritza",
        "Pérez Zambrano Andrade Vera Mendoza Cedeño Quishpe Guamán Chango Yupanqui "
        "Villacís Cevallos Salazar Torres Ortiz Paredes Jaramillo Espinoza Loor "
        "Muñoz Vásquez Moreira Intriago Barzola Sarango Tapia Naranjo Calle Flores Borja",
    ),
    "fr_SN": (
        "Mamadou Fatou Ousmane Aminata Cheikh Awa Ibrahima Khady Moussa Aïda Abdoulaye "
        "Ndèye Serigne Mariama Pape Astou Modou Sokhna Alioune Coumba Babacar Dieynaba "
        "Lamine Binta Souleymane Rokhaya El Hadji Adama Oumar Yacine",
        "Diop Ndiaye Fall Sow Ba Diallo Sarr Faye Gueye Mbaye Cissé Thiam Seck Niang "
        "Diouf Kane Wade Sy Ndour Camara Diagne Touré Mbengue Sène Badji Coly Tall "
        "Lô Dieng Samb",
    ),
    "en_UG": (
        "Mugisha Nakato Ssemakula Achieng Okello Namubiru Tumusiime Akello Kato "
        "Babirye Wasswa Nankya Moses Sarah Innocent Patience Brian Joan Ivan Hope "
        "Godfrey Immaculate Denis Prossy Ronald Esther Arthur Winnie Isaac Gift",
        "Ssebunya Nabukenya Kizza Mukasa Okot Ochieng Atim Byaruhanga Kabuye Mutebi "
        "Nsubuga Lubega Namutebi Kaggwa Tumwine Ainembabazi Opio Odongo Kyomuhendo "
        "Nalwoga Musoke Ssali Kasozi Ninsiima Twinomujuni Bwambale Walusimbi Nantongo",
    ),
    "es_PY": (
        "Juan María Lucía Diego Sofía Matías Camila Francisco Rocío Tobías Belén "
        "Arnaldo Nilda Osvaldo Liz Ever Nidia Fátima Cristhian Lorena Víctor Natalia "
        "Derlis Jazmín Heinrich Gretel Ramón Mirtha Aníbal Araceli",
        "González Benítez Giménez Villalba Ortiz Aquino Duarte Cabañas Riquelme Ayala "
        "Martínez Rojas Fernández Báez Acosta Ramírez Insfrán Cardozo Franco Cáceres "
        "Friesen Penner Sanabria Vera Zaracho Ocampos Candia Brítez Galeano Espínola",
    ),
}
_MULTI = (
    "de Jong",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "de Boer",
    "de Groot",
    "van Leeuwen",
    "El Amrani",
    "van der Linden",
    "Da Silva",
    "Le Gall",
    "Da Costa",
    "von Arnim",
    "El Hadji",
    "Jean-Paul",
)
PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "von",
    "zu",
    "da",
    "dos",
    "das",
    "do",
    "di",
    "del",
    "la",
    "le",
    "el",
    "al",
    "ben",
    "ould",
    "y",
    "e",
    "d",
    "o",
    "mc",
}


def _split(s: str) -> list[str]:
    for m in _MULTI:
        s = s.replace(m, m.replace(" ", "_"))
    return [w.replace("_", " ") for w in s.split()]


POOLS = {k: (_split(g), _split(f)) for k, (g, f) in _P.items()}


def name_tokens(name: str) -> list[str]:
    """Scorable tokens of a name: split on spaces and hyphens, drop particles/initials."""
    out = []
    for w in name.replace("-", " ").split():
        w = w.strip(".,'")
        low = w.lower()
        if low.startswith(("d'", "o'")) and len(w) > 3 and low.startswith("d'"):
            w = w[2:]
        if low in PARTICLES or len(w.rstrip(".")) < 2 or w.endswith("."):
            continue
        out.append(w)
    return out


def fold(s: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        .replace("ı", "i")
        .replace("ł", "l")
    )


def key(tok: str) -> str:
    return fold(tok).lower()


def draw_roster(rng: random.Random, locale: str) -> list[str]:
    given, sur = POOLS[locale]
    g = rng.sample(given, 8)
    s = rng.sample(sur, 8)
    return [f"{a} {b}" for a, b in zip(g, s, strict=False)]


def draw_person(rng: random.Random, locale: str, banned: set[str]) -> str:
    given, sur = POOLS[locale]
    if rng.random() < 0.15:
        other = rng.choice([k for k in POOLS if k != locale])
        given, sur = POOLS[other] if rng.random() < 0.5 else (given, POOLS[other][1])
    for _ in range(200):
        g, s = rng.choice(given), rng.choice(sur)
        if locale in ("es_EC", "es_PY") and rng.random() < 0.45:
            s2 = rng.choice(sur)
            if s2 != s:
                s = f"{s} {s2}"
        name = f"{g} {s}"
        if not {key(t) for t in name_tokens(name)} & banned and len(name_tokens(name)) >= 2:
            return name
    raise RuntimeError("no person name")


def handle(rng: random.Random, name: str) -> str:
    toks = [fold(t).lower().replace("'", "") for t in name_tokens(name)]
    g, s = toks[0], toks[-1]
    return rng.choice([f"{g}.{s}", f"{g}{s}", f"{g[0]}{s}", f"{g}_{s}", f"{s}{g[0]}", f"{g}-{s}"])
