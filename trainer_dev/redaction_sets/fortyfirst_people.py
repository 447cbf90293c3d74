"""Forty-first set: hand-written name pools (given names female then male; surnames), titles,
particles and handles per locale."""

from __future__ import annotations

# (female given names, male given names, surnames); hu_HU names are written family name first.
POOLS = {
    "en_US": (
        "Madison Brianna Keisha Rose Grace Hope Summer Dakota Latoya Shannon Whitney Kayla "
        "Savannah Destiny Autumn Brooke Tamika Harper Jolene Marisol".split(),
        "Tyler Brandon DeShawn Hunter Chase Colton Frank Wade Garrett Dwayne Marcus Cody Travis "
        "Jamal Bryce Austin Dexter Rusty Darnell Mason".split(),
        [
            "Whitfield", "Kowalczyk", "O'Connor", "McAllister", "Baker", "Sandoval", "Washington",
            "Delgado", "Lindqvist", "Brewer", "Fitzgerald", "Montgomery", "Okafor", "Castellano",
            "Pruitt", "Hollister", "Vance", "Gallagher", "Underwood", "Yazzie", "Whitaker",
            "Carmichael", "Bishop", "Rutherford", "Stroud", "Mendenhall", "Abernathy", "Kimura",
            "Holloway", "Pettigrew", "Boudreaux", "Swanson", "Crenshaw", "Lockhart", "Marsh",
            "Nakamura", "Oyelaran", "De La Rosa", "Van Buren", "Haskell", "Gentry"]),
    "en_CA": (
        "Chantal Brittany Kaitlyn Meaghan Jocelyn Siobhan Aileen Mackenzie Tessa Nadia Priya "
        "Leah Robyn Shelby Harmony Ivy Noelle Paige Winona Fern".split(),
        "Brendan Gordie Wayne Ravi Connor Declan Dawson Keegan Lachlan Owen Gurpreet Trent Stuart "
        "Miles Rowan Curtis Lyle Angus Duncan Clay".split(),
        ["MacDonald", "MacKinnon", "Tremblay", "Gagnon", "Sinclair", "Fraser", "Campbell",
         "Nguyen", "Singh Dhillon", "Grewal", "Okonkwo", "Chowdhury", "Pelletier", "Lavoie",
         "McLeod", "Cardinal", "Whitehorse", "Stoneham", "Kowalchuk", "Hrynchuk", "Fehr",
         "Penner", "Dueck", "Ferguson", "Cormier", "LeBlanc", "Arsenault", "Doucette",
         "Van der Meer", "Chu", "Lau", "Ashdown", "Pridham", "Strickland", "Gillis", "Rankin",
         "Beaton", "Featherstone", "Haldane", "Crowfoot", "Birch"]),
    "de_DE": (
        "Anneliese Brigitte Charlotte Dagmar Elke Frauke Gisela Hannelore Ilse Jutta Katrin "
        "Liesel Mareike Nele Ottilie Petra Rieke Svenja Ute Wiebke".split(),
        "Bernd Detlef Eckhart Florian Gunnar Hauke Ingo Jörg Kai Lutz Malte Norbert Ole Ernst "
        "Reinhold Sönke Torsten Uwe Volker Wolf".split(),
        ["Fuchs", "Koch", "Brandt", "Hoffmann", "Kühne", "Lindemann", "Mäder", "Neumeister",
         "Oberländer", "Pfeiffer", "Quandt", "Rößler", "Schreiber", "Tiedemann", "Ullrich",
         "Vogelsang", "Winkler", "Zimmermann", "von Thaden", "von der Heydt", "zu Stolberg",
         "Albrecht", "Böttcher", "Dietrich", "Engelhardt", "Friedrichs", "Grünewald", "Hartung",
         "Jäger", "Kessler", "Lorenz", "Möller", "Nowotny", "Ostermann", "Reinholz",
         "Sauerbrey", "Thalheim", "Wendland", "Ziegler", "Baumgärtner", "Schmied"]),
    "fr_CA": (
        "Marie-Ève Geneviève Josée Mélanie Nathalie Sylvie Isabelle Véronique Annie Chloé "
        "Marie-Claude Karine Émilie Rosalie Maude Béatrice Lucie Solange Ginette Noémie".split(),
        "Jean-François Pierre-Luc Mathieu Sébastien Étienne Guillaume Benoît Réjean Gaétan "
        "Simon Olivier Raphaël Félix Yannick Luc Marc-André Denis Gilles Jacques Normand".split(),
        ["Tremblay", "Gagnon", "Bouchard", "Côté", "Gauthier", "Morin", "Lavoie", "Fortin",
         "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc",
         "Paquette", "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé",
         "Poirier", "Fournier", "Lapointe", "Desjardins", "Lachance", "Saint-Pierre",
         "Bédard", "Thibodeau", "Veilleux", "Dufresne", "Turcotte", "Lemieux", "Charbonneau",
         "Brassard", "Vaillancourt", "Lefebvre", "Larouche", "Blanchette"]),
    "es_CO": (
        "Luz Paz Esperanza Yesenia Marisol Daniela Valentina Catalina Lorena Yolanda Carolina "
        "Ximena Mariana Paola Sandra Liliana Consuelo Dayana Yurani Rosario".split(),
        "Andrés Julián Camilo Santiago Sebastián Jhon Wilson Hernán Fabio Óscar Mauricio "
        "Jairo Alirio Édgar Duván Esteban Nelson Álvaro Fredy Yeison".split(),
        ["Restrepo", "Ospina", "Giraldo", "Cardona", "Zuluaga", "Arango", "Henao", "Montoya",
         "Valencia", "Londoño", "Quintero", "Mejía", "Salazar", "Bermúdez", "Caicedo",
         "Rentería", "Mosquera", "Palacios", "Cuesta", "Rincón", "Castaño", "Betancur",
         "Zapata", "Muñoz", "Patiño", "Álvarez Correa", "García Márquez", "de la Cruz",
         "del Río", "Cruz", "Blanco", "Vargas Lleras", "Toro", "Echeverri", "Gaviria",
         "Pinzón", "Sarmiento", "Buitrago", "Ocampo", "Duque", "Villamizar"]),
    "pt_BR": (
        "Ana Beatriz Luana Thaís Jéssica Francisca Raimunda Cláudia Gabriela Letícia Fernanda "
        "Aline Iara Jaqueline Vitória Débora Priscila Rosângela Luz Graça".split(),
        "João Pedro Thiago Rafael Gustavo Leandro Wellington Cleber Anderson Diego Marcelo "
        "Rodrigo Matheus Júnior Edvaldo Raimundo Caio Vinícius Otávio Renan".split(),
        ["da Silva", "dos Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves",
         "Pereira", "Lima", "Gomes", "Ribeiro", "Carvalho", "Rocha", "Pinto", "Coelho",
         "Leão", "Barbosa", "Nascimento", "Araújo", "Cavalcanti", "Albuquerque", "Medeiros",
         "Figueiredo", "Moreira", "Teixeira", "Fonseca", "Brandão", "Sampaio", "Guimarães",
         "Magalhães", "Queiroz", "Vasconcelos", "Bezerra", "Siqueira", "Macedo", "Campos",
         "das Neves", "do Carmo", "Assunção", "Tavares", "Prado"]),
    "pl_PL": (
        "Agnieszka Bożena Dorota Ewelina Grażyna Halina Iwona Jadwiga Katarzyna Małgorzata "
        "Zofia Weronika Urszula Teresa Roksana Paulina Oliwia Natalia Wiesława Róża".split(),
        "Bartłomiej Czesław Dariusz Grzegorz Henryk Ireneusz Jarosław Krzysztof Leszek "
        "Mirosław Przemysław Radosław Stanisław Tadeusz Wojciech Zbigniew Sławomir Kazimierz "
        "Maciej Bogdan".split(),
        ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska",
         "Szymański", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur", "Krawczyk",
         "Piotrowska", "Grabowski", "Pawłowska", "Michalski", "Wróbel", "Lis", "Kowal",
         "Sikora", "Baran", "Duda", "Szewczyk", "Ostrowska", "Tomaszewski", "Jabłońska",
         "Zając", "Król", "Nowak-Jeziorańska", "Górecki", "Chmielewska", "Sadowski",
         "Kwiatkowska", "Przybylski", "Bąk", "Żak", "Wilk", "Majewska", "Szczepaniak"]),
    "en_NZ": (
        "Aroha Mere Ngaio Kiri Anahera Hana Moana Tui Kahurangi Mihi Brooke Shonagh Kirsten "
        "Leanne Tegan Courtney Ruby Maia Isla Fiona".split(),
        "Wiremu Tama Rangi Manaia Hemi Rawiri Nikau Tane Kahu Ihaia Blair Hamish Corey Logan "
        "Ryder Fraser Lachie Sione Tevita Mikaere".split(),
        ["Te Whare", "Te Aho", "Ngata", "Parata", "Tipene", "Walker", "Tuhiwai", "Horomona",
         "Paewai", "Waititi", "Rangihau", "Karaka", "Tamihana", "Henare", "Poutama", "Fa'alogo",
         "Tupou", "Latu", "Aumua", "McKenzie", "Fairweather", "Wallbridge", "Sutherland",
         "Maclean", "Pennington", "Ashby", "Gemmell", "Rennie", "Kerr", "Bridgewater",
         "Tolhurst", "Cunliffe", "Haddow", "Duthie", "Wakelin", "Rutene", "Marino", "Katene",
         "Turei", "Kawhia", "Hine-Rangi"]),
    "hu_HU": (
        "Erzsébet Katalin Ilona Zsuzsanna Gyöngyi Ildikó Enikő Réka Boglárka Csilla Hajnalka "
        "Tünde Orsolya Piroska Virág Emese Noémi Rozália Anikó Dorottya".split(),
        "Zoltán Gábor Ferenc Csaba Tibor Gyula Levente Botond Attila Imre Lajos Zsolt Bence "
        "Dezső Ákos Barnabás Kálmán Miklós Szabolcs Vilmos".split(),
        ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh",
         "Farkas", "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh",
         "Simon", "Rácz", "Fekete", "Fehér", "Szilágyi", "Török", "Halász", "Vörös",
         "Bíró", "Gulyás", "Szűcs", "Kelemen", "Pintér", "Hegedűs", "Bognár", "Csizmadia",
         "Kardos", "Szalai", "Vadász", "Zsigmond", "Erdős", "Somogyi", "Bakó", "Szentgyörgyi"]),
    "fr_ML": (
        "Aminata Fatoumata Mariam Oumou Kadiatou Awa Djeneba Rokia Assetou Bintou Aïssata Hawa "
        "Nana Salimata Fanta Kani Inna Ténin Kadidia Mamou".split(),
        "Salif Moussa Mamadou Boubacar Seydou Modibo Amadou Oumar Bakary Souleymane Adama "
        "Cheick Sékou Tiémoko Mahamadou Youssouf Drissa Lassana Habib Ousmane".split(),
        ["Traoré", "Diarra", "Keïta", "Coulibaly", "Touré", "Sidibé", "Maïga", "Cissé",
         "Dembélé", "Konaté", "Diallo", "Sangaré", "Sissoko", "Doumbia", "Kanté", "Camara",
         "Dicko", "Cissoko", "Bagayoko", "Sanogo", "Kouyaté", "Diabaté", "Fofana", "Samaké",
         "Ballo", "Dao", "Guindo", "Tembely", "Haïdara", "Ag Rhissa", "Ould Mahmoud",
         "Kassogué", "Dolo", "Togola", "Mariko", "Berthé", "Niaré", "Tangara", "Sow",
         "Soumaré", "Djiré"]),
    "en_SL": (
        "Fatmata Aminata Mariama Isatu Kadiatu Hawa Yeabu Memuna Zainab Musu Sia Finda Kumba "
        "Bintu Christiana Josephine Patience Blessing Haja Adama".split(),
        "Abu Mohamed Ibrahim Alusine Foday Sorie Santigie Augustine Emmanuel Samuel Francis "
        "Sahr Tamba Sallieu Alimamy Osman Abdul Ishmael Komba Momoh".split(),
        ["Kamara", "Sesay", "Conteh", "Bangura", "Koroma", "Kargbo", "Turay", "Kanu", "Jalloh",
         "Mansaray", "Fofanah", "Tarawally", "Kallon", "Bockarie", "Lansana", "Massaquoi",
         "Jusu", "Samura", "Kabia", "Sankoh", "Dumbuya", "Kpaka", "Gbla", "Vandi", "Fomba",
         "Musa", "Senesie", "Brima", "Kuyateh", "Thoronka", "Williams-Johnson", "Cole",
         "Macauley", "Nicol", "Taylor-Pearce", "Caulker", "Bundu", "Mbayo", "Swaray",
         "Kondeh", "Yillah"]),
    "es_PR": (
        "Yaritza Marisol Yamilet Nilda Glorimar Zoraida Migdalia Xiomara Lourdes Maritza Ivelisse "
        "Coral Brisa Aurora Luz Milagros Noemí Zuleyka Jomayra Solimar".split(),
        "Yadiel Héctor Wilfredo Luis Ángel Edwin Jorge Ismael Xavier Giovanni Efraín Noel "
        "Reinaldo Rafael Jesús Ramón Osvaldo Gilberto Omar Joel Axel".split(),
        ["Rivera", "Santiago", "Colón", "Ortiz", "Vázquez", "Figueroa", "Rosado", "Cintrón",
         "Maldonado", "Negrón", "Quiñones", "Torres Acevedo", "Feliciano", "Irizarry",
         "Pagán", "Cruz", "Rosario", "Matos", "Velázquez", "Ocasio", "Burgos", "Centeno",
         "Marrero", "Nieves", "Padilla", "Acosta", "Soto", "Serrano", "Báez", "Lugo",
         "Montañez", "Correa", "de Jesús", "del Valle", "Arroyo", "Class", "Toledo",
         "Villanueva", "Ayala", "Crespo", "Pizarro"]),
}

PARTICLES = {"von", "der", "zu", "de", "la", "del", "da", "dos", "das", "do", "van", "te",
             "ag", "ould", "di", "le"}

TITLES = {
    "en": (["Ms", "Mrs", "Dr"], ["Mr", "Dr"]),
    "de": (["Frau", "Dr."], ["Herr", "Dr."]),
    "fr": (["Mme", "Me"], ["M.", "Me"]),
    "es": (["Sra.", "Dra.", "doña"], ["Sr.", "Dr.", "don"]),
    "pt": (["Sra.", "Dra.", "dona"], ["Sr.", "Dr.", "seu"]),
    "pl": (["pani", "dr"], ["pan", "dr"]),
    "hu": (["dr."], ["dr."]),
}
# words written before (en "X's" after) a name to make it possessive / "of X"
POSSESSIVE = {"en": "{}'s", "de": "von {}", "fr": "de {}", "es": "de {}", "pt": "de {}",
              "pl": "{} z zespołem", "hu": "{} részéről"}
