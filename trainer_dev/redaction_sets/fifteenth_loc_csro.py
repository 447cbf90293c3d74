"""Czech and Romanian locales of the fifteenth set (cs_CZ, ro_RO), written by hand."""

from __future__ import annotations

from . import fifteenth_num as num


def _cs_fem(s: str) -> str:
    if s in ("Nguyen", "Kovalenko"):
        return s
    if s.endswith("ý"):
        return s[:-1] + "á"
    if s.endswith("a"):
        return s[:-1] + "ová"
    if s.endswith("ek"):
        return s[:-2] + "ková"
    if s.endswith("ec"):
        return s[:-2] + "cová"
    return s + "ová"


def _cs_ids(rng, person):
    v = num.cz_rodne_cislo(rng)
    form = rng.choice(["slash", "slash", "compact"])
    return form, f"{v[:6]}/{v[6:]}" if form == "slash" else v


def _ro_ids(rng, person):
    return "compact", num.ro_cnp(rng)


CS_CZ = dict(
    code="cs_CZ", cc="CZ", region="CZ", intl="420", iban_cc=["CZ"], tld="cz", fem=_cs_fem,
    female="Eliška Tereza Anna Adéla Natálie Karolína Kristýna Lucie Petra Věra Jana Hana "
           "Marie Iryna Thu Kateřina Zuzana Lenka Barbora".split(),
    titles=["pan", "paní", "MUDr.", "Ing.", "Mgr."],
    given="Jakub Jan Tomáš Matyáš Adam Filip Vojtěch Ondřej Eliška Tereza Anna Adéla Natálie "
          "Karolína Kristýna Lucie Petra Jiří Josef Zdeněk Jaroslav Miroslav Věra Jana Hana "
          "Marie Oleksandr Iryna Thu Minh Radek Kateřina Zuzana Lenka Vladimír Dominik Barbora",
    surnames="Novák, Svoboda, Novotný, Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, "
             "Marek, Pokorný, Pospíšil, Hájek, Král, Jelínek, Růžička, Beneš, Fiala, Sedláček, "
             "Doležal, Zeman, Kolář, Navrátil, Čermák, Urban, Blažek, Kříž, Kovář, Nguyen, "
             "Kovalenko, Horváth, Bartoš, Vlček, Polák, Musil, Šimek, Konečný, Malý",
    email_domains=["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz", "volny.cz"],
    trades=["instalater", "doucovani", "uklid", "rekonstrukce", "dorty", "foto"],
    streets=[("Vinohradská", "Vinohradská"), ("Masarykova", "Masarykova"),
             ("náměstí Míru", "nám. Míru"), ("Husova", "Husova"), ("Palackého", "Palackého"),
             ("Nádražní", "Nádražní"), ("Komenského", "Komenského"),
             ("třída Kapitána Jaroše", "tř. Kpt. Jaroše"), ("Lidická", "Lidická"),
             ("Zahradní", "Zahradní"), ("U Vodárny", "U Vodárny")],
    stop={"náměstí", "nám", "třída", "tř", "kpt", "kapitána", "ulice", "ul", "na"},
    towns=[("Praha 2", ["120 00", "12000"]), ("Praha 3", ["130 00"]), ("Praha 7", ["170 00"]),
           ("Brno", ["602 00", "612 00", "615 00"]), ("Ostrava", ["702 00", "700 30"]),
           ("Plzeň", ["301 00", "326 00"]), ("Olomouc", ["779 00"]), ("Liberec", ["460 01"]),
           ("České Budějovice", ["370 01"])],
    addr={"full": ["{s} {cp}/{no}, {pc} {town}", "{s} {no}, {pc} {town}",
                   "{s} {cp}/{no}, {town} {pc}"],
          "unit": ["{s} {cp}/{no}, {u}, {pc} {town}", "{s} {no}, {u}"],
          "street": ["{s} {cp}/{no}", "{s} {no}"]},
    units=["byt č. {n}", "{f}. patro", "{f}. NP", "vchod {l}, {f}. patro"],
    phones=[(["60", "70", "72", "73", "77", "79"], 9,
             ["spaced=### ### ###", "intl=+420 ### ### ###", "compact=#########",
              "intl00=00420 #########", "intl_c=+420#########"]),
            (["2"], 9, ["spaced=### ### ###", "intl=+420 ### ### ###"])],
    ids=_cs_ids, cur=["{a} Kč", "{a} Kč", "{a} CZK", "{a}Kč"], thou=" ", dec=",",
    months=["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
            "září", "října", "listopadu", "prosince"],
    datef=["{d}. {m}. {y}", "{d}.{m}.{y}", "{d}. {mon}", "{dd}.{mm}."],
    timef=["{h}:{mm}", "{h}.{mm}", "{h}:{mm} h"],
    measures=["{n} kg", "{n} m²", "{n} km", "{n} l"],
    plates=["DLL DDDD", "DLD DDDD"], flights=["OK", "QS", "FR", "W6"],
    companys="Bazoš | Sbazar | Albert | Kaufland | Zásilkovna | Česká pošta | Alza",
    products="Thermomix | robot Eta | kočárek Cybex | kávovar DeLonghi",
    places="Masarykovo nádraží | Fakultní nemocnice Motol | Gymnázium Jana Nerudy | "
           "Palackého náměstí | Letiště Václava Havla | Riegrovy sady",
    genres={
        "classified": "Prodám jídelní stůl z masivního dubu, jen osobní odběr. | Prodám dětské "
                      "kolo, velmi zachovalé. | Kvůli stěhování prodám gauč, knihovnu a lednici.",
        "rental": "Volný pokoj ve sdíleném bytě od příštího měsíce. | Pronájem bytu, nezařízený, "
                  "prohlídky po domluvě.",
        "jobs": "Hledám spolehlivou paní na úklid pár hodin týdně. | Zkušený řemeslník, drobné "
                "opravy. | Naše kavárna hledá brigádníky na víkendy!",
        "lost_found": "ZTRATILA SE šedá mourovatá kočka, velmi plachá, slyší na Micku. | Na "
                      "lavičce u dětského hřiště nalezeny klíče. | Ztratil jsem peněženku mezi "
                      "nádražím a knihovnou, hnědá kůže.",
        "carpool": "V sobotu jedu na chatu, mám dvě volná místa. | Jede někdo v pátek brzy ráno "
                   "na letiště? Rozdělíme se o benzín.",
        "services": "Doporučí někdo dobrého elektrikáře? | Velké díky instalatérovi, který nám "
                    "opravil kotel! | Doučování matematiky, všechny úrovně.",
        "notice": "Upozornění pro nájemníky: v úterý dopoledne nepoteče voda. | Balík nechán u "
                  "souseda, prosím vyzvedněte. | Od příštího týdne oprava dvora, omlouváme se "
                  "za hluk.",
        "club": "Běžecký klub se po zimní pauze opět schází. | Farnost hledá dobrovolníky pro "
                "potravinovou banku. | Školní slavnost v sobotu, buchty vítány!",
        "review": "Krátké hodnocení nového autoservisu v centru. | Upřímná recenze po "
                  "rekonstrukci kuchyně.",
        "rsvp": "Seznam na sousedskou slavnost je otevřený! | Prosím potvrďte účast na "
                "třídních schůzkách.",
        "swap": "Daruji oblečení pro miminko, hlavně holčičí. | Výměnné vlákno: napište, co "
                "máte a co sháníte.",
    },
    phr={
        "EMAIL": "Fotky pošlu mailem, pište na {v}. | Dotazy na {v}. | Kontakt: {v} | Napište "
                 "mi na {v}, odpovím večer.",
        "PHONE": "Volejte nebo pište SMS na {v}. | WhatsApp {v} po šesté. | Když ji uvidíte, "
                 "volejte {v}! | Tel.: {v} | Jeho číslo je {v}, řekněte, že jste od nás. | Jen "
                 "SMS: {v}",
        "URL": "Víc fotek na {v}. | Info a přihlášky: {v} | Mrkněte na jeho stránku {v}",
        "IP": "Kamera ukazuje přihlášení z {v}, je to někdo z vás? | Domovní wifi pořád "
              "blokuje {v}, může to správce odblokovat?",
        "CARD": "POZOR: falešný kupující chtěl, abych potvrdil kartu {v}. Je to podvod! | "
                "Někdo omylem napsal do skupiny číslo karty {v}, smažte to! | Nikdy "
                "neposílejte údaje z karty jako {v} falešným kurýrům.",
        "IBAN": "Kauci prosím na účet {v}. | Zálohu posílejte na {v}. | Převod na {v}, do "
                "zprávy jméno. | Účet pro sbírku: {v}",
        "ID": "Našla jsem peněženku s občankou, rodné číslo {v}. | Falešný pronajímatel chce "
              "před prohlídkou moje rodné číslo {v}, je to normální? | Na nalezeném dokladu je "
              "RČ {v}.",
        "PERSON": "Náš instalatér {v} byl skvělý, doporučuji. | Na recepci se ptejte na {v}. | "
                  "{v} z večerky vybírá na sbírku. | Díky, {v}, za nalezení našeho psa! | "
                  "Doučovatelka {v} je velmi trpělivá. | Pozor na {v}, vzal kauci a zmizel.",
        "MEMBER": "{v} přinese stan. | Zatím přihlášení: {v}. | Díky {v} za organizaci! | Klíče "
                  "má {v}, tady ve skupině. | Stánek letos vede {v}.",
        "ADDRESS": "Prohlídka: {v}. | Vyzvednutí: {v}. | Sraz: {v}. | Nechte to na adrese {v}, "
                   "horní zvonek. | Adresa: {v}",
    },
    la={
        "price": "Cena: {v}, dohoda možná. | Dám za {v}. | {v}, cena pevná.",
        "date": "Volné od {v}. | Sraz {v}. | Stěhuji se {v}.",
        "time": "Začátek v {v}. | Vyzvednutí kolem {v}.",
        "hours": "Otevřeno po–pá {v}.",
        "order_no": "Objednávka {v} přišla poškozená. | (objednávka č. {v})",
        "tracking": "Číslo zásilky: {v} | Zásilka {v} je doručená.",
        "model": "Model {v}, funguje bez problémů. | Je to {v}.",
        "serial": "Sériové číslo {v} je na faktuře.",
        "isbn": "Učebnice ISBN {v}, skoro nová.",
        "dimension": "Rozměry: {v}. | Velikost {v}.",
        "measure": "Váží asi {v}. | Zhruba {v}.",
        "plate": "SPZ {v}. | Dodávka {v} zase blokuje vjezd.",
        "bus": "Autobusem {v} na konečnou. | Linka {v} staví před domem.",
        "room": "Schůze v místnosti {v}. | Sál {v} v komunitním centru.",
        "version": "Firmware {v}. | verze aplikace {v}",
        "flight": "Přilétám letem {v}, vyzvedne mě někdo?",
        "company": "Koupeno přes {v}. | Levněji než v {v}.",
        "product": "Včetně {v}. | Vyměním za {v}.",
        "place": "Blízko: {v}. | Naproti: {v}.",
        "year": "Koupeno nové v roce {v}.",
        "invoice": "Faktura {v} v příloze.",
        "ticket": "Nahlášeno na úřad, č. j. {v}.",
    },
    closers="Díky! | Zdravím všechny. | Dotazy do zpráv. | Kdo dřív přijde, ten dřív mele. | "
            "Hezký víkend všem!",
    free="Jen osobní odběr. | Nekuřácká domácnost bez zvířat. | Na dotazy odpovím v "
         "komentářích. | Platba v hotovosti. | Sdílejte, prosím. | Všichni jsou vítáni. | Pořád "
         "hledám, každá rada pomůže. | Dobrý stav, drobné škrábance. | Novinky budu psát sem. | "
         "Děti jsou vítány.",
)

RO_RO = dict(
    code="ro_RO", cc="RO", region="RO", intl="40", iban_cc=["RO"], tld="ro",
    titles=["dl.", "dna", "doamna", "domnul", "dr."],
    given="Andrei Alexandru Ionuț Ștefan Gabriel David Luca Maria Ioana Elena Andreea "
          "Alexandra Ana Bianca Diana Vasile Nicolae Florin Cătălin Mirela Daniela Lăcrămioara "
          "Rodica Attila Zoltán Erzsébet Csilla Florica Costel Marius Larisa Sorin Adriana "
          "Răzvan Teodora Ovidiu Camelia",
    surnames="Popescu, Ionescu, Popa, Pop, Radu, Dumitru, Stan, Stoica, Matei, Ciobanu, Rusu, "
             "Marin, Dinu, Tudor, Florea, Munteanu, Lazăr, Moldovan, Diaconu, Nistor, Barbu, "
             "Dobre, Oprea, Vasilescu, Cristea, Ene, Sârbu, Kovács, Szabó, Nagy, Bălan, Toma, "
             "Preda, Neagu, Manole, Enache, Ursu, Lungu, Zamfir",
    email_domains=["yahoo.com", "gmail.com", "yahoo.ro", "hotmail.com", "outlook.com"],
    trades=["instalatii", "meditatii", "curatenie", "renovari", "prajituri", "foto"],
    streets=[("Strada Mihai Eminescu", "Str. M. Eminescu"), ("Bulevardul Unirii", "Bd. Unirii"),
             ("Strada Lalelelor", "Str. Lalelelor"), ("Calea Victoriei", "Calea Victoriei"),
             ("Strada Republicii", "Str. Republicii"),
             ("Aleea Trandafirilor", "Al. Trandafirilor"),
             ("Șoseaua Pantelimon", "Șos. Pantelimon"), ("Strada Avram Iancu", "Str. Avram Iancu"),
             ("Bulevardul Decebal", "Bd. Decebal"), ("Strada Florilor", "Str. Florilor"),
             ("Piața Romană", "P-ța Romană")],
    stop={"strada", "str", "bulevardul", "bd", "calea", "aleea", "al", "șoseaua", "șos",
          "piața", "ța"},
    towns=[("București", ["010011", "020334", "030167", "040052"]),
           ("Cluj-Napoca", ["400001", "400124"]), ("Iași", ["700259", "700506"]),
           ("Timișoara", ["300011", "300223"]), ("Constanța", ["900178", "900527"]),
           ("Brașov", ["500007", "500123"]), ("Sibiu", ["550024", "550173"]),
           ("Oradea", ["410001", "410087"])],
    addr={"full": ["{s} nr. {no}, {pc} {town}", "{s} {no}, {town} {pc}",
                   "{s}, nr. {no}, {pc}, {town}"],
          "unit": ["{s} nr. {no}, {u}, {pc} {town}", "{s} nr. {no}, {u}"],
          "street": ["{s} nr. {no}", "{s} {no}"]},
    units=["bl. {l}{f}, sc. {f}, ap. {n}", "ap. {n}", "et. {f}, ap. {n}", "bl. {n2}, ap. {n}"],
    phones=[(["72", "73", "74", "75", "76", "77", "78"], 9,
             ["national=0### ### ###", "intl=+40 ### ### ###", "dots=0###.###.###",
              "dashed=0###-###-###", "compact=0#########", "intl_c=+40#########",
              "intl00=0040 ### ### ###"]),
            (["21"], 9, ["national=0## ### ####", "intl=+40 ## ### ####"])],
    ids=_ro_ids, cur=["{a} lei", "{a} lei", "{a} RON", "{a} €"], thou=".", dec=",",
    months=["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
            "septembrie", "octombrie", "noiembrie", "decembrie"],
    datef=["{dd}.{mm}.{y}", "{d} {mon}", "{d} {mon} {y}", "{dd}/{mm}/{y}"],
    timef=["{h}:{mm}", "ora {h}:{mm}", "{h}.{mm}"],
    measures=["{n} kg", "{n} mp", "{n} km", "{n} litri"],
    plates=["B DDD LLL", "CJ DD LLL", "IS DD LLL", "TM DD LLL"], flights=["RO", "W6", "0B", "FR"],
    companys="OLX | eMAG | Dedeman | Kaufland | Fan Courier | Sameday | Altex",
    products="Thermomix | espressor Philips | cărucior Chicco | aspirator Rowenta",
    places="Aeroportul Henri Coandă | Colegiul Național Mihai Viteazul | Parcul Nicolae "
           "Romanescu | Teatrul Național Ion Luca Caragiale | Liceul George Coșbuc | "
           "Universitatea Babeș-Bolyai",
    genres={
        "classified": "Vând masă din stejar masiv, ridicare personală. | Vând bicicletă de "
                      "copii, stare foarte bună. | Din cauza mutării vând canapea, bibliotecă și "
                      "frigider.",
        "rental": "Cameră liberă într-un apartament la comun de luna viitoare. | Apartament de "
                  "închiriat, nemobilat, vizionări cu programare.",
        "jobs": "Caut o persoană de încredere pentru curățenie câteva ore pe săptămână. | Meșter "
                "cu experiență pentru reparații mici. | Cafeneaua noastră angajează pentru "
                "weekend!",
        "lost_found": "PIERDUTĂ: pisică tigrată gri, foarte sperioasă, răspunde la Mița. | Am "
                      "găsit o legătură de chei pe banca de lângă locul de joacă. | Mi-am "
                      "pierdut portofelul între gară și bibliotecă, piele maro.",
        "carpool": "Sâmbătă merg la mare, mai am două locuri. | Merge cineva vineri dimineață "
                   "devreme la aeroport? Împărțim benzina.",
        "services": "Îmi recomandă cineva un electrician bun? | Mulțumiri instalatorului care "
                    "ne-a reparat centrala! | Meditații la matematică, toate nivelurile.",
        "notice": "Anunț pentru locatari: marți dimineață se oprește apa. | Colet lăsat la un "
                  "vecin, vă rog să-l ridicați. | De săptămâna viitoare încep lucrări în curte, "
                  "scuze pentru zgomot.",
        "club": "Clubul de alergare se reia după pauza de iarnă. | Parohia caută voluntari "
                "pentru banca de alimente. | Serbarea școlii e sâmbătă, prăjiturile sunt "
                "binevenite!",
        "review": "Scurtă părere despre service-ul nou din centru. | Recenzie sinceră după "
                  "renovarea bucătăriei.",
        "rsvp": "Lista pentru petrecerea blocului e deschisă! | Vă rog confirmați prezența la "
                "ședința cu părinții.",
        "swap": "Donez haine de bebeluș, mai ales de fetiță. | Fir de schimb: scrieți ce aveți "
                "și ce căutați.",
    },
    phr={
        "EMAIL": "Poze pe mail la {v}. | Întrebări la {v}. | Contact: {v} | Scrieți-mi la {v}, "
                 "răspund seara.",
        "PHONE": "Sunați sau trimiteți SMS la {v}. | WhatsApp la {v} după ora șase. | Dacă o "
                 "vedeți, sunați la {v}! | Tel: {v} | Numărul lui e {v}, spuneți că veniți din "
                 "partea noastră. | Doar mesaje: {v}",
        "URL": "Mai multe poze pe {v}. | Detalii și înscrieri: {v} | Intrați pe pagina lui: {v}",
        "IP": "Camera arată o conectare de la {v}, e cineva de aici? | Wi-Fi-ul blocului tot "
              "blochează {v}, poate administratorul să-l deblocheze?",
        "CARD": "ATENȚIE: un fals cumpărător mi-a cerut să confirm cardul {v}. E țeapă! | "
                "Cineva a pus din greșeală numărul cardului {v} pe grup, ștergeți-l! | Nu "
                "trimiteți niciodată date de card ca {v} la falși curieri.",
        "IBAN": "Garanția se plătește în contul {v}. | Avansul în {v}. | Transfer în {v}, cu "
                "numele vostru la detalii. | Cont pentru donații: {v}",
        "ID": "Am găsit un portofel cu buletin, CNP {v}. | Falsul proprietar îmi cere CNP-ul "
              "{v} înainte de vizionare, e normal? | Pe actul găsit scrie CNP {v}.",
        "PERSON": "Instalatorul nostru, {v}, a fost super, îl recomand. | Întrebați de {v} la "
                  "recepție. | {v} de la magazinul din colț strânge donații. | Mulțumim lui {v} "
                  "că ne-a găsit câinele! | Profesoara de meditații, {v}, are multă răbdare. | "
                  "Atenție la {v}, a luat garanția și a dispărut.",
        "MEMBER": "{v} aduce cortul. | Înscriși până acum: {v}. | Mulțumim, {v}, pentru "
                  "organizare! | Cheile le are {v}, aici pe grup. | {v} se ocupă de stand anul "
                  "acesta.",
        "ADDRESS": "Vizionare la {v}. | Ridicare de la {v}. | Punct de întâlnire: {v}. | "
                   "Lăsați-l la {v}, soneria de sus. | Adresa: {v}",
    },
    la={
        "price": "Preț: {v}, negociabil. | Dau cu {v}. | {v}, preț fix.",
        "date": "Liber din {v}. | Ne vedem pe {v}. | Mă mut pe {v}.",
        "time": "Începem la {v}. | Ridicare pe la {v}.",
        "hours": "Program L–V {v}.",
        "order_no": "Comanda {v} a venit deteriorată. | (comanda nr. {v})",
        "tracking": "AWB: {v} | Coletul {v} apare livrat.",
        "model": "Model {v}, funcționează perfect. | E un {v}.",
        "serial": "Seria {v} e pe factură.",
        "isbn": "Manual ISBN {v}, aproape nou.",
        "dimension": "Dimensiuni: {v}. | Mărime {v}.",
        "measure": "Cântărește cam {v}. | Cam {v}.",
        "plate": "Nr. de înmatriculare {v}. | Duba {v} iar blochează intrarea.",
        "bus": "Luați autobuzul {v} până la capăt. | Linia {v} oprește în față.",
        "room": "Ședința în sala {v}. | Sala {v} de la centrul comunitar.",
        "version": "Firmware {v}. | versiunea aplicației {v}",
        "flight": "Aterizez cu zborul {v}, mă ia cineva?",
        "company": "Cumpărat de la {v}. | Mai ieftin decât la {v}.",
        "product": "Vine cu {v}. | Schimb cu {v}.",
        "place": "Lângă {v}. | Vizavi de {v}.",
        "year": "Cumpărat nou în {v}.",
        "invoice": "Factura {v} atașată.",
        "ticket": "Sesizare la primărie, nr. {v}.",
    },
    closers="Mulțumesc! | O zi bună tuturor. | Întrebări în privat. | Primul venit, primul "
            "servit. | Weekend frumos!",
    free="Doar ridicare personală. | Casă de nefumători, fără animale. | Răspund la întrebări în "
         "comentarii. | Prefer numerar. | Distribuiți, vă rog. | Toată lumea e binevenită. | "
         "Încă mai caut, orice pont ajută. | Stare bună, mici zgârieturi. | Revin cu "
         "actualizări aici. | Copiii sunt bineveniți.",
)

LOCALES = [CS_CZ, RO_RO]
