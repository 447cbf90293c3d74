"""Estonian phrase bank (et_EE). {v} nominative value, {v:case} a declined form; {x} look-alike."""

from .twentyfifth_core import lines

OPEN = {
    "anniversary": lines("""
        Kümme aastat tagasi astusin siia kontorisse, tundmata mitte kedagi.
        Täna on minu tööjuubel ja tunnen suurt tänulikkust.
        Veel üks aasta samas meeskonnas ja ikka ei ole tüdinud.
        Aeg lendab, kui teed tööd, mis meeldib.
        Täna tähistame osakonnas ümmargust tööjuubelit.
        Võrgustik tuletas meelde mu tööaastapäeva, nii et väike tagasivaade.
        Tort, naljakad pildid ja mälestused: juubelinädal.
        Ei oleks iial arvanud, et jään siia nii kauaks.
        Kümme aastat koosolekuid, naeru ja jahtunud kohvi.
        Tahaks hetkeks peatuda ja tänada kõiki kolleege.
    """),
    "promotion": lines("""
        Hoidsin seda uudist paar nädalat enda teada.
        Mul on hea meel teatada, et alustan sel kuul uues rollis.
        Uus ametinimetus, sama laud, natuke rohkem koosolekuid.
        Õnnitleme kolleegi igati teenitud ametikõrgenduse puhul.
        Pärast pikka valikuprotsessi saan seda lõpuks valjusti öelda.
        Algab uus peatükk, ilma et peaks majast lahkuma.
        Alates järgmisest kuust juhin piirkonna meeskonda.
        Uhkusehetk kogu osakonnale.
        Täna hommikul kuulutati välja edutamised ja terve korrus rõõmustab.
        Aitäh usalduse eest, ootan juba alustamist.
    """),
    "farewell": lines("""
        Pärast paljusid häid aastaid on täna minu viimane päev siin.
        Hüvastijätud ei ole minu tugevus, seega jään lühikeseks.
        Pikaaegne kolleeg läheb väljateenitud puhkusele.
        Sel nädalal jätame hüvasti tõelise legendiga.
        Mõned sõnad meie töökoja juhatajale, kes läheb pensionile.
        Lahkumispidu on reedel, kõik on oodatud.
        Teiega koos töötada oli au.
        Lahkuda on kurb, aga ees ootab uus seiklus.
        Mõned inimesed muudavad töökohta juba oma kohalolekuga.
        Saadame pensionile ja öelda on nii palju.
    """),
    "alumni": lines("""
        Endised kursusekaaslased, kokkutuleku kuupäev on lõpuks paigas.
        Uudised vilistlaste võrgustikust.
        Kakskümmend aastat pärast lõpetamist saame taas kokku.
        Kutsume vana lennu veel üheks õhtuks kokku.
        Vilistlasõhtu korraldamiseks otsime vabatahtlikke.
        Kui õppisite koos meiega, on see postitus teile.
        Vilistlaskogu korraldab taas iga-aastase õhtusöögi.
        Vanad sõbrad, uued tööd, samad naljad.
        Lend tuleb kokku, kaaslased on oodatud.
        Diplom on juba vanavõitu, sõprus mitte.
    """),
    "sports": lines("""
        Jooksuklubi koguneb pärast talvepausi taas pühapäeva hommikuti.
        Heategevusjooksude hooaeg algab ja meie võistkond registreerub.
        Meie saalijalgpalli võistkonnal on puudu kaks mängijat.
        Tähelepanu, rattasõbrad: firma rattasõit on tagasi.
        Teatejooksu elasime üle ja kogusime rohkem, kui lootsime.
        Sõudeklubi uudised sel nädalal.
        Nädalavahetusel jookseme metsaradadel, algajad on oodatud.
        Aitäh kõigile, kes finišis kaasa elasid.
        Valmistume heategevusjooksuks lastehaigla toetuseks.
        Korvpallivõistkonnal on uus kapten.
    """),
    "fundraising": lines("""
        Kogume taas toitu toidupangale.
        Kogukonnaaed vajab laupäeval abikäsi.
        Meie meeskond kogub raha lasteosakonnale.
        Talvemantlite kogumine algab järgmisel nädalal.
        Annetuskampaania vahekokkuvõte ja suur aitäh kõigile.
        Korraldame loomade varjupaiga heaks koogimüügi.
        Heategevusliku mälumängu jaoks otsime vabatahtlikke.
        Raamatute kogumine koolikogule ületas ootusi.
        Väike palve: vajame autojuhte toidu kojuveoks.
        Meie kontor toetab rannakoristust.
    """),
    "mentoring": lines("""
        Meie mentorlusring võtab sel kuul vastu avaldusi.
        Mul on vedanud suurepäraste mentoritega, nüüd on minu kord.
        Peagi algab mentorprogrammi uus lend.
        Otsime mentoreid, kellel on kogemusi rahanduses või tegevusjuhtimises.
        Lühike kokkuvõte eilsest mentorlusõhtust.
        Kui oled karjääri alguses ja tunned, et oled kinni jäänud, on see ring sulle.
        Kolleegilt-kolleegile mentorlus tuleb tagasi, seekord väiksemates gruppides.
        Aitäh inimesele, kes aastaid tagasi minusse uskus.
        Naised inseneerias võrgustik kasvab.
        Vastupidine mentorlus: nooremad õpetavad vanemaid ja see toimib.
    """),
    "meetup": lines("""
        Järgmise nädala kohtumise logistika, palun lugege enne tulekut.
        Sel kuul korraldame tootekohtumise meie.
        Andmehommiku toimumiskoht muutub.
        Mõned praktilised detailid neljapäevase kogukonnaõhtu kohta.
        Esimene silmast silma kohtumine pärast kolimist, saal on peaaegu täis.
        Kvartali võrgustumisõhtu on kinnitatud, üksikasjad allpool.
        Disainikohtumine toimub teises saalis, kellaaeg sama.
        Info kõigile, kes tulevad häkatonile.
        Asutajate hommikusöök toimub taas.
        Avatud uste päevale saab juba registreeruda.
    """),
}

SLOT = {
    "EMAIL": lines("""
        Registreeruda saab e-kirjaga aadressil {v}.
        Küsimused palun saata aadressile {v}.
        Registreerumine e-posti teel {v}, mitte kommentaarides.
        Korraldajate kontakt: {v}
        Slaidiesitluse pildid saatke aadressile {v}.
        Andke osalemisest teada aadressil {v}.
        Kui vorm ei tööta, kirjutage otse {v}.
        Minu isiklik e-post on nüüd {v}.
    """),
    "PHONE": lines("""
        Kui hilinete, helistage {v}.
        Ürituse päeval olen kättesaadav numbril {v}.
        WhatsAppi grupiga liitumiseks kirjutage {v}.
        Koordinaator vastab numbril {v}.
        Kui ära eksite, helistage {v}, keegi tuleb vastu.
        Mob {v}
        Sõidujagamiseks saatke sõnum numbrile {v}.
        Tel {v}
    """),
    "URL": lines("""
        Annetuste leht on siin: {v}
        Registreerimise tabel asub aadressil {v}.
        Pikemalt kirjutasin sellest blogis: {v}
        Eelmise korra pildid: {v}
        Annetada saab läbi {v}.
        Võtame ühendust: {v}
    """),
    "IP": lines("""
        Ülekande seade on {v}, palun ärge seda välja tõmmake.
        Kui saali internet kaob, käib varuülekanne läbi {v}.
        Klubi vana server {v} lülitatakse välja.
        Registreerimisarvuti aadress on {v}, kui IT küsib.
        Mälumängu ajal logis keegi pidevalt sisse aadressilt {v}, tore katse.
    """),
    "CARD": lines("""
        Ettemaksu maksin kaardiga {v}, kas keegi saab kinnitada?
        Võistkonna osavõtutasu võtke kaardilt {v}.
        Saal broneeris summa kaardil {v}.
        Loosiauhinnad maksin kaardiga {v}.
        Kaart broneeringuks: {v}
    """),
    "IBAN": lines("""
        Osavõtutasu palun kanda kontole {v}, selgitusse nimi.
        Annetused saab kanda otse kontole {v}.
        Konto kingituse jaoks: {v}
        Kandke oma osa kingitusest kontole {v}.
        Pangarekvisiidid õhtusöögiks: {v}
        Klubi konto on {v}.
    """),
    "ID": lines("""
        Kindlustuse jaoks on vaja isikukoodi, see on {v}.
        Vabatahtliku ankeeti kirjutasin {v}, kas vorming on õige?
        {v} on kood, mis neil minu ankeedis on.
        Minu isikukood {v}.
        Alguses vorm ei võtnud {v} vastu.
        Sisestasin {v}, eks näis.
    """),
    "PERSON": lines("""
        Eriline tänu {v:all}, kes terve nädalavahetuse bussi juhtis.
        Minu esimene ülemus {v} õpetas mind enne kuulama kui rääkima.
        Paar sõna ütleb {v} hospiitsist.
        Meiega liitub ka {v}, kes aastaid noori treenis.
        Mäletan siiani, kuidas {v} mulle esimest auditit selgitas.
        Karikas kannab {v:gen} nime.
        Fotod: {v}.
        Medalid annab üle {v}.
        Täname {v:part} toidupangast.
        Külalisesinejaks on {v}, pensionil koolijuht.
        Rääkisin eile {v:com} ja ta toetab ideed.
    """),
    "MEMBER": lines("""
        Palju õnne, {v}!
        Suur aitäh {v:all} korraldamise eest!
        {v} pakkus lahkelt, et võib meid võõrustada.
        {v:gen} abita poleks me hakkama saanud.
        Soojenduse teeb {v}, ärge hilinege.
        Tere tulemast mentorlusringi, {v}!
        Küsige sõidujagamise kohta {v:abl}.
        Tänan {v:part} soojade sõnade eest.
        {v} jooksis isikliku rekordi, tubli!
        Koos {v:com} panime selle ürituse kokku.
        {v:gen} kõne ajas kõik naerma.
        Oleme {v:ela} väga uhked!
        Kogu info on {v:ade}.
        Õnnitleme {v:part} ametikõrgenduse puhul!
    """),
    "ADDRESS": lines("""
        Kohtume aadressil {v}, rattahoidla juures.
        Koht: {v}
        Annetusi saab tuua aadressile {v}.
        Pidu on minu juures, {v}, alates seitsmest.
        Kaart saatke aadressile {v}, ma annan edasi.
        Start on hoone {v} ees.
        Kontori uus aadress: {v}
    """),
}

LOOK = {
    "ORDER": lines("""
        Medalid on tellimuses {x}.
        Särkide tellimus nr {x} on juba teele pandud.
    """),
    "INVOICE": lines("""
        Toitlustuse arve {x} on makstud.
        Arve nr {x} katab saali rendi.
    """),
    "TICKET": lines("""
        Minu pileti number on {x}.
        Teatasime saali haldusele, pöördumine {x}.
    """),
    "TRACKING": lines("""
        Saadetis {x}, plakatid on teel.
        Karikatega paki jälgimisnumber on {x}.
    """),
    "PRICE": lines("""
        Sissepääs {x} inimese kohta, lastele tasuta.
        Pilet maksab {x}, jook hinna sees.
        Lõpuks kogusime {x}!
    """),
    "DATE": lines("""
        Pange kalendrisse: {x}.
        Registreerimine kuni {x}.
    """),
    "TIME": lines("""
        Uksed avatakse kell {x}.
        Soojendus täpselt kell {x}.
    """),
    "VERSION": lines("""
        Klubi äpp on juba versioonil {x}.
        Enne pühapäeva uuendage versioonile {x}.
    """),
    "ISBN": lines("""
        Kuu raamat: ISBN {x}.
        Praegu loeme ISBN {x}.
    """),
    "FLIGHT": lines("""
        Maandun lennuga {x}, võin veidi hilineda.
        Mitmed meist lendavad sama {x} lennuga.
    """),
    "ROOM": lines("""
        Meil on ruum {x} teisel korrusel.
        Töötoad toimuvad auditooriumis {x}.
    """),
    "MEASURE": lines("""
        Rada on {x} ühe salakavala tõusuga.
        Võtke kaasa vähemalt {x} vett.
    """),
    "PERCENT": lines("""
        Registreerumisi on {x} rohkem kui mullu.
        {x} tulust läheb varjupaigale.
    """),
    "REF": lines("""
        Maksmisel märkige viitenumber {x}.
        Broneeringu kood: {x}
    """),
    "COMPANY": lines("""
        Lõunat toetab {x}.
        Särgid kinkis {x}.
    """),
    "LANDMARK": lines("""
        Finiš on {x} lähedal.
        Marsruut möödub {x} eest.
    """),
}

MID = lines("""
    Tulge koos sõpradega, mida rohkem, seda uhkem.
    Riietus vaba, spordijalatsid sobivad.
    Süüa on, ka taimetoitu.
    Kirjutage kommentaaridesse, kas tulete.
    Pildid jagame hiljem.
    Kogemust pole vaja, ainult tahtmist.
    Parkimiskohti on vähe, sõitke koos.
    Lapsed ja rihma otsas koerad on oodatud.
    See oli imeline teekond ja õppisin nii palju.
    Aitäh iga pika õhtu ja iga naeru eest.
    Kohv on endiselt halb, mõned asjad ei muutu.
    Ausalt öeldes jäin siia inimeste pärast.
    Jagage neile, keda see võiks huvitada.
    Ettevalmistuseks on puudu veel paar vabatahtlikku.
    Kui tulla ei saa, on ka annetus väga oodatud.
    Kohtade arv on piiratud, registreeruge varakult.
    Ruumid on ratastooliga ligipääsetavad, olemas on vaikne nurk.
    Võtke kaasa oma tass.
    Jookseme iga ilmaga.
    Lühike kõne ja pikk lõuna.
    Eelmisel korral meeldis väga, seega kordame.
    Korraldajad panid sellesse palju tööd.
    Mentiid, võtke kaasa oma eesmärkide leht.
    Hilinejad võivad istuda tagaridadesse.
    Pärast sissejuhatust jagame end väikestesse gruppidesse.
    Iga panus loeb.
    Ma ei nuta, see olete teie.
    Tort on tellitud, võitis šokolaad.
    Viimasena registreerunud pesevad nõusid.
    Salvestus jagatakse liikmetega.
    Esimesel ettekandel juhatusele värisesid mu käed.
    Kõik, mida eelarvetest tean, õppisin selles aknata kabinetis.
    Meie värske pensionär lubas aiast e-kirju mitte lugeda.
    Vilistlaste õhtusöök müüdi läbi kiiremini kui kontsert.
    Mentorlus on tegelikult kuulamine, märkmik lahti.
    Grupp alustas kolme inimese ja tahvliga.
    Mullu muutus rada mudavanniks ja meile meeldis.
    Pool meeskonnast polnud varem kunagi jooksnud.
    Kui on, kandke klubi värve.
    Pealtvaatajad on oodatud jõe äärde.
    Lühikesed ettekanded ja pikad vestlused.
    Varjupaik ütleb, et sel talvel loeb iga tekk.
    Leiukastis on ikka veel eelmisest korrast jope.
    Uus formaat: vähem slaide, rohkem küsimusi.
    Mõned vanad sõbrad tulevad lausa välismaalt.
    Selle töö ilusaim osa oli näha, kuidas nooremad minust mööda lähevad.
    Rahulik tempo, kedagi maha ei jäeta.
    Kohv ja saiakesed naaberpagariärist.
    Tõstame klaasi nende terviseks, kes tulla ei saa.
    Püüan mitte liiga pikalt rääkida.
""")

CLOSE = lines("""
    Kohtumiseni!
    Aitäh kõigile.
    Edasi!
    Terviseks!
    Ootan väga.
    Loodan näha palju tuttavaid nägusid.
    Uue peatüki poole.
    Küsimuste korral kirjutage.
    Andke teistelegi teada!
    Tänulikult.
    Olgu see tore päev.
    Rohkem uudiseid peagi.
    Aitäh, et lugesite.
    Kõik on oodatud.
    Kohtume stardis.
    Hoidke ennast.
    Järgmise korrani.
    Hea meeskond!
    Iga pisiasi aitab.
    Hoiame ühendust.
    Küsimused kommentaaridesse.
    Kallistused kõigile.
    Mõnusat nädalavahetust!
    Peatse kohtumiseni.
    Aitäh, et olete olemas.
""")

for _g, _s in zip(OPEN, [
        "Kümme aastat, kolm kolimist, üks meeskond: aeg öelda aitäh.",
        "Mõnikord tuleb edutamine just siis, kui seda ei oota.",
        "Täna jätame hüvasti, ja muusikaga.",
        "Endiste kolleegide lõunal on lõpuks kuupäev.",
        "Kes jookseb kaasa? Linnajooksule otsitakse veel teatevõistkondi.",
        "Kuu lõpuni kogume hügieenitarbeid turvakodule.",
        "Otsime mentorpaare, tähtaeg läheneb.",
        "Oluline kõigile, kes tulevad kolmapäevasele kohtumisele.",
        ], strict=True):
    OPEN[_g].append(_s)
SLOT["MEMBER"] += ["Tore, et {v} on jälle meiega.", "Müts maha {v:gen} ees!",
                   "{v} toob tordi, teised joogid."]
SLOT["PERSON"] += ["Kõne peab {v} ametiühingust.", "Jooksugrupi asutas omal ajal {v}."]
SLOT["EMAIL"] += ["Küsimused kohale jõudmise kohta: {v}"]
SLOT["PHONE"] += ["Hädaabinumber ürituse päeval: {v}"]
SLOT["ADDRESS"] += ["Kolisime, nüüdsest: {v}"]
SLOT["ID"] += ["Kood seltsi ankeedi jaoks: {v}", "{v}, kui kellelgi veel vaja on."]
MID += lines("""
    Soovijad saavad pärast kohvikusse edasi minna.
    Kohale on mugav sõita trammiga.
    Üritus on tasuta, annetused on oodatud.
    Lastele on hoid olemas.
    Andke palun teada, kui siiski tulla ei saa.
    Toole on, aga mitte palju.
    Kava saadame õigel ajal.
    Esimest korda tulijad võetakse soojalt vastu.
    Alustame täpselt, parem tulla veidi varem.
    Eelmisel korral oli meeleolu ületamatu.
    Iga abikäsi on oodatud.
    Tuleb rahulik õhtu ilma slaidideta.
    Ärge unustage spordiriideid.
    Kogu tulu läheb heale eesmärgile.
    Vihma korral kolime spordisaali.
    Sellelt meeskonnalt olen nii palju õppinud.
    Tänukirjad antakse üle kohapeal.
    Kõiki vabatahtlikke ootab väike üllatus.
    Kingitusi pole vaja, parem annetage.
    Registreerumine ei kohusta millekski.
""")
CLOSE += ["Järgmise nädalani!", "Loodame teie peale.", "Parimate soovidega.", "Head üritust!"]
