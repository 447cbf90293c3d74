"""Name pools per locale, across the origins really found in each country."""

# given names: (name, gender); surnames: plain, or (masculine, feminine) where the language marks it
GIVEN = {
    "en_US": "James m,Maria f,DeShawn m,Priya f,Wei m,Carlos m,Emily f,Tyler m,Aaliyah f,"
             "Hannah f,Mohammed m,Grace f,Brandon m,Keisha f,Rosa f,Ethan m,Mei f,Dakota f,"
             "Savannah f,Hunter m,Faith f,Joy f,Marcus m,Lupe f,Dmitri m",
    "en_GB": "Oliver m,Amelia f,Siobhan f,Rhys m,Aisha f,Callum m,Niamh f,Declan m,Fatima f,"
             "Harriet f,Archie m,Bethan f,Imran m,Hamish m,Eilidh f,Olu m,Ruby f,Poppy f,"
             "Gareth m,Tomasz m,Rosalind f,Kwame m,Saoirse f,Florence f,Iwan m",
    "de_DE": "Lukas m,Anna f,Jonas m,Leonie f,Mehmet m,Ayşe f,Katharina f,Friederike f,"
             "Maximilian m,Nils m,Svenja f,Dragan m,Ewa f,Tobias m,Jürgen m,Ute f,Kai m,Mia f,"
             "Hakan m,Björn m,Gesine f,Malte m,Elif f,Wiebke f,Konstantin m",
    "fr_FR": "Camille f,Léa f,Mathieu m,Inès f,Karim m,Sophie f,Théo m,Chloé f,Mamadou m,"
             "Aurélie f,Hugo m,Manon f,Yasmine f,Thibault m,Nathalie f,Olivier m,Zoé f,Rémi m,"
             "Fatoumata f,Baptiste m,Gwenaëlle f,Loïc m,Solène f,Anh f,Jean-Baptiste m",
    "es_ES": "Lucía f,Javier m,Carmen f,Álvaro m,Nerea f,Iker m,Marta f,Pablo m,Ainhoa f,"
             "Sergio m,Rocío f,Jordi m,Montserrat f,Youssef m,Irene f,Begoña f,Xabier m,Paula f,"
             "Rubén m,Amparo f,Íñigo m,Consuelo f,Borja m,Maite f,Nuria f",
    "it_IT": "Giulia f,Marco m,Francesca f,Alessandro m,Chiara f,Lorenzo m,Federica f,Matteo m,"
             "Sara f,Davide m,Elisa f,Giorgio m,Valentina f,Andrea m,Ilaria f,Riccardo m,"
             "Martina f,Simone m,Gianluca m,Niccolò m,Benedetta f,Ettore m,Rosaria f,Ahmed m,"
             "Serena f",
    "lt_LT": "Jonas m,Tomas m,Mantas m,Lukas m,Darius m,Mindaugas m,Paulius m,Vytautas m,"
             "Andrius m,Rokas m,Karolis m,Dovydas m,Žygimantas m,Marius m,Aistė f,Rūta f,Eglė f,"
             "Indrė f,Gintarė f,Ieva f,Laura f,Greta f,Kotryna f,Agnė f,Austėja f,Jurgita f,"
             "Viktorija f,Simona f",
    "lv_LV": "Jānis m,Andris m,Mārtiņš m,Edgars m,Kārlis m,Roberts m,Artūrs m,Raimonds m,"
             "Guntis m,Aivars m,Toms m,Dmitrijs m,Sergejs m,Rihards m,Anna f,Ilze f,Līga f,"
             "Kristīne f,Inese f,Laura f,Dace f,Zane f,Elīna f,Santa f,Baiba f,Marta f,"
             "Jeļena f,Olga f",
    "et_EE": "Mari f,Liisa f,Kadri f,Kristiina f,Triin f,Kati f,Piret f,Anu f,Maarja f,"
             "Kertu f,Helen f,Olga f,Jaan m,Andres m,Margus m,Rein m,Kristjan m,Tõnu m,"
             "Indrek m,Siim m,Rasmus m,Dmitri m,Karl m,Priit m",
    "is_IS": "Jón m,Guðmundur m,Sigurður m,Gunnar m,Ólafur m,Einar m,Kristján m,Magnús m,"
             "Stefán m,Helgi m,Guðrún f,Anna f,Sigríður f,Kristín f,Margrét f,Helga f,"
             "Sigrún f,Katrín f,Elín f,Ásta f,Piotr m,Agnieszka f",
    "en_JM": "Andre m,Kemar m,Shanique f,Tashana f,Odane m,Rushane m,Kimone f,Toni-Ann f,"
             "Damion m,Jodian f,Roshane m,Shelly-Ann f,Orville m,Patrice f,Nadine f,Delroy m,"
             "Marcia f,Winston m,Sherika f,Chevaughn m,Kareem m,Simone f,Fitzroy m,Latoya f",
    "es_CR": "Andrea f,Fabián m,Mariela f,Esteban m,Daniela f,Mauricio m,Karla f,Randall m,"
             "Priscilla f,Jeffrey m,Wendy f,Minor m,Yorleny f,Keylor m,Dayana f,Gerardo m,"
             "Marianela f,Álvaro m,Hazel f,Johan m,Ileana f,Adrián m,Xinia f,Greivin m",
}

SURNAMES = {
    "en_US": "Johnson,Nguyen,Okafor,Rodriguez,Patel,Kowalski,O'Brien,Washington,Kim,Hernandez,"
             "Bell,Brooks,Fisher,Stone,Young,Rivera,Goldberg,Yamamoto,Baker,Walker,Little,Strong,"
             "Wolf,Delgado,Abernathy,Singh",
    "en_GB": "Smith,Evans,Ahmed,McAllister,Fitzgerald,Hughes,Khan,Taylor,Wright,Baker-Jones,"
             "Okonkwo,Campbell,Davies,Moss,Marsh,Hill,Green,Castle,Reed,Nowak,Pritchard,"
             "Llewellyn,Chaudhry,Ogilvie",
    "de_DE": "Müller,Schmidt,Weber,Yılmaz,Wagner,Becker,von der Heide,Hoffmann,Schäfer,"
             "Kowalczyk,Krüger,Nguyen,Fuchs,Vogel,Koch,Engel,Winter,Sommer,Kaiser,Petersen,"
             "Demir,Brandt,Lehmann,Popović",
    "fr_FR": "Martin,Dubois,Lefèvre,Benali,Moreau,Diallo,Fontaine,Girard,Rousseau,Mercier,"
             "Le Goff,Nguyen,Lambert,Garnier,Chevalier,Petit,Blanc,Boulanger,Leroy,Faure,"
             "Da Silva,Haddad,Kerbrat,Traoré",
    "es_ES": "García,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Ruiz,Navarro,Iglesias,"
             "Etxeberria,Puig,Castro,Domínguez,Vidal,Ortega,Serrano,Ramos,Prieto,Soler,Blanco,"
             "Moreno,Rubio,El Amrani",
    "it_IT": "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,"
             "De Luca,Conti,Costa,Giordano,Mancini,Lombardi,Fontana,Santoro,D'Angelo,"
             "Caruso,Galli,Hoxha,Pellegrini",
    "lt_LT": "Kazlauskas/Kazlauskienė,Jankauskas/Jankauskaitė,Petrauskas/Petrauskienė,"
             "Stankevičius/Stankevičiūtė,Vasiliauskas/Vasiliauskienė,Žukauskas/Žukauskaitė,"
             "Butkus/Butkutė,Urbonas/Urbonaitė,Navickas/Navickienė,Mockus/Mockienė,"
             "Petraitis/Petraitytė,Kairys/Kairytė,Balčiūnas/Balčiūnaitė,Šimkus/Šimkutė,"
             "Vaitkus/Vaitkienė,Lukoševičius/Lukoševičienė,Morkūnas/Morkūnaitė,"
             "Sakalauskas/Sakalauskienė",
    "lv_LV": "Bērziņš/Bērziņa,Kalniņš/Kalniņa,Ozoliņš/Ozoliņa,Jansons/Jansone,Ozols/Ozola,"
             "Liepiņš/Liepiņa,Krūmiņš/Krūmiņa,Vītols/Vītola,Kļaviņš/Kļaviņa,Zariņš/Zariņa,"
             "Pētersons/Pētersone,Eglītis/Eglīte,Lācis/Lāce,Ivanovs/Ivanova,Petrovs/Petrova,"
             "Siliņš/Siliņa,Vanags/Vanaga,Grīnbergs/Grīnberga",
    "et_EE": "Tamm,Saar,Sepp,Mägi,Kask,Kukk,Rebane,Ilves,Pärn,Koppel,Lepik,Kuusk,Karu,Põder,"
             "Ivanov,Vaher,Kallas,Luik,Smirnova",
    "is_IS": "",
    "en_JM": "Campbell,Brown,Williams,Thompson,McKenzie,Reid,Gordon,Chin,Lyn,Mahfood,Henry,"
             "Grant,Bailey,Francis,Stewart,Morrison,Facey,Powell,Gayle,Bennett,Ramsay,Hylton,"
             "Chung,Ebanks",
    "es_CR": "Rodríguez,Vargas,Jiménez,Mora,Rojas,Solano,Quesada,Chaves,Arias,Araya,Zúñiga,"
             "Alvarado,Campos,Calderón,Brenes,Sibaja,Chinchilla,Umaña,Villalobos,Wong,Montero,"
             "Cascante,Leiva,Segura",
}

# Estonian (nominative: genitive, partitive)
ET_FORMS = {
    "Mari": ("Mari", "Marit"), "Liisa": ("Liisa", "Liisat"), "Kadri": ("Kadri", "Kadrit"),
    "Kristiina": ("Kristiina", "Kristiinat"), "Triin": ("Triinu", "Triinut"),
    "Kati": ("Kati", "Katit"), "Piret": ("Pireti", "Piretit"), "Anu": ("Anu", "Anut"),
    "Maarja": ("Maarja", "Maarjat"), "Kertu": ("Kertu", "Kertut"),
    "Helen": ("Heleni", "Helenit"), "Olga": ("Olga", "Olgat"), "Jaan": ("Jaani", "Jaani"),
    "Andres": ("Andrese", "Andrest"), "Margus": ("Marguse", "Margust"),
    "Rein": ("Reinu", "Reinu"), "Kristjan": ("Kristjani", "Kristjanit"),
    "Tõnu": ("Tõnu", "Tõnut"), "Indrek": ("Indreku", "Indrekut"), "Siim": ("Siimu", "Siimu"),
    "Rasmus": ("Rasmuse", "Rasmust"), "Dmitri": ("Dmitri", "Dmitrit"),
    "Karl": ("Karli", "Karlit"), "Priit": ("Priidu", "Priitu"),
    "Tamm": ("Tamme", "Tamme"), "Saar": ("Saare", "Saart"), "Sepp": ("Sepa", "Seppa"),
    "Mägi": ("Mäe", "Mäge"), "Kask": ("Kase", "Kaske"), "Kukk": ("Kuke", "Kukke"),
    "Rebane": ("Rebase", "Rebast"), "Ilves": ("Ilvese", "Ilvest"), "Pärn": ("Pärna", "Pärna"),
    "Koppel": ("Koppeli", "Koppelit"), "Lepik": ("Lepiku", "Lepikut"),
    "Kuusk": ("Kuuse", "Kuuske"), "Karu": ("Karu", "Karut"), "Põder": ("Põdra", "Põtra"),
    "Ivanov": ("Ivanovi", "Ivanovit"), "Vaher": ("Vahtra", "Vahtrat"),
    "Kallas": ("Kallase", "Kallast"), "Luik": ("Luige", "Luike"),
    "Smirnova": ("Smirnova", "Smirnovat"),
}

# Icelandic given names: nominative, accusative, dative, genitive
IS_FORMS = {
    "Jón": ("Jón", "Jóni", "Jóns"), "Guðmundur": ("Guðmund", "Guðmundi", "Guðmundar"),
    "Sigurður": ("Sigurð", "Sigurði", "Sigurðar"), "Gunnar": ("Gunnar", "Gunnari", "Gunnars"),
    "Ólafur": ("Ólaf", "Ólafi", "Ólafs"), "Einar": ("Einar", "Einari", "Einars"),
    "Kristján": ("Kristján", "Kristjáni", "Kristjáns"),
    "Magnús": ("Magnús", "Magnúsi", "Magnúsar"), "Stefán": ("Stefán", "Stefáni", "Stefáns"),
    "Helgi": ("Helga", "Helga", "Helga"), "Guðrún": ("Guðrúnu", "Guðrúnu", "Guðrúnar"),
    "Anna": ("Önnu", "Önnu", "Önnu"), "Sigríður": ("Sigríði", "Sigríði", "Sigríðar"),
    "Kristín": ("Kristínu", "Kristínu", "Kristínar"),
    "Margrét": ("Margréti", "Margréti", "Margrétar"), "Helga": ("Helgu", "Helgu", "Helgu"),
    "Sigrún": ("Sigrúnu", "Sigrúnu", "Sigrúnar"), "Katrín": ("Katrínu", "Katrínu", "Katrínar"),
    "Elín": ("Elínu", "Elínu", "Elínar"), "Ásta": ("Ástu", "Ástu", "Ástu"),
    "Piotr": ("Piotr", "Piotr", "Piotrs"), "Agnieszka": ("Agnieszku", "Agnieszku", "Agnieszku"),
}
# fathers' names in the genitive that patronymics are built from, and two foreign surnames
IS_FATHERS = ["Jóns", "Guðmunds", "Sigurðar", "Gunnars", "Ólafs", "Einars", "Kristjáns",
              "Magnús", "Stefáns", "Helga", "Þórðar", "Bjarna", "Hauks", "Arnar", "Páls",
              "Ragnars", "Björns", "Halldórs"]
IS_FOREIGN = {"m": ["Nowak", "Kowalski"], "f": ["Nowak", "Kowalska"]}
