"""Deutsche Satzbausteine (de_DE) für das twentyfirst-Set."""
LANG = "de"
RAW = """
## open.open_to_work
Nach sieben Jahren ist mein Vertrag ausgelaufen, ich bin ab sofort offen für Neues.
Kurze Info in eigener Sache: Ich suche eine neue Herausforderung.
Liebes Netzwerk, jetzt brauche ich mal eure Hilfe.
Unser Standort wurde geschlossen, und damit bin ich auf Jobsuche.
Ich bin wieder auf dem Markt, und zwar mit voller Motivation.
Nach der Elternzeit möchte ich wieder voll einsteigen.
## body.open_to_work
Gesucht: Projektleitung oder Teamkoordination, gerne im öffentlichen Dienst.
Mein Schwerpunkt liegt im Controlling, mit viel Erfahrung in SAP und Excel.
Ich bin flexibel, hybrid in {city} oder komplett remote.
Kurzfristig verfügbar, Kündigungsfrist gibt es keine.
Jeder Hinweis, jede Empfehlung und jedes Teilen hilft mir weiter.
Besonders spannend finde ich Energiewende, Mobilität und Bildung.
Headhunter gerne, aber bitte nur mit konkreten Stellen.
Teilzeit ab dreißig Stunden wäre ideal, Vollzeit ist auch denkbar.
Wer jemanden kennt, der jemanden kennt: Ich freue mich über jede Nachricht.
## open.cv_snippet
Hier der Kopf meines Lebenslaufs, vielleicht hilft es bei der Vermittlung:
Mein aktualisierter Lebenslauf, Kurzfassung:
Ein paar von euch wollten meine Kontaktdaten aus dem CV, bitte schön:
Lebenslauf-Auszug für die Empfehlung:
So sieht mein neuer Lebenslauf oben aus, passt das so?
Kurzprofil aus meinem Lebenslauf:
## body.cv_snippet
Berufserfahrung: Einkauf, Lieferantenmanagement, zuletzt Teamleitung.
Ausbildung: Industriekauffrau, berufsbegleitend Betriebswirtschaft studiert.
Kenntnisse: SAP MM, Power BI, Projektmanagement nach PRINCE2.
Sprachen: Deutsch Muttersprache, Englisch verhandlungssicher, Türkisch fließend.
Führerschein Klasse B, Reisebereitschaft vorhanden.
Referenzen gerne auf Anfrage.
Verfügbarkeit: ab sofort.
Familienstand: verheiratet, zwei Kinder, falls das jemand wissen will.
Ehrenamt: Kassenwartin im Sportverein.
## open.freelance
Ich habe wieder freie Kapazitäten für Projekte ab nächstem Monat.
Als freiberufliche Übersetzerin suche ich neue Auftraggeber.
Eure Website ist seit Jahren nicht aktualisiert worden? Dann lasst uns reden.
Kleine Erinnerung: Ich mache Buchhaltung für Selbstständige und kleine Vereine.
Neu im Angebot: Workshops zu barrierefreien Dokumenten.
Ab Herbst biete ich wieder Coaching für Führungskräfte an.
## body.freelance
Ich arbeite vor allem mit Agenturen, Vereinen und dem Mittelstand.
Festpreise für klar umrissene Projekte, Tagessätze für alles andere.
Kostenloses Erstgespräch, ganz unverbindlich.
Rechnung mit ausgewiesener Umsatzsteuer, alles sauber und pünktlich.
Ich sitze in {city}, arbeite aber bundesweit remote.
Empfehlungen aus diesem Netzwerk sind meine beste Akquise, danke dafür.
Antwort in der Regel innerhalb eines Werktags.
Auch kurzfristige Feuerwehreinsätze sind möglich.
## open.volunteering
Die Tafel sucht dringend Helferinnen und Helfer für die Ausgabe.
Für unseren Spendenlauf am Wochenende brauchen wir noch Leute.
Der Nachbarschaftstreff in {city} sucht Ehrenamtliche für die Hausaufgabenhilfe.
Liebe Leute, unser Verein braucht Verstärkung im Vorstand.
Wer hat Lust, Geflüchtete beim Deutschlernen zu begleiten?
Die Kleiderkammer sucht Fahrer mit Führerschein für samstags.
## body.volunteering
Keine Vorkenntnisse nötig, nur Zeit und ein bisschen Geduld.
Wir stellen eine Einweisung, Kaffee und jede Menge Dankbarkeit.
Ein erweitertes Führungszeugnis ist für die Arbeit mit Kindern Pflicht.
Wer nicht helfen kann, teilt bitte den Beitrag.
Auch Firmen-Teams sind herzlich willkommen.
Wir suchen besonders Menschen, die Arabisch, Ukrainisch oder Farsi sprechen.
Jede Stunde zählt, wirklich.
## open.alumni
Klassentreffen! Unglaublich, aber das Abi ist zwanzig Jahre her.
Aufruf an alle Ehemaligen vom Lehrstuhl für Volkswirtschaft.
Der Alumni-Verein lädt zum Sommerfest nach {city} ein.
Wer kommt zum Jahrgangstreffen im Herbst?
Ich versuche, unseren Abschlussjahrgang zusammenzutrommeln.
Ehemalige Kolleginnen und Kollegen, das Wiedersehen steht endlich.
## body.alumni
Wir haben das Hinterzimmer der alten Stammkneipe reserviert.
Partner und Kinder sind nachmittags herzlich willkommen.
Bitte weitersagen, gerade an alle, die hier nicht mehr aktiv sind.
Es gibt eine Diashow, also schickt mir eure peinlichsten Fotos.
Die erste Runde geht aufs Orga-Team.
Wer nicht kann, schickt gern eine kurze Videobotschaft.
Ein paar Leute finden wir einfach nicht, markiert sie gern.
## open.mentoring
Ich suche eine Mentorin oder einen Mentor und trau mich jetzt mal, das zu posten.
Quereinstieg von der Pflege in die IT: Wer hat das schon geschafft?
Hat jemand Erfahrung mit dem Wechsel von der Agentur ins Unternehmen?
Frage an mein Netzwerk: Wie habt ihr eure erste Mentorin gefunden?
Ich würde mich gern mit jemandem austauschen, der ein Datenteam aufgebaut hat.
Als Erste in meiner Familie mit Studium suche ich Rat im Finanzbereich.
## body.mentoring
Schon ein Gespräch im Monat würde mir enorm helfen.
Ich revanchiere mich gern, wo immer ich kann.
Besonders interessiert mich, wie man das erste Gehalt als Führungskraft verhandelt.
Die Kurse habe ich gemacht, jetzt fehlt mir der Blick von außen.
Ich komme vorbereitet und stehle niemandem die Zeit.
In meiner Firma gibt es kein Mentoring-Programm, daher dieser Post.
Gerne auch per Video, Hauptsache ehrlich.
## open.relocation
Ich ziehe im Sommer nach {city} und suche dort eine neue Stelle.
Wir ziehen wegen des Jobs meines Partners um, also suche ich etwas Neues.
Nach sechs Jahren im Ausland geht es zurück nach Hause.
Nächstes Jahr geht es nach {city}, habt ihr Tipps für den Arbeitsmarkt dort?
Neue Stadt, neues Kapitel, und jetzt fehlt nur noch der Job.
Umzugs-Post: Das Visum ist da, im Herbst geht es los.
## body.relocation
Über Kontakte zu Firmen im Bereich Logistik oder Einkauf würde ich mich sehr freuen.
Falls jemand eine bezahlbare Wohnung kennt, bin ich auch ganz Ohr.
Einstieg idealerweise nach den Feiertagen.
Wer Lust auf einen Kaffee hat, sobald ich da bin, meldet euch.
Eine Arbeitserlaubnis habe ich, ein Visum brauche ich nicht.
Gibt es gute Netzwerkgruppen vor Ort?
Eine Kita in der Nähe wäre auch ein Traum.
## open.references
Referenzen wie gewünscht:
Für den Bewerbungsbogen hier meine Angaben und Referenzen.
Sorry für die Verspätung, hier die gewünschten Daten:
Zwei Referenzen, beide sind mit einer Kontaktaufnahme einverstanden.
Meine Daten für die Ehrenamtskoordination:
Neue Kontaktdaten, bitte ab sofort diese nutzen:
## body.references
Am besten nachmittags anrufen.
Beide kennen meine Arbeit aus den letzten drei Jahren.
Sagt Bescheid, wenn ihr noch etwas für die Unterlagen braucht.
Bitte meinen aktuellen Arbeitgeber noch nicht kontaktieren.
Die zweite Referenz telefoniert lieber, als ein Zeugnis zu schreiben.
Ich habe beiden schon Bescheid gegeben.
Danke für eure Geduld mit dem Papierkram.
## close
Danke fürs Lesen und fürs Teilen!
Meine Nachrichten sind offen.
Ich bin dankbar für dieses Netzwerk.
Gerne weiterleiten.
Schönes Wochenende euch allen.
Lasst uns sprechen!
Kommentare sind willkommen.
Tausend Dank!
Jeder Repost hilft.
Viele Grüße!
Ich revanchiere mich gern.
Daumen drücken, bitte.
Auf geht's.
Bis bald.
Jeder Tipp ist willkommen.
Beste Grüße aus dem Homeoffice.
## item.EMAIL
Am besten erreicht ihr mich per Mail: {v}
Schreibt mir gern an {v}, dann schicke ich die Mappe.
Bei Interesse einfach eine kurze Mail an {v}.
E-Mail: {v}
Bitte das Formular an {v} schicken, nicht an die Firmenadresse.
Meine private Adresse ist {v}, die lese ich täglich.
Anmeldungen bitte an {v}, mit Angabe der Wunschzeiten.
Kontakt: {v}
Fragen zum Ehrenamt gerne an {v}.
Lebenslauf und Zeugnisse kommen gern von {v}, fragt einfach.
## item.PHONE
Ihr erreicht mich unter {v}.
Mobil: {v}
Tel./WhatsApp {v}
Ruft einfach an: {v}, ab vier Uhr klappt es am besten.
Handy {v}, bei Mailbox bitte kurz draufsprechen.
Meine Nummer ist {v}, falls ihr lieber telefoniert.
Für Eiliges bitte eine SMS an {v}.
Tel. {v}
Unter {v} nach der Ehrenamtskoordination fragen.
Die Referenz ist tagsüber unter {v} erreichbar.
## item.URL
Mein Portfolio findet ihr hier: {v}
Mehr über meine Arbeit auf {v}
Profil: {v}
Termin direkt buchen: {v}
Hier noch mal mein Profil, falls der Link oben nicht geht: {v}
Referenzprojekte und Preise stehen auf {v}
Schaut gern mal auf {v} vorbei.
Website: {v}
Code-Beispiele liegen auf {v}
## item.IP
Die Demo läuft vorerst auf meinem Server unter {v}.
Falls die Firewall blockt, bitte {v} freigeben.
Testsystem für das Kundenprojekt: {v}
Das alte Forum vom Jahrgang läuft tatsächlich noch unter {v}.
Mein Homelab erreicht ihr über {v}.
Ich komme nur von {v} ins VPN, bitte freischalten.
Das Tool für den Schichtplan liegt auf {v}, bis wir umziehen.
## item.CARD
Für die Anzahlung einfach meine Karte belasten: {v}
Ich habe die Location mit {v} bezahlt, die Quittung läuft auf mich.
Karte für die Tischreservierung: {v}
Kann jemand prüfen, ob {v} doppelt belastet wurde?
Nehmt für die Tombola-Preise {v}, ich bekomme es erstattet.
Die Anzahlung fürs Klassentreffen lief über meine Karte {v}, bitte Geld an mich.
Falls die Buchung hakt, probiert {v}.
Die Tickets liefen über {v}, schickt mir bitte die Bestätigung.
## item.IBAN
Bankverbindung für die Kasse: {v}
Bitte euren Anteil an {v} überweisen, Verwendungszweck euer Name.
Meine IBAN für die Rechnung lautet {v}
Spenden gern direkt an {v}
Konto für Zahlungen: {v}
Die Anzahlung bitte bis Monatsende an {v}.
IBAN: {v}
Überweisung an {v}, danke euch!
Vereinskonto: {v}
## item.ID
Für das Formular brauchen sie meine Steuer-ID, die ist {v}.
Sie wollten meine Ausweisnummer, sie lautet {v}.
ID: {v}
Für die Prüfung: {v}
Nummer laut Unterlagen: {v}
Die Nummer ins zweite Feld eintragen: {v}
Hier bitte: {v}
{v} steht auf meiner Karte.
Vergessen einzutragen: {v}
## item.PERSON
[[Meine frühere Chefin|Mein früherer Chef]] {v} steht als Referenz zur Verfügung.
Ein großes Dankeschön an {v} für den Tipp mit der Stelle.
Ich habe eng mit {v} am Relaunch gearbeitet.
{v} aus dem alten Team organisiert die Getränke.
Zweite Referenz: {v}, [[meine Vorgesetzte|mein Vorgesetzter]] im Verein.
Wer {v} kennt, bitte kurz Bescheid geben.
Danke an {v}, [[von der|von dem]] ich alles über Budgets gelernt habe.
Ich übernehme die Ehrenamtskoordination von {v}.
Der Rat von {v} war, einfach öffentlich zu fragen.
Referenzen: {v}, ehemals Bereichsleitung.
Ich hatte das Glück, am Anfang von {v} zu lernen.
## item.MEMBER
Danke {v} für den Schubs, diesen Post zu schreiben.
{v}, hattest du nicht erwähnt, dass ihr sucht?
Ich markiere {v}, weil du die halbe Branche kennst.
Wie {v} in den Kommentaren schrieb: Empfehlungen zählen.
cc {v}
{v} und ich organisieren das Treffen zusammen.
Besonderer Dank an {v} fürs Korrekturlesen.
Vielleicht kann {v} das in der Alumni-Gruppe teilen.
Der Beitrag von {v} letzte Woche hat mich überzeugt.
Danke an {v} für die Vorstellung, sehr großzügig.
{v} weiß die Details besser als ich.
## item.ADDRESS
Die Unterlagen bitte an {v} schicken.
Abgabestelle für Spenden: {v}
Meine Anschrift für den Vertrag: {v}
Treffpunkt ist {v}, zweimal klingeln.
Wohnadresse: {v}
Pakete gern an {v}, da ist immer jemand da.
Neue Adresse ab nächstem Monat: {v}
Ort: {v}
Abholung bei mir, {v}, werktags ab sechs.
## look.ORDER
Meine Bestellung {x} mit dem neuen Laptop hängt noch, deshalb antworte ich langsam.
Bestellung {x} mit den Namensschildern ist bestätigt.
## look.INVOICE
Rechnung {x} ist bezahlt, danke an alle.
Bitte die Rechnungsnummer {x} im Verwendungszweck angeben.
## look.TICKET
Das Ticket {x} beim Support ist noch offen.
Mit Ticket {x} sollte die Anmeldeseite wieder gehen.
## look.TRACKING
Die Banner sind unterwegs, Sendungsnummer {x}.
Sendungsverfolgung für das Bücherpaket: {x}
## look.PRICE
Der Eintritt kostet {x}, Essen inklusive.
Mein Tagessatz beginnt bei {x}.
Die Weiterbildung kostet {x}, der Arbeitgeber übernimmt das.
## look.DATE
Wir treffen uns am {x}.
Bewerbungsschluss ist der {x}.
Frühester Start wäre der {x}.
## look.TIME
Einlass ab {x}.
Der Call ist um {x}, lässt sich aber verschieben.
## look.VERSION
Das Tool läuft auf {x}, nichts Exotisches.
Zurzeit arbeite ich vor allem mit {x}.
## look.ISBN
Das Buch, das meinen Blick auf Karriere verändert hat: ISBN {x}.
Das Handbuch gibt es unter ISBN {x}.
## look.FLIGHT
Ich lande mit {x}, abends hätte ich Zeit für einen Kaffee.
Ich sitze in {x}, komme also spät an.
## look.ROOM
Wir sind in Raum {x} im zweiten Stock.
Der Workshop findet in Raum {x} statt.
## look.MEASURE
Die Laufstrecke ist {x} lang.
Das Atelier hat rund {x}, genug für kleine Workshops.
## look.PERCENT
Etwa {x} unserer Ehrenamtlichen sind Studierende.
Ich kann vorerst mit {x} arbeiten.
## look.REF
Kennziffer {x}, falls ihr euch über das Portal bewerbt.
Die Stelle läuft unter {x} auf der Karriereseite.
## look.COMPANY
Davor war ich sechs Jahre bei {x}.
Gefördert wird das Projekt von {x}.
Zuletzt bei {x} im Controlling.
## look.PLACE
Treffpunkt vor dem {x}.
Wir haben früher direkt neben dem {x} gelernt.
## free
Ich halte mich kurz, Jobsuche ist anstrengend genug.
Ich aktualisiere den Beitrag, sobald sich etwas tut.
Jedes Gespräch hat mir etwas Neues gezeigt.
Der Markt ist gerade zäh, aber die Menschen sind unglaublich hilfsbereit.
Wer in der gleichen Lage ist, kann mir gern schreiben.
Lieber ein kleines Team, in dem ich etwas bewegen kann.
Bitte keine Krypto-Angebote.
Es fühlt sich komisch an, das nach so langer Zeit zu schreiben.
Absagen nach der letzten Runde tun weh, aber ich lerne dazu.
Ich teile das, falls es jemandem beim Einstieg hilft.
Ehrliches Feedback ist das beste Geschenk für Bewerbende.
Das Ehrenamt hat mich zwischen den Jobs zusammengehalten.
Mentorinnen müssen nicht berühmt sein, nur großzügig mit ihrer Zeit.
Umziehen ist vor allem Papierkram und Geduld.
Klassentreffen zeigen, wie weit alle gekommen sind.
Als Freelancerin sagt man öfter Nein, als man denkt.
Ich lese gern Anschreiben gegen, fragt einfach.
Diese Woche arbeite ich an meinem Portfolio, langsam, aber stetig.
Der beste Rat war, mich nicht für die Lücke im Lebenslauf zu entschuldigen.
Ich habe es nicht eilig, es soll passen.
Ich schreibe das aus der Stadtbibliothek, passend eigentlich.
Unsere Ehrenamtlichen machen das alles erst möglich.
Netzwerken fühlt sich immer noch komisch an, aber es funktioniert.
Seid nachsichtig, das ist mein allererster Beitrag.
Ich lerne gerade, über meine Stärken zu reden, ohne rot zu werden.
Kleine Erfolge zählen.
Pausen gehören zur Jobsuche dazu.
Freundlichkeit wird in unserer Branche unterschätzt.
Ehrlich gesagt fehlen mir die Kolleginnen und Kollegen.
Neues Kapitel, gleiche Neugier.
Neugier schlägt Panik, zumindest diese Woche.
Sonntags Bewerbungen schreiben ist eine eigene Disziplin.
Die besten Teams waren immer die freundlichsten.
Danke für die vielen aufmunternden Nachrichten.
Eine gute Führungskraft verändert wirklich alles.
## body.open_to_work
Gesuchte Rollen: Teamleitung Einkauf, Projektmanagement, Assistenz der Geschäftsführung.
Titel sind mir nicht so wichtig, Team und Sinn schon.
## body.freelance
Aktuell liegt meine Vorlaufzeit bei etwa zwei Wochen.
Ich gebe auch Schreibworkshops für Teams, die ihre Texte selbst machen wollen.
## body.volunteering
Tragt euch für so viele Schichten ein, wie ihr mögt.
## body.alumni
Die Namensschilder tragen eure alten Spitznamen, ihr seid gewarnt.
## body.mentoring
Ich stehe noch am Anfang und finde gerade heraus, was mir wirklich liegt.
## body.relocation
Ich bringe viel Motivation mit und eine sehr verwirrte Katze.
## body.references
Die Agentur braucht eigentlich nur eine, aber sicher ist sicher.
## item.PERSON
Ohne {v} wäre ich nie in dieser Branche gelandet.
## item.MEMBER
Danke {v}, dass du das teilst!
## item.EMAIL
Rückfragen zur Anmeldung bitte direkt an {v}.
## look.TICKET
Ich habe Ticket {x} wegen des Logins aufgemacht.
## look.ORDER
Die Bücher aus Bestellung {x} verteile ich beim Treffen.
## free
Diese Woche wähle ich Neugier statt Panik.
Wer mag, kann gern einfach Hallo sagen.
Ich glaube fest daran, dass gute Teams freundliche Teams sind.
Zurück in den Alltag nach einer Auszeit, Schritt für Schritt.
"""
