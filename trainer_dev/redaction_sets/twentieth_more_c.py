"""Third batch of sentence pieces for es, pt, nl, pl, sv, id ("|" separates pieces)."""

C_ES = {
    "open": {
        "news": "Arrancamos operación en una ciudad nueva.|Me uno a un equipo increíble.|"
        "Premio a la mejor empresa de servicio del año.|Lanzamos la nueva app.",
        "newsletter": "Resumen de la semana.|Novedades del equipo comercial.|Boletín para "
        "clientes.",
        "support": "Mi internet se cae cada hora.|Me cobraron un plan que no pedí.|"
        "La factura vino el doble.|No me dejan cancelar el servicio.|El técnico nunca llegó.",
        "delivery": "Pedí talla M y llegó XL.|El producto vino sin manual.|Llevan una semana sin "
        "recoger la devolución.|El pedido llegó incompleto.",
        "booking": "Quiero cambiar el vuelo de regreso.|Necesito factura de la reserva.|"
        "El hotel no tiene registrada mi reserva.|Reserva para un almuerzo de trabajo.",
        "profile": "Quién soy:|Perfil profesional|Datos de contacto abajo.",
    },
    "fill": "Ya envié la foto del daño.|Me dijeron que en tres días hábiles y nada.|Excelente "
    "atención "
    "en la sede, eso sí.|Gracias por la paciencia con nosotros.|Seguimos creciendo.|Esto va para "
    "todo el equipo de bodega.|Me toca escribir por aquí, qué pena.|Ojalá lo solucionen hoy.|"
    "Sin palabras.|Qué orgullo este equipo.|Pendiente de su confirmación.|Llevo horas en espera.",
    "close": "Muchas gracias de antemano.|Feliz día.|Saludos desde la oficina.|Éxitos.",
    "lead": "Importante:|Ojo:|Ah, y",
    "slot": {
        "PHONE": "Número de contacto: {v}|Escríbanme al WhatsApp {v}",
        "EMAIL": "Mi correo personal: {v}|Respondan a {v}",
        "ADDRESS": "Recogen en {v}|La tienda queda en {v}",
        "MEMBER": "Como dijo {v} en la reunión|Gracias a {v} por el dato",
        "PERSON": "El conductor, {v}, fue muy amable|Me atendió {v}",
        "URL": "Más información en {v}|Inscripciones: {v}",
    },
}

C_PT = {
    "open": {
        "news": "Começamos a operar em uma nova cidade.|Entrando num time incrível.|"
        "Ganhamos o prêmio de melhor atendimento do ano.|Lançamos o novo app.",
        "newsletter": "Resumo da semana.|Novidades do time comercial.|Newsletter para clientes.",
        "support": "Minha internet cai toda hora.|Cobraram um plano que não contratei.|"
        "A fatura veio em dobro.|Não consigo cancelar o serviço.|O técnico nunca apareceu.",
        "delivery": "Pedi tamanho M e veio GG.|O produto veio sem manual.|Faz uma semana que não "
        "coletam a devolução.|O pedido veio incompleto.",
        "booking": "Quero remarcar o voo de volta.|Preciso da nota da reserva.|O hotel não achou "
        "minha reserva.|Reserva para um almoço de negócios.",
        "profile": "Quem sou:|Perfil profissional|Contatos abaixo.",
    },
    "fill": "Já mandei foto do estrago.|Disseram três dias úteis e nada.|Atendimento ótimo na "
    "loja, "
    "isso sim.|Obrigado pela paciência.|Seguimos crescendo.|Vai para todo o time do estoque.|"
    "Tive que vir aqui, infelizmente.|Espero que resolvam hoje.|Sem palavras.|Que orgulho desse "
    "time.|Aguardo confirmação.|Horas esperando na linha.|Que saga.|Bora que bora.",
    "close": "Desde já, obrigado.|Bom dia a todos.|Sucesso!|Abraços do time.",
    "lead": "Importante:|Atenção:|Ah, e",
    "slot": {
        "PHONE": "Número para contato: {v}|Me chamem no WhatsApp {v}|Zap: {v}",
        "EMAIL": "Meu e-mail pessoal: {v}|Respondam para {v}",
        "ADDRESS": "Retirada em {v}|A loja fica na {v}",
        "MEMBER": "Como {v} falou na reunião|Valeu {v} pela dica",
        "PERSON": "O motorista, {v}, foi super gentil|Fui atendida por {v}",
        "URL": "Mais informações em {v}|Inscrições: {v}",
        "IBAN": "Para transferência internacional: {v}",
    },
}

C_NL = {
    "open": {
        "news": "We zijn gestart in een nieuwe stad.|Ik sluit me aan bij een geweldig team.|"
        "We wonnen de prijs voor beste klantenservice.|Onze nieuwe app is live.",
        "newsletter": "Het weekoverzicht.|Nieuws van het salesteam.|Klantnieuwsbrief.",
        "support": "Mijn internet valt elk uur weg.|Er wordt een abonnement gerekend dat ik nooit "
        "afsloot.|De factuur is dubbel.|Opzeggen lukt niet.|De monteur is nooit gekomen.",
        "delivery": "Maat M besteld, XL gekregen.|Geen handleiding bij het product.|De retour "
        "wordt "
        "al een week niet opgehaald.|De bestelling is incompleet.",
        "booking": "Ik wil de terugvlucht omboeken.|Graag een factuur van de boeking.|Het "
        "hotel kan "
        "mijn reservering niet vinden.|Reservering voor een zakenlunch.",
        "profile": "Wie ben ik:|Profiel|Contactgegevens hieronder.",
    },
    "fill": "Foto van de schade is al gestuurd.|Ze zeiden drie werkdagen, maar niets.|Wel top "
    "geholpen "
    "in de winkel.|Dank voor het geduld.|We groeien door.|Dit is voor het hele magazijnteam.|"
    "Helaas moet het via deze weg.|Hopelijk vandaag opgelost.|Geen woorden voor.|Wat een "
    "trots team.|Ik wacht op bevestiging.|Uren in de wacht gestaan.|Wat een gedoe.|Zin in!",
    "close": "Alvast dank.|Goedemorgen allemaal.|Succes!|Groeten van het team.",
    "lead": "Belangrijk:|Let op:|O ja, en",
    "slot": {
        "PHONE": "Contactnummer: {v}|App me op {v}",
        "EMAIL": "Mijn privémail: {v}|Antwoord graag naar {v}",
        "ADDRESS": "Ophalen op {v}|De winkel zit op {v}",
        "MEMBER": "Zoals {v} zei in het overleg|Dank {v} voor de tip",
        "PERSON": "De chauffeur, {v}, was heel vriendelijk|Ik werd geholpen door {v}",
        "URL": "Meer informatie op {v}|Aanmelden: {v}",
    },
}

C_PL = {
    "open": {
        "news": "Ruszamy w nowym mieście.|Dołączam do świetnego zespołu.|Wygraliśmy nagrodę za "
        "najlepszą obsługę klienta.|Nasza nowa aplikacja już działa.",
        "newsletter": "Podsumowanie tygodnia.|Nowości od działu sprzedaży.|Newsletter dla "
        "klientów.",
        "support": "Internet zrywa co godzinę.|Naliczono mi abonament, którego nie zamawiałem.|"
        "Faktura przyszła podwójnie.|Nie da się wypowiedzieć umowy.|Technik nie przyjechał.",
        "delivery": "Zamówiłam rozmiar M, przyszedł XL.|Brak instrukcji w paczce.|Od tygodnia nikt "
        "nie odbiera zwrotu.|Zamówienie jest niekompletne.",
        "booking": "Chcę zmienić lot powrotny.|Poproszę fakturę za rezerwację.|Hotel nie widzi "
        "mojej "
        "rezerwacji.|Rezerwacja na lunch biznesowy.",
        "profile": "Kim jestem:|Profil zawodowy|Dane kontaktowe poniżej.",
    },
    "fill": "Zdjęcie uszkodzenia już wysłałem.|Mówili trzy dni robocze i nic.|W sklepie obsługa "
    "świetna, trzeba przyznać.|Dziękujemy za cierpliwość.|Rośniemy dalej.|To dla całego zespołu "
    "magazynu.|Niestety muszę pisać tutaj.|Mam nadzieję, że dziś się uda.|Brak słów.|Co za "
    "zespół!|Czekam na potwierdzenie.|Godziny na infolinii.|Masakra.|Do dzieła!",
    "close": "Z góry dzięki.|Dzień dobry wszystkim.|Powodzenia!|Pozdrawiamy całym zespołem.",
    "lead": "Ważne:|Uwaga:|Aha, i",
    "slot": {
        "PHONE": "Numer kontaktowy: {v}|Piszcie na WhatsAppie: {v}",
        "EMAIL": "Mój prywatny mail: {v}|Odpowiedź proszę kierować na {v}",
        "ADDRESS": "Odbiór osobisty: {v}|Sklep mieści się przy {v}",
        "MEMBER": "Jak mówił {v} na spotkaniu|Dzięki {v} za cynk",
        "PERSON": "Kierowca, {v}, był bardzo uprzejmy|Obsługiwała mnie {v}",
        "URL": "Więcej informacji: {v}|Zapisy: {v}",
    },
}

C_SV = {
    "open": {
        "news": "Vi har startat i en ny stad.|Jag börjar i ett fantastiskt team.|Vi vann "
        "priset för "
        "bästa kundservice.|Vår nya app är ute.",
        "newsletter": "Veckans sammanfattning.|Nytt från säljteamet.|Kundnyhetsbrev.",
        "support": "Internet går ner varje timme.|Jag debiteras för ett abonnemang jag aldrig "
        "tecknat.|Fakturan kom dubbelt.|Det går inte att säga upp tjänsten.|Teknikern kom aldrig.",
        "delivery": "Beställde storlek M, fick XL.|Ingen manual i kartongen.|Returen har inte "
        "hämtats "
        "på en vecka.|Beställningen är ofullständig.",
        "booking": "Jag vill boka om hemresan.|Skicka gärna kvitto på bokningen.|Hotellet hittar "
        "inte min bokning.|Bokning för en affärslunch.",
        "profile": "Vem jag är:|Profil|Kontaktuppgifter nedan.",
    },
    "fill": "Bild på skadan är redan skickad.|De sa tre arbetsdagar, men inget.|Toppenservice i "
    "butiken dock.|Tack för tålamodet.|Vi fortsätter växa.|Detta är till hela lagerteamet.|"
    "Tyvärr måste jag ta det här.|Hoppas det löser sig idag.|Saknar ord.|Vilket team!|Väntar på "
    "bekräftelse.|Timmar i telefonkö.|Vilket krångel.|Nu kör vi!",
    "close": "Tack på förhand.|God morgon allihop.|Lycka till!|Hälsningar från teamet.",
    "lead": "Viktigt:|Obs:|Just det, och",
    "slot": {
        "PHONE": "Kontaktnummer: {v}|Sms:a mig på {v}",
        "EMAIL": "Min privata mejl: {v}|Svara gärna till {v}",
        "ADDRESS": "Upphämtning på {v}|Butiken ligger på {v}",
        "MEMBER": "Som {v} sa på mötet|Tack {v} för tipset",
        "PERSON": "Chauffören, {v}, var jättetrevlig|Jag fick hjälp av {v}",
        "URL": "Mer information på {v}|Anmälan: {v}",
    },
}

C_ID = {
    "open": {
        "news": "Kami mulai beroperasi di kota baru.|Saya bergabung dengan tim yang luar biasa.|"
        "Kami menang penghargaan layanan pelanggan terbaik.|Aplikasi baru kami sudah rilis.",
        "newsletter": "Rangkuman minggu ini.|Kabar dari tim sales.|Buletin untuk pelanggan.",
        "support": "Internet saya putus tiap jam.|Saya ditagih paket yang tidak pernah saya ambil.|"
        "Tagihannya dobel.|Tidak bisa berhenti langganan.|Teknisinya tidak datang.",
        "delivery": "Pesan ukuran M, datang XL.|Produknya tanpa buku panduan.|Sudah seminggu retur "
        "belum dijemput.|Pesanannya tidak lengkap.",
        "booking": "Saya mau reschedule penerbangan pulang.|Minta invoice untuk booking-nya.|"
        "Hotel tidak menemukan reservasi saya.|Reservasi untuk makan siang bisnis.",
        "profile": "Siapa saya:|Profil profesional|Kontak di bawah.",
    },
    "fill": "Foto kerusakan sudah saya kirim.|Katanya tiga hari kerja, tapi belum ada kabar.|"
    "Pelayanan di toko bagus sih.|Terima kasih atas kesabarannya ya.|Kami terus bertumbuh.|"
    "Ini untuk seluruh tim gudang.|Terpaksa lewat sini.|Semoga hari ini beres.|Speechless.|"
    "Bangga dengan tim ini.|Menunggu konfirmasi.|Berjam-jam menunggu di telepon.|Ribet banget.|"
    "Semangat!",
    "close": "Terima kasih sebelumnya.|Selamat pagi semua.|Sukses!|Salam dari tim.",
    "lead": "Penting:|Catatan:|Oh iya,",
    "slot": {
        "PHONE": "Nomor yang bisa dihubungi: {v}|Chat WA saja ke {v}",
        "EMAIL": "Email pribadi saya: {v}|Balas ke {v} ya",
        "ADDRESS": "Ambil di {v}|Tokonya di {v}",
        "MEMBER": "Seperti kata {v} waktu meeting|Makasih {v} infonya",
        "PERSON": "Sopirnya, {v}, ramah sekali|Saya dilayani oleh {v}",
        "URL": "Info lebih lanjut di {v}|Pendaftaran: {v}",
    },
}
