# ruff: noqa: E501  (data: sentence frames and name lists, one per line)
"""Italian and Brazilian Portuguese sentence frames of the seventh set (slots as in seventh_frames_en)."""

IT = """
## rec
Ho avuto il piacere di lavorare con {M} per tre anni: la consiglio senza riserve.
Cercate una project manager affidabile? {MF} è disponibile da settembre.
{M} ha riorganizzato tutto il nostro controllo di gestione. Precisione e calma.
Consiglio vivamente {M}, scrivetele a {E}.
Grazie a {MG} per il mentoring nel mio primo anno.
Un buon commercialista? {P}, cell. {T}.
Il mio ex responsabile {P} mi ha insegnato quasi tutto.
Portfolio di {MF}: {U}
## event
Il prossimo incontro sarà giovedì in {A}, accrediti dalle 18.
Programma: ore 9.30 saluti di {M}; ore 10 intervento di {P}; ore 12.30 pranzo.
Iscrizioni entro venerdì a {E}.
Cambio sede! Ci troviamo in {A}.
Per l'accessibilità contattate {MG} al {T}.
Tavola rotonda con {M}, {P} e {M}.
La registrazione sarà su {U}.
## job
Cerchiamo sviluppatore/sviluppatrice backend a tempo indeterminato, sede in {A}.
Invia il CV a {E} oppure chiama {MF} al {T}.
Domande sulla posizione? {M} è la responsabile della selezione.
I colloqui si svolgono in {A}.
## obit
Con immenso dolore annunciamo la scomparsa del nostro collega {MF}.
{P} ha lavorato con noi per 29 anni ed era un punto di riferimento per tutti.
Le condoglianze possono essere inviate alla famiglia, {A}.
Riposa in pace, {MG}.
## support
Ciao {MG}, per favore non pubblicare il numero della carta ({C}); ho nascosto il commento.
Gentile {P}, il rimborso verrà accreditato sull'IBAN {B}.
Abbiamo rilevato un accesso da {I}; l'account è stato bloccato.
Non pubblicare mai il tuo codice fiscale ({D}) nei commenti.
Il nostro collega {P} la richiamerà al {T}.
L'indirizzo {A} è ancora corretto?
Può confermare che {E} è la sua email attuale?
## news
In questa newsletter: {M} sullo smart working e i nuovi iscritti.
Benvenuti a {M} e {M}!
Complimenti a {MF} per la nomina a direttrice commerciale.
Ci siamo trasferiti in {A}.
## thanks
Grazie {M} per la torta a sorpresa 🎂
Un grazie enorme a {M} e {P} per avermi sostituito durante il congedo.
{MG}, grazie per la pazienza infinita!
## announce
Da lunedì entro nel team di {M}!
Dopo 11 anni lascio l'azienda. Mi trovate a {E} o al {T}.
Il mio nuovo numero: {T}
Apriamo il secondo studio in {A}.
## fwd
---------- Messaggio inoltrato ---------|Da: {MF} <{E}>|Oggetto: fattura
> Martedì {M} ha scritto:|> mi rimandi l'IBAN?|Eccolo: {B}
## sig
Cordiali saluti,|{MF}|Tel. {T}|{E}
Un abbraccio,|{MG}
Distinti saluti|{MF}|{A}
## bio
{MF} è ingegnera gestionale e lavora dal 2013 nel settore energia.
Contatti: {T} · {E} · {U}
Dati anagrafici: {MF}, {A}, C.F. {D}
## thread
@{MF} puoi condividere le slide?
Sono d'accordo con {M}.
{MG}, ti ho mandato il mio numero: {T}
Qualcuno ha notizie di {P}? La mail {E} torna indietro.
Ma quella nella seconda foto è {M}? 😂
Mi hanno addebitato due volte sulla carta {C}, capitato anche a voi?
"""

PT = """
## rec
Tive o prazer de trabalhar com {M} por três anos e recomendo de olhos fechados.
Procurando uma gerente de projetos confiável? {MF} está disponível a partir de março.
{M} reorganizou todo o nosso financeiro. Rigor e bom humor.
Recomendo demais {M}, o e-mail dela é {E}.
Obrigada a {MG} pela mentoria no meu primeiro ano.
Um bom contador? {P}, WhatsApp {T}.
Meu ex-gestor {P} me ensinou quase tudo que sei.
Portfólio de {MF}: {U}
## event
Nosso próximo encontro será na quinta em {A}, credenciamento a partir das 18h.
Programação: 9h30 abertura com {M}; 10h palestra de {P}; 12h almoço.
Inscrições até sexta pelo e-mail {E}.
Mudança de local! Agora estamos em {A}.
Dúvidas sobre acessibilidade: fale com {MG} no {T}.
Mesa-redonda com {M}, {P} e {M}.
A gravação fica em {U}.
## job
Contratamos desenvolvedor(a) backend CLT, escritório em {A}.
Mande seu currículo para {E} ou ligue para {MF} no {T}.
Dúvidas sobre a vaga? {M} é a recrutadora.
As entrevistas acontecem em {A}.
## obit
É com profunda tristeza que comunicamos o falecimento do nosso colega {MF}.
{P} trabalhou 26 anos conosco e formou gerações de estagiários.
Condolências podem ser enviadas para a família, {A}.
Descanse em paz, {MG}.
## support
Oi {MG}, por favor não publique o número do seu cartão ({C}); ocultei o comentário.
Olá, {P}! O reembolso será feito na conta {B}.
Detectamos um acesso pelo IP {I}; a conta foi bloqueada por segurança.
Nunca publique seu CPF ({D}) nos comentários.
Nosso atendente {P} vai te ligar no {T}.
O endereço {A} continua correto?
Pode confirmar se {E} é o seu e-mail atual?
## news
Nesta newsletter: {M} fala sobre trabalho remoto e novos membros.
Boas-vindas a {M} e {M}!
Parabéns a {MF} pela promoção a diretora comercial.
Mudamos para {A}.
## thanks
Valeu {M} pelo bolo surpresa 🎂
Muito obrigado a {M} e {P} por me cobrirem durante a licença.
{MG}, obrigada pela paciência infinita!
## announce
A partir de segunda faço parte do time de {M}!
Depois de 9 anos, estou saindo da empresa. Me chamem em {E} ou {T}.
Meu novo celular: {T}
Abrimos nossa segunda clínica na {A}.
## fwd
---------- Mensagem encaminhada ---------|De: {MF} <{E}>|Assunto: nota fiscal
> Na terça, {M} escreveu:|> me manda os dados bancários de novo?|Claro: {B}
## sig
Atenciosamente,|{MF}|Tel. {T}|{E}
Abraços,|{MG}
Att.|{MF}|{A}
## bio
{MF} é engenheira civil e atua desde 2014 em saneamento.
Contato: {T} · {E} · {U}
Dados pessoais: {MF}, {A}, CPF {D}
## thread
@{MF} pode compartilhar os slides?
Concordo com {M}.
{MG}, te mandei meu número: {T}
Alguém tem notícias de {P}? O e-mail {E} volta.
É {M} na segunda foto? 😂
Meu cartão {C} foi cobrado duas vezes, mais alguém?
"""
