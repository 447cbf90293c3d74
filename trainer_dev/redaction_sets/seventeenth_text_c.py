"""Seventeenth set: Czech, Slovak, Hungarian, Croatian and Romanian phrasing."""
# ruff: noqa: E501  (data: phrase and name pools are kept one alternative-list per line)

CS = {
    "roles": "mzdová účetní|backend vývojář|HR specialistka|zdravotní sestra|projektový manažer|"
    "recruiter|obchodní zástupce|vedoucí skladu|datový analytik|stážista marketingu",
    "lead": {
        "cv": "Vkládám sem výtah ze svého životopisu, uvítám zpětnou vazbu:|Životopis na pozici {role}:",
        "cover_letter": "Vážení, tímto se ucházím o pozici {role}.|Koncept motivačního dopisu, dává to smysl?",
        "reference": "Doporučující dopis pro bývalou kolegyni na pozici {role}.|Kandidáta mohu vřele doporučit.",
        "job_ad": "Hledáme kolegu/kolegyni na pozici {role}!|Volné místo: {role}, možnost home office.",
        "offer": "S radostí Vám nabízíme pozici {role}.|Vítejte v týmu! Informace k prvnímu dni:",
        "directory": "Aktualizovaný seznam absolventů, opravte prosím chyby:|Kontakty na tým:",
        "shortlist": "Užší výběr kandidátů na pozici {role}:|Kandidáti do druhého kola:",
        "interview": "Návrh termínu pohovoru na pozici {role}:|Můžeme pohovor přesunout?",
        "payroll_form": "Osobní dotazník, část mzdy:|Moje údaje pro mzdovou účtárnu:",
        "relocation": "Stěhování kvůli nové práci, můj seznam:|Informace k relokaci pro nového kolegu:",
    },
    "kind": {
        "EMAIL": "Pište na {v}.|Životopisy zasílejte na {v}.|E-mail: {v}",
        "PHONE": "Volejte na {v}.|Tel.: {v}|Mobil: {v}",
        "URL": "Můj profil: {v}|Portfolio: {v}|Termín si zarezervujte zde: {v}",
        "IP": "Přihlášení do portálu z {v} je blokované.|VPN pro zaškolení: {v}",
        "CARD": "Kauci prosím strhněte z karty {v}.|Firemní karta: {v}",
        "IBAN": "IBAN pro výplatu mzdy: {v}|Číslo účtu (IBAN): {v}",
        "ID": "Rodné číslo: {v}|RČ pro pracovní smlouvu: {v}",
        "PERSON": "Reference poskytne {v}, bývalá vedoucí.|Budete podřízen(a) {v}.|U pohovoru bude i {v}.",
        "MEMBER": "Díky {v} za doporučení!|Dávám {v} do kopie.|{v} bude váš patron.",
        "ADDRESS": "Adresa: {v}|Nová adresa: {v}|Pohovor proběhne na adrese {v}.",
    },
    "lk": {
        "REF": "Číslo inzerátu {l}.",
        "ORDER": "Objednávka {l} na notebook.",
        "INVOICE": "Faktura {l}.",
        "DATE": "Nástup {l}.",
        "TIME": "V {l}.",
        "MONEY": "Mzda až {l} ročně.",
        "VERSION": "Testovací nástroj {l}.",
        "ISBN": "Doporučená literatura: ISBN {l}.",
        "FLIGHT": "Let {l}.",
        "ROOM": "Zasedačka {l}.",
        "PERCENT": "Úvazek {l}.",
        "MEASURE": "Byt {l}.",
        "COMPANY": "Dříve ve firmě {l}.",
        "TRACKING": "Číslo zásilky: {l}",
    },
    "close": "Předem děkuji!|S pozdravem|Díky moc|Hezký den.",
}

SK = {
    "roles": "mzdová účtovníčka|backend vývojár|HR špecialistka|zdravotná sestra|projektový manažér|"
    "recruiterka|obchodný zástupca|vedúci skladu|dátový analytik|brigádnik",
    "lead": {
        "cv": "Vkladám výťah zo životopisu, ocením spätnú väzbu:|Životopis na pozíciu {role}:",
        "cover_letter": "Dobrý deň, týmto sa uchádzam o pozíciu {role}.|Návrh motivačného listu, je to v poriadku?",
        "reference": "Odporúčanie pre bývalú kolegyňu na pozíciu {role}.|Kandidáta môžem vrelo odporučiť.",
        "job_ad": "Hľadáme posilu na pozíciu {role}!|Voľné miesto: {role}, možnosť práce z domu.",
        "offer": "S radosťou vám ponúkame pozíciu {role}.|Vitajte v tíme! Informácie k prvému dňu:",
        "directory": "Zoznam absolventov, prosím o opravy:|Kontakty na tím:",
        "shortlist": "Užší výber na pozíciu {role}:|Kandidáti do druhého kola:",
        "interview": "Návrh termínu pohovoru:|Potvrdenie pohovoru na pozíciu {role}:",
        "payroll_form": "Osobný dotazník, časť mzdy:|Moje údaje pre mzdovú účtáreň:",
        "relocation": "Sťahovanie kvôli novej práci, môj zoznam:|Info k relokácii pre novú kolegyňu:",
    },
    "kind": {
        "EMAIL": "Píšte na {v}.|Životopisy posielajte na {v}.|E-mail: {v}",
        "PHONE": "Volajte na {v}.|Tel.: {v}|Mobil: {v}",
        "URL": "Môj profil: {v}|Portfólio: {v}|Rezervácia termínu: {v}",
        "IP": "Prihlásenie z {v} je zablokované.|VPN na zaškolenie: {v}",
        "CARD": "Zálohu strhnite z karty {v}.|Firemná karta: {v}",
        "IBAN": "IBAN na výplatu: {v}|Číslo účtu: {v}",
        "ID": "Rodné číslo: {v}|RČ do pracovnej zmluvy: {v}",
        "PERSON": "Referenciu poskytne {v}.|Budete podliehať {v}.|Na pohovore bude aj {v}.",
        "MEMBER": "Vďaka {v} za odporúčanie!|Dávam {v} do kópie.|{v} bude váš mentor.",
        "ADDRESS": "Adresa: {v}|Nová adresa: {v}|Pohovor bude na adrese {v}.",
    },
    "lk": {
        "REF": "Číslo ponuky {l}.",
        "ORDER": "Objednávka {l}.",
        "INVOICE": "Faktúra {l}.",
        "DATE": "Nástup {l}.",
        "TIME": "O {l}.",
        "MONEY": "Plat do {l} ročne.",
        "VERSION": "Testovací nástroj {l}.",
        "ISBN": "Odporúčaná literatúra: ISBN {l}.",
        "FLIGHT": "Let {l}.",
        "ROOM": "Zasadačka {l}.",
        "PERCENT": "Úväzok {l}.",
        "MEASURE": "Byt {l}.",
        "COMPANY": "Predtým v {l}.",
        "TRACKING": "Číslo zásielky: {l}",
    },
    "close": "Vopred ďakujem!|S pozdravom|Vďaka|Pekný deň.",
}

HU = {
    "roles": "bérszámfejtő|backend fejlesztő|HR generalista|ápoló|projektvezető|toborzó|ügyfélkapcsolati munkatárs|"
    "raktárvezető|adatelemző|gyakornok",
    "lead": {
        "cv": "Bemásolom az önéletrajzom egy részét, örülnék a visszajelzésnek:|Önéletrajz a(z) {role} pozícióra:",
        "cover_letter": "Tisztelt Hölgyem/Uram! Ezúton jelentkezem a(z) {role} pozícióra.|Motivációs levél piszkozat, mit gondoltok?",
        "reference": "Ajánlólevél egy volt kollégámnak, {role} pozícióra.|Jó szívvel ajánlom a jelöltet.",
        "job_ad": "Felveszünk: {role}!|Állásajánlat: {role}, rugalmas munkaidő, home office.",
        "offer": "Örömmel ajánljuk fel Önnek a(z) {role} pozíciót.|Üdv a csapatban! Infók az első napra:",
        "directory": "Frissített öregdiák-névsor, kérlek jelezzétek a hibákat:|A csapat elérhetőségei:",
        "shortlist": "Szűkített lista a(z) {role} pozícióra:|Jelöltek a második körre:",
        "interview": "Időpontjavaslat az állásinterjúra:|Az interjú visszaigazolása ({role}):",
        "payroll_form": "Belépési adatlap, bérszámfejtés:|Adataim a bérszámfejtéshez:",
        "relocation": "Költözés az új munka miatt, a listám:|Relokációs infók az új kollégának:",
    },
    "kind": {
        "EMAIL": "Írj a(z) {v} címre.|Jelentkezés: {v}|E-mail: {v}",
        "PHONE": "Hívj a {v} számon.|Tel.: {v}|Mobil: {v}",
        "URL": "Profilom: {v}|Portfólió: {v}|Időpont foglalása: {v}",
        "IP": "A portálra {v} címről nem lehet belépni.|VPN a betanuláshoz: {v}",
        "CARD": "A kauciót a {v} kártyáról vonják le.|Céges kártya: {v}",
        "IBAN": "Bankszámla (IBAN) a fizetéshez: {v}|Számlaszám: {v}",
        "ID": "Adóazonosító jel: {v}|Adóazonosító a szerződéshez: {v}",
        "PERSON": "Referencia: {v}, volt vezetőm.|Közvetlen felettes: {v}.|Az interjún részt vesz {v} is.",
        "MEMBER": "Köszi {v} az ajánlást!|{v} másolatban.|{v} lesz a mentorod.",
        "ADDRESS": "Lakcím: {v}|Új cím: {v}|Az interjú helyszíne: {v}",
    },
    "lk": {
        "REF": "Hirdetés azonosító: {l}.",
        "ORDER": "Rendelés {l}.",
        "INVOICE": "Számla {l}.",
        "DATE": "Kezdés: {l}",
        "TIME": "Időpont: {l}.",
        "MONEY": "Bruttó bér akár {l}.",
        "VERSION": "Tesztkörnyezet {l}.",
        "ISBN": "Ajánlott olvasmány: ISBN {l}.",
        "FLIGHT": "Járat: {l}.",
        "ROOM": "Tárgyaló {l}.",
        "PERCENT": "Részmunkaidő {l}.",
        "MEASURE": "Lakás {l}.",
        "COMPANY": "Korábban: {l}.",
        "TRACKING": "Csomagszám: {l}",
    },
    "close": "Előre is köszönöm!|Üdvözlettel|Köszi|Szép napot!",
}

HR = {
    "roles": "obračun plaća|backend developer|HR stručnjakinja|medicinska sestra|voditelj projekta|regruterka|"
    "prodajni predstavnik|voditelj skladišta|analitičar podataka|student na praksi",
    "lead": {
        "cv": "Lijepim dio svog životopisa, dobrodošli su komentari:|Životopis za poziciju {role}:",
        "cover_letter": "Poštovani, ovim putem se prijavljujem na radno mjesto {role}.|Nacrt motivacijskog pisma, je li ok?",
        "reference": "Preporuka za bivšu kolegicu, pozicija {role}.|Kandidata toplo preporučujem.",
        "job_ad": "Zapošljavamo: {role}!|Oglas za posao: {role}, rad od kuće moguć.",
        "offer": "Sa zadovoljstvom Vam nudimo radno mjesto {role}.|Dobrodošli u tim! Informacije za prvi dan:",
        "directory": "Ažurirani popis alumnija, javite ispravke:|Kontakti tima:",
        "shortlist": "Uži izbor za poziciju {role}:|Kandidati za drugi krug:",
        "interview": "Prijedlog termina za razgovor za posao:|Potvrda intervjua, pozicija {role}:",
        "payroll_form": "Obrazac za zaposlenike, dio za plaću:|Moji podaci za obračun plaće:",
        "relocation": "Selidba zbog novog posla, moj popis:|Info o preseljenju za novu kolegicu:",
    },
    "kind": {
        "EMAIL": "Pišite na {v}.|Prijave na {v}.|E-mail: {v}",
        "PHONE": "Nazovite na {v}.|Tel.: {v}|Mob: {v}",
        "URL": "Moj profil: {v}|Portfolio: {v}|Rezervirajte termin: {v}",
        "IP": "Prijava s {v} je blokirana.|VPN za uvođenje u posao: {v}",
        "CARD": "Polog skinite s kartice {v}.|Službena kartica: {v}",
        "IBAN": "IBAN za isplatu plaće: {v}|Broj računa: {v}",
        "ID": "OIB: {v}|Moj OIB za ugovor: {v}",
        "PERSON": "Preporuku može dati {v}.|Nadređeni: {v}.|Na razgovoru će biti i {v}.",
        "MEMBER": "Hvala {v} na preporuci!|Stavljam {v} u kopiju.|{v} će vam biti mentor.",
        "ADDRESS": "Adresa: {v}|Nova adresa: {v}|Razgovor je na adresi {v}.",
    },
    "lk": {
        "REF": "Šifra oglasa {l}.",
        "ORDER": "Narudžba {l}.",
        "INVOICE": "Račun {l}.",
        "DATE": "Početak rada {l}",
        "TIME": "U {l}.",
        "MONEY": "Plaća do {l} bruto.",
        "VERSION": "Alat za testiranje {l}.",
        "ISBN": "Preporučeno štivo: ISBN {l}.",
        "FLIGHT": "Let {l}.",
        "ROOM": "Dvorana {l}.",
        "PERCENT": "Skraćeno radno vrijeme {l}.",
        "MEASURE": "Stan od {l}.",
        "COMPANY": "Prije u {l}.",
        "TRACKING": "Broj pošiljke: {l}",
    },
    "close": "Hvala unaprijed!|Lijep pozdrav|Srdačno|Ugodan dan.",
}

RO = {
    "roles": "specialist salarizare|programator backend|HR business partner|asistentă medicală|manager de proiect|"
    "recruiter|reprezentant vânzări|șef de depozit|analist de date|intern marketing",
    "lead": {
        "cv": "Las aici un extras din CV, aștept păreri:|CV pentru postul de {role}:",
        "cover_letter": "Stimată doamnă, stimate domn, vă adresez candidatura mea pentru postul de {role}.|Schiță de scrisoare de intenție, sună ok?",
        "reference": "Scrisoare de recomandare pentru o fostă colegă, post de {role}.|Recomand cu căldură candidatul.",
        "job_ad": "Angajăm {role}!|Anunț de angajare: {role}, program flexibil.",
        "offer": "Ne bucurăm să vă oferim postul de {role}.|Bun venit în echipă! Detalii pentru prima zi:",
        "directory": "Lista absolvenților actualizată, semnalați greșelile:|Contactele echipei:",
        "shortlist": "Lista scurtă pentru postul de {role}:|Candidați pentru runda a doua:",
        "interview": "Propunere de programare la interviu:|Confirmarea interviului pentru postul de {role}:",
        "payroll_form": "Fișa de angajare, secțiunea salarizare:|Datele mele pentru salarizare:",
        "relocation": "Mutare pentru noul job, lista mea:|Informații de relocare pentru noua colegă:",
    },
    "kind": {
        "EMAIL": "Scrieți-mi la {v}.|CV-urile la {v}.|E-mail: {v}",
        "PHONE": "Sunați la {v}.|Tel.: {v}|Mobil: {v}",
        "URL": "Profilul meu: {v}|Portofoliu: {v}|Programare aici: {v}",
        "IP": "Autentificarea de pe {v} e blocată.|VPN pentru onboarding: {v}",
        "CARD": "Garanția se retrage de pe cardul {v}.|Card de firmă: {v}",
        "IBAN": "IBAN pentru salariu: {v}|Cont bancar: {v}",
        "ID": "CNP: {v}|CNP-ul pentru contract: {v}",
        "PERSON": "Referințe de la {v}, fosta mea șefă.|Veți raporta către {v}.|La interviu va fi și {v}.",
        "MEMBER": "Mulțumesc lui {v} pentru recomandare!|Îl pun pe {v} în CC.|{v} îți va fi mentor.",
        "ADDRESS": "Adresa: {v}|Adresa nouă: {v}|Interviul are loc la {v}.",
    },
    "lk": {
        "REF": "Cod anunț {l}.",
        "ORDER": "Comanda {l}.",
        "INVOICE": "Factura {l}.",
        "DATE": "Data angajării: {l}.",
        "TIME": "La ora {l}.",
        "MONEY": "Salariu până la {l} net.",
        "VERSION": "Platforma de test {l}.",
        "ISBN": "Lectură recomandată: ISBN {l}.",
        "FLIGHT": "Zborul {l}.",
        "ROOM": "Sala {l}.",
        "PERCENT": "Normă de {l}.",
        "MEASURE": "Apartament de {l}.",
        "COMPANY": "Anterior la {l}.",
        "TRACKING": "AWB colet: {l}",
    },
    "close": "Mulțumesc anticipat!|Cu stimă|Numai bine|O zi bună!",
}

CS["plain"] = (
    "Tip: motivační dopis pište stručně.|Vyjednával někdo příspěvek na stěhování?|"
    "Zpětná vazba po pohovoru byla férová.|Nezapomeňte se zeptat na zkušební dobu."
)
SK["plain"] = (
    "Tip: motivačný list píšte stručne.|Vyjednával niekto príspevok na sťahovanie?|"
    "Spätná väzba po pohovore bola férová.|Nezabudnite sa spýtať na skúšobnú dobu."
)
HU["plain"] = (
    "Tipp: a motivációs levél legyen rövid.|Tárgyalt már valaki költözési támogatásról?|"
    "Az interjú utáni visszajelzés korrekt volt.|Kérdezzetek rá a próbaidőre."
)
HR["plain"] = (
    "Savjet: motivacijsko pismo neka bude kratko.|Je li netko pregovarao o naknadi za selidbu?|"
    "Povratna informacija nakon razgovora bila je korektna.|Ne zaboravite pitati za probni rad."
)
RO["plain"] = (
    "Sfat: scrisoarea de intenție să fie scurtă.|A negociat cineva un pachet de relocare?|"
    "Feedbackul după interviu a fost corect.|Nu uitați să întrebați de perioada de probă."
)
