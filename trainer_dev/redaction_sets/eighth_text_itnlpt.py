"""Eighth set: Italian, Dutch and Brazilian Portuguese phrase banks (same keys as eighth_text_en.EN)."""

IT = {
    "hdr_prog": "PROGRAMMA|Ordine del giorno|Scaletta di sabato|Programma della serata|Ciclo di incontri",
    "hdr_meet": "Verbale|Appunti della riunione|Verbale del consiglio direttivo|Note dell'incontro|Sintesi decisioni",
    "hdr_cv": "Curriculum vitae|CV|Dati anagrafici|Profilo",
    "hdr_ad": "VENDO|Cerco|Affittasi stanza|Regalo|Oggetto smarrito|Mercatino nel weekend",
    "hdr_ticket": "Richiesta di assistenza|Aggiornamento ticket|Segnalazione guasto|Reclamo|Richiesta di rimborso",
    "hdr_press": "COMUNICATO STAMPA|Comunicato|Nota stampa",
    "hdr_obit": "NECROLOGIO|In ricordo di|Annuncio funebre|Partecipano al lutto",
    "talks": "Scalare la ricerca senza dolore|Due anni di reperibilità|La salute del suolo nell'orto|Mappe accessibili|"
    "Introduzione ai sistemi di tipi|Finanziare le biblioteche|Tavola rotonda: il futuro del treno|"
    "Accoglienza e caffè|Interventi lampo|Chiusura lavori",
    "roles": "Responsabile Operazioni|Data Engineer|Coordinatore volontari|Product designer|Infermiera|Socio|"
    "Direttore commerciale|Assegnista di ricerca|Responsabile d'ufficio",
    "orgs": "Ventonord Analitica S.r.l.|Campoblu Logistica|Fogliaverde Soc. Coop.|Studio La Cava|Rame Energia|"
    "Ponteferro Consulting|Lumen Robotica|Edizioni Palude",
    "close": "Cordiali saluti,|Un saluto,|Grazie,|A presto,|Buona giornata,|Un abbraccio,|Inviato da smartphone",
    "phone": "chiamami al {}|Tel. {}|Cell. {}|reperibile al {}|il mio nuovo numero è {}|richiamare al {}|"
    "Telefono: {}|interno {}|WhatsApp {}|cell: {}",
    "mail": "scrivimi a {}|E-mail: {}|mail: {}|inviare a {}|il mio nuovo indirizzo è {}|in copia {}|domande a {}",
    "web": "slide su {}|portfolio: {}|maggiori info su {}|sito: {}|vedi {}|il mio sito {}|profilo: {}",
    "addr": "siamo in {}|consegna a {}|ritiro in {}|Indirizzo: {}|spedire a {}|sede: {}|nuovo indirizzo: {}|"
    "punto di ritiro: {}",
    "card": "numero carta {}|addebitato sulla mia {brand} {}|carta: {}|pagato con la carta {}|il numero della {brand} è {}|"
    "rimborso sulla carta {}",
    "iban": "IBAN {}|bonifico su {}|coordinate bancarie: {}|c/c IBAN {}|IBAN: {}|versare su {}",
    "id": "il mio {label} è {}|{label}: {}|{label} {} (per la busta paga)|mi hanno chiesto il {label}: {}|{label} in archivio: {}",
    "ip": "accesso da {}|IP sorgente {}|indirizzo bloccato {}|le richieste da {} falliscono|la VPN mi dà {}",
    "person": "modera {}|grazie a {} per l'ospitalità|ne ho parlato con {}|{} entra come mentor|{} si scusa per l'assenza|"
    "chiavi da {}|{} ({org}) apre i lavori|segnalato da {}",
    "member": "{} presenterà i risultati|che bello vedere {} qui|{} verbalizza|{} porta il dolce|complimenti {}!|"
    "{} è via fino a lunedì|{} è stata eletta tesoriera",
    "attend": "Presenti:|Partecipanti:|Erano presenti:|In sala:",
    "actions": "Azioni|Prossimi passi|Da fare|Compiti",
    "filler": "Apertura porte alle {time}.|Caffè e cornetti offerti.|Iscrizioni entro il {date}.|La sala è al secondo "
    "piano.|Pochi parcheggi, meglio in metro.|Grazie a tutti per la partecipazione.|Fatemi sapere se cambia "
    "qualcosa.|Il verbale arriva la settimana prossima.|Scusate il ritardo.",
    "chat": "ciao a tutti|ok va bene|sto arrivando|scusate sono in ritardo|qualcuno può controllare|grazie!!|a dopo|"
    "qualcuno ha il link",
    "ad": "Vendo bici da corsa, usata pochissimo, {price}.|Divano in buone condizioni, {price} trattabili.|Stanza singola "
    "in appartamento tranquillo, {price} spese incluse.|Trovato mazzo di chiavi vicino alla stazione.|"
    "Libri per bambini, 40 pezzi, {price}.",
    "obit": "è mancato serenamente il {date}, all'età di {age} anni.|è scomparsa improvvisamente il {date}.|"
    "Ne danno il triste annuncio i figli.|I funerali si terranno il {date}.|Non fiori ma opere di bene.",
    "press": "{org} annuncia oggi una nuova partnership.|{org} apre la seconda sede.|Si parte il {date}.|"
    "Contatti stampa:|Per interviste:",
    "ticket": "Il cliente segnala che il pagamento è fallito due volte.|Impossibile accedere dopo l'aggiornamento.|"
    "Girare all'amministrazione.|Rimborso approvato, 5-7 giorni lavorativi.|Chiudo il ticket.",
    "quote": "«Siamo entusiasti», ha detto {}.|secondo {}, che guida il progetto.|come spiega {}|{} ha aggiunto",
    "free": "Il laboratorio tratta budget, bandi e rendicontazione.|Ci vediamo un martedì sì e uno no.|"
    "Aperto a tutti, nessuna esperienza richiesta.|La biblioteca resta chiusa per le feste.|"
    "Il questionario chiude a breve.|Bella serata, grazie a tutti.|Benvenuti ai nuovi soci!|"
    "La registrazione è online.|Il meteo è buono per l'escursione.",
    "look": "L'ordine {} è stato spedito.|Il volo {} atterra alle 18:40.|In allegato la fattura {}.|ISBN {}.|Codice EAN {} "
    "sulla scatola.|Aggiornato a {} ieri sera.|Alla fine è costato {}.|La stanza è larga {}.|Tracking: {}.|"
    "Dopo pranzo abbiamo passeggiato per {}.|Con il sostegno di {}.|Usiamo ancora {}.|Già nel {} avevamo iniziato.|"
    "La call è alle {}.|Scadenza: {}.|Prot. n. {}.",
    "sec": "Nuovo accesso da {}: sei stato tu?|Il firewall ha bloccato {} dopo cinque tentativi falliti.|Il nostro IP pubblico è {} se dovete abilitarlo.|Traffico sospetto da {} sulla porta 22.|Abilitate {} sul server di test per favore.|Ultimo accesso: {}",
}

NL = {
    "hdr_prog": "PROGRAMMA|Agenda|Dagprogramma zaterdag|Avondprogramma|Lezingenreeks",
    "hdr_meet": "Notulen|Aantekeningen overleg|Notulen bestuursvergadering|Verslag werkoverleg|Besluitenlijst",
    "hdr_cv": "Curriculum vitae|CV|Personalia|Profiel",
    "hdr_ad": "TE KOOP|Gezocht|Kamer te huur|Gratis af te halen|Gevonden voorwerp|Rommelmarkt dit weekend",
    "hdr_ticket": "Supportverzoek|Ticketupdate|Storingsmelding|Klacht|Terugbetalingsverzoek",
    "hdr_press": "PERSBERICHT|Persbericht|Persinformatie",
    "hdr_obit": "IN MEMORIAM|Overlijdensbericht|Met verdriet|Bedankt voor uw medeleven",
    "talks": "Zoeken schalen zonder hoofdpijn|Twee jaar piketdienst|Bodemgezondheid in de moestuin|Toegankelijke kaarten|"
    "Introductie typesystemen|Bibliotheken financieren|Paneldiscussie: de toekomst van het spoor|"
    "Inloop met koffie|Flitspresentaties|Afsluiting",
    "roles": "Hoofd Operaties|Data engineer|Coördinator vrijwilligers|Productontwerper|Verpleegkundige|Partner|"
    "Salesmanager|Onderzoeker|Officemanager",
    "orgs": "Noordenwind Analyse B.V.|Blauwveld Logistiek|Groenblad Coöperatie|Studio De Groeve|Koperveld Energie|"
    "IJzerbrug Advies|Lumen Robotica B.V.|Uitgeverij Kwelder",
    "close": "Met vriendelijke groet,|Groeten,|Groetjes,|Dank je,|Hartelijke groet,|Tot snel,|Verstuurd vanaf mijn telefoon",
    "phone": "bel me op {}|Tel.: {}|Mobiel: {}|bereikbaar op {}|mijn nieuwe nummer is {}|graag terugbellen op {}|"
    "Telefoon {}|direct {}|app me op {}|mob {}",
    "mail": "mail me op {}|E-mail: {}|mail: {}|stuur het naar {}|mijn nieuwe adres is {}|cc {}|vragen naar {}",
    "web": "slides op {}|portfolio: {}|meer op {}|web: {}|zie {}|mijn site {}|profiel: {}",
    "addr": "we zitten op {}|afleveradres: {}|ophalen op {}|Adres: {}|stuur het naar {}|locatie: {}|nieuw adres: {}|"
    "afhaalpunt: {}",
    "card": "kaartnummer {}|afgeschreven van mijn {brand} {}|kaart: {}|betaald met kaart {}|het {brand}-nummer is {}|"
    "terugstorten op kaart {}",
    "iban": "IBAN {}|graag overmaken naar {}|bankgegevens: {}|rekening {}|IBAN: {}|storten op {}",
    "id": "mijn {label} is {}|{label}: {}|{label} {} (voor de salarisadministratie)|ze vroegen mijn {label}: {}|"
    "{label} in het dossier: {}",
    "ip": "ingelogd vanaf {}|bron-IP {}|geblokkeerd adres {}|verzoeken vanaf {} mislukken|de VPN geeft me {}",
    "person": "{} is dagvoorzitter|dank aan {} voor de gastvrijheid|met {} over gesproken|{} komt erbij als mentor|"
    "{} heeft zich afgemeld|sleutels bij {}|{} ({org}) opent|gemeld door {}",
    "member": "{} presenteert de resultaten|leuk dat {} er was|{} notuleert|{} neemt taart mee|gefeliciteerd {}!|"
    "{} is tot maandag weg|{} is gekozen tot penningmeester",
    "attend": "Aanwezig:|Deelnemers:|Erbij:|Aanwezigen:",
    "actions": "Actiepunten|Vervolgstappen|To-do|Acties",
    "filler": "Inloop vanaf {time}.|Koffie en thee staan klaar.|Aanmelden vóór {date}.|De zaal is op de tweede "
    "verdieping.|Weinig parkeerplek, kom liever met de fiets.|Bedankt voor de grote opkomst.|Laat het weten "
    "als er iets verandert.|De notulen volgen volgende week.|Sorry voor de late reactie.",
    "chat": "hoi allemaal|ok prima|ben onderweg|sorry ik ben laat|kan iemand even kijken|thx!!|tot zo|heeft iemand de link",
    "ad": "Racefiets te koop, nauwelijks gebruikt, {price}.|Bank in goede staat, {price} n.o.t.k.|Kamer in rustig huis, "
    "{price} all-in.|Sleutelbos gevonden bij het station.|Kinderboeken, doos met 40 stuks, {price}.",
    "obit": "is op {date} rustig ingeslapen, {age} jaar oud.|is op {date} plotseling overleden.|Lieve man, vader en opa.|"
    "De afscheidsdienst is op {date}.|In plaats van bloemen graag een gift.",
    "press": "{org} maakt vandaag een nieuw partnerschap bekend.|{org} opent tweede vestiging.|Start op {date}.|"
    "Persvragen:|Voor interviews:",
    "ticket": "Klant meldt dat de betaling twee keer mislukte.|Inloggen lukt niet sinds de update.|Graag doorzetten naar "
    "facturatie.|Terugbetaling goedgekeurd, 5–7 werkdagen.|Ticket gesloten.",
    "quote": "‘We zijn er heel blij mee’, zegt {}.|aldus {}, die het project leidt.|volgens {}|{} vertelde",
    "free": "De workshop gaat over begroting, subsidies en verantwoording.|We komen om de week op dinsdag samen.|"
    "Iedereen welkom, geen ervaring nodig.|De bibliotheek is dicht tijdens de feestdagen.|"
    "De enquête sluit binnenkort.|Leuke sessie vandaag, dank allemaal.|Nieuwe leden, zeg even hallo!|"
    "De opname staat online.|Het weer lijkt goed voor de wandeling.",
    "look": "Bestelling {} is verzonden.|Vlucht {} landt om 18:40.|Factuur {} in de bijlage.|ISBN {}.|EAN {} op de doos.|"
    "Gisteren bijgewerkt naar {}.|Uiteindelijk kostte het {}.|De kamer is {} breed.|Track & trace: {}.|"
    "Na de lunch liepen we over {}.|Gesponsord door {}.|We gebruiken nog {}.|In {} zijn we begonnen.|"
    "Het gesprek is om {}.|Deadline: {}.|Kenmerk {}.",
    "sec": "Nieuwe aanmelding vanaf {} – was jij dit?|De firewall heeft {} na vijf mislukte pogingen geblokkeerd.|Ons publieke adres is {} als jullie het moeten toestaan.|Verdacht verkeer vanaf {} op poort 22.|Graag {} toestaan op de testserver.|Laatste login: {}",
}

PT = {
    "hdr_prog": "PROGRAMAÇÃO|Pauta|Agenda de sábado|Programação da noite|Ciclo de palestras",
    "hdr_meet": "Ata da reunião|Anotações da reunião|Ata da diretoria|Resumo do alinhamento|Registro de decisões",
    "hdr_cv": "Currículo|CV|Dados pessoais|Perfil profissional",
    "hdr_ad": "VENDE-SE|Procuro|Aluga-se quarto|Doação|Achados e perdidos|Bazar no fim de semana",
    "hdr_ticket": "Chamado de suporte|Atualização do chamado|Registro de incidente|Reclamação|Pedido de reembolso",
    "hdr_press": "RELEASE|Comunicado à imprensa|Nota à imprensa",
    "hdr_obit": "NOTA DE FALECIMENTO|Em memória|Missa de sétimo dia|Luto",
    "talks": "Escalando a busca sem sofrimento|Dois anos de plantão|Saúde do solo na horta|Mapas acessíveis|"
    "Introdução a sistemas de tipos|Financiando bibliotecas|Mesa-redonda: o futuro dos trens|"
    "Credenciamento e café|Palestras relâmpago|Encerramento",
    "roles": "Gerente de Operações|Engenheira de Dados|Coordenador de Voluntários|Designer de Produto|Enfermeira|Sócio|"
    "Diretor Comercial|Pesquisadora|Gerente Administrativa",
    "orgs": "Ventonorte Analytics Ltda.|Campoazul Logística|Folhaverde Cooperativa|Estúdio Pedreira|Cobre Energia S.A.|"
    "Ponte de Ferro Consultoria|Lumen Robótica|Editora Mangue",
    "close": "Abraços,|Atenciosamente,|Obrigado,|Um abraço,|Att.,|Até breve,|Enviado do meu celular",
    "phone": "me liga no {}|Tel.: {}|Cel.: {}|WhatsApp {}|meu número novo é {}|retornar no {}|Telefone {}|ramal {}|"
    "zap {}|celular {}",
    "mail": "me escreve em {}|E-mail: {}|email: {}|mandar para {}|meu novo e-mail é {}|cópia para {}|dúvidas para {}",
    "web": "slides em {}|portfólio: {}|mais em {}|site: {}|veja {}|meu site {}|perfil: {}",
    "addr": "estamos na {}|entrega: {}|retirar na {}|Endereço: {}|enviar para {}|local: {}|endereço novo: {}|"
    "ponto de retirada: {}",
    "card": "número do cartão {}|cobrado no meu {brand} {}|cartão: {}|paguei com o cartão {}|o número do {brand} é {}|"
    "estornar no cartão {}",
    "iban": "IBAN {}|transferir para {}|dados bancários: {}|conta IBAN {}|IBAN: {}|depositar em {}",
    "id": "meu {label} é {}|{label}: {}|{label} {} (para a folha)|pediram meu {label}: {}|{label} cadastrado: {}",
    "ip": "acesso a partir de {}|IP de origem {}|endereço bloqueado {}|as requisições de {} falham|a VPN me dá {}",
    "person": "{} faz a mediação|obrigado a {} por receber a gente|conversei com {}|{} entra como mentora|"
    "{} justificou a ausência|chaves com {}|{} ({org}) abre o evento|reportado por {}",
    "member": "{} vai apresentar os resultados|que bom ver {} aqui|{} faz a ata|{} traz o bolo|parabéns {}!|"
    "{} volta só segunda|{} foi eleita tesoureira",
    "attend": "Presentes:|Participantes:|Estiveram:|Na sala:",
    "actions": "Encaminhamentos|Próximos passos|Pendências|Tarefas",
    "filler": "Abertura dos portões às {time}.|Teremos café e pão de queijo.|Inscrições até {date}.|A sala fica no segundo "
    "andar.|Pouca vaga de estacionamento, melhor ir de metrô.|Obrigado a todos pela presença.|Avisem se "
    "mudar algo.|A ata sai semana que vem.|Desculpa a demora.",
    "chat": "oi gente|blz|tô indo|foi mal, tô atrasado|alguém pode ver|valeu!!|até já|alguém tem o link",
    "ad": "Vendo bike speed, pouco uso, {price}.|Sofá em bom estado, {price}, aceito proposta.|Quarto em apê tranquilo, "
    "{price} com contas.|Achei um molho de chaves perto da estação.|Livros infantis, 40 unidades, {price}.",
    "obit": "faleceu serenamente em {date}, aos {age} anos.|faleceu de repente em {date}.|A família agradece as "
    "manifestações de carinho.|O velório será em {date}.|Missa de sétimo dia em {date}.",
    "press": "{org} anuncia hoje uma nova parceria.|{org} inaugura segundo escritório.|O programa começa em {date}.|"
    "Contato para imprensa:|Entrevistas:",
    "ticket": "Cliente relata que o pagamento falhou duas vezes.|Não consegue entrar desde a atualização.|Encaminhar "
    "para o financeiro.|Reembolso aprovado, 5 a 7 dias úteis.|Chamado encerrado.",
    "quote": "“Estamos muito felizes”, disse {}.|segundo {}, que coordena o projeto.|de acordo com {}|{} contou",
    "free": "A oficina trata de orçamento, editais e prestação de contas.|A gente se encontra terça sim, terça não.|"
    "Aberto a todos, sem experiência prévia.|A biblioteca fecha no feriado.|A pesquisa encerra em breve.|"
    "Ótimo encontro hoje, obrigado.|Boas-vindas aos novos membros!|A gravação já está no ar.|"
    "O tempo deve ajudar na trilha.",
    "look": "O pedido {} foi enviado.|O voo {} pousa às 18h40.|Segue a nota fiscal {}.|ISBN {}.|Código EAN {} na caixa.|"
    "Atualizei para {} ontem.|No fim custou {}.|A sala tem {} de largura.|Rastreio: {}.|"
    "Depois do almoço andamos pela {}.|Patrocínio: {}.|Ainda usamos {}.|Lá em {} a gente começou.|"
    "A call é às {}.|Prazo: {}.|Protocolo {}.",
    "sec": "Novo acesso à sua conta a partir de {}: foi você?|O firewall bloqueou {} após cinco tentativas.|Nosso IP público é {} caso precisem liberar.|Tráfego suspeito vindo de {} na porta 22.|Favor liberar {} no servidor de homologação.|Último acesso: {}",
}
