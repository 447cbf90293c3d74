"""Dutch (nl_BE, Flemish usage) and Swedish phrase banks of the fortieth set, by hand."""

NL = {
    "open": "Een korte vraag over onze reis.|Net terug van de luchthaven en nog aan het "
            "sorteren.|Ik post dit voor de rest van de reisgroep.|Misschien heeft iemand dit al "
            "meegemaakt.|Lange dag met overstappen, even geduld.|De luchtvaartmaatschappij "
            "heeft eindelijk geantwoord.|We regelen de papieren voor de reis naar het "
            "buitenland.|Het hotelverblijf liep wat mis.|Ik schrijf vanuit de vertrekhal."
            "|Net geland, de valies helaas niet.|De huurauto moet voor vrijdag geregeld zijn."
            "|De afspraak voor het visum is volgende week.|Onze gids vroeg nog wat gegevens."
            "|Opvolging van de treinreservatie.|We plannen de familievakantie en zoeken hulp."
            "|Nieuws over de aangifte van verloren bagage.",
    "close": "Alvast bedankt.|Alle tips welkom.|Groetjes en goede reis.|Ik laat iets weten "
             "na de vlucht.|Merci.|Laat maar weten als er iets ontbreekt.|Tot aan de gate."
             "|Tot binnenkort.|Duimen voor de aansluiting.|Dat was het voorlopig.|Ik geef "
             "graag meer uitleg.|Nogmaals bedankt voor het geduld.|Nu eerst de valies maken."
             "|Iedereen een fijne reis.",
    "subj": "Antw: uw boeking|Verloren bagage|Ophalen huurwagen|Afspraak visum|Bevestiging "
            "hotel|Frequent flyer account|Wijziging reisplan|Verzamelpunt rondleiding|Vraag om "
            "terugbetaling|Vraag over treinpas|Paspoort vernieuwen|Probleem bij het inchecken",
    "greet": "Dag allemaal,|Goedemorgen,|Beste ploeg,|Hallo,|Beste,",
    "sign": "Met vriendelijke groeten|Vriendelijke groet|Groetjes|Bedankt|Hartelijke groet",
    "title": "Hulp bij geannuleerde vlucht|Valies nog steeds weg|Iemand ervaring met deze "
             "autoverhuur?|Visum bij aankomst|Van de luchthaven naar het centrum|Gids aan te "
             "raden?|Hotel rekende dubbel aan|Tips voor de nachttrein|Air miles verdwenen"
             "|Papieren voor de grens",
    "lead": {
        "EMAIL": "Je kan me mailen op {x} als de maatschappij belt.|De bevestiging ging naar "
                 "{x}.|Zet {x} in kopie bij de terugbetaling.|Stuur het reisplan naar {x}, "
                 "niet naar het oude adres.|De reisorganisatie heeft enkel {x}.",
        "PHONE": "Bel me op {x} als de valies opduikt.|Het nummer van de chauffeur is {x}."
                 "|Het hotel kan me bereiken op {x}.|Sms naar {x} als je geland bent.|Mijn "
                 "gsm voor de boeking: {x}.",
        "URL": "Alle foto's van de reis staan op {x}.|De hele route staat op {x}.|De gids "
               "post updates op {x}.|Reviews van mijn rondleidingen: {x}.|Mijn reisblog is "
               "{x}.",
        "IP": "Het boekingsportaal blokkeerde het adres {x}.|Volgens de support was mijn IP "
              "{x} gemarkeerd.|De aanmeldpogingen kwamen van {x}, niet van mij.|De wifi van "
              "het hotel gaf me {x}.|Na het toelaten van {x} werkte het inchecken weer.",
        "CARD": "Het voorschot ging via kaart {x}.|Ze hebben {x} twee keer gedebiteerd."
                "|Graag terugstorten op kaart {x}.|Ik betaalde de huurauto met {x}.|De vlucht "
                "werd geboekt met {x}.",
        "IBAN": "Terugbetaling op IBAN {x}, graag.|Het saldo van de reis mag naar {x}.|Mijn "
                "bankgegevens voor de claim: IBAN {x}.|Stort de compensatie op {x}.|Rekening "
                "voor de waarborg: {x}.",
        "ID": "Voor het visum: {cue} {x}.|Aan de balie vroegen ze mijn {cue}, dus {x}.|Mijn "
              "{cue} is {x}.|De grenspolitie noteerde {cue} {x}.|Geboekt op {cue} {x}.",
        "PERSON": "Onze gids {x} wachtte ons op bij aankomst.|De chauffeur, {x}, wachtte twee "
                  "uur.|Vraag naar {x} aan de receptie.|{x} van de maatschappij heeft "
                  "omgeboekt.|We bezochten de oude stad met {x}.",
        "MEMBER": "{x} regelt de groepsboeking.|Dank aan {x} om de valies te vinden.|Ik heb "
                  "{x} gevraagd de hotels na te kijken.|{x} wacht de bus op aan het station."
                  "|Kan {x} de zitplaatsen bevestigen?",
        "ADDRESS": "Stuur de valies naar {x}.|Het hotel ligt in de {x}.|Verzamelpunt: {x}."
                   "|Bezorg de documenten op {x}.|Onze vakantiewoning is {x}.",
    },
    "poss": "van {x}",
    "lead_poss": "Ik heb nog de instapkaart {x}.|De valies {x} kwam als laatste.|We zetten "
                 "de stoel {x} aan het gangpad.",
    "bare": "Ik plak het hier zodat ik het niet kwijtraak: {x}|Rechtstreeks uit het formulier: "
            "{x}|Dat is {x}, mocht iemand het nodig hebben.|Hier nog eens: {x}|Op de "
            "achterkant van het ticket: {x}|De bediende schreef {x} op het bonnetje.",
    "bank": "{cue}: {x}|Gebruik {cue} {x} voor de terugbetaling.|Bankgegevens ({cue}): {x}"
            "|Overschrijven naar {cue} {x}.",
    "label": {
        "EMAIL": "E-mail|Contactadres", "PHONE": "Telefoon|Gsm", "URL": "Website|Profiel",
        "IP": "IP-adres|Login-IP", "CARD": "Kaartnummer|Betaalkaart", "IBAN": "IBAN|"
        "Rekeningnummer", "ID": "Document|Identiteitsnummer", "PERSON": "Reiziger|Naam gast",
        "MEMBER": "Geboekt door|Groepsleider", "ADDRESS": "Adres|Leveradres",
    },
    "field": "Cabine: economy|Reden: aansluiting gemist|Maaltijd: vegetarisch|Bagage: een "
             "ingecheckte valies|Zitplaats: raam|Status: in behandeling|Reis: heen en terug"
             "|Bron: app",
    "plain": "De rij aan de paspoortcontrole was eindeloos.|Het ontbijt in het hotel was "
             "heerlijk.|De bus vertrok zonder de halve groep.|De valies kwam terug met een "
             "gebroken wieltje.|De gids kende elk steegje.|Het inchecken sloot vroeger door "
             "de storm.|We ruilden de wagen voor een grotere.|De nachttrein was rustiger dan "
             "verwacht.|Aan de balie zei niemand iets over de vertraging.|Met de museumpas "
             "wonnen we veel tijd.|Het boarden begon weer te laat.|De lounge zat vol, maar de "
             "koffie was goed.|Een week regen, maar het uitzicht was het waard.|Uiteindelijk "
             "deelden we een taxi met een ander koppel.",
    "chat": "ik:|medewerker:|support:|gids:",
    "bullet": "Dagplanning|Mee te nemen|Boekingen tot nu toe|Te doen voor vertrek",
    "review": "Zou zeker terugkomen.|Gemengde gevoelens.|Top ligging, vermoeide kamers."
              "|Vriendelijk, maar trage check-in.",
    "look": {
        "flight": "We zitten morgen op vlucht {x}.", "pnr": "Boekingscode {x}.",
        "eticket": "Ticketnummer {x} op het bonnetje.", "train": "We namen de {x}.",
        "price": "De upgrade kostte {x}.", "date": "Vertrek op {x}.",
        "time": "Het boarden sluit om {x}.", "seat": "We kregen {x}.",
        "iata": "De route {x} is het goedkoopst.", "isbn": "De reisgids heeft ISBN {x}.",
        "orgreg": "Het reisbureau is ingeschreven onder {x}.", "bic": "Hun BIC is {x}.",
        "measure": "Handbagage mag {x} zijn.", "percent": "Ze gaven {x} korting.",
        "eponym": "We landden 's nachts in {x}.", "nameword": "Iedereen vond {x} leuk.",
        "version": "De app van de maatschappij staat op {x}.",
    },
    "titles": {"F": "mevrouw|Mevr.|dr.", "M": "meneer|Dhr.|dr."},
}

SV = {
    "open": "En snabb fråga om vår resa.|Hemma från flygplatsen och fortfarande mitt i allt."
            "|Jag lägger upp det här för resten av gruppen.|Kanske har någon varit med om "
            "detta.|Lång dag med byten, ha överseende.|Flygbolaget har äntligen svarat.|Vi "
            "fixar papperen inför resan utomlands.|Hotellvistelsen gick lite snett.|Jag "
            "skriver från avgångshallen.|Nyss landat, men inte väskan.|Hyrbilen måste ordnas "
            "före fredag.|Tiden för visumet är nästa vecka.|Vår guide bad om några uppgifter."
            "|Uppföljning av tågbokningen.|Vi planerar familjesemestern och behöver hjälp."
            "|Nytt om anmälan av det försvunna bagaget.",
    "close": "Tack på förhand.|Alla tips uppskattas.|Hälsningar och trevlig resa.|Jag hör "
             "av mig efter flyget.|Stort tack.|Säg till om något saknas.|Vi ses vid gaten."
             "|Hörs snart.|Håller tummarna för anslutningen.|Det var allt för nu.|Berättar "
             "gärna mer.|Tack igen för tålamodet.|Nu ska jag packa.|Trevlig resa allihop.",
    "subj": "SV: din bokning|Försvunnet bagage|Upphämtning av hyrbil|Visumtid|Hotellbekräftelse"
            "|Bonuskonto|Ändrad resplan|Mötesplats för guidningen|Begäran om återbetalning"
            "|Fråga om tågluffarkortet|Förnya passet|Problem vid incheckningen",
    "greet": "Hej alla,|Hej,|Hej teamet,|God morgon,|Hallå,",
    "sign": "Vänliga hälsningar|Med vänlig hälsning|Hälsningar|Tack|Allt gott",
    "title": "Hjälp med inställt flyg|Väskan fortfarande borta|Någon som hyrt här?|Visum vid "
             "ankomst|Från flygplatsen till gamla stan|Tips på guide|Hotellet drog pengar två "
             "gånger|Tips inför nattåget|Poängen försvann|Papper för gränsen",
    "lead": {
        "EMAIL": "Ni når mig på {x} om flygbolaget ringer.|Bekräftelsen gick till {x}.|Sätt "
                 "{x} som kopia på återbetalningen.|Skicka resplanen till {x}, inte den gamla "
                 "adressen.|Researrangören har bara {x}.",
        "PHONE": "Ring mig på {x} när väskan dyker upp.|Chaufförens nummer är {x}.|Hotellet "
                 "når mig på {x}.|Sms:a {x} när du landat.|Mitt mobilnummer för bokningen: "
                 "{x}.",
        "URL": "Alla bilder från resan finns på {x}.|Hela rutten finns på {x}.|Guiden lägger "
               "ut nyheter på {x}.|Omdömen om mina turer: {x}.|Min resblogg är {x}.",
        "IP": "Bokningssidan spärrade adressen {x}.|Supporten sa att min IP {x} var flaggad."
              "|Inloggningsförsöken kom från {x}, inte från mig.|Hotellets wifi gav mig {x}."
              "|När {x} släpptes igenom fungerade incheckningen.",
        "CARD": "Handpenningen drogs från kortet {x}.|De drog {x} två gånger.|Återbetala "
                "till kortet {x}, tack.|Jag betalade hyrbilen med {x}.|Flyget bokades med "
                "{x}.",
        "IBAN": "Återbetalning till IBAN {x}, tack.|Resten av resan kan betalas till {x}."
                "|Mina bankuppgifter: IBAN {x}.|Sätt in ersättningen på {x}.|Konto för "
                "depositionen: {x}.",
        "ID": "Till visumet: {cue} {x}.|I disken ville de ha mitt {cue}, alltså {x}.|Mitt "
              "{cue} är {x}.|Gränspolisen skrev upp {cue} {x}.|Bokat på {cue} {x}.",
        "PERSON": "Vår guide {x} mötte oss vid ankomsten.|Chauffören, {x}, väntade i två "
                  "timmar.|Fråga efter {x} i receptionen.|{x} på flygbolaget bokade om."
                  "|Vi gick runt i gamla stan med {x}.",
        "MEMBER": "{x} sköter gruppbokningen.|Tack till {x} som hittade väskan.|Jag bad {x} "
                  "kolla hotellen.|{x} möter bussen vid stationen.|Kan {x} bekräfta platserna?",
        "ADDRESS": "Skicka väskan till {x}.|Hotellet ligger på {x}.|Mötesplats: {x}.|Skicka "
                   "dokumenten till {x}.|Lägenheten ligger på {x}.",
    },
    "poss": "hos {x}",
    "lead_poss": "Boardingkortet ligger kvar {x}.|Väskan blev kvar {x}.|Vi lämnade nycklarna "
                 "{x}.",
    "bare": "Klistrar in det här så jag inte tappar bort det: {x}|Direkt från blanketten: {x}"
            "|Det är {x}, om någon behöver.|Här igen: {x}|Skrivet på baksidan av biljetten: {x}"
            "|Tjänstemannen skrev {x} på kvittot.",
    "bank": "{cue}: {x}|Använd {cue} {x} för återbetalningen.|Bankuppgifter ({cue}): {x}"
            "|Överför till {cue} {x}.",
    "label": {
        "EMAIL": "E-post|Kontaktadress", "PHONE": "Telefon|Mobil", "URL": "Webbplats|Profil",
        "IP": "IP-adress|Inloggnings-IP", "CARD": "Kortnummer|Betalkort", "IBAN": "IBAN|"
        "Bankkonto", "ID": "Dokument|Id-nummer", "PERSON": "Resenär|Gästens namn",
        "MEMBER": "Bokat av|Gruppledare", "ADDRESS": "Adress|Leveransadress",
    },
    "field": "Kabin: ekonomi|Orsak: missad anslutning|Måltid: vegetarisk|Bagage: en "
             "incheckad väska|Plats: fönster|Status: väntar|Resa: tur och retur|Källa: appen",
    "plain": "Kön vid passkontrollen tog aldrig slut.|Frukosten på hotellet var underbar."
             "|Bussen åkte utan halva gruppen.|Väskan kom tillbaka med ett trasigt hjul."
             "|Guiden kände varje gränd.|Incheckningen stängde tidigt på grund av stormen."
             "|Vi bytte bilen mot en större.|Nattåget var lugnare än väntat.|Ingen i disken "
             "sa något om förseningen.|Museikortet sparade oss mycket köande.|Boardingen "
             "började sent igen.|Loungen var full men kaffet gott.|Regn hela veckan, men "
             "utsikten var värd det.|Till slut delade vi taxi med ett annat par.",
    "chat": "jag:|handläggare:|support:|guide:",
    "bullet": "Dagens plan|Att packa|Bokat hittills|Att göra före avresan",
    "review": "Bor gärna här igen.|Blandade känslor.|Bra läge, slitna rum.|Trevlig personal, "
              "långsam incheckning.",
    "look": {
        "flight": "Vi flyger med {x} i morgon bitti.", "pnr": "Bokningsnummer {x}.",
        "eticket": "Biljettnummer {x} på kvittot.", "train": "Vi tog {x} norrut.",
        "price": "Uppgraderingen kostade {x}.", "date": "Avresa den {x}.",
        "time": "Boardingen stänger {x}.", "seat": "Vi fick {x}.",
        "iata": "Sträckan {x} är billigast.", "isbn": "Reseguiden har ISBN {x}.",
        "orgreg": "Researrangören har organisationsnummer {x}.", "bic": "Deras BIC är {x}.",
        "measure": "Handbagaget får vara {x}.", "percent": "De drog av {x} på priset.",
        "eponym": "Vi landade på {x} mitt i natten.", "nameword": "Alla gillade {x}.",
        "version": "Flygbolagets app har {x} nu.",
    },
    "titles": {"F": "fru|dr|docent", "M": "herr|dr|kapten"},
}
