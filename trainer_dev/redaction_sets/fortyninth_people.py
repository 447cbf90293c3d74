"""Name pools for the forty-ninth set, written by hand for it: given names and surnames per
locale, titles, and surname particles that are not fragments.

A surname may carry particles ("van der", "Ó", "de"); a pair "m|f" gives the Irish male and
female surname forms (Ó Briain / Ní Bhriain).
"""

from __future__ import annotations

GIVEN = {
    "en_AU": "Brodie Kirra Lachlan Tahlia Jarrah Mackenzie Darcy Bronte Hamish Indi Callum Sienna "
             "Fletcher Matilda Ashton Jessamy Riley Shanae Corey Tegan",
    "en_CA": "Gurpreet Maëlle Tanner Kaitlyn Jolene Dawson Nakita Rajvir Brayden Shelby Émile "
             "Harpreet Cheyenne Landon Mackenna Tavish Aurelie Kendrick Brielle Dustin",
    "nl_NL": "Sanne Joost Femke Bram Lotte Thijs Ilse Wouter Marloes Gijs Anouk Sjoerd Fleur "
             "Maarten Esmée Jeroen Noortje Ruud Floor Stijn",
    "sv_SE": "Linnéa Oskar Ebba Viktor Frida Hampus Tove Måns Alva Jonatan Saga Ludvig Agnes "
             "Gustav Elsa Axel Ingrid Nils Wilma Edvin",
    "fi_FI": "Aino Eetu Iida Juho Siiri Aleksi Venla Joonas Oona Lauri Kerttu Ville Helmi Tuomas "
             "Veera Onni Elina Jere Sanni Ilmari",
    "es_MX": "Ximena Alejandro Guadalupe Emiliano Itzel Rodrigo Fernanda Joaquín Citlali Mauricio "
             "Daniela Aurelio Renata Eduardo Yaretzi Leonel Marisol Octavio Berenice Ulises",
    "fr_BE": "Amélie Quentin Maëlys Arnaud Gaëlle Thibault Océane Cédric Manon Grégory Noémie "
             "Benoît Clémence Julien Elodie Sébastien Coralie Maxime Ophélie Loïc",
    "de_CH": "Reto Seraina Urs Nadja Beat Corinne Marco Flurina Jürg Nicole Ueli Sabrina Dario "
             "Andrea Linus Mirjam Fabian Ladina Roman Anja",
    "nl_CW": "Shurandy Roshendra Giovanni Xiomara Rudsel Zuleika Kenrick Dionne Sharlon Ethline "
             "Ayrton Jeanine Gianni Shudaika Elvis Marisela Ivandro Suhaily Quincy Rignald",
    "en_LS": "Thabo Lerato Teboho Palesa Mpho Limpho Tumelo Nthabiseng Rethabile Lineo Katleho "
             "Mamello Tšepo Puleng Lehlohonolo Masechaba Bokang Relebohile Motlatsi Keneuoe",
    "af_ZA": "Riaan Annelie Wynand Marlize Jaco Liezl Ruan Sunette Gerhard Karlien Hendrik Elna "
             "Francois Carien Dewald Anke Schalk Mariska Tiaan Nadine",
    "ga_IE": "Seán Aoife Cian Niamh Oisín Siobhán Pádraig Caoimhe Eoin Róisín Tadhg Clodagh "
             "Donncha Gráinne Ruairí Sorcha Fiachra Éabha Colm Orla",
}

SURNAMES = {
    "en_AU": "Hargreaves Pemberton McGuinness Whitlock Tremayne Cattermole Dunstan Fairweather "
             "Kilpatrick Ashworth Brennan Cuthbertson Lockyer Mulholland Prendergast Rowntree "
             "Thistlethwaite Yarrow Gillespie Birtles",
    "en_CA": "Tremblay Gagnon Dhaliwal Bouchard MacIsaac Fraser Lavoie Sandhu Kowalchuk Nakamura "
             "Beaulieu Pelletier Grewal Hryniuk Doucette MacLellan Wozniak Thibodeau Sinclair "
             "Fontaine",
    "nl_NL": "de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos|Vos|Peters|"
             "Hendriks|van Leeuwen|Dekker|Brouwer|de Graaf|Kuipers|van der Heijden|Verhoeven|"
             "Hoekstra",
    "sv_SE": "Lindqvist Bergström Holmgren Sjöberg Åkesson Wallin Lundgren Eklund Forsberg "
             "Nyström Hedlund Sundqvist Blomqvist Engström Lindholm Söderberg Ekström Dahlberg "
             "Nordin Hellström",
    "fi_FI": "Virtanen Mäkinen Nieminen Heikkinen Koskinen Järvinen Lehtonen Saarinen Salminen "
             "Hämäläinen Laaksonen Kettunen Rantanen Karjalainen Leinonen Pulkkinen Turunen "
             "Väisänen Hiltunen Kokkonen",
    "es_MX": "Hernández|Villaseñor|Gutiérrez|Zamudio|Castañeda|Olvera|Bustamante|Arellano|"
             "Cervantes|Tapia|Domínguez|Ibarra|Montoya|Salgado|de la Garza|Quintero|Espinoza|"
             "Valdivia|Ochoa|Carrillo",
    "fr_BE": "Dubois|Lambert|Dupont|Lejeune|Vandenbroucke|Mertens|Renard|Delvaux|Wauters|"
             "Collignon|Gilson|Lemaire|Piron|Dewulf|Hubert|Legrand|Deprez|Bastin|Marchal|"
             "de Wilde",
    "de_CH": "Müller|Brunner|Baumgartner|Gerber|Zürcher|Huber|Steiner|Aebischer|Bühler|"
             "Wyss|Käser|Schürch|Hostettler|Zimmerli|Caduff|Frei|Gisler|Imhof|Bachmann|Tschudi",
    "nl_CW": "Martis|Isenia|Rosalia|Pieternella|Leito|Statia|Wilsoe|Sling|Capriles|Elhage|"
             "Cijntje|Koeiman|Winklaar|Janga|Doran|Sillie|Franca|Zimmerman|Josepha|Girigori",
    "en_LS": "Mohapi Letsie Mokhothu Majoro Ramoeletsi Sekhesa Molapo Mahao Ntsane Mofokeng "
             "Lebona Tšoeu Makhetha Mothibeli Nkuebe Khanyapa Ralitsie Mapola Sehloho Matela",
    "af_ZA": "van der Merwe|Botha|du Plessis|le Roux|Pretorius|Venter|Steyn|Coetzee|Joubert|"
             "Fourie|Engelbrecht|de Villiers|Swanepoel|Viljoen|Oosthuizen|van Wyk|Hendricks|"
             "Isaacs|Snyman|Labuschagne",
    "ga_IE": "Ó Briain:Ní Bhriain|Ó Súilleabháin:Ní Shúilleabháin|Mac Giolla Phádraig:Nic Giolla "
             "Phádraig|Ó Conchúir:Ní Chonchúir|Breathnach:Breathnach|de Búrca:de Búrca|"
             "Ó Dónaill:Ní Dhónaill|Mac Cárthaigh:Nic Cárthaigh|Ó Murchú:Ní Mhurchú|"
             "Kavanagh:Kavanagh|Ó Flaithearta:Ní Fhlaithearta|Mac Aodha:Nic Aodha|"
             "Ó Ceallaigh:Ní Cheallaigh|Ó Tuathail:Ní Thuathail|Ó Riain:Ní Riain|"
             "Ó Loinsigh:Ní Loinsigh|Ó Gallchóir:Ní Ghallchóir|Ó hEára:Ní Eára|"
             "Mac Suibhne:Nic Suibhne|Ó Cathasaigh:Ní Chathasaigh",
}

# Irish given names that take a female surname form (Ní/Nic).
GA_FEMALE = {"Aoife", "Niamh", "Siobhán", "Caoimhe", "Róisín", "Clodagh", "Gráinne", "Sorcha",
             "Éabha", "Orla"}

PARTICLES = {"van", "der", "den", "de", "la", "le", "du", "del", "ó", "ní", "nic", "mac", "von",
             "o", "ni"}

# (titles for men, titles for women) per locale; Swedish and Finnish posts use none.
TITLES = {
    "en_AU": (["Mr", "Dr"], ["Ms", "Mrs", "Dr"]),
    "en_CA": (["Mr.", "Dr."], ["Ms.", "Mrs.", "Dr."]),
    "nl_NL": (["dhr.", "meneer"], ["mevr.", "mevrouw"]),
    "sv_SE": ([], []),
    "fi_FI": ([], []),
    "es_MX": (["Sr.", "Lic.", "Ing."], ["Sra.", "Lic.", "Ing."]),
    "fr_BE": (["M.", "Monsieur"], ["Mme", "Madame"]),
    "de_CH": (["Herr"], ["Frau"]),
    "nl_CW": (["dhr.", "Sr."], ["mevr.", "Sra."]),
    "en_LS": (["Mr", "Ntate"], ["Mrs", "'M'e"]),
    "af_ZA": (["mnr.", "oom"], ["mev.", "tannie"]),
    "ga_IE": (["an tUasal", "Mr"], ["Bean", "Ms"]),
}

FEMALE = set(
    "Kirra Tahlia Mackenzie Bronte Indi Sienna Matilda Jessamy Shanae Tegan Maëlle Kaitlyn "
    "Jolene Nakita Shelby Cheyenne Mackenna Aurelie Brielle Sanne Femke Lotte Ilse Marloes Anouk "
    "Fleur Esmée Noortje Floor Linnéa Ebba Frida Tove Alva Saga Agnes Elsa Ingrid Wilma Aino "
    "Iida Siiri Venla Oona Kerttu Helmi Veera Elina Sanni Ximena Guadalupe Itzel Fernanda "
    "Citlali Daniela Renata Yaretzi Marisol Berenice Amélie Maëlys Gaëlle Océane Manon Noémie "
    "Clémence Elodie Coralie Ophélie Seraina Nadja Corinne Flurina Nicole Sabrina Andrea Mirjam "
    "Ladina Anja Roshendra Xiomara Zuleika Dionne Ethline Jeanine Shudaika Marisela Suhaily "
    "Lerato Palesa Limpho Nthabiseng Lineo Mamello Puleng Masechaba Relebohile Keneuoe Annelie "
    "Marlize Liezl Sunette Karlien Elna Carien Anke Mariska Nadine Aoife Niamh Siobhán Caoimhe "
    "Róisín Clodagh Gráinne Sorcha Éabha Orla".split()
)


def titles_for(locale: str, first: str) -> list[str]:
    male, female = TITLES[locale]
    return female if first in FEMALE else male


def given(locale: str) -> list[str]:
    return GIVEN[locale].split()


def surnames(locale: str) -> list[str]:
    raw = SURNAMES[locale]
    if locale == "ga_IE":
        return [s.split(":")[0] for s in raw.split("|")]
    return raw.split("|") if "|" in raw else raw.split()


def surname_for(locale: str, surname: str, first: str) -> str:
    """The surname as that person writes it (Irish women: Ní/Nic and lenition)."""
    if locale != "ga_IE" or first not in GA_FEMALE:
        return surname
    for pair in SURNAMES["ga_IE"].split("|"):
        male, female = pair.split(":")
        if male == surname:
            return female
    return surname


def name_tokens(name: str) -> list[str]:
    """Tokens of a name that count as fragments: no particles, titles or initials."""
    out = []
    for tok in name.replace("-", " ").split():
        t = tok.strip(".,'’")
        if len(t) <= 1 or t.lower() in PARTICLES or t.endswith("."):
            continue
        out.append(t)
    return out
