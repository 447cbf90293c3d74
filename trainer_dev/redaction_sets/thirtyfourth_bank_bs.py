"""Bosnian phrase bank (gradilište usage, ijekavian) for the thirtyfourth set."""


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.strip().splitlines() if x.strip()]


BANK = {
    "OPEN": _l("""
        Dobro jutro svima, kratko stanje sa gradilišta.
        Prije betoniranja, jedna napomena.
        Ćao ekipa, evo gdje smo.
        Za noćnu smjenu, na znanje.
        Dobar dan, izvinite što kasnim.
        Ukratko, iz kontejnera na gradilištu.
        Nakon obilaska sa nadzorom:
        Pozdrav svima, par stvari.
        Eto, skela je konačno preuzeta.
        Nastavak na jučerašnji koordinacioni sastanak.
        Upravo sam se vratio sa inspekcije.
        Zdravo svima, raspored podizvođača se opet promijenio.
        Poruka od poslovođe.
        Lista nedostataka, drugi krug.
        Vrijeme je izdržalo, dobro smo napredovali.
        Za one koji rade na istočnom krilu.
        Dobro veče, zapisujem dok ne zaboravim.
        Sretan petak, evo sedmičnog pregleda.
        Kako smo se dogovorili telefonom, detalji ispod.
        Izvinite što opet pišem.
        Svaka čast za zidanje danas.
        Ponovo objavljujem, niko nije vidio.
        Prvo i najvažnije, sigurnost.
        Obavještenje iz kancelarije gradilišta.
        Mala promjena za sutra.
        Dispečer javlja podatke o intervenciji.
        U vezi s vašim zahtjevom za servis.
    """),
    "FILL": _l("""
        Gipsarima treba drugi sprat slobodan do podne.
        Mikseri su naručeni, ali pumpa još nije potvrđena.
        Preuzimanje armature je prošlo uz dvije primjedbe.
        Držite kapiju zatvorenu, opet su ulazila djeca.
        Dizanje kranom se odgađa ako vjetar ne stane.
        Šljem i reflektirajući prsluk obavezni iza ograde.
        Mobilni toaleti se sada prazne utorkom.
        Pregradni zid od gipsa u stanu četiri nije u vertikali.
        Gruba elektroinstalacija u prizemlju je završena.
        Još čekamo prozore od dobavljača.
        Krovopokrivači počinju sutra ako ploča bude suha.
        Kontejner za šut je pun, dolazi drugi.
        Neko je ostavio mješalicu da radi cijelu noć.
        Priključak na vodovod je planiran za vikend.
        Ponesite svoje pojaseve, iznajmljeni su podijeljeni.
        Bager curi hidrauličko ulje, ne koristite ga.
        Ekipi za ventilaciju treba pristup potkrovlju.
        Inspektor hoće vidjeti protivpožarno brtvljenje prije zatvaranja.
        U isporuci pločica bile su dvije razbijene kutije.
        Tlačna proba vodovodnih cijevi je izdržala preko noći.
        Na gradilištu je blato, samo čizme.
        Agregatu treba dizel prije kraja smjene.
        Prijavite svaki skoro-incident, koliko god mali.
        Oznake na skeli se provjeravaju svako jutro.
        Zbog nestanka struje izgubili smo pola dana.
        Obilazak sa investitorom je prošao bolje nego što smo očekivali.
        Moleri su ove sedmice na stepeništu.
        Držite deponiju materijala urednom.
        Lista nedostataka je kraća, ali nije prazna.
        Boja fug mase je odobrena na uzorku.
        Niko se ne penje na toranjski kran bez odobrenja.
        Izolacija je složena pod ceradom uz sjevernu fasadu.
        Rov se mora podgraditi prije nego što iko uđe.
        Na reviziji su nam opet zamjerili nered.
        Isporuke od sada samo preko zadnje kapije.
        Baterija viljuškara se puni u kontejneru.
        Silikon na vanjskim spojevima je neujednačen.
        Aparati za gašenje su pregledani i označeni.
        Električar čeka brojilo od elektrodistribucije.
        Treba nam još jedna paleta blokova za ogradni zid.
        Zamjena bojlera je prošla dobro, mušterija je zadovoljna.
        Vertikale su postavljene, oluke treba doštelovati.
        Zemlja je smrznuta, betoniranje temelja čeka.
        Aneks ugovora je kod arhitekte.
        Geodetski kolčići kod ulaza su pregaženi.
        Kombi sa užinom dolazi oko pola dvanaest.
        Obuka ove sedmice je o radu na visini.
    """),
    "CLOSE": _l("""
        Hvala.
        Hvala svima.
        Javite ako nešto nije jasno.
        Čuvajte se.
        Čujemo se sutra.
        Hvala, majstori.
        Odgovor do kraja dana, molim.
        Vidimo se na kapiji.
        To je zasad sve.
        Odgovarajte ovdje, ne preko poruka.
        Dobar posao danas.
        Pozdrav.
        Pitanja na broj kancelarije.
        Hvala na strpljenju.
        Javljam se poslije ručka.
        Srdačan pozdrav.
        Šaljite i dalje slike.
        Važi, hvala.
        Sretno kući.
        Vidimo se na obuci.
        Viknite ako treba pomoć.
        S poštovanjem.
        Odjavljujem se za danas.
        U ponedjeljak opet na gradilištu.
        Nema problema, hvala.
    """),
    "LEAD": {
        "EMAIL": _l("""
            Potpisanu ponudu pošaljite na {x}, molim.
            Fakture idu na {x}, ne u kancelariju gradilišta.
            Kalkulanta možete dobiti na {x}.
            Nacrti su sinoć stigli sa {x}.
            Za najam opreme pišite na {x} do podne.
            Stavite {x} u kopiju za sve oko nedostataka.
        """),
        "PHONE": _l("""
            Ako je kapija zaključana, zovite šefa gradilišta na {x}.
            Dežurni broj van radnog vremena: {x}.
            Kran se rezerviše na {x}.
            Broj keramičara je {x}.
            Za intervencije pošaljite poruku na {x} sa adresom.
            Dispečer se javlja na {x}.
        """),
        "URL": _l("""
            Slike su postavljene na {x}.
            Uvodnu obuku o sigurnosti zakažite na {x}.
            Tehnički listovi su na {x}.
            Naše reference su na {x} ako investitor pita.
            Dnevni izvještaj popunite na {x}.
            Cijene najma su na {x}.
        """),
        "IP": _l("""
            Kamera sa gradilišta emituje sa {x}.
            Upravljanje kapijom je na {x}, ne dirajte.
            Tablet se sinhronizuje sa {x} preko wifija na placu.
            Štampač u kontejneru je {x}.
            Daljinski pristup regulaciji kotla: {x}.
            Neko se prijavio u evidenciju radnog vremena sa {x}.
        """),
        "CARD": _l("""
            Depozit za najam naplatite sa {x}.
            Kartica za gorivo je {x}, čuvajte račune.
            Za željezariju koristite {x}.
            Mušterija je platila izlazak karticom {x}.
            Firmina kartica za narudžbu materijala: {x}.
            Stornirajte duplu naplatu sa {x}.
        """),
        "IBAN": _l("""
            Garantni iznos uplatite na {x}.
            Bankovni podaci podizvođača za situaciju: {x}.
            Avans ide na {x}.
            Račun za fakturu najma mašina: {x}.
            Povrat ide nazad na {x}.
            Novi račun za plate: {x}.
        """),
        "ID": _l("""
            Za obračun plata trebam {x}.
            Njegov broj za poreski obrazac: {x}.
            U kadrovskom listu piše {x}.
            Broj majstora za prijavu: {x}.
            Upišite {x} u registraciju podizvođača.
            Osiguranje traži {x}.
        """),
        "PERSON": _l("""
            {x} je jutros preuzeo oplatu.
            Razgovarao sam sa {x} o drenaži.
            Vlasnica, {x}, hoće prvo kuhinju.
            {x} od elektro podizvođača dolazi sutra.
            Inspektor danas je bio {x}.
            Pitajte {x} za specifikaciju armature.
        """),
        "MEMBER": _l("""
            {x} ima ključeve od kontejnera.
            Hvala {x} što je pokrio vikend.
            {x} drži obuku o sigurnosti.
            Prije pomjeranja skele provjerite sa {x}.
            Dobro uočeno, {x}, ona ankera što fale.
            {x} dočekuje mikser na kapiji.
        """),
        "ADDRESS": _l("""
            Sljedeći posao je na adresi {x}.
            Blokove dostavite na {x}.
            Adresa intervencije: {x}.
            Kontejner ostavite na {x}.
            Tehnički prijem je zakazan na {x}.
            Gradilište mušterije: {x}.
        """),
    },
    "LOOK": {
        "order": _l("""
            Dobavljač je potvrdio narudžbu {x}.
            Narudžbenica {x} je odobrena.
            Referenca {x} za isporuku drveta.
        """),
        "invoice": _l("""
            Faktura {x} još nije plaćena.
            Pitanje za fakturu {x}, sati se ne slažu.
            Stiglo je knjižno odobrenje za fakturu {x}.
        """),
        "price": _l("""
            Ponuda je izašla {x} za sve.
            Najam košta {x} sedmično.
            Ukupno materijal: {x}.
        """),
        "date": _l("""
            Primopredaja je zakazana za {x}.
            Betoniranje je pomjereno na {x}.
            Tehnički prijem je moguć od {x}.
        """),
        "time": _l("""
            Kapija se otvara u {x}.
            Kamion dolazi oko {x}.
            Obuka počinje tačno u {x}.
        """),
        "version": _l("""
            Nacrti su sada u verziji {x}.
            Aplikacija na tabletu je ažurirana na {x}.
            Firmver {x} je riješio odstupanje laserske libele.
        """),
        "isbn": _l("""
            Pravilnik koji koristimo je knjiga ISBN {x}.
            Naručite priručnik za obuku, ISBN {x}.
            Priručnik na polici: ISBN {x}.
        """),
        "measure": _l("""
            Grede isjecite na {x}.
            Ploča ima otprilike {x}.
            Ispod grede ostaje {x}.
        """),
        "percent": _l("""
            Konstrukcija je gotova otprilike {x}.
            Zadržava se {x} od svake situacije.
            Vlažnost izmjerena jutros: {x}.
        """),
        "orgreg": _l("""
            Identifikacioni broj firme u ponudi: {x}.
            Podizvođač je registrovan pod {x}.
            Dodajte naš {x} u podnožje ponude.
        """),
        "permit": _l("""
            Građevinska dozvola {x} je okačena na kapiji.
            Dozvola {x} pokriva i dogradnju.
            Dozvolu {x} treba produžiti prije krova.
        """),
        "ticket": _l("""
            Reklamacija ima broj {x}.
            Kod najma je zavedeno kao {x}.
            Servisni nalog {x} je zatvoren.
        """),
        "tracking": _l("""
            Dijelovi su poslani, broj za praćenje {x}.
            Uzorci pločica stižu poštom, {x}.
            Preporučena pošiljka broj {x}.
        """),
        "spec": _l("""
            Projekat traži {x} u prizemlju.
            U cijeloj mašinskoj sali koristite {x}.
            Statičar je promijenio na {x}.
        """),
        "eponym": _l("""
            Donesi {x} iz kombija.
            Na obuci smo pričali o {x}.
            Uzmi set {x}, onaj mali.
        """),
        "nameword": _l("""
            Pazi na {x} kod stare šupe.
            Priču sa {x} smo riješili za ručkom.
            Oprez, {x} kod rampe.
        """),
    },
    "LABEL": {
        "EMAIL": ["E-mail", "Elektronska pošta", "Kontakt"],
        "PHONE": ["Telefon", "Mobitel", "Tel."],
        "URL": ["Web stranica", "Portal", "Link"],
        "IP": ["IP", "Adresa uređaja", "Host"],
        "CARD": ["Kartica", "Kreditna kartica", "Br. kartice"],
        "IBAN": ["IBAN", "Bankovni račun", "Uplata na"],
        "ID": ["Lični broj", "Matični broj", "Br. dokumenta"],
        "PERSON": ["Investitor", "Kontakt osoba", "Inspektor"],
        "MEMBER": ["Zadužen", "Poslovođa", "Serviser"],
        "ADDRESS": ["Adresa gradilišta", "Mjesto radova", "Adresa"],
    },
    "HEAD": {
        "diary": [
            "GRAĐEVINSKI DNEVNIK",
            "Dnevni izvještaj",
            "Zapis sa gradilišta",
            "Izvještaj nadzora",
        ],
        "workorder": ["RADNI NALOG", "Servisni list", "Nalog za intervenciju", "Zahtjev za servis"],
        "quote": ["PONUDA", "Predračun", "Upit za ponudu", "Pregled troškova"],
        "crewchat": ["Grupa gradilišta", "Chat ekipe", "Tema ekipe", "Grupa podizvođača"],
        "jobboard": ["TRAŽIMO: zidare", "Oglasi za posao", "Potrebni majstori", "Slobodan posao"],
        "signature": [
            "Voditelj projekta",
            "Šef gradilišta",
            "Koordinator servisa",
            "Odjel kalkulacija",
        ],
    },
}
