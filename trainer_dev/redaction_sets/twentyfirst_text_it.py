"""Frasi italiane (it_IT) scritte per il set twentyfirst."""
LANG = "it"
RAW = """
## open.open_to_work
Dopo sette anni bellissimi il mio ruolo è stato eliminato: sono ufficialmente in cerca di lavoro.
Piccolo annuncio personale: cerco la mia prossima sfida.
Cara rete, stavolta chiedo io una mano.
Hanno chiuso la sede di zona e quindi sono alla ricerca attiva.
Sono di nuovo sul mercato, e con tanta voglia di fare.
Finita la maternità, vorrei rientrare a tempo pieno.
## body.open_to_work
Cerco ruoli da project manager o di coordinamento, meglio se nella pubblica amministrazione.
Il mio forte è il controllo di gestione, con tanta pratica su SAP ed Excel.
Sono flessibile: ibrido a {city} oppure full remote.
Disponibilità immediata, nessun preavviso.
Ogni condivisione, ogni segnalazione mi aiuta tantissimo.
Mi interessano soprattutto energia, mobilità e scuola.
Head hunter benvenuti, ma con posizioni concrete per favore.
Anche un part-time andrebbe benissimo.
Se conoscete qualcuno che conosce qualcuno, scrivetemi.
## open.cv_snippet
Vi incollo l'intestazione del mio CV, magari serve per una segnalazione:
Il mio CV aggiornato, versione breve:
In tanti mi avete chiesto i contatti del CV, eccoli:
Estratto del CV per la referenza:
Ecco com'è venuto l'inizio del nuovo CV, vi sembra a posto?
Profilo in breve dal mio curriculum:
## body.cv_snippet
Esperienza: acquisti, gestione fornitori e negli ultimi anni coordinamento del team.
Formazione: laurea in economia aziendale, master serale in analisi dei dati.
Competenze: SAP, Power BI, metodologie agili.
Lingue: italiano madrelingua, inglese fluente, spagnolo discreto.
Patente B, automunita, disponibile a trasferte.
Referenze su richiesta.
Disponibilità: immediata.
Volontariato: tesoriera di una società sportiva.
Interessi: trekking, coro, cucina.
## open.freelance
Ho di nuovo spazio in agenda per progetti dal mese prossimo.
Sono traduttrice freelance e cerco nuovi clienti.
Il vostro sito non viene aggiornato da anni? Parliamone.
Promemoria: tengo la contabilità di liberi professionisti e piccole imprese.
Novità: laboratori sui documenti accessibili.
Riparto con i percorsi di coaching per nuovi responsabili.
## body.freelance
Lavoro soprattutto con agenzie, associazioni e PMI.
Prezzo fisso per progetti ben definiti, tariffa giornaliera per il resto.
Prima call gratuita e senza impegno.
Fatturo in regime forfettario, tutto in regola.
Sono a {city}, ma lavoro da remoto con tutta Italia.
Quasi tutti i miei clienti arrivano da questa rete, grazie davvero.
Di solito rispondo entro un giorno lavorativo.
Anche urgenze, ne parliamo.
## open.volunteering
Il banco alimentare cerca volontari per l'inverno.
Ci servono ancora braccia per la corsa solidale di questo weekend.
Il doposcuola di quartiere a {city} cerca volontari.
La nostra associazione cerca rinforzi per il direttivo.
Chi se la sente di accompagnare persone rifugiate nello studio dell'italiano?
L'emporio solidale cerca autisti per il sabato.
## body.volunteering
Non serve esperienza, solo tempo e pazienza.
Offriamo formazione, caffè e tanta gratitudine.
Per lavorare con i minori serve il certificato del casellario.
Se non potete aiutare, condividere aiuta lo stesso.
Gruppi aziendali benvenuti.
Cerchiamo soprattutto chi parla arabo, ucraino o wolof.
Ogni ora conta, davvero.
## open.alumni
Rimpatriata di classe! Vent'anni dalla maturità, non ci credo.
Appello a tutti gli ex studenti del corso di economia.
L'associazione alumni organizza un aperitivo a {city}.
Chi viene alla cena degli ex allievi in autunno?
Sto cercando di radunare tutta la nostra classe.
Ex colleghi dell'agenzia, finalmente abbiamo la data della rimpatriata.
## body.alumni
Abbiamo prenotato la saletta della trattoria vicino all'università.
Compagni e figli benvenuti nel pomeriggio.
Fate girare a chi non è più su questa piattaforma.
Ci sarà una proiezione di foto, mandatemi le più imbarazzanti.
Il primo giro lo offre il comitato.
Chi non può venire, un videomessaggio sarebbe bellissimo.
Mancano ancora alcune persone, taggatele.
## open.mentoring
Cerco una mentor o un mentor, e finalmente mi decido a chiederlo qui.
Sto passando dall'insegnamento alla ricerca utente: qualcuno ci è passato?
Qualcuno è passato dall'agenzia all'azienda e mi racconta com'è stato?
Domanda alla mia rete: come avete trovato il vostro primo mentor?
Mi piacerebbe confrontarmi con chi ha costruito un team dati da zero.
Sono la prima laureata della famiglia e cerco consigli nel mondo della finanza.
## body.mentoring
Anche una chiamata al mese mi aiuterebbe tantissimo.
Ricambio volentieri come posso.
Mi interessa soprattutto come negoziare il primo ruolo da responsabile.
I corsi li ho fatti, mi manca uno sguardo esterno.
Prometto di arrivare preparata.
In azienda non c'è un programma di mentoring, da qui il post.
Va benissimo anche in videochiamata.
## open.relocation
Mi trasferisco a {city} in estate e cerco lavoro lì.
Ci trasferiamo per il lavoro del mio compagno, quindi cerco qualcosa di nuovo.
Dopo sei anni all'estero, torno a casa.
L'anno prossimo vado a {city}: consigli sul mercato del lavoro?
Città nuova, capitolo nuovo, manca solo il lavoro.
È arrivato il permesso, mi trasferisco in autunno.
## body.relocation
Qualsiasi contatto nella logistica o negli acquisti sarebbe preziosissimo.
Se sapete di un appartamento a prezzo onesto, sono tutt'orecchi.
Idealmente inizierei dopo le feste.
Un caffè quando arrivo? Volentieri.
Ho il permesso di lavoro, nessuno sponsor necessario.
Gruppi di networking locali da consigliare?
Un asilo nido in zona sarebbe un sogno.
## open.references
Referenze, come richiesto:
Per il modulo di candidatura, ecco i miei dati e le referenze.
Scusate il ritardo, ecco i dati richiesti:
Due referenze, entrambe d'accordo a essere contattate.
I miei dati per la coordinatrice dei volontari:
Contatti aggiornati, da ora usate questi per favore:
## body.references
Preferibilmente nel pomeriggio.
Entrambe conoscono il mio lavoro degli ultimi tre anni.
Fatemi sapere se manca qualcosa per la pratica.
Per favore non contattate ancora l'attuale datore di lavoro.
La seconda referenza preferisce una telefonata a una lettera.
Le ho già avvisate entrambe.
Grazie per la pazienza con le scartoffie.
## close
Grazie per aver letto e per le condivisioni!
I messaggi privati sono aperti.
Grata a questa rete.
Fate girare.
Buon fine settimana a tutti.
Parliamone!
I commenti sono benvenuti.
Grazie mille!
Ogni condivisione conta.
Un saluto!
Ricambio volentieri.
Incrociate le dita.
Avanti tutta.
A presto.
Ogni consiglio è ben accetto.
Un abbraccio.
## item.EMAIL
Il modo più semplice è la mail: {v}
Scrivetemi a {v} e vi mando il portfolio.
Se vi interessa, due righe a {v}.
Email: {v}
Mandate il modulo a {v}, non all'indirizzo di lavoro.
La mia mail personale è {v}, la controllo ogni giorno.
Iscrizioni a {v}, indicando le disponibilità.
Contatto: {v}
Domande sul volontariato? {v}
CV e lettere a {v}, grazie.
## item.PHONE
Potete chiamarmi o scrivermi al {v}.
Cell. {v}
Tel./WhatsApp {v}
Chiamatemi al {v}, meglio dopo le quattro.
Il mio numero è {v}, lasciate un messaggio se non rispondo.
Se preferite sentirci, c'è il {v}.
Per urgenze, un messaggio al {v}.
Tel. {v}
Al {v} chiedete dello sportello volontari.
La referenza risponde al {v} in orario d'ufficio.
## item.URL
Il mio portfolio è qui: {v}
Di più sul mio lavoro su {v}
Profilo: {v}
Prenotate direttamente una call: {v}
Il mio profilo, se il link sopra non funziona: {v}
Casi studio e tariffe su {v}
Date un'occhiata a {v}
Sito: {v}
Esempi di codice su {v}
## item.IP
La demo per ora gira sul mio server, {v}.
Se il firewall blocca, abilitate {v}.
Server di test del progetto cliente: {v}
Il vecchio forum della classe è ancora su {v}, incredibile.
Il mio homelab risponde su {v}.
Posso collegarmi solo da {v}, abilitatelo sulla VPN per favore.
Il calendario dei turni dei volontari è ospitato su {v}.
## item.CARD
Per l'acconto addebitate pure la mia carta {v}, poi sistemiamo.
Ho pagato la sala con {v}, la ricevuta è a mio nome.
Carta per la prenotazione: {v}
Qualcuno controlla che non abbiano addebitato due volte {v}?
Usate {v} per i premi della lotteria, poi mi rimborsano.
L'acconto della rimpatriata l'ho pagato con la carta {v}, ridatemi le quote.
Se la prenotazione non va, provate con {v}.
I biglietti sono passati su {v}, giratemi la conferma.
## item.IBAN
Coordinate bancarie per la colletta: {v}
Fate il bonifico della vostra quota su {v} con il vostro nome in causale.
Il mio IBAN per la fattura è {v}
Le donazioni possono andare direttamente su {v}
Conto per i pagamenti: {v}
L'acconto su {v} entro fine mese.
IBAN: {v}
Bonifico su {v}, grazie!
Conto dell'associazione: {v}
## item.ID
Per il modulo serve il codice fiscale, è {v}.
Mi hanno chiesto il codice: {v}
C.F. {v}
Per la verifica: {v}
Codice come da documenti: {v}
Va nella seconda casella: {v}
Eccolo: {v}
{v} è quello sulla tessera sanitaria.
Mi ero dimenticata di metterlo: {v}
## item.PERSON
[[La mia ex responsabile|Il mio ex responsabile]], {v}, fa da referenza.
Grazie mille a {v} per la dritta su questa posizione.
Ho lavorato fianco a fianco con {v} al restyling.
{v}, del vecchio gruppo, pensa alle bevande.
Seconda referenza: {v}, [[la mia responsabile|il mio responsabile]] in associazione.
Se conoscete {v}, [[ditele|ditegli]] di scrivermi.
Grazie a {v}, che mi ha insegnato tutto sui budget.
Prendo il posto di {v} come coordinatrice dei volontari.
[[È stata|È stato]] {v} a consigliarmi di chiedere pubblicamente.
Referenze: {v}, [[ex direttrice operativa|ex direttore operativo]].
Ho avuto la fortuna di imparare accanto a {v}.
## item.MEMBER
Grazie {v} per la spinta a scrivere questo post.
{v}, non mi avevi detto che il tuo team assumeva?
Taggo {v}, che conosce mezzo settore.
Come ha scritto {v} nei commenti, le segnalazioni contano.
cc {v}
{v} e io organizziamo insieme la rimpatriata.
Grazie speciale a {v} per aver riletto il mio CV.
Magari {v} può condividerlo nel gruppo ex allievi?
Il post di {v} la settimana scorsa mi ha convinta.
Grazie a {v} per il contatto, che generosità.
{v} sa i dettagli meglio di me.
## item.ADDRESS
Spedite i documenti a questo indirizzo: {v}
Punto di raccolta donazioni: {v}
Il mio indirizzo per il contratto: {v}
Ci vediamo da me, {v}, suonate due volte.
Residenza: {v}
I pacchi possono arrivare a {v}, c'è sempre qualcuno.
Nuovo indirizzo dal mese prossimo: {v}
Luogo: {v}
Ritiro a casa mia, {v}, nei giorni feriali dopo le sei.
## look.ORDER
Il mio ordine {x} con il portatile nuovo non arriva, per questo rispondo lenta.
L'ordine {x} dei badge è confermato.
## look.INVOICE
La fattura {x} è saldata, grazie a tutti.
Indicate la fattura {x} nella causale.
## look.TICKET
Il ticket {x} all'assistenza è ancora aperto.
Con il ticket {x} dovrebbe tornare la pagina di iscrizione.
## look.TRACKING
Gli striscioni sono in viaggio, tracking {x}.
Codice di spedizione del pacco di libri: {x}
## look.PRICE
L'ingresso costa {x}, cena compresa.
La mia tariffa giornaliera parte da {x}.
Il corso costa {x}, lo paga l'azienda.
## look.DATE
Ci vediamo il {x}.
Le candidature chiudono il {x}.
Potrei iniziare dal {x}.
## look.TIME
Si apre alle {x}.
La call è alle {x}, si può spostare.
## look.VERSION
Lo strumento gira su {x}, niente di esotico.
Ultimamente lavoro soprattutto con {x}.
## look.ISBN
Il libro che mi ha cambiato la visione della carriera: ISBN {x}.
Il manuale si trova con ISBN {x}.
## look.FLIGHT
Atterro con il volo {x}, la sera posso per un caffè.
Sono sul {x}, arrivo tardi.
## look.ROOM
Siamo in aula {x}, al secondo piano.
Il laboratorio è in aula {x}.
## look.MEASURE
Il percorso è di {x}.
Lo studio è di circa {x}, sufficiente per piccoli laboratori.
## look.PERCENT
Circa il {x} dei nostri volontari sono studenti.
Per ora posso lavorare al {x}.
## look.REF
Codice annuncio {x}, se vi candidate dal portale.
La posizione è indicata come {x} sulla pagina lavora con noi.
## look.COMPANY
Prima ho passato sei anni da {x}.
Il progetto è finanziato da {x}.
In precedenza da {x}, nel controllo di gestione.
## look.PLACE
Ci troviamo davanti al {x}.
Studiavamo proprio accanto al {x}.
## free
Sarò breve, cercare lavoro è già abbastanza faticoso.
Aggiornerò il post appena ci sono novità.
Ogni chiacchierata mi ha insegnato qualcosa.
Il mercato è difficile, ma le persone sono state gentilissime.
Se siete nella stessa situazione, scrivetemi pure.
Preferisco una realtà piccola dove si vede l'impatto.
Niente proposte di cripto, grazie.
Fa strano scrivere questo dopo tanti anni nello stesso posto.
Un no all'ultimo colloquio brucia, ma sto imparando.
Lo condivido nel caso possa servire a chi inizia.
Un feedback sincero è il regalo più bello per chi si candida.
Il volontariato mi ha tenuta in piedi tra un lavoro e l'altro.
Un mentor non deve essere famoso, solo generoso con il suo tempo.
Trasferirsi è soprattutto burocrazia e pazienza.
Le rimpatriate ricordano quanta strada ha fatto ognuno.
Da freelance si dice di no più spesso di quanto si pensi.
Rileggo volentieri lettere di presentazione, chiedete pure.
Questa settimana lavoro al portfolio, piano piano.
Il consiglio migliore: smettere di scusarmi per il buco nel CV.
Non ho fretta, voglio il posto giusto.
Scrivo dalla biblioteca comunale, a tema direi.
I nostri volontari rendono possibile tutto questo.
Fare networking mi imbarazza ancora, ma funziona.
Siate clementi, è il mio primo post.
Sto imparando a parlare dei miei punti di forza senza arrossire.
Le piccole vittorie contano.
Anche il riposo fa parte della ricerca.
La gentilezza è sottovalutata nel nostro settore.
Sinceramente mi mancano i colleghi.
Nuovo capitolo, stessa curiosità.
Curiosità più che panico, almeno questa settimana.
Candidarsi la domenica sera è un'arte.
I team migliori erano sempre i più gentili.
Grazie per tutti i messaggi di incoraggiamento.
Un buon capo cambia tutto.
## body.open_to_work
Ruoli che cerco: responsabile acquisti, project manager, assistente di direzione.
Il titolo conta poco, contano il team e il senso del lavoro.
## body.freelance
In questo momento i tempi di consegna sono di circa due settimane.
Tengo anche laboratori di scrittura per i team.
## body.volunteering
Segnatevi per quanti turni volete.
## body.alumni
Sui cartellini ci saranno i vostri vecchi soprannomi, siete avvisati.
## body.mentoring
Sono all'inizio e sto ancora capendo cosa mi piace davvero.
## body.relocation
Porto tanto entusiasmo e un gatto molto confuso.
## body.references
L'agenzia ne chiede solo una, ma non si sa mai.
## item.PERSON
Senza {v} non sarei mai finita in questo settore.
## item.MEMBER
Grazie {v} per la condivisione!
## item.EMAIL
Per domande sull'iscrizione scrivete direttamente a {v}.
## look.TICKET
Ho aperto il ticket {x} per il problema di accesso.
## look.ORDER
I libri dell'ordine {x} li distribuisco alla cena.
## free
Questa settimana scelgo la curiosità invece del panico.
Un saluto fa sempre piacere.
Resto convinta che i team migliori siano quelli gentili.
Si torna alla routine dopo una pausa, un passo alla volta.
"""
