# ruff: noqa: E501  (data: sentence frames and name lists, one per line)
"""Name pools of the seventh set: given names and surnames per locale, many origins, with particles,
double surnames, hyphens and apostrophes. Written by hand (no Faker), so the set cannot drift."""

from __future__ import annotations

GIVEN = {
    "en_US": (
        "Jennifer Marcus Tyrone Keisha Hannah Dwayne Guadalupe Wei Priyanka Jamal Brittany Cody "
        "Esperanza Nathaniel Mei-Ling Darnell Olusegun Svetlana Hiroshi Rosalind Xavier Bethany "
        "Mohammed Lakshmi Tucker Ximena DeShawn Kaitlyn Jorge Abigail Trent Thuy Malik "
        "Shoshana Rafael Colleen Duc Yesenia Beau Aaliyah"
    ),
    "en_GB": (
        "Oliver Siobhan Rhys Imogen Callum Priti Gareth Aisha Hamish Fenella Tariq Ffion Nigel "
        "Chidi Harriet Rupert Saoirse Declan Bethan Kwame Poppy Alistair Nadia Iain Zainab "
        "Jasper Gwen Rohan Morag Dominic Yusuf Clementine Barnaby Keeley Tomasz Eilidh Femi"
    ),
    "en_IE": (
        "Aoife Cillian Niamh Pádraig Róisín Eoin Caoimhe Oisín Sorcha Darragh Siobhán Ciarán "
        "Gráinne Tadhg Orla Fionn Clodagh Seán Méabh Rónán Deirdre Colm Aisling Donncha Bríd "
        "Piotr Ayodele Mairéad Diarmuid Éabha Cathal Katarzyna Fiachra Úna Conor Emer"
    ),
    "en_IN": (
        "Aarav Priya Venkatesh Ananya Harpreet Sanjay Lakshmi Mohammed Divya Rajesh Kavitha "
        "Arjun Fatima Suresh Meenakshi Gurpreet Rohit Sneha Vikram Nandini Abdul Deepika "
        "Karthik Shalini Joseph Anjali Pranav Revathi Imran Sunita Balaji Tanvi Farhan Ishita "
        "Ramesh Zoya"
    ),
    "en_AU": (
        "Lachlan Matilda Brodie Chloe Jarrah Tahlia Minh Mitchell Georgia Kieran Ngaire Hamish "
        "Sienna Dimitri Bronwyn Cooper Mei Rhiannon Angus Lakshan Tegan Sione Isla Darcy Yasmin "
        "Fletcher Kirra Benjamin Eleni Tama Jasmine Riley Priyanka Callum Talia"
    ),
    "en_CA": (
        "Émilie Connor Mackenzie Jean-François Gurdeep Avery Marie-Ève Tristan Nadia Owen "
        "Geneviève Harjit Brayden Chantal Liam Xiaoling Sébastien Kelsey Nnamdi Isabelle Dakota "
        "Rajveer Mathieu Sarah-Jane Olumide Camille Wyatt Hana Étienne Brooke Amir Josée Quinn"
    ),
    "de_DE": (
        "Lukas Anneliese Jürgen Mehmet Sabine Katharina Maximilian Ayşe Dieter Franziska Björn "
        "Svetlana Hans-Peter Jana Wolfgang Leonie Kemal Ursula Tobias Marie-Luise Dragan Friederike "
        "Jannik Elif Günther Anja Konstantin Ingrid Malte Zeynep Ole Henrike Stefan Milena Jörg Nils"
    ),
    "fr_FR": (
        "Camille Jean-Baptiste Amélie Mathieu Inès Thibault Léa Karim Solène Grégoire Aurélie "
        "Youssef Bérénice François Clémence Mamadou Anaïs Guillaume Océane Rachid Hélène Loïc "
        "Margaux Sébastien Fatoumata Pierre-Yves Élodie Baptiste Nadège Théo Yasmina Benoît Chloé "
        "Hugo Maëlle"
    ),
    "es_ES": (
        "Alejandro Lucía Javier Nerea Íñigo Carmen Sergio Ainhoa Álvaro Montserrat Jordi Rocío "
        "Pablo María José Xabier Begoña Raúl Nuria Mohamed Itziar Gonzalo Pilar Andrés Leire "
        "Fernando Covadonga Iker Marta Rubén Inmaculada Adrián Noelia Borja Yolanda Óscar Maite"
    ),
    "it_IT": (
        "Giulia Alessandro Chiara Lorenzo Francesca Matteo Federica Giuseppe Martina Riccardo "
        "Elisa Gianluca Valentina Salvatore Ilaria Pietro Beatrice Domenico Serena Andrea Noemi "
        "Vincenzo Sofia Tommaso Alessia Carmelo Giorgia Niccolò Rosaria Emanuele Ludovica Samuele "
        "Raffaella Davide"
    ),
    "nl_NL": (
        "Daan Sanne Bram Lotte Sem Fleur Thijs Anouk Jeroen Femke Mohamed Noor Ruud Ilse Joost "
        "Mirjam Stijn Esmée Koen Hanneke Pieter Yasmina Wouter Sietske Gerrit Naima Maarten Lieke "
        "Bas Anke Sven Roos Jelle Marloes Hendrik"
    ),
    "pt_BR": (
        "João Ana Lucas Mariana Gabriel Juliana Rafael Fernanda Thiago Beatriz Matheus Camila "
        "Pedro Larissa Guilherme Letícia Felipe Aline Rodrigo Vitória Leonardo Patrícia Caio "
        "Renata Vinícius Tatiane Gustavo Bruna Otávio Luana Diego Jéssica Henrique Raíssa "
        "Antônio Débora"
    ),
}

SURNAMES = {
    "en_US": (
        "Washington|Kowalski|Nakamura|Okafor|Delgado|Fitzgerald|Abernathy|Castellanos|Nguyen|"
        "McAllister|O'Brien|Van Buren|Goldstein|Petrakis|Whitfield|Oyelaran|Sandoval|Hirsch|"
        "Lindqvist|Chaudhry|Brubaker|Thibodeaux|Kaminski|DiMaggio|Alvarez-Soto|Yazzie|Holloway|"
        "Stroud|Ferrante|Pruitt|Blackwood|Rosenbaum|Tran|Mahoney|Oduya|Kessler|Villanueva|Haddad"
    ),
    "en_GB": (
        "Featherstone|Ogunleye|Pemberton|Choudhury|Llewellyn|McTavish|Ashworth|Okonkwo|"
        "Fairbairn|Worthington|Bhattacharya|Hargreaves|Montgomery-Clarke|Oyelowo|Pritchard|"
        "Drummond|Kaur-Sandhu|Thistlethwaite|Achterberg|Nwosu|Greenhalgh|Braithwaite|O'Sullivan|"
        "Wojcik|Rahman|Cartwright|de Souza|Quayle|Entwistle|Mensah|Fanshawe|Lockhart|Abernethy"
    ),
    "en_IE": (
        "Ó Súilleabháin|Mac Giolla|Fitzpatrick|O'Donoghue|McGettigan|Ní Bhriain|Brennan|"
        "Mulcahy|Ó Briain|Kavanagh|de Búrca|Nowak|Moriarty|Okonjo|Flanagan|Ní Dhomhnaill|"
        "Lynch-Doyle|McGuinness|Costigan|Ó Ceallaigh|Breathnach|Kowalczyk|Hennessy|O'Mahony|"
        "Tierney|Mac Cárthaigh|Desmond|Quinlivan|Dunphy|Geraghty|Ní Mhurchú|Keohane"
    ),
    "en_IN": (
        "Raghunathan|Chatterjee|Deshpande|Iyer|Sidhu|Venkataraman|Kulkarni|Banerjee|D'Souza|"
        "Reddy|Qureshi|Mukherjee|Nair|Subramanian|Chakraborty|Gokhale|Ahluwalia|Pillai|Menon|"
        "Fernandes|Shekhawat|Bhattacharjee|Ansari|Krishnamurthy|Joshi|Rangarajan|Siddiqui|"
        "Thakur|Pandit|Natarajan|Dasgupta|Mahajan|Goswami"
    ),
    "en_AU": (
        "Tjapaltjarri|Papadopoulos|Nguyen|McAllister|Whitelaw|Kowalczyk|Fairweather|Tran|"
        "O'Loughlin|Vukovic|Blackburn|Huynh|Castellari|Pemberton|Mahmoud|Sutcliffe|Fonoti|"
        "Dimitriou|Ranasinghe|Treloar|Gallagher|Huang|Hutchinson|Weatherburn|Tuala|Kristiansen|"
        "Abdullah|Rossiter|Marchetti|Ballantyne|Nikolaidis|Quartermaine"
    ),
    "en_CA": (
        "Tremblay|Gagnon|Bouchard|Côté|Singh-Dhillon|MacDonald|Lavoie|Fortin|Chen|Gauthier|"
        "Okonkwo|Bélanger|McKinnon|Paquette|Grewal|Desjardins|Sutherland|Lefebvre|Nakashima|"
        "Beaulieu|St-Pierre|Campbell-Roy|Ouellet|Abdi|Pelletier|Kowalchuk|Thibault|MacLeod|"
        "Nguyen|Bergeron|Wojciechowski|Arsenault"
    ),
    "de_DE": (
        "Schäfer|Yılmaz|Hoffmann|von Bülow|Krüger|Nowak|Meißner|Schulze-Brandt|Özdemir|Wagner|"
        "zu Stolberg|Kowalski|Großmann|Petrović|Brandtner|Lindemann|Demir|Bauer|Fuchs|Kaya|"
        "Zimmermann|Engelhardt|Möller|Hartmann|Ludwig|Sommerfeld|Weiß|Albrecht|Kuhlmann|Popescu|"
        "Dreßler|van Dyk|Rothenberger"
    ),
    "fr_FR": (
        "Lefèvre|Dubois|Ben Ahmed|Moreau|de La Fontaine|Girard|Diallo|Rousseau|Le Goff|Mercier|"
        "Bonnefoy|Nguyen|Chevalier|Kerbrat|Faure|Benali|Garnier|Lemaire-Duval|Traoré|Fournier|"
        "Delacroix|Perrin|Haddad|Marchand|Lacroix|Gauthier|d'Aubigny|Roux|Morel|Boucher|Vasseur|"
        "Le Bihan|Mbappé-Lunda"
    ),
    "es_ES": (
        "García López|Fernández|Martínez Ruiz|Etxeberria|Pujol|Sánchez-Vidal|Rodríguez|"
        "Iglesias|Vázquez|de la Torre|Castells|Gómez Ortega|Navarro|Aguirre|Romero|Domínguez|"
        "Puig i Serra|Moreno|Jiménez|Echevarría|Gil|del Olmo|Ortiz de Zárate|Muñoz|Ferrer|Blanco|"
        "Serrano|Santamaría|Urrutia|Benítez|Carrasco|Vidal"
    ),
    "it_IT": (
        "Esposito|Bianchi|De Luca|Colombo|Ferraro|Romano|Ricci|Marino|Greco|Bruno|Gallo|Conti|"
        "Di Stefano|Mancini|Lombardi|Moretti|Barbieri|D'Angelo|Fontana|Santoro|Mariani|Rinaldi|"
        "Caruso|Ferrari|La Rosa|Galli|Cattaneo|Dell'Acqua|Pellegrini|Palumbo|Sanna|Fabbri|Lo Presti"
    ),
    "nl_NL": (
        "de Vries|van den Berg|Jansen|Bakker|van Dijk|Visser|Smit|Meijer|de Boer|Mulder|de Groot|"
        "Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|"
        "van der Meer|Kok|Jacobs|Yılmaz|El Amrani|Haverkamp|van 't Hof|Boukhari|Verhoeven|"
        "Schouten|Timmermans"
    ),
    "pt_BR": (
        "da Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Ribeiro|"
        "Carvalho|de Almeida|Nascimento|Araújo|Barbosa|Cavalcanti|Tanaka|Haddad|Nogueira|"
        "Monteiro|dos Santos Costa|Vasconcelos|Figueiredo|Albuquerque|Moura|Yamamoto|Bittencourt|"
        "Siqueira|Teixeira|Damasceno|Brandão|Queiroz"
    ),
}

PARTICLES = {
    "van",
    "von",
    "de",
    "den",
    "der",
    "da",
    "das",
    "do",
    "dos",
    "di",
    "del",
    "della",
    "la",
    "le",
    "zu",
    "mac",
    "ní",
    "ó",
    "'t",
    "i",
    "d",
    "ben",
    "el",
    "lo",
    "st",
}


def given_names(locale: str) -> list[str]:
    return GIVEN[locale].split()


def surnames(locale: str) -> list[str]:
    return SURNAMES[locale].split("|")


def surname_tokens(surname: str) -> list[str]:
    """The distinctive tokens of a surname (particles dropped; "O'Brien" and "D'Angelo" kept whole,
    hyphenated parts apart)."""
    out = []
    for word in surname.replace("-", " ").split():
        if word.lower() in PARTICLES or len(word) < 2:
            continue
        out.append(word)
    return out
