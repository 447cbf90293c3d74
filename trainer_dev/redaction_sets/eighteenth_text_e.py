"""Extra reply phrasing per language, merged into the base frames (more sentence shapes)."""

# ruff: noqa: E501
EXTRA = {
    "en": {
        "EMAIL": [
            "shoot me a note at {v}",
            "for speaking requests: {v}",
            "I'm slow on here, {v} is faster",
            "if the form breaks, just email {v}",
            "the organiser's inbox is {v}",
        ],
        "PHONE": [
            "text me at {v} when you're at the lobby",
            "if you get lost, ring {v}",
            "WhatsApp only please: {v}",
            "reachable on {v} most mornings",
            "my cell ({v}) is the quickest way",
        ],
        "URL": [
            "slides are on {v}",
            "I wrote up the details here → {v}",
            "grab a time on {v}",
            "my newsletter archive: {v}",
            "pinned the repo: {v}",
        ],
        "IP": [
            "our staging box is {v}, ping me before hitting it",
            "geo-blocking flagged {v} as suspicious",
            "rate limit kicked in for {v} again",
        ],
        "CARD": [
            "the hotel still has {v} on file from last year",
            "somebody expensed the dinner to {v} by mistake",
            "please don't charge {v} until the PO is signed",
        ],
        "ID": [
            "the bank asked for {v} to verify",
            "tax form has {v} written on it",
            "my badge was printed with {v} instead of my name, lol",
        ],
        "BANK": ["for the group gift, send to {v}", "split the venue cost to {v}"],
        "PERSON": [
            "{v} ran the numbers on this last year",
            "my mentor {v} always says the same thing",
            "I'll forward this to {v} on our legal team",
            "credit to {v} for the original idea",
        ],
        "MEMBER_more": [
            "{v} nailed it",
            "mentioning {v} since this is right up their alley",
            "huge props to {v}",
            "{v}, can you share the template?",
            "not to put {v} on the spot, but",
            "following the advice from {v} here",
        ],
        "ADDRESS": [
            "parking is behind the building at {v}",
            "the new co-working space is {v}",
            "returns go to {v}",
            "swag pickup at {v}",
        ],
    },
    "es": {
        "EMAIL": [
            "escríbeme a {v}",
            "para charlas y propuestas: {v}",
            "acá contesto poco, mejor a {v}",
            "si falla el formulario, manda mail a {v}",
        ],
        "PHONE": [
            "avisame al {v} cuando llegues",
            "si te perdés, llamá al {v}",
            "solo WhatsApp: {v}",
            "me encuentras en el {v} por las mañanas",
        ],
        "URL": [
            "las slides están en {v}",
            "dejé los detalles acá → {v}",
            "agenda una llamada en {v}",
            "el repo está en {v}",
        ],
        "IP": [
            "el servidor de pruebas es {v}, avisen antes de usarlo",
            "el geobloqueo marcó {v} como sospechosa",
        ],
        "CARD": [
            "el hotel todavía tiene la {v} guardada",
            "alguien cargó la cena a la {v} por error",
        ],
        "ID": ["el banco me pidió {v} para verificar", "en el formulario fiscal aparece {v}"],
        "BANK": ["para el regalo grupal, transfieran a {v}", "la parte del salón va a {v}"],
        "PERSON": [
            "{v} hizo los números de esto el año pasado",
            "mi mentora {v} siempre dice lo mismo",
            "se lo paso a {v}, de nuestro equipo legal",
        ],
        "MEMBER_more": [
            "{v} la clavó",
            "menciono a {v} porque es su tema",
            "un aplauso para {v}",
            "{v}, ¿puedes compartir la plantilla?",
            "siguiendo el consejo de {v}",
        ],
        "ADDRESS": [
            "el estacionamiento está detrás, en {v}",
            "el nuevo coworking queda en {v}",
            "las devoluciones van a {v}",
        ],
    },
    "pt": {
        "EMAIL": ["me manda um e-mail em {v}", "pra palestras: {v}", "aqui eu demoro, melhor {v}"],
        "PHONE": ["me avisa no {v} quando chegar", "se se perder, liga no {v}", "só WhatsApp: {v}"],
        "URL": [
            "os slides estão em {v}",
            "deixei os detalhes aqui → {v}",
            "o repositório está em {v}",
        ],
        "PERSON": ["{v} fez as contas disso ano passado", "minha mentora {v} sempre diz isso"],
        "MEMBER_more": [
            "{v} mandou muito bem",
            "marcando {v} porque é a praia dela",
            "palmas pra {v}",
            "{v}, pode compartilhar o modelo?",
        ],
        "ADDRESS": ["o estacionamento fica atrás, na {v}", "o novo coworking é na {v}"],
    },
    "it": {
        "EMAIL": ["scrivetemi pure a {v}", "per interventi e proposte: {v}"],
        "PHONE": ["avvisami al {v} quando arrivi", "solo WhatsApp: {v}"],
        "URL": ["le slide sono su {v}", "ho messo i dettagli qui → {v}"],
        "PERSON": ["{v} aveva fatto i conti l'anno scorso", "il mio mentore {v} dice sempre così"],
        "MEMBER_more": [
            "{v} ha centrato il punto",
            "applausi a {v}",
            "{v}, puoi condividere il modello?",
        ],
        "ADDRESS": ["il parcheggio è dietro, in {v}", "il nuovo coworking è in {v}"],
    },
    "nb": {
        "EMAIL": ["send meg en e-post på {v}", "for foredragsforespørsler: {v}"],
        "PHONE": ["send SMS på {v} når du er i resepsjonen", "bare WhatsApp: {v}"],
        "URL": ["lysbildene ligger på {v}", "skrev detaljene her → {v}"],
        "PERSON": ["{v} regnet på dette i fjor", "mentoren min {v} sier alltid det samme"],
        "MEMBER_more": [
            "{v} traff spikeren på hodet",
            "stor takk til {v}",
            "{v}, kan du dele malen?",
        ],
        "ADDRESS": ["parkering bak bygget i {v}", "det nye kontorfellesskapet er i {v}"],
    },
    "ms": {
        "PHONE": ["WhatsApp je: {v}", "mesej {v} bila sampai lobi"],
        "URL": ["slide ada di {v}", "butiran penuh di sini → {v}"],
        "MEMBER_more": ["{v} memang tepat", "tabik untuk {v}", "{v}, boleh kongsi template?"],
        "PERSON": ["mentor saya {v} selalu cakap benda sama"],
    },
    "id": {
        "PHONE": ["WA saja: {v}", "chat {v} kalau sudah di lobi"],
        "URL": ["slide ada di {v}", "detail lengkapnya di sini → {v}"],
        "MEMBER_more": ["{v} tepat sekali", "salut untuk {v}", "{v}, bisa share template-nya?"],
        "PERSON": ["mentor saya {v} selalu bilang hal yang sama"],
    },
}
