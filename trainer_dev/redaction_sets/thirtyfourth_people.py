"""Name pools, streets, towns and company stems for the thirtyfourth set (hand-written)."""

from __future__ import annotations

import unicodedata


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _w(s: str) -> list[str]:
    return s.split(", ")


# locale -> (male given, female given, surnames, (title m, title f))
NAMES = {
    "en_US": (
        _w(
            "Wade, Travis, Dustin, Marcus, Cody, Darnell, Luis, Brent, Tyler, Hunter, Colton, "
            "Reggie, Shane, Garrett, Miles, Andre, Wyatt, Dale"
        ),
        _w(
            "Tamika, Brooke, Kayla, Summer, Jolene, Rosa, Crystal, Denise, Autumn, Megan, Tasha, "
            "Lacey, Whitney, April, Shonda, Misty"
        ),
        _w(
            "Kowalski, Delgado, Whitaker, Booker, Mason, Carpenter, Fletcher, Gonzales, Hutchins, "
            "Baptiste, Okafor, Thornton, Riggs, Pruitt, Sandoval, McAllister, Bishop, Gaines, "
            "Stroud, Lindqvist, Brewer, Yazzie, Holloway, Cortez, Sutton, Chambers, Wolfe, Price"
        ),
        ("Mr.", "Ms."),
    ),
    "en_IE": (
        _w(
            "Ciarán, Pádraig, Seán, Declan, Eoin, Fionn, Cathal, Dónal, Tadhg, Oisín, Niall, Colm, "
            "Brendan, Ruairí, Darragh, Fergal"
        ),
        _w(
            "Aoife, Siobhán, Niamh, Gráinne, Clodagh, Orla, Máire, Sinéad, Róisín, Caoimhe, "
            "Deirdre, Éabha, Aisling, Bríd"
        ),
        _w(
            "O'Sullivan, Ó Ceallaigh, Fitzgerald, Kavanagh, McCarthy, Byrne, Doherty, Brennan, "
            "Moloney, Quinlan, Geraghty, Hegarty, Mulcahy, Whelan, Tierney, Costello, Furlong, "
            "Breslin, Ó Dónaill, Dunphy, Cullinane, Keane, Redmond, Nolan, Flood, O'Keeffe"
        ),
        ("Mr", "Ms"),
    ),
    "de_CH": (
        _w(
            "Urs, Beat, Reto, Adrian, Lukas, Marco, Dario, Jonas, Fabian, Stefan, Mirko, Andri, "
            "Severin, Nils, Flurin, Roman"
        ),
        _w(
            "Corinne, Ursula, Nadja, Seraina, Mirjam, Rahel, Bettina, Silvia, Jasmin, Fabienne, "
            "Martina, Livia, Lea, Regula"
        ),
        _w(
            "Brunner, Ammann, Gerber, Zürcher, Baumgartner, Kälin, Schnyder, Hürlimann, Wyss, "
            "Fankhauser, Egli, Tanner, Zimmermann, Steiner, von Gunten, Bühler, Rüegg, Häfliger, "
            "Lüthi, Odermatt, Imhof, Stocker, Marti, Frey, Maurer, Glaser, Bachmann, Kuster"
        ),
        ("Herr", "Frau"),
    ),
    "fr_CA": (
        _w(
            "Jean-François, Mathieu, Étienne, Sébastien, Maxime, Olivier, Yannick, Réjean, Gaétan, "
            "Benoît, Simon, Félix, Luc, Guy, Jérôme"
        ),
        _w(
            "Geneviève, Isabelle, Mélanie, Josée, Chantal, Marie-Ève, Véronique, Nathalie, Annie, "
            "Julie, Sophie, Karine, Manon, Émilie"
        ),
        _w(
            "Tremblay, Gagnon, Bouchard, Côté, Pelletier, Lavoie, Bélanger, Fortin, Gauthier, "
            "Lapointe, Beaulieu, Charbonneau, Poirier, Desjardins, Ouellet, Lachance, Boisvert, "
            "St-Pierre, Dufour, Vaillancourt, Morin, Gingras, Thibodeau, Bergeron, Lemieux, Pépin, "
            "Carrier, Mercier"
        ),
        ("M.", "Mme"),
    ),
    "pt_BR": (
        _w(
            "João, Francisco, Antônio, Raimundo, Edson, Cícero, Josué, Wellington, Gilberto, "
            "Adriano, Reinaldo, Cleiton, Valdir, Jair, Sebastião, Tiago"
        ),
        _w(
            "Aparecida, Rosângela, Cleide, Luciana, Fernanda, Jaqueline, Sueli, Vanessa, Daiane, "
            "Graça, Patrícia, Simone, Marlene, Elaine"
        ),
        _w(
            "Souza Lima, Oliveira, Ferreira, Carvalho, Nascimento, Rocha, Barbosa, Cavalcanti, "
            "Moreira, Teixeira, Siqueira, Pedreira, Campos, Monteiro, Cardoso, Batista, "
            "Mendes Ribeiro, Araújo, Nogueira, Tavares, Machado, Pinheiro, Freitas, "
            "Gomes da Silva, Dantas, Bezerra"
        ),
        ("Sr.", "Sra."),
    ),
    "nl_BE": (
        _w(
            "Jan, Pieter, Wout, Joris, Bram, Stijn, Koen, Dries, Jef, Tijs, Maarten, Lieven, Geert, "  # noqa: E501
            "Wim, Kobe, Senne"
        ),
        _w(
            "An, Els, Liesbeth, Griet, Annelies, Sofie, Katrien, Lotte, Femke, Hilde, Ine, Veerle, "
            "Elke, Marieke"
        ),
        _w(
            "Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, "
            "Van den Broeck, Vermeulen, Verstraete, De Backer, Timmerman, Vandenberghe, Cools, "
            "Pauwels, Van Damme, Dewulf, Lemmens, Hermans, Aerts, Michiels, Verhoeven, Claeys, "
            "Schepens, Van Acker"
        ),
        ("dhr.", "mevr."),
    ),
    "ro_MD": (
        _w(
            "Ion, Vasile, Sergiu, Victor, Dumitru, Andrei, Nicolae, Veaceslav, Igor, Vitalie, "
            "Octavian, Iurie, Radu, Mihai, Ghenadie"
        ),
        _w(
            "Natalia, Tatiana, Elena, Doina, Svetlana, Cristina, Aurelia, Liliana, Mariana, Lilia, "
            "Speranța, Valentina, Nadejda, Viorica"
        ),
        _w(
            "Rusu, Ceban, Ciobanu, Cojocaru, Lungu, Munteanu, Popa, Croitoru, Rotaru, Moraru, "
            "Bivol, Guțu, Cebotari, Botnaru, Sârbu, Țurcanu, Ursu, Caraman, Plămădeală, Scutaru, "
            "Grosu, Gheorghiță, Jardan, Cazacu, Prodan, Zgardan, Lozan"
        ),
        ("dl.", "dna"),
    ),
    "it_CH": (
        _w(
            "Giovanni, Fabio, Mattia, Luca, Claudio, Gianluca, Nicola, Ivan, Sandro, Raffaele, "
            "Tiziano, Mauro, Elia, Manuel, Moreno"
        ),
        _w(
            "Chiara, Francesca, Sonia, Monica, Ilaria, Alessia, Nadia, Roberta, Michela, Tiziana, "
            "Sabrina, Lucia, Daniela, Paola"
        ),
        _w(
            "Bernasconi, Rusconi, Pedrazzini, Fontana, Ghirlanda, Della Casa, Bianchi, Crivelli, "
            "Ferrari, Galli, Lepori, Maggi, Pellandini, Quadri, Soldati, Togni, Vanoni, Zanetti, "
            "Cattaneo, Guscetti, Sulmoni, Cereghetti, Storni, Poretti, Muratore, Delcò"
        ),
        ("sig.", "sig.ra"),
    ),
    "es_HN": (
        _w(
            "José Luis, Mario, Wilmer, Elvin, Nelson, Osman, Dagoberto, Edgardo, Francis, Marvin, "
            "Dennis, Olvin, Jorge, Rony, Juan Carlos"
        ),
        _w(
            "Suyapa, Glenda, Xiomara, Lesbia, Karla, Dunia, Yessenia, Ingrid, Belkis, Nohemí, "
            "Reina, Iris, Paz, Dolores"
        ),
        _w(
            "Zelaya, Mejía, Bonilla, Castellanos, Ordóñez, Funes, Lagos, Rápalo, Canales, "
            "Matamoros, Amaya, Figueroa, Turcios, Cálix, Reyes Aguilar, Membreño, Midence, "
            "Alvarado, Zúniga, Padilla, Murillo, Cerrato, Banegas, Varela, Pineda Osorio"
        ),
        ("Sr.", "Sra."),
    ),
    "pt_MZ": (
        _w(
            "Armando, Alberto, Celso, Fernando, Hélder, Inácio, Jaime, Luís, Nelson, Orlando, "
            "Tomás, Zacarias, Amade, Momade, Ernesto"
        ),
        _w(
            "Graça, Albertina, Luísa, Josina, Esperança, Filomena, Celeste, Deolinda, Joaquina, "
            "Nádia, Rosita, Stélia, Ancha, Fátima"
        ),
        _w(
            "Macuácua, Cossa, Sitoe, Mabunda, Nhantumbo, Mucavele, Langa, Chilaúle, Tembe, "
            "Manhiça, Matsinhe, Bila, Maússe, Muianga, Nhaca, Guambe, Chambal, Cuna, Massingue, "
            "Mussa, Abdula, Chemane, Zandamela, Tivane"
        ),
        ("Sr.", "Sra."),
    ),
    "vi_VN": (
        _w(
            "Văn Hùng, Đức Thịnh, Minh Khoa, Quốc Huy, Hữu Phúc, Gia Khánh, Văn Hậu, Đức Long, "
            "Minh Hiếu, Quốc Vượng, Văn Cường, Hữu Khải, Gia Kiên, Thành Vinh, Văn Lộc"
        ),
        _w(
            "Thị Lan, Ngọc Hương, Thu Thảo, Kim Trang, Bích Hạnh, Thị Nhung, Mỹ Loan, "
            "Thị Yến, Ngọc Vy, Thùy Linh, Thị Phương, Thúy Nga, Thị Diệp, Mỹ Duyên"
        ),
        _w(
            "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Vũ, Võ, Bùi, Ngô, Dương, Trịnh, Đinh, "
            "Kiều, Tạ, Quách, Mạc, Châu, Giang, Doãn"
        ),
        ("anh", "chị"),
    ),
    "bs_BA": (
        _w(
            "Haris, Emir, Adnan, Amar, Kenan, Mirza, Nedim, Jasmin, Dženan, Edin, Senad, Almir, "
            "Tarik, Goran, Nenad"
        ),
        _w(
            "Amra, Lejla, Selma, Ajla, Emina, Merima, Aida, Sanela, Jasna, Dženana, Maja, Vesna, "
            "Nermina, Azra"
        ),
        _w(
            "Hodžić, Delić, Kovačević, Mehmedović, Begić, Hadžić, Karić, Alić, Halilović, "
            "Kurtović, Mujić, Salihović, Zulfić, Tahirović, Bešlagić, Jurić, Marić, Babić, Zukić, "
            "Čaušević, Imamović, Muratović, Pašić, Softić, Husić"
        ),
        ("g.", "gđa"),
    ),
}

# words never scored as name or street tokens (particles, street-type words)
PARTICLES = {
    "de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "den", "der", "la",
    "le", "du", "des", "y", "e", "o", "ó", "ní", "st", "văn", "thị", "ten", "het", "t",
}  # fmt: skip
STREET_WORDS = {
    "street", "st", "road", "rd", "avenue", "ave", "drive", "dr", "lane", "ln", "court", "ct",
    "boulevard", "blvd", "way", "place", "pl", "terrace", "park", "close", "strasse", "gasse",
    "weg", "platz", "rue", "chemin", "rang", "côte", "rua", "avenida",
    "av", "travessa", "alameda", "praça", "straat", "laan", "steenweg", "plein", "lei", "dreef",
    "str", "strada", "bd", "bulevardul", "via", "viale", "piazza", "vicolo", "calle", "colonia",
    "barrio", "bairro", "đường", "phố", "ngõ", "hẻm", "ulica", "put", "trg", "cel", "și",
    "sfânt", "mare", "ul", "nr", "n", "est", "ouest", "nord", "sud", "north", "south",
    "east", "west", "e", "w", "s", "sainte", "saint", "ste", "kralja", "maršala", "bóthar", "na", "od", "bana",  # noqa: E501
}  # fmt: skip

# locale -> list of (street prefix/type, street name, suffix-type) written as full names
STREETS = {
    "en_US": _w(
        "Maple Ridge Dr, Sycamore St, Old Mill Rd, Cottonwood Ave, Harbor View Ln, "
        "Quarry Creek Rd, Juniper Ct, Foundry St, Prairie Wind Blvd, Pecan Hollow Dr, "
        "Tamarack Way, Granite Bluff Rd, Willowbrook Ln, Cedar Glen Ct, Ironwood Pl"
    ),
    "en_IE": _w(
        "Oakfield Road, Ardmore Drive, Sallybrook Lane, Bóthar na Trá, Glenageary Park, "
        "Castlemahon Road, Knocknacarra Road, Rathmines Terrace, Ballyvolane Road, "
        "Shandon Street, Dromcollogher Road, Clonskeagh Road, Bayview Close"
    ),
    "de_CH": _w(
        "Bahnhofstrasse, Seefeldstrasse, Zelgweg, Rütistrasse, Kirchgasse, "
        "Lindenhofweg, Hardturmstrasse, Alpenblickweg, Obstgartenstrasse, Mühlebachstrasse, "
        "Chriesiweg, Hofackerstrasse, Rosenbergstrasse, Zeughausgasse"
    ),
    "fr_CA": _w(
        "rue Sainte-Catherine Est, boulevard Saint-Laurent, rue Beaubien, chemin Sainte-Foy, "
        "rue des Érables, avenue du Mont-Royal, rue Wellington, boulevard Taschereau, "
        "rue Papineau, chemin de la Canardière, rue Jarry Ouest, avenue Cartier, "
        "rue Fleury, boulevard des Forges"
    ),
    "pt_BR": _w(
        "Rua das Palmeiras, Avenida Brigadeiro Faria Lima, Rua Augusta, Rua Tabapuã, "
        "Avenida Afonso Pena, Rua Voluntários da Pátria, Travessa Jaguaribe, "
        "Rua Marquês de Olinda, Alameda Itu, Rua Quinze de Novembro, Avenida Boa Viagem, "
        "Rua Goitacazes, Rua Padre Chagas, Avenida Sete de Setembro"
    ),
    "nl_BE": _w(
        "Kerkstraat, Molenstraat, Brusselsesteenweg, Korenmarkt, Vlaanderenstraat, "
        "Lindenlaan, Kortrijksesteenweg, Begijnhofdreef, Tiensestraat, Paardenmarkt, "
        "Ijzerenweg, Kapelstraat, Brugsevaart, Zandvoortstraat"
    ),
    "ro_MD": _w(
        "str. Ismail, str. Alexandru cel Bun, str. Columna, str. Mitropolit Dosoftei, "
        "str. Calea Ieșilor, str. Munceștilor, str. Trandafirilor, str. Grenoble, "
        "str. Independenței, str. Cuza Vodă, str. Bucuriei, str. Hîncești, str. Tighina"
    ),
    "it_CH": _w(
        "Via Nassa, Via Cantonale, Via Pessina, Via San Gottardo, Via Ciseri, "
        "Via Besso, Viale Stazione, Via Lavizzari, Via Trevano, Via Vallemaggia, "
        "Via Bossi, Via Motta, Via Ponte Tresa, Via Canova"
    ),
    "es_HN": _w(
        "Bulevar Morazán, Calle Los Alcaldes, Avenida Circunvalación, Calle Real Comayagua, "
        "Avenida Los Próceres, Calle La Fuente, Bulevar Suyapa, Avenida Juan Pablo Segundo, "
        "Calle Las Acacias, Bulevar del Norte, Avenida San Isidro, Calle Los Jarros"
    ),
    "pt_MZ": _w(
        "Avenida Julius Nyerere, Avenida Vladimir Lenine, Rua da Imprensa, "
        "Avenida Karl Marx, Rua Kibiriti Diwane, Avenida Armando Tivane, "
        "Rua dos Desportistas, Avenida Acordos de Lusaka, Rua Kassuende, "
        "Avenida Samora Machel, Rua da Resistência, Avenida Filipe Magaia"
    ),
    "vi_VN": _w(
        "đường Nguyễn Trãi, đường Lê Duẩn, đường Điện Biên Phủ, đường Nam Kỳ Khởi Nghĩa, "
        "đường Hoàng Quốc Việt, phố Kim Mã, đường Xô Viết Nghệ Tĩnh, đường Bạch Đằng, "
        "phố Tôn Đức Thắng, đường Phan Xích Long, đường Pasteur, đường Võ Văn Kiệt"
    ),
    "bs_BA": _w(
        "Ferhadija, Titova, Zmaja od Bosne, Maršala Tita, Hamdije Kreševljakovića, "
        "Obala Kulina bana, Kralja Tvrtka, Dženetića čikma, Bulevar Meše Selimovića, "
        "Skenderija, Radićeva, Safeta Hadžića, Mustafe Busuladžića"
    ),
}

# locale -> list of (town, region, postcode seeds)
TOWNS = {
    "en_US": [("Columbus", "OH", "432"), ("Denver", "CO", "802"), ("Austin", "TX", "787"),
              ("Tacoma", "WA", "984"), ("Raleigh", "NC", "276"), ("Boise", "ID", "837"),
              ("Omaha", "NE", "681"), ("Albany", "NY", "122"), ("Tucson", "AZ", "857"),
              ("Madison", "WI", "537")],
    "en_IE": [("Ballincollig", "Co. Cork", "P31"), ("Cork", "", "T12"), ("Galway", "", "H91"),
              ("Limerick", "", "V94"), ("Dublin 8", "", "D08"), ("Swords", "Co. Dublin", "K67"),
              ("Navan", "Co. Meath", "C15"), ("Athlone", "Co. Westmeath", "N37"),
              ("Tralee", "Co. Kerry", "V92"), ("Letterkenny", "Co. Donegal", "F92"),
              ("Kilkenny", "", "R95")],
    "de_CH": [("Zürich", "", "8001 8003 8004 8005 8032 8045 8050"), ("Winterthur", "", "8400 8404"),
              ("Bern", "", "3011 3007 3014"), ("Basel", "", "4051 4056 4057"),
              ("Luzern", "", "6003 6004"), ("St. Gallen", "", "9000 9008"), ("Aarau", "", "5000"),
              ("Chur", "", "7000"), ("Zug", "", "6300"), ("Thun", "", "3600")],
    "fr_CA": [("Montréal", "Québec", "H2X H3B H1V H2J"), ("Québec", "Québec", "G1R G1K"),
              ("Laval", "Québec", "H7N"), ("Gatineau", "Québec", "J8Y"),
              ("Sherbrooke", "Québec", "J1H"), ("Trois-Rivières", "Québec", "G9A"),
              ("Longueuil", "Québec", "J4K")],
    "pt_BR": [("São Paulo", "SP", "01 04 05"), ("Campinas", "SP", "13"), ("Rio de Janeiro", "RJ", "20 22"),  # noqa: E501
              ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "80"), ("Porto Alegre", "RS", "90"),  # noqa: E501
              ("Recife", "PE", "50 51"), ("Salvador", "BA", "40"), ("Fortaleza", "CE", "60"),
              ("Goiânia", "GO", "74")],
    "nl_BE": [("Gent", "", "9000"), ("Antwerpen", "", "2000 2018 2060"), ("Leuven", "", "3000"),
              ("Brugge", "", "8000"), ("Mechelen", "", "2800"), ("Hasselt", "", "3500"),
              ("Aalst", "", "9300"), ("Kortrijk", "", "8500"), ("Genk", "", "3600"),
              ("Sint-Niklaas", "", "9100"), ("Turnhout", "", "2300")],
    "ro_MD": [("Chișinău", "", "2001 2004 2009 2012 2023 2038 2044 2068"),
              ("Bălți", "", "3100 3105 3121"), ("Cahul", "", "3909"), ("Orhei", "", "3505"),
              ("Ungheni", "", "3601"), ("Soroca", "", "3001"), ("Comrat", "", "3805"),
              ("Strășeni", "", "3701")],
    "it_CH": [("Lugano", "", "6900"), ("Bellinzona", "", "6500"), ("Locarno", "", "6600"),
              ("Mendrisio", "", "6850"), ("Chiasso", "", "6830"), ("Biasca", "", "6710"),
              ("Giubiasco", "", "6512"), ("Massagno", "", "6900"), ("Minusio", "", "6648")],
    "es_HN": [("Tegucigalpa", "M.D.C.", "11101"), ("Comayagüela", "M.D.C.", "12101"),
              ("San Pedro Sula", "Cortés", "21102"), ("La Ceiba", "Atlántida", "31101"),
              ("Choluteca", "Choluteca", "51101"), ("Siguatepeque", "Comayagua", "12111")],
    "pt_MZ": [("Maputo", "", ""), ("Matola", "", ""), ("Beira", "", ""), ("Nampula", "", ""),
              ("Quelimane", "", ""), ("Chimoio", "", ""), ("Tete", "", ""), ("Pemba", "", ""),
              ("Inhambane", "", ""), ("Xai-Xai", "", "")],
    "vi_VN": [("Hà Nội", "phường Dịch Vọng, quận Cầu Giấy", "11300"),
              ("Hà Nội", "phường Láng Hạ, quận Đống Đa", "11500"),
              ("TP. Hồ Chí Minh", "phường Bến Nghé, quận 1", "71000"),
              ("TP. Hồ Chí Minh", "phường 25, quận Bình Thạnh", "72300"),
              ("TP. Hồ Chí Minh", "phường Tân Phong, quận 7", "72900"),
              ("Đà Nẵng", "phường Thạch Thang, quận Hải Châu", "50200"),
              ("Cần Thơ", "phường An Hòa, quận Ninh Kiều", "94100"),
              ("Hải Phòng", "phường An Biên, quận Lê Chân", "18200")],
    "bs_BA": [("Sarajevo", "", "71000"), ("Banja Luka", "", "78000"), ("Mostar", "", "88000"),
              ("Tuzla", "", "75000"), ("Zenica", "", "72000"), ("Bihać", "", "77000"),
              ("Travnik", "", "72270"), ("Doboj", "", "74000"), ("Bijeljina", "", "76300"),
              ("Goražde", "", "73000"), ("Konjic", "", "88400")],
}  # fmt: skip

# company stems for e-mail / URL hosts, per locale: (stems, tlds)
COMPANIES = {
    "en_US": (_w("ridgelinebuilders, ironhorseconcrete, bluestemroofing, tristatedrywall, "
                 "keystoneplumbing, summitscaffold, pinecrestexcavating, lonestarframing"),
              ["com", "net", "us"]),
    "en_IE": (_w("corribcivils, shannonscaffolding, leeside-roofing, liffeygroundworks, "
                 "burrenstone, wicklowjoinery, atlanticmep, slaneyplant"), ["ie", "com"]),
    "de_CH": (_w("holzbau-rigi, elektro-limmat, sanitaer-aare, gipserei-zueri, bau-saentis, "
                 "dachtechnik-emme, malerei-thur, gerueste-pilatus"), ["ch", "com"]),
    "fr_CA": (_w("toituresboreal, excavationlaurentides, plomberiemauricie, coffragesrive-sud, "
                 "electriquecapitale, renovationsbeauce, beton-outaouais, echafaudageslevis"),
              ["ca", "com"]),
    "pt_BR": (_w("construtoraserrana, obrasipe, reformas-cerrado, hidraulicapampa, "
                 "eletrica-litoral, andaimesparana, concretoforte, pinturasaguaboa"),
              ["com.br", "net.br", "eng.br"]),
    "nl_BE": (_w("bouwteamschelde, dakwerken-leie, sanitairkempen, ruwbouwdemer, "
                 "schrijnwerkerij-dijle, elektrowaasland, stellingbouwnete, tegelwerkenijzer"),
              ["be", "eu"]),
    "ro_MD": (_w("construct-nistru, acoperis-codru, termo-prut, electromontaj-bic, "
                 "fatade-orhei, betoncahul, instalatii-botna, reparatii-balti"), ["md", "com"]),
    "it_CH": (_w("edilceresio, impiantitresa, ponteggiverzasca, gessimaggia, "
                 "falegnameria-blenio, lattoneriagambarogno, elettro-malcantone, pittureleventina"),
              ["ch", "com"]),
    "es_HN": (_w("constructoramerendon, ferreteria-yojoa, obrasolancho, techoscopan, "
                 "bloqueraulua, electricos-celaque, acabadosguanaja, fontaneriacholuteca"),
              ["hn", "com"]),
    "pt_MZ": (_w("construcoes-limpopo, obrasincomati, betaozambeze, canalizacoes-pungue, "
                 "electrica-lurio, cofragens-save, pinturas-rovuma, serralharia-umbeluzi"),
              ["co.mz", "mz", "com"]),
    "vi_VN": (_w("xaydungsonghong, cokhiphuhung, thepcuulong, dienmaytruongson, "
                 "noithatbachdang, betonghoanglong, giangiaominhphat, sonnuocankhang"),
              ["vn", "com.vn"]),
    "bs_BA": (_w("gradnja-neretva, krovovi-bosna, elektro-vrbas, vodoinstalacije-una, "
                 "fasade-drina, skele-igman, beton-trebevic, stolarija-sana"), ["ba", "com"]),
}  # fmt: skip

ROLE_LOCALS = {
    "en": _w("estimating, dispatch, jobsite, bids, safety, service, rentals"),
    "de": _w("offerten, baustelle, disposition, montage, sicherheit, vermietung"),
    "fr": _w("soumissions, chantier, repartition, service, securite, location"),
    "pt": _w("orcamentos, obra, atendimento, seguranca, locacao, servicos"),
    "nl": _w("offertes, werf, planning, dienst, veiligheid, verhuur"),
    "ro": _w("oferte, santier, dispecerat, montaj, siguranta, inchirieri"),
    "it": _w("preventivi, cantiere, disposizione, servizio, sicurezza, noleggio"),
    "es": _w("cotizaciones, obra, despacho, servicio, seguridad, alquiler"),
    "vi": _w("baogia, congtrinh, dieuphoi, kythuat, antoan, chothue"),
    "bs": _w("ponude, gradiliste, dispecer, servis, sigurnost, najam"),
}
