# ruff: noqa: E501  (hand-written data lists and templates are kept one entry-group per line)
"""Hand-written name, street and town lists for the `thirteenth` redaction set.

Written by hand from knowledge of each country's naming customs; no fake-data library.
Given names are "F:" (female) or "M:" (male) lists; surnames are one list per locale
(Polish surnames in -ski/-cki/-dzki are put in the feminine form for women).
Towns carry what the locale's address format needs (state, postcode prefix, ...).
"""

from __future__ import annotations

GIVEN: dict[str, dict[str, str]] = {
    "en_US": {
        "F": "Emily Jessica Ashley Megan Brittany Kayla Lauren Madison Olivia Harper Avery Destiny Latoya Shanice "
        "Guadalupe Maribel Yesenia Mei Priya Nadia Rosalind Winifred Dolores Bethany Tamsin Juniper Sage Ruth "
        "Imani Keisha Ximena Hope Joy",
        "M": "Michael Christopher Tyler Brandon Cody Dustin Jamal DeShawn Terrell Luis Alejandro Diego Kenji Tuan "
        "Raj Ezekiel Thaddeus Ambrose Cornelius Wyatt Colton Garrett Brock Reginald Marcus Elijah Hunter Mason "
        "Chase Rusty Bartholomew Dwayne",
    },
    "en_GB": {
        "F": "Charlotte Sophie Hannah Gemma Kirsty Siobhan Niamh Eilidh Morag Rhiannon Bethan Ffion Harriet "
        "Imogen Phoebe Poppy Tilly Aaliyah Amara Zainab Priyanka Jasmine Daisy Primrose Beatrix Agnes Philippa "
        "Lowri Catriona Bronwen",
        "M": "Oliver Harry George Alfie Callum Ruaridh Hamish Angus Dylan Gethin Rhys Iwan Jago Piers Rupert "
        "Tarquin Barnaby Hugo Jack Connor Kieran Declan Mohammed Bilal Imran Kwame Tobias Fergus Ewan Crispin "
        "Lachlan Wilfred",
    },
    "en_AU": {
        "F": "Chloe Matilda Isla Sienna Ruby Kylie Shannon Brooke Tegan Jacinta Bronte Skye Mackenzie Alinta "
        "Kirra Jedda Ngaio Mai Linh Anh Eleni Despina Antonella Georgia Charlize Narelle Raelene Dannii "
        "Evie Harriet",
        "M": "Lachlan Jack Cooper Hamish Flynn Bailey Brodie Jayden Kane Shane Dale Wayne Darcy Mitchell Jarrah "
        "Bindi Duc Minh Nikos Spiros Giuseppe Bao Ashwin Tane Riley Beau Bodhi Fletcher Lockie Angus Rory",
    },
    "en_IN": {
        "F": "Priya Ananya Aishwarya Divya Kavya Lakshmi Meenakshi Shalini Sneha Pooja Nandini Harpreet Simran "
        "Gurleen Fatima Ayesha Zoya Deepika Rukmini Revathi Sowmya Bhavana Ishita Tanvi Radhika Anjali Swati "
        "Parvathy Madhuri Nivedita Leela",
        "M": "Arjun Rahul Vikram Aditya Rohan Siddharth Karthik Venkatesh Srinivas Harish Suresh Rajesh Gurpreet "
        "Manpreet Amandeep Imran Faisal Salim Abhishek Aniket Pranav Chetan Dhruv Yash Omkar Anirudh Gautam "
        "Mohan Tushar Nikhil Jayesh",
    },
    "de_DE": {
        "F": "Anna Lena Leonie Johanna Katharina Friederike Hannelore Gudrun Ingrid Ulrike Sabine Birgit "
        "Annegret Mareike Wiebke Svenja Jana Maike Dörte Antje Elif Aylin Natalia Swetlana Franziska Theresa "
        "Margarethe Liesel Hedwig Ottilie Greta Heike",
        "M": "Lukas Jonas Maximilian Felix Tobias Jürgen Uwe Dieter Klaus-Peter Hans-Jürgen Björn Sönke Hauke "
        "Torben Kai Jens Matthias Florian Sebastian Moritz Emre Mehmet Dmitri Sergej Ansgar Gottfried Wendelin "
        "Bastian Fritz Volker Detlef Joachim",
    },
    "fr_FR": {
        "F": "Camille Manon Chloé Léa Inès Margaux Clémence Solène Maëlle Aurélie Séverine Nathalie Sandrine "
        "Brigitte Françoise Ghislaine Bernadette Yasmina Nadia Fatoumata Aminata Océane Anaïs Gwenaëlle "
        "Nolwenn Apolline Capucine Héloïse Marie-Claire Anne-Sophie Rose Constance",
        "M": "Julien Nicolas Thomas Maxime Guillaume Romain Benoît Thierry Philippe Jean-Luc Jean-Baptiste "
        "Pierre-Yves Gaëtan Yannick Loïc Erwan Mathéo Enzo Karim Mehdi Mamadou Ousmane Arnaud Hervé Didier "
        "Lucien Anatole Gaspard Baptiste Clément Florent Étienne",
    },
    "it_IT": {
        "F": "Giulia Chiara Francesca Federica Valentina Alessia Martina Sara Ilaria Elisabetta Giovanna Rosaria "
        "Concetta Carmela Assunta Annalisa Donatella Ornella Loredana Raffaella Graziella Benedetta Ludovica "
        "Beatrice Caterina Noemi Aurora Gaia Vittoria Mariangela Serena",
        "M": "Marco Alessandro Lorenzo Matteo Francesco Giuseppe Salvatore Gennaro Ciro Vincenzo Antonio Pasquale "
        "Carmine Emanuele Gianluca Pierluigi Gianmarco Massimiliano Tommaso Riccardo Edoardo Fabrizio Maurizio "
        "Sergio Enrico Davide Stefano Nicola Andrea Luca Corrado Ettore",
    },
    "pt_BR": {
        "F": "Ana Maria Juliana Fernanda Camila Larissa Letícia Gabriela Beatriz Mariana Thaís Jéssica Patrícia "
        "Aparecida Conceição Francisca Raimunda Luciana Adriana Rosângela Vanessa Priscila Tainá Iara Jaqueline "
        "Kelly Daiane Glória Lívia Heloísa Débora",
        "M": "João Pedro Lucas Gabriel Matheus Rafael Thiago Felipe Rodrigo Gustavo Leandro Anderson Wellington "
        "Cleiton Edson Raimundo Sebastião Francisco Antônio Luiz Otávio Caio Vinícius Igor Ítalo Renan Washington "
        "Jefferson Wagner Ubirajara Moacir Benedito",
    },
    "pl_PL": {
        "F": "Agnieszka Katarzyna Małgorzata Joanna Magdalena Aleksandra Zofia Maja Julia Zuzanna Weronika "
        "Jadwiga Grażyna Bożena Halina Krystyna Dorota Ewelina Justyna Marzena Wioletta Urszula Teresa Beata "
        "Monika Iwona Kinga Ilona Izabela Patrycja Żaneta",
        "M": "Piotr Krzysztof Tomasz Paweł Łukasz Michał Grzegorz Wojciech Mariusz Dariusz Zbigniew Stanisław "
        "Kazimierz Mieczysław Przemysław Bartłomiej Szymon Jakub Kacper Filip Antoni Wiesław Jarosław Radosław "
        "Sławomir Bogdan Ryszard Tadeusz Marek Jacek Janusz",
    },
    "sv_SE": {
        "F": "Anna Eva Karin Kristina Birgitta Ingrid Margareta Ulla Britt-Marie Annika Malin Sofia Elin Ebba "
        "Saga Alva Tove Linnea Frida Hanna Maja Matilda Agnes Signe Ylva Sanna Josefin Emelie Amira Hedvig Solveig",
        "M": "Erik Lars Anders Johan Per Nils Karl Magnus Mattias Fredrik Henrik Oskar Axel Gustav Viktor "
        "Björn Sven Gunnar Göran Leif Stig Torbjörn Åke Pontus Hampus Ludvig Melker Ahmed Ali Tobias Jöns Elis",
    },
    "tr_TR": {
        "F": "Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Özlem Gülşen Şule Tuğba Ebru Derya Sevgi "
        "Nazlı Dilek Pınar Aslı Ceren İrem Gizem Melike Nurcan Yasemin Songül Hülya Filiz Cansu Defne",
        "M": "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Emre Burak Serkan "
        "Kemal Erdem Oğuz Tolga Barış Çağlar Uğur Volkan Gökhan Onur Cem Kaan Berk Eren Tarık Selim Doğan",
    },
    "fi_FI": {
        "F": "Aino Helmi Aada Venla Emma Sanna Johanna Päivi Tuula Marjatta Riitta Pirjo Sirpa Anneli Leena "
        "Minna Satu Tiina Hanna-Leena Kaisa Laura Maija Eveliina Iida Noora Vilma Oona Elina Kirsi Aulikki Terhi",
        "M": "Juhani Mikko Matti Jukka Pekka Timo Jari Heikki Kari Antti Ville Janne Eero Lauri Onni Väinö "
        "Eino Aleksi Otto Oskari Petteri Tapio Olavi Toni Jarmo Esa Seppo Raimo Risto Teemu Joonas Veli-Matti",
    },
}

SURNAMES: dict[str, str] = {
    "en_US": "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
    "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker "
    "Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell "
    "Carter Roberts Kowalczyk Nakamura Okafor Abernathy Fitzgerald O'Connell McAllister Delacroix Van_Buren "
    "Vanderbilt Washington Jefferson Gutierrez Castellanos Yazzie Begay Kealoha Petrakis Lindqvist Schoenfeld "
    "Whitaker Pruitt Hollister Crenshaw Rosenberg Goldstein Baptiste Tran Patel Chowdhury Huang Underwood Pickett "
    "Strickland Montgomery Bledsoe Farnsworth",
    "en_GB": "Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson Evans Walker "
    "White Roberts Green Hall Thomas Clarke Jackson Wood Harris Edwards Turner Hughes Hill Lewis Morgan Griffiths "
    "Llewellyn Pritchard Vaughan Cadwallader Macdonald MacLeod Mackenzie Fraser Buchanan Urquhart Farquharson "
    "Cholmondeley Featherstonehaugh Ashworth Whittaker Ramsbottom Hargreaves Sutcliffe Cartwright Fairweather "
    "Hussain Begum Akhtar Mahmood Okonkwo Mensah Adeyemi Kaur Singh Chaudhry Nowak O'Sullivan Gallagher Doherty "
    "Quigley Penhaligon Trelawney Pengelly Tregothnan Bassett Ffoulkes Lightfoot Blackwood Sparrow Goodchild "
    "Pettigrew Featherby Winterbottom Ogilvie Drummond Lockhart Kinnear",
    "en_AU": "Smith Jones Williams Brown Wilson Taylor Johnson White Martin Anderson Thompson Nguyen Tran Luong Pham "
    "Ryan O'Brien Kelly Murphy Walsh Sullivan McCarthy Byrne Doyle Kennedy Papadopoulos Georgiou Nikolaidis "
    "Costa Russo Romano Esposito Bianchi Chen Wang Zhang Liu Singh Sharma Kaur Mundine Yunupingu Pearson "
    "Hetherington Fitzsimons Donnelly Cunningham McGuinness Blackburn Kingsford Threlfall Whitlam Garrawurra "
    "Tipungwuti Dimitriou Kostopoulos Haddad Nasser Khoury Abboud Ferguson McPherson Gallagher Lockyer Mabbott "
    "Henshaw Craddock Stuckey Trethowan Brennan Dempsey Hogarth Lenehan Quartermaine Sorensen Vukovic Petrovic "
    "Jovanovic Kovac Nowicki Watts Cattermole Buckley",
    "en_IN": "Sharma Verma Gupta Agarwal Mehta Shah Patel Desai Joshi Kulkarni Deshpande Patil Jadhav Pawar "
    "Reddy Rao Naidu Chowdary Iyer Iyengar Krishnan Subramanian Venkataraman Ramaswamy Nair Menon Pillai Kurup "
    "Panicker Thomas Varghese Kurian Mathew Fernandes D'Souza Pereira Rodrigues Banerjee Chatterjee Mukherjee "
    "Bhattacharya Ganguly Sengupta Das Bose Ghosh Dutta Singh Sandhu Gill Dhillon Grewal Ahluwalia Khan Siddiqui "
    "Qureshi Ansari Sheikh Hussain Mirza Kapoor Malhotra Khanna Chopra Bhatia Arora Saxena Srivastava Tripathi "
    "Dwivedi Chaturvedi Pandey Mishra Thakur Rathore Bhonsle Hegde Shetty Kamath Pai Bhat Gowda Sethi",
    "de_DE": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
    "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner "
    "Krause Lehmann Köhler Maier Huber Kaiser Fuchs Vogel Jäger Brandt Haas Graf Dietrich Pohl Thiele Engel "
    "Kowalski Nowak Yılmaz Öztürk Kaya Popović Schwarzenberger Oberhuber Hinterseer Brinkmann Janssen "
    "Hinrichsen Ohlsen Petersen Carstensen von_Bredow von_der_Heyden zu_Dohna Ellerbrock Kleinschmidt "
    "Ruppert Wendland Osterkamp Grünewald Fröhlich Weißgerber Kühne Möbius Ziegler Eichhorn Sauerbier "
    "Rosenthal Liebknecht Pfannkuch Drescher Tietjen Habermann Aßmann Quandt",
    "fr_FR": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
    "Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet "
    "François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin "
    "Le_Gall Le_Goff Kerbrat Le_Bihan Quéméner Etcheverry Irigoyen Harispe Ben_Ammar Benali Haddad Diallo "
    "Traoré Nguyen Da_Silva Ferreira de_La_Fontaine d'Aubigny Saint-Clair Delacroix Fauconnier Bourdieu "
    "Chevalier Lemaître Pélissier Vasseur Cazenave Larrieu Fabre Castagné Boissonnade Marchetti Santoni "
    "Poulain Lacroix Lebœuf Desjardins Beaumarchais Giraudoux",
    "it_IT": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca "
    "Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara "
    "Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti "
    "Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala De_Angelis Gatti "
    "Pellegrini Palumbo Sanna Farina Cattaneo Morelli Amato Silvestri Mazza Testa Della_Valle Di_Giovanni "
    "Lo_Bianco La_Rosa Cuccurullo Scognamiglio Pappalardo Caputo Melis Deiana Pinna Zanetti Brambilla "
    "Pozzi Lazzarini Zorzi Trevisan Dal_Santo Spinelli",
    "pt_BR": "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins "
    "Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques "
    "Machado Mendes Freitas Cardoso Ramos Gonçalves Santana Teixeira Araújo Cavalcanti Albuquerque Bezerra "
    "Figueiredo Magalhães Mascarenhas Queiroz Brandão Siqueira Guimarães Pacheco Toledo Tavares Medeiros "
    "Monteiro Sampaio de_Souza dos_Santos da_Costa Yamamoto Nakashima Tanaka Schmitt Hoffmann Zanella Bortolini "
    "Pagliarini Haddad Salomão Abdalla Kuster Piovesan Moraes Batista Pinheiro Correia Fonseca Leitão "
    "Caldeira Sobral Peixoto Falcão Coutinho Bittencourt",
    "pl_PL": "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
    "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski "
    "Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel "
    "Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Sikora Ostrowski Baran Duda Szewczyk "
    "Tomaszewski Pietrzak Marciniak Wróblewski Zalewski Jakubowski Jasiński Zawadzki Sadowski Bąk Chmielewski "
    "Włodarczyk Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak Maciejewski Szczepański Kucharski "
    "Wilk Kalinowski Lis Mazurek Wysocki Adamski Kaźmierczak Wasilewski Sobczak Czerwiński Andrzejewski "
    "Cieślak Głowacki Brzęczyszczykiewicz Przybylski Źrałek",
    "sv_SE": "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
    "Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström "
    "Lindqvist Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson "
    "Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman "
    "Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren "
    "Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Hedlund Ekström Sundberg Åberg "
    "Hellström Strand Falk Dahlgren Sandström Nordin Ström Åkesson Hedberg Ekholm Sjögren Wennerholm "
    "von_Platen af_Klercker Gyllenhammar Stiernhielm Yilmaz Haddad Öberg",
    "tr_TR": "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
    "Çetin Kara Koç Kurt Özkan Şimşek Polat Özer Korkmaz Erdoğan Güneş Aksoy Tekin Ünal Acar Başaran Karataş "
    "Bulut Türkmen Kaplan Güler Keskin Sarı Bozkurt Uçar Avcı Coşkun Çakır Erdem Tuncer Gök Aktaş Oral "
    "Karakaya Kocabaş Altıntaş Eren Toprak Sezer Akın Güven Yavuz Yücel Uysal Kahraman Karaca Sönmez Bayram "
    "Özgür Işık Demirci Karadeniz Çalışkan Ekinci Gündoğdu Aydoğan Tuna Ateş Akbulut Kandemir Boztepe "
    "Canbolat Uzunoğlu Hacıoğlu Türkoğlu Kuşçu Ergüven Albayrak Yurtsever",
    "fi_FI": "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen "
    "Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen "
    "Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Hirvonen Leinonen Miettinen "
    "Pitkänen Aaltonen Manninen Lindholm Lindqvist Nyström Grönroos Wikström Honkanen Väisänen Kettunen "
    "Räsänen Ketola Kallio Peltonen Pesonen Koivisto Huttunen Ojala Anttila Rautio Väänänen Kivelä Hakala "
    "Kärkkäinen Tikkanen Suominen Vainio Paananen Leppänen Hyvönen Kokkonen Mustonen Seppälä Kauppinen "
    "Kupiainen Ylönen Ylä-Mononen Kuusela Pöyhönen Juntunen Rissanen Ikonen Tolvanen Sillanpää Ruotsalainen "
    "Kivimäki Hyttinen Öhman",
}


def given(locale: str) -> list[tuple[str, str]]:
    g = GIVEN[locale]
    return [(n, "F") for n in g["F"].split()] + [(n, "M") for n in g["M"].split()]


def surnames(locale: str) -> list[str]:
    """Multi-word surnames are written with '_' between their words in the lists."""
    return list(dict.fromkeys(t.replace("_", " ") for t in SURNAMES[locale].split()))


def female_surname(locale: str, s: str) -> str:
    if locale == "pl_PL":
        for a, b in (("cki", "cka"), ("dzki", "dzka"), ("ski", "ska")):
            if s.endswith(a):
                return s[: -len(a)] + b
    return s
