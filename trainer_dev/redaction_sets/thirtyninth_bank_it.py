"""Thirty-ninth set: Italian phrase bank (it_IT), written by hand."""

from trainer_dev.redaction_sets.thirtyninth_bank import parse_bank

IT = parse_bank("""
[subject]
Lettera di assunzione e data di inizio
Richiesta di referenze per il ruolo di analista
Domanda sulla busta paga
Inserimento, prima settimana
Colloquio di giovedì
Fondo pensione e adesione
Congedo di maternità e rientro
Verbale della RSU
Rinnovo del contratto e preavviso
Nuovo conto per lo stipendio
Trattenute sbagliate in busta paga
Rosa dei candidati per capo magazzino
[greet]
Ciao a tutti,
Buongiorno,
Gentile collega,
Buonasera,
Ciao ragazzi,
Spettabile ufficio,
[open]
Due righe dall'ufficio del personale.
Riprendo la telefonata di ieri.
Grazie per la risposta veloce.
Come promesso, ecco i dati.
Scusate il ritardo.
Questa settimana sostituisco la selezionatrice.
Solo un promemoria prima del colloquio.
È arrivato dal portale lavora con noi.
Il kit di inserimento è quasi pronto.
In vista dell'incontro con la RSU.
Ancora una cosa per il fascicolo del neoassunto.
L'elaborazione paghe chiude a breve.
[ctx]
L'offerta resta subordinata a due referenze positive.
Per favore non girate la rosa fuori dalla commissione.
Le paghe chiudono prima per via della festività.
La valutazione del periodo di prova è prima della fine del trimestre.
Senza contratto firmato non possiamo attivare le utenze.
Gli straordinari vanno autorizzati dal responsabile.
Il fondo pensione manda una sua lettera di benvenuto.
Le ferie arretrate vanno godute entro la primavera.
La RSU ha chiesto le modifiche dei turni per iscritto.
Il certificato del casellario richiede qualche giorno lavorativo.
La candidata preferisce due giorni di smart working.
I buoni pasto si attivano dopo l'assunzione.
Le spese senza ricevuta non vengono rimborsate.
L'annuncio esce prima sulla bacheca interna.
Gli appunti dei colloqui restano nel gestionale della selezione.
La malattia va comunicata prima dell'inizio del turno.
Le lettere di aumento partono insieme ai premi.
Il colloquio di uscita è facoltativo ma molto utile.
Il permesso di soggiorno va mostrato in originale.
L'inserimento copre sicurezza, sistemi e regolamento aziendale.
[close]
Fammi sapere se manca qualcosa.
Grazie in anticipo.
Se preferisci ci sentiamo al telefono.
Aggiorno il fascicolo appena ho risposta.
Da trattare come riservato, grazie.
Dimmi se le date non vanno bene.
Grazie per la pazienza.
Confermeremo tutto per iscritto.
Rispondi prima della chiusura paghe, per favore.
A presto.
[sign]
Cordiali saluti,
Un saluto,
Grazie,
Buona giornata,
Distinti saluti,
Saluti,
[team]
Ufficio del personale
Ufficio paghe
Selezione e sviluppo
[roles]
Addetta paghe e contributi
HR business partner
Responsabile selezione
Impiegato amministrazione del personale
Referente welfare aziendale
Direttore risorse umane
Consulente del lavoro
Responsabile inserimento
Analista retribuzioni
Segretaria della RSU
[fields]
Posizione: addetto paghe
Fonte: segnalazione interna
Stato: in rosa
Contratto: tempo indeterminato, full time
Reparto: amministrazione
Fase: secondo colloquio
Modalità: ibrida
Priorità: normale
[lead.EMAIL]
Manda il contratto firmato a {v}.
La risposta del candidato arriva da {v}.
La sua mail personale per i cedolini è {v}.
Aggiungi {v} all'invito.
[lead.PHONE]
Il candidato risponde al {v}.
Il suo cellulare per la chiamata: {v}.
Richiamami al {v} nel pomeriggio.
Il referente ha lasciato il {v}.
[lead.URL]
Il portfolio è su {v}.
Il suo profilo: {v}
Ha condiviso il CV tramite {v}.
Le referenze sono su {v}.
[lead.IP]
Il portale paghe segnala un accesso da {v}.
L'accesso remoto è stato abilitato per {v}.
Stanotte ci sono stati accessi falliti da {v}.
Il log della VPN riporta {v} per il neoassunto.
[lead.CARD]
La caparra per il trasloco è stata pagata con la carta {v}.
Rimborsate il corso sulla carta {v}.
La carta aziendale a suo nome è {v}.
Sulla carta {v} hanno addebitato due volte.
[lead.IBAN]
Lo stipendio da ora va su {v}.
Nuovo IBAN per lo stipendio: {v}.
Il rimborso spese va su {v}.
Il suo IBAN nella scheda anagrafica: {v}.
[lead.ID]
Il suo codice fiscale in anagrafica è {v}.
Il codice che ci ha dato per l'assunzione è {v}.
Correggi il codice nella scheda paghe: {v}.
Codice fiscale dalla tessera: {v}.
[lead.PERSON]
La seconda referenza è di {v}.
Abbiamo sentito {v} per il turno di notte.
{v} ha accettato l'offerta stamattina.
L'agenzia propone {v} in somministrazione.
[lead.MEMBER]
{v} presiede il colloquio.
Metti in copia {v} per la variazione paghe.
{v} segue l'inserimento questa settimana.
Chiedi a {v} di controfirmare il contratto.
[lead.ADDRESS]
Spedisci il contratto a {v}.
Nuovo indirizzo per i cedolini: {v}.
La CU è stata spedita a {v}.
Il pacco di benvenuto va a {v}.
[poss]
In allegato la lettera di referenze {v}.
Controlla il saldo ferie {v}.
La valutazione {v} è la settimana prossima.
[bare]
Usa {v} per creare l'anagrafica.
Copiato dalla scheda di assunzione: {v}
Confermato al telefono: {v}, ricontrolla.
Corretto un refuso, è {v}.
Per il fascicolo: {v}
Inserito stamattina: {v}
[bank]
Lo stipendio va sul conto {v}.
Numero di conto per lo stipendio: {v}.
Il saldo finale va sul conto {v}.
Il suo conto stipendio: {v}.
[look]
Vedi {v} per i dettagli.
Riferimento: {v}
Rientra in {v}.
Registrato come {v}.
Annotato nel fascicolo: {v}.
L'importo concordato è {v}.
Citato nella lettera: {v}.
Come detto, {v}.
Secondo il regolamento, {v}.
Segnato come {v}.
[label]
EMAIL=Email
PHONE=Telefono
URL=Link
IP=Indirizzo IP
CARD=Carta
IBAN=IBAN
ID=Codice fiscale
PERSON=Candidato
MEMBER=Referente
ADDRESS=Indirizzo
order=Rif. annuncio
salary=RAL
date=Data assunzione
time=Ora
percent=Aumento
version=Software paghe
isbn=Manuale
orgreg=Datore di lavoro
taxform=Modulo
ticket=Ticket
grade=Livello
room=Sala
bic=BIC
company=Azienda
law=Riferimento normativo
hours=Orario
nameword=Nota
""")
