"""Name pools of the thirty-seventh set, written by hand per locale (see thirtyseventh.py).

Each locale: female and male given names, surnames ("masc/fem" where Polish inflects).
Hyphenated names give one token per part (Saint-Fleur: Saint, Fleur); particles (von, de,
van den, di ...) and initials are not tokens.
"""

from __future__ import annotations


def _split(text: str) -> list[str]:
    return [w.strip() for w in text.split("|") if w.strip()]


GIVEN_F = {
    "en_US": "Emily|Madison|Ashley|Brittany|Jessica|Lauren|Hannah|Megan|Kayla|Tiffany|Destiny|"
    "Shanice|Latoya|Rosa|Guadalupe|Mei|Autumn|Summer|Hope|Savannah|Kimberly",
    "en_GB": "Olivia|Amelia|Isla|Ava|Chloe|Charlotte|Eleanor|Imogen|Harriet|Niamh|Siobhan|"
    "Aisha|Priya|Zara|Bethany|Rhiannon|Catriona|Poppy|Ivy|Holly|Gwen",
    "de_AT": "Anna|Lena|Katharina|Theresa|Magdalena|Johanna|Elisabeth|Barbara|Christina|Verena|"
    "Sabine|Gerlinde|Hannelore|Birgit|Ulrike|Marlene|Leonie|Emine|Rosalinde|Hermine|Vroni",
    "fr_FR": "Camille|Manon|Chloé|Léa|Inès|Clémence|Margaux|Océane|Amandine|Élodie|Sandrine|"
    "Brigitte|Hélène|Solène|Yasmina|Fatou|Aurore|Capucine|Maëlle|Blanche|Violette",
    "es_MX": "Ximena|Fernanda|Valeria|Daniela|Mariana|Itzel|Citlali|Yesenia|Araceli|Rocío|"
    "Lucía|Esperanza|Dolores|Consuelo|Paola|Karla|Montserrat|Brenda|Xóchitl|María José|Luz",
    "it_IT": "Giulia|Francesca|Chiara|Federica|Alessandra|Martina|Sara|Elisa|Ilaria|Beatrice|"
    "Aurora|Gaia|Silvia|Roberta|Rosaria|Concetta|Carmela|Lucrezia|Serena|Benedetta|Stella",
    "nl_BE": "Lotte|Fien|Elise|Hanne|Sofie|Katrien|Griet|Veerle|Leen|Lien|Nele|Sien|Febe|Ine|"
    "Liesbeth|Hilde|Els|Joke|Mieke|Yasmine|Roos",
    "pl_PL": "Anna|Katarzyna|Małgorzata|Agnieszka|Ewa|Krystyna|Joanna|Aleksandra|Zofia|Zuzanna|"
    "Julia|Natalia|Wiktoria|Dorota|Beata|Grażyna|Jadwiga|Marzena|Renata|Bożena|Halina",
    "en_KE": "Wanjiku|Akinyi|Atieno|Nyambura|Wambui|Njeri|Chebet|Jepkoech|Auma|Mumbua|Nafula|"
    "Kerubo|Moraa|Zawadi|Faith|Mercy|Grace|Purity|Esther|Halima|Precious",
    "bs_BA": "Amra|Lejla|Emina|Merima|Selma|Ajla|Aida|Adna|Lamija|Jasmina|Sanela|Dženana|"
    "Nermina|Belma|Azra|Ivana|Mirela|Snježana|Jelena|Ena|Sevda",
    "fr_HT": "Marie-Carmelle|Nadège|Roseline|Mirlande|Guerline|Widline|Fabienne|Marjorie|"
    "Ketly|Rose-Andrée|Saintanise|Lovely|Judith|Mideline|Darline|Islande|Wislande|Bernadette|"
    "Clairmise|Fedna|Nadia",
    "es_NI": "Mayela|Scarleth|Yahoska|Heyling|Massiel|Darling|Ivania|Tania|Jahaira|Meyling|"
    "Xiomara|Auxiliadora|Fátima|Azucena|Jessenia|Lesbia|Arlen|Nubia|Rosa Amelia|Perla|Aura",
}

GIVEN_M = {
    "en_US": "Tyler|Brandon|Justin|Cody|Austin|Dustin|Jamal|DeShawn|Tyrone|Luis|Carlos|Kevin|"
    "Brian|Kyle|Travis|Hunter|Chase|Mason|Wyatt|Earl|Bud",
    "en_GB": "Oliver|Harry|George|Alfie|Callum|Rhys|Dylan|Liam|Connor|Ewan|Hamish|Rory|Owen|"
    "Aled|Mohammed|Arjun|Kwame|Rupert|Jack|Barnaby|Reggie",
    "de_AT": "Lukas|Florian|Maximilian|Matthias|Stefan|Andreas|Johannes|Georg|Wolfgang|Gernot|"
    "Herbert|Josef|Franz|Alois|Leopold|Clemens|Dominik|Bernhard|Mehmet|Ernst|Jakob",
    "fr_FR": "Julien|Mathieu|Thibault|Guillaume|Antoine|Baptiste|Étienne|Rémi|Loïc|Yannick|"
    "Karim|Mamadou|Olivier|Benoît|Hugo|Théo|Gaspard|Aurélien|Pascal|Fabrice|Gilles",
    "es_MX": "José Luis|Juan Carlos|Alejandro|Miguel Ángel|Jesús|Eduardo|Ricardo|Arturo|"
    "Rodrigo|Emiliano|Santiago|Diego|Cuauhtémoc|Jorge|Raúl|Ulises|Armando|Gerardo|Ignacio|"
    "Fernando|Salvador",
    "it_IT": "Marco|Alessandro|Lorenzo|Matteo|Davide|Simone|Riccardo|Giuseppe|Salvatore|"
    "Vincenzo|Gennaro|Pasquale|Francesco|Andrea|Luca|Stefano|Fabrizio|Massimo|Emanuele|"
    "Tommaso|Nicolò",
    "nl_BE": "Jens|Pieter|Wout|Stijn|Joris|Koen|Bart|Jeroen|Dries|Sander|Ruben|Wouter|Lander|"
    "Bram|Siebe|Arne|Jef|Rik|Geert|Karim|Warre",
    "pl_PL": "Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Michał|Marcin|Grzegorz|Łukasz|Jakub|"
    "Mateusz|Kacper|Szymon|Wojciech|Zbigniew|Jerzy|Ryszard|Przemysław|Bartosz|Dariusz|Witold",
    "en_KE": "Kamau|Otieno|Ochieng|Kipchoge|Kiprono|Mutua|Omondi|Wekesa|Barasa|Juma|Hassan|"
    "Dennis|Collins|Evans|Geoffrey|Samuel|Peter|Kibet|Baraka|Tumaini|Moses",
    "bs_BA": "Amir|Emir|Haris|Adnan|Kenan|Tarik|Mirza|Edin|Damir|Nermin|Senad|Muhamed|Alen|"
    "Dino|Goran|Dragan|Nikola|Zlatan|Armin|Faruk|Mladen",
    "fr_HT": "Jean-Robert|Wilner|Frantz|Pierre-Richard|Wilfrid|Dieuseul|Fritzner|Evens|Kervens|"
    "Stanley|Lesly|Réginald|Mackenson|Jocelyn|Wesner|Garry|Emmanuel|Jean-Claude|Clerveaux|"
    "Wisner|Rodney",
    "es_NI": "Jairo|Byron|Francisco|Marvin|Wilmer|Ervin|Álvaro|Róger|Yader|Norlan|Bayardo|"
    "Augusto|Ernesto|Darwin|Axel|Elvis|Julio César|Edwin|Silvio|Harold|Danilo",
}

SURNAMES = {
    "en_US": "Johnson|Williams|Miller|Davis|Anderson|Jackson|Harris|Thompson|Garcia|Martinez|"
    "Robinson|Rodriguez|Lewis|Hall|Wright|Lopez|Hill|Scott|Adams|Baker|Gonzalez|Nelson|"
    "Carter|Mitchell|Perez|Turner|Phillips|Parker|Collins|Stewart|Sanchez|Morris|Rogers|Reed|"
    "Bailey|Rivera|Brooks|Washington|O'Connor|McAllister|DeLuca|Van Buren|Kowalczyk",
    "en_GB": "Clarke|Patel|Khan|Begum|Hussain|Ahmed|Davies|Griffiths|Llewellyn|Pritchard|"
    "MacDonald|Fraser|McLeod|Sinclair|Cartwright|Fletcher|Thatcher|Marsh|Fox|Hawkins|"
    "Whitfield|Ashworth|Booth|Pickering|Holloway|Okafor|Mensah|Fitzgerald|O'Brien|Baxter|"
    "Abbott|Sheridan|Cavendish|Bloom|Shepherd|Sparrow|Wakefield|Ogilvie|Nightingale|"
    "ap Rhys|Kaur|Singh",
    "de_AT": "Gruber|Huber|Bauer|Wagner|Pichler|Steiner|Moser|Mayer|Hofer|Leitner|Berger|"
    "Fuchs|Eder|Schmid|Winkler|Weber|Schwarz|Reiter|Mayr|Wimmer|Egger|Brunner|Baumgartner|"
    "Auer|Binder|Lechner|Wolf|Wallner|Aigner|Ebner|Koller|Lehner|Haas|Schuster|Hödl|Strauß|"
    "Kölbl|Pöschl|Öztürk|Novak|von Hohenberg|Zauner|Sommer",
    "fr_FR": "Bernard|Dubois|Durand|Lefebvre|Leroy|Moreau|Fournier|Girard|Bonnet|Lambert|"
    "Fontaine|Rousseau|Vincent|Muller|Lefèvre|Faure|Mercier|Blanc|Guérin|Boyer|Garnier|"
    "Chevalier|Legrand|Gauthier|Perrin|Robin|Morin|Roussel|Masson|Marchand|Duval|Dumont|"
    "Lemoine|de Villiers|Le Goff|Le Gall|Benali|Diallo|Petit|Lebrun|Bouchard|Pasquier",
    "es_MX": "Hernández|García|Martínez|López|González|Pérez|Rodríguez|Sánchez|Ramírez|Cruz|"
    "Flores|Gómez|Morales|Vázquez|Reyes|Jiménez|Torres|Díaz|Gutiérrez|Ruiz|Mendoza|Aguilar|"
    "Ortiz|Moreno|Castillo|Romero|Álvarez|Méndez|Chávez|Juárez|Ramos|Domínguez|Herrera|"
    "Medina|Castro|Vargas|Guzmán|Velázquez|de la Cruz|de León|del Valle|Ochoa|Tapia|Solís",
    "it_IT": "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|"
    "Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|"
    "Santoro|Mariani|Rinaldi|Caruso|Ferrara|Galli|Leone|Longo|Gentile|Martinelli|Vitale|"
    "Serra|Coppola|De Santis|D'Angelo|Marchetti|Parisi|Villa|Cattaneo|Di Stefano|Fiore|"
    "Sorrentino",
    "nl_BE": "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|"
    "Vermeulen|Van den Bossche|Van de Velde|De Backer|Declercq|Verstraete|Lambrechts|"
    "Hermans|Aerts|Michiels|Smets|Martens|Van Damme|Cools|Pauwels|Verhoeven|Van Dyck|"
    "Vandenberghe|Verbeke|De Wilde|De Vos|Coppens|Segers|Baert|Dewulf|Van Acker|Verlinden|"
    "De Meyer|Hendrickx|Vlaeminck|Schepens",
    "pl_PL": "Nowak|Kowalski/Kowalska|Wiśniewski/Wiśniewska|Wójcik|Kowalczyk|"
    "Kamiński/Kamińska|Lewandowski/Lewandowska|Zieliński/Zielińska|Szymański/Szymańska|"
    "Woźniak|Dąbrowski/Dąbrowska|Kozłowski/Kozłowska|Jankowski/Jankowska|Mazur|"
    "Kwiatkowski/Kwiatkowska|Krawczyk|Piotrowski/Piotrowska|Grabowski/Grabowska|"
    "Pawłowski/Pawłowska|Michalski/Michalska|Adamczyk|Dudek|Zając|Wieczorek|"
    "Jabłoński/Jabłońska|Król|Majewski/Majewska|Olszewski/Olszewska|Jaworski/Jaworska|Wróbel|"
    "Malinowski/Malinowska|Pawlak|Witkowski/Witkowska|Walczak|Stępień|Górski/Górska|"
    "Rutkowski/Rutkowska|Sikora|Baran|Kaczmarek|Sowa|Gołębiowski/Gołębiowska|Wilk",
    "en_KE": "Mwangi|Kariuki|Njoroge|Kimani|Wafula|Odhiambo|Onyango|Owino|Wanyama|Mutiso|"
    "Musyoka|Kilonzo|Cheruiyot|Kiplagat|Rotich|Langat|Koech|Kiprotich|Nyaga|Mugo|Githinji|"
    "Maina|Korir|Kosgei|Okoth|Oduya|Nyongesa|Simiyu|Makokha|Masinde|Mohamed|Abdi|Said|"
    "Nzioka|Ngugi|Gachanja|Wanjala|Chege|Muriuki|Ndirangu|Kipkemboi",
    "bs_BA": "Hodžić|Hadžić|Kovačević|Delić|Begić|Mehmedović|Hasanović|Salihović|Husić|Mujić|"
    "Alić|Omerović|Jusić|Karić|Šehić|Softić|Čolić|Bešlić|Hrustić|Suljić|Zukić|Mešić|Kurtović|"
    "Halilović|Tahirović|Avdić|Ćosić|Pašić|Babić|Jurić|Marić|Perić|Vuković|Ljubić|"
    "Kapetanović|Mahmutović|Selimović|Dedić|Đapo|Bašić|Kadrić|Kovač|Golub|Vuk",
    "fr_HT": "Joseph|Pierre|Charles|Saint-Fleur|Saint-Louis|Jean-Baptiste|Désir|Dorvil|"
    "Exantus|Fils-Aimé|Jeune|Bien-Aimé|Toussaint|Augustin|Célestin|Alexis|Joachim|Lafortune|"
    "Pierre-Louis|Dorsainvil|Cadet|Métellus|Noël|Mompremier|Bazile|Estimé|Delva|Jacques|"
    "Vilsaint|Calixte|Desrosiers|Destin|Dieudonné|Fleurimond|Laguerre|Jolicoeur|Lamour|"
    "Beauvoir|Sanon|Thélusma",
    "es_NI": "Espinoza|Obando|Chamorro|Somarriba|Pastora|Zeledón|Baltodano|Lacayo|Arana|"
    "Téllez|Urbina|Mairena|Palacios|Cerda|Sequeira|Blandón|Castellón|Duarte|Aráuz|Rugama|"
    "Matus|Jarquín|Salgado|Largaespada|Cuadra|Bermúdez|Guevara|Lanzas|Saballos|Zamora|Dávila|"
    "Altamirano|Hurtado|Membreño|Mejía|Rivas|Centeno|Montenegro|del Carmen Ubeda|Tijerino|"
    "Marenco",
}

# words that are part of a name but never a scored token (lower-case)
PARTICLES = {
    "von",
    "zu",
    "de",
    "du",
    "le",
    "la",
    "del",
    "di",
    "van",
    "den",
    "der",
    "ap",
    "y",
    "del carmen",
}

TITLES = {
    "en": (("Ms", "Mrs", "Miss"), ("Mr", "Mr.")),
    "de": (("Frau", "Frau Mag."), ("Herrn", "Herr", "Herr DI")),
    "fr": (("Mme", "Madame"), ("M.", "Monsieur", "Me")),
    "es": (("Sra.", "Lic.", "Doña"), ("Sr.", "Lic.", "Don")),
    "it": (("Sig.ra", "Dott.ssa", "Avv."), ("Sig.", "Dott.", "Avv.")),
    "nl": (("mevrouw", "Mevr."), ("meneer", "dhr.")),
    "pl": (("pani", "p."), ("pan", "mec.")),
    "bs": (("gospođa", "gđa"), ("gospodin", "g.")),
}


def pools(locale: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(given names with gender, surname entries) of one locale, in written order."""
    given = [(n, "f") for n in _split(GIVEN_F[locale])]
    given += [(n, "m") for n in _split(GIVEN_M[locale])]
    return given, _split(SURNAMES[locale])


def surname_for(entry: str, gender: str) -> str:
    if "/" in entry:
        masc, fem = entry.split("/")
        return fem if gender == "f" else masc
    return entry


def name_tokens(name: str) -> list[str]:
    """Scored tokens of a written name: no particles, titles or initials."""
    out = []
    for word in name.replace(",", " ").replace("-", " ").split():
        low = word.lower()
        if low in PARTICLES or (len(word.rstrip(".")) <= 1):
            continue
        out.append(word)
    return out
