"""Spanish (es_MX, es_EC), Italian and Portuguese phrase banks of the fortieth set, by hand."""

ES = {
    "open": "Una pregunta rápida sobre nuestro viaje.|Recién llegados del aeropuerto y todavía "
            "acomodando todo.|Lo publico para el resto del grupo.|Ojalá alguien ya haya pasado "
            "por esto.|Día largo de escalas, tengan paciencia.|La aerolínea por fin contestó."
            "|Estamos arreglando los papeles para viajar al extranjero.|La estancia en el hotel "
            "se complicó.|Escribo desde la sala de abordar.|Acabo de aterrizar y la maleta no."
            "|Hay que resolver la renta del auto antes del viernes.|La cita para la visa es la "
            "próxima semana.|Nuestro guía pidió unos datos.|Seguimiento de la reserva del tren."
            "|Estamos planeando las vacaciones en familia.|Novedades del reclamo de equipaje.",
    "close": "Gracias de antemano.|Se agradece cualquier consejo.|Saludos y buen viaje."
             "|Les cuento después del vuelo.|Mil gracias.|Avísenme si falta algo.|Nos vemos en "
             "la puerta.|Hablamos pronto.|Crucemos los dedos por la conexión.|Eso es todo por "
             "ahora.|Con gusto comparto más detalles.|Gracias otra vez por la paciencia.|Me "
             "voy a hacer la maleta.|Buen viaje a todos.",
    "subj": "RE: su reservación|Equipaje extraviado|Entrega del auto|Cita de visa|Confirmación "
            "del hotel|Cuenta de viajero frecuente|Cambio de itinerario|Punto de encuentro del "
            "tour|Solicitud de reembolso|Duda sobre el boleto de tren|Renovación de pasaporte"
            "|Problema con el check-in",
    "greet": "Hola a todos,|Buenos días,|Estimado equipo,|Hola,|Buenas tardes,",
    "sign": "Saludos cordiales|Atentamente|Un abrazo|Gracias|Saludos",
    "title": "Ayuda con un vuelo cancelado|La maleta sigue perdida|¿Alguien rentó con esta "
             "agencia?|Visa a la llegada|Del aeropuerto al centro histórico|Recomienden un guía"
             "|El hotel cobró dos veces|Consejos para el autobús nocturno|Desaparecieron mis "
             "millas|Trámites para cruzar la frontera",
    "lead": {
        "EMAIL": "Me pueden escribir a {x} si llama la aerolínea.|La confirmación llegó a {x}."
                 "|Pongan a {x} en copia del reembolso.|Manden el itinerario a {x}, no al "
                 "correo viejo.|La agencia solo tiene {x} registrado.",
        "PHONE": "Llámenme al {x} cuando aparezca la maleta.|El número del chofer es {x}."
                 "|El hotel me localiza en el {x}.|Manda mensaje al {x} al aterrizar.|Mi "
                 "celular para la reserva: {x}.",
        "URL": "Todas las fotos del viaje están en {x}.|Conté toda la ruta en {x}.|La guía "
               "publica avisos en {x}.|Las reseñas de mis recorridos: {x}.|Mi blog de viajes "
               "es {x}.",
        "IP": "El portal de reservas bloqueó la dirección {x}.|Soporte dijo que mi IP {x} "
              "estaba marcada.|Los intentos de acceso venían de {x}, no de mí.|El wifi del "
              "hotel me dio {x}.|Al autorizar {x} volvió a funcionar el check-in.",
        "CARD": "El anticipo se pagó con la tarjeta {x}.|Cobraron {x} dos veces.|Por favor "
                "reembolsen a la tarjeta {x}.|Pagué la renta del auto con {x}.|El boleto se "
                "compró con {x}.",
        "IBAN": "Reembolso al IBAN {x}, por favor.|El saldo del tour puede ir a {x}.|Mis "
                "datos bancarios: IBAN {x}.|Depositen la compensación en {x}.|Cuenta para "
                "devolver el depósito: {x}.",
        "ID": "Para la visa: {cue} {x}.|En el mostrador pidieron mi {cue}, que es {x}.|Mi "
              "{cue} es {x}.|Migración anotó {cue} {x}.|Reservado con {cue} {x}.",
        "PERSON": "Nuestro guía {x} nos recibió en llegadas.|El chofer, {x}, esperó dos horas."
                  "|Pregunten por {x} en recepción.|{x}, de la aerolínea, resolvió el cambio."
                  "|Recorrimos el centro con {x}.",
        "MEMBER": "{x} se encarga de la reserva del grupo.|Gracias a {x} por encontrar la "
                  "maleta.|Le pedí a {x} que revise los hoteles.|{x} esperará el autobús en "
                  "la terminal.|¿Puede {x} confirmar los asientos?",
        "ADDRESS": "Manden la maleta a {x}.|El hotel está en {x}.|Punto de encuentro: {x}."
                   "|Envíen los documentos a {x}.|El departamento está en {x}.",
    },
    "poss": "de {x}",
    "lead_poss": "Todavía tengo el pase de abordar {x}.|La maleta {x} salió al final.|Pasamos "
                 "el asiento {x} al pasillo.",
    "bare": "Lo pego aquí para no perderlo: {x}|Copiado del formulario: {x}|Es {x}, por si "
            "alguien lo necesita.|Aquí va otra vez: {x}|Anotado atrás del boleto: {x}|El "
            "empleado escribió {x} en el recibo.",
    "bank": "{cue}: {x}|Usen la {cue} {x} para el reembolso.|Datos bancarios ({cue}): {x}"
            "|Transferir a {cue} {x}.",
    "label": {
        "EMAIL": "Correo|Correo de contacto", "PHONE": "Teléfono|Celular", "URL": "Sitio web|"
        "Perfil", "IP": "Dirección IP|IP de acceso", "CARD": "Número de tarjeta|Tarjeta de "
        "pago", "IBAN": "IBAN|Cuenta bancaria", "ID": "Documento|Número de identificación",
        "PERSON": "Pasajero|Nombre del huésped", "MEMBER": "Reservado por|Líder del grupo",
        "ADDRESS": "Dirección|Dirección de entrega",
    },
    "field": "Cabina: turista|Motivo: conexión perdida|Comida: vegetariana|Equipaje: una "
             "maleta documentada|Asiento: ventanilla|Estado: pendiente|Tipo: viaje redondo"
             "|Origen: app",
    "plain": "La fila en migración fue eterna.|El desayuno del hotel estuvo delicioso.|El "
             "autobús se fue sin medio grupo.|La maleta regresó con una rueda rota.|El guía "
             "conocía cada rincón del centro.|El check-in cerró antes por la tormenta.|Cambiamos "
             "el auto por uno más grande.|El bus nocturno fue más tranquilo de lo esperado."
             "|Nadie en el mostrador explicó el retraso.|El pase de museos nos ahorró filas."
             "|El abordaje empezó tarde otra vez.|La sala estaba llena pero el café era bueno."
             "|Llovió toda la semana, pero la vista valió la pena.|Terminamos compartiendo taxi "
             "con otra pareja.",
    "chat": "yo:|agente:|soporte:|guía:",
    "bullet": "Plan del día|Qué llevar|Reservas hechas|Pendientes antes de volar",
    "review": "Volvería sin duda.|Sentimientos encontrados.|Buena ubicación, cuartos viejos."
              "|Personal amable, check-in lento.",
    "look": {
        "flight": "Vamos en el vuelo {x} mañana temprano.", "pnr": "Clave de reservación {x}.",
        "eticket": "Boleto electrónico {x} en el recibo.", "train": "Tomamos el {x}.",
        "price": "El ascenso de clase costó {x}.", "date": "Salida el {x}.",
        "time": "El abordaje cierra a las {x}.", "seat": "Nos dieron {x}.",
        "iata": "La ruta {x} es la más barata.", "isbn": "La guía tiene ISBN {x}.",
        "orgreg": "La agencia está registrada como {x}.", "bic": "Su BIC es {x}.",
        "measure": "El equipaje de mano debe medir {x}.", "percent": "Nos descontaron {x}.",
        "eponym": "Aterrizamos de noche en {x}.", "nameword": "A todos nos encantó {x}.",
        "version": "La app de la aerolínea va en la {x}.",
    },
    "titles": {"F": "Sra.|Srta.|Dra.|Lic.", "M": "Sr.|Dr.|Ing.|Lic."},
}

IT = {
    "open": "Una domanda veloce sul nostro viaggio.|Appena tornati dall'aeroporto, sto ancora "
            "sistemando.|Lo scrivo per il resto del gruppo.|Magari qualcuno ci è già passato."
            "|Giornata lunga di coincidenze, abbiate pazienza.|La compagnia ha finalmente "
            "risposto.|Stiamo preparando i documenti per l'estero.|Il soggiorno in albergo è "
            "andato storto.|Scrivo dalla sala d'imbarco.|Appena atterrata, la valigia no.|Va "
            "sistemato il noleggio auto entro venerdì.|L'appuntamento per il visto è la "
            "settimana prossima.|La nostra guida chiede qualche dato.|Aggiornamento sulla "
            "prenotazione del treno.|Stiamo organizzando le vacanze in famiglia.|Novità sulla "
            "denuncia del bagaglio smarrito.",
    "close": "Grazie in anticipo.|Ogni consiglio è benvenuto.|Ciao e buon viaggio.|Vi "
             "aggiorno dopo il volo.|Grazie mille.|Ditemi se manca qualcosa.|Ci vediamo al "
             "gate.|A presto.|Speriamo nella coincidenza.|Per ora è tutto.|Posso dare altri "
             "dettagli.|Grazie ancora per la pazienza.|Vado a fare la valigia.|Buon viaggio a "
             "tutti.",
    "subj": "R: la sua prenotazione|Bagaglio smarrito|Ritiro auto a noleggio|Appuntamento "
            "visto|Conferma hotel|Conto fedeltà|Cambio itinerario|Punto d'incontro della "
            "visita|Richiesta di rimborso|Domanda sul biglietto del treno|Rinnovo passaporto"
            "|Problema al check-in",
    "greet": "Ciao a tutti,|Buongiorno,|Gentile staff,|Salve,|Buonasera,",
    "sign": "Cordiali saluti|Un saluto|A presto|Grazie|Saluti",
    "title": "Aiuto per un volo cancellato|Valigia ancora dispersa|Qualcuno ha noleggiato qui?"
             "|Visto all'arrivo|Dall'aeroporto al centro storico|Consigli su una guida|L'hotel "
             "ha addebitato due volte|Consigli per il treno notte|Punti fedeltà spariti"
             "|Documenti per il confine",
    "lead": {
        "EMAIL": "Potete scrivermi a {x} se richiama la compagnia.|La conferma è arrivata a {x}"
                 ".|Mettete {x} in copia per il rimborso.|Mandate l'itinerario a {x}, non al "
                 "vecchio indirizzo.|Il tour operator ha solo {x}.",
        "PHONE": "Chiamatemi al {x} quando arriva la valigia.|Il numero dell'autista è {x}."
                 "|L'albergo mi trova al {x}.|Scrivi al {x} appena atterri.|Il mio cellulare "
                 "per la prenotazione: {x}.",
        "URL": "Tutte le foto del viaggio sono su {x}.|Ho raccontato il percorso su {x}.|La "
               "guida pubblica aggiornamenti su {x}.|Le recensioni dei miei tour: {x}.|Il mio "
               "blog di viaggio è {x}.",
        "IP": "Il portale ha bloccato l'indirizzo {x}.|Secondo l'assistenza il mio IP {x} era "
              "segnalato.|Gli accessi arrivavano da {x}, non da me.|Il wifi dell'hotel mi ha "
              "dato {x}.|Abilitando {x} il check-in è ripartito.",
        "CARD": "L'acconto è stato pagato con la carta {x}.|Hanno addebitato {x} due volte."
                "|Riaccreditate la carta {x}, per favore.|Ho pagato il noleggio con {x}.|Il "
                "volo è stato pagato con {x}.",
        "IBAN": "Rimborso sull'IBAN {x}, grazie.|Il saldo del tour va su {x}.|I miei dati "
                "bancari: IBAN {x}.|Versate l'indennizzo su {x}.|Conto per la cauzione: {x}.",
        "ID": "Per il visto: {cue} {x}.|Al banco volevano il mio {cue}, cioè {x}.|Il mio "
              "{cue} è {x}.|La polizia di frontiera ha annotato {cue} {x}.|Prenotato con {cue} "
              "{x}.",
        "PERSON": "La nostra guida {x} ci aspettava agli arrivi.|L'autista, {x}, ha atteso "
                  "due ore.|Chiedete di {x} alla reception.|{x} della compagnia ha risolto il "
                  "cambio.|Abbiamo girato il centro con {x}.",
        "MEMBER": "{x} si occupa della prenotazione di gruppo.|Grazie a {x} per aver trovato "
                  "la valigia.|Ho chiesto a {x} di controllare gli alberghi.|{x} aspetterà il "
                  "pullman in stazione.|{x} può confermare i posti?",
        "ADDRESS": "Spedite la valigia a {x}.|L'albergo è in {x}.|Punto d'incontro: {x}."
                   "|Inviate i documenti a {x}.|L'appartamento è in {x}.",
    },
    "poss": "di {x}",
    "lead_poss": "Ho ancora la carta d'imbarco {x}.|La valigia {x} è uscita per ultima."
                 "|Abbiamo spostato il posto {x} sul corridoio.",
    "bare": "Lo incollo qui per non perderlo: {x}|Copiato dal modulo: {x}|È {x}, se serve."
            "|Eccolo di nuovo: {x}|Scritto sul retro del biglietto: {x}|L'impiegato ha "
            "scritto {x} sulla ricevuta.",
    "bank": "{cue}: {x}|Usate {cue} {x} per il rimborso.|Coordinate bancarie ({cue}): {x}"
            "|Bonifico su {cue} {x}.",
    "label": {
        "EMAIL": "Email|Email di contatto", "PHONE": "Telefono|Cellulare", "URL": "Sito|"
        "Profilo", "IP": "Indirizzo IP|IP di accesso", "CARD": "Numero carta|Carta di "
        "pagamento", "IBAN": "IBAN|Conto corrente", "ID": "Documento|Numero documento",
        "PERSON": "Passeggero|Nome ospite", "MEMBER": "Prenotato da|Capogruppo", "ADDRESS":
        "Indirizzo|Indirizzo di consegna",
    },
    "field": "Cabina: economy|Motivo: coincidenza persa|Pasto: vegetariano|Bagagli: uno in "
             "stiva|Posto: finestrino|Stato: in attesa|Viaggio: andata e ritorno|Fonte: app",
    "plain": "La coda al controllo passaporti non finiva più.|La colazione in albergo era "
             "ottima.|Il pullman è partito senza metà gruppo.|La valigia è tornata con una "
             "ruota rotta.|La guida conosceva ogni vicolo.|Il check-in ha chiuso prima per il "
             "temporale.|Abbiamo cambiato l'auto con una più grande.|Il treno notte era più "
             "tranquillo del previsto.|Al banco nessuno ha detto nulla sul ritardo.|La tessera "
             "musei ci ha evitato le code.|L'imbarco è iniziato di nuovo in ritardo.|La "
             "lounge era piena ma il caffè buono.|Pioggia tutta la settimana, ma che panorama."
             "|Alla fine abbiamo diviso il taxi con un'altra coppia.",
    "chat": "io:|operatore:|assistenza:|guida:",
    "bullet": "Programma del giorno|Da portare|Prenotazioni fatte|Prima di partire",
    "review": "Ci tornerei.|Sensazioni contrastanti.|Posizione ottima, camere stanche."
              "|Personale gentile, check-in lento.",
    "look": {
        "flight": "Siamo sul volo {x} domattina.", "pnr": "Codice prenotazione {x}.",
        "eticket": "Numero biglietto {x} sulla ricevuta.", "train": "Abbiamo preso il {x}.",
        "price": "L'upgrade è costato {x}.", "date": "Partenza il {x}.",
        "time": "L'imbarco chiude alle {x}.", "seat": "Ci hanno dato {x}.",
        "iata": "La tratta {x} è la più economica.", "isbn": "La guida ha ISBN {x}.",
        "orgreg": "L'agenzia è registrata con {x}.", "bic": "Il loro BIC è {x}.",
        "measure": "Il bagaglio a mano deve stare in {x}.", "percent": "Ci hanno scontato {x}.",
        "eponym": "Siamo atterrati di notte a {x}.", "nameword": "A tutti è piaciuto {x}.",
        "version": "L'app della compagnia è alla {x}.",
    },
    "titles": {"F": "Sig.ra|Dott.ssa|Avv.", "M": "Sig.|Dott.|Ing."},
}

PT = {
    "open": "Uma pergunta rápida sobre a nossa viagem.|Acabados de chegar do aeroporto, ainda "
            "a arrumar tudo.|Deixo isto para o resto do grupo.|Talvez alguém já tenha passado "
            "por isto.|Dia longo de ligações, tenham paciência.|A companhia aérea finalmente "
            "respondeu.|Estamos a tratar dos papéis para ir ao estrangeiro.|A estadia no hotel "
            "correu mal.|Escrevo da sala de embarque.|Acabei de aterrar e a mala não.|É preciso "
            "tratar do aluguer do carro até sexta.|A marcação do visto é para a semana.|O nosso "
            "guia pediu alguns dados.|Seguimento da reserva do comboio.|Estamos a planear as "
            "férias em família.|Novidades sobre a reclamação da bagagem.",
    "close": "Obrigado desde já.|Todas as dicas são bem-vindas.|Abraço e boa viagem.|Dou "
             "notícias depois do voo.|Muito obrigada.|Digam se faltar alguma coisa.|Vemo-nos "
             "na porta de embarque.|Até breve.|Dedos cruzados pela ligação.|Por agora é tudo."
             "|Posso dar mais pormenores.|Obrigado outra vez pela paciência.|Vou fazer a mala."
             "|Boa viagem a todos.",
    "subj": "RE: a sua reserva|Bagagem extraviada|Levantamento do carro|Marcação do visto"
            "|Confirmação do hotel|Conta de passageiro frequente|Alteração de itinerário|Ponto "
            "de encontro da visita|Pedido de reembolso|Dúvida sobre o passe de comboio"
            "|Renovação do passaporte|Problema no check-in",
    "greet": "Olá a todos,|Bom dia,|Cara equipa,|Olá,|Boa tarde,",
    "sign": "Com os melhores cumprimentos|Cumprimentos|Um abraço|Obrigado|Atenciosamente",
    "title": "Ajuda com voo cancelado|Mala ainda perdida|Alguém alugou neste balcão?|Visto à "
             "chegada|Do aeroporto à Baixa|Recomendem um guia|O hotel cobrou duas vezes|Dicas "
             "para o comboio noturno|Milhas desaparecidas|Papéis para a fronteira",
    "lead": {
        "EMAIL": "Podem escrever-me para {x} se a companhia ligar.|A confirmação foi para {x}."
                 "|Ponham {x} em cópia no reembolso.|Mandem o itinerário para {x}, não para o "
                 "antigo.|A agência só tem {x} registado.",
        "PHONE": "Liguem-me para o {x} quando a mala aparecer.|O número do motorista é {x}."
                 "|O hotel contacta-me pelo {x}.|Manda mensagem para o {x} quando aterrares."
                 "|O meu telemóvel para a reserva: {x}.",
        "URL": "As fotos todas da viagem estão em {x}.|Contei o percurso em {x}.|A guia "
               "publica novidades em {x}.|As avaliações das minhas visitas: {x}.|O meu blogue "
               "de viagens é {x}.",
        "IP": "O portal de reservas bloqueou o endereço {x}.|O apoio disse que o meu IP {x} "
              "estava assinalado.|As tentativas de acesso vinham de {x}, não de mim.|O wifi "
              "do hotel deu-me {x}.|Ao autorizar {x} o check-in voltou a funcionar.",
        "CARD": "O sinal foi pago com o cartão {x}.|Cobraram {x} duas vezes.|Por favor "
                "reembolsem o cartão {x}.|Paguei o aluguer com {x}.|O voo foi pago com {x}.",
        "IBAN": "Reembolso para o IBAN {x}, por favor.|O saldo da excursão pode ir para {x}."
                "|Os meus dados bancários: IBAN {x}.|Transfiram a indemnização para {x}."
                "|Conta para devolver a caução: {x}.",
        "ID": "Para o visto: {cue} {x}.|No balcão pediram o meu {cue}, que é {x}.|O meu "
              "{cue} é {x}.|O SEF anotou {cue} {x}.|Reservado com {cue} {x}.",
        "PERSON": "O nosso guia {x} esperava-nos nas chegadas.|O motorista, {x}, esperou duas "
                  "horas.|Perguntem pelo {x} na receção.|{x}, da companhia, tratou da "
                  "remarcação.|Visitámos a Baixa com {x}.",
        "MEMBER": "{x} trata da reserva do grupo.|Obrigado a {x} por encontrar a mala.|Pedi a "
                  "{x} para ver os hotéis.|{x} espera o autocarro na estação.|{x} pode "
                  "confirmar os lugares?",
        "ADDRESS": "Enviem a mala para {x}.|O hotel fica na {x}.|Ponto de encontro: {x}."
                   "|Mandem os documentos para {x}.|O apartamento é na {x}.",
    },
    "poss": "de {x}",
    "lead_poss": "Ainda tenho o cartão de embarque {x}.|A mala {x} saiu em último.|Mudámos o "
                 "lugar {x} para o corredor.",
    "bare": "Colo aqui para não perder: {x}|Copiado do formulário: {x}|É {x}, se alguém "
            "precisar.|Aqui vai outra vez: {x}|Escrito no verso do bilhete: {x}|O funcionário "
            "escreveu {x} no recibo.",
    "bank": "{cue}: {x}|Usem o {cue} {x} para o reembolso.|Dados bancários ({cue}): {x}"
            "|Transferência para {cue} {x}.",
    "label": {
        "EMAIL": "Email|Email de contacto", "PHONE": "Telefone|Telemóvel", "URL": "Sítio|"
        "Perfil", "IP": "Endereço IP|IP de acesso", "CARD": "Número do cartão|Cartão de "
        "pagamento", "IBAN": "IBAN|Conta bancária", "ID": "Documento|Número de "
        "identificação", "PERSON": "Passageiro|Nome do hóspede", "MEMBER": "Reservado por"
        "|Responsável do grupo", "ADDRESS": "Morada|Morada de entrega",
    },
    "field": "Cabine: económica|Motivo: ligação perdida|Refeição: vegetariana|Bagagem: uma "
             "de porão|Lugar: janela|Estado: pendente|Viagem: ida e volta|Origem: aplicação",
    "plain": "A fila no controlo de passaportes foi interminável.|O pequeno-almoço do hotel "
             "estava ótimo.|O autocarro partiu sem metade do grupo.|A mala voltou com uma roda "
             "partida.|A guia conhecia cada beco da Alfama.|O check-in fechou cedo por causa "
             "da tempestade.|Trocámos o carro por um maior.|O comboio noturno foi mais calmo "
             "do que esperávamos.|Ninguém no balcão explicou o atraso.|O passe dos museus "
             "poupou-nos filas.|O embarque começou atrasado outra vez.|A sala estava cheia mas "
             "o café era bom.|Choveu a semana toda, mas a vista valeu a pena.|Acabámos a "
             "partilhar um táxi com outro casal.",
    "chat": "eu:|agente:|apoio:|guia:",
    "bullet": "Plano do dia|O que levar|Reservas feitas|Antes de voar",
    "review": "Voltaria.|Sentimentos mistos.|Boa localização, quartos cansados.|Pessoal "
              "simpático, check-in lento.",
    "look": {
        "flight": "Vamos no voo {x} amanhã cedo.", "pnr": "Código de reserva {x}.",
        "eticket": "Bilhete eletrónico {x} no recibo.", "train": "Apanhámos o {x}.",
        "price": "O upgrade custou {x}.", "date": "Partida a {x}.",
        "time": "O embarque fecha às {x}.", "seat": "Deram-nos {x}.",
        "iata": "A rota {x} é a mais barata.", "isbn": "O guia tem ISBN {x}.",
        "orgreg": "A agência está registada com {x}.", "bic": "O BIC deles é {x}.",
        "measure": "A bagagem de mão tem de caber em {x}.", "percent": "Deram-nos {x} de "
        "desconto.", "eponym": "Aterrámos de noite no {x}.", "nameword": "Todos gostaram "
        "de {x}.", "version": "A aplicação da companhia está na {x}.",
    },
    "titles": {"F": "Sra.|D.|Dra.", "M": "Sr.|Dr.|Eng."},
}
