"""Thirty-first set: hand-written name pools (roster and third parties) per locale.

Roster pools and PERSON pools are disjoint per locale (checked in the self-test).
"""

from __future__ import annotations


def _s(x: str) -> list[str]:
    return [w.strip() for w in x.split("|") if w.strip()]


# (roster given, roster surnames, person given, person surnames, titles)
NAMES = {
    "en_US": (
        _s("Dana|Marcus|Keisha|Tyler|Brooke|Desmond|Lorena|Wade|Tamika|Curtis"),
        _s("Holloway|Castellanos|Whitfield|Okafor|Brandt|Delgado|McAllister|Pruitt|Sandoval"),
        _s(
            "Hope|Grant|Summer|Chance|Ivy|Dakota|Raymond|Latoya|Trevor|Colby|Renee|Jaylen|"
            "Misty|Ruben|Autumn|Dwayne|Ashlyn|Hunter"
        ),
        _s(
            "Cook|Baker|Fairbanks|Van Dorn|Rice|Kowalczyk|Nguyen-Ware|Stoltzfus|Archuleta|"
            "Blackwood|O'Rourke|Pettigrew|Lindqvist|Mahoney|Tran|Frost|Boatwright|Delacroix"
        ),
        _s("Mr.|Ms.|Mrs.|Dr.|Chef"),
    ),
    "en_GB": (
        _s("Harriet|Callum|Niamh|Rhys|Imogen|Alfie|Priya|Gareth|Siobhan|Eddie"),
        _s("Pemberton|Ashworth|Kaur|Lloyd-Evans|Fairclough|Mensah|Threlfall|Gilchrist|Ibbotson"),
        _s(
            "Rose|Will|Hazel|Jack|Florence|Angus|Bethan|Tobias|Ffion|Kieran|Poppy|Dominic|"
            "Saoirse|Barnaby|Aled|Heidi|Rowan|Lettie"
        ),
        _s(
            "Butler|Cotton|Shepherd|Ogunleye|Featherstone|Mac an tSaoir|Pryce-Jones|Bannister|"
            "Whitlock|Chaudhry|Dunmore|Frobisher|Ramsbottom|Hale|Greenhalgh|Winterbourne|Lamb"
        ),
        _s("Mr|Ms|Mrs|Miss|Dr|Chef"),
    ),
    "de_DE": (
        _s("Jannik|Svenja|Malte|Anika|Torben|Henrike|Cem|Ute|Lasse|Greta"),
        _s("Brückner|Kowalski|Hoffmeister|Ödemiş|Lindqvist-Haas|Reinholz|Tiedemann|Quast|Vogler"),
        _s(
            "Ernst|Frank|Heide|Rainer|Sabine|Jürgen|Wiebke|Dragan|Claudia|Björn|Mareike|Knut|"
            "Birgit|Yusuf|Friederike|Ole|Ilse|Detlef"
        ),
        _s(
            "Koch|Becker|Wirth|von der Heydt|Schäfer|Kellermann|Zimmer|Nowak|Großkopf|Stein|"
            "Hahn|Al-Masri|Pfeiffer-Lenz|Wagenknecht|Fuchs|Engel|Roth|Sauer"
        ),
        _s("Herr|Frau|Dr.|Küchenchef"),
    ),
    "fr_FR": (
        _s("Maëlle|Thibault|Inès|Quentin|Solène|Yanis|Margaux|Bastien|Clémence|Loïc"),
        _s("Garnier|Lefebvre-Morin|Benali|Rousseau|Chevalier|Ngoma|Perrin|Tessier|Vasseur"),
        _s(
            "Pierre|Rose|Olive|Claire|Noël|Aurore|Félix|Véronique|Gaspard|Odile|Karim|Sandrine|"
            "Éloïse|Hervé|Jacqueline|Mathis|Nadège|Sylvain"
        ),
        _s(
            "Boulanger|Marchand|Lemaire|de Saint-Exupéry|Fontaine|Boucher|Petitjean|Da Costa|"
            "Mercier|Lacroix|Hoarau|Le Goff|Barbier|Pasquier|Vidal|Charpentier|Lebrun|Rivière"
        ),
        _s("M.|Mme|Mlle|Dr|Chef"),
    ),
    "es_ES": (
        _s("Nerea|Iker|Rocío|Álvaro|Ainhoa|Sergio|Lucía|Borja|Itziar|Rubén"),
        _s("Echeverría|Montoya|Salcedo|Urrutia|Gil-Robles|Carmona|Villalba|Ortuño|Quintana"),
        _s(
            "Rosa|Dolores|Pilar|Soledad|Amparo|Jesús|Mercedes|Iñaki|Consuelo|Fermín|Begoña|"
            "Ángel|Esperanza|Xavier|Remedios|Gonzalo|Paz|Eulalia"
        ),
        _s(
            "Cocinero|Pastor|de la Fuente|Mesa|Aguirre|Del Río|Prieto|Serrano|Santamaría|Vidal|"
            "Iglesias|Castaño|Herrero|Calvo|Moreno Olmedo|Barrios|Campos|Ibarra"
        ),
        _s("Sr.|Sra.|Dña.|D.|Dr."),
    ),
    "it_IT": (
        _s("Chiara|Matteo|Ginevra|Lorenzo|Arianna|Davide|Federica|Tommaso|Beatrice|Niccolò"),
        _s("Bernardi|Ferraresi|Lo Presti|Caputo|Marchetti|Zanella|Rinaldi|Pellegrino|Galli"),
        _s(
            "Serena|Fortunato|Benvenuto|Speranza|Margherita|Rosa|Giacomo|Assunta|Salvatore|"
            "Ornella|Pasquale|Gianluca|Letizia|Vittorio|Immacolata|Fabrizio|Concetta|Dario"
        ),
        _s(
            "Cuoco|Fornaio|De Luca|Esposito|D'Amico|Sartori|Mancini|Della Valle|Barbieri|Fontana|"
            "Greco|Ruggiero|Bianchi|Lombardo|Russo|Colombo|Martini|Ferri"
        ),
        _s("Sig.|Sig.ra|Dott.|Dott.ssa|Chef"),
    ),
    "es_DO": (
        _s("Yokasta|Wander|Yudelka|Franklin|Massiel|Rafelito|Yaniris|Elvin|Scarlet|Junior"),
        _s("Peguero|Almonte|Tavárez|De los Santos|Encarnación|Batista|Mejía|Polanco|Cuevas"),
        _s(
            "Altagracia|Mercedes|Milagros|Rosa|Dulce|Ramón|Yunior|Anyelo|Bienvenido|Fausto|"
            "Yessenia|Nelson|Cándida|Wilkin|Luz|Radhamés|Odalis|Deivy"
        ),
        _s(
            "Paulino|Rosario|de la Cruz|Familia|Santana|Reynoso|Tejada|Abreu|Rodríguez Pimentel|"
            "Guzmán|Frías|Valdez|Ovalle|Sosa|Montero|Castillo|Jiménez|Núñez"
        ),
        _s("Sr.|Sra.|Lic.|Licda.|Ing.|Dr."),
    ),
    "pt_AO": (
        _s("Nzinga|Edson|Yolanda|Kelson|Tchissola|Adilson|Eunice|Wilson|Djamila|Osvaldo"),
        _s("Kiala|Mbala|Capitango|Tchipenda|Sebastião|Kassoma|Ngunza|Muhongo|Chivukuvuku"),
        _s(
            "Graça|Esperança|Vitória|Luz|Amparo|Domingos|Manuel|Teresa|Joaquina|Evaristo|"
            "Celestina|Mateus|Isabel|Bento|Filomena|Agostinho|Rosa|Kiluanji"
        ),
        _s(
            "dos Santos|Mendes|Cassule|Lukamba|Neto|Dias da Silva|Fortunato|Van-Dúnem|Lopes|"
            "Caetano|Tavares|Bumba|Sassoma|Gaspar|Pedro|Quissanga|Mateta|Cambuta"
        ),
        _s("Sr.|Sra.|Dr.|Dra.|Eng."),
    ),
    "en_TZ": (
        _s("Neema|Baraka|Zawadi|Juma|Rehema|Emmanuel|Upendo|Salim|Doreen|Athumani"),
        _s("Mwakyembe|Kimaro|Massawe|Lyimo|Shirima|Mushi|Chuwa|Mrema|Temba"),
        _s(
            "Amani|Furaha|Imani|Tumaini|Pendo|Hamisi|Mwanaisha|Godfrey|Halima|Rashidi|"
            "Eliya|Subira|Kassim|Witness|Ramadhani|Sharifa|Gift|Faraji"
        ),
        _s(
            "Mollel|Kisanga|Njau|Ngowi|Swai|Mbwambo|Kombo|Laizer|Mfinanga|Mnyampala|Haji|Pallangyo|"
            "Kitwana|Saning'o|bin Omari|Urassa|Kweka|Mwamba"
        ),
        _s("Mr|Ms|Mrs|Dr|Chef|Mama"),
    ),
    "es_PA": (
        _s("Itzel|Aristides|Yarisbeth|Ricaurte|Maribel|Edwin|Dayanara|Abdiel|Yamileth|Omar"),
        _s("Arosemena|Quintero|Batista|Chiari|Vergara|Ábrego|Samudio|Cedeño|Moscoso"),
        _s(
            "Dalys|Eneida|Félix|Milagros|Luz|Rosa|Nivaldo|Yariela|Cristóbal|Ruby|Iveth|Euclides|"
            "Gloriela|Ernesto|Yanina|Porfirio|Danelys|Isaías"
        ),
        _s(
            "Pinzón|González de la Guardia|Barría|Castrellón|Him|Saavedra|Domínguez|Chong|Rangel|"
            "Tejeira|Ureña|Villarreal|Espino|De León|Jaén|Caballero|Montenegro|Solís"
        ),
        _s("Sr.|Sra.|Lic.|Licda.|Ing.|Dr."),
    ),
    "fr_MA": (
        _s("Yasmine|Anas|Salma|Mehdi|Ghita|Othmane|Nisrine|Hamza|Kenza|Soufiane"),
        _s("Bennani|El Idrissi|Tazi|Berrada|Chraibi|Alaoui|Benjelloun|Ouazzani|Lahlou"),
        _s(
            "Saïd|Amal|Farah|Noureddine|Khadija|Rachid|Latifa|Youssef|Imane|Abdelilah|Siham|"
            "Driss|Meryem|Zakaria|Hafsa|Brahim|Loubna|Karima"
        ),
        _s(
            "Amrani|El Fassi|Ziani|Benkirane|Sqalli|Kettani|Ait Lahcen|Bouzid|Mansouri|El Ouafi|"
            "Belghiti|Naciri|Filali|Guessous|Cherkaoui|Haddaoui|Skalli|Tahiri"
        ),
        _s("M.|Mme|Mlle|Dr|Chef"),
    ),
    "en_BW": (
        _s("Kabo|Boitumelo|Neo|Tshepo|Lorato|Kagiso|Masego|Thabo|Onalenna|Kitso"),
        _s("Molefe|Sebego|Kgosidintsi|Ramotswe|Seretse|Mokgethi|Tau|Phiri|Masire"),
        _s(
            "Mpho|Precious|Goitseone|Lesego|Gift|Oratile|Bontle|Keabetswe|Tebogo|Refilwe|"
            "Mothusi|Gaone|Dineo|Onkemetse|Pako|Tumelo|Wame|Dikeledi"
        ),
        _s(
            "Modise|Keitumetse|Motsumi|Gaolathe|Ntshole|Sekgoma|Mmusi|Pule|Ditshwanelo|Rapelang|"
            "Segokgo|Mogwe|Kgari|Letsholo|Setlhare|Balopi|Moremi|Nkwe"
        ),
        _s("Mr|Ms|Mrs|Dr|Chef|Mma|Rra"),
    ),
}

PARTICLES = {
    "de",
    "del",
    "della",
    "di",
    "da",
    "dos",
    "das",
    "do",
    "van",
    "von",
    "der",
    "la",
    "le",
    "du",
    "des",
    "bin",
    "ben",
    "el",
    "al",
    "y",
    "e",
    "zu",
    "los",
    "mac",
    "an",
    "d",
    "lo",
}


def roster(r, loc: str) -> list[str]:
    g, s = NAMES[loc][0][:], NAMES[loc][1][:]
    r.shuffle(g)
    r.shuffle(s)
    return [f"{g[i]} {s[i]}" for i in range(8)]
