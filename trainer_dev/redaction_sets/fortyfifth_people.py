"""Name pools of the forty-fifth set, written by hand per locale (20 F + 20 M given, 40+ surnames).

Names that are also words, particles and compounds are kept on purpose. Hungarian names are
written family name first; Malagasy surnames are long compounds.
"""

from __future__ import annotations

F = "F"
M = "M"

GIVEN = {
    "en_GB": {
        F: "Hannah Chloe Bethany Megan Siobhan Grace Holly Rosie Abigail Imogen Kirsty Lauren "
           "Gemma Hope Amber Faith Nisha Priya Rhiannon Eleanor",
        M: "Callum Gareth Liam Owen Rhys Jamie Declan Stuart Dean Craig Ravi Tariq Mason "
           "Alfie Harvey Reece Nathan Lewis Ashley Graham",
    },
    "en_NZ": {
        F: "Aroha Mereana Ngaio Kiri Anahera Tui Manaia Hana Brooke Kayla Ruby Georgia "
           "Moana Leilani Mele Hinemoa Ataahua Olivia Harper Summer",
        M: "Tane Wiremu Rawiri Nikau Ihaia Tamati Hemi Sefa Tevita Blake Hamish Fraser "
           "Lachlan Ngata Keegan Jayden Cooper Hunter Tama Rangi",
    },
    "en_ZA": {
        F: "Thandiwe Nomvula Lindiwe Zanele Ayanda Busisiwe Precious Palesa Refilwe "
           "Lerato Mpho Annelie Marelize Charmaine Zainab Fatima Kgomotso Nthabiseng Joy Lize",
        M: "Sipho Thabo Mandla Bongani Themba Lwazi Kagiso Tshepo Vusi Sizwe Pieter Johan "
           "Riaan Wikus Deon Siyabonga Musa Lucky Gift Kobus",
    },
    "de_AT": {
        F: "Lena Katharina Theresa Magdalena Verena Johanna Elisabeth Sabine Birgit Andrea "
           "Ingrid Hannelore Barbara Sophie Valentina Selina Laura Gerlinde Anja Rosa",
        M: "Lukas Florian Matthias Johannes Stefan Andreas Wolfgang Herbert Gernot Alois "
           "Leopold Rupert Dominik Markus Bernhard Ernst Christoph Fabian Jakob Sepp",
    },
    "fr_CA": {
        F: "Geneviève Marie-Ève Chantal Josée Sylvie Mélanie Audrey Catherine Émilie "
           "Annie Isabelle Nathalie Karine Maude Rosalie Océane Noémie Lucie Solange Aurore",
        M: "Jean-François Mathieu Sébastien Étienne Maxime Olivier Alexandre Guillaume "
           "Éric Luc Gilles Réjean Yannick Benoît Félix Samuel Raphaël Denis Simon Pascal",
    },
    "es_AR": {
        F: "Florencia Agustina Micaela Camila Valentina Lucía Romina Soledad Carolina "
           "Milagros Belén Rocío Luz Paz Graciela Mariela Natalia Celeste Ayelén Pilar",
        M: "Matías Facundo Gonzalo Nicolás Santiago Joaquín Federico Lautaro Ezequiel "
           "Hernán Diego Martín Leandro Sebastián Gastón Marcelo Pablo Ramiro Tomás Maximiliano",
    },
    "pt_PT": {
        F: "Inês Beatriz Mariana Leonor Margarida Rita Catarina Joana Sofia Ana Filipa "
           "Teresa Graça Fátima Conceição Rosário Luísa Matilde Carolina Alice",
        M: "João Tiago Rui Nuno Miguel Duarte Gonçalo Francisco Afonso Bernardo Pedro "
           "Vasco Henrique Rodrigo Diogo Manuel Fernando Sérgio Ricardo Lourenço",
    },
    "da_DK": {
        F: "Mette Camilla Sofie Ida Freja Signe Louise Maja Karen Kirsten Hanne Birthe "
           "Lærke Astrid Nanna Trine Ditte Malene Sanne Rikke",
        M: "Søren Rasmus Mads Jesper Anders Morten Henrik Jens Niels Bjarne Torben Kasper "
           "Frederik Mikkel Emil Asger Thor Bo Ulrik Steen",
    },
    "hu_HU": {
        F: "Zsófia Eszter Katalin Réka Anikó Erzsébet Ildikó Krisztina Dóra Boglárka "
           "Hajnalka Viktória Judit Orsolya Tünde Piroska Emese Csilla Enikő Szilvia",
        M: "Péter Gábor Zoltán László Attila Balázs Bence Levente Csaba Tamás Gergely "
           "Ferenc Imre Dániel Ákos Zsolt Botond Miklós Sándor Endre",
    },
    "fr_MG": {
        F: "Voahangy Fanja Haingo Nirina Lalao Tiana Mialy Hanitra Soa Njaka Onja Tahiry "
           "Noro Vololona Hasina Ravaka Fara Claudine Odile Bodo",
        M: "Hery Rivo Tahina Mamy Andry Faly Toky Fetra Njara Haja Tovo Lanto Fidy "
           "Zo Solofo Jean-Claude Naivo Tsiory Mahery Rado",
    },
    "en_PG": {
        F: "Grace Esther Kessy Dulcie Lynette Serah Ruth Mary-Rose Agnes Theresa Loretta "
           "Jacinta Naomi Tabitha Rachael Dorcas Elizah Wenda Roselyn Miriam",
        M: "Moses Gabriel Joseph Kila Geno Mathias Anton Nelson Bomai Kumul Tobias Lucas "
           "Raymond Benjamin Jacob Peniel Kenny Ignatius Elias Wesley",
    },
    "de_LU": {
        F: "Tessy Sandy Carole Joëlle Nathalie Martine Claudine Lynn Mandy Nadine Josée "
           "Michèle Monique Françoise Lis Lea Elsa Anne Myriam Danielle",
        M: "Jang Pit Mett Gilles Yves Laurent Claude Romain Jeff Sven Carlo Nico Patrick "
           "Georges Joël Luc Marc Ben Raoul Fernand",
    },
}

SURNAMES = {
    "en_GB": "Whitfield Hargreaves Ashworth Pemberton Baker Mason Fletcher Thornton "
             "Crossley Butterworth Shepherd Marsh Summers Hunter Rose Kaur Chaudhry Okafor "
             "Evans Pritchard Llewellyn MacLeod Fraser Gallagher O'Neill Brennan Holt "
             "Kershaw Sutcliffe Lomax Whittaker Barraclough Sykes Walsh Dunmore Cartwright "
             "Tillotson Kowalczyk Bains Nair",
    "en_NZ": "Ngata Te_Whiu Parata Tautahi Walker Tipene Manu Faleolo Tuilagi Aumua Lealaiauloto "
             "Horomona Ririnui Mackenzie McIntyre Robertson Gillespie Sinclair Cameron "
             "Patel Chen Wong Hohaia Ruatapu Paewai Pomare Kingi Tamihana Heke Taufa "
             "Vaipulu Harrison Carmody Foley Duncan Kereama Waaka Hape Rangihuna Tawhiri",
    "en_ZA": "van_der_Merwe du_Plessis Botha Nkosi Dlamini Mokoena Khumalo Ndlovu "
             "Mthembu Zulu Mahlangu Sithole Naidoo Pillay Govender Moodley Coetzee "
             "Pretorius Steyn Venter Jacobs Mofokeng Molefe Masondo Radebe Maseko "
             "Hendricks Petersen Adams Fourie Kruger Nel Oosthuizen de_Villiers Tshabalala "
             "Baloyi Makhubela Ramaphosa Cele Shabangu",
    "de_AT": "Gruber Huber Pichler Moser Steiner Hofer Leitner Eder Wimmer Brandstätter "
             "Mayrhofer Auer Haider Lechner Schwaiger Fuchs Winter Koch Bauer Wolf "
             "Zehetner Aigner Strasser Stadlmann Hinterberger Obermüller Grabner Fellner "
             "Kopetzky Novak Dvořák Hofbauer Egger Reiter Lindner Pölzl Url Kratochwil "
             "Prohaska Wallner",
    "fr_CA": "Tremblay Gagnon Bouchard Côté Gauthier Ouellet Lévesque Bélanger Pelletier "
             "Bergeron Lavoie Fortin Morin Boucher Caron Desrosiers Laflamme Beaulieu "
             "St-Pierre Lachance Després Thibodeau Poirier Doucet Boulanger Cormier "
             "Lapointe Charbonneau Paquette Rousseau Dufresne Racine Turcotte Brassard "
             "Labrecque Nadeau Gosselin Lemieux Vaillancourt Chevalier",
    "es_AR": "González Rodríguez Fernández López Martínez Sosa Benítez Acosta Romero "
             "Álvarez Ferreyra Gómez Quiroga Giménez Bustos Ledesma Medina Ojeda Lobo "
             "Paz Cabrera Rossi Bianchi Colombo Ferrari Russo Villafañe Pereyra Aguirre "
             "Salvatierra Echeverría Iturralde Cáceres Ibarra Olmos Funes Barrionuevo "
             "Maidana Coria Zabala",
    "pt_PT": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes "
             "Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira "
             "Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Coelho "
             "Cunha Magalhães Azevedo Barros Tavares Brandão Quintas Fonseca Lobo "
             "Sampaio",
    "da_DK": "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen "
             "Rasmussen Jørgensen Madsen Kristensen Olsen Thomsen Poulsen Johansen Møller "
             "Mortensen Knudsen Mikkelsen Bach Dahl Lund Holm Fisker Skov Vestergaard "
             "Østergaard Kjær Brandt Bech Damgaard Frandsen Graversen Haugaard Lykke "
             "Winther Krogh Bonde Svendsen",
    "hu_HU": "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh "
             "Papp Takács Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török "
             "Fehér Balázs Gál Kocsis Orsós Pintér Fodor Szalai Sipos Magyar Lukács "
             "Gulyás Bíró Király Katona Vörös Hegedűs Bodnár",
    "fr_MG": "Rakotomalala Rasoanaivo Randriamampionona Razafindrakoto Andrianarivelo "
             "Rakotondrabe Rabemananjara Ravelojaona Randrianasolo Rasolofoniaina "
             "Andriamihaja Razafimahefa Ramanantsoa Rakotoarisoa Rajaonarison "
             "Ratsimbazafy Randriamanantena Rabearivelo Rakotonirina Ravalomanana "
             "Andrianjafy Razanajatovo Ramarosandratana Rafidison Rasamimanana "
             "Rajoelina Randrianarisoa Rakotovao Razafindrabe Andriantsoa Raharison "
             "Ratovondrahona Rabenoro Rasoloarison Randriambololona Rakotozafy "
             "Ramiandrisoa Razakaboana Rafalimanana Ranaivoson",
    "en_PG": "Namaliu Somare Kaupa Wari Pomat Agarobe Morauta Yagi Kuman Bire Kaiwi "
             "Kapi Tumu Marape Pundari Wingti Kuri Pokawin Siaguru Tamur Kaluwin Duban "
             "Ipatas Aihi Basil Nali Tkatchenko Kramer Maru Gumoi Mileng Tonde Wapi "
             "Kereme Saonu Mondiai Yawari Ambang Toliman Wakias",
    "de_LU": "Schmit Weber Wagner Hoffmann Thill Kieffer Reuter Feller Kremer Schroeder "
             "Welter Majerus Goerens Bettendorf Kayser Faber Hilbert Ries Da_Costa "
             "Ferreira Lentz Mersch Biver Frieden Bausch Wiltzius Theisen Nilles Gloden "
             "Kox Wirth Schaack Heinen Steichen Ernster Zeimet Weis Meyers Hengen Krier",
}


def given_pool(locale: str) -> list[tuple[str, str]]:
    """(given name, gender) in a fixed order."""
    out = []
    for gender in (F, M):
        for name in GIVEN[locale][gender].split():
            out.append((name, gender))
    return out


def surname_pool(locale: str) -> list[str]:
    return [s.replace("_", " ") for s in SURNAMES[locale].split()]


TITLES = {
    "en": {F: ["Ms", "Mrs", "Dr", "Miss"], M: ["Mr", "Dr", "Eng."]},
    "de": {F: ["Frau", "Ing.", "DI", "Mag.a", "Dr.in"], M: ["Herr", "Ing.", "DI", "Mag."]},
    "fr": {F: ["Mme", "Madame", "Dre"], M: ["M.", "Monsieur", "Dr", "Ing."]},
    "es": {F: ["Sra.", "Lic.", "Ing."], M: ["Sr.", "Ing.", "Lic."]},
    "pt": {F: ["Sra.", "D.", "Eng.ª", "Dra."], M: ["Sr.", "Eng.º", "Dr."]},
    "da": {F: ["fru", "ingeniør"], M: ["hr.", "ingeniør"]},
    "hu": {F: ["dr.", "Ing."], M: ["dr.", "Ing."]},
}
# Hungarian titles that follow the name ("Nagy Péter úr").
HU_AFTER = {F: ["asszony"], M: ["úr"]}
