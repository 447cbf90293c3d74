"""More sentence pieces: Dutch, Polish, Swedish, Indonesian ("|" separates pieces)."""

MORE_NL = {
    "open": {
        "news": "Vandaag bestaan we vijf jaar!|Persoonlijk nieuws: ik ga iets nieuws doen.|"
        "We hebben onze eerste investeringsronde rond.|Vandaag is mijn laatste werkdag.|"
        "Het nieuwe distributiecentrum is eindelijk open.",
        "newsletter": "Hoi allemaal, dit gebeurde er deze maand.|De hoogtepunten, voor wie ze "
        "miste.|Korte editie deze keer.|Wat we lanceerden, wie erbij kwam en wat er komt.",
        "support": "Kan iemand dit alsjeblieft escaleren?|Ik maak het openbaar want per mail "
        "reageert niemand.|Na twee monteursbezoeken nog steeds kapot.|Graag een leidinggevende aan "
        "de lijn.|Er zou worden teruggebeld, maar niets.|Dit is mijn derde klacht.",
        "delivery": "Het pakket kwam open en half leeg aan.|Nog steeds wachten op de vervanging.|"
        "De track & trace staat al dagen stil.|Ik kreeg de bestelling van iemand anders.|"
        "Het retourlabel werkt niet.|De bezorger heeft niet eens aangebeld.",
        "booking": "Kan mijn afspraak naar de middag?|We moeten de groepsboeking annuleren.|"
        "Is er nog plek bij de workshop?|Kunnen er nog twee gasten bij?",
        "profile": "Contact:|Mijn gegevens:|Hartelijke groet,|Gr.,|Verstuurd vanaf mijn "
        "telefoon.|--",
    },
    "fill": "Eerlijk is eerlijk, de eerste medewerker was vriendelijk.|Niemand voelt zich "
    "verantwoordelijk.|Tips zijn welkom.|Al de derde keer dit kwartaal.|En van de terugbetaling "
    "nog niets.|De veelgestelde vragen helpen niet.|Super trots op dit team.|Details in de "
    "reacties.|Niet het einde van de wereld, wel irritant.|Vraag me alsjeblieft niet weer de "
    "router te herstarten.|We staan ook op de beurs.|Kom langs bij onze stand.|Ik houd deze post "
    "bij.|De chatbot stuurt me steeds terug naar het menu.",
    "close": "Dank allemaal.|Groet.|Spreek je snel.|Top, bedankt.|Hou je goed.|Op naar de "
    "volgende!",
    "lead": "Verder:|Update:|Even tussendoor:|Voor de duidelijkheid,|Nog één ding:|Zoals gevraagd,|"
    "Trouwens,|PS:|Aanvulling:|Nogmaals,",
    "slot": {
        "EMAIL": "Liefst per mail: {v}|Stuur de bon door naar {v}|Contact: {v}|Zet {v} in de cc",
        "PHONE": "Mobiel: {v}|Bel of app {v}|Tel.: {v}|Terugbellen kan op {v}|Vast: {v}",
        "URL": "Meer info: {v}|Connect: {v}|Kijk op {v}|Website: {v}",
        "IP": "Toegang geblokkeerd voor {v}|De logs tonen pogingen vanaf {v}",
        "CARD": "Afgeschreven van kaart {v}|Stop met afschrijven van {v}|Zeg het abonnement op "
        "{v} op",
        "ID": "BSN: {v}|Hierbij: {v}|Nummer: {v}|{v}",
        "IBAN": "Rekening voor de terugbetaling: {v}|IBAN {v}|Graag overmaken naar {v}",
        "PERSON": "Er kwam een monteur, {v}|{v} aan de kassa was onbeleefd|Dank aan {v} van de "
        "administratie|Onze gastspreker is {v}|Vraag naar {v} bij de receptie",
        "MEMBER": "Welkom, {v}!|Dank voor de vermelding, {v}|Leuk om {v} weer te zien|Trots om met "
        "{v} te werken|Ik haak {v} even aan|Vraag {v} om details",
        "ADDRESS": "Stuur het naar {v}|Je vindt ons op {v}|Kom langs op {v}|Factuuradres: {v}",
    },
}

MORE_PL = {
    "open": {
        "news": "Dziś mija pięć lat naszej firmy!|Osobiste ogłoszenie: zmieniam pracę.|"
        "Zamknęliśmy pierwszą rundę inwestycyjną.|Dziś mój ostatni dzień w firmie.|"
        "Nowe centrum dystrybucyjne wreszcie otwarte.",
        "newsletter": "Cześć, oto co działo się w tym miesiącu.|Najważniejsze rzeczy, jeśli coś "
        "umknęło.|Tym razem krótko.|Co wypuściliśmy, kto dołączył i co dalej.",
        "support": "Czy ktoś może to eskalować?|Piszę publicznie, bo mailowo nikt nie odpowiada.|"
        "Po dwóch wizytach technika nadal nie działa.|Proszę o kontakt przełożonego.|Obiecano "
        "oddzwonić i nic.|To już moja trzecia reklamacja.",
        "delivery": "Paczka przyszła otwarta i w połowie pusta.|Wciąż czekam na wymianę.|"
        "Śledzenie przesyłki stoi od kilku dni.|Dostałem cudze zamówienie.|"
        "Etykieta zwrotna nie działa.|Kurier nawet nie zadzwonił domofonem.",
        "booking": "Czy można przesunąć wizytę na popołudnie?|Musimy odwołać rezerwację grupową.|"
        "Czy są jeszcze miejsca na warsztat?|Czy możemy dopisać dwie osoby?",
        "profile": "Kontakt:|Moje dane:|Serdecznie pozdrawiam,|Pozdr.,|Wysłane z telefonu.|--",
    },
    "fill": "Uczciwie mówiąc, pierwsza konsultantka była miła.|Nikt nie czuje się odpowiedzialny.|"
    "Chętnie przyjmę rady.|Już trzeci raz w tym kwartale.|A zwrotu pieniędzy dalej brak.|"
    "FAQ nic nie mówi o takim przypadku.|Jesteśmy bardzo dumni.|Szczegóły w wątku.|"
    "Nie koniec świata, ale irytuje.|Proszę nie kazać mi znowu restartować routera.|"
    "Będziemy też na targach.|Zapraszamy na nasze stoisko.|Będę aktualizować ten wpis.|"
    "Chatbot odsyła mnie w kółko do menu.",
    "close": "Dzięki wszystkim.|Pozdro.|Do usłyszenia.|Bardzo dziękuję.|Trzymajcie "
    "się.|Działamy dalej!",
    "lead": "Poza tym,|Aktualizacja:|Krótko:|Dla jasności,|Jeszcze jedno:|Zgodnie z prośbą,|"
    "Przy okazji,|PS:|Edycja:|Jeszcze raz,",
    "slot": {
        "EMAIL": "Najlepiej mailowo: {v}|Paragon proszę przesłać na {v}|Kontakt: {v}|Proszę dodać "
        "{v} do kopii",
        "PHONE": "Komórka: {v}|Dzwoń lub pisz: {v}|Tel.: {v}|Można oddzwonić na "
        "{v}|Stacjonarny: {v}",
        "URL": "Szczegóły: {v}|Połączmy się: {v}|Zajrzyjcie na {v}|Strona: {v}",
        "IP": "Zablokowano dostęp dla {v}|W logach widać próby z {v}",
        "CARD": "Obciążono kartę {v}|Proszę przestać pobierać opłaty z {v}|Anulujcie "
        "odnowienie na {v}",
        "ID": "PESEL: {v}|Proszę: {v}|Numer: {v}|{v}",
        "IBAN": "Konto do zwrotu: {v}|IBAN {v}|Przelew na {v}",
        "PERSON": "Przyszedł technik, {v}|{v} przy kasie była niemiła|Dziękuję {v} z księgowości|"
        "Naszym gościem będzie {v}|Pytajcie o {v} w recepcji",
        "MEMBER": "Witaj na pokładzie, {v}!|Dzięki za wzmiankę, {v}|Miło było zobaczyć {v}|"
        "Dumny, że pracuję z {v}|Dołączam {v} do wątku|Szczegóły u {v}",
        "ADDRESS": "Proszę wysłać na {v}|Znajdziecie nas: {v}|Zapraszamy do sklepu: {v}|"
        "Adres do faktury: {v}",
    },
}

MORE_SV = {
    "open": {
        "news": "Idag fyller företaget fem år!|Personlig nyhet: jag byter jobb.|"
        "Vi har stängt vår första investeringsrunda.|Idag är min sista dag på jobbet.|"
        "Det nya lagret är äntligen invigt.",
        "newsletter": "Hej alla, det här hände i månaden.|Höjdpunkterna, om ni missade dem.|"
        "Kort utgåva den här gången.|Vad vi lanserade, vem som började och vad som händer härnäst.",
        "support": "Kan någon eskalera detta?|Skriver offentligt eftersom ingen svarar på mejl.|"
        "Fortfarande trasigt efter två teknikerbesök.|Jag vill prata med en chef.|Ni lovade att "
        "ringa tillbaka men inget hände.|Det här är mitt tredje klagomål.",
        "delivery": "Paketet kom öppnat och halvtomt.|Väntar fortfarande på ersättningen.|"
        "Spårningen har stått still i flera dagar.|Jag fick någon annans beställning.|"
        "Returetiketten fungerar inte.|Budet ringde inte ens på.",
        "booking": "Kan min tid flyttas till eftermiddagen?|Vi måste avboka gruppbokningen.|"
        "Finns det plats kvar på workshopen?|Kan vi lägga till två gäster?",
        "profile": "Kontakt:|Mina uppgifter:|Varma hälsningar,|/Hälsningar|Skickat från "
        "mobilen.|--",
    },
    "fill": "För att vara rättvis var den första handläggaren trevlig.|Ingen tar ansvar.|"
    "Tips tas tacksamt emot.|Tredje gången detta kvartal.|Och ingen återbetalning än.|"
    "Vanliga frågor täcker inte detta.|Vi är så stolta.|Detaljer i tråden.|Inte hela världen, "
    "men irriterande.|Be mig inte starta om routern igen.|Vi finns också på mässan.|Kom förbi "
    "vår monter.|Jag uppdaterar inlägget.|Chatboten skickar mig bara tillbaka till menyn.",
    "close": "Tack alla.|Ha det gott.|Hörs snart.|Stort tack.|Ta hand om er.|Framåt!",
    "lead": "Dessutom,|Uppdatering:|Snabbt:|För ordningens skull,|En sak till:|Som ni bad om,|"
    "Förresten,|PS:|Tillägg:|Återigen,",
    "slot": {
        "EMAIL": "Helst via mejl: {v}|Skicka kvittot till {v}|Kontakt: {v}|Sätt {v} som kopia",
        "PHONE": "Mobil: {v}|Ring eller sms:a {v}|Tfn: {v}|Ring tillbaka på {v}|Växel: {v}",
        "URL": "Mer info: {v}|Connecta: {v}|Kolla in {v}|Hemsida: {v}",
        "IP": "Åtkomst blockerad för {v}|Loggarna visar försök från {v}",
        "CARD": "Dragningen gjordes på kort {v}|Sluta dra pengar från {v}|Avsluta förnyelsen "
        "på {v}",
        "ID": "Personnummer: {v}|Här: {v}|Nummer: {v}|{v}",
        "IBAN": "Konto för återbetalningen: {v}|IBAN {v}|Sätt in på {v}",
        "PERSON": "En tekniker, {v}, kom förbi|{v} i kassan var otrevlig|Tack {v} på ekonomi|"
        "Vår gästtalare är {v}|Fråga efter {v} i receptionen",
        "MEMBER": "Välkommen, {v}!|Tack för omnämnandet, {v}|Kul att ses, {v}|Stolt att jobba med "
        "{v}|Lägger till {v} i tråden|Fråga {v} om detaljer",
        "ADDRESS": "Skicka till {v}|Ni hittar oss på {v}|Besök butiken på {v}|Fakturaadress: {v}",
    },
}

MORE_ID = {
    "open": {
        "news": "Hari ini perusahaan kami genap lima tahun!|Kabar pribadi: saya pindah kerja.|"
        "Kami baru menutup pendanaan tahap awal.|Hari ini hari terakhir saya di kantor.|"
        "Gudang baru akhirnya diresmikan.",
        "newsletter": "Halo semua, ini yang terjadi bulan ini.|Sorotan bulan ini, kalau ada yang "
        "terlewat.|Edisi singkat kali ini.|Apa yang kami rilis, siapa yang bergabung, dan rencana "
        "berikutnya.",
        "support": "Tolong ada yang bisa eskalasi?|Saya posting di sini karena email tidak "
        "dibalas.|"
        "Sudah dua kali teknisi datang, masih rusak.|Minta dihubungi supervisor.|Katanya mau "
        "ditelepon balik, tapi tidak ada.|Ini komplain saya yang ketiga.",
        "delivery": "Paket datang dalam keadaan terbuka dan isinya kurang.|Masih menunggu barang "
        "pengganti.|Tracking tidak update berhari-hari.|Saya malah terima pesanan orang lain.|"
        "Label retur tidak bisa dipakai.|Kurirnya tidak mengetuk pintu.",
        "booking": "Bisa dipindah ke sore?|Kami perlu membatalkan booking rombongan.|Masih ada "
        "kursi "
        "untuk workshop?|Bisa tambah dua tamu lagi?",
        "profile": "Kontak:|Data saya:|Salam hangat,|Best regards,|Dikirim dari ponsel.|--",
    },
    "fill": "Jujur, CS pertama ramah kok.|Tidak ada yang mau bertanggung jawab.|Ada saran?|"
    "Sudah tiga kali kuartal ini.|Refund juga belum masuk.|FAQ-nya tidak membahas kasus ini.|"
    "Kami bangga sekali.|Detail di thread.|Bukan masalah besar, tapi menyebalkan.|Tolong jangan "
    "suruh saya restart modem lagi.|Kami juga ikut pameran.|Mampir ke booth kami ya.|Post ini "
    "akan saya update.|Chatbot-nya balik ke menu terus.",
    "close": "Makasih semuanya.|Salam hangat.|Sampai ketemu.|Terima kasih banyak.|Jaga kesehatan.|"
    "Gas terus!",
    "lead": "Selain itu,|Update:|Singkatnya:|Sebagai catatan,|Satu lagi:|Sesuai permintaan,|"
    "Oh ya,|PS:|Edit:|Sekali lagi,",
    "slot": {
        "EMAIL": "Lebih baik lewat email: {v}|Teruskan struknya ke {v}|Kontak: {v}|Tolong cc {v}",
        "PHONE": "No. HP: {v}|Telepon atau WA ke {v}|Telp: {v}|Bisa telepon balik ke "
        "{v}|Kantor: {v}",
        "URL": "Detail di sini: {v}|Yuk connect: {v}|Cek {v}|Situs: {v}",
        "IP": "Akses diblokir untuk {v}|Log menunjukkan percobaan dari {v}",
        "CARD": "Tagihan masuk ke kartu {v}|Tolong stop tagihan ke {v}|Batalkan perpanjangan "
        "di {v}",
        "ID": "NIK: {v}|Ini: {v}|Nomor: {v}|{v}",
        "BANK": "Rekening BCA {v}|Rek. Mandiri {v}|Tolong transfer ke {v}",
        "PERSON": "Teknisinya bernama {v}|{v} di kasir tidak sopan|Terima kasih {v} dari bagian "
        "keuangan|Pembicara tamu kami {v}|Tanyakan {v} di resepsionis",
        "MEMBER": "Selamat bergabung, {v}!|Makasih sudah mention, {v}|Senang ketemu {v} lagi|"
        "Bangga kerja bareng {v}|Saya tambahkan {v} di sini|Tanya {v} untuk detailnya",
        "ADDRESS": "Kirim ke alamat {v}|Kami ada di {v}|Mampir ke toko di {v}|Alamat "
        "penagihan: {v}",
    },
}
