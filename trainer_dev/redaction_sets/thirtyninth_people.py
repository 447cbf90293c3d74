"""Thirty-ninth set: hand-written name pools (given names by gender, surnames) per locale."""

from __future__ import annotations


def _w(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


FEMALE = {
    "en_US": _w("Ashley, Brittany, Courtney, Dakota, Emily, Faith, Grace, Hope, Jasmine, Kayla, "
                "Lauren, Madison, Megan, Nicole, Paige, Reagan, Savannah, Taylor, Whitney, "
                "Autumn, Brooke, Destiny, Harper"),
    "en_GB": _w("Abigail, Bethany, Charlotte, Eleanor, Fern, Gemma, Harriet, Imogen, Jessica, "
                "Kirsty, Lucy, Maisie, Nia, Olivia, Poppy, Rhiannon, Siobhan, Tilly, Verity, "
                "Zara, Holly, Ruby, Amber"),
    "de_CH": _w("Anna, Barbara, Corinne, Daniela, Esther, Franziska, Gabriela, Heidi, Irène, "
                "Jasmin, Karin, Lea, Manuela, Nadine, Rahel, Sabine, Tamara, Ursula, Vreni, "
                "Yvonne, Seraina, Mirjam, Selina"),
    "fr_BE": _w("Amélie, Bénédicte, Céline, Delphine, Élodie, Florence, Géraldine, Hélène, "
                "Isabelle, Julie, Laurence, Marie-Claire, Nathalie, Océane, Pascale, Rose, "
                "Sophie, Valérie, Wendy, Yasmina, Aurore, Chantal, Manon"),
    "es_AR": _w("Agustina, Belén, Camila, Dolores, Florencia, Guadalupe, Julieta, Lucía, Luz, "
                "Milagros, Natalia, Paz, Rocío, Sol, Valentina, Victoria, Ximena, Abril, "
                "Catalina, Constanza, Mercedes, Pilar, Romina"),
    "it_IT": _w("Alessandra, Beatrice, Chiara, Donatella, Elisa, Federica, Giulia, Ilaria, "
                "Letizia, Marta, Noemi, Ornella, Paola, Rosa, Serena, Teresa, Valentina, "
                "Viola, Azzurra, Benedetta, Gioia, Costanza, Allegra"),
    "pl_PL": _w("Agnieszka, Beata, Dorota, Ewa, Grażyna, Halina, Iwona, Joanna, Katarzyna, "
                "Magdalena, Małgorzata, Natalia, Oliwia, Patrycja, Renata, Sylwia, Urszula, "
                "Weronika, Zofia, Żaneta, Kinga, Jadwiga, Bożena"),
    "en_IN": _w("Aishwarya, Bhavna, Chitra, Deepika, Divya, Gauri, Ishita, Jyoti, Kavya, "
                "Lakshmi, Meenakshi, Neha, Pooja, Priya, Rekha, Sanjana, Shreya, Sunita, "
                "Usha, Vidya, Anjali, Pallavi, Asha"),
    "ro_RO": _w("Adina, Bianca, Camelia, Crina, Daniela, Elena, Florina, Georgiana, Ioana, "
                "Larisa, Mădălina, Monica, Oana, Raluca, Roxana, Simona, Teodora, Viorica, "
                "Anca, Irina, Lăcrămioara, Floarea, Doina"),
    "pt_CV": _w("Adelaide, Benvinda, Carla, Dulce, Edna, Fátima, Glória, Ivone, Jandira, Lúcia, "
                "Maria José, Nilda, Odete, Rosalina, Sónia, Telma, Vanda, Zenaida, Ana Paula, "
                "Iolanda, Esperança, Aline, Neusa"),
    "es_CU": _w("Aymara, Belkis, Dayana, Daymí, Yanet, Yaima, Yuleidys, Liset, Marisleidys, "
                "Odalys, Niurka, Mailén, Yamilé, Caridad, Milagros, Teresita, Mercedes, "
                "Yoandra, Lisandra, Dania, Idalmis, Zulema, Leidy"),
    "en_GY": _w("Althea, Bibi, Candace, Donna, Esther, Fiona, Gail, Indra, Janelle, Kamla, "
                "Latoya, Marcia, Nadira, Onika, Patrice, Rohini, Savitri, Shondell, Tricia, "
                "Vanessa, Yvette, Anjali, Cheryl"),
}

MALE = {
    "en_US": _w("Austin, Bradley, Chase, Cody, Derek, Dustin, Garrett, Hunter, Jared, Kyle, "
                "Logan, Mason, Nathan, Parker, Ryan, Tanner, Travis, Tyler, Wesley, Zachary, "
                "Colby, Brent, Dwayne"),
    "en_GB": _w("Alfie, Callum, Dominic, Euan, Finlay, Gareth, Harvey, Iain, Jamie, Kieran, "
                "Lewis, Morgan, Niall, Owain, Rhys, Rupert, Stuart, Toby, Wilf, Angus, "
                "Declan, Miles, Reggie"),
    "de_CH": _w("Adrian, Beat, Christoph, Dominik, Fabian, Gian, Hansruedi, Jonas, Kurt, Lukas, "
                "Marco, Niklaus, Pascal, Reto, Samuel, Thomas, Urs, Walter, Yannick, Ernst, "
                "Res, Silvan, Mattia"),
    "fr_BE": _w("Arnaud, Baudouin, Cédric, Didier, Étienne, François, Geoffrey, Grégory, "
                "Jean-Luc, Kevin, Laurent, Maxime, Nicolas, Olivier, Philippe, Quentin, "
                "Raphaël, Sébastien, Thibault, Xavier, Benoît, Gaëtan, Lucien"),
    "es_AR": _w("Agustín, Bautista, Claudio, Diego, Esteban, Facundo, Gastón, Hernán, Ignacio, "
                "Joaquín, Leandro, Matías, Nahuel, Pablo, Ramiro, Santiago, Tomás, Ulises, "
                "Lautaro, Maximiliano, Cruz, Germán, Benjamín"),
    "it_IT": _w("Alessandro, Carmine, Davide, Emanuele, Fabrizio, Gennaro, Lorenzo, Massimo, "
                "Nicola, Ottavio, Pasquale, Raffaele, Salvatore, Tommaso, Umberto, Vittorio, "
                "Amedeo, Ercole, Fortunato, Giacomo, Leone, Renato, Sereno"),
    "pl_PL": _w("Adam, Bartosz, Cezary, Dariusz, Grzegorz, Henryk, Jacek, Jarosław, Krzysztof, "
                "Łukasz, Marek, Paweł, Przemysław, Radosław, Sławomir, Tadeusz, Wojciech, "
                "Zbigniew, Bogdan, Mirosław, Witold, Kamil, Szymon"),
    "en_IN": _w("Abhishek, Arjun, Deepak, Gaurav, Harish, Karthik, Manoj, Naveen, Pradeep, "
                "Rahul, Rajesh, Sandeep, Sanjay, Suresh, Varun, Vikram, Vivek, Yogesh, "
                "Anand, Kiran, Prakash, Sunil, Amit"),
    "ro_RO": _w("Adrian, Bogdan, Cătălin, Costel, Dorin, Florin, Gheorghe, Ionuț, Lucian, "
                "Marius, Mihai, Nicușor, Ovidiu, Petru, Radu, Sorin, Traian, Valentin, "
                "Vasile, Viorel, Dragoș, Emil, Horia"),
    "pt_CV": _w("Adérito, Amílcar, Bento, Carlos Alberto, Dário, Edson, Elísio, Gilberto, "
                "Hélio, Ildo, Januário, Leonel, Manuel, Nelson, Orlando, Pedro Jorge, Renato, "
                "Sílvio, Tomé, Ulisses, Valdemar, Zeferino, Arlindo"),
    "es_CU": _w("Alexei, Dayron, Eriberto, Frank, Osmany, Yoel, Yoandri, Yunior, Reinier, "
                "Lázaro, Orlando, Pavel, Raúl, Roberto, Yasmany, Yordanis, Alain, Ernesto, "
                "Michel, Dairon, Yusniel, Arsenio, Juan Carlos"),
    "en_GY": _w("Andre, Bharrat, Clive, Deon, Dwayne, Errol, Fazil, Godfrey, Ishwar, Jermaine, "
                "Kwame, Leroy, Mahendra, Nigel, Omar, Parmanand, Ravi, Shawn, Terrence, "
                "Vishnu, Winston, Rooplall, Carlton"),
}

SURNAMES = {
    "en_US": _w("Anderson, Baker, Brooks, Carter, Coleman, Dawson, Fisher, Foster, Gonzalez, "
                "Hayes, Holloway, Jenkins, Kowalczyk, Lambert, Marsh, McAllister, Nguyen, "
                "Ortega, Patterson, Price, Reyes, Russell, Sanders, Schmidt, Sullivan, Tran, "
                "Underwood, Vaughn, Walsh, Washington, Whitaker, Young, Castillo, Delgado, "
                "O'Brien, Park, Rivers, Stone, Bishop, Freeman, Goldberg, Hale"),
    "en_GB": _w("Ainsworth, Barker, Blackwood, Chambers, Cartwright, Davies, Evans, Fairclough, "
                "Greenwood, Hargreaves, Hughes, Jones, Kaur, Llewellyn, Macdonald, Marsden, "
                "Nicholls, Oakley, Pritchard, Rowntree, Sutcliffe, Thornton, Wainwright, "
                "Whitfield, Ackroyd, Bannister, Cope, Dunmore, Fletcher, Gill, Holt, Lord, "
                "Moss, Pickles, Shepherd, Tennant, Webb, Mistry, Fox, Sparrow, Lockwood, Rudd"),
    "de_CH": _w("Ammann, Baumgartner, Bieri, Brunner, Egli, Frei, Gerber, Hofstetter, Huber, "
                "Inäbnit, Käser, Kälin, Lüthi, Meier, Moser, Rüegg, Schaller, Steiner, "
                "Tschudi, Wyss, Zbinden, Zürcher, von Allmen, von Gunten, de Weck, Aebischer, "
                "Bachmann, Christen, Dubach, Fässler, Graf, Imhof, Jost, Kessler, Locher, "
                "Nussbaum, Probst, Rohner, Sommer, Vogel, Winkler, Stalder"),
    "fr_BE": _w("Dubois, Lambert, Lejeune, Leclercq, Martin, Peeters, Renard, Simon, Wauters, "
                "Van den Bossche, Vandenberghe, De Smet, Deprez, Dumont, Gilson, Hennebert, "
                "Jacquet, Lemaire, Libert, Mathieu, Noël, Piron, Rousseau, Stévenart, Thiry, "
                "Verhaegen, Warnier, Delvaux, de Ghellinck, Collard, Denis, François, Goffin, "
                "Hubert, Lecomte, Maes, Pirard, Remacle, Soumoy, Tasiaux, Dethier, Bastin"),
    "es_AR": _w("Acosta, Aguirre, Benítez, Bustos, Cabrera, Cáceres, Ferreyra, Figueroa, "
                "Giménez, Godoy, Ibarra, Juárez, Ledesma, Luna, Medina, Molina, Ojeda, "
                "Paredes, Quiroga, Ríos, Sosa, Sotelo, Vera, Villalba, Zalazar, de la Fuente, "
                "Del Valle, Mansilla, Peralta, Rossi, Bianchi, Lombardi, Schneider, Campos, "
                "Correa, Maidana, Arce, Soria, Toledo, Montenegro, Palacios, Barrios"),
    "it_IT": _w("Barbieri, Bellini, Cattaneo, Colombo, Conti, De Luca, Di Stefano, Esposito, "
                "Fabbri, Ferraro, Galli, Greco, Lombardo, Mancini, Marchetti, Moretti, Negri, "
                "Orlando, Pellegrini, Rinaldi, Romano, Santoro, Testa, Villa, Zanetti, Lo "
                "Russo, Dalla Costa, D'Amico, Bassi, Caruso, Fiore, Gatti, Leone, Longo, "
                "Monti, Palumbo, Serra, Sorrentino, Vitale, Pace, Sala, Cirillo"),
    "pl_PL": _w("Adamczyk, Bąk, Chmielewski, Dąbrowski, Dudek, Górski, Jabłoński, Jankowski, "
                "Kaczmarek, Kowalczyk, Kozłowski, Krawczyk, Lewandowski, Mazur, Michalski, "
                "Nowakowski, Olszewski, Pawlak, Piątek, Sikora, Szewczyk, Walczak, Wieczorek, "
                "Wróbel, Zając, Zieliński, Kowalska-Nowak, Baran, Czarnecki, Duda, Głowacki, "
                "Kruk, Lis, Majewski, Ostrowski, Pietrzak, Sowa, Wilk, Wróblewski, Kubiak, "
                "Cieślak, Rutkowski"),
    "en_IN": _w("Agarwal, Banerjee, Bhat, Chatterjee, Choudhary, Deshpande, Gupta, Iyer, "
                "Joshi, Kapoor, Kulkarni, Menon, Mukherjee, Nair, Pillai, Rao, Reddy, Saxena, "
                "Sharma, Shetty, Sinha, Srinivasan, Trivedi, Verma, Bose, Chauhan, Dutta, "
                "Ghosh, Hegde, Jain, Khanna, Malhotra, Mehta, Naidu, Pandey, Patil, Rajan, "
                "Sethi, Tiwari, Varghese, Goswami, Krishnan"),
    "ro_RO": _w("Ardeleanu, Barbu, Bălan, Ciobanu, Constantinescu, Dumitrescu, Florea, "
                "Georgescu, Ionescu, Lungu, Marinescu, Moldovan, Munteanu, Neagu, Oprea, "
                "Popa, Preda, Rădulescu, Stan, Stoica, Toma, Tudor, Ungureanu, Vasilescu, "
                "Zamfir, Avram, Bratu, Cojocaru, Dinu, Enache, Gheorghiu, Iordache, Lazăr, "
                "Manole, Nistor, Pavel, Sandu, Sârbu, Tănase, Voicu, Crăciun, Mocanu"),
    "pt_CV": _w("Almeida, Andrade, Barros, Brito, Cabral, Delgado, Duarte, Évora, Fonseca, "
                "Furtado, Gomes, Lima, Livramento, Lopes, Medina, Monteiro, Moreno, Neves, "
                "Pina, Ramos, Rodrigues, Semedo, Soares, Spencer, Tavares, Vaz, Veiga, "
                "dos Santos, da Graça, da Cruz, Borges, Correia, Fortes, Mendes, Morais, Silva, "
                "Sousa, Teixeira, Varela, Andrade Lima, Leite, Baptista"),
    "es_CU": _w("Acosta, Alfonso, Batista, Betancourt, Cárdenas, Céspedes, Díaz, Echevarría, "
                "Fajardo, Fleitas, Guerra, Hechavarría, Iglesias, Labrada, Leyva, Llanes, "
                "Marrero, Milián, Naranjo, Oliva, Pacheco, Quintana, Rojas, Sarduy, Tamayo, "
                "Urquiza, Valdés, Vento, Zamora, de Armas, del Toro, Pupo, Estrada, Garcés, "
                "Hernández, Machado, Olivera, Peña, Ricardo, Sosa, Varona, Ramírez"),
    "en_GY": _w("Ali, Baksh, Bollers, Cummings, Daniels, Doobay, Fraser, Gonsalves, Harry, "
                "Hinds, Insanally, Jagdeo, Khan, London, Mohamed, Nandlall, Persaud, Ramsaroop, "
                "Seepersaud, Singh, Thomas, Wills, Yhap, de Freitas, Fernandes, Ally, Budhoo, "
                "Chin, Drakes, Griffith, Hamilton, Jaikaran, King, Lall, Mangal, Narine, "
                "Prashad, Rambarran, Sukhdeo, Sugrim, Tiwari, Williams"),
}

# Particles and compound links that are not name tokens.
PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "dalla", "di", "du", "des", "la",
             "le", "lo", "van", "von", "der", "den", "d", "y", "e"}

# Title words by locale and gender (f, m), used by the "title" form.
TITLES = {
    "en_US": (("Ms.", "Mrs.", "Dr."), ("Mr.", "Dr.")),
    "en_GB": (("Ms", "Mrs", "Miss", "Dr"), ("Mr", "Dr")),
    "de_CH": (("Frau", "Frau Dr."), ("Herr", "Herr Dr.")),
    "fr_BE": (("Mme", "Madame", "Me"), ("M.", "Monsieur", "Me")),
    "es_AR": (("Sra.", "Lic.", "Dra."), ("Sr.", "Lic.", "Dr.")),
    "it_IT": (("dott.ssa", "sig.ra", "avv."), ("dott.", "sig.", "ing.")),
    "pl_PL": (("pani", "Pani", "dr"), ("pan", "Pan", "mgr")),
    "en_IN": (("Ms.", "Smt.", "Dr."), ("Mr.", "Shri", "Dr.")),
    "ro_RO": (("dna", "doamna", "dr."), ("dl", "domnul", "ing.")),
    "pt_CV": (("Sra.", "Dra.", "D."), ("Sr.", "Dr.", "Eng.")),
    "es_CU": (("compañera", "Lic.", "Dra."), ("compañero", "Ing.", "Dr.")),
    "en_GY": (("Ms.", "Mrs.", "Dr."), ("Mr.", "Dr.")),
}
