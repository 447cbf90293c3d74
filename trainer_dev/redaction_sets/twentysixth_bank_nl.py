"""Dutch phrase bank (nl_NL) for the twenty-sixth set.

One piece per line under a "## section" header. {V} is the labelled value,
{IDL} the id's usual name, other {slots} are look-alikes (see twentysixth_looks).
"""

TEXT = r"""
## open_incident
Post-mortem van de checkout-storing van gisteravond, zoals altijd zonder schuldvraag.
Korte samenvatting van het incident voor de retro van {date}.
Sev-2-verslag: betalingen waren {dur} lang verstoord.
De oorzaak is bevestigd, hier de tijdlijn zodat niemand het kanaal hoeft door te spitten.
Incident gesloten. Wat er gebeurde en wat we aanpassen.
Nu het nog vers is: de loginservice ging om {time} onderuit.
Vanochtend hadden we een gedeeltelijke storing van de mobiele API, ticket {ticket}.
## open_release
De release notes voor {ver} staan online, de hoogtepunten hieronder.
Vandaag gaat {ver} van de interne CLI live, graag voor vrijdag updaten.
Nieuwe tool: de deploybot meldt rollbacks nu direct in het kanaal.
Even een seintje: vanavond maken we de releasebranch.
De app-versie {ver} staat sinds vanochtend in de stores.
Kleine maar fijne release: snellere builds en minder wankele tests.
De oude cronserver is eindelijk uit, de jobs draaien nu in de scheduler.
## open_review
Opmerkingen uit de code review van de billing-refactor, vooral details.
Kijk even naar de config-diff voordat je de PR goedkeurt.
Iets wat me opviel bij de review van commit {commit}.
Ik plak het relevante stuk van de diff hier, dan kunnen we het bespreken.
Een reviewopmerking die meer lezers verdient.
De wijziging is prima, op één ding in de fixtures na.
Iemand vroeg waarom de testdata er zo uitziet, hier het fragment.
## open_log
Logfragment van de ingestion-worker, ingekort tot de interessante regels.
Dit logde de gateway vlak voor de piek.
Ik heb de accesslogs doorzocht op de mislukte requests, resultaat hieronder.
Deze regels duiken sinds {time} steeds op in de error-stream.
Het relevante deel van de trace, tijden in UTC.
Dit vond ik in het auditlog terwijl ik het rechtenprobleem uitzocht.
Uittreksel uit de workerlogs, verder zag niets er vreemd uit.
## open_helpdesk
Ik escaleer deze naar de tweede lijn, details hieronder.
Update van de helpdesk over de laptopvervanging.
Een klantticket waar iemand van facturatie naar moet kijken.
Escalatie vanuit support: de gebruiker kan het wachtwoord niet resetten.
Ticket heropend, de fix hield geen stand.
Doorgestuurd vanuit de servicedesk met alles wat we verzameld hebben.
Klein verzoek vanuit de helpdesk, het is dringend.
## open_oncall
Overdracht van de piketdienst voor deze week, lees het voor je dienst.
Overdrachtsnotities van het weekendpiket.
Het piketrooster voor de feestdagen staat, laat het weten als er iets fout is.
Ik geef de pieper door, rustige week op één alert na.
Samenvatting van het weekendpiket en de contacten die je nodig kunt hebben.
Het rooster voor volgende week staat hieronder, ruilen gaat via het kanaal.
Notities van de nachtdienst voor wie het morgen oppakt.
## open_data
Update van het datateam: de cijfers voor het weekdashboard zijn binnen.
Kleine tabel uit het warehouse voor het planningsoverleg.
Hier de queryresultaten waar in de standup naar gevraagd werd.
De dedup-job vond een paar opvallende rijen, voorbeeld hieronder.
Onze datakwaliteitscheck markeerde deze week een paar records.
Hier het kleine extract waar finance om vroeg.
Maandelijkse churncijfers, met de vreemde rijen uitgelicht.
## open_vendor
Onboardingformulier voor de nieuwe hardwareleverancier, graag controleren.
We voegen een zzp'er toe aan de leverancierslijst.
Inkoop heeft deze gegevens nodig voordat de bestelling de deur uit kan.
Ik vul de crediteurgegevens in, het formulier staat hier ter controle.
Nieuwe leveranciersaanvraag, de administratie vroeg me dit hier te posten.
We halen een consultant binnen voor de migratie, gegevens uit het formulier.
Betaalgegevens van de nieuwe koerier, zoals aangeleverd.
## ctx_incident
Het foutpercentage piekte op {pct} en zakte na de rollback.
Het alert ging om {time} af, maar {dur} lang pakte niemand het op.
Alleen de checkout was geraakt, ongeveer {count} mislukte bestellingen.
De configwijziging in {commit} haalde de limiet van de connection pool weg.
Vanaf {host} kwam bijna de hele tijd {err}.
De vervolgacties staan in {ticket}.
De database-failover duurde {dur}, langer dan het runbook belooft.
## ctx_release
Deze versie dicht ook {cve}, dus niet overslaan.
De changelog is lang, maar de migratie kost maar {dur}.
De artefacten zijn elk zo'n {size}, de mirror heeft ze al.
Build {build} is degene die de volledige suite haalde.
De minimaal ondersteunde versie is nu {ver}.
De uitrol begint bij {pct} van het verkeer, daarna iedereen.
Het oude endpoint op poort {port} verdwijnt volgend kwartaal.
## ctx_review
De test in die commit gebruikt een vaste id {uuid}, dat is prima.
Til de dependency nog niet boven {ver} uit.
De linter klaagt alleen over de regellengte.
Dit raakt hetzelfde bestand als {ticket}, reken op een conflict.
De dekking ging van {pct} iets omhoog, mooi.
De migratie duurt op een kopie van productie ongeveer {dur}.
Fixturebestanden moeten onder {size} blijven.
## ctx_log
Request-id {uuid} komt in elke mislukte call voor.
De pod herstartte kort daarna met {err}.
De latency op {host} liep op tot {dur} per call.
Dit speelde zich af tussen {ts} en een paar minuten later.
De job probeerde het opnieuw op poort {port} en gaf het op.
Na build {build} was de waarschuwing weg.
De wachtrij liep op tot {count} berichten.
## ctx_helpdesk
De gebruiker zit bij de klant vlak bij {place}.
Het apparaat staat al geregistreerd als asset {ref}.
Twee keer een reset geprobeerd, nog steeds {err}.
De vervanger gaat de deur uit met trackingnummer {tracking}.
Dit is het derde ticket deze maand, zie {ticket}.
De gebruiker zit op clientversie {ver}, die wordt ondersteund.
De terugbetaling van {amount} is gisteren goedgekeurd.
Bestelling {order} staat nog steeds op openstaand.
## ctx_oncall
Het teamuitje is op {date} bij {place}.
De schijf van {host} zit op {pct}, hou het in de gaten.
Er is een bekend wankel alert, zie {ticket}.
Het onderhoudsvenster is op {date} om {time}.
Het escalatiebeleid is aangepast in {commit}.
Als de batch langer dan {dur} loopt, pieper het datateam op.
De back-ups zijn nu zo'n {size}, het bucketalarm is verwacht.
De standup is verhuisd naar ruimte {room}.
## ctx_data
Het aantal rijen is gestegen naar {count}.
De totale omzet in het extract is {amount}.
De query scande {size} en duurde {dur}.
Het aandeel lege e-mailvelden is gedaald naar {pct}.
De pipeline draait op {ver}, de schemawijziging staat in {ticket}.
De dubbelingen komen vooral uit de import van {date}.
Factuur {invoice} staat twee keer in de ruwe tabel.
## ctx_vendor
De goederen liggen in het depot naast {place}.
Hun offerte voor de eerste partij is {amount}.
Het inkoopordernummer wordt {order}.
Levering staat gepland op {date}, de spoedonderdelen komen met vlucht {flight}.
Vermeld bij elke betaling factuur {invoice}.
Ze stuurden de catalogus, het naslagwerk heeft ISBN {isbn}.
De contractreferentie is {ref}.
Betaaltermijn dertig dagen, {pct} korting bij vroege betaling.
## item_EMAIL
De klant die het meldde is {V}.
Het antwoord ging naar {V} in plaats van naar de gedeelde inbox.
Zet {V} even in de cc, die opende het oorspronkelijke ticket.
Contactpersoon aan hun kant: {V}
De bounce kwam terug van {V} met {err}.
De uitnodiging ging naar {V} maar is nooit geaccepteerd.
Hun factuurcontact is {V}.
Wie het ruwe extract nodig heeft, vraag het aan {V}.
In het log zie je de resetlink naar {V} gaan.
Stuur het getekende formulier voor {date} naar {V}.
## item_PHONE
Het primaire piket is bereikbaar op {V}.
Als de pieper faalt, bel direct {V}.
De klant liet een terugbelnummer achter: {V}.
Telefoon van de chauffeur voor de levering: {V}.
Bel me op {V} als het vannacht erger wordt.
Reservenummer voor escalatie: {V}
Ze wil liever een sms op {V} dan een mail.
In het ticket staat {V} als contactnummer.
Telefoon op het leveranciersformulier: {V}.
Hij is het best bereikbaar via WhatsApp, {V}.
## item_URL
Het portfolio van de freelancer staat op {V}.
Meer over de kandidaat hier: {V}
Hij houdt zijn aantekeningen bij op {V}, de moeite waard.
Plan een afspraak met haar via {V}.
De melder linkte zijn profiel: {V}
Profiel van de zzp'er voor de leverancierscheck: {V}.
Het script komt van {V}, lees het na voor je het draait.
Haar verslag van de fix staat op {V}.
De publieke repo van de gebruiker is {V}, de bug is daar te reproduceren.
Profiellink uit het onboardingformulier: {V}
## item_IP
De mislukte logins kwamen allemaal van {V}.
Zijn thuisverbinding heeft {V}, die staat voorlopig op de allowlist.
We hebben {V} geblokkeerd na {count} pogingen in een minuut.
De router van de klant toont {V} als publiek adres.
Requests van {V} liepen om {time} tegen de rate limit aan.
Ze werkt deze week thuis vanaf {V}, zet die in de VPN-uitzondering.
De geolocatie van {V} klopt met de woonplaats van de klant.
De abuse-melding noemt {V}.
Toegang vanaf {V} werd toegestaan door een oude regel.
De sessie op afstand werd geopend vanaf {V}.
## item_CARD
De klant plakte zijn volledige kaartnummer in de chat: {V}.
De kaart van de mislukte betaling is {V}, haal die uit de logs.
Kaart voor de terugbetaling: {V}
Onze logfilter miste deze: kaart {V}.
{V} stond leesbaar in een bijlage van een ticket.
De bedrijfscreditcard voor de cloudrekening is {V}.
In het extract stond een volledig kaartnummer, {V}, dat mag nooit.
Hij las de kaart voor aan de telefoon, {V}.
De afschrijving op {V} werd geweigerd met {err}.
Het gemaskeerde veld was niet gemaskeerd: {V}
## item_IBAN
Bankrekening van de leverancier (IBAN): {V}
Graag de factuur overmaken naar {V}.
Het IBAN op het formulier is {V}.
Nieuwe bankgegevens, IBAN {V}.
De terugbetaling moet naar {V}, de klant heeft het bevestigd.
Rekening van de opdrachtnemer: {V}.
In het betaalbestand stond {V} in de verkeerde kolom.
IBAN {V}, tenaamstelling zoals in het contract.
Maak de borg voor {date} over naar {V}.
Hun administratie stuurde {V} als verrekenrekening.
## item_ID
Het {IDL} is {V}.
{IDL}: {V}
Voor de salarisadministratie heeft HR het {IDL} {V} nodig.
In het veld {IDL} staat nog {V}.
Hij typte {V} in het verkeerde veld, dat is zijn {IDL}.
Nummer van het formulier van de klant: {V}
Het nummer {V} stond in de KYC-export naast de naam.
Controleer {V} voordat de betaling vrijgegeven wordt.
Nummer voor de factuur van de zzp'er: {V}
Bij het aanmaken {V} invullen, niet het oude nummer.
## item_PERSON
Onze contactpersoon bij {place} is {V}.
De klant, {V}, belde drie keer met support.
Het ticket kwam van {V} aan klantzijde.
Hun accountmanager is {V}.
Contactpersoon bij de koerier is {V}.
Kandidaat voor de opdracht: {V}.
De auditor, {V}, wil de logs voor vrijdag.
Het gaat om gebruiker {V}.
De directeur van de leverancier, {V}, heeft getekend.
{V} van de dienstverlener bevestigde de fix.
De levering moet door {V} worden afgetekend.
## item_MEMBER
Dank aan {V} voor het lang doorgaan hierop.
{V} heeft deze week het primaire piket.
Chapeau voor {V}, die de oorzaak vond.
{V} pakt de vervolgacties op.
Laat {V} het weten als het dashboard raar doet.
Gereviewd door {V}, goedgekeurd met kleine opmerkingen.
{V} leidt de retro.
Morgen pair ik met {V} aan de migratie.
Ik draag de nacht over aan {V}.
Escaleer na de eerste pieper naar {V}.
## item_ADDRESS
Stuur de vervangende laptop naar {V}.
Afleveradres voor de hardware: {V}
Het factuuradres van de klant is {V}.
De opdrachtnemer werkt thuis, {V}.
Het retourlabel moet op {V} staan.
De koerier haalt de oude monitoren op bij {V}.
Ze vroeg om het dockingstation naar {V} te sturen.
Vestigingsadres op het leveranciersformulier: {V}
Het getekende contract gaat per post naar {V}.
Volgens het ticket staat de router op {V}.
## aside
Ter context: het begon na de deploy van dinsdag.
Eerst wat achtergrond.
Lang verhaal kort: het was de cache.
Voor de duidelijkheid, er is niets gelekt.
De tijdlijn is bij benadering.
Niet ideaal, maar te overzien.
Deze verraste ons allemaal.
We zagen het voordat de meeste klanten het merkten.
Sorry als dit voor sommigen dubbel is.
De korte versie staat hieronder, de lange in het document.
Ja, het was weer DNS.
Er werd niemand opgepiept, en dat is deel van het probleem.
Ik heb dit nagevraagd bij het eigenaarsteam.
De fix is al gemerged.
Eerst de impact beperken, dan de oorzaak zoeken.
We wachten nog op antwoord van de leverancier.
Niet dringend, wel belangrijk.
Ik laat dit hier staan voor latere zoekopdrachten.
Alleen ter info, geen actie nodig.
We zitten niet meer vast.
## close
Laat het weten als iets onduidelijk is.
Vragen graag in de thread.
Dank allemaal, mooi teamwerk.
Ik werk deze post bij zodra we meer weten.
Verbeter me gerust als ik iets verkeerd heb.
Meer details in het retrodocument.
Dat was het voor nu.
Ik pair graag als iemand wil.
Reageer even als je het gelezen hebt.
Volgende update na de standup.
We kijken er bij de volgende planning nog eens naar.
Groet, en sorry voor de lange post.
Laten we de discussie in één thread houden.
Rustige dienst allemaal.
Voor de meesten van jullie is er niets te doen.
Stuur me direct een bericht als het dringend is.
Ik sluit het ticket aan het eind van de week.
Documentatie volgt.
Dank voor jullie geduld.
Terug naar de backlog.
Vraag het in het kanaal in plaats van privé.
De slides deel ik achteraf.
Verder niets van mijn kant.
Sorry voor de ruis gisteren.
Succes met de release.
## plain
De oorzaak was een ontbrekende timeout op een interne call.
Er is geen data verloren gegaan, dat is het belangrijkste.
We voegen een alert toe voor precies deze fout.
Het runbook was verouderd, dat hebben we gerepareerd.
Deel geen inloggegevens meer in de chat, gebruik de kluis.
De acceptatieomgeving draait weer normaal.
De wekelijkse sync gaat naar de middag.
De dashboards laden merkbaar sneller.
De wankele test staat in quarantaine tot iemand hem herschrijft.
Onze retrylogica maakte de storing erger, les geleerd.
De nieuwe linterregels gelden vanaf de volgende sprint.
Geef elke pull request een beschrijving.
Vergeet niet deze maand je toegangssleutels te roteren.
Het leveranciersportaal is dit weekend offline voor onderhoud.
Inkoop vraagt om minder losse bestellingen.
De helpdeskwachtrij is eindelijk onder controle.
Laptopvervanging loopt nu via de servicecatalogus.
We faseren de oude rapportagedatabase uit.
De schemawijziging ging zonder downtime door.
Verslagen gaan over systemen, niet over personen.
De loadtest liet een bottleneck in de cache zien.
Feature flags worden nu automatisch opgeruimd.
De nachtelijke jobs draaien niet meer op de gedeelde runner.
Het incidentkanaal wordt na elke review gearchiveerd.
Label je tickets met het eigenaarsteam.
Alertmoeheid is echt, dus de luidste alerts zijn weg.
De datacatalogus toont nu wie eigenaar is van elke kolom.
De supportmacro's zijn herschreven in eenvoudiger taal.
We zijn overgestapt op een andere statuspagina.
Back-ups test je door ze terug te zetten, niet door te hopen.
Het overdrachtssjabloon heeft nu een kopje voor openstaande risico's.
Configwijzigingen hebben vanaf nu een tweede paar ogen nodig.
De logbibliotheek maskeert geheimen nu standaard.
We leerden dat het failoverpad nooit geoefend was.
Het eigenaarschap van de billingservice is eindelijk helder.
Het onboarden van leveranciers duurt te lang, het formulier wordt korter.
Voor de feestdagen komt er een korte freeze.
Het meeste lawaai kwam van één haperende client.
De retro leverde een korte en haalbare actielijst op.
De monitoring van de batchjobs is nog mager.
De migratiehandleiding staat op de wiki.
De capaciteitsplanning start volgende maand.
De servicedesk werkt nu in twee ploegen.
Het echte probleem waren trage queries, niet het netwerk.
We hebben het escalatiepad in gewone woorden beschreven.
Geen klantgegevens op screenshots alsjeblieft.
Leveranciersfacturen worden nu goedgekeurd in de financetool.
Onze deploys zijn nu klein en saai, zoals het hoort.
Tracing staat aan voor alle nieuwe services.
Dank aan iedereen die meedeed aan de game day.
## label_PERSON
Naam
Contactpersoon
## label_MEMBER
Eigenaar
## label_EMAIL
E-mail
## label_PHONE
Telefoon
Mobiel
## label_ADDRESS
Afleveradres
## label_IBAN
IBAN
## label_ID
BSN/KvK
## label_URL
Website
## label_IP
Bron-IP
## label_CARD
Kaartnummer
"""
