"""Name pools of the thirty-eighth set, written by hand per locale (no fake-data library).

Per locale: 20 female and 20 male given names ("|"-separated), at least 40 surnames.
cs_CZ surnames are "male/female" pairs. Particles are kept in the surname and dropped from
fragments (PARTICLES); names that are also words are mixed in on purpose.
"""

from __future__ import annotations

import unicodedata

GIVEN_F = {
    "en_US": "Emily|Madison|Ashley|Brittany|Kayla|Jasmine|Destiny|Savannah|Harper|Addison|Brooke|"
             "Autumn|Summer|Raven|Hope|Faith|Dakota|Shelby|Latoya|Guadalupe",
    "en_GB": "Siobhan|Niamh|Imogen|Harriet|Poppy|Phoebe|Bethan|Rhiannon|Kirsty|Gemma|Leanne|Nisha|"
             "Priya|Fiona|Morag|Jade|Holly|Ruby|Daisy|Amber",
    "en_AU": "Matilda|Isla|Sienna|Tahlia|Kirra|Jacinta|Bronwyn|Narelle|Kylie|Shae|Georgia|Tegan|"
             "Skye|Indi|Ellie|Lily|Wren|Mackenzie|Jess|Ngaire",
    "de_DE": "Annika|Friederike|Mareike|Svenja|Wiebke|Ute|Gudrun|Hannelore|Lieselotte|Katharina|"
             "Elif|Aylin|Jasmin|Leonie|Frieda|Greta|Henrike|Marlene|Sophie|Lotte",
    "fr_FR": "Amélie|Brigitte|Clémence|Delphine|Élodie|Faustine|Gaëlle|Hélène|Inès|Joséphine|"
             "Laëtitia|Maëlle|Nadège|Océane|Solène|Sylvie|Yasmina|Aurore|Capucine|Violette",
    "es_ES": "Lucía|Pilar|Rocío|Consuelo|Esperanza|Luz|Paz|Soledad|Amparo|Begoña|Itziar|Ainhoa|"
             "Montserrat|Nerea|Macarena|Inmaculada|Aitana|Carmen|Triana|Marisol",
    "nl_NL": "Anouk|Femke|Sanne|Lieke|Marloes|Wietske|Annelies|Geertje|Ineke|Froukje|Noor|Fenna|"
             "Saskia|Mirjam|Yara|Fatima|Esmee|Lotte|Roos|Floor",
    "pt_BR": "Thaís|Jéssica|Luana|Raíssa|Daiane|Francisca|Aparecida|Graça|Conceição|Rosângela|"
             "Vitória|Bianca|Letícia|Natália|Iara|Jaqueline|Tainá|Fernanda|Priscila|Gabriela",
    "cs_CZ": "Jana|Eva|Lucie|Tereza|Kateřina|Markéta|Zdeňka|Ludmila|Božena|Radka|Vendula|Simona|"
             "Alžběta|Hana|Jitka|Květa|Růžena|Vlasta|Dagmar|Libuše",
    "en_MW": "Chikondi|Mphatso|Chisomo|Thokozani|Tiwonge|Temwa|Tamanda|Chimwemwe|Madalitso|"
             "Dalitso|Takondwa|Tadala|Yamikani|Lusungu|Wezi|Thandiwe|Precious|Blessings|Memory|"
             "Loveness",
    "fr_CD": "Grâce|Merveille|Patience|Espérance|Gloire|Divine|Bénédicte|Chancelle|Mireille|"
             "Clarisse|Solange|Ornella|Prisca|Dorcas|Jolie|Exaucée|Plamedie|Naomie|Rosette|Bijou",
    "nl_SR": "Soenita|Sharmila|Devika|Kavita|Reshma|Anjali|Asha|Ingrid|Marisca|Shirley|Germaine|"
             "Rachelle|Xaviera|Jennifer|Romina|Sitie|Wati|Roeslina|Aziza|Mei-Ling",
}

GIVEN_M = {
    "en_US": "Tyler|Brandon|Cody|Dustin|Hunter|Chase|Mason|Colton|Jaylen|DeShawn|Wyatt|Carter|"
             "Bryce|Travis|Garrett|Marcus|Dwayne|Mark|Bill|Austin",
    "en_GB": "Alistair|Callum|Rhys|Gareth|Dylan|Ewan|Fraser|Hamish|Ollie|Rupert|Nigel|Declan|"
             "Kieran|Craig|Jamal|Ravi|Tariq|Barnaby|Jack|Reggie",
    "en_AU": "Lachlan|Bailey|Cooper|Darcy|Jarrah|Kane|Brodie|Riley|Harrison|Flynn|Angus|Mitchell|"
             "Bradley|Shane|Nathan|Dimitri|Thanh|Aarav|Koby|Ned",
    "de_DE": "Jürgen|Torsten|Dirk|Volker|Malte|Jannik|Henrik|Lars|Björn|Ole|Ernst|Konstantin|"
             "Mehmet|Florian|Maximilian|Bastian|Wolfgang|Detlef|Friedrich|Till",
    "fr_FR": "Thibault|Guillaume|Benoît|Hervé|Jérôme|Loïc|Mathéo|Yannick|Gaspard|Aurélien|Karim|"
             "Mehdi|Baptiste|Clément|Didier|Pascal|Régis|Olivier|Sébastien|Noël",
    "es_ES": "Javier|Íñigo|Álvaro|Gonzalo|Rodrigo|Jordi|Xabier|Unai|Borja|Iker|Sergio|Nacho|"
             "Ramón|Santiago|Ángel|Salvador|Jesús|Tomás|Fermín|Cristóbal",
    "nl_NL": "Joost|Bram|Sjoerd|Maarten|Wouter|Pieter|Thijs|Gijs|Jeroen|Rutger|Koen|Stijn|"
             "Hendrik|Bas|Mohamed|Youssef|Teun|Luuk|Arjen|Willem",
    "pt_BR": "Thiago|Rodrigo|Wellington|Anderson|Cleiton|Edson|Gilberto|Raimundo|Sebastião|"
             "Severino|Washington|Ubiratan|Caio|Diogo|Vinícius|Leandro|Otávio|Renan|Wagner|Marcelo",
    "cs_CZ": "Petr|Tomáš|Jiří|Ondřej|Vojtěch|Lukáš|Zdeněk|Radek|Miroslav|Bohumil|Vlastimil|"
             "Jaroslav|Přemysl|Dalibor|Čestmír|Štěpán|Matěj|Kryštof|Vít|Milan",
    "en_MW": "Kondwani|Mayeso|Limbani|Chifundo|Dumisani|Gift|Lovemore|Innocent|Mwayi|Pemphero|"
             "Sangwani|Tawonga|Yohane|Masauko|Chikumbutso|Bright|Fanuel|Lusekelo|Mtendere|Wongani",
    "fr_CD": "Dieudonné|Fiston|Patient|Héritier|Christian|Jean-Pierre|Jean-Marie|Désiré|Espoir|"
             "Trésor|Blaise|Serge|Papy|Gédéon|Emmanuel|Godefroid|Fabrice|Augustin|Moïse|Josué",
    "nl_SR": "Ravi|Rishi|Anand|Soerin|Dilip|Prem|Vishnu|Ramon|Rodney|Errol|Orlando|Glenn|Jerrel|"
             "Marlon|Clifton|Sergio|Djoko|Slamet|Wirjo|Kenneth",
}

SURNAMES = {
    "en_US": "Washington|Jefferson|Patterson|Hernandez|Ramirez|Nguyen|Kowalski|Jankowski|O'Brien|"
             "McAllister|Whitaker|Holloway|Brooks|Fields|Rivers|Banks|Sweet|Gardner|Fisher|"
             "Carver|Shepherd|Goodwin|Pettigrew|Vanderbilt|Delgado|Castellanos|Thibodeaux|"
             "Broussard|Yamamoto|Okafor|Lindqvist|Rosenberg|Abernathy|Callahan|Montgomery|"
             "Whitfield|Hollister|Strickland|Dubinsky|Szymanski",
    "en_GB": "Smethurst|Pennington|Ashworth|Cartwright|Higginbotham|Llewellyn|Pritchard|Macdonald|"
             "MacLeod|Fitzgerald|Ogunleye|Chaudhry|Begum|Hussain|Whitworth|Thistlewood|Partridge|"
             "Thatcher|Mason|Bishop|Marsh|Moss|Lamb|Hart|Castle|Kaur|Sandhu|Duffy|McGowan|"
             "Quinlan|Hargreaves|Entwistle|Winterbottom|Bottomley|Foster-Grant|Ellis-Bextor|"
             "Armitage|Ramsbottom|Greenhalgh|Oyelaran",
    "en_AU": "Papadopoulos|Tran|Kowalczyk|Sinclair|McPherson|O'Loughlin|Blackwood|Thornton|Ashby|"
             "Kelly|Ryan|Walsh|Bourke|Hume|Lawson|Hoang|Costa|Russo|Giordano|Singh|Patel|Wong|Chen|"
             "Gilmore|Kennard|Drummond|Fairweather|Lovell|Bush|Swan|Steele|Dean|Birch|Cockburn|"
             "Tuckwell|Mulvaney|Quartermaine|Yunupingu|Mundine|Tsolakis",
    "de_DE": "Müller|Schmitz|Weißenborn|Fuchs|Vogel|Wolf|Sommer|Winter|Becker|Schäfer|Krüger|"
             "Hoffmann|Zimmermann|Koch|Brandt|Hahn|Lange|Kaya|Yılmaz|Nowotny|von Bülow|"
             "von der Heyde|zu Stolberg|Meyer-Landrut|Schulze-Delitzsch|Ostermann|Kühn|Jäger|Böhm|"
             "Dreßler|Oberländer|Großmann|Haßelbach|Kretschmer|Lehmann|Pfeiffer|Reuter|Stein|"
             "Vollmer|Wendt",
    "fr_FR": "Lefèvre|Dubois-Lemaire|Lemoine|Rousseau|Fontaine|Chevalier|Garnier|Boucher|Petit|"
             "Leblanc|Lebrun|Marchand|Meunier|Boulanger|Charpentier|Texier|Benali|Haddad|N'Diaye|"
             "de Montalembert|d'Harcourt|Le Goff|Le Bihan|Kerjean|Morvan|Abadie|Etcheverry|Lacroix|"
             "Delacroix|Beaumont|Vasseur|Poirier|Roux|Loiseau|Carré|Mercier|Lambert|Barbier|Faure|"
             "Giraud",
    "es_ES": "Sánchez-Vicario|Ruiz de la Prada|de la Fuente|del Río|Blanco|Rubio|Moreno|Delgado|"
             "Ortega|Iglesias|Navarro|Castillo|Cortés|Calvo|Pastor|Serrano|Herrero|Prieto|Cano|"
             "Cordero|Lobo|Bravo|Palacios|Echevarría|Aguirre|Goikoetxea|Puig|Vidal|Ferrer|Casals|"
             "Montoya|Carmona|Peña|Rey|Vega|Campos|Cruz|Soler|Benítez-Arenas|Marín",
    "nl_NL": "de Vries|van den Berg|van Dijk|Bakker|Visser|de Boer|Mulder|de Groot|Bos|Vos|Smit|"
             "Meijer|de Jong|Jansen|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|"
             "de Graaf|van der Meer|Kok|Jacobs|de Haan|Vermeulen|van der Linden|Schouten|Willems|"
             "van Beek|Hoekstra|Koster|Prins|Huisman|Kuipers|Veenstra|ter Horst|Schipper|Zwart",
    "pt_BR": "Rocha|Pinto|Coelho|Leão|Carvalho|Oliveira|Ferreira|dos Santos|da Silva|Souza|"
             "Araújo|Barbosa|Cavalcanti|Albuquerque|Magalhães|Figueiredo|Guimarães|Siqueira|"
             "Bittencourt|Monteiro|Moraes|Freitas|Teixeira|Cardoso|Queiroz|Sampaio|Tavares|"
             "Vasconcelos|Brandão|Nogueira|Pereira|Lacerda|Camargo|Medeiros|do Nascimento|de Assis|"
             "Bezerra|Macedo|Fontes|Pacheco",
    "cs_CZ": "Novák/Nováková|Svoboda/Svobodová|Dvořák/Dvořáková|Černý/Černá|"
             "Procházka/Procházková|Kučera/Kučerová|Veselý/Veselá|Horák/Horáková|Němec/Němcová|"
             "Pokorný/Pokorná|Marek/Marková|Pospíšil/Pospíšilová|Hájek/Hájková|Král/Králová|"
             "Jelínek/Jelínková|Růžička/Růžičková|Beneš/Benešová|Fiala/Fialová|"
             "Sedláček/Sedláčková|Doležal/Doležalová|Zeman/Zemanová|Kolář/Kolářová|"
             "Navrátil/Navrátilová|Čermák/Čermáková|Vaněk/Vaňková|Urban/Urbanová|Blažek/Blažková|"
             "Kříž/Křížová|Kovář/Kovářová|Bartoš/Bartošová|Vlček/Vlčková|Polák/Poláková|"
             "Kopecký/Kopecká|Malý/Malá|Šimek/Šimková|Konečný/Konečná|Holub/Holubová|"
             "Štěpánek/Štěpánková|Zima/Zimová|Liška/Lišková",
    "en_MW": "Banda|Phiri|Mwale|Chirwa|Nyirenda|Kumwenda|Gondwe|Mhango|Msiska|Chisale|Kachingwe|"
             "Mkandawire|Mbewe|Mvula|Kamanga|Nkhoma|Ngwira|Chiume|Munthali|Lungu|Tembo|Kalua|"
             "Makwinja|Chimombo|Nyasulu|Kanyerere|Jere|Mlenga|Khonje|Sakala|Chavula|Mhone|Kayira|"
             "Mzembe|Chitsulo|Kamwendo|Mtambo|Msowoya|Chiwaya|Ng'oma",
    "fr_CD": "Mukendi|Kabongo|Ilunga|Kalonji|Tshibangu|Mbuyi|Lukusa|Kasongo|Mutombo|Ngoy|Nsimba|"
             "Lutete|Mayala|Makiese|Nzuzi|Kiala|Mbala|Lokwa|Bokele|Bolamba|Mwamba|Kanku|Katende|"
             "Tshimanga|Mulumba|Lumbala|Bakajika|Kibwe|Omba|Lokondo|Mputu|Matondo|Mavinga|Nkulu|"
             "Kapinga|Musau|Ngandu|Kitenge|Nkongolo|Paluku",
    "nl_SR": "Ramdin|Soekhoe|Sardjoe|Ramsaran|Bhagwandin|Mungra|Jaggernath|Mahabier|Ramautar|"
             "Jagesar|Doekhie|Kartosen|Wongsodikromo|Sastroredjo|Karijomenggolo|Kromodihardjo|"
             "Pawirodihardjo|Atmopawiro|Pinas|Fernandes|Sedney|Brunings|Lie-A-Ling|Tjon-A-Fat|"
             "Chin-A-Lin|Fung-A-Loi|Kanhai|Ooft|Nooitmeer|Waterberg|Slagveer|Eersteling|Doelwijt|"
             "Lachmon|Rozenblad|Amatdjais|Vyent|Abena|Wijngaarde|Tjin",
}

PARTICLES = {"von", "der", "den", "de", "del", "la", "le", "du", "des", "da", "dos", "das", "do",
             "zu", "ter", "van", "'t", "a", "y", "e"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("ß", "ss") \
        .replace("ı", "i")


def pools(locale: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(given names with gender "f"/"m", surnames) of one locale, in written order."""
    given = [(g, "f") for g in GIVEN_F[locale].split("|")]
    given += [(g, "m") for g in GIVEN_M[locale].split("|")]
    return given, SURNAMES[locale].split("|")


def surname_for(surname: str, gender: str) -> str:
    """cs_CZ pairs "Novák/Nováková" by gender; every other surname as written."""
    if "/" in surname:
        male, female = surname.split("/")
        return female if gender == "f" else male
    return surname


def name_tokens(name: str) -> list[str]:
    """Fragment tokens of a written name: split on spaces and hyphens, no particles, no
    initials (one letter, or a letter and a dot), a leading d' dropped."""
    out: list[str] = []
    for word in name.replace("-", " ").split():
        word = word.strip(",.")
        if word.lower().startswith("d'") and len(word) > 3:
            word = word[2:]
        if word.lower() in PARTICLES or len(word.rstrip(".")) <= 1:
            continue
        if word not in out:
            out.append(word)
    return out
