"""Name pools for the twentyseventh set, packed as "|"-separated strings.

Written by hand, no fake-data library.
"""


def _u(s):
    return s.split("|")


# Icelandic given names: nom,acc,dat,gen,gender
IS_GIVEN = [
    tuple(x.split(","))
    for x in _u(
        "Jón,Jón,Jóni,Jóns,m|Guðrún,Guðrúnu,Guðrúnu,Guðrúnar,f|Sigurður,Sigurð,Sigurði,Sigurðar,m|"
        "Helga,Helgu,Helgu,Helgu,f|Kristín,Kristínu,Kristínu,Kristínar,f|Ólafur,Ólaf,Ólafi,Ólafs,m|"
        "Anna,Önnu,Önnu,Önnu,f|Gunnar,Gunnar,Gunnari,Gunnars,m|Sigríður,Sigríði,Sigríði,Sigríðar,f|"
        "Magnús,Magnús,Magnúsi,Magnúsar,m|Katrín,Katrínu,Katrínu,Katrínar,f|"
        "Stefán,Stefán,Stefáni,Stefáns,m|Margrét,Margréti,Margréti,Margrétar,f|"
        "Björn,Björn,Birni,Bjarnar,m|Þórdís,Þórdísi,Þórdísi,Þórdísar,f|"
        "Ragnar,Ragnar,Ragnari,Ragnars,m|Kári,Kára,Kára,Kára,m|Hildur,Hildi,Hildi,Hildar,f|"
        "Arnar,Arnar,Arnari,Arnars,m|Birna,Birnu,Birnu,Birnu,f|Ásta,Ástu,Ástu,Ástu,f|"
        "Þórður,Þórð,Þórði,Þórðar,m|Sólveig,Sólveigu,Sólveigu,Sólveigar,f|"
        "Bjarki,Bjarka,Bjarka,Bjarka,m|Elín,Elínu,Elínu,Elínar,f|"
        "Halldór,Halldór,Halldóri,Halldórs,m|Eyrún,Eyrúnu,Eyrúnu,Eyrúnar,f|"
        "Hrafn,Hrafn,Hrafni,Hrafns,m"
    )
]
IS_FATHER = _u(
    "Jóns|Sigurðar|Ólafs|Gunnars|Einars|Magnús|Stefáns|Björns|Kristjáns|Guðmundar|Helga|Árna|"
    "Þórðar|Pálma|Haralds|Egils|Ragnars|Hauks|Friðriks|Tómas"
)
# Serbian (Latin) given names: name,gender
SR_GIVEN = [
    tuple(x.split(","))
    for x in _u(
        "Marko,m|Milan,m|Nikola,m|Stefan,m|Dušan,m|Nemanja,m|Aleksandar,m|Đorđe,m|Luka,m|Vuk,m|"
        "Bojan,m|Miloš,m|Uroš,m|Goran,m|Jelena,f|Milica,f|Ana,f|Marija,f|Ivana,f|Snežana,f|"
        "Dragana,f|Tijana,f|Jovana,f|Sanja,f|Teodora,f|Katarina,f|Ljiljana,f|Željka,f"
    )
]
SR_SUR = _u(
    "Petrović|Jovanović|Nikolić|Đorđević|Stojanović|Ilić|Marković|Pavlović|Kovačević|Živković|"
    "Todorović|Šarić|Savić|Lazić|Mitrović|Kostić|Vuković|Radosavljević|Simić|Stanković|Ristić|"
    "Janković|Gavrilović|Bogdanović|Filipović|Đurić|Obradović"
)
# locale: (given names, surnames) across the origins found in each country
POOLS = {
    "en_US": (
        _u(
            "Emily|Michael|Jasmine|DeShawn|Priya|Wei|Carlos|Hannah|Tyler|Aaliyah|Hope|Grace|"
            "Will|Mark|Hunter|Summer|Chase|Dawn|Joy|Destiny|Ngozi|Mateo|Brianna|Connor|Lakshmi|"
            "Jun"
        ),
        _u(
            "Johnson|Nguyen|Patel|Rodriguez|Kim|O'Connor|Washington|Goldberg|Bell|Young|Park|"
            "Hernandez|Brooks|King|Price|Hill|Fox|Stone|Castillo|Kowalski|Okafor|Whitaker|"
            "Lindqvist|Abernathy"
        ),
    ),
    "en_GB": (
        _u(
            "Oliver|Amelia|Siobhan|Rhys|Aisha|Callum|Ravi|Niamh|Eilidh|Hamish|Imogen|Tobias|"
            "Fatima|Kwame|Ffion|Harriet|Declan|Zara|Alfie|Poppy|Ruby|Bartosz|Gwen|Euan"
        ),
        _u(
            "Thompson|Ahmed|MacLeod|Evans|Singh|Hughes|O'Neill|Baker|Cooper|Fletcher|Khan|"
            "Wright|Ward|Begum|Llewellyn|Fairweather|Marsh|Shepherd|Mensah|Wozniak|Pritchard|"
            "Sutherland"
        ),
    ),
    "de_DE": (
        _u(
            "Lukas|Anna-Lena|Jörg|Sabine|Mehmet|Ayşe|Katharina|Jan-Philipp|Svenja|Dirk|Heike|"
            "Malte|Leonie|Konstantin|Friederike|Emre|Mirja|Ole|Wiebke|Jens|Dragana|Tobias"
        ),
        _u(
            "Müller|Schröder|Weiß|Yılmaz|Nowak|Hoffmann|Becker|Fuchs|Wolf|Koch|Krüger|Schäfer|"
            "Brandt|Kaya|Hartmann|Lehmann|Zimmermann|Vogel|Kowalczyk|Petersen|Öztürk|Meißner"
        ),
    ),
    "fr_FR": (
        _u(
            "Camille|Théo|Inès|Mathéo|Manon|Yasmine|Karim|Chloé|Guillaume|Aurélie|Baptiste|"
            "Océane|Jean-Baptiste|Marie-Claire|Moussa|Élodie|Rose|Gaëlle|Loïc|Soizic|Thibault|"
            "Nadia"
        ),
        _u(
            "Lefèvre|Dubois|Benali|N'Diaye|Moreau|Fontaine|Rousseau|Girard|Petit|Blanc|Lambert|"
            "Garnier|Roux|Chevalier|Nguyen|Haddad|Marchand|Le Goff|Kerbrat|Mercier|Faure|Boyer"
        ),
    ),
    "es_ES": (
        _u(
            "Lucía|Alejandro|Nerea|Iker|María José|Hugo|Paula|Javier|Ainhoa|Sergio|Rocío|"
            "Álvaro|Yolanda|Begoña|Íñigo|Consuelo|Dolores|Khadija|Rubén|Amparo|Noelia|Gonzalo"
        ),
        _u(
            "García|Fernández|Ruiz|Navarro|Sánchez|Iglesias|Romero|Blanco|Castro|Herrera|"
            "Ortega|Gil|Cruz|León|Moreno|Delgado|Aguirre|Echeverría|Cortés|Prieto|Soto|Lozano"
        ),
    ),
    "it_IT": (
        _u(
            "Giulia|Alessandro|Francesca|Matteo|Chiara|Lorenzo|Federica|Gianluca|Sara|Davide|"
            "Martina|Andrea|Valentina|Pierpaolo|Nicolò|Ilaria|Rosa|Benedetta|Simone|Ludovica|"
            "Salvatore|Aurora"
        ),
        _u(
            "Rossi|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|"
            "Mancini|Costa|Giordano|Lombardi|Moretti|Barbieri|Fontana|Santoro|Caruso|Leone|"
            "Dell'Acqua"
        ),
    ),
    "en_JM": (
        _u(
            "Shanique|Andre|Kemar|Tashana|Nadine|Damion|Rushane|Kimberley|Odane|Shelly-Ann|"
            "Tyrone|Peta-Gaye|Jhanelle|Ricardo|Marcia|Devon|Sashoy|Romaine|Kerry-Ann|Oneil"
        ),
        _u(
            "Campbell|Brown|Williams|McKenzie|Grant|Reid|Francis|Gordon|Henry|Clarke|Powell|"
            "Bailey|Chin|Lyn|Mahfood|Morrison|Lewis|Samuels|Wong|Ferguson|Blackwood|Wint"
        ),
    ),
    "en_TT": (
        _u(
            "Keisha|Ravi|Anil|Shivani|Jerome|Kerron|Nalini|Kiran|Renee|Darryl|Sherlan|Vishnu|"
            "Akeem|Gabrielle|Indira|Marlon|Tricia|Sunil|Candice|Rajiv"
        ),
        _u(
            "Ramdass|Maharaj|Mohammed|Persad|Ramkissoon|Baptiste|Joseph|Charles|Alexander|"
            "De Freitas|Ramsaran|Boodoo|Rampersad|Sookdeo|Phillip|Noel|Hosein|Ali|Seepersad|"
            "Gomes"
        ),
    ),
    "es_CR": (
        _u(
            "José Pablo|María Fernanda|Andrés|Valeria|Daniela|Esteban|Adriana|Mauricio|"
            "Gabriela|Josué|Keylor|Yendry|Dayana|Marianela|Randall|Wendy|Fabián|Mariela|"
            "Greivin|Allan"
        ),
        _u(
            "Rodríguez|Vargas|Jiménez|Mora|Rojas|Solís|Araya|Quesada|Chacón|Alfaro|Calderón|"
            "Monge|Villalobos|Ulate|Zúñiga|Brenes|Chaves|Segura|Umaña|Arce"
        ),
    ),
    "ca_ES": (
        _u(
            "Jordi|Montserrat|Núria|Pau|Marta|Arnau|Laia|Oriol|Mireia|Jaume|Roser|Quim|"
            "Meritxell|Xavier|Gemma|Pol|Aina|Carles|Ona|Bernat|Txell|Eudald"
        ),
        _u(
            "Puig|Ferrer|Vila|Soler|Casals|Roca|Pujol|Serra|Font|Riera|Mas|Vidal|Sala|Coll|"
            "Bosch|Prat|Camps|Sabaté|Torrent|Valls|Bofill|Oliveras|Masferrer|Gelabert"
        ),
    ),
}
