"""Italian phrase bank (Ticino cantiere usage) for the thirtyfourth set."""


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.strip().splitlines() if x.strip()]


BANK = {
    "OPEN": _l("""
        Buongiorno a tutti, breve aggiornamento dal cantiere.
        Prima del getto, un avviso.
        Ciao squadra, ecco a che punto siamo.
        Per il turno di notte, per conoscenza.
        Buon pomeriggio, scusate il ritardo.
        Due righe dalla baracca di cantiere.
        Dopo il sopralluogo con la direzione lavori:
        Salve a tutti, qualche punto.
        Allora, il ponteggio è finalmente collaudato.
        Seguito della riunione di coordinamento di ieri.
        Appena rientrato dal collaudo.
        Ciao a tutti, il programma dei subappaltatori è cambiato di nuovo.
        Due parole dal capocantiere.
        Lista dei difetti, secondo giro.
        Il tempo ha tenuto e siamo andati avanti bene.
        Per chi lavora nell'ala est.
        Buonasera, lo scrivo prima di dimenticarlo.
        Buon venerdì, ecco il riassunto della settimana.
        Come promesso al telefono, i dettagli.
        Scusate se scrivo ancora.
        Complimenti per la muratura di oggi.
        Lo ripubblico, nessuno l'aveva visto.
        Prima di tutto, sicurezza.
        Dall'ufficio di cantiere.
        Piccolo cambiamento per domani.
        Qui la disposizione con i dati dell'intervento.
        In riferimento alla vostra richiesta di assistenza.
    """),
    "FILL": _l("""
        I gessatori hanno bisogno del secondo piano libero entro mezzogiorno.
        Le autobetoniere sono prenotate, la pompa non è ancora confermata.
        Il collaudo delle armature è passato con due osservazioni.
        Tenete chiuso il cancello, sono entrati di nuovo dei ragazzi.
        Il sollevamento con la gru slitta se il vento non cala.
        Casco e gilet ad alta visibilità obbligatori oltre la recinzione.
        I bagni chimici vengono svuotati il martedì.
        La parete in cartongesso dell'appartamento quattro è fuori piombo.
        Le tubazioni elettriche al pianterreno sono finite.
        Aspettiamo ancora i serramenti dal fornitore.
        I lattonieri iniziano domani se la soletta è asciutta.
        La benna è piena, ne arriva un'altra.
        Qualcuno ha lasciato la betoniera accesa tutta la notte.
        L'allacciamento alla canalizzazione è previsto nel fine settimana.
        Portatevi la vostra imbracatura, quelle a noleggio sono finite.
        L'escavatore perde olio idraulico, non usatelo.
        Quelli della ventilazione devono accedere al sottotetto.
        L'ispettore vuole vedere le compartimentazioni antincendio prima di chiudere.
        Nella fornitura di piastrelle c'erano due scatole rotte.
        La prova di pressione dell'impianto sanitario ha tenuto.
        Il cantiere è pieno di fango, solo stivali.
        Il generatore va rifornito di gasolio prima di fine turno.
        Segnalate ogni quasi infortunio, anche piccolo.
        I cartellini del ponteggio si controllano ogni mattina.
        Con il blackout abbiamo perso mezza giornata.
        La visita del committente è andata meglio del previsto.
        I pittori sono nelle scale questa settimana.
        Tenete in ordine l'area di deposito.
        La lista dei difetti si accorcia, ma non è vuota.
        Il colore delle fughe è stato approvato sul campione.
        Nessuno sale sulla gru a torre senza autorizzazione.
        L'isolante è impilato sotto i teloni sul lato nord.
        Lo scavo va puntellato prima che qualcuno scenda.
        All'audit hanno di nuovo criticato l'ordine in cantiere.
        Le consegne d'ora in poi solo dall'accesso posteriore.
        La batteria del muletto è in carica nel container.
        La sigillatura dei giunti esterni è irregolare.
        Gli estintori sono stati controllati ed etichettati.
        L'elettricista aspetta il contatore dall'azienda elettrica.
        Serve un altro bancale di blocchetti per il muro del giardino.
        La sostituzione della caldaia è andata bene.
        I pluviali sono montati, le grondaie vanno regolate.
        Il terreno è gelato, il getto delle fondazioni aspetta.
        La variante è ancora dall'architetto.
        I picchetti del geometra vicino all'entrata sono stati abbattuti.
        Il furgone del pranzo passa verso le undici e mezza.
        Il momento sicurezza di questa settimana riguarda i lavori in quota.
    """),
    "CLOSE": _l("""
        Grazie.
        Grazie a tutti.
        Fatemi sapere se qualcosa non è chiaro.
        State attenti.
        Ci sentiamo domani.
        Grazie ragazzi.
        Aspetto un riscontro entro sera.
        Ci vediamo al cancello.
        Per ora è tutto.
        Rispondete qui, non per SMS per favore.
        Buon lavoro oggi.
        Ciao ciao.
        Per domande chiamate l'ufficio.
        Grazie della pazienza.
        Aggiorno dopo pranzo.
        Cordiali saluti.
        Continuate a mandare foto.
        Perfetto, grazie.
        Rientrate sani e salvi.
        Ci vediamo al momento sicurezza.
        Chiamate se vi serve una mano.
        Saluti.
        Chiudo per oggi.
        Lunedì di nuovo in cantiere.
        Buona serata.
    """),
    "LEAD": {
        "EMAIL": _l("""
            Mandate il preventivo firmato a {x}, per favore.
            Le fatture vanno a {x}, non all'ufficio di cantiere.
            Il preventivista risponde a {x}.
            I piani sono arrivati ieri sera da {x}.
            Per il noleggio scrivete a {x} entro mezzogiorno.
            Mettete {x} in copia per tutto ciò che riguarda i difetti.
        """),
        "PHONE": _l("""
            Chiamate il capocantiere al {x} se il cancello è chiuso.
            Picchetto fuori orario: {x}.
            Per prenotare la gru chiamate il {x}.
            Il numero del piastrellista è {x}.
            Per gli interventi mandate un SMS al {x} con l'indirizzo.
            La disposizione risponde al {x}.
        """),
        "URL": _l("""
            Le foto sono caricate su {x}.
            Prenotate l'istruzione di sicurezza su {x}.
            Le schede tecniche sono su {x}.
            Le nostre referenze sono su {x} se il cliente chiede.
            Compilate il rapporto giornaliero su {x}.
            Le tariffe di noleggio sono su {x}.
        """),
        "IP": _l("""
            La telecamera del cantiere trasmette da {x}.
            Il comando del cancello è su {x}, non toccatelo.
            Il tablet si sincronizza con {x} sul wifi del cantiere.
            La stampante nella baracca è {x}.
            Accesso remoto alla regolazione della caldaia: {x}.
            Qualcuno è entrato nella timbratura da {x}.
        """),
        "CARD": _l("""
            Addebitate la cauzione del noleggio su {x}.
            La carta carburante è {x}, tenete gli scontrini.
            Usate {x} per il negozio di ferramenta.
            Il cliente ha pagato l'uscita con {x}.
            Carta aziendale per l'ordine di materiale: {x}.
            Stornate l'addebito doppio su {x}.
        """),
        "IBAN": _l("""
            Versate la trattenuta su {x}.
            Coordinate bancarie del subappaltatore: {x}.
            L'acconto va su {x}.
            Conto per la fattura del noleggio macchine: {x}.
            Il rimborso torna su {x}.
            Nuovo conto per gli stipendi: {x}.
        """),
        "ID": _l("""
            Per la contabilità salari mi serve {x}.
            Il suo numero per il modulo fiscale: {x}.
            Nella scheda di assunzione c'è {x}.
            Numero del lavoratore interinale: {x}.
            Inserite {x} nella registrazione del subappaltatore.
            L'assicurazione chiede {x}.
        """),
        "PERSON": _l("""
            {x} ha collaudato le casseforme stamattina.
            Ho parlato con {x} del drenaggio.
            La committente, {x}, vuole prima la cucina.
            {x} dell'elettricista è in cantiere domani.
            L'ispettore oggi era {x}.
            Chiedete a {x} della distinta ferri.
        """),
        "MEMBER": _l("""
            {x} ha le chiavi del container.
            Grazie {x} per aver coperto il fine settimana.
            {x} tiene il momento sicurezza.
            Sentite {x} prima di spostare il ponteggio.
            Ottimo occhio, {x}, per i tasselli mancanti.
            {x} accoglie l'autobetoniera al cancello.
        """),
        "ADDRESS": _l("""
            Il prossimo lavoro è in {x}.
            Consegnate i blocchetti in {x}.
            Indirizzo dell'intervento: {x}.
            La benna va lasciata in {x}.
            Il collaudo è fissato in {x}.
            Cantiere del cliente: {x}.
        """),
    },
    "LOOK": {
        "order": _l("""
            Il fornitore ha confermato l'ordine {x}.
            L'ordine d'acquisto {x} è approvato.
            Riferimento {x} per la fornitura di legname.
        """),
        "invoice": _l("""
            La fattura {x} non è ancora pagata.
            Domanda sulla fattura {x}, le ore in regia non tornano.
            È arrivata la nota di credito per la fattura {x}.
        """),
        "price": _l("""
            Il preventivo è di {x} forfettario.
            Il noleggio costa {x} alla settimana.
            Totale materiale: {x}.
        """),
        "date": _l("""
            La consegna dell'opera è fissata al {x}.
            Il getto è spostato al {x}.
            Il collaudo è possibile dal {x}.
        """),
        "time": _l("""
            Il cancello apre alle {x}.
            Il camion arriva verso le {x}.
            Il momento sicurezza inizia alle {x} in punto.
        """),
        "version": _l("""
            I piani ora sono all'indice {x}.
            L'app del tablet è aggiornata alla {x}.
            Il firmware {x} ha risolto la deriva della livella laser.
        """),
        "isbn": _l("""
            La norma che usiamo è il volume ISBN {x}.
            Ordinate il manuale di formazione, ISBN {x}.
            Prontuario sullo scaffale: ISBN {x}.
        """),
        "measure": _l("""
            Tagliate le travi a {x}.
            La soletta misura circa {x}.
            Sotto la trave restano {x}.
        """),
        "percent": _l("""
            La carpenteria è fatta al {x} circa.
            La trattenuta è del {x} per ogni acconto.
            L'umidità misurata stamattina: {x}.
        """),
        "orgreg": _l("""
            Numero IDI dell'impresa nell'offerta: {x}.
            Il subappaltatore è registrato come {x}.
            Mettete il nostro {x} in calce al preventivo.
        """),
        "permit": _l("""
            La licenza edilizia {x} è esposta al cancello.
            La licenza {x} copre anche l'ampliamento.
            La licenza {x} va rinnovata prima del tetto.
        """),
        "ticket": _l("""
            La richiesta di garanzia ha il numero {x}.
            Registrato al noleggio come {x}.
            Il ticket di assistenza {x} è chiuso.
        """),
        "tracking": _l("""
            I ricambi sono spediti, numero di tracciamento {x}.
            I campioni di piastrelle arrivano per posta, {x}.
            Raccomandata numero {x}.
        """),
        "spec": _l("""
            Il capitolato prevede {x} al pianterreno.
            Usate {x} in tutto il locale tecnico.
            L'ingegnere l'ha cambiato in {x}.
        """),
        "eponym": _l("""
            Prendi la {x} dal furgone.
            Della {x} si è parlato al momento sicurezza.
            Porta il set {x}, quello piccolo.
        """),
        "nameword": _l("""
            Attenzione alla {x} vicino al vecchio deposito.
            La questione della {x} l'abbiamo chiusa a pranzo.
            Occhio alla {x} vicino alla rampa.
        """),
    },
    "LABEL": {
        "EMAIL": ["E-mail", "Posta elettronica", "Contatto"],
        "PHONE": ["Telefono", "Cellulare", "Tel."],
        "URL": ["Sito", "Portale", "Link"],
        "IP": ["IP", "Indirizzo apparecchio", "Host"],
        "CARD": ["Carta", "Carta di credito", "N. carta"],
        "IBAN": ["IBAN", "Conto bancario", "Pagabile a"],
        "ID": ["N. identificazione", "Numero AVS", "N. personale"],
        "PERSON": ["Committente", "Referente", "Ispettore"],
        "MEMBER": ["Assegnato a", "Caposquadra", "Tecnico"],
        "ADDRESS": ["Indirizzo cantiere", "Luogo dei lavori", "Indirizzo"],
    },
    "HEAD": {
        "diary": [
            "GIORNALE DEI LAVORI",
            "Rapporto giornaliero",
            "Nota di cantiere",
            "Resoconto di cantiere",
        ],
        "workorder": [
            "ORDINE DI LAVORO",
            "Rapporto d'intervento",
            "Scheda lavoro",
            "Richiesta di assistenza",
        ],
        "quote": ["PREVENTIVO", "Offerta", "Richiesta d'offerta", "Riepilogo costi"],
        "crewchat": [
            "Chat di cantiere",
            "Gruppo grezzo",
            "Thread della squadra",
            "Gruppo subappaltatori",
        ],
        "jobboard": [
            "CERCASI: operai edili",
            "Bacheca lavoro",
            "Cerchiamo artigiani",
            "Lavoro disponibile",
        ],
        "signature": [
            "Capoprogetto",
            "Capocantiere",
            "Coordinamento assistenza",
            "Ufficio preventivi",
        ],
    },
}
