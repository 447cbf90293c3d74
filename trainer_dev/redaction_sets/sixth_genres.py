"""Two genres with little or no cue text, for the sixth held-out set: forwarded e-mails that end
in a signature block (name, role, then labelled or bare contact lines) and conference schedules that
list speakers after a time."""

from __future__ import annotations

SIG_LABELS = {
    "en": {
        "PHONE": ["T: ", "M: ", "Mobile: ", "", "Tel "],
        "EMAIL": ["E: ", "Email: ", ""],
        "URL": ["W: ", ""],
    },
    "de": {
        "PHONE": ["Tel.: ", "Mobil: ", "T ", ""],
        "EMAIL": ["E-Mail: ", "Mail: ", ""],
        "URL": ["Web: ", ""],
    },
    "nl": {"PHONE": ["T ", "M ", "Tel: ", ""], "EMAIL": ["E ", "E-mail: ", ""], "URL": ["W ", ""]},
    "es": {
        "PHONE": ["Tel.: ", "Móvil: ", ""],
        "EMAIL": ["Correo: ", "Email: ", ""],
        "URL": ["Web: ", ""],
    },
    "fr": {
        "PHONE": ["Tél. : ", "Port. : ", ""],
        "EMAIL": ["Courriel : ", "Mél : ", ""],
        "URL": ["Site : ", ""],
    },
    "it": {
        "PHONE": ["Tel. ", "Cell. ", ""],
        "EMAIL": ["Email: ", "E-mail ", ""],
        "URL": ["Web: ", ""],
    },
    "pt": {"PHONE": ["Tel.: ", "Cel.: ", ""], "EMAIL": ["E-mail: ", ""], "URL": ["Site: ", ""]},
}
ROLES = {
    "en": ["Head of Operations", "Senior Recruiter", "Customer Success Lead", "Programme Manager"],
    "de": ["Leiterin Vertrieb", "Teamleiter Einkauf", "Referentin Personal", "Geschäftsführung"],
    "nl": ["Teamleider klantenservice", "Recruiter", "Projectmanager", "Office manager"],
    "es": [
        "Responsable de Operaciones",
        "Técnica de Selección",
        "Director Comercial",
        "Atención al Cliente",
    ],
    "fr": [
        "Responsable des opérations",
        "Chargée de recrutement",
        "Directeur commercial",
        "Service client",
    ],
    "it": [
        "Responsabile operativo",
        "Addetta alla selezione",
        "Direttore commerciale",
        "Assistenza clienti",
    ],
    "pt": [
        "Gerente de Operações",
        "Analista de Recrutamento",
        "Diretor Comercial",
        "Atendimento ao Cliente",
    ],
}
BODY = {
    "en": [
        "Please see below and let me know what you think.",
        "Forwarding this as discussed on the call.",
    ],
    "de": ["Siehe unten, sag gern Bescheid, was du denkst.", "Leite ich wie besprochen weiter."],
    "nl": ["Zie hieronder, laat maar weten wat je ervan vindt.", "Stuur ik door zoals besproken."],
    "es": ["Te lo reenvío como hablamos.", "Mira abajo y me cuentas qué te parece."],
    "fr": ["Je te transfère comme convenu.", "Voir ci-dessous, dis-moi ce que tu en penses."],
    "it": ["Te lo inoltro come d'accordo.", "Vedi sotto e fammi sapere cosa ne pensi."],
    "pt": ["Encaminho conforme combinamos.", "Veja abaixo e me diga o que acha."],
}
SCHEDULE_HEAD = {
    "en": "Programme for the day:",
    "de": "Ablauf des Tages:",
    "nl": "Programma van de dag:",
    "es": "Programa de la jornada:",
    "fr": "Programme de la journée :",
    "it": "Programma della giornata:",
    "pt": "Programação do dia:",
}
TOPICS = {
    "en": [
        "Data contracts in practice",
        "Hiring for trust",
        "Lessons from a cloud migration",
        "Closing remarks",
    ],
    "de": [
        "Datenverträge in der Praxis",
        "Recruiting mit Vertrauen",
        "Lehren aus der Cloud-Migration",
        "Schlusswort",
    ],
    "nl": [
        "Datacontracten in de praktijk",
        "Werven op vertrouwen",
        "Lessen uit een cloudmigratie",
        "Afsluiting",
    ],
    "es": [
        "Contratos de datos en la práctica",
        "Contratar con confianza",
        "Lecciones de una migración",
        "Clausura",
    ],
    "fr": [
        "Les contrats de données en pratique",
        "Recruter en confiance",
        "Retour sur une migration",
        "Clôture",
    ],
    "it": [
        "Contratti sui dati in pratica",
        "Assumere con fiducia",
        "Lezioni da una migrazione",
        "Chiusura",
    ],
    "pt": [
        "Contratos de dados na prática",
        "Contratar com confiança",
        "Lições de uma migração",
        "Encerramento",
    ],
}
SIG_KINDS = ("PHONE", "EMAIL", "URL", "ADDRESS")
