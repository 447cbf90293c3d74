# ruff: noqa: E501  (hand-written data lists and templates are kept one entry-group per line)
"""Item sentences (personal data) and look-alike generators for the `thirteenth` set (hand-written)."""

from __future__ import annotations

import random

from .thirteenth_ids import luhn_complete, rd  # noqa: F401  (rd used below)

# Templates are "genre codes|sentence"; '*' fits every genre. Codes: ab about, rc recommendation, nl newsletter,
# jb job_ad, ev event_recap, fw farewell, an anniversary, im in_memoriam, pl parental_leave, pr press_release,
# cv cv, cl cover_letter, rl reference_letter.
GENRE_CODE = {"about": "ab", "recommendation": "rc", "newsletter": "nl", "job_ad": "jb", "event_recap": "ev",
              "farewell": "fw", "anniversary": "an", "in_memoriam": "im", "parental_leave": "pl",
              "press_release": "pr", "cv": "cv", "cover_letter": "cl", "reference_letter": "rl"}
NAME_NOUN = [
    "rc,ab,an,fw,rl|I had the pleasure of working with {v} for several years, and the team was better for it.",
    "ev,nl|As {v} put it during the panel, the hardest part of any change is the second month, not the first.",
    "ev,fw,an|Special thanks to {v}, who organised everything behind the scenes without ever asking for credit.",
    "pr,nl,an|Please join me in welcoming {v}, who joins us as a senior analyst after a long stint in consulting.",
    "jb|For questions about the role, the hiring manager is {v}; feel free to send a message here.",
    "jb|You would report to {v}, who has built this team from scratch and loves mentoring.",
    "pl,fw|While I am away, {v} will cover my responsibilities and make the day-to-day decisions.",
    "ev|Our keynote speaker, {v}, opened with a wonderfully honest story about a launch that went wrong.",
    "rc,ab,an,cl|I first met {v} at a rainy training day, and we have been trading ideas ever since.",
    "ab,an,fw,cl,cv|Thank you to {v} for the feedback on every draft, even the terrible early ones.",
    "fw,im|We will miss {v} terribly; there was always time for a question and a joke.",
    "im|We are heartbroken to say goodbye to {v}, who passed away peacefully last week after a short illness.",
    "ev|The workshop was co-organised with {v}, whose preparation made the day run like clockwork.",
    "nl|In a quote for this issue, {v} said the team now spends more time on users and less on tickets.",
    "nl|\"We stopped measuring activity and started measuring outcomes,\" says {v}, who leads a small analytics team.",
    "pr|The new practice will be led by {v}, previously a senior manager with a regional competitor.",
    "pr|\"This partnership is about people first,\" said {v}, who negotiated the agreement.",
    "rl,rc,cl|I was supervised by {v} for most of that period, who can confirm everything above.",
    "cv,cl,rl|Referee: {v}, former line manager, available on request.",
    "pl|Our baby is due soon, and my partner {v} has asked me to finally switch off the laptop.",
    "an|When I joined, {v} was the one who showed me where everything was and why it mattered.",
]
NAME_POSS = [
    "ev,nl|{v}'s talk on onboarding was, for me, the highlight of the afternoon.",
    "ab,rc,an,fw,cl,rl|I am deeply grateful for {v}'s mentoring during my first difficult year.",
    "rc,pr,an,rl|Much of this success is down to {v}'s patience with a very demanding client.",
    "fw,pl,im|Anyone who has read {v}'s handover notes knows what good documentation looks like.",
    "im|{v}'s family has asked that, instead of flowers, donations go to a local hospice.",
]
TITLES = {"en": (["Ms", "Dr", "Mrs"], ["Mr", "Dr"]), "de": (["Frau", "Dr."], ["Herr", "Dr."]),
          "fr": (["Mme", "Dr"], ["M.", "Dr"]), "it": (["Dott.ssa", "Sig.ra", "Prof.ssa"], ["Dott.", "Ing.", "Sig."]),
          "pt": (["Sra.", "Dra."], ["Sr.", "Dr."]), "pl": (["Pani", "dr"], ["Pan", "dr"]),
          "sv": (["Dr"], ["Dr"]), "fi": (["Dr"], ["Dr"]), "tr": (["Dr."], ["Dr."])}

KIND_SENT = {
    "EMAIL": [
        "*|Drop me a line at {v} if any of this resonates.",
        "jb|Applications and questions go to {v}; please include a short note on why the role appeals to you.",
        "ev,nl|If you want the slides or the reading list, email me at {v} and I will send them over.",
        "fw,an,pl|My personal address after today is {v}, so please keep in touch.",
        "ev,nl|To nominate a speaker for next time, write to {v} before the end of the month.",
        "ab,cv,cl,rl,rc|I can be reached at {v} for further details.",
        "im,pr|Messages for the family are being collected by a colleague at {v}.",
    ],
    "PHONE": [
        "*|Happy to talk it through by phone: {v}.",
        "jb|For an informal chat about the position, call or message me on {v}.",
        "pl,fw|If anything urgent comes up during my leave, my private number is {v}, but only for emergencies.",
        "ev,pr|Speakers who need help with travel can reach the organiser on {v}.",
        "ab,cv,cl,rl,rc,an,nl,im|You can reach me on {v} most afternoons.",
    ],
    "URL": [
        "*|Links and write-ups: {v}.",
        "ab,cv,cl,fw|More of my work, including case studies and talks, is at {v}.",
        "rc,rl,jb,an|The full portfolio is worth a look: {v}.",
        "ev,nl,pr,im|You can find the speaker's personal page at {v}.",
        "fw,pl,an|My old projects and notes now live at {v}.",
    ],
    "IP": [
        "*|Note to the service desk: the blocked logins came from my home router, {v}, not from an attacker.",
        "fw,pl,an|Handover note for IT: my home office connection, {v}, is still on the VPN allow-list and should "
        "be removed after today.",
        "ab,nl,ev,cv,jb,rc,rl,cl,pr,im|If the staging firewall blocks me again, my home IP is {v}; please add it "
        "to the exception list.",
        "fw,pl,cv,rl,an|For the audit trail: the remote sessions came from my personal connection at {v}.",
    ],
    "CARD": [
        "*|Expense claim pending: the group booking went on my personal card, {v}.",
        "ev,nl,pr|Finance team: the speakers' dinner was paid with my personal card {v}, so please reimburse me "
        "when you can.",
        "ev,an,jb,ab,cv,cl,rl,rc|I booked the venue deposit on my own credit card ({v}) because the corporate "
        "card was blocked.",
        "fw,pl,im,an|For the farewell gift I used my card {v}; the receipt is in the shared folder.",
    ],
    "IBAN": [
        "*|Reimbursements for the travel costs can be sent to my personal account, IBAN {v}.",
        "fw,pl,im,an,ev|If you would like to contribute to the collection, transfers can go to my account, IBAN "
        "{v}.",
        "ab,cv,cl,rc,rl,jb|Invoices for my freelance work are payable to IBAN {v}.",
        "nl,pr|The relief fund is being collected privately by one of our consultants; transfers go to their "
        "personal account, IBAN {v}.",
        "ev,nl,an,im|For the charity run sponsorship, please transfer to {v} and mention the team name.",
    ],
    "ID": [
        "*|For the background check I was asked for my {label}, which is {v}.",
        "cv,cl,rl,jb,ab|Personal details for the onboarding file: {label} {v}.",
        "fw,pl,an,ev,nl,pr,rc,im|HR asked me to confirm my {label} for the payroll transfer, so here it is: {v}.",
        "cv,cl,rl,jb,ab,rc|Candidate data: {label}: {v}.",
    ],
    "ADDRESS": [
        "im,fw,pl|Cards and letters for the family can be sent to {v}.",
        "ev,an,fw,nl|The after-event dinner will be hosted at my home, {v}, and everyone is welcome.",
        "cl,cv,rl,jb,ab,rc,pr|Please send the signed contract to my home address: {v}.",
        "*|Correspondence address: {v}.",
    ],
}


def pick(rng: random.Random, templates: list[str], genre: str) -> str:
    code = GENRE_CODE[genre]
    fit = [t for t in templates if t.split("|", 1)[0] == "*" or code in t.split("|", 1)[0].split(",")]
    return rng.choice(fit or templates).split("|", 1)[1]


LA_SENT = {
    "order": ["ev,an,fw,pr,nl|The catering was booked under order {v}.",
              "*|Our purchase order {v} covers the new equipment for the lab."],
    "invoice": ["ev,pr,nl,fw|The venue invoice {v} has already been settled by the finance team.",
                "*|The final invoice for the project, {v}, was approved without a single query."],
    "ticket": ["*|Details are tracked in support ticket {v} for anyone who wants the history."],
    "isbn": ["*|The book everyone kept quoting is now in our library (ISBN {v})."],
    "date": ["ev,nl,pr|The next edition takes place on {v}.", "jb,cl|Applications close on {v}.",
             "*|The change takes effect on {v}."],
    "time": ["ev,nl,im|Doors open at {v}, talks start shortly after.", "*|The weekly demo moves to {v} on Thursdays."],
    "price": ["ev,nl|Tickets cost {v}, with free places for students.", "*|The learning budget is {v} per person."],
    "product": ["*|We are still running the {v} units in the meeting rooms and they have held up well."],
    "flight": ["ev,pr,nl|Speakers from abroad were booked on flight {v}.",
               "*|I am writing this on flight {v}, somewhere above the clouds."],
    "version": ["*|The team shipped release {v} of the internal toolkit last week."],
    "company": ["ev,nl|The case study from {v} was the most discussed item of the day.",
                "*|The new partnership with {v} starts next quarter."],
    "place": ["ev,nl,an,fw|The group photo was taken in front of {v}.", "*|We met near {v} for the walking tour."],
}
COMPANIES = {
    "en": ["Johnson & Johnson", "Marks & Spencer", "Rolls-Royce", "Procter & Gamble", "Tata Consultancy Services",
           "Ernst & Young", "Goldman Sachs", "Hewlett Packard Enterprise"],
    "de": ["Siemens", "Robert Bosch", "Porsche", "Hugo Boss", "Mercedes-Benz", "Carl Zeiss"],
    "fr": ["Peugeot", "Louis Vuitton", "Michelin", "Christian Dior", "Yves Rocher"],
    "it": ["Ferrero", "Barilla", "Lavazza", "Giorgio Armani", "Pirelli", "Benetton"],
    "pt": ["Casas Bahia", "Magazine Luiza", "Odebrecht", "Votorantim"],
    "pl": ["Wedel", "Inglot", "Ziaja", "Hortex"],
    "sv": ["Ericsson", "Bonnier", "Ahlsell", "Hasselblad"],
    "tr": ["Koç Holding", "Sabancı Holding", "Eczacıbaşı", "Ülker"],
    "fi": ["Fazer", "Fiskars", "Paulig", "Hartwall"],
}
PLACES = {
    "en_US": ["the Golden Gate Bridge", "Union Station", "the Smithsonian"],
    "en_GB": ["the Royal Exchange", "Edinburgh Castle", "the Angel of the North"],
    "en_AU": ["the Sydney Opera House", "Federation Square", "Kings Park"],
    "en_IN": ["the Gateway of India", "Cubbon Park", "India Gate"],
    "de_DE": ["the Brandenburger Tor", "the Elbphilharmonie", "Marienplatz"],
    "fr_FR": ["the Place Bellecour", "the Vieux-Port", "the Palais des Papes"],
    "it_IT": ["Piazza Maggiore", "the Mole Antonelliana", "Castel dell'Ovo"],
    "pt_BR": ["the Theatro Municipal", "the Mercado Modelo", "Ibirapuera Park"],
    "pl_PL": ["the Sukiennice", "Wawel Castle", "the Palace of Culture and Science"],
    "sv_SE": ["Stadshuset", "the Turning Torso", "Gamla stan"],
    "tr_TR": ["the Galata Tower", "Anıtkabir", "the Kordon promenade"],
    "fi_FI": ["the Helsinki Cathedral", "Tampere Hall", "Suomenlinna"],
}
MONTHS = "January February March April May June July August September October November December".split()
CUR = {"en_US": "${a}", "en_GB": "£{a}", "en_AU": "A${a}", "en_IN": "₹{a}", "de_DE": "{a} €", "fr_FR": "{a} €",
       "it_IT": "€{a}", "pt_BR": "R$ {a}", "pl_PL": "{a} zł", "sv_SE": "{a} kr", "tr_TR": "{a} TL", "fi_FI": "{a} €"}


def isbn13(rng: random.Random) -> str:
    body = "978" + rng.choice(["0", "1", "3", "2", "88", "85", "83", "91", "605", "951"])
    body += rd(rng, 12 - len(body))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}" if rng.random() < 0.6 else full


def lookalike(rng: random.Random, locale: str, kind: str) -> str:
    lang = locale[:2]
    if kind == "order":
        return rng.choice([f"PO-{rng.randint(2021, 2026)}-{rd(rng, 5)}", f"#{rd(rng, 7)}", f"ORD{rd(rng, 8)}"])
    if kind == "invoice":
        return rng.choice([f"INV-{rd(rng, 6)}", f"{rng.randint(2022, 2026)}/{rd(rng, 4)}/FV"])
    if kind == "ticket":
        return rng.choice([f"OPS-{rng.randint(100, 9999)}", f"CS-{rd(rng, 6)}", f"INC{rd(rng, 7)}"])
    if kind == "isbn":
        return isbn13(rng)
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2025, 2027)
        if locale == "en_US":
            return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{m}/{d}/{y}"])
        return rng.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}" if lang in "de pl fi tr"
                           else f"{d:02d}/{m:02d}/{y}"])
    if kind == "time":
        return rng.choice([f"{rng.randint(8, 19)}:{rng.choice(['00', '15', '30', '45'])}",
                           f"{rng.randint(1, 11)}:{rng.choice(['00', '30'])} pm"])
    if kind == "price":
        a = f"{rng.randint(2, 950)}" + rng.choice(["", ".00", ".50", ".99"])
        if lang not in ("en",):
            a = a.replace(".", ",")
        return CUR[locale].format(a=a)
    if kind == "product":
        return rng.choice([f"XR-{rng.randint(100, 990)}{rng.choice('TSX')}", f"ThinkPad T{rng.randint(14, 16)}",
                           f"Model {rng.choice('ABCK')}{rd(rng, 3)}"])
    if kind == "flight":
        return f"{rng.choice(['LH', 'BA', 'AF', 'AZ', 'LA', 'LO', 'SK', 'TK', 'AY', 'QF', 'AI', 'UA'])} {rng.randint(100, 2999)}"
    if kind == "version":
        return f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    if kind == "company":
        return rng.choice(COMPANIES[lang if lang in COMPANIES else "en"] + COMPANIES["en"][:2])
    if kind == "place":
        return rng.choice(PLACES[locale])
    raise KeyError(kind)


LA_KINDS = list(LA_SENT)
