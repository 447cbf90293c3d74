"""Thirtysecond set: Romanian phrase bank, Moldova (logistică, transport, depozit, flotă)."""

from trainer_dev.redaction_sets.thirtysecond_people import _s

BANK = {
    "OPEN": _s(
        "Bună dimineața tuturor,|Salut echipa,|Info rapid de la dispecerat.|Bună ziua,|"
        "Salut, băieți,|"
        "Noutăți din depozit.|Stimați colegi,|Scuze pentru mesajul întârziat.|"
        "După ședința de dimineață:|O întrebare rapidă.|Important pentru tura de noapte:|"
        "Atenție, șoferi:|Bună seara,|Revin la reclamația pentru daune.|"
        "Cum am vorbit la telefon,|Am nevoie de un pic de ajutor.|Anunț de la vamă.|"
        "Iarăși despre încărcătura întârziată.|Hei tuturor,|Vineri frumoasă, echipa.|"
        "Reamintire pentru recepție:|Răspuns de la transportator:|"
        "Scriu din partea secției de expediere.|Deci,|Pe scurt:|Mesaj de la centrul de control."
    ),
    "FILL": _s(
        "Remorca a fost sigilată înainte să iasă din curte.|"
        "Vă rog scanați fiecare palet înainte de încărcare.|"
        "Agregatul frigorific s-a oprit de câteva ori noaptea.|"
        "Vama ține containerul până se potrivesc actele.|"
        "Ne lipsesc doi stivuitoriști în tura de după-amiază.|"
        "Destinatarul a refuzat o parte din cauza cutiilor strivite.|"
        "Tahograful se descarcă înainte de sfârșitul turei.|"
        "Rampa de transbordare e plină, așteptați întârzieri.|"
        "Brokerul vamal cere factura comercială corectată.|"
        "Țineți libere căile de evacuare.|"
        "Oblonul hidraulic al camionului s-a stricat iar.|"
        "Marfa din port întârzie din lipsă de șasiuri.|"
        "Cursa de marți trece după-amiaza.|"
        "A venit iar folie stretch la masa de ambalare.|"
        "Staționarea se plătește după timpul gratuit.|"
        "Paleții goi lăsați-i lângă gard.|"
        "Verificarea înainte de plecare e obligatorie.|"
        "Etichetele de marfă periculoasă trebuie să corespundă actelor.|"
        "Retururile merg în cușca de lângă cantină.|"
        "Inventarul ciclic a găsit cutii puse greșit.|"
        "Fereastra de livrare la centrul de distribuție e strâmtă.|"
        "Cardurile de combustibil se refac după audit.|"
        "Poza de livrare trebuie să arate eticheta paletului.|"
        "Linia maritimă a mutat rezervarea pe nava următoare.|"
        "Ritmul de colectare a scăzut după actualizare.|"
        "Marcați paleții rupți cu etichetă roșie.|"
        "Nivelatorul de rampă din partea de vest se blochează.|"
        "Orele suplimentare din weekend nu sunt încă aprobate.|"
        "Clientul vrea un apel înainte de fiecare livrare la domiciliu.|"
        "Înregistrările de temperatură merg cu reclamația.|"
        "Sistemul de depozit a căzut aproape o oră.|"
        "Testăm un planificator nou de rute pentru oraș.|"
        "Numărul sigiliului se scrie în CMR, nu pe un bilețel.|"
        "Zona de încărcare a stivuitoarelor e închisă la inspecție.|"
        "Tractorul are nevoie de apărători noi.|"
        "Confirmați ridicarea cu expeditorul cu o zi înainte.|"
        "Partenerul de ultimă milă e supraîncărcat.|"
        "Marfa vrac se chingește înainte de încărcare.|"
        "Nimic nu iese fără aviz semnat.|"
        "Paznicul nu lasă pe nimeni fără referință.|"
        "Barele de fixare se pun înapoi în remorcă după descărcare.|"
        "S-a pierdut o ladă între colectare și ambalare.|"
        "Cei noi lucrează prima săptămână cu un coleg experimentat.|"
        "Portalul transportatorului ne scoate mereu afară.|"
        "Daunele se anunță în termenul transportatorului.|"
        "Stivuitorul retractabil e doar pentru rafturile înalte.|"
        "Nu suprapuneți paleții cu sticlă.|"
        "Schimbul de remorci la benzinărie a mers bine.|"
        "Dispecerul nostru acoperă două regiuni săptămâna asta.|"
        "Bonurile de la cântar merg în plicul șoferului.|"
        "Marfa deteriorată rămâne blocată până vine expertul.|"
        "Parcarea de rezervă e plină, parcați în spate.|"
        "Lanțul frigorific nu trebuie întrerupt.|"
        "Actele de export sunt la casa de expediții.|"
        "Vulcanizarea ne poate primi mâine dimineață.|"
        "S-au terminat colțarele în tura de dimineață.|"
        "Depozitul vamal are nevoie de încă un deținător de chei.|"
        "Puneți scanerele înapoi la încărcat.|"
        "Containerele goale se întorc la terminal cu următoarea cursă.|"
        "Sortatorul de colete s-a blocat de două ori înainte de prânz.|"
        "Coada la vama Leușeni a fost foarte lungă azi."
    ),
    "CLOSE": _s(
        "Mersi!|Vă mulțumesc.|Mulțumesc anticipat.|Anunțați-mă dacă se schimbă ceva.|Drum bun.|"
        "Pentru întrebări, scrieți-mi.|Tură ușoară.|Pe curând.|Revin când aflu mai multe.|"
        "Vă rog confirmați.|Toate cele bune.|Cu stimă.|Mersi de ajutor.|"
        "Sunați la dispecerat dacă vă blocați.|Ajungeți cu bine acasă.|Asta e deocamdată.|"
        "Mulțumesc pentru răbdare.|Hai să rezolvăm azi.|Cine poate, răspunde aici.|"
        "Weekend plăcut.|Ne vedem mâine la ședință.|Încă o dată mersi.|Noapte bună.|"
        "Sănătate.|Numai bine.|Spor la lucru."
    ),
    "LEAD": {
        "EMAIL": _s(
            "Trimiteți avizul semnat la {x}.|Expertul de daune răspunde la {x}.|"
            "Programările la rampă prin {x}.|Mailul meu e {x}, dacă pică portalul.|"
            "Puneți-l pe {x} în copie pentru vamă.|Pontajele la {x}.|"
            "Factura a venit de la {x}.|Confirmarea cursei la {x}."
        ),
        "PHONE": _s(
            "Sună-mă la {x} când ești la zece minute.|Mobilul șoferului: {x}.|"
            "Dispeceratul după program: {x}.|Scrie-mi pe Viber la {x} când ai încărcat.|"
            "Destinatarul a cerut să fie sunat la {x} înainte.|"
            "Șeful de curte răspunde la {x}.|Dacă poarta e închisă: {x}.|"
            "Numărul meu direct e {x}."
        ),
        "URL": _s(
            "Profilul meu e pe {x}.|Pun noutățile de cursă pe {x}.|Programează-te aici: {x}|"
            "Transportator independent, vedeți {x}.|Pozele cu dauna sunt pe {x}.|CV-ul meu: {x}.|"
            "Mai multe despre serviciul meu de curierat: {x}|Urmăriți încărcătura pe {x}."
        ),
        "IP": _s(
            "Imprimanta de etichete din culoarul șase e la {x}.|"
            "Scanerul pierde mereu legătura cu {x}.|Încercările de logare au venit de la {x}.|"
            "Permiteți {x} în portalul transportatorului.|Camera de bord încarcă prin {x}.|"
            "Terminalul cântarului răspunde la {x}.|Trackerul GPS a raportat {x}.|"
            "Acces la distanță în biroul rampei: {x}."
        ),
        "CARD": _s(
            "Descărcarea pe cardul {x}.|Cardul de combustibil din sistem: {x}.|"
            "Taxele de drum săptămâna asta cu {x}.|Staționarea am plătit-o cu {x}.|"
            "Taxele vamale au fost achitate cu {x}.|Card {x}, expiră anul viitor.|"
            "Reparația anvelopei pe {x}.|Garanția de depozitare s-a retras de pe {x}."
        ),
        "IBAN": _s(
            "Vă rog transferați plata cursei pe {x}.|Contul meu nou: {x}.|"
            "Despăgubirea pe {x}.|Contul pentru creditare este {x}.|"
            "Factura subcontractorului se achită pe {x}.|Salariul de acum pe {x}.|"
            "Garanția înapoi pe {x}.|{x} e contul corect."
        ),
        "ID": _s(
            "Pentru dosarul șoferului: {x}.|IDNP-ul meu pentru dosarul vamal e {x}.|"
            "Contabilitatea are nevoie de {x}.|În fișa de angajare scrie {x}.|"
            "Codul personal al șoferului: {x}.|Din buletin: {x}.|"
            "Actualizați dosarul cu {x}.|Poftim: {x}."
        ),
        "PERSON": _s(
            "{x} a semnat livrarea.|Azi conduce {x}.|Întrebați de {x} la recepție.|"
            "{x} se ocupă de reclamație.|Persoana de contact la destinatar e {x}.|"
            "Brokerul vamal: {x}.|Am vorbit cu {x} de la transportator.|"
            "{x} a acoperit tura de noapte."
        ),
        "MEMBER": _s(
            "{x} conduce inventarul.|Mersi, {x}, că ai rămas mai târziu.|"
            "Schimbați tura cu {x} dacă trebuie.|{x} e azi pe stivuitor.|"
            "Vorbiți cu {x} înainte să eliberați marfa.|{x} are cheile de la depozitul vamal.|"
            "Includeți-l pe {x} în reclamație.|{x} a anunțat alarma de la frigider."
        ),
        "ADDRESS": _s(
            "Livrare la {x}.|Ridicare de la {x}.|Paleții goi înapoi la {x}.|"
            "Noul depozit e pe {x}.|Trimiteți înlocuirea la {x}.|"
            "Șoferul stă pe {x}, luați-l de acolo.|Destinatarul s-a mutat pe {x}.|"
            "Adresa de facturare: {x}."
        ),
    },
    "LOOK": {
        "order": _s("La comanda {x} lipsesc două colete.|Factura {x} e achitată."),
        "price": _s("Descărcarea a costat {x}.|Cursa a ieșit {x}."),
        "date": _s("Ridicarea e programată pe {x}.|Termenul pentru navă e {x}."),
        "time": _s("Poarta se închide la {x}.|Șoferul a ajuns la {x}."),
        "version": _s("Scanerele rulează versiunea {x}.|Aplicația de rute a trecut la {x}."),
        "isbn": _s("Manualul de instruire are ISBN {x}.|Comandați cartea cu ISBN {x}."),
        "flight": _s("Marfa aeriană pleacă cu zborul {x}.|Mostrele zboară cu {x}."),
        "dock": _s("Trageți la {x}, vă rog.|Pregătiți expedierea la {x}."),
        "measure": _s("Greutate brută: {x}.|Lada are {x}."),
        "percent": _s("Suprataxa de motorină e {x}.|Livrările la timp au ajuns la {x}."),
        "orgreg": _s("Transportatorul e înregistrat cu {x}.|Pe factură scrie {x}."),
        "ticket": _s("Tichetul {x} e încă deschis.|Pozele sunt la cazul {x}."),
        "tracking": _s("Urmărirea arată {x} în port.|Containerul {x} a ieșit pe poartă."),
        "hscode": _s("Piesele intră la codul vamal {x}.|Brokerul a folosit codul {x}."),
        "eponym": _s("E ambuteiaj lângă {x}.|Avem o livrare lângă {x} azi."),
        "nameword": _s("Am auzit {x} aseară.|Asta a fost {x}."),
    },
    "LABEL": {
        "EMAIL": _s("E-mail|Poștă electronică"),
        "PHONE": _s("Telefon|Mobil"),
        "URL": _s("Site|Profil"),
        "IP": _s("Adresă IP|IP-ul dispozitivului"),
        "CARD": _s("Card|Card de plată"),
        "IBAN": _s("IBAN|Cont bancar"),
        "ID": _s("IDNP|Cod personal"),
        "PERSON": _s("Persoană de contact|Șofer"),
        "MEMBER": _s("Angajat|Șef de tură"),
        "ADDRESS": _s("Adresă|Adresa de livrare"),
    },
    "HEAD": {
        "notice": _s(
            "ANUNȚ: schimbarea graficului la rampe|Info din curte|Avertisment de siguranță"
        ),
        "chat": _s("Grupul șoferilor|Grupul depozitului|Tura de noapte"),
        "listing": _s(
            "MARFĂ DISPONIBILĂ|Camion liber, caut retur|Spațiu de depozitare de închiriat"
        ),
        "form": _s("Proces-verbal de daună|Date pentru declarația vamală|Angajare șofer"),
        "ticket": _s(
            "Prioritate: mare|Stare: deschis – Tip: reclamație|Categorie: ridicare ratată"
        ),
        "signature": _s("Dispecerat|Managementul flotei|Vamă și conformitate"),
    },
}
