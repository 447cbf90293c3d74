"""Hand-written name lists for the twelfth set (given names, surnames, nicknames, titles).

Per locale: common and less common given names, immigrant names, names that are also words
(Rose, Hope, Joy, Summer, Baker, Young, Fox, Klein, Blanco, Paz, Rosa, Luz ...), compound and
particle surnames (von, van der, de la, dos, da, du, Le, Mac/Mc, Ní, O').
"""

from __future__ import annotations

_EN_F = (
    "Emily Hannah Olivia Chloe Grace Megan Rachel Laura Sophie Abigail Naomi Bethany Keisha "
    "Tamsin Rose Hope Joy Summer Ivy Hazel Shanice Priya Aisha Fatima Mei Ngozi Siobhan Niamh "
    "Brianna Kayla Destiny Madison Harper Evelyn Margaret Dorothy Esther Imogen Poppy"
).split()
_EN_M = (
    "James Oliver Thomas Daniel Michael Matthew Ryan Connor Liam Ethan Jacob Tyler Brandon "
    "Marcus Jamal DeShawn Terrence Hamish Callum Rhys Owen Ewan Declan Kwame Tunde Omar Bilal "
    "Hiroshi Wei Rajesh Mateo Luis Dwayne Reginald Clifford Gareth Alistair Nathaniel Miles Hunter"
).split()
_EN_S = (
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson "
    "Martin Thompson White Harris Clark Lewis Robinson Walker Young Allen Wright Baker Carter "
    "Mitchell Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers Bell Cooper Ward "
    "Fox Hart Marsh Brooks Fletcher Hughes O'Connor O'Sullivan McAllister MacDonald McKenzie "
    "Okafor Adeyemi Nguyen Kowalski Chen Patel Khan Hussain Rahman Ramirez Gonzalez Kim "
    "Fitzgerald Ashworth Pemberton Featherstone Holloway Whitaker Oyelaran Mensah"
).split()
_IN_F = (
    "Priya Ananya Divya Kavya Sneha Pooja Lakshmi Meenakshi Deepika Shreya Anjali Nandini Ishita "
    "Aishwarya Sunita Radhika Harpreet Gurleen Fatima Zoya Ayesha Sarah Mary Swati Bhavna Tanvi"
).split()
_IN_M = (
    "Rahul Arjun Rohan Vikram Aditya Karthik Suresh Ramesh Venkatesh Subramanian Anil Sunil "
    "Manoj Rajesh Pradeep Sanjay Harpreet Gurpreet Imran Faisal Mohammed Joseph Thomas Abhishek "
    "Siddharth Nikhil Vivek Prakash Srinivas Arvind"
).split()
_IN_S = (
    "Sharma Verma Gupta Patel Shah Mehta Desai Iyer Iyengar Nair Menon Pillai Reddy Rao Naidu "
    "Krishnan Subramaniam Venkataraman Chatterjee Banerjee Mukherjee Bose Ghosh Das Sen Singh "
    "Kaur Gill Sandhu Dhillon Khan Qureshi Siddiqui Ansari Fernandes D'Souza Pinto Kulkarni "
    "Joshi Deshpande Agarwal Bansal Malhotra Kapoor Chopra Thakur Yadav Mishra Tiwari Pandey"
).split()
_DE_F = (
    "Anna Lena Laura Julia Sarah Lisa Katharina Johanna Marie Sophie Hannah Lea Miriam Franziska "
    "Ursula Brigitte Gisela Ingrid Renate Heike Sabine Susanne Claudia Anja Birgit Jana Ayşe "
    "Elif Zeynep Natalia Olga Aleksandra Greta Frieda Ilse Hedwig Mathilda"
).split()
_DE_M = (
    "Lukas Jonas Leon Felix Maximilian Paul Tobias Florian Sebastian Matthias Stefan Andreas "
    "Michael Thomas Jürgen Klaus Wolfgang Dieter Helmut Günter Uwe Jörg Mehmet Murat Emre "
    "Dimitrios Piotr Marek Johannes Konstantin Friedrich Wilhelm Benedikt Korbinian Moritz"
).split()
_DE_S = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
    "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
    "Lange Werner Krause Lehmann Köhler Huber Maier Fuchs Vogel Winkler Gruber Lorenz Kaiser "
    "Yılmaz Öztürk Kaya Nowak Kowalczyk Papadopoulos Nguyen Popescu von Bülow Freiherr "
    "Brinkmann Oberhuber Ziegler Pfeiffer Haas Sommer Frühling Engel Stein Berger"
).split()
_AT_S = (
    "Gruber Huber Bauer Wagner Müller Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs "
    "Eder Fischer Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer "
    "Egger Brunner Lang Baumgartner Auer Binder Lechner Wolf Wallner Aigner Ebner Koller "
    "Lehner Haas Schuster Novak Horvat Kovačević Petrović Yıldız Dvořák Hinterleitner"
).split()
_AT_F = (
    "Anna Katharina Theresa Magdalena Christina Elisabeth Verena Barbara Andrea Julia Lena "
    "Valentina Johanna Rosa Maria Sandra Monika Ivana Jelena Emine Hannelore Gertraud Birgit"
).split()
_AT_M = (
    "Lukas Florian Maximilian Tobias Simon Jakob David Alexander Michael Stefan Christoph "
    "Markus Wolfgang Franz Josef Johann Herbert Gerhard Reinhold Dragan Goran Mustafa Valentin"
).split()
_FR_F = (
    "Camille Léa Manon Chloé Emma Inès Sarah Julie Pauline Margaux Mathilde Élodie Céline Aurélie "
    "Sandrine Nathalie Isabelle Véronique Brigitte Françoise Geneviève Hélène Océane Maëlle "
    "Yasmine Fatoumata Aminata Nour Rose Margot Solène Clémence Anaïs Bérénice"
).split()
_FR_M = (
    "Lucas Hugo Louis Théo Nathan Maxime Antoine Nicolas Julien Thomas Guillaume Sébastien "
    "Jérôme Olivier Philippe Pascal Thierry Didier Gérard Benoît François Mehdi Karim Youssef "
    "Mamadou Moussa Jean-Baptiste Pierre-Yves Marc-Antoine Gaël Loïc Yannick Raphaël Baptiste"
).split()
_FR_S = (
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre "
    "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert "
    "Bonnet François Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas "
    "Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Benali Haddad "
    "Diallo Traoré Nguyen Le Gall Le Goff de La Fontaine Du Pont Boucher Meunier Lemoine"
).split()
_CA_S = (
    "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier "
    "Bélanger Lévesque Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier "
    "Dubé Poirier Fournier Lapointe Leclerc Lefebvre Poulin Thibault St-Pierre Desjardins "
    "Nadeau Laplante Charbonneau Villeneuve Joseph Jean-Baptiste Nguyen Haddad Rivard Grenier"
).split()
_CA_F = (
    "Marie-Ève Marie-Claude Geneviève Isabelle Julie Mélanie Catherine Valérie Annie Josée "
    "Chantal Sylvie Nathalie Émilie Jade Florence Rosalie Léa Océane Maude Noémie Béatrice "
    "Guylaine Francine Ginette Lise"
).split()
_CA_M = (
    "Jean-François Jean-Philippe Marc-André Pierre-Luc Mathieu Sébastien Alexandre Simon Étienne "
    "Maxime Gabriel Félix Samuel William Olivier Benoît Réjean Gilles Normand Yvon Gaétan "
    "Luc Denis Stéphane Frédéric"
).split()
_ES_F = (
    "María Carmen Lucía Marta Paula Laura Cristina Elena Sara Raquel Pilar Rocío Montserrat "
    "Nuria Begoña Itziar Ainhoa Leire Aitana Inmaculada Concepción Rosario Dolores Remedios "
    "Consuelo Amparo Luz Paz Alba Nerea Yolanda Mercedes Fátima Daniela Valentina"
).split()
_ES_M = (
    "Antonio José Manuel Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel Rafael "
    "Pablo Sergio Álvaro Íñigo Jordi Xavier Iker Unai Aitor Gonzalo Rodrigo Ignacio Fernando "
    "Ramón Vicente Andrés Joaquín Santiago Mohamed Youssef Adrián Hugo"
).split()
_ES_S = (
    "García González Rodríguez Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
    "Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez "
    "Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz "
    "Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Lozano Guerrero Cano Prieto "
    "Etxeberria Goikoetxea Puig Ferrer Vidal Casas Soler Oliveira Benítez Paz Cordero Calvo"
).split()
_MX_F = (
    "Guadalupe María Fernanda Ximena Valeria Daniela Sofía Regina Renata Mariana Alejandra "
    "Itzel Citlali Yareli Xóchitl Rocío Verónica Araceli Leticia Maricela Yesenia Socorro "
    "Esperanza Luz Azucena Paloma Brenda Karla Nayeli Dulce"
).split()
_MX_M = (
    "José Juan Luis Jorge Miguel Ángel Alejandro Eduardo Ricardo Fernando Héctor Arturo Jesús "
    "Raúl Ramiro Rogelio Gerardo Cuauhtémoc Emiliano Santiago Diego Iván Octavio Leonel "
    "Rigoberto Efraín Abraham Ulises Homero Isaac"
).split()
_MX_S = (
    "Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores Gómez "
    "Morales Vázquez Reyes Jiménez Torres Díaz Gutiérrez Ruiz Mendoza Aguilar Ortiz Moreno "
    "Castillo Romero Álvarez Méndez Chávez Rivera Juárez Ramos Domínguez Herrera Medina Castro "
    "Vargas Guzmán Velázquez Salazar Cervantes Xicoténcatl Tzompa Cuevas Villaseñor Zúñiga "
    "Contreras Escobedo Quintero Bautista Luna Montoya Nava Ochoa Pacheco Solís Trujillo"
).split()
_PT_F = (
    "Maria Ana Beatriz Mariana Inês Leonor Matilde Carolina Catarina Sofia Margarida Joana "
    "Rita Teresa Filipa Patrícia Sandra Fernanda Conceição Graça Fátima Rosário Lurdes "
    "Francisca Madalena Luana Yara Irina"
).split()
_PT_M = (
    "João José António Francisco Manuel Pedro Tiago Rui Miguel Nuno Bruno Ricardo Diogo Duarte "
    "Gonçalo Rodrigo Afonso Tomás Martim Vasco Henrique Sérgio Vítor Joaquim Fernando Carlos "
    "Hélder Domingos Edson Wellington"
).split()
_PT_S = (
    "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes "
    "Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia "
    "Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Neves Coelho Cruz Cunha Pires Ramos Reis "
    "Simões Antunes Matos Fonseca Machado Araújo Barbosa Tavares Lourenço Castro Figueiredo "
    "Azevedo Freitas Magalhães Sá Baptista Quintela Brandão"
).split()
_NZ_F = (
    "Aroha Anahera Mere Hine Kiri Ngaio Moana Manaia Tui Kaia Charlotte Isla Amelia Harper "
    "Ruby Mia Georgia Mele Losa Malia Ana Talia Priya Mei Jessica Kirsty Shona Ngaire"
).split()
_NZ_M = (
    "Wiremu Tama Rawiri Hemi Nikau Ariki Tane Manaaki Sione Tevita Viliami Sefo Lachlan Hamish "
    "Angus Fraser Cameron Jack Oliver Noah Ethan Bryce Craig Shane Wayne Rangi Kahu"
).split()
_NZ_S = (
    "Ngata Parata Tawhiri Te Whare Tipene Ruatapu Walker Henare Paewai Te Rangi Tuhiwai Smith "
    "Wilson Thompson Brown Taylor Stewart Campbell Anderson Robertson MacKenzie McLeod Fraser "
    "Sinclair Fonoti Tuilagi Faleolo Fifita Taufa Lauaki Singh Patel Chen Wang Li Kumar "
    "Cunningham Donaldson Hollis Pearce Whitehead Rowe"
).split()
_ZA_F = (
    "Thandiwe Nomvula Lerato Palesa Zanele Ntombi Nandi Lindiwe Thembeka Refilwe Busisiwe "
    "Naledi Mpho Precious Blessing Charmaine Chantelle Marietjie Annelie Elmarie Riana Anika "
    "Fatima Nazreen Shireen Megan Kayla Candice"
).split()
_ZA_M = (
    "Sipho Thabo Bongani Themba Mandla Lwazi Sibusiso Kagiso Tshepo Lungile Vusi Andile "
    "Johannes Pieter Hendrik Jacobus Gert Francois Wikus Riaan Zaid Yusuf Ebrahim Dylan "
    "Brandon Keegan Ashwin Pravin"
).split()
_ZA_S = (
    "Dlamini Nkosi Ndlovu Khumalo Mokoena Mahlangu Zulu Mthembu Sithole Ngcobo Molefe Mofokeng "
    "Nkosana Mabaso Radebe Van der Merwe Botha Pretorius Du Plessis Venter Nel Coetzee Steyn "
    "Van Wyk Fourie Le Roux Kruger Joubert Smit Cassiem Adams Isaacs Jacobs Hendricks Naidoo "
    "Pillay Govender Moodley Reddy Singh Naicker Ramaphosa Mabuza Magagula Ntuli"
).split()

PARTICLES = frozenset(
    "van der den de la le du des da das do dos di del von zu af te mac mc st".split()
)

# Multi-word surnames that the split lists above broke apart are rebuilt here.
_JOIN = {
    "de_DE": [("von", "Bülow")],
    "fr_FR": [("Le", "Gall"), ("Le", "Goff"), ("de", "La", "Fontaine"), ("Du", "Pont")],
    "en_NZ": [("Te", "Whare"), ("Te", "Rangi")],
    "en_ZA": [("Van", "der", "Merwe"), ("Du", "Plessis"), ("Van", "Wyk"), ("Le", "Roux")],
    "es_MX": [],
}


def _rejoin(words: list[str], joins: list[tuple[str, ...]]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        for j in joins:
            if tuple(words[i : i + len(j)]) == j:
                out.append(" ".join(j))
                i += len(j)
                break
        else:
            out.append(words[i])
            i += 1
    return [w for w in out if w != "Freiherr"]


_RAW = {
    "en_US": (_EN_F, _EN_M, _EN_S),
    "en_GB": (_EN_F, _EN_M, _EN_S),
    "en_IN": (_IN_F, _IN_M, _IN_S),
    "de_DE": (_DE_F, _DE_M, _DE_S),
    "fr_FR": (_FR_F, _FR_M, _FR_S),
    "es_ES": (_ES_F, _ES_M, _ES_S),
    "en_NZ": (_NZ_F, _NZ_M, _NZ_S),
    "en_ZA": (_ZA_F, _ZA_M, _ZA_S),
    "de_AT": (_AT_F, _AT_M, _AT_S),
    "fr_CA": (_CA_F, _CA_M, _CA_S),
    "es_MX": (_MX_F, _MX_M, _MX_S),
    "pt_PT": (_PT_F, _PT_M, _PT_S),
}

NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    loc: (list(f), list(m), _rejoin(list(s), _JOIN.get(loc, []))) for loc, (f, m, s) in _RAW.items()
}

NICKNAMES = {
    "James": ["Jim", "Jamie"],
    "Michael": ["Mike", "Mikey"],
    "Matthew": ["Matt"],
    "Daniel": ["Dan", "Danny"],
    "Thomas": ["Tom", "Tommy"],
    "Nathaniel": ["Nate"],
    "Margaret": ["Maggie", "Peggy"],
    "Abigail": ["Abby"],
    "Bethany": ["Beth"],
    "Rachel": ["Rach"],
    "Jacob": ["Jake"],
    "Reginald": ["Reggie"],
    "Alistair": ["Ali"],
    "Venkatesh": ["Venky"],
    "Subramanian": ["Subbu"],
    "Srinivas": ["Srini"],
    "Siddharth": ["Sid"],
    "Abhishek": ["Abhi"],
    "Lakshmi": ["Lakshu"],
    "Katharina": ["Kathi"],
    "Johannes": ["Hannes"],
    "Maximilian": ["Maxi"],
    "Franziska": ["Franzi"],
    "Matthias": ["Hias"],
    "Elisabeth": ["Sissi", "Lisi"],
    "Sebastian": ["Basti"],
    "Wolfgang": ["Wolfi"],
    "Christoph": ["Christl"],
    "Josef": ["Sepp", "Pepi"],
    "Johann": ["Hansi"],
    "Theresa": ["Resi"],
    "Magdalena": ["Leni"],
    "Guillaume": ["Guigui"],
    "Nicolas": ["Nico"],
    "Francisco": ["Paco", "Curro"],
    "José": ["Pepe"],
    "Ignacio": ["Nacho"],
    "Concepción": ["Conchi"],
    "Rosario": ["Charo"],
    "Dolores": ["Lola"],
    "Manuel": ["Manolo"],
    "Guadalupe": ["Lupita", "Lupe"],
    "Alejandro": ["Alex"],
    "Jesús": ["Chucho", "Chuy"],
    "Eduardo": ["Lalo"],
    "Enrique": ["Quique"],
    "Gonçalo": ["Gonças"],
    "Margarida": ["Guida"],
    "Wiremu": ["Wiri"],
    "Rawiri": ["Rawi"],
    "Thandiwe": ["Thandi"],
    "Sibusiso": ["Sbu"],
    "Jacobus": ["Kobus"],
    "Hendrik": ["Henk"],
    "Pieter": ["Piet"],
}

TITLES = {
    "en": {"f": ["Ms", "Mrs", "Miss", "Dr"], "m": ["Mr", "Dr"]},
    "en_US": {"f": ["Ms.", "Mrs.", "Dr."], "m": ["Mr.", "Dr."]},
    "de": {"f": ["Frau", "Frau Dr.", "Fr."], "m": ["Herr", "Herrn", "Hr.", "Herr Dr."]},
    "fr": {"f": ["Mme", "Madame", "Mlle", "Dr"], "m": ["M.", "Monsieur", "Me", "Dr"]},
    "es": {"f": ["Sra.", "Dña.", "Lic.", "Dra."], "m": ["Sr.", "D.", "Lic.", "Ing.", "Dr."]},
    "pt": {"f": ["Sra.", "D.", "Dra.", "Eng.ª"], "m": ["Sr.", "Dr.", "Eng."]},
}
