# ruff: noqa: E501  (data: sentence frames and name lists, one per line)
"""More German, Dutch, French, Spanish, Italian and Portuguese frames of the seventh set (slots as in
seventh_frames_en), weighted towards the rarer kinds (IP, card, IBAN, id, URL) and varied genres."""

DE_MORE = """
## thread
{MF} · 2.|Toller Beitrag, danke fürs Teilen.
## news
Personalien:|- {MF} wird CFO|- {MF} wechselt nach München|- {P} geht in den Ruhestand
## event
Agenda|09:00 Ankommen|09:30 Eröffnung – {MF}|10:15 Praxisbericht – {P}
## support
Unsere Firewall hat heute Nacht 40 Fehlversuche von {I} protokolliert – ist das euer VPN?
Wir haben {I} freigeschaltet, bitte zehn Minuten warten.
Die Belastung auf der Karte {C} ist nur eine Vorautorisierung.
Ihre neue Bankverbindung {B} ist ab dem nächsten Abrechnungszeitraum aktiv.
Die IBAN {B} besteht unsere Prüfung nicht, bitte noch einmal kontrollieren.
Der Kurier war zweimal in der {A}, leider niemand angetroffen.
Wir haben zwei Konten gefunden: {E} und {E}. Welches sollen wir behalten?
## thread
Wer postet denn bitte seine IBAN öffentlich? {B} ist jetzt für immer im Netz.
Ping auf {I} dauert 200 ms, liegt also nicht nur an dir.
Folien gibt's hier: {U}
Die Aufzeichnung: {U} (Passwort in der Einladung)
War gestern in der {A}, die neuen Räume sind der Hammer.
{M}, du warst schneller 😄
Hat jemand eine Nummer von {P}? Unter {T} geht keiner ran.
## rec
Ihr GitHub spricht für sich: {U}
{M} hat unser komplettes Netzwerk aufgesetzt, vom Router ({I}) bis zum VPN.
Meinen ersten Job verdanke ich {P}, der einem 19-Jährigen ohne Abschluss eine Chance gab.
## job
Für die Gehaltsabrechnung brauchen wir am ersten Tag IBAN und Steuer-ID, nicht vorher.
Befristete Stelle, 6 Monate, vor Ort in der {A}. Kontakt: {E}.
Wir fragen im Bewerbungsprozess niemals nach Kartendaten oder deiner Steuer-ID ({D}).
## event
Überweisungen bitte an {B}, Verwendungszweck: EVENT und Nachname.
WLAN: Gästenetz, Anmeldeseite unter {I}.
Fotos vom Abend: {U}
## news
Unser Kassenwart {M} bittet um Überweisung der Beiträge an {B}.
Der Vorstand: Vorsitz {MF}, Schriftführung {M}, Kasse {P}.
## announce
Ich habe meine eigene Kanzlei gegründet! Termine über {U} oder {T}.
Umzug! Ab Montag neue Adresse: {A}.
Meine E-Mail ändert sich von {E} zu {E}.
## fwd
Weitergeleitet von {P}: „Bitte Stammdaten ändern, neue IBAN {B}, altes Konto gekündigt."
Von: {E}|„Unser neuer Server ist {I}, bitte in die Allowlist aufnehmen."
## obit
{MF} (1949–2024) war Gründungspartner und großzügiger Mentor.
Trauerfeier in der {A}, Freitag 14 Uhr.
## sig
{MF}|Partnerin|{A}|T {T}
Gesendet von meinem iPhone|{MG}
## bio
Hi, ich bin {MG}! Produktmanagerin, Hundemensch, Marathonläuferin. Schreib mir: {E}
{MF} | Cloud-Architektin | Speakerin | {U}
"""

NL_MORE = """
## thread
{MF} · 2e|Mooie post, dank voor het delen.
## news
Personalia:|- {MF} wordt CFO|- {MF} stapt over naar Utrecht|- {P} gaat met pensioen
## event
Programma|09.00 Inloop|09.30 Opening door {MF}|10.15 Praktijkcase: {P}
## support
Onze firewall zag vannacht 40 mislukte logins vanaf {I}. Is dat jullie VPN?
We hebben {I} op de allowlist gezet.
De afschrijving op kaart {C} is een voorautorisatie.
Je nieuwe rekeningnummer {B} is actief vanaf de volgende periode.
Het IBAN {B} komt niet door onze controle, kun je het nog eens checken?
De bezorger is twee keer langs geweest op {A}.
We vonden twee accounts: {E} en {E}. Welke houden we?
## thread
Wie zet er nou zijn IBAN in een openbare reactie? {B} staat nu voorgoed online.
Slides staan hier: {U}
Opname: {U}
Was gisteren op {A}, mooie nieuwe ruimte.
Heeft iemand een nummer van {P}? {T} neemt niet op.
## rec
Haar GitHub zegt genoeg: {U}
{M} heeft ons hele netwerk opgezet, van router ({I}) tot VPN.
Mijn eerste baan dank ik aan {P}.
## job
Tijdelijke functie, 6 maanden, op locatie {A}. Contact: {E}.
Wij vragen nooit naar je BSN ({D}) of kaartgegevens tijdens de sollicitatie.
## event
Betalen kan op {B} o.v.v. EVENT en je achternaam.
Wifi: gastnetwerk, inlogpagina op {I}.
Foto's van gisteravond: {U}
## news
Onze penningmeester {M} vraagt de contributie over te maken naar {B}.
Het bestuur: voorzitter {MF}, secretaris {M}, penningmeester {P}.
## announce
Ik ben voor mezelf begonnen! Afspraken via {U} of {T}.
Verhuisd! Nieuw adres vanaf maandag: {A}.
## fwd
Doorgestuurd van {P}: "Graag ons nieuwe IBAN {B} gebruiken, oude rekening is opgeheven."
## obit
{MF} (1950-2024) was medeoprichter en een gulle mentor.
Afscheidsbijeenkomst op {A}, vrijdag 14.00 uur.
## sig
{MF}|Partner|{A}|T {T}
Verzonden vanaf mijn iPhone|{MG}
## bio
Hoi, ik ben {MG}! Productmanager, hondenmens, marathonloper. Mail me: {E}
"""

FR_MORE = """
## thread
{MF} · 2e|Super post, merci du partage.
## news
Nominations :|- {MF} devient DAF|- {MF} rejoint le bureau de Lyon|- {P} prend sa retraite
## event
Programme|9 h Accueil|9 h 30 Ouverture – {MF}|10 h 15 Retour d'expérience – {P}
## support
Notre pare-feu a enregistré 40 tentatives depuis {I} cette nuit : c'est votre VPN ?
Nous avons autorisé {I}, comptez dix minutes.
Le débit sur la carte {C} n'est qu'une pré-autorisation.
Votre nouveau RIB ({B}) sera pris en compte au prochain prélèvement.
L'IBAN {B} ne passe pas notre contrôle, pouvez-vous vérifier ?
Le livreur est passé deux fois au {A}.
Nous avons trouvé deux comptes : {E} et {E}. Lequel garder ?
## thread
Qui publie son IBAN en commentaire public ? {B} est en ligne pour toujours maintenant.
Les slides sont ici : {U}
L'enregistrement : {U}
Quelqu'un a le numéro de {P} ? Le {T} ne répond pas.
J'étais au {A} hier, les nouveaux locaux sont superbes.
## rec
Son GitHub parle pour elle : {U}
{M} a monté tout notre réseau, du routeur ({I}) au VPN.
Je dois mon premier emploi à {P}.
## job
CDD de 6 mois, sur site au {A}. Contact : {E}.
Nous ne demandons jamais votre numéro de sécu ({D}) ni vos données bancaires pendant le recrutement.
## event
Virement sur {B}, libellé EVENT + votre nom.
Wi-Fi invité, portail sur {I}.
Les photos de la soirée : {U}
## news
Notre trésorière {M} rappelle que les cotisations sont à verser sur {B}.
Le bureau : présidente {MF}, secrétaire {M}, trésorier {P}.
## announce
Je me lance à mon compte ! Rendez-vous via {U} ou au {T}.
Déménagement ! Nouvelle adresse dès lundi : {A}.
## fwd
Transféré de {P} : « Merci d'utiliser notre nouvel IBAN {B}, l'ancien compte est clôturé. »
## obit
{MF} (1948-2024) était associé fondateur et un mentor généreux.
Cérémonie au {A}, vendredi 14 h.
## sig
{MF}|Associée|{A}|Tél. {T}
Envoyé de mon iPhone|{MG}
## bio
Salut, moi c'est {MG} ! Cheffe de produit, fan de rando. Écrivez-moi : {E}
"""

ES_MORE = """
## thread
{MF} · 2º|Muy buen post, gracias por compartir.
## news
Nombramientos:|- {MF}, nueva directora financiera|- {MF} se traslada a Valencia|- {P} se jubila
## event
Agenda|9:00 Acreditación|9:30 Apertura – {MF}|10:15 Caso práctico – {P}
## support
Nuestro cortafuegos registró 40 intentos desde {I} esta noche, ¿es vuestra VPN?
Hemos autorizado {I}; espera diez minutos.
El cargo en la tarjeta {C} es solo una preautorización.
Tu nueva cuenta {B} estará activa en el próximo recibo.
El IBAN {B} no pasa nuestra validación, ¿puedes revisarlo?
El mensajero pasó dos veces por {A}.
Hay dos cuentas: {E} y {E}. ¿Cuál mantenemos?
## thread
¿Quién pone su IBAN en un comentario público? {B} ya está en internet para siempre.
Las diapositivas: {U}
La grabación: {U}
¿Alguien tiene el número de {P}? El {T} no contesta.
Ayer estuve en {A}, la nueva oficina es una pasada.
## rec
Su GitHub lo dice todo: {U}
{M} montó toda nuestra red, del router ({I}) a la VPN.
Le debo mi primer trabajo a {P}.
## job
Contrato de 6 meses, presencial en {A}. Contacto: {E}.
Nunca pedimos tu DNI ({D}) ni datos de tarjeta durante el proceso.
## event
Transferencia a {B}, concepto EVENTO y tu apellido.
Wifi de invitados, portal en {I}.
Fotos de anoche: {U}
## news
Nuestra tesorera {M} recuerda que las cuotas se pagan en {B}.
La junta: presidenta {MF}, secretario {M}, tesorero {P}.
## announce
¡Me lanzo por mi cuenta! Citas en {U} o al {T}.
¡Mudanza! Nueva dirección desde el lunes: {A}.
## fwd
Reenviado de {P}: «Usad nuestro nuevo IBAN {B}, la cuenta antigua está cerrada».
## obit
{MF} (1947-2024) fue socio fundador y un mentor generoso.
Funeral en {A}, viernes a las 17:00.
## sig
{MF}|Socia|{A}|Tel. {T}
Enviado desde mi iPhone|{MG}
## bio
¡Hola, soy {MG}! Product manager, runner y amante de los perros. Escríbeme: {E}
"""

IT_MORE = """
## thread
{MF} · 2°|Bel post, grazie per la condivisione.
## news
Nomine:|- {MF} nuovo CFO|- {MF} si trasferisce a Torino|- {P} va in pensione
## event
Agenda|9:00 Accrediti|9:30 Apertura – {MF}|10:15 Caso di studio – {P}
## support
Il nostro firewall ha registrato 40 tentativi da {I} stanotte: è la vostra VPN?
Abbiamo abilitato {I}, attendi dieci minuti.
L'addebito sulla carta {C} è solo una preautorizzazione.
Il nuovo IBAN {B} sarà attivo dal prossimo addebito.
L'IBAN {B} non supera il controllo, puoi verificarlo?
Il corriere è passato due volte in {A}.
Risultano due account: {E} e {E}. Quale teniamo?
## thread
Chi pubblica il proprio IBAN in un commento pubblico? {B} ormai è online per sempre.
Le slide sono qui: {U}
La registrazione: {U}
Qualcuno ha il numero di {P}? Al {T} non risponde.
Ieri ero in {A}, i nuovi uffici sono bellissimi.
## rec
Il suo GitHub parla da solo: {U}
{M} ha configurato tutta la nostra rete, dal router ({I}) alla VPN.
Devo il mio primo lavoro a {P}.
## job
Contratto di 6 mesi, in sede in {A}. Contatto: {E}.
Non chiediamo mai il codice fiscale ({D}) o i dati della carta durante la selezione.
## event
Bonifico su {B}, causale EVENTO e cognome.
Wi-Fi ospiti, portale su {I}.
Le foto della serata: {U}
## news
La nostra tesoriera {M} ricorda di versare le quote su {B}.
Il direttivo: presidente {MF}, segretario {M}, tesoriere {P}.
## announce
Mi metto in proprio! Appuntamenti su {U} o al {T}.
Trasloco! Nuovo indirizzo da lunedì: {A}.
## fwd
Inoltrato da {P}: «Usate il nostro nuovo IBAN {B}, il vecchio conto è chiuso.»
## obit
{MF} (1946-2024) è stato socio fondatore e un mentore generoso.
Funerale in {A}, venerdì alle 15.
## sig
{MF}|Partner|{A}|Tel. {T}
Inviato da iPhone|{MG}
## bio
Ciao, sono {MG}! Product manager, amante dei cani e della corsa. Scrivimi: {E}
"""

PT_MORE = """
## thread
{MF} · 2º|Ótimo post, obrigado por compartilhar.
## news
Movimentações:|- {MF} assume como CFO|- {MF} vai para o escritório de Recife|- {P} se aposenta
## event
Agenda|9h Credenciamento|9h30 Abertura – {MF}|10h15 Estudo de caso – {P}
## support
Nosso firewall registrou 40 tentativas de {I} esta noite, é a VPN de vocês?
Liberamos o {I}, aguarde dez minutos.
A cobrança no cartão {C} é só uma pré-autorização.
Sua nova conta {B} vale a partir da próxima fatura.
O IBAN {B} não passou na validação, pode conferir?
O entregador passou duas vezes na {A}.
Encontramos duas contas: {E} e {E}. Qual mantemos?
## thread
Quem posta IBAN em comentário público? {B} agora está na internet para sempre.
Os slides estão aqui: {U}
A gravação: {U}
Alguém tem o número de {P}? O {T} não atende.
Estive ontem na {A}, o escritório novo ficou lindo.
## rec
O GitHub dela fala por si: {U}
{M} montou toda a nossa rede, do roteador ({I}) à VPN.
Devo meu primeiro emprego a {P}.
## job
Contrato de 6 meses, presencial na {A}. Contato: {E}.
Nunca pedimos seu CPF ({D}) nem dados de cartão durante o processo seletivo.
## event
Pagamento por transferência para {B}, identificação EVENTO + sobrenome.
Wi-Fi de visitantes, portal em {I}.
Fotos da noite: {U}
## news
Nossa tesoureira {M} lembra que a anuidade deve ser paga na conta {B}.
A diretoria: presidente {MF}, secretário {M}, tesoureiro {P}.
## announce
Abri meu próprio consultório! Agendamentos em {U} ou {T}.
Mudança! Novo endereço a partir de segunda: {A}.
## fwd
Encaminhado de {P}: "Favor usar nosso novo IBAN {B}, a conta antiga foi encerrada."
## obit
{MF} (1945-2024) foi sócio-fundador e um mentor generoso.
Velório na {A}, sexta às 14h.
## sig
{MF}|Sócia|{A}|Tel. {T}
Enviado do meu iPhone|{MG}
## bio
Oi, eu sou a {MG}! Gerente de produto, apaixonada por cachorros e corrida. Me escreve: {E}
"""
