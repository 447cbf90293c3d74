"""Thirty-first set: Italian phrase bank (ristorazione, catering, location), written by hand."""

from __future__ import annotations


def _s(x: str) -> list[str]:
    return [w.strip() for w in x.split("|") if w.strip()]


IT = dict(
    OPEN=_s(
        "Ciao a tutti,|Buongiorno ragazzi,|Buonasera,|Due righe prima del servizio:|"
        "Cari colleghi,|Ciao cucina,|Gentile cliente,|Salve,|Ehi gente,|"
        "In merito alla richiesta di prenotazione:|Oggetto: affitto della sala|"
        "Per lo staff di sala:|Domanda sui turni di questa settimana.|Aggiornamento acquisti.|"
        "Recensione arrivata stanotte.|Richiesta per la location, dettagli sotto.|"
        "Scusate il messaggio lungo.|Promemoria dal responsabile di turno.|"
        "Qualcuno mi aiuta al pass?|Ragazzi del bar, leggete.|Seguito dell'ordine catering.|"
        "Per le organizzatrici del matrimonio:|Passaggio di consegne dal turno serale.|"
        "Nota veloce dalla reception.|Ciao banqueting,|Saluti dalla pasticceria.|"
        "Buon pomeriggio,|Carissimi,"
    ),
    FILL=_s(
        "La cella frigorifera fa di nuovo rumore, la manutenzione è avvisata.|"
        "Stasera mancano due camerieri in terrazza.|"
        "Il raccoglitore allergeni resta al pass, non in ufficio.|"
        "La lavastoviglie va decalcificata prima del weekend.|"
        "Il brunch è andato benissimo, grazie a tutti.|"
        "La biancheria è arrivata tardi e alcuni tovaglioli erano strappati.|"
        "Segnate ogni scarto sul foglio, per favore.|"
        "La cliente vuole un tavolo tranquillo lontano dal bancone.|"
        "Niente parcheggiatore finché rifanno il vialetto.|"
        "Il menù degustazione cambia con la nuova stagione.|"
        "Il fornitore della bevanda d'avena ora manda cartoni più grandi.|"
        "La terrazza dipende dal meteo, prevedete un piano al chiuso.|"
        "Non impilate sedie nel corridoio di emergenza.|"
        "Una coppia in terrazza ha adorato la crostata al limone.|"
        "Il gruppo ha bisogno di una presa vicino alla pista.|"
        "Inventario domenica dopo la chiusura.|"
        "I lavapiatti fanno la pausa a turno.|"
        "La macchina del caffè eroga di nuovo lenta.|"
        "Le tartine vegane sono finite per prime.|"
        "La fiorista monta l'arco prima di mezzogiorno.|"
        "Alcuni ospiti trovavano la musica troppo alta vicino ai divanetti.|"
        "Alla cena di prova c'è un ospite celiaco.|"
        "Controllate il filtro della lavabicchieri a ogni turno.|"
        "I menù del servizio in camera vanno ristampati con i nuovi prezzi.|"
        "Il cancello della zona carico si incastra, alzatelo piano.|"
        "Le mance con carta si dividono a fine settimana.|"
        "Il sous-chef apre domani.|"
        "Metà gruppo è arrivato presto e ha aspettato nella hall.|"
        "La responsabile della sala mostrerà le uscite di sicurezza.|"
        "Etichettate ogni contenitore della linea con la data.|"
        "La macchina del ghiaccio perde acqua sul tappetino del bar.|"
        "La porta della cantina è rimasta aperta tutta la notte.|"
        "Il battesimo vorrebbe la sala giardino se non piove.|"
        "A colazione i cornetti sono finiti subito.|"
        "Pasto del personale all'orario solito.|"
        "L'ispezione sanitaria è soddisfatta dei registri di temperatura.|"
        "I grembiuli nuovi sono nello spogliatoio.|"
        "La recensione loda il servizio ma la carne era salata.|"
        "Il nostro agente del vino porta campioni del nuovo rosato.|"
        "Il convegno chiede un'opzione vegetariana a pranzo.|"
        "Questo mese rifacciamo il menù bambini.|"
        "Il bar passa alle cannucce di carta.|"
        "Pulite la friggitrice prima che arrivi la consegna.|"
        "La famiglia della sposa vuole un ultimo giro più tardi.|"
        "Durante la sagra la spazzatura passa prima.|"
        "Qualcuno ha chiesto se i cani sono ammessi in terrazza.|"
        "Martedì cambiano le scaffalature della cella.|"
        "Senza contratto firmato non blocchiamo la data.|"
        "Stiamo provando un menù pranzo più corto.|"
        "La torta è arrivata un po' rovinata ma la glassa è salva.|"
        "Il cliente è stato addebitato due volte e aspetta il rimborso.|"
        "Sciacquate le linee della spina regolarmente.|"
        "Ieri nessuno ha firmato il foglio dei frigoriferi.|"
        "Il catering avrà bisogno della cucina dal primo mattino.|"
        "Un cliente abituale ha trovato la zuppa tiepida.|"
        "Cerchiamo qualcuno per la chiusura del bar.|"
        "La ditta dei gazebo ritira le stufe dopo l'evento.|"
        "Ricordate ai clienti che la domenica la cucina chiude prima.|"
        "Torna il carrello dei dolci.|"
        "Il pane ora arriva dal forno qui all'angolo."
    ),
    CLOSE=_s(
        "Grazie!|Ciao.|Grazie in anticipo.|Fatemi sapere se cambia qualcosa.|Ci vediamo al "
        "servizio.|Per qualsiasi dubbio scrivetemi.|Cordiali saluti,|Distinti saluti,|"
        "Un abbraccio,|Buon turno!|Per ora è tutto.|Grazie per la gestione.|"
        "Ne parliamo al briefing.|Mille grazie.|Attenzione, il pavimento è bagnato.|"
        "Saluti dall'ufficio.|Resto a disposizione.|Torno domani.|A voi la palla.|"
        "Grazie ancora a tutti.|A dopo.|Buona chiusura!|Un caro saluto,|Buona serata."
    ),
    LEAD=dict(
        EMAIL=_s(
            "Mandate le scelte del menù a {v}.|L'indirizzo dell'organizzatrice è {v}.|"
            "Rispondete a {v} con il numero finale.|Le domande sulle fatture vanno a {v}.|"
            "Vuole {v} in copia sul preventivo.|Contatto: {v}|"
            "Inoltrate la piantina della sala a {v}.|Il fornitore ora scrive da {v}."
        ),
        PHONE=_s(
            "Richiamate la cliente al {v}.|Il suo numero è {v}.|"
            "Scrivete al {v} quando parte il furgone.|Il cuoco reperibile risponde al {v}.|"
            "Prenotazione telefonica, richiamare il {v}.|La fiorista risponde al {v}.|"
            "Cellulare: {v}|Se la porta è chiusa chiamate il {v}."
        ),
        URL=_s(
            "Il suo portfolio è su {v}.|Il sito del matrimonio: {v}|"
            "Ha condiviso la sua pagina prenotazioni {v}.|Recensioni collegate da {v}.|"
            "Il profilo del DJ è {v}.|Foto sul sito {v}.|Dettagli su {v}.|"
            "Blog personale: {v}"
        ),
        IP=_s(
            "Il POS è su {v}.|Nel wifi ospiti compare {v} in continuazione.|"
            "Il modulo prenotazioni è stato colpito da {v}.|Server cassa: {v}.|"
            "Bloccato {v} dopo le prenotazioni false.|Il monitor cucina usa {v}.|"
            "La stampante su {v} si disconnette.|Ancora accessi da {v}."
        ),
        CARD=_s(
            "L'acconto è stato preso sulla carta {v}.|Carta a garanzia: {v}|"
            "Ha dettato la carta come {v}.|Annullate l'addebito su {v}.|"
            "Preautorizzazione fallita su {v}.|Carta usata: {v}|"
            "Rimborsate la penale su {v}.|Il cliente ha incollato {v} in chat."
        ),
        IBAN=_s(
            "Pagate il fornitore sull'IBAN {v}.|Restituzione della cauzione su {v}.|"
            "Conto della band: {v}|Coordinate bancarie: {v}|Bonifico dell'affitto su {v}.|"
            "Ha mandato il suo IBAN, {v}.|Anticipo dell'extra su {v}.|"
            "L'IBAN del catering è {v}."
        ),
        ID=_s(
            "Per la busta paga il suo codice è {v}.|Scheda personale aggiornata con {v}.|"
            "Ha dato {v} per il contratto.|Codice sul modulo di assunzione: {v}|"
            "Copiato dal documento: {v}|Codice fiscale dell'extra: {v}|"
            "Le paghe servono {v} entro venerdì.|Annotato {v} nel suo fascicolo."
        ),
        BANK=_s(
            "Dati per lo stipendio: {v}|Versate lo stipendio su {v}.|"
            "Il conto del fornitore è {v}.|Conto per il rimborso: {v}|"
            "Numero di conto {v} per l'orchestra.|Bonifico su {v}, grazie."
        ),
        PERSON=_s(
            "La prenotazione è a nome {v}.|{v} porterà la torta.|"
            "Tavolo da sei per {v} vicino alla finestra.|Il reclamo è di {v}.|"
            "{v} è la wedding planner.|Il nuovo pescivendolo è {v}.|"
            "Nome ospite: {v}|{v} ha lasciato una recensione bellissima."
        ),
        MEMBER=_s(
            "{v} fa la chiusura.|Cambio approvato con {v}.|"
            "Chiedete le chiavi a {v}.|{v} ha la cassa stasera.|"
            "Cambio turno per {v} nel weekend.|Grazie a {v} per la copertura.|"
            "{v} è alle colazioni tutta la settimana.|Doppio turno per {v}, controllate "
            "le ore."
        ),
        ADDRESS=_s(
            "Consegna in {v}.|La location è in {v}.|Fattura a {v}.|"
            "Ritiro in {v}.|Indirizzo del cliente:\n{v}|Consegna catering: {v}|"
            "Luogo dell'evento: {v}|Riportate i bicchieri a noleggio in {v}."
        ),
    ),
    LOOK=dict(
        order=_s("L'ordine {x} è ancora in sospeso.|Riferimento {x} sul DDT."),
        invoice=_s("Allego la fattura {x}.|Manca ancora {x} del caseificio."),
        price=_s("Il menù costa {x} a persona.|Diritto di tappo: {x}."),
        date=_s("Il matrimonio è il {x}.|Prova menù il {x}."),
        time=_s("Apertura porte alle {x}.|Ultime comande alle {x}."),
        version=_s("Cassa aggiornata alla {x}.|L'app prenotazioni è alla {x}."),
        isbn=_s("Il nuovo ricettario, ISBN {x}, è sullo scaffale.|Ordinato il libro {x}."),
        flight=_s("I musicisti arrivano col volo {x}.|Ospiti sul volo {x}."),
        room=_s("Allestimento in {x}.|Aperitivo in {x}."),
        measure=_s("Servono {x} di farina.|La torta pesa {x}."),
        percent=_s("Coperto e servizio al {x}.|Coperti in crescita del {x}."),
        orgreg=_s("Fornitore registrato con {x}.|Il numero del catering è {x}."),
        ticket=_s("Ticket manutenzione {x} aperto.|Registrato come {x}."),
        tracking=_s("Tracciamento pacco {x}.|La spedizione della biancheria è {x}."),
        eponym=_s("Oggi proponiamo {x}.|Agli ospiti è piaciuto molto {x}."),
        wordname=_s("Non dimenticate {x}.|Al briefing qualcuno ha detto {x}."),
    ),
    LABELS=dict(
        EMAIL=_s("Email"),
        PHONE=_s("Telefono"),
        URL=_s("Sito"),
        IP=_s("Indirizzo IP"),
        CARD=_s("Carta"),
        IBAN=_s("IBAN"),
        ID=_s("Codice fiscale"),
        BANK=_s("Conto"),
        PERSON=_s("Ospite"),
        MEMBER=_s("Dipendente"),
        ADDRESS=_s("Indirizzo"),
        order=_s("N. ordine"),
        invoice=_s("N. fattura"),
        price=_s("Totale"),
        date=_s("Data"),
        time=_s("Ora"),
        version=_s("Versione"),
        isbn=_s("ISBN"),
        flight=_s("Volo"),
        room=_s("Sala"),
        measure=_s("Quantità"),
        percent=_s("Sconto"),
        orgreg=_s("Partita IVA"),
        ticket=_s("Ticket"),
        tracking=_s("Tracking"),
        eponym=_s("Piatto"),
        wordname=_s("Nota"),
    ),
)
