"""Romanian phrase bank (Moldovan șantier usage) for the thirtyfourth set."""


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.strip().splitlines() if x.strip()]


BANK = {
    "OPEN": _l("""
        Bună dimineața tuturor, o scurtă actualizare de pe șantier.
        Înainte de turnarea betonului, atenție.
        Salut echipa, iată unde suntem.
        Pentru tura de noapte, spre informare.
        Bună ziua, scuze pentru întârziere.
        Pe scurt, din vagonul de șantier.
        După recepția cu dirigintele de șantier:
        Salutare, câteva puncte.
        Gata, schela a fost în sfârșit recepționată.
        În continuarea ședinței de coordonare de ieri.
        Tocmai m-am întors de la inspecție.
        Bună tuturor, graficul subantreprenorilor s-a schimbat iar.
        Un mesaj de la maistru.
        Lista de defecte, runda a doua.
        Vremea a ținut și am avansat bine.
        Pentru cei care lucrează pe aripa de est.
        Bună seara, notez asta cât nu uit.
        Vineri frumoasă, iată rezumatul săptămânii.
        Cum am promis la telefon, detaliile mai jos.
        Scuze că scriu din nou.
        Bravo pentru zidăria de azi.
        Repostez, nu l-a văzut nimeni.
        Mai întâi, securitatea muncii.
        Din biroul de șantier.
        O mică schimbare pentru mâine.
        Dispeceratul, cu datele intervenției.
        Revenim la solicitarea dumneavoastră de service.
    """),
    "FILL": _l("""
        Tencuitorii au nevoie de etajul doi liber până la prânz.
        Autobetonierele sunt comandate, dar pompa nu e confirmată.
        Recepția armăturii a trecut cu două observații.
        Țineți poarta închisă, au intrat iar copii.
        Ridicarea cu macaraua se amână dacă bate vântul.
        Casca și vesta reflectorizantă sunt obligatorii după gard.
        Toaletele ecologice se golesc acum marțea.
        Peretele de gips-carton din apartamentul patru nu e la plumb.
        Instalația electrică brută de la parter e gata.
        Încă așteptăm ferestrele de la furnizor.
        Acoperișarii încep mâine dacă placa e uscată.
        Containerul de gunoi e plin, vine altul.
        Cineva a lăsat betoniera pornită toată noaptea.
        Racordarea la apeduct e programată la sfârșit de săptămână.
        Luați-vă propriile hamuri, cele închiriate s-au terminat.
        Excavatorul pierde ulei hidraulic, nu-l folosiți.
        Cei de la ventilație au nevoie de acces în pod.
        Inspectorul vrea să vadă protecția la foc înainte să închidem.
        La livrarea de faianță au venit două cutii sparte.
        Proba de presiune la instalația sanitară a ținut peste noapte.
        Pe șantier e noroi, doar cizme.
        Generatorul are nevoie de motorină până la sfârșitul turei.
        Raportați orice incident periculos, oricât de mic.
        Etichetele schelei se verifică în fiecare dimineață.
        Am pierdut o jumătate de zi din cauza penei de curent.
        Vizita beneficiarului a mers mai bine decât ne așteptam.
        Zugravii sunt pe casa scării săptămâna asta.
        Păstrați ordinea la depozitul de materiale.
        Lista de defecte e mai scurtă, dar nu e goală.
        Culoarea rostului a fost aprobată pe mostră.
        Nimeni nu urcă pe macara fără permisiune.
        Vata minerală e stivuită sub prelată lângă fațada de nord.
        Tranșeea trebuie sprijinită înainte să coboare cineva.
        La audit ni s-a reproșat iar dezordinea.
        Livrările se fac de acum doar pe poarta din spate.
        Bateria motostivuitorului se încarcă în container.
        Siliconul de la rosturile exterioare e neuniform.
        Stingătoarele au fost verificate și etichetate.
        Electricianul așteaptă contorul de la rețea.
        Ne mai trebuie un palet de blocuri pentru gard.
        Înlocuirea cazanului a mers bine, clientul e mulțumit.
        Burlanele sunt montate, jgheaburile trebuie reglate.
        Pământul e înghețat, turnarea fundației așteaptă.
        Actul adițional e la arhitect.
        Țărușii topografului de la intrare au fost dărâmați.
        Mașina cu prânzul vine pe la unsprezece și jumătate.
        Instructajul de săptămâna asta e despre lucrul la înălțime.
    """),
    "CLOSE": _l("""
        Mersi.
        Mulțumesc tuturor.
        Scrieți dacă e ceva neclar.
        Aveți grijă de voi.
        Vorbim mâine.
        Mersi, băieți.
        Aștept răspuns până la sfârșitul zilei.
        Ne vedem la poartă.
        Deocamdată atât.
        Răspundeți aici, nu prin SMS, vă rog.
        Bună treabă azi.
        Pa.
        Întrebări, sunați la birou.
        Mulțumesc pentru răbdare.
        Revin după prânz.
        Cu stimă.
        Trimiteți în continuare poze.
        Bine, mersi.
        Drum bun spre casă.
        Ne vedem la instructaj.
        Strigați dacă aveți nevoie de ajutor.
        Toate cele bune.
        Închei pentru azi.
        Luni din nou pe șantier.
        Spor la lucru.
    """),
    "LEAD": {
        "EMAIL": _l("""
            Trimiteți oferta semnată la {x}, vă rog.
            Facturile merg la {x}, nu la biroul de șantier.
            Devizierul poate fi contactat la {x}.
            Proiectul a venit aseară de la {x}.
            Pentru închirieri scrieți la {x} până la prânz.
            Puneți-l în copie pe {x} la tot ce ține de defecte.
        """),
        "PHONE": _l("""
            Sunați-l pe șeful de șantier la {x} dacă poarta e încuiată.
            Telefon de urgență după program: {x}.
            Pentru macara sunați la {x}.
            Numărul faianțarului e {x}.
            Pentru intervenții, SMS la {x} cu adresa.
            Dispeceratul răspunde la {x}.
        """),
        "URL": _l("""
            Pozele sunt încărcate pe {x}.
            Programați instructajul introductiv pe {x}.
            Fișele tehnice sunt pe {x}.
            Portofoliul nostru e pe {x}, dacă întreabă clientul.
            Completați raportul zilnic pe {x}.
            Prețurile de închiriere sunt pe {x}.
        """),
        "IP": _l("""
            Camera de pe șantier transmite de la {x}.
            Controlerul porții e pe {x}, nu-l schimbați.
            Tableta se sincronizează cu {x} pe wifi-ul din curte.
            Imprimanta din vagon e {x}.
            Acces la distanță la automatizarea cazanului: {x}.
            Cineva a intrat în pontajul electronic de pe {x}.
        """),
        "CARD": _l("""
            Garanția pentru închiriere se ia de pe {x}.
            Cardul de combustibil e {x}, păstrați bonurile.
            Folosiți {x} la magazinul de materiale.
            Clientul a achitat deplasarea cu {x}.
            Cardul firmei pentru comanda de materiale: {x}.
            Anulați plata dublă de pe {x}, vă rog.
        """),
        "IBAN": _l("""
            Transferați garanția de bună execuție în {x}.
            Rechizitele bancare ale subantreprenorului: {x}.
            Avansul se virează în {x}.
            Contul pentru factura de chirie a utilajelor: {x}.
            Restituirea se face în {x}.
            Cont nou pentru salarii: {x}.
        """),
        "ID": _l("""
            Pentru salarizare am nevoie de {x}.
            Codul lui pentru declarația fiscală: {x}.
            Fișa de angajare indică {x}.
            Codul meseriașului pentru înregistrare: {x}.
            Treceți {x} în fișa subantreprenorului.
            Asigurătorul cere {x}.
        """),
        "PERSON": _l("""
            {x} a recepționat cofrajele azi-dimineață.
            Am vorbit cu {x} despre drenaj.
            Proprietara, {x}, vrea bucătăria prima.
            {x} de la electricieni vine mâine pe șantier.
            Inspectorul de azi a fost {x}.
            Întrebați-l pe {x} de specificația armăturii.
        """),
        "MEMBER": _l("""
            {x} are cheile de la container.
            Mersi {x} că ai acoperit weekendul.
            {x} ține instructajul de securitate.
            Verificați cu {x} înainte de a muta schela.
            Bine văzut, {x}, ancorele lipsă.
            {x} primește autobetoniera la poartă.
        """),
        "ADDRESS": _l("""
            Următoarea lucrare e pe {x}.
            Livrați blocurile pe {x}.
            Adresa intervenției: {x}.
            Containerul se lasă la {x}.
            Recepția e programată pe {x}.
            Șantierul clientului: {x}.
        """),
    },
    "LOOK": {
        "order": _l("""
            Furnizorul a confirmat comanda {x}.
            Comanda {x} e aprobată.
            Referința {x} pentru livrarea de cherestea.
        """),
        "invoice": _l("""
            Factura {x} încă nu e achitată.
            O întrebare la factura {x}, orele nu se potrivesc.
            A venit nota de credit pentru factura {x}.
        """),
        "price": _l("""
            Oferta a ieșit {x} pentru tot.
            Chiria costă {x} pe săptămână.
            Total materiale: {x}.
        """),
        "date": _l("""
            Predarea obiectului e pe {x}.
            Turnarea s-a mutat pe {x}.
            Recepția se poate face din {x}.
        """),
        "time": _l("""
            Poarta se deschide la {x}.
            Camionul vine pe la {x}.
            Instructajul începe fix la {x}.
        """),
        "version": _l("""
            Planșele sunt acum la {x}.
            Aplicația de pe tabletă e actualizată la {x}.
            Firmware-ul {x} a reparat devierea nivelei laser.
        """),
        "isbn": _l("""
            Normativul pe care îl folosim are ISBN {x}.
            Comandați manualul de instruire, ISBN {x}.
            Îndrumarul de pe raft: ISBN {x}.
        """),
        "measure": _l("""
            Tăiați grinzile la {x}.
            Placa are cam {x}.
            Sub grindă rămân {x}.
        """),
        "percent": _l("""
            Structura e gata în proporție de {x}.
            Reținerea e de {x} din fiecare plată.
            Umiditatea măsurată azi: {x}.
        """),
        "orgreg": _l("""
            Codul fiscal al firmei din ofertă: {x}.
            Subantreprenorul e înregistrat cu {x}.
            Puneți {x} în subsolul ofertei.
        """),
        "permit": _l("""
            Autorizația de construire {x} e afișată la poartă.
            Autorizația {x} acoperă și extinderea.
            Autorizația {x} trebuie prelungită înainte de acoperiș.
        """),
        "ticket": _l("""
            Reclamația de garanție are numărul {x}.
            Înregistrat la închirieri ca {x}.
            Tichetul de service {x} e închis.
        """),
        "tracking": _l("""
            Piesele au fost expediate, număr de urmărire {x}.
            Mostrele de gresie vin prin poștă, {x}.
            Scrisoare recomandată cu numărul {x}.
        """),
        "spec": _l("""
            Proiectul cere {x} la parter.
            Folosiți {x} în toată camera tehnică.
            Inginerul a schimbat la {x}.
        """),
        "eponym": _l("""
            Adu {x} din mașină.
            Am vorbit despre {x} la instructaj.
            Ia setul {x}, cel mic.
        """),
        "nameword": _l("""
            Atenție la {x} lângă magazie.
            Am lămurit povestea cu {x} la prânz.
            Grijă la {x} lângă rampă.
        """),
    },
    "LABEL": {
        "EMAIL": ["E-mail", "Poștă electronică", "Contact"],
        "PHONE": ["Telefon", "Mobil", "Tel."],
        "URL": ["Site", "Portal", "Link"],
        "IP": ["IP", "Adresa dispozitivului", "Gazdă"],
        "CARD": ["Card", "Card bancar", "Nr. card"],
        "IBAN": ["IBAN", "Cont bancar", "Beneficiar"],
        "ID": ["Cod personal", "IDNP / cod", "Nr. identificare"],
        "PERSON": ["Client", "Persoană de contact", "Inspector"],
        "MEMBER": ["Responsabil", "Șef de echipă", "Tehnician"],
        "ADDRESS": ["Adresa șantierului", "Locul lucrării", "Adresa"],
    },
    "HEAD": {
        "diary": [
            "JURNAL DE ȘANTIER",
            "Raport zilnic",
            "Înregistrare în jurnal",
            "Proces-verbal de șantier",
        ],
        "workorder": [
            "FIȘĂ DE LUCRU",
            "Fișă de intervenție",
            "Ordin de lucru",
            "Cerere de service",
        ],
        "quote": ["OFERTĂ DE PREȚ", "Deviz estimativ", "Cerere de ofertă", "Sumar costuri"],
        "crewchat": [
            "Grupul șantierului",
            "Chat-ul echipei",
            "Firul echipei",
            "Grupul subantreprenorilor",
        ],
        "jobboard": [
            "ANGAJĂM: constructori",
            "Anunțuri de muncă",
            "Căutăm meseriași",
            "Lucru disponibil",
        ],
        "signature": [
            "Manager de proiect",
            "Șef de șantier",
            "Coordonator service",
            "Departamentul devize",
        ],
    },
}
