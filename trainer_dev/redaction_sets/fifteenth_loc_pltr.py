"""Polish and Turkish locales of the fifteenth set (pl_PL, tr_TR), written by hand."""

from __future__ import annotations

from . import fifteenth_num as num


def _pl_fem(s: str) -> str:
    for a, b in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


def _pl_ids(rng, person):
    return "compact", num.pl_pesel(rng)


def _tr_ids(rng, person):
    v = num.tr_tckn(rng)
    form = rng.choice(["compact", "compact", "spaced"])
    return form, v if form == "compact" else f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}"


PL_PL = dict(
    code="pl_PL", cc="PL", region="PL", intl="48", iban_cc=["PL"], tld="pl", fem=_pl_fem,
    female="Zuzanna Julia Zofia Hanna Maja Lena Alicja Katarzyna Małgorzata Agnieszka Bożena "
           "Halina Oksana Olena Viktoria Ewelina Jadwiga Paulina Iwona Minh".split(),
    titles=["Pan", "Pani", "dr", "mgr"],
    given="Jakub Antoni Szymon Jan Filip Aleksander Mikołaj Wojciech Zuzanna Julia Zofia Hanna "
          "Maja Lena Alicja Katarzyna Małgorzata Agnieszka Grzegorz Krzysztof Tomasz Bożena "
          "Halina Stanisław Oksana Taras Olena Bohdan Viktoria Dmytro Minh Ewelina Jadwiga "
          "Ryszard Kamil Paulina Marcin Iwona",
    surnames="Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, "
             "Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, "
             "Krawczyk, Piotrowski, Grabowski, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, "
             "Majewski, Olszewski, Stępień, Dudek, Zając, Kaczmarek, Shevchenko, Kovalenko, "
             "Bondarenko, Melnyk, Tran, Górecki, Sikora, Baran, Pietrzak, Czarnecki, Wróbel",
    email_domains=["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl", "op.pl"],
    trades=["hydraulika", "korepetycje", "sprzatanie", "remonty", "torty", "foto"],
    streets=[("ulica Długa", "ul. Długa"), ("ulica Marszałkowska", "ul. Marszałkowska"),
             ("aleja Jana Pawła II", "al. Jana Pawła II"), ("ulica Kwiatowa", "ul. Kwiatowa"),
             ("ulica Słoneczna", "ul. Słoneczna"), ("osiedle Piastów", "os. Piastów"),
             ("ulica Lipowa", "ul. Lipowa"), ("plac Wolności", "pl. Wolności"),
             ("ulica Mickiewicza", "ul. Mickiewicza"), ("ulica Ogrodowa", "ul. Ogrodowa"),
             ("ulica Polna", "ul. Polna")],
    stop={"ulica", "ul", "aleja", "al", "osiedle", "os", "plac", "pl", "ii"},
    towns=[("Warszawa", ["00-238", "02-495", "03-734"]), ("Kraków", ["30-001", "31-154"]),
           ("Wrocław", ["50-001", "53-333"]), ("Poznań", ["60-101", "61-712"]),
           ("Gdańsk", ["80-001", "80-831"]), ("Łódź", ["90-001", "93-154"]),
           ("Lublin", ["20-001", "20-072"]), ("Katowice", ["40-001", "40-085"])],
    addr={"full": ["{s} {no}, {pc} {town}", "{s} {no} {pc} {town}", "{pc} {town}, {s} {no}"],
          "unit": ["{s} {no} {u}, {pc} {town}", "{s} {no}/{n2}", "{s} {no} {u}"],
          "street": ["{s} {no}"]},
    units=["m. {n}", "lok. {n}", "m. {n}, klatka {l}", "piętro {f}"],
    phones=[(["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"], 9,
             ["spaced=### ### ###", "intl=+48 ### ### ###", "dashed=###-###-###",
              "intl00=0048 #########", "compact=#########", "intl_c=+48#########"]),
            (["22", "12", "71", "61", "58"], 9, ["spaced=## ### ## ##", "intl=+48 ## ### ## ##",
                                                 "paren=(##) ### ## ##"])],
    ids=_pl_ids, cur=["{a} zł", "{a} zł", "{a} PLN", "{a}zł"], thou=" ", dec=",",
    months=["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia"],
    datef=["{dd}.{mm}.{y}", "{d} {mon}", "{d} {mon} {y}", "{dd}.{mm}"],
    timef=["{h}:{mm}", "godz. {h}:{mm}", "{h}.{mm}"],
    measures=["{n} kg", "{n} m²", "{n} km", "{n} mkw."],
    plates=["WA DDDLL", "KR DLDDD", "PO DDDLL", "GD DDDDL"], flights=["LO", "FR", "W6", "3Z"],
    companys="OLX | Allegro | Biedronka | InPost | Żabka | Castorama | Media Expert",
    products="Thermomix | odkurzacz Zelmer | wózek Gondola | ekspres DeLonghi",
    places="Szpital im. Kopernika | Plac Piłsudskiego | Park Kościuszki | Liceum im. Marii "
           "Skłodowskiej | Dworzec Chopina | Pomnik Mickiewicza",
    genres={
        "classified": "Sprzedam stół z litego dębu, odbiór osobisty. | Sprzedam rower dziecięcy, "
                      "stan bardzo dobry. | Przeprowadzka, sprzedam kanapę, regał i lodówkę.",
        "rental": "Pokój do wynajęcia w mieszkaniu studenckim od przyszłego miesiąca. | "
                  "Mieszkanie na wynajem, nieumeblowane, oglądanie po umówieniu.",
        "jobs": "Szukam solidnej osoby do sprzątania kilka godzin w tygodniu. | Złota rączka z "
                "doświadczeniem, drobne naprawy. | Nasza kawiarnia zatrudni na weekendy!",
        "lost_found": "ZAGINĘŁA szara pręgowana kotka, bardzo płochliwa, wabi się Mruczka. | "
                      "Znalezione klucze na ławce przy placu zabaw. | Zgubiłem portfel między "
                      "dworcem a biblioteką, brązowa skóra.",
        "carpool": "Mam dwa wolne miejsca nad morze w sobotę. | Ktoś jedzie w piątek rano na "
                   "lotnisko? Dzielimy się kosztami paliwa.",
        "services": "Czy ktoś poleci dobrego elektryka? | Wielkie dzięki dla hydraulika, który "
                    "naprawił nam piec! | Korepetycje z matematyki, każdy poziom.",
        "notice": "Uwaga mieszkańcy: we wtorek rano nie będzie wody. | Paczka zostawiona u "
                  "sąsiada, proszę odebrać. | Od przyszłego tygodnia remont podwórka, "
                  "przepraszamy za hałas.",
        "club": "Klub biegacza wraca po przerwie zimowej. | Parafia szuka wolontariuszy do "
                "banku żywności. | Festyn szkolny w sobotę, ciasta mile widziane!",
        "review": "Krótka opinia o nowym warsztacie w centrum. | Szczera opinia po remoncie "
                  "kuchni.",
        "rsvp": "Lista na piknik sąsiedzki otwarta! | Proszę potwierdzić obecność na zebraniu "
                "rodziców.",
        "swap": "Oddam za darmo ubranka niemowlęce, głównie dla dziewczynki. | Wątek wymiany: "
                "piszcie, co macie i czego szukacie.",
    },
    phr={
        "EMAIL": "Zdjęcia wyślę mailem, piszcie na {v}. | Pytania na {v}. | Kontakt: {v} | "
                 "Piszcie na {v}, odpisuję wieczorem.",
        "PHONE": "Dzwońcie lub piszcie SMS: {v}. | WhatsApp {v} po 18. | Jak ją zobaczycie, "
                 "dzwońcie pod {v}! | Tel. {v} | Jego numer to {v}, powiedzcie, że od nas. | "
                 "Tylko SMS: {v}",
        "URL": "Więcej zdjęć na {v}. | Informacje i zapisy: {v} | Zajrzyjcie na jego stronę {v}",
        "IP": "Kamera pokazuje logowanie z {v}, czy to ktoś z was? | Osiedlowe wifi ciągle "
              "blokuje {v}, może administrator to odblokować?",
        "CARD": "UWAGA: rzekomy kupujący prosił o potwierdzenie karty {v}. To oszustwo! | Ktoś "
                "przez pomyłkę wrzucił numer karty {v} na grupę, usuńcie to! | Nigdy nie "
                "wysyłajcie danych karty jak {v} fałszywym kurierom.",
        "IBAN": "Kaucję proszę wpłacić na konto {v}. | Zaliczka na {v}. | Przelew na {v}, w "
                "tytule imię i nazwisko. | Numer konta na zbiórkę: {v}",
        "ID": "Znalazłam portfel z dowodem, PESEL {v}. | Rzekomy właściciel chce mój PESEL {v} "
              "przed oglądaniem, to normalne? | Na znalezionym dokumencie jest PESEL {v}.",
        "PERSON": "Nasz hydraulik {v} spisał się na medal, polecam. | Pytajcie o {v} w "
                  "recepcji. | {v} ze sklepiku zbiera datki. | Dziękujemy {v} za znalezienie "
                  "psa! | Korepetytorka {v} jest bardzo cierpliwa. | Uważajcie na {v}, wziął "
                  "kaucję i zniknął.",
        "MEMBER": "{v} przyniesie namiot. | Na razie zapisani: {v}. | Dzięki {v} za "
                  "organizację! | Klucze ma {v}, tu na grupie. | {v} prowadzi w tym roku "
                  "stoisko.",
        "ADDRESS": "Oglądanie: {v}. | Odbiór: {v}. | Miejsce zbiórki: {v}. | Zostawcie na {v}, "
                   "ostatni dzwonek. | Adres: {v}",
    },
    la={
        "price": "Cena: {v} do negocjacji. | Oddam za {v}. | {v}, cena stała.",
        "date": "Wolne od {v}. | Spotkanie {v}. | Wyprowadzam się {v}.",
        "time": "Start o {v}. | Odbiór około {v}.",
        "hours": "Otwarte pon.–pt. {v}.",
        "order_no": "Zamówienie {v} przyszło uszkodzone. | (zamówienie nr {v})",
        "tracking": "Numer przesyłki: {v} | Przesyłka {v} doręczona.",
        "model": "Model {v}, działa bez zarzutu. | To {v}.",
        "serial": "Numer seryjny {v} na fakturze.",
        "isbn": "Podręcznik ISBN {v}, prawie nowy.",
        "dimension": "Wymiary: {v}. | Rozmiar {v}.",
        "measure": "Waży około {v}. | Około {v}.",
        "plate": "Rejestracja {v}. | Bus {v} znowu blokuje wjazd.",
        "bus": "Autobusem {v} do pętli. | Linia {v} staje pod domem.",
        "room": "Zebranie w sali {v}. | Sala {v} w domu kultury.",
        "version": "Firmware {v}. | wersja aplikacji {v}",
        "flight": "Ląduję lotem {v}, ktoś mnie odbierze?",
        "company": "Kupione w {v}. | Taniej niż w {v}.",
        "product": "W zestawie {v}. | Zamienię na {v}.",
        "place": "Blisko: {v}. | Naprzeciwko: {v}.",
        "year": "Kupione nowe w {v}.",
        "invoice": "Faktura {v} w załączniku.",
        "ticket": "Zgłoszone do urzędu, sprawa {v}.",
    },
    closers="Dzięki! | Pozdrawiam. | Pytania na priv. | Kto pierwszy, ten lepszy. | Miłego "
            "weekendu!",
    free="Tylko odbiór osobisty. | Dom bez zwierząt i dymu. | Odpowiadam w komentarzach. | "
         "Płatność gotówką. | Udostępniajcie, proszę. | Wszyscy mile widziani. | Szukam dalej, "
         "każda wskazówka się przyda. | Stan dobry, drobne rysy. | Aktualizacje tutaj. | Dzieci "
         "mile widziane.",
)

TR_TR = dict(
    code="tr_TR", cc="TR", region="TR", intl="90", iban_cc=["TR"], tld="com.tr", turkish=True,
    titles=["Bay", "Bayan", "Dr.", "Hanım", "Bey"],
    given="Yusuf Eymen Ömer Mustafa Mehmet Ahmet Emir Kerem Zeynep Elif Defne Asel Ecrin "
          "Hiranur Ayşe Fatma Emine Hatice İbrahim İsmail Hüseyin Gökhan Burak Serkan Deniz "
          "Ceren Büşra Özlem Tuğba Volkan Levent Aram Rojin Baran Dilan Anahit Yiğit Irmak",
    surnames="Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, "
             "Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Erdoğan, "
             "Güneş, Aksoy, Bulut, Tekin, Karakaya, Uçar, Akgül, Turan, Ekinci, Bozkurt, "
             "Kartal, Korkmaz, Sarı, Tunç, Kaplan, Bayram, Ateş, Keskin",
    email_domains=["gmail.com", "hotmail.com", "yandex.com", "outlook.com", "yahoo.com"],
    trades=["tesisat", "ozelders", "temizlik", "tadilat", "pasta", "foto"],
    streets=[("Bağdat Caddesi", "Bağdat Cad."), ("Moda Caddesi", "Moda Cad."),
             ("Bahariye Caddesi", "Bahariye Cd."), ("Lale Sokak", "Lale Sk."),
             ("Gül Sokağı", "Gül Sok."), ("Cumhuriyet Bulvarı", "Cumhuriyet Blv."),
             ("Fenerbahçe Mahallesi Kalamış Sokak", "Fenerbahçe Mah. Kalamış Sk."),
             ("Osmanağa Mahallesi Söğütlüçeşme Caddesi", "Osmanağa Mah. Söğütlüçeşme Cad."),
             ("Kızılay Meydanı", "Kızılay Meyd."), ("Akasya Sokak", "Akasya Sk.")],
    stop={"caddesi", "cad", "cd", "sokak", "sokağı", "sk", "sok", "bulvarı", "blv",
          "mahallesi", "mah", "meydanı", "meyd"},
    towns=[("Kadıköy/İstanbul", ["34710", "34726"]), ("Beşiktaş/İstanbul", ["34353", "34357"]),
           ("Çankaya/Ankara", ["06420", "06690"]), ("Konak/İzmir", ["35250", "35210"]),
           ("Nilüfer/Bursa", ["16110", "16120"]), ("Muratpaşa/Antalya", ["07100", "07160"]),
           ("Seyhan/Adana", ["01120", "01170"])],
    addr={"full": ["{s} No: {no}, {pc} {town}", "{s} No:{no} {pc} {town}",
                   "{s} {no}, {pc} {town}"],
          "unit": ["{s} No: {no} {u}, {pc} {town}", "{s} No:{no} {u}", "{s} No: {no}/{n2}"],
          "street": ["{s} No: {no}", "{s} No:{no}"]},
    units=["D: {n}", "Daire {n}", "Kat: {f} D: {n}", "{l} Blok D:{n}", "Kat {f}"],
    phones=[(["530", "532", "533", "535", "536", "538", "541", "542", "543", "544", "505",
              "506", "551", "555"], 10,
             ["national=0### ### ## ##", "intl=+90 ### ### ## ##", "paren=0 (###) ### ## ##",
              "compact=0##########", "spaced=### ### ## ##", "intl_c=+90##########",
              "dashed=0###-###-##-##"]),
            (["212", "216", "312", "232"], 10, ["national=0 ### ### ## ##",
                                                "paren=(0###) ### ## ##",
                                                "intl=+90 ### ### ## ##"])],
    ids=_tr_ids, cur=["{a} TL", "{a} TL", "{a} ₺", "₺{a}"], thou=".", dec=",",
    months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
            "Ekim", "Kasım", "Aralık"],
    datef=["{dd}.{mm}.{y}", "{d} {mon}", "{d} {mon} {y}", "{dd}/{mm}/{y}"],
    timef=["{h}:{mm}", "saat {h}.{mm}", "{h}.{mm}"],
    measures=["{n} kg", "{n} m²", "{n} km", "{n} metrekare"],
    plates=["34 LLL DDD", "06 LL DDDD", "35 L DDDD"], flights=["TK", "PC", "XQ", "VF"],
    companys="sahibinden.com | Migros | A101 | BİM | Yurtiçi Kargo | Arçelik | Koçtaş",
    products="Dyson süpürge | Arzum çay makinesi | Bosch bulaşık makinesi | Tefal tava",
    places="Atatürk Havalimanı | Sabiha Gökçen | Fatih Sultan Mehmet Köprüsü | Kanuni "
           "Sultan Süleyman Hastanesi | Mimar Sinan Parkı | Barış Manço Kültür Merkezi",
    genres={
        "classified": "Satılık masif meşe yemek masası, elden teslim. | Çocuk bisikleti "
                      "satıyorum, çok temiz. | Taşınma nedeniyle koltuk, kitaplık ve buzdolabı "
                      "satılık.",
        "rental": "Öğrenci evinde önümüzdeki aydan itibaren boş oda var. | Kiralık daire, "
                  "eşyasız, randevuyla gösterilir.",
        "jobs": "Haftada birkaç saat için güvenilir temizlikçi arıyorum. | Tecrübeli usta, "
                "küçük tamir işleri yapılır. | Kafemize hafta sonu için eleman aranıyor!",
        "lost_found": "KAYIP: gri tekir kedi, çok ürkek, adı Pamuk. | Oyun parkının yanındaki "
                      "bankta anahtar bulundu. | İstasyon ile kütüphane arasında cüzdanımı "
                      "kaybettim, kahverengi deri.",
        "carpool": "Cumartesi sahile gidiyorum, iki kişilik yer var. | Cuma sabah erken "
                   "havalimanına giden var mı? Benzini paylaşırız.",
        "services": "İyi bir elektrikçi önerebilecek var mı? | Kombimizi tamir eden tesisatçıya "
                    "çok teşekkürler! | Matematik özel ders, her seviye.",
        "notice": "Sayın site sakinleri: salı sabahı sular kesik olacak. | Kargo komşuya "
                  "bırakıldı, lütfen teslim alın. | Gelecek hafta bahçede tadilat var, gürültü "
                  "için kusura bakmayın.",
        "club": "Koşu grubu kış arasından sonra yeniden başlıyor. | Cami derneği gıda bankası "
                "için gönüllü arıyor. | Cumartesi okul kermesi var, kek getirene teşekkürler!",
        "review": "Çarşıdaki yeni oto servis hakkında kısa yorum. | Mutfak tadilatı sonrası "
                  "dürüst yorumum.",
        "rsvp": "Mahalle pikniği listesi açıldı! | Veli toplantısına gelecekler lütfen "
                "bildirsin.",
        "swap": "Ücretsiz bebek kıyafeti, çoğu kız. | Takas başlığı: elinizde ne var, ne "
                "arıyorsunuz yazın.",
    },
    phr={
        "EMAIL": "Fotoğraflar için {v} adresine yazın. | Sorular için: {v} | İletişim: {v} | "
                 "Bana {v} üzerinden ulaşın, akşam dönerim.",
        "PHONE": "Arayın ya da mesaj atın: {v}. | Akşam altıdan sonra WhatsApp: {v} | Görürseniz "
                 "lütfen {v} numarasını arayın! | Tel: {v} | Numarası {v}, bizden selam "
                 "söyleyin. | Sadece mesaj: {v}",
        "URL": "Daha fazla fotoğraf: {v} | Bilgi ve kayıt: {v} | Sayfasına bakın: {v}",
        "IP": "Kamera kaydında {v} adresinden giriş görünüyor, aramızdan biri mi? | Site "
              "wifi'ı sürekli {v} adresini engelliyor, yönetici açabilir mi?",
        "CARD": "DİKKAT: sahte bir alıcı {v} numaralı kartı onaylamamı istedi. Dolandırıcılık! "
                "| Biri yanlışlıkla kart numarasını ({v}) gruba yazmış, silin lütfen! | Kart "
                "bilgilerini ({v} gibi) asla sahte kargocuya göndermeyin.",
        "IBAN": "Depozito için IBAN: {v} | Kapora {v} hesabına. | Açıklamaya adınızı yazarak "
                "{v} hesabına havale yapın. | Bağış için IBAN: {v}",
        "ID": "Kimlik kartı olan bir cüzdan buldum, TC kimlik no {v}. | Sahte ev sahibi daha "
              "görmeden TC numaramı ({v}) istiyor, normal mi? | Bulunan belgede T.C. {v} "
              "yazıyor.",
        "PERSON": "Tesisatçımız {v} harikaydı, tavsiye ederim. | Resepsiyonda {v} kişisini "
                  "sorun. | Bakkaldaki {v} bağış topluyor. | Köpeğimizi bulan {v} kişisine "
                  "çok teşekkürler! | Özel ders hocası {v} çok sabırlı. | {v} kişisine dikkat, "
                  "kaporayı alıp kayboldu.",
        "MEMBER": "Çardağı {v} getiriyor. | Şimdiye kadar yazılanlar: {v}. | Organizasyon "
                  "için teşekkürler {v}! | Anahtar grupta {v} kişisinde. | Bu yıl standı {v} "
                  "yönetiyor.",
        "ADDRESS": "Gösterim adresi: {v}. | Teslim yeri: {v}. | Buluşma noktası: {v}. | Adres: "
                   "{v}, en üst zil.",
    },
    la={
        "price": "Fiyat: {v}, pazarlık payı var. | {v} son fiyat. | Sıfırı {v} idi.",
        "date": "{v} itibarıyla boş. | Buluşma {v}. | {v} tarihinde taşınıyorum.",
        "time": "Başlangıç {v}. | Teslim alma {v} civarı.",
        "hours": "Hafta içi {v} açık.",
        "order_no": "{v} numaralı sipariş hasarlı geldi. | (sipariş no {v})",
        "tracking": "Kargo takip no: {v} | Takip {v} teslim edildi diyor.",
        "model": "Model {v}, sorunsuz çalışıyor. | Cihaz {v}.",
        "serial": "Seri no {v} faturada yazıyor.",
        "isbn": "Ders kitabı ISBN {v}, yeni gibi.",
        "dimension": "Ölçüler: {v}. | Boyut {v}.",
        "measure": "Yaklaşık {v}.",
        "plate": "Plaka {v}. | {v} plakalı minibüs yine girişi kapatıyor.",
        "bus": "{v} numaralı otobüsle son durağa. | {v} hattı kapının önünde duruyor.",
        "room": "Toplantı {v} numaralı salonda. | Toplum merkezinde {v} numaralı oda.",
        "version": "Yazılım {v}. | uygulama sürümü {v}",
        "flight": "{v} ile iniyorum, beni alabilecek var mı?",
        "company": "{v} üzerinden aldım. | {v} fiyatından ucuz.",
        "product": "Yanında {v} var. | {v} ile takas olur.",
        "place": "{v} yakını. | {v} karşısı.",
        "year": "{v} yılında sıfır alındı.",
        "invoice": "Fatura {v} ekte.",
        "ticket": "Belediyeye bildirildi, başvuru {v}.",
    },
    closers="Teşekkürler! | Herkese iyi günler. | Sorular için özelden yazın. | İlk gelen "
            "alır. | İyi hafta sonları!",
    free="Sadece elden teslim. | Sigara içilmeyen, hayvansız ev. | Soruları yorumlarda "
         "cevaplarım. | Nakit tercih edilir. | Lütfen paylaşın. | Herkes davetli. | Aramaya "
         "devam, her ipucu işe yarar. | Temiz, ufak çizikler var. | Güncellemeler burada. | "
         "Çocuklar da gelebilir.",
)

LOCALES = [PL_PL, TR_TR]
