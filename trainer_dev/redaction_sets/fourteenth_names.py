"""Hand-written name lists for the fourteenth redaction set (no generator library).

Per locale: female given names, male given names, surnames. Multi-word surnames keep their
particles ("van der Meer", "Ó Ceallaigh"); Polish surnames are stored in the masculine form
and feminised by :func:`surname_for`.
"""

from __future__ import annotations

_EN_F = (
    "Emily Sarah Jessica Hannah Megan Olivia Chloe Grace Lucy Amy Rachel Laura Rebecca Charlotte "
    "Abigail Natalie Heather Bethany Holly Joanna Imogen Philippa Rosalind Tamsin Harriet Marisol "
    "Keisha Priya Daisy Verity"
)
_EN_M = (
    "James Michael David Daniel Matthew Andrew Christopher Ryan Jacob Nathan Oliver Samuel "
    "Joshua Connor Dylan Tristan Rupert Desmond Ellis Marcus Dwayne Rohan Ambrose Ezra Wilfred "
    "Barnaby Gideon Jasper Clifford Nigel"
)
_EN_S = (
    "Smith Johnson Williams Brown Taylor Wilson Davies Evans Roberts Walker Wright Thompson "
    "Hughes Edwards Hall Wood Harris Clarke Jackson Turner Moore Cooper Ward Morris Baker "
    "Fletcher Holloway Pemberton Ashworth Whitfield Blackwood Greenhalgh Fairbairn Winterbottom "
    "Kettleborough Hargreaves Lockhart Rowntree Merriweather Thistlewood Cartwright Prendergast "
    "Sutcliffe Okafor Nguyen Patel Rosenberg Lindqvist Abernathy Stroud Penhaligon Fox Snow "
    "Rivers Mason Marsh Gardner Shepherd Bishop Parsons Chamberlain Crowther Dunmore Ellery "
    "Featherstone Gowland Haskett Ibbotson Jolliffe Quigley Trelawney Ogilvie Pickering"
)

NAMES: dict[str, tuple[str, str, str]] = {
    "en_US": (
        _EN_F + " Brittany Kayla Destiny Madison Latoya Guadalupe Shaniqua Dakota",
        _EN_M + " Tyler Brandon Cody DeShawn Santiago Hunter Jaxon Tucker",
        _EN_S + " Rodriguez Martinez Hernandez Washington Kowalski Schneider O'Malley Yamamoto "
        "Delgado Castillo Jefferson Larsen Vanderpool Bergstrom",
    ),
    "en_GB": (
        _EN_F + " Siobhan Gwen Bronwen Aaliyah Poppy Nia Felicity",
        _EN_M + " Callum Rhys Alfie Hamish Idris Tariq Crispin",
        _EN_S + " Jones Llewellyn Pritchard MacLeod Ahmed Begum Chowdhury Higginbottom "
        "Fenwick Ogunleye Ap-Rhys Bowes-Lyon",
    ),
    "en_IE": (
        "Aoife Saoirse Caoimhe Róisín Siobhán Gráinne Orla Clodagh Méabh Aisling Niamh Sinéad "
        "Deirdre Ailbhe Éabha Muireann Nuala Bríd Treasa Fionnuala Emer Laoise Ciara Sorcha "
        "Mairéad Áine Dearbhla Eimear Síle Úna Rachel Grace",
        "Seán Cian Oisín Darragh Pádraig Eoin Cathal Ruairí Fionn Tadhg Colm Donal Diarmuid "
        "Cormac Ciarán Fergal Declan Niall Ronan Lorcan Senan Cillian Tomás Micheál Feargal "
        "Conall Brendan Dara Kevin Shane",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne O'Connor Doyle McCarthy Gallagher Doherty "
        "Kennedy Lynch Murray Quinn Moloney Brennan Fitzgerald Ó Ceallaigh Mac Giolla Phádraig "
        "Nolan Dunne Kavanagh Keane Brady Callaghan Cullen Hennessy Mulcahy Cronin Costello "
        "Geraghty Donnelly Ó Súilleabháin McGuinness Tierney Scanlon Furlong Hegarty Flanagan "
        "Kinsella Lenihan Mooney Moriarty Clancy Breathnach Mac Aonghusa Devereux Plunkett "
        "Coughlan Dwyer Twomey Ahern Horgan Culhane Brosnan Fahy Forde Galvin Harrington "
        "Joyce Lally Madigan Noonan Phelan Rafferty Sheehy Tobin Whelan Ní Bhriain Carolan "
        "Darcy Egan Feeney O'Donovan Hogan Tuohy Garvey Hickey Kearney Laffan",
    ),
    "en_CA": (
        _EN_F + " Geneviève Chantal Mélanie Isabelle Nathalie Maëlle Josée Manon",
        _EN_M + " Jean-François Étienne Mathieu Gaétan Raj Wei Yannick Réjean",
        _EN_S + " Tremblay Gagnon Côté Bouchard Gauthier Morin Lavoie Fortin Pelletier "
        "MacDonald Campbell Chen Singh Boucher Lévesque Bergeron Paquette Ouellet",
    ),
    "de_DE": (
        "Anna Lena Katharina Julia Sophie Johanna Leonie Marie Lea Franziska Susanne Petra Sabine "
        "Ursula Hildegard Gudrun Wiebke Frauke Annegret Mechthild Svenja Jana Birgit Heike Dörte "
        "Ilse Ayşe Friederike Theresa Luise",
        "Lukas Jonas Maximilian Felix Leon Paul Tobias Florian Stefan Jürgen Wolfgang Dieter Uwe "
        "Klaus Horst Helmut Matthias Thorsten Sönke Hauke Björn Ole Detlef Gerd Benedikt "
        "Konstantin Emre Ludger Winfried Till",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
        "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange "
        "Schmitt Werner Krause Lehmann Schulze Köhler Herrmann König Huber Kaiser Fuchs Scholz "
        "Möller Weiß Jung Hahn Vogel Keller Günther Winkler Roth Lorenz Baumann Albrecht Schuster "
        "Ludwig Böhm Kraus Schumacher Krämer Vogt Jäger Sommer Groß Seidel Brandt Haas Ziegler "
        "Kühn Pohl Engel Bergmann Voigt Sauer Pfeiffer von Bülow von der Heyde Müller-Lüdenscheidt "
        "Yılmaz Nowak Oberländer Tiedemann Janßen Brinkmann Hinrichsen Kowalewski Dreßler Wendt "
        "Mühlhäuser Ahlers Quast Eichhorn Rademacher",
    ),
    "es_ES": (
        "María Carmen Lucía Laura Marta Paula Elena Cristina Ana Isabel Pilar Rocío Nuria "
        "Montserrat Ainhoa Itziar Begoña Inmaculada Remedios Consuelo Alba Noelia Maite Araceli "
        "Leire Macarena Covadonga Almudena Triana Yolanda",
        "José Antonio Manuel Francisco Javier David Daniel Carlos Jesús Alejandro Miguel Rafael "
        "Pablo Sergio Álvaro Íñigo Jorge Borja Unai Xabier Aitor Gonzalo Rodrigo Ignacio Fermín "
        "Andrés Marcos Hugo Joaquín Nicolás",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz "
        "Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez "
        "Vázquez Ramos Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz "
        "Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero "
        "Cano Prieto Méndez Calvo Gallego Vidal Márquez Herrera Peña Cabrera Campos Fuentes "
        "Carrasco Caballero Reyes Nieto Aguilar Pascual Santana Herrero Montero Hidalgo Giménez "
        "Ibáñez Ferrer Etxeberria Goikoetxea Arrieta Puig Vilanova Casals Otero Quintana "
        "Barrios Mendizábal Urquijo Bermúdez Zubizarreta",
    ),
    "nl_NL": (
        "Emma Sophie Julia Anna Lotte Sanne Fleur Eva Lieke Iris Femke Anouk Marloes Mirjam "
        "Ingrid Annemiek Wilhelmina Geertje Hendrika Noor Tess Roos Floor Jikke Sietske Baukje "
        "Yara Fenna Lisanne Maaike",
        "Daan Sem Lucas Levi Thijs Bram Jeroen Pieter Joost Maarten Wouter Sander Ruben Bas "
        "Hendrik Gerrit Kees Sjoerd Jelle Wietse Teun Stijn Bart Koen Niels Rutger Gijs Joris "
        "Hidde Tjeerd",
        "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|"
        "Mulder|de Groot|Bos|Vos|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|"
        "de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|"
        "van der Veen|van den Broek|de Bruijn|van der Heijden|Schouten|van Beek|Willems|van Vliet|"
        "van de Ven|Hoekstra|Maas|Verhoeven|Koster|van Dam|van der Wal|Prins|Blom|Huisman|"
        "Peeters|de Lange|Kuipers|van Wijk|Postma|Veenstra|Kramer|van den Brink|Scholten|"
        "van Wijngaarden|Wijnands|Terpstra|Zwart|Timmermans|Groen|Gerritsen|Boersma|Klaassen|"
        "Verbeek|van Rijn|Molenaar|Oosterhuis|Rietveld|Huizinga|Tjalsma|Zijlstra|'t Hart|"
        "Bosschaert|Nijenhuis|Oudshoorn|Ruijters|Vlietstra",
    ),
    "fr_FR": (
        "Camille Léa Manon Chloé Emma Inès Sarah Juliette Louise Clémence Anaïs Élodie Céline "
        "Sandrine Nathalie Véronique Brigitte Ghislaine Solène Maëlys Océane Margaux Apolline "
        "Bérénice Capucine Gwenaëlle Yasmine Aurélie Françoise Odile",
        "Lucas Hugo Louis Gabriel Arthur Théo Nathan Mathis Julien Nicolas Sébastien Thierry "
        "Pascal Olivier François Jean-Baptiste Yannick Gwendal Loïc Benoît Hervé Régis Aurélien "
        "Maxime Quentin Bastien Karim Mehdi Anatole Grégoire",
        "Bernard|Dubois|Robert|Richard|Petit|Durand|Leroy|Moreau|Lefebvre|Garcia|Bertrand|Roux|"
        "Fournier|Morel|Girard|Lefèvre|Mercier|Dupont|Lambert|Bonnet|Legrand|Garnier|Faure|"
        "Rousseau|Blanc|Guérin|Muller|Roussel|Perrin|Morin|Clément|Gauthier|Dumont|Lopez|"
        "Fontaine|Chevalier|Masson|Sanchez|Boyer|Lemaire|Duval|Joly|Gautier|Roche|Meunier|"
        "Marchand|Dufour|Blanchard|Barbier|Brunet|Schmitt|Leroux|Fernandez|Le Goff|Kerjean|"
        "Le Gall|Abitbol|Delacroix|Saint-Martin|d'Harcourt|Benhamou|Lacombe|Vasseur|Tessier|"
        "Charpentier|Rey|Caron|Hoarau|Courtois|Marchal|Poirier|Guillot|Besnard|Laporte|"
        "Le Floch|Baudry|Texier|Rigaud|Delmas|Lemoine|Carré|Vidal",
    ),
    "sv_SE": (
        "Anna Eva Maria Karin Kristina Lena Sara Emma Ingrid Elin Linnea Maja Astrid Sigrid Ebba "
        "Saga Tove Britt Gunilla Margareta Agneta Birgitta Ulrika Malin Frida Hanna Moa Klara "
        "Signe Solveig",
        "Erik Lars Karl Anders Johan Per Nils Mikael Jan Lennart Olof Gustav Oskar Axel Hugo "
        "Elias Viktor Henrik Fredrik Magnus Sten Göran Bengt Åke Torbjörn Ulf Björn Pontus "
        "Joakim Rasmus",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
        "Pettersson Jonsson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström "
        "Olofsson Lindqvist Lindgren Axelsson Bergström Lundberg Lundgren Lundqvist Mattsson "
        "Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund "
        "Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson "
        "Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist "
        "Claesson Nordström Mårtensson Lundström Viklund Björklund Eliasson Pålsson Berggren "
        "Sandström Nordin Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström "
        "Sjögren Abrahamsson Falk Öberg Söderlund Wahlgren",
    ),
    "pl_PL": (
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Zofia Joanna "
        "Magdalena Monika Aleksandra Natalia Zuzanna Julia Maja Oliwia Wiktoria Jadwiga Grażyna "
        "Bożena Halina Danuta Urszula Dorota Beata Iwona Teresa",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Marek Grzegorz Józef Łukasz Adam "
        "Zbigniew Jerzy Tadeusz Mateusz Dariusz Mariusz Wojciech Ryszard Jakub Kazimierz Szymon "
        "Bartosz Kacper Wiesław Przemysław Bogdan Stanisław",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk "
        "Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Wieczorek Jabłoński Wróbel "
        "Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak "
        "Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski "
        "Tomaszewski Pietrzak Zalewski Wróblewski Marciniak Jasiński Zawadzki Jakubowski "
        "Sadowski Włodarczyk Chmielewski Borkowski Sokołowski Szczepański Sawicki Kucharski "
        "Mazurek Kubiak Kalinowski Wysocki Kołodziej Czarnecki Brzęczyszczykiewicz Ździebło "
        "Gołębiowski Przybylski Sobczak Czerwiński Andrzejewski Cieślak Głowacki Pietrzyk "
        "Zawadzki-Nowak Trzaskowski Łapiński",
    ),
    "fi_FI": (
        "Aino Helmi Venla Ellen Sofia Emma Aada Eevi Linnea Enni Maija Tuula Ritva Pirjo Sirpa "
        "Leena Anneli Marjatta Kaarina Hannele Riikka Satu Minna Johanna Elina Katja Noora Silja "
        "Tiina Outi",
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Markku Pekka Mika Hannu Heikki Seppo Janne "
        "Ville Teemu Lauri Eino Väinö Onni Aleksi Eetu Juho Tapio Ilmari Olli Petteri Esa Jouni",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
        "Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen "
        "Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen "
        "Kallio Leinonen Hiltunen Miettinen Pitkänen Aaltonen Manninen Hakala Koivisto Anttila "
        "Laaksonen Hirvonen Räsänen Lehto Toivonen Mustonen Nurmi Seppälä Kettunen Lindholm "
        "Kemppainen Väisänen Peltonen Honkanen Oksanen Rinne Lindroos Kokkonen Koivula Leppänen "
        "Ojala Partanen Huttunen Vainio Airaksinen Hyvönen Ketola Rautio Vuorinen Pesonen "
        "Ylönen Huhtala Lappalainen Pulkkinen Sorsa Tikkanen Tanskanen Ahola Äijälä Öhman "
        "Kivelä Hautala",
    ),
    "tr_TR": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Gülşen Esra Büşra "
        "Merve Ecem Defne Ebru Derya Özlem Sevgi Yasemin Gizem Tuğba Cansu İpek Aslı Begüm "
        "Nilüfer Songül",
        "Mehmet Mustafa Ahmet Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil "
        "Süleyman Emre Burak Serkan Cem Barış Kerem Onur Tolga Volkan Uğur Caner Oğuz Alper "
        "Taner Kaan Erkan",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
        "Aslan Çetin Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Yavuz Acar Aktaş Güler Yalçın "
        "Güneş Bozkurt Bulut Keskin Ünal Turan Özer Işık Kaplan Avcı Tekin Köse Yüksel Ateş "
        "Aksoy Uçar Karaca Akın Tunç Kocabaş Karakaya Bayram Erdem Uysal Tuncer Sönmez Başaran "
        "Akgül Ekinci Gündoğdu Toprak Altun Sezer Karataş Çiftçi Kahraman Demirci Ulusoy Ayhan "
        "Duman Akbulut Eroğlu Kuşçu Ertuğrul Dikmen Şenyürek Bilgiç Gürsoy Tezcan Sarıkaya "
        "Çolak Özgür Kurtuluş Sevim",
    ),
}

# tokens of a name that are not identifying on their own (never used as fragments)
PARTICLES = frozenset(
    "van von der den de del la le du des di da d' 't ó mac ní nic ap bey hanım bay bayan".split()
)

NICKNAMES = {
    "Christopher": "Chris",
    "Matthew": "Matt",
    "Jessica": "Jess",
    "Rebecca": "Becky",
    "Abigail": "Abby",
    "Samuel": "Sam",
    "Joshua": "Josh",
    "Nathan": "Nate",
    "Daniel": "Dan",
    "Michael": "Mike",
    "Andrew": "Drew",
    "Philippa": "Pippa",
    "Harriet": "Hattie",
    "Jacob": "Jake",
    "Barnaby": "Barney",
    "Wilfred": "Wilf",
    "Benedikt": "Bene",
    "Katharina": "Kathi",
    "Franziska": "Franzi",
    "Maximilian": "Maxi",
    "Francisco": "Paco",
    "José": "Pepe",
    "Ignacio": "Nacho",
    "Jesús": "Chuy",
    "Montserrat": "Montse",
    "Inmaculada": "Inma",
    "Consuelo": "Chelo",
    "Wilhelmina": "Mien",
    "Hendrika": "Riek",
    "Maarten": "Maart",
    "Aleksandra": "Ola",
    "Małgorzata": "Gosia",
    "Katarzyna": "Kasia",
    "Krzysztof": "Krzysiek",
    "Grzegorz": "Grzesiek",
    "Wojciech": "Wojtek",
    "Magdalena": "Madzia",
    "Przemysław": "Przemek",
    "Stanisław": "Staszek",
    "Margareta": "Maggan",
    "Kristina": "Stina",
    "Fredrik": "Fredde",
    "Aleksi": "Aleksi",
    "Pádraig": "Páidí",
    "Caoimhe": "Caoimh",
    "Deirdre": "Dee",
    "Jean-Baptiste": "JB",
    "Apolline": "Polly",
}


def split_names(s: str) -> list[str]:
    return [x.strip() for x in (s.split("|") if "|" in s else s.split()) if x.strip()]


def _join_multi(tokens: list[str]) -> list[str]:
    """Glue particles to the following token(s): 'van der Meer', 'Ó Ceallaigh'."""
    out: list[str] = []
    buf: list[str] = []
    for t in tokens:
        buf.append(t)
        if t.lower() not in PARTICLES and t.lower() not in ("giolla",):
            out.append(" ".join(buf))
            buf = []
    return out


def name_lists(locale: str) -> tuple[list[str], list[str], list[str]]:
    f, m, s = NAMES[locale]
    sur = split_names(s) if "|" in s else _join_multi(s.split())
    return split_names(f), split_names(m), sur


def surname_for(locale: str, surname: str, female: bool) -> str:
    if locale == "pl_PL" and female:
        parts = surname.split("-")
        out = []
        for p in parts:
            for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
                if p.endswith(a):
                    p = p[: -len(a)] + b
                    break
            out.append(p)
        return "-".join(out)
    return surname
