"""Thirtysecond set: Italian phrase bank, Ticino (logistica, trasporti, magazzino, flotta)."""

from trainer_dev.redaction_sets.thirtysecond_people import _s

BANK = {
    "OPEN": _s(
        "Buongiorno a tutti,|Ciao team,|Info veloce dalla disposizione.|Buon pomeriggio,|"
        "Ciao ragazzi,|"
        "Aggiornamento dal magazzino.|Cari colleghi,|Scusate il messaggio in ritardo.|"
        "Dopo la riunione di stamattina:|Domanda veloce.|Importante per il turno di notte:|"
        "Attenzione, autisti:|Buonasera,|Torno sulla pratica danni.|"
        "Come detto al telefono,|Mi serve una mano.|Comunicazione dallo sportello doganale.|"
        "Ancora sul carico in ritardo.|Salve a tutti,|Buon venerdì, squadra.|"
        "Promemoria per il ricevimento merci:|Risposta dal vettore:|"
        "Scrivo a nome della spedizione.|Allora,|In breve:|Messaggio dalla centrale operativa."
    ),
    "FILL": _s(
        "Il semirimorchio è stato piombato prima di lasciare il piazzale.|"
        "Per favore scansionate ogni bancale prima del carico.|"
        "Il gruppo frigo si è spento più volte stanotte.|"
        "La dogana trattiene il container finché i documenti non coincidono.|"
        "Mancano due carrellisti nel turno pomeridiano.|"
        "Il destinatario ha rifiutato una parte per cartoni schiacciati.|"
        "Il tachigrafo va scaricato prima di fine turno.|"
        "Il cross-docking è intasato, mettete in conto attese.|"
        "Lo spedizioniere doganale chiede la fattura commerciale corretta.|"
        "Tenete libere le vie di fuga.|"
        "La sponda idraulica del furgone è di nuovo guasta.|"
        "Gli arrivi dal porto ritardano per mancanza di telai.|"
        "Il giro del martedì passa al pomeriggio.|"
        "Il film estensibile è tornato al banco imballaggio.|"
        "La sosta si paga dopo il tempo di franchigia.|"
        "I vuoti vanno lasciati vicino alla recinzione.|"
        "Il controllo prima della partenza è obbligatorio.|"
        "Le etichette ADR devono corrispondere ai documenti.|"
        "I resi vanno nella gabbia vicino alla mensa.|"
        "L'inventario a rotazione ha trovato cassette fuori posto.|"
        "La finestra di consegna al centro di distribuzione è stretta.|"
        "Le carte carburante si rifanno dopo la revisione.|"
        "La foto di consegna deve mostrare l'etichetta del bancale.|"
        "La compagnia marittima ha spostato la prenotazione alla nave successiva.|"
        "Il ritmo di prelievo è calato dopo l'aggiornamento.|"
        "Segnate i bancali rotti con l'etichetta rossa.|"
        "Il livellatore della ribalta lato ovest si inceppa.|"
        "Gli straordinari del fine settimana non sono ancora approvati.|"
        "Il cliente vuole una telefonata prima di ogni consegna a domicilio.|"
        "Le registrazioni di temperatura vanno allegate al reclamo.|"
        "Il gestionale di magazzino è stato giù quasi un'ora.|"
        "Stiamo provando un nuovo pianificatore di giri per il centro.|"
        "Il numero del piombo va sulla lettera di vettura, non su un foglietto.|"
        "La zona di ricarica dei carrelli è chiusa per il collaudo.|"
        "Il trattore stradale ha bisogno di paraspruzzi nuovi.|"
        "Confermate il ritiro con il mittente il giorno prima.|"
        "Il partner dell'ultimo miglio è sommerso di lavoro.|"
        "La merce sfusa va reggiata prima del carico.|"
        "Non esce niente senza bolla firmata.|"
        "Il custode non fa entrare nessuno senza riferimento.|"
        "Le barre di fissaggio tornano nel rimorchio dopo lo scarico.|"
        "È sparita una cassetta tra prelievo e imballaggio.|"
        "I nuovi affiancano un magazziniere esperto la prima settimana.|"
        "Il portale del vettore continua a buttarci fuori.|"
        "I danni vanno segnalati entro il termine del vettore.|"
        "Il carrello retrattile è riservato alle scaffalature alte.|"
        "Non sovrapponete i bancali di vetro.|"
        "Lo scambio di rimorchio all'area di servizio è andato bene.|"
        "Il nostro disponente copre due regioni questa settimana.|"
        "I bollettini della pesa vanno nella busta dell'autista.|"
        "La merce danneggiata resta bloccata finché passa il perito.|"
        "Il piazzale di riserva è pieno, parcheggiate in fondo.|"
        "La catena del freddo non deve mai interrompersi.|"
        "I documenti d'esportazione sono dallo spedizioniere.|"
        "Il gommista ci può prendere domattina.|"
        "Sono finiti i paraspigoli nel turno del mattino.|"
        "Il deposito doganale ha bisogno di un secondo detentore delle chiavi.|"
        "Rimettete i terminalini in carica.|"
        "I container vuoti tornano al terminal col prossimo giro.|"
        "Lo smistatore pacchi si è bloccato due volte prima di pranzo.|"
        "Al valico di Chiasso la coda era lunghissima."
    ),
    "CLOSE": _s(
        "Grazie!|Grazie a tutti.|Grazie in anticipo.|Fatemi sapere se cambia qualcosa.|"
        "Buon viaggio.|"
        "Per domande, scrivetemi.|Buon turno.|A dopo.|Vi aggiorno appena so di più.|"
        "Per favore confermate.|Saluti.|Cordiali saluti.|Grazie dell'aiuto.|"
        "Chiamate la centrale se vi bloccate.|Rientrate bene.|Per ora è tutto.|"
        "Grazie della pazienza.|Risolviamo oggi.|Chi può, risponda qui.|Buon fine settimana.|"
        "Ci vediamo domani alla riunione.|Grazie ancora.|Buona serata.|Un saluto.|"
        "A presto.|Buon lavoro."
    ),
    "LEAD": {
        "EMAIL": _s(
            "Mandate la bolla firmata a {x}.|Il perito risponde a {x}.|"
            "Gli appuntamenti di ribalta si chiedono a {x}.|La mia mail è {x}, se il portale cade.|"
            "Mettete {x} in copia per la dogana.|I rapportini ore a {x}.|"
            "La fattura è arrivata da {x}.|Conferma del trasporto a {x}."
        ),
        "PHONE": _s(
            "Chiamami al {x} quando sei a dieci minuti.|Il natel dell'autista: {x}.|"
            "Centrale fuori orario: {x}.|Scrivimi al {x} quando hai caricato.|"
            "Il destinatario vuole essere chiamato al {x} prima.|"
            "Il capopiazzale risponde al {x}.|Se il cancello è chiuso: {x}.|"
            "Il mio numero diretto è {x}."
        ),
        "URL": _s(
            "Il mio profilo è su {x}.|Pubblico gli aggiornamenti del giro su {x}.|"
            "Prenota un appuntamento: {x}|Padroncino, mezzo e tariffe su {x}.|"
            "Le foto del danno sono su {x}.|Il mio CV: {x}.|"
            "Di più sul mio servizio corriere: {x}|Seguite il carico su {x}."
        ),
        "IP": _s(
            "La stampante etichette della corsia sei è su {x}.|"
            "Il terminalino perde sempre {x}.|I tentativi di accesso venivano da {x}.|"
            "Abilitate {x} sul portale del vettore.|La dashcam carica tramite {x}.|"
            "Il terminale della pesa risponde su {x}.|La scatola telematica ha segnalato {x}.|"
            "Accesso remoto all'ufficio ribalte: {x}."
        ),
        "CARD": _s(
            "Lo scarico va sulla carta {x}.|Carta carburante registrata: {x}.|"
            "I pedaggi della settimana con {x}.|La sosta l'ho pagata con {x}.|"
            "I dazi sono andati sulla carta {x}.|Carta {x}, scade l'anno prossimo.|"
            "La riparazione della gomma su {x}.|La cauzione di deposito è stata addebitata su {x}."
        ),
        "IBAN": _s(
            "Per favore versate il nolo su {x}.|Le mie nuove coordinate bancarie: {x}.|"
            "Il risarcimento su {x}.|Il conto per l'accredito è {x}.|"
            "La fattura del subvettore si paga su {x}.|Lo stipendio d'ora in poi su {x}.|"
            "Restituite la cauzione su {x}.|{x} è il conto giusto."
        ),
        "ID": _s(
            "Per la pratica dell'autista: {x}.|Il mio numero AVS per la dogana è {x}.|"
            "L'ufficio paghe ha bisogno di {x}.|Sul modulo d'assunzione c'è {x}.|"
            "Numero dell'autista: {x}.|Dalla tessera d'assicurazione: {x}.|"
            "Aggiornate la scheda con {x}.|Eccolo: {x}."
        ),
        "PERSON": _s(
            "{x} ha firmato la consegna.|Oggi guida {x}.|Chiedete di {x} al ricevimento.|"
            "{x} segue la pratica danni.|Il referente del destinatario è {x}.|"
            "Spedizioniere doganale: {x}.|Ho sentito {x} del vettore.|{x} ha coperto la notte."
        ),
        "MEMBER": _s(
            "{x} coordina l'inventario.|Grazie a {x} per essere rimasto fino a tardi.|"
            "Scambiate il turno con {x} se serve.|{x} oggi è sul muletto.|"
            "Sentite {x} prima di liberare il carico.|{x} ha le chiavi del deposito doganale.|"
            "Coinvolgete {x} nel reclamo.|{x} ha segnalato l'allarme frigo."
        ),
        "ADDRESS": _s(
            "Consegna in {x}.|Ritiro in {x}.|Riportate i vuoti in {x}.|"
            "Il nuovo magazzino è in {x}.|Spedite la sostituzione a {x}.|"
            "L'autista abita in {x}, passate a prenderlo.|Il destinatario si è trasferito in {x}.|"
            "Indirizzo di fatturazione: {x}."
        ),
    },
    "LOOK": {
        "order": _s("All'ordine {x} mancano due colli.|La fattura {x} è pagata."),
        "price": _s("Lo scarico è costato {x}.|Il nolo è venuto {x}."),
        "date": _s("Il ritiro è fissato per il {x}.|La chiusura nave è il {x}."),
        "time": _s("Il cancello chiude alle {x}.|L'autista si è presentato alle {x}."),
        "version": _s("I terminalini girano con la versione {x}.|L'app dei giri è passata a {x}."),
        "isbn": _s("Il manuale di formazione ha ISBN {x}.|Ordinate il libro con ISBN {x}."),
        "flight": _s("La merce aerea parte col volo {x}.|I campioni volano con {x}."),
        "dock": _s("Accostate alla {x}, per favore.|Preparate la spedizione alla {x}."),
        "measure": _s("Peso lordo: {x}.|La cassa misura {x}."),
        "percent": _s("Il supplemento carburante è {x}.|La puntualità è arrivata al {x}."),
        "orgreg": _s("Il vettore è iscritto con {x}.|Sulla fattura c'è {x}."),
        "ticket": _s("Il ticket {x} è ancora aperto.|Le foto sono nella pratica {x}."),
        "tracking": _s("Il tracciamento mostra {x} al porto.|Il container {x} è uscito."),
        "hscode": _s("I pezzi vanno sotto la voce di tariffa {x}.|Lo spedizioniere ha usato {x}."),
        "eponym": _s("C'è coda vicino a {x}.|Abbiamo una consegna vicino a {x} oggi."),
        "nameword": _s("Chiudete la {x} alle sei.|Si vedeva l'{x} dal piazzale."),
    },
    "LABEL": {
        "EMAIL": _s("E-mail|Posta elettronica"),
        "PHONE": _s("Telefono|Natel"),
        "URL": _s("Sito|Profilo"),
        "IP": _s("Indirizzo IP|IP del dispositivo"),
        "CARD": _s("Carta|Carta di pagamento"),
        "IBAN": _s("IBAN|Conto bancario"),
        "ID": _s("Numero AVS|Numero d'identificazione"),
        "PERSON": _s("Referente|Autista"),
        "MEMBER": _s("Collaboratore|Capoturno"),
        "ADDRESS": _s("Indirizzo|Indirizzo di consegna"),
    },
    "HEAD": {
        "notice": _s("AVVISO: cambio piano ribalte|Info piazzale|Avviso di sicurezza"),
        "chat": _s("Gruppo autisti|Chat magazzino|Turno di notte"),
        "listing": _s(
            "CARICO DISPONIBILE|Camion libero, cerco ritorno|Superficie di deposito in affitto"
        ),
        "form": _s("Notifica danni|Dati per la dichiarazione doganale|Assunzione autista"),
        "ticket": _s("Priorità: alta|Stato: aperto – Tipo: reclamo|Categoria: ritiro mancato"),
        "signature": _s("Centrale operativa|Gestione flotta|Dogana e conformità"),
    },
}
