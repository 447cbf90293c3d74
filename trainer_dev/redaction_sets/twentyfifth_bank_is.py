"""Icelandic phrase bank (is_IS). {v} nominative value, {v:case} a declined form; {x} look-alike."""

from .twentyfifth_core import lines

OPEN = {
    "anniversary": lines("""
        Fyrir tíu árum gekk ég hér inn án þess að þekkja nokkurn mann.
        Í dag á ég starfsafmæli og er fyrst og fremst þakklát.
        Enn eitt árið í sama teyminu og ég er ekki orðinn leiður.
        Tíminn flýgur þegar maður hefur gaman af vinnunni.
        Í dag fögnum við stórafmæli í starfi innan deildarinnar.
        Netið minnti mig á starfsafmælið, svo hér kemur smá upprifjun.
        Kaka, vandræðalegar myndir og minningar: afmælisvikan.
        Ég hélt aldrei að ég myndi vera hér svona lengi.
        Tíu ár af fundum, hlátri og köldu kaffi.
        Mig langar að staldra við og þakka öllum samstarfsfélögunum.
    """),
    "promotion": lines("""
        Ég hef setið á þessum fréttum í nokkrar vikur.
        Það gleður mig að segja frá því að ég tek við nýju starfi í mánuðinum.
        Nýr titill, sama skrifborð, aðeins fleiri fundir.
        Við óskum samstarfskonu okkar til hamingju með verðskuldaða stöðuhækkun.
        Eftir langt ráðningarferli get ég loksins sagt þetta upphátt.
        Nýr kafli hefst án þess að ég fari úr húsinu.
        Frá og með næsta mánuði stýri ég svæðisteyminu.
        Stolt stund fyrir alla deildina.
        Stöðuhækkanir voru tilkynntar í morgun og öll hæðin fagnar.
        Takk fyrir traustið, ég hlakka til að byrja.
    """),
    "farewell": lines("""
        Eftir mörg góð ár er dagurinn í dag síðasti dagurinn minn hér.
        Ég er ekki góður í kveðjustundum, svo ég hef þetta stutt.
        Samstarfskona til margra ára fer nú á eftirlaun.
        Í vikunni kveðjum við sanna goðsögn.
        Nokkur orð um verkstjórann okkar sem er að hætta fyrir aldurs sakir.
        Kveðjuhófið er á föstudaginn og öll eru velkomin.
        Það var heiður að vinna með ykkur.
        Það er ljúfsárt að fara, en nýtt ævintýri bíður.
        Sumt fólk mótar vinnustað bara með því að mæta.
        Við kveðjum á eftirlaun og það er svo margt að segja.
    """),
    "alumni": lines("""
        Gömlu bekkjarfélagar, dagsetning endurfundanna er loksins ákveðin.
        Fréttir úr útskriftarnetinu.
        Tuttugu árum eftir útskrift hittumst við aftur.
        Við söfnum gamla árganginum saman fyrir enn eitt kvöldið.
        Við leitum að sjálfboðaliðum til að skipuleggja endurfundina.
        Ef þú varst í námi með okkur er þessi færsla fyrir þig.
        Hollvinafélagið heldur aftur árlegan kvöldverð.
        Gamlir vinir, ný störf, sömu brandararnir.
        Árgangurinn hittist, makar velkomnir.
        Prófskírteinið er orðið gamalt en vináttan ekki.
    """),
    "sports": lines("""
        Hlaupahópurinn hittist aftur á sunnudagsmorgnum eftir vetrarfríið.
        Góðgerðarhlaupin eru að byrja og liðið okkar skráir sig.
        Innifótboltaliðið okkar vantar tvo leikmenn.
        Athugið hjólreiðafólk: hjólaferð fyrirtækisins er komin aftur.
        Við lifðum boðhlaupið af og söfnuðum meiru en við bjuggumst við.
        Fréttir frá róðrarfélaginu þessa vikuna.
        Um helgina hlaupum við utanvega, byrjendur velkomnir.
        Takk öll sem hvöttuð okkur við markið.
        Við undirbúum góðgerðarhlaup til styrktar barnaspítalanum.
        Körfuboltaliðið er komið með nýjan fyrirliða.
    """),
    "fundraising": lines("""
        Við söfnum aftur mat fyrir matarbankann.
        Samfélagsgarðurinn þarf hjálparhendur á laugardaginn.
        Liðið okkar safnar fyrir barnadeildina.
        Söfnun vetrarúlpna hefst í næstu viku.
        Staðan á söfnuninni og innilegar þakkir til allra.
        Við höldum kökubasar til styrktar dýraathvarfinu.
        Við leitum að sjálfboðaliðum fyrir góðgerðarspurningakeppnina.
        Bókasöfnunin fyrir skólabókasafnið fór fram úr öllum vonum.
        Lítil bón: okkur vantar bílstjóra til að keyra út mat.
        Skrifstofan okkar styrkir fjöruhreinsun.
    """),
    "mentoring": lines("""
        Leiðbeinendahringurinn okkar tekur við umsóknum í mánuðinum.
        Ég hef verið heppin með leiðbeinendur og nú er komið að mér.
        Nýr hópur í leiðbeinendaverkefninu fer brátt af stað.
        Við leitum að leiðbeinendum með reynslu af fjármálum eða rekstri.
        Stutt samantekt frá leiðbeinendakvöldinu í gær.
        Ef þú ert að hefja ferilinn og finnst þú vera föst eða fastur, þá er þetta fyrir þig.
        Jafningjaleiðsögn snýr aftur, í minni hópum í þetta sinn.
        Takk til manneskjunnar sem hafði trú á mér fyrir mörgum árum.
        Tengslanet kvenna í verkfræði stækkar.
        Öfug leiðsögn: yngra fólkið kennir því eldra og það virkar.
    """),
    "meetup": lines("""
        Skipulag fundarins í næstu viku, vinsamlegast lesið áður en þið mætið.
        Í þessum mánuði höldum við vöruhittinginn.
        Gagnamorgunverðurinn flytur sig um set.
        Nokkur hagnýt atriði um samfélagskvöldið á fimmtudaginn.
        Fyrsti hittingurinn á staðnum eftir flutningana og salurinn er nánast fullur.
        Tengslakvöld ársfjórðungsins er staðfest, nánar hér að neðan.
        Hönnunarhittingurinn verður í öðrum sal, sami tími.
        Upplýsingar fyrir alla sem mæta á hakkaþonið.
        Morgunverður frumkvöðla er aftur á dagskrá.
        Skráning á opna daginn er hafin.
    """),
}

SLOT = {
    "EMAIL": lines("""
        Skráning með tölvupósti á {v}.
        Spurningar sendist á {v}.
        Skráið ykkur í pósti á {v}, ekki í athugasemdum.
        Tengiliður skipuleggjenda: {v}
        Sendið myndir í myndasýninguna á {v}.
        Látið vita af mætingu á {v}.
        Ef formið virkar ekki, skrifið beint á {v}.
        Einkanetfangið mitt er núna {v}.
    """),
    "PHONE": lines("""
        Ef þið verðið sein, hringið í {v}.
        Á viðburðardaginn næst í mig í síma {v}.
        Til að komast í WhatsApp-hópinn, sendið skilaboð í {v}.
        Umsjónarmaðurinn svarar í síma {v}.
        Ef þið villist, hringið í {v} og einhver kemur á móti ykkur.
        Gsm {v}
        Varðandi samferð, sendið SMS í {v}.
        Sími: {v}
    """),
    "URL": lines("""
        Söfnunarsíðan er hér: {v}
        Skráningarskjalið er á {v}.
        Ég skrifaði lengri pistil á bloggið: {v}
        Myndir frá síðast: {v}
        Hægt er að styrkja í gegnum {v}.
        Tengjumst: {v}
    """),
    "IP": lines("""
        Streymisbúnaðurinn er á {v}, vinsamlegast ekki taka hann úr sambandi.
        Ef netið í salnum dettur út fer varastreymið um {v}.
        Gamla þjónn félagsins á {v} verður slökkt.
        Skráningartölvan er með vistfangið {v}, ef tölvudeildin spyr.
        Einhver skráði sig sífellt inn frá {v} í spurningakeppninni, góð tilraun.
    """),
    "CARD": lines("""
        Ég greiddi staðfestingargjaldið með korti {v}, getur einhver staðfest?
        Þátttökugjald liðsins skuldfærist á {v}.
        Salurinn tók frá upphæð á korti {v}.
        Happdrættisvinningana greiddi ég með kortinu {v}.
        Kort fyrir bókunina: {v}
    """),
    "IBAN": lines("""
        Þátttökugjaldið leggist inn á {v}, nafn í skýringu.
        Styrki má leggja beint inn á reikning {v}.
        Reikningur fyrir gjöfina: {v}
        Leggið ykkar hlut í gjöfinni inn á {v}.
        Bankaupplýsingar fyrir kvöldverðinn: {v}
        Reikningur félagsins er {v}.
    """),
    "ID": lines("""
        Tryggingin þarf kennitöluna mína, hún er {v}.
        Í sjálfboðaliðaskráninguna setti ég {v}, er sniðið rétt?
        {v} er kennitalan sem þau eru með á skrá.
        Kennitala: {v}
        Fyrst tók formið ekki við {v}.
        Ég sló inn {v}, sjáum hvað gerist.
    """),
    "PERSON": lines("""
        Sérstakar þakkir til {v:gen} sem keyrði rútuna alla helgina.
        Fyrsti yfirmaðurinn minn, {v}, kenndi mér að hlusta áður en ég tala.
        {v} frá líknardeildinni segir nokkur orð.
        {v}, sem þjálfaði unglingana í mörg ár, verður með okkur.
        Ég man enn þegar {v} fór með mér í gegnum fyrstu úttektina.
        Bikarinn er nefndur eftir {v:dat}.
        Myndir: {v}.
        {v} afhendir verðlaunin.
        Við þökkum {v:dat} hjá matarbankanum.
        Gestafyrirlesari er {v}, fyrrverandi skólastjóri.
    """),
    "MEMBER": lines("""
        Til hamingju, {v}!
        Kærar þakkir til {v:gen} fyrir skipulagninguna!
        {v} bauðst til að hýsa okkur.
        Án {v:gen} hefði þetta aldrei tekist.
        {v} stjórnar upphituninni, ekki mæta of seint.
        Gaman að fá {v:acc} í leiðbeinendahringinn!
        Spyrjið {v:acc} um samferð.
        Ég þakka {v:dat} fyrir hlý orð.
        {v} bætti sitt persónulega met, frábært!
        Við skipulögðum þetta með {v:dat}.
        Ræða {v:gen} fékk alla til að hlæja.
        Við erum stolt af {v:dat}!
        Allar upplýsingar fást hjá {v:dat}.
        Innilega til hamingju með áfangann, {v}!
    """),
    "ADDRESS": lines("""
        Við hittumst á {v:dat}, við hjólagrindurnar.
        Heimilisfang: {v}
        Tekið er við gjöfum á {v:dat}.
        Veislan er heima hjá mér á {v:dat}, frá klukkan sjö.
        Sendið kortið á heimilisfangið {v}, ég kem því áfram.
        Rásmarkið er fyrir utan húsið á {v:dat}.
        Nýtt heimilisfang skrifstofunnar: {v}
    """),
}

LOOK = {
    "ORDER": lines("""
        Verðlaunapeningarnir eru í pöntun {x}.
        Bolapöntun nr. {x} er farin af stað.
    """),
    "INVOICE": lines("""
        Reikningur {x} frá veitingaþjónustunni er greiddur.
        Reikningur nr. {x} nær yfir salarleiguna.
    """),
    "TICKET": lines("""
        Á miðanum mínum stendur {x}.
        Við tilkynntum salnum þetta, mál {x}.
    """),
    "TRACKING": lines("""
        Sending {x}, borðarnir eru á leiðinni.
        Rakningarnúmer pakkans með bikurunum er {x}.
    """),
    "PRICE": lines("""
        Aðgangur {x} á mann, frítt fyrir börn.
        Miðinn kostar {x}, drykkur innifalinn.
        Á endanum söfnuðum við {x}!
    """),
    "DATE": lines("""
        Takið frá {x}.
        Skráningu lýkur {x}.
    """),
    "TIME": lines("""
        Húsið opnar klukkan {x}.
        Upphitun stundvíslega klukkan {x}.
    """),
    "VERSION": lines("""
        Appið hjá félaginu er komið í útgáfu {x}.
        Uppfærið í {x} fyrir sunnudag.
    """),
    "ISBN": lines("""
        Bók mánaðarins: ISBN {x}.
        Við erum að lesa ISBN {x}.
    """),
    "FLIGHT": lines("""
        Ég lendi með {x}, gæti orðið aðeins sein.
        Nokkur okkar fljúga saman með {x}.
    """),
    "ROOM": lines("""
        Við erum með stofu {x} á annarri hæð.
        Vinnustofurnar verða í sal {x}.
    """),
    "MEASURE": lines("""
        Leiðin er {x} með einni lúmskri brekku.
        Takið með ykkur að minnsta kosti {x} af vatni.
    """),
    "PERCENT": lines("""
        Skráningum hefur fjölgað um {x} frá því í fyrra.
        {x} af ágóðanum rennur til athvarfsins.
    """),
    "REF": lines("""
        Setjið tilvísun {x} með greiðslunni.
        Bókunarnúmer: {x}
    """),
    "COMPANY": lines("""
        {x} býður upp á hádegismatinn.
        {x} gaf okkur bolina.
    """),
    "LANDMARK": lines("""
        Markið er nálægt {x}.
        Leiðin liggur fram hjá {x}.
    """),
}

MID = lines("""
    Takið vini með, því fleiri því betra.
    Klæðnaður frjálslegur, íþróttaskór í góðu lagi.
    Það verður matur, líka grænmetisréttir.
    Skrifið í athugasemdir hvort þið komið.
    Við deilum myndum eftir á.
    Engin reynsla nauðsynleg, bara áhugi.
    Fá bílastæði, sameinist í bíla.
    Börn og hundar í taumi velkomin.
    Þetta hefur verið ótrúlegt ferðalag og ég hef lært svo mikið.
    Takk fyrir hvert langt kvöld og hvern hlátur.
    Kaffið er enn vont, sumt breytist aldrei.
    Satt best að segja var það fólkið sem hélt mér hér.
    Deilið með þeim sem gætu haft áhuga.
    Okkur vantar enn nokkra sjálfboðaliða í uppsetninguna.
    Ef þið komist ekki er styrkur líka vel þeginn.
    Takmarkaður fjöldi, skráið ykkur tímanlega.
    Gott aðgengi fyrir hjólastóla og rólegt herbergi til staðar.
    Takið með ykkur eigin bolla.
    Við hlaupum í hvaða veðri sem er.
    Stutt ræða og langur hádegisverður.
    Síðast var þetta mjög vinsælt svo við endurtökum leikinn.
    Nefndin hefur lagt mikla vinnu í þetta.
    Leiðþegar, takið með ykkur markmiðablaðið.
    Þeir sem koma seint geta sest aftast.
    Eftir kynninguna skiptum við okkur í litla hópa.
    Hvert framlag skiptir máli.
    Ég er ekki að gráta, það eruð þið.
    Kakan er pöntuð, súkkulaðið vann.
    Þau sem skrá sig síðast vaska upp.
    Upptakan verður aðgengileg félögum.
    Á fyrstu kynningunni fyrir stjórninni skulfu á mér hendurnar.
    Allt sem ég veit um fjárhagsáætlanir lærði ég á þessari gluggalausu skrifstofu.
    Nýi eftirlaunaþeginn okkar lofaði að lesa ekki tölvupóst úti í garði.
    Kvöldverður útskriftarárgangsins seldist upp hraðar en tónleikar.
    Leiðsögn snýst í raun um að hlusta með opna minnisbók.
    Hópurinn byrjaði með þrjár manneskjur og eina töflu.
    Í fyrra breyttist brautin í drullusvað og okkur fannst það frábært.
    Helmingur liðsins hafði aldrei hlaupið áður.
    Klæðist litum félagsins ef þið eigið þá.
    Áhorfendur eru velkomnir meðfram árbakkanum.
    Stutt erindi og langar samræður.
    Athvarfið segir að hvert teppi skipti máli í vetur.
    Í óskilamunum er enn jakki frá því síðast.
    Nýtt snið: færri glærur, fleiri spurningar.
    Nokkrir gamlir félagar koma alla leið frá útlöndum.
    Það besta við starfið var að sjá yngra fólkið fara fram úr mér.
    Rólegur hraði, enginn skilinn eftir.
    Kaffi og bakkelsi frá bakaríinu við hliðina.
    Við lyftum glasi fyrir þeim sem komast ekki.
    Ég reyni að hafa þetta ekki of langt.
""")

CLOSE = lines("""
    Sjáumst!
    Takk öll.
    Áfram veginn.
    Skál!
    Hlakka mikið til.
    Vonandi sjáum við mörg kunnugleg andlit.
    Fyrir nýjum kafla.
    Endilega hafið samband ef spurningar vakna.
    Látið þetta berast!
    Með þakklæti.
    Þetta verður frábær dagur.
    Meira síðar.
    Takk fyrir að lesa.
    Öll velkomin.
    Sjáumst á ráslínunni.
    Farið vel með ykkur.
    Þangað til næst.
    Áfram liðið!
    Margt smátt gerir eitt stórt.
    Höldum sambandi.
    Spurningar í athugasemdir.
    Knús á línuna.
    Góða helgi!
    Sjáumst fljótlega.
    Takk fyrir að vera til staðar.
""")

for _g, _s in zip(OPEN, [
        "Tíu ár, þrír flutningar, eitt teymi: tími til að þakka fyrir.",
        "Stundum kemur stöðuhækkunin einmitt þegar maður á síst von á henni.",
        "Í dag kveðjum við, og það með tónlist.",
        "Hádegisverður fyrrverandi samstarfsfólks er loksins kominn með dagsetningu.",
        "Hver hleypur með? Borgarhlaupið vantar enn boðhlaupssveitir.",
        "Við söfnum hreinlætisvörum fyrir Kvennaathvarfið út mánuðinn.",
        "Við leitum að leiðbeinendapörum, fresturinn rennur brátt út.",
        "Mikilvægt fyrir alla sem mæta á fundinn á miðvikudaginn.",
        ], strict=True):
    OPEN[_g].append(_s)
SLOT["MEMBER"] += ["Gaman að hafa {v:acc} aftur með okkur.", "Hattinn ofan fyrir {v:dat}!",
                   "{v} kemur með kökuna, hin með drykki."]
SLOT["PERSON"] += ["{v} frá stéttarfélaginu heldur ræðuna.",
                   "Hlaupahópinn stofnaði á sínum tíma {v}."]
SLOT["EMAIL"] += ["Spurningar um hvernig á að komast á staðinn: {v}"]
SLOT["PHONE"] += ["Neyðarnúmer á viðburðardaginn: {v}"]
SLOT["ADDRESS"] += ["Við erum flutt, héðan í frá: {v}"]
SLOT["ID"] += ["Kennitala fyrir skráningu í félagið: {v}", "{v}, ef einhver þarf þetta enn."]
MID += lines("""
    Þau sem vilja geta haldið áfram á kaffihúsinu á eftir.
    Auðvelt er að komast á staðinn með strætó.
    Viðburðurinn er ókeypis en frjáls framlög vel þegin.
    Barnagæsla verður á staðnum.
    Látið vita ef þið komist ekki eftir allt saman.
    Það eru stólar, en ekki margir.
    Dagskráin verður send út tímanlega.
    Tekið verður vel á móti þeim sem mæta í fyrsta sinn.
    Við byrjum stundvíslega, svo það er betra að mæta aðeins fyrr.
    Stemningin síðast var ótrúleg.
    Öll hjálp er vel þegin.
    Þetta verður afslappað kvöld án glærukynninga.
    Munið eftir íþróttafötunum.
    Allur ágóði rennur til góðs málefnis.
    Ef það rignir færum við okkur inn í íþróttahúsið.
    Ég hef lært svo margt af þessu teymi.
    Viðurkenningarskjölin verða afhent á staðnum.
    Smá glaðningur bíður allra sjálfboðaliða.
    Engar gjafir, frekar styrk.
    Skráningin er ekki bindandi.
""")
CLOSE += ["Sjáumst í næstu viku!", "Við treystum á ykkur.", "Bestu kveðjur.", "Góða skemmtun!"]
