"""Latvian phrase bank (lv_LV). {v} nominative value, {v:case} a declined form; {x} look-alike."""

from .twentyfifth_core import lines

OPEN = {
    "anniversary": lines("""
        Pirms desmit gadiem ienācu šajā birojā, nevienu nepazīstot.
        Šodien mana darba jubileja, un jūtos ļoti pateicīgs.
        Vēl viens gads tajā pašā komandā, un joprojām nav apnicis.
        Laiks skrien ātri, ja dari to, kas patīk.
        Šodien nodaļā svinam apaļu darba jubileju.
        Tīkls atgādina par manu darba gadadienu, tāpēc īss atskats.
        Torte, smieklīgas bildes un atmiņas: jubilejas nedēļa.
        Nekad nedomāju, ka šeit palikšu tik ilgi.
        Desmit gadi sapulču, smieklu un atdzisušas kafijas.
        Gribas apstāties un pateikt paldies visiem kolēģiem.
    """),
    "promotion": lines("""
        Dažas nedēļas glabāju šo ziņu pie sevis.
        Priecājos pastāstīt, ka šomēnes sāku jaunā amatā.
        Jauns amats, tas pats galds, nedaudz vairāk sapulču.
        Sveicam kolēģi ar pelnītu paaugstinājumu.
        Pēc garas atlases beidzot varu to pateikt skaļi.
        Sākas jauna nodaļa, pat neizejot no ēkas.
        No nākamā mēneša vadīšu reģiona komandu.
        Lepnuma brīdis visai nodaļai.
        Šorīt paziņoja paaugstinājumus, un viss stāvs gavilē.
        Paldies par uzticību, nevaru sagaidīt, kad sākšu.
    """),
    "farewell": lines("""
        Pēc daudziem labiem gadiem šodien ir mana pēdējā diena šeit.
        Atvadas man nepadodas, tāpēc būšu īss.
        Ilggadēja kolēģe dodas pelnītā atpūtā.
        Šonedēļ atvadāmies no īstas mūsu uzņēmuma leģendas.
        Daži vārdi mūsu darbnīcas vadītājam, kurš dodas pensijā.
        Atvadu ballīte piektdien, aicināti visi.
        Bija gods strādāt kopā ar jums.
        Aiziet ir skumji, bet gaida jauns piedzīvojums.
        Daži cilvēki maina darbavietu jau ar savu klātbūtni vien.
        Pavadām pensijā, un gribas pateikt tik daudz.
    """),
    "alumni": lines("""
        Bijušie kursabiedri, salidojuma datums beidzot ir zināms.
        Jaunumi no absolventu tīkla.
        Divdesmit gadus pēc izlaiduma atkal satiekamies.
        Aicinām veco kursu vēl uz vienu vakaru.
        Absolventu vakara rīkošanai meklējam brīvprātīgos.
        Ja studējāt kopā ar mums, šis ieraksts ir jums.
        Absolventu biedrība atkal rīko ikgadējās vakariņas.
        Veci draugi, jauni darbi, tie paši joki.
        Kurss pulcējas, otrās pusītes gaidītas.
        Diploms jau vecs, draudzība gan ne.
    """),
    "sports": lines("""
        Skriešanas klubs pēc ziemas pauzes atkal tiekas svētdienu rītos.
        Sākas labdarības skrējienu sezona, un mūsu komanda piesakās.
        Mūsu telpu futbola komandai trūkst divu spēlētāju.
        Uzmanību, riteņbraucēji: uzņēmuma velobrauciens atgriežas.
        Stafeti izturējām un savācām vairāk, nekā cerējām.
        Airēšanas kluba jaunumi šonedēļ.
        Nedēļas nogalē skrienam pa meža takām, iesācēji gaidīti.
        Paldies visiem, kas atbalstīja pie finiša.
        Gatavojamies labdarības skrējienam bērnu slimnīcas atbalstam.
        Basketbola komandai ir jauns kapteinis.
    """),
    "fundraising": lines("""
        Atkal vācam pārtiku pārtikas bankai.
        Kopienas dārzam sestdien vajag palīgus.
        Mūsu komanda vāc līdzekļus bērnu nodaļai.
        Ziemas mēteļu vākšana sāksies nākamnedēļ.
        Ziedojumu vākšanas jaunumi un liels paldies visiem.
        Rīkojam kūku tirdziņu dzīvnieku patversmei.
        Labdarības erudīcijas vakaram meklējam brīvprātīgos.
        Grāmatu vākšana skolas bibliotēkai pārspēja cerības.
        Neliels lūgums: vajag šoferus pusdienu piegādei.
        Mūsu birojs atbalsta pludmales sakopšanas talku.
    """),
    "mentoring": lines("""
        Mūsu mentoringa loks šomēnes pieņem pieteikumus.
        Man ir paveicies ar lieliskiem mentoriem, tagad mana kārta.
        Drīz sāksies jauns mentoringa programmas posms.
        Meklējam mentorus ar pieredzi finansēs vai operācijās.
        Īss atskats uz vakardienas mentoringa tikšanos.
        Ja esat karjeras sākumā un jūtaties iestrēguši, šis loks ir jums.
        Atgriežas kolēģu mentorings, šoreiz mazākās grupās.
        Paldies cilvēkam, kurš pirms daudziem gadiem man noticēja.
        Sieviešu inženierijā tīkls turpina augt.
        Apgrieztais mentorings: jaunākie māca vecākos, un tas strādā.
    """),
    "meetup": lines("""
        Nākamās nedēļas tikšanās loģistika, lūdzu izlasiet pirms ierašanās.
        Šomēnes produktu tikšanos rīkojam mēs.
        Datu brokastis maina norises vietu.
        Dažas praktiskas detaļas par ceturtdienas kopienas vakaru.
        Pirmā klātienes tikšanās pēc pārcelšanās, zāle jau gandrīz pilna.
        Ceturkšņa kontaktu vakars apstiprināts, sīkāk zemāk.
        Dizaina tikšanās notiks citā zālē, laiks tas pats.
        Informācija visiem, kas nāk uz hakatonu.
        Atkal notiek dibinātāju brokastis.
        Atvērta reģistrācija atvērto durvju dienai.
    """),
}

SLOT = {
    "EMAIL": lines("""
        Pieteikties var, rakstot uz {v}.
        Jautājumus sūtiet uz {v}.
        Pieteikumi e-pastā {v}, ne komentāros.
        Organizatoru kontakts: {v}
        Bildes slaidrādei sūtiet uz {v}.
        Par dalību paziņojiet uz {v}.
        Ja forma nestrādā, rakstiet tieši uz {v}.
        Mans personīgais e-pasts tagad ir {v}.
    """),
    "PHONE": lines("""
        Ja kavējaties, zvaniet {v}.
        Pasākuma dienā būšu sazvanāms pa {v}.
        Lai pievienotos WhatsApp grupai, rakstiet uz {v}.
        Koordinatore atbild pa tālruni {v}.
        Ja apmaldāties, zvaniet {v}, kāds jūs sagaidīs.
        Mob. {v}
        Par kopbraucienu uzrakstiet īsziņu uz {v}.
        Tālr. {v}
    """),
    "URL": lines("""
        Ziedojumu lapa ir šeit: {v}
        Pieteikšanās tabula atrodama {v}.
        Garāk par to uzrakstīju blogā: {v}
        Iepriekšējās reizes bildes: {v}
        Ziedot varat caur {v}.
        Sazināsimies: {v}
    """),
    "IP": lines("""
        Translācijas iekārta ir {v}, lūdzu neatvienot.
        Ja zāles internets pazūd, rezerves translācija iet caur {v}.
        Vecais kluba serveris {v} tiks izslēgts.
        Reģistrācijas datora adrese ir {v}, ja IT jautās.
        Erudīcijas spēles laikā kāds visu laiku pieslēdzās no {v}, jauks mēģinājums.
    """),
    "CARD": lines("""
        Avansu samaksāju ar karti {v}, vai kāds var apstiprināt?
        Komandas dalības maksu noņemiet no {v}.
        Zāle rezervēja summu kartē {v}.
        Loterijas balvas apmaksāju ar karti {v}.
        Karte rezervācijai: {v}
    """),
    "IBAN": lines("""
        Dalības maksu pārskaitiet uz {v}, mērķī norādiet vārdu.
        Ziedojumus var pārskaitīt tieši uz kontu {v}.
        Konts dāvanai: {v}
        Savu daļu dāvanai pārskaitiet uz {v}.
        Bankas rekvizīti vakariņām: {v}
        Kluba konts ir {v}.
    """),
    "ID": lines("""
        Apdrošināšanai vajag personas kodu, tas ir {v}.
        Brīvprātīgā anketā ierakstīju {v}, vai formāts pareizs?
        {v} ir kods, kas viņiem ir manā anketā.
        Mans personas kods {v}.
        Sākumā forma nepieņēma {v}.
        Ievadīju {v}, redzēsim.
    """),
    "PERSON": lines("""
        Īpašs paldies {v:dat} par visu nedēļas nogali pie stūres.
        Pirmajā darbavietā {v} man iemācīja vispirms klausīties.
        Dažus vārdus teiks {v} no hospisa.
        Pie mums pievienosies arī {v} no jaunatnes sporta skolas.
        Joprojām atceros, kā {v} man skaidroja pirmo auditu.
        Kauss nosaukts {v:gen} vārdā.
        Foto: {v}.
        Medaļas pasniegs {v}.
        Pateicamies {v:dat} no pārtikas bankas.
        Ar priekšlasījumu uzstāsies {v}.
    """),
    "MEMBER": lines("""
        Apsveicam {v:acc} ar jubileju!
        Paldies {v:dat} par organizēšanu!
        {v} laipni piedāvāja mūs uzņemt.
        Bez {v:gen} mēs to nebūtu paveikuši.
        Iesildīšanos vadīs {v}, nekavējiet.
        Laipni lūgti mentoringa lokā, {v}!
        Par kopbraucienu jautājiet {v:dat}.
        Pateicos {v:dat} par siltajiem vārdiem.
        {v} uzstādīja personīgo rekordu, lieliski!
        Kopā ar {v:acc} gatavojām šo pasākumu.
        {v:gen} runa visus sasmīdināja.
        Lepojamies ar {v:acc}!
        Visu informāciju jautājiet pie {v:gen}.
        Pelnīti, {v}!
    """),
    "ADDRESS": lines("""
        Tiekamies {v:loc}, pie velonovietnes.
        Vieta: {v}
        Ziedojumus var atnest uz {v}.
        Ballīte pie manis, {v}, no septiņiem.
        Kartīti sūtiet uz adresi {v}, es nodošu.
        Starts pie ēkas {v}.
        Jaunā biroja adrese: {v}
    """),
}

LOOK = {
    "ORDER": lines("""
        Medaļas ir pasūtījumā {x}.
        Krekliņu pasūtījums Nr. {x} jau nosūtīts.
    """),
    "INVOICE": lines("""
        Ēdināšanas rēķins {x} ir apmaksāts.
        Rēķins Nr. {x} sedz zāles īri.
    """),
    "TICKET": lines("""
        Manas biļetes numurs ir {x}.
        Zāles administrācijai ziņojām, pieteikums {x}.
    """),
    "TRACKING": lines("""
        Sūtījums {x}, plakāti jau ceļā.
        Paciņas ar kausiem izsekošanas numurs ir {x}.
    """),
    "PRICE": lines("""
        Ieeja {x} personai, bērniem bez maksas.
        Biļete maksā {x}, dzēriens iekļauts.
        Beigās savācām {x}!
    """),
    "DATE": lines("""
        Ierakstiet kalendārā: {x}.
        Pieteikšanās līdz {x}.
    """),
    "TIME": lines("""
        Durvis atveras {x}.
        Iesildīšanās precīzi {x}.
    """),
    "VERSION": lines("""
        Kluba lietotne jau ir versijā {x}.
        Pirms svētdienas atjauniniet uz {x}.
    """),
    "ISBN": lines("""
        Mēneša grāmata: ISBN {x}.
        Pašlaik lasām ISBN {x}.
    """),
    "FLIGHT": lines("""
        Nolaižos ar reisu {x}, varu mazliet kavēties.
        Vairāki lidojam ar to pašu {x}.
    """),
    "ROOM": lines("""
        Mums ir telpa {x} otrajā stāvā.
        Darbnīcas notiks auditorijā {x}.
    """),
    "MEASURE": lines("""
        Trase ir {x} ar vienu viltīgu kāpumu.
        Paņemiet līdzi vismaz {x} ūdens.
    """),
    "PERCENT": lines("""
        Pieteikumu ir par {x} vairāk nekā pērn.
        {x} ieņēmumu tiek patversmei.
    """),
    "REF": lines("""
        Maksājot norādiet kodu {x}.
        Rezervācijas kods: {x}
    """),
    "COMPANY": lines("""
        Pusdienas sponsorē {x}.
        Kreklus uzdāvināja {x}.
    """),
    "LANDMARK": lines("""
        Finišs ir netālu no {x}.
        Starts pie {x}.
    """),
}

MID = lines("""
    Nāciet ar draugiem, jo vairāk, jo jautrāk.
    Apģērbs brīvs, sporta apavi der.
    Būs ēdiens, arī veģetārie ēdieni.
    Komentāros uzrakstiet, vai nāksiet.
    Bildes publicēsim vēlāk.
    Pieredze nav vajadzīga, tikai vēlme.
    Stāvvietu maz, brauciet kopā.
    Bērni un suņi pie pavadas gaidīti.
    Tas bija brīnišķīgs ceļš, tik daudz iemācījos.
    Paldies par katru garo vakaru un katriem smiekliem.
    Kafija joprojām ir slikta, dažas lietas nemainās.
    Godīgi sakot, palieku šeit cilvēku dēļ.
    Padalieties ar tiem, kam tas varētu interesēt.
    Sagatavošanai vēl trūkst pāris brīvprātīgo.
    Ja nevarat atnākt, arī ziedojums ir ļoti gaidīts.
    Vietu skaits ierobežots, piesakieties laicīgi.
    Telpas ir pieejamas ratiņkrēslā, ir kluss stūrītis.
    Paņemiet līdzi savu krūzi.
    Skrienam jebkuros laikapstākļos.
    Īsa runa un garas pusdienas.
    Iepriekšējā reizē ļoti patika, tāpēc atkārtojam.
    Organizatori ieguldīja milzu darbu.
    Mentorējamie, paņemiet līdzi mērķu lapu.
    Kavētāji var apsēsties aizmugurē.
    Pēc ievada sadalīsimies mazās grupās.
    Katrs ieguldījums ir svarīgs.
    Es neraudu, tie esat jūs.
    Torte pasūtīta, uzvarēja šokolādes.
    Pēdējie pieteikušies mazgās traukus.
    Ieraksts būs pieejams biedriem.
    Pirmajā prezentācijā valdei man trīcēja rokas.
    Visu par budžetiem iemācījos tajā kabinetā bez logiem.
    Mūsu pensionāre apsolīja nelasīt e-pastus no dārza.
    Absolventu vakariņas izpārdotas ātrāk nekā koncerts.
    Mentorings būtībā ir klausīšanās ar atvērtu piezīmju grāmatiņu.
    Grupa sākās ar trim cilvēkiem un tāfeli.
    Pērn trase pārvērtās dubļu vannā, un mums patika.
    Puse komandas iepriekš nekad nebija skrējusi.
    Ja ir, uzvelciet kluba krāsas.
    Skatītāji gaidīti gar upes krastmalu.
    Īsas runas un gari sarunu vakari.
    Patversme saka, ka šoziem svarīga ir katra sega.
    Atradumu kastē joprojām ir jaka no pagājušās reizes.
    Jauns formāts: mazāk slaidu, vairāk jautājumu.
    Daži vecie draugi ierodas pat no ārzemēm.
    Skaistākais šajā darbā bija redzēt, kā jaunākie mani apsteidz.
    Mierīgs temps, neviens netiek atstāts.
    Kafija un smalkmaizītes no blakus esošās maiznīcas.
    Pacelsim glāzi par tiem, kas nevar atnākt.
    Centīšos nerunāt pārāk ilgi.
""")

CLOSE = lines("""
    Uz tikšanos!
    Paldies visiem.
    Uz priekšu!
    Priekā!
    Ļoti gaidu.
    Ceru redzēt daudz pazīstamu seju.
    Par jaunu nodaļu.
    Ja rodas jautājumi, rakstiet.
    Pastāstiet citiem!
    Ar pateicību.
    Lai izdodas lieliska diena.
    Vairāk jaunumu drīzumā.
    Paldies, ka izlasījāt.
    Gaidīti visi.
    Tiekamies startā.
    Sargājiet sevi.
    Līdz nākamajai reizei.
    Uz priekšu, komanda!
    Katrs sīkums palīdz.
    Paliksim sazināti.
    Jautājumus rakstiet komentāros.
    Apskāvieni visiem.
    Jauku nedēļas nogali!
    Līdz drīzai tikšanās reizei.
    Paldies, ka esat.
""")

for _g, _s in zip(OPEN, [
        "Desmit gadi, trīs pārcelšanās, viena komanda: laiks pateikt paldies.",
        "Dažreiz paaugstinājums pienāk tieši tad, kad to negaidi.",
        "Šodien atvadāmies, un ar mūziku.",
        "Bijušo kolēģu pusdienām beidzot ir datums.",
        "Kas skrien līdzi? Pilsētas skrējienam vēl vajag stafetes komandas.",
        "Līdz mēneša beigām vācam higiēnas preces krīzes centram.",
        "Meklējam mentoringa pārus, termiņš tuvojas.",
        "Svarīgi visiem, kas nāk uz trešdienas tikšanos.",
        ], strict=True):
    OPEN[_g].append(_s)
SLOT["MEMBER"] += ["Prieks, ka {v} atkal ir ar mums.", "Cepuri nost {v:gen} priekšā!",
                   "{v} atnesīs torti, pārējie dzērienus."]
SLOT["PERSON"] += ["Runu teiks {v} no arodbiedrības.", "Skriešanas grupu savulaik nodibināja {v}."]
SLOT["EMAIL"] += ["Jautājumi par nokļūšanu: {v}"]
SLOT["PHONE"] += ["Ārkārtas numurs pasākuma dienā: {v}"]
SLOT["ADDRESS"] += ["Esam pārcēlušies, turpmāk: {v}"]
SLOT["ID"] += ["Kods biedrības anketai: {v}", "{v}, ja kādam vēl vajag."]
MID += lines("""
    Kas vēlas, pēc tam var palikt kafejnīcā.
    Uz norises vietu ērti nokļūt ar tramvaju.
    Pasākums ir bez maksas, ziedojumi gaidīti.
    Būs bērnu pieskatīšana.
    Lūdzu paziņojiet, ja tomēr nevarat ierasties.
    Krēsli ir, bet ne pārāk daudz.
    Programmu atsūtīsim laicīgi.
    Pirmo reizi atnākušie tiks sirsnīgi sagaidīti.
    Sākam laicīgi, tāpēc labāk ierasties agrāk.
    Iepriekšējā reizē noskaņojums bija nepārspējams.
    Jebkura palīdzība ir gaidīta.
    Būs mierīgs vakars bez slaidiem.
    Neaizmirstiet sporta tērpu.
    Visi savāktie līdzekļi tiek labam mērķim.
    Ja līs, pārcelsimies uz sporta zāli.
    No šīs komandas esmu tik daudz iemācījies.
    Pateicības raksti tiks pasniegti uz vietas.
    Visus brīvprātīgos gaida neliels pārsteigums.
    Nekādu dāvanu, labāk ziedojums.
    Pieteikšanās ne pie kā nesaista.
""")
CLOSE += ["Līdz nākamajai nedēļai!", "Rēķināmies ar jums.", "Ar cieņu.", "Lai jauks pasākums!"]
