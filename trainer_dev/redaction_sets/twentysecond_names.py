"""Name pools per locale, written by hand across the origins found in each country.

Pools are '|'-separated. Surnames may carry particles or be compounds; several given
names and surnames are also ordinary words in the locale's language on purpose.
"""

from __future__ import annotations

PARTICLES = {"da", "de", "do", "dos", "das", "del", "la", "le", "van", "von", "den",
             "der", "di", "du", "des", "y", "e", "bin", "binti", "al", "el", "ter", "ten"}

_RAW = {
    "en_US": (
        "Emily|Marcus|Hope|Grace|Tyler|Jasmine|DeShawn|Priya|Wei|Carlos|Mackenzie|Brandon|"
        "Aaliyah|Ethan|Sofia|Hunter|Rachel|Kwame|Miguel|Hannah|Austin|Destiny|Connor|Mei|"
        "Jordan|Summer|Dakota|Ibrahim|Noelle|Trevor|Faith|Ezra",
        "Johnson|Okafor|Brown|Nguyen|Rodriguez|Young|King|Baker|Schwartz|Washington|"
        "Kowalczyk|Patel|Reyes|O'Brien|Hill|Underwood|Delgado|Fitzgerald|Kim|Lopez|Whitaker|"
        "Goldberg|Castellano|Abernathy|Park|Bishop|Banks|Rivers|Mendez|Holloway|Chang|Sterling"),
    "en_IN": (
        "Aarav|Priyanka|Rohan|Sneha|Venkatesh|Ananya|Imran|Kavya|Siddharth|Lakshmi|Arjun|"
        "Meenakshi|Harpreet|Farhan|Deepika|Nikhil|Shreya|Rajesh|Pooja|Karthik|Ayesha|Vikram|"
        "Divya|Gurpreet|Joseph|Swati|Abhishek|Nandini|Sandeep|Fatima|Rahul|Bhavna",
        "Sharma|Iyer|Reddy|Nair|Banerjee|Chatterjee|Khan|Gupta|Menon|Pillai|Deshpande|"
        "Kulkarni|Singh|Sethi|Mukherjee|Rao|Agarwal|Fernandes|D'Souza|Qureshi|Bhattacharya|"
        "Krishnan|Joshi|Chaudhary|Malhotra|Naidu|Shetty|Thomas|Ansari|Kapoor|Dutta|Gill"),
    "pt_PT": (
        "João|Inês|Tiago|Beatriz|Gonçalo|Mariana|Rui|Leonor|Duarte|Carolina|Francisco|Matilde|"
        "Nuno|Catarina|Afonso|Rita|Bruno|Sara|Diogo|Joana|Vasco|Filipa|André|Margarida|"
        "Rafael|Sofia|Hugo|Teresa|Luana|Tomás|Graça|Amílcar",
        "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Fernandes|"
        "Gonçalves|Gomes|Lopes|Marques|Alves|Ribeiro|Pinto|Carvalho|Teixeira|Moreira|Correia|"
        "Mendes|Nunes|Soares|Vieira|Monteiro|Cardoso|Rocha|Raposo|Neves|Coelho|Cruz|"
        "da Silva|dos Santos|Sá Carneiro|Lobo Antunes|Baptista|Tavares"),
    "pl_PL": (
        "Agnieszka|Piotr|Katarzyna|Tomasz|Małgorzata|Krzysztof|Magdalena|Paweł|Joanna|Michał|"
        "Aleksandra|Łukasz|Zofia|Jakub|Weronika|Grzegorz|Dorota|Bartosz|Ewa|Marcin|Natalia|"
        "Wojciech|Justyna|Szymon|Iwona|Mateusz|Oliwia|Jerzy|Kinga|Radosław|Halina|Dominik",
        "Nowak|Kowalska|Wiśniewski|Wójcik|Kowalczyk|Kamińska|Lewandowski|Zielińska|"
        "Szymański|Woźniak|Dąbrowska|Kozłowski|Jankowska|Mazur|Kwiatkowski|Krawczyk|Piotrowska|"
        "Grabowski|Pawłowska|Michalski|Wróbel|Zając|Król|Wieczorek|Jabłońska|Nowakowski|"
        "Majewska|Olszewski|Stępień|Górecka|Dudek|Sikora|Baran|Kowalewska-Nowak"),
    "sv_SE": (
        "Anna|Erik|Maja|Johan|Elin|Lars|Karin|Oskar|Sara|Gustav|Ebba|Nils|Linnea|Anders|"
        "Frida|Henrik|Ida|Mikael|Astrid|Fredrik|Sanna|Björn|Hanna|Mohammed|Amira|Ali|Yusuf|"
        "Emil|Signe|Viktor|Lejla|Mats",
        "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|"
        "Gustafsson|Lindqvist|Lind|Berg|Ström|Holm|Sandberg|Lindström|Forsberg|Nyström|"
        "Ek|Björk|Hedlund|Åberg|Öberg|Sjöberg|Hassan|Yilmaz|Ahmadi|Nordin|Wallin|Engström|"
        "Falk|Hoxha"),
    "tr_TR": (
        "Ayşe|Mehmet|Zeynep|Mustafa|Elif|Ahmet|Deniz|Emre|Fatma|Burak|Selin|Can|Merve|"
        "Oğuz|Büşra|Umut|Gizem|Barış|Ece|Kerem|Şule|Serkan|İrem|Hakan|Yasemin|Cem|Derya|"
        "Ozan|Nihan|İsmail|Tuğba|Onur",
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|"
        "Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Erdem|Güneş|Aksoy|Tekin|"
        "Korkmaz|Bulut|Uçar|Karaca|Ateş|Toprak|Güler"),
    "es_PE": (
        "Luis|Rosa|Jorge|Milagros|Carlos|Lucía|Miguel|Flor|José|Katherine|Renzo|Ximena|"
        "Diego|Maricielo|Alonso|Yessenia|Piero|Camila|Wilmer|Fiorella|Jhon|Gianella|César|"
        "Sandra|Hiroshi|Mei|Percy|Nélida|Ernesto|Luz|Gustavo|Teófila",
        "Quispe|Flores|Mamani|Huamán|Rojas|Sánchez|García|Rodríguez|Chávez|Vargas|Ramírez|"
        "Torres|Mendoza|Castillo|Vásquez|Paredes|Gutiérrez|Salazar|Espinoza|Condori|Ccori|"
        "Fujimoto|Wong|Chang|Apaza|Pérez|León|Cárdenas|Del Águila|Villanueva|Saavedra|"
        "de la Cruz|Tello|Huaranga"),
    "en_KE": (
        "Wanjiru|Otieno|Achieng|Kamau|Njeri|Kiprono|Mercy|Brian|Faith|Kevin|Wambui|Mwangi|"
        "Akinyi|Cheruiyot|Grace|Dennis|Nafula|Hassan|Zawadi|Baraka|Auma|Collins|Chebet|Ian|"
        "Amina|Juma|Moraa|Kibet|Esther|Omondi|Njoki|Salim",
        "Kamau|Otieno|Mwangi|Odhiambo|Wanjiku|Kiprotich|Njoroge|Ochieng|Mutua|Kimani|"
        "Wafula|Onyango|Chege|Korir|Mutiso|Kariuki|Barasa|Omondi|Nyambura|Rotich|Abdi|"
        "Mohamed|Karanja|Wekesa|Kiplagat|Owino|Muthoni|Gitau|Macharia|Atieno|Langat|Shah"),
    "fr_BE": (
        "Lucas|Emma|Noah|Louise|Théo|Camille|Maxime|Julie|Arthur|Elise|Nathan|Manon|"
        "Antoine|Chloé|Mehdi|Yasmine|Thomas|Amandine|Pierre|Charlotte|Sébastien|Laura|Karim|"
        "Pauline|Olivier|Marie|Jan|Sofie|Florence|Grégoire|Inès|Aurélie",
        "Dubois|Lambert|Martin|Peeters|Janssens|Dupont|Leroy|Lejeune|Renard|Simon|Laurent|"
        "Claes|Maes|Mertens|Willems|Jacobs|Wouters|Goossens|Denis|Hermans|Mathieu|Lefèvre|"
        "El Amrani|Benali|Nguyen|Van den Bossche|De Smet|Vandenberghe|Delvaux|Collignon|"
        "Fontaine|Poncelet|Bertrand|Leclercq"),
    "fr_CH": (
        "Léa|Nicolas|Océane|Loïc|Céline|Yannick|Mélanie|Cédric|Joëlle|Fabien|Noémie|Damien|"
        "Sandrine|Jérôme|Aline|Raphaël|Marco|Giulia|Luca|Valentina|Dragan|Ana|Reto|Ursula|"
        "Gaëlle|Vincent|Anaïs|Benoît|Nadia|Alexandre|Coralie|Thierry",
        "Favre|Rochat|Morel|Bonvin|Chappuis|Fournier|Pittet|Gerber|Mottier|Perrin|Rey|"
        "Cuénod|Jaquet|Vuilleumier|Schmid|Bianchi|Rossi|Da Costa|Ferreira|Berisha|Krasniqi|"
        "Blanc|Dufour|Monnier|Aebischer|Maillard|Meylan|Girard|Zufferey|Savary|Jeanneret|"
        "Python|Dubuis|Burnier"),
    "es_UY": (
        "Martina|Santiago|Valentina|Mateo|Florencia|Joaquín|Agustina|Facundo|Camila|"
        "Nicolás|Lucía|Gonzalo|Micaela|Federico|Sofía|Rodrigo|Carolina|Bruno|Soledad|Diego|"
        "Natalia|Sebastián|Mercedes|Andrés|Paola|Ignacio|Leticia|Álvaro|Victoria|Emiliano|"
        "Inés|Maximiliano",
        "Rodríguez|González|Fernández|Pereira|Martínez|Silva|Sosa|Suárez|López|Da Silva|"
        "Cabrera|Olivera|Méndez|Acosta|Ferreira|Núñez|Techera|Bentancor|Benítez|Correa|"
        "Piñeyro|Viera|Lemes|Castro|Rivero|Cardozo|Machado|Barreto|Alonso|Estévez|Invernizzi|"
        "Lacalle|Cedrés"),
    "en_MT": (
        "Maria|Joseph|Charles|Rita|Daniel|Claire|Mark|Rebecca|Luke|Nicole|Matthew|Graziella|"
        "Kurt|Marija|Ġorġ|Stephanie|Jean Paul|Doreen|Karl|Sarah|Ryan|Miriam|Aaron|Roberta|"
        "Christian|Ramona|Neil|Carmen|Ivan|Kimberly|Keith|Josette",
        "Borg|Camilleri|Vella|Farrugia|Zammit|Galea|Micallef|Grech|Attard|Spiteri|Azzopardi|"
        "Mifsud|Agius|Pace|Caruana|Fenech|Cassar|Bonello|Schembri|Cutajar|Debono|Xuereb|"
        "Sammut|Saliba|Muscat|Bugeja|Abela|Buttigieg|Zerafa|Tabone|Mallia|Busuttil"),
}

POOLS: dict[str, tuple[list[str], list[str]]] = {
    loc: (g.split("|"), s.split("|")) for loc, (g, s) in _RAW.items()
}

# Short handles/e-mails drop accents like people do on keyboards without them.
_FOLD = str.maketrans({
    "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
    "Ą": "A", "Ć": "C", "Ę": "E", "Ł": "L", "Ń": "N", "Ó": "O", "Ś": "S", "Ź": "Z", "Ż": "Z",
    "ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "Ç": "C", "Ğ": "G", "İ": "I",
    "Ö": "O", "Ş": "S", "Ü": "U", "á": "a", "à": "a", "â": "a", "ã": "a", "ä": "a", "å": "a",
    "é": "e", "è": "e", "ê": "e", "ë": "e", "í": "i", "ì": "i", "î": "i", "ï": "i", "ñ": "n",
    "ò": "o", "ô": "o", "õ": "o", "ú": "u", "ù": "u", "û": "u", "Á": "A", "À": "A", "Â": "A",
    "Ã": "A", "Ä": "A", "Å": "A", "É": "E", "È": "E", "Ê": "E", "Í": "I", "Î": "I", "Ñ": "N",
    "Ô": "O", "Ú": "U", "ġ": "g", "Ġ": "G", "ħ": "h", "Ħ": "H",
})


def fold(s: str) -> str:
    return s.translate(_FOLD)


def tokens(name: str) -> list[str]:
    """Name tokens that identify: no particles, no initials."""
    out = []
    for part in name.replace("-", " ").split():
        bare = part.strip(".,'’")
        if bare.lower() in PARTICLES or len(bare.rstrip(".")) <= 1:
            continue
        out.append(bare)
    return out
