"""Forty-second set: name pools per locale, written by hand (female, male, surnames)."""

from __future__ import annotations

import unicodedata

# locale -> (female given names, male given names, surnames). Surnames may carry particles or
# be compounds; PARTICLES are not name tokens.
NAMES = {
    "en_US": (
        "Ashley Brittany Dakota Shelby Kayla Rose Heather Megan Savannah Paige Tamara Lorraine "
        "Juanita Maribel Connie Darlene Holly Autumn Brooke Wendy Candace Ivy",
        "Cody Dustin Wyatt Travis Colton Hunter Garrett Dwayne Earl Clayton Luis Rigoberto "
        "Darnell Jeb Randall Lyle Chase Tucker Weston Boyd Mason",
        "Hofstetter|Lindqvist|Kowalczyk|Ramirez|Vasquez|Thibodeaux|Yoder|Stoltzfus|Baker|Hunter|"
        "Fields|Mercer|Oakley|Pruitt|Delacroix|Whitfield|Brandt|Gustafson|Nakamura|Okafor|"
        "Castellanos|Van Buren|McAllister|Pettigrew|Cooper|Wheeler|Swenson|Dunbar|Harlan|"
        "Rasmussen|Holloway|Barlow|Fairbanks|Kincaid|Espinoza|Mendenhall|Blackwood|Sorensen|"
        "Whitlock|Greenlee|Tolliver|Marsh"),
    "en_AU": (
        "Kylie Shannon Tegan Bronwyn Chloe Jacinta Narelle Sharni Kirra Leah Tahlia Maddison "
        "Skye Brooke Olive Matilda Lowanna Georgia Rhiannon Faith Sienna Jade",
        "Bruce Darcy Lachlan Hamish Brodie Jarrah Mitchell Shane Tyson Callum Fergus Angus "
        "Dean Ned Rory Cooper Blake Heath Nathan Koby Wade",
        "Kennedy|Fitzgerald|Papadopoulos|Nguyen|Carmody|Treloar|Pearce|Heffernan|Lovett|"
        "Threlfall|Drummond|Gorringe|Kermode|McInnes|Sutcliffe|Wakefield|Birch|Shepherd|"
        "Cattermole|Hawthorne|Penhaligon|Rowntree|Vella|Zammit|Kowalski|Di Pietro|Angove|"
        "Lockyer|Mitchell-Hume|Tregenza|Dawes|Bassett|Rendell|Ashcroft|Gillies|Hanrahan|"
        "Merriman|Stubbs|Tuckwell|Ogilvie|Wark|Brennan"),
    "en_IE": (
        "Siobhan Aoife Niamh Caoimhe Saoirse Orla Gráinne Sinéad Eimear Clodagh Deirdre Róisín "
        "Bríd Maeve Nuala Áine Ciara Mairéad Fionnuala Treasa Bernadette Una",
        "Cathal Donncha Pádraig Eoin Cian Tadhg Fergal Colm Diarmuid Ruairí Seán Ciarán Dermot "
        "Killian Oisín Declan Lorcan Barry Enda Micheál Darragh",
        "Ó Súilleabháin|Ní Bhriain|Mac Giolla Phádraig|O'Dwyer|O'Keeffe|McGrath|Fitzgibbon|"
        "Breathnach|Ó Conaill|Moriarty|Brosnan|Cuddihy|Dunne|Hennessy|Lenihan|Mulcahy|"
        "Kinsella|Tierney|Culleton|Heffernan|Nagle|Ryan|Hogan|Furlong|Keohane|Delaney|"
        "Prendergast|Costigan|Gallagher|Ní Mhurchú|Scanlon|Feeney|Rooney|Dooley|Whelan|"
        "Coughlan|Foley|Madigan|Guinan|Clancy|Loughnane|Cregan"),
    "fr_FR": (
        "Solène Maëlle Gwenaëlle Océane Clémence Ségolène Margaux Anaïs Nathalie Véronique "
        "Brigitte Sylvie Laurence Capucine Héloïse Mathilde Rose Violette Agathe Maryvonne "
        "Perrine Blanche",
        "Yannick Gwénaël Ronan Loïc Thibault Hervé Benoît Jérôme Régis Mathéo Clément Aurélien "
        "Gaëtan Baptiste Côme Didier Lucien Amaury Florent Pascal Fabrice",
        "Le Gall|Le Goff|Kerhervé|Guéguen|de La Villemarqué|Lefèvre|Rousseau|Duval|Berthelot|"
        "Garnier|Chevalier|Boulanger|Meunier|Vasseur|Dufour|Ménard|Poirier|Lacombe|"
        "Fontaine|Delmas|Castagné|Bouvier|Mercier|Thébault|Roux|Marchal|Pelletier|Labbé|"
        "Charpentier|Vidal|Lagarde|d'Aubigny|Besnard|Guillot|Renaud|Carré|Delorme|"
        "Sabatier|Peyrat|Lemoine|Carpentier|Jourdain"),
    "de_DE": (
        "Anneliese Hannelore Gudrun Silke Heike Wiebke Imke Frauke Katrin Birgit Mareike Jana "
        "Leonie Lea Ursula Sabine Rosemarie Edeltraud Hedwig Greta Amelie Marlene",
        "Hinnerk Jürgen Uwe Hauke Ole Björn Klaus Dieter Helmut Gerd Sönke Jannik Lukas "
        "Matthias Volker Wolfgang Reinhard Ernst Fiete Bernd Torsten",
        "Schulze-Wiehenbrauk|von Bredow|zu Knyphausen|Brüggemann|Wittkamp|Hagedorn|Fuchs|"
        "Vogel|Bauer|Kötter|Dierkes|Thießen|Oltmanns|Hinrichs|Janssen|Lüttjohann|Meyerhoff|"
        "Overbeck|Rademacher|Schomaker|Terhorst|Uhlenbrock|Wessels|Zurborg|Große Kracht|"
        "Eilers|Gerdes|Hollmann|Kleinschmidt|Lammers|Menke|Niemeyer|Plagge|Rohlfs|"
        "Stöver|Tiemann|Voßkuhl|Weißenborn|Brinkmann|Schäfer|Winkelmann|Fröhlich"),
    "es_ES": (
        "Rocío Macarena Inmaculada Montserrat Nuria Ainhoa Itziar Begoña Pilar Remedios "
        "Consuelo Paz Luz Esperanza Amparo Lucía Carmen Almudena Estíbaliz Maite Milagros "
        "Fuensanta",
        "Iñaki Joseba Xabier Jordi Pau Andreu Rafael Francisco Manuel Jesús Txema Aitor Gorka "
        "Alejandro Sergio Borja Álvaro Ginés Blas Fermín Leandro",
        "García López|Martínez Ruiz|Sánchez de la Fuente|Fernández del Río|Echeverría|"
        "Goikoetxea|Urrutia|Puig i Ferrer|Soler|Vilaplana|Carrasco|Lobo|Palomo|Cordero|"
        "Montero|Serrano|Navarro Alcaraz|Ortega|Castillo|Romero|Moreno|Jiménez Paz|Llorente|"
        "Pastor|Marín|Cabello|Delgado|Salinas|Quintana|Albarracín|Mateu|Gallego|Trujillo|"
        "Bermúdez|Aranda|Villalobos|Barrios|Crespo|Escudero|Olmedo|Zamora|Pedraza"),
    "it_IT": (
        "Chiara Giulia Francesca Alessandra Raffaella Donatella Ornella Loredana Carmela "
        "Immacolata Assunta Rosaria Serena Gioia Benedetta Ilaria Marta Elisabetta Vittoria "
        "Annunziata Bianca Stella",
        "Giuseppe Salvatore Gennaro Vincenzo Carmine Ciro Pasquale Gianluca Massimo Fabrizio "
        "Renato Ottavio Amedeo Sandro Piergiorgio Gaspare Leonardo Fortunato Tommaso Enzo "
        "Lorenzo",
        "Esposito|Russo|De Luca|Lo Presti|Di Stefano|D'Amico|Colombo|Ferrari|Bianchi|Greco|"
        "La Rosa|Santoro|Marchetti|Mazzoleni|Brambilla|Bergamaschi|Cattaneo|Fumagalli|"
        "Pellegrino|Gallo|Fontana|Barbieri|Caruso|Lombardo|Giordano|Testa|Moretti|Rinaldi|"
        "Sartori|Vitale|Cattelan|Zanetti|Benedetti|Coppola|Della Valle|Pagano|Piras|Sanna|"
        "Orrù|Melis|Contu|Amato|Leone"),
    "nl_NL": (
        "Anouk Femke Sanne Maaike Ilse Marloes Wilma Hennie Gerdien Jantine Lieke Rianne "
        "Fenna Geertje Ineke Marijke Tineke Roos Fleur Esmee Baukje Trijntje",
        "Sjoerd Wouter Bram Joost Gert-Jan Hendrik Klaas Pieter Maarten Teun Joris Ruud Durk "
        "Gerrit Jelle Sietse Wim Arjen Hidde Thijs Jan-Willem",
        "van den Berg|de Vries|van der Meulen|ter Haar|van Dijk|Bakker|Visser|Smit|Mulder|"
        "de Boer|Dekker|Hoekstra|Zijlstra|Postma|Wijnstra|Veenstra|Brouwer|Kuipers|Hofstede|"
        "Schipper|Boerma|Bosman|de Graaf|van Leeuwen|Koopman|Oosterhuis|Timmerman|Hazenberg|"
        "Nijhuis|Wolters|Kamphuis|Haverkamp|Tijssen|Vos|Groen|Hendriks|Verhoeven|Prins|"
        "Weening|ten Brinke|Jonkman|Luijten"),
    "pt_BR": (
        "Luciana Adriana Tatiane Rosângela Aparecida Conceição Jéssica Thaís Daiane Francielle "
        "Graziela Marlene Vitória Glória Cleide Iracema Jussara Kelly Letícia Raquel Sueli "
        "Neide",
        "Raimundo Valdir Adílson Cleiton Deivid Edivaldo Gilmar Jair João Sebastião Osmar "
        "Reinaldo Wellington Weverton Anderson Claudiomiro Genival Luiz Otávio Nilton Ademar",
        "dos Santos|da Silva|de Oliveira|Souza Lima|Pereira|Ferreira|Rodrigues|Alves|Carvalho|"
        "Rocha|Pinto|Coelho|Barbosa|Moreira|Teixeira|Cardoso|Nascimento|Araújo|Fagundes|"
        "Schmitt|Zanella|Bortolotto|Cavalcanti|Wanderley|Nogueira|Fonseca|Medeiros|Bezerra|"
        "Tavares Leite|Damasceno|Guimarães|Macedo|Brandão|Pacheco|Siqueira|Vieira|Camargo|"
        "Prado|Rezende|Figueiredo|Lacerda|Bittencourt"),
    "fr_BF": (
        "Aminata Salimata Awa Fatimata Mariam Rasmata Zénabo Adjaratou Korotimi Alizéta "
        "Safiatou Assétou Habibou Pélagie Clarisse Bibata Rokia Kadidiatou Odile Germaine "
        "Haoua Rakiéta",
        "Issouf Boukary Moussa Souleymane Adama Harouna Ousmane Lassina Karim Hamidou Idrissa "
        "Salif Abdoulaye Mamadou Dramane Yacouba Inoussa Tasséré Noufou Daouda Sibiri",
        "Ouédraogo|Sawadogo|Compaoré|Kaboré|Zongo|Traoré|Ouattara|Sanou|Konaté|Diallo|Kinda|"
        "Nikiéma|Zoungrana|Ilboudo|Yaméogo|Bationo|Bamogo|Kiemtoré|Tapsoba|Zerbo|Kafando|"
        "Somé|Dabiré|Hien|Palm|Barry|Sidibé|Coulibaly|Bonkoungou|Sondo|Kambou|Meda|Nana|"
        "Guiro|Belem|Tiendrébéogo|Zida|Ki-Zerbo|Yonli|Nacanabo|Kientega|Sorgho"),
    "en_RW": (
        "Aline Clarisse Diane Solange Josiane Vestine Jeannette Claudine Alice Grace "
        "Esperance Immaculée Divine Chantal Olive Liliane Marie-Rose Beatha Jacqueline "
        "Françoise Consolée Annonciata",
        "Eric Patrick Emmanuel Olivier Innocent Fabrice Théogène Faustin Célestin Didier Yves "
        "Aimable Alphonse Samuel Gilbert Egide Damascène Félicien Pacifique Jean-Bosco Fidèle",
        "Uwase|Mukamana|Uwimana|Niyonsaba|Habimana|Nshimiyimana|Mugisha|Ndayisaba|Hakizimana|"
        "Iradukunda|Ingabire|Mutoni|Uwera|Nyiraneza|Mukeshimana|Niyonzima|Bizimana|"
        "Nsengiyumva|Twagirayezu|Kayitesi|Mukandayisenga|Uwamahoro|Munyaneza|Rukundo|Ntwari|"
        "Gasana|Kamanzi|Karangwa|Mutabazi|Ndagijimana|Nkurunziza|Sibomana|Tuyishime|"
        "Uwineza|Byiringiro|Ishimwe|Kwizera|Manzi|Murenzi|Shema|Nsabimana|Mukarugwiza"),
    "pt_GW": (
        "Fatumata Aissatu Mariama Binta Cadi Nhima Domingas Filomena Antónia Isabel Odete "
        "Suzana Zinha Teresa Adelaide Francisca Cristina Esperança Luísa Ivone Sábado Quinta",
        "Domingos Braima Mamadu Umaro Nuno Baciro Aristides Malam Cirilo Augusto Fernando "
        "Justino Tomás Quintino Mussa Aladje Serifo Botche Armando Sene Adulai",
        "Gomes|Vieira|Pereira|Cabral|Embaló|Baldé|Djaló|Sanhá|Mendes|Có|Nhaga|Indjai|Cassamá|"
        "Na Tchuto|Tchuda|Sambú|Mané|Camará|Biague|Correia|Lopes|da Silva|Fernandes|Monteiro|"
        "Tavares|Nhamadjo|Sissé|Seidi|Djassi|Turé|Dabó|Jaquité|Buaró|Sá|Quadé|Nanque|Lona|"
        "Na Fonta|Bacar|Cumbá|Intchama|Mancabú"),
}

PARTICLES = frozenset(
    "de del la las los da das do dos di della van der den von zu le du des ni o mac giolla "
    "i y e ter ten na d' große".split()
)

TITLES = {
    "en": {"f": ["Ms", "Mrs", "Dr", "Miss"], "m": ["Mr", "Dr"]},
    "fr": {"f": ["Mme", "Madame", "Dr"], "m": ["M.", "Monsieur", "Dr"]},
    "de": {"f": ["Frau", "Dr."], "m": ["Herr", "Dr."]},
    "es": {"f": ["Sra.", "doña", "Dra."], "m": ["Sr.", "don", "Dr."]},
    "it": {"f": ["Sig.ra", "Dott.ssa"], "m": ["Sig.", "Dott."]},
    "nl": {"f": ["mevrouw", "mevr."], "m": ["meneer", "dhr."]},
    "pt": {"f": ["Sra.", "Dona", "Dra."], "m": ["Sr.", "Seu", "Dr."]},
}


def pools(locale: str) -> tuple[list[str], list[str], list[str]]:
    female, male, surnames = NAMES[locale]
    return female.split(), male.split(), surnames.split("|")


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def name_tokens(name: str) -> list[str]:
    """Tokens of a written name that count as fragments: no particles, titles or initials."""
    out = []
    for raw in name.replace(",", " ").split():
        tok = raw.strip(".")
        if _fold(tok).lower() in PARTICLES or len(tok) < 2:
            continue
        out.append(tok)
    return out
