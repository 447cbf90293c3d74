"""Thirty-ninth set: Romanian phrase bank (ro_RO, with comma-below ș and ț), written by hand."""

from trainer_dev.redaction_sets.thirtyninth_bank import parse_bank

RO = parse_bank("""
[subject]
Ofertă de angajare și data începerii
Cerere de recomandare pentru postul de analist
Întrebare despre fluturașul de salariu
Integrare, prima săptămână
Interviul de joi
Pilonul doi și aderarea
Concediu de maternitate și revenirea
Procesul-verbal al reprezentanților salariaților
Prelungirea contractului și preavizul
Cont nou pentru salariu
Impozit calculat greșit pe fluturaș
Lista scurtă pentru șef de depozit
[greet]
Bună ziua tuturor,
Bună,
Stimată colegă,
Bună dimineața,
Salut echipa,
Stimate domn,
[open]
Un mesaj scurt de la resurse umane.
Revin la discuția de ieri.
Mulțumesc pentru răspunsul rapid.
Cum am promis, vă trimit datele.
Scuze pentru întârziere.
Săptămâna aceasta o înlocuiesc pe colega de la recrutare.
Doar o atenționare înainte de interviu.
A venit prin pagina de cariere.
Dosarul de integrare e aproape gata.
Pentru ședința cu reprezentanții salariaților.
Încă ceva pentru dosarul de personal.
Statul de plată se închide curând.
[ctx]
Oferta depinde de două recomandări favorabile.
Vă rog să nu trimiteți lista scurtă în afara comisiei.
Salariile se închid mai devreme din cauza sărbătorii.
Evaluarea perioadei de probă are loc înainte de finalul trimestrului.
Fără contract semnat nu putem crea conturile.
Orele suplimentare trebuie aprobate de șeful direct.
Fondul de pensii trimite propria scrisoare de bun venit.
Concediul restant trebuie efectuat până în primăvară.
Reprezentanții au cerut modificările de program în scris.
Cazierul judiciar durează câteva zile lucrătoare.
Candidata preferă două zile de lucru de acasă.
Tichetele de masă se activează după angajare.
Cheltuielile fără bon nu se decontează.
Anunțul apare mai întâi intern.
Notițele de la interviuri rămân în aplicația de recrutare.
Concediul medical se anunță înainte de tură.
Scrisorile de mărire pleacă odată cu bonusurile.
Interviul de plecare e opțional, dar ne ajută mult.
Permisul de muncă se prezintă în original.
Instruirea acoperă protecția muncii, sistemele și regulamentul intern.
[close]
Spune-mi dacă lipsește ceva.
Mulțumesc anticipat.
Putem vorbi și la telefon.
Completez dosarul când primesc răspuns.
Vă rog să tratați informația confidențial.
Anunță-mă dacă datele nu se potrivesc.
Mulțumesc pentru răbdare.
Confirmăm totul în scris.
Vă rog să răspundeți înainte de închiderea salariilor.
Pe curând.
[sign]
Cu stimă,
Toate cele bune,
Mulțumesc,
O zi bună,
Cu drag,
Cu respect,
[team]
Departamentul de resurse umane
Biroul de salarizare
Echipa de recrutare
[roles]
Specialist salarizare
Partener de afaceri HR
Manager recrutare
Inspector resurse umane
Specialist beneficii
Director de resurse umane
Consilier juridic dreptul muncii
Coordonatoare integrare
Analist compensații
Secretar al reprezentanților salariaților
[fields]
Post: specialist salarizare
Sursă: recomandare
Stare: pe lista scurtă
Tip contract: perioadă nedeterminată, normă întreagă
Departament: financiar
Etapă: al doilea interviu
Regim: hibrid
Prioritate: normală
[lead.EMAIL]
Trimite contractul semnat la {v}.
Răspunsul candidatului a venit de pe {v}.
Adresa ei personală pentru fluturași este {v}.
Adaugă {v} la invitație.
[lead.PHONE]
Candidatul răspunde la {v}.
Mobilul lui pentru apel: {v}.
Sună-mă înapoi la {v} după-amiază.
Persoana de referință a lăsat {v}.
[lead.URL]
Portofoliul este la {v}.
Profilul lui: {v}
Și-a trimis CV-ul prin {v}.
Recomandările sunt pe {v}.
[lead.IP]
Portalul de salarii arată o autentificare de la {v}.
Accesul la distanță a fost permis pentru {v}.
Au fost încercări eșuate de la {v} azi-noapte.
Jurnalul VPN arată {v} pentru noul angajat.
[lead.CARD]
Garanția pentru mutare a fost plătită cu cardul {v}.
Returnați taxa de curs pe cardul {v}.
Cardul de firmă pe numele lui este {v}.
Cardul {v} a fost debitat de două ori.
[lead.IBAN]
Salariul se virează de acum în {v}.
Cont nou pentru salariu: {v}.
Decontul ajunge în {v}.
IBAN-ul ei din fișa de angajare: {v}.
[lead.ID]
CNP-ul ei din dosar este {v}.
Codul numeric personal primit este {v}.
Corectează CNP-ul în fișa de salarizare: {v}.
CNP din cartea de identitate: {v}.
[lead.PERSON]
A doua recomandare vine de la {v}.
L-am intervievat pe {v} pentru tura de noapte.
{v} a acceptat oferta azi-dimineață.
Agenția îl propune pe {v}.
[lead.MEMBER]
{v} conduce interviul.
Pune-l în copie pe {v} la modificarea de salariu.
{v} se ocupă de integrare săptămâna asta.
Roagă-l pe {v} să contrasemneze contractul.
[lead.ADDRESS]
Trimite contractul la {v}.
Adresa nouă pentru fluturași: {v}.
Adeverința a plecat la {v}.
Pachetul de bun venit merge la {v}.
[poss]
Atașez scrisoarea de recomandare a {v}.
Verifică soldul de concediu al {v}.
Evaluarea {v} este săptămâna viitoare.
[bare]
Folosește {v} la crearea fișei.
Copiat din fișa de angajare: {v}
Confirmat la telefon: {v}, te rog verifică.
Am corectat o greșeală, corect este {v}.
Pentru dosar: {v}
Introdus azi-dimineață: {v}
[bank]
Salariul intră în contul {v}.
Numărul de cont pentru salariu: {v}.
Lichidarea finală merge în contul {v}.
Contul ei de salariu: {v}.
[look]
Detalii în {v}.
Referință: {v}
Se încadrează la {v}.
Înregistrat ca {v}.
Notat în dosar: {v}.
Suma convenită este {v}.
Menționat în adresă: {v}.
Cum am stabilit, {v}.
Conform regulamentului, {v}.
Marcat ca {v}.
[label]
EMAIL=E-mail
PHONE=Telefon
URL=Link
IP=Adresă IP
CARD=Card
IBAN=Cont
ID=CNP
PERSON=Candidat
MEMBER=Persoană de contact
ADDRESS=Adresă
order=Nr. anunț
salary=Salariu
date=Data angajării
time=Ora
percent=Majorare
version=Program de salarizare
isbn=Manual
orgreg=Angajator
taxform=Formular
ticket=Tichet
grade=Clasă
room=Sală
bic=BIC
company=Firmă
law=Temei legal
hours=Program
nameword=Notă
""")
