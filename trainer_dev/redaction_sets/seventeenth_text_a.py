"""Seventeenth set: English and German phrasing (pipe-separated alternatives)."""
# ruff: noqa: E501  (data: phrase and name pools are kept one alternative-list per line)

EN = {
    "roles": "data analyst|backend engineer|HR business partner|payroll specialist|UX researcher|"
    "warehouse team lead|staff nurse|account manager|junior recruiter|site reliability engineer|"
    "finance controller|product designer|talent acquisition lead|QA tester",
    "lead": {
        "cv": "Pasting my CV summary here since the upload keeps failing:|Updated résumé, feedback welcome:|"
        "CV snippet for the {role} role, as requested:|Quick profile for anyone hiring a {role}:",
        "cover_letter": "Dear hiring team, I am writing to apply for the {role} position.|"
        "Draft cover letter below, can someone sanity-check the tone?|"
        "Re: application for {role}. I was excited to see the opening on your careers page.",
        "reference": "To whom it may concern, I am happy to recommend a former colleague for the {role} role.|"
        "Reference letter as promised, feel free to forward it.|"
        "I supervised this candidate for two years and recommend them without reservation.",
        "job_ad": "We're hiring: {role}! Hybrid, flexible hours, great team.|"
        "Job alert: our team is looking for a {role}.|Open role: {role}. Applications close soon.",
        "offer": "Congratulations! We are delighted to offer you the position of {role}.|"
        "Following our conversations, here is your formal offer for the {role} role.|"
        "Welcome aboard! Onboarding details for your first week below.",
        "directory": "Alumni directory update, please correct anything outdated.|"
        "Team contact sheet for the new quarter:|Who's who in the {role} team, pinned for new joiners.",
        "shortlist": "Shortlist for the {role} vacancy after first-round screening:|"
        "Final candidates for the panel, please review before Thursday.|"
        "Sharing the shortlist so the hiring managers can block time.",
        "interview": "Interview scheduling for the {role} role:|Can we move the second-round interview?|"
        "Confirming your on-site interview, details below.",
        "payroll_form": "New starter form, payroll section:|HR asked me to resend my details for payroll:|"
        "Payroll change request, please update from next month.",
        "relocation": "Relocation checklist for the move, sharing in case it helps others.|"
        "Relocation support update for our new {role}:|"
        "Moving for the new job next month, still sorting out the paperwork.",
    },
    "kind": {
        "EMAIL": "You can reach me at {v}.|Please send the signed copy to {v}.|Applications to {v}, subject line with the role.|"
        "Email: {v}|Questions? Drop a line to {v}",
        "PHONE": "Call or text me on {v}.|Best number during the day: {v}|Phone: {v}|"
        "If the video link fails, dial {v} instead.|Mobile {v}, WhatsApp works too.",
        "URL": "Portfolio and references: {v}|My profile is at {v} if you want the full history.|"
        "Book a slot here: {v}|Full CV: {v}",
        "IP": "The candidate portal blocked the login from {v}, can IT whitelist it?|"
        "VPN for the test assignment connects through {v}.|Remote desktop for onboarding: {v}",
        "CARD": "Please charge the relocation deposit to card {v}.|Company card for travel expenses: {v}|"
        "Card ending… actually here is the full number: {v}",
        "IBAN": "Salary account (IBAN): {v}|Please pay my expenses into {v}.|Bank details for payroll: {v}",
        "USBANK": "Direct deposit details: {v}|For payroll direct deposit use {v}.|Bank info for direct deposit: {v}",
        "ID": "Tax / social security number: {v}|Tax ID for the contract: {v}|ID number as on my documents: {v}|"
        "For the background check they need {v}.",
        "PERSON": "My referee is {v}, former head of department.|References: {v}, line manager.|"
        "Reporting to {v} from day one.|Your interview panel will include {v}.|"
        "Please contact {v} to confirm dates of employment.",
        "MEMBER": "Thanks to {v} for the referral!|Looping in {v} who is running the panel.|"
        "{v} will be your onboarding buddy.|cc {v}, who recommended this candidate.|"
        "Shout-out to {v} for flagging the vacancy.",
        "ADDRESS": "Home address: {v}|Please courier the contract to {v}.|New address after the move: {v}|"
        "Interviews take place at {v}.",
    },
    "lk": {
        "REF": "Job reference {l}.|Quote {l} in your application.",
        "ORDER": "Laptop order {l} is on its way.",
        "INVOICE": "Recruiter invoice {l} still unpaid.",
        "DATE": "Start date: {l}.|Deadline {l}.",
        "TIME": "Your slot: {l}.|We begin at {l} sharp.",
        "MONEY": "Salary band up to {l}.|Relocation allowance {l}.",
        "VERSION": "Please use the assessment tool {l}.",
        "ISBN": "Recommended reading before the interview: ISBN {l}.",
        "FLIGHT": "Your flight is {l}.",
        "ROOM": "Meeting room {l}.",
        "PERCENT": "Workload {l}.",
        "MEASURE": "The flat they found me is {l}.|Apartment is {l}.",
        "COMPANY": "Previously at {l}.|Client: {l}.",
        "TRACKING": "Welcome pack tracking: {l}",
    },
    "close": "Thanks in advance!|Best regards|Kind regards, HR team|Cheers|Any tips appreciated.|Looking forward to hearing from you.",
}

DE = {
    "roles": "Lohnbuchhalter/in|Softwareentwickler/in|Personalreferent/in|Pflegefachkraft|Projektleiter/in|"
    "Werkstudent/in Marketing|Teamleitung Logistik|Controller/in|Elektroniker/in|Recruiter/in|"
    "Kundenberater/in|Data Scientist",
    "lead": {
        "cv": "Hier mein Lebenslauf in Kurzform, Feedback gern per PN:|Auszug aus meinem CV für die Stelle als {role}:|"
        "Tabellarischer Lebenslauf, Stand dieses Jahr:",
        "cover_letter": "Sehr geehrte Damen und Herren, hiermit bewerbe ich mich als {role}.|"
        "Entwurf meines Anschreibens, passt das so?|Bewerbung als {role} – mit großem Interesse habe ich Ihre Anzeige gelesen.",
        "reference": "Arbeitszeugnis (Auszug): Sie erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.|"
        "Empfehlungsschreiben für eine ehemalige Kollegin als {role}.|Gerne stehe ich als Referenz zur Verfügung.",
        "job_ad": "Wir suchen ab sofort eine/n {role} (m/w/d)!|Stellenangebot: {role} in Voll- oder Teilzeit.|"
        "Verstärkung gesucht: {role}, unbefristet, mit Homeoffice-Option.",
        "offer": "Wir freuen uns, Ihnen die Position als {role} anbieten zu können.|"
        "Herzlich willkommen im Team! Hier die Infos für Ihren ersten Arbeitstag.|Ihr Vertragsangebot als {role}:",
        "directory": "Aktualisierte Kontaktliste des Alumni-Netzwerks:|Teamverzeichnis für neue Kolleg:innen:|"
        "Ansprechpartner im Bereich {role}, bitte Änderungen melden.",
        "shortlist": "Shortlist für die Stelle {role} nach der Vorauswahl:|Kandidaten für die zweite Runde:|"
        "Die Endauswahl für das Panel, bitte bis Freitag durchsehen.",
        "interview": "Terminvorschlag für Ihr Vorstellungsgespräch als {role}:|"
        "Können wir das Gespräch verschieben?|Bestätigung des Interviewtermins:",
        "payroll_form": "Personalfragebogen, Abschnitt Lohnabrechnung:|Meine Daten für die Gehaltsabrechnung:|"
        "Änderungsmitteilung an die Personalabteilung:",
        "relocation": "Umzug wegen des neuen Jobs, hier meine Checkliste:|Relocation-Infos für unsere neue Kollegin:|"
        "Wer hat Tipps zur Ummeldung? Hier mein Stand:",
    },
    "kind": {
        "EMAIL": "Erreichbar unter {v}.|Bewerbungen bitte an {v}.|E-Mail: {v}|Unterlagen gern an {v} schicken.",
        "PHONE": "Telefonisch erreichen Sie mich unter {v}.|Tel.: {v}|Mobil: {v}|Rückfragen gern unter {v}.",
        "URL": "Mein Profil: {v}|Portfolio unter {v}|Termin direkt buchen: {v}|Vollständiger Lebenslauf: {v}",
        "IP": "Der Zugang zum Bewerberportal wurde von {v} aus gesperrt.|VPN-Gateway für die Einarbeitung: {v}",
        "CARD": "Die Kaution bitte von der Kreditkarte {v} abbuchen.|Firmenkreditkarte: {v}",
        "IBAN": "IBAN für die Gehaltszahlung: {v}|Bankverbindung: {v}|Bitte Reisekosten auf {v} erstatten.",
        "ID": "Steuerliche Identifikationsnummer: {v}|Sozialversicherungs- bzw. Steuernummer: {v}|Meine ID laut Ausweis: {v}",
        "PERSON": "Als Referenz steht {v} zur Verfügung.|Ihr Ansprechpartner ist {v}.|Sie berichten direkt an {v}.|"
        "Im Gespräch dabei: {v} aus der Fachabteilung.",
        "MEMBER": "Danke an {v} für die Empfehlung!|{v} ist Ihr Pate in der Einarbeitung.|"
        "Ich habe {v} in CC gesetzt.|Hinweis kam von {v}, vielen Dank.",
        "ADDRESS": "Anschrift: {v}|Neue Adresse ab nächstem Monat: {v}|Das Gespräch findet statt in {v}.|"
        "Vertrag bitte an {v} senden.",
    },
    "lk": {
        "REF": "Kennziffer {l}.|Bitte Referenz {l} angeben.",
        "ORDER": "Bestellung {l} für den Laptop ist unterwegs.",
        "INVOICE": "Rechnung {l} vom Personaldienstleister.",
        "DATE": "Eintritt zum {l}.|Frist: {l}.",
        "TIME": "Beginn um {l}.|Termin {l}.",
        "MONEY": "Jahresgehalt bis {l}.|Umzugspauschale {l}.",
        "VERSION": "Bitte die Testumgebung {l} nutzen.",
        "ISBN": "Buchtipp zur Vorbereitung: ISBN {l}.",
        "FLIGHT": "Anreise mit Flug {l}.",
        "ROOM": "Raum {l}.",
        "PERCENT": "Pensum {l}.",
        "MEASURE": "Wohnung mit {l}.|Dienstwohnung, ca. {l}.",
        "COMPANY": "Zuvor bei {l}.|Kunde: {l}.",
        "TRACKING": "Sendungsnummer Willkommenspaket: {l}",
    },
    "close": "Vielen Dank vorab!|Mit freundlichen Grüßen|Beste Grüße|Viele Grüße aus dem HR-Team|Freue mich auf Rückmeldung.",
}

EN["plain"] = (
    "Tip: tailor the first paragraph to the team, not the company.|Recruiters skim, so keep bullet points short.|"
    "Has anyone negotiated a relocation package recently? Curious what is normal.|"
    "Feedback after the panel was kind and specific, which I appreciated.|"
    "Remember to ask about the probation period before signing.|Onboarding went smoothly, laptop arrived on time."
)
DE["plain"] = (
    "Tipp: das Anschreiben lieber kurz halten.|Hat jemand Erfahrung mit Gehaltsverhandlungen nach der Probezeit?|"
    "Das Feedback nach dem Gespräch war fair und konkret.|Bitte an die Ummeldung beim Bürgeramt denken.|"
    "Die Einarbeitung lief super, alles war vorbereitet."
)
