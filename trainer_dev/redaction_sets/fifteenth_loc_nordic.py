"""Danish and Norwegian locales of the fifteenth set (da_DK, nb_NO), written by hand."""

from __future__ import annotations

from . import fifteenth_num as num


def _da_ids(rng, person):
    v = num.dk_cpr(rng)
    form = rng.choice(["dashed", "dashed", "compact"])
    return form, f"{v[:6]}-{v[6:]}" if form == "dashed" else v


def _nb_ids(rng, person):
    v = num.no_fnr(rng)
    form = rng.choice(["compact", "compact", "spaced"])
    return form, f"{v[:6]} {v[6:]}" if form == "spaced" else v


DA_DK = dict(
    code="da_DK", cc="DK", region="DK", intl="45", iban_cc=["DK"], tld="dk",
    titles=["hr.", "fru", "dr."],
    given="William Noah Oscar Lucas Carl Victor Magnus Frederik Emma Ida Clara Freja Alma "
          "Sofie Agnes Ellen Mette Susanne Hanne Lars Jens Søren Henrik Niels Ahmad Fatima "
          "Mehmet Zainab Aisha Omar Kasper Mikkel Signe Line Bjørn Astrid Jonas Maja",
    surnames="Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, "
             "Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Christiansen, "
             "Poulsen, Johansen, Møller, Mortensen, Knudsen, Jakobsen, Mikkelsen, Østergaard, "
             "Lund, Holm, Eriksen, Bach, Kjær, Dahl, Skov, Nørgaard, Yilmaz, Hussein, Nguyen, "
             "Kowalski, Abdi, Frederiksen",
    email_domains=["gmail.com", "hotmail.com", "outlook.dk", "live.dk", "mail.dk", "yahoo.dk"],
    trades=["vvs", "lektiehjaelp", "rengoring", "toemrer", "kager", "foto"],
    streets=[("Nørrebrogade", "Nørrebrog."), ("Vesterbrogade", "Vesterbrog."),
             ("Jægersborggade", "Jægersborgg."), ("Strandvejen", "Strandvejen"),
             ("Søndergade", "Sønderg."), ("Bredgade", "Bredg."),
             ("Frederiksberg Allé", "Frederiksberg Allé"),
             ("H.C. Andersens Boulevard", "H.C. Andersens Blvd."), ("Skolevej", "Skolevej"),
             ("Kirkevej", "Kirkevej"), ("Møllevangen", "Møllevangen")],
    stop={"allé", "boulevard", "blvd", "plads"},
    towns=[("København N", ["2200"]), ("København Ø", ["2100"]), ("Frederiksberg C", ["1820"]),
           ("Aarhus C", ["8000"]), ("Odense C", ["5000"]), ("Aalborg", ["9000"]),
           ("Esbjerg", ["6700"]), ("Roskilde", ["4000"]), ("Vejle", ["7100"]),
           ("Valby", ["2500"])],
    addr={"full": ["{s} {no}, {pc} {town}", "{s} {no}, DK-{pc} {town}", "{s} {no} {pc} {town}"],
          "unit": ["{s} {no}, {u}, {pc} {town}", "{s} {no}, {u}"],
          "street": ["{s} {no}"]},
    units=["{f}. tv.", "{f}. th.", "st. tv.", "{f}. sal", "{f}. mf.", "kld."],
    phones=[(["20", "21", "22", "26", "28", "30", "31", "40", "41", "42", "50", "51", "52",
              "53", "60", "61", "71", "81", "91", "93"], 8,
             ["pairs=## ## ## ##", "intl=+45 ## ## ## ##", "quads=#### ####",
              "compact=########", "intl_c=+45########", "intl00=0045 ## ## ## ##"])],
    ids=_da_ids, cur=["{a} kr.", "{a} kr", "{a} DKK", "kr. {a}"], thou=".", dec=",",
    months=["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
            "september", "oktober", "november", "december"],
    datef=["{d}/{m}", "{d}/{m}-{y}", "{d}. {mon}", "{dd}.{mm}.{y}"],
    timef=["kl. {h}.{mm}", "{h}:{mm}", "{h}.{mm}"],
    measures=["{n} kg", "{n} m²", "{n} km", "{n} kvm"],
    plates=["LL DD DDD"], flights=["SK", "DY", "D8", "FR"],
    companys="DBA | Netto | Føtex | Bilka | PostNord | IKEA | Elgiganten",
    products="Thermomix | Bodum kaffepresser | Christiania-cykel | Kitchenaid røremaskine",
    places="H.C. Andersen Airport | Tycho Brahe Planetarium | Niels Bohr Instituttet | "
           "Dronning Louises Bro | Grundtvigs Kirke | Kongens Nytorv",
    genres={
        "classified": "Sælges: spisebord i massiv eg, skal afhentes. | Sælger min søns gamle "
                      "cykel, han er vokset fra den. | Pga. flytning sælges sofa, reol og "
                      "køleskab.",
        "rental": "Værelse ledigt i bofællesskab fra næste måned. | Lejlighed til leje, "
                  "umøbleret, fremvisning efter aftale.",
        "jobs": "Søger pålidelig rengøringshjælp et par timer om ugen. | Erfaren handyman "
                "tager mindre opgaver. | Vores café søger weekendhjælp!",
        "lost_found": "BORTLØBET: grå tigerstribet kat, meget sky, hedder Mis. | Fundet et "
                      "bundt nøgler på bænken ved legepladsen. | Mistet pung mellem stationen "
                      "og biblioteket, brunt læder.",
        "carpool": "Kører til Skagen lørdag, to ledige pladser. | Er der nogen der kører til "
                   "lufthavnen fredag tidligt? Vi deler benzinen.",
        "services": "Kan nogen anbefale en god elektriker? | Kæmpe tak til blikkenslageren der "
                    "fiksede vores fyr! | Lektiehjælp i matematik, alle klassetrin.",
        "notice": "Til alle beboere: vandet lukkes tirsdag formiddag. | Pakke afleveret hos en "
                  "nabo, hent den venligst. | Byggearbejde i gården fra næste uge, undskyld "
                  "larmen.",
        "club": "Løbeklubben starter op igen efter vinterpausen. | Sognet søger frivillige til "
                "fødevarebanken. | Skolefest lørdag, kage modtages gerne!",
        "review": "Kort anmeldelse af det nye værksted i centrum. | Ærlig feedback efter vores "
                  "nye køkken.",
        "rsvp": "Listen til gadefesten er åben! | Giv besked om I kommer til forældremødet.",
        "swap": "Gives væk: babytøj, mest pige. | Byttetråd: skriv hvad I har og hvad I "
                "mangler.",
    },
    phr={
        "EMAIL": "Billeder på mail: {v}. | Spørgsmål til {v}. | Kontakt: {v} | Skriv til mig på "
                 "{v}, jeg svarer om aftenen.",
        "PHONE": "Ring eller sms {v}. | WhatsApp {v} efter kl. seks. | Ring på {v} hvis I ser "
                 "ham! | Tlf.: {v} | Hans nummer er {v}, sig at I kommer fra os. | Kun sms: {v}",
        "URL": "Flere billeder på {v}. | Info og tilmelding: {v} | Tjek hans side {v}",
        "IP": "Kameraloggen viser et login fra {v}, er det nogen herfra? | Ejendommens wifi "
              "blokerer hele tiden {v}, kan administratoren åbne for den?",
        "CARD": "ADVARSEL: en falsk køber bad mig bekræfte kortet {v}. Det er svindel! | Nogen "
                "har ved en fejl skrevet deres kortnummer {v} i gruppen, slet det! | Send "
                "aldrig kortoplysninger som {v} til falske bude.",
        "IBAN": "Depositum indbetales på {v}. | Forudbetaling til {v}. | Overførsel til {v}, "
                "skriv jeres navn i teksten. | Konto til indsamlingen: {v}",
        "ID": "Fundet en pung med sundhedskort, CPR {v}. | Den falske udlejer vil have mit "
              "CPR-nummer {v} før fremvisningen, er det normalt? | På det fundne kort står der "
              "CPR-nr. {v}.",
        "PERSON": "Vores blikkenslager {v} var super, kan varmt anbefales. | Spørg efter {v} i "
                  "receptionen. | {v} fra kiosken samler ind. | Tusind tak til {v} der fandt "
                  "vores hund! | Lektiehjælperen {v} er meget tålmodig. | Pas på {v}, tog "
                  "depositummet og forsvandt.",
        "MEMBER": "{v} tager pavillonen med. | Tilmeldt indtil videre: {v}. | Tak {v} for at "
                  "arrangere! | Nøglen er hos {v}, her i gruppen. | {v} står for boden i år.",
        "ADDRESS": "Fremvisning: {v}. | Afhentning på {v}. | Mødested: {v}. | Aflever på {v}, "
                   "øverste ringeklokke. | Adresse: {v}",
    },
    la={
        "price": "Pris: {v}, kan forhandles. | Sælges for {v}. | {v}, fast pris.",
        "date": "Ledig fra {v}. | Vi ses {v}. | Fraflytning {v}.",
        "time": "Dørene åbner {v}. | Afhentning omkring {v}.",
        "hours": "Åbent man–fre {v}.",
        "order_no": "Ordre {v} kom i stykker. | (ordrenr. {v})",
        "tracking": "Trackingnummer: {v} | Pakken {v} står som leveret.",
        "model": "Model {v}, virker perfekt. | Det er en {v}.",
        "serial": "Serienummer {v} står på kvitteringen.",
        "isbn": "Lærebog ISBN {v}, næsten ny.",
        "dimension": "Mål: {v}. | Størrelse {v}.",
        "measure": "Vejer ca. {v}. | Cirka {v}.",
        "plate": "Nummerplade {v}. | Varevognen {v} spærrer indkørslen igen.",
        "bus": "Tag bus {v} til endestationen. | Linje {v} stopper lige udenfor.",
        "room": "Møde i lokale {v}. | Lokale {v} i medborgerhuset.",
        "version": "Firmware {v}. | app-version {v}",
        "flight": "Jeg lander med {v}, kan nogen hente mig?",
        "company": "Købt i {v}. | Billigere end i {v}.",
        "product": "Inklusiv {v}. | Byttes til {v}.",
        "place": "Tæt på {v}. | Overfor {v}.",
        "year": "Købt ny i {v}.",
        "invoice": "Faktura {v} vedhæftet.",
        "ticket": "Meldt til kommunen, sag {v}.",
    },
    closers="Tak! | Hilsen fra os. | Spørgsmål i PB. | Først til mølle. | God weekend alle "
            "sammen!",
    free="Kun afhentning. | Røgfrit hjem uden dyr. | Svarer på spørgsmål i kommentarerne. | "
         "Kontant eller MobilePay. | Del gerne. | Alle er velkomne. | Leder stadig, alle tips "
         "hjælper. | God stand, små ridser. | Opdaterer her. | Børn er meget velkomne.",
)

NB_NO = dict(
    code="nb_NO", cc="NO", region="NO", intl="47", iban_cc=["NO"], tld="no",
    titles=["herr", "fru", "dr."],
    given="Jakob Emil Noah Oliver Filip William Lucas Isak Nora Emma Ella Maja Olivia Sofie "
          "Ingrid Sara Kari Ole Lars Knut Bjørn Solveig Astrid Sigrid Mohammed Ali Amina "
          "Fatima Abdirahman Sunniva Tobias Marius Ingeborg Eirik Vegard Aleksander Hanna "
          "Agnieszka Piotr",
    surnames="Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, "
             "Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, "
             "Andreassen, Jacobsen, Dahl, Jørgensen, Halvorsen, Lund, Sørensen, Strand, Moen, "
             "Bakken, Solberg, Lie, Kristoffersen, Nygård, Ahmed, Hussain, Khan, Nowak, "
             "Mohamud, Tran, Ødegård, Bjørnstad",
    email_domains=["gmail.com", "hotmail.com", "online.no", "outlook.com", "yahoo.no",
                   "live.no"],
    trades=["rorlegger", "leksehjelp", "vask", "snekker", "kaker", "foto"],
    streets=[("Storgata", "Storg."), ("Thorvald Meyers gate", "Thorvald Meyers gt."),
             ("Markveien", "Markv."), ("Kirkeveien", "Kirkev."), ("Bogstadveien", "Bogstadv."),
             ("Trondheimsveien", "Trondheimsv."), ("Grønlandsleiret", "Grønlandsleiret"),
             ("Olav Kyrres gate", "Olav Kyrres gt."), ("Skolegata", "Skoleg."),
             ("Bjerregaards gate", "Bjerregaards gt.")],
    stop={"gate", "gt", "gata", "veien", "vei", "plass"},
    towns=[("Oslo", ["0155", "0553", "0557", "0562", "0187"]), ("Bergen", ["5003", "5015"]),
           ("Trondheim", ["7010", "7030"]), ("Stavanger", ["4006", "4012"]),
           ("Tromsø", ["9008"]), ("Drammen", ["3015"]), ("Kristiansand", ["4610"]),
           ("Fredrikstad", ["1606"])],
    addr={"full": ["{s} {no}, {pc} {town}", "{s} {no}, N-{pc} {town}", "{s} {no} {pc} {town}"],
          "unit": ["{s} {no}, {u}, {pc} {town}", "{s} {no} {u}"],
          "street": ["{s} {no}"]},
    units=["H0{f}0{f}", "leil. {n}", "{f}. etasje", "oppgang {l}"],
    phones=[(["4", "9"], 8, ["spaced=### ## ###", "intl=+47 ### ## ###", "pairs=## ## ## ##",
                             "compact=########", "intl00=0047 ########",
                             "intl_c=+47########"]),
            (["22", "23"], 8, ["pairs=## ## ## ##", "intl=+47 ## ## ## ##"])],
    ids=_nb_ids, cur=["{a} kr", "kr {a}", "{a},-", "{a} NOK"], thou=" ", dec=",",
    months=["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "desember"],
    datef=["{d}.{m}.", "{dd}.{mm}.{y}", "{d}. {mon}", "{d}.{m}.{y}"],
    timef=["kl. {h}.{mm}", "{h}:{mm}", "{h}.{mm}"],
    measures=["{n} kg", "{n} m²", "{n} km", "{n} kvm"],
    plates=["LL DDDDD", "EV DDDDD", "EB DDDDD"], flights=["SK", "DY", "WF", "DX"],
    companys="FINN.no | Rema 1000 | Kiwi | Posten | Elkjøp | Jernia | Vinmonopolet",
    products="Jøtul ovn | Thermomix | Bergans sekk | Tripp Trapp-stol",
    places="Munchmuseet | Vigelandsparken | Holbergs plass | Ole Bulls plass | Fridtjof "
           "Nansens plass | Grieghallen | Henrik Ibsens gate",
    genres={
        "classified": "Selges: spisebord i massiv eik, må hentes. | Selger sønnens gamle "
                      "sykkel, han har vokst ut av den. | Pga. flytting selges sofa, bokhylle "
                      "og kjøleskap.",
        "rental": "Ledig rom i kollektiv fra neste måned. | Leilighet til leie, umøblert, "
                  "visning etter avtale.",
        "jobs": "Søker pålitelig vaskehjelp noen timer i uka. | Erfaren altmuligmann tar "
                "småjobber. | Kafeen vår søker helgehjelp!",
        "lost_found": "SAVNET: grå stripete katt, veldig sky, heter Pusur. | Funnet et "
                      "nøkkelknippe på benken ved lekeplassen. | Mistet lommebok mellom "
                      "stasjonen og biblioteket, brunt skinn.",
        "carpool": "Kjører til hytta lørdag, to ledige plasser. | Noen som kjører til "
                   "Gardermoen fredag tidlig? Vi deler bensinen.",
        "services": "Kan noen anbefale en god elektriker? | Tusen takk til rørleggeren som "
                    "fikset varmtvannsberederen! | Leksehjelp i matte, alle trinn.",
        "notice": "Til alle beboere: vannet stenges tirsdag formiddag. | Pakke levert hos en "
                  "nabo, hent den gjerne. | Oppussing i bakgården fra neste uke, beklager "
                  "bråket.",
        "club": "Løpeklubben starter opp igjen etter vinterpausen. | Menigheten søker "
                "frivillige til matsentralen. | Vårfest på skolen lørdag, kakebidrag mottas "
                "med takk!",
        "review": "Kort omtale av det nye verkstedet i sentrum. | Ærlig tilbakemelding etter "
                  "kjøkkenoppussingen.",
        "rsvp": "Påmeldingslisten til dugnaden er åpen! | Gi beskjed om dere kommer på "
                "foreldremøtet.",
        "swap": "Gis bort: babyklær, mest jente. | Byttetråd: skriv hva dere har og hva dere "
                "trenger.",
    },
    phr={
        "EMAIL": "Bilder på e-post: {v}. | Spørsmål til {v}. | Kontakt: {v} | Send meg en "
                 "e-post på {v}, svarer på kvelden.",
        "PHONE": "Ring eller send sms til {v}. | WhatsApp {v} etter seks. | Ring {v} om dere "
                 "ser ham! | Tlf: {v} | Nummeret hans er {v}, si at dere kommer fra oss. | "
                 "Bare sms: {v}",
        "URL": "Flere bilder på {v}. | Info og påmelding: {v} | Sjekk siden hans {v}",
        "IP": "Kameraloggen viser innlogging fra {v}, er det noen her? | Borettslagets wifi "
              "blokkerer stadig {v}, kan styret åpne for den?",
        "CARD": "ADVARSEL: en falsk kjøper ba meg bekrefte kortet {v}. Det er svindel! | Noen "
                "har ved en feil lagt ut kortnummeret {v} i gruppa, slett det! | Send aldri "
                "kortopplysninger som {v} til falske bud.",
        "IBAN": "Depositum betales til {v}. | Forskudd til {v}. | Overføring til {v}, merk "
                "med navnet ditt. | Konto for innsamlingen: {v}",
        "ID": "Fant en lommebok med fødselsnummer {v} på et kort. | Den falske utleieren vil "
              "ha fødselsnummeret mitt ({v}) før visning, er det normalt? | På papiret som ble "
              "funnet står fødselsnr. {v}.",
        "PERSON": "Rørleggeren vår, {v}, var kjempeflink, anbefales. | Spør etter {v} i "
                  "resepsjonen. | {v} fra kiosken samler inn penger. | Tusen takk til {v} som "
                  "fant hunden vår! | Leksehjelperen {v} er veldig tålmodig. | Pass dere for "
                  "{v}, tok depositumet og forsvant.",
        "MEMBER": "{v} tar med partytelt. | Påmeldt så langt: {v}. | Takk {v} for at du "
                  "arrangerte! | Nøkkelen er hos {v}, her i gruppa. | {v} har ansvar for "
                  "standen i år.",
        "ADDRESS": "Visning: {v}. | Henting i {v}. | Oppmøte: {v}. | Lever i {v}, øverste "
                   "ringeklokke. | Adresse: {v}",
    },
    la={
        "price": "Pris: {v}, kan diskuteres. | Selges for {v}. | {v}, fast pris.",
        "date": "Ledig fra {v}. | Vi møtes {v}. | Flytter ut {v}.",
        "time": "Dørene åpner {v}. | Henting rundt {v}.",
        "hours": "Åpent man–fre {v}.",
        "order_no": "Ordre {v} kom i stykker. | (ordrenr. {v})",
        "tracking": "Sporingsnummer: {v} | Pakken {v} står som levert.",
        "model": "Modell {v}, virker perfekt. | Det er en {v}.",
        "serial": "Serienummer {v} står på kvitteringen.",
        "isbn": "Lærebok ISBN {v}, nesten ny.",
        "dimension": "Mål: {v}. | Størrelse {v}.",
        "measure": "Veier ca. {v}. | Omtrent {v}.",
        "plate": "Skilt {v}. | Varebilen {v} sperrer innkjørselen igjen.",
        "bus": "Ta buss {v} til endeholdeplassen. | Linje {v} stopper rett utenfor.",
        "room": "Møte på rom {v}. | Rom {v} på bydelshuset.",
        "version": "Fastvare {v}. | app-versjon {v}",
        "flight": "Jeg lander med {v}, kan noen hente meg?",
        "company": "Kjøpt på {v}. | Billigere enn på {v}.",
        "product": "Inkludert {v}. | Byttes mot {v}.",
        "place": "Nær {v}. | Rett overfor {v}.",
        "year": "Kjøpt ny i {v}.",
        "invoice": "Faktura {v} vedlagt.",
        "ticket": "Meldt til kommunen, sak {v}.",
    },
    closers="Takk! | Hilsen oss. | Spørsmål på PM. | Først til mølla. | God helg alle sammen!",
    free="Kun henting. | Røykfritt hjem uten dyr. | Svarer på spørsmål i kommentarfeltet. | "
         "Kontant eller Vipps. | Del gjerne. | Alle er velkomne. | Leter fortsatt, alle tips "
         "hjelper. | God stand, små riper. | Oppdaterer her. | Barn er hjertelig velkomne.",
)

LOCALES = [DA_DK, NB_NO]
