"""German phrase bank (de_DE). {v} is the item value, {x} a look-alike."""

from .twentyfifth_core import lines

OPEN = {
    "anniversary": lines("""
        Heute vor zehn Jahren hatte ich meinen ersten Arbeitstag hier.
        Kleines Jubiläum, großes Danke.
        Dienstjubiläum! Und ich fühle mich kein bisschen älter.
        Wie schnell die Zeit vergeht, wenn man gern zur Arbeit geht.
        Heute feiern wir ein rundes Firmenjubiläum im Team.
        Ein Jahr mehr im selben Laden, und es wird nicht langweilig.
        Zum Jubiläum gab es Kuchen und peinliche Fotos von früher.
        Ich darf heute auf eine ziemlich lange Zeit in diesem Haus zurückblicken.
        Jubiläumswoche bei uns in der Abteilung.
        Man sagt ja, die Jahre vergehen wie im Flug, und es stimmt.
    """),
    "promotion": lines("""
        Ich freue mich sehr, euch etwas Neues erzählen zu dürfen.
        Neue Rolle, gleicher Schreibtisch, deutlich mehr Termine.
        Ab nächstem Monat übernehme ich die Teamleitung.
        Wir gratulieren herzlich zur verdienten Beförderung.
        Nach langem Auswahlverfahren kann ich es endlich offiziell sagen.
        Ein neues Kapitel beginnt, ohne dass ich das Gebäude verlasse.
        Große Neuigkeiten aus unserem Bereich.
        Die Beförderungen wurden heute früh verkündet und die Freude ist riesig.
        Ich bin dankbar für das Vertrauen und ein bisschen nervös.
        Stolzer Moment für die ganze Abteilung.
    """),
    "farewell": lines("""
        Heute ist mein letzter Arbeitstag.
        Abschiede fallen mir schwer, deshalb mache ich es kurz.
        Nach vielen Jahren geht eine Kollegin in den wohlverdienten Ruhestand.
        Wir verabschieden diese Woche eine echte Institution.
        Ein paar Worte zum Abschied unseres langjährigen Werkstattleiters.
        Der Ausstand findet am Freitag statt, alle sind eingeladen.
        Es war mir eine Ehre, mit euch zu arbeiten.
        Der Abschied ist bittersüß, aber das nächste Abenteuer wartet.
        Manche Menschen prägen einen Arbeitsplatz einfach durch ihre Art.
        Zum Ruhestand wollen wir noch einmal richtig Danke sagen.
    """),
    "alumni": lines("""
        Liebe Ehemalige, das Jahrgangstreffen steht endlich fest.
        Neuigkeiten aus dem Alumni-Netzwerk.
        Zwanzig Jahre nach dem Abschluss treffen wir uns wieder.
        Wir holen den alten Jahrgang noch einmal zusammen.
        Für das Alumni-Treffen suchen wir noch Helferinnen und Helfer.
        Wer bei uns studiert hat, fühlt sich bitte angesprochen.
        Der Alumni-Verein lädt wieder zum Jahresessen ein.
        Alte Kommilitonen, neue Jobs, dieselben Witze.
        Das Klassentreffen ist geplant, Partner sind willkommen.
        Die Abschlussfeier ist lange her, die Freundschaften nicht.
    """),
    "sports": lines("""
        Der Lauftreff startet nach der Winterpause wieder sonntags.
        Die Firmenlauf-Saison beginnt und unser Team meldet sich an.
        Unsere Betriebssportgruppe sucht noch zwei Mitspieler.
        Radfahrerinnen und Radfahrer aufgepasst: Die Firmenausfahrt ist zurück.
        Den Staffellauf haben wir überlebt und dabei mehr gesammelt als erhofft.
        Neuigkeiten aus dem Ruderverein.
        Am Wochenende geht es auf die Trailrunde, Anfänger ausdrücklich erwünscht.
        Danke an alle, die im Ziel so laut angefeuert haben.
        Der Spendenlauf für das Kinderhospiz ist in Planung.
        Unsere Fußballmannschaft hat einen neuen Kapitän.
    """),
    "fundraising": lines("""
        Wir sammeln wieder für die Tafel.
        Der Gemeinschaftsgarten braucht am Samstag helfende Hände.
        Unser Team sammelt Spenden für die Kinderstation.
        Die Wintermantel-Aktion startet nächste Woche an allen Standorten.
        Zwischenstand unserer Spendenaktion und ein großes Dankeschön.
        Wir organisieren einen Kuchenbasar für das Tierheim.
        Für den Benefiz-Quizabend suchen wir noch Freiwillige.
        Die Büchersammlung für die Schulbibliothek läuft großartig.
        Kleine Bitte: Wir brauchen Fahrer für den Mittagstisch.
        Unser Büro unterstützt eine Müllsammelaktion am Rheinufer.
    """),
    "mentoring": lines("""
        Unser Mentoring-Kreis nimmt ab sofort Bewerbungen an.
        Ich hatte tolle Mentorinnen, jetzt möchte ich etwas zurückgeben.
        Der neue Jahrgang des Mentoring-Programms startet bald.
        Wir suchen Mentoren mit Erfahrung in Vertrieb oder Controlling.
        Kurzer Rückblick auf den gestrigen Mentoring-Abend.
        Wer am Anfang der Karriere steht und nicht weiterkommt, ist hier richtig.
        Das Peer-Mentoring geht weiter, diesmal in kleineren Gruppen.
        Ein Dank an den Menschen, der mir damals eine Chance gegeben hat.
        Unser Netzwerk für Frauen in der Technik wächst.
        Reverse Mentoring: Junge erklären Erfahrenen die Welt.
    """),
    "meetup": lines("""
        Organisatorisches zum Meetup nächste Woche, bitte vorher lesen.
        Wir richten diesen Monat den lokalen Produkt-Stammtisch aus.
        Das Daten-Frühstück hat einen neuen Ort.
        Kurze Infos zum Community-Abend am Donnerstag.
        Das erste Treffen vor Ort seit dem Umzug, und der Raum ist fast voll.
        Der Netzwerkabend im Quartal steht, Details unten.
        Kleine Ortsänderung beim Design-Treff, Uhrzeit bleibt.
        Hinweise für alle, die zum Hackathon kommen.
        Das Gründerfrühstück findet wieder statt.
        Die Anmeldung zum Tag der offenen Tür ist freigeschaltet.
    """),
}

SLOT = {
    "EMAIL": lines("""
        Anmeldung bitte per Mail an {v}.
        Fragen gern an {v}.
        Schreibt mir einfach an {v}, wenn ihr dabei seid.
        Kontakt zur Orga: {v}
        Fotos für die Diashow bitte an {v} schicken.
        Zusagen bitte bis Ende der Woche an {v}.
        Falls das Formular hakt, einfach eine Mail an {v}.
        Meine private Adresse ist ab jetzt {v}.
    """),
    "PHONE": lines("""
        Wer sich verspätet, ruft bitte unter {v} an.
        Am Veranstaltungstag erreicht ihr mich unter {v}.
        Für die WhatsApp-Gruppe schreibt mir an {v}.
        Die Koordination sitzt unter {v}.
        Falls ihr euch verlauft: {v}, dann holt euch jemand ab.
        Handy: {v}
        Mitfahrgelegenheit? Kurze SMS an {v}.
        Tel. {v}
    """),
    "URL": lines("""
        Zur Spendenseite geht es hier: {v}
        Die Anmeldeliste findet ihr unter {v}.
        Einen längeren Rückblick habe ich hier geschrieben: {v}
        Die Fotos vom letzten Mal sind online: {v}
        Spenden gern über {v}.
        Vernetzt euch mit mir: {v}
    """),
    "IP": lines("""
        Der Streaming-Rechner läuft unter {v}, bitte nicht ausstecken.
        Falls das WLAN streikt, läuft der Ersatzstream über {v}.
        Unser alter Vereinsserver unter {v} wird abgeschaltet.
        Die Anmeldestation hat die Adresse {v}, falls die IT fragt.
        Beim Quiz hat sich jemand ständig von {v} eingeloggt, netter Versuch.
    """),
    "CARD": lines("""
        Die Anzahlung lief über meine Karte {v}, ist sie angekommen?
        Das Startgeld bitte auf die Vereinskarte {v} buchen.
        Das Hotel hat {v} für die Reservierung belastet.
        Die Tombola-Preise habe ich mit der Karte {v} bezahlt.
        Kreditkarte für die Buchung: {v}
    """),
    "IBAN": lines("""
        Startgebühr bitte überweisen an {v}, Verwendungszweck euer Name.
        Spenden gehen direkt auf das Konto {v}.
        IBAN für das Geschenk: {v}
        Bitte euren Anteil an {v} überweisen.
        Bankverbindung für das Abendessen: {v}
        Das Vereinskonto lautet {v}.
    """),
    "ID": lines("""
        Für die Versicherung brauchen sie meine Steuer-ID, also {v}.
        Beim Ehrenamtsformular habe ich {v} eingetragen, stimmt das Format?
        {v} ist die Nummer, die sie bei mir hinterlegt haben.
        Meine Identifikationsnummer lautet {v}.
        Das Formular wollte erst {v} nicht annehmen.
        Eingetragen habe ich {v}, mal sehen, ob es klappt.
    """),
    "PERSON": lines("""
        Besonderer Dank an {v}, die das ganze Wochenende den Bus gefahren hat.
        Mein erster Chef, {v}, hat mir beigebracht, erst zuzuhören.
        {v} vom Hospiz wird ein paar Worte sagen.
        Mit dabei ist {v}, der jahrelang die Jugend trainiert hat.
        Ich erinnere mich noch, wie {v} mir die erste Prüfung erklärt hat.
        Der Pokal trägt den Namen von {v}, der den Verein gegründet hat.
        Die Fotos sind von {v}.
        {v} überreicht die Medaillen.
        Unsere Gastrednerin ist {v}, Schulleiterin im Ruhestand.
    """),
    "MEMBER": lines("""
        Herzlichen Glückwunsch, {v}!
        Ein großes Dankeschön an {v} für die Organisation.
        {v} hat angeboten, uns aufzunehmen.
        Ohne {v} hätten wir das nie geschafft.
        {v} leitet das Aufwärmen, also pünktlich sein.
        Willkommen im Mentoring-Kreis, {v}.
        Alles Gute zum Jubiläum, {v}!
        Fragt {v} wegen Fahrgemeinschaften.
        Danke {v} für die lieben Worte letzte Woche.
        {v} ist persönliche Bestzeit gelaufen, Wahnsinn.
        Absolut verdient, {v}.
        {v:poss} Rede hat alle zum Lachen gebracht.
    """),
    "ADDRESS": lines("""
        Treffpunkt ist {v}, hinten bei den Fahrradständern.
        Ort: {v}
        Sachspenden könnt ihr in der {v} abgeben.
        Die Feier steigt bei mir, {v}, ab sieben.
        Die Karte bitte an {v} schicken, ich gebe sie weiter.
        Start ist vor dem Haus {v}.
        Neue Büroadresse: {v}
    """),
}

LOOK = {
    "ORDER": lines("""
        Die Medaillen stecken in Bestellung {x}.
        Bestellnummer {x} für die Shirts ist unterwegs.
    """),
    "INVOICE": lines("""
        Die Rechnung {x} vom Caterer ist bezahlt.
        Rechnungsnummer {x} deckt die Saalmiete ab.
    """),
    "TICKET": lines("""
        Auf meinem Ticket steht {x}.
        Beim Veranstalter läuft das unter Vorgang {x}.
    """),
    "TRACKING": lines("""
        Sendungsnummer {x}, die Banner sind in Zustellung.
        Das Paket mit den Pokalen hat die Nummer {x}.
    """),
    "PRICE": lines("""
        Eintritt {x} pro Person, Kinder frei.
        Tickets kosten {x} inklusive Getränk.
        Am Ende kamen {x} zusammen!
    """),
    "DATE": lines("""
        Merkt euch den {x} vor.
        Anmeldeschluss ist der {x}.
    """),
    "TIME": lines("""
        Einlass ab {x}.
        Aufwärmen pünktlich um {x}.
    """),
    "VERSION": lines("""
        Die Vereins-App ist jetzt auf Version {x}.
        Bitte vorher auf {x} aktualisieren.
    """),
    "ISBN": lines("""
        Unser Buch diesen Monat: ISBN {x}.
        Wir lesen gerade ISBN {x}.
    """),
    "FLIGHT": lines("""
        Ich lande mit {x}, kann also knapp werden.
        Ein paar von uns sitzen zusammen im Flug {x}.
    """),
    "ROOM": lines("""
        Wir haben Raum {x} im zweiten Stock.
        Die Workshops finden in {x} statt.
    """),
    "MEASURE": lines("""
        Die Strecke ist {x} lang, mit einem fiesen Anstieg.
        Nehmt mindestens {x} Wasser mit.
    """),
    "PERCENT": lines("""
        Die Anmeldungen liegen {x} über dem Vorjahr.
        {x} der Einnahmen gehen ans Tierheim.
    """),
    "REF": lines("""
        Bitte bei der Zahlung das Aktenzeichen {x} angeben.
        Buchungsnummer: {x}
    """),
    "COMPANY": lines("""
        Das Mittagessen sponsert {x}.
        Danke an {x} für die Trikots.
    """),
    "LANDMARK": lines("""
        Ziel ist in der Nähe von {x}.
        Der Weg führt an {x} vorbei.
    """),
}

MID = lines("""
    Bringt gern Freunde mit.
    Dresscode: locker, Turnschuhe sind okay.
    Es gibt Essen, natürlich auch vegetarisch.
    Sagt in den Kommentaren Bescheid, ob ihr kommt.
    Fotos teilen wir danach.
    Vorkenntnisse braucht niemand, nur gute Laune.
    Parkplätze sind knapp, bildet Fahrgemeinschaften.
    Kinder und angeleinte Hunde sind willkommen.
    Es war eine wilde Zeit und ich habe so viel gelernt.
    Ich bin dankbar für jede lange Nacht und jedes Lachen.
    Der Kaffee ist immer noch schlecht, manches ändert sich nie.
    Ehrlich gesagt waren es die Menschen, die mich gehalten haben.
    Teilt den Beitrag gern weiter.
    Für den Aufbau brauchen wir noch ein paar Leute.
    Wer nicht kommen kann, kann gern spenden.
    Die Plätze sind begrenzt, also früh anmelden.
    Der Raum ist barrierefrei, ein Ruheraum ist vorhanden.
    Bitte eigene Becher mitbringen.
    Wir laufen bei jedem Wetter.
    Es gibt eine kurze Rede und ein langes Mittagessen.
    Das Feedback vom letzten Mal war toll, deshalb machen wir weiter.
    Das Orga-Team hat sich richtig reingehängt.
    Mentees, bringt bitte euren Zielbogen mit.
    Wer später kommt, setzt sich einfach hinten hin.
    Nach der Einführung gehen wir in kleine Gruppen.
    Jeder Beitrag zählt.
    Ich weine nicht, ihr weint.
    Die Torte ist bestellt, Schokolade hat gewonnen.
    Wer sich zuletzt anmeldet, spült ab.
    Die Aufzeichnung gibt es danach für Mitglieder.
    Meine Hände haben beim ersten Vortrag vor dem Vorstand gezittert.
    Alles über Budgets habe ich in diesem fensterlosen Büro gelernt.
    Unser Ruheständler hat versprochen, vom Golfplatz aus keine Mails zu beantworten.
    Das Alumni-Essen war schneller ausverkauft als jedes Konzert.
    Mentoring heißt eigentlich nur zuhören mit offenem Notizbuch.
    Angefangen hat die Gruppe mit drei Leuten und einem Whiteboard.
    Letztes Jahr war die Strecke eine einzige Schlammschlacht.
    Die Hälfte des Teams war vorher nie gelaufen.
    Bitte tragt die Vereinsfarben, wenn ihr habt.
    Zuschauer sind entlang des Flussufers willkommen.
    Kurze Vorträge, lange Gespräche.
    Das Tierheim sagt, jede Decke zählt diesen Winter.
    In der Fundkiste liegt noch eine Jacke vom letzten Mal.
    Wir probieren ein neues Format: weniger Folien, mehr Fragen.
    Wer backen mag, bitte melden.
    Einige aus der alten Truppe reisen extra aus dem Ausland an.
    Das Schönste an diesem Job war, Junge an mir vorbeiziehen zu sehen.
    Gemütliches Tempo, niemand wird zurückgelassen.
    Kaffee und Gebäck kommen von der Bäckerei nebenan.
    Wir erheben ein Glas auf alle, die nicht dabei sein können.
""")

CLOSE = lines("""
    Bis dann!
    Danke euch allen.
    Auf die nächsten Jahre.
    Prost!
    Ich freue mich auf euch.
    Hoffentlich sehen wir viele bekannte Gesichter.
    Auf das nächste Kapitel.
    Meldet euch bei Fragen.
    Sagt es weiter!
    Mit Dankbarkeit.
    Machen wir was draus.
    Mehr bald.
    Danke fürs Lesen.
    Alle sind willkommen.
    Bis zur Startlinie!
    Bleibt gesund.
    Auf bald.
    Los geht's!
    Jede Kleinigkeit hilft.
    Bleiben wir in Kontakt.
    Fragen gern unten in die Kommentare.
    Viele Grüße aus dem Orga-Team.
    Schönes Wochenende!
    Wir sehen uns.
    Danke, dass ihr dabei seid.
""")

for _g, _s in zip(OPEN, [
        "Zehn Jahre, drei Umzüge, ein Team: Zeit für ein kleines Danke.",
        "Manchmal kommt die Beförderung genau dann, wenn man nicht damit rechnet.",
        "Heute wird verabschiedet, und zwar mit Musik.",
        "Der Stammtisch der Ehemaligen bekommt endlich ein Datum.",
        "Wer läuft mit? Der Stadtlauf sucht noch Staffeln.",
        "Für das Frauenhaus sammeln wir bis Monatsende Hygieneartikel.",
        "Mentoring-Tandems gesucht, Bewerbungsschluss naht.",
        "Wichtig für alle, die am Mittwoch zum Treffen kommen.",
        ], strict=True):
    OPEN[_g].append(_s)
SLOT["MEMBER"] += ["Schön, dass {v} wieder dabei ist.", "Hut ab vor {v}!",
                   "{v} bringt den Kuchen mit, der Rest bitte Getränke."]
SLOT["PERSON"] += ["Der Pokal trägt bis heute {v:poss} Namen.",
                   "Die Laudatio hält {v}, ehemals Betriebsrätin.",
                   "Gegründet hat den Lauftreff damals {v}."]
SLOT["EMAIL"] += ["Wer Fragen zur Anreise hat: {v}"]
SLOT["PHONE"] += ["Notfallnummer am Veranstaltungstag: {v}"]
SLOT["ADDRESS"] += ["Wir sind umgezogen, ab sofort: {v}"]
SLOT["ID"] += ["Nummer für die Übungsleiterpauschale: {v}", "{v}, falls das noch jemand braucht."]
MID += lines("""
    Wer mag, kann im Anschluss noch mit in die Kneipe kommen.
    Der Raum ist gut mit der Straßenbahn erreichbar.
    Die Veranstaltung ist kostenlos, Spenden sind willkommen.
    Für Kinderbetreuung ist gesorgt.
    Bitte meldet euch ab, falls ihr doch nicht könnt.
    Es gibt Sitzplätze, aber nicht viele.
    Das Programm hängen wir rechtzeitig an.
    Wer zum ersten Mal dabei ist, wird herzlich begrüßt.
    Wir starten pünktlich, also lieber etwas früher da sein.
    Die Stimmung letztes Mal war unschlagbar.
    Wir freuen uns über jede helfende Hand.
    Es wird ein entspannter Abend ohne Powerpoint.
    Sportkleidung nicht vergessen.
    Der Erlös geht komplett an den guten Zweck.
    Bei Regen weichen wir in die Halle aus.
    Ich habe so viel von diesem Team gelernt.
    Die Urkunden werden vor Ort überreicht.
    Es gibt eine kleine Überraschung für alle Ehrenamtlichen.
    Bitte keine Geschenke, lieber eine Spende.
    Die Anmeldung ist unverbindlich.
""")
CLOSE += ["Bis nächste Woche!", "Wir zählen auf euch.", "Herzliche Grüße.", "Auf ein Wiedersehen!"]
