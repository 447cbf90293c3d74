"""Per-locale given names and surnames for the sixth held-out set (own lists, no Faker)."""

from __future__ import annotations

# "<locale> g|s name; name; ...": given names (g) and surnames (s). Surnames may carry particles or
# be double; particles are never fragments.
_RAW = """
de_DE g Jürgen; Birgit; Henrike; Malte; Sönke; Ute; Friederike; Torsten; Dörte; Kai-Uwe
de_DE g Annegret; Björn; Svenja; Wolfgang; Heike; Jannik; Merle; Emre; Aylin; Dariusz
de_DE s Bräuer; Hoffmeister; von Campenhausen; Kühnel; Ostermann; Wächter; Schulte-Bernd
de_DE s Brinkmann; Lindqvist; Yıldız; Kowalczyk; Dreßler; zu Eltz; Heßberger; Gerlach; Nowitzki
de_DE s Pfannkuch; Rademacher; Stöckl; Wiedemann
en_AU g Bronwyn; Lachlan; Kylie; Tegan; Darcy; Mitchell; Shane; Narelle; Hamish; Jarrah; Minh
en_AU g Priyanka; Georgios; Siobhan; Callum; Ngaire; Wei; Tahlia; Bradley; Fatima
en_AU s Fitzgerald; Nguyen; Papadopoulos; McAllister; Trevaskis; Kowalski; Brennan; Hetherington
en_AU s Tran; Castellano; Drummond; Hendry; Singh Sandhu; Whitlam; Baird; Ellery; Kostas; Quealy
en_AU s Tamblyn; Wakefield
en_CA g Geneviève; Brayden; Mackenzie; Harpreet; Étienne; Kirsten; Tyler; Chantal; Jagmeet
en_CA g Siobhan; Nolan; Ximena; Dmytro; Mei-Ling; Colton; Roxanne; Amara; Desmond; Yves; Leila
en_CA s Tremblay; Gagnon; Bouchard; MacKinnon; Dhillon; Kovalenko; Chrétien; Lachance; Fraser
en_CA s Sinclair; Grewal; Bélanger; Whitehorse; Okafor; Lévesque; Mercier; Carvalho; Hutchinson
en_CA s Chen; Rutherford
en_GB g Gareth; Imogen; Rhiannon; Alastair; Nkechi; Priti; Rupert; Ffion; Declan; Harriet; Tariq
en_GB g Morag; Jonty; Bethany; Kwame; Saoirse; Oliver; Yasmin; Dafydd; Agnieszka
en_GB s Featherstonehaugh; Pritchard; Ogunleye; Chaudhry; Llewellyn; Ashworth; Bhattacharya
en_GB s Cholmondeley; Duckworth; McTavish; Haworth; Okonkwo; Rahman; Thistlethwaite; Wojcik
en_GB s Greenhalgh; Ramsbottom; Kaur-Bains; Sutcliffe; Blenkinsop
en_IE g Aoife; Cillian; Niamh; Oisín; Caoimhe; Donal; Siobhán; Ruairí; Gráinne; Pádraig; Clodagh
en_IE g Eoin; Orla; Tadhg; Sorcha; Fergal; Méabh; Cathal; Róisín; Dermot
en_IE s O'Sullivan; Mac Giolla; O'Dwyer; MacNamara; Ní Bhriain; Ó Súilleabháin; Fitzpatrick
en_IE s McGuinness; Breathnach; O'Callaghan; Kavanagh; Mac Cárthaigh; Hennessy; Ó Briain
en_IE s Doherty; Twomey; Geraghty; Lenihan; Mulcahy; Ní Dhomhnaill
en_IN g Venkatesh; Lakshmi; Gurpreet; Anirban; Meenakshi; Farhan; Sneha; Rohit; Thenmozhi; Arjun
en_IN g Debjani; Ishaan; Kavya; Manpreet; Nandini; Sai Krishna; Zoya; Pradeep; Swati; Joseph
en_IN s Subramanian; Chatterjee; Deshpande; Iyengar; Banerjee; Kulkarni; Reddy; Nair; Siddiqui
en_IN s Dhaliwal; Venkataraman; Mukherjee; Pillai; Gokhale; Bhattacharjee; Ahluwalia; Menon
en_IN s Thakur; Varghese; Rathore
en_US g Tanisha; Brandon; Kayleigh; DeShawn; Madison; Guadalupe; Hunter; Jasmine; Cody; Lakshmi
en_US g Tomasz; Connor; Ebony; Hiroshi; Marisol; Trevor; Amani; Dakota; Nadia; Rocco
en_US s Washington; Kowalczyk; Delgado; Abernathy; Okoro; Yamamoto; Hernández; Gallagher
en_US s Vanderbilt; Jablonski; DeLuca; Nakamura; Whitfield; Castañeda; Boudreaux; Hawthorne
en_US s Van Buren; Lindgren; Kaczmarek; Thibodeaux
es_ES g Iñaki; Begoña; Ainhoa; Jordi; Montserrat; Xabier; Rocío; Álvaro; Nuria; Txema; Macarena
es_ES g Íker; Pilar; Ramón; Encarnación; Gonzalo; Leire; Borja; Maite; Sergi
es_ES s García Lorca; Etxeberria; Fernández de Córdoba; Puigdemont; Ibáñez; Castellanos
es_ES s de la Fuente; Urquijo; Martínez-Almeida; Villanueva; Gorostiza; Santamaría; Aranda
es_ES s Benítez; Carrasco; Olazábal; Quiroga; Sáenz; Vidal i Barraquer; Zubizarreta
fr_FR g Gwenaëlle; Thibault; Ségolène; Loïc; Maëlys; Grégoire; Océane; Yannick; Bérénice
fr_FR g Aurélien; Karima; Jean-Baptiste; Clémence; Mehdi; Anaïs; Benoît; Solène; Théo
fr_FR g Marie-Claire; Enzo
fr_FR s Le Goff; de Villepin; Lefèvre; Kerhervé; Boulanger; Chevallier; Benhamou; Rousseau
fr_FR s Marchetti; Delacroix; Perrin-Faure; Guégan; Lemaître; du Pontavice; Bouvier; Haddad
fr_FR s Mercadier; Pasquier; Thévenet; Vasseur
it_IT g Gianluca; Chiara; Ludovica; Pierpaolo; Assunta; Nicolò; Beatrice; Salvatore; Ginevra
it_IT g Raffaele; Ilaria; Domenico; Annalisa; Gennaro; Federica; Tommaso; Carmela; Mattia
it_IT g Rosalba; Vittorio
it_IT s Esposito; Della Valle; Lo Bianco; De Santis; Brambilla; Cannavacciuolo; Sartori
it_IT s D'Alessandro; Fumagalli; Mastroianni; Pellegrini; Quagliarella; Zanetti; Di Stefano
it_IT s Bergamaschi; Ferraresi; La Rocca; Monteleone; Scognamiglio; Tagliabue
nl_NL g Sanne; Joost; Femke; Maarten; Anouk; Wouter; Marloes; Bram; Ilse; Thijs; Mirjam; Gerrit
nl_NL g Noor; Pieter-Jan; Fleur; Sjoerd; Esmée; Kees; Yusuf; Lieke
nl_NL s van der Heijden; de Groot; Bosschaert; van Wijnbergen; Terpstra; Hoekstra; Mulder
nl_NL s van 't Hek; Brouwer; de Vries-Kok; Visscher; Zwanenburg; Kuipers; ter Horst; Oosterhuis
nl_NL s Dijkgraaf; van den Broek; Wijnaldum; Schimmelpenninck; Verhoeven
pt_BR g Thiago; Luana; Gustavo; Fernanda; Raimundo; Jéssica; Caio; Letícia; Joaquim; Valquíria
pt_BR g Rodrigo; Thaís; Anderson; Conceição; Wesley; Bianca; Heitor; Gislaine; Otávio
pt_BR g Maria Eduarda
pt_BR s da Silva; dos Santos; Nascimento; Albuquerque; Figueiredo; Cavalcanti; Gonçalves
pt_BR s de Oliveira; Brandão; Magalhães; Sampaio; Vasconcelos; Tavares; Azevedo; Queiroz
pt_BR s Bittencourt; Carvalho Pinto; Meirelles; Rezende; Uchôa
"""


def _parse(raw: str) -> dict[str, tuple[list[str], list[str]]]:
    out: dict[str, tuple[list[str], list[str]]] = {}
    for line in raw.strip().splitlines():
        locale, tag, names = line.split(" ", 2)
        given, surnames = out.setdefault(locale, ([], []))
        (given if tag == "g" else surnames).extend(n.strip() for n in names.split(";"))
    return out


NAMES: dict[str, tuple[list[str], list[str]]] = _parse(_RAW)

PARTICLES = {
    "von",
    "zu",
    "van",
    "der",
    "den",
    "de",
    "la",
    "le",
    "du",
    "da",
    "dos",
    "das",
    "del",
    "della",
    "lo",
    "di",
    "d'",
    "ter",
    "'t",
    "mac",
    "mc",
    "o'",
    "ní",
    "ó",
    "i",
    "y",
    "e",
    "singh",
    "kaur",
    "bin",
    "al",
}

TITLES = {
    "de": ["Dr.", "Prof.", "Frau", "Herr", "Prof. Dr."],
    "en": ["Dr", "Dr.", "Prof.", "Ms", "Mr", "Mrs"],
    "es": ["Dra.", "Dr.", "Sra.", "Sr.", "D.ª"],
    "fr": ["Dr", "Pr", "Mme", "M."],
    "it": ["Dott.", "Dott.ssa", "Ing.", "Avv.", "Prof.ssa"],
    "nl": ["dr.", "mr.", "ir.", "mevrouw", "meneer"],
    "pt": ["Dr.", "Dra.", "Sr.", "Sra.", "Prof.ª"],
}


def surname_tokens(surname: str) -> list[str]:
    """The non-particle tokens of a surname (hyphenated parts apart): its fragments."""
    out = []
    for word in surname.replace("-", " ").split():
        low = word.lower()
        if low in PARTICLES:
            continue
        if low[:2] in ("o'", "d'") and len(word) > 4:
            word = word[2:]
        if len(word) >= 3:
            out.append(word)
    return out
