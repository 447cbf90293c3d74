"""Spanish and Italian locales of the fifteenth set (es_ES, it_IT), written by hand."""

from __future__ import annotations

from . import fifteenth_num as num


def _es_ids(rng, person):
    v = num.es_dni(rng)
    form = rng.choice(["compact", "compact", "dashed", "dotted"])
    if form == "dashed":
        return form, f"{v[:-1]}-{v[-1]}"
    if form == "dotted" and v[0].isdigit():
        return form, f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}"
    return "compact", v


def _it_ids(rng, person):
    v = num.it_codice_fiscale(rng, person[1], person[0])
    form = rng.choice(["upper", "upper", "lower"])
    return form, v if form == "upper" else v.lower()


ES_ES = dict(
    code="es_ES", cc="ES", region="ES", intl="34", iban_cc=["ES"], tld="es",
    titles=["Sr.", "Sra.", "don", "doña", "Dr."],
    given="Hugo Martín Lucas Mateo Pablo Álvaro Javier Sergio Lucía Sofía Martina María Paula "
          "Carmen Nerea Ainhoa Iker Unai Jordi Montserrat Xavier Mohamed Fátima Youssef Ionut "
          "Andreea Wilson Yesenia Ramón Concepción Dolores Alejandro Rocío Inmaculada Aitana "
          "Nuria Kevin Shaila",
    surnames="García López, Fernández, González, Rodríguez Pérez, Sánchez, Martínez, Gómez, "
             "Ruiz, Hernández, Jiménez, Díaz, Moreno, Muñoz, Álvarez, Romero, Navarro, Torres, "
             "Domínguez, Vázquez, Ramos, Gil, Serrano, Blanco, Molina, Castro, Ortiz, Rubio, "
             "Marín, Iglesias, Etxeberria, Puig, Ferrer, Vidal, El Amrani, Popescu, Quispe, "
             "Cabrera, Castillo, de la Fuente, Garrido",
    email_domains=["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    trades=["fontaneria", "reformas", "clases", "limpieza", "tartas", "foto"],
    streets=[("Calle Mayor", "C/ Mayor"), ("Calle de Alcalá", "C/ Alcalá"),
             ("Avenida de la Constitución", "Avda. Constitución"), ("Calle del Olivo", "C/ Olivo"),
             ("Paseo de Gracia", "Pº Gracia"), ("Calle San Vicente", "C/ San Vicente"),
             ("Plaza de la Merced", "Pza. Merced"), ("Calle Real", "C/ Real"),
             ("Avenida Blasco Ibáñez", "Avda. Blasco Ibáñez"), ("Calle Larios", "C/ Larios"),
             ("Ronda de Triana", "Rda. Triana")],
    stop={"calle", "c", "avenida", "avda", "paseo", "pº", "plaza", "pza", "ronda", "rda", "san",
          "del", "las", "los"},
    towns=[("Madrid", ["28013", "28004", "28045"]), ("Barcelona", ["08001", "08012", "08025"]),
           ("Valencia", ["46001", "46010"]), ("Sevilla", ["41001", "41010"]),
           ("Málaga", ["29001", "29015"]), ("Zaragoza", ["50001", "50009"]),
           ("Bilbao", ["48001", "48005"]), ("Granada", ["18001", "18009"])],
    addr={"full": ["{s}, {no}, {pc} {town}", "{s} {no}, {pc} {town}", "{s} nº {no}, {pc} {town}"],
          "unit": ["{s}, {no}, {u}, {pc} {town}", "{s} {no}, {u}", "{s}, {no} {u}"],
          "street": ["{s}, {no}", "{s} {no}"]},
    units=["{f}º {l}", "{f}º izda.", "{f}º dcha.", "bajo {l}", "ático", "esc. {l}, {f}º {l}"],
    phones=[(["6", "7"], 9, ["spaced=### ## ## ##", "grouped=### ### ###", "intl=+34 ### ### ###",
                             "intl00=0034 #########", "compact=#########",
                             "intl_sp=+34 ### ## ## ##", "dots=###.###.###"]),
            (["91", "93", "96", "95"], 9, ["grouped=### ### ###", "spaced=## ### ## ##",
                                           "intl=+34 ## ### ## ##"])],
    ids=_es_ids, cur=["{a} €", "{a}€", "{a} euros"], thou=".", dec=",",
    months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"],
    datef=["{d}/{m}/{y}", "{dd}/{mm}/{y}", "{d} de {mon}", "{d}-{m}-{y}"],
    timef=["{h}:{mm}", "{h}:{mm} h", "las {h}:{mm}"],
    measures=["{n} kg", "{n} m²", "{n} km", "{n} metros"],
    plates=["DDDD LLL", "DDDD-LLL"], flights=["IB", "VY", "UX", "FR"],
    companys="Wallapop | Mercadona | El Corte Inglés | Leroy Merlin | Correos | Decathlon",
    products="Thermomix | olla Cecotec | patinete Xiaomi | cafetera Dolce Gusto",
    places="Parque del Retiro | Estadio Santiago Bernabéu | Hospital Gregorio Marañón | "
           "Colegio Miguel de Cervantes | Plaza de Cibeles | Instituto Antonio Machado",
    genres={
        "classified": "Vendo mesa de roble macizo, recogida en mano. | Vendo bici de niño, "
                      "muy buen estado. | Por mudanza vendo sofá, estantería y nevera.",
        "rental": "Se alquila habitación en piso compartido a partir del mes que viene. | "
                  "Piso en alquiler sin amueblar, visitas con cita previa.",
        "jobs": "Busco persona de confianza para limpieza unas horas a la semana. | Manitas con "
                "experiencia para pequeñas reparaciones. | ¡Nuestra cafetería busca camareros "
                "para el fin de semana!",
        "lost_found": "SE BUSCA: gata atigrada gris, muy asustadiza, se llama Luna. | Encontradas "
                      "unas llaves en el banco junto al parque infantil. | Perdí la cartera "
                      "entre la estación y la biblioteca, de piel marrón.",
        "carpool": "Comparto coche a la playa el sábado, quedan dos plazas. | ¿Alguien va al "
                   "aeropuerto el viernes temprano? Compartimos gasolina.",
        "services": "¿Alguien me recomienda un buen electricista? | ¡Mil gracias al fontanero "
                    "que nos arregló la caldera! | Clases particulares de mates, todos los "
                    "niveles.",
        "notice": "Aviso a los vecinos: el martes por la mañana cortan el agua. | Paquete dejado "
                  "con un vecino, pasad a recogerlo. | Obras en el patio desde la semana que "
                  "viene, perdón por el ruido.",
        "club": "El club de running vuelve tras el parón de invierno. | La parroquia busca "
                "voluntarios para el banco de alimentos. | ¡Fiesta del cole el sábado, se "
                "agradecen bizcochos!",
        "review": "Opinión rápida del taller nuevo del centro. | Valoración sincera tras la "
                  "reforma de la cocina.",
        "rsvp": "¡Ya está abierta la lista para la fiesta del barrio! | Confirmad asistencia a "
                "la reunión de padres, por favor.",
        "swap": "Regalo ropa de bebé, casi toda de niña. | Hilo de trueque: decid qué tenéis y "
                "qué buscáis. | Respondo a mi anuncio de ayer: el sofá sigue disponible.",
    },
    phr={
        "EMAIL": "Fotos por correo a {v}. | Dudas a {v}, por favor. | Contacto: {v} | "
                 "Escribidme a {v} y contesto por la noche.",
        "PHONE": "Llamad o escribid al {v}. | WhatsApp al {v} a partir de las seis. | ¡Si la "
                 "veis, llamad al {v}! | Tel.: {v} | Su número es {v}, decid que vais de "
                 "nuestra parte. | Solo mensajes: {v}",
        "URL": "Más fotos en {v}. | Información e inscripciones en {v} | Mirad su página {v} | "
               "anuncio completo: {v}",
        "IP": "El registro de la cámara muestra un acceso desde {v}, ¿es alguien de aquí? | El "
              "wifi de la comunidad bloquea {v} todo el rato, ¿el administrador lo puede "
              "desbloquear?",
        "CARD": "OJO: un supuesto comprador me pidió confirmar la tarjeta {v}. ¡Es una estafa! "
                "| Alguien ha puesto su número de tarjeta {v} en el grupo por error, ¡borradlo! "
                "| Nunca mandéis datos de tarjeta como {v} a falsos mensajeros.",
        "IBAN": "Fianza por transferencia a {v}. | La señal se paga en {v}. | Transferencia a "
                "{v} con vuestro nombre en el concepto. | Cuenta para donativos: {v}",
        "ID": "Encontrada una cartera con un DNI, número {v}. | El supuesto casero me pide el "
              "DNI {v} antes de la visita, ¿es normal? | En el documento encontrado pone "
              "NIF {v}.",
        "PERSON": "Nuestro fontanero {v} fue un crack, lo recomiendo. | Preguntad por {v} en "
                  "recepción. | {v}, la de la frutería, recoge donaciones. | ¡Gracias a {v} "
                  "por encontrar a nuestro perro! | La profe particular, {v}, es un amor. | "
                  "Cuidado con {v}, cobró la fianza y desapareció.",
        "MEMBER": "{v} trae la carpa. | Apuntados de momento: {v}. | ¡Gracias {v} por "
                  "organizar! | Las llaves las tiene {v}, aquí en el grupo. | {v} lleva el "
                  "puesto este año.",
        "ADDRESS": "Visitas en {v}. | Recogida en {v}. | Punto de encuentro: {v}. | Dejadlo en "
                   "{v}, timbre de arriba. | Dirección: {v}",
    },
    la={
        "price": "Precio: {v} negociables. | Lo dejo en {v}. | {v}, precio fijo.",
        "date": "Libre desde el {v}. | Quedamos el {v}. | Me mudo el {v}.",
        "time": "Abrimos a las {v}. | Recogida sobre las {v}.",
        "hours": "Horario {v} de lunes a viernes.",
        "order_no": "El pedido {v} llegó roto. | (pedido nº {v})",
        "tracking": "Seguimiento: {v} | El envío {v} figura como entregado.",
        "model": "Modelo {v}, funciona perfecto. | Es un {v}.",
        "serial": "Número de serie {v} en la factura.",
        "isbn": "Libro de texto ISBN {v}, casi nuevo.",
        "dimension": "Medidas: {v}. | Tamaño {v}.",
        "measure": "Pesa unos {v}. | Unos {v}.",
        "plate": "Matrícula {v}. | La furgoneta {v} vuelve a tapar la entrada.",
        "bus": "Coged el bus {v} hasta el final. | La línea {v} para delante.",
        "room": "Reunión en la sala {v}. | Aula {v} del centro cívico.",
        "version": "Firmware {v} instalado. | versión de la app {v}",
        "flight": "Aterrizo en el vuelo {v}, ¿alguien me recoge?",
        "company": "Comprado en {v}. | Más barato que en {v}.",
        "product": "Incluye {v}. | Cambio por {v}.",
        "place": "Cerca del {v}. | Junto al {v}.",
        "year": "Comprado nuevo en {v}.",
        "invoice": "Factura {v} adjunta.",
        "ticket": "Avisado al ayuntamiento, incidencia {v}.",
    },
    closers="¡Gracias! | Un saludo a todos. | Dudas por privado. | Abstenerse curiosos. | ¡Buen "
            "finde a todos!",
    free="Solo recogida en mano, no envío. | Casa sin humo y sin mascotas. | Respondo dudas en "
         "los comentarios. | Prefiero efectivo. | Compartid, por favor. | Todo el mundo es "
         "bienvenido. | Sigo buscando, cualquier pista ayuda. | Buen estado, algún roce. | Iré "
         "actualizando aquí. | Los niños son bienvenidos.",
)

IT_IT = dict(
    code="it_IT", cc="IT", region="IT", intl="39", iban_cc=["IT"], tld="it",
    titles=["sig.", "sig.ra", "Dott.", "dott.ssa", "signora"],
    given="Leonardo Francesco Alessandro Lorenzo Mattia Andrea Gabriele Riccardo Sofia Giulia "
          "Aurora Alice Ginevra Emma Chiara Federica Giuseppe Salvatore Antonio Vincenzo Rosa "
          "Assunta Carmela Gennaro Ciro Ahmed Mihaela Elena Xin Wei Kwabena Ilaria Simona "
          "Raffaele Domenico Beatrice Tommaso Matteo Bianca",
    surnames="Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, "
             "Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, "
             "Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, "
             "Leone, Longo, Gentile, Hu, Popa, El Idrissi, Mensah, Di Stefano, Sorrentino, "
             "Coppola, D'Amico",
    email_domains=["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it",
                   "hotmail.it"],
    trades=["idraulica", "ripetizioni", "pulizie", "dolci", "restauri", "foto"],
    streets=[("Via Roma", "V. Roma"), ("Via Giuseppe Garibaldi", "Via G. Garibaldi"),
             ("Corso Vittorio Emanuele II", "C.so Vittorio Emanuele II"),
             ("Viale dei Pini", "V.le dei Pini"), ("Via Toledo", "Via Toledo"),
             ("Piazza della Libertà", "P.za della Libertà"), ("Via Nazionale", "Via Naz."),
             ("Via dei Mille", "Via dei Mille"), ("Vicolo Stretto", "Vic. Stretto"),
             ("Via Cavour", "V. Cavour"), ("Largo Argentina", "L.go Argentina")],
    stop={"via", "v", "corso", "c", "so", "viale", "le", "piazza", "za", "vicolo", "vic",
          "largo", "go", "dei", "del", "della", "ii", "naz"},
    towns=[("Roma", ["00184", "00153", "00198"]), ("Milano", ["20121", "20135", "20149"]),
           ("Napoli", ["80132", "80138"]), ("Torino", ["10121", "10138"]),
           ("Bologna", ["40121", "40126"]), ("Firenze", ["50122", "50129"]),
           ("Palermo", ["90133", "90141"]), ("Bari", ["70121", "70122"])],
    addr={"full": ["{s} {no}, {pc} {town}", "{s}, {no} - {pc} {town}", "{s} {no} {pc} {town}"],
          "unit": ["{s} {no}, {u}, {pc} {town}", "{s} {no}, {u}", "{s} {no} ({u})"],
          "street": ["{s} {no}", "{s}, {no}"]},
    units=["int. {n}", "scala {l}, int. {n}", "{f}° piano", "piano terra", "scala {l}"],
    phones=[(["320", "328", "333", "338", "340", "347", "349", "366", "380", "393"], 10,
             ["spaced=### ### ####", "intl=+39 ### #######", "dashed=###-#######",
              "dots=###.###.####", "compact=##########", "intl_sp=+39 ### ### ####",
              "intl00=0039 ##########"]),
            (["06", "02"], 10, ["national=## ########", "spaced=## #### ####",
                                "intl=+39 ## ########", "slash=##/########"])],
    ids=_it_ids, cur=["{a} €", "€ {a}", "{a} euro"], thou=".", dec=",",
    months=["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre"],
    datef=["{d}/{m}/{y}", "{dd}/{mm}/{y}", "{d} {mon}", "{dd}.{mm}.{y}"],
    timef=["{h}:{mm}", "{h}.{mm}", "ore {h}:{mm}"],
    measures=["{n} kg", "{n} mq", "{n} km", "{n} litri"],
    plates=["LL DDD LL", "LLDDDLL"], flights=["AZ", "FR", "U2", "V7"],
    companys="Subito.it | Esselunga | Coop | Conad | Poste Italiane | Trenitalia | Unieuro",
    products="Bimby | moka Bialetti | macchina Lavazza | passeggino Chicco",
    places="Stazione Garibaldi | Ospedale Cardarelli | Liceo Galileo Galilei | Teatro Verdi | "
           "Piazza Dante | Scuola Maria Montessori | Parco Sempione",
    genres={
        "classified": "Vendo tavolo in rovere massello, ritiro a mano. | Vendo bici da bambino, "
                      "ottime condizioni. | Per trasloco vendo divano, libreria e frigo.",
        "rental": "Affittasi stanza singola in appartamento condiviso dal mese prossimo. | "
                  "Bilocale in affitto non arredato, visite su appuntamento.",
        "jobs": "Cerco persona affidabile per pulizie qualche ora a settimana. | Tuttofare con "
                "esperienza per piccoli lavori. | Il nostro bar cerca personale per il weekend!",
        "lost_found": "SMARRITA: gatta tigrata grigia, molto timida, si chiama Micia. | Trovato "
                      "un mazzo di chiavi sulla panchina vicino ai giochi. | Perso il "
                      "portafoglio tra la stazione e la biblioteca, pelle marrone.",
        "carpool": "Offro passaggio al mare sabato, ancora due posti. | Qualcuno va in "
                   "aeroporto venerdì mattina presto? Dividiamo la benzina.",
        "services": "Qualcuno mi consiglia un buon elettricista? | Grazie mille all'idraulico "
                    "che ci ha sistemato la caldaia! | Ripetizioni di matematica, tutti i "
                    "livelli.",
        "notice": "Avviso ai condomini: martedì mattina manca l'acqua. | Pacco lasciato a un "
                  "vicino, passate a ritirarlo. | Lavori nel cortile dalla prossima settimana, "
                  "scusate il rumore.",
        "club": "Il gruppo di corsa riparte dopo la pausa invernale. | La parrocchia cerca "
                "volontari per il banco alimentare. | Festa della scuola sabato, torte gradite!",
        "review": "Recensione veloce dell'officina nuova in centro. | Parere sincero dopo la "
                  "ristrutturazione della cucina.",
        "rsvp": "Aperta la lista per la festa di quartiere! | Confermate la presenza alla "
                "riunione dei genitori, grazie.",
        "swap": "Regalo vestiti da neonata. | Thread di scambio: scrivete cosa avete e cosa "
                "cercate. | Rispondo al mio post di ieri: il divano è ancora disponibile.",
    },
    phr={
        "EMAIL": "Foto via mail a {v}. | Domande a {v}, grazie. | Contatto: {v} | Scrivetemi a "
                 "{v}, rispondo la sera.",
        "PHONE": "Chiamate o scrivete al {v}. | WhatsApp al {v} dopo le sei. | Se la vedete "
                 "chiamate il {v}! | Tel. {v} | Il suo numero è {v}, dite che vi mandiamo noi. "
                 "| Solo messaggi: {v}",
        "URL": "Altre foto su {v}. | Info e iscrizioni su {v} | Guardate la sua pagina {v} | "
               "annuncio completo: {v}",
        "IP": "Il registro della telecamera mostra un accesso da {v}, è qualcuno di voi? | Il "
              "wifi condominiale blocca sempre {v}, l'amministratore può sbloccarlo?",
        "CARD": "ATTENZIONE: un finto acquirente mi ha chiesto di confermare la carta {v}. È "
                "una truffa! | Qualcuno ha scritto il numero di carta {v} nel gruppo per "
                "sbaglio, cancellatelo! | Mai mandare dati di carte come {v} a finti corrieri.",
        "IBAN": "Caparra con bonifico su {v}. | L'acconto va su {v}. | Bonifico a {v}, causale "
                "il vostro nome. | IBAN per le offerte: {v}",
        "ID": "Trovato un portafoglio con la tessera sanitaria, codice fiscale {v}. | Il finto "
              "proprietario vuole il mio codice fiscale {v} prima della visita, è normale? | "
              "Sul documento ritrovato c'è il CF {v}.",
        "PERSON": "Il nostro idraulico {v} è stato bravissimo, lo consiglio. | Chiedete di {v} "
                  "alla reception. | {v} del bar raccoglie le offerte. | Grazie a {v} che ha "
                  "ritrovato il nostro cane! | La maestra delle ripetizioni, {v}, è paziente. "
                  "| Attenzione a {v}, ha preso la caparra ed è sparito.",
        "MEMBER": "{v} porta il gazebo. | Iscritti finora: {v}. | Grazie {v} per "
                  "l'organizzazione! | Le chiavi le ha {v}, qui nel gruppo. | {v} gestisce il "
                  "banchetto quest'anno.",
        "ADDRESS": "Visite in {v}. | Ritiro in {v}. | Ritrovo: {v}. | Lasciatelo in {v}, "
                   "citofono in alto. | Indirizzo: {v}",
    },
    la={
        "price": "Prezzo: {v} trattabili. | Lo lascio a {v}. | {v}, prezzo fisso.",
        "date": "Libera dal {v}. | Ci vediamo il {v}. | Trasloco il {v}.",
        "time": "Apertura alle {v}. | Ritiro verso le {v}.",
        "hours": "Orario {v} dal lunedì al venerdì.",
        "order_no": "L'ordine {v} è arrivato rotto. | (ordine n. {v})",
        "tracking": "Tracking: {v} | La spedizione {v} risulta consegnata.",
        "model": "Modello {v}, funziona benissimo. | È un {v}.",
        "serial": "Numero di serie {v} sulla fattura.",
        "isbn": "Libro di scuola ISBN {v}, come nuovo.",
        "dimension": "Misure: {v}. | Dimensioni {v}.",
        "measure": "Pesa circa {v}. | Circa {v}.",
        "plate": "Targa {v}. | Il furgone {v} blocca di nuovo il passo carrabile.",
        "bus": "Prendete il bus {v} fino al capolinea. | La linea {v} ferma davanti.",
        "room": "Riunione in aula {v}. | Sala {v} del centro civico.",
        "version": "Firmware {v} installato. | versione dell'app {v}",
        "flight": "Atterro con il volo {v}, qualcuno mi passa a prendere?",
        "company": "Comprato da {v}. | Costa meno che da {v}.",
        "product": "Incluso {v}. | Scambio con {v}.",
        "place": "Vicino a {v}. | Di fronte a {v}.",
        "year": "Comprato nuovo nel {v}.",
        "invoice": "Fattura {v} allegata.",
        "ticket": "Segnalato al comune, pratica {v}.",
    },
    closers="Grazie! | Un saluto a tutti. | Per domande scrivete in privato. | No perditempo. | "
            "Buon weekend a tutti!",
    free="Solo ritiro a mano, niente spedizione. | Casa non fumatori, niente animali. | "
         "Rispondo alle domande nei commenti. | Preferisco contanti. | Condividete, grazie. | "
         "Tutti sono benvenuti. | Cerco ancora, ogni dritta è utile. | Buone condizioni, "
         "qualche graffio. | Aggiorno qui. | I bambini sono benvenuti.",
)

LOCALES = [ES_ES, IT_IT]
