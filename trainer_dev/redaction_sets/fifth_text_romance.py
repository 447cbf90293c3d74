"""Post templates in Spanish, French and Italian for the fifth held-out set (written by hand).

Same placeholders as fifth_text_de_en.
"""

# ruff: noqa: E501  (hand-written data tables read best one row per line)

from __future__ import annotations

ES = {
    "open": [
        "¡Qué semana! 🎉", "Una pequeña novedad personal:", "¡Estamos contratando! 🚀",
        "¡Gracias, {CITY}! El {EVENT} fue increíble.", "Nuevo trabajo, nueva etapa.",
        "Hoy hace un año que empecé en {CO}.", "Un breve resumen del {EVENT}:",
        "A veces basta una buena conversación.", "¡Enhorabuena! 👏", "Querida red, necesito vuestra ayuda.",
        "Ya es oficial:",
    ],
    "extra": [
        "Hablamos de {TOPIC} y, sinceramente, fue la mejor sesión del día.",
        "El equipo también busca un/a {ROLE} en {CITY} o en remoto.",
        "Con muchas ganas de lo que viene y de conocer a los nuevos compañeros.",
        "Si tenéis dudas sobre {TOPIC}, escribidme.\nComparto las diapositivas encantado.",
        "Gracias a todas las personas que participaron. ¡Sin vosotros no habría sido posible!",
        "Seguimos el {DAY}, ¿quién se apunta?",
    ],
    "close": ["Un abrazo", "Saludos desde {CITY}", "Un saludo", "¡Hasta pronto!", "Gracias a todos 🙏"],
    "tags": ["#Empleo #NuevoTrabajo", "#Networking", "#Contratamos #{CITY}", "#Gracias", "#TrabajoEnEquipo"],
    "frames": {
        "MEMBER": [
            "¡Enhorabuena a {MEMBER} por el ascenso!", "{MEMBER} presentó hoy la charla sobre {TOPIC}, ¡genial!",
            "Gracias {MEMBER} por la recomendación ❤️", "En la mesa redonda: {MEMBER}, {MEMBER} y yo.",
            "¡Fin de una etapa! {MEMBER_TAG} nos deja después de ocho años.",
            "¿Alguien conoce a {MEMBER}? Busco contacto para un proyecto sobre {TOPIC}.",
            "Programa de mentoría: {MEMBER} acompaña este año a tres personas en prácticas.",
        ],
        "PERSON": [
            "Ayer conocí a {PERSON} en el {EVENT}.", "Muchas gracias a {PERSON_T} por la ponencia inaugural.",
            "Nuestro nuevo director general es {PERSON}.", "Conversando con {PERSON} sobre {TOPIC}.",
            "Triste noticia: nos ha dejado {PERSON}, veinte años en nuestro equipo.", "Candidaturas a la atención de {PERSON_T}, RR. HH.",
            "{PERSON} dirige desde hoy la oficina de {CITY}.",
        ],
        "EMAIL": [
            "Enviad el CV a {EMAIL}.", "Escríbeme: {EMAIL}", "Dudas: {EMAIL} 📧",
            "¿Te interesa? Escribe a {EMAIL} y te respondemos en una semana.",
            "Mi nuevo correo es {EMAIL}, el antiguo dejará de funcionar.",
        ],
        "PHONE": [
            "Llámame: {PHONE}", "Disponible en el {PHONE} (L-V).", "Tel.: {PHONE}",
            "Dudas sobre la vacante: {PHONE} o por mensaje.", "Nuevo número: {PHONE}, ¡guardadlo!", "Móvil {PHONE}\nFijo {PHONE}",
        ],
        "URL": ["Mi portfolio: {URL}", "Toda la info: {URL}", "Sígueme en {URL}", "Reserva una cita: {URL}", "El artículo completo: {URL} 👈"],
        "CARD": [
            "Uy, chat equivocado: tarjeta {CARD}, caduca 08/27.", "Para el hotel usad la tarjeta de empresa {CARD}.",
            "¡Ojo, phishing! Alguien intentó pagar con mi tarjeta {CARD}.",
        ],
        "IBAN": [
            "Donativos para la carrera solidaria: IBAN {IBAN}.", "Datos bancarios: {IBAN}",
            "La cuota se paga por transferencia a {IBAN}, concepto: cena de verano.",
        ],
        "SSN": [
            "RR. HH. me pidió el {IDNAME} por chat: {SSN}. ¿De verdad hace falta?", "{IDNAME}: {SSN}",
            "Error curioso en el formulario de alta: me pidió el {IDNAME} ({SSN}) dos veces.",
        ],
        "IP": [
            "El servidor de pruebas ({IP}) vuelve a funcionar.", "Accesos sospechosos desde {IP}, bloqueadlos.",
            "El nuevo punto de acceso VPN es {IP}.",
        ],
        "ADDRESS": [
            "Nuestra nueva oficina:\n{ADDRESS}", "Venid a vernos: {ADDRESS}", "Dirección postal desde hoy: {ADDRESS}",
            "El meetup de este mes es en {STREET}.", "¡Nos hemos mudado a {STREET}!", "Nueva sede en {PCTOWN} 🎉",
        ],
    },
    "sign": [
        "{MEMBER_FULL}\n{ROLE} | {CO}\nTel. {PHONE}\n{EMAIL}", "--\n{MEMBER_FULL}\n{ROLE}\n{ADDRESS}",
        "{MEMBER_FULL} · {ROLE} · {URL}", "Un saludo,\n{MEMBER_FULL}\nMóvil: {PHONE}",
    ],
    "cities": ["Madrid", "Barcelona", "Valencia", "Bilbao", "Sevilla"],
    "roles": ["desarrolladora de software", "jefe de proyecto", "becario", "científica de datos", "responsable comercial",
              "ingeniero de caminos"],
    "topics": ["la falta de talento", "la IA en la pyme", "la accesibilidad", "la logística sostenible", "la semana de cuatro días"],
    "cos": ["Logística del Norte", "el ayuntamiento", "una startup local", "Verdeluz Energía", "nuestra asociación"],
    "events": ["congreso", "foro de empleo", "hackathon", "encuentro regional"],
    "days": ["lunes", "martes", "jueves", "viernes"],
    "plain": [
        "Hoy ha sido un buen día con el equipo.", "En los últimos meses he aprendido mucho sobre liderazgo.",
        "El buen software nace de conversaciones, no de tickets.", "Escuchar es la habilidad más infravalorada en el trabajo.",
        "Buscamos personas con ganas de asumir responsabilidades.", "Gracias a todos por los comentarios sobre el taller.",
        "Pasito a pasito también se llega.", "¿Cuál ha sido vuestro mayor aprendizaje este año?",
        "Quiero que las personas nuevas se sientan bienvenidas desde el primer día.",
        "Menos reuniones y más foco: ese es el propósito.", "Orgullosa de lo que hemos construido juntos.",
    ],
    "looks": [
        "Nuestro pedido {L:ORDER} ya está en camino, número de seguimiento {L:TRACKING}.",
        "Leyendo un libro estupendo sobre liderazgo (ISBN {L:ISBN}).", "Referencia {L:PRODUCT}, EAN {L:EAN}: ¡otra vez disponible!",
        "Reunión: {L:DATE} a las {L:TIME} en {L:ROOM}.", "El puesto ofrece {L:PRICE} brutos y un {L:PERCENT} variable.",
        "Ya está publicada la versión {L:VERSION}. {L:HASHTAG}", "¡Vuelo {L:FLIGHT} a Lisboa, allá vamos!",
        "Diez años en {L:COMPANY}, en el equipo desde {L:YEAR}.", "Buena charla con el equipo de compras de {L:COMPANY}.",
        "Lo que piense {L:STREETLIKE} sobre los tipos importa menos a la pyme de lo que parece.",
        "Factura {L:ORDER} del {L:DATE} pagada; ventas un {L:PERCENT} arriba.",
    ],
}

FR = {
    "open": [
        "Quelle semaine ! 🎉", "Petite nouvelle personnelle :", "Nous recrutons ! 🚀", "Merci {CITY} ! Le {EVENT} était génial.",
        "Nouveau poste, nouveau chapitre.", "Il y a un an jour pour jour, je rejoignais {CO}.",
        "Retour sur le {EVENT} :", "Parfois, une bonne conversation suffit.", "Félicitations ! 👏",
        "Chère communauté, j'ai besoin de vous.", "C'est officiel :",
    ],
    "extra": [
        "Nous avons parlé de {TOPIC}, et c'était franchement la meilleure session de la journée.",
        "L'équipe cherche aussi un·e {ROLE} à {CITY} ou en télétravail.",
        "Hâte de découvrir la suite et de rencontrer mes nouveaux collègues.",
        "Des questions sur {TOPIC} ? Écrivez-moi.\nJe partage volontiers les slides.",
        "Merci à toutes celles et ceux qui ont participé. Rien n'aurait été possible sans vous !",
        "Rendez-vous {DAY} pour la suite, qui vient ?",
    ],
    "close": ["Belle journée", "Bien à vous depuis {CITY}", "À bientôt !", "Merci à tous 🙏", "Cordialement"],
    "tags": ["#Emploi #NouveauDépart", "#Réseau", "#Recrutement #{CITY}", "#Merci", "#TravailDÉquipe"],
    "frames": {
        "MEMBER": [
            "Bravo à {MEMBER} pour sa promotion !", "{MEMBER} a présenté aujourd'hui son intervention sur {TOPIC}, top !",
            "Merci {MEMBER} pour la recommandation ❤️", "À la table ronde : {MEMBER}, {MEMBER} et moi.",
            "Fin d'une époque : {MEMBER_TAG} nous quitte après huit ans.",
            "Quelqu'un connaît {MEMBER} ? Je cherche un contact pour un projet sur {TOPIC}.",
            "Programme de mentorat : {MEMBER} accompagne trois alternants cette année.",
        ],
        "PERSON": [
            "J'ai rencontré {PERSON} hier au {EVENT}.", "Un grand merci à {PERSON_T} pour la conférence d'ouverture.",
            "Notre nouveau directeur général s'appelle {PERSON}.", "En discussion avec {PERSON} sur {TOPIC}.",
            "Triste nouvelle : notre collègue {PERSON} nous a quittés.", "Candidatures à l'attention de {PERSON_T}, service RH.",
            "{PERSON} prend la direction du site de {CITY}.",
        ],
        "EMAIL": [
            "CV à envoyer à {EMAIL}.", "Écrivez-moi : {EMAIL}", "Questions : {EMAIL} 📧",
            "Intéressé·e ? Écrivez à {EMAIL}, réponse sous une semaine.",
            "Ma nouvelle adresse est {EMAIL}, l'ancienne va fermer.",
        ],
        "PHONE": [
            "Appelez-moi : {PHONE}", "Joignable au {PHONE} (lun.–ven.).", "Tél. : {PHONE}",
            "Questions sur le poste : {PHONE} ou en message privé.", "Nouveau numéro : {PHONE}, à enregistrer !",
            "Fixe {PHONE}\nPortable {PHONE}",
        ],
        "URL": ["Mon portfolio : {URL}", "Toutes les infos : {URL}", "Suivez-moi sur {URL}", "Prendre rendez-vous : {URL}",
                "L'article complet : {URL} 👈"],
        "CARD": [
            "Oups, mauvaise conversation : carte {CARD}, exp. 08/27.", "Pour l'hôtel, utilisez la carte société {CARD}.",
            "Attention phishing ! Quelqu'un a essayé de payer avec ma carte {CARD}.",
        ],
        "IBAN": [
            "Dons pour la course solidaire : IBAN {IBAN}.", "Coordonnées bancaires : {IBAN}",
            "Merci de virer la participation sur {IBAN}, référence : fête d'été.",
        ],
        "SSN": [
            "Les RH m'ont demandé mon {IDNAME} par messagerie : {SSN}. Vraiment nécessaire ?", "{IDNAME} : {SSN}",
            "Bug étrange du formulaire d'embauche : il demande deux fois le {IDNAME} ({SSN}).",
        ],
        "IP": [
            "Le serveur de recette ({IP}) est de nouveau accessible.", "Connexions suspectes depuis {IP}, à bloquer.",
            "Le nouveau point d'accès VPN est {IP}.",
        ],
        "ADDRESS": [
            "Nos nouveaux bureaux :\n{ADDRESS}", "Passez nous voir : {ADDRESS}", "Adresse postale à partir d'aujourd'hui : {ADDRESS}",
            "Le meetup de ce mois-ci a lieu au {STREET}.", "Nous avons déménagé au {STREET} !", "Nouvelle agence à {PCTOWN} 🎉",
        ],
    },
    "sign": [
        "{MEMBER_FULL}\n{ROLE} | {CO}\nTél. {PHONE}\n{EMAIL}", "--\n{MEMBER_FULL}\n{ROLE}\n{ADDRESS}",
        "{MEMBER_FULL} · {ROLE} · {URL}", "Bien cordialement,\n{MEMBER_FULL}\nPortable : {PHONE}",
    ],
    "cities": ["Paris", "Lyon", "Nantes", "Bordeaux", "Lille"],
    "roles": ["développeuse", "chef de projet", "alternant", "data scientist", "responsable commercial", "ingénieur BTP"],
    "topics": ["la pénurie de talents", "l'IA dans les PME", "l'accessibilité", "la logistique durable", "la semaine de quatre jours"],
    "cos": ["Logistique de l'Ouest", "la métropole", "une jeune pousse locale", "Verdure Énergie", "notre fédération"],
    "events": ["salon", "forum emploi", "hackathon", "congrès régional"],
    "days": ["lundi", "mardi", "jeudi", "vendredi"],
    "plain": [
        "Belle journée avec l'équipe aujourd'hui.", "J'ai beaucoup appris sur le management ces derniers mois.",
        "Le bon logiciel naît des conversations, pas des tickets.", "L'écoute est la compétence la plus sous-estimée au travail.",
        "Nous cherchons des personnes prêtes à prendre des responsabilités.", "Merci pour vos retours sur l'atelier.",
        "Petit à petit, l'oiseau fait son nid.", "Quelle a été votre plus grande leçon cette année ?",
        "Je tiens à ce que chaque nouvelle recrue se sente bien accueillie dès le premier jour.",
        "Moins de réunions, plus de concentration : voilà la résolution.", "Fière de ce que nous avons construit ensemble.",
    ],
    "looks": [
        "Notre commande {L:ORDER} est en route, numéro de suivi {L:TRACKING}.", "Je lis un excellent livre sur le leadership (ISBN {L:ISBN}).",
        "Référence {L:PRODUCT}, EAN {L:EAN} : enfin de retour en stock.", "Réunion le {L:DATE} à {L:TIME} en {L:ROOM}.",
        "Le poste est proposé à {L:PRICE} brut, plus {L:PERCENT} de variable.", "La version {L:VERSION} est en ligne. {L:HASHTAG}",
        "Vol {L:FLIGHT} pour Lisbonne, c'est parti !", "Dix ans chez {L:COMPANY}, dans l'équipe depuis {L:YEAR}.",
        "Bel échange avec les acheteurs de {L:COMPANY} sur les chaînes d'approvisionnement.",
        "Ce que pense {L:STREETLIKE} des taux compte moins pour les PME qu'on ne le croit.",
        "Facture {L:ORDER} du {L:DATE} réglée ; chiffre d'affaires en hausse de {L:PERCENT}.",
    ],
}

IT = {
    "open": [
        "Che settimana! 🎉", "Una piccola novità personale:", "Stiamo assumendo! 🚀", "Grazie {CITY}! Il {EVENT} è stato fantastico.",
        "Nuovo lavoro, nuovo capitolo.", "Un anno fa entravo in {CO}.", "Un breve resoconto del {EVENT}:",
        "A volte basta una bella chiacchierata.", "Congratulazioni! 👏", "Cara rete, ho bisogno del vostro aiuto.",
        "È ufficiale:",
    ],
    "extra": [
        "Abbiamo parlato di {TOPIC} ed è stata davvero la sessione migliore della giornata.",
        "Il team cerca anche un/una {ROLE} a {CITY} o da remoto.", "Non vedo l'ora di iniziare e di conoscere i nuovi colleghi.",
        "Domande su {TOPIC}? Scrivetemi.\nCondivido volentieri le slide.",
        "Grazie a tutte le persone che hanno partecipato. Senza di voi non sarebbe stato possibile!",
        "Si continua {DAY}, chi c'è?",
    ],
    "close": ["Un saluto", "Un abbraccio da {CITY}", "A presto!", "Grazie a tutti 🙏", "Cordiali saluti"],
    "tags": ["#Lavoro #NuovoInizio", "#Networking", "#Assunzioni #{CITY}", "#Grazie", "#LavoroDiSquadra"],
    "frames": {
        "MEMBER": [
            "Complimenti a {MEMBER} per la promozione!", "{MEMBER} ha tenuto oggi l'intervento su {TOPIC}, bravissima!",
            "Grazie {MEMBER} per la raccomandazione ❤️", "Alla tavola rotonda: {MEMBER}, {MEMBER} e io.",
            "Fine di un'epoca: {MEMBER_TAG} ci lascia dopo otto anni.",
            "Qualcuno conosce {MEMBER}? Cerco un contatto per un progetto su {TOPIC}.",
            "Programma di mentoring: quest'anno {MEMBER} segue tre stagisti.",
        ],
        "PERSON": [
            "Ieri ho conosciuto {PERSON} al {EVENT}.", "Un grazie enorme a {PERSON_T} per il keynote.",
            "Il nostro nuovo amministratore delegato è {PERSON}.", "In dialogo con {PERSON} su {TOPIC}.",
            "Una triste notizia: ci ha lasciati {PERSON}, per vent'anni nel nostro team.", "Candidature all'attenzione di {PERSON_T}, ufficio HR.",
            "{PERSON} guida da oggi la sede di {CITY}.",
        ],
        "EMAIL": [
            "Inviate il CV a {EMAIL}.", "Scrivetemi: {EMAIL}", "Domande: {EMAIL} 📧",
            "Interessati? Scrivete a {EMAIL}, rispondiamo entro una settimana.",
            "Il mio nuovo indirizzo è {EMAIL}, il vecchio verrà chiuso.",
        ],
        "PHONE": [
            "Chiamatemi: {PHONE}", "Raggiungibile al {PHONE} (lun–ven).", "Tel. {PHONE}", "Cell. {PHONE}",
            "Domande sulla posizione: {PHONE} o in privato.", "Nuovo numero: {PHONE}, salvatelo!", "Ufficio {PHONE}\nCellulare {PHONE}",
        ],
        "URL": ["Il mio portfolio: {URL}", "Tutte le info: {URL}", "Seguitemi su {URL}", "Prenota un appuntamento: {URL}",
                "L'articolo completo: {URL} 👈"],
        "CARD": [
            "Ops, chat sbagliata: carta {CARD}, scad. 08/27.", "Per l'hotel usate la carta aziendale {CARD}.",
            "Attenzione al phishing! Qualcuno ha provato a pagare con la mia carta {CARD}.",
        ],
        "IBAN": [
            "Donazioni per la corsa solidale: IBAN {IBAN}.", "Coordinate bancarie: {IBAN}",
            "La quota va versata su {IBAN}, causale: cena d'estate.",
        ],
        "SSN": [
            "L'ufficio HR mi ha chiesto il {IDNAME} in chat: {SSN}. Serve davvero?", "{IDNAME}: {SSN}",
            "Bug curioso nel modulo di assunzione: chiede due volte il {IDNAME} ({SSN}).",
        ],
        "IP": [
            "Il server di test ({IP}) è di nuovo raggiungibile.", "Accessi sospetti da {IP}, bloccateli.",
            "Il nuovo endpoint VPN è {IP}.",
        ],
        "ADDRESS": [
            "Il nostro nuovo ufficio:\n{ADDRESS}", "Venite a trovarci: {ADDRESS}", "Indirizzo postale da oggi: {ADDRESS}",
            "Il meetup di questo mese è in {STREET}.", "Ci siamo trasferiti in {STREET}!", "Nuova sede a {PCTOWN} 🎉",
        ],
    },
    "sign": [
        "{MEMBER_FULL}\n{ROLE} | {CO}\nTel. {PHONE}\n{EMAIL}", "--\n{MEMBER_FULL}\n{ROLE}\n{ADDRESS}",
        "{MEMBER_FULL} · {ROLE} · {URL}", "Cordiali saluti,\n{MEMBER_FULL}\nCell. {PHONE}",
    ],
    "cities": ["Milano", "Roma", "Torino", "Bologna", "Firenze"],
    "roles": ["sviluppatrice software", "project manager", "stagista", "data scientist", "responsabile commerciale", "ingegnere civile"],
    "topics": ["competenze digitali", "intelligenza artificiale nelle PMI", "accessibilità", "logistica sostenibile", "lavoro ibrido"],
    "cos": ["Logistica Padana", "il Comune", "una startup del territorio", "Verdesole Energia", "la nostra associazione"],
    "events": ["convegno", "career day", "hackathon", "forum regionale"],
    "days": ["lunedì", "martedì", "giovedì", "venerdì"],
    "plain": [
        "Bella giornata oggi con il team.", "Negli ultimi mesi ho imparato molto sulla leadership.",
        "Il buon software nasce dalle conversazioni, non dai ticket.", "Ascoltare è la competenza più sottovalutata sul lavoro.",
        "Cerchiamo persone che vogliano prendersi responsabilità.", "Grazie a tutti per i commenti sul workshop.",
        "Piano piano si arriva lontano.", "Qual è stata la vostra lezione più importante quest'anno?",
        "Ci tengo che chi arriva si senta accolto fin dal primo giorno.", "Meno riunioni, più concentrazione: questo è il proposito.",
        "Orgogliosa di quello che abbiamo costruito insieme.",
    ],
    "looks": [
        "Il nostro ordine {L:ORDER} è in viaggio, numero di tracciamento {L:TRACKING}.", "Sto leggendo un ottimo libro sulla leadership (ISBN {L:ISBN}).",
        "Codice articolo {L:PRODUCT}, EAN {L:EAN}: di nuovo disponibile.", "Riunione il {L:DATE} alle {L:TIME} in {L:ROOM}.",
        "La posizione offre {L:PRICE} lordi e un {L:PERCENT} di premio.", "È uscita la versione {L:VERSION}. {L:HASHTAG}",
        "Volo {L:FLIGHT} per Lisbona, si parte!", "Dieci anni in {L:COMPANY}, nel team dal {L:YEAR}.",
        "Bel confronto con gli acquisti di {L:COMPANY} sulle filiere.",
        "Quello che pensa {L:STREETLIKE} dei tassi conta meno di quanto sembri per le PMI.",
        "Fattura {L:ORDER} del {L:DATE} saldata; fatturato in crescita del {L:PERCENT}.",
    ],
}
