"""Thirty-ninth set: German phrase bank (de_CH, Swiss spelling with ss), written by hand."""

from trainer_dev.redaction_sets.thirtyninth_bank import parse_bank

DE = parse_bank("""
[subject]
Arbeitsvertrag und Stellenantritt
Referenzauskunft für die Stelle in der Buchhaltung
Frage zur Lohnabrechnung
Einarbeitung, erste Woche
Vorstellungsgespräch am Donnerstag
Pensionskasse und Eintritt
Mutterschaftsurlaub und Wiedereinstieg
Protokoll der Personalkommission
Verlängerung befristeter Vertrag
Neue Bankverbindung für den Lohn
Quellensteuer falsch abgerechnet
Kurzliste für die Stelle als Lagerleiter
[greet]
Grüezi miteinander,
Hallo zusammen,
Liebe Kollegin, lieber Kollege,
Guten Morgen,
Sehr geehrte Damen und Herren,
Hoi zäme,
[open]
Kurze Info aus dem HR.
Ich komme auf unser Telefonat von gestern zurück.
Danke für die schnelle Rückmeldung.
Wie versprochen hier die Angaben.
Entschuldigung für die Verspätung.
Ich übernehme diese Woche die Rekrutierung.
Noch ein Hinweis vor dem Gespräch.
Das kam über das Bewerbungsportal herein.
Das Einführungsdossier ist fast fertig.
Zur Vorbereitung der Sitzung der Personalkommission.
Noch etwas für das Eintrittsdossier.
Die Lohnbuchhaltung ist diese Woche knapp besetzt.
[ctx]
Das Angebot gilt vorbehaltlich zweier guter Referenzen.
Bitte die Kurzliste nicht ausserhalb des Gremiums weitergeben.
Der Lohnlauf wird wegen des Feiertags vorgezogen.
Das Probezeitgespräch findet vor Quartalsende statt.
Ohne unterschriebenen Vertrag können wir keine Zugänge einrichten.
Überstunden müssen vorgängig vom Vorgesetzten bewilligt werden.
Die Pensionskasse schickt ein eigenes Begrüssungsschreiben.
Übertragene Ferientage müssen bis im Frühling bezogen werden.
Die Personalkommission möchte die Dienstplanänderung schriftlich.
Der Strafregisterauszug dauert meist einige Arbeitstage.
Die Kandidatin wünscht zwei Tage Homeoffice pro Woche.
Die Anmeldung für die Zusatzleistungen folgt nach dem Eintritt.
Spesen ohne Beleg werden nicht vergütet.
Das Inserat erscheint zuerst intern.
Alle Gesprächsnotizen liegen im Bewerbermanagement.
Krankmeldungen bitte vor Schichtbeginn melden.
Die Lohnerhöhungsbriefe gehen zusammen mit dem Bonus raus.
Das Austrittsgespräch ist freiwillig, hilft uns aber sehr.
Die Arbeitsbewilligung muss im Original vorliegen.
Die Einführung umfasst Arbeitssicherheit, Systeme und Reglement.
[close]
Sag Bescheid, falls etwas fehlt.
Besten Dank im Voraus.
Gerne auch kurz telefonisch.
Ich ergänze das Dossier, sobald ich Antwort habe.
Bitte vertraulich behandeln.
Melde dich, wenn die Termine nicht passen.
Danke für die Geduld.
Wir bestätigen alles schriftlich.
Bitte vor dem Lohnstichtag antworten.
Bis bald.
[sign]
Freundliche Grüsse
Beste Grüsse
Liebe Grüsse
Herzliche Grüsse
Danke und Gruss
Gruss
[team]
Team Personal
Lohnbuchhaltung
Rekrutierung
[roles]
Lohnbuchhalterin
HR-Business-Partner
Leiterin Rekrutierung
Personalassistent
Sachbearbeiterin Sozialversicherungen
Leiter Personaldienste
Fachspezialistin Arbeitsrecht
Verantwortliche Einführung
Vergütungsanalyst
Sekretär der Personalkommission
[fields]
Stelle: Lohnbuchhalter/in
Quelle: Empfehlung
Status: in engerer Wahl
Vertragsart: unbefristet, Vollzeit
Abteilung: Finanzen
Phase: Zweitgespräch
Arbeitsmodell: hybrid
Priorität: normal
[lead.EMAIL]
Bitte den unterschriebenen Vertrag an {v} schicken.
Die Antwort der Kandidatin kam von {v}.
Ihre private Adresse für die Lohnabrechnung ist {v}.
Bitte {v} zur Einladung hinzufügen.
[lead.PHONE]
Der Kandidat ist unter {v} erreichbar.
Seine Handynummer für den Anruf: {v}.
Ruf mich am Nachmittag unter {v} zurück.
Die Referenzperson gab {v} an.
[lead.URL]
Das Portfolio liegt unter {v}.
Sein Profil: {v}
Sie hat den Lebenslauf über {v} geteilt.
Die Referenzen stehen auf {v}.
[lead.IP]
Das Lohnportal meldet eine Anmeldung von {v}.
Für den Fernzugriff wurde {v} freigeschaltet.
Fehlgeschlagene Logins kamen nachts von {v}.
Im VPN-Protokoll steht {v} für den Neueintritt.
[lead.CARD]
Die Umzugskaution wurde mit der Karte {v} bezahlt.
Bitte die Kursgebühr auf die Karte {v} zurückbuchen.
Die Firmenkarte auf seinen Namen ist {v}.
Die Karte {v} wurde doppelt belastet.
[lead.IBAN]
Der Lohn geht ab sofort auf {v}.
Neue Bankverbindung für den Lohn: {v}.
Die Spesenrückerstattung geht auf {v}.
Ihre IBAN laut Personalblatt: {v}.
[lead.ID]
Ihre AHV-Nummer im Dossier lautet {v}.
Die angegebene Sozialversicherungsnummer ist {v}.
Bitte im Lohnstamm die Nummer {v} eintragen.
Seine Versichertennummer gemäss Ausweis: {v}.
[lead.PERSON]
Die zweite Referenz stammt von {v}.
Wir haben {v} für die Nachtschicht getroffen.
{v} hat das Angebot heute angenommen.
Das Büro schlägt {v} als Temporärkraft vor.
[lead.MEMBER]
{v} leitet das Vorstellungsgespräch.
Bitte {v} bei der Lohnänderung einbeziehen.
{v} betreut diese Woche die Einführung.
Bitte {v} den Vertrag gegenzeichnen lassen.
[lead.ADDRESS]
Den Vertrag bitte an {v} senden.
Die neue Wohnadresse für den Lohnausweis: {v}.
Das Arbeitszeugnis ging an {v}.
Das Willkommenspaket bitte an {v} schicken.
[poss]
Im Anhang {v} Arbeitszeugnis.
Bitte {v} Feriensaldo prüfen.
{v} Probezeitgespräch ist nächste Woche.
[bare]
Bitte {v} beim Erfassen verwenden.
Aus dem Personalblatt kopiert: {v}
Telefonisch bestätigt: {v}, bitte nochmals prüfen.
Tippfehler korrigiert, richtig ist {v}.
Fürs Dossier: {v}
Heute Morgen im System erfasst: {v}
[bank]
Der Lohn geht auf das Konto {v}.
Kontonummer für die Lohnzahlung: {v}.
Bitte die Schlussabrechnung auf Konto {v} überweisen.
Ihr Lohnkonto: {v}.
[look]
Details siehe {v}.
Referenz: {v}
Das fällt unter {v}.
Erfasst als {v}.
Im Dossier vermerkt: {v}.
Vereinbart wurden {v}.
Im Schreiben erwähnt: {v}.
Wie besprochen: {v}.
Gemäss Reglement: {v}.
Markiert als {v}.
[label]
EMAIL=E-Mail
PHONE=Telefon
URL=Link
IP=IP-Adresse
CARD=Karte
IBAN=Bankverbindung
ID=AHV-Nr.
PERSON=Bewerber/in
MEMBER=Ansprechperson
ADDRESS=Adresse
order=Stellen-Nr.
salary=Lohn
date=Eintritt
time=Gesprächszeit
percent=Lohnerhöhung
version=Lohnsoftware
isbn=Handbuch
orgreg=Arbeitgeber
taxform=Formular
ticket=Ticket
grade=Lohnklasse
room=Raum
bic=BIC
company=Firma
law=Rechtsgrundlage
hours=Arbeitszeit
nameword=Notiz
""")
