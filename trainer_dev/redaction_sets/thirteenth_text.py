# ruff: noqa: E501  (hand-written data lists and templates are kept one entry-group per line)
"""Genre paragraphs, item sentences and look-alike sentences for the `thirteenth` set (hand-written).

Prose is English (as commonly posted on an international professional network); every locale gets its own
sign-off words, contact labels and id labels. Filler paragraphs contain no digits and no personal names.
Placeholders: {v} the item value, {firm} a fictional employer, {city} a town, {topic} a subject area.
"""

from __future__ import annotations

GENRES: dict[str, dict[str, list[str]]] = {
    "about": {
        "open": [
            "About me. I am a {topic} specialist who likes untangling messy problems and turning them into calm, "
            "repeatable processes. Over the past decade I have worked across start-ups and large organisations, "
            "most recently at {firm} in {city}.",
            "A short introduction for anyone new to my profile: I lead {topic} work for teams that are growing "
            "faster than their tools. My background is a mix of engineering, operations and a surprising amount "
            "of teaching.",
            "I describe myself as a translator between people who build things and people who use them. My focus "
            "is {topic}, and I care a lot about plain language, honest estimates and documentation that someone "
            "actually reads.",
        ],
        "close": [
            "Outside work you will find me on a trail, behind a camera or failing to keep sourdough alive.",
            "I am always happy to talk shop, mentor people switching careers, or swap notes on good tooling.",
            "Open to advisory roles and speaking invitations on {topic}.",
        ],
    },
    "recommendation": {
        "open": [
            "I am glad to write this recommendation. We worked side by side at {firm} on a difficult {topic} "
            "programme, and I saw first-hand how calm, rigorous and generous a colleague can be under pressure.",
            "Recommendation. It is rare to meet someone who is equally strong at the detailed work and at bringing "
            "people along. During our time together at {firm} in {city}, that is exactly what I saw.",
            "Writing recommendations is one of the nicer parts of this network. This one is easy: we collaborated "
            "on {topic} for a long stretch, and the quality of the work never dipped.",
        ],
        "close": [
            "Any team would be lucky to have this kind of colleague. I recommend without reservation.",
            "If you are hiring for {topic}, stop scrolling and get in touch.",
            "I would happily work together again, on any project, at any time.",
        ],
    },
    "newsletter": {
        "open": [
            "This month's newsletter looks at {topic}: what changed, what did not, and what practitioners in "
            "{city} told us over coffee. As always, the views quoted are personal and not those of any employer.",
            "Welcome back to the newsletter. We spoke with people working on {topic} across the region about the "
            "tools they dropped this year and the habits they kept.",
            "Long read this week. The theme is {topic}, and the question we kept asking was simple: what would you "
            "tell your younger self on the first day of the job?",
        ],
        "close": [
            "That is all for this issue. Reply with topics you would like covered next time.",
            "Thanks for reading, and for forwarding the newsletter to colleagues who might enjoy it.",
            "Next issue: hiring, onboarding, and the quiet art of handing over work.",
        ],
    },
    "job_ad": {
        "open": [
            "We are hiring! {firm} is looking for a senior {topic} lead to join our team in {city}. You will shape "
            "how we plan, build and measure, and you will work closely with product and operations.",
            "Job opening. Our {topic} team in {city} is growing and we need someone who enjoys ownership, clear "
            "writing and a good argument settled with data. Hybrid working, generous learning budget.",
            "Know someone great in {topic}? {firm} has an open role for a hands-on manager who still likes to get "
            "their hands dirty. Flexible hours, a friendly team and real responsibility from day one.",
        ],
        "close": [
            "We welcome applications from people of every background; tell us about adjustments you need.",
            "Please share this post with anyone who might be interested.",
            "No agencies, please. Shortlisting starts soon, so do not wait too long.",
        ],
    },
    "event_recap": {
        "open": [
            "What an evening! Our {topic} meetup in {city} was the best attended so far. The talks were sharp, "
            "the questions were better, and the hallway conversations ran long after the venue wanted us gone.",
            "Event recap. Yesterday's half-day workshop on {topic} brought together practitioners from public "
            "services, start-ups and research. Here is a short summary for those who could not make it.",
            "Thank you to everyone who joined the {topic} roundtable at {firm}. A few highlights and thank-yous "
            "below, plus the practical details for next time.",
        ],
        "close": [
            "Slides will be shared with attendees. See you at the next one!",
            "If you want to speak at a future edition, drop us a message.",
            "Huge thanks to the volunteers who made it feel effortless.",
        ],
    },
    "farewell": {
        "open": [
            "After many happy years, today is my last day at {firm}. Leaving is bittersweet: I am proud of what we "
            "built in {city} and even prouder of the people who built it.",
            "Some personal news: I am moving on from {firm}. Before I go, a few thank-yous and some practical "
            "handover notes for the team.",
            "Goodbyes are hard to write. This team taught me most of what I know about {topic}, and I leave with "
            "a full notebook and an even fuller heart.",
        ],
        "close": [
            "Please stay in touch. The door is always open and the coffee is on me.",
            "Onwards to the next adventure. Thank you, all of you.",
            "I will miss the stand-ups more than I ever expected to.",
        ],
    },
    "anniversary": {
        "open": [
            "Work anniversary! It has been a long and rewarding stretch at {firm}, and I wanted to pause and thank "
            "the people who made it so.",
            "Celebrating another year on the {topic} team today. When I joined, the office in {city} was half "
            "empty and the roadmap fit on a napkin. A lot has changed since.",
        ],
        "close": [
            "Here is to the next year, and to doing it together.",
            "Grateful, tired in a good way, and excited for what is next.",
        ],
    },
    "in_memoriam": {
        "open": [
            "It is with great sadness that we share the news of the passing of a dear colleague. For many years "
            "our friend was the heart of the {topic} team at {firm} in {city}.",
            "In memoriam. Our community has lost a mentor, a generous reviewer and a wonderful storyteller. Many "
            "of us owe our careers in {topic} to that patience and kindness.",
        ],
        "close": [
            "Our thoughts are with the family. Rest in peace, dear friend.",
            "We will remember the laughter as much as the work.",
        ],
    },
    "parental_leave": {
        "open": [
            "Quick note before I go on parental leave. Our family is about to grow, and I will be offline for a "
            "while. The team is in excellent hands and the handover is documented.",
            "Parental leave starts tomorrow! I am excited, terrified and very grateful to {firm} for a policy that "
            "makes this possible without guilt.",
        ],
        "close": [
            "See you all in a few months, probably with less sleep and more photos.",
            "Please be kind to my inbox while I am away; it will be ignored.",
        ],
    },
    "press_release": {
        "open": [
            "Press release. {firm} today announced a new partnership to expand its {topic} services across the "
            "region, with a new office in {city} opening later this year.",
            "Announcement. {firm} is pleased to welcome a new Head of {topic}, who joins from a leading firm in "
            "{city} and will lead a team of consultants and analysts.",
            "For immediate release. {firm} has promoted two long-standing team members as part of a wider "
            "reorganisation of its {topic} practice.",
        ],
        "close": [
            "About {firm}: an independent consultancy helping public and private organisations with {topic}.",
            "Media enquiries are welcome; interviews can be arranged on request.",
        ],
    },
    "cv": {
        "open": [
            "Curriculum vitae (summary). Experienced {topic} professional with a record of delivering projects on "
            "time and mentoring junior staff. Fluent in English, comfortable presenting to boards.",
            "Resume snippet, shared for a mentoring session. Profile: analytical, organised, curious. Core skills: "
            "{topic}, stakeholder management, reporting, process design.",
        ],
        "close": [
            "References available on request.",
            "Languages: English (fluent), plus working knowledge of two others. Driving licence.",
        ],
    },
    "cover_letter": {
        "open": [
            "Dear Hiring Team, I am writing to apply for the {topic} position advertised by {firm}. Your focus on "
            "careful, people-centred work matches the way I like to operate.",
            "Dear recruitment team, please accept this letter as my application for the role in {city}. I bring "
            "solid experience in {topic} and a habit of leaving processes better than I found them.",
        ],
        "close": [
            "Thank you for considering my application. I would welcome the chance to discuss it further.",
            "I look forward to hearing from you.",
        ],
    },
    "reference_letter": {
        "open": [
            "To whom it may concern. I am pleased to provide this reference. I supervised the candidate during "
            "their time in our {topic} group at {firm}, and I can speak to both their skills and their character.",
            "Reference letter. It is a pleasure to confirm the employment and to recommend a former team member "
            "from our office in {city}, whose work on {topic} was consistently excellent.",
        ],
        "close": [
            "Please do not hesitate to contact me should you need further information.",
            "I recommend this candidate warmly and without reservation.",
        ],
    },
}

FILLER = [
    "What stood out was the quality of the thinking. Problems were framed carefully, trade-offs were written "
    "down, and decisions were revisited when the evidence changed rather than when someone shouted loudest.",
    "A recurring theme was that tools matter less than habits. Teams that review their work openly and "
    "celebrate small improvements tend to outlast teams that chase the newest framework.",
    "We also talked about burnout, which deserves more honesty in our industry. Sustainable pace is not a luxury; "
    "it is how you keep good people long enough for them to become great.",
    "The project was not glamorous. It involved legacy spreadsheets, unclear ownership and a deadline that "
    "moved twice, yet the result is still running smoothly and the documentation is used daily.",
    "Mentoring came up again and again. The best mentors ask more questions than they answer and make it safe "
    "to admit that something is not working yet.",
    "On the practical side, clear handovers, shared calendars and short written updates saved more time than "
    "any automation we tried this year.",
    "There was plenty of disagreement, which is healthy. The panel did not agree on whether remote work helps "
    "junior staff grow, but everyone agreed that deliberate onboarding beats improvisation.",
    "Customers noticed the difference within weeks: fewer escalations, faster answers and a tone in support "
    "conversations that felt human again.",
    "Looking back, the most valuable skill was knowing when to stop polishing and ship, then listen carefully to "
    "what happened next.",
    "None of it would have worked without the quiet people who keep the lights on, review the pull requests and "
    "answer the same question patiently for the tenth time.",
    "The first months were about listening. We interviewed colleagues in every department, mapped the hand-offs "
    "that kept failing, and resisted the temptation to buy a new system before we understood the old one.",
    "Budgets were tight, so we prioritised ruthlessly: fix what hurts customers first, then what hurts staff, "
    "and only then what merely annoys the people who designed it.",
    "One lesson I keep relearning is that trust is built in small deposits. Deliver what you promised, say early "
    "when something slips, and give credit in public while giving feedback in private.",
    "The regulatory side was demanding, with audits, impact assessments and long review cycles, but it also "
    "forced a level of clarity about data flows that made everything else easier.",
    "We experimented with shorter meetings, written proposals and a weekly demo. Not every experiment survived, "
    "but the demo did, and it became the most useful half hour of the week.",
    "Diversity on the team was not a slogan. Different backgrounds meant different questions, and different "
    "questions caught problems that a more uniform group would have shipped straight to production.",
    "The audience questions were excellent, ranging from procurement rules to the ethics of automated "
    "decisions, and several of them deserve a full session of their own next time.",
    "There were setbacks, of course. A supplier went bankrupt halfway through, a key system was retired early, "
    "and for a few weeks it felt like every plan had a hole in it. The team adapted anyway.",
    "Training mattered more than tooling. We ran short internal courses, paired newcomers with experienced "
    "colleagues, and made it normal to ask for help without apologising for it.",
    "Career paths were another recurring topic. People want to grow without being forced into management, and "
    "organisations that offer a credible technical track keep their experts for much longer.",
    "Partnerships with universities and local schools brought fresh ideas and, just as importantly, a steady "
    "stream of curious interns who asked why we did things the way we did.",
    "We measured what mattered to the people we serve: waiting times, error rates and whether a problem stayed "
    "solved, rather than the number of tickets closed before a deadline.",
    "A special mention goes to the facilities and events staff, whose planning turned a crowded schedule into "
    "something that felt relaxed and welcoming.",
    "The market shifted quickly this year, and the teams that coped best were those that had invested in clean "
    "data, clear ownership and honest forecasts long before they needed them.",
]

MIDDLE = {
    "job_ad": [
        "What you will do: own the roadmap for your area, coach a small team, write clearly, and work with "
        "colleagues in finance and operations to turn messy requirements into working solutions.",
        "What we are looking for: several years of relevant experience, confidence with data, good judgement "
        "under ambiguity, and the humility to change your mind. Formal degrees are optional.",
        "What we offer: a competitive salary, hybrid working, a personal learning budget, parental leave above "
        "the legal minimum and a team that genuinely enjoys working together.",
    ],
    "cv": [
        "Experience: led cross-functional projects from discovery to rollout; introduced quarterly planning; "
        "reduced reporting effort through automation; mentored analysts and interns.",
        "Education: degree in economics with a minor in statistics; professional certificates in project "
        "management and data protection. Interests: choir, cycling, volunteering.",
    ],
    "cover_letter": [
        "In my current role I redesigned our onboarding process, wrote the internal handbook and coordinated a "
        "team spread across several cities. I enjoy the unglamorous parts of delivery as much as the launches.",
        "What attracts me to your organisation is the way you publish your methods openly and invest in people. "
        "I would like to contribute to that culture and learn from colleagues with different backgrounds.",
    ],
    "reference_letter": [
        "During the period of employment the candidate managed budgets responsibly, represented the team with "
        "clients and regulators, and trained new colleagues with patience and structure.",
        "Their written work was precise and their conduct exemplary. They left on excellent terms and would be "
        "welcome back at any time.",
    ],
    "press_release": [
        "The partnership combines local expertise with international reach and is expected to create new jobs "
        "over the coming years. Both organisations will share research and run joint training programmes.",
        "The appointment follows a period of strong growth. The new leadership team will focus on service "
        "quality, responsible use of data and closer cooperation with public-sector clients.",
    ],
    "event_recap": [
        "The programme opened with a short welcome, followed by three talks and a panel. Lunch turned into an "
        "impromptu unconference, which we will probably make official next time.",
        "Speakers covered practical topics: migrating old systems, running honest retrospectives, and writing "
        "documentation that survives the people who wrote it.",
    ],
    "in_memoriam": [
        "Many of us remember the long afternoons spent at the whiteboard, the hand-written notes left on our desks, "
        "and the gentle way difficult feedback was always delivered.",
        "A memorial gathering will be held for colleagues and friends. Details will be shared privately with the "
        "team, and a book of memories is available at reception.",
    ],
}

FIRMS = {
    "en": "Kestrel Analytics|Bluegate Partners|Harbourline Consulting|Tessera Health|Marlow & Vance Advisory|"
          "Quarrystone Digital|Brightpath Learning|Corvid Systems",
    "de": "Nordlicht Beratung|Elbwerk Digital|Alpenblick Software|Rheinkraft Analytics|Hanse Datenwerk",
    "fr": "Atelier Numérique Loire|Lumen Conseil|Mistral Data|Bastide Solutions",
    "it": "Sequoia Digitale|Laguna Analytics|Appennino Software|Officina Dati",
    "pt": "Ipê Tecnologia|Cerrado Analytics|Maré Digital|Jequitibá Consultoria",
    "pl": "Wisła Data|Bursztyn Software|Tatra Analytics|Mazowsze Digital",
    "sv": "Fjällbacka Data|Nordvind Konsult|Skärgård Digital|Granskog Analytics",
    "tr": "Boğaziçi Yazılım|Kapadokya Analitik|Ege Dijital|Anadolu Veri",
    "fi": "Revontuli Data|Saimaa Digital|Kaamos Analytics|Tunturi Konsultointi",
}
TOPICS = ("data protection|supply chain analytics|clinical operations|product design|cloud infrastructure|"
          "procurement|financial reporting|learning and development|customer research|machine learning operations|"
          "public health programmes|renewable energy projects|accessibility").split("|")

# sign-off word, phone label, e-mail label, address label, web label
LOCAL_WORDS = {
    "en_US": ("Best,", "Cell", "Email", "Mailing address", "Web"),
    "en_GB": ("Kind regards,", "Mob", "Email", "Address", "Web"),
    "en_AU": ("Cheers,", "Mob", "Email", "Postal address", "Web"),
    "en_IN": ("Warm regards,", "Mobile", "Email", "Address", "Web"),
    "de_DE": ("Viele Grüße", "Mobil", "E-Mail", "Anschrift", "Web"),
    "fr_FR": ("Bien cordialement,", "Tél.", "Courriel", "Adresse", "Site"),
    "it_IT": ("Cordiali saluti,", "Cell.", "E-mail", "Indirizzo", "Sito"),
    "pt_BR": ("Abraços,", "Cel.", "E-mail", "Endereço", "Site"),
    "pl_PL": ("Pozdrawiam serdecznie,", "Tel. kom.", "E-mail", "Adres", "WWW"),
    "sv_SE": ("Vänliga hälsningar,", "Mobil", "E-post", "Adress", "Webb"),
    "tr_TR": ("Saygılarımla,", "Cep", "E-posta", "Adres", "Web"),
    "fi_FI": ("Ystävällisin terveisin,", "Puh.", "Sähköposti", "Osoite", "Verkko"),
}

ID_LABEL = {"ssn": "Social Security number", "itin": "ITIN", "nino": "National Insurance number",
            "nhs_number": "NHS number", "tfn": "tax file number", "medicare": "Medicare card number",
            "aadhaar": "Aadhaar number", "pan": "PAN", "steuer_id": "Steuer-ID",
            "sozialversicherungsnummer": "Sozialversicherungsnummer", "nir": "numéro de sécurité sociale",
            "codice_fiscale": "codice fiscale", "cpf": "CPF", "pesel": "PESEL", "personnummer": "personnummer",
            "personnummer_12": "personnummer", "tc_kimlik": "T.C. Kimlik No", "henkilotunnus": "henkilötunnus"}
