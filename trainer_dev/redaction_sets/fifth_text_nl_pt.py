"""Post templates in Dutch and Brazilian Portuguese for the fifth held-out set (written by hand).

Same placeholders as fifth_text_de_en.
"""

# ruff: noqa: E501  (hand-written data tables read best one row per line)

from __future__ import annotations

NL = {
    "open": [
        "Wat een week! 🎉", "Even een persoonlijke update:", "We zoeken versterking! 🚀", "Bedankt, {CITY}! Het {EVENT} was geweldig.",
        "Nieuwe baan, nieuw hoofdstuk.", "Vandaag precies een jaar geleden begon ik bij {CO}.", "Een korte terugblik op het {EVENT}:",
        "Soms is één goed gesprek genoeg.", "Gefeliciteerd! 👏", "Lief netwerk, ik heb jullie hulp nodig.", "Het is officieel:",
    ],
    "extra": [
        "We hadden het over {TOPIC} en eerlijk gezegd was dat de beste sessie van de dag.",
        "Het team zoekt ook een {ROLE} in {CITY} of op afstand.", "Ik heb zin in wat er komt, en in alle nieuwe collega's.",
        "Vragen over {TOPIC}? Stuur me een bericht.\nIk deel de slides graag.",
        "Dank aan iedereen die meedeed. Zonder jullie was dit niet gelukt!", "{DAY} gaan we verder, wie doet er mee?",
    ],
    "close": ["Groet", "Hartelijke groet uit {CITY}", "Tot snel!", "Dank jullie wel 🙏", "Met vriendelijke groet"],
    "tags": ["#Carrière #NieuweBaan", "#Netwerken", "#Vacature #{CITY}", "#Dankbaar", "#Samenwerken"],
    "frames": {
        "MEMBER": [
            "Gefeliciteerd {MEMBER} met de promotie!", "{MEMBER} gaf vandaag de talk over {TOPIC}, top!",
            "Dank je {MEMBER} voor de aanbeveling ❤️", "Op het podium: {MEMBER}, {MEMBER} en ik.",
            "Einde van een tijdperk: {MEMBER_TAG} vertrekt na acht jaar.",
            "Wie kent {MEMBER}? Ik zoek contact voor een project over {TOPIC}.",
            "Mentorprogramma: {MEMBER} begeleidt dit jaar drie stagiairs.",
        ],
        "PERSON": [
            "Gisteren {PERSON} ontmoet op het {EVENT}.", "Veel dank aan {PERSON_T} voor de inspirerende keynote.",
            "Onze nieuwe algemeen directeur is {PERSON}.", "In gesprek met {PERSON} over {TOPIC}.",
            "Verdrietig nieuws: onze collega {PERSON} is overleden.", "Sollicitaties t.a.v. {PERSON_T}, afdeling HR.",
            "{PERSON} leidt vanaf vandaag ons kantoor in {CITY}.",
        ],
        "EMAIL": [
            "Stuur je cv naar {EMAIL}.", "Mail me gerust: {EMAIL}", "Vragen? {EMAIL} 📧",
            "Interesse? Mail {EMAIL}, je hoort binnen een week van ons.", "Mijn nieuwe adres is {EMAIL}, het oude vervalt.",
        ],
        "PHONE": [
            "Bel me gerust: {PHONE}", "Bereikbaar op {PHONE} (ma–vr).", "Tel. {PHONE}",
            "Vragen over de vacature: {PHONE} of een DM.", "Nieuw nummer: {PHONE}, even opslaan!", "Kantoor {PHONE}\nMobiel {PHONE}",
        ],
        "URL": ["Mijn portfolio: {URL}", "Alle info: {URL}", "Volg me op {URL}", "Plan een afspraak: {URL}", "Het hele artikel: {URL} 👈"],
        "CARD": [
            "Oeps, verkeerde chat: creditcard {CARD}, geldig tot 08/27.", "Gebruik voor het hotel de bedrijfscreditcard {CARD}.",
            "Let op phishing! Iemand probeerde te betalen met mijn kaart {CARD}.",
        ],
        "IBAN": [
            "Donaties voor de sponsorloop: IBAN {IBAN}.", "Bankgegevens: {IBAN}",
            "Graag de bijdrage overmaken op {IBAN} o.v.v. zomerborrel.",
        ],
        "SSN": [
            "HR vroeg via de chat om mijn {IDNAME}: {SSN}. Is dat echt nodig?", "{IDNAME}: {SSN}",
            "Raar foutje in het onboardingformulier: het vraagt twee keer om mijn {IDNAME} ({SSN}).",
        ],
        "IP": [
            "Onze testserver ({IP}) is weer bereikbaar.", "Verdachte logins vanaf {IP}, graag blokkeren.",
            "Het nieuwe VPN-adres is {IP}.",
        ],
        "ADDRESS": [
            "Ons nieuwe kantoor:\n{ADDRESS}", "Kom langs: {ADDRESS}", "Postadres vanaf vandaag: {ADDRESS}",
            "De meetup is deze maand aan de {STREET}.", "We zijn verhuisd naar de {STREET}!", "Nieuwe vestiging in {PCTOWN} 🎉",
        ],
    },
    "sign": [
        "{MEMBER_FULL}\n{ROLE} | {CO}\nT {PHONE}\nE {EMAIL}", "--\n{MEMBER_FULL}\n{ROLE}\n{ADDRESS}",
        "{MEMBER_FULL} · {ROLE} · {URL}", "Met vriendelijke groet,\n{MEMBER_FULL}\nMobiel: {PHONE}",
    ],
    "cities": ["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Groningen"],
    "roles": ["softwareontwikkelaar", "projectleider", "stagiair", "data scientist", "salesmanager", "civiel ingenieur"],
    "topics": ["het personeelstekort", "AI in het mkb", "toegankelijkheid", "duurzame logistiek", "hybride werken"],
    "cos": ["Polderlogistiek", "de gemeente", "een lokale start-up", "Groenstroom Noord", "onze branchevereniging"],
    "events": ["congres", "symposium", "evenement", "regiocongres"],
    "days": ["Maandag", "Dinsdag", "Donderdag", "Vrijdag"],
    "plain": [
        "Goede dag gehad met het team.", "Ik heb de afgelopen maanden veel geleerd over leidinggeven.",
        "Goede software ontstaat in gesprekken, niet in tickets.", "Luisteren is de meest onderschatte vaardigheid op het werk.",
        "We zoeken mensen die verantwoordelijkheid willen nemen.", "Dank voor alle feedback op de workshop.",
        "Kleine stapjes brengen je er ook.", "Wat was jullie belangrijkste les dit jaar?",
        "Ik wil dat nieuwe collega's zich vanaf dag één welkom voelen.", "Minder vergaderen, meer focus: dat is het voornemen.",
        "Trots op wat we samen hebben gebouwd.",
    ],
    "looks": [
        "Onze bestelling {L:ORDER} is onderweg, trackingnummer {L:TRACKING}.", "Ik lees een mooi boek over leiderschap (ISBN {L:ISBN}).",
        "Artikelnummer {L:PRODUCT}, EAN {L:EAN}: eindelijk weer op voorraad.", "Overleg op {L:DATE} om {L:TIME} in {L:ROOM}.",
        "De functie biedt {L:PRICE} bruto met {L:PERCENT} bonus.", "Versie {L:VERSION} staat live. {L:HASHTAG}",
        "Vlucht {L:FLIGHT} naar Lissabon, daar gaan we!", "Tien jaar bij {L:COMPANY}, sinds {L:YEAR} in het team.",
        "Goed gesprek met de inkopers van {L:COMPANY} over ketens.",
        "Wat {L:STREETLIKE} van de rente vindt, doet er voor het mkb minder toe dan je denkt.",
        "Factuur {L:ORDER} van {L:DATE} is betaald; omzet {L:PERCENT} hoger.",
    ],
}

PT = {
    "open": [
        "Que semana! 🎉", "Uma novidade pessoal:", "Estamos contratando! 🚀", "Obrigado, {CITY}! O {EVENT} foi incrível.",
        "Novo emprego, novo capítulo.", "Há exatamente um ano eu entrava na {CO}.", "Um resumo rápido do {EVENT}:",
        "Às vezes basta uma boa conversa.", "Parabéns! 👏", "Querida rede, preciso da ajuda de vocês.", "É oficial:",
    ],
    "extra": [
        "Falamos sobre {TOPIC} e, sinceramente, foi a melhor sessão do dia.",
        "O time também procura um(a) {ROLE} em {CITY} ou remoto.", "Animada com o que vem por aí e com os novos colegas.",
        "Dúvidas sobre {TOPIC}? Me chama.\nCompartilho os slides com prazer.",
        "Obrigado a todo mundo que participou. Sem vocês não teria sido possível!", "Continuamos na {DAY}, quem topa?",
    ],
    "close": ["Abraços", "Um abraço de {CITY}", "Até breve!", "Obrigada a todos 🙏", "Atenciosamente"],
    "tags": ["#Carreira #NovoEmprego", "#Networking", "#Vagas #{CITY}", "#Gratidão", "#TrabalhoEmEquipe"],
    "frames": {
        "MEMBER": [
            "Parabéns, {MEMBER}, pela promoção!", "{MEMBER} apresentou hoje a palestra sobre {TOPIC}, sensacional!",
            "Obrigado, {MEMBER}, pela recomendação ❤️", "Na mesa-redonda: {MEMBER}, {MEMBER} e eu.",
            "Fim de uma era: {MEMBER_TAG} se despede depois de oito anos.",
            "Alguém conhece {MEMBER}? Procuro contato para um projeto sobre {TOPIC}.",
            "Programa de mentoria: {MEMBER} acompanha três estagiários este ano.",
        ],
        "PERSON": [
            "Ontem conheci {PERSON} no {EVENT}.", "Muito obrigado a {PERSON_T} pela palestra de abertura.",
            "Nosso novo diretor-geral é {PERSON}.", "Conversando com {PERSON} sobre {TOPIC}.",
            "Notícia triste: faleceu {PERSON}, vinte anos no nosso time.", "Currículos aos cuidados de {PERSON_T}, RH.",
            "{PERSON} assume hoje a unidade de {CITY}.",
        ],
        "EMAIL": [
            "Envie o currículo para {EMAIL}.", "Me escreve: {EMAIL}", "Dúvidas: {EMAIL} 📧",
            "Interessou? Escreva para {EMAIL}, respondemos em uma semana.", "Meu novo e-mail é {EMAIL}, o antigo será desativado.",
        ],
        "PHONE": [
            "Me liga: {PHONE}", "Disponível no {PHONE} (seg–sex).", "Tel.: {PHONE}", "WhatsApp {PHONE}",
            "Dúvidas sobre a vaga: {PHONE} ou por mensagem.", "Número novo: {PHONE}, salvem aí!", "Fixo {PHONE}\nCelular {PHONE}",
        ],
        "URL": ["Meu portfólio: {URL}", "Todas as informações: {URL}", "Me segue em {URL}", "Agende um horário: {URL}",
                "O artigo completo: {URL} 👈"],
        "CARD": [
            "Ops, conversa errada: cartão {CARD}, validade 08/27.", "Para o hotel, usem o cartão corporativo {CARD}.",
            "Cuidado com golpe! Alguém tentou pagar com meu cartão {CARD}.",
        ],
        "IBAN": [
            "Doações para a corrida solidária: IBAN {IBAN}.", "Dados bancários internacionais: {IBAN}",
            "A taxa pode ser paga por transferência para {IBAN}, referência: festa junina.",
        ],
        "SSN": [
            "O RH pediu meu {IDNAME} pelo chat: {SSN}. Precisa mesmo?", "{IDNAME}: {SSN}",
            "Bug curioso no formulário de admissão: pede o {IDNAME} ({SSN}) duas vezes.",
        ],
        "IP": [
            "O servidor de homologação ({IP}) voltou.", "Logins suspeitos vindos de {IP}, favor bloquear.",
            "O novo endpoint da VPN é {IP}.",
        ],
        "ADDRESS": [
            "Nosso novo escritório:\n{ADDRESS}", "Venham nos visitar: {ADDRESS}", "Endereço para correspondência: {ADDRESS}",
            "O meetup deste mês é na {STREET}.", "Mudamos para a {STREET}!", "Nova unidade em {PCTOWN} 🎉",
        ],
    },
    "sign": [
        "{MEMBER_FULL}\n{ROLE} | {CO}\nTel. {PHONE}\n{EMAIL}", "--\n{MEMBER_FULL}\n{ROLE}\n{ADDRESS}",
        "{MEMBER_FULL} · {ROLE} · {URL}", "Atenciosamente,\n{MEMBER_FULL}\nCel.: {PHONE}",
    ],
    "cities": ["São Paulo", "Recife", "Curitiba", "Belo Horizonte", "Porto Alegre"],
    "roles": ["desenvolvedora de software", "gerente de projetos", "estagiário", "cientista de dados", "gerente comercial", "engenheiro civil"],
    "topics": ["a falta de talentos", "IA nas pequenas empresas", "acessibilidade", "logística sustentável", "trabalho híbrido"],
    "cos": ["Logística Cerrado", "a prefeitura", "uma startup local", "Verdemar Energia", "nossa associação"],
    "events": ["congresso", "fórum de carreiras", "hackathon", "encontro regional"],
    "days": ["segunda", "terça", "quinta", "sexta"],
    "plain": [
        "Dia muito bom com o time hoje.", "Aprendi muito sobre liderança nos últimos meses.",
        "Software bom nasce de conversa, não de ticket.", "Ouvir é a habilidade mais subestimada no trabalho.",
        "Procuramos pessoas que queiram assumir responsabilidades.", "Obrigada pelo retorno sobre o workshop.",
        "Devagar se vai ao longe.", "Qual foi a maior lição de vocês este ano?",
        "Quero que quem chega se sinta bem-vindo desde o primeiro dia.", "Menos reuniões, mais foco: essa é a meta.",
        "Orgulho do que construímos juntos.",
    ],
    "looks": [
        "Nosso pedido {L:ORDER} já foi despachado, código de rastreio {L:TRACKING}.", "Lendo um ótimo livro sobre liderança (ISBN {L:ISBN}).",
        "Código do produto {L:PRODUCT}, EAN {L:EAN}: de volta ao estoque.", "Reunião em {L:DATE} às {L:TIME} na {L:ROOM}.",
        "A vaga paga {L:PRICE} mais {L:PERCENT} de bônus.", "A versão {L:VERSION} está no ar. {L:HASHTAG}",
        "Voo {L:FLIGHT} para Lisboa, partiu!", "Dez anos na {L:COMPANY}, no time desde {L:YEAR}.",
        "Ótima conversa com o time de compras da {L:COMPANY} sobre cadeias de suprimento.",
        "O que {L:STREETLIKE} pensa dos juros importa menos para as pequenas empresas do que parece.",
        "Nota fiscal {L:ORDER} de {L:DATE} paga; faturamento {L:PERCENT} maior.",
    ],
}
