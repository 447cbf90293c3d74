"""Thirty-ninth set: streets, towns with postcodes, phone plans, mail and web words per locale.

Streets are (type word, name) pairs; the name tokens become t: fragments, the type word never.
"""

from __future__ import annotations


def _w(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


def _pairs(text: str) -> list[tuple[str, str]]:
    return [tuple(p.split("|")) for p in _w(text)]  # type: ignore[misc]


# (street type, street name); the type may come after the name (order in FORMAT below).
STREETS = {
    "en_US": _pairs("Avenue|Sycamore, Street|Chestnut, Boulevard|Magnolia, Drive|Ridgecrest, "
                    "Lane|Whispering Pines, Road|Old Mill, Avenue|Lexington, Street|Juniper, "
                    "Court|Bellflower, Drive|Cottonwood, Way|Harbor View, Street|Mulberry, "
                    "Avenue|Dearborn, Road|Quail Hollow, Street|Larkspur"),
    "en_GB": _pairs("Road|Cavendish, Street|Wellington, Lane|Primrose, Avenue|Beechwood, "
                    "Close|Hawthorn, Crescent|Lansdowne, Road|Tollington, Street|Bridgewater, "
                    "Grove|Sefton, Terrace|Alderney, Way|Kingsmead, Road|Burngreave, "
                    "Place|Mornington, Gardens|Elmhurst, Row|Coppergate"),
    "de_CH": _pairs("strasse|Seefeld, gasse|Bundes, weg|Rosenberg, strasse|Zähringer, "
                    "gasse|Spital, strasse|Militär, weg|Sonnenhalden, strasse|Bahnhof, "
                    "strasse|Badener, gasse|Markt, strasse|Hohl, weg|Buchen, "
                    "strasse|Wülflinger, rain|Kirch, strasse|Mythen"),
    "fr_BE": _pairs("Rue|des Alexiens, Avenue|Louise, Rue|Haute, Chaussée|de Wavre, "
                    "Rue|Saint-Gilles, Boulevard|d'Avroy, Rue|des Guillemins, Avenue|Brugmann, "
                    "Rue|du Marché, Rue|de Fragnée, Place|Flagey, Rue|Vandervelde, "
                    "Avenue|des Nerviens, Rue|Léopold, Quai|de Rome"),
    "es_AR": _pairs("Av.|Corrientes, Calle|Uriarte, Av.|Santa Fe, Calle|Gorriti, "
                    "Av.|Rivadavia, Calle|Thames, Calle|Bulnes, Av.|Pellegrini, Calle|Balcarce, "
                    "Pasaje|Bollini, Calle|Humahuaca, Av.|Belgrano, Calle|Lavalleja, "
                    "Calle|Zelarrayán, Bv.|Oroño"),
    "it_IT": _pairs("Via|Solferino, Corso|Buenos Aires, Via|dei Mille, Viale|Monza, "
                    "Via|Tortona, Piazza|Cavour, Via|Nazionale, Via|Toledo, Corso|Vercelli, "
                    "Via|Sparano, Viale|Marconi, Via|Garibaldi, Vicolo|del Cedro, "
                    "Via|Etnea, Borgo|Pinti"),
    "pl_PL": _pairs("ul.|Marszałkowska, ul.|Piotrkowska, al.|Jerozolimskie, ul.|Długa, "
                    "ul.|Kościuszki, ul.|Grunwaldzka, ul.|Słowackiego, os.|Piastowskie, "
                    "ul.|Ogrodowa, pl.|Kolegiacki, ul.|Świętokrzyska, ul.|Wierzbowa, "
                    "ul.|Kasprowicza, al.|Niepodległości, ul.|Szewska"),
    "en_IN": _pairs("Road|Brigade, Road|Linking, Street|Park, Road|Residency, "
                    "Marg|Bhandarkar, Road|Lamington, Salai|Anna, Road|Hosur, Road|Palarivattom, "
                    "Road|Banjara Hills, Nagar|Indira, Road|Senapati Bapat, Street|Commissariat, "
                    "Road|Koramangala, Lane|Hanuman"),
    "ro_RO": _pairs("Str.|Lipscani, Bd.|Unirii, Str.|Horea, Calea|Victoriei, Str.|Observatorului, "
                    "Str.|Memorandumului, Bd.|Eroilor, Str.|Păcurari, Aleea|Trandafirilor, "
                    "Str.|Paltinului, Șos.|Pantelimon, Str.|Zizinului, Bd.|Revoluției, "
                    "Str.|Republicii, Str.|Dacia"),
    "pt_CV": _pairs("Rua|Serpa Pinto, Avenida|Cidade de Lisboa, Rua|Andrade Corvo, Rua|Lisboa, "
                    "Avenida|Amílcar Cabral, Rua|Cristiano Sena Barcelos, Largo|do Pelourinho, "
                    "Rua|Baltasar Lopes, Travessa|Achada Grande, Rua|Cesário de Lacerda, "
                    "Rua|Bela Vista, Avenida|Marginal, Rua|Patrice Lumumba, Rua|Fernão Gomes, "
                    "Rua|Guiné-Bissau"),
    "es_CU": _pairs("Calle|Obispo, Calle|Neptuno, Calle|San Lázaro, Calle|Línea, "
                    "Avenida|de los Presidentes, Calle|Aguiar, Calle|Galiano, Calle|Heredia, "
                    "Calle|Enramadas, Calle|Maceo, Calle|Gervasio, Calle|Compostela, "
                    "Calle|Independencia, Calle|Martí, Calle|Cisneros"),
    "en_GY": _pairs("Street|Robb, Street|Regent, Avenue|Vlissengen, Street|Camp, "
                    "Street|Brickdam, Road|Sheriff, Street|Charlotte, Street|Hadfield, "
                    "Avenue|Carifesta, Street|Cummings, Road|Mandela, Street|Middle, "
                    "Street|Waterloo, Road|Lamaha, Street|Alexander"),
}

# (town, postcode or postcode stem, extra) written by hand per locale.
TOWNS = {
    "en_US": [("Columbus", "OH", "432"), ("Sacramento", "CA", "958"), ("Tucson", "AZ", "857"),
              ("Raleigh", "NC", "276"), ("Omaha", "NE", "681"), ("Spokane", "WA", "992"),
              ("Knoxville", "TN", "379"), ("Boise", "ID", "837"), ("Dayton", "OH", "454"),
              ("Savannah", "GA", "314"), ("Madison", "WI", "537"), ("Tulsa", "OK", "741")],
    "en_GB": [("Leeds", "LS6", ""), ("Sheffield", "S11", ""), ("Bristol", "BS7", ""),
              ("Norwich", "NR2", ""), ("Cardiff", "CF24", ""), ("Leicester", "LE2", ""),
              ("York", "YO31", ""), ("Glasgow", "G12", ""), ("Manchester", "M20", ""),
              ("Brighton", "BN1", ""), ("Exeter", "EX4", ""), ("Derby", "DE22", "")],
    "de_CH": [("Zürich", "8004", "ZH"), ("Bern", "3011", "BE"), ("Basel", "4056", "BS"),
              ("Luzern", "6003", "LU"), ("Winterthur", "8400", "ZH"), ("St. Gallen", "9000", "SG"),
              ("Thun", "3600", "BE"), ("Chur", "7000", "GR"), ("Aarau", "5000", "AG"),
              ("Schaffhausen", "8200", "SH"), ("Zug", "6300", "ZG"), ("Olten", "4600", "SO")],
    "fr_BE": [("Bruxelles", "1000", ""), ("Ixelles", "1050", ""), ("Liège", "4000", ""),
              ("Namur", "5000", ""), ("Charleroi", "6000", ""), ("Mons", "7000", ""),
              ("Wavre", "1300", ""), ("Louvain-la-Neuve", "1348", ""), ("Arlon", "6700", ""),
              ("Tournai", "7500", ""), ("Verviers", "4800", ""), ("Nivelles", "1400", "")],
    "es_AR": [("CABA", "C", "1"), ("La Plata", "B", "19"), ("Rosario", "S", "20"),
              ("Córdoba", "X", "50"), ("Mendoza", "M", "55"),
              ("San Miguel de Tucumán", "T", "40"),
              ("Mar del Plata", "B", "76"), ("Salta", "A", "44"), ("Neuquén", "Q", "83"),
              ("Santa Fe", "S", "30"), ("Bahía Blanca", "B", "80"), ("Paraná", "E", "31")],
    "it_IT": [("Milano", "201", "MI"), ("Roma", "001", "RM"), ("Napoli", "801", "NA"),
              ("Torino", "101", "TO"), ("Bari", "701", "BA"), ("Bologna", "401", "BO"),
              ("Firenze", "501", "FI"), ("Catania", "951", "CT"), ("Verona", "371", "VR"),
              ("Padova", "351", "PD"), ("Lecce", "731", "LE"), ("Genova", "161", "GE")],
    "pl_PL": [("Warszawa", "00", ""), ("Kraków", "31", ""), ("Łódź", "90", ""),
              ("Wrocław", "50", ""), ("Poznań", "61", ""), ("Gdańsk", "80", ""),
              ("Lublin", "20", ""), ("Katowice", "40", ""), ("Białystok", "15", ""),
              ("Rzeszów", "35", ""), ("Szczecin", "70", ""), ("Toruń", "87", "")],
    "en_IN": [("Bengaluru", "5600", "Karnataka"), ("Mumbai", "4000", "Maharashtra"),
              ("Pune", "4110", "Maharashtra"), ("Chennai", "6000", "Tamil Nadu"),
              ("Hyderabad", "5000", "Telangana"), ("Kochi", "6820", "Kerala"),
              ("Kolkata", "7000", "West Bengal"), ("Ahmedabad", "3800", "Gujarat"),
              ("Jaipur", "3020", "Rajasthan"), ("Lucknow", "2260", "Uttar Pradesh"),
              ("Bhubaneswar", "7510", "Odisha"), ("Indore", "4520", "Madhya Pradesh")],
    "ro_RO": [("București", "0", "Sector 3"), ("Cluj-Napoca", "400", "jud. Cluj"),
              ("Iași", "700", "jud. Iași"), ("Timișoara", "300", "jud. Timiș"),
              ("Brașov", "500", "jud. Brașov"), ("Constanța", "900", "jud. Constanța"),
              ("Sibiu", "550", "jud. Sibiu"), ("Oradea", "410", "jud. Bihor"),
              ("Craiova", "200", "jud. Dolj"), ("Galați", "800", "jud. Galați"),
              ("Suceava", "720", "jud. Suceava"), ("Ploiești", "100", "jud. Prahova")],
    "pt_CV": [("Praia", "7600", "Santiago"), ("Mindelo", "2110", "São Vicente"),
              ("Espargos", "4110", "Sal"), ("Assomada", "7100", "Santiago"),
              ("Santa Maria", "4111", "Sal"), ("São Filipe", "8200", "Fogo"),
              ("Sal Rei", "5110", "Boa Vista"), ("Ribeira Grande", "1110", "Santo Antão"),
              ("Porto Novo", "1210", "Santo Antão"), ("Tarrafal", "7220", "Santiago"),
              ("Pedra Badejo", "7300", "Santiago"), ("Vila do Maio", "6110", "Maio")],
    "es_CU": [("La Habana", "10", "Centro Habana"), ("Santiago de Cuba", "90", "Santiago"),
              ("Camagüey", "70", "Camagüey"), ("Holguín", "80", "Holguín"),
              ("Santa Clara", "50", "Villa Clara"), ("Cienfuegos", "55", "Cienfuegos"),
              ("Matanzas", "40", "Matanzas"), ("Pinar del Río", "20", "Pinar del Río"),
              ("Bayamo", "85", "Granma"), ("Trinidad", "62", "Sancti Spíritus"),
              ("Guantánamo", "95", "Guantánamo"), ("Las Tunas", "75", "Las Tunas")],
    "en_GY": [("Georgetown", "", "Demerara-Mahaica"), ("Linden", "", "Upper Demerara-Berbice"),
              ("New Amsterdam", "", "East Berbice-Corentyne"), ("Anna Regina", "", "Pomeroon-"
              "Supenaam"), ("Bartica", "", "Cuyuni-Mazaruni"), ("Corriverton", "", "East "
              "Berbice-Corentyne"), ("Rose Hall", "", "East Berbice-Corentyne"),
              ("Parika", "", "Essequibo Islands-West Demerara"), ("Lethem", "", "Upper "
              "Takutu-Upper Essequibo"), ("Mahaicony", "", "Mahaica-Berbice"),
              ("Vreed-en-Hoop", "", "Essequibo Islands-West Demerara"),
              ("Diamond", "", "Demerara-Mahaica")],
}

# Neighbourhoods and unit words (never fragments).
UNIT = {
    "en_US": ("Apt", "Suite", "Unit"), "en_GB": ("Flat", "Flat", "Apartment"),
    "de_CH": ("", "", ""), "fr_BE": ("bte", "boîte", "bte"),
    "es_AR": ("piso", "dto.", "PB"), "it_IT": ("int.", "scala", "int."),
    "pl_PL": ("m.", "lok.", "m."), "en_IN": ("Flat", "No.", "Flat"),
    "ro_RO": ("ap.", "bl.", "sc."), "pt_CV": ("r/c", "1.º andar", "2.º esq."),
    "es_CU": ("apto.", "e/", "bajos"), "en_GY": ("Lot", "Lot", "Lot"),
}

# Box forms: (written form, country word) ; the number is the p: fragment.
BOX = {
    "en_US": "PO Box", "en_GB": "PO Box", "de_CH": "Postfach", "fr_BE": "Boîte postale",
    "es_AR": "Casilla de Correo", "it_IT": "Casella Postale", "pl_PL": "skrytka pocztowa",
    "en_IN": "Post Box No.", "ro_RO": "Căsuța Poștală", "pt_CV": "Caixa Postal",
    "es_CU": "Apartado", "en_GY": "P.O. Box",
}

# Phone plans: (prefixes, digits after the prefix) in national significant form.
PHONE_PLAN = {
    "en_US": _w("212, 415, 312, 617, 206, 512, 303, 404, 713, 602, 614, 919, 402, 865"),
    "en_GB": _w("207, 203, 1614, 1132, 1179, 1214, 7700, 7712, 7823, 7947, 7508, 7398"),
    "de_CH": _w("44, 31, 61, 41, 52, 71, 76, 77, 78, 79"),
    "fr_BE": _w("2, 4, 9, 81, 10, 470, 471, 472, 475, 476, 477, 478, 479, 484, 486, 496"),
    "es_AR": _w("11, 351, 341, 261, 221, 381, 223, 911, 9351, 9341, 9261"),
    "it_IT": _w("02, 06, 011, 081, 051, 055, 080, 320, 328, 333, 339, 347, 348, 366, 392"),
    "pl_PL": _w("22, 12, 61, 71, 58, 42, 501, 502, 512, 601, 605, 691, 724, 785, 881"),
    "en_IN": _w("98, 97, 96, 94, 93, 91, 90, 88, 87, 80, 78, 70, 63, 11, 22, 80, 44"),
    "ro_RO": _w("21, 31, 264, 232, 256, 721, 722, 723, 740, 744, 745, 755, 766, 788"),
    "pt_CV": _w("91, 95, 97, 98, 99, 26, 23, 22"),
    "es_CU": _w("51, 52, 53, 54, 55, 56, 58, 59, 78, 72"),
    "en_GY": _w("60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 22, 23, 26"),
}
# National significant number length by region (Belgian mobiles 9, other Belgian numbers 8;
# Argentine mobiles with the 9 are 11).
NSN_LEN = {"US": 10, "GB": 10, "CH": 9, "BE": 8, "AR": 10, "IT": 10, "PL": 9, "IN": 10,
           "RO": 9, "CV": 7, "CU": 8, "GY": 7}

REGION = {"en_US": "US", "en_GB": "GB", "de_CH": "CH", "fr_BE": "BE", "es_AR": "AR",
          "it_IT": "IT", "pl_PL": "PL", "en_IN": "IN", "ro_RO": "RO", "pt_CV": "CV",
          "es_CU": "CU", "en_GY": "GY"}
CALLING = {"US": "1", "GB": "44", "CH": "41", "BE": "32", "AR": "54", "IT": "39", "PL": "48",
           "IN": "91", "RO": "40", "CV": "238", "CU": "53", "GY": "592"}

# E-mail domains: personal providers and employers / agencies written for this set.
MAIL = {
    "en_US": _w("gmail.com, yahoo.com, outlook.com, icloud.com, peoplefirst-hr.com, "
                "midwestpayroll.net, talentbridge.io, oakcrest-staffing.com"),
    "en_GB": _w("btinternet.com, gmail.com, outlook.com, sky.com, northgate-recruit.co.uk, "
                "payrollhub.co.uk, yorkshirepeople.org.uk, brightfield-hr.co.uk"),
    "de_CH": _w("bluewin.ch, gmx.ch, sunrise.ch, hispeed.ch, lohnbuero-aare.ch, "
                "personalpartner.ch, stellenwerk.ch, proton.me"),
    "fr_BE": _w("skynet.be, telenet.be, gmail.com, hotmail.com, rh-wallonie.be, "
                "secretariat-social.be, interim-meuse.be, proximus.be"),
    "es_AR": _w("gmail.com, hotmail.com, yahoo.com.ar, fibertel.com.ar, rrhh-pampa.com.ar, "
                "liquidaciones.com.ar, talentosur.com, outlook.com"),
    "it_IT": _w("libero.it, virgilio.it, tiscali.it, gmail.com, studiopaghe.it, "
                "risorseumane-nord.it, lavoro-sud.it, pec.it"),
    "pl_PL": _w("wp.pl, o2.pl, onet.pl, interia.pl, gmail.com, kadry-plus.pl, "
                "biuro-plac.pl, rekrutacja24.pl"),
    "en_IN": _w("gmail.com, rediffmail.com, yahoo.co.in, outlook.com, hirewell.in, "
                "paymitra.co.in, naukri-desk.in, talentkraft.co.in"),
    "ro_RO": _w("yahoo.ro, gmail.com, yahoo.com, outlook.com, resurse-umane.ro, "
                "salarizare-ardeal.ro, recrutare.ro, digi.ro"),
    "pt_CV": _w("cvtelecom.cv, hotmail.com, gmail.com, sapo.cv, rh-praia.cv, "
                "emprego-mindelo.cv, inps.cv, yahoo.com"),
    "es_CU": _w("nauta.cu, nauta.co.cu, gmail.com, infomed.sld.cu, etecsa.cu, "
                "empleo.cu, rrhh-habana.cu, uh.cu"),
    "en_GY": _w("gmail.com, yahoo.com, hotmail.com, guyana.net.gy, demerara-hr.com, "
                "payroll.gy, essequibo-jobs.com, outlook.com"),
}

# URL platforms for slugs, and personal-site TLDs.
SLUG_SITES = _w("linkedin.com/in, github.com, calendly.com, behance.net, about.me, "
                "gitlab.com, medium.com/@, dribbble.com")
SITE_TLD = {"en_US": "com", "en_GB": "co.uk", "de_CH": "ch", "fr_BE": "be", "es_AR": "com.ar",
            "it_IT": "it", "pl_PL": "pl", "en_IN": "in", "ro_RO": "ro", "pt_CV": "cv",
            "es_CU": "cu", "en_GY": "gy"}
