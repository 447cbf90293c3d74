"""Lithuanian phrase bank (lt_LT). {v} nominative value, {v:case} declined; {x} look-alike."""

from .twentyfifth_core import lines

OPEN = {
    "anniversary": lines("""
        Prieš dešimt metų pravėriau šios įmonės duris nieko čia nepažinodamas.
        Šiandien mano darbo sukaktis, ir jaučiu daug dėkingumo.
        Dar vieni metai toje pačioje komandoje, ir vis dar nenusibodo.
        Laikas bėga greitai, kai mėgsti savo darbą.
        Šiandien skyriuje švenčiame apvalią darbo sukaktį.
        Tinklas primena mano darbo sukaktį, tad trumpai apie tai.
        Tortas, juokingos nuotraukos ir prisiminimai: sukakties savaitė.
        Niekada negalvojau, kad čia liksiu taip ilgai.
        Dešimt metų susirinkimų, juoko ir atvėsusios kavos.
        Norisi stabtelėti ir padėkoti visiems, su kuriais teko dirbti.
    """),
    "promotion": lines("""
        Keletą savaičių saugojau šią naujieną.
        Džiaugiuosi galėdama pranešti, kad šį mėnesį pradedu naujas pareigas.
        Naujos pareigos, tas pats stalas, šiek tiek daugiau susitikimų.
        Sveikiname kolegę su pelnytu paaukštinimu.
        Po ilgos atrankos pagaliau galiu tai pasakyti garsiai.
        Prasideda naujas skyrius, net neišeinant iš pastato.
        Nuo kito mėnesio vadovausiu regiono komandai.
        Tai išdidumo akimirka visam skyriui.
        Šį rytą paskelbti paaukštinimai, ir visas aukštas džiūgauja.
        Ačiū už pasitikėjimą, nekantrauju pradėti.
    """),
    "farewell": lines("""
        Po daugelio gerų metų šiandien mano paskutinė diena čia.
        Atsisveikinti nemoku, tad būsiu trumpas.
        Ilgametė kolegė išeina į pelnytą poilsį.
        Šią savaitę atsisveikiname su tikra mūsų įmonės legenda.
        Keli žodžiai mūsų dirbtuvių vadovui, išeinančiam į pensiją.
        Atsisveikinimo vakarėlis penktadienį, kviečiami visi.
        Buvo garbė dirbti kartu su jumis.
        Išeiti liūdna, bet laukia naujas nuotykis.
        Kai kurie žmonės keičia darbo vietą vien savo buvimu.
        Išlydime į pensiją, ir tiek daug norisi pasakyti.
    """),
    "alumni": lines("""
        Buvę kurso draugai, susitikimo data pagaliau aiški.
        Naujienos iš absolventų tinklo.
        Praėjus dvidešimčiai metų po baigimo vėl susitinkame.
        Kviečiame senąją laidą dar vienam vakarui.
        Absolventų vakarui organizuoti ieškome savanorių.
        Jei studijavote kartu su mumis, šis įrašas jums.
        Absolventų asociacija vėl rengia metinę vakarienę.
        Seni draugai, nauji darbai, tie patys juokeliai.
        Laida renkasi, antrosios pusės laukiamos.
        Diplomas jau senokas, o draugystės ne.
    """),
    "sports": lines("""
        Bėgimo klubas po žiemos pertraukos vėl renkasi sekmadienio rytais.
        Prasideda labdaros bėgimų sezonas, ir mūsų komanda registruojasi.
        Mūsų salės futbolo komandai trūksta dviejų žaidėjų.
        Dėmesio dviratininkams: įmonės žygis dviračiais grįžta.
        Estafetę įveikėme ir surinkome daugiau, nei tikėjomės.
        Irklavimo klubo naujienos šią savaitę.
        Savaitgalį bėgame miško takais, pradedantieji laukiami.
        Ačiū visiems, kurie palaikė prie finišo.
        Ruošiamės labdaros bėgimui vaikų ligoninei paremti.
        Krepšinio komanda turi naują kapitoną.
    """),
    "fundraising": lines("""
        Vėl renkame maistą maisto bankui.
        Bendruomenės sodui šeštadienį reikia rankų.
        Mūsų komanda renka lėšas vaikų skyriui.
        Žieminių paltų rinkimo akcija prasideda kitą savaitę.
        Lėšų rinkimo naujienos ir didelis ačiū visiems.
        Rengiame pyragų mugę gyvūnų prieglaudai.
        Labdaringam protmūšiui ieškome savanorių.
        Knygų rinkimas mokyklos bibliotekai viršijo lūkesčius.
        Nedidelis prašymas: reikia vairuotojų maisto išvežiojimui.
        Mūsų biuras remia paplūdimio tvarkymo akciją.
    """),
    "mentoring": lines("""
        Mūsų mentorystės ratas šį mėnesį priima paraiškas.
        Man pasisekė turėti puikių mentorių, dabar mano eilė.
        Netrukus startuoja nauja mentorystės programos laida.
        Ieškome mentorių, turinčių finansų ar operacijų patirties.
        Trumpai apie vakarykštį mentorystės susitikimą.
        Jei tik pradedate karjerą ir jaučiatės įstrigę, šis ratas jums.
        Grįžta kolegų mentorystė, šįkart mažesnėse grupėse.
        Ačiū žmogui, kuris prieš daugelį metų manimi patikėjo.
        Moterų inžinerijoje tinklas vis auga.
        Atvirkštinė mentorystė: jaunesni moko vyresnius, ir tai veikia.
    """),
    "meetup": lines("""
        Kito savaitės susitikimo logistika, perskaitykite prieš ateidami.
        Šį mėnesį produkto susitikimą rengiame mes.
        Duomenų pusryčiai keičia vietą.
        Keletas praktinių detalių apie ketvirtadienio bendruomenės vakarą.
        Pirmas gyvas susitikimas po persikraustymo, salė beveik pilna.
        Ketvirtinis tinklaveikos vakaras patvirtintas, detalės žemiau.
        Dizaino susitikimas vyks kitoje salėje, laikas tas pats.
        Informacija visiems, kurie ateina į hakatoną.
        Vėl vyksta steigėjų pusryčiai.
        Atvira registracija į atvirų durų dieną.
    """),
}

SLOT = {
    "EMAIL": lines("""
        Registruokitės el. paštu {v}.
        Klausimus siųskite adresu {v}.
        Registracija el. paštu {v}, ne komentaruose.
        Organizatorių kontaktas: {v}
        Nuotraukas skaidrėms siųskite {v}.
        Apie dalyvavimą praneškite {v}.
        Jei forma neveikia, rašykite tiesiai {v}.
        Mano asmeninis paštas dabar {v}.
    """),
    "PHONE": lines("""
        Jei vėluojate, skambinkite {v}.
        Renginio dieną būsiu pasiekiamas tel. {v}.
        Norėdami prisijungti prie WhatsApp grupės, rašykite {v}.
        Koordinatorė atsiliepia numeriu {v}.
        Pasiklydę skambinkite {v}, kas nors jus pasitiks.
        Mob. {v}
        Dėl pavėžėjimo parašykite žinutę {v}.
        Tel. {v}
    """),
    "URL": lines("""
        Paramos puslapis čia: {v}
        Registracijos lentelė yra {v}.
        Ilgiau apie tai parašiau tinklaraštyje: {v}
        Praėjusio karto nuotraukos: {v}
        Paaukoti galite per {v}.
        Susisiekime: {v}
    """),
    "IP": lines("""
        Transliacijos įrenginys yra {v}, prašau neištraukti.
        Jei salės internetas nutrūks, atsarginė transliacija eina per {v}.
        Senasis klubo serveris {v} bus išjungtas.
        Registracijos kompiuterio adresas {v}, jei paklaus IT.
        Per protmūšį kažkas vis jungėsi iš {v}, gražus bandymas.
    """),
    "CARD": lines("""
        Avansą sumokėjau kortele {v}, ar kas nors gali patvirtinti?
        Komandos mokestį nuskaitykite nuo {v}.
        Salė rezervavo sumą kortelėje {v}.
        Loterijos prizus apmokėjau kortele {v}.
        Kortelė rezervacijai: {v}
    """),
    "IBAN": lines("""
        Dalyvio mokestį pervesti į {v}, paskirtyje nurodykite vardą.
        Aukas galima pervesti tiesiai į sąskaitą {v}.
        Sąskaita dovanai: {v}
        Savo dalį dovanai perveskite į {v}.
        Banko rekvizitai vakarienei: {v}
        Klubo sąskaita {v}.
    """),
    "ID": lines("""
        Draudimui reikia asmens kodo, tai {v}.
        Savanorystės formoje įrašiau {v}, ar formatas teisingas?
        {v} yra kodas, kurį jie turi mano anketoje.
        Mano asmens kodas {v}.
        Iš pradžių forma nepriėmė {v}.
        Įvedžiau {v}, pažiūrėsim.
    """),
    "PERSON": lines("""
        Ypatinga padėka {v:dat} už visą savaitgalį prie vairo.
        Pirmame darbe {v} mane išmokė pirmiau klausytis, o tik paskui kalbėti.
        Keletą žodžių tars {v} iš hospiso.
        Prie mūsų prisijungs ir {v} iš jaunimo sporto mokyklos.
        Vis dar prisimenu, kaip {v} man aiškino pirmąjį auditą.
        Taurė pavadinta {v:gen} vardu.
        Nuotraukos – {v:gen}.
        Medalius įteiks {v}.
        Dėkojame {v:dat} iš maisto banko.
        Pranešimą skaitys {v}.
    """),
    "MEMBER": lines("""
        Sveikiname {v:acc}!
        Ačiū {v:dat} už organizavimą.
        {v} maloniai pasisiūlė mus priimti.
        Be {v:gen} nebūtume to padarę.
        Apšilimą ves {v}, nevėluokite.
        Sveiki atvykę į mentorystės ratą, {v:voc}!
        Su darbo sukaktimi, {v:voc}!
        Dėl pavėžėjimo klauskite {v:gen}.
        Dėkoju {v:dat} už šiltus žodžius.
        {v} pagerino asmeninį rekordą, šaunu!
        Kartu su {v:ins} ruošėme šį renginį.
        {v:gen} kalba visus prajuokino.
        Didžiuojamės {v:ins}!
        Visą informaciją rasite pas {v:acc}.
    """),
    "ADDRESS": lines("""
        Susitinkame adresu {v}, prie dviračių stovo.
        Vieta: {v}
        Aukas galima atnešti adresu {v}.
        Vakarėlis pas mane, {v}, nuo septintos.
        Atviruką siųskite adresu {v}, perduosiu.
        Startas prie pastato {v}.
        Naujas biuro adresas: {v}
    """),
}

LOOK = {
    "ORDER": lines("""
        Medaliai užsakyti užsakymu {x}.
        Marškinėlių užsakymas Nr. {x} jau išsiųstas.
    """),
    "INVOICE": lines("""
        Maitinimo sąskaita faktūra {x} apmokėta.
        Sąskaita Nr. {x} apima salės nuomą.
    """),
    "TICKET": lines("""
        Mano bilieto numeris {x}.
        Salės administracijai pranešėme, užklausa {x}.
    """),
    "TRACKING": lines("""
        Siunta {x}, plakatai jau pakeliui.
        Siuntinio su taurėmis sekimo numeris {x}.
    """),
    "PRICE": lines("""
        Įėjimas {x} asmeniui, vaikams nemokamai.
        Bilietas kainuoja {x}, gėrimas įskaičiuotas.
        Galiausiai surinkome {x}!
    """),
    "DATE": lines("""
        Įsirašykite į kalendorių: {x}.
        Registracija iki {x}.
    """),
    "TIME": lines("""
        Durys atsidaro {x}.
        Apšilimas lygiai {x}.
    """),
    "VERSION": lines("""
        Klubo programėlė jau {x} versijos.
        Prieš sekmadienį atnaujinkite į {x}.
    """),
    "ISBN": lines("""
        Mėnesio knyga: ISBN {x}.
        Dabar skaitome ISBN {x}.
    """),
    "FLIGHT": lines("""
        Nusileidžiu reisu {x}, galiu šiek tiek vėluoti.
        Keli skrendame tuo pačiu {x} reisu.
    """),
    "ROOM": lines("""
        Turime {x} salę antrame aukšte.
        Dirbtuvės vyks {x} auditorijoje.
    """),
    "MEASURE": lines("""
        Trasa {x}, su viena klastinga įkalne.
        Pasiimkite bent {x} vandens.
    """),
    "PERCENT": lines("""
        Registracijų {x} daugiau nei pernai.
        {x} pajamų skiriama prieglaudai.
    """),
    "REF": lines("""
        Mokėdami nurodykite kodą {x}.
        Rezervacijos kodas: {x}
    """),
    "COMPANY": lines("""
        Pietus remia {x}.
        Marškinėlius padovanojo {x}.
    """),
    "LANDMARK": lines("""
        Finišas netoli {x}.
        Maršrutas eina šalia {x}.
    """),
}

MID = lines("""
    Ateikite su draugais, kuo daugiau, tuo smagiau.
    Apranga laisva, sportbačiai tinka.
    Bus maisto, yra ir vegetariškų patiekalų.
    Komentaruose parašykite, ar ateisite.
    Nuotraukomis pasidalinsime vėliau.
    Patirties nereikia, tik noro.
    Vietų automobiliams mažai, važiuokite kartu.
    Vaikai ir šunys su pavadėliu laukiami.
    Tai buvo nuostabi kelionė, tiek daug išmokau.
    Ačiū už kiekvieną ilgą vakarą ir kiekvieną juoką.
    Kava vis dar prasta, kai kas nesikeičia.
    Atvirai, likau čia dėl žmonių.
    Pasidalinkite su tais, kam gali būti įdomu.
    Pasiruošimui dar trūksta poros savanorių.
    Jei negalite ateiti, parama taip pat labai laukiama.
    Vietų skaičius ribotas, registruokitės anksčiau.
    Patalpos pritaikytos neįgaliesiems, yra ramus kambarys.
    Atsineškite savo puodelį.
    Bėgame bet kokiu oru.
    Trumpa kalba ir ilgi pietūs.
    Praėjusį kartą labai patiko, todėl kartojame.
    Organizatoriai įdėjo daug darbo.
    Globotiniai, atsineškite tikslų lapą.
    Pavėlavę gali atsisėsti gale.
    Po įžangos pasiskirstysime į mažas grupes.
    Kiekvienas indėlis svarbus.
    Aš neverkiu, tai jūs verkiate.
    Tortas užsakytas, laimėjo šokoladinis.
    Paskutiniai užsiregistravę plaus indus.
    Įrašas bus prieinamas nariams.
    Pirmo pristatymo vadovybei metu man drebėjo rankos.
    Viską apie biudžetus išmokau tame kabinete be langų.
    Mūsų pensininkė pažadėjo neskaityti laiškų iš sodo.
    Absolventų vakarienė išparduota greičiau nei koncertas.
    Mentorystė yra tiesiog klausymasis su atverstu užrašų knygele.
    Grupė prasidėjo nuo trijų žmonių ir lentos.
    Pernai trasa virto purvo vonia, ir mums patiko.
    Pusė komandos anksčiau niekada nebuvo bėgusi.
    Jei turite, vilkėkite klubo spalvomis.
    Žiūrovai laukiami palei upės krantinę.
    Trumpi pranešimai ir ilgi pokalbiai.
    Prieglauda sako, kad šią žiemą svarbi kiekviena antklodė.
    Radinių dėžėje vis dar guli striukė nuo praėjusio karto.
    Naujas formatas: mažiau skaidrių, daugiau klausimų.
    Keli seni bičiuliai atvyksta net iš užsienio.
    Gražiausia šiame darbe buvo matyti, kaip jaunesni mane pralenkia.
    Ramus tempas, niekas nepaliekamas.
    Kava ir bandelės iš kaimyninės kepyklėlės.
    Pakelsime taurę už tuos, kurie negali ateiti.
    Pasistengsiu neužtęsti.
""")

CLOSE = lines("""
    Iki susitikimo!
    Ačiū visiems.
    Pirmyn!
    Į sveikatą!
    Labai laukiu.
    Tikiuosi pamatyti daug pažįstamų veidų.
    Už naują skyrių.
    Jei kyla klausimų, rašykite.
    Praneškite kitiems!
    Su dėkingumu.
    Tebūnie tai puiki diena.
    Daugiau naujienų netrukus.
    Ačiū, kad perskaitėte.
    Laukiami visi.
    Iki pasimatymo starte.
    Saugokite save.
    Iki kito karto.
    Pirmyn, komanda!
    Kiekviena smulkmena padeda.
    Palaikykime ryšį.
    Klausimus rašykite komentaruose.
    Apkabinimai visiems.
    Gero savaitgalio!
    Iki greito.
    Ačiū, kad esate.
""")

for _g, _s in zip(OPEN, [
        "Dešimt metų, trys persikraustymai, viena komanda: metas padėkoti.",
        "Kartais paaukštinimas ateina tada, kai jo visai nelauki.",
        "Šiandien atsisveikiname, ir su muzika.",
        "Buvusių kolegų pietūs pagaliau turi datą.",
        "Kas bėga kartu? Miesto bėgimui dar trūksta estafečių komandų.",
        "Iki mėnesio pabaigos renkame higienos prekes krizių centrui.",
        "Ieškome mentorystės porų, terminas jau artėja.",
        "Svarbu visiems, kurie ateina į trečiadienio susitikimą.",
        ], strict=True):
    OPEN[_g].append(_s)
SLOT["MEMBER"] += ["Smagu, kad {v} vėl su mumis.", "Pagarba {v:dat}!",
                   "{v} atneš tortą, kiti – gėrimus."]
SLOT["PERSON"] += ["Kalbą sakys {v} iš profesinės sąjungos.", "Bėgimo grupę kadaise įkūrė {v}."]
SLOT["EMAIL"] += ["Klausimai dėl atvykimo: {v}"]
SLOT["PHONE"] += ["Skubus numeris renginio dieną: {v}"]
SLOT["ADDRESS"] += ["Persikraustėme, nuo šiol: {v}"]
SLOT["ID"] += ["Kodas asociacijos anketai: {v}", "{v}, jei dar kam nors reikia."]
MID += lines("""
    Norintys galės po to užsukti į kavinę.
    Į vietą patogu atvažiuoti troleibusu.
    Renginys nemokamas, aukos laukiamos.
    Bus vaikų priežiūra.
    Praneškite, jei vis dėlto negalėsite atvykti.
    Kėdžių yra, bet nedaug.
    Programą atsiųsime laiku.
    Pirmą kartą ateinantys bus šiltai sutikti.
    Pradedame laiku, tad geriau atvykite anksčiau.
    Praėjusį kartą nuotaika buvo nepakartojama.
    Bet kokia pagalba laukiama.
    Bus ramus vakaras be skaidrių.
    Nepamirškite sportinės aprangos.
    Visos surinktos lėšos skiriamos geram tikslui.
    Jei lis, persikelsime į sporto salę.
    Iš šios komandos tiek daug išmokau.
    Padėkos raštai bus įteikti vietoje.
    Visų savanorių laukia maža staigmena.
    Jokių dovanų, geriau parama.
    Registracija nieko neįpareigoja.
""")
CLOSE += ["Iki kitos savaitės!", "Tikimės jūsų.", "Nuoširdžiai.", "Smagaus renginio!"]
