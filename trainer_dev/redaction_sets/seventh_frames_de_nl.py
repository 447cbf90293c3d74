# ruff: noqa: E501  (data: sentence frames and name lists, one per line)
"""German and Dutch sentence frames of the seventh set (slots as in seventh_frames_en)."""

DE = """
## rec
Ich hatte das Vergnügen, drei Jahre mit {M} im Vertrieb zusammenzuarbeiten. Absolute Empfehlung!
Wer eine erfahrene Projektleiterin sucht: {MF} ist ab März verfügbar.
{M} hat unser Controlling komplett neu aufgestellt – ruhig, präzise, immer ansprechbar.
Kann {M} uneingeschränkt empfehlen. Erreichbar unter {E}.
Danke an {MG} fürs Mentoring in meinem ersten Jahr als Teamlead.
Falls jemand einen guten Steuerberater sucht: {P}, Telefon {T}.
{M} ist die beste Moderatorin, die ich je erlebt habe.
Ich empfehle {M} für jede Rolle im Bereich Data Engineering, Portfolio: {U}
{P} vom Bürgeramt hat uns wirklich super geholfen, danke!
## event
Unser nächstes Treffen findet am Donnerstag in der {A} statt, Einlass ab 18 Uhr.
Programm: 10:00 Begrüßung durch {M}, 10:30 Keynote von {P}, 12:00 Mittagspause.
Anmeldung bitte bis Freitag an {E}.
Neuer Veranstaltungsort: {A} (gleich neben dem Bahnhof).
Bei Fragen zur Barrierefreiheit meldet euch bei {MG}: {T}
Podiumsdiskussion mit {M}, {P} und {M}, Moderation: {MF}.
Der Livestream ist unter {U} abrufbar.
## job
Wir suchen eine:n Werkstudent:in (m/w/d) für unser Büro in der {A}.
Bewerbungen bitte an {E} – Ansprechpartnerin ist {MF}, Tel. {T}.
Fragen zur Stelle beantwortet {M} gerne per Nachricht.
Das Vorstellungsgespräch findet in unserem Büro statt: {A}.
Bitte keine Bewerbungen an {E}, sondern über das Portal.
## obit
In stiller Trauer nehmen wir Abschied von unserem langjährigen Kollegen {MF}.
{P} war 28 Jahre Teil unseres Teams und wird uns sehr fehlen.
Beileidsbekundungen bitte an die Familie, {A}.
Statt Blumen bittet die Familie um eine Spende an das Hospiz. Danke, {MG}, für alles.
## support
Hallo {MG}, bitte poste deine Kartennummer ({C}) nicht öffentlich – ich habe den Beitrag ausgeblendet.
Guten Tag {P}, Ihre Erstattung geht auf das Konto {B}. Bitte prüfen Sie die IBAN.
Wir sehen einen Login von {I}, den Sie nicht kennen. Das Konto ist vorsorglich gesperrt.
Unser Kollege {P} ruft Sie unter {T} zurück.
Ist die hinterlegte Adresse {A} noch aktuell?
Bitte senden Sie uns Ihre Steuer-ID ({D}) nicht über die Kommentarfunktion.
Können Sie bestätigen, dass {E} Ihre aktuelle E-Mail-Adresse ist?
## news
Im Newsletter diesen Monat: {M} über Remote-Onboarding und neue Mitglieder.
Herzlich willkommen, {M} und {M}!
Glückwunsch an {MF} zur Beförderung als Bereichsleiterin.
Leserbriefe an {E}, wir veröffentlichen eine Auswahl.
Wir sind umgezogen: {A}.
## thanks
Danke {M} für die Abschiedstorte 🎂
Großes Dankeschön an {M} und {P}, die mich während der Elternzeit vertreten haben.
Danke {MG}, ohne dich hätte ich die Zertifizierung nie geschafft!
## announce
Ich freue mich, mitzuteilen, dass ich ab sofort im Team von {M} arbeite.
Nach 9 Jahren verabschiede ich mich. Ihr erreicht mich weiter unter {E} oder {T}.
Unsere zweite Praxis eröffnet im Mai: {A}.
Meine neue Handynummer: {T}
Neue Website ist online: {U}
## fwd
---------- Weitergeleitete Nachricht ----------|Von: {MF} <{E}>|Betreff: Rechnung|Siehe unten.
> Am Dienstag schrieb {M}:|> Kannst du mir die Bankverbindung nochmal schicken?|Klar: {B}
Ursprüngliche Nachricht von {P} ({E}): Schlüsselübergabe in der {A}.
## sig
Mit freundlichen Grüßen|{MF}|Tel.: {T}|{E}
Viele Grüße|{MG}
Beste Grüße|{MF}|{A}|Mobil {T}
--|{MF} | Leitung Einkauf | {E}
## bio
{MF} ist Diplom-Ingenieurin und seit 2011 in der Automobilbranche tätig.
Kontakt: {T} · {E} · {U}
Persönliche Daten: {MF}, {A}, Steuer-ID {D}
Referenzen: {P} und {M}, auf Anfrage.
## thread
@{MF} kannst du die Folien teilen?
Sehe ich genauso wie {M}.
{MG}, ich hab dir meine Nummer geschickt: {T}
Hat jemand was von {P} gehört? Die Mail an {E} kommt zurück.
Ist das {M} auf dem zweiten Foto? 😂
Meine Karte {C} wurde doppelt belastet, noch jemand?
Gute Punkte, {MG}!
"""

NL = """
## rec
Ik heb drie jaar met {M} samengewerkt en ik zou haar morgen weer aannemen.
Aanrader: {MF}, rustig, scherp en altijd bereikbaar.
Zoek je een goede interim-controller? Bel {P} op {T}.
{M} heeft ons hele onboardingtraject herschreven, petje af.
Dank aan {MG} voor de coaching het afgelopen jaar.
Ik raad {M} aan voor elke UX-rol; portfolio op {U}.
Mijn oud-leidinggevende {P} heeft me enorm veel geleerd.
## event
Onze volgende meetup is donderdag op {A}, inloop vanaf 17.30 uur.
Programma: 09.30 welkom door {M}, 10.00 keynote van {P}, 12.00 lunch.
Aanmelden vóór vrijdag via {E}.
Let op: nieuwe locatie! We zitten nu op {A}.
Vragen over toegankelijkheid? Bel {MG}: {T}.
Panel met {M}, {P} en {M}.
## job
Wij zoeken een junior accountmanager (32-40 uur) voor ons kantoor aan de {A}.
Stuur je cv naar {E} of bel {MF} op {T}.
Vragen over de vacature? {M} is de hiring manager.
Sollicitatiegesprekken vinden plaats op {A}.
## obit
Met grote verslagenheid hebben wij kennisgenomen van het overlijden van onze collega {MF}.
{P} werkte 25 jaar bij ons en was een steunpilaar voor velen.
Condoleances kunnen worden gestuurd naar {A}.
Rust zacht, {MG}.
## support
Hoi {MG}, deel je kaartnummer ({C}) alsjeblieft niet openbaar; ik heb je bericht verborgen.
Beste {P}, de terugbetaling gaat naar rekening {B}.
We zien een inlogpoging vanaf {I}. Je account is tijdelijk geblokkeerd.
Plaats je BSN ({D}) nooit in een reactie, ook niet half.
Onze collega {P} belt je terug op {T}.
Klopt het adres {A} nog?
Is {E} nog je actuele e-mailadres?
## news
In deze nieuwsbrief: {M} over hybride werken en nieuwe leden.
Welkom aan {M} en {M}!
Gefeliciteerd {MF} met je promotie tot teamleider.
We zijn verhuisd naar {A}.
## thanks
Dank je wel {M} voor de taart op mijn laatste dag 🎂
Heel veel dank aan {M} en {P} voor het waarnemen tijdens mijn verlof.
Top gedaan {MG}, dankzij jou is de release gelukt!
## announce
Vanaf maandag werk ik in het team van {M}!
Na 7 jaar neem ik afscheid. Je bereikt me via {E} of {T}.
Mijn nieuwe nummer is {T}.
Nieuwe website: {U}
## fwd
---------- Doorgestuurd bericht ---------|Van: {MF} <{E}>|Onderwerp: factuur
> Op dinsdag schreef {M}:|> kun je de rekeninggegevens nog een keer sturen?|Zeker: {B}
## sig
Met vriendelijke groet,|{MF}|T {T}|E {E}
Groetjes,|{MG}
Hartelijke groet|{MF}|{A}
## bio
{MF} is verpleegkundige en sinds 2016 werkzaam als zorgconsultant.
Contact: {T} | {E} | {U}
Persoonsgegevens: {MF}, {A}, BSN {D}
## thread
@{MF} kun je de slides delen?
Eens met {M}.
{MG}, ik heb je mijn nummer gestuurd: {T}
Iemand iets gehoord van {P}? Mail naar {E} komt terug.
Is dat {M} op de tweede foto? 😂
Mijn pas {C} is twee keer belast, iemand anders ook?
"""
