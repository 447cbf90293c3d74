"""Lithuanian, Latvian and Estonian phrasing for the twentythird set ({v@case} marks a declined name slot)."""
# ruff: noqa: E501  (hand-written prose and data tables)

OPEN_LT = {
    "anniversary": ["Šiandien sukanka penkeri metai, kai dirbu šioje komandoje.", "Darbo jubiliejus: dešimt metų įmonėje!"],
    "promotion": ["Džiaugiuosi galėdamas pranešti, kad nuo šiandien vadovauju produkto komandai.",
                  "Nauja pareigybė: tapau klientų aptarnavimo skyriaus vadove."],
    "farewell": ["Šiandien mano paskutinė darbo diena, ir rašyti tai sunkiau, nei tikėjausi.",
                 "Po septynerių nuostabių metų atėjo laikas atsisveikinti."],
    "welcome": ["Sveikiname naują kolegę pirkimų skyriuje!", "Mūsų komanda vėl auga – sveiki atvykę!"],
    "award": ["Mums pavyko! Mūsų komanda laimėjo inovacijų apdovanojimą.", "Vakar vakare atsiėmėme tvarumo apdovanojimą."],
    "certification": ["Egzaminas išlaikytas – esu sertifikuota Scrum meistrė!",
                      "Po daugybės savaitgalių prie knygų sertifikatas pagaliau mano."],
    "hackathon": ["Koks savaitgalis! Mūsų hakatono komanda per dvi dienas sukūrė prieinamumo įrankį.",
                  "Antra vieta vidiniame hakatone, ir mes labai laimingi."],
    "webinar": ["Ačiū visiems, kurie prisijungė prie mūsų vebinaro apie įtraukią atranką.", "Vebinaro įrašas jau pasiekiamas."],
    "office": ["Persikraustėme! Naujas biuras pagaliau atidarytas.", "Dėžės išpakuotos, augalai palaistyti – persikraustymas baigtas."],
    "offsite": ["Grįžome iš komandos išvykos su pilnais užrašais.",
                "Trys dienos dirbtuvių, pabėgimo kambarys ir labai azartiška viktorina."],
    "charity": ["Bėgome labdaros pusmaratonį ir surinkome daugiau, nei tikėjomės.",
                "Labdaros bėgimas įveiktas! Kojos pavargusios, širdis pilna."],
    "retirement": ["Po beveik keturiasdešimties metų į pensiją išeina viena ilgiausiai dirbusių kolegių.",
                   "Padėka žmogui, kuris išmokė pusę skyriaus."],
    "thanks": ["Retai rašau, bet noriu padėkoti savo vadovei.", "Ačiū geriausiam vadovui, kokį turėjau per dvidešimt metų."],
    "customer": ["Kliento sėkmės istorija!", "Kai klientas paskambina vien tam, kad padėkotų, tuo reikia pasidalinti."],
}
FRAME_LT = {
    "MEMBER": ["{v} viską suorganizavo nepriekaištingai.", "cc {v}, tai buvo tavo idėja.", "{v} mus visus įkvėpė.",
               "Be {v@gen} nieko nebūtų buvę.", "Didelis ačiū {v@gen} komandai.", "Iš {v@gen} išmokau daugiau nei per bet kokius kursus.",
               "Ypatinga padėka {v@dat} už kantrybę.", "Nuoširdus ačiū {v@dat}!"],
    "PERSON": ["Pranešėja svečiuose buvo {v}.", "{v} nuo kitos savaitės perims mano klientus.",
               "{v@gen} pranešimas man buvo geriausias.", "Linkime {v@dat} gražios pensijos!", "Ačiū {v@dat} iš renginio komandos."],
    "EMAIL": ["Skaidres atsiųsiu – rašykite {v}.", "Klausimus siųskite adresu {v}.", "Mano naujas el. paštas: {v}"],
    "PHONE": ["Artimiausias savaites mane rasite tel. {v}.", "Skambinkite arba rašykite WhatsApp: {v}",
              "Jei nerandate naujo biuro, skambinkite {v}."],
    "URL": ["Mano portfelis: {v}", "Susisiekime: {v}", "Visą apžvalgą rasite mano tinklaraštyje: {v}"],
    "IP": ["Nuotolinei prieigai prie demo leiskite {v}.", "Naujo biuro statinis IP – {v}."],
    "CARD": ["Už bėgimo bilietus per klaidą sumokėjau kortele {v}, gal buhalterija galėtų grąžinti?",
             "Komandos vakarienę prašau apmokėti įmonės kortele {v}."],
    "IBAN": ["Aukas galima pervesti tiesiai į {v}.", "Atsisveikinimo dovanai renkame į sąskaitą {v}.",
             "Prašau atnaujinti mano atlyginimo sąskaitą: {v}."],
    "ID": ["Personalo skyriui dar reikia mano asmens kodo sutarčiai: {v}.", "Tik įdarbinimo formai: {v}",
           "{v} – jei paklaus buhalterija."],
    "ADDRESS": ["Naujas biuras: {v}.", "Atsisveikinimo vakarėlis pas mane, {v}.", "Atvirukus ir gėles galite siųsti adresu {v}.",
                "Susitinkame prieš bėgimą: {v}"],
}
LOOK_LT = {
    "ORDER": ["Apdovanojimų užsakymas {l}."], "INVOICE": ["Maitinimo sąskaita faktūra {l} apmokėta."],
    "TICKET": ["Užregistruotas prašymas {l} dėl naujų kortelių."], "TRACKING": ["Siuntos sekimo numeris: {l}."],
    "PRICE": ["Dalyvio mokestis buvo {l}.", "Iš viso surinkome {l}."], "DATE": ["Susitinkame {l}."], "TIME": ["Pradžia {l}."],
    "VERSION": ["Tą pačią savaitę išleidome {l} versiją."], "ISBN": ["Knyga, kurią visi cituoja: ISBN {l}."],
    "FLIGHT": ["Grįžtu skrydžiu {l}."], "ROOM": ["Susitinkame {l} kabinete."], "MEASURE": ["Kartu nubėgome {l}."],
    "PERCENT": ["Atsakymo laikas sutrumpėjo {l}."], "REF": ["Projekto kodas {l} darbo laiko apskaitai."],
    "NAMED": ["Renginį globojo {l}.", "Mūsų klientas – {l}."],
}
CLOSE_LT = ["Pirmyn!", "Ačiū visiems, nuoširdžiai.", "Iki greito!", "Dirbame toliau.", "Labai dėkinga.", "Didžiuojuosi šia komanda."]
PLAIN_LT = ["Komanda susitelkė, kai labiausiai reikėjo.", "Daug juokėmės, o tai svarbiausia.", "Žinoma, buvo ir torto.",
            "Kultūra kuriama mažose akimirkose.", "Geriausios idėjos gimė kavos pertraukų metu.",
            "Beje, ieškome naujų kolegų į palaikymo ir programavimo komandas."]

OPEN_LV = {
    "anniversary": ["Šodien aprit pieci gadi, kopš strādāju šajā komandā.", "Darba jubileja: desmit gadi uzņēmumā!"],
    "promotion": ["Priecājos paziņot, ka no šodienas vadu produkta komandu.",
                  "Jauns posms: kļūstu par klientu apkalpošanas nodaļas vadītāju."],
    "farewell": ["Šodien ir mana pēdējā darba diena, un to uzrakstīt ir grūtāk, nekā domāju.",
                 "Pēc septiņiem brīnišķīgiem gadiem ir pienācis laiks atvadīties."],
    "welcome": ["Sveicam jauno kolēģi iepirkumu nodaļā!", "Mūsu komanda atkal aug – laipni lūdzam!"],
    "award": ["Mums izdevās! Mūsu komanda ieguva inovāciju balvu.", "Vakar vakarā saņēmām ilgtspējas balvu."],
    "certification": ["Eksāmens nokārtots – esmu sertificēta Scrum meistare!",
                      "Pēc daudzām nedēļas nogalēm pie grāmatām sertifikāts ir rokā."],
    "hackathon": ["Kāda nedēļas nogale! Mūsu hakatona komanda divās dienās uzbūvēja piekļūstamības rīku.",
                  "Otrā vieta iekšējā hakatonā, un esam ļoti priecīgi."],
    "webinar": ["Paldies visiem, kas pievienojās mūsu vebināram par iekļaujošu atlasi.", "Vebināra ieraksts jau pieejams."],
    "office": ["Esam pārcēlušies! Jaunais birojs beidzot ir atvērts.", "Kastes izpakotas, puķes aplaistītas – pārvākšanās pabeigta."],
    "offsite": ["Atgriezāmies no komandas izbraukuma ar pilnām piezīmju grāmatiņām.",
                "Trīs dienas darbnīcu, izbēgšanas istaba un ļoti azartiska viktorīna."],
    "charity": ["Skrējām labdarības pusmaratonu un savācām vairāk, nekā cerējām.",
                "Labdarības skrējiens galā! Kājas nogurušas, sirds pilna."],
    "retirement": ["Pēc gandrīz četrdesmit gadiem pensijā dodas viena no mūsu pieredzējušākajām kolēģēm.",
                   "Pateicība cilvēkam, kurš apmācīja pusi nodaļas."],
    "thanks": ["Rakstu reti, bet gribu pateikties savai vadītājai.", "Paldies labākajam vadītājam, kāds man bijis divdesmit gadu laikā."],
    "customer": ["Klienta veiksmes stāsts!", "Kad klients piezvana tikai, lai pateiktu paldies, ar to jādalās."],
}
FRAME_LV = {
    "MEMBER": ["{v} visu noorganizēja nevainojami.", "cc {v}, tā bija tava ideja.", "{v} mūs visus iedvesmoja.",
               "Īpašs paldies {v@dat} par pacietību.", "Paldies {v@dat} par visu!", "Liels paldies arī {v@dat} un komandai."],
    "PERSON": ["Viesu lektore bija {v}.", "{v} no nākamās nedēļas pārņems manus klientus.",
               "Novēlam {v@dat} jauku pensiju!", "Paldies {v@dat} no pasākuma komandas."],
    "EMAIL": ["Ja vēlaties slaidus, rakstiet uz {v}.", "Jautājumus sūtiet uz {v}.", "Mana jaunā e-pasta adrese: {v}"],
    "PHONE": ["Nākamās nedēļas mani var sazvanīt pa tālruni {v}.", "Zvaniet vai rakstiet WhatsApp: {v}",
              "Ja neatrodat jauno biroju, zvaniet {v}."],
    "URL": ["Mans portfolio: {v}", "Sazināsimies: {v}", "Pilns apraksts manā blogā: {v}"],
    "IP": ["Attālinātai piekļuvei demo, lūdzu, atļaujiet {v}.", "Jaunā biroja statiskā IP adrese ir {v}."],
    "CARD": ["Par skrējiena biļetēm kļūdas pēc samaksāju ar karti {v}, vai grāmatvedība var atmaksāt?",
             "Komandas vakariņas, lūdzu, apmaksājiet ar uzņēmuma karti {v}."],
    "IBAN": ["Ziedojumus var pārskaitīt tieši uz {v}.", "Atvadu dāvanai vācam naudu kontā {v}.",
             "Lūdzu, nomainiet manu algas kontu uz {v}."],
    "ID": ["Personāldaļai līgumam vēl vajag manu personas kodu: {v}.", "Tikai pieņemšanas anketai: {v}",
           "{v} – ja grāmatvedība prasīs."],
    "ADDRESS": ["Jaunā biroja adrese: {v}.", "Atvadu ballīte pie manis: {v}.", "Kartītes un ziedus var sūtīt uz adresi {v}.",
                "Tikšanās vieta pirms skrējiena: {v}"],
}
LOOK_LV = {
    "ORDER": ["Balvu pasūtījums {l}.", "Pasūtījums {l} pienāks rīt."], "INVOICE": ["Ēdināšanas rēķins {l} ir apmaksāts."],
    "TICKET": ["Izveidots pieteikums {l} par jaunajām kartēm."], "TRACKING": ["Sūtījuma izsekošanas numurs: {l}."],
    "PRICE": ["Dalības maksa bija {l}.", "Kopā savācām {l}."], "DATE": ["Tiekamies {l}."], "TIME": ["Sākums plkst. {l}."],
    "VERSION": ["Tajā pašā nedēļā izlaidām versiju {l}."], "ISBN": ["Grāmata, ko visi citēja: ISBN {l}."],
    "FLIGHT": ["Atpakaļ lidoju ar reisu {l}."], "ROOM": ["Tiekamies telpā {l}."], "MEASURE": ["Kopā noskrējām {l}."],
    "PERCENT": ["Atbildes laiks samazinājās par {l}."], "REF": ["Projekta kods {l} darba laika uzskaitei."],
    "NAMED": ["Pasākumu uzņēma {l}.", "Mūsu klients – {l}."],
}
CLOSE_LV = ["Uz priekšu!", "Paldies visiem no sirds.", "Uz drīzu tikšanos!", "Turpinām.", "Esmu ļoti pateicīga.",
            "Lepojos ar šo komandu."]
PLAIN_LV = ["Komanda turējās kopā, kad tas bija visvairāk vajadzīgs.", "Daudz smējāmies, un tas ir galvenais.",
            "Protams, bija arī torte.", "Kultūra rodas mazos brīžos.", "Labākās idejas radās kafijas pauzēs.",
            "Starp citu, meklējam kolēģus atbalsta un izstrādes komandām."]

OPEN_ET = {
    "anniversary": ["Täna saab viis aastat sellest, kui sellesse meeskonda tulin.", "Tööjuubel: kümme aastat ettevõttes!"],
    "promotion": ["Mul on hea meel teatada, et juhin nüüdsest tootemeeskonda.", "Uus etapp: minust sai klienditoe juht."],
    "farewell": ["Täna on minu viimane tööpäev ja seda on raskem kirjutada, kui arvasin.",
                 "Pärast seitset toredat aastat on aeg hüvasti jätta."],
    "welcome": ["Tervitame uut kolleegi hankeosakonnas!", "Meie meeskond kasvab jälle – tere tulemast!"],
    "award": ["Saime hakkama! Meie meeskond võitis innovatsiooniauhinna.", "Eile õhtul võtsime vastu jätkusuutlikkuse auhinna."],
    "certification": ["Eksam sooritatud – olen nüüd sertifitseeritud Scrum Master!",
                      "Pärast mitut nädalavahetust raamatute taga on sertifikaat käes."],
    "hackathon": ["Milline nädalavahetus! Meie häkatoni tiim ehitas kahe päevaga ligipääsetavuse tööriista.",
                  "Teine koht sisemisel häkatonil ja oleme väga rõõmsad."],
    "webinar": ["Aitäh kõigile, kes meie kaasava värbamise veebiseminaril osalesid.", "Veebiseminari salvestus on nüüd saadaval."],
    "office": ["Kolisime! Uus kontor on lõpuks avatud.", "Kastid lahti pakitud, lilled kastetud – kolimine tehtud."],
    "offsite": ["Tagasi meeskonna väljasõidult, märkmik ideid täis.", "Kolm päeva töötubasid, põgenemistuba ja väga tuline mälumäng."],
    "charity": ["Jooksime heategevuslikul poolmaratonil ja kogusime rohkem, kui lootsime.",
                "Heategevusjooks tehtud! Jalad väsinud, süda täis."],
    "retirement": ["Peaaegu neljakümne aasta järel läheb pensionile üks meie staažikamaid kolleege.",
                   "Tänusõnad inimesele, kes õpetas välja pool osakonda."],
    "thanks": ["Postitan harva, aga tahan tänada oma juhti.", "Aitäh parimale juhile, kes mul kahekümne aasta jooksul olnud on."],
    "customer": ["Kliendi edulugu!", "Kui klient helistab ainult selleks, et aitäh öelda, tuleb seda jagada."],
}
FRAME_ET = {
    "MEMBER": ["{v} korraldas kõik laitmatult.", "cc {v}, see oli sinu idee.", "{v} inspireeris meid kõiki.",
               "Aitäh {v@all}!", "Suur tänu {v@all} ja kogu tiimile.", "Koostöö {v@com} oli puhas rõõm.",
               "{v@gen} energia kandis kogu meeskonda.", "Ilma {v@gen} poleks midagi juhtunud."],
    "PERSON": ["Külalisesinejana astus üles {v}.", "{v} võtab järgmisest nädalast minu kliendid üle.",
               "Soovime {v@all} mõnusat pensionipõlve!", "Aitäh ka {v@all} ürituse meeskonnast.",
               "{v@gen} ettekanne oli minu jaoks päeva tipphetk.", "Rääkisime {v@com} kaasava disaini teemal."],
    "EMAIL": ["Kui soovite slaide, kirjutage {v}.", "Küsimused palun aadressile {v}.", "Minu uus e-posti aadress: {v}"],
    "PHONE": ["Järgmised nädalad olen kättesaadav numbril {v}.", "Helista või kirjuta WhatsAppi: {v}",
              "Kui uut kontorit ei leia, helistage {v}."],
    "URL": ["Minu portfoolio: {v}", "Võtame ühendust: {v}", "Põhjalik kokkuvõte on mu blogis: {v}"],
    "IP": ["Demo kaugligipääsuks lubage palun {v}.", "Uue kontori staatiline IP on {v}."],
    "CARD": ["Jooksu piletid maksin kogemata kaardiga {v}, kas raamatupidamine saaks tagasi kanda?",
             "Meeskonna õhtusöök palun maksta ettevõtte kaardiga {v}."],
    "IBAN": ["Annetused saab teha otse kontole {v}.", "Lahkumiskingituseks kogume kontole {v}.", "Palun muutke mu palgakonto: {v}."],
    "ID": ["Personaliosakond vajab lepingu jaoks veel mu isikukoodi: {v}.", "Ainult tööle asumise ankeedi jaoks: {v}",
           "{v} – kui raamatupidamine küsib."],
    "ADDRESS": ["Uue kontori aadress: {v}.", "Lahkumispidu minu juures: {v}.", "Kaardid ja lilled võib saata aadressile {v}.",
                "Kohtumispaik enne jooksu: {v}"],
}
LOOK_ET = {
    "ORDER": ["Auhindade tellimus {l}."], "INVOICE": ["Toitlustuse arve {l} on tasutud."],
    "TICKET": ["Uute kaartide jaoks on avatud pilet {l}."], "TRACKING": ["Paki jälgimiskood: {l}."],
    "PRICE": ["Osalustasu oli {l}.", "Kokku kogusime {l}."], "DATE": ["Kohtume {l}."], "TIME": ["Algus kell {l}."],
    "VERSION": ["Samal nädalal avaldasime versiooni {l}."], "ISBN": ["Raamat, mida kõik tsiteerisid: ISBN {l}."],
    "FLIGHT": ["Lendan tagasi lennuga {l}."], "ROOM": ["Kohtume ruumis {l}."], "MEASURE": ["Kokku jooksime {l}."],
    "PERCENT": ["Vastamise aeg lühenes {l}."], "REF": ["Projekti kood {l} tööaja arvestuseks."],
    "NAMED": ["Üritust võõrustas {l}.", "Meie klient on {l}."],
}
CLOSE_ET = ["Edasi!", "Aitäh kõigile, südamest.", "Kohtumiseni!", "Jätkame.", "Olen väga tänulik.", "Olen selle tiimi üle uhke."]
PLAIN_ET = ["Meeskond hoidis kokku, kui seda kõige rohkem vaja oli.", "Naersime palju ja see on kõige tähtsam.",
            "Muidugi oli ka kooki.", "Kultuur sünnib väikestes hetkedes.", "Parimad ideed tulid kohvipausidel.",
            "Muide, otsime kolleege klienditoe ja arenduse tiimidesse."]

PLAIN_LT += ["Smagu matyti, kiek daug nuveikėme per metus.", "Kiekvienas prisidėjo savo dalimi.",
             "Mokiausi iš klaidų ir iš kolegų.", "Ačiū už pasitikėjimą ir laisvę eksperimentuoti.",
             "Nuotoliniu būdu ar biure – ši komanda visada šalia.", "Maži laimėjimai susideda greičiau, nei atrodo.",
             "Žmonės yra priežastis, kodėl likau."]
CLOSE_LT += ["Iki kitų metų!", "Tai tiek iš manęs.", "Jaučiuosi labai laiminga.", "Toliau – dar daugiau."]
FRAME_LT["MEMBER"] += ["Sveikinimai {v@dat} su paaukštinimu!", "Visa tai – {v@gen} nuopelnas.",
                       "{v} vedė dirbtuves ir puikiai susitvarkė."]
FRAME_LT["PERSON"] += ["Prie komandos prisijungė {v}.", "Ypač ačiū {v@dat} už nuoširdų pasakojimą."]

PLAIN_LV += ["Prieks redzēt, cik daudz gada laikā esam paveikuši.", "Katrs pielika savu roku.",
             "Mācījos no kļūdām un no kolēģiem.", "Paldies par uzticību un brīvību eksperimentēt.",
             "Attālināti vai birojā – šī komanda vienmēr ir blakus.", "Mazās uzvaras sakrājas ātrāk, nekā šķiet.",
             "Cilvēki ir iemesls, kāpēc paliku."]
CLOSE_LV += ["Līdz nākamajam gadam!", "Tas no manas puses viss.", "Jūtos ļoti laimīga.", "Tālāk – vēl vairāk."]
FRAME_LV["MEMBER"] += ["Apsveikumi {v@dat} ar paaugstinājumu!", "{v} vadīja darbnīcas un tika galā lieliski.",
                       "Pateicos {v@dat} par atbalstu visa projekta laikā."]
FRAME_LV["PERSON"] += ["Komandai pievienojās {v}.", "Īpašs paldies {v@dat} par sirsnīgo stāstu."]

PLAIN_ET += ["Tore näha, kui palju me aastaga ära tegime.", "Igaüks andis oma panuse.",
             "Õppisin vigadest ja kolleegidelt.", "Aitäh usalduse ja katsetamisvabaduse eest.",
             "Kaugtööl või kontoris – see tiim on alati olemas.", "Väikesed võidud kogunevad kiiremini, kui arvata oskad.",
             "Inimesed on põhjus, miks ma jäin."]
CLOSE_ET += ["Järgmise aastani!", "Minu poolt kõik.", "Tunnen end väga õnnelikuna.", "Edasi veel suuremalt."]
FRAME_ET["MEMBER"] += ["Õnnitlused {v@all} edutamise puhul!", "{v} juhtis töötubasid ja sai suurepäraselt hakkama.",
                       "{v@gen} panus oli hindamatu."]
FRAME_ET["PERSON"] += ["Meeskonnaga liitus {v}.", "Eriline aitäh {v@all} siira loo eest."]
