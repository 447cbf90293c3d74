"""Forty-third set: hand-written name pools (given names by gender, surnames) per locale.

Surnames for pl_PL are written in the masculine form (the feminine -ska/-cka is derived);
cs_CZ surnames are written as "masculine/feminine" pairs. Particles are listed in PARTICLES.
"""

from __future__ import annotations


def _split(text: str) -> list[str]:
    return [x.strip() for x in text.split("|") if x.strip()]


GIVEN_F = {
    "en_GB": _split("Olivia|Amelia|Isla|Poppy|Freya|Imogen|Harriet|Rosie|Siobhan|Bethan|Eilidh|"
                    "Niamh|Joy|Hope|Summer|Holly|Megan|Gemma|Lowri|Kirsty|Ruby|Hazel"),
    "en_CA": _split("Chloé|Madison|Avery|Brooke|Sierra|Mackenzie|Geneviève|Nathalie|Autumn|"
                    "Dawn|Taylor|Kaitlyn|Josée|Shannon|Leah|Brianna|Nicole|Paige|Carys|Mei|"
                    "Priya|Ashley"),
    "en_IN": _split("Ananya|Priyanka|Lakshmi|Kavya|Meenakshi|Sunita|Divya|Pooja|Shreya|Aishwarya|"
                    "Nandini|Harpreet|Fatima|Rukmini|Asha|Deepa|Gauri|Ishita|Jyoti|Sneha|"
                    "Usha|Padma"),
    "de_CH": _split("Ursula|Verena|Regula|Barbara|Nadine|Seraina|Mirjam|Corinne|Brigitte|Heidi|"
                    "Fabienne|Rahel|Esther|Gabi|Ladina|Silvia|Sandra|Andrea|Jolanda|Lea|"
                    "Nicole|Trudi"),
    "fr_BE": _split("Amélie|Céline|Nathalie|Marie-Claire|Sophie|Élodie|Aurélie|Virginie|Justine|"
                    "Laurence|Manon|Chantal|Delphine|Isabelle|Marine|Pascale|Anne-Sophie|Noémie|"
                    "Rose|Margaux|Gaëlle|Françoise"),
    "fr_BJ": _split("Sèna|Afiavi|Bernadette|Chantal|Rosine|Houéfa|Nadège|Gisèle|Mariam|Akouavi|"
                    "Yélian|Edwige|Félicité|Blandine|Reine|Aïcha|Grâce|Prudence|Ablawa|"
                    "Clarisse|Sylvie|Espérance"),
    "en_FJ": _split("Litia|Mereani|Salote|Vasemaca|Makereta|Losana|Ana|Priya|Shalini|Reshmi|"
                    "Sainimili|"
                    "Unaisi|Titilia|Kelera|Asenaca|Anjali|Sereana|Miliakere|Akanisi|Rohini|"
                    "Grace|Seini"),
    "es_MX": _split("Guadalupe|Ximena|Citlali|Fernanda|María José|Alejandra|Rocío|Yesenia|"
                    "Araceli|Dolores|Paloma|Itzel|Mariana|Leticia|Verónica|Socorro|Luz|"
                    "Esperanza|Marisol|Graciela|Rosario|Abril"),
    "es_GQ": _split("Crescencia|Purificación|Trinidad|Constancia|Angustias|Milagrosa|Pilar|"
                    "Remedios|Consolación|Mercedes|Anacleta|Eulalia|Filomena|Genoveva|Bienvenida|"
                    "Rosalía|Victoria|Paz|Teresa|Celestina|Dolores|Ascensión"),
    "pl_PL": _split("Agnieszka|Małgorzata|Katarzyna|Zofia|Joanna|Ewa|Grażyna|Bożena|Weronika|"
                    "Justyna|Dorota|Halina|Kinga|Oliwia|Wiesława|Renata|Magdalena|Aleksandra|"
                    "Jadwiga|Marta|Beata|Urszula"),
    "cs_CZ": _split("Jana|Lenka|Kateřina|Markéta|Zuzana|Věra|Ludmila|Jitka|Hana|Eliška|Tereza|"
                    "Dagmar|Blanka|Božena|Radka|Veronika|Šárka|Alena|Iveta|Libuše|Naděžda|"
                    "Vlasta"),
    "sv_SE": _split("Astrid|Ingrid|Sigrid|Karin|Linnéa|Maja|Ebba|Elsa|Britt|Margareta|Annika|"
                    "Solveig|Frida|Saga|Ylva|Åsa|Lovisa|Märta|Gunilla|Kerstin|Signe|Viveka"),
}

GIVEN_M = {
    "en_GB": _split("Oliver|Callum|Rhys|Alfie|Hamish|Dougal|Gareth|Nigel|Rupert|Declan|Cormac|"
                    "Will|Mark|Frank|Jack|Graham|Owain|Angus|Tristan|Barry|Neil|Miles"),
    "en_CA": _split("Liam|Gordie|Tyler|Brayden|Jean-François|Mathieu|Wayne|Darren|Connor|Logan|"
                    "Owen|Pierre-Luc|Rajinder|Hunter|Chase|Dale|Kyle|Bruce|Gurpreet|Wei|"
                    "Stéphane|Colton"),
    "en_IN": _split("Arjun|Rahul|Vikram|Suresh|Rajesh|Anil|Karthik|Venkatesh|Sanjay|Manoj|"
                    "Abhishek|Gurdeep|Imran|Pranav|Siddharth|Harish|Naveen|Dinesh|Rohan|Vivek|"
                    "Ashok|Mohan"),
    "de_CH": _split("Urs|Reto|Beat|Ruedi|Jürg|Stefan|Lukas|Matthias|Andreas|Thomas|Christoph|"
                    "Peter|Hansjörg|Fritz|Marco|Gian|Adrian|Daniel|Köbi|Samuel|Roman|Dominik"),
    "fr_BE": _split("Jean-Marc|Benoît|Olivier|Thierry|Geoffroy|Maxime|Quentin|Arnaud|Cédric|"
                    "Grégory|Philippe|Baudouin|Laurent|Didier|Xavier|Frédéric|Julien|Sébastien|"
                    "Michel|Gaston|Pascal|Ludovic"),
    "fr_BJ": _split("Codjo|Kossi|Koffi|Sossa|Hounsou|Romuald|Boniface|Jean-Baptiste|Théophile|"
                    "Gildas|Serge|Abdoulaye|Ibrahim|Firmin|Mathurin|Dieudonné|Fiacre|Anicet|"
                    "Wilfried|Kocou|Innocent|Symphorien"),
    "en_FJ": _split("Josefa|Sitiveni|Apenisa|Epeli|Isikeli|Waisale|Semi|Jone|Mosese|"
                    "Viliame|"
                    "Tevita|Rajesh|Anand|Vinod|Pita|Aporosa|Samisoni|Mahendra|Jeremaia|Ilaitia|"
                    "Navin|Eroni"),
    "es_MX": _split("José Luis|Juan Carlos|Jesús|Guillermo|Ricardo|Alejandro|Eduardo|Octavio|"
                    "Cuauhtémoc|Rodrigo|Emiliano|Arturo|Héctor|Ignacio|Sergio|Fidel|Benito|"
                    "Salvador|Armando|Rubén|Lorenzo|Nicolás"),
    "es_GQ": _split("Teodoro|Salvador|Santiago|Justino|Celestino|Plácido|Agustín|Severo|"
                    "Anacleto|Cándido|Gaudencio|Fortunato|Marcelino|Pastor|Benigno|Lucas|Crispín|"
                    "Florentino|Bonifacio|Eusebio|Tomás|Clemente"),
    "pl_PL": _split("Grzegorz|Krzysztof|Przemysław|Mariusz|Tomasz|Wojciech|Jarosław|Bartłomiej|"
                    "Kazimierz|Zbigniew|Marek|Piotr|Łukasz|Szymon|Dariusz|Wiesław|Jacek|Paweł|"
                    "Mieczysław|Józef|Ryszard|Leszek"),
    "cs_CZ": _split("Jiří|Petr|Vojtěch|Ondřej|Tomáš|Lubomír|Miroslav|Zdeněk|Radek|Jaroslav|"
                    "Bohumil|Vítězslav|Luboš|Matěj|Jan|Václav|Přemysl|Stanislav|Milan|Dušan|"
                    "Jindřich|Aleš"),
    "sv_SE": _split("Lars|Björn|Anders|Gustav|Sten|Olof|Henrik|Mats|Göran|Ulf|Stig|Nils|Axel|"
                    "Erik|Håkan|Åke|Torbjörn|Sune|Bengt|Linus|Pelle|Fredrik"),
}

SURNAMES = {
    "en_GB": _split("Fletcher|Thwaite|Pemberton|Ashworth|MacLeod|Fairweather|Baker|Marsh|Hunter|"
                    "Lloyd-Evans|Pritchard|Ó Briain|Winterbottom|Cartwright|Greenhalgh|Haworth|"
                    "Crabtree|Sowerby|Dunmore|Eccleston|McAllister|Kerr|Featherstone|Rook|Golding|"
                    "Hollis|Bright|Moss|Wren|Abernethy|Tremayne|Penhaligon|Lightfoot|Haddow|Fox|"
                    "Oakes|Partridge|Stainforth|Ogunleye|Chaudhry|Whitlock|Cole"),
    "en_CA": _split("Tremblay|Gagnon|Bouchard|Côté|MacNeil|Desjardins|Lavoie|Fraser|McKinnon|"
                    "Thibodeau|Chiasson|Leblanc|Wong|Sandhu|Grewal|Fontaine|Paquette|Robichaud|"
                    "Cardinal|Whitehorse|Bear|Morin|Ouellet|Kowalchuk|Hrycak|Chow|St-Pierre|"
                    "Boudreau|Beaulieu|Doucette|McPhee|Wilkins|Snow|Stone|Brook|Gauthier|"
                    "Lachance|Poirier|Haldane|Campbell"),
    "en_IN": _split("Iyer|Venkataraman|Krishnamurthy|Chatterjee|Bhattacharya|Deshpande|Kulkarni|"
                    "Patil|Nair|Menon|Pillai|Reddy|Naidu|Gupta|Agarwal|Mehta|Shah|Desai|"
                    "Banerjee|Mukherjee|Sengupta|Chauhan|Rathore|Saxena|Trivedi|Joshi|Kapoor|"
                    "Malhotra|Khanna|Gill|Dhillon|Fernandes|D'Souza|Rao|Hegde|Shetty|Ansari|"
                    "Qureshi|Bose|Thakur"),
    "de_CH": _split("Brunner|Baumgartner|Zürcher|Hofstetter|Egli|Wyss|Stämpfli|Gerber|Bachmann|"
                    "Frei|Kälin|Odermatt|Lüthi|Graf|Zbinden|Ammann|Leuenberger|Vögeli|Bühler|"
                    "Schnyder|Imhof|Aebischer|von Gunten|Tschudi|Fässler|Zumstein|Rüegg|"
                    "Blaser|Hürlimann|Kuster|Wenger|Suter|Gasser|Sutter|Kessler|Rohner|"
                    "Sommer|Fuchs|Winter|Ernst"),
    "fr_BE": _split("Dubois|Lambert|Dupont|Peeters|Janssens|Lemaire|Renard|Collignon|Dethier|"
                    "Leclercq|Hautecoeur|de Meeûs|Vandenbroucke|Marchal|Wauters|Delvaux|"
                    "Jacquemin|Piron|Goffin|Lhoest|Mathieu|Delhaize|Bastin|Lejeune|Hennuy|"
                    "Warnier|Wathelet|Laloux|d'Ursel|Masson|Hubert|Maréchal|Demoulin|Lebrun|"
                    "Fontaine|Delcourt|Van Cauwenberghe|Simonet|Leloup|Baudart"),
    "fr_BJ": _split("Adjovi|Houngbédji|Gbaguidi|Zinsou|Agossou|Dossou|Hounkpatin|Ahouansou|"
                    "Akplogan|Tossou|Kpadonou|Sossou|Houéto|Glèlè|Adandé|Ahyi|Azonhiho|Dègbo|"
                    "Fagnon|Gnonlonfoun|Hounyèmè|Kiki|Lokossou|Mèdégan|Noudéhou|Quenum|Sagbo|"
                    "Todjinou|Vodounon|Yabi|Bio Tchané|Orou Guiwa|Chabi|Alapini|d'Almeida|"
                    "de Souza|Amoussou|Assogba|Gandonou|Bakary"),
    "en_FJ": _split("Naivalu|Ravuvu|Tuilagi|Qarase|Vunibaka|Nawalu|Tabua|Rokovunisei|Baleinadogo|"
                    "Waqa|Koroi|Seruvatu|Tikoduadua|Lomaloma|Vakaloloma|Ratumaiyale|Delai|"
                    "Sharma|Prasad|Chand|Narayan|Lal|Kumar|Singh|Reddy|Naidu|Khan|Ali|Raju|"
                    "Goundar|Vuetaki|Nailatikau|Tamani|Cakau|Nakarawa|Matanitobua|Veikune|"
                    "Radrodro|Tuimaba|Lutu"),
    "es_MX": _split("Hernández|Gutiérrez|Xicoténcatl|Cuevas|Villalobos|Zamudio|de la Garza|"
                    "Castañeda|Ochoa|Quintanilla|Montemayor|Tovar|Barragán|Solís|Coronado|"
                    "Echeverría|Lozano|Arreola|Cervantes|Zúñiga|Chávez|Garza Sada|Ibarra|Juárez|"
                    "Tapia|Mondragón|Pacheco|Salinas|Valenzuela|Espinoza|Carrillo|Téllez|"
                    "Olvera|Sepúlveda|Medina|Ugalde|Nava|Rangel|Cantú|Padilla"),
    "es_GQ": _split("Obiang|Nguema|Mba|Ndong|Esono|Ondo|Nsue|Mangue|Oyono|Eyene|Ela|Micha|Edu|"
                    "Nchama|Bacale|Bolekia|Riloha|Sipi|Mabale|Bokesa|Abeso|Nzé|Mbomio|Obama|"
                    "Asumu|Engonga|Ebang|Mikue|Owono|Bibang|Buale|Mayé|Nvó|Ekua|Moro|Boricó|"
                    "Rope|Balboa|Siale|Ncogo"),
    "pl_PL": _split("Wiśniewski|Kowalczyk|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|"
                    "Jankowski|Mazur|Krawczyk|Piotrowski|Grabowski|Pawłowski|Michalski|Król|"
                    "Wieczorek|Jabłoński|Wróbel|Nowakowski|Majewski|Olszewski|Stępień|Malinowski|"
                    "Jaworski|Adamczyk|Dudek|Górski|Nowicki|Sikora|Walczak|Baran|Rutkowski|"
                    "Michalak|Szewczyk|Ostrowski|Tomaszewski|Zalewski|Wróblewski|Kaczmarek|"
                    "Pietrzak|Lis|Kamiński"),
    "cs_CZ": _split("Dvořák/Dvořáková|Černý/Černá|Procházka/Procházková|Kučera/Kučerová|"
                    "Veselý/Veselá|Horák/Horáková|Němec/Němcová|Pokorný/Pokorná|Marek/Marková|"
                    "Pospíšil/Pospíšilová|Hájek/Hájková|Jelínek/Jelínková|Král/Králová|"
                    "Růžička/Růžičková|Beneš/Benešová|Fiala/Fialová|Sedláček/Sedláčková|"
                    "Doležal/Doležalová|Zeman/Zemanová|Kolář/Kolářová|Navrátil/Navrátilová|"
                    "Čermák/Čermáková|Vaněk/Vaňková|Urban/Urbanová|Blažek/Blažková|"
                    "Kříž/Křížová|Kovář/Kovářová|Bartoš/Bartošová|Vlček/Vlčková|Polák/Poláková|"
                    "Musil/Musilová|Šimek/Šimková|Konečný/Konečná|Malý/Malá|Holub/Holubová|"
                    "Štěpánek/Štěpánková|Kadlec/Kadlecová|Dušek/Dušková|Liška/Lišková|"
                    "Sýkora/Sýkorová"),
    "sv_SE": _split("Lindqvist|Bergström|Sjöberg|Åkesson|Holmgren|Lundgren|Engström|Hedlund|"
                    "Söderberg|Nyström|Wallin|Ekström|Falk|Björk|Lind|Strand|Berg|Dahl|"
                    "Forsberg|Gustafsson|Hellström|Isaksson|Jonsson|Kvist|Löfgren|Mattsson|"
                    "Nordin|Öberg|Palm|Rosén|Sandberg|Törnqvist|Vikström|Wahlberg|Ågren|"
                    "af Klercker|von Essen|Månsson|Ståhl|Blom"),
}

PARTICLES = {"de", "la", "del", "von", "van", "af", "d'", "le", "du", "des", "y", "den", "der",
             "da", "dos", "di"}


def cs_forms(entry: str) -> tuple[str, str]:
    m, f = entry.split("/")
    return m, f


def pl_feminine(surname: str) -> str:
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


def surname_for(locale: str, entry: str, female: bool) -> str:
    if locale == "cs_CZ":
        m, f = cs_forms(entry)
        return f if female else m
    if locale == "pl_PL":
        return pl_feminine(entry) if female else entry
    return entry


def all_surnames(locale: str) -> list[str]:
    return SURNAMES[locale]


# genitive of the masculine Czech surnames (possessive form "Auto Dvořáka")
CS_GENITIVE = {
    "Dvořák": "Dvořáka", "Černý": "Černého", "Procházka": "Procházky", "Kučera": "Kučery",
    "Veselý": "Veselého", "Horák": "Horáka", "Němec": "Němce", "Pokorný": "Pokorného",
    "Marek": "Marka", "Pospíšil": "Pospíšila", "Hájek": "Hájka", "Jelínek": "Jelínka",
    "Král": "Krále", "Růžička": "Růžičky", "Beneš": "Beneše", "Fiala": "Fialy",
    "Sedláček": "Sedláčka", "Doležal": "Doležala", "Zeman": "Zemana", "Kolář": "Koláře",
    "Navrátil": "Navrátila", "Čermák": "Čermáka", "Vaněk": "Vaňka", "Urban": "Urbana",
    "Blažek": "Blažka", "Kříž": "Kříže", "Kovář": "Kováře", "Bartoš": "Bartoše",
    "Vlček": "Vlčka", "Polák": "Poláka", "Musil": "Musila", "Šimek": "Šimka",
    "Konečný": "Konečného", "Malý": "Malého", "Holub": "Holuba", "Štěpánek": "Štěpánka",
    "Kadlec": "Kadlece", "Dušek": "Duška", "Liška": "Lišky", "Sýkora": "Sýkory",
}


def cs_genitive(surname: str) -> str:
    if surname in CS_GENITIVE:
        return CS_GENITIVE[surname]
    if surname.endswith("á"):
        return surname[:-1] + "é"
    return surname + "a"


def pl_genitive(given: str, surname: str, female: bool) -> str:
    """Genitive used for the possessive ("Samochód Kowalskiego", "Notatki Agnieszki")."""
    for end, gen in (("ski", "skiego"), ("cki", "ckiego"), ("ska", "skiej"), ("cka", "ckiej")):
        if surname.endswith(end):
            return surname[: -len(end)] + gen
    if female:
        for end, gen in (("ia", "ii"), ("la", "li"), ("ka", "ki"), ("ga", "gi"), ("a", "y")):
            if given.endswith(end):
                return given[: -len(end)] + gen
        return given
    if given == "Paweł":
        return "Pawła"
    if given.endswith("ek"):
        return given[:-2] + "ka"
    return given + "a"
