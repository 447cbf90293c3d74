"""Seventeenth set: French, Dutch and Danish phrasing (pipe-separated alternatives)."""
# ruff: noqa: E501  (data: phrase and name pools are kept one alternative-list per line)

FR = {
    "roles": "chargé(e) de recrutement|développeur back-end|gestionnaire de paie|infirmier(e)|chef de projet|"
    "comptable|alternant(e) marketing|responsable logistique|ingénieur qualité|assistant(e) RH",
    "lead": {
        "cv": "Voici un extrait de mon CV, vos retours sont les bienvenus :|CV mis à jour pour le poste de {role} :",
        "cover_letter": "Madame, Monsieur, je me permets de vous adresser ma candidature au poste de {role}.|"
        "Brouillon de lettre de motivation, vous en pensez quoi ?",
        "reference": "Lettre de recommandation pour un(e) ancien(ne) collègue, poste de {role}.|"
        "J'atteste avoir encadré ce candidat pendant deux ans et le recommande vivement.",
        "job_ad": "On recrute un(e) {role} en CDI !|Offre d'emploi : {role}, télétravail partiel possible.",
        "offer": "Nous avons le plaisir de vous proposer le poste de {role}.|Bienvenue ! Voici les infos pour votre premier jour.",
        "directory": "Annuaire des anciens, merci de signaler les changements :|Liste des contacts de l'équipe :",
        "shortlist": "Candidats retenus pour le poste de {role} :|Short-list pour le jury, à relire avant jeudi.",
        "interview": "Proposition de créneau pour votre entretien :|Confirmation de l'entretien pour le poste de {role} :",
        "payroll_form": "Fiche d'embauche, partie paie :|Mes informations pour le service paie :",
        "relocation": "Déménagement pour le nouveau poste, ma check-list :|Infos mobilité pour notre nouvelle recrue :",
    },
    "kind": {
        "EMAIL": "Vous pouvez me joindre à {v}.|Candidatures à envoyer à {v}.|Mail : {v}",
        "PHONE": "Joignable au {v}.|Tél. : {v}|Portable : {v}|En cas de souci, appelez le {v}.",
        "URL": "Mon profil : {v}|Portfolio : {v}|Réservez un créneau ici : {v}",
        "IP": "Connexion au portail candidat bloquée depuis {v}.|Accès VPN pour l'intégration : {v}",
        "CARD": "Merci de débiter la caution sur la carte {v}.|Carte affaires : {v}",
        "IBAN": "RIB / IBAN pour le salaire : {v}|Coordonnées bancaires : {v}|Remboursement des frais sur {v}.",
        "ID": "Numéro de sécurité sociale : {v}|N° de sécu pour la DPAE : {v}",
        "PERSON": "Référence : {v}, ancienne responsable.|Vous serez rattaché(e) à {v}.|Le jury comprendra {v}.",
        "MEMBER": "Merci à {v} pour la cooptation !|Je mets {v} en copie.|{v} sera votre parrain/marraine.",
        "ADDRESS": "Adresse : {v}|Nouvelle adresse : {v}|L'entretien aura lieu au {v}.",
    },
    "lk": {
        "REF": "Réf. de l'offre {l}.",
        "ORDER": "Commande {l} pour l'ordinateur.",
        "INVOICE": "Facture {l} du cabinet.",
        "DATE": "Prise de poste le {l}.",
        "TIME": "Rendez-vous à {l}.",
        "MONEY": "Salaire jusqu'à {l} brut annuel.",
        "VERSION": "Outil de test {l}.",
        "ISBN": "Lecture conseillée : ISBN {l}.",
        "FLIGHT": "Vol {l}.",
        "ROOM": "Salle {l}.",
        "PERCENT": "Temps partiel à {l}.",
        "MEASURE": "Logement de fonction de {l}.",
        "COMPANY": "Auparavant chez {l}.",
        "TRACKING": "Suivi du colis de bienvenue : {l}",
    },
    "close": "Merci d'avance !|Cordialement|Bien à vous|Belle journée à tous.",
}

NL = {
    "roles": "salarisadministrateur|backend developer|HR-adviseur|verpleegkundige|projectleider|"
    "recruiter|accountmanager|teamleider logistiek|data-analist|stagiair marketing",
    "lead": {
        "cv": "Even mijn cv hier geplakt, feedback welkom:|Korte samenvatting van mijn cv voor de rol van {role}:",
        "cover_letter": "Geachte heer/mevrouw, met veel enthousiasme solliciteer ik naar de functie van {role}.|"
        "Concept motivatiebrief, kan iemand meelezen?",
        "reference": "Referentie voor een oud-collega, functie {role}.|Ik beveel deze kandidaat van harte aan.",
        "job_ad": "Wij zoeken een {role} (32-40 uur)!|Vacature: {role}, hybride werken mogelijk.",
        "offer": "Wij bieden je graag de functie van {role} aan.|Welkom bij het team! Info voor je eerste werkdag:",
        "directory": "Alumni-adressenlijst, graag wijzigingen doorgeven:|Contactlijst van het team:",
        "shortlist": "Shortlist voor de vacature {role}:|Kandidaten voor de tweede ronde:",
        "interview": "Uitnodiging voor een sollicitatiegesprek als {role}:|Kunnen we het gesprek verzetten?",
        "payroll_form": "Personeelsformulier, deel salarisadministratie:|Mijn gegevens voor de loonadministratie:",
        "relocation": "Verhuizing voor de nieuwe baan, mijn lijstje:|Relocatie-info voor onze nieuwe collega:",
    },
    "kind": {
        "EMAIL": "Mail gerust naar {v}.|Sollicitaties naar {v}.|E-mail: {v}",
        "PHONE": "Bel of app me op {v}.|Tel: {v}|Mobiel: {v}",
        "URL": "Mijn profiel: {v}|Portfolio: {v}|Plan hier een gesprek in: {v}",
        "IP": "Inloggen op het kandidatenportaal vanaf {v} lukt niet.|VPN voor de onboarding: {v}",
        "CARD": "Borg graag afschrijven van creditcard {v}.|Zakelijke creditcard: {v}",
        "IBAN": "IBAN voor salaris: {v}|Rekeningnummer: {v}|Onkosten graag naar {v}.",
        "ID": "BSN: {v}|Burgerservicenummer voor het contract: {v}",
        "PERSON": "Referentie: {v}, mijn vorige leidinggevende.|Je rapporteert aan {v}.|In de commissie zit ook {v}.",
        "MEMBER": "Dank aan {v} voor de tip!|{v} in de cc gezet.|{v} wordt je buddy.",
        "ADDRESS": "Adres: {v}|Nieuw adres: {v}|Het gesprek is op {v}.",
    },
    "lk": {
        "REF": "Vacaturenummer {l}.",
        "ORDER": "Bestelling {l} voor je laptop.",
        "INVOICE": "Factuur {l} van het bureau.",
        "DATE": "Startdatum {l}.",
        "TIME": "Om {l}.",
        "MONEY": "Salaris tot {l} bruto per jaar.",
        "VERSION": "Testomgeving {l}.",
        "ISBN": "Leestip: ISBN {l}.",
        "FLIGHT": "Vlucht {l}.",
        "ROOM": "Zaal {l}.",
        "PERCENT": "Parttime {l}.",
        "MEASURE": "Woning van {l}.",
        "COMPANY": "Eerder bij {l}.",
        "TRACKING": "Track & trace welkomstpakket: {l}",
    },
    "close": "Alvast bedankt!|Met vriendelijke groet|Groeten|Fijne dag!",
}

DA = {
    "roles": "lønbogholder|backend-udvikler|HR-partner|sygeplejerske|projektleder|rekrutteringskonsulent|"
    "kundeansvarlig|lagerchef|dataanalytiker|studentermedhjælper",
    "lead": {
        "cv": "Her er et uddrag af mit CV, feedback modtages gerne:|CV til stillingen som {role}:",
        "cover_letter": "Kære rekrutteringsteam, jeg søger hermed stillingen som {role}.|Udkast til ansøgning, lyder det okay?",
        "reference": "Anbefaling af en tidligere kollega til stillingen som {role}.|Jeg kan varmt anbefale kandidaten.",
        "job_ad": "Vi søger en {role}!|Ledig stilling: {role}, fleksible arbejdstider.",
        "offer": "Vi er glade for at kunne tilbyde dig stillingen som {role}.|Velkommen! Her er info til din første dag:",
        "directory": "Opdateret alumneliste, ret gerne fejl:|Kontaktliste for teamet:",
        "shortlist": "Kandidater til anden samtale, {role}:|Shortlist til panelet:",
        "interview": "Forslag til tid for jobsamtale:|Bekræftelse af samtale til stillingen som {role}:",
        "payroll_form": "Ansættelsesskema, løndelen:|Mine oplysninger til lønkontoret:",
        "relocation": "Flytning pga. nyt job, min tjekliste:|Info om relocation til vores nye kollega:",
    },
    "kind": {
        "EMAIL": "Skriv til {v}.|Ansøgning sendes til {v}.|Mail: {v}",
        "PHONE": "Ring på {v}.|Tlf.: {v}|Mobil: {v}",
        "URL": "Min profil: {v}|Portfolio: {v}|Book en tid: {v}",
        "IP": "Login til kandidatportalen blokeret fra {v}.|VPN til onboarding: {v}",
        "CARD": "Depositum trækkes på kort {v}.|Firmakort: {v}",
        "IBAN": "IBAN til løn: {v}|Kontooplysninger: {v}",
        "ID": "CPR-nr.: {v}|Mit CPR-nummer til lønsedlen: {v}",
        "PERSON": "Reference: {v}, tidligere chef.|Du refererer til {v}.|I panelet sidder også {v}.",
        "MEMBER": "Tak til {v} for anbefalingen!|{v} er sat cc.|{v} bliver din mentor.",
        "ADDRESS": "Adresse: {v}|Ny adresse: {v}|Samtalen foregår på {v}.",
    },
    "lk": {
        "REF": "Jobnummer {l}.",
        "ORDER": "Ordre {l} på din computer.",
        "INVOICE": "Faktura {l}.",
        "DATE": "Tiltrædelse {l}.",
        "TIME": "Kl. {l}.",
        "MONEY": "Løn op til {l} om året.",
        "VERSION": "Testværktøj {l}.",
        "ISBN": "Læsetip: ISBN {l}.",
        "FLIGHT": "Fly {l}.",
        "ROOM": "Mødelokale {l}.",
        "PERCENT": "Deltid {l}.",
        "MEASURE": "Lejlighed på {l}.",
        "COMPANY": "Tidligere hos {l}.",
        "TRACKING": "Pakkenummer: {l}",
    },
    "close": "På forhånd tak!|Venlig hilsen|Mvh|God dag!",
}

FR["plain"] = (
    "Astuce : adaptez le premier paragraphe à l'équipe.|Quelqu'un a déjà négocié une prime de mobilité ?|"
    "Le retour après l'entretien était bienveillant et précis.|Pensez à demander la durée de la période d'essai."
)
NL["plain"] = (
    "Tip: houd je motivatiebrief kort en concreet.|Heeft iemand ervaring met een verhuisvergoeding?|"
    "De feedback na het gesprek was eerlijk en bruikbaar.|Vergeet niet te vragen naar de proeftijd."
)
DA["plain"] = (
    "Tip: hold ansøgningen kort og konkret.|Er der nogen, der har forhandlet flyttegodtgørelse?|"
    "Feedbacken efter samtalen var ærlig og brugbar.|Husk at spørge til prøvetiden."
)
