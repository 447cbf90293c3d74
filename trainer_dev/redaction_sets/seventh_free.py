# ruff: noqa: E501  (data: sentence frames and name lists, one per line)
"""PII-free sentences of the seventh set: look-alike frames (dates, times, years, order numbers,
ISBNs, EANs, flights, versions, prices, streets named as places, brands, companies named after
people) and plain filler sentences, per language. Look-alike slots: {CO} {DT} {TM} {YR} {ORD}
{ISBN} {EAN} {FL} {VER} {PR} {ST} {BR}."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.seventh_checks import ean13_complete

LOOKS = {
    "en": """
Our Q3 review is on {DT} at {TM}, dial-in details in the calendar invite.
Just finished reading ISBN {ISBN} on the train - highly recommend it.
Flight {FL} delayed again, so I'm writing this from the gate.
We shipped {VER} yesterday; changelog is in the usual place.
Order {ORD} still hasn't arrived, three weeks on.
Grabbed a coffee on {ST} before the workshop, the queue was worth it.
Prices start at {PR} for early-bird tickets.
Proud to say I've been with {CO} since {YR}.
The barcode on the box reads {EAN}, if anyone needs to reorder.
Deadline moved to {DT}. Please plan accordingly.
Big congrats to the team at {CO} on the award this year.
Anyone else at the {BR} partner summit this week?
Budget approved: {PR} for the pilot, review in {YR}.
Doors at {TM}, talks from half past.
Rebooked onto {FL}, landing just after {TM}.
Our office moved off {ST} back in {YR}.
Upgraded the cluster to {VER} with zero downtime 🎉
Interesting webinar from {CO} about supply chains.
Reminder: timesheets are due {DT}.
Ticket price {PR} incl. VAT, lunch provided.
Ten years since I joined {CO} in {YR}. Time flies.
Our shop on {ST} will close early on {DT}.
Can anyone recommend a {BR} alternative for small teams?
Second edition is out (ISBN {ISBN}), with two new chapters.
Reference {ORD} is the one to quote if you call the shop.
""",
    "de": """
Unser Quartalsreview ist am {DT} um {TM}.
Gerade ISBN {ISBN} gelesen – absolute Leseempfehlung.
Flug {FL} hat wieder Verspätung, ich schreibe vom Gate.
Gestern haben wir {VER} ausgerollt, Changelog wie immer im Wiki.
Bestellung {ORD} ist immer noch nicht da.
Kaffee-Stopp: {ST}, vor dem Workshop – hat sich gelohnt.
Tickets ab {PR}, Frühbucherpreis bis {DT}.
Seit {YR} bei {CO} und immer noch begeistert.
EAN {EAN} steht auf dem Karton, falls jemand nachbestellen will.
Glückwunsch an das Team von {CO} zur Auszeichnung!
Wer ist diese Woche beim {BR}-Partnergipfel?
Budget genehmigt: {PR} für das Pilotprojekt.
Einlass {TM}, Vorträge ab halb.
Umgebucht auf {FL}, Landung kurz nach {TM}.
""",
    "fr": """
Notre revue trimestrielle a lieu le {DT} à {TM}.
Je viens de finir ISBN {ISBN}, lecture vivement conseillée.
Vol {FL} encore en retard, j'écris depuis la porte d'embarquement.
Nous avons livré la {VER} hier, le changelog est sur le wiki.
La commande {ORD} n'est toujours pas arrivée.
Un café sur {ST} avant l'atelier, ça valait le coup.
Billets à partir de {PR}, tarif réduit jusqu'au {DT}.
Chez {CO} depuis {YR}, et toujours aussi motivée.
Code EAN {EAN} sur le carton, si besoin de recommander.
Bravo aux équipes de {CO} pour ce prix !
Qui sera au sommet partenaires {BR} cette semaine ?
Budget validé : {PR} pour le pilote.
Accueil à {TM}, conférences ensuite.
""",
    "es": """
La revisión trimestral es el {DT} a las {TM}.
Acabo de terminar ISBN {ISBN}, muy recomendable.
El vuelo {FL} otra vez con retraso, escribo desde la puerta.
Ayer publicamos la {VER}; el changelog está en la wiki.
El pedido {ORD} sigue sin llegar.
Café en {ST} antes del taller, mereció la pena.
Entradas desde {PR}, precio reducido hasta el {DT}.
En {CO} desde {YR} y con las mismas ganas.
Código EAN {EAN} en la caja, por si alguien quiere repetir pedido.
¡Enhorabuena al equipo de {CO} por el premio!
¿Quién va a la cumbre de partners de {BR} esta semana?
Presupuesto aprobado: {PR} para el piloto.
Acreditaciones a las {TM}.
""",
    "it": """
La revisione trimestrale è il {DT} alle {TM}.
Ho appena finito ISBN {ISBN}, lo consiglio.
Volo {FL} di nuovo in ritardo, scrivo dal gate.
Ieri abbiamo rilasciato la {VER}; changelog sul wiki.
L'ordine {ORD} non è ancora arrivato.
Caffè in {ST} prima del workshop, ne valeva la pena.
Biglietti da {PR}, prezzo ridotto fino al {DT}.
In {CO} dal {YR} e sempre entusiasta.
Codice EAN {EAN} sulla scatola, se serve riordinare.
Complimenti al team di {CO} per il premio!
Chi va al summit partner di {BR} questa settimana?
Budget approvato: {PR} per il pilota.
Accrediti alle {TM}.
""",
    "nl": """
Onze kwartaalreview is op {DT} om {TM}.
Net ISBN {ISBN} uitgelezen, echt een aanrader.
Vlucht {FL} heeft weer vertraging, ik typ dit bij de gate.
Gisteren {VER} uitgerold; changelog staat op de wiki.
Bestelling {ORD} is nog steeds niet binnen.
Koffie op de {ST} voor de workshop, de moeite waard.
Kaarten vanaf {PR}, vroegboekkorting tot {DT}.
Sinds {YR} bij {CO} en nog steeds enthousiast.
EAN {EAN} staat op de doos, voor wie wil nabestellen.
Gefeliciteerd team {CO} met de prijs!
Wie gaat er deze week naar de {BR}-partnerdag?
Budget goedgekeurd: {PR} voor de pilot.
Inloop om {TM}.
""",
    "pt": """
Nossa revisão trimestral é dia {DT} às {TM}.
Acabei de ler ISBN {ISBN}, recomendo muito.
Voo {FL} atrasado de novo, escrevendo do portão.
Ontem lançamos a {VER}; changelog na wiki.
O pedido {ORD} ainda não chegou.
Café na {ST} antes do workshop, valeu a pena.
Ingressos a partir de {PR}, lote promocional até {DT}.
Na {CO} desde {YR} e ainda empolgada.
Código EAN {EAN} na caixa, caso alguém queira pedir de novo.
Parabéns ao time da {CO} pelo prêmio!
Quem vai ao encontro de parceiros da {BR} esta semana?
Orçamento aprovado: {PR} para o piloto.
Credenciamento às {TM}.
""",
}

FILLERS = {
    "en": """
Hope everyone had a good weekend.
More soon.
Happy to answer questions in the comments.
Long post, sorry!
Onwards and upwards.
We learned a lot this quarter, not all of it pleasant.
The slides are a bit rough but the ideas are solid.
If this resonates, let me know.
Coffee is on us.
Apologies for the cross-posting.
Feedback very welcome, good or bad.
Please share with anyone who might be interested.
It has been a wild year for the whole team.
Still processing everything, to be honest.
Thanks for reading this far.
Details below.
""",
    "de": """
Ich hoffe, ihr hattet ein schönes Wochenende.
Mehr bald.
Fragen gerne in die Kommentare.
Sorry für den langen Beitrag!
Feedback ist sehr willkommen.
Bitte teilt das mit allen, die es interessieren könnte.
Details unten.
Was für ein Jahr für das ganze Team.
""",
    "fr": """
J'espère que vous avez passé un bon week-end.
Plus d'infos bientôt.
Questions bienvenues en commentaire.
Désolée pour le pavé !
Vos retours sont précieux.
N'hésitez pas à partager.
Détails ci-dessous.
Quelle année pour toute l'équipe.
""",
    "es": """
Espero que hayáis tenido un buen fin de semana.
Más pronto.
Preguntas en los comentarios.
¡Perdón por el tostón!
Cualquier comentario es bienvenido.
Compartid con quien le pueda interesar.
Detalles abajo.
Menudo año para todo el equipo.
""",
    "it": """
Spero abbiate passato un buon weekend.
Presto altre novità.
Domande nei commenti.
Scusate il post lunghissimo!
Ogni feedback è benvenuto.
Condividete con chi può essere interessato.
Dettagli sotto.
Che anno per tutta la squadra.
""",
    "nl": """
Hopelijk hadden jullie een fijn weekend.
Binnenkort meer.
Vragen graag in de reacties.
Sorry voor het lange bericht!
Feedback is welkom.
Deel het gerust met wie het interessant vindt.
Details hieronder.
Wat een jaar voor het hele team.
""",
    "pt": """
Espero que todos tenham tido um bom fim de semana.
Em breve mais novidades.
Perguntas nos comentários.
Desculpem o textão!
Todo feedback é bem-vindo.
Compartilhem com quem possa se interessar.
Detalhes abaixo.
Que ano para todo o time.
""",
}

COMPANIES = {
    "en_US": (
        "Johnson & Johnson",
        "Procter & Gamble",
        "Hewlett-Packard",
        "Harley-Davidson",
        "Ben & Jerry's",
        "Walt Disney",
        "Ralph Lauren",
        "Calvin Klein",
    ),
    "en_GB": (
        "Marks & Spencer",
        "John Lewis",
        "Sainsbury's",
        "Rolls-Royce",
        "Clarks",
        "Ernst & Young",
    ),
    "en_IE": ("Brown Thomas", "Arnotts", "Dunnes Stores", "Guinness", "Ernst & Young"),
    "en_IN": (
        "Tata Consultancy Services",
        "Mahindra & Mahindra",
        "Larsen & Toubro",
        "Godrej",
        "Bajaj Auto",
    ),
    "en_AU": ("David Jones", "Harvey Norman", "Dick Smith", "Woolworths"),
    "en_CA": ("Tim Hortons", "Hudson's Bay", "Molson Coors", "Shoppers Drug Mart"),
    "de_DE": (
        "Robert Bosch",
        "Carl Zeiss",
        "Hugo Boss",
        "Dr. Oetker",
        "Peek & Cloppenburg",
        "Mercedes-Benz",
    ),
    "fr_FR": ("Louis Vuitton", "Yves Saint Laurent", "Christian Dior", "Pierre Fabre", "Michelin"),
    "es_ES": ("Massimo Dutti", "El Corte Inglés", "Pedro Domecq", "Mahou San Miguel"),
    "it_IT": (
        "Giorgio Armani",
        "Dolce & Gabbana",
        "Luisa Spagnoli",
        "Ferrero",
        "Salvatore Ferragamo",
    ),
    "nl_NL": ("Albert Heijn", "Philips", "Van Lanschot Kempen", "Jacobs Douwe Egberts", "C&A"),
    "pt_BR": ("Magazine Luiza", "Casas Bahia", "Lojas Renner", "Natura &Co", "Ambev"),
}
PLACES = {
    "en_US": ("Fifth Avenue", "Michigan Avenue", "Market Street", "Rodeo Drive"),
    "en_GB": ("Oxford Street", "Deansgate", "Princes Street", "Carnaby Street"),
    "en_IE": ("Grafton Street", "Shop Street", "Patrick Street", "O'Connell Street"),
    "en_IN": ("MG Road", "Park Street", "Linking Road", "Connaught Place"),
    "en_AU": ("George Street", "Chapel Street", "Rundle Mall", "Hay Street"),
    "en_CA": ("Yonge Street", "Robson Street", "Sparks Street", "Rue Saint-Denis"),
    "de_DE": ("Königsallee", "Kurfürstendamm", "Zeil", "Maximilianstraße"),
    "fr_FR": ("Champs-Élysées", "rue de Rivoli", "Canebière", "rue Sainte-Catherine"),
    "es_ES": ("Gran Vía", "Paseo de Gracia", "Calle Larios", "Rambla"),
    "it_IT": ("Via del Corso", "Via Montenapoleone", "Via Toledo", "Piazza Navona"),
    "nl_NL": ("Kalverstraat", "Lijnbaan", "Coolsingel", "Vredenburg"),
    "pt_BR": ("Avenida Paulista", "Rua Oscar Freire", "Avenida Atlântica", "Rua da Praia"),
}
BRANDS = ("Slack", "Canva", "Spotify", "Zoom", "IKEA", "Airbnb", "Notion", "Salesforce", "Figma")
FLIGHTS = {
    "en_US": ("UA", "DL", "AA"),
    "en_GB": ("BA", "VS"),
    "en_IE": ("EI", "FR"),
    "en_IN": ("AI", "6E"),
    "en_AU": ("QF", "VA"),
    "en_CA": ("AC", "WS"),
    "de_DE": ("LH", "EW"),
    "fr_FR": ("AF", "U2"),
    "es_ES": ("IB", "VY"),
    "it_IT": ("AZ", "FR"),
    "nl_NL": ("KL", "HV"),
    "pt_BR": ("LA", "G3", "AD"),
}
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
_PRICE = {
    "en_US": "${:,}.{:02d}",
    "en_CA": "CA${:,}.{:02d}",
    "en_GB": "£{:,}.{:02d}",
    "en_IE": "€{:,}.{:02d}",
    "en_AU": "A${:,}.{:02d}",
    "en_IN": "₹{:,}.{:02d}",
}


def lookalike(rng: random.Random, kind: str, locale: str) -> str:
    r = rng
    lang = locale[:2]
    y, m, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    if kind == "DT":
        month = _MONTHS[lang].split()[m - 1]
        if locale == "en_US":
            return r.choice([f"{month} {d}, {y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}"])
        if lang == "en":
            return r.choice([f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m:02d}-{y}"])
        if lang == "de":
            return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}"])
        if lang in ("es", "pt"):
            return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}"])
        if lang == "nl":
            return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}"])
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}"])
    if kind == "TM":
        h, mi = r.randint(7, 20), r.choice((0, 15, 30, 45))
        if lang == "fr":
            return f"{h}h{mi:02d}" if mi else f"{h}h"
        if locale == "en_US":
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
        return f"{h:02d}:{mi:02d}" if lang != "nl" else f"{h:02d}.{mi:02d} uur"
    if kind == "YR":
        return str(r.randint(1998, 2024))
    if kind == "ORD":
        return r.choice(
            [
                f"#{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
                f"#{r.randint(40000000, 49999999)}",
                f"Nr. {r.randint(100000, 999999)}"
                if lang == "de"
                else f"#{r.choice('ABCDEFGH')}{r.randint(100000, 999999)}",
            ]
        )
    if kind == "ISBN":
        group = r.choice(("0", "1", "3", "2", "84", "88", "90", "85", "81"))
        pub = str(r.randint(10, 9999))
        room = 9 - len(group) - len(pub)
        title = str(r.randint(0, 10**room - 1)).zfill(room)
        core = "978" + group + pub + title
        full = ean13_complete(core)
        return f"978-{group}-{pub}-{title}-{full[-1]}"
    if kind == "EAN":
        return ean13_complete(
            r.choice(("400", "300", "840", "800", "870", "789", "500", "890"))
            + str(r.randint(10**8, 10**9 - 1))
        )
    if kind == "FL":
        return f"{r.choice(FLIGHTS[locale])}{r.choice(('', ' '))}{r.randint(1, 2999)}"
    if kind == "VER":
        return r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
                f"version {r.randint(1, 5)}.{r.randint(0, 9)}",
                f"release {y}.{m:02d}.{r.randint(0, 3)}",
                f"v{y}.{r.randint(1, 4)}",
            ]
        )
    if kind == "PR":
        whole, cents = r.choice((45, 129, 1299, 89, 2499, 15000)), r.choice((0, 0, 50, 90, 99))
        if locale in _PRICE:
            return _PRICE[locale].format(whole, cents)
        if locale == "pt_BR":
            return f"R$ {whole:,}".replace(",", ".") + f",{cents:02d}"
        return f"{whole:,}".replace(",", ".") + f",{cents:02d} €"
    if kind == "CO":
        return r.choice(COMPANIES[locale])
    if kind == "ST":
        return r.choice(PLACES[locale])
    if kind == "BR":
        return r.choice(BRANDS)
    raise ValueError(kind)


LOOK_KINDS = {
    "DT": "DATE",
    "TM": "TIME",
    "YR": "YEAR",
    "ORD": "ORDER",
    "ISBN": "ISBN",
    "EAN": "EAN",
    "FL": "FLIGHT",
    "VER": "VERSION",
    "PR": "PRICE",
    "CO": "COMPANY",
    "ST": "STREET_PLACE",
    "BR": "BRAND",
}
