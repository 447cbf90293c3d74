"""Dutch phrases for the forty-ninth set (nl_NL, nl_CW), written for cars and motoring.

Curaçao posts mix Dutch with Papiamentu openers, closers and PII-free lines.
"""

from __future__ import annotations

BASE = {
    "EMAIL": ["Stuur de offerte naar {v}, dan teken ik vanavond.",
              "Het schadeformulier is naar {v} gegaan.", "Mail de APK-uitslag naar {v} aub.",
              "Mijn mailadres voor het leasecontract: {v}"],
    "PHONE": ["Bel me op {v} als de auto klaar is.", "De berger kan me bereiken op {v}.",
              "Nummer voor de expert: {v}", "app even naar {v} als de les verschuift",
              "Verkoper gaf {v} op, bel hem na de lunch."],
    "URL": ["Foto's van de deuk staan op {v}", "De hele restauratie staat op {v}.",
            "Dashcambeelden: {v}", "Onderhoudshistorie gescand naar {v}"],
    "IP": ["De auto-app meldt een login vanaf {v}, dat was ik niet.",
           "Uploads van de dashcam via {v} mislukken steeds.",
           "Portaal blokkeert me, mijn IP is {v}.", "Het kastje in de auto belde om 0.00 uur "
           "naar huis vanaf {v}."],
    "CARD": ["Aanbetaling ging van creditcard {v}.", "Ze hebben {v} twee keer belast voor "
             "het slepen.", "Eigen risico betaald met {v}."],
    "IBAN": ["Terugbetaling van de premie graag op {v}.", "Maak de aanbetaling over naar {v}.",
             "De particuliere verkoper wil het op {v}.", "Rekeningnummer {v} t.n.v. mij."],
    "ID_cue": ["Mijn {cue} is {v}, voor de financiering.", "{cue}: {v}",
               "Ze vroegen weer om mijn {cue} ({v}).", "{cue} {v} — klopt het formulier zo?"],
    "ID_bare": ["Ik heb {v} ingevuld, klopt dat?", "{v} staat op mijn pasje.",
                "Ze hebben {v} nodig voor de aanvraag.", "Nummer voor de aanvraag: {v}"],
    "PERSON": ["De tegenpartij, {v}, gaf de schuld meteen toe.",
               "Instructeur vandaag was {v}, heel geduldig.", "{v} heeft de Polo toch gekocht.",
               "Getuige: {v}, woont bij de rotonde.", "Expert {v} komt donderdag kijken."],
    "MEMBER": ["{v} haalt de leenauto op.", "Dank je {v} voor het starten met kabels!",
               "Vraag het {v}, die had vorig jaar dezelfde claim.",
               "{v} heeft het praktijkexamen voor ons geboekt.", "cc {v}"],
    "ADDRESS": ["Lever de auto af op {v}.", "Sleep hem naar {v}, niet naar de dealer.",
                "Het ongeluk gebeurde voor {v}.", "Adres op het kenteken: {v}"],
    "label": {"EMAIL": "E-mail", "PHONE": "Telefoon", "URL": "Link", "IP": "IP-adres",
              "CARD": "Creditcard", "IBAN": "IBAN", "ID": "Nummer", "PERSON": "Tegenpartij",
              "MEMBER": "Behandeld door", "ADDRESS": "Adres"},
    "look": {
        "REFERENCE": ["Werkorder {v} staat op de factuur.", "Offertenummer {v}."],
        "DATE": ["APK gepland op {v}.", "Polis loopt af op {v}."],
        "TIME": ["Brengen om {v}.", "Ophalen vanaf {v}."],
        "AMOUNT": ["Totaal {v}.", "Eigen risico is {v}."],
        "MEASURE": ["Volgens de specificaties: {v}.", "Genoteerd: {v}."],
        "PART": ["Onderdeel {v} is nabesteld.", "Remblokken {v} besteld."],
        "VIN": ["Chassisnummer {v} klopt met de papieren.", "VIN {v}."],
        "EAN": ["Ruitenwissers, EAN {v}.", "Barcode {v} op de doos."],
        "ISBN": ["Het theorieboek (ISBN {v}) hielp echt.", "ISBN {v}."],
        "COMPANY_ID": ["Garage {v} staat op het contract.", "Dealer: {v}."],
        "MODEL": ["Vandaag een proefrit in de {v} gemaakt.", "Kijk naar een tweedehands {v}."],
        "PLACE": ["Stond vast in de file bij {v}.", "Reden over {v} terug."],
        "NAMED_AFTER": ["De {v}-dealer had de beste prijs.", "Uiteindelijk voor {v} gekozen."],
    },
    "name_words": {"roos": "Er zit een roos van steenslag in de voorruit.",
                   "wil": "Ik wil de auto voor vrijdag terug.",
                   "bon": "De bon van de wasstraat zit in het dashboardkastje.",
                   "mees": "Er zat een mees in de motorruimte.",
                   "bas": "De bas van de speakers rammelt."},
    "POSS": ["{v} auto staat klaar.", "We leenden {v} aanhanger.", "{v} verzekering dekt het."],
    "quote_intro": ["De garage schreef:", "Reactie van de verzekeraar:", "Uit de mail van de "
                    "dealer:", "Citaat uit de bevestiging:"],
    "chat_who": ["ik", "garage", "dealer", "berger"],
    "reply": ["Dank, dat is geregeld.", "Top, doe ik.", "Oké, geboekt.", "Helder."],
}

LOCAL = {
    "nl_NL": {
        "open": ["APK afgekeurd op de banden, volgende week herkeuring.",
                 "Sterretje in de voorruit na de A12, schade gemeld.",
                 "Parkeerboete bij het station, ik maak bezwaar.",
                 "Grote beurt gedaan, remmen nog 40 procent.",
                 "Verkoop mijn Clio particulier, koper komt zaterdag.",
                 "Praktijkexamen bij het CBR staat gepland.",
                 "Wegenwacht was er binnen een half uur voor de accu.",
                 "Deelauto stond weer niet op de plek.",
                 "Private lease contract is eindelijk rond.",
                 "Inruilprijs bij de dealer viel tegen."],
        "close": ["Groet.", "Dank!", "Hoor graag.", "Laat het weten.", "Fijne dag."],
        "free": ["De APK-keurmeester wilde nieuwe wisserbladen en kentekenverlichting.",
                 "Onderhoudsinterval is 30.000 km of twee jaar.",
                 "Regen de hele week, dus poetsen schuift op.",
                 "Premies voor allrisk verschillen enorm.",
                 "Parkeren bij het ziekenhuis is onbetaalbaar.",
                 "De dealer gaf er matten en een poetsbeurt bij.",
                 "Omgereden vanwege werkzaamheden op de ring.",
                 "Bandenspanning staat op de sticker in de deurstijl."],
        "form_title": ["Schadeformulier", "Afspraak APK", "Leenautoovereenkomst"],
    },
    "nl_CW": {
        "open": ["Bon dia! Mijn auto a daña op de Ringweg, sleepdienst gebeld.",
                 "Autokeuring is volgende week, mi ta nèrvioso.",
                 "Parkeerbon in Punda, mi no por kere.",
                 "Rijschool begint maandag, les om de 2 dagen.",
                 "Verzekeringsclaim na de aanrijding bij Saliña ingediend.",
                 "Tweedehands pick-up gekocht bij een dealer in Zeelandia.",
                 "Huurauto voor de familie van Holanda geregeld.",
                 "Airco kapot, garage kijkt ernaar.",
                 "Ta kon ta bai? De wegenhulp kwam pas na een uur.",
                 "Belasting op de auto betaald, sticker opgehaald."],
        "close": ["Masha danki!", "Danki.", "Te aweró.", "Groetjes.", "Ayo."],
        "free": ["Zout van de zee vreet aan de onderkant van de auto.",
                 "Benzine is weer duurder geworden deze maand.",
                 "Bij Punda is parkeren om 12 uur altijd vol.",
                 "Awa ta kai, dus de wegen zijn glad.",
                 "De rijschool gebruikt een automaat.",
                 "Airco bijvullen kost minder dan ik dacht.",
                 "Banden slijten snel op de hete weg.",
                 "Mi ta kontentu ku e garage nobo."],
        "form_title": ["Schadeformulier", "Keuringsafspraak", "Huurovereenkomst auto"],
    },
}

CUES = {"bsn": ["BSN", "burgerservicenummer"], "passport": ["paspoortnummer", "paspoort nr."],
        "licence": ["rijbewijsnummer"], "cw_id": ["ID-nummer", "sedula-nummer",
                                                 "identiteitsnummer"],
        "crib": ["CRIB-nummer", "persoonsnummer belasting"]}


def texts(locale: str) -> dict:
    out = dict(BASE)
    out.update(LOCAL[locale])
    out["cue"] = CUES
    return out
