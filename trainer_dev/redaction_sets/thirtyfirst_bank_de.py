"""Thirty-first set: German phrase bank (Gastronomie, Catering, Veranstaltungen), by hand."""

from __future__ import annotations


def _s(x: str) -> list[str]:
    return [w.strip() for w in x.split("|") if w.strip()]


DE = dict(
    OPEN=_s(
        "Hallo zusammen,|Moin Team,|Guten Morgen,|Kurze Info vor dem Service:|Liebe Kollegen,|"
        "Servus,|Hallo Küche,|Sehr geehrte Damen und Herren,|Guten Abend,|Hi alle,|"
        "Zur Reservierungsanfrage von gestern:|Betreff: Anfrage Saalmiete|"
        "Für die Servicegruppe:|Frage zum Dienstplan:|Update aus dem Einkauf.|"
        "Gästefeedback von heute Nacht.|Anfrage zur Location, Details unten.|"
        "Sorry für die lange Nachricht.|Erinnerung von der Schichtleitung.|"
        "Kann mir jemand am Pass helfen?|Liebe Barcrew,|Nachtrag zur Cateringbestellung.|"
        "An die Hochzeitsplanung:|Übergabe von der Spätschicht.|Kurze Notiz von der Rezeption.|"
        "Hallo Bankett,|Grüße aus der Patisserie.|Moin moin,"
    ),
    FILL=_s(
        "Die Kühlzelle brummt wieder, die Technik ist informiert.|"
        "Auf der Terrasse fehlen heute zwei Servicekräfte.|"
        "Der Allergenordner bleibt bitte am Pass.|"
        "Die Spülmaschine muss vor dem Wochenende entkalkt werden.|"
        "Der Brunch lief super, danke an alle.|"
        "Die Wäsche kam zu spät und einige Servietten waren eingerissen.|"
        "Bitte jeden Verwurf auf dem Zettel eintragen.|"
        "Der Gast wünscht einen ruhigen Tisch weit weg von der Bar.|"
        "Die Einfahrt wird neu asphaltiert, kein Parkservice.|"
        "Das Degustationsmenü wechselt mit der neuen Saison.|"
        "Der Haferdrink kommt jetzt in größeren Kartons.|"
        "Die Dachterrasse hängt vom Wetter ab, bitte Plan für drinnen.|"
        "Keine Stühle im Fluchtweg stapeln.|"
        "Ein Paar auf der Terrasse war begeistert von der Zitronentarte.|"
        "Die Band braucht Strom neben der Tanzfläche.|"
        "Inventur ist am Sonntag nach Feierabend.|"
        "Die Spüler machen ihre Pausen bitte abwechselnd.|"
        "Die Siebträgermaschine läuft wieder zu langsam.|"
        "Die veganen Häppchen waren als Erstes weg.|"
        "Die Floristin baut den Bogen vor Mittag auf.|"
        "Gäste fanden die Musik an den Nischen zu laut.|"
        "Beim Probeessen ist ein Gast mit Zöliakie dabei.|"
        "Bitte den Filter der Gläserspülmaschine jede Schicht prüfen.|"
        "Die Zimmerservicekarten müssen mit neuen Preisen gedruckt werden.|"
        "Das Tor an der Laderampe klemmt, bitte vorsichtig anheben.|"
        "Das Trinkgeld vom Kartenterminal wird am Wochenende verteilt.|"
        "Der Sous-Chef übernimmt morgen die Frühschicht.|"
        "Die halbe Gruppe kam zu früh und wartete in der Lobby.|"
        "Die Veranstaltungsleitung zeigt den Mietern die Notausgänge.|"
        "Bitte jeden Vorbereitungsbehälter mit Datum beschriften.|"
        "Die Eismaschine tropft auf die Barmatte.|"
        "Die Kellertür stand die ganze Nacht offen.|"
        "Die Taufgesellschaft möchte den Gartensaal, wenn es trocken bleibt.|"
        "Beim Frühstück waren die Croissants früh aus.|"
        "Personalessen gibt es zur gewohnten Zeit.|"
        "Die Lebensmittelkontrolle war mit den Temperaturlisten zufrieden.|"
        "Neue Schürzen liegen in der Umkleide.|"
        "Die Kritik lobt den Service, das Steak war aber zu salzig.|"
        "Unser Weinhändler bringt Proben vom neuen Rosé.|"
        "Die Tagungsgruppe möchte mittags eine vegetarische Option.|"
        "Die Kinderkarte wird diesen Monat überarbeitet.|"
        "An der Bar gibt es nur noch Papierstrohhalme.|"
        "Bitte die Fritteuse vor der Lieferung reinigen.|"
        "Die Familie der Braut wünscht eine spätere letzte Runde.|"
        "Während des Stadtfests wird der Müll früher abgeholt.|"
        "Jemand fragte, ob Hunde auf die Terrasse dürfen.|"
        "Die Regale im Kühlraum werden am Dienstag ersetzt.|"
        "Ohne unterschriebenen Mietvertrag halten wir den Termin nicht.|"
        "Wir testen eine kürzere Mittagskarte.|"
        "Die Torte kam leicht beschädigt an, die Glasur ist gerettet.|"
        "Der Gast wurde doppelt belastet und wartet auf die Erstattung.|"
        "Bitte die Zapfanlage regelmäßig spülen.|"
        "Gestern hat niemand die Kühlschrankliste abgezeichnet.|"
        "Das Catering braucht frühmorgens Zugang zur Küche.|"
        "Ein Stammgast fand die Suppe lauwarm.|"
        "Wir suchen Ersatz für die späte Barschicht.|"
        "Die Zeltfirma holt die Heizpilze nach der Feier ab.|"
        "Sonntags schließt die Küche früher, bitte den Gästen sagen.|"
        "Der Dessertwagen ist wieder da.|"
        "Das Brot kommt jetzt von der Bäckerei um die Ecke."
    ),
    CLOSE=_s(
        "Danke!|Grüße|Vielen Dank im Voraus.|Sagt Bescheid, wenn sich was ändert.|"
        "Bis zum Service.|Bei Fragen einfach melden.|Viele Grüße,|Beste Grüße,|"
        "Mit freundlichen Grüßen,|Bis später.|Schöne Schicht!|Das war's fürs Erste.|"
        "Danke fürs Kümmern.|Bis zur Besprechung.|Tausend Dank.|"
        "Vorsicht, der Boden ist nass.|Liebe Grüße aus dem Büro.|Ich helfe gern.|"
        "Morgen bin ich wieder da.|Übernehmt ihr?|Danke euch allen.|Tschüss.|"
        "Schönen Feierabend!|LG"
    ),
    LEAD=dict(
        EMAIL=_s(
            "Menüauswahl bitte an {v} schicken.|Die Adresse der Veranstalterin ist {v}.|"
            "Finale Personenzahl bitte an {v}.|Rechnungsfragen gehen an {v}.|"
            "Sie möchte {v} in Kopie beim Angebot.|Kontakt: {v}|"
            "Bitte den Raumplan an {v} weiterleiten.|Der Lieferant schreibt jetzt von {v}."
        ),
        PHONE=_s(
            "Bitte den Gast unter {v} zurückrufen.|Seine Nummer ist {v}.|"
            "Schreib an {v}, wenn der Wagen losfährt.|Der Bereitschaftskoch ist unter {v} "
            "erreichbar.|Telefonische Reservierung, Rückruf {v}.|"
            "Die Floristin erreicht ihr unter {v}.|Handy: {v}|"
            "Wenn die Tür zu ist, {v} anrufen."
        ),
        URL=_s(
            "Ihr Portfolio liegt auf {v}.|Die Hochzeitsseite des Paares: {v}|"
            "Er hat seine Buchungsseite geteilt: {v}|Bewertungen verlinkt auf {v}.|"
            "Das Profil des DJs ist {v}.|Fotos auf der Seite {v}.|Details unter {v}.|"
            "Privater Blog: {v}"
        ),
        IP=_s(
            "Das Kartenterminal hängt an {v}.|Im Gäste-WLAN spammt {v}.|"
            "Das Buchungswidget wurde von {v} angegriffen.|Kassenserver unter {v}.|"
            "{v} nach den Fake-Reservierungen gesperrt.|Der Küchenmonitor nutzt {v}.|"
            "Der Drucker auf {v} fällt ständig aus.|Wieder Loginversuche von {v}."
        ),
        CARD=_s(
            "Die Anzahlung lief über die Karte {v}.|Garantiekarte hinterlegt: {v}|"
            "Er hat die Karte als {v} vorgelesen.|Bitte die Belastung auf {v} stornieren.|"
            "Vorautorisierung auf {v} fehlgeschlagen.|Karte: {v}|"
            "No-Show-Gebühr auf {v} zurückbuchen.|Der Gast hat {v} in den Chat kopiert."
        ),
        IBAN=_s(
            "Lieferant bitte auf IBAN {v} bezahlen.|Kaution zurück auf {v}.|"
            "Konto der Band: {v}|Bankverbindung: {v}|Saalmiete überweisen an {v}.|"
            "Sie hat ihre IBAN geschickt, {v}.|Vorschuss für die Aushilfe auf {v}.|"
            "Die IBAN vom Caterer lautet {v}."
        ),
        ID=_s(
            "Für die Lohnabrechnung ist seine Nummer {v}.|Personalakte ergänzt um {v}.|"
            "Sie hat {v} für den Vertrag angegeben.|Nummer auf dem Einstellungsbogen: {v}|"
            "Aus der Ausweiskontrolle: {v}|Steuer-ID für die Aushilfe: {v}|"
            "Die Lohnbuchhaltung braucht {v} bis Freitag.|{v} in ihrer Akte vermerkt."
        ),
        BANK=_s(
            "Bankdaten für den Lohn: {v}|Gehalt bitte auf {v}.|"
            "Das Konto des Lieferanten ist {v}.|Konto für die Erstattung: {v}|"
            "Kontonummer {v} für die Band.|Bitte auf {v} überweisen."
        ),
        PERSON=_s(
            "Die Reservierung läuft auf {v}.|{v} bringt die Torte mit.|"
            "Tisch für sechs für {v} am Fenster.|Die Beschwerde kam von {v}.|"
            "{v} ist die Hochzeitsplanerin.|Unser neuer Fischlieferant ist {v}.|"
            "Gastname: {v}|{v} hat eine nette Bewertung geschrieben."
        ),
        MEMBER=_s(
            "{v} übernimmt den Abschluss.|Tausch mit {v} genehmigt.|"
            "Frag {v} nach den Schlüsseln.|{v} hat heute die Kasse.|"
            "Dienstplanänderung für {v} am Wochenende.|Danke an {v} fürs Einspringen.|"
            "{v} macht die ganze Woche Frühstück.|Doppelschicht für {v}, bitte Stunden "
            "prüfen."
        ),
        ADDRESS=_s(
            "Lieferung an {v}.|Die Location ist in {v}.|Rechnung bitte an {v}.|"
            "Abholung in {v}.|Anschrift des Gastes:\n{v}|Catering-Anlieferung: {v}|"
            "Veranstaltungsort: {v}|Leihgläser zurück an {v}."
        ),
    ),
    LOOK=dict(
        order=_s("Bestellung {x} ist noch offen.|Referenz {x} auf dem Lieferschein."),
        invoice=_s("Rechnung {x} hängt an.|Wir warten noch auf {x} von der Molkerei."),
        price=_s("Das Menü kostet {x} pro Person.|Korkgeld: {x}."),
        date=_s("Die Hochzeit ist am {x}.|Probeessen am {x}."),
        time=_s("Einlass ab {x} Uhr.|Letzte Bestellung {x} Uhr."),
        version=_s("Kassensoftware auf {x} aktualisiert.|Die Buchungs-App läuft auf {x}."),
        isbn=_s("Das neue Kochbuch, ISBN {x}, steht im Regal.|Patisseriebuch {x} bestellt."),
        flight=_s("Die Band landet mit {x}.|Gäste kommen mit {x}."),
        room=_s("Aufbau in {x}.|Häppchen gibt es in {x}."),
        measure=_s("Wir brauchen {x} Mehl.|Die Torte wiegt {x}."),
        percent=_s("Servicezuschlag {x}.|Die Gedecke lagen {x} höher."),
        orgreg=_s("Lieferant eingetragen unter {x}.|Registernummer des Caterers: {x}."),
        ticket=_s("Hausmeisterticket {x} ist offen.|Erfasst als {x}."),
        tracking=_s("Sendungsnummer {x}.|Die Wäschelieferung hat {x}."),
        eponym=_s("Heute gibt es {x}.|Die Gäste liebten {x}."),
        wordname=_s("Bitte {x} nicht vergessen.|Beim Briefing fiel {x}."),
    ),
    LABELS=dict(
        EMAIL=_s("E-Mail"),
        PHONE=_s("Telefon"),
        URL=_s("Webseite"),
        IP=_s("IP-Adresse"),
        CARD=_s("Kreditkarte"),
        IBAN=_s("IBAN"),
        ID=_s("Ausweis/Steuer-ID"),
        BANK=_s("Konto"),
        PERSON=_s("Gast"),
        MEMBER=_s("Mitarbeiter"),
        ADDRESS=_s("Anschrift"),
        order=_s("Bestellnr."),
        invoice=_s("Rechnungsnr."),
        price=_s("Summe"),
        date=_s("Datum"),
        time=_s("Uhrzeit"),
        version=_s("Version"),
        isbn=_s("ISBN"),
        flight=_s("Flug"),
        room=_s("Raum"),
        measure=_s("Menge"),
        percent=_s("Rabatt"),
        orgreg=_s("Handelsregister"),
        ticket=_s("Ticket"),
        tracking=_s("Sendung"),
        eponym=_s("Gericht"),
        wordname=_s("Notiz"),
    ),
)
