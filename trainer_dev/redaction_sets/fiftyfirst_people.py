"""Names and locale facts of the fifty-first set: the roster, non-member names, Polish case forms,
mail domains, web hosts, companies and places named after people, company numbers, port codes.
All typed by hand; the companies marked real are public firms or places, not persons."""

from __future__ import annotations

from trainer_dev.redaction_sets import fiftyfirst_north as north
from trainer_dev.redaction_sets import fiftyfirst_numbers as n
from trainer_dev.redaction_sets import fiftyfirst_south as south

ROSTER = {
    "en_AU": ["Kylie Nankervis", "Brendan Tregear", "Shannon McAlister", "Tahnee Whitfield",
              "Jarrah Colquhoun", "Bronwyn Treloar", "Rhys Kilpatrick", "Narelle O'Donoghue"],
    "en_NZ": ["Aroha Ngata", "Tamati Parata", "Kelsey Rutherford", "Ngaire Tipene",
              "Callum Fahey", "Mereana Kingi", "Duncan McQuarrie", "Sione Taufa"],
    "nl_BE": ["Wouter Vandenbussche", "Lies Desmet", "Pieter-Jan Verstraete",
              "Hanne Van den Broeck", "Jens Vanhoutte", "Elke De Clercq", "Bart Lippens",
              "Griet Vermeulen"],
    "nl_AW": ["Glenbert Croes", "Xiomara Maduro", "Rignaldo Werleman", "Dayenne Lacle",
              "Edsel Oduber", "Marisol Dirksz", "Jairo Geerman", "Yanaisa Boekhoudt"],
    "da_DK": ["Mette Kjærsgaard", "Søren Vestergaard", "Line Thygesen", "Jesper Krogh",
              "Trine Damsgaard", "Anders Bundgaard", "Camilla Skovbo", "Rasmus Hvidberg"],
    "nb_NO": ["Ingrid Solheim", "Eirik Haugland", "Siri Fjeldstad", "Håkon Rønning",
              "Tuva Myklebust", "Øyvind Sæther", "Marit Brekke", "Torstein Aasland"],
    "fo_FO": ["Jógvan Dalsgaard", "Rannvá Joensen", "Sámal Højgaard", "Turið Lamhauge",
              "Heðin Patursson", "Marjun Niclasen", "Rógvi Djurhuus", "Beinta Midjord"],
    "es_CL": ["Camila Sepúlveda", "Matías Inostroza", "Javiera Riquelme", "Benjamín Cárcamo",
              "Constanza Valenzuela", "Ignacio Henríquez", "Fernanda Bustamante",
              "Cristóbal Aravena"],
    "fr_CA": ["Marie-Ève Tremblay", "Étienne Bouchard", "Geneviève Lavoie", "Mathieu Gauthier",
              "Josée Pelletier", "Sébastien Cloutier", "Nathalie Bérubé", "Maxime Thibodeau"],
    "pl_PL": ["Krzysztof Wiśniewski", "Agnieszka Lewandowska", "Tomasz Kaczmarek",
              "Małgorzata Zielińska", "Łukasz Wróbel", "Joanna Kwiatkowska", "Grzegorz Pawlak",
              "Magdalena Sikora"],
    "gl_ES": ["Uxía Outeiral", "Breixo Castiñeira", "Antía Regueiro", "Brais Mouriño",
              "Iria Louzao", "Xoán Carballo", "Sabela Doval", "Anxo Bouzas"],
    "fr_RE": ["Mickaël Payet", "Sandrine Hoarau", "Teddy Grondin", "Priscilla Técher",
              "Fabrice Nativel", "Nadia Omarjee", "Johnny Dijoux", "Cindy Ramassamy"],
}

GIVEN = {
    "en_AU": "Craig Tegan Ashleigh Dean Kirra Bradley Courtney Hayden Melinda Troy Jodie Corey "
             "Leanne Nathan Belinda Wade",
    "en_NZ": "Wiremu Anahera Rawiri Kiri Tane Awhina Brodie Ashton Hamish Fergus Siosaia Losana "
             "Keri Rangi Mikaere Huia",
    "nl_BE": "Kobe Lotte Senne Femke Stijn Ine Joris Sofie Maarten Annelies Thibault Nele Arne "
             "Katrien Dries Evelien",
    "nl_AW": "Ramon Evelyn Rudy Giselle Quincy Ivanca Gianni Ludmila Jurgen Nadine Ricardo "
             "Sharline Germaine Edwin Milagros Shurman",
    "da_DK": "Henrik Lone Kasper Maja Bjarne Pernille Torben Gitte Kim Dorthe Mikkel Sanne Bo "
             "Lene Niels Ulla",
    "nb_NO": "Kjetil Silje Magnus Ragnhild Sindre Hege Vegard Kari Trond Ane Espen Gunnhild Ola "
             "Liv Stian Randi",
    "fo_FO": "Hanus Tróndur Símun Jákup Eyðun Bárður Sjúrður Høgni Pauli Guðrun Sólja Jórun "
             "Sunneva Ása Kristianna Brynhild",
    "es_CL": "Francisco Catalina Vicente Antonia Joaquín Daniela Sebastián Valentina Tomás "
             "Florencia Diego Macarena Rodrigo Paulina Felipe Carolina",
    "fr_CA": "Félix Émilie Olivier Catherine Simon Valérie Guillaume Isabelle Jérôme Karine "
             "Samuel Chantal Pascal Mélanie Yannick Sophie",
    "gl_ES": "Xosé Iago Noa Xiana Lois Martiño Uxío Olalla Carme Maruxa Fermín Alba Manoel "
             "Xabier Tareixa Ledicia",
    "fr_RE": "Jimmy Sabrina Giovanni Vanessa Jean-Luc Mélissa Ludovic Ingrid Davy Laetitia Willy "
             "Aurélie Cédric Jessica Loïc Wilfried",
}

SURNAMES = {
    "en_AU": "Hollingsworth Pemberton Mulholland Blackwood Summerhayes Cattermole Greenhalgh "
             "Lowrie Penhaligon Dunstan Quartermaine Nguyen Papadakis Vella Caruana Trevaskis",
    "en_NZ": "Horomona Paewai Rangihuna Whaanga Pomare Findlater Gillespie Strachan Baillie "
             "Lolohea Fifita Mataele Tupou Kereama Hapeta Tuhiwai",
    "nl_BE": "Claeys Goethals Vandamme Dewulf Lauwers Beernaert Vanneste Deconinck Coppens "
             "Willaert Decock Verhaeghe Maes Pauwels Vanacker Ghekiere",
    "nl_AW": "Kock Wever Tromp Arends Thijsen Figaroa Eman Erasmus Nicolaas Vrolijk Quandt "
             "Solognier Ponson Dijkhoff Rasmijn Franken",
    "da_DK": "Nørgaard Holm Kragh Bach Møller Iversen Juhl Brix Dahl Mogensen Frandsen "
             "Søndergaard Kristoffersen Bisgaard Winther Lykke",
    "nb_NO": "Gjerde Halvorsen Nesheim Tveit Lunde Kvalheim Bakke Aune Eide Hoel Sandvik Moe "
             "Ulvestad Rønneberg Vatne Hjelle",
    "fo_FO": "Olsen Poulsen Rasmussen Johannesen Danielsen Simonsen Mikkelsen Thomsen Vang "
             "Zachariasen Nolsøe Debes Skaale Mortensen Ellefsen Hammershaimb",
    "es_CL": "Soto Contreras Muñoz Rojas Díaz Tapia Alarcón Figueroa Gallardo Cárdenas Vergara "
             "Oyarzún Barrientos Millán Ñancupil Huenchumilla",
    "fr_CA": "Côté Gagné Morin Ouellet Fortin Lévesque Boucher Caron Beaulieu Cormier Poirier "
             "Leblanc Savard Desjardins Harvey Bergeron",
    "gl_ES": "Otero Piñeiro Souto Varela Lema Rivas Fraga Seoane Freire Barreiro Nogueira Pazos "
             "Insua Couceiro Abelleira Lamas",
    "fr_RE": "Maillot Lauret Turpin Moutien Sinimalé Boyer Lebon Fontaine Hoareau Lallemand "
             "Gonthier Dalleau Clain Mussard Bègue Valy",
}

# Polish: given name -> (gender, genitive, instrumental)
PL_GIVEN = {
    "Krzysztof": ("m", "Krzysztofa", "Krzysztofem"), "Paweł": ("m", "Pawła", "Pawłem"),
    "Marcin": ("m", "Marcina", "Marcinem"), "Tomasz": ("m", "Tomasza", "Tomaszem"),
    "Grzegorz": ("m", "Grzegorza", "Grzegorzem"), "Wojciech": ("m", "Wojciecha", "Wojciechem"),
    "Łukasz": ("m", "Łukasza", "Łukaszem"), "Piotr": ("m", "Piotra", "Piotrem"),
    "Andrzej": ("m", "Andrzeja", "Andrzejem"), "Michał": ("m", "Michała", "Michałem"),
    "Rafał": ("m", "Rafała", "Rafałem"), "Dariusz": ("m", "Dariusza", "Dariuszem"),
    "Zbigniew": ("m", "Zbigniewa", "Zbigniewem"),
    "Agnieszka": ("f", "Agnieszki", "Agnieszką"), "Katarzyna": ("f", "Katarzyny", "Katarzyną"),
    "Małgorzata": ("f", "Małgorzaty", "Małgorzatą"), "Joanna": ("f", "Joanny", "Joanną"),
    "Magdalena": ("f", "Magdaleny", "Magdaleną"), "Ewa": ("f", "Ewy", "Ewą"),
    "Beata": ("f", "Beaty", "Beatą"), "Dorota": ("f", "Doroty", "Dorotą"),
    "Monika": ("f", "Moniki", "Moniką"), "Aleksandra": ("f", "Aleksandry", "Aleksandrą"),
    "Justyna": ("f", "Justyny", "Justyną"), "Halina": ("f", "Haliny", "Haliną"),
}
# consonant-final surnames: male genitive and instrumental (women's forms do not decline)
PL_HARD = {
    "Nowak": ("Nowaka", "Nowakiem"), "Wójcik": ("Wójcika", "Wójcikiem"),
    "Krawczyk": ("Krawczyka", "Krawczykiem"), "Wieczorek": ("Wieczorka", "Wieczorkiem"),
    "Zając": ("Zająca", "Zającem"), "Król": ("Króla", "Królem"),
    "Stępień": ("Stępnia", "Stępniem"), "Dudek": ("Dudka", "Dudkiem"),
    "Mazur": ("Mazura", "Mazurem"), "Lis": ("Lisa", "Lisem"),
    "Kaczmarek": ("Kaczmarka", "Kaczmarkiem"), "Wróbel": ("Wróbla", "Wróblem"),
    "Pawlak": ("Pawlaka", "Pawlakiem"),
}
PL_SKI = ["Wiśniewski", "Lewandowski", "Zieliński", "Kwiatkowski", "Kamiński", "Dąbrowski",
          "Kozłowski", "Jankowski", "Jabłoński", "Majewski", "Olszewski", "Malinowski",
          "Jaworski", "Sawicki", "Zawadzki"]
PL_A = {"Sikora": ("Sikory", "Sikorą"), "Duda": ("Dudy", "Dudą")}  # both genders decline


def pl_surname(male: str, gender: str) -> tuple[str, str, str]:
    """(nominative, genitive, instrumental) of a Polish surname for a man or a woman."""
    if male.endswith("ki"):
        b = male[:-1]
        return (male, b + "iego", b + "im") if gender == "m" else (b + "a", b + "iej", b + "ą")
    if male in PL_A:
        return (male, *PL_A[male])
    if gender == "m":
        return (male, *PL_HARD[male])
    return male, male, male


def pl_male_surname(nominative: str) -> str:
    """The dictionary (male) form of a surname as the roster writes it."""
    if nominative.endswith("ka") and nominative[:-1] + "i" in PL_SKI:
        return nominative[:-1] + "i"
    return nominative


PL_PERSON_GIVEN = [g for g in PL_GIVEN if g not in {r.split()[0] for r in ROSTER["pl_PL"]}]
PL_PERSON_SURNAMES = [s for s in PL_SKI + list(PL_HARD) + list(PL_A)
                      if s not in {pl_male_surname(r.split()[1]) for r in ROSTER["pl_PL"]}]

# extra surnames for double-surname locales (Chile, Galicia)
SECOND_SURNAME = {"es_CL", "gl_ES"}

DOMAINS = {
    "en_AU": ["portlincolnmarine.com.au", "fremantleslips.com.au", "bigpond.com",
              "reefcharters.net.au"],
    "en_NZ": ["xtra.co.nz", "napiersailing.org.nz", "nelsonmarina.co.nz", "bluffoysters.co.nz"],
    "nl_BE": ["telenet.be", "skynet.be", "vvw-oostende.be", "jachthavenblankenberge.be"],
    "nl_AW": ["setarnet.aw", "arubamarina.aw", "barcaderaport.com", "gmail.com"],
    "da_DK": ["hirtshalshavn.dk", "mail.dk", "esbjergfiskeri.dk", "sejlklubben-marstal.dk"],
    "nb_NO": ["online.no", "alesundbaathavn.no", "fiskarlaget-nord.no", "seilforeningen.no"],
    "fo_FO": ["olivant.fo", "skipasmidjan.fo", "havnarskrivstovan.fo", "post.fo"],
    "es_CL": ["vtr.net", "gmail.com", "pesqueradelsur.cl", "marinavalparaiso.cl"],
    "fr_CA": ["videotron.ca", "marinalevis.qc.ca", "pecheriesgaspe.ca", "bell.net"],
    "pl_PL": ["wp.pl", "onet.pl", "marinagdynia.pl", "rybacyhel.pl"],
    "gl_ES": ["mundo-r.com", "confrariavigo.gal", "estaleirosbueu.es", "gmail.com"],
    "fr_RE": ["orange.fr", "wanadoo.fr", "marina-saintgilles.re", "pecheursduport.re"],
}

HOSTS = {
    "en_AU": ["edenboatsales.com.au", "whitsundaysailing.boats", "coralcoastyachts.sydney",
              "cairnsreefcharters.com.au", "portlandslipway.melbourne"],
    "en_NZ": ["hokitikaboats.kiwi", "nelsonmarina.co.nz", "bayofislandssailing.nz",
              "gisbornefishingclub.org.nz", "picton-ferries.co.nz"],
    "nl_BE": ["jachthaven-nieuwpoort.be", "vvw-blankenberge.vlaanderen", "zeilschoolgent.gent",
              "vismijn-oostende.be", "bootverhuur.brussels"],
    "nl_AW": ["arubamarina.aw", "barcadera-harbour.aw", "snorkeltrips.aruba",
              "renaissance-yachts.com",
              "pisca-aruba.fish"],
    "da_DK": ["hirtshalshavn.dk", "skagenfiskeri.dk", "baadpladser.boats",
              "sejlerskolen-marstal.dk",
              "esbjergyachts.yachts"],
    "nb_NO": ["alesundbaathavn.no", "seilkurs-bergen.no", "sjarksalg.fish", "lofotferje.no",
              "tromsomarina.boats"],
    "fo_FO": ["havn.fo", "siglingarskulin.fo", "fiskaland.fo", "batasolan.fo", "ferjan.fo"],
    "es_CL": ["marinavalparaiso.cl", "pescaartesanal.cl", "cursosdevela.cl", "astilleroschiloe.cl",
              "botes-en-venta.boats"],
    "fr_CA": ["marinalevis.quebec", "ecoledevoile-rimouski.ca", "traversiers-gaspesie.ca",
              "peche-homard.quebec", "chantiermaritime.qc.ca"],
    "pl_PL": ["marinagdynia.pl", "kursyzeglarskie.pl", "jachty-hel.pl", "rybacyustka.pl",
              "czarter-szczecin.boats"],
    "gl_ES": ["confrariavigo.gal", "escoladevela.gal", "portodeportivo-baiona.es",
              "lonxadeburela.gal", "embarcacions-arousa.boats"],
    "fr_RE": ["marina-saintgilles.re", "peche-au-gros.re", "ecoledevoile-saintleu.re",
              "port-reunion.fr", "bateaux-occasion.re"],
}

PLATFORMS = ["facebook.com/groups", "instagram.com", "youtube.com/@", "linktr.ee"]
SLUG_WORDS = ["refit", "charters", "sailing", "fishing", "crew", "marina", "yachtsales", "trawler",
              "moorings", "outboards", "kayaks", "ferrytimes", "boatyard", "sailloft"]

# companies and places named after people (look-alikes): (companies, places)
NAMED = {
    "en_AU": (["Flinders Ports", "Dunlop Marine Supplies"],
              ["Port Hedland", "Port Douglas", "Bass Strait", "Flinders Island"]),
    "en_NZ": (["Hamilton Jet", "Cook Strait Ferries"],
              ["Cook Strait", "Port Chalmers", "Stewart Island", "Abel Tasman"]),
    "nl_BE": (["Jan De Nul"], ["Prins Filipdok", "Albertkanaal", "Boudewijnsluis",
                               "Sint-Idesbald"]),
    "nl_AW": (["Ling & Sons"], ["Wilhelminapark", "Aeropuerto Reina Beatrix", "San Nicolas"]),
    "da_DK": (["A.P. Møller - Mærsk", "J. Lauritzen", "Knud E. Hansen"],
              ["H.C. Andersen Airport", "Christianshavn", "Frederikshavn"]),
    "nb_NO": (["Fred. Olsen", "Wilh. Wilhelmsen"], ["Fridtjof Nansens plass", "Kristiansund"]),
    "fo_FO": (["H.N. Jacobsens Bókahandil"], []),
    "es_CL": (["Astilleros Marco Chilena"],
              ["Puerto Montt", "Puerto Williams", "Muelle Prat", "Isla Robinson Crusoe"]),
    "fr_CA": (["Chantier Davie", "Groupe Desgagnés"],
              ["pont Jacques-Cartier", "quai Champlain", "Baie-Comeau", "Sainte-Anne-des-Monts"]),
    "pl_PL": ([], ["Skwer Kościuszki", "Aleja Jana Pawła II", "pomnik Conrada", "Władysławowo"]),
    "gl_ES": (["Estaleiros Cardama"], ["Praza de María Pita", "San Cibrao"]),
    "fr_RE": ([], ["aéroport Roland-Garros", "lycée Leconte-de-Lisle", "Sainte-Rose"]),
}


def _nzbn(r):
    return n.ean13(r, "9429")


def _cl_company(r):
    return n.rut(r, 76_000_000, 77_999_999)


# (label, generator) of the locale's company number look-alikes
COMPANY_NO = {
    "en_AU": ("ABN", n.abn), "en_NZ": ("NZBN", _nzbn),
    "nl_BE": ("ondernemingsnr.", n.be_company),
    "nl_AW": ("KvK nr.", lambda r: n.digits(r, 5, "1234")),
    "da_DK": ("CVR", n.cvr), "nb_NO": ("org.nr.", lambda r: n.group(n.no_org(r), [3, 3, 3])),
    "fo_FO": ("V-tal", lambda r: n.digits(r, 6, "3456")), "es_CL": ("RUT empresa", _cl_company),
    "fr_CA": ("NEQ", lambda r: "11" + n.digits(r, 8)), "pl_PL": ("REGON", n.regon),
    "gl_ES": ("CIF", n.cif), "fr_RE": ("SIRET", n.siret),
}

LOCODES = {
    "en_AU": ["AUPLO", "AUFRE", "AUCNS"], "en_NZ": ["NZNPE", "NZNSN", "NZLYT"],
    "nl_BE": ["BEOST", "BEZEE", "BEANR"], "nl_AW": ["AWORJ", "AWBAR"],
    "da_DK": ["DKEBJ", "DKHIR", "DKSKA"], "nb_NO": ["NOSVG", "NOBGO", "NOAES"],
    "fo_FO": ["FOTHO", "FOKVI"], "es_CL": ["CLVAP", "CLSAI", "CLPMC"],
    "fr_CA": ["CAQUE", "CARIM", "CASEI"], "pl_PL": ["PLGDY", "PLGDN", "PLSZZ"],
    "gl_ES": ["ESVGO", "ESLCG", "ESMPG"], "fr_RE": ["RELPT", "REPDG"],
}

# locale -> (phone, address, ids, phone region, MMSI MID, IBAN countries, languages)
PLAN = {
    "en_AU": (north.phone_au, north.address_au, north.IDS["en_AU"], "AU", "503", ["GB", "DE"],
              [("en", 1.0)]),
    "en_NZ": (north.phone_nz, north.address_nz, north.IDS["en_NZ"], "NZ", "512", ["GB", "DE"],
              [("en", 1.0)]),
    "nl_BE": (north.phone_be, north.address_be, north.IDS["nl_BE"], "BE", "205", ["BE"],
              [("nl", 1.0)]),
    "nl_AW": (north.phone_aw, north.address_aw, north.IDS["nl_AW"], "AW", "307", ["NL"],
              [("nl", 0.4), ("pap", 0.35), ("en", 0.25)]),
    "da_DK": (north.phone_dk, north.address_dk, north.IDS["da_DK"], "DK", "219", ["DK"],
              [("da", 1.0)]),
    "nb_NO": (north.phone_no, north.address_no, north.IDS["nb_NO"], "NO", "257", ["NO"],
              [("nb", 1.0)]),
    "fo_FO": (north.phone_fo, north.address_fo, north.IDS["fo_FO"], "FO", "231", ["FO", "DK"],
              [("fo", 0.7), ("da", 0.3)]),
    "es_CL": (south.phone_cl, south.address_cl, south.IDS["es_CL"], "CL", "725", ["ES"],
              [("es", 1.0)]),
    "fr_CA": (south.phone_ca, south.address_ca, south.IDS["fr_CA"], "CA", "316", ["FR"],
              [("fr", 1.0)]),
    "pl_PL": (south.phone_pl, south.address_pl, south.IDS["pl_PL"], "PL", "261", ["PL"],
              [("pl", 1.0)]),
    "gl_ES": (south.phone_es, south.address_gl, south.IDS["gl_ES"], "ES", "224", ["ES"],
              [("gl", 0.65), ("es", 0.35)]),
    "fr_RE": (south.phone_re, south.address_re, south.IDS["fr_RE"], "RE", "660", ["FR"],
              [("fr", 0.75), ("rcf", 0.25)]),
}

LOCALES = list(PLAN)
