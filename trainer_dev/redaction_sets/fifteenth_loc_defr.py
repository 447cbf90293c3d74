"""German and French locales of the fifteenth set (de_DE, fr_FR), written by hand."""

from __future__ import annotations

from . import fifteenth_num as num


def _de_ids(rng, person):
    v = num.de_steuer_id(rng)
    form = rng.choice(["spaced", "compact", "compact"])
    return form, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if form == "spaced" else v


def _fr_ids(rng, person):
    v = num.fr_nir(rng)
    form = rng.choice(["spaced", "spaced", "compact"])
    sp = f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    return form, sp if form == "spaced" else v


DE_DE = dict(
    code="de_DE", cc="DE", region="DE", intl="49", iban_cc=["DE"], tld="de",
    titles=["Herr", "Frau", "Dr.", "Familie"],
    given="Lukas Leon Finn Jonas Paul Felix Maximilian Anna Lena Marie Sophie Laura Hannah Lea "
          "Emma Mehmet Ayşe Emre Fatma Elif Dimitri Olga Katarzyna Piotr Jelena Ivana Giuseppe "
          "Francesca Yusuf Amira Kofi Thanh Jürgen Ursula Heike Dieter Sabine Björn Gül Malte",
    surnames="Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, "
             "Hoffmann, Koch, Richter, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, "
             "Krüger, Hartmann, Lange, Werner, Krause, Lehmann, Köhler, Yılmaz, Kaya, Demir, "
             "Öztürk, Kowalski, Nowak, Popović, Petrović, Rossi, Nguyen, Hassan, von Bülow, Weiß, "
             "Schäfer, Okonkwo",
    email_domains=["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de",
                   "freenet.de"],
    trades=["sanitaer", "malerbetrieb", "nachhilfe", "kuchen", "hausmeister", "foto"],
    streets=[("Hauptstraße", "Hauptstr."), ("Lindenstraße", "Lindenstr."),
             ("Bahnhofstraße", "Bahnhofstr."), ("Goethestraße", "Goethestr."),
             ("Am Mühlbach", "Am Mühlbach"), ("Schillerplatz", "Schillerpl."),
             ("Kastanienallee", "Kastanienallee"), ("Berliner Straße", "Berliner Str."),
             ("Rosenweg", "Rosenweg"), ("Eichendorffstraße", "Eichendorffstr."),
             ("Sonnenallee", "Sonnenallee"), ("Friedrich-Ebert-Straße", "Friedrich-Ebert-Str.")],
    stop={"straße", "str", "am", "an", "der", "im", "zum", "zur", "platz"},
    towns=[("Berlin", ["10115", "10437", "12047", "10999"]), ("Hamburg", ["20095", "22765"]),
           ("München", ["80331", "80469", "81541"]), ("Köln", ["50667", "50674", "50823"]),
           ("Leipzig", ["04109", "04275", "04315"]), ("Frankfurt am Main", ["60311", "60316"]),
           ("Stuttgart", ["70173", "70178", "70199"]), ("Dortmund", ["44135", "44137"]),
           ("Freiburg im Breisgau", ["79098", "79102"]), ("Bremen", ["28195", "28203"])],
    addr={"full": ["{s} {no}, {pc} {town}", "{s} {no}, D-{pc} {town}", "{s} {no} {pc} {town}"],
          "unit": ["{s} {no}, {u}, {pc} {town}", "{s} {no} ({u})", "{s} {no}, {u}"],
          "street": ["{s} {no}"]},
    units=["{f}. OG", "{f}. OG links", "EG rechts", "Hinterhaus, {f}. Stock", "Whg. {n}",
           "Aufgang {l}", "DG"],
    phones=[(["151", "152", "157", "159", "176"], 11,
             ["national=0### ########", "intl=+49 ### ########", "slash=0###/########",
              "intl00=0049 ### ########", "grouped=0### #### ####",
              "intl_zero=+49 (0)### ########", "compact=0###########"]),
            (["160", "170", "171", "175"], 10,
             ["national=0### #######", "intl=+49 ### #######", "slash=0###/#######",
              "grouped=0### ### ####", "compact=0##########"]),
            (["30"], 10, ["national=0## ########", "slash=0##/########", "intl=+49 ## ########",
                          "paren=(0##) #### ####"]),
            (["221", "711"], 10, ["national=0### #######", "intl=+49 ### #######",
                                  "dashed=0###-#######"])],
    ids=_de_ids, cur=["{a} €", "{a} Euro", "{a} EUR", "{a}€"], thou=".", dec=",",
    months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember"],
    datef=["{d}.{m}.{y}", "{dd}.{mm}.{y}", "{d}. {mon}", "{dd}.{mm}."],
    timef=["{h}:{mm} Uhr", "{h}.{mm} Uhr", "{h}:{mm}"],
    measures=["{n} kg", "{n} m²", "{n} km", "{n} qm"],
    plates=["B-LL DDDD", "M-LL DDD", "HH-L DDDD", "K-LL DDD", "S-LL DDDD"],
    flights=["LH", "EW", "DE", "X3"],
    companys="IKEA | dm | Rossmann | DHL | Hermes | Lidl | Deutsche Bahn | MediaMarkt",
    products="Thermomix | Vorwerk Kobold | Weber Grill | Bosch Akkuschrauber",
    places="Goethe-Gymnasium | Schillerpark | Alexanderplatz | Humboldt-Universität | "
           "Bismarckturm | Sophie-Scholl-Schule | Karl-Marx-Allee",
    genres={
        "classified": "Verkaufe unseren Esstisch aus Eiche, nur Abholung. | Biete gebrauchtes "
                      "Kinderfahrrad, gut erhalten. | Wegen Umzug zu verkaufen: Sofa, Regal und "
                      "Kühlschrank. | Verkaufe mein Auto, TÜV neu.",
        "rental": "WG-Zimmer ab nächsten Monat frei! | Schöne Altbauwohnung zur Nachmiete, "
                  "Besichtigung nach Absprache. | Suche Nachmieter für meine Wohnung.",
        "jobs": "Suche zuverlässige Putzhilfe, ein paar Stunden pro Woche. | Erfahrener "
                "Handwerker übernimmt kleine Reparaturen. | Unser Café sucht Aushilfen fürs "
                "Wochenende!",
        "lost_found": "VERMISST: grau getigerte Katze, sehr scheu, hört auf Mimi. | "
                      "Schlüsselbund auf dem Spielplatz gefunden. | Geldbörse zwischen Bahnhof "
                      "und Bücherei verloren, braunes Leder.",
        "carpool": "Mitfahrgelegenheit nach Hamburg am Samstag, noch zwei Plätze frei. | Fährt "
                   "jemand Freitag früh zum Flughafen? Spritkosten teilen wir. | "
                   "Fahrgemeinschaft ins Gewerbegebiet, ein Platz frei.",
        "services": "Kann jemand einen guten Elektriker empfehlen? | Großes Dankeschön an den "
                    "Klempner, der unsere Heizung repariert hat! | Nachhilfe in Mathe und "
                    "Deutsch, alle Klassenstufen.",
        "notice": "Hinweis an alle Mieter: Am Dienstagvormittag wird das Wasser abgestellt. | "
                  "Paket beim Nachbarn abgegeben, bitte abholen. | Ab nächster Woche "
                  "Bauarbeiten im Hof, sorry für den Lärm.",
        "club": "Der Lauftreff startet wieder nach der Winterpause. | Die Gemeinde sucht "
                "Ehrenamtliche für die Tafel. | Schulfest am Samstag, Kuchenspenden willkommen!",
        "review": "Kurze Bewertung der neuen Werkstatt in der Innenstadt. | Ehrliches Feedback "
                  "nach unserem Küchenumbau. | War beim neuen Zahnarzt um die Ecke, hier mein "
                  "Fazit.",
        "rsvp": "Die Liste fürs Straßenfest ist offen, bitte eintragen! | Bitte gebt bis "
                "Freitag Bescheid, wer zum Elternabend kommt. | Wer hilft beim Frühjahrsputz im "
                "Park? Tragt euch unten ein.",
        "swap": "Zu verschenken: Babykleidung, meist Mädchen. | Tauschbörse: schreibt, was ihr "
                "habt und was ihr sucht. | Antwort auf meinen Beitrag von gestern: das Sofa ist "
                "noch da.",
    },
    phr={
        "EMAIL": "Fotos gerne per Mail an {v}. | Fragen bitte an {v}. | Die Organisatorin "
                 "erreicht ihr unter {v}. | Kontakt: {v} | Schreibt mir an {v}, ich antworte "
                 "abends.",
        "PHONE": "Anrufen oder SMS an {v}. | WhatsApp an {v} ab 18 Uhr. | Bitte unter {v} "
                 "melden, falls ihr sie seht! | Tel.: {v} | Seine Nummer ist {v}, sagt einen "
                 "Gruß von uns. | Nur per Signal: {v}",
        "URL": "Mehr Bilder unter {v}. | Infos und Anmeldung über {v} | Schaut mal auf seine "
               "Seite {v} | ganze Anzeige hier: {v}",
        "IP": "Im Kamera-Log steht ein Login von {v}, ist das jemand von euch? | Das Haus-WLAN "
              "sperrt ständig {v}, kann der Admin das freigeben? | Laut Router zieht das Gerät "
              "mit {v} die ganze Bandbreite.",
        "CARD": "ACHTUNG: Ein 'Käufer' wollte, dass ich die Karte {v} bestätige. Betrug, bloß "
                "nicht machen! | Jemand hat aus Versehen seine Kartennummer {v} in den "
                "Gruppenchat gestellt, bitte löschen! | Schickt niemals Kartendaten wie {v} an "
                "angebliche Paketdienste.",
        "IBAN": "Kaution bitte auf {v} überweisen. | Die Anzahlung geht an {v}. | Überweisung "
                "an {v}, Verwendungszweck: euer Name. | IBAN für die Spende: {v}",
        "ID": "Geldbörse gefunden, darin ein Brief mit der Steuer-ID {v}. | Der 'Vermieter' "
              "will vorab meine Steuer-ID {v}, ist das normal? | Auf dem gefundenen Brief steht "
              "die Steuer-Identifikationsnummer {v}.",
        "PERSON": "Unser Klempner {v} war super, klare Empfehlung. | Fragt am Empfang nach {v}. "
                  "| {v} vom Kiosk sammelt Spenden. | Tausend Dank an {v}, der unseren Hund "
                  "gefunden hat! | Die Nachhilfelehrerin {v} ist geduldig und nett. | Fahrt "
                  "organisiert von {v}. | Finger weg von {v}, Kaution kassiert und weg.",
        "MEMBER": "{v} bringt den Pavillon mit. | Bisher eingetragen: {v}. | Danke {v} fürs "
                  "Organisieren! | Schlüssel gibt's bei {v} hier in der Gruppe. | {v} übernimmt "
                  "dieses Jahr den Stand. | {v} nimmt diese Woche die Pakete an.",
        "ADDRESS": "Besichtigung: {v}. | Abholung in der {v}. | Treffpunkt: {v}. | Abgabe bei "
                   "{v}, oberste Klingel. | Das Paket liegt beim Nachbarn, {v}. | Adresse: {v}",
    },
    la={
        "price": "Preis: {v} VB. | Für {v} abzugeben. | {v} Festpreis. | neu {v} bezahlt",
        "date": "Frei ab {v}. | Termin am {v}. | Auszug am {v}.",
        "time": "Einlass ab {v}. | Abholung gegen {v}. | Abfahrt pünktlich um {v}.",
        "hours": "Geöffnet Mo–Fr {v}. | Sprechzeiten {v}.",
        "order_no": "Bestellung {v} kam beschädigt an. | (Bestellnr. {v})",
        "tracking": "Sendungsnummer: {v} | Laut Sendungsverfolgung {v} zugestellt.",
        "model": "Modell {v}, funktioniert einwandfrei. | Es ist ein {v}.",
        "serial": "Seriennummer {v} steht auf der Rechnung.",
        "isbn": "Schulbuch, ISBN {v}, kaum benutzt.",
        "dimension": "Maße: {v}. | Größe {v}.",
        "measure": "Wiegt ca. {v}. | Etwa {v}.",
        "plate": "Kennzeichen {v}. | Der Transporter mit {v} parkt ständig die Einfahrt zu.",
        "bus": "Mit dem Bus {v} bis zur Endhaltestelle. | Linie {v} hält direkt vor der Tür.",
        "room": "Treffen in Raum {v}. | Raum {v} im Gemeindehaus.",
        "version": "Firmware {v} ist drauf. | App-Version {v}",
        "flight": "Ich lande mit {v}, kann mich jemand abholen?",
        "company": "Gekauft bei {v}. | Günstiger als bei {v}.",
        "product": "Inklusive {v}. | Tausche gegen {v}.",
        "place": "Nähe {v}. | Gegenüber {v}.",
        "year": "Neu gekauft {v}.",
        "invoice": "Rechnung {v} liegt bei.",
        "ticket": "Bei der Stadt gemeldet, Vorgang {v}.",
    },
    closers="Danke! | Viele Grüße. | Bei Fragen gern per PN. | Wer zuerst kommt, mahlt zuerst. "
            "| Bitte keine Scherzanfragen. | Schönes Wochenende euch allen.",
    free="Nur Abholung, kein Versand. | Nichtraucherhaushalt ohne Haustiere. | Fragen gern hier "
         "in den Kommentaren. | Barzahlung bei Abholung bevorzugt. | Teilt das gern mit "
         "Interessierten. | Alle sind willkommen, bringt Freunde mit. | Suche weiter, jeder "
         "Hinweis hilft. | Guter Zustand, kleine Gebrauchsspuren. | Updates folgen hier. | "
         "Kinder sind herzlich willkommen. | Bitte freundlich bleiben in den Kommentaren.",
)

FR_FR = dict(
    code="fr_FR", cc="FR", region="FR", intl="33", iban_cc=["FR"], tld="fr",
    titles=["M.", "Mme", "Madame", "Monsieur", "Dr"],
    given="Lucas Hugo Louis Gabriel Arthur Jules Emma Léa Chloé Manon Camille Inès Jade Sarah "
          "Mohamed Karim Yasmine Fatou Mamadou Aïcha Nour Rayan Nicolas Julien Céline Nathalie "
          "Sandrine Thierry Pascal Sébastien Elodie Aurélie Kévin Mathéo Lina Djibril Linh",
    surnames="Martin, Bernard, Dubois, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, "
             "Laurent, Lefèvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, "
             "Girard, Bonnet, Dupont, Lambert, Fontaine, Rousseau, Benali, Haddad, Diallo, "
             "Traoré, Nguyen, Le Gall, Le Goff, Da Silva, Ferreira, Mercier, Boyer, Chevalier, "
             "Kaddour, Ben Youssef",
    email_domains=["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "hotmail.fr",
                   "wanadoo.fr"],
    trades=["plomberie", "gateaux", "cours", "menage", "bricolage", "photo"],
    streets=[("rue de la République", "r. de la République"),
             ("avenue Jean Jaurès", "av. Jean Jaurès"), ("boulevard Voltaire", "bd Voltaire"),
             ("rue des Lilas", "r. des Lilas"), ("impasse des Tilleuls", "imp. des Tilleuls"),
             ("rue Victor Hugo", "r. Victor Hugo"), ("chemin des Vignes", "ch. des Vignes"),
             ("allée des Peupliers", "all. des Peupliers"),
             ("rue du Faubourg Saint-Antoine", "r. du Fbg Saint-Antoine"),
             ("quai de la Loire", "quai de la Loire"), ("rue Oberkampf", "r. Oberkampf"),
             ("avenue Gambetta", "av. Gambetta")],
    stop={"rue", "avenue", "av", "boulevard", "bd", "impasse", "imp", "chemin", "ch", "allée",
          "all", "quai", "fbg", "faubourg", "place", "pl", "saint"},
    towns=[("Paris", ["75011", "75018", "75020", "75012"]), ("Lyon", ["69001", "69003"]),
           ("Marseille", ["13001", "13005", "13006"]), ("Toulouse", ["31000", "31400"]),
           ("Nantes", ["44000", "44300"]), ("Lille", ["59000", "59800"]),
           ("Bordeaux", ["33000", "33800"]), ("Strasbourg", ["67000", "67100"]),
           ("Montreuil", ["93100"]), ("Rennes", ["35000", "35200"])],
    addr={"full": ["{no} {s}, {pc} {town}", "{no}, {s} {pc} {town}", "{no} {s} - {pc} {town}"],
          "unit": ["{no} {s}, {u}, {pc} {town}", "{u}, {no} {s}", "{no} {s} ({u})"],
          "street": ["{no} {s}"]},
    units=["bât. {l}", "{f}e étage", "apt {n}", "esc. {l}, {f}e étage", "bât. {l}, porte droite",
           "{f}e étage gauche"],
    phones=[(["6", "7"], 9, ["national=0# ## ## ## ##", "dots=0#.##.##.##.##",
                             "intl=+33 # ## ## ## ##", "intl_zero=+33 (0)# ## ## ## ##",
                             "compact=0#########", "dashed=0#-##-##-##-##",
                             "intl00=0033 # ## ## ## ##"]),
            (["1", "2", "3", "4", "5"], 9, ["national=0# ## ## ## ##", "dots=0#.##.##.##.##",
                                            "intl=+33 # ## ## ## ##"])],
    ids=_fr_ids, cur=["{a} €", "{a}€", "{a} euros", "{a} EUR"], thou=" ", dec=",",
    months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"],
    datef=["{dd}/{mm}/{y}", "{d} {mon}", "{d} {mon} {y}", "{dd}/{mm}"],
    timef=["{h}h{mm}", "{h}h", "{h}:{mm}"], measures=["{n} kg", "{n} m²", "{n} km", "{n} L"],
    plates=["LL-DDD-LL"], flights=["AF", "U2", "TO", "FR"],
    companys="Leboncoin | Leroy Merlin | Darty | Decathlon | La Poste | Picard | Castorama",
    products="Thermomix | Moulinex Cookeo | cafetière Nespresso | poussette Yoyo",
    places="lycée Victor Hugo | place Charles de Gaulle | gare Saint-Lazare | hôpital Pompidou "
           "| collège Jean Moulin | parc Georges Brassens | stade Pierre Mauroy",
    genres={
        "classified": "À vendre : table en chêne massif, à venir chercher sur place. | Vends "
                      "vélo enfant, très bon état. | Vide-grenier chez moi ce week-end. | Je "
                      "vends ma voiture pour cause de départ à l'étranger.",
        "rental": "Chambre libre en colocation à partir du mois prochain. | Appartement à louer, "
                  "non meublé, visites sur rendez-vous. | Cherche repreneur de bail pour mon "
                  "studio.",
        "jobs": "Cherche personne sérieuse pour le ménage, quelques heures par semaine. | "
                "Bricoleur expérimenté disponible pour petits travaux. | Notre boulangerie "
                "recrute pour le week-end !",
        "lost_found": "PERDU : chat tigré gris, très craintif, répond au nom de Filou. | Trouvé "
                      "un trousseau de clés sur le banc près de l'aire de jeux. | Portefeuille "
                      "perdu entre la gare et la médiathèque, cuir marron.",
        "carpool": "Je propose un covoiturage vers la mer samedi, encore deux places. | "
                   "Quelqu'un va à l'aéroport vendredi tôt ? On partage l'essence. | Covoiturage "
                   "quotidien vers la zone industrielle, une place libre.",
        "services": "Quelqu'un connaît un bon électricien ? | Un grand merci au plombier qui a "
                    "réparé notre chaudière ! | Cours particuliers de maths, tous niveaux.",
        "notice": "Avis aux résidents : coupure d'eau mardi matin. | Colis déposé chez un "
                  "voisin, merci de le récupérer. | Travaux dans la cour dès la semaine "
                  "prochaine, désolé pour le bruit.",
        "club": "Le club de course reprend après la trêve hivernale. | La paroisse cherche des "
                "bénévoles pour la banque alimentaire. | Kermesse de l'école samedi, gâteaux "
                "bienvenus !",
        "review": "Petit avis sur le nouveau garage du centre-ville. | Retour honnête après la "
                  "rénovation de notre cuisine. | Testé le nouveau dentiste du quartier, mon "
                  "avis ci-dessous.",
        "rsvp": "La liste pour la fête des voisins est ouverte ! | Merci de confirmer votre "
                "présence à la réunion des parents. | Qui vient au nettoyage du parc ? "
                "Inscrivez-vous en dessous.",
        "swap": "À donner : vêtements de bébé, surtout fille. | Fil de troc : dites ce que vous "
                "avez et ce qu'il vous faut. | Réponse à mon post d'hier : le canapé est "
                "toujours dispo.",
    },
    phr={
        "EMAIL": "Photos sur demande à {v}. | Questions à {v} svp. | Vous pouvez joindre "
                 "l'organisatrice à {v}. | Contact : {v} | Écrivez-moi à {v}, je réponds le "
                 "soir.",
        "PHONE": "Appelez ou envoyez un SMS au {v}. | WhatsApp au {v} après 18h. | Appelez le "
                 "{v} si vous le voyez ! | Tél : {v} | Son numéro : {v}, dites que vous venez de "
                 "notre part. | SMS uniquement : {v}",
        "URL": "Plus de photos sur {v}. | Infos et inscriptions sur {v} | Allez voir sa page {v} "
               "| annonce complète ici : {v}",
        "IP": "Le journal de la caméra montre une connexion depuis {v}, c'est quelqu'un d'ici ? "
              "| Le wifi de l'immeuble bloque sans arrêt {v}, le gestionnaire peut le débloquer "
              "? | Selon la box, l'appareil {v} prend toute la bande passante.",
        "CARD": "ATTENTION : un « acheteur » m'a demandé de confirmer la carte {v}. C'est une "
                "arnaque ! | Quelqu'un a posté son numéro de carte {v} dans le groupe par "
                "erreur, supprimez-le ! | N'envoyez jamais des données de carte comme {v} à de "
                "faux livreurs.",
        "IBAN": "Caution à verser sur {v}. | L'acompte se fait par virement sur {v}. | Virement "
                "sur {v}, mettez votre nom en référence. | RIB pour les dons : {v}",
        "ID": "Trouvé un portefeuille avec une carte Vitale, numéro {v}. | Le « propriétaire » "
              "demande mon numéro de sécu {v} avant la visite, c'est normal ? | Sur le document "
              "trouvé il y a le numéro de sécurité sociale {v}.",
        "PERSON": "Notre plombier {v} a été top, je recommande. | Demandez {v} à l'accueil. | "
                  "{v} de l'épicerie fait une collecte. | Mille mercis à {v} qui a retrouvé "
                  "notre chien ! | La prof particulière, {v}, est patiente et gentille. | "
                  "Trajet organisé par {v}. | Fuyez {v}, a encaissé la caution et disparu.",
        "MEMBER": "{v} apporte la tonnelle. | Inscrits pour l'instant : {v}. | Merci {v} pour "
                  "l'organisation ! | Les clés sont chez {v}, dans le groupe. | {v} tiendra le "
                  "stand cette année. | {v} réceptionne les colis cette semaine.",
        "ADDRESS": "Visite au {v}. | À récupérer au {v}. | Rendez-vous : {v}. | Dépôt au {v}, "
                   "sonnez en haut. | Le colis est chez le voisin, {v}. | Adresse : {v}",
    },
    la={
        "price": "Prix : {v} à débattre. | Cédé à {v}. | {v} ferme. | payé {v} neuf",
        "date": "Libre à partir du {v}. | Rendez-vous le {v}. | Je déménage le {v}.",
        "time": "Ouverture des portes à {v}. | Récupération vers {v}. | Départ à {v} pile.",
        "hours": "Ouvert du lundi au vendredi, {v}. | Permanence {v}.",
        "order_no": "La commande {v} est arrivée abîmée. | (commande n° {v})",
        "tracking": "Numéro de suivi : {v} | Le suivi {v} indique livré.",
        "model": "Modèle {v}, fonctionne parfaitement. | C'est un {v}.",
        "serial": "Numéro de série {v} sur la facture.",
        "isbn": "Manuel scolaire ISBN {v}, presque neuf.",
        "dimension": "Dimensions : {v}. | Taille {v}.",
        "measure": "Pèse environ {v}. | Environ {v}.",
        "plate": "Immatriculée {v}. | La camionnette {v} bloque encore l'entrée.",
        "bus": "Prendre le bus {v} jusqu'au terminus. | La ligne {v} s'arrête devant.",
        "room": "Réunion salle {v}. | Salle {v} de la maison de quartier.",
        "version": "Firmware {v} installé. | version de l'appli {v}",
        "flight": "J'atterris avec le vol {v}, quelqu'un peut me prendre ?",
        "company": "Acheté chez {v}. | Moins cher que chez {v}.",
        "product": "Livré avec {v}. | Échange contre {v}.",
        "place": "Secteur {v}. | Juste à côté : {v}.",
        "year": "Acheté neuf en {v}.",
        "invoice": "Facture {v} jointe.",
        "ticket": "Signalé à la mairie, dossier {v}.",
    },
    closers="Merci ! | Bonne journée à tous. | MP pour toute question. | Premier arrivé, "
            "premier servi. | Pas sérieux s'abstenir. | Bon week-end à tous.",
    free="À venir chercher sur place uniquement. | Maison non-fumeur, sans animaux. | Je réponds "
         "aux questions en commentaire. | Paiement en espèces de préférence. | Partagez autour "
         "de vous. | Tout le monde est bienvenu, venez accompagnés. | Je cherche toujours, merci "
         "pour vos pistes. | Bon état, quelques rayures. | Je mettrai à jour ici. | Les enfants "
         "sont les bienvenus. | Restons courtois dans les commentaires.",
)

LOCALES = [DE_DE, FR_FR]
