# ruff: noqa: E501  (hand-written data tables: one country per line)
"""Name pools (written by hand, several origins per country) and name rendering."""
from __future__ import annotations

import unicodedata


def _p(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


NAMES: dict[str, dict[str, list[str]]] = {
    "en_US": dict(
        f=_p("Emily, Hope, Grace, Madison, Keisha, Latoya, Priya, Mei, Sofia, Guadalupe, Summer, Joy, Brittany, Hannah, Aaliyah, Rachel, Dakota, Leilani, Nguyen Thi, Ashley, Carmen, Imani, Megan, Tiffany"),
        m=_p("Tyler, Jamal, DeShawn, Hunter, Mark, Will, Brandon, Miguel, Raj, Wei, Cody, Trevor, Darnell, Ethan, Mason, Malik, Hector, Garrett, Kwame, Bill, Chase, Austin, Dustin, Andre"),
        s=_p("Johnson, Washington, Baker, Young, Rodriguez, Nguyen, Patel, Kowalski, O'Brien, Goldberg, Hunter, Price, King, Little, Brown, Chen, Okafor, Jefferson, Delgado, Castillo, Anderson, Schneider, McAllister, Yazzie, Tran, Kim, Rosenthal, Long, Fischer, Martinez"),
    ),
    "en_GB": dict(
        f=_p("Chloe, Olivia, Siobhan, Harriet, Poppy, Aisha, Amrit, Niamh, Bethany, Imogen, Rosie, Hope, Lauren, Georgia, Zara, Nadia, Eleanor, Kirsty, Gemma, Fatima, Abigail, Jess, Megan, Rhiannon"),
        m=_p("Callum, Ollie, Rhys, Hamish, Alfie, Mohammed, Tariq, Dev, Liam, Declan, Angus, Jack, Kieran, Harvey, Gareth, Arjun, Kwabena, Ollie, Rory, Finlay, Joe, Dominic, Ewan, Will"),
        s=_p("Smith, Taylor, Evans, Hughes, Ahmed, Khan, Patel, Begum, Clarke, MacLeod, Fletcher, Cooper, Walker, Wright, Thompson, Shah, Campbell, O'Connor, Baker, Price, Robinson, Hussain, Mensah, Fraser, Llewellyn, Pritchard, Singh, Rose, Bird, Hall"),
    ),
    "en_MT": dict(
        f=_p("Maria, Charmaine, Rita, Ramona, Graziella, Stephanie, Kimberly, Marthese, Doris, Rebecca, Claire, Jessica, Nicole, Daniela, Sarah, Roberta, Alexia, Kristina, Miriam, Gabriella"),
        m=_p("Joseph, Carmel, Mario, Kurt, Keith, Luke, Nicholas, Roderick, Antoine, Ġorġ, Jean Paul, Clayton, Matthew, Etienne, Jurgen, Owen, Malcolm, Raphael, Duncan, Ivan"),
        s=_p("Borg, Camilleri, Vella, Farrugia, Zammit, Galea, Micallef, Grech, Attard, Spiteri, Azzopardi, Cassar, Debono, Mifsud, Sammut, Schembri, Agius, Fenech, Bonnici, Caruana, Abela, Buttigieg, Cutajar, Xuereb, Zahra, Bugeja, Pace, Sciberras, Muscat, Ellul"),
    ),
    "de_DE": dict(
        f=_p("Anna, Lena, Julia, Katharina, Sabine, Ayşe, Elif, Jana, Svenja, Franziska, Leonie, Marie, Natalia, Anja, Birgit, Yasmin, Hannah, Lea, Mira, Nele, Ulrike, Dilara, Wiebke, Tanja"),
        m=_p("Jonas, Lukas, Florian, Tobias, Mehmet, Emre, Jan, Matthias, Sebastian, Dirk, Uwe, Sven, Timo, Kai, Frank, Ernst, Moritz, Hendrik, Dariusz, Konstantin, Nikolai, Ole, Till, Fabian"),
        s=_p("Müller, Schmidt, Schneider, Fischer, Wagner, Becker, Hoffmann, Koch, Wolf, Fuchs, Vogel, Bauer, Klein, Lang, Winter, Sommer, Yılmaz, Kaya, Öztürk, Nowak, Kowalczyk, Petrović, Schulze-Hagen, von der Heide, Meyer-Lindemann, Brandt, Hahn, Kaiser, Lindner, Hartmann"),
    ),
    "fr_FR": dict(
        f=_p("Camille, Manon, Chloé, Inès, Léa, Émilie, Claire, Amandine, Nadia, Yasmina, Fatoumata, Clémence, Océane, Solène, Margaux, Aurélie, Sandrine, Rose, Louise, Agathe, Kenza, Mathilde, Maëlle, Pauline"),
        m=_p("Thomas, Antoine, Julien, Mathieu, Karim, Mehdi, Mamadou, Pierre, Baptiste, Guillaume, Hugo, Théo, Yannick, Loïc, Rémi, Bastien, Nicolas, Sébastien, Olivier, Kévin, Maxime, Amine, Quentin, Martin"),
        s=_p("Martin, Bernard, Dubois, Petit, Lefèvre, Moreau, Girard, Roux, Fontaine, Blanc, Garnier, Chevalier, Lemaire, Benali, Haddad, Diallo, Traoré, Nguyen, Le Gall, Le Goff, Kerbrat, Da Silva, Ferreira, Dupont-Aignan, de La Rochefoucauld, Marchand, Colin, Mercier, Perrin, Rousseau"),
    ),
    "fr_CH": dict(
        f=_p("Léa, Nadia, Gaëlle, Mélanie, Sandrine, Céline, Aurélie, Noémie, Laetitia, Fabienne, Chantal, Coralie, Elodie, Maude, Anouk, Joëlle, Séverine, Valérie, Alessia, Ludivine"),
        m=_p("Noé, Loïc, Yannick, Cédric, Valentin, Timothée, Joël, Florian, Grégoire, Romain, Steve, Damien, Luca, Arnaud, Vincent, Frédéric, Pascal, Sébastien, Killian, Raphaël"),
        s=_p("Favre, Rochat, Bonvin, Perret, Pittet, Rey, Mottier, Morand, Chappuis, Tschopp, Cuendet, Golay, Monnier, Aubert, Meylan, Vuilleumier, Gilliéron, Dupraz, Berset, Clerc, Jaccard, Zufferey, Bourquin, Fragnière, Cattin, Rossier, Zbinden, Da Costa, Bianchi, Ducrest"),
    ),
    "es_MX": dict(
        f=_p("Guadalupe, María José, Ximena, Fernanda, Itzel, Xóchitl, Mariana, Daniela, Andrea, Alejandra, Valeria, Rocío, Paloma, Dolores, Luz, Citlali, Abril, Renata, Karla, Montserrat"),
        m=_p("José Luis, Juan Pablo, Luis Fernando, Emiliano, Diego, Alejandro, Jesús, Miguel Ángel, Carlos, Ricardo, Rodrigo, Cuauhtémoc, Iker, Santiago, Ulises, Octavio, Mauricio, Efraín, Arturo, Gerardo"),
        s=_p("Hernández, García, Martínez, López, González, Pérez, Sánchez, Ramírez, Cruz, Flores, Morales, Vázquez, Reyes, Jiménez, Mendoza, Aguilar, Ortiz, Chávez, Juárez, Domínguez, Guzmán, Velázquez, Canché, Pech, Xolalpa, Haddad, Villaseñor, de la Garza, Bravo, León"),
    ),
    "es_CL": dict(
        f=_p("Catalina, Javiera, Constanza, Fernanda, Francisca, Antonia, Valentina, Daniela, Camila, Josefa, Macarena, Trinidad, Paz, Consuelo, Ignacia, Florencia, Rayén, Amanda, Isidora, Soledad"),
        m=_p("Benjamín, Vicente, Matías, Sebastián, Cristóbal, Tomás, Felipe, Diego, Joaquín, Ignacio, Rodrigo, Nicolás, Gonzalo, Maximiliano, Agustín, Pablo, Álvaro, Bastián, Héctor, Claudio"),
        s=_p("Muñoz, Rojas, Díaz, Soto, Contreras, Silva, Sepúlveda, Morales, Fuentes, Araya, Espinoza, Valenzuela, Tapia, Pizarro, Vergara, Riquelme, Figueroa, Jara, Orellana, Cortés, Huenchullán, Catrileo, Painemal, Millacura, Saieh, Hirmas, Schwarzenberg, Ovalle, Larraín, Undurraga"),
    ),
    "es_UY": dict(
        f=_p("Florencia, Valentina, Camila, Agustina, Lucía, Sofía, Martina, Micaela, Rocío, Natalia, Leticia, Carolina, Magdalena, Inés, Victoria, Mercedes, Lorena, Brenda, Jimena, Paula"),
        m=_p("Santiago, Facundo, Matías, Nicolás, Gonzalo, Joaquín, Sebastián, Bruno, Rodrigo, Federico, Ignacio, Mauricio, Diego, Martín, Agustín, Emiliano, Leandro, Marcelo, Washington, Gastón"),
        s=_p("Rodríguez, González, Fernández, Pereira, Sosa, Suárez, Núñez, Méndez, Cabrera, Acosta, Olivera, Techera, Píriz, Cardozo, Ferreira, Bentancur, Larrañaga, Etchegaray, Arrospide, Iturralde, Bonomi, Pintos, Vázquez, Da Rosa, De León, Lussich, Rocca, Scasso, Invernizzi, Giménez"),
    ),
    "it_IT": dict(
        f=_p("Giulia, Chiara, Francesca, Sara, Martina, Alessia, Federica, Elisa, Valentina, Ilaria, Beatrice, Rosa, Serena, Gaia, Noemi, Ludovica, Aurora, Samira, Ioana, Fiore"),
        m=_p("Marco, Luca, Alessandro, Matteo, Davide, Stefano, Andrea, Giuseppe, Lorenzo, Simone, Federico, Gianluca, Pietro, Nicolò, Salvatore, Gennaro, Tommaso, Riccardo, Youssef, Emanuele"),
        s=_p("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Costa, Giordano, Mancini, Lombardi, Barbieri, Leone, Ferro, Fontana, Serra, Monti, Neri, D'Amico, Di Stefano, La Rosa, Caruso, Pellegrini"),
    ),
    "sl_SI": dict(
        f=_p("Maja, Nina, Eva, Tina, Špela, Ana, Petra, Urška, Nataša, Mojca, Katja, Tjaša, Vesna, Zora, Nika, Alenka, Barbara, Polona, Mateja, Sanja"),
        m=_p("Janez, Marko, Luka, Matej, Andrej, Jure, Tine, Miha, Jaka, Gregor, Rok, Blaž, Primož, Aljaž, Žiga, Tadej, Boštjan, Nejc, Uroš, Denis"),
        s=_p("Novak, Horvat, Krajnc, Zupančič, Potočnik, Kovačič, Mlakar, Kos, Vidmar, Golob, Turk, Kralj, Zupan, Božič, Hribar, Korošec, Kavčič, Rozman, Oblak, Jerman, Kolar, Žagar, Jereb, Kastelic, Koren, Medved, Knez, Zajc, Erjavec, Hadžić"),
    ),
    "nl_BE": dict(
        f=_p("Lotte, Fien, Hanne, Lien, Elke, Sofie, Annelies, Marieke, Nele, Ine, Kaat, Leen, Saar, Lore, Yasmina, Amira, Ellen, Griet, Liesbeth, Roos"),
        m=_p("Wout, Sander, Dries, Jef, Pieter, Bram, Stijn, Thomas, Jens, Koen, Joris, Tom, Bart, Jeroen, Mohamed, Senne, Arne, Wannes, Kobe, Ruben"),
        s=_p("Peeters, Janssens, Maes, Claes, Goossens, Wouters, De Vos, Mertens, Willems, Desmet, De Smet, Jacobs, Hermans, Aerts, Michiels, Pauwels, Van den Broeck, Vermeulen, Van Damme, De Backer, Verstraeten, Coppens, Lemmens, Segers, El Amrani, Bosmans, Dewulf, Vandenberghe, De Wit, Van Hoof"),
    ),
}

PARTICLES = {"van", "von", "der", "den", "de", "la", "le", "du", "des", "da", "di", "del", "dos", "y", "e", "ten", "ter", "vom", "zu"}

GENDER_TITLES = {
    "en": (["Ms", "Mrs", "Dr", "Prof."], ["Mr", "Dr", "Dr.", "Prof."]),
    "mt": (["Ms", "Dr", "Perit"], ["Mr", "Dr", "Perit"]),
    "de": (["Frau", "Frau Dr.", "Dr.", "Prof."], ["Herr", "Herr Dr.", "Dr.", "Prof."]),
    "fr": (["Mme", "Dr", "Me"], ["M.", "Dr", "Me"]),
    "es": (["Sra.", "Lic.", "Ing.", "Dra."], ["Sr.", "Lic.", "Ing.", "Dr."]),
    "it": (["dott.ssa", "prof.ssa", "avv.", "ing."], ["dott.", "prof.", "avv.", "ing."]),
    "sl": (["ga.", "dr.", "mag."], ["g.", "dr.", "mag."]),
    "nl": (["mevrouw", "dr.", "prof."], ["meneer", "dr.", "prof."]),
}
TITLES = {k: sorted(set(f + m)) for k, (f, m) in GENDER_TITLES.items()}


def fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ı", "i").replace("Ħ", "H").replace("ħ", "h")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def name_tokens(value: str) -> list[str]:
    """Name tokens of a written name: no titles, particles or initials."""
    out = []
    words = value.replace("@", " ").split()
    all_titles = {t.lower() for ts in TITLES.values() for t in ts}
    for w in words:
        w = w.strip(",;:()")
        if w.lower() in all_titles or w.lower() in PARTICLES:
            continue
        for part in w.split("-"):
            part = part.strip(".")
            if part.lower().startswith(("d'", "d’")) and len(part) > 3:
                part = part[2:]
            if len(part) <= 1 or part.lower() in PARTICLES:
                continue
            out.append(part)
    return out


def _sl_case(word: str, gender: str, case: str, is_surname: bool) -> str:
    if case == "nom":
        return word
    if gender == "f":
        if is_surname or not word.endswith("a"):
            return word
        stem = word[:-1]
        return stem + {"gen": "e", "dat": "i", "acc": "o", "ins": "o"}[case]
    if word.endswith("a"):
        stem = word[:-1]
        return stem + {"gen": "e", "dat": "i", "acc": "o", "ins": "o"}[case]
    if word.endswith("o"):
        stem = word[:-1]
    elif word.endswith("e") and not is_surname:
        stem = word + "t"
    elif word.endswith("ec") and len(word) > 4:
        stem = word[:-2] + "c"
    else:
        stem = word
    soft = stem[-1] in "cčšžjć"
    return stem + {"gen": "a", "acc": "a", "dat": "u", "ins": "em" if soft else "om"}[case]


def render(person: dict, form: str, lang: str, rng, case: str = "nom") -> str:
    """Write a person's name in a given form (full, given, surname_title, ...)."""
    given, surname, gender = person["given"], person["surname"], person["gender"]
    if lang == "sl" and case != "nom" and form in ("full", "given", "surname_title", "lower", "full_title", "folded", "initial_surname", "given_initial"):
        given = " ".join(_sl_case(g, gender, case, False) for g in given.split())
        surname = " ".join(_sl_case(s, gender, case, True) for s in surname.split())
    full = f"{given} {surname}"
    if form == "full":
        return full
    if form == "given":
        return given
    if form == "surname_title":
        return f"{rng.choice(GENDER_TITLES[lang][gender == 'm'])} {surname}"
    if form == "full_title":
        return f"{rng.choice(GENDER_TITLES[lang][gender == 'm'])} {full}"
    if form == "initial_surname":
        return f"{given[0]}. {surname}"
    if form == "given_initial":
        return f"{given} {name_tokens(surname)[0][0]}."
    if form == "lower":
        return full.lower()
    if form == "folded":
        return fold(full)
    if form == "handle":
        g = fold(given).lower().replace(" ", "")
        s = fold(surname).lower().replace(" ", "").replace("'", "")
        return "@" + rng.choice([f"{g}.{s}", f"{g}{s}", f"{g}_{s}", f"{g[0]}{s}"])
    raise ValueError(form)


NAME_FORMS = ["full", "full", "given", "surname_title", "initial_surname", "given_initial", "lower", "folded", "full_title"]
MEMBER_FORMS = NAME_FORMS + ["handle", "handle", "given"]
