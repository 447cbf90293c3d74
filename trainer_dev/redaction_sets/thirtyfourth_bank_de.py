"""German phrase bank (Swiss building-site usage, ss for ß) for the thirtyfourth set."""


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.strip().splitlines() if x.strip()]


BANK = {
    "OPEN": _l("""
        Grüezi miteinand, kurzes Update von der Baustelle.
        Hoi zäme, hier der Stand von heute.
        Guten Morgen, vor dem Betonieren noch Folgendes.
        Kurze Info aus dem Bauwagen.
        Nach der Bauabnahme mit der Bauleitung:
        Sali zäme, ein paar Punkte.
        Wie besprochen hier die Details.
        Entschuldigt die Verspätung.
        Nochmals zur Erinnerung.
        Zum Rapport von gestern noch eine Ergänzung.
        Kurz und bündig:
        Achtung, Planänderung für morgen.
        Zurück von der Begehung mit dem Statiker.
        Liebe Kolleginnen und Kollegen,
        Aus dem Baubüro eine Mitteilung.
        Für die Nachtschicht zur Info.
        Das Wetter hat gehalten, wir sind gut vorwärtsgekommen.
        Schönen Freitag, hier die Wochenzusammenfassung.
        Sorry fürs erneute Schreiben.
        Zuerst das Wichtigste: Sicherheit.
        Die Mängelliste, zweite Runde.
        Hallo Team, der Terminplan hat sich verschoben.
        Von der Disposition zum Serviceeinsatz:
        Nachtrag zur Sitzung mit dem Bauherrn.
        Gute Arbeit gestern beim Schalen.
        Frisch von der Abnahme zurück.
        Noch schnell vor Feierabend:
    """),
    "FILL": _l("""
        Die Gipser brauchen den zweiten Stock bis Mittag frei.
        Die Fahrmischer sind bestellt, die Pumpe ist noch offen.
        Die Armierungsabnahme ist durch, mit zwei kleinen Bemerkungen.
        Bitte das Bautor immer schliessen.
        Der Kranhub wird verschoben, falls der Wind nicht nachlässt.
        Helm und Warnweste sind ab dem Zaun Pflicht.
        Das Baustellen-WC wird neu am Dienstag geleert.
        Die Ständerwand in Wohnung vier ist nicht im Lot.
        Die Elektro-Rohinstallation im Erdgeschoss ist fertig.
        Wir warten immer noch auf die Fensterlieferung.
        Die Dachdecker beginnen morgen, wenn es trocken bleibt.
        Die Mulde ist voll, eine neue ist unterwegs.
        Jemand hat den Mischer über Nacht laufen lassen.
        Der Hausanschluss ist fürs Wochenende geplant.
        Eigene Auffanggurte mitnehmen, die Mietgurte sind weg.
        Der Bagger verliert Hydrauliköl, bitte nicht benutzen.
        Die Lüftungsmonteure brauchen Zugang zum Estrich.
        Der Brandschutz muss vor dem Verschliessen abgenommen werden.
        Bei der Plattenlieferung waren zwei Pakete kaputt.
        Die Druckprobe der Sanitärleitungen hat gehalten.
        Auf dem Platz ist es schlammig, nur Sicherheitsschuhe.
        Das Notstromaggregat braucht vor Schichtende Diesel.
        Bitte jeden Beinahe-Unfall melden.
        Die Gerüstkarten werden jeden Morgen kontrolliert.
        Wegen des Stromausfalls haben wir einen halben Tag verloren.
        Die Begehung mit dem Bauherrn lief besser als erwartet.
        Die Maler sind diese Woche im Treppenhaus.
        Den Lagerplatz bitte sauber halten.
        Die Mängelliste ist kürzer, aber noch nicht leer.
        Die Fugenfarbe wurde am Muster freigegeben.
        Niemand steigt ohne Freigabe auf den Turmdrehkran.
        Die Dämmung liegt abgedeckt an der Nordfassade.
        Der Graben muss vor dem Einstieg gespriesst werden.
        Beim Audit wurde die Ordnung wieder bemängelt.
        Anlieferungen nur noch über die hintere Zufahrt.
        Die Stapler-Batterie lädt im Container.
        Die Fugen an der Fassade sind unregelmässig.
        Die Feuerlöscher sind geprüft und etikettiert.
        Der Elektriker wartet auf den Zähler vom Werk.
        Für die Gartenmauer brauchen wir noch eine Palette Steine.
        Der Heizungsersatz ist gut gelaufen.
        Die Fallrohre sind montiert, die Rinnen müssen nachgestellt werden.
        Der Boden ist gefroren, das Fundament wartet.
        Der Nachtrag liegt beim Architekten.
        Die Vermessungspflöcke beim Eingang wurden umgefahren.
        Der Znüni-Wagen kommt um halb zehn.
        Die Sicherheitsschulung dreht sich diese Woche um Absturzsicherung.
    """),
    "CLOSE": _l("""
        Merci vielmal.
        Danke euch.
        Meldet euch bei Unklarheiten.
        Passt auf euch auf.
        Bis morgen.
        Gruss aus dem Baubüro.
        Bitte bis Feierabend Rückmeldung.
        Wir sehen uns beim Tor.
        Das wärs für heute.
        Bitte hier antworten, nicht per SMS.
        Gute Arbeit heute.
        Ciao zäme.
        Bei Fragen ins Büro anrufen.
        Danke für die Geduld.
        Update folgt nach dem Mittag.
        Besten Dank.
        Schickt weiter Fotos.
        Alles klar, danke.
        Kommt gut heim.
        Bis zur Sicherheitsschulung.
        Freundliche Grüsse.
        Schönes Wochenende.
        Ich melde mich ab.
        Am Montag wieder auf Platz.
        En Guete und bis später.
    """),
    "LEAD": {
        "EMAIL": _l("""
            Die unterschriebene Offerte bitte an {x} schicken.
            Rechnungen gehen an {x}, nicht ans Baubüro.
            Der Kalkulator ist unter {x} erreichbar.
            Die Pläne kamen gestern Abend von {x}.
            Für Mietgeräte bis Mittag an {x} mailen.
            Bei Mängeln bitte {x} ins CC nehmen.
        """),
        "PHONE": _l("""
            Wenn das Tor zu ist, den Polier unter {x} anrufen.
            Pikettnummer ausserhalb der Arbeitszeit: {x}.
            Kran bitte über {x} reservieren.
            Die Nummer des Plattenlegers ist {x}.
            Für Serviceeinsätze ein SMS an {x} mit der Adresse.
            Die Disposition erreicht ihr unter {x}.
        """),
        "URL": _l("""
            Fotos sind auf {x} hochgeladen.
            Sicherheitseinführung bitte über {x} buchen.
            Die Datenblätter findet ihr auf {x}.
            Unsere Referenzen stehen auf {x}.
            Den Tagesrapport auf {x} ausfüllen.
            Mietpreise gibt es unter {x}.
        """),
        "IP": _l("""
            Die Baustellenkamera streamt von {x}.
            Die Torsteuerung hängt an {x}, bitte nicht ändern.
            Das Tablet synchronisiert mit {x} im Baustellen-WLAN.
            Der Drucker im Bauwagen ist {x}.
            Fernzugriff auf die Heizungssteuerung: {x}.
            Jemand hat sich von {x} in die Zeiterfassung eingeloggt.
        """),
        "CARD": _l("""
            Die Mietkaution auf {x} belasten.
            Die Tankkarte ist {x}, Quittungen aufbewahren.
            Für den Baumarkt {x} verwenden.
            Der Kunde hat die Anfahrt mit {x} bezahlt.
            Firmenkarte für die Materialbestellung: {x}.
            Bitte die doppelte Belastung auf {x} stornieren.
        """),
        "IBAN": _l("""
            Den Rückbehalt bitte auf {x} überweisen.
            Bankverbindung des Subunternehmers: {x}.
            Die Anzahlung geht auf {x}.
            Konto für die Maschinenmiete: {x}.
            Die Rückerstattung geht an {x}.
            Neues Lohnkonto: {x}.
        """),
        "ID": _l("""
            Für die Lohnbuchhaltung brauche ich {x}.
            Seine Nummer fürs Steuerformular: {x}.
            Auf dem Personalblatt steht {x}.
            Nummer des Temporärarbeiters: {x}.
            {x} bitte im Anmeldeformular eintragen.
            Die Versicherung verlangt {x}.
        """),
        "PERSON": _l("""
            {x} hat die Schalung heute Morgen abgenommen.
            Mit {x} über die Entwässerung gesprochen.
            Die Bauherrin, {x}, will zuerst die Küche.
            {x} vom Elektriker ist morgen auf Platz.
            Kontrolliert hat heute {x}.
            Fragt {x} wegen der Eisenliste.
        """),
        "MEMBER": _l("""
            {x} hat den Containerschlüssel.
            Danke {x} fürs Einspringen am Wochenende.
            {x} macht die Sicherheitsschulung.
            Vor dem Gerüstumbau mit {x} absprechen.
            Gut gesehen von {x} mit den fehlenden Dübeln.
            {x} empfängt den Betonmischer am Tor.
        """),
        "ADDRESS": _l("""
            Der nächste Auftrag ist an der {x}.
            Die Steine bitte an {x} liefern.
            Einsatzadresse: {x}.
            Mulde abstellen bei {x}.
            Die Abnahme findet an der {x} statt.
            Kundenbaustelle: {x}.
        """),
    },
    "LOOK": {
        "order": _l("""
            Der Lieferant hat Bestellung {x} bestätigt.
            Bestellung {x} ist freigegeben.
            Referenz {x} für die Holzlieferung.
        """),
        "invoice": _l("""
            Rechnung {x} ist noch offen.
            Bei Rechnung {x} stimmen die Regiestunden nicht.
            Die Gutschrift zu Rechnung {x} ist da.
        """),
        "price": _l("""
            Die Offerte liegt bei {x} pauschal.
            Die Miete kostet {x} pro Woche.
            Material total: {x}.
        """),
        "date": _l("""
            Die Übergabe ist am {x}.
            Betonieren neu am {x}.
            Die Abnahme ist ab dem {x} möglich.
        """),
        "time": _l("""
            Das Tor öffnet um {x}.
            Der Lastwagen kommt gegen {x}.
            Sicherheitsschulung pünktlich um {x}.
        """),
        "version": _l("""
            Die Pläne sind jetzt auf Stand {x}.
            Die App ist auf {x} aktualisiert.
            Mit Firmware {x} ist der Laser wieder genau.
        """),
        "isbn": _l("""
            Das Normenheft hat die ISBN {x}.
            Bitte das Schulungshandbuch ISBN {x} bestellen.
            Nachschlagewerk im Regal: ISBN {x}.
        """),
        "measure": _l("""
            Die Balken auf {x} zuschneiden.
            Die Deckenfläche beträgt etwa {x}.
            Unter dem Unterzug bleiben {x}.
        """),
        "percent": _l("""
            Der Holzbau ist zu etwa {x} fertig.
            Der Rückbehalt beträgt {x}.
            Die Feuchtemessung ergab {x}.
        """),
        "orgreg": _l("""
            Unternehmens-Identifikationsnummer in der Eingabe: {x}.
            Der Subunternehmer ist als {x} eingetragen.
            Unsere {x} in die Fusszeile der Offerte.
        """),
        "permit": _l("""
            Die Baubewilligung {x} hängt am Tor.
            Bewilligung {x} deckt auch den Anbau ab.
            Bewilligung {x} läuft vor den Dacharbeiten ab.
        """),
        "ticket": _l("""
            Die Garantiemeldung hat die Nummer {x}.
            Bei der Vermietung als {x} erfasst.
            Serviceauftrag {x} ist erledigt.
        """),
        "tracking": _l("""
            Die Ersatzteile sind unterwegs, Sendungsnummer {x}.
            Die Musterplatten kommen per Post, {x}.
            Einschreiben mit Nummer {x}.
        """),
        "spec": _l("""
            Laut Devis ist im Erdgeschoss {x} vorgesehen.
            Im Technikraum überall {x} verwenden.
            Der Ingenieur hat auf {x} geändert.
        """),
        "eponym": _l("""
            Hol bitte den {x} aus dem Bus.
            Der {x} war Thema an der Sicherheitsschulung.
            Nimm den {x} mit, den kleinen.
        """),
        "nameword": _l("""
            Vorsicht mit {x} beim alten Schopf.
            Die Sache mit {x} ist geklärt.
            Achtung {x} bei der Rampe.
        """),
    },
    "LABEL": {
        "EMAIL": ["E-Mail", "Mail", "Kontakt-Mail"],
        "PHONE": ["Telefon", "Natel", "Tel."],
        "URL": ["Webseite", "Portal", "Link"],
        "IP": ["IP", "Geräteadresse", "Host"],
        "CARD": ["Karte", "Kreditkarte", "Kartennr."],
        "IBAN": ["IBAN", "Bankkonto", "Zahlbar an"],
        "ID": ["Ausweis-Nr.", "Sozialvers.-Nr.", "Personalnr."],
        "PERSON": ["Bauherr", "Kontakt", "Kontrolleur"],
        "MEMBER": ["Zuständig", "Polier", "Monteur"],
        "ADDRESS": ["Baustelle", "Einsatzort", "Adresse"],
    },
    "HEAD": {
        "diary": ["BAUTAGEBUCH", "Tagesrapport", "Eintrag Bautagebuch", "Baustellenbericht"],
        "workorder": ["ARBEITSAUFTRAG", "Regierapport", "Auftragsblatt", "Serviceauftrag"],
        "quote": ["OFFERTE", "Kostenvoranschlag", "Offertanfrage", "Preisübersicht"],
        "crewchat": ["Baustellen-Chat", "Gruppe Rohbau", "Team-Thread", "Subunternehmer-Gruppe"],
        "jobboard": [
            "GESUCHT: Bauarbeiter",
            "Stellenbörse Bau",
            "Handwerker gesucht",
            "Temporäreinsatz frei",
        ],
        "signature": ["Projektleiter", "Bauführer", "Serviceleitung", "Kalkulation"],
    },
}
