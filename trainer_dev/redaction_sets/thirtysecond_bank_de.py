"""Thirtysecond set: German phrase bank (Logistik, Spedition, Lager, Fuhrpark)."""

from trainer_dev.redaction_sets.thirtysecond_people import _s

BANK = {
    "OPEN": _s(
        "Moin zusammen,|Hallo Team,|Kurze Info von der Dispo.|Guten Morgen,|Servus,|"
        "Hallo in die Runde,|Kurzes Update aus dem Lager.|Liebe Kolleginnen und Kollegen,|"
        "Sorry für die späte Nachricht.|Nachtrag zur Frühbesprechung:|Hi, kurze Frage.|"
        "Wichtig für die Spätschicht:|Info an alle Fahrer:|Guten Tag,|"
        "Ich melde mich wegen der Reklamation.|Wie eben telefonisch besprochen,|"
        "Hallo, ich brauche kurz eure Hilfe.|Zur Info vom Zoll-Schalter.|"
        "Nochmal wegen der verspäteten Ladung.|Hey Leute,|Schönen Freitag euch.|"
        "Erinnerung an alle im Wareneingang:|Rückmeldung vom Frachtführer:|"
        "Ich schreibe im Auftrag der Versandabteilung.|Also,|Kurz und knapp:"
    ),
    "FILL": _s(
        "Der Auflieger wurde vor der Abfahrt verplombt.|"
        "Bitte jede Palette vor dem Verladen scannen.|"
        "Das Kühlaggregat ist in der Nacht mehrfach ausgefallen.|"
        "Der Zoll hält den Container fest, bis die Papiere stimmen.|"
        "In der Spätschicht fehlen uns zwei Staplerfahrer.|"
        "Der Empfänger hat einen Teil wegen eingedrückter Kartons verweigert.|"
        "Die Fahrerkarte muss vor Schichtende ausgelesen werden.|"
        "Im Cross-Dock staut es sich, rechnet mit längeren Standzeiten.|"
        "Der Verzollungsagent will eine korrigierte Handelsrechnung.|"
        "Bitte die Fluchtwege in Halle Nord freihalten.|"
        "Die Ladebordwand am Sprinter ist schon wieder defekt.|"
        "Die Anlieferung vom Hafen verspätet sich wegen fehlender Chassis.|"
        "Die Dienstagstour fährt ab jetzt nachmittags.|"
        "Stretchfolie ist am Packplatz wieder vorrätig.|"
        "Standgeld wird nach Ablauf der freien Zeit berechnet.|"
        "Leergut bitte am Zaun abstellen.|"
        "Die Abfahrtskontrolle ist Pflicht, ohne Ausnahme.|"
        "Gefahrgutkennzeichnung muss zu den Begleitpapieren passen.|"
        "Retouren kommen in den Käfig neben dem Pausenraum.|"
        "Bei der Inventur wurden ein paar falsch eingelagerte Behälter gefunden.|"
        "Das Zeitfenster im Zentrallager ist sehr knapp.|"
        "Tankkarten werden erst nach der Prüfung neu ausgegeben.|"
        "Auf dem Abliefernachweis muss das Palettenetikett sichtbar sein.|"
        "Die Reederei hat die Buchung auf das nächste Schiff geschoben.|"
        "Die Pickleistung ist nach dem Update eingebrochen.|"
        "Kaputte Paletten bitte mit rotem Anhänger markieren.|"
        "Die Überladebrücke an der Westseite klemmt.|"
        "Die Wochenend-Überstunden sind noch nicht genehmigt.|"
        "Der Kunde will vor jeder Privatzustellung einen Anruf.|"
        "Temperaturaufzeichnungen gehören zur Schadensmeldung dazu.|"
        "Das Lagerverwaltungssystem war fast eine Stunde lang weg.|"
        "Wir testen eine neue Tourenplanung für die Stadtbelieferung.|"
        "Plombennummern gehören in den Frachtbrief, nicht auf einen Zettel.|"
        "Die Ladezone der Stapler ist während der Prüfung gesperrt.|"
        "Die Zugmaschine braucht neue Schmutzfänger.|"
        "Bitte die Abholung am Vortag beim Versender bestätigen.|"
        "Der Paketdienst ist diese Woche komplett überlastet.|"
        "Lose Ware muss vor dem Verladen umreift werden.|"
        "Das Wechselbrückenprogramm startet nächsten Monat.|"
        "Ohne unterschriebenen Lieferschein verlässt nichts das Lager.|"
        "Der Pförtner lässt niemanden ohne Referenz aufs Gelände.|"
        "Die Ladungssicherung muss nach dem Entladen zurück in den Auflieger.|"
        "Zwischen Kommissionierung und Packtisch ist ein Behälter verschwunden.|"
        "Neue Kollegen laufen die erste Woche bei einem erfahrenen Kommissionierer mit.|"
        "Das Frachtportal meldet alle ständig ab.|"
        "Schäden müssen fristgerecht beim Frachtführer angezeigt werden.|"
        "Der Schubmaststapler ist für die Hochregale reserviert.|"
        "Glas bitte nicht doppelt stapeln.|"
        "Der Trailertausch auf dem Autohof hat geklappt.|"
        "Unser Disponent betreut diese Woche zwei Regionen.|"
        "Wiegescheine kommen in den Fahrerumschlag.|"
        "Beschädigte Ware bleibt gesperrt, bis der Sachverständige da war.|"
        "Der Ausweichparkplatz ist voll, bitte hinten parken.|"
        "Die Kühlkette darf von der Rampe bis zum Kühler nicht abreißen.|"
        "Die Ausfuhrpapiere liegen jetzt beim Spediteur.|"
        "Die Reifenwerkstatt hat morgen früh einen Termin frei.|"
        "Kantenschutz ist in der Frühschicht ausgegangen.|"
        "Das Zolllager braucht einen zweiten Schlüsselträger.|"
        "Handscanner bitte zurück ins Ladegerät.|"
        "Leercontainer gehen beim nächsten Umlauf zurück ins Depot.|"
        "Die Paketsortieranlage hat vor der Mittagspause zweimal gestreikt."
    ),
    "CLOSE": _s(
        "Danke!|Danke euch.|Vielen Dank im Voraus.|Gebt Bescheid, wenn sich was ändert.|"
        "Gute Fahrt.|Bei Fragen einfach melden.|Schöne Schicht.|Bis später.|"
        "Mehr, sobald ich was weiß.|Bitte kurz bestätigen.|Viele Grüße.|Beste Grüße.|"
        "Danke fürs Einspringen.|Ruft die Dispo an, wenn es hakt.|Kommt gut heim.|"
        "Das war's fürs Erste.|Danke für eure Geduld.|Lasst uns das heute klären.|"
        "Wer kann, bitte hier antworten.|Gruß aus dem Lager.|Bis zur Frühbesprechung.|"
        "Merci und Gruß.|Vielen Dank.|Bleibt sauber.|Schönes Wochenende.|Tschüss."
    ),
    "LEAD": {
        "EMAIL": _s(
            "Den unterschriebenen Lieferschein bitte an {x} schicken.|"
            "Der Schadensregulierer ist unter {x} erreichbar.|"
            "Rampentermine über {x} anfragen.|Meine Mail ist {x}, falls das Portal spinnt.|"
            "Bitte {x} bei allem zum Zoll in Kopie setzen.|Stundenzettel an {x}.|"
            "Die Rechnung kam von {x}.|Auftragsbestätigung bitte an {x}."
        ),
        "PHONE": _s(
            "Ruf mich unter {x} an, wenn du zehn Minuten vorher bist.|"
            "Handy vom Fahrer: {x}.|Dispo nach Feierabend: {x}.|"
            "Schick eine SMS an {x}, wenn der Auflieger voll ist.|"
            "Der Empfänger will vorher unter {x} angerufen werden.|"
            "Der Hofmeister ist unter {x} zu erreichen.|Wenn das Tor zu ist: {x}.|"
            "Meine Durchwahl ist {x}."
        ),
        "URL": _s(
            "Mein Profil findet ihr unter {x}.|Die Tourupdates poste ich auf {x}.|"
            "Termin bei mir buchen: {x}|Selbstfahrer, Fahrzeug und Preise auf {x}.|"
            "Fotos vom Schaden liegen auf {x}.|Lebenslauf unter {x}.|"
            "Mehr zu meinem Kurierdienst: {x}|Die Sendung verfolgen auf {x}."
        ),
        "IP": _s(
            "Der Etikettendrucker in Gang sechs hat {x}.|"
            "Der Handscanner verliert ständig die Verbindung zu {x}.|"
            "Die Anmeldeversuche kamen heute Nacht von {x}.|"
            "Bitte {x} fürs Frachtportal freischalten.|Die Dashcam lädt über {x} hoch.|"
            "Das Terminal an der Waage hat {x}.|Die Telematikbox meldete {x}.|"
            "Fernwartung fürs Rampenbüro: {x}."
        ),
        "CARD": _s(
            "Die Entladegebühr bitte auf {x} buchen.|Hinterlegte Tankkarte: {x}.|"
            "Maut diese Woche über Karte {x}.|Standgeld habe ich mit {x} bezahlt.|"
            "Die Einfuhrabgaben liefen über {x}.|Kartennummer {x}, gültig bis nächstes Jahr.|"
            "Die Reifenreparatur geht auf {x}.|Die Lagerkaution wurde {x} belastet."
        ),
        "IBAN": _s(
            "Bitte die Fracht auf {x} überweisen.|Meine neue Bankverbindung: {x}.|"
            "Erstattung des Schadens an {x}.|Das Konto für die Gutschrift ist {x}.|"
            "Subunternehmer-Rechnung zahlbar auf {x}.|Lohn bitte ab sofort auf {x}.|"
            "Kaution zurück auf {x}.|{x} ist das richtige Konto."
        ),
        "ID": _s(
            "Für die Zuverlässigkeitsprüfung: {x}.|Meine Nummer für die Zollakte ist {x}.|"
            "{x} braucht die Lohnbuchhaltung.|Im Einstellungsbogen steht {x}.|"
            "Steuerliche Angaben des Fahrers: {x}.|Ausweisnummer laut Kopie: {x}.|"
            "Bitte den Datensatz auf {x} ändern.|Hier ist sie: {x}."
        ),
        "PERSON": _s(
            "{x} hat die Lieferung quittiert.|Heute fährt {x}.|"
            "Fragt {x} am Wareneingang.|{x} bearbeitet den Schadenfall.|"
            "Ansprechpartner beim Empfänger ist {x}.|Zuständiger Zollagent: {x}.|"
            "Ich habe mit {x} vom Frachtführer gesprochen.|{x} hat die Nachtschicht übernommen."
        ),
        "MEMBER": _s(
            "{x} leitet die Inventur.|Danke an {x} fürs Länger-Bleiben.|"
            "Tauscht die Schicht zur Not mit {x}.|{x} fährt heute Stapler.|"
            "Vor der Freigabe bitte mit {x} abstimmen.|{x} hat den Schlüssel zum Zolllager.|"
            "Nehmt {x} beim Schadenfall mit rein.|{x} hat den Kühlalarm gemeldet."
        ),
        "ADDRESS": _s(
            "Lieferung an {x}.|Abholung bei {x}.|Leergut zurück an {x}.|"
            "Das neue Umschlaglager ist in {x}.|Ersatzlieferung bitte an {x}.|"
            "Der Fahrer wohnt in {x}, dort abholen.|Der Empfänger ist umgezogen nach {x}.|"
            "Rechnungsanschrift: {x}."
        ),
    },
    "LOOK": {
        "order": _s("Auftrag {x} fehlen noch zwei Kartons.|Rechnung {x} ist bezahlt."),
        "price": _s("Die Entladung hat {x} gekostet.|Die Fracht kam auf {x} netto."),
        "date": _s("Abholung ist am {x} gebucht.|Closing für das Schiff ist der {x}."),
        "time": _s("Das Tor schließt um {x}.|Der Fahrer hat sich um {x} angemeldet."),
        "version": _s("Die Scanner laufen mit Firmware {x}.|Die Tourenapp ist jetzt auf {x}."),
        "isbn": _s("Das Schulungshandbuch hat die ISBN {x}.|Bestellt das Buch mit ISBN {x}."),
        "flight": _s("Die Luftfracht geht mit {x}.|Die Muster fliegen mit {x}."),
        "dock": _s("Bitte an {x} andocken.|Ausgang an {x} bereitstellen."),
        "measure": _s("Bruttogewicht: {x}.|Die Kiste misst {x}."),
        "percent": _s("Der Dieselzuschlag liegt bei {x}.|Die Termintreue lag bei {x}."),
        "orgreg": _s("Der Frachtführer ist eingetragen unter {x}.|Auf der Rechnung steht {x}."),
        "ticket": _s("Ticket {x} ist noch offen.|Fotos siehe Schadenfall {x}."),
        "tracking": _s("Die Sendungsverfolgung zeigt {x} im Hafen.|Container {x} ist raus."),
        "hscode": _s("Die Teile laufen unter Zolltarifnummer {x}.|Der Agent nahm Code {x}."),
        "eponym": _s("Vor dem {x} ist alles dicht.|Wir haben heute eine Zustellung beim {x}."),
        "nameword": _s("Bei dem Chef braucht man {x}.|Das war echt {x}."),
    },
    "LABEL": {
        "EMAIL": _s("E-Mail|Mail"),
        "PHONE": _s("Telefon|Mobil"),
        "URL": _s("Web|Profil"),
        "IP": _s("IP-Adresse|Geräte-IP"),
        "CARD": _s("Karte|Zahlungskarte"),
        "IBAN": _s("IBAN|Bankverbindung"),
        "ID": _s("Ausweis-/Steuernummer|Kennnummer"),
        "PERSON": _s("Ansprechpartner|Fahrer"),
        "MEMBER": _s("Mitarbeiter|Schichtleitung"),
        "ADDRESS": _s("Anschrift|Lieferadresse"),
    },
    "HEAD": {
        "notice": _s("AUSHANG: Änderung Rampenplan|Hofinfo|Sicherheitshinweis für alle Fahrer"),
        "chat": _s("Fahrergruppe|Lager-Chat|Nachtschicht"),
        "listing": _s("LADUNG FREI|LKW frei, suche Rückladung|Lagerfläche zu vermieten"),
        "form": _s("Schadensmeldung|Angaben zur Zollanmeldung|Einstellung neuer Fahrer"),
        "ticket": _s(
            "Priorität: hoch|Status: offen – Typ: Reklamation|Kategorie: Abholung verpasst"
        ),
        "signature": _s("Disposition|Fuhrparkmanagement|Zoll und Compliance"),
    },
}
