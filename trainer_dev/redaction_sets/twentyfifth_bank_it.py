"""Italian phrase bank (it_IT). {v} is the item value, {x} a look-alike."""

from .twentyfifth_core import lines

OPEN = {
    "anniversary": lines("""
        Dieci anni fa entravo in questo ufficio senza conoscere nessuno.
        Piccolo anniversario di lavoro oggi, e tanta gratitudine.
        Un altro anno nella stessa squadra, e non mi stanco.
        Il tempo vola quando ami quello che fai.
        Oggi festeggiamo un anniversario tondo nel reparto.
        La rete mi ricorda il mio anniversario in azienda, quindi ecco un bilancio.
        Torta, foto imbarazzanti e ricordi: settimana dell'anniversario.
        Una cifra tonda per me in questa casa.
        Non pensavo di restare così a lungo, eppure eccomi qua.
        Dieci anni di riunioni, risate e caffè tiepidi.
    """),
    "promotion": lines("""
        Una notizia che tenevo per me da qualche settimana.
        Felice di annunciare che questo mese inizio un nuovo ruolo.
        Nuovo titolo, stessa scrivania, qualche riunione in più.
        Congratulazioni a una di noi per una promozione meritatissima.
        Dopo un lungo percorso di selezione, finalmente posso dirlo.
        Si apre un nuovo capitolo, senza cambiare edificio.
        Dal mese prossimo guiderò il team regionale.
        Momento di orgoglio per tutto il reparto.
        Stamattina sono uscite le promozioni e il piano è in festa.
        Grazie per la fiducia, non vedo l'ora di cominciare.
    """),
    "farewell": lines("""
        Dopo tanti anni belli, oggi è il mio ultimo giorno qui.
        Gli addii non sono il mio forte, quindi sarò breve.
        Una collega storica va in pensione, e se lo merita tutto.
        Questa settimana salutiamo una vera istituzione.
        Due parole per la pensione del nostro capo officina.
        Il brindisi di saluto è venerdì, siete tutti invitati.
        È stato un onore lavorare con voi.
        Andare via è dolceamaro, ma la prossima avventura chiama.
        Certe persone segnano un posto di lavoro solo con la loro presenza.
        Omaggio per la pensione, e c'è tanto da dire.
    """),
    "alumni": lines("""
        Ex compagni di corso, la rimpatriata è finalmente fissata.
        Novità dalla rete degli ex allievi.
        Vent'anni dopo la laurea ci ritroviamo.
        Rimettiamo insieme il vecchio corso per un'altra serata.
        Cerchiamo volontari per organizzare la cena degli ex allievi.
        Se hai studiato con noi, questo messaggio è per te.
        L'associazione ex allievi organizza di nuovo la cena annuale.
        Vecchi compagni, lavori nuovi, le stesse battute.
        Il corso si ritrova, partner benvenuti.
        La laurea ha qualche anno, le amicizie no.
    """),
    "sports": lines("""
        Il gruppo di corsa riparte la domenica mattina dopo la pausa invernale.
        Inizia la stagione delle corse benefiche e la nostra squadra si iscrive.
        La nostra squadra di calcetto cerca due giocatori per il torneo.
        Ciclisti all'appello: torna l'uscita aziendale in bici.
        Siamo sopravvissuti alla staffetta e abbiamo raccolto più del previsto.
        Notizie dalla società di canottaggio.
        Uscita trail nel weekend, principianti benvenuti.
        Grazie a chi ha fatto il tifo all'arrivo.
        Si prepara la corsa solidale per l'ospedale pediatrico.
        La squadra di pallavolo ha un nuovo capitano.
    """),
    "fundraising": lines("""
        Raccogliamo di nuovo per il banco alimentare.
        L'orto condiviso ha bisogno di braccia sabato.
        La nostra squadra raccoglie fondi per il reparto di pediatria.
        La raccolta di cappotti invernali parte la settimana prossima.
        Aggiornamento sulla raccolta fondi, e grazie a tutti.
        Organizziamo una vendita di torte per il canile.
        Cerchiamo volontari per la serata quiz benefica.
        La raccolta di libri per la biblioteca della scuola sta andando benissimo.
        Piccola richiesta: servono autisti per la consegna dei pasti.
        Il nostro ufficio sponsorizza una pulizia della spiaggia.
    """),
    "mentoring": lines("""
        Il nostro circolo di mentoring apre le candidature questo mese.
        Ho avuto ottimi mentori, ora tocca a me restituire.
        Parte presto la nuova edizione del programma di mentoring.
        Cerchiamo mentor con esperienza in finanza o operations.
        Resoconto della serata di mentoring di ieri.
        Se sei all'inizio e ti senti bloccato, questo gruppo fa per te.
        Torna il mentoring tra pari, in gruppi più piccoli.
        Grazie a chi ha scommesso su di me anni fa.
        La nostra rete di donne in ingegneria continua a crescere.
        Mentoring al contrario: i junior insegnano ai senior, e funziona.
    """),
    "meetup": lines("""
        Logistica del meetup della prossima settimana, leggete prima di venire.
        Questo mese ospitiamo noi l'incontro di prodotto.
        La colazione dei dati cambia sede.
        Qualche dettaglio pratico per la serata della community di giovedì.
        Primo incontro dal vivo dopo il trasloco, la sala è quasi piena.
        La serata di networking trimestrale è confermata, dettagli sotto.
        Piccolo cambio di sala per il meetup di design, stesso orario.
        Avviso per chi viene all'hackathon.
        Torna la colazione dei fondatori.
        Sono aperte le iscrizioni all'open day.
    """),
}

SLOT = {
    "EMAIL": lines("""
        Scrivetemi a {v} per iscrivervi.
        Per domande: {v}
        Iscrizioni via mail a {v}, non nei commenti per favore.
        Contatto organizzazione: {v}
        Mandate le foto per il video a {v}.
        Confermate la presenza a {v} per il catering.
        Se il modulo non va, basta una mail a {v}.
        La mia mail personale adesso è {v}.
    """),
    "PHONE": lines("""
        Se siete in ritardo chiamate il {v}.
        Il giorno dell'evento mi trovate al {v}.
        Per entrare nel gruppo WhatsApp scrivete al {v}.
        La coordinatrice risponde al {v}.
        Se vi perdete chiamate il {v}, qualcuno vi viene a prendere.
        Cell. {v}
        Per i passaggi in auto, un messaggio al {v}.
        Tel. {v}
    """),
    "URL": lines("""
        La pagina della raccolta fondi è qui: {v}
        Il foglio iscrizioni è su {v}.
        Ho scritto una riflessione più lunga sul blog: {v}
        Le foto dell'ultima volta sono su {v}.
        Per donare passate da {v}.
        Colleghiamoci: {v}
    """),
    "IP": lines("""
        Il box dello streaming è su {v}, non staccatelo.
        Se cade il wifi della sala, lo stream di riserva va su {v}.
        Il vecchio server del circolo su {v} verrà spento.
        La postazione iscrizioni ha indirizzo {v}, se lo chiede l'IT.
        Qualcuno si collegava da {v} durante il quiz, bel tentativo.
    """),
    "CARD": lines("""
        Ho pagato l'acconto con la carta {v}, qualcuno può confermare?
        L'iscrizione della squadra va addebitata sulla {v}.
        La sala ha bloccato un importo sulla {v}.
        I premi della lotteria li ho pagati con la carta {v}.
        Carta per la prenotazione: {v}
    """),
    "IBAN": lines("""
        Quota di iscrizione con bonifico su {v}, causale il vostro nome.
        Le donazioni possono andare direttamente sul conto {v}.
        IBAN per la colletta: {v}
        Per favore versate la vostra parte del regalo su {v}.
        Coordinate bancarie per la cena: {v}
        Il conto dell'associazione è {v}.
    """),
    "ID": lines("""
        L'assicurazione vuole il codice fiscale, è {v}.
        Per il volontariato ho messo {v}, il formato va bene?
        {v} è il codice che hanno in anagrafica.
        Il mio codice fiscale: {v}
        All'inizio il modulo non accettava {v}.
        Ho inserito {v}, vediamo.
    """),
    "PERSON": lines("""
        Un grazie speciale a {v}, che ha guidato il pulmino tutto il weekend.
        Il mio primo capo, {v}, mi ha insegnato ad ascoltare prima di parlare.
        {v} dell'hospice dirà due parole.
        Sarà con noi {v}, che ha allenato i ragazzi per anni.
        Ricordo ancora {v} che mi spiegava il primo audit.
        Il trofeo porta il nome di {v}, fondatore della società.
        Le foto sono di {v}.
        {v} consegnerà le medaglie.
        La nostra ospite è {v}, preside in pensione.
    """),
    "MEMBER": lines("""
        Congratulazioni a {v}!
        Grazie a {v} per aver organizzato tutto.
        {v} si è offerto di ospitarci.
        Senza {v} non ce l'avremmo fatta.
        Il riscaldamento lo guida {v}, siate puntuali.
        Benvenuta nel circolo di mentoring, {v}.
        Buon anniversario, {v}!
        Chiedete a {v} per i passaggi.
        Grazie {v} per le belle parole della settimana scorsa.
        {v} ha fatto il record personale, grande.
        Meritatissimo, {v}.
        cc {v}
    """),
    "ADDRESS": lines("""
        Ci troviamo in {v}, dietro le rastrelliere.
        Luogo: {v}
        Le donazioni si lasciano in {v}.
        La festa è a casa mia, {v}, dalle sette.
        Mandate il biglietto a {v}, lo giro io.
        La partenza è davanti al civico di {v}.
        Nuovo indirizzo dell'ufficio: {v}
    """),
}

LOOK = {
    "ORDER": lines("""
        Le medaglie sono nell'ordine {x}.
        Ordine n. {x} delle magliette spedito.
    """),
    "INVOICE": lines("""
        La fattura {x} del catering è saldata.
        La fattura n. {x} copre l'affitto della sala.
    """),
    "TICKET": lines("""
        Sul mio biglietto c'è scritto {x}.
        Segnalato alla sede con il ticket {x}.
    """),
    "TRACKING": lines("""
        Spedizione {x}, gli striscioni sono in consegna.
        Il pacco dei trofei ha il codice di tracciamento {x}.
    """),
    "PRICE": lines("""
        Ingresso {x} a persona, bambini gratis.
        I biglietti costano {x}, bevanda inclusa.
        Alla fine abbiamo raccolto {x}!
    """),
    "DATE": lines("""
        Segnatevi il {x}.
        Iscrizioni entro il {x}.
    """),
    "TIME": lines("""
        Apertura porte alle {x}.
        Riscaldamento alle {x} in punto.
    """),
    "VERSION": lines("""
        L'app del circolo è alla versione {x}.
        Aggiornate alla {x} prima di domenica.
    """),
    "ISBN": lines("""
        Il libro del mese: ISBN {x}.
        Stiamo leggendo ISBN {x}.
    """),
    "FLIGHT": lines("""
        Atterro con il volo {x}, potrei arrivare al pelo.
        In parecchi siamo sullo stesso {x}.
    """),
    "ROOM": lines("""
        Abbiamo la sala {x} al secondo piano.
        I workshop sono in aula {x}.
    """),
    "MEASURE": lines("""
        Il percorso è di {x} con una salita tremenda.
        Portate almeno {x} d'acqua.
    """),
    "PERCENT": lines("""
        Le iscrizioni sono cresciute del {x} sull'anno scorso.
        Il {x} del ricavato va al canile.
    """),
    "REF": lines("""
        Indicate il riferimento {x} nel bonifico.
        Codice prenotazione: {x}
    """),
    "COMPANY": lines("""
        Il pranzo è offerto da {x}.
        Grazie a {x} per le divise.
    """),
    "LANDMARK": lines("""
        Punto di ritrovo: {x}.
        Finiamo proprio sotto {x}.
    """),
}

MID = lines("""
    Portate chi volete, più siamo meglio è.
    Abbigliamento informale, scarpe da ginnastica va benissimo.
    Ci sarà da mangiare, anche opzioni vegetariane.
    Scrivete nei commenti se venite.
    Condivideremo le foto dopo.
    Non serve esperienza, solo entusiasmo.
    Parcheggio limitato, organizzatevi con le auto.
    Bambini e cani al guinzaglio benvenuti.
    È stato un viaggio incredibile e ho imparato tantissimo.
    Grazie per ogni serata lunga e ogni risata.
    Il caffè è ancora pessimo, certe cose non cambiano.
    Sinceramente sono state le persone a farmi restare.
    Condividete con chi potrebbe essere interessato.
    Mancano un paio di volontari per l'allestimento.
    Se non potete venire, anche una donazione aiuta.
    Posti limitati, iscrivetevi presto.
    Sala accessibile e angolo tranquillo disponibile.
    Portate la vostra borraccia.
    Si corre con qualsiasi tempo.
    Un discorso breve e un pranzo lungo.
    L'ultima volta vi è piaciuto tanto, quindi si replica.
    Il comitato ci ha messo l'anima.
    Mentee, portate la scheda degli obiettivi.
    Chi arriva tardi si siede in fondo.
    Dopo l'introduzione ci dividiamo in piccoli gruppi.
    Ogni contributo conta.
    Non sto piangendo, siete voi che piangete.
    La torta è ordinata, ha vinto il cioccolato.
    Gli ultimi iscritti lavano i piatti.
    La registrazione sarà condivisa con i soci.
    Alla mia prima presentazione davanti alla direzione mi tremavano le mani.
    Tutto quello che so sui budget l'ho imparato in quell'ufficio senza finestre.
    La nostra neopensionata ha promesso di non leggere le mail dall'orto.
    La cena degli ex allievi è andata esaurita prima di un concerto.
    Fare mentoring vuol dire soprattutto ascoltare con il taccuino aperto.
    Il gruppo è nato con tre persone e una lavagna.
    L'anno scorso il percorso era un pantano e ci siamo divertiti.
    Metà della squadra non aveva mai corso prima.
    Indossate i colori della società se li avete.
    Il pubblico può fare il tifo lungo il lungofiume.
    Interventi brevi e chiacchiere lunghe.
    Il canile dice che ogni coperta conta quest'inverno.
    Negli oggetti smarriti c'è ancora una giacca dell'ultima volta.
    Nuovo formato: meno slide, più domande.
    Alcuni della vecchia guardia arrivano dall'estero.
    La parte più bella del lavoro è stata vedere i junior superarmi.
    Ritmo tranquillo, nessuno resta indietro.
    Caffè e cornetti dal bar qui accanto.
    Alzeremo un calice per chi non c'è.
    Cercherò di non dilungarmi troppo.
""")

CLOSE = lines("""
    Ci vediamo lì!
    Grazie a tutti.
    Avanti così.
    Cin cin!
    Non vedo l'ora.
    Spero di vedere tante facce conosciute.
    Al prossimo capitolo.
    Per qualsiasi domanda scrivetemi.
    Passate parola!
    Con gratitudine.
    Sarà una bella giornata.
    Presto altre novità.
    Grazie per aver letto fin qui.
    Tutti benvenuti.
    Ci vediamo alla partenza.
    Abbiatevi cura.
    Alla prossima.
    Forza squadra!
    Ogni piccolo gesto conta.
    Restiamo in contatto.
    Domande nei commenti.
    Un abbraccio a tutti.
    Buon fine settimana!
    A presto.
    Grazie di esserci.
""")

for _g, _s in zip(OPEN, [
        "Dieci anni, tre traslochi, una squadra: è il momento di dire grazie.",
        "A volte la promozione arriva proprio quando non te l'aspetti.",
        "Oggi si saluta, e con la musica.",
        "Il pranzo degli ex colleghi ha finalmente una data.",
        "Chi corre con noi? La stracittadina cerca ancora staffette.",
        "Raccogliamo prodotti per l'igiene per la casa d'accoglienza fino a fine mese.",
        "Cerchiamo coppie di mentoring, la scadenza è vicina.",
        "Importante per chi viene all'incontro di mercoledì.",
        ], strict=True):
    OPEN[_g].append(_s)
SLOT["MEMBER"] += ["Che bello riavere {v} con noi.", "Tanto di cappello a {v}!",
                   "{v} porta la torta, gli altri le bevande."]
SLOT["PERSON"] += ["Il discorso lo terrà {v}, ex rappresentante sindacale.",
                   "Il gruppo di corsa l'aveva fondato {v}."]
SLOT["EMAIL"] += ["Domande su come arrivare: {v}"]
SLOT["PHONE"] += ["Numero di emergenza il giorno dell'evento: {v}"]
SLOT["ADDRESS"] += ["Abbiamo traslocato, da ora: {v}"]
SLOT["ID"] += ["Codice per la scheda dell'associazione: {v}", "{v}, se a qualcuno serve ancora."]
MID += lines("""
    Chi vuole può fermarsi dopo per un aperitivo.
    La sede è comoda con il tram.
    L'evento è gratuito, le offerte sono benvenute.
    Ci sarà uno spazio bimbi.
    Avvisate se alla fine non riuscite a venire.
    Ci sono sedie, ma non tantissime.
    Manderemo il programma per tempo.
    Chi viene per la prima volta sarà accolto a braccia aperte.
    Si parte puntuali, meglio arrivare un po' prima.
    L'atmosfera dell'ultima volta era imbattibile.
    Ogni aiuto è benvenuto.
    Sarà una serata rilassata, senza slide.
    Non dimenticate l'abbigliamento sportivo.
    Tutto il ricavato va in beneficenza.
    Se piove ci spostiamo in palestra.
    Ho imparato tantissimo da questa squadra.
    Gli attestati si consegnano sul posto.
    C'è una piccola sorpresa per tutti i volontari.
    Niente regali, meglio una donazione.
    L'iscrizione non è vincolante.
""")
CLOSE += ["Alla settimana prossima!", "Contiamo su di voi.", "Un caro saluto.",
          "Buon divertimento!"]
