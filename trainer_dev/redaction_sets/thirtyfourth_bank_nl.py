"""Dutch phrase bank (Flemish werf usage) for the thirtyfourth set."""


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.strip().splitlines() if x.strip()]


BANK = {
    "OPEN": _l("""
        Goeiemorgen allemaal, korte update van de werf.
        Nog iets voor we beginnen storten.
        Dag ploeg, hier de stand van zaken.
        Voor de avondploeg, ter info.
        Sorry voor de vertraging, hier het verslag.
        Kort bericht vanuit de werfkeet.
        Na de rondgang met de hoofdaannemer:
        Hallo iedereen, een paar puntjes.
        Goed, de stelling is eindelijk goedgekeurd.
        Vervolg op de coördinatievergadering van gisteren.
        Net terug van de keuring.
        Dag mannen, de planning van de onderaannemers is weer verschoven.
        Een woordje van de werfleider.
        Opleveringspunten, tweede ronde.
        Het weer hield stand, we zijn goed opgeschoten.
        Voor wie in de oostvleugel zit.
        Goeienavond, ik noteer dit voor ik het vergeet.
        Fijne vrijdag, hier de weekafsluiter.
        Zoals beloofd aan de telefoon, de details.
        Sorry dat ik weer stoor.
        Knap werk aan het metselwerk vandaag.
        Ik post het opnieuw, niemand had het gezien.
        Eerst en vooral: veiligheid.
        Bericht van het werfbureau.
        Kleine wijziging voor morgen.
        Hier de planning met de gegevens van de interventie.
        In antwoord op uw aanvraag voor een herstelling.
    """),
    "FILL": _l("""
        De plafonneurs hebben de tweede verdieping tegen de middag vrij nodig.
        De betonmixers zijn besteld, de pomp is nog niet bevestigd.
        De wapeningskeuring is goedgekeurd met twee opmerkingen.
        Hou de poort dicht, er zijn weer kinderen binnengewandeld.
        De kraanlift wordt uitgesteld als de wind blijft.
        Helm en fluovestje verplicht voorbij de omheining.
        De werftoiletten worden voortaan op dinsdag geledigd.
        De gyprocwand in appartement vier staat niet te lood.
        De elektrische ruwbouw op het gelijkvloers is klaar.
        We wachten nog altijd op de ramen van de leverancier.
        De dakwerkers beginnen morgen als het droog blijft.
        De container zit vol, er komt een nieuwe.
        Iemand heeft de betonmolen de hele nacht laten draaien.
        De aansluiting op de riolering staat gepland voor het weekend.
        Breng je eigen harnas mee, de huurexemplaren zijn op.
        De graafmachine lekt hydraulische olie, niet gebruiken.
        De ventilatiemannen moeten op de zolder kunnen.
        De keurder wil de brandwerende doorvoeringen zien voor we dichtmaken.
        Bij de tegellevering zaten twee kapotte dozen.
        De drukproef van het sanitair is de hele nacht goed gebleven.
        De werf ligt vol modder, enkel werkschoenen.
        De generator moet voor het einde van de shift diesel krijgen.
        Meld elk bijna-ongeval, hoe klein ook.
        De stellingkaarten worden elke ochtend gecontroleerd.
        Door de stroompanne hebben we een halve dag verloren.
        Het bezoek van de bouwheer liep beter dan verwacht.
        De schilders zitten deze week in de traphallen.
        Hou de stockageplaats proper.
        De lijst met opleverpunten wordt korter maar is nog niet leeg.
        De voegkleur werd op het staal goedgekeurd.
        Niemand gaat de torenkraan op zonder toestemming.
        De isolatie ligt onder zeil tegen de noordgevel.
        De sleuf moet gestut worden voor iemand erin gaat.
        De orde op de werf werd opnieuw aangehaald bij de audit.
        Leveringen voortaan enkel via de achteringang.
        De batterij van de heftruck laadt op in de container.
        De kitvoegen buiten zijn slordig.
        De brandblussers zijn nagekeken en gelabeld.
        De elektricien wacht op de meter van de netbeheerder.
        We hebben nog een pallet blokken nodig voor de tuinmuur.
        De vervanging van de ketel is vlot verlopen.
        De regenpijpen hangen, de goten moeten nog bijgeregeld worden.
        Het vriest, de funderingen storten we later.
        De meerwerkaanvraag ligt bij de architect.
        De uitzetpiketten aan de ingang zijn omvergereden.
        De broodjeskar komt rond half twaalf.
        Het toolboxgesprek gaat deze week over werken op hoogte.
    """),
    "CLOSE": _l("""
        Merci.
        Bedankt iedereen.
        Laat maar weten als iets niet duidelijk is.
        Wees voorzichtig.
        Tot morgen.
        Merci mannen.
        Graag een antwoord tegen het einde van de dag.
        Tot aan de poort.
        Dat was het voorlopig.
        Antwoord hier, niet via sms aub.
        Goed gewerkt vandaag.
        Salut.
        Vragen, bel het bureau.
        Bedankt voor jullie geduld.
        Update volgt na de middag.
        Met vriendelijke groeten.
        Blijf foto's sturen.
        Oké, bedankt.
        Kom veilig thuis.
        Tot aan het toolboxgesprek.
        Roep maar als je hulp nodig hebt.
        Groetjes.
        Ik sluit af voor vandaag.
        Maandag terug op de werf.
        Hou je goed.
    """),
    "LEAD": {
        "EMAIL": _l("""
            Stuur de getekende offerte naar {x} aub.
            Facturen naar {x}, niet naar het werfbureau.
            De calculator is bereikbaar via {x}.
            De plannen kwamen gisteravond van {x}.
            Voor verhuur mailen naar {x} voor de middag.
            Zet {x} in cc voor alles over de opleverpunten.
        """),
        "PHONE": _l("""
            Bel de werfleider op {x} als de poort op slot is.
            Wachtdienst buiten de uren: {x}.
            Bel {x} om de kraan te reserveren.
            Het nummer van de tegelzetter is {x}.
            Voor interventies een sms naar {x} met het adres.
            De planning is bereikbaar op {x}.
        """),
        "URL": _l("""
            De foto's staan op {x}.
            Boek je veiligheidsonthaal via {x}.
            De technische fiches staan op {x}.
            Onze realisaties staan op {x} als de klant ernaar vraagt.
            Vul het dagrapport in op {x}.
            De huurprijzen vind je op {x}.
        """),
        "IP": _l("""
            De werfcamera streamt vanaf {x}.
            De poortsturing hangt op {x}, niet aankomen.
            De tablet synchroniseert met {x} op de wifi van de werf.
            De printer in de keet is {x}.
            Toegang op afstand tot de ketelsturing: {x}.
            Iemand logde in op de tijdsregistratie vanaf {x}.
        """),
        "CARD": _l("""
            Zet de huurwaarborg op {x}.
            De tankkaart is {x}, bonnetjes bijhouden.
            Gebruik {x} voor de bouwmarkt.
            De klant betaalde de verplaatsing met {x}.
            Bedrijfskaart voor de materiaalbestelling: {x}.
            Annuleer de dubbele betaling op {x} aub.
        """),
        "IBAN": _l("""
            Stort de waarborg op {x}.
            Bankgegevens van de onderaannemer voor de vorderingsstaat: {x}.
            Het voorschot gaat naar {x}.
            Rekening voor de factuur van de machineverhuur: {x}.
            De terugbetaling gaat naar {x}.
            Nieuwe rekening voor de lonen: {x}.
        """),
        "ID": _l("""
            Voor de loonadministratie heb ik {x} nodig.
            Zijn nummer voor het belastingformulier: {x}.
            Op de personeelsfiche staat {x}.
            Nummer van de zelfstandige voor de aanmelding: {x}.
            Vul {x} in bij de registratie van de onderaannemer.
            De verzekeraar vraagt {x}.
        """),
        "PERSON": _l("""
            {x} heeft de bekisting deze ochtend goedgekeurd.
            Met {x} gesproken over de afwatering.
            De bouwheer, {x}, wil eerst de keuken.
            {x} van de elektricien is morgen op de werf.
            De keurder vandaag was {x}.
            Vraag {x} naar de wapeningslijst.
        """),
        "MEMBER": _l("""
            {x} heeft de sleutels van de container.
            Merci {x} om het weekend over te nemen.
            {x} geeft het toolboxgesprek.
            Check met {x} voor je de stelling verplaatst.
            Goed gezien van {x}, die ontbrekende ankers.
            {x} vangt de betonmixer op aan de poort.
        """),
        "ADDRESS": _l("""
            De volgende klus is in de {x}.
            Lever de blokken aan {x}.
            Adres van de interventie: {x}.
            Container plaatsen aan {x}.
            De keuring is gepland in de {x}.
            Werf van de klant: {x}.
        """),
    },
    "LOOK": {
        "order": _l("""
            De leverancier bevestigde bestelling {x}.
            Bestelbon {x} is goedgekeurd.
            Referentie {x} voor de houtlevering.
        """),
        "invoice": _l("""
            Factuur {x} staat nog open.
            Vraag over factuur {x}, de uren kloppen niet.
            De creditnota voor factuur {x} is binnen.
        """),
        "price": _l("""
            De offerte kwam uit op {x} voor alles.
            De huur kost {x} per week.
            Totaal materiaal: {x}.
        """),
        "date": _l("""
            De oplevering staat op {x}.
            Het storten is verplaatst naar {x}.
            De keuring kan vanaf {x}.
        """),
        "time": _l("""
            De poort gaat open om {x}.
            De vrachtwagen komt rond {x}.
            Het toolboxgesprek begint stipt om {x}.
        """),
        "version": _l("""
            De plannen staan nu op {x}.
            De app op de tablet is bijgewerkt naar {x}.
            Firmware {x} loste de afwijking van de laser op.
        """),
        "isbn": _l("""
            Het normenboek dat we gebruiken is ISBN {x}.
            Bestel het opleidingshandboek, ISBN {x}.
            Naslagwerk in de kast: ISBN {x}.
        """),
        "measure": _l("""
            Zaag de balken op {x}.
            De vloerplaat is ongeveer {x}.
            De vrije hoogte onder de balk is {x}.
        """),
        "percent": _l("""
            De ruwbouw is voor ongeveer {x} klaar.
            De inhouding bedraagt {x} per schijf.
            Vochtmeting vanochtend: {x}.
        """),
        "orgreg": _l("""
            Ondernemingsnummer op de inschrijving: {x}.
            De onderaannemer staat geregistreerd als {x}.
            Zet ons {x} onderaan de offerte.
        """),
        "permit": _l("""
            Omgevingsvergunning {x} hangt aan de poort.
            Vergunning {x} dekt ook de uitbreiding.
            Vergunning {x} moet verlengd worden voor de dakwerken.
        """),
        "ticket": _l("""
            De garantieclaim heeft ticket {x}.
            Bij de verhuurdienst geregistreerd als {x}.
            Serviceticket {x} is afgesloten.
        """),
        "tracking": _l("""
            De onderdelen zijn verzonden, trackingnummer {x}.
            De staaltegels zitten in de post, {x}.
            Aangetekende zending nummer {x}.
        """),
        "spec": _l("""
            Het lastenboek vraagt {x} op het gelijkvloers.
            Gebruik overal in de technische ruimte {x}.
            De ingenieur heeft het veranderd naar {x}.
        """),
        "eponym": _l("""
            Haal de {x} uit de camionette.
            De {x} kwam aan bod in het toolboxgesprek.
            Neem de {x} mee, de kleine.
        """),
        "nameword": _l("""
            Let op de {x} bij het oude kot.
            Het verhaal van de {x} is opgelost.
            Pas op voor de {x} aan de laadkaai.
        """),
    },
    "LABEL": {
        "EMAIL": ["E-mail", "Mailadres", "Contact"],
        "PHONE": ["Telefoon", "Gsm", "Tel."],
        "URL": ["Website", "Portaal", "Link"],
        "IP": ["IP", "Toesteladres", "Host"],
        "CARD": ["Kaart", "Kredietkaart", "Kaartnr."],
        "IBAN": ["IBAN", "Rekeningnummer", "Te betalen op"],
        "ID": ["Identificatienr.", "Rijksregister", "Personeelsnr."],
        "PERSON": ["Klant", "Contactpersoon", "Keurder"],
        "MEMBER": ["Toegewezen aan", "Ploegbaas", "Technieker"],
        "ADDRESS": ["Werfadres", "Plaats van de werken", "Adres"],
    },
    "HEAD": {
        "diary": ["WERFDAGBOEK", "Dagrapport", "Werfverslag", "Notitie dagboek der werken"],
        "workorder": ["WERKBON", "Interventiefiche", "Opdrachtkaart", "Herstellingsaanvraag"],
        "quote": ["OFFERTE", "Prijsofferte", "Offerteaanvraag", "Kostenoverzicht"],
        "crewchat": ["Werfchat", "Groep ruwbouw", "Ploegdraad", "Groep onderaannemers"],
        "jobboard": [
            "GEZOCHT: werfvolk",
            "Vacaturebord bouw",
            "Vakmensen gezocht",
            "Werk beschikbaar",
        ],
        "signature": ["Projectleider", "Werfleider", "Coördinator naverkoop", "Calculatie"],
    },
}
