"""Slovenski stavki (sl_SI) za set twentyfirst; imena se sklanjajo ({v:dat}, {v:gen} ...)."""
LANG = "sl"
RAW = """
## open.open_to_work
Po sedmih lepih letih so moje delovno mesto ukinili, zato sem odprta za nove priložnosti.
Osebna novica: iščem nov izziv.
Draga mreža, tokrat prosim za pomoč jaz.
Podružnico so zaprli, tako da aktivno iščem zaposlitev.
Spet sem na trgu dela, in to z veliko motivacije.
Porodniška je mimo, rada bi se vrnila za polni delovni čas.
## body.open_to_work
Iščem vlogo vodje projektov ali koordinatorja, najraje v javnem sektorju.
Moje močno področje je kontroling, veliko izkušenj imam s SAP in Excelom.
Sem prilagodljiv: hibridno v mestu {city} ali povsem na daljavo.
Na voljo takoj, brez odpovednega roka.
Vsako deljenje in vsako priporočilo zelo pomaga.
Najbolj me zanimajo energetika, mobilnost in izobraževanje.
Kadrovske agencije dobrodošle, a prosim s konkretnimi oglasi.
Tudi krajši delovni čas bi bil v redu.
Če poznate koga, ki pozna koga, mi pišite.
## open.cv_snippet
Prilagam glavo svojega življenjepisa, mogoče pride prav za priporočilo:
Posodobljen življenjepis, kratka različica:
Več vas je prosilo za kontaktne podatke iz CV-ja, tukaj so:
Izsek iz življenjepisa za priporočilo:
Tako je zdaj videti začetek novega CV-ja, je v redu?
Kratek profil iz mojega življenjepisa:
## body.cv_snippet
Izkušnje: nabava, delo z dobavitelji, zadnja leta vodenje ekipe.
Izobrazba: univerzitetna diplomirana ekonomistka, tečaj analize podatkov.
Znanja: SAP, Power BI, agilne metode.
Jeziki: slovenščina materni jezik, angleščina tekoče, hrvaščina in nemščina dobro.
Vozniški izpit B kategorije, pripravljenost na potovanja.
Reference na zahtevo.
Razpoložljivost: takoj.
Prostovoljstvo: blagajničarka v športnem društvu.
Interesi: pohodništvo, zborovsko petje, kuhanje.
## open.freelance
Od naslednjega meseca imam spet prostor za nove projekte.
Kot samostojna prevajalka iščem nove naročnike.
Vaša spletna stran že leta ni bila posodobljena? Pogovoriva se.
Opomnik: vodim računovodstvo za s.p.-je in manjša društva.
Novo: delavnice o dostopnih dokumentih.
Jeseni spet začenjam s coachingom za nove vodje.
## body.freelance
Največ delam z agencijami, društvi in malimi podjetji.
Fiksna cena za jasno definirane projekte, dnevna postavka za vse ostalo.
Prvi pogovor je brezplačen in neobvezujoč.
Izdajam račune kot s.p., vse po pravilih.
Sem iz mesta {city}, delam pa na daljavo po vsej Sloveniji.
Večina strank pride prek te mreže, hvala vam.
Običajno odgovorim v enem delovnem dnevu.
Tudi nujni projekti so mogoči, se dogovorimo.
## open.volunteering
Banka hrane išče prostovoljce za zimo.
Za dobrodelni tek ta vikend nam še manjka nekaj rok.
Četrtna skupnost v mestu {city} išče prostovoljce za učno pomoč.
Naše društvo potrebuje okrepitev v upravnem odboru.
Kdo bi pomagal beguncem pri učenju slovenščine?
Humanitarni center išče voznike za sobote.
## body.volunteering
Izkušnje niso potrebne, le čas in potrpežljivost.
Nudimo uvajanje, kavo in veliko hvaležnosti.
Za delo z otroki potrebujemo potrdilo o nekaznovanosti.
Če ne morete pomagati, delite objavo, tudi to šteje.
Ekipe podjetij so dobrodošle.
Posebej iščemo ljudi, ki govorijo arabsko, ukrajinsko ali albansko.
Vsaka ura šteje, res.
## open.alumni
Obletnica mature! Dvajset let, ne morem verjeti.
Poziv vsem nekdanjim študentom ekonomije.
Klub alumnov organizira druženje v mestu {city}.
Kdo pride na srečanje generacije jeseni?
Poskušam zbrati celo našo generacijo.
Nekdanji sodelavci iz agencije, srečanje je končno dogovorjeno.
## body.alumni
Rezervirali smo zadnjo sobo v gostilni pri stari fakulteti.
Partnerji in otroci so popoldne dobrodošli.
Delite s tistimi, ki niso več tukaj.
Pripravljamo projekcijo fotografij, pošljite najbolj nerodne.
Prvo rundo plača organizacijski odbor.
Kdor ne more priti, naj pošlje kratek video.
Nekaj ljudi še iščemo, označite jih.
## open.mentoring
Iščem mentorico ali mentorja in se končno opogumim to vprašati tukaj.
Prehajam iz šolstva v raziskovanje uporabnikov: je kdo že šel skozi to?
Je kdo prešel iz agencije v podjetje in bi povedal, kako je bilo?
Vprašanje za mojo mrežo: kako ste našli prvega mentorja?
Rad bi se pogovoril s kom, ki je od začetka postavil podatkovno ekipo.
Sem prva v družini z diplomo in iščem nasvet na področju financ.
## body.mentoring
Že en klic na mesec bi mi zelo pomagal.
Z veseljem vrnem uslugo, kjer lahko.
Predvsem me zanima, kako se pogajati za prvo vodstveno mesto.
Tečaje sem opravila, manjka mi pogled od zunaj.
Obljubim, da bom prišel pripravljen.
V podjetju nimamo mentorskega programa, zato ta objava.
Tudi prek videoklica je odlično.
## open.relocation
Poleti se selim v mesto {city} in tam iščem službo.
Selimo se zaradi partnerjeve službe, zato iščem nekaj novega.
Po šestih letih v tujini se vračam domov.
Naslednje leto grem v mesto {city}: kakšni nasveti o trgu dela?
Novo mesto, novo poglavje, manjka samo še služba.
Dovoljenje je prišlo, jeseni se selim.
## body.relocation
Vsak stik v logistiki ali nabavi bi bil dragocen.
Če veste za stanovanje po pošteni ceni, sem tudi za to.
Idealno bi začela po praznikih.
Kava, ko pridem? Z veseljem.
Delovno dovoljenje imam, sponzorja ne potrebujem.
Kakšne lokalne skupine za mreženje priporočate?
Vrtec v bližini bi bil sanje.
## open.references
Reference, kot ste prosili:
Za prijavni obrazec spodaj moji podatki in reference.
Oprostite za zamudo, tukaj so zahtevani podatki:
Dve referenci, obe se strinjata s kontaktom.
Moji podatki za koordinatorko prostovoljcev:
Novi kontaktni podatki, od zdaj uporabljajte te:
## body.references
Najraje popoldne.
Obe poznata moje delo zadnjih treh let.
Sporočite, če za dokumentacijo še kaj manjka.
Prosim, trenutnega delodajalca še ne kontaktirajte.
Druga referenca ima raje klic kot pismo.
Obema sem že sporočila.
Hvala za potrpežljivost s papirji.
## close
Hvala za branje in deljenje!
Sporočila so odprta.
Hvaležna za to mrežo.
Delite naprej.
Lep vikend vsem.
Pogovorimo se!
Komentarji so dobrodošli.
Najlepša hvala!
Vsako deljenje šteje.
Lep pozdrav!
Z veseljem vrnem uslugo.
Držite pesti.
Gremo naprej.
Se slišimo.
Vsak nasvet je dobrodošel.
Lp
## item.EMAIL
Najlažje me dobite po mailu: {v}
Pišite mi na {v}, pa vam pošljem portfolio.
Če vas zanima, pošljite mail na {v}.
E-pošta: {v}
Obrazec pošljite na {v}, ne na službeni naslov.
Moj zasebni naslov je {v}, pregledujem ga vsak dan.
Prijave na {v}, z navedbo terminov.
Kontakt: {v}
Vprašanja o prostovoljstvu? {v}
CV in motivacijska pisma na {v}, prosim.
## item.PHONE
Pokličete ali pišete mi lahko na {v}.
GSM: {v}
Tel./WhatsApp {v}
Pokličite na {v}, najbolje po štirih.
Moja številka je {v}, pustite sporočilo, če se ne oglasim.
Če se raje slišimo, sem na {v}.
Za nujne zadeve SMS na {v}.
Tel. {v}
Na {v} vprašajte za koordinacijo prostovoljcev.
Referenca je dosegljiva na {v} v uradnih urah.
## item.URL
Moj portfolio je tukaj: {v}
Več o mojem delu na {v}
Profil: {v}
Termin si rezervirajte neposredno: {v}
Moj profil, če zgornja povezava ne deluje: {v}
Primeri in cene na {v}
Poglejte na {v}
Spletna stran: {v}
Primeri kode na {v}
## item.IP
Demo zaenkrat teče na mojem strežniku, {v}.
Če požarni zid blokira, dovolite {v}.
Testni strežnik za projekt: {v}
Stari forum generacije še vedno teče na {v}, neverjetno.
Moj domači lab je dosegljiv na {v}.
Povezati se lahko samo z {v}, prosim, dovolite ga na VPN.
Razpored izmen za prostovoljce gostuje na {v}.
## item.CARD
Za akontacijo kar bremenite mojo kartico {v}, potem uredimo.
Dvorano sem plačala s kartico {v}, račun je na moje ime.
Kartica za rezervacijo: {v}
Lahko kdo preveri, da {v} ni bila bremenjena dvakrat?
Za nagrade na srečelovu uporabite {v}, potem mi povrnejo.
Akontacijo za obletnico sem plačal s kartico {v}, prosim nakažite mi deleže.
Če rezervacija ne gre, poskusite s {v}.
Vstopnice so šle prek {v}, pošljite mi potrdilo.
## item.IBAN
Podatki za zbiranje denarja: {v}
Svoj delež nakažite na {v}, v namen napišite ime.
Moj IBAN za račun je {v}
Donacije lahko gredo neposredno na {v}
Račun za plačila: {v}
Akontacijo na {v} do konca meseca.
IBAN: {v}
TRR: {v}
Nakazilo na {v}, hvala!
## item.ID
Za obrazec potrebujejo mojo številko, to je {v}.
Vprašali so me za številko: {v}
Št.: {v}
Za preverjanje: {v}
Številka iz dokumentov: {v}
V drugo polje vpišite {v}
Tukaj je: {v}
{v} je številka na moji kartici.
Pozabila sem jo dopisati: {v}
## item.PERSON
[[Moja nekdanja vodja|Moj nekdanji vodja]] {v} bo moja referenca.
Hvala {v:dat} za namig glede tega delovnega mesta.
Pri prenovi sem tesno sodelovala {zs} {v:ins}.
{v} iz stare ekipe poskrbi za pijačo.
Druga referenca: {v}, [[moja vodja|moj vodja]] v društvu.
Če poznate {v:acc}, [[ji|mu]] recite, naj mi piše.
Hvala {v:dat} za vse, kar vem o proračunih.
Koordinacijo prostovoljcev prevzemam od {v:gen}.
Nasvet {v:gen} je bil, naj vprašam javno.
Reference: {v}, [[nekdanja direktorica|nekdanji direktor]] operative.
Imela sem srečo, da sem se učila ob {v:dat}.
Brez {v:gen} tega projekta ne bi bilo.
## item.MEMBER
Hvala {v:dat} za spodbudo, da napišem to objavo.
{v}, ali nisi [[omenila|omenil]], da vaša ekipa zaposluje?
Označujem {v:acc}, ki pozna pol panoge.
Kot je v komentarjih [[napisala|napisal]] {v}, priporočila štejejo.
cc {v}
{v} in jaz skupaj organizirava srečanje.
Posebna zahvala {v:dat} za pregled življenjepisa.
Mogoče lahko {v} deli v skupini alumnov?
Objava {v:gen} prejšnji teden me je prepričala.
Hvala {v:dat} za povezavo, res velikodušno.
Srečanje pripravljam skupaj {zs} {v:ins}.
{v} pozna podrobnosti bolje kot jaz.
## item.ADDRESS
Dokumente pošljite na naslov {v}.
Zbirno mesto za donacije: {v}
Moj naslov za pogodbo: {v}
Dobimo se pri meni, {v}, pozvonite dvakrat.
Stalno prebivališče: {v}
Paketi lahko pridejo na {v}, vedno je kdo doma.
Nov naslov od naslednjega meseca: {v}
Lokacija: {v}
Prevzem pri meni, {v}, med tednom po šesti.
## look.ORDER
Moje naročilo {x} z novim prenosnikom še ni prišlo, zato odgovarjam počasi.
Naročilo {x} za priponke je potrjeno.
## look.INVOICE
Račun {x} je plačan, hvala vsem.
V namen nakazila napišite račun {x}.
## look.TICKET
Zahtevek {x} pri podpori je še odprt.
Z zahtevkom {x} bi morala prijavna stran spet delovati.
## look.TRACKING
Transparenti so na poti, sledenje {x}.
Številka za sledenje paketu s knjigami: {x}
## look.PRICE
Vstopnina je {x}, s hrano.
Moja dnevna postavka se začne pri {x}.
Tečaj stane {x}, plača ga delodajalec.
## look.DATE
Dobimo se {x}.
Prijave so odprte do {x}.
Začnem lahko najprej {x}.
## look.TIME
Vrata se odprejo ob {x}.
Klic je ob {x}, lahko ga prestavimo.
## look.VERSION
Orodje teče na {x}, nič posebnega.
Trenutno največ delam z {x}.
## look.ISBN
Knjiga, ki mi je spremenila pogled na kariero: ISBN {x}.
Priročnik najdete pod ISBN {x}.
## look.FLIGHT
Pristanem z letom {x}, zvečer imam čas za kavo.
Letim z {x}, pridem pozno.
## look.ROOM
Smo v predavalnici {x}, v drugem nadstropju.
Delavnica bo v sobi {x}.
## look.MEASURE
Proga je dolga {x}.
Prostor ima približno {x}, dovolj za manjše delavnice.
## look.PERCENT
Okoli {x} naših prostovoljcev je študentov.
Zaenkrat lahko delam {x}.
## look.REF
Šifra oglasa {x}, če se prijavljate prek portala.
Delovno mesto je na strani za kariero navedeno kot {x}.
## look.COMPANY
Prej sem šest let delala v podjetju {x}.
Projekt financira {x}.
## look.PLACE
Dobimo se pred {x}.
Nekoč smo se učili čisto zraven {x}.
Zbirno mesto je {x}.
## free
Bom kratka, iskanje službe je že tako naporno.
Objavo bom posodobil, ko bo kaj novega.
Vsak pogovor me je nekaj naučil.
Trg je trenutno zahteven, ljudje pa neverjetno prijazni.
Če ste v enaki situaciji, mi kar pišite.
Raje imam manjšo ekipo, kjer se vidi vpliv.
Prosim, brez kripto ponudb.
Čudno je to pisati po toliko letih na istem mestu.
Zavrnitev v zadnjem krogu boli, a se učim.
Delim, če bo komu pomagalo na začetku poti.
Iskren odziv je najlepše darilo za kandidate.
Prostovoljstvo me je držalo pokonci med službama.
Mentor ni nujno slaven, samo velikodušen s svojim časom.
Selitev je predvsem papirologija in potrpežljivost.
Obletnice pokažejo, kako daleč je prišel vsak.
Kot samostojni podjetnik rečeš ne pogosteje, kot bi mislil.
Z veseljem preberem motivacijsko pismo, vprašajte.
Ta teden delam na portfoliu, počasi, a vztrajno.
Najboljši nasvet: nehaj se opravičevati za luknjo v življenjepisu.
Ne mudi se mi, želim pravo mesto.
To pišem iz knjižnice, kar primerno.
Naši prostovoljci omogočajo vse to.
Mreženje mi je še vedno nerodno, ampak deluje.
Bodite prizanesljivi, to je moja prva objava.
Učim se govoriti o svojih močeh brez zardevanja.
Majhne zmage štejejo.
Tudi počitek je del iskanja.
Prijaznost je v naši panogi podcenjena.
Po pravici povedano pogrešam sodelavce.
Novo poglavje, ista radovednost.
Radovednost namesto panike, vsaj ta teden.
Prijave v nedeljo zvečer so posebna umetnost.
Najboljše ekipe so bile vedno najprijaznejše.
Hvala za vsa spodbudna sporočila.
Dober vodja spremeni vse.
## body.open_to_work
Iščem vloge, kot so vodja nabave, projektna vodja ali asistentka uprave.
Naziv mi ni pomemben, ekipa in smisel pa.
## body.freelance
Trenutno je rok izvedbe približno dva tedna.
Vodim tudi delavnice pisanja za ekipe.
## body.volunteering
Vpišite se za toliko izmen, kot želite.
## body.alumni
Na priponkah bodo vaši stari vzdevki, opozorjeni ste.
## body.mentoring
Sem na začetku poti in še ugotavljam, kaj me res veseli.
## body.relocation
S sabo prinašam veliko zagona in zelo zmedeno mačko.
## body.references
Agencija potrebuje samo eno, ampak za vsak primer.
## item.PERSON
Brez pomoči, ki mi jo je [[dala|dal]] {v}, ne bi prišel v to panogo.
## item.MEMBER
Hvala, {v}, za deljenje!
## item.EMAIL
Vprašanja o prijavi pošljite kar na {v}.
## look.TICKET
Odprla sem zahtevek {x} zaradi težav s prijavo.
## look.ORDER
Knjige iz naročila {x} razdelim na srečanju.
## free
Ta teden izbiram radovednost namesto panike.
Kdor želi, naj kar pozdravi.
Še vedno verjamem, da so dobre ekipe prijazne ekipe.
Nazaj v rutino po premoru, korak za korakom.
"""
