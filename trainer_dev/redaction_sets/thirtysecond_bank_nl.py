"""Thirtysecond set: Dutch phrase bank (logistiek, transport, magazijn, wagenpark)."""

from trainer_dev.redaction_sets.thirtysecond_people import _s

BANK = {
    "OPEN": _s(
        "Goedemorgen allemaal,|Hoi team,|Even een berichtje van de planning.|Hallo,|Hé mensen,|"
        "Update vanuit het magazijn.|Beste collega's,|Sorry voor het late bericht.|"
        "Naar aanleiding van de ochtendstart:|Snelle vraag.|Belangrijk voor de nachtploeg:|"
        "Let op, chauffeurs:|Goedemiddag,|Ik kom terug op de schadeclaim.|"
        "Zoals telefonisch besproken,|Ik kan wel wat hulp gebruiken.|Info van de douanebalie.|"
        "Nog even over de late lading.|Hoi hoi,|Fijne vrijdag allemaal.|"
        "Herinnering voor de ontvangst:|Terugkoppeling van de vervoerder:|"
        "Ik schrijf namens de expeditie.|Nou,|Kort samengevat:|Bericht van de verkeersleiding."
    ),
    "FILL": _s(
        "De trailer is verzegeld voordat hij het terrein af ging.|"
        "Scan elke pallet voordat hij de wagen in gaat.|"
        "De koelmachine is vannacht een paar keer uitgevallen.|"
        "De douane houdt de container vast tot de papieren kloppen.|"
        "We missen twee heftruckchauffeurs in de late dienst.|"
        "De ontvanger heeft een deel geweigerd vanwege geplette dozen.|"
        "De tachograaf moet voor einde dienst uitgelezen worden.|"
        "De cross-dock staat vol, reken op langere wachttijden.|"
        "De douane-expediteur wil een gecorrigeerde handelsfactuur.|"
        "Hou de nooduitgangen in de noordhal vrij.|"
        "De laadklep van de bakwagen is weer stuk.|"
        "De aanvoer uit de haven loopt achter door een tekort aan chassis.|"
        "De dinsdagrit gaat voortaan 's middags.|"
        "Er is weer rekfolie bij de inpaktafel.|"
        "Wachtgeld gaat in na de vrije tijd.|"
        "Lege ladingdragers bij het hek neerzetten.|"
        "De rittencontrole vooraf is verplicht, zonder uitzondering.|"
        "Gevaarlijke-stoffenetiketten moeten met de vrachtbrief overeenkomen.|"
        "Retouren gaan naar de kooi bij de kantine.|"
        "De cyclische telling vond een paar verkeerd gelokeerde bakken.|"
        "Het tijdslot bij het distributiecentrum is krap.|"
        "Tankpassen worden pas na de controle vervangen.|"
        "Op de afleverfoto moet het palletlabel zichtbaar zijn.|"
        "De rederij heeft de boeking naar het volgende schip geschoven.|"
        "Het orderpicktempo is gezakt sinds de update.|"
        "Markeer kapotte pallets met een rood label.|"
        "De dockshelter aan de westkant klemt.|"
        "Het overwerk in het weekend is nog niet goedgekeurd.|"
        "De klant wil een belletje voor elke particuliere levering.|"
        "Temperatuurlogs horen bij de claim.|"
        "Het magazijnbeheersysteem lag bijna een uur plat.|"
        "We proberen een nieuwe routeplanner voor de binnenstad.|"
        "Zegelnummers op de vrachtbrief, niet op een geeltje.|"
        "De laadruimte voor de heftrucks is dicht tijdens de keuring.|"
        "De trekker heeft nieuwe spatlappen nodig.|"
        "Bevestig de ophaalafspraak een dag van tevoren met de verlader.|"
        "De pakketpartner voor de laatste kilometer zit vol.|"
        "Losse vracht moet omsnoerd worden voor het laden.|"
        "Niets gaat de deur uit zonder getekende paklijst.|"
        "De portier laat niemand binnen zonder referentie.|"
        "Laadbalken na het lossen terug in de trailer.|"
        "Er is een krat zoekgeraakt tussen picken en inpakken.|"
        "Nieuwe collega's lopen de eerste week mee met een ervaren picker.|"
        "Het vervoerdersportaal logt iedereen steeds uit.|"
        "Schade moet binnen de termijn bij de vervoerder gemeld worden.|"
        "De reachtruck is voor de hoge stellingen.|"
        "Stapel de glaszendingen niet dubbel.|"
        "De trailerwissel op de parkeerplaats ging prima.|"
        "Onze planner doet deze week twee regio's.|"
        "Weegbonnen gaan in de chauffeursenvelop.|"
        "Beschadigde voorraad blijft geblokkeerd tot de expert is geweest.|"
        "Het overloopterrein is vol, parkeer achteraan.|"
        "De koudeketen mag nergens onderbroken worden.|"
        "De exportpapieren liggen nu bij de expediteur.|"
        "De bandenservice kan ons morgenochtend helpen.|"
        "De hoekprofielen waren in de vroege dienst op.|"
        "Het douane-entrepot heeft een tweede sleutelhouder nodig.|"
        "Leg de handscanners terug in de lader.|"
        "Lege containers gaan met de volgende rit terug naar de depot.|"
        "De pakketsorteerder liep twee keer vast voor de lunch."
    ),
    "CLOSE": _s(
        "Bedankt!|Dank jullie wel.|Alvast bedankt.|Laat het weten als er iets verandert.|"
        "Goede rit.|Vragen? Roep maar.|Fijne dienst.|Tot straks.|"
        "Ik hou jullie op de hoogte.|Graag even bevestigen.|Groet.|Met vriendelijke groet.|"
        "Dank voor het inspringen.|Bel de planning als het vastloopt.|Kom veilig thuis.|"
        "Dat was het voor nu.|Dank voor jullie geduld.|Laten we dit vandaag regelen.|"
        "Wie kan, reageer hier.|Fijn weekend.|Tot de ochtendstart.|Nogmaals dank.|"
        "Fijne avond.|Groetjes.|Top, dank je.|Succes vandaag."
    ),
    "LEAD": {
        "EMAIL": _s(
            "Stuur de getekende afleverbon naar {x}.|De schade-expert is bereikbaar via {x}.|"
            "Dockafspraken via {x}.|Mijn mail is {x} als het portaal hapert.|"
            "Zet {x} in de cc bij alles over de douane.|Urenbriefjes naar {x}.|"
            "De factuur kwam van {x}.|Transportopdracht bevestigen naar {x}."
        ),
        "PHONE": _s(
            "Bel me op {x} als je tien minuten weg bent.|Mobiel van de chauffeur: {x}.|"
            "Planning buiten kantoortijd: {x}.|App {x} als de trailer vol is.|"
            "De ontvanger wil vooraf gebeld worden op {x}.|"
            "De terreinchef is bereikbaar op {x}.|Als het hek dicht is: {x}.|"
            "Mijn directe nummer is {x}."
        ),
        "URL": _s(
            "Mijn profiel staat op {x}.|Ritupdates zet ik op {x}.|Plan een afspraak: {x}|"
            "Eigen rijder, wagen en tarieven op {x}.|Schadefoto's staan op {x}.|"
            "Mijn cv: {x}.|Meer over mijn koeriersdienst: {x}|Volg de lading op {x}."
        ),
        "IP": _s(
            "De labelprinter in gang zes zit op {x}.|De handscanner verliest steeds {x}.|"
            "Inlogpogingen kwamen vannacht van {x}.|Zet {x} op de whitelist van het portaal.|"
            "De dashcam uploadt via {x}.|De weegbrugterminal luistert op {x}.|"
            "Het telematicakastje meldde {x}.|Extern inloggen op het dockkantoor: {x}."
        ),
        "CARD": _s(
            "Zet de losvergoeding op kaart {x}.|Tankpas in het systeem: {x}.|"
            "Tol deze week via {x}.|Het wachtgeld heb ik met {x} betaald.|"
            "De invoerrechten gingen via {x}.|Kaartnummer {x}, geldig tot volgend jaar.|"
            "De bandenreparatie op {x}.|De opslagborg is afgeschreven van {x}."
        ),
        "IBAN": _s(
            "Graag de vracht overmaken op {x}.|Mijn nieuwe rekeningnummer: {x}.|"
            "Schadevergoeding naar {x}.|De rekening voor de creditnota is {x}.|"
            "Factuur van de charter betalen op {x}.|Salaris voortaan op {x}.|"
            "Borg terug op {x}.|{x} is de juiste rekening."
        ),
        "ID": _s(
            "Voor de VOG-aanvraag: {x}.|Mijn nummer voor het douanedossier is {x}.|"
            "De salarisadministratie heeft {x} nodig.|Op het intakeformulier staat {x}.|"
            "Gegevens van de chauffeur: {x}.|Burgerservicenummer volgens de kopie: {x}.|"
            "Pas het dossier aan naar {x}.|Hier is het: {x}."
        ),
        "PERSON": _s(
            "{x} heeft voor ontvangst getekend.|Vandaag rijdt {x}.|"
            "Vraag naar {x} bij de ontvangst.|"
            "{x} behandelt de schadeclaim.|Contactpersoon bij de ontvanger is {x}.|"
            "Douane-expediteur: {x}.|Ik sprak {x} van de vervoerder.|{x} deed de nachtdienst."
        ),
        "MEMBER": _s(
            "{x} leidt de telling.|Dank aan {x} voor het overwerk.|"
            "Ruil je dienst met {x} als het moet.|{x} rijdt vandaag heftruck.|"
            "Overleg met {x} voor je de lading vrijgeeft.|{x} heeft de sleutel van het entrepot.|"
            "Betrek {x} bij de claim.|{x} meldde het koelalarm."
        ),
        "ADDRESS": _s(
            "Leveren op {x}.|Ophalen op {x}.|Lege pallets terug naar {x}.|"
            "Het nieuwe crossdock zit op {x}.|Stuur de vervanging naar {x}.|"
            "De chauffeur woont op {x}, haal hem daar op.|De ontvanger is verhuisd naar {x}.|"
            "Factuuradres: {x}."
        ),
    },
    "LOOK": {
        "order": _s("Bij order {x} missen nog twee dozen.|Factuur {x} is betaald."),
        "price": _s("Het lossen kostte {x}.|De vracht kwam uit op {x}."),
        "date": _s("Ophalen staat op {x}.|De closing van het schip is {x}."),
        "time": _s("Het hek gaat om {x} dicht.|De chauffeur meldde zich om {x}."),
        "version": _s("De scanners draaien firmware {x}.|De route-app is bijgewerkt naar {x}."),
        "isbn": _s("Het trainingsboek heeft ISBN {x}.|Bestel het handboek via ISBN {x}."),
        "flight": _s("De luchtvracht gaat mee met {x}.|De monsters vliegen met {x}."),
        "dock": _s("Graag aansluiten aan {x}.|Zet de uitgaande zending klaar bij {x}."),
        "measure": _s("Brutogewicht: {x}.|De kist meet {x}."),
        "percent": _s("De brandstoftoeslag is {x}.|De leverbetrouwbaarheid was {x}."),
        "orgreg": _s("De vervoerder staat ingeschreven onder {x}.|Op de factuur staat {x}."),
        "ticket": _s("Ticket {x} staat nog open.|Zie melding {x} voor de foto's."),
        "tracking": _s("Track en trace toont {x} in de haven.|Container {x} is de poort uit."),
        "hscode": _s("De onderdelen vallen onder GN-code {x}.|De expediteur koos code {x}."),
        "eponym": _s("Het staat vast bij {x}.|We hebben vandaag een levering bij {x}."),
        "nameword": _s("Let op {x}.|Vraag maar aan de {x}."),
    },
    "LABEL": {
        "EMAIL": _s("E-mail|Mail"),
        "PHONE": _s("Telefoon|Mobiel"),
        "URL": _s("Website|Profiel"),
        "IP": _s("IP-adres|IP van het apparaat"),
        "CARD": _s("Kaart|Betaalkaart"),
        "IBAN": _s("IBAN|Rekeningnummer"),
        "ID": _s("BSN|Identificatienummer"),
        "PERSON": _s("Contactpersoon|Chauffeur"),
        "MEMBER": _s("Medewerker|Ploegleider"),
        "ADDRESS": _s("Adres|Afleveradres"),
    },
    "HEAD": {
        "notice": _s("MEDEDELING: nieuw dockschema|Terreininfo|Veiligheidsbericht chauffeurs"),
        "chat": _s("Chauffeursgroep|Magazijnapp|Nachtploeg"),
        "listing": _s("LADING BESCHIKBAAR|Wagen vrij, zoek retourvracht|Opslagruimte te huur"),
        "form": _s("Schademelding|Gegevens douaneaangifte|Intake nieuwe chauffeur"),
        "ticket": _s("Prioriteit: hoog|Status: open – Type: claim|Categorie: gemiste ophaling"),
        "signature": _s("Planning en Transport|Wagenparkbeheer|Douane en Compliance"),
    },
}
