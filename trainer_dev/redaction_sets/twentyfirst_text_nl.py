"""Vlaamse zinnen (nl_BE) geschreven voor de twentyfirst-set."""
LANG = "nl"
RAW = """
## open.open_to_work
Na zeven mooie jaren is mijn functie geschrapt, dus ik sta open voor iets nieuws.
Klein persoonlijk nieuwtje: ik ben op zoek naar een nieuwe uitdaging.
Beste netwerk, deze keer vraag ik jullie hulp.
Onze vestiging is gesloten, dus ik ben actief aan het zoeken.
Ik ben terug op de arbeidsmarkt, en met veel goesting.
Mijn ouderschapsverlof zit erop, ik wil terug voltijds aan de slag.
## body.open_to_work
Ik zoek een rol als projectleider of coördinator, liefst bij de overheid.
Mijn sterkte is controlling, met veel ervaring in SAP en Excel.
Ik ben flexibel: hybride in {city} of volledig van thuis.
Onmiddellijk beschikbaar, geen opzegtermijn.
Elke deling en elke tip helpt echt.
Vooral energie, mobiliteit en onderwijs spreken me aan.
Selectiekantoren welkom, maar graag met concrete vacatures.
Deeltijds zou ook perfect zijn.
Ken je iemand die iemand kent? Stuur gerust een berichtje.
## open.cv_snippet
Hierbij de hoofding van mijn cv, misschien handig voor een doorverwijzing:
Mijn bijgewerkte cv, korte versie:
Een paar van jullie vroegen mijn contactgegevens uit het cv, hier zijn ze:
Uittreksel uit mijn cv voor de aanbeveling:
Zo ziet het begin van mijn nieuwe cv eruit, is dat oké?
Kort profiel uit mijn cv:
## body.cv_snippet
Ervaring: aankoop, leveranciersbeheer en de laatste jaren teamleiding.
Opleiding: master handelswetenschappen, avondopleiding data-analyse.
Vaardigheden: SAP, Power BI, agile werken.
Talen: Nederlands moedertaal, Frans en Engels vlot.
Rijbewijs B, bereid om te pendelen.
Referenties op aanvraag.
Beschikbaarheid: onmiddellijk.
Vrijwilligerswerk: penningmeester van de plaatselijke voetbalclub.
Interesses: wandelen, koor, koken.
## open.freelance
Vanaf volgende maand heb ik weer ruimte voor nieuwe opdrachten.
Als freelance vertaler zoek ik nieuwe klanten.
Is jullie website al jaren niet meer aangepast? Laten we praten.
Ter herinnering: ik doe de boekhouding voor zelfstandigen en vzw's.
Nieuw: workshops over toegankelijke documenten.
Na de zomer start ik weer met coaching voor nieuwe leidinggevenden.
## body.freelance
Ik werk vooral met bureaus, vzw's en kmo's.
Vaste prijs voor afgebakende projecten, dagtarief voor de rest.
Eerste gesprek is gratis en vrijblijvend.
Facturen met btw, alles netjes en op tijd.
Ik zit in {city}, maar werk overal op afstand.
De meeste klanten komen via dit netwerk, merci daarvoor.
Meestal antwoord ik binnen één werkdag.
Ook dringende opdrachten zijn mogelijk, laat maar weten.
## open.volunteering
De voedselbank zoekt vrijwilligers voor de winter.
Voor de solidariteitsloop dit weekend zoeken we nog helpende handen.
Het buurthuis in {city} zoekt vrijwilligers voor huiswerkbegeleiding.
Onze vzw zoekt versterking voor de raad van bestuur.
Wie wil nieuwkomers helpen bij het oefenen van hun Nederlands?
De kledingbank zoekt chauffeurs voor op zaterdag.
## body.volunteering
Ervaring is niet nodig, enkel tijd en geduld.
We voorzien een opleiding, koffie en veel dankbaarheid.
Voor het werken met kinderen vragen we een uittreksel uit het strafregister.
Kan je niet helpen, deel dan dit bericht.
Bedrijfsteams zijn welkom.
We zoeken vooral mensen die Arabisch, Oekraïens of Turks spreken.
Elk uur telt, echt waar.
## open.alumni
Klasreünie! Twintig jaar geleden, niet te geloven.
Oproep aan alle oud-studenten economie.
De alumnivereniging organiseert een netwerkavond in {city}.
Wie komt er naar de reünie dit najaar?
Ik probeer ons hele jaar opnieuw samen te krijgen.
Oud-collega's van het bureau, de reünie is eindelijk vastgelegd.
## body.alumni
We hebben het achterzaaltje van ons oude stamcafé gereserveerd.
Partners en kinderen zijn welkom in de namiddag.
Deel dit met wie hier niet meer actief is.
Er komt een diavoorstelling, dus stuur jullie gênantste foto's.
Het eerste drankje is van het organisatieteam.
Wie niet kan komen, mag een kort filmpje sturen.
We vinden nog een paar mensen niet, tag ze gerust.
## open.mentoring
Ik zoek een mentor en durf het eindelijk hier te vragen.
Ik maak de overstap van het onderwijs naar user research: wie ging me voor?
Is er iemand die van een bureau naar een bedrijf overstapte?
Vraag aan mijn netwerk: hoe vonden jullie je eerste mentor?
Ik zou graag praten met iemand die een datateam van nul heeft opgebouwd.
Als eerste in mijn familie met een diploma zoek ik raad in de financiële sector.
## body.mentoring
Eén gesprek per maand zou al enorm helpen.
Ik help graag terug waar ik kan.
Vooral hoe je een eerste leidinggevende functie onderhandelt, interesseert me.
De cursussen heb ik gevolgd, nu mis ik een blik van buitenaf.
Ik beloof voorbereid te komen.
Mijn werkgever heeft geen mentorprogramma, vandaar dit bericht.
Online kan ook perfect.
## open.relocation
Deze zomer verhuis ik naar {city} en ik zoek daar werk.
We verhuizen voor de job van mijn partner, dus ik zoek iets nieuws.
Na zes jaar in het buitenland kom ik terug naar huis.
Volgend jaar trek ik naar {city}: tips voor de arbeidsmarkt daar?
Nieuwe stad, nieuw hoofdstuk, enkel de job ontbreekt nog.
Mijn verblijfsvergunning is er, in het najaar verhuis ik.
## body.relocation
Elk contact in logistiek of aankoop zou fantastisch zijn.
Wie een betaalbaar appartement kent, mag het ook laten weten.
Idealiter begin ik na de feestdagen.
Een koffie als ik er ben? Graag.
Ik heb een arbeidsvergunning, sponsoring is niet nodig.
Welke lokale netwerkgroepen raden jullie aan?
Een kinderopvang in de buurt zou een droom zijn.
## open.references
Referenties, zoals gevraagd:
Voor het sollicitatieformulier hieronder mijn gegevens en referenties.
Sorry voor de vertraging, hier de gevraagde gegevens:
Twee referenties, beiden gaan akkoord om gecontacteerd te worden.
Mijn gegevens voor de vrijwilligerscoördinator:
Nieuwe contactgegevens, gebruik vanaf nu deze aub:
## body.references
Liefst in de namiddag.
Beiden kennen mijn werk van de voorbije drie jaar.
Laat maar weten als er nog iets ontbreekt voor het dossier.
Gelieve mijn huidige werkgever nog niet te contacteren.
De tweede referentie belt liever dan een brief te schrijven.
Ik heb hen allebei al verwittigd.
Bedankt voor jullie geduld met het papierwerk.
## close
Bedankt om te lezen en te delen!
Mijn berichten staan open.
Dankbaar voor dit netwerk.
Deel gerust verder.
Fijn weekend allemaal.
Laten we praten!
Reacties zijn welkom.
Merci!
Elke deling telt.
Groetjes!
Ik help graag terug.
Duimen maar.
Vooruit.
Tot snel.
Elke tip is welkom.
Hartelijke groeten.
## item.EMAIL
Het makkelijkst bereik je me via mail: {v}
Mail me op {v}, dan stuur ik mijn portfolio.
Interesse? Een mailtje naar {v} volstaat.
E-mail: {v}
Stuur het formulier naar {v}, niet naar mijn werkadres.
Mijn privé-adres is {v}, dat lees ik elke dag.
Inschrijven via {v}, met je beschikbaarheden.
Contact: {v}
Vragen over vrijwilligerswerk? {v}
Cv's en brieven naar {v}, aub.
## item.PHONE
Bellen of sms'en kan op {v}.
Gsm: {v}
Tel./WhatsApp {v}
Bel me op {v}, liefst na vier uur.
Mijn nummer is {v}, spreek een bericht in als ik niet opneem.
Liever bellen? Dat kan op {v}.
Voor dringende zaken een sms naar {v}.
Tel. {v}
Vraag op {v} naar de vrijwilligerscoördinatie.
De referentie is tijdens de kantooruren bereikbaar op {v}.
## item.URL
Mijn portfolio staat hier: {v}
Meer over mijn werk op {v}
Profiel: {v}
Plan meteen een gesprek in: {v}
Mijn profiel, voor als de link hierboven niet werkt: {v}
Cases en tarieven op {v}
Neem zeker een kijkje op {v}
Website: {v}
Codevoorbeelden op {v}
## item.IP
De demo draait voorlopig op mijn eigen server, {v}.
Als de firewall blokkeert, zet dan {v} op de witte lijst.
Testserver voor het klantenproject: {v}
Het oude forum van ons jaar draait nog altijd op {v}, ongelooflijk.
Mijn homelab is bereikbaar via {v}.
Ik kan enkel verbinden vanaf {v}, gelieve dat toe te laten op de VPN.
De tool voor de vrijwilligersplanning staat op {v}.
## item.CARD
Voor het voorschot mag je mijn kaart {v} gebruiken, we regelen het achteraf.
Ik heb de zaal betaald met {v}, het ticket staat op mijn naam.
Kaart voor de reservatie: {v}
Kan iemand nakijken of {v} niet twee keer gedebiteerd werd?
Gebruik {v} voor de tombolaprijzen, ik krijg het terugbetaald.
Het voorschot van de reünie ging via mijn kaart {v}, schrijf me jullie deel over aub.
Lukt de reservatie niet, probeer dan {v}.
De tickets gingen via {v}, stuur me de bevestiging door.
## item.IBAN
Rekeningnummer voor de pot: {v}
Schrijf je deel over op {v} met je naam als mededeling.
Mijn IBAN voor de factuur is {v}
Giften kunnen rechtstreeks op {v}
Rekening voor betalingen: {v}
Het voorschot op {v} voor het einde van de maand.
IBAN: {v}
Overschrijving op {v}, merci!
Rekening van de vzw: {v}
## item.ID
Voor het formulier hebben ze mijn rijksregisternummer nodig, dat is {v}.
Ze vroegen mijn nummer: {v}
Nr.: {v}
Voor de controle: {v}
Nummer volgens mijn papieren: {v}
In het tweede vakje: {v}
Hier is het: {v}
{v} staat op mijn identiteitskaart.
Vergeten in te vullen: {v}
## item.PERSON
Mijn vroegere leidinggevende {v} wil referentie zijn.
Een dikke merci aan {v} voor de tip over deze vacature.
Ik werkte nauw samen met {v} aan de vernieuwing.
{v} van het oude team zorgt voor de drank.
Tweede referentie: {v}, mijn verantwoordelijke bij de vzw.
Als je {v} kent, vraag dan om me te contacteren.
Bedankt aan {v}, die me alles leerde over budgetten.
Ik neem de vrijwilligerscoördinatie over van {v}.
Het was {v} die me aanraadde om het publiek te vragen.
Referenties: {v}, voormalig operationeel directeur.
Ik had het geluk om te leren naast {v}.
## item.MEMBER
Bedankt {v} voor het duwtje om dit te posten.
{v}, zei jij niet dat jullie team aanwierf?
Ik tag {v}, want jij kent de halve sector.
Zoals {v} in de reacties schreef: aanbevelingen tellen.
cc {v}
{v} en ik organiseren samen de reünie.
Speciale dank aan {v} om mijn cv na te lezen.
Misschien kan {v} dit delen in de alumnigroep?
De post van {v} vorige week heeft me overtuigd.
Bedankt aan {v} voor de introductie, heel gul.
{v} kent de details beter dan ik.
## item.ADDRESS
Stuur de documenten naar {v}.
Inzamelpunt voor giften: {v}
Mijn adres voor het contract: {v}
We spreken af bij mij, {v}, twee keer bellen.
Domicilie: {v}
Pakjes mogen naar {v}, er is altijd iemand thuis.
Nieuw adres vanaf volgende maand: {v}
Locatie: {v}
Afhalen bij mij, {v}, op weekdagen na zes uur.
## look.ORDER
Mijn bestelling {x} met de nieuwe laptop is er nog niet, vandaar mijn trage antwoorden.
Bestelling {x} met de naamkaartjes is bevestigd.
## look.INVOICE
Factuur {x} is betaald, merci iedereen.
Vermeld factuur {x} in de mededeling.
## look.TICKET
Ticket {x} bij de helpdesk staat nog open.
Met ticket {x} zou de inschrijvingspagina weer moeten werken.
## look.TRACKING
De spandoeken zijn onderweg, trackingnummer {x}.
Trackingcode van het pakje met boeken: {x}
## look.PRICE
De inkom is {x}, eten inbegrepen.
Mijn dagtarief begint bij {x}.
De opleiding kost {x}, de werkgever betaalt.
## look.DATE
We zien elkaar op {x}.
Kandidaturen tot {x}.
Ik kan ten vroegste starten op {x}.
## look.TIME
Deuren open om {x}.
Het gesprek is om {x}, verplaatsen kan.
## look.VERSION
De tool draait op {x}, niets bijzonders.
Tegenwoordig werk ik vooral met {x}.
## look.ISBN
Het boek dat mijn kijk op loopbanen veranderde: ISBN {x}.
De handleiding vind je onder ISBN {x}.
## look.FLIGHT
Ik land met vlucht {x}, 's avonds kan ik voor een koffie.
Ik zit op {x}, ik kom laat aan.
## look.ROOM
We zitten in lokaal {x}, op de tweede verdieping.
De workshop is in lokaal {x}.
## look.MEASURE
Het parcours is {x} lang.
Het atelier is ongeveer {x}, genoeg voor kleine workshops.
## look.PERCENT
Ongeveer {x} van onze vrijwilligers zijn studenten.
Voorlopig kan ik {x} werken.
## look.REF
Referentie van de vacature: {x}, als je via het portaal solliciteert.
De functie staat als {x} op de jobsite.
## look.COMPANY
Daarvoor werkte ik zes jaar bij {x}.
Het project wordt gefinancierd door {x}.
## look.PLACE
Afspraak voor het {x}.
We studeerden vroeger vlak naast het {x}.
Verzamelen aan het {x}.
## free
Ik hou het kort, solliciteren is al vermoeiend genoeg.
Ik werk dit bericht bij zodra er nieuws is.
Elk gesprek heeft me iets geleerd.
De markt is moeilijk, maar de mensen zijn ongelooflijk vriendelijk.
Zit je in hetzelfde schuitje, stuur me gerust een bericht.
Liever een klein team waar je de impact ziet.
Geen cryptovoorstellen aub.
Raar om dit te schrijven na zoveel jaar op dezelfde plek.
Een afwijzing in de laatste ronde doet pijn, maar ik leer bij.
Ik deel dit voor wie net begint.
Eerlijke feedback is het mooiste cadeau voor een kandidaat.
Vrijwilligerswerk hield me recht tussen twee jobs.
Een mentor hoeft niet beroemd te zijn, wel gul met zijn tijd.
Verhuizen is vooral papierwerk en geduld.
Reünies tonen hoe ver iedereen gekomen is.
Als freelancer zeg je vaker nee dan je denkt.
Ik lees graag motivatiebrieven na, vraag maar.
Deze week werk ik aan mijn portfolio, traag maar zeker.
Het beste advies: stop met je te verontschuldigen voor het gat in je cv.
Ik heb geen haast, ik wil de juiste plek.
Ik schrijf dit vanuit de bib, best passend.
Onze vrijwilligers maken dit allemaal mogelijk.
Netwerken blijft onwennig, maar het werkt.
Wees mild, dit is mijn allereerste bericht.
Ik leer over mijn sterktes praten zonder te blozen.
Kleine overwinningen tellen.
Rust hoort ook bij het zoeken.
Vriendelijkheid wordt onderschat in onze sector.
Eerlijk gezegd mis ik collega's.
Nieuw hoofdstuk, dezelfde nieuwsgierigheid.
Nieuwsgierigheid in plaats van paniek, toch deze week.
Solliciteren op zondagavond is een kunst op zich.
De beste teams waren altijd de vriendelijkste.
Bedankt voor alle bemoedigende berichten.
Een goede leidinggevende maakt het verschil.
## body.open_to_work
Functies die ik zoek: aankoopverantwoordelijke, projectleider, directieassistent.
Een titel maakt me niet veel uit, het team en de zingeving wel.
## body.freelance
Momenteel is de doorlooptijd ongeveer twee weken.
Ik geef ook schrijfworkshops voor teams.
## body.volunteering
Schrijf je in voor zoveel shiften als je wil.
## body.alumni
Op de naamkaartjes staan jullie oude bijnamen, je bent gewaarschuwd.
## body.mentoring
Ik sta nog aan het begin en zoek uit wat me echt ligt.
## body.relocation
Ik breng veel goesting mee en een heel verwarde kat.
## body.references
Het bureau heeft er maar één nodig, maar voor de zekerheid.
## item.PERSON
Zonder {v} was ik nooit in deze sector beland.
## item.MEMBER
Merci {v} om dit te delen!
## item.EMAIL
Vragen over de inschrijving mogen rechtstreeks naar {v}.
## look.TICKET
Ik heb ticket {x} aangemaakt voor het loginprobleem.
## look.ORDER
De boeken van bestelling {x} deel ik uit op de reünie.
## free
Deze week kies ik voor nieuwsgierigheid in plaats van paniek.
Een berichtje om hallo te zeggen mag altijd.
Ik blijf geloven dat goede teams vriendelijke teams zijn.
Terug in het ritme na een pauze, stap voor stap.
"""
