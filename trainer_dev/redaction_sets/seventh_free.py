# ruff: noqa: E501  (data: sentence frames and name lists, one per line)
"""PII-free sentences of the seventh set: look-alike frames (dates, times, years, order numbers,
ISBNs, EANs, flights, versions, prices, streets named as places, brands, companies named after
people) and plain filler sentences, per language. Look-alike slots: {CO} {DT} {TM} {YR} {ORD}
{ISBN} {EAN} {FL} {VER} {PR} {ST} {BR}."""

from __future__ import annotations

from trainer_dev.redaction_sets.seventh_looks import LOOK_KINDS, lookalike

__all__ = ["FILLERS", "LOOK_KINDS", "LOOKS", "lookalike"]

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
