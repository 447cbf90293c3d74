"""Sixteenth set: hand-written phrasing. {v} is the labelled value; lines are joined by the
assembler. Openers are per genre; item sentences per kind; English is mixed into every locale
(code-switching), plus local mixed phrases (Hinglish, Roman Urdu, Singlish, Afrikaans, isiZulu,
Spanglish, Manglish, Portunhol/Spanish-English, Finglish, Swenglish)."""

from __future__ import annotations

GENRES = ["intro", "congrats", "job_change", "conference", "recruiter", "followup", "repost",
          "group_post"]

OPEN = {
    "en": {
        "intro": ["Hi all, quick intro 👋", "Hello network! New here.", "Let me introduce myself "
                  "properly this time", "hey everyone, long-time lurker, first post",
                  "Introducing a friend who is looking for their next thing"],
        "congrats": ["Huge congratulations are in order 🎉", "So proud of this team!!",
                     "CONGRATS!!! well deserved", "Big shout-out today", "What a milestone 🙌"],
        "job_change": ["Personal news: I'm starting a new position", "After 6 great years I'm "
                       "moving on", "new role, new city, same coffee addiction ☕", "Some "
                       "career news to share", "I'm #opentowork – please share"],
        "conference": ["Great to meet so many of you at the summit", "Back from the conference "
                       "with a full notebook", "Speaking on the main stage tomorrow!",
                       "Still buzzing from the panel yesterday", "Who else is at the expo?"],
        "recruiter": ["Hi there, I came across your profile", "We are hiring!! remote-friendly",
                      "Dear candidate,", "Quick one – are you open to a chat?", "URGENT "
                      "requirement, immediate joiners preferred"],
        "followup": ["Thanks again for yesterday's session", "Following up on our call",
                     "As promised, the notes from the meetup", "Circling back on this",
                     "Per my last message"],
        "repost": ["Reposting for visibility ♻️", "Sharing this from a colleague:",
                   "Saw this and had to share", "Boosting this 👇", "---------- Forwarded "
                   "message ---------"],
        "group_post": ["Question for the group", "Admins, please delete if not allowed",
                       "Hi fellow alumni!", "Community update", "Mods – is this ok to post?"],
    },
    "sv": {
        "intro": ["Hej allihopa! Kort presentation", "Hej nätverket, ny här"],
        "congrats": ["Stort grattis!! 🎉", "Så himla stolt över teamet"],
        "job_change": ["Nytt jobb! Jag börjar en ny tjänst", "Efter fem fina år går jag vidare"],
        "conference": ["Tack för en grym konferens", "Kul att träffa så många på mässan"],
        "recruiter": ["Hej! Jag hittade din profil", "Vi rekryterar – gärna remote"],
        "followup": ["Tack för senast!", "Återkopplar efter vårt samtal"],
        "repost": ["Delar vidare för synlighet", "Delar från en kollega:"],
        "group_post": ["Fråga till gruppen", "Hej alla i gruppen"],
    },
    "fi": {
        "intro": ["Moi kaikki! Lyhyt esittely", "Hei verkosto, uusi täällä"],
        "congrats": ["Onnea!! 🎉", "Ylpeänä jaan tämän"],
        "job_change": ["Uusi työ! Aloitan uudessa tehtävässä", "Kuuden vuoden jälkeen jatkan "
                       "matkaa"],
        "conference": ["Kiitos mahtavasta konferenssista", "Mukava tavata teitä messuilla"],
        "recruiter": ["Hei! Löysin profiilisi", "Rekrytoimme – etätyö ok"],
        "followup": ["Kiitos eilisestä!", "Palaan puheluumme"],
        "repost": ["Jaan eteenpäin", "Jaan kollegan postauksen:"],
        "group_post": ["Kysymys ryhmälle", "Moikka ryhmä"],
    },
    "es": {
        "intro": ["¡Hola a todos! Me presento", "Hola red, soy nuevo por acá"],
        "congrats": ["¡¡Muchas felicidades!! 🎉", "Orgullosísima de este equipo"],
        "job_change": ["¡Nuevo trabajo! Empiezo un nuevo cargo", "Después de seis años cierro un "
                       "ciclo"],
        "conference": ["Gracias por el congreso, qué nivel", "Qué gusto conocerlos en la expo"],
        "recruiter": ["Hola, vi tu perfil", "¡Estamos contratando! Home office"],
        "followup": ["Gracias por la reunión de ayer", "Le doy seguimiento a nuestra llamada"],
        "repost": ["Comparto para mayor difusión", "Comparto lo que publicó un colega:"],
        "group_post": ["Pregunta para el grupo", "Buenas, comunidad"],
    },
    "pt": {
        "intro": ["Olá pessoal! Prazer, me apresento", "Oi rede, sou novo por aqui"],
        "congrats": ["Parabéns!!! 🎉", "Orgulho demais desse time"],
        "job_change": ["Novo desafio! Começo em uma nova posição", "Depois de seis anos, fecho um "
                       "ciclo"],
        "conference": ["Obrigado pelo evento, que nível", "Foi ótimo conhecer vocês na feira"],
        "recruiter": ["Olá, vi seu perfil", "Estamos contratando! Remoto"],
        "followup": ["Obrigado pela conversa de ontem", "Retomando nosso papo"],
        "repost": ["Compartilhando para dar visibilidade", "Repostando de um colega:"],
        "group_post": ["Pergunta para o grupo", "Bom dia, comunidade"],
    },
    "ms": {
        "intro": ["Salam semua! Perkenalan ringkas", "Hai rakan-rakan, saya baru di sini"],
        "congrats": ["Tahniah!! 🎉", "Bangga sangat dengan team ni"],
        "job_change": ["Kerja baru! Saya mula jawatan baharu", "Selepas enam tahun, saya "
                       "teruskan perjalanan"],
        "conference": ["Terima kasih atas persidangan yang hebat", "Seronok jumpa ramai di "
                       "ekspo"],
        "recruiter": ["Hai, saya jumpa profil anda", "Kami sedang mengambil pekerja!"],
        "followup": ["Terima kasih untuk semalam", "Susulan panggilan kita"],
        "repost": ["Kongsi untuk makluman", "Kongsi dari rakan sekerja:"],
        "group_post": ["Soalan untuk group", "Salam semua ahli group"],
    },
}

SENT = {
    "en": {
        "PERSON": ["Please welcome {v} to the team!", "I had a great chat with {v} about data "
                   "governance.", "Shout-out to {v} for organising everything", "{v} just "
                   "joined us as Head of Partnerships.", "Credit where due: {v} did the heavy "
                   "lifting.", "cc {v} – thoughts?", "Photo by {v}", "Met {v} at the coffee "
                   "queue, turns out we studied together"],
        "MEMBER": ["Thanks {v} for the intro!", "Tagging {v} who asked about this last week",
                   "{v} and I will co-host the next session.", "kudos to {v} 👏", "ping {v}",
                   "Looping in {v} from our group.", "As {v} said in the thread, start small."],
        "POSS": ["Loved {v} talk on responsible AI.", "{v} new role is so well deserved.",
                 "Can't wait to read {v} thesis.", "Congrats on {v} promotion!"],
        "EMAIL": ["Drop me a line at {v}", "CV to {v} please", "Reach me on {v} (personal)",
                  "email: {v}", "Send the slides to {v} and I'll forward them.",
                  "Contact {v} for the registration link"],
        "PHONE": ["WhatsApp me on {v}", "Call/text: {v}", "my number is {v}, call after 6pm",
                  "Mob. {v}", "You can reach the organiser at {v}", "tel {v}"],
        "URL": ["Portfolio: {v}", "Connect with me here {v}", "My profile → {v}", "Details on "
                "{v}", "Book a slot: {v}"],
        "IP": ["The demo server is at {v}, ping me if it's down", "whitelist {v} on the VPN "
               "please", "SSH into {v} with your usual key", "Logs show my laptop as {v} – weird"],
        "CARD": ["The booking went through on my card {v}, refund it there", "Charged twice "
                 "to {v}!!", "Paid the workshop fee with {v}", "Card used: {v}"],
        "IBAN": ["Please transfer the meetup fee to {v}", "Bank details: {v}", "Refunds go to "
                 "{v}", "Account for the reimbursement: {v}"],
        "ID": ["HR asked for my ID number {v} before day one", "They wanted {v} on the form – is "
               "that normal??", "For the visa letter: {v}", "ID on file: {v}"],
        "ADDRESS": ["Office moved to {v}", "Drop parcels at {v}", "Meetup venue: {v}",
                    "Send the welcome pack to {v}", "We are at {v}, buzz twice"],
    },
    "sv": {
        "PERSON": ["Välkommen {v} till teamet!", "Tack {v} för allt jobb", "Träffade {v} på "
                   "mässan"],
        "MEMBER": ["Tack {v} för introt!", "Taggar {v} som frågade om detta"],
        "EMAIL": ["Mejla mig på {v}", "CV till {v}"], "PHONE": ["Ring mig på {v}", "Mobil: {v}"],
        "URL": ["Min profil: {v}"], "IP": ["Servern ligger på {v}"],
        "CARD": ["Betalade med kortet {v}"], "IBAN": ["Betala avgiften till {v}"],
        "ID": ["De ville ha mitt personnummer {v}", "Personnr: {v}"],
        "ADDRESS": ["Nya kontoret: {v}", "Skicka paketet till {v}"],
    },
    "fi": {
        "PERSON": ["Tervetuloa {v} tiimiin!", "Kiitos {v} kaikesta", "Tapasin {v} messuilla"],
        "MEMBER": ["Kiitos {v} esittelystä!", "Tägään {v}, joka kysyi tästä"],
        "EMAIL": ["Laita viestiä {v}", "CV osoitteeseen {v}"], "PHONE": ["Soita {v}",
                                                                            "Puh. {v}"],
        "URL": ["Profiilini: {v}"], "IP": ["Palvelin on osoitteessa {v}"],
        "CARD": ["Maksoin kortilla {v}"], "IBAN": ["Maksa osallistumismaksu tilille {v}"],
        "ID": ["He pyysivät henkilötunnukseni {v}", "Hetu: {v}"],
        "ADDRESS": ["Uusi toimisto: {v}", "Lähetä paketti osoitteeseen {v}"],
    },
    "es": {
        "PERSON": ["¡Bienvenida {v} al equipo!", "Gracias {v} por todo", "Conocí a {v} en la "
                   "expo", "Foto: {v}"],
        "MEMBER": ["¡Gracias {v} por la presentación!", "Etiqueto a {v} que preguntó esto"],
        "EMAIL": ["Escríbeme a {v}", "Manden su CV a {v}"], "PHONE": ["Mándame WhatsApp al {v}",
                                                                     "Cel: {v}"],
        "URL": ["Mi perfil: {v}"], "IP": ["El servidor de prueba está en {v}"],
        "CARD": ["Pagué con la tarjeta {v}"], "IBAN": ["Deposita la cuota a la cuenta {v}"],
        "ID": ["Me pidieron mi {v} para el alta", "Mis datos: {v}"],
        "ADDRESS": ["Nueva oficina: {v}", "Envíen el paquete a {v}"],
    },
    "pt": {
        "PERSON": ["Boas-vindas {v} ao time!", "Obrigado {v} por tudo", "Conheci {v} na feira"],
        "MEMBER": ["Valeu {v} pela apresentação!", "Marcando {v} que perguntou isso"],
        "EMAIL": ["Me escreve em {v}", "Currículo para {v}"], "PHONE": ["Me chama no zap {v}",
                                                                       "Cel.: {v}"],
        "URL": ["Meu perfil: {v}"], "IP": ["O servidor de teste está em {v}"],
        "CARD": ["Paguei com o cartão {v}"], "IBAN": ["Transferência para {v}"],
        "ID": ["Pediram meu CPF {v} no cadastro", "CPF: {v}"],
        "ADDRESS": ["Escritório novo: {v}", "Enviem o kit para {v}"],
    },
    "ms": {
        "PERSON": ["Selamat datang {v} ke team!", "Terima kasih {v}", "Jumpa {v} di ekspo"],
        "MEMBER": ["Terima kasih {v} sebab kenalkan!", "Tag {v} yang tanya hal ni"],
        "EMAIL": ["Emel saya di {v}", "Hantar resume ke {v}"], "PHONE": ["WhatsApp saya {v}",
                                                                        "No. tel: {v}"],
        "URL": ["Profil saya: {v}"], "IP": ["Server ujian di {v}"],
        "CARD": ["Bayar guna kad {v}"], "IBAN": ["Bank-in ke akaun {v}"],
        "ID": ["HR minta No. IC saya {v}", "No. KP: {v}"],
        "ADDRESS": ["Pejabat baru: {v}", "Hantar barang ke {v}"],
    },
}

CLOSE = {
    "en": ["Thanks all!", "Let's connect.", "Happy to help however I can.", "#hiring #tech",
           "Onwards and upwards 🚀", "DM me for details.", "Cheers,", "Kind regards",
           "Best,", "Have a great week everyone", "More soon.", "#networking #community"],
    "sv": ["Tack alla!", "Hör av er!", "Ha en fin vecka", "Mvh"],
    "fi": ["Kiitos kaikille!", "Ollaan yhteyksissä", "Hyvää viikkoa", "Terveisin"],
    "es": ["¡Gracias a todos!", "Saludos,", "¡Conectemos!", "Quedo atento"],
    "pt": ["Valeu, galera!", "Abraços,", "Bora conectar!", "Atenciosamente"],
    "ms": ["Terima kasih semua!", "Jom connect!", "Salam hormat", "Sekian, terima kasih"],
}

MIXED = {
    "en_US": ["gracias a todos, de verdad", "the whole familia came to the launch", "no cap, "
              "best team ever"],
    "en_GB": ["cheers, ta", "proper chuffed", "diolch yn fawr to the Cardiff crew"],
    "en_IN": ["bahut bahut badhai!", "kindly do the needful", "yaar this was such a good "
              "session", "please revert at the earliest"],
    "en_ZA": ["sharp sharp", "baie dankie to everyone", "ngiyabonga kakhulu", "lekker vibe at "
              "the launch", "just now I will send it"],
    "sv_SE": ["thanks so much everyone", "super excited about this", "fika on me next time"],
    "fi_FI": ["thanks everyone!", "kiitos and see you soon", "so hyped about this"],
    "es_MX": ["qué padre, so excited", "mil gracias, team", "ahorita les mando the deck"],
    "pt_BR": ["show de bola, thanks!", "bora pra cima, team", "top demais"],
    "en_SG": ["shiok lah", "can or not?", "thanks ah everyone", "steady lah"],
    "ms_MY": ["best gila this event", "thanks korang semua", "on je, see you there"],
    "en_PK": ["bohat shukriya sab ka", "mashallah, well deserved", "inshallah see you there",
              "yaar zabardast session tha"],
    "es_AR": ["genial, re copado", "gracias, che", "mil gracias team, nos vemos"],
}

LANG = {"en_US": "en", "en_GB": "en", "en_IN": "en", "en_ZA": "en", "sv_SE": "sv", "fi_FI": "fi",
        "es_MX": "es", "pt_BR": "pt", "en_SG": "en", "ms_MY": "ms", "en_PK": "en", "es_AR": "es"}

# PII-free filler (no digits, no names)
FILLER = {
    "en": ["Remote work has changed how we onboard people.", "Honest question: do you still "
           "print your CV?", "Mentoring is the best thing I did this year.", "Hot take: "
           "documentation is a feature.", "We shipped the beta today, feedback welcome.",
           "Grateful for this community.", "What is one book that changed how you lead?",
           "Interview tip: ask about the team, not just the role.", "Burnout is real, take "
           "your leave.", "Our internship programme opens soon, stay tuned."],
    "sv": ["Distansarbete har förändrat hur vi introducerar nya kollegor.", "Vilken bok har "
           "påverkat ditt ledarskap mest?", "Tacksam för det här nätverket."],
    "fi": ["Etätyö on muuttanut perehdytystä.", "Mikä kirja on vaikuttanut johtamiseesi?",
           "Kiitollinen tästä yhteisöstä."],
    "es": ["El trabajo remoto cambió cómo integramos gente nueva.", "¿Qué libro cambió tu "
           "forma de liderar?", "Agradecida con esta comunidad."],
    "pt": ["O trabalho remoto mudou o onboarding.", "Qual livro mudou sua forma de liderar?",
           "Grato por essa comunidade."],
    "ms": ["Kerja dari rumah ubah cara kita onboard staf baru.", "Buku apa yang ubah cara anda "
           "memimpin?", "Bersyukur dengan komuniti ini."],
}

EMOJI = ["🚀", "🙏", "🎉", "💡", "👇", "✨", "🤝", "📍", "📞", "😅", "🔥", "✅"]
SIGNOFF = ["--\nSent from my phone, excuse typos", "--\nGet Outlook for Android",
           "__________\nThis e-mail may contain confidential information.", "--\n"
           "Enviado desde mi iPhone", "-- \nSkickat från min mobil"]
QUOTE_HEAD = ["> wrote:", "-----Original Message-----", "> On Tuesday you wrote:",
              "Reply ↓", "&gt; quoted from the group digest:"]

_MORE = {
    "en": {
        "PERSON": ["Our keynote speaker this year: {v}", "{v} (she/her) will moderate the panel",
                   "Reference available from {v} on request", "With {v} and the whole crew",
                   "Rest in peace, {v}. A true mentor.", "Congrats {v}!!! 🥳"],
        "MEMBER": ["Huge thanks to {v} for hosting", "{v} – saw your comment, agreed 100",
                   "Fellow member {v} just published a great piece", "@here {v} needs a hand"],
        "EMAIL": ["pls send ur resume at {v} asap", "Questions? {v}", "(write to {v})",
                  "Reply-To: {v}"],
        "PHONE": ["Ph: {v}", "Call me – {v} – anytime after lunch", "Hotline {v}",
                  "WA only: {v}", "reach me on {v} (WhatsApp/Signal)"],
        "URL": ["Full story here: {v}", "CV & references: {v}", "Apply via {v}"],
        "IP": ["Our staging box {v} is open to the meetup wifi", "blocked by the firewall "
               "from {v}"],
        "CARD": ["The recruiter asked for card {v} to 'verify' me – scam alert!!",
                 "Ticket paid on {v}, pls check"],
        "IBAN": ["Contributions for the farewell gift: {v}", "Sponsor transfers to {v}"],
        "ID": ["Fake recruiter wanted my {v} – reported!", "Background check form: {v}"],
        "ADDRESS": ["Pop-up office this week: {v}", "Returns address: {v}", "Location 📍 {v}"],
    },
    "sv": {
        "PERSON": ["Grattis {v}!", "Stort tack till {v} för föreläsningen"],
        "MEMBER": ["{v}, såg din kommentar – håller med!"],
        "EMAIL": ["Frågor? {v}"], "PHONE": ["Tel: {v}", "Sms:a {v}"],
        "ADDRESS": ["Vi ses på {v}"], "IBAN": ["Swisha eller betala till {v}"],
    },
    "fi": {
        "PERSON": ["Onnittelut {v}!", "Iso kiitos {v} puheesta"],
        "MEMBER": ["{v}, näin kommenttisi – samaa mieltä!"],
        "EMAIL": ["Kysymykset: {v}"], "PHONE": ["Puhelin {v}", "Tekstaa {v}"],
        "ADDRESS": ["Nähdään osoitteessa {v}"], "IBAN": ["Lahjakeräys tilille {v}"],
    },
    "es": {
        "PERSON": ["¡Felicidades {v}!", "Gracias a {v} por la charla", "Con {v} y todo el "
                   "equipo"],
        "MEMBER": ["{v}, vi tu comentario, ¡de acuerdo!"],
        "EMAIL": ["Dudas al {v}", "Correo: {v}"], "PHONE": ["Tel. {v}", "Llámame al {v}"],
        "ADDRESS": ["Nos vemos en {v}", "Dirección: {v}"], "IBAN": ["Transferencias a {v}"],
        "ID": ["Un falso reclutador me pidió {v}, ¡cuidado!"],
    },
    "pt": {
        "PERSON": ["Parabéns {v}!", "Obrigada {v} pela palestra", "Com {v} e toda a equipe"],
        "MEMBER": ["{v}, vi seu comentário, concordo!"],
        "EMAIL": ["Dúvidas: {v}", "E-mail: {v}"], "PHONE": ["Tel.: {v}", "Liga no {v}"],
        "ADDRESS": ["Nos vemos na {v}", "Endereço: {v}"], "IBAN": ["Pix não, TED para {v}"],
        "ID": ["Recrutador falso pediu meu {v}, cuidado!"],
    },
    "ms": {
        "PERSON": ["Tahniah {v}!", "Terima kasih {v} atas ceramah", "Bersama {v} dan team"],
        "MEMBER": ["{v}, saya setuju dengan komen anda!"],
        "EMAIL": ["Sebarang soalan: {v}"], "PHONE": ["Tel: {v}", "Call saya {v}"],
        "ADDRESS": ["Jumpa di {v}", "Alamat: {v}"], "IBAN": ["Sumbangan ke akaun {v}"],
        "ID": ["Recruiter palsu minta {v}, hati-hati!"],
    },
}
for _lang, _kinds in _MORE.items():
    for _kind, _lines in _kinds.items():
        SENT[_lang][_kind] = SENT[_lang][_kind] + _lines
