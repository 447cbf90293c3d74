"""Eighth set: German, French and Spanish phrase banks (same keys as eighth_text_en.EN)."""

DE = {
    "hdr_prog": "PROGRAMM|Tagesordnung|Ablauf am Samstag|Abendprogramm|Vortragsreihe Herbst",
    "hdr_meet": "Protokoll|Besprechungsnotizen|Protokoll der Vorstandssitzung|Notizen zum Jour fixe|Ergebnisprotokoll",
    "hdr_cv": "Lebenslauf|LEBENSLAUF|Persönliche Daten|Kurzprofil",
    "hdr_ad": "ZU VERKAUFEN|Suche|Zimmer frei|Zu verschenken|Fundsache|Flohmarkt am Wochenende",
    "hdr_ticket": "Support-Anfrage|Ticket-Update|Störungsmeldung|Reklamation|Erstattungsantrag",
    "hdr_press": "PRESSEMITTEILUNG|Pressemitteilung|Presseinformation",
    "hdr_obit": "TRAUERANZEIGE|In stillem Gedenken|Nachruf|Wir nehmen Abschied",
    "talks": "Suche skalieren ohne Kopfschmerzen|Zwei Jahre Rufbereitschaft|Bodengesundheit im Kleingarten|"
    "Barrierefreie Karten|Einführung in Typsysteme|Stadtbibliotheken finanzieren|Podium: Zukunft der Bahn|"
    "Begrüßung und Kaffee|Blitzvorträge|Schlusswort",
    "roles": "Leiterin Betrieb|Senior Data Engineer|Ehrenamtskoordinator|Produktdesignerin|Pflegefachkraft|"
    "Geschäftsführer|Vertriebsleiter Süd|Wissenschaftliche Mitarbeiterin|Büroleitung",
    "orgs": "Nordwind Analytik GmbH|Blaufeld Logistik AG|Grünblatt eG|Steinbruch Studio|Kupferfeld Energie|"
    "Eisenbrücke Beratung|Lumen Robotik GmbH|Salzwiese Verlag",
    "close": "Viele Grüße|Beste Grüße|Mit freundlichen Grüßen|LG|Danke & Gruß|Herzliche Grüße|Gesendet vom Handy",
    "phone": "ruf mich unter {} an|Tel.: {}|Mobil: {}|erreichbar unter {}|meine neue Nummer: {}|bitte zurückrufen: {}|"
    "Telefon {}|Durchwahl {}|per WhatsApp {}|Handy {}",
    "mail": "schreib mir an {}|E-Mail: {}|Mail an {}|bitte an {} schicken|meine neue Adresse ist {}|cc an {}|"
    "Rückfragen gern an {}",
    "web": "Folien unter {}|Portfolio: {}|mehr auf {}|Web: {}|siehe {}|meine Seite {}|Profil: {}",
    "addr": "wir sind in der {}|Lieferadresse: {}|abzuholen in {}|Anschrift: {}|bitte schicken an {}|Ort: {}|"
    "neue Adresse: {}|Abholung: {}",
    "card": "Kartennummer {}|belastet auf meine {brand} {}|Karte: {}|bezahlt mit {}|die {brand}-Nummer lautet {}|"
    "Gutschrift auf Karte {}",
    "iban": "IBAN {}|bitte überweisen an {}|Bankverbindung: {}|Konto (IBAN): {}|IBAN: {}|auf folgendes Konto: {}",
    "id": "meine {label} ist {}|{label}: {}|{label} {} (für die Lohnabrechnung)|die {label} lautet {}|"
    "hinterlegte {label}: {}",
    "ip": "Login von {}|Quell-IP {}|gesperrte Adresse {}|Anfragen von {} schlagen fehl|das VPN gibt mir {}",
    "person": "{} moderiert|Dank an {} fürs Gastgeben|mit {} gesprochen|{} ist neu als Mentorin dabei|"
    "{} lässt sich entschuldigen|Schlüssel bei {}|{} ({org}) eröffnet|gemeldet von {}",
    "member": "{} stellt die Ergebnisse vor|schön, dass {} da war|{} führt Protokoll|{} bringt Kuchen mit|"
    "Glückwunsch {}!|{} ist bis Montag weg|{} wurde zur Kassenwartin gewählt",
    "attend": "Teilnehmende:|Anwesend:|Dabei:|Teilnehmer:",
    "actions": "Aufgaben|Nächste Schritte|To-dos|Offene Punkte",
    "filler": "Einlass ab {time}.|Kaffee und Kuchen gibt es vor Ort.|Anmeldung bis {date}.|Der Raum ist im zweiten "
    "Stock.|Parkplätze sind knapp, lieber mit der Bahn kommen.|Danke für die rege Teilnahme.|"
    "Gebt Bescheid, falls sich was ändert.|Das Protokoll folgt nächste Woche.|Sorry für die späte Antwort.",
    "chat": "hi zusammen|ok passt|bin unterwegs|sorry, verspäte mich|kann jemand schauen|danke!!|bis gleich|"
    "hat wer den link",
    "ad": "Verkaufe mein Rennrad, kaum gefahren, {price}.|Sofa, guter Zustand, {price} VB.|WG-Zimmer, ruhig, {price} "
    "warm.|Schlüsselbund am Bahnhof gefunden.|Kinderbücher, Kiste mit 40 Stück, {price}.",
    "obit": "ist am {date} im Alter von {age} Jahren friedlich eingeschlafen.|verstarb plötzlich am {date}.|"
    "In Liebe und Dankbarkeit.|Die Trauerfeier findet am {date} statt.|Statt Blumen bitten wir um eine Spende.",
    "press": "{org} gibt heute eine neue Partnerschaft bekannt.|{org} eröffnet zweiten Standort.|Start ist am {date}.|"
    "Pressekontakt:|Für Interviews:",
    "ticket": "Kunde meldet, dass die Zahlung zweimal fehlschlug.|Login seit dem Update nicht möglich.|Bitte an die "
    "Buchhaltung weitergeben.|Erstattung genehmigt, Dauer 5–7 Werktage.|Ticket wird geschlossen.",
    "quote": "„Wir freuen uns sehr“, sagte {}.|so {}, die das Projekt leitet.|laut {}|{} erklärte",
    "free": "Der Workshop behandelt Budget, Förderanträge und Berichte.|Wir treffen uns jeden zweiten Dienstag.|"
    "Alle sind willkommen, keine Vorkenntnisse nötig.|Die Bibliothek bleibt über die Feiertage geschlossen.|"
    "Die Umfrage endet bald.|Tolle Runde heute, danke euch.|Neue Mitglieder, sagt hallo!|"
    "Die Aufzeichnung ist jetzt online.|Das Wetter passt für die Wanderung.",
    "look": "Bestellung {} wurde versandt.|Flug {} landet um 18:40.|Rechnung {} im Anhang.|ISBN {}.|EAN {} auf dem "
    "Karton.|Gestern auf {} aktualisiert.|Am Ende hat es {} gekostet.|Der Raum ist {} breit.|Sendungsnummer: {}.|"
    "Nach dem Essen sind wir über den {} gebummelt.|Gesponsert von {}.|Wir nutzen noch {}.|Schon {} haben wir "
    "angefangen.|Der Termin ist um {}.|Frist: {}.|Aktenzeichen {}.",
    "sec": "Neue Anmeldung von {} – waren Sie das?|Die Firewall hat {} nach fünf Fehlversuchen gesperrt.|Unsere öffentliche Adresse ist {}, falls ihr freischalten müsst.|Verdächtiger Traffic von {} auf Port 22.|Bitte {} für den Testserver freigeben.|Letzte Anmeldung: {}",
}

FR = {
    "hdr_prog": "PROGRAMME|Ordre du jour|Déroulé de la journée|Programme de la soirée|Cycle de conférences",
    "hdr_meet": "Compte rendu|Notes de réunion|CR du comité|Relevé de décisions|Notes du point hebdo",
    "hdr_cv": "Curriculum vitae|CV|Profil|État civil",
    "hdr_ad": "À VENDRE|Recherche|Chambre à louer|À donner|Objet trouvé|Vide-grenier ce week-end",
    "hdr_ticket": "Demande d'assistance|Mise à jour du ticket|Signalement d'incident|Réclamation|Demande de remboursement",
    "hdr_press": "COMMUNIQUÉ DE PRESSE|Communiqué|Information presse",
    "hdr_obit": "AVIS DE DÉCÈS|In memoriam|Nécrologie|Remerciements",
    "talks": "Passer la recherche à l'échelle|Deux ans d'astreinte|La santé des sols au potager|Des cartes accessibles|"
    "Introduction aux systèmes de types|Financer les bibliothèques|Table ronde : l'avenir du rail|"
    "Accueil café|Présentations éclair|Clôture",
    "roles": "Responsable des opérations|Ingénieure données|Coordinateur bénévoles|Designer produit|Infirmière|"
    "Associé|Directeur commercial|Chargée de recherche|Assistante de direction",
    "orgs": "Ventdunord Analytique|Champbleu Logistique|Feuilleverte SCOP|Atelier de la Carrière|Énergies Cuivre|"
    "Pont-de-Fer Conseil|Lumen Robotique|Éditions du Marais",
    "close": "Bien cordialement,|Cordialement,|Bonne journée,|Merci,|Bises,|À bientôt,|Envoyé de mon téléphone",
    "phone": "appelle-moi au {}|Tél. : {}|Portable : {}|joignable au {}|mon nouveau numéro : {}|rappeler au {}|"
    "Tél {}|ligne directe {}|WhatsApp {}|mob. {}",
    "mail": "écris-moi à {}|Courriel : {}|mail : {}|merci d'envoyer à {}|ma nouvelle adresse est {}|copie à {}|"
    "questions à {}",
    "web": "diapos sur {}|portfolio : {}|plus d'infos sur {}|site : {}|voir {}|mon site {}|profil : {}",
    "addr": "nous sommes au {}|livraison : {}|à récupérer au {}|Adresse : {}|merci d'envoyer au {}|lieu : {}|"
    "nouvelle adresse : {}|retrait : {}",
    "card": "numéro de carte {}|débité sur ma {brand} {}|carte : {}|payé avec la carte {}|le numéro de la {brand} est {}|"
    "rembourser sur la carte {}",
    "iban": "IBAN {}|merci de virer sur {}|coordonnées bancaires : {}|RIB/IBAN : {}|IBAN : {}|virement sur {}",
    "id": "mon {label} est {}|{label} : {}|{label} {} (pour la paie)|on m'a demandé mon {label} : {}|{label} au dossier : {}",
    "ip": "connexion depuis {}|IP source {}|adresse bloquée {}|les requêtes de {} échouent|le VPN me donne {}",
    "person": "{} animera|merci à {} pour l'accueil|j'en ai parlé à {}|{} rejoint l'équipe comme mentor|"
    "{} est excusée|clés chez {}|{} ({org}) ouvre la séance|signalé par {}",
    "member": "{} présentera les résultats|ravi de voir {} ici|{} prend les notes|{} apporte le gâteau|bravo {} !|"
    "{} est absent jusqu'à lundi|{} a été élue trésorière",
    "attend": "Présents :|Participants :|Étaient là :|Présent·es :",
    "actions": "Actions|Prochaines étapes|À faire|Suites à donner",
    "filler": "Ouverture des portes à {time}.|Café et viennoiseries offerts.|Inscription avant le {date}.|La salle est "
    "au deuxième étage.|Peu de places de parking, privilégiez le tram.|Merci à tous pour votre présence.|"
    "Dites-moi si quelque chose change.|Le compte rendu suivra la semaine prochaine.|Désolé du retard.",
    "chat": "salut tout le monde|ok ça marche|j'arrive|désolé je suis en retard|qqn peut vérifier|merci !!|à toute|"
    "qqn a le lien",
    "ad": "Vends mon vélo de route, très peu servi, {price}.|Canapé, bon état, {price} à débattre.|Chambre en colocation "
    "calme, {price} CC.|Trouvé un trousseau de clés près de la gare.|Livres pour enfants, lot de 40, {price}.",
    "obit": "nous a quittés paisiblement le {date}, à l'âge de {age} ans.|est décédé subitement le {date}.|"
    "Ni fleurs ni couronnes.|Les obsèques auront lieu le {date}.|Ses enfants et petits-enfants remercient.",
    "press": "{org} annonce aujourd'hui un nouveau partenariat.|{org} ouvre un second site.|Lancement le {date}.|"
    "Contact presse :|Pour toute interview :",
    "ticket": "Le client indique que le paiement a échoué deux fois.|Connexion impossible depuis la mise à jour.|"
    "Merci de transmettre à la facturation.|Remboursement validé, délai 5 à 7 jours ouvrés.|Ticket clôturé.",
    "quote": "« Nous sommes ravis », a déclaré {}.|selon {}, qui pilote le projet.|d'après {}|{} a précisé",
    "free": "L'atelier aborde le budget, les subventions et les bilans.|On se retrouve un mardi sur deux.|"
    "Ouvert à toutes et à tous, sans prérequis.|La médiathèque sera fermée pendant les fêtes.|"
    "Le questionnaire ferme bientôt.|Super séance aujourd'hui, merci à tous.|Bienvenue aux nouveaux membres !|"
    "L'enregistrement est en ligne.|Il devrait faire beau pour la randonnée.",
    "look": "La commande {} est expédiée.|Le vol {} arrive à 18h40.|Facture {} en pièce jointe.|ISBN {}.|Code EAN {} sur "
    "le carton.|Passé en {} hier soir.|Au final ça a coûté {}.|La pièce fait {} de large.|Suivi colis : {}.|"
    "On a flâné sur {} après le déjeuner.|Avec le soutien de {}.|On utilise encore {}.|Dès {} on avait commencé.|"
    "Rendez-vous à {}.|Date limite : {}.|Réf. dossier {}.",
    "sec": "Nouvelle connexion depuis {} : est-ce bien vous ?|Le pare-feu a bloqué {} après cinq échecs.|Notre adresse publique est {} si vous devez l'autoriser.|Trafic suspect depuis {} sur le port 22.|Merci d'autoriser {} sur le serveur de recette.|Dernière connexion : {}",
}

ES = {
    "hdr_prog": "PROGRAMA|Orden del día|Agenda del sábado|Programa de la tarde|Ciclo de charlas",
    "hdr_meet": "Acta de la reunión|Notas de la reunión|Acta de la junta|Resumen del comité|Notas del seguimiento",
    "hdr_cv": "Currículum vítae|CV|Datos personales|Perfil",
    "hdr_ad": "SE VENDE|Se busca|Se alquila habitación|Se regala|Objeto perdido|Mercadillo este finde",
    "hdr_ticket": "Solicitud de soporte|Actualización de incidencia|Parte de incidencia|Reclamación|Solicitud de reembolso",
    "hdr_press": "NOTA DE PRENSA|Comunicado|Nota informativa",
    "hdr_obit": "ESQUELA|In memoriam|Necrológica|Rogad a Dios en caridad por el alma de",
    "talks": "Escalar la búsqueda sin dolor|Dos años de guardias|Salud del suelo en el huerto|Mapas accesibles|"
    "Introducción a los sistemas de tipos|Financiar bibliotecas|Mesa redonda: el futuro del tren|"
    "Bienvenida y café|Charlas relámpago|Clausura",
    "roles": "Responsable de Operaciones|Ingeniera de Datos|Coordinador de Voluntariado|Diseñadora de Producto|Enfermera|"
    "Socio|Director Comercial|Investigadora|Jefa de Oficina",
    "orgs": "Vientonorte Analítica S.L.|Campoazul Logística|Hojaverde Cooperativa|Estudio La Cantera|Energía Cobre|"
    "Puentehierro Consultores|Lumen Robótica|Ediciones Marisma",
    "close": "Un saludo,|Saludos cordiales,|Gracias,|Un abrazo,|Atentamente,|Hasta pronto,|Enviado desde mi móvil",
    "phone": "llámame al {}|Tel.: {}|Móvil: {}|estoy en el {}|mi número nuevo es {}|devolver llamada al {}|"
    "Teléfono {}|línea directa {}|WhatsApp {}|tlf {}",
    "mail": "escríbeme a {}|Correo: {}|email: {}|envíalo a {}|mi nuevo correo es {}|copia a {}|dudas a {}",
    "web": "diapositivas en {}|portfolio: {}|más en {}|web: {}|ver {}|mi web {}|perfil: {}",
    "addr": "estamos en {}|entregar en {}|recoger en {}|Dirección: {}|envíalo a {}|lugar: {}|nueva dirección: {}|"
    "punto de recogida: {}",
    "card": "número de tarjeta {}|cargado a mi {brand} {}|tarjeta: {}|pagado con la tarjeta {}|el número de la {brand} es {}|"
    "reembolsar a la tarjeta {}",
    "iban": "IBAN {}|haz la transferencia a {}|datos bancarios: {}|cuenta: {}|IBAN: {}|ingresar en {}",
    "id": "mi {label} es {}|{label}: {}|{label} {} (para la nómina)|me pidieron el {label}: {}|{label} registrado: {}",
    "ip": "acceso desde {}|IP de origen {}|dirección bloqueada {}|las peticiones desde {} fallan|la VPN me da {}",
    "person": "{} modera|gracias a {} por acogernos|lo hablé con {}|{} se une como mentora|{} se disculpa|"
    "las llaves las tiene {}|{} ({org}) abre la sesión|avisado por {}",
    "member": "{} presentará los resultados|qué bien ver a {} por aquí|{} toma el acta|{} trae la tarta|¡enhorabuena {}!|"
    "{} no está hasta el lunes|{} fue elegida tesorera",
    "attend": "Asistentes:|Presentes:|Estuvieron:|Participantes:",
    "actions": "Acciones|Próximos pasos|Pendientes|Tareas",
    "filler": "Apertura de puertas a las {time}.|Habrá café y bollería.|Inscripción hasta el {date}.|La sala está en la "
    "segunda planta.|Hay poco aparcamiento, mejor venir en metro.|Gracias a todos por venir.|Avisad si hay "
    "cambios.|El acta se enviará la semana que viene.|Perdón por la tardanza.",
    "chat": "hola a todos|vale perfecto|voy de camino|perdón llego tarde|alguien puede mirar|gracias!!|nos vemos|"
    "alguien tiene el enlace",
    "ad": "Vendo bici de carretera, casi sin uso, {price}.|Sofá en buen estado, {price} negociables.|Habitación en piso "
    "tranquilo, {price} gastos incluidos.|Encontradas unas llaves cerca de la estación.|Libros infantiles, lote de 40, {price}.",
    "obit": "falleció en paz el {date}, a los {age} años.|falleció repentinamente el {date}.|Sus hijos, nietos y demás "
    "familia lo comunican.|El funeral se celebrará el {date}.|No se reciben flores.",
    "press": "{org} anuncia hoy una nueva alianza.|{org} abre su segunda oficina.|El programa arranca el {date}.|"
    "Contacto de prensa:|Para entrevistas:",
    "ticket": "El cliente indica que el pago falló dos veces.|No puede iniciar sesión desde la actualización.|"
    "Pasar a facturación, por favor.|Reembolso aprobado, 5–7 días hábiles.|Cerramos la incidencia.",
    "quote": "«Estamos encantados», dijo {}.|según {}, que dirige el proyecto.|en palabras de {}|{} explicó",
    "free": "El taller trata presupuestos, subvenciones y memorias.|Nos vemos un martes sí y otro no.|"
    "Abierto a todo el mundo, sin experiencia previa.|La biblioteca cierra en vacaciones.|"
    "La encuesta cierra pronto.|Gran sesión hoy, gracias.|¡Bienvenidos los nuevos socios!|"
    "La grabación ya está en línea.|Hará buen tiempo para la ruta.",
    "look": "El pedido {} ya salió.|El vuelo {} aterriza a las 18:40.|Adjunto la factura {}.|ISBN {}.|Código EAN {} en la caja.|"
    "Actualizado a {} anoche.|Al final costó {}.|La sala mide {} de ancho.|Seguimiento: {}.|"
    "Después de comer paseamos por {}.|Patrocina {}.|Seguimos con {}.|Ya en {} empezamos.|La llamada es a las {}.|"
    "Plazo: {}.|Ref. expediente {}.",
    "sec": "Nuevo inicio de sesión desde {}: ¿fuiste tú?|El cortafuegos bloqueó {} tras cinco intentos fallidos.|Nuestra IP pública es {} por si tenéis que autorizarla.|Tráfico sospechoso desde {} en el puerto 22.|Por favor autorizad {} en el servidor de pruebas.|Último acceso: {}",
}
