"""Thirty-ninth set: Polish phrase bank (pl_PL), written by hand."""

from trainer_dev.redaction_sets.thirtyninth_bank import parse_bank

PL = parse_bank("""
[subject]
Umowa o pracę i data rozpoczęcia
Prośba o referencje na stanowisko analityka
Pytanie o pasek wynagrodzenia
Wdrożenie, pierwszy tydzień
Rozmowa kwalifikacyjna w czwartek
PPK i zapisanie do planu
Urlop macierzyński i powrót do pracy
Protokół z rady pracowników
Przedłużenie umowy i okres wypowiedzenia
Nowy rachunek do wypłaty
Błędna zaliczka na podatek
Lista kandydatów na kierownika magazynu
[greet]
Cześć wszystkim,
Dzień dobry,
Szanowni Państwo,
Witam,
Hej zespole,
Szanowna Pani,
[open]
Krótka informacja z działu kadr.
Nawiązuję do wczorajszej rozmowy.
Dzięki za szybką odpowiedź.
Tak jak obiecałam, przesyłam dane.
Przepraszam za opóźnienie.
W tym tygodniu zastępuję rekruterkę.
Jeszcze przypomnienie przed rozmową.
To przyszło przez formularz rekrutacyjny.
Pakiet wdrożeniowy jest prawie gotowy.
Przed spotkaniem z radą pracowników.
Jeszcze jedna rzecz do akt osobowych.
Lista płac zamyka się wkrótce.
[ctx]
Oferta jest ważna pod warunkiem dwóch dobrych referencji.
Proszę nie przekazywać listy kandydatów poza komisję.
Lista płac zamyka się wcześniej z powodu święta.
Ocena po okresie próbnym odbędzie się przed końcem kwartału.
Bez podpisanej umowy nie założymy dostępów.
Nadgodziny musi najpierw zatwierdzić przełożony.
Towarzystwo emerytalne wysyła własny list powitalny.
Zaległy urlop trzeba wykorzystać do wiosny.
Rada pracowników poprosiła o zmiany grafiku na piśmie.
Zaświadczenie o niekaralności trwa kilka dni roboczych.
Kandydatka woli dwa dni pracy zdalnej w tygodniu.
Karta sportowa jest aktywowana po zatrudnieniu.
Wydatki bez paragonu nie będą zwracane.
Ogłoszenie najpierw pojawia się wewnętrznie.
Notatki z rozmów są w systemie rekrutacyjnym.
Zwolnienie lekarskie zgłaszamy przed rozpoczęciem zmiany.
Pisma o podwyżce wychodzą razem z premią.
Rozmowa końcowa jest dobrowolna, ale bardzo pomocna.
Zezwolenie na pracę trzeba pokazać w oryginale.
Szkolenie wstępne obejmuje BHP, systemy i regulamin pracy.
[close]
Daj znać, jeśli czegoś brakuje.
Z góry dziękuję.
Możemy też porozmawiać telefonicznie.
Uzupełnię akta, gdy dostanę odpowiedź.
Proszę traktować to poufnie.
Napisz, jeśli terminy nie pasują.
Dzięki za cierpliwość.
Wszystko potwierdzimy na piśmie.
Proszę o odpowiedź przed zamknięciem listy płac.
Do usłyszenia.
[sign]
Pozdrawiam,
Z poważaniem,
Dziękuję,
Miłego dnia,
Serdecznie pozdrawiam,
Łączę pozdrowienia,
[team]
Dział kadr
Dział płac
Zespół rekrutacji
[roles]
Specjalistka ds. płac
HR biznes partner
Kierownik rekrutacji
Referent kadrowy
Specjalista ds. benefitów
Dyrektor personalny
Radca prawny, prawo pracy
Koordynatorka wdrożeń
Analityk wynagrodzeń
Sekretarz rady pracowników
[fields]
Stanowisko: specjalista ds. płac
Źródło: polecenie
Status: na krótkiej liście
Rodzaj umowy: na czas nieokreślony, pełny etat
Dział: finanse
Etap: druga rozmowa
Tryb pracy: hybrydowy
Priorytet: normalny
[lead.EMAIL]
Podpisaną umowę proszę wysłać na {v}.
Odpowiedź kandydata przyszła z {v}.
Jej prywatny e-mail do pasków to {v}.
Dodaj {v} do zaproszenia.
[lead.PHONE]
Kandydat jest pod numerem {v}.
Jego komórka do rozmowy: {v}.
Oddzwoń do mnie na {v} po południu.
Osoba polecająca podała {v}.
[lead.URL]
Portfolio jest pod adresem {v}.
Jego profil: {v}
Udostępniła CV przez {v}.
Referencje są na {v}.
[lead.IP]
Portal płacowy zgłasza logowanie z {v}.
Dostęp zdalny odblokowano dla {v}.
W nocy były nieudane logowania z {v}.
Log VPN pokazuje {v} dla nowego pracownika.
[lead.CARD]
Kaucję za przeprowadzkę opłacono kartą {v}.
Proszę zwrócić opłatę za kurs na kartę {v}.
Karta służbowa na jego nazwisko to {v}.
Karta {v} została obciążona dwa razy.
[lead.IBAN]
Wynagrodzenie idzie teraz na {v}.
Nowy rachunek do wypłaty: {v}.
Zwrot kosztów trafi na {v}.
Jej numer rachunku z kwestionariusza: {v}.
[lead.ID]
Jej PESEL w aktach to {v}.
Numer podany do zgłoszenia w ZUS to {v}.
Popraw numer w kartotece płacowej: {v}.
Numer z dowodu osobistego: {v}.
[lead.PERSON]
Druga referencja jest od {v}.
Rozmawialiśmy z {v} o nocnej zmianie.
{v} przyjęła ofertę dziś rano.
Agencja proponuje {v} na zastępstwo.
[lead.MEMBER]
{v} prowadzi rozmowę kwalifikacyjną.
Dodaj {v} do zmiany na liście płac.
{v} zajmuje się wdrożeniem w tym tygodniu.
Poproś {v} o kontrasygnatę umowy.
[lead.ADDRESS]
Umowę proszę wysłać na adres {v}.
Nowy adres do korespondencji płacowej: {v}.
Świadectwo pracy poszło na adres {v}.
Pakiet powitalny wysyłamy na {v}.
[poss]
W załączniku list referencyjny {v}.
Sprawdź saldo urlopu {v}.
Ocena okresu próbnego {v} jest w przyszłym tygodniu.
[bare]
Użyj {v} przy zakładaniu kartoteki.
Skopiowane z kwestionariusza: {v}
Potwierdzone telefonicznie: {v}, sprawdź jeszcze raz.
Poprawiłam literówkę, ma być {v}.
Do akt: {v}
Wpisane dziś rano: {v}
[bank]
Pensja idzie na konto {v}.
Numer konta do wypłaty: {v}.
Rozliczenie końcowe trafi na konto {v}.
Jej konto płacowe: {v}.
[look]
Szczegóły w {v}.
Sygnatura: {v}
Dotyczy to {v}.
Zarejestrowane jako {v}.
W aktach zapisano: {v}.
Uzgodniona kwota to {v}.
W piśmie wspomniano: {v}.
Jak ustaliliśmy, {v}.
Zgodnie z regulaminem, {v}.
Oznaczone jako {v}.
[label]
EMAIL=E-mail
PHONE=Telefon
URL=Link
IP=Adres IP
CARD=Karta
IBAN=Rachunek
ID=PESEL
PERSON=Kandydat
MEMBER=Osoba kontaktowa
ADDRESS=Adres
order=Nr ogłoszenia
salary=Wynagrodzenie
date=Data zatrudnienia
time=Godzina
percent=Podwyżka
version=Program płacowy
isbn=Podręcznik
orgreg=Pracodawca
taxform=Formularz
ticket=Zgłoszenie
grade=Kategoria
room=Sala
bic=BIC
company=Firma
law=Podstawa prawna
hours=Wymiar czasu
nameword=Uwaga
""")
