"""Thirtysecond set: Albanian phrase bank (logjistikë, transport, magazinë, flotë)."""

from trainer_dev.redaction_sets.thirtysecond_people import _s

BANK = {
    "OPEN": _s(
        "Mirëmëngjes të gjithëve,|Përshëndetje ekip,|Njoftim i shpejtë nga dispeçeria.|"
        "Mirëdita,|Ç'kemi, djema,|Lajme nga magazina.|Të nderuar kolegë,|"
        "Më falni për mesazhin e vonë.|Pas mbledhjes së mëngjesit:|Një pyetje e shpejtë.|"
        "E rëndësishme për turnin e natës:|Kujdes, shoferë:|Mirëmbrëma,|"
        "Po kthehem te ankesa për dëmin.|Siç folëm në telefon,|Kam nevojë për pak ndihmë.|"
        "Njoftim nga zyra e doganës.|Përsëri për ngarkesën e vonuar.|Hej të gjithë,|"
        "E premte e mbarë, ekip.|Kujtesë për pritjen e mallit:|Përgjigje nga transportuesi:|"
        "Shkruaj në emër të zyrës së dërgesave.|Pra,|Shkurt:|Mesazh nga qendra e kontrollit."
    ),
    "FILL": _s(
        "Rimorkio u plumbos para se të dilte nga oborri.|"
        "Ju lutem skanoni çdo paletë para ngarkimit.|"
        "Frigoriferi u fik disa herë gjatë natës.|"
        "Dogana e mban kontejnerin derisa dokumentet të përputhen.|"
        "Na mungojnë dy operatorë pirunështi në turnin e pasdites.|"
        "Marrësi refuzoi një pjesë për shkak të kutive të shtypura.|"
        "Takografi duhet shkarkuar para mbarimit të turnit.|"
        "Rampa e transbordimit është e mbushur, prisni vonesa.|"
        "Agjenti doganor kërkon faturën tregtare të korrigjuar.|"
        "Mbani të lira korridoret e emergjencës.|"
        "Platforma ngritëse e kamionit u prish përsëri.|"
        "Mallrat nga porti vonohen se mungojnë shasitë.|"
        "Linja e së martës kalon pasdite.|"
        "Filmi mbështjellës erdhi përsëri te tavolina e paketimit.|"
        "Pagesa për qëndrimin fillon pas kohës së lirë.|"
        "Paletat bosh lërini pranë rrethimit.|"
        "Kontrolli para nisjes është i detyrueshëm.|"
        "Etiketat e mallrave të rrezikshme duhet të përputhen me dokumentet.|"
        "Kthimet shkojnë në kafazin pranë mensës.|"
        "Numërimi ciklik gjeti disa kuti në vend të gabuar.|"
        "Dritarja e dorëzimit në qendrën e shpërndarjes është e ngushtë.|"
        "Kartat e karburantit rinovohen pas auditimit.|"
        "Fotoja e dorëzimit duhet të tregojë etiketën e paletës.|"
        "Kompania detare e shtyu rezervimin për anijen tjetër.|"
        "Ritmi i përgatitjes ra pas përditësimit.|"
        "Shënoni paletat e thyera me etiketë të kuqe.|"
        "Niveluesi i rampës në anën perëndimore ngec.|"
        "Orët shtesë të fundjavës nuk janë miratuar ende.|"
        "Klienti do një telefonatë para çdo dorëzimi në shtëpi.|"
        "Regjistrat e temperaturës shkojnë bashkë me ankesën.|"
        "Sistemi i magazinës ra për gati një orë.|"
        "Po provojmë një planifikues të ri rrugësh për qytetin.|"
        "Numri i plumbës shkruhet në fletëngarkesë, jo në letër të lirë.|"
        "Zona e karikimit të pirunështave është e mbyllur.|"
        "Tërheqësi ka nevojë për llastiqe të reja.|"
        "Konfirmoni marrjen me dërguesin një ditë më parë.|"
        "Partneri i shpërndarjes së fundit është i mbingarkuar.|"
        "Malli i lirshëm duhet lidhur me shirit para ngarkimit.|"
        "Asgjë nuk del pa fletëdërgesë të firmosur.|"
        "Roja nuk lejon njeri të hyjë pa referencë.|"
        "Shufrat e fiksimit kthehen në rimorkio pas shkarkimit.|"
        "Humbi një kuti mes përgatitjes dhe paketimit.|"
        "Të rinjtë punojnë javën e parë me një kolegë me përvojë.|"
        "Portali i transportuesit na nxjerr jashtë vazhdimisht.|"
        "Dëmet raportohen brenda afatit të transportuesit.|"
        "Pirunështi me shtyllë është vetëm për raftet e larta.|"
        "Mos i vini paletat e xhamit njëra mbi tjetrën.|"
        "Ndërrimi i rimorkios në karburant shkoi mirë.|"
        "Dispeçeri ynë mbulon dy rajone këtë javë.|"
        "Fletët e peshores shkojnë në zarfin e shoferit.|"
        "Malli i dëmtuar mbetet i bllokuar derisa të vijë eksperti.|"
        "Parkimi rezervë është plot, parkoni në fund.|"
        "Zinxhiri i ftohtë nuk duhet ndërprerë asnjëherë.|"
        "Dokumentet e eksportit janë te agjenti i mallrave.|"
        "Gomisti na pret nesër në mëngjes.|"
        "Mbaruan mbrojtëset e qosheve në turnin e mëngjesit.|"
        "Magazina doganore ka nevojë për një mbajtës të dytë çelësash.|"
        "Kthejini skanerët e dorës në karikues.|"
        "Kontejnerët bosh kthehen në depo me udhëtimin e radhës.|"
        "Makina e renditjes së pakove u bllokua dy herë para drekës."
    ),
    "CLOSE": _s(
        "Faleminderit!|Ju faleminderit.|Faleminderit paraprakisht.|"
        "Më lajmëroni nëse ndryshon diçka.|"
        "Rrugë të mbarë.|Për pyetje, më shkruani.|Turn të mbarë.|Shihemi.|"
        "Ju njoftoj sapo të di më shumë.|Ju lutem konfirmoni.|Përshëndetje.|Me respekt.|"
        "Faleminderit për ndihmën.|Telefononi dispeçerinë nëse ngecni.|Kthehuni mirë.|"
        "Kaq për momentin.|Faleminderit për durimin.|Ta zgjidhim sot.|"
        "Kush mundet, përgjigjet këtu.|"
        "Fundjavë të mbarë.|Shihemi nesër në mbledhje.|Edhe një herë faleminderit.|"
        "Natën e mirë.|Gjithë të mirat.|Mirupafshim.|Punë të mbarë."
    ),
    "LEAD": {
        "EMAIL": _s(
            "Dërgojeni fletëdërgesën e firmosur te {x}.|Eksperti i dëmeve përgjigjet te {x}.|"
            "Oraret e rampës kërkohen te {x}.|Emaili im është {x}, nëse bie portali.|"
            "Vendoseni {x} në kopje për doganën.|Fletët e orëve te {x}.|"
            "Fatura erdhi nga {x}.|Konfirmimi i transportit te {x}."
        ),
        "PHONE": _s(
            "Më telefono në {x} kur je dhjetë minuta larg.|Celulari i shoferit: {x}.|"
            "Dispeçeria pas orarit: {x}.|Më shkruaj në {x} kur të ngarkosh.|"
            "Marrësi kërkoi telefonatë në {x} para dorëzimit.|"
            "Përgjegjësi i oborrit përgjigjet në {x}.|Nëse porta është mbyllur: {x}.|"
            "Numri im direkt është {x}."
        ),
        "URL": _s(
            "Profili im është në {x}.|Përditësimet e linjës i hedh në {x}.|Rezervo një takim: {x}|"
            "Transportues i pavarur, shikoni {x}.|Fotot e dëmit janë në {x}.|CV-ja ime: {x}.|"
            "Më shumë për shërbimin tim të korrierit: {x}|Ndiqeni ngarkesën në {x}."
        ),
        "IP": _s(
            "Printeri i etiketave në korridorin gjashtë është në {x}.|"
            "Skaneri shkëputet vazhdimisht nga {x}.|Përpjekjet për hyrje erdhën nga {x}.|"
            "Lejoni {x} në portalin e transportuesit.|Kamera e kamionit ngarkon nga {x}.|"
            "Terminali i peshores përgjigjet në {x}.|Pajisja GPS raportoi {x}.|"
            "Hyrja në distancë në zyrën e rampës: {x}."
        ),
        "CARD": _s(
            "Shkarkimin ngarkojeni te karta {x}.|Karta e karburantit në sistem: {x}.|"
            "Pagesat e rrugës këtë javë me {x}.|Qëndrimin e pagova me {x}.|"
            "Taksat doganore u paguan me {x}.|Karta {x}, skadon vitin tjetër.|"
            "Riparimi i gomës shkon te {x}.|Depozita e magazinimit u tërhoq nga {x}."
        ),
        "IBAN": _s(
            "Ju lutem transferoni pagesën e transportit në {x}.|Llogaria ime e re: {x}.|"
            "Dëmshpërblimi në {x}.|Llogaria për kreditimin është {x}.|"
            "Fatura e nënkontraktorit paguhet në {x}.|Rroga tani në {x}.|"
            "Depozitën kthejeni në {x}.|{x} është llogaria e saktë."
        ),
        "ID": _s(
            "Për regjistrimin e shoferit: {x}.|Numri im për dosjen doganore është {x}.|"
            "Burimet njerëzore kanë nevojë për {x}.|Në formularin e punësimit shkruhet {x}.|"
            "Numri personal i shoferit: {x}.|Sipas kartës së identitetit: {x}.|"
            "Përditësoni dosjen me {x}.|Ja ku është: {x}."
        ),
        "PERSON": _s(
            "{x} firmosi dorëzimin.|Sot nget {x}.|Pyesni për {x} te pritja.|"
            "{x} merret me ankesën.|Kontakti te marrësi është {x}.|Agjenti doganor: {x}.|"
            "Fola me {x} nga transportuesi.|{x} mbuloi turnin e natës."
        ),
        "MEMBER": _s(
            "{x} drejton numërimin.|Faleminderit {x} që qëndrove vonë.|"
            "Ndërroni turnin me {x} nëse duhet.|{x} është sot te pirunështi.|"
            "Flisni me {x} para se të lëshoni mallin.|{x} ka çelësat e magazinës doganore.|"
            "Përfshini {x} në ankesë.|{x} njoftoi alarmin e frigoriferit."
        ),
        "ADDRESS": _s(
            "Dorëzimi në {x}.|Marrja në {x}.|Paletat bosh kthejini në {x}.|"
            "Depoja e re ndodhet në {x}.|Dërgojeni zëvendësimin në {x}.|"
            "Shoferi banon në {x}, merreni aty.|Marrësi u zhvendos në {x}.|"
            "Adresa e faturimit: {x}."
        ),
    },
    "LOOK": {
        "order": _s("Porosisë {x} i mungojnë dy pako.|Fatura {x} është paguar."),
        "price": _s("Shkarkimi kushtoi {x}.|Transporti doli {x}."),
        "date": _s("Marrja është caktuar më {x}.|Afati i anijes është {x}."),
        "time": _s("Porta mbyllet në orën {x}.|Shoferi mbërriti në {x}."),
        "version": _s("Skanerët punojnë me versionin {x}.|Aplikacioni i linjave kaloi në {x}."),
        "isbn": _s("Manuali i trajnimit ka ISBN {x}.|Porositni librin me ISBN {x}."),
        "flight": _s("Malli ajror niset me fluturimin {x}.|Mostrat fluturojnë me {x}."),
        "dock": _s("Afrohuni te {x}, ju lutem.|Përgatitni dërgesën te {x}."),
        "measure": _s("Pesha bruto: {x}.|Arka është {x}."),
        "percent": _s("Shtesa e naftës është {x}.|Dorëzimet në kohë arritën {x}."),
        "orgreg": _s("Transportuesi është regjistruar me {x}.|Në faturë shkruan {x}."),
        "ticket": _s("Kërkesa {x} është ende e hapur.|Fotot janë te rasti {x}."),
        "tracking": _s("Gjurmimi tregon {x} në port.|Kontejneri {x} doli nga porta."),
        "hscode": _s("Pjesët hyjnë te kodi doganor {x}.|Agjenti përdori kodin {x}."),
        "eponym": _s("Trafik i rëndë pranë {x}.|Kemi një dorëzim afër {x} sot."),
        "nameword": _s("U ndez {x} në panel.|Kjo ishte {x} për sot."),
    },
    "LABEL": {
        "EMAIL": _s("Email|Posta elektronike"),
        "PHONE": _s("Telefon|Celular"),
        "URL": _s("Faqja|Profili"),
        "IP": _s("Adresa IP|IP e pajisjes"),
        "CARD": _s("Karta|Karta e pagesës"),
        "IBAN": _s("IBAN|Llogaria bankare"),
        "ID": _s("Numri personal|Nr. identifikimi"),
        "PERSON": _s("Kontakti|Shoferi"),
        "MEMBER": _s("Punonjësi|Përgjegjësi i turnit"),
        "ADDRESS": _s("Adresa|Adresa e dorëzimit"),
    },
    "HEAD": {
        "notice": _s("NJOFTIM: ndryshim i orarit të rampave|Njoftim nga oborri|Njoftim sigurie"),
        "chat": _s("Grupi i shoferëve|Grupi i magazinës|Turni i natës"),
        "listing": _s("NGARKESË E LIRË|Kamion i lirë, kërkoj kthim|Magazinë me qira"),
        "form": _s("Raport dëmi|Të dhëna për deklaratën doganore|Regjistrim shoferi"),
        "ticket": _s(
            "Prioriteti: i lartë|Statusi: i hapur – Lloji: ankesë|Kategoria: marrje e humbur"
        ),
        "signature": _s("Dispeçeria|Menaxhimi i Flotës|Dogana dhe Pajtueshmëria"),
    },
}
