"""Post templates in German and English for the fifth held-out set (written by hand).

Placeholders: labelled {MEMBER} {MEMBER_FULL} {MEMBER_POSS} {MEMBER_TAG} {PERSON} {PERSON_T}
{EMAIL} {PHONE} {URL} {CARD} {IBAN} {SSN} {IP} {ADDRESS} {STREET} {PCTOWN}; fillers {CITY}
{ROLE} {TOPIC} {CO} {EVENT} {DAY} (never personal data); look-alikes {L:KIND}.
"""

# ruff: noqa: E501  (hand-written data tables read best one row per line)

from __future__ import annotations

DE = {
    "open": [
        "Was für eine Woche! 🎉", "Kleines Update in eigener Sache:", "Wir stellen ein! 🚀",
        "Danke, {CITY}! Die {EVENT} war großartig.", "Neuer Job, neues Glück.",
        "Heute vor einem Jahr habe ich bei {CO} angefangen.", "Ein kurzer Rückblick auf die {EVENT}:",
        "Manchmal braucht es nur ein gutes Gespräch.", "Herzlichen Glückwunsch! 👏",
        "Liebes Netzwerk, ich brauche eure Hilfe.", "Endlich ist es offiziell:",
    ],
    "extra": [
        "Wir haben über {TOPIC} diskutiert, und ehrlich gesagt war das die beste Session des Tages.",
        "Das Team sucht außerdem eine:n {ROLE} (m/w/d) in {CITY} oder remote.",
        "Ich freue mich auf alles, was kommt – und auf viele neue Kolleginnen und Kollegen.",
        "Falls ihr Fragen zu {TOPIC} habt, meldet euch gern.\nIch teile auch gern meine Folien.",
        "Danke an alle, die mitgemacht haben. Ohne euch wäre das nicht möglich gewesen!",
        "Am {DAY} geht es weiter – wer ist dabei?",
    ],
    "close": ["Viele Grüße", "Beste Grüße aus {CITY}", "Liebe Grüße", "Bis bald!", "Danke euch allen 🙏"],
    "tags": ["#Karriere #NeuerJob", "#Netzwerk", "#WirStellenEin #{CITY}", "#Danke", "#Teamwork #Mittelstand"],
    "frames": {
        "MEMBER": [
            "Herzlichen Glückwunsch an {MEMBER} zur Beförderung!",
            "{MEMBER} hat heute den Vortrag zu {TOPIC} gehalten – stark!",
            "Ohne {MEMBER_POSS} Unterstützung hätte ich den Wechsel zu {CO} nicht geschafft.",
            "Danke {MEMBER} für die Empfehlung ❤️",
            "Auf dem Podium: {MEMBER}, {MEMBER} und ich.",
            "Was für ein Abschied! {MEMBER_TAG} verlässt uns nach acht Jahren.",
            "Wer kennt {MEMBER}? Ich suche den Kontakt für ein Projekt zu {TOPIC}.",
            "Mentoring-Programm: {MEMBER} begleitet dieses Jahr drei Nachwuchskräfte.",
        ],
        "PERSON": [
            "Gestern habe ich {PERSON} auf der {EVENT} kennengelernt.",
            "Ein großes Dankeschön an {PERSON_T} für die spannende Keynote.",
            "Unser neuer Geschäftsführer heißt {PERSON}.",
            "Im Gespräch mit {PERSON} über {TOPIC}.",
            "Nachruf: Wir trauern um {PERSON}, viele Jahre Teil unseres Teams.",
            "Bewerbungen bitte an {PERSON_T}, Personalabteilung.",
            "{PERSON} übernimmt ab sofort die Leitung des Standorts {CITY}.",
        ],
        "EMAIL": [
            "Bewerbungen gern direkt an {EMAIL}.", "Schreibt mir einfach: {EMAIL}",
            "Für Rückfragen: {EMAIL} 📧", "Interesse? Lebenslauf an {EMAIL} – wir melden uns innerhalb einer Woche.",
            "Meine neue Adresse lautet {EMAIL}, die alte wird abgeschaltet.",
        ],
        "PHONE": [
            "Ruft mich gern an: {PHONE}", "Erreichbar unter {PHONE} (Mo–Fr).", "Telefon: {PHONE}",
            "Bei Fragen zur Stelle: {PHONE} oder per Nachricht.", "Neue Nummer: {PHONE} – bitte speichern!",
            "Tel. {PHONE}\nFax {PHONE}",
        ],
        "URL": [
            "Mein Portfolio findet ihr hier: {URL}", "Alle Infos: {URL}", "Folgt mir auch auf {URL}",
            "Termin vereinbaren: {URL}", "Der ganze Artikel: {URL} 👈",
        ],
        "CARD": [
            "Ups, falscher Chat: Kreditkarte {CARD}, gültig bis 08/27.",
            "Bitte für die Hotelbuchung die Firmenkarte {CARD} verwenden.",
            "Achtung Phishing! Jemand hat versucht, mit meiner Karte {CARD} zu bezahlen.",
        ],
        "IBAN": [
            "Spenden für den Spendenlauf bitte an IBAN {IBAN}.", "Bankverbindung: {IBAN}",
            "Die Teilnahmegebühr bitte auf {IBAN} überweisen, Verwendungszweck: Sommerfest.",
        ],
        "SSN": [
            "HR hat mich nach meiner Steuer-ID gefragt: {SSN} – ist das über LinkedIn wirklich nötig?",
            "Steuerliche Identifikationsnummer: {SSN}",
            "Kurioser Fehler im Onboarding-Formular: meine Steuer-ID {SSN} wurde zweimal abgefragt.",
        ],
        "IP": [
            "Unser Staging-Server ({IP}) ist wieder erreichbar.", "Verdächtige Logins von {IP} – bitte blocken.",
            "Der neue VPN-Endpunkt ist {IP}.", "Heute gelernt: {IP} war die ganze Zeit in der Firewall gesperrt.",
        ],
        "ADDRESS": [
            "Unser neues Büro:\n{ADDRESS}", "Kommt vorbei: {ADDRESS}", "Postanschrift ab sofort: {ADDRESS}",
            "Das Meetup findet diesmal in der {STREET} statt.", "Wir sind umgezogen, jetzt {STREET}!",
            "Neuer Standort in {PCTOWN} 🎉", "Lieferadresse für die Muster: {ADDRESS}",
        ],
    },
    "sign": [
        "{MEMBER_FULL}\n{ROLE} | {CO}\nTel. {PHONE}\n{EMAIL}",
        "--\n{MEMBER_FULL}\n{ROLE}\n{ADDRESS}",
        "{MEMBER_FULL} · {ROLE} · {URL}",
        "Mit freundlichen Grüßen\n{MEMBER_FULL}\nMobil: {PHONE}",
    ],
    "cities": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Nürnberg"],
    "roles": ["Softwareentwickler:in", "Projektleiterin", "Werkstudent", "Data Scientist", "Vertriebsleiter",
              "Steuerfachangestellte", "UX-Designerin", "Bauingenieur"],
    "topics": ["Fachkräftemangel", "KI im Mittelstand", "Barrierefreiheit", "Nachhaltigkeit in der Logistik",
               "hybrides Arbeiten", "Cloud-Kosten"],
    "cos": ["Nordlicht Logistik GmbH", "die Stadtwerke", "ein Start-up aus der Region", "Grünwerk AG", "unserem Verband"],
    "events": ["Fachkonferenz", "Jobmesse", "Netzwerkkonferenz", "Regionalkonferenz", "Sommerakademie"],
    "days": ["Montag", "Dienstag", "Donnerstag", "Freitag"],
    "plain": [
        "Heute war ein guter Tag im Team.", "Ich habe in den letzten Monaten viel über Führung gelernt.",
        "Gute Software entsteht im Gespräch, nicht im Ticket.", "Zuhören ist die unterschätzteste Fähigkeit im Beruf.",
        "Wir suchen Menschen, die Verantwortung übernehmen wollen.", "Danke an alle für das tolle Feedback zum Workshop.",
        "Kleine Schritte führen auch ans Ziel.", "Was war euer wichtigstes Learning in diesem Jahr?",
        "Mir ist wichtig, dass neue Kolleginnen und Kollegen sich vom ersten Tag an willkommen fühlen.",
        "Remote oder Büro? Bei uns entscheidet das Team.", "Weniger Meetings, mehr Fokus – das ist unser Vorsatz.",
        "Fehler sind Teil des Lernens, solange wir offen darüber sprechen.",
        "Ich bin stolz auf das, was wir gemeinsam aufgebaut haben.", "Die Energie auf der Messe war ansteckend.",
    ],
    "looks": [
        "Unsere Bestellung {L:ORDER} ist unterwegs, Sendungsnummer {L:TRACKING}.",
        "Lese gerade ein tolles Buch (ISBN {L:ISBN}) über Führung.",
        "Artikelnummer {L:PRODUCT}, EAN {L:EAN} – endlich wieder lieferbar.",
        "Termin: {L:DATE} um {L:TIME} Uhr in {L:ROOM}.",
        "Die Stelle ist mit {L:PRICE} brutto ausgeschrieben, Steigerung {L:PERCENT}.",
        "Update auf {L:VERSION} ist live. {L:HASHTAG}",
        "Flug {L:FLIGHT} nach Lissabon, dann geht es los!",
        "Zehn Jahre bei {L:COMPANY} – seit {L:YEAR} im Team.",
        "Spannender Austausch mit dem Einkauf von {L:COMPANY} über Lieferketten.",
        "Was die {L:STREETLIKE} gerade über Zinsen denkt, ist für den Mittelstand zweitrangig.",
        "Rechnung {L:ORDER} vom {L:DATE} ist bezahlt, Umsatz plus {L:PERCENT}.",
    ],
}

EN = {
    "open": [
        "What a week! 🎉", "Some personal news:", "We're hiring! 🚀", "Thank you, {CITY}! Loved every minute of {EVENT}.",
        "New role, new chapter.", "A year ago today I joined {CO}.", "A quick recap of {EVENT}:",
        "Sometimes one good conversation changes everything.", "Congratulations are in order! 👏",
        "Dear network, I need your help.", "It's official:", "Happy Friday, everyone.",
    ],
    "extra": [
        "We talked about {TOPIC}, and honestly it was the best session of the day.",
        "The team is also looking for a {ROLE} in {CITY} or remote.",
        "Excited for what comes next – and for all the new colleagues.",
        "If you have questions about {TOPIC}, just reach out.\nHappy to share the slides too.",
        "Thanks to everyone who took part. We couldn't have done it without you!",
        "Next session is on {DAY} – who's in?",
        "Three things I learned:\n• listen first\n• write things down\n• ship small",
    ],
    "close": ["Cheers", "Best wishes from {CITY}", "Kind regards", "See you soon!", "Thanks all 🙏"],
    "tags": ["#Careers #NewJob", "#Networking", "#Hiring #{CITY}", "#Gratitude", "#Teamwork #SmallBusiness"],
    "frames": {
        "MEMBER": [
            "Huge congratulations to {MEMBER} on the promotion!",
            "{MEMBER} gave the talk on {TOPIC} today – brilliant stuff.",
            "Couldn't have made the move to {CO} without {MEMBER_POSS} support.",
            "Thanks {MEMBER} for the recommendation ❤️",
            "On the panel: {MEMBER}, {MEMBER} and me.",
            "End of an era! {MEMBER_TAG} is leaving us after eight years.",
            "Does anyone know {MEMBER}? Looking to connect about {TOPIC}.",
            "Mentoring programme: {MEMBER} is mentoring three graduates this year.",
            "Shout-out to {MEMBER} for organising {EVENT}.",
        ],
        "PERSON": [
            "Met {PERSON} at {EVENT} yesterday.", "A big thank you to {PERSON_T} for the inspiring keynote.",
            "Our new managing director is {PERSON}.", "In conversation with {PERSON} about {TOPIC}.",
            "Sad news: our long-time colleague {PERSON} passed away last week.",
            "Applications to {PERSON_T}, People team.", "{PERSON} now leads our {CITY} office.",
        ],
        "EMAIL": [
            "Send your CV to {EMAIL}.", "Drop me a line: {EMAIL}", "Questions? {EMAIL} 📧",
            "Interested? Email {EMAIL} and we'll get back to you within a week.",
            "My new address is {EMAIL}, the old one will be switched off.",
        ],
        "PHONE": [
            "Give me a call: {PHONE}", "Reachable on {PHONE} (Mon–Fri).", "Phone: {PHONE}",
            "Questions about the role: {PHONE} or DM me.", "New number: {PHONE} – please save it!",
            "Office {PHONE}\nMobile {PHONE}",
        ],
        "URL": [
            "My portfolio is here: {URL}", "All the details: {URL}", "Follow along at {URL}",
            "Book a time: {URL}", "Full write-up: {URL} 👈",
        ],
        "CARD": [
            "Oops, wrong chat: card {CARD}, exp 08/27.", "Please use the company card {CARD} for the hotel booking.",
            "Phishing alert! Someone tried to pay with my card {CARD}.",
        ],
        "IBAN": [
            "Donations for the charity run: IBAN {IBAN}.", "Bank details for the invoice: {IBAN}",
            "Please transfer the fee to {IBAN}, reference: summer party.",
        ],
        "SSN": [
            "HR asked for my {IDNAME} over chat: {SSN} – is that really necessary?", "{IDNAME}: {SSN}",
            "Odd bug in the onboarding form: it asked for my {IDNAME} ({SSN}) twice.",
        ],
        "IP": [
            "Our staging server ({IP}) is back up.", "Suspicious logins from {IP} – please block.",
            "The new VPN endpoint is {IP}.", "Today I learned: {IP} had been blocked by the firewall all along.",
        ],
        "ADDRESS": [
            "Our new office:\n{ADDRESS}", "Come and see us: {ADDRESS}", "Postal address from today: {ADDRESS}",
            "This month's meetup is at {STREET}.", "We've moved – now at {STREET}!", "New site in {PCTOWN} 🎉",
            "Delivery address for the samples: {ADDRESS}",
        ],
    },
    "sign": [
        "{MEMBER_FULL}\n{ROLE} | {CO}\nT: {PHONE}\nE: {EMAIL}", "--\n{MEMBER_FULL}\n{ROLE}\n{ADDRESS}",
        "{MEMBER_FULL} · {ROLE} · {URL}", "Best,\n{MEMBER_FULL}\nMobile: {PHONE}",
    ],
    "roles": ["software engineer", "project manager", "graduate analyst", "data scientist", "sales lead",
              "bookkeeper", "UX designer", "civil engineer"],
    "topics": ["the skills gap", "AI for small firms", "accessibility", "sustainable logistics", "hybrid work",
               "cloud costs"],
    "cos": ["Northwind Freight", "the council", "a local start-up", "Greenfield Works", "our trade association"],
    "events": ["the industry summit", "the careers fair", "the hackathon", "the regional conference", "the summer school"],
    "days": ["Monday", "Tuesday", "Thursday", "Friday"],
    "plain": [
        "Good day with the team today.", "I've learned a lot about leadership over the past few months.",
        "Good software comes from conversations, not tickets.", "Listening is the most underrated skill at work.",
        "We're looking for people who want to take ownership.", "Thanks everyone for the great feedback on the workshop.",
        "Small steps still get you there.", "What was your biggest lesson this year?",
        "I want new colleagues to feel welcome from their very first day.",
        "Remote or office? Our teams decide.", "Fewer meetings, more focus – that's the plan.",
        "Mistakes are part of learning, as long as we talk about them openly.",
        "Proud of what we've built together.", "The energy at the expo was contagious.",
    ],
    "looks": [
        "Our order {L:ORDER} is on its way, tracking number {L:TRACKING}.",
        "Reading a great book on leadership (ISBN {L:ISBN}).",
        "Part number {L:PRODUCT}, EAN {L:EAN} – back in stock at last.",
        "Meeting: {L:DATE} at {L:TIME} in {L:ROOM}.", "The role pays {L:PRICE}, with a {L:PERCENT} bonus.",
        "Version {L:VERSION} is live. {L:HASHTAG}", "Flight {L:FLIGHT} to Lisbon, here we go!",
        "Ten years at {L:COMPANY} – on the team since {L:YEAR}.",
        "Great chat with the buying team at {L:COMPANY} about supply chains.",
        "What {L:STREETLIKE} thinks about rates matters less to small firms than you'd expect.",
        "Invoice {L:ORDER} dated {L:DATE} is paid; revenue up {L:PERCENT}.",
    ],
}

# Locale details for the English locales: towns, the national id's everyday name.
EN_LOCAL = {
    "en_AU": {"cities": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"], "idname": ["TFN", "tax file number"]},
    "en_CA": {"cities": ["Toronto", "Vancouver", "Calgary", "Ottawa", "Halifax"], "idname": ["SIN", "social insurance number"]},
    "en_GB": {"cities": ["London", "Manchester", "Leeds", "Bristol", "Glasgow"], "idname": ["NI number", "National Insurance number"]},
    "en_IE": {"cities": ["Dublin", "Cork", "Galway", "Limerick", "Sligo"], "idname": ["PPSN", "PPS number"]},
    "en_IN": {"cities": ["Bengaluru", "Mumbai", "Pune", "Hyderabad", "Chennai"], "idname": ["Aadhaar", "PAN", "Aadhaar number"]},
    "en_US": {"cities": ["Austin", "Chicago", "Seattle", "Boston", "Denver"], "idname": ["SSN", "Social Security number"]},
}  # fmt: skip
