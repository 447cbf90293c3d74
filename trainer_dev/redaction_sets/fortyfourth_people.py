"""Forty-fourth set: name pools per locale, written by hand for this set (20 female + 20 male
given names and 40 surnames each; compounds and particles where the culture has them; some
names that are also words)."""

from __future__ import annotations

import unicodedata


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


# locale -> (female given, male given, surnames), "|" separated
POOLS = {
    "en_US": (
        "Madison|Brianna|Hope|Kayla|Destiny|Tamika|Shannon|Courtney|Lindsey|Megan|Ashley|"
        "Jasmine|Latoya|Crystal|Brooke|Savannah|Autumn|Haley|Misty|Dolores",
        "Tyler|Cody|Dustin|Brandon|Trevor|Marcus|Dwayne|Hunter|Chase|Garrett|Wyatt|Colton|"
        "Darnell|Travis|Randall|Chad|Bryce|Jamal|Clifford|Earl",
        "Whitaker|Delgado|Kowalczyk|McAllister|Hargrove|Washington|Pruitt|Castellanos|Bledsoe|"
        "Ramsey|Underwood|Fairbanks|Okafor|Lindqvist|Yazzie|Holloway|Nakamura|Brandt|Stroud|"
        "Truong|Kimball|Abernathy|Crenshaw|Villanueva|Gallagher|Pettigrew|Mancini|Sorensen|"
        "Booker|Fitzgerald|Haskins|Montoya|Oyelaran|Stanton|Wainwright|Carver|Redfield|"
        "Lockhart|Bishop|Gaines"),
    "en_AU": (
        "Chloe|Kylie|Tahlia|Brooke|Jacinta|Kirra|Matilda|Shae|Tegan|Ebony|Sienna|Mia|Leesa|"
        "Bronwyn|Narelle|Skye|Jade|Amber|Kellie|Rhiannon",
        "Brodie|Lachlan|Darcy|Fletcher|Hamish|Jarrah|Corey|Shane|Rhys|Mitchell|Dale|Bradley|"
        "Angus|Cooper|Kurt|Lindsay|Troy|Wade|Heath|Nathan",
        "Nguyen|McKenzie|Papadopoulos|Costa|Hartigan|Pemberton|Kowalski|Tran|O'Loughlin|"
        "Whitlam|Blackwood|Dunstan|Quirk|Elkington|Fairweather|Gilchrist|Haddad|Ivanovic|"
        "Jolliffe|Kerrigan|Lethbridge|Mahoney|Nakhla|Ormsby|Prowse|Quinlan|Rossiter|Sarkis|"
        "Treloar|Vukovic|Wilkes|Yeoman|Zappia|Bartlett|Cassidy|Dimitriou|Gerakiteys|Hocking|"
        "Pascoe|Stone"),
    "en_IE": (
        "Aoife|Siobhán|Niamh|Caoimhe|Orla|Róisín|Gráinne|Saoirse|Clodagh|Aisling|Éabha|Sinéad|"
        "Deirdre|Máire|Ciara|Áine|Fionnuala|Muireann|Bríd|Nuala",
        "Cian|Oisín|Darragh|Pádraig|Seán|Eoin|Cathal|Donal|Ruairí|Fiachra|Colm|Tadhg|Diarmuid|"
        "Cormac|Lorcan|Ciarán|Shane|Declan|Fergal|Rory",
        "Ó Súilleabháin|Mac Giolla|Ní Bhriain|O'Donoghue|Fitzpatrick|McGrath|Brennan|Lynch|"
        "Cullinane|Dunne|Geraghty|Hennessy|Kavanagh|Lenihan|Mulcahy|Nolan|Phelan|Quigley|"
        "Redmond|Sheehy|Tierney|Whelan|Cusack|Devane|Ennis|Furlong|Galvin|Horgan|Keogh|"
        "Loughnane|Moriarty|Nagle|O'Mahony|Prendergast|Rafferty|Scanlon|Twomey|Boland|Crowe|"
        "Walsh"),
    "de_DE": (
        "Anneliese|Birgit|Dörte|Elke|Franziska|Gesine|Hannelore|Ilka|Jutta|Katrin|Lieselotte|"
        "Marlene|Nadine|Ottilie|Petra|Rosemarie|Sabine|Ute|Wiebke|Zoë",
        "Arndt|Bernd|Detlef|Eckhard|Frieder|Gerd|Holger|Ingo|Jörg|Kai|Lutz|Malte|Norbert|"
        "Ole|Rüdiger|Sönke|Torsten|Uwe|Volker|Ernst",
        "Achterberg|von Bülow|Brandstätter|Dierks|Eschenbach|Fröhlich|Grünewald|Hoffmeister|"
        "Janßen|Kluge|Lindemann|Mertens|Nowak|Oberländer|Pfeiffer|Quandt|Reimers|"
        "Schulte-Wissing|Thiele|Ulbricht|Voß|Weidemann|Ziegler|zu Dohna|Bauer|Fuchs|Vogel|"
        "Winter|Köhler|Haas|Seidel|Kröger|Brinkmann|Petersen|Albrecht|Hartung|Kästner|"
        "Lorenzen|Stoltenberg|Möller"),
    "fr_FR": (
        "Amandine|Bérénice|Capucine|Delphine|Élodie|Florence|Gaëlle|Hélène|Inès|Joëlle|"
        "Laetitia|Maëlle|Nathalie|Océane|Perrine|Rosalie|Solène|Violette|Marine|Aurore",
        "Anatole|Baptiste|Corentin|Damien|Étienne|Florian|Gaspard|Hervé|Jérôme|Lucien|Mathis|"
        "Nicolas|Octave|Pascal|Quentin|Rémi|Sébastien|Thibault|Yannick|Clément",
        "de La Rochefoucauld|Lefèvre|Giraud|Dumoulin|Chevallier|Barthélemy|Rousseau|Faure|"
        "Garnier|Lemaire|Marchand|Perrin|Renaud|Tessier|Vasseur|Aubert|Boucher|Carpentier|"
        "Delacroix|Fontaine|Guérin|Hamon|Joly|Leroux|Mallet|Noël|Olivier|Pasquier|Roche|"
        "Saunier|Toussaint|Vidal|Lebrun|d'Aubigny|Berthier|Caron|Duval|Legrand|Meunier|"
        "Poirier"),
    "es_ES": (
        "Amparo|Begoña|Consuelo|Dolores|Esperanza|Inmaculada|Itziar|Lucía|Macarena|Nerea|"
        "Pilar|Rocío|Soledad|Ainhoa|Montserrat|Remedios|Visitación|Paloma|Almudena|Covadonga",
        "Álvaro|Borja|Cayetano|Gonzalo|Íñigo|Jacinto|Leandro|Marcelino|Nicanor|Óscar|"
        "Rodrigo|Sancho|Telmo|Xabier|Fermín|Aitor|Jordi|Baltasar|Eusebio|Hilario",
        "García-Ochoa|Etxeberria|Fernández de Córdoba|Sanz|Iglesias|Gallego|Bermúdez|Cortés|"
        "Domínguez|Escudero|Ferrández|Garrido|Herrero|Ibarra|Jurado|Lozano|Montero|Navarro|"
        "Ortega|Pascual|Quintana|Robles|Salcedo|Toledano|Urquijo|Vallejo|Zamora|Aguirre|"
        "Benítez|Carrasco|Prieto|Calvo|Cordero|Blanco|Rubio|Serrano|Moreno|Soler|Del Río|"
        "Arrieta"),
    "it_IT": (
        "Annunziata|Benedetta|Chiara|Donatella|Elisabetta|Fiorella|Gabriella|Ilaria|Letizia|"
        "Mariangela|Nunzia|Ornella|Patrizia|Raffaella|Serena|Tiziana|Vittoria|Assunta|"
        "Gioia|Rosaria",
        "Alfonso|Bartolomeo|Corrado|Domenico|Emanuele|Fabrizio|Gennaro|Ignazio|Leonardo|"
        "Massimiliano|Nazzareno|Ottavio|Pasquale|Raimondo|Salvatore|Tommaso|Umberto|Vincenzo|"
        "Settimio|Fortunato",
        "Esposito|Bianchi|Colombo|De Luca|D'Angelo|Lo Presti|Ferraro|Galli|Mancuso|Bellini|"
        "Caruso|Fontana|Greco|Lombardi|Marino|Negri|Orlando|Palumbo|Rinaldi|Santoro|Testa|"
        "Villa|Zanetti|Barbieri|Cattaneo|Donati|Farina|Gentile|Leone|Monti|Pellegrini|Riva|"
        "Sala|Vitale|Serra|Parisi|Di Stefano|Della Valle|Amato|Ruggiero"),
    "nl_NL": (
        "Annelies|Bregje|Dieuwke|Femke|Geertruida|Hanneke|Ilse|Jolien|Karlijn|Lieke|Marloes|"
        "Noor|Roos|Sanne|Tjitske|Wilhelmina|Yara|Anouk|Fenna|Marijke",
        "Bram|Daan|Gerrit|Hidde|Joost|Kees|Lodewijk|Maarten|Niels|Pieter|Reinier|Sjoerd|Teun|"
        "Wouter|Arjen|Floris|Jelle|Ruud|Thijs|Bart",
        "van den Berg|de Vries|van der Meulen|Bakker|Visser|Smit|Mulder|de Boer|Dekker|Brouwer|"
        "de Graaf|van Dijk|Hendriks|Jansen|Kuipers|Vermeulen|Willemsen|Postma|Hoekstra|"
        "de Haan|Schouten|van Leeuwen|Verbeek|Koster|Prins|Blom|Huisman|van der Linden|"
        "Timmermans|Veenstra|Zwart|Kok|Wolters|Bos|van Rijn|Molenaar|Haverkamp|Terpstra|"
        "Boersma|de Wit"),
    "pt_BR": (
        "Aparecida|Bruna|Conceição|Daiane|Eliane|Francisca|Graça|Ivone|Jussara|Lucimar|"
        "Marlene|Neide|Rosângela|Simone|Tatiane|Vanusa|Luz|Glória|Raimunda|Thaís",
        "Adriano|Benedito|Cláudio|Davi|Edson|Fábio|Gilberto|Heitor|Igor|Jurandir|Leandro|"
        "Moacir|Nivaldo|Osvaldo|Reinaldo|Sebastião|Tiago|Valdir|Wagner|Zeca",
        "Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Ribeiro|"
        "Carvalho|Almeida|Araújo|Barbosa|Cardoso|Nascimento|Moreira|Rocha|Pinto|Coelho|"
        "Cavalcanti|Bezerra|Teixeira|Monteiro|Correia|Batista|Freitas|Campos|Vieira|"
        "dos Anjos|de Souza Lima|Fonseca|Medeiros|Lacerda|Brandão|Peixoto|Siqueira|Tavares|"
        "Macedo"),
    "fr_TG": (
        "Akouvi|Ablavi|Adjoa|Afi|Ama|Akossiwa|Dédé|Essi|Kafui|Mawuena|Yawa|Enyonam|Sena|"
        "Edem|Mawulé|Abla|Kossiwa|Adzo|Délali|Essohana",
        "Koffi|Kodjo|Komlan|Kossi|Yao|Kwami|Mensah|Essowè|Kokou|Sénamé|Agbéko|Dodzi|Kwassi|"
        "Pitalounani|Yawo|Tchilabalo|Komi|Fo-Kossi|Atsu|Messan",
        "Agbodjan|Amegah|Lawson|Adjovi|Kpodar|Tchalla|Akakpo|Agbobli|Dossou|Gbeassor|"
        "Kouassi|Sossou|Adanlété|Agbetiafa|Ayivi|Amouzou|Bakondé|d'Almeida|de Souza|Ekué|"
        "Folly|Gnakadé|Hounkpati|Johnson|Kokoroko|Klutsé|Mensah-Attoh|Nyaku|Ocloo|Pédro|"
        "Sodji|Tettekpoe|Wilson|Afanou|Ahadji|Batchassi|Dogbé|Fiagan|Kpakpabia|Tsogbé"),
    "en_BZ": (
        "Shaniqua|Marisol|Yolanda|Dorla|Keisha|Evadne|Lourdes|Inés|Maritza|Sharette|Aurelia|"
        "Tanisha|Eulalia|Gwendolyn|Sheree|Ofelia|Candelaria|Hyacinth|Marlyn|Zoila",
        "Delroy|Elvis|Kendis|Godfrey|Orlando|Wilfred|Rudolph|Anselmo|Kareem|Carlos|Lennox|"
        "Dalton|Shelton|Evan|Clement|Ismael|Javier|Marvin|Raymond|Sylvestre",
        "Usher|Flowers|Young|Castillo|Gentle|Arnold|Cayetano|Nunez|Palacio|Lambey|Martinez|"
        "Westby|Gillett|Sabal|Avilez|Bradley|Tillett|Dueck|Friesen|Enriquez|Coc|Shol|Chun|"
        "Garbutt|Cacho|Leslie|Neal|Moguel|Staine|Pott|Ramclam|Requena|Ellis|Thimbriel|Vernon|"
        "Reneau|Augustine|Lizama|Wagner|Herrera"),
    "pt_ST": (
        "Albertina|Benvinda|Celeste|Domingas|Esmeralda|Filomena|Guilhermina|Idalina|Juliana|"
        "Leopoldina|Madalena|Nazaré|Olinda|Paulina|Rosalina|Sãozinha|Teodora|Virgínia|"
        "Amélia|Clotilde",
        "Abílio|Bonifácio|Cosme|Damião|Evaristo|Felisberto|Gualter|Hipólito|Inocêncio|"
        "Januário|Leonel|Manuel|Nélson|Osvaldino|Policarpo|Quintino|Romão|Silvestre|Tomé|"
        "Vital",
        "Trindade|Espírito Santo|Neto|Bandeira|Ceita|Pires dos Santos|Graça|Lima|Mendes|"
        "Quaresma|Afonso|Pontes|Aguiar|Barros|Boa Morte|Cassandra|d'Alva|Fernandes|Lopes|"
        "Matos|Nazaré Costa|Paquete|Ramos|Sacramento|Seca|Tiny|Vaz|Viegas|Aragão|Bragança|"
        "Carvalho Neves|Daio|Frota|Gomes Pina|Leal|Menezes|Posser|Salvaterra|Vera Cruz|Xavier"),
}
# names that are also ordinary words in the locale's language (named in the DATA CARD)
WORD_NAMES = {"Hope", "Hunter", "Chase", "Earl", "Autumn", "Misty", "Bishop", "Stone", "Jade",
              "Amber", "Skye", "Ernst", "Fuchs", "Vogel", "Winter", "Bauer", "Consuelo",
              "Esperanza", "Dolores", "Soledad", "Blanco", "Gioia", "Serena", "Testa", "Villa",
              "Roos", "Noor", "Prins", "Kok", "Luz", "Glória", "Rocha", "Pinto", "Flowers",
              "Young", "Gentle", "Neto", "Graça", "Leal", "Seca", "Marine", "Aurore"}

PARTICLES = {"von", "zu", "van", "den", "der", "de", "la", "del", "di", "della", "dos", "da",
             "do", "d", "le", "mac", "mc", "o", "ni", "y"}


def pools(locale: str) -> tuple[list[str], list[str], list[str]]:
    f, m, s = POOLS[locale]
    return _split(f), _split(m), _split(s)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def name_tokens(name: str) -> list[str]:
    """Scored tokens of a written name: no particles, no initials, apostrophe parts split."""
    out = []
    for raw in name.replace("-", " ").replace("’", "'").split():
        for part in raw.split("'"):
            part = part.strip(".,")
            if len(part) <= 1 or part.lower() in PARTICLES:
                continue
            out.append(part)
    return out
