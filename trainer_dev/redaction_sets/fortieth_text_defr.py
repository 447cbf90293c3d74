"""German (de_AT) and French (fr_FR, fr_GA) phrase banks of the fortieth set, written by hand."""

DE = {
    "open": "Kurze Frage zu unserer Reise.|Zurück vom Flughafen und noch immer am Sortieren."
            "|Ich schreibe das für die ganze Reisegruppe.|Vielleicht hat das hier schon wer "
            "erlebt.|Langer Tag mit vielen Anschlüssen, bitte um Nachsicht.|Die Fluglinie hat "
            "endlich geantwortet.|Wir erledigen gerade den Papierkram für die Reise.|Der "
            "Hotelaufenthalt ist etwas schiefgegangen.|Ich schreibe aus der Abflughalle.|Gerade "
            "gelandet, der Koffer leider nicht.|Der Mietwagen muss bis Freitag geregelt sein."
            "|Der Termin für das Visum ist nächste Woche.|Unsere Reiseleiterin braucht noch "
            "ein paar Angaben.|Nachtrag zur Zugbuchung.|Wir planen den Familienurlaub und "
            "brauchen Hilfe.|Neues zur Gepäckverlustmeldung.",
    "close": "Danke im Voraus.|Für Tipps bin ich dankbar.|Liebe Grüße und gute Reise.|Ich "
             "melde mich nach dem Flug.|Vielen Dank.|Sagt Bescheid, falls etwas fehlt.|Bis "
             "dann am Gate.|Servus und bis bald.|Hoffentlich klappt der Anschluss.|Das wäre "
             "alles.|Gern schicke ich mehr Details.|Danke nochmals für die Geduld.|Jetzt wird "
             "gepackt.|Allen eine schöne Reise.",
    "subj": "AW: Ihre Buchung|Gepäckverlust|Abholung Mietwagen|Visumtermin|Hotelbestätigung"
            "|Vielfliegerkonto|Reiseänderung|Treffpunkt der Führung|Erstattung|Frage zum "
            "Bahnticket|Reisepass verlängern|Probleme beim Check-in",
    "greet": "Hallo zusammen,|Grüß Gott,|Liebes Team,|Hallo,|Guten Morgen,",
    "sign": "Mit freundlichen Grüßen|Liebe Grüße|Beste Grüße|Danke|Herzliche Grüße",
    "title": "Hilfe bei annulliertem Flug|Koffer immer noch weg|Erfahrung mit diesem "
             "Mietwagenschalter?|Visum bei Ankunft|Vom Flughafen in die Altstadt|Empfehlung "
             "für Reiseführer|Hotel hat doppelt abgebucht|Tipps für den Nachtzug|Meilen "
             "verschwunden|Papiere für den Grenzübertritt",
    "lead": {
        "EMAIL": "Erreichbar bin ich unter {x}, falls die Airline anruft.|Die Bestätigung "
                 "ging an {x}.|Bitte {x} bei der Erstattung in Kopie setzen.|Schickt den "
                 "Reiseplan an {x}, nicht an die alte Adresse.|Der Veranstalter hat nur {x}.",
        "PHONE": "Ruft mich unter {x} an, wenn der Koffer auftaucht.|Die Nummer vom Fahrer "
                 "ist {x}.|Das Hotel erreicht mich unter {x}.|Schreib an {x}, sobald du "
                 "gelandet bist.|Meine Handynummer für die Buchung: {x}.",
        "URL": "Alle Fotos der Reise sind auf {x}.|Die ganze Route steht auf {x}.|Die "
               "Reiseleiterin postet auf {x}.|Bewertungen meiner Touren: {x}.|Mein Reiseblog "
               "ist {x}.",
        "IP": "Das Buchungsportal hat die Adresse {x} gesperrt.|Laut Support war meine IP {x} "
              "markiert.|Die Anmeldeversuche kamen von {x}, nicht von mir.|Das Hotel-WLAN gab "
              "mir {x}.|Mit der Freigabe von {x} ging der Check-in wieder.",
        "CARD": "Die Anzahlung lief über die Karte {x}.|Sie haben {x} zweimal belastet.|Bitte "
                "auf die Karte {x} zurückbuchen.|Den Mietwagen habe ich mit {x} bezahlt.|Der "
                "Flug wurde mit {x} gebucht.",
        "IBAN": "Erstattung bitte auf IBAN {x}.|Der Restbetrag der Tour geht an {x}.|Meine "
                "Bankverbindung für den Antrag: IBAN {x}.|Bitte die Entschädigung an {x} "
                "überweisen.|Konto für die Kaution: {x}.",
        "ID": "Für das Visum: {cue} {x}.|Am Schalter wollten sie meine {cue}, also {x}.|Meine "
              "{cue} lautet {x}.|Die Grenzpolizei hat {cue} {x} notiert.|Gebucht auf {cue} {x}.",
        "PERSON": "Unsere Reiseleiterin {x} hat uns abgeholt.|Der Fahrer, {x}, hat zwei "
                  "Stunden gewartet.|Fragt an der Rezeption nach {x}.|{x} von der Airline hat "
                  "umgebucht.|Wir waren mit {x} in der Altstadt.",
        "MEMBER": "{x} kümmert sich um die Gruppenbuchung.|Danke an {x} fürs Finden des "
                  "Koffers.|Ich habe {x} gebeten, die Hotels zu prüfen.|{x} wartet am Bahnhof "
                  "auf den Bus.|Kann {x} die Sitzplätze bestätigen?",
        "ADDRESS": "Bitte den Koffer an {x} schicken.|Das Hotel ist in der {x}.|Treffpunkt: "
                   "{x}.|Die Unterlagen bitte an {x}.|Die Ferienwohnung liegt {x}.",
    },
    "poss": "von {x}",
    "lead_poss": "Ich habe noch die Bordkarte {x}.|Der Koffer {x} kam als letzter.|Wir "
                 "haben den Sitz {x} an den Gang verlegt.",
    "bare": "Ich kopiere es hier rein: {x}|Direkt aus dem Formular: {x}|Das ist {x}, falls "
            "es wer braucht.|Hier nochmal: {x}|Hinten auf dem Ticket steht {x}.|Die "
            "Angestellte hat {x} auf die Quittung geschrieben.",
    "bank": "{cue}: {x}|Bitte {cue} {x} für die Erstattung verwenden.|Bankdaten ({cue}): {x}"
            "|Überweisung an {cue} {x}.",
    "label": {
        "EMAIL": "E-Mail|Kontakt-E-Mail", "PHONE": "Telefon|Handy", "URL": "Webseite|Profil",
        "IP": "IP-Adresse|Login-IP", "CARD": "Kartennummer|Zahlungskarte", "IBAN": "IBAN|"
        "Bankverbindung", "ID": "Dokument|Ausweisnummer", "PERSON": "Reisende/r|Gast",
        "MEMBER": "Gebucht von|Gruppenleitung", "ADDRESS": "Adresse|Lieferadresse",
    },
    "field": "Kabine: Economy|Grund: Anschluss verpasst|Essen: vegetarisch|Gepäck: ein "
             "Koffer|Sitzwunsch: Fenster|Status: offen|Reiseart: Hin und zurück|Quelle: App",
    "plain": "Die Schlange bei der Passkontrolle war endlos.|Das Frühstück im Hotel war "
             "herrlich.|Der Bus ist ohne die halbe Gruppe abgefahren.|Der Koffer kam mit "
             "kaputtem Rad zurück.|Die Führerin kannte jede Ecke der Altstadt.|Der Check-in "
             "schloss wegen des Sturms früher.|Wir haben das Auto gegen ein größeres "
             "getauscht.|Der Nachtzug war ruhiger als gedacht.|Am Schalter sagte niemand ein "
             "Wort zur Verspätung.|Mit dem Museumspass sparten wir viel Warterei.|Das Boarding "
             "begann wieder zu spät.|Die Lounge war voll, der Kaffee gut.|Eine Woche Regen, "
             "aber die Aussicht war es wert.|Am Ende teilten wir uns ein Taxi.",
    "chat": "ich:|Agent:|Support:|Reiseleitung:",
    "bullet": "Tagesplan|Mitnehmen|Bisherige Buchungen|Vor dem Abflug erledigen",
    "review": "Gerne wieder.|Gemischte Gefühle.|Tolle Lage, müde Zimmer.|Freundlich, aber "
              "langsamer Check-in.",
    "look": {
        "flight": "Wir fliegen morgen mit {x}.", "pnr": "Buchungscode {x}.",
        "eticket": "Ticketnummer {x} steht auf der Rechnung.", "train": "Wir nahmen den {x}.",
        "price": "Das Upgrade kostete {x}.", "date": "Abreise am {x}.",
        "time": "Boarding endet um {x}.", "seat": "Wir bekamen {x}.",
        "iata": "Die Strecke {x} ist am günstigsten.", "isbn": "Der Reiseführer hat ISBN {x}.",
        "orgreg": "Der Veranstalter ist eingetragen unter {x}.", "bic": "Der BIC ist {x}.",
        "measure": "Handgepäck darf {x} haben.", "percent": "Sie gaben {x} Rabatt.",
        "eponym": "Wir landeten nachts in {x}.", "nameword": "Alle mochten {x}.",
        "version": "Die Airline-App ist jetzt auf {x}.",
    },
    "titles": {"F": "Frau|Frau Dr.|Mag.", "M": "Herr|Herr Dr.|Ing."},
}

FR = {
    "open": "Petite question sur notre voyage.|De retour de l'aéroport, je fais le tri."
            "|Je publie ceci pour tout le groupe.|Quelqu'un a peut-être déjà vécu ça.|Longue "
            "journée de correspondances, soyez indulgents.|La compagnie a enfin répondu.|On "
            "prépare les papiers pour partir à l'étranger.|Notre séjour à l'hôtel a mal tourné."
            "|J'écris depuis la salle d'embarquement.|Je viens d'atterrir, mais pas ma valise."
            "|Il faut régler la location de voiture avant vendredi.|Le rendez-vous pour le "
            "visa est la semaine prochaine.|Notre guide demande quelques précisions.|Suite "
            "de la réservation de train.|On prépare les vacances en famille.|Du nouveau sur "
            "la déclaration de bagage perdu.",
    "close": "Merci d'avance.|Tous les conseils sont bienvenus.|Bonne route à tous.|Je vous "
             "tiens au courant après le vol.|Merci beaucoup.|Dites-moi s'il manque quelque "
             "chose.|À tout à l'heure à la porte.|À bientôt.|Croisons les doigts pour la "
             "correspondance.|C'est tout pour l'instant.|Je peux donner plus de détails."
             "|Merci encore pour votre patience.|Je file faire ma valise.|Bon voyage à tous.",
    "subj": "RE : votre réservation|Bagage perdu|Retrait du véhicule|Rendez-vous visa"
            "|Confirmation d'hôtel|Compte fidélité|Changement d'itinéraire|Point de rendez-vous"
            "|Demande de remboursement|Question sur le pass train|Renouvellement du passeport"
            "|Problème d'enregistrement",
    "greet": "Bonjour à tous,|Bonjour,|Chère équipe,|Salut,|Madame, Monsieur,",
    "sign": "Cordialement|Bien à vous|Bonne journée|Merci|Amitiés",
    "title": "Aide pour un vol annulé|Bagage toujours perdu|Quelqu'un connaît ce loueur ?"
             "|Visa à l'arrivée|Aller de l'aéroport au centre|Un guide à recommander|L'hôtel "
             "a débité deux fois|Conseils pour le train de nuit|Miles disparus|Papiers pour "
             "passer la frontière",
    "lead": {
        "EMAIL": "Vous pouvez m'écrire à {x} si la compagnie rappelle.|La confirmation est "
                 "partie à {x}.|Merci de mettre {x} en copie du remboursement.|Envoyez "
                 "l'itinéraire à {x}.|Le voyagiste n'a que {x} dans son dossier.",
        "PHONE": "Appelez-moi au {x} quand la valise arrive.|Le numéro du chauffeur est {x}."
                 "|L'hôtel peut me joindre au {x}.|Envoie un texto au {x} à l'atterrissage."
                 "|Mon portable pour la réservation : {x}.",
        "URL": "Toutes les photos du voyage sont sur {x}.|J'ai raconté l'itinéraire sur {x}."
               "|La guide publie ses nouvelles sur {x}.|Les avis sur mes visites : {x}.|Mon "
               "carnet de voyage est sur {x}.",
        "IP": "Le site de réservation a bloqué l'adresse {x}.|Le support dit que mon IP {x} "
              "était signalée.|Les connexions venaient de {x}, pas de moi.|Le wifi de l'hôtel "
              "m'a donné {x}.|Autoriser {x} a débloqué l'enregistrement.",
        "CARD": "L'acompte a été payé avec la carte {x}.|Ils ont débité {x} deux fois.|Merci "
                "de recréditer la carte {x}.|J'ai payé la location avec {x}.|Le billet a été "
                "réglé avec {x}.",
        "IBAN": "Remboursement sur l'IBAN {x}, svp.|Le solde du circuit peut aller sur {x}."
                "|Mes coordonnées bancaires : IBAN {x}.|Merci de virer l'indemnité sur {x}."
                "|Compte pour la caution : {x}.",
        "ID": "Pour le visa : {cue} {x}.|Au guichet on m'a demandé mon {cue}, soit {x}.|Mon "
              "{cue} est {x}.|La police aux frontières a noté {cue} {x}.|Réservé avec {cue} {x}.",
        "PERSON": "Notre guide {x} nous attendait à l'arrivée.|Le chauffeur, {x}, a attendu "
                  "deux heures.|Demandez {x} à la réception.|{x}, de la compagnie, a tout "
                  "réglé.|Nous avons visité la vieille ville avec {x}.",
        "MEMBER": "{x} s'occupe de la réservation de groupe.|Merci à {x} d'avoir retrouvé la "
                  "valise.|J'ai demandé à {x} de vérifier les hôtels.|{x} attendra le car à "
                  "la gare.|Est-ce que {x} peut confirmer les sièges ?",
        "ADDRESS": "Merci d'envoyer la valise au {x}.|L'hôtel se trouve {x}.|Point de "
                   "rendez-vous : {x}.|Envoyez les documents à {x}.|Notre location est au {x}.",
    },
    "poss": "de {x}",
    "lead_poss": "J'ai encore la carte d'embarquement {x}.|La valise {x} est sortie en "
                 "dernier.|On a changé le siège {x} côté couloir.",
    "bare": "Je le colle ici pour ne pas le perdre : {x}|Copié du formulaire : {x}|C'est {x}"
            ", si besoin.|Le voici encore : {x}|Noté au dos du billet : {x}|L'agent a écrit "
            "{x} sur le reçu.",
    "bank": "{cue} : {x}|Merci d'utiliser le {cue} {x} pour le remboursement.|Coordonnées "
            "bancaires ({cue}) : {x}|Virement sur {cue} {x}.",
    "label": {
        "EMAIL": "Courriel|E-mail de contact", "PHONE": "Téléphone|Portable", "URL": "Site|"
        "Profil", "IP": "Adresse IP|IP de connexion", "CARD": "Numéro de carte|Carte de "
        "paiement", "IBAN": "IBAN|Compte bancaire", "ID": "Pièce d'identité|Numéro de "
        "document", "PERSON": "Voyageur|Nom du client", "MEMBER": "Réservé par|Responsable "
        "du groupe", "ADDRESS": "Adresse|Adresse de livraison",
    },
    "field": "Cabine : économique|Motif : correspondance manquée|Repas : végétarien|Bagages : "
             "un en soute|Siège : hublot|Statut : en attente|Trajet : aller-retour|Source : "
             "appli",
    "plain": "La file au contrôle des passeports n'en finissait pas.|Le petit-déjeuner de "
             "l'hôtel était parfait.|Le car est parti sans la moitié du groupe.|La valise est "
             "revenue avec une roue cassée.|La guide connaissait chaque ruelle.|L'enregistrement "
             "a fermé tôt à cause de l'orage.|On a échangé la voiture contre une plus grande."
             "|Le train de nuit était plus calme que prévu.|Personne au guichet n'a parlé du "
             "retard.|Le pass musées nous a évité l'attente.|L'embarquement a encore pris du "
             "retard.|Le salon était bondé mais le café bon.|De la pluie toute la semaine, "
             "mais quelle vue.|On a partagé un taxi avec un autre couple.",
    "chat": "moi :|agent :|support :|guide :",
    "bullet": "Programme du jour|À emporter|Réservations faites|Avant le départ",
    "review": "J'y retournerais.|Avis partagé.|Bien situé, chambres fatiguées.|Personnel "
              "aimable, enregistrement lent.",
    "look": {
        "flight": "Nous sommes sur le vol {x} demain matin.", "pnr": "Référence du dossier {x}.",
        "eticket": "Numéro de billet {x} sur le reçu.", "train": "Nous avons pris le {x}.",
        "price": "Le surclassement a coûté {x}.", "date": "Départ le {x}.",
        "time": "L'embarquement ferme à {x}.", "seat": "On nous a donné {x}.",
        "iata": "Le trajet {x} est le moins cher.", "isbn": "Le guide porte l'ISBN {x}.",
        "orgreg": "L'agence est immatriculée {x}.", "bic": "Leur BIC est {x}.",
        "measure": "Le bagage cabine doit faire {x}.", "percent": "Ils ont retiré {x} du prix.",
        "eponym": "Nous avons atterri à {x} de nuit.", "nameword": "Tout le monde a aimé {x}.",
        "version": "L'appli de la compagnie est en {x}.",
    },
    "titles": {"F": "Mme|Madame|Dr", "M": "M.|Monsieur|Me"},
}
