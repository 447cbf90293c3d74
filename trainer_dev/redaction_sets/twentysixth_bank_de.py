"""German phrase bank (de_DE) for the twenty-sixth set.

One piece per line under a "## section" header. {V} is the labelled value,
{IDL} the id's usual name, other {slots} are look-alikes (see twentysixth_looks).
"""

TEXT = r"""
## open_incident
Postmortem zum Ausfall des Checkouts von gestern Abend, wie immer ohne Schuldzuweisung.
Kurze Zusammenfassung der Störung vor der Retro am {date}.
Sev-2-Bericht: Zahlungen waren {dur} lang eingeschränkt.
Die Ursache ist bestätigt, hier die Timeline, damit niemand den Channel durchsuchen muss.
Incident geschlossen. Was passiert ist und was wir ändern.
Solange es noch frisch ist: Der Login-Dienst ist um {time} umgefallen.
Heute früh hatten wir einen Teilausfall der Mobile-API, Ticket {ticket}.
## open_release
Die Release Notes für {ver} sind raus, die wichtigsten Punkte unten.
Heute geht {ver} unseres internen CLI live, bitte bis Freitag aktualisieren.
Neues Tool: Der Deploy-Bot meldet Rollbacks jetzt direkt im Channel.
Kurzer Hinweis, heute Abend schneiden wir den Release-Branch.
Die App-Version {ver} ist seit heute Morgen in den Stores.
Kleines, aber feines Release: schnellere Builds, weniger wackelige Tests.
Der alte Cron-Server ist endlich abgeschaltet, die Jobs laufen jetzt im Scheduler.
## open_review
Anmerkungen aus dem Code-Review zum Billing-Refactoring, überwiegend Kleinkram.
Bevor ihr den PR freigebt, schaut bitte auf den Config-Diff.
Mir ist beim Review von Commit {commit} etwas aufgefallen.
Ich kopiere den relevanten Teil vom Diff hier rein, damit wir drüber reden können.
Ein Review-Kommentar, der mehr Leser verdient hat.
Die Änderung passt, bis auf eine Sache in den Fixtures.
Es kam die Frage, warum die Testdaten so aussehen, hier der Ausschnitt.
## open_log
Log-Auszug vom Ingestion-Worker, auf die interessanten Zeilen gekürzt.
Das hat das Gateway kurz vor dem Peak geloggt.
Ich habe die Access-Logs nach den fehlerhaften Requests durchsucht, Ergebnis unten.
Diese Zeilen tauchen seit {time} ständig im Error-Stream auf.
Hier der relevante Teil vom Trace, Zeitstempel in UTC.
Das habe ich im Audit-Log gefunden, als ich dem Rechteproblem nachgegangen bin.
Auszug aus den Worker-Logs, sonst sah nichts auffällig aus.
## open_helpdesk
Ich eskaliere das an den Second Level, Details unten.
Update vom Helpdesk zur Laptop-Tauschaktion.
Ein Kundenticket, bei dem jemand aus der Buchhaltung ran muss.
Eskalation aus dem Support: Die Person kann ihr Passwort nicht zurücksetzen.
Ticket wieder geöffnet, der Fix hat nicht gehalten.
Weitergeleitet vom Servicedesk mit allem, was wir gesammelt haben.
Kleine Bitte vom Helpdesk, die Sache eilt.
## open_oncall
Übergabe Rufbereitschaft für diese Woche, bitte vor Schichtbeginn lesen.
Übergabenotizen von der Wochenendbereitschaft.
Der Bereitschaftsplan über die Feiertage steht, meldet euch bei Fehlern.
Ich gebe den Pager ab, ruhige Woche bis auf einen Alarm.
Zusammenfassung der Wochenendbereitschaft und die Kontakte, die ihr braucht.
Der Plan für nächste Woche steht unten, Tausch bitte wie immer über den Channel.
Notizen aus der Nachtschicht für die Frühschicht.
## open_data
Update vom Datenteam: Die Zahlen fürs Wochen-Dashboard sind da.
Kurze Tabelle aus dem Warehouse für das Planungsmeeting.
Hier die Abfrageergebnisse, nach denen im Daily gefragt wurde.
Der Dedup-Job hat ein paar interessante Zeilen gefunden, Beispiel unten.
Unser Datenqualitätscheck hat diese Woche einige Datensätze markiert.
Hier der kleine Export, den die Finanzabteilung wollte.
Monatliche Churn-Zahlen, die Ausreißer sind markiert.
## open_vendor
Lieferanten-Onboarding für den neuen Hardware-Lieferanten, bitte prüfen.
Wir nehmen einen freien Mitarbeiter in die Lieferantenliste auf.
Der Einkauf braucht diese Angaben, bevor die Bestellung rausgehen kann.
Ich pflege gerade die Kreditorenstammdaten, hier das Formular zur Kontrolle.
Neue Lieferantenanlage, die Buchhaltung bat mich, das hier zu posten.
Wir holen einen Berater für die Migration an Bord, Angaben aus dem Formular.
Zahlungsdaten des neuen Kurierdienstes, so wie eingereicht.
## ctx_incident
Die Fehlerquote lag in der Spitze bei {pct} und fiel nach dem Rollback.
Der Alarm kam um {time}, aber {dur} lang hat niemand reagiert.
Betroffen war nur der Checkout, etwa {count} fehlgeschlagene Bestellungen.
Die Config-Änderung in {commit} hat das Limit für den Connection-Pool entfernt.
Von {host} kam fast die ganze Zeit {err}.
Die Folgeaufgaben stehen in {ticket}.
Das Datenbank-Failover hat {dur} gedauert, länger als im Runbook versprochen.
## ctx_release
Diese Version schließt auch {cve}, also bitte nicht überspringen.
Das Changelog ist lang, die Migration dauert aber nur {dur}.
Die Artefakte sind jeweils etwa {size} groß, der Mirror hat sie schon.
Build {build} ist der, der die komplette Suite bestanden hat.
Mindestens unterstützte Version ist jetzt {ver}.
Der Rollout startet mit {pct} des Traffics, dann für alle.
Der alte Endpunkt auf Port {port} fliegt nächstes Quartal raus.
## ctx_review
Der Test in dem Commit nutzt eine feste ID {uuid}, das ist in Ordnung.
Bitte die Abhängigkeit noch nicht über {ver} heben.
Der Linter meckert nur über die Zeilenlänge.
Das betrifft dieselbe Datei wie {ticket}, rechnet mit einem Konflikt.
Die Testabdeckung ist von {pct} leicht gestiegen, schön.
Die Migration dauert auf einer Produktionskopie etwa {dur}.
Fixture-Dateien sollten unter {size} bleiben.
## ctx_log
Die Request-ID {uuid} taucht in jedem fehlerhaften Aufruf auf.
Der Pod wurde kurz danach mit {err} neu gestartet.
Die Latenz auf {host} ging auf {dur} pro Aufruf hoch.
Das alles passierte zwischen {ts} und ein paar Minuten später.
Der Job hat es auf Port {port} erneut versucht und dann aufgegeben.
Nach Build {build} war die Warnung weg.
Der Queue-Rückstau lag bei {count} Nachrichten.
## ctx_helpdesk
Die Person sitzt beim Kunden in der Nähe von {place}.
Das Gerät ist bereits als Asset {ref} erfasst.
Zurücksetzen wurde zweimal versucht, weiterhin {err}.
Das Ersatzgerät geht mit der Sendungsnummer {tracking} raus.
Das ist das dritte Ticket diesen Monat, siehe {ticket}.
Installiert ist Client-Version {ver}, die wird unterstützt.
Die Erstattung über {amount} wurde gestern freigegeben.
Die Bestellung {order} steht immer noch auf offen.
## ctx_oncall
Das Teamevent ist am {date} bei {place}.
Die Platte auf {host} ist bei {pct}, bitte im Auge behalten.
Es gibt einen bekannten wackeligen Alarm, siehe {ticket}.
Das Wartungsfenster ist am {date} um {time}.
Die Eskalationsregeln wurden in {commit} angepasst.
Wenn der Batch länger als {dur} läuft, bitte das Datenteam anpiepen.
Die Backups sind inzwischen etwa {size} groß, der Bucket-Alarm ist erwartet.
Das Daily ist in Raum {room} umgezogen.
## ctx_data
Die Zeilenzahl ist auf {count} gestiegen.
Der Gesamtumsatz im Export beträgt {amount}.
Die Abfrage hat {size} gescannt und {dur} gebraucht.
Der Anteil leerer E-Mail-Felder liegt jetzt bei {pct}.
Pipeline-Version ist {ver}, die Schemaänderung steht in {ticket}.
Die Dubletten stammen größtenteils aus dem Import vom {date}.
Rechnung {invoice} steht doppelt in der Rohtabelle.
## ctx_vendor
Die Ware lagert im Depot neben {place}.
Ihr Angebot für die erste Charge liegt bei {amount}.
Die Bestellnummer wird {order} sein.
Lieferung ist für den {date} geplant, Eilteile kommen mit Flug {flight}.
Bitte bei jeder Zahlung die Rechnung {invoice} angeben.
Der Katalog ist da, das Referenzbuch hat die ISBN {isbn}.
Die Vertragsreferenz lautet {ref}.
Zahlungsziel dreißig Tage, {pct} Skonto bei früher Zahlung.
## item_EMAIL
Gemeldet hat es die Kundin mit der Adresse {V}.
Die Antwort ging an {V} statt ans Sammelpostfach.
Bitte {V} mit ins CC nehmen, von dort kam das ursprüngliche Ticket.
Ansprechpartner auf deren Seite: {V}
Der Bounce kam von {V} mit {err}.
Die Einladung ging an {V}, wurde aber nie angenommen.
Rechnungskontakt ist {V}.
Wer den Rohexport braucht, bitte bei {V} melden.
Im Log sieht man, dass der Reset-Link an {V} ging.
Das unterschriebene Formular bitte bis {date} an {V} schicken.
## item_PHONE
Die Primärbereitschaft erreicht ihr unter {V}.
Wenn der Pager streikt, direkt {V} anrufen.
Der Kunde hat eine Rückrufnummer hinterlassen: {V}.
Handynummer des Fahrers für die Lieferung: {V}.
Meldet euch unter {V}, falls es nachts schlimmer wird.
Ersatznummer für Eskalationen: {V}
Sie möchte lieber eine SMS an {V} statt einer Mail.
Im Ticket steht {V} als Kontaktnummer.
Telefon laut Lieferantenformular: {V}.
Er ist am besten per WhatsApp erreichbar, {V}.
## item_URL
Das Portfolio des Freelancers liegt unter {V}.
Mehr zum Kandidaten hier: {V}
Seine Notizen stehen auf {V}, lohnt sich.
Termine bei ihr bucht man über {V}.
Der Melder hat sein Profil verlinkt: {V}
Freelancer-Profil für die Lieferantenprüfung: {V}.
Das Skript stammt von {V}, bitte vor dem Ausführen prüfen.
Ihre Beschreibung des Fixes steht auf {V}.
Das öffentliche Repo des Nutzers ist {V}, dort lässt sich der Bug nachstellen.
Profil-Link aus dem Onboarding-Formular: {V}
## item_IP
Die fehlgeschlagenen Logins kamen alle von {V}.
Sein Heimanschluss hat die {V}, die steht vorerst auf der Allowlist.
Nach {count} Versuchen in einer Minute haben wir {V} gesperrt.
Der Router des Kunden zeigt {V} als öffentliche Adresse.
Anfragen von {V} liefen um {time} ins Rate-Limit.
Sie arbeitet diese Woche von zu Hause, bitte {V} als VPN-Ausnahme eintragen.
Die Geo-Abfrage zu {V} passt zum Wohnort des Kunden.
Die Abuse-Meldung nennt {V}.
Zugriff von {V} wurde durch eine alte Regel erlaubt.
Die Fernwartung wurde von {V} aus geöffnet.
## item_CARD
Der Kunde hat seine komplette Kartennummer in den Chat kopiert: {V}.
Die Karte der fehlgeschlagenen Zahlung ist {V}, bitte aus den Logs löschen.
Karte für die Erstattung: {V}
Der Log-Scrubber hat diese übersehen: Karte {V}.
{V} stand im Klartext in einem Ticketanhang.
Die Firmenkarte für die Cloud-Rechnung ist {V}.
Im Export war eine vollständige Kartennummer, {V}, das darf nie passieren.
Er hat die Karte am Telefon vorgelesen, {V}.
Die Belastung auf {V} wurde mit {err} abgelehnt.
Das maskierte Feld war nicht maskiert: {V}
## item_IBAN
Bankverbindung des Lieferanten (IBAN): {V}
Bitte die Rechnung auf {V} überweisen.
Die IBAN im Formular lautet {V}.
Neue Bankverbindung, IBAN {V}.
Die Erstattung soll auf {V} gehen, der Kunde hat es bestätigt.
Konto des Auftragnehmers: {V}.
In der Zahlungsdatei stand {V} in der falschen Spalte.
IBAN {V}, Kontoinhaber wie im Vertrag.
Die Kaution bitte bis {date} auf {V} überweisen.
Deren Buchhaltung hat {V} als Verrechnungskonto geschickt.
## item_ID
Die {IDL} lautet {V}.
{IDL}: {V}
Für die Lohnabrechnung braucht die Personalabteilung die {IDL} {V}.
Im Feld {IDL} steht noch {V}.
Er hat {V} ins falsche Feld getippt, das ist seine {IDL}.
Nummer aus dem Formular des Kunden: {V}
Die Nummer {V} stand im KYC-Export direkt neben dem Namen.
Bitte {V} prüfen, bevor die Zahlung rausgeht.
Steuerliche Identifikationsnummer für die Honorarrechnung: {V}
Bei der Anlage bitte {V} eintragen, nicht die alte Nummer.
## item_PERSON
Unser Ansprechpartner bei {place} ist {V}.
Die Kundin, {V}, hat dreimal beim Support angerufen.
Das Ticket kam von {V} auf Kundenseite.
Deren Account Manager ist {V}.
Ansprechpartner beim Kurier ist {V}.
Kandidat für die Vertragsstelle: {V}.
Der Prüfer, {V}, will die Logs bis Freitag.
Es geht um den Nutzer {V}.
Der Geschäftsführer des Lieferanten, {V}, hat unterschrieben.
{V} vom Dienstleister hat den Fix bestätigt.
Die Lieferung muss von {V} quittiert werden.
## item_MEMBER
Danke an {V}, dass du so lange drangeblieben bist.
{V} hat diese Woche die Primärbereitschaft.
Großes Lob an {V}, die die Ursache gefunden hat.
{V} kümmert sich um die Folgeaufgaben.
Sagt {V} Bescheid, wenn das Dashboard komisch aussieht.
Reviewt von {V}, mit Kleinkram freigegeben.
{V} moderiert die Retro.
Morgen pairen {V} und ich an der Migration.
Übergabe an {V} für die Nacht.
Nach dem ersten Alarm an {V} eskalieren.
## item_ADDRESS
Bitte den Ersatzlaptop an {V} schicken.
Lieferadresse für die Hardware: {V}
Die Rechnungsadresse des Kunden ist {V}.
Der Auftragnehmer arbeitet von zu Hause, {V}.
Das Rücksendeetikett bitte für {V} ausstellen.
Der Kurier holt die alten Monitore bei {V} ab.
Die Dockingstation soll an {V} gehen.
Sitz laut Lieferantenformular: {V}
Der unterschriebene Vertrag geht per Post an {V}.
Laut Ticket steht der Router bei {V}.
## aside
Zum Kontext: Angefangen hat es nach dem Deploy am Dienstag.
Erst mal etwas Hintergrund.
Lange Rede, kurzer Sinn: es war der Cache.
Zur Klarstellung, es gab keinen Datenabfluss.
Die Zeiten sind ungefähr.
Nicht schön, aber beherrschbar.
Das hat uns alle überrascht.
Wir haben es bemerkt, bevor es die meisten Kunden gemerkt haben.
Sorry, falls das für manche eine Wiederholung ist.
Die Kurzfassung steht unten, die lange im Dokument.
Ja, es war mal wieder DNS.
Es wurde niemand alarmiert, und das ist Teil des Problems.
Ich habe das mit dem zuständigen Team gegengeprüft.
Der Fix ist schon gemergt.
Erst eindämmen, dann Ursache suchen.
Wir warten noch auf eine Antwort vom Dienstleister.
Nicht dringend, aber wichtig.
Ich lasse das hier für spätere Suchen liegen.
Nur zur Info, nichts zu tun.
Wir sind nicht mehr blockiert.
## close
Sagt Bescheid, wenn etwas unklar ist.
Fragen bitte im Thread.
Danke euch allen, starke Teamarbeit.
Ich aktualisiere den Post, sobald wir mehr wissen.
Korrigiert mich gern, falls ich etwas falsch habe.
Mehr Details im Retro-Dokument.
Das war es fürs Erste.
Ich paire gern, falls jemand mag.
Bitte kurz reagieren, wenn ihr es gelesen habt.
Nächstes Update nach dem Daily.
Wir schauen uns das im nächsten Planning noch mal an.
Viele Grüße und sorry für den langen Post.
Lasst uns die Diskussion in einem Thread halten.
Ruhige Schicht euch allen.
Für die meisten von euch gibt es nichts zu tun.
Wenn es dringend ist, schreibt mir direkt.
Ich schließe das Ticket Ende der Woche.
Doku folgt.
Danke für eure Geduld.
Zurück ins Backlog.
Bitte im Channel fragen statt per Direktnachricht.
Die Folien teile ich hinterher.
Von meiner Seite war es das.
Sorry für den Lärm gestern.
Viel Erfolg beim Release.
## plain
Ursache war ein fehlender Timeout bei einem internen Aufruf.
Es sind keine Daten verloren gegangen, das ist die Hauptsache.
Wir bauen einen Alarm für genau diesen Fehlerfall.
Das Runbook war veraltet, das haben wir korrigiert.
Bitte keine Zugangsdaten mehr im Chat teilen, dafür gibt es den Vault.
Die Staging-Umgebung läuft wieder normal.
Der wöchentliche Sync wandert auf den Nachmittag.
Die Dashboards laden spürbar schneller.
Der wackelige Test ist in Quarantäne, bis ihn jemand neu schreibt.
Unsere Retry-Logik hat den Ausfall verschlimmert, Lektion gelernt.
Die neuen Linter-Regeln gelten ab dem nächsten Sprint.
Bitte jedem Pull Request eine Beschreibung geben.
Denkt daran, diesen Monat eure Zugangsschlüssel zu rotieren.
Das Lieferantenportal ist am Wochenende wegen Wartung offline.
Der Einkauf bittet um weniger Einzelbestellungen.
Die Helpdesk-Warteschlange ist endlich im Griff.
Laptop-Tausch läuft jetzt über den Servicekatalog.
Die alte Reporting-Datenbank wird abgekündigt.
Die Schemaänderung lief ohne Downtime durch.
Berichte sollen sich auf Systeme konzentrieren, nicht auf Personen.
Der Lasttest zeigte einen Engpass im Cache.
Feature-Flags werden jetzt automatisch aufgeräumt.
Die nächtlichen Jobs laufen nicht mehr auf dem geteilten Runner.
Der Incident-Channel wird nach jedem Review archiviert.
Bitte Tickets mit dem zuständigen Team taggen.
Alarmmüdigkeit ist real, deshalb sind die lautesten Alarme weg.
Im Datenkatalog sieht man jetzt, wem welche Spalte gehört.
Die Support-Makros sind jetzt in einfacherer Sprache.
Wir haben den Anbieter der Statusseite gewechselt.
Backups testet man durch Wiederherstellen, nicht durch Hoffen.
Die Übergabevorlage hat jetzt einen Abschnitt für offene Risiken.
Config-Änderungen brauchen ab sofort ein zweites Paar Augen.
Die Logging-Bibliothek maskiert Secrets jetzt standardmäßig.
Wir haben gelernt, dass der Failover-Pfad nie geübt wurde.
Die Zuständigkeit für den Billing-Service ist endlich geklärt.
Das Onboarding neuer Lieferanten dauert zu lange, das Formular wird schlanker.
Vor den Feiertagen gibt es einen kurzen Freeze.
Der meiste Lärm kam von einem einzigen fehlerhaften Client.
Die Retro hat eine kurze und realistische Liste von Maßnahmen ergeben.
Das Monitoring der Batch-Jobs ist immer noch dünn.
Die Migrationsanleitung steht im Wiki.
Die Kapazitätsplanung startet nächsten Monat.
Der Servicedesk arbeitet jetzt im Zweischichtbetrieb.
Das eigentliche Problem waren langsame Queries, nicht das Netz.
Den Eskalationsweg haben wir in einfachen Worten dokumentiert.
Bitte keine Kundendaten auf Screenshots.
Lieferantenrechnungen werden jetzt im Finanztool freigegeben.
Unsere Deployments sind jetzt klein und langweilig, so soll es sein.
Tracing ist für alle neuen Services aktiviert.
Danke an alle, die beim Game Day dabei waren.
## label_PERSON
Name
Ansprechpartner
## label_MEMBER
Verantwortlich
## label_EMAIL
E-Mail
## label_PHONE
Telefon
Mobil
## label_ADDRESS
Lieferadresse
## label_IBAN
IBAN
## label_ID
Steuer-ID
## label_URL
Webseite
## label_IP
Quell-IP
## label_CARD
Kartennummer
"""
