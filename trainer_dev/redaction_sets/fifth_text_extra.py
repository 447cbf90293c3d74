"""More frames for the fifth set: lists, cue-less mentions and multi-line shapes, per language.

Merged into the 'frames' of fifth_text_de_en / fifth_text_romance / fifth_text_nl_pt.
"""

# ruff: noqa: E501  (hand-written data tables read best one row per line)

from __future__ import annotations

EXTRA = {
    "de": {
        "MEMBER": ["Glückwunsch {MEMBER_TAG}! 🎉", "{MEMBER_POSS} Keynote war für mich das Highlight.", "Auf der Bühne heute:\n• {MEMBER}\n• {MEMBER}\n• {MEMBER}", "Shoutout an {MEMBER} 🙌", "Mit dabei: {MEMBER} ({ROLE}) und {MEMBER}.",
                   "Wer {MEMBER} noch nicht folgt: unbedingt nachholen!"],
        "PERSON": ["Unser neuer Vorstand:\n- {PERSON} (Vorsitz)\n- {PERSON_T}", "Gerade mit {PERSON} telefoniert – beste Nachrichten!", "Zitat des Tages von {PERSON}: „Erst zuhören, dann bauen.“"],
        "EMAIL": ["CVs → {EMAIL}", "📧 {EMAIL}", "Kontakt:\n{EMAIL}\n{PHONE}"],
        "PHONE": ["{PHONE} – einfach durchklingeln.", "📞 {PHONE}", "Hotline für Teilnehmende: {PHONE}\nE-Mail: {EMAIL}"],
        "URL": ["{URL}", "Link in den Kommentaren und hier: {URL}"],
        "CARD": ["Kartennummer: {CARD}\nAblauf: 11/26", "{CARD} – bitte sofort sperren, Karte verloren."],
        "IBAN": ["Kontoinhaber: Förderverein\n{IBAN}", "IBAN: {IBAN}\nBIC: {BIC}"],
        "SSN": ["Meine Steuer-ID ist {SSN}, falls die Lohnbuchhaltung fragt.", "Steuer-ID {SSN} (bitte nicht weitergeben, war ein Versehen)"],
        "IP": ["ssh admin@{IP}", "Ping auf {IP} geht wieder durch ✅"],
        "ADDRESS": ["Wo: {ADDRESS}\nWann: Donnerstag, 18 Uhr", "Wir sitzen jetzt in der {STREET}, gleich neben dem Café.", "Paketannahme: {PCTOWN}"],
    },
    "en": {
        "MEMBER": ["Congrats {MEMBER_TAG}! 🎉", "{MEMBER_POSS} keynote was the highlight for me.", "On stage today:\n• {MEMBER}\n• {MEMBER}\n• {MEMBER}", "Shout-out to {MEMBER} 🙌", "Joining us: {MEMBER} ({ROLE}) and {MEMBER}.",
                   "If you don't follow {MEMBER} yet, fix that today!"],
        "PERSON": ["Our new board:\n- {PERSON} (chair)\n- {PERSON_T}", "Just got off the phone with {PERSON} – great news!", "Quote of the day from {PERSON}: “Listen first, then build.”"],
        "EMAIL": ["CVs → {EMAIL}", "📧 {EMAIL}", "Contact:\n{EMAIL}\n{PHONE}"],
        "PHONE": ["{PHONE} – just give us a ring.", "📞 {PHONE}", "Attendee hotline: {PHONE}\nEmail: {EMAIL}"],
        "URL": ["{URL}", "Link in the comments and here: {URL}"],
        "CARD": ["Card number: {CARD}\nExpiry: 11/26", "{CARD} – please block it, card lost."],
        "IBAN": ["Account name: Friends of the Library\n{IBAN}", "IBAN: {IBAN}\nBIC: {BIC}"],
        "SSN": ["My {IDNAME} is {SSN}, in case payroll asks.", "{IDNAME} {SSN} (please don't share, posted by mistake)"],
        "IP": ["ssh admin@{IP}", "Ping to {IP} works again ✅"],
        "ADDRESS": ["Where: {ADDRESS}\nWhen: Thursday, 6 pm", "We're now on {STREET}, right next to the café.", "Parcels to: {PCTOWN}"],
    },
    "es": {
        "MEMBER": ["¡Enhorabuena {MEMBER_TAG}! 🎉", "Hoy en el escenario:\n• {MEMBER}\n• {MEMBER}\n• {MEMBER}", "¡Mención especial para {MEMBER}! 🙌", "Con nosotros: {MEMBER} ({ROLE}) y {MEMBER}."],
        "PERSON": ["Nueva junta directiva:\n- {PERSON} (presidencia)\n- {PERSON_T}", "Acabo de hablar con {PERSON}: ¡buenas noticias!"],
        "EMAIL": ["CV → {EMAIL}", "📧 {EMAIL}", "Contacto:\n{EMAIL}\n{PHONE}"],
        "PHONE": ["{PHONE}, llamad sin problema.", "📞 {PHONE}", "Teléfono para asistentes: {PHONE}\nCorreo: {EMAIL}"],
        "URL": ["{URL}", "Enlace en comentarios y aquí: {URL}"],
        "CARD": ["Número de tarjeta: {CARD}\nCaducidad: 11/26", "{CARD}: bloqueadla, por favor, la he perdido."],
        "IBAN": ["Titular: Asociación de Vecinos\n{IBAN}", "IBAN: {IBAN}\nBIC: {BIC}"],
        "SSN": ["Mi {IDNAME} es {SSN}, por si lo pide nóminas.", "{IDNAME} {SSN} (no lo compartáis, fue un error)"],
        "IP": ["ssh admin@{IP}", "El ping a {IP} vuelve a responder ✅"],
        "ADDRESS": ["Dónde: {ADDRESS}\nCuándo: jueves, 18:00", "Ahora estamos en {STREET}, al lado de la cafetería.", "Paquetería: {PCTOWN}"],
    },
    "fr": {
        "MEMBER": ["Bravo {MEMBER_TAG} ! 🎉", "Sur scène aujourd'hui :\n• {MEMBER}\n• {MEMBER}\n• {MEMBER}", "Coup de chapeau à {MEMBER} 🙌", "Avec nous : {MEMBER} ({ROLE}) et {MEMBER}."],
        "PERSON": ["Notre nouveau bureau :\n- {PERSON} (présidence)\n- {PERSON_T}", "Je sors d'un appel avec {PERSON} : excellente nouvelle !"],
        "EMAIL": ["CV → {EMAIL}", "📧 {EMAIL}", "Contact :\n{EMAIL}\n{PHONE}"],
        "PHONE": ["{PHONE}, n'hésitez pas à appeler.", "📞 {PHONE}", "Accueil participants : {PHONE}\nCourriel : {EMAIL}"],
        "URL": ["{URL}", "Lien en commentaire et ici : {URL}"],
        "CARD": ["Numéro de carte : {CARD}\nExpiration : 11/26", "{CARD} : merci de la bloquer, carte perdue."],
        "IBAN": ["Titulaire : Amicale du personnel\n{IBAN}", "IBAN : {IBAN}\nBIC : {BIC}"],
        "SSN": ["Mon {IDNAME} : {SSN}, si la paie le demande.", "{IDNAME} {SSN} (à ne pas partager, publié par erreur)"],
        "IP": ["ssh admin@{IP}", "Le ping vers {IP} répond de nouveau ✅"],
        "ADDRESS": ["Où : {ADDRESS}\nQuand : jeudi, 18 h", "Nous sommes désormais au {STREET}, juste à côté du café.", "Colis : {PCTOWN}"],
    },
    "it": {
        "MEMBER": ["Complimenti {MEMBER_TAG}! 🎉", "Oggi sul palco:\n• {MEMBER}\n• {MEMBER}\n• {MEMBER}", "Un applauso a {MEMBER} 🙌", "Con noi: {MEMBER} ({ROLE}) e {MEMBER}."],
        "PERSON": ["Il nuovo consiglio direttivo:\n- {PERSON} (presidenza)\n- {PERSON_T}", "Appena sentito {PERSON} al telefono: ottime notizie!"],
        "EMAIL": ["CV → {EMAIL}", "📧 {EMAIL}", "Contatti:\n{EMAIL}\n{PHONE}"],
        "PHONE": ["{PHONE}, chiamate pure.", "📞 {PHONE}", "Numero per i partecipanti: {PHONE}\nEmail: {EMAIL}"],
        "URL": ["{URL}", "Link nei commenti e qui: {URL}"],
        "CARD": ["Numero carta: {CARD}\nScadenza: 11/26", "{CARD}: bloccatela per favore, carta smarrita."],
        "IBAN": ["Intestatario: Circolo aziendale\n{IBAN}", "IBAN: {IBAN}\nBIC: {BIC}"],
        "SSN": ["Il mio {IDNAME} è {SSN}, se lo chiede l'ufficio paghe.", "{IDNAME} {SSN} (non condividete, pubblicato per errore)"],
        "IP": ["ssh admin@{IP}", "Il ping verso {IP} risponde di nuovo ✅"],
        "ADDRESS": ["Dove: {ADDRESS}\nQuando: giovedì, ore 18", "Ora siamo in {STREET}, accanto al bar.", "Spedizioni: {PCTOWN}"],
    },
    "nl": {
        "MEMBER": ["Gefeliciteerd {MEMBER_TAG}! 🎉", "Vandaag op het podium:\n• {MEMBER}\n• {MEMBER}\n• {MEMBER}", "Shout-out naar {MEMBER} 🙌", "Met ons: {MEMBER} ({ROLE}) en {MEMBER}."],
        "PERSON": ["Ons nieuwe bestuur:\n- {PERSON} (voorzitter)\n- {PERSON_T}", "Net gebeld met {PERSON}: goed nieuws!"],
        "EMAIL": ["Cv → {EMAIL}", "📧 {EMAIL}", "Contact:\n{EMAIL}\n{PHONE}"],
        "PHONE": ["{PHONE}, bel gerust.", "📞 {PHONE}", "Infolijn voor deelnemers: {PHONE}\nMail: {EMAIL}"],
        "URL": ["{URL}", "Link in de reacties en hier: {URL}"],
        "CARD": ["Kaartnummer: {CARD}\nVervaldatum: 11/26", "{CARD}: graag blokkeren, kaart kwijt."],
        "IBAN": ["T.n.v. Personeelsvereniging\n{IBAN}", "IBAN: {IBAN}\nBIC: {BIC}"],
        "SSN": ["Mijn {IDNAME} is {SSN}, mocht de salarisadministratie erom vragen.", "{IDNAME} {SSN} (niet delen, per ongeluk gepost)"],
        "IP": ["ssh admin@{IP}", "Ping naar {IP} werkt weer ✅"],
        "ADDRESS": ["Waar: {ADDRESS}\nWanneer: donderdag, 18.00 uur", "We zitten nu aan de {STREET}, naast het café.", "Pakketten naar: {PCTOWN}"],
    },
    "pt": {
        "MEMBER": ["Parabéns {MEMBER_TAG}! 🎉", "Hoje no palco:\n• {MEMBER}\n• {MEMBER}\n• {MEMBER}", "Salve para {MEMBER} 🙌", "Com a gente: {MEMBER} ({ROLE}) e {MEMBER}."],
        "PERSON": ["Nossa nova diretoria:\n- {PERSON} (presidência)\n- {PERSON_T}", "Acabei de falar com {PERSON}: ótimas notícias!"],
        "EMAIL": ["Currículos → {EMAIL}", "📧 {EMAIL}", "Contato:\n{EMAIL}\n{PHONE}"],
        "PHONE": ["{PHONE}, pode ligar.", "📞 {PHONE}", "Central do participante: {PHONE}\nE-mail: {EMAIL}"],
        "URL": ["{URL}", "Link nos comentários e aqui: {URL}"],
        "CARD": ["Número do cartão: {CARD}\nValidade: 11/26", "{CARD}: por favor bloqueiem, perdi o cartão."],
        "IBAN": ["Favorecido: Associação dos Funcionários\n{IBAN}", "IBAN: {IBAN}\nSWIFT: {BIC}"],
        "SSN": ["Meu {IDNAME} é {SSN}, caso o DP peça.", "{IDNAME} {SSN} (não compartilhem, postei sem querer)"],
        "IP": ["ssh admin@{IP}", "O ping para {IP} voltou a responder ✅"],
        "ADDRESS": ["Onde: {ADDRESS}\nQuando: quinta, 18h", "Agora estamos na {STREET}, ao lado do café.", "Entregas: {PCTOWN}"],
    },
}

# More PII-free sentences per language (for plain posts; no names, numbers or hashtags).
PLAIN = {
    "de": ["Onboarding ist mehr als ein Laptop und ein Login.", "Ich habe heute etwas Neues über Geduld gelernt.",
           "Gute Teams feiern auch kleine Erfolge.", "Klare Ziele machen vieles leichter.",
           "Wer fragt, gewinnt – auch im Vorstellungsgespräch.", "Mentoring hat meine Karriere geprägt."],
    "en": ["Onboarding is more than a laptop and a login.", "Learned something new about patience today.",
           "Good teams celebrate small wins too.", "Clear goals make everything easier.",
           "Asking questions is a strength, not a weakness.", "Mentoring shaped my career more than any course."],
    "es": ["La incorporación es más que un portátil y una contraseña.", "Hoy he aprendido algo nuevo sobre la paciencia.",
           "Los buenos equipos celebran también los pequeños logros.", "Con objetivos claros todo es más fácil.",
           "Preguntar es una fortaleza, no una debilidad.", "La mentoría marcó mi carrera."],
    "fr": ["L'intégration, c'est plus qu'un ordinateur et un mot de passe.", "J'ai appris quelque chose sur la patience aujourd'hui.",
           "Les bonnes équipes fêtent aussi les petites victoires.", "Des objectifs clairs facilitent tout.",
           "Poser des questions est une force, pas une faiblesse.", "Le mentorat a façonné ma carrière."],
    "it": ["L'onboarding è più di un portatile e una password.", "Oggi ho imparato qualcosa di nuovo sulla pazienza.",
           "I buoni team festeggiano anche i piccoli successi.", "Obiettivi chiari rendono tutto più semplice.",
           "Fare domande è un punto di forza, non una debolezza.", "Il mentoring ha segnato la mia carriera."],
    "nl": ["Onboarding is meer dan een laptop en een wachtwoord.", "Vandaag iets nieuws geleerd over geduld.",
           "Goede teams vieren ook kleine successen.", "Heldere doelen maken alles makkelijker.",
           "Vragen stellen is een kracht, geen zwakte.", "Mentorschap heeft mijn loopbaan gevormd."],
    "pt": ["Integração é mais do que um notebook e uma senha.", "Aprendi algo novo sobre paciência hoje.",
           "Bons times também comemoram pequenas vitórias.", "Metas claras facilitam tudo.",
           "Fazer perguntas é uma força, não uma fraqueza.", "A mentoria marcou a minha carreira."],
}

# Bank identifier codes written beside IBANs (not personal data; a filler).
BICS = ["COBADEFFXXX", "DEUTDEFF", "NWBKGB2L", "AIBKIE2D", "CAIXESBBXXX", "BNPAFRPP", "BCITITMM", "ABNANL2A", "INGBNL2A", "ITAUBRSP"]
