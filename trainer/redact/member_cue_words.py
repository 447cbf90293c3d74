"""Words that make the token after them a person, for ``member_cues.person_cue``: greetings,
thanks, asking and contact verbs, to-do and person labels, roles; in every language we redact.
"""

from __future__ import annotations

# The word right before the name ("Hi X", "Félicitations X", "managing X", "Keynote: X").
CUE_WORDS = frozenset(
    """hi hey hello dear hallo hoi liebe lieber cher chère chers caro cara cari ciao hola olá oi
    beste lieve geachte bonjour salut querido querida estimado estimada prezado prezada gentile
    bonsoir buongiorno buonasera goedemorgen goedemiddag goedenavond moin servus grüezi
    cc ping congrats congratulations glückwunsch gratuliere gefeliciteerd felicidades
    enhorabuena auguri complimenti félicitations parabéns bravo kudos managing managed mentoring
    mentored hired hiring coaching coached meet ask asked told encadrer encadré accompagner
    gestire gestito dirigir gerenciar gerenciei leiten betreuen betreut begeleiden begeleid
    keynote: speaker: speakers: host: moderator: chair: sprecher: sprecherin: spreker:
    intervenant: intervenante: relatore: relatrice: ponente: palestrante: selon laut secondo
    según volgens birthday anniversaire geburtstag compleanno cumpleaños aniversário
    verjaardag rip memoriam g'day cheers ring call phone contact contactez appelez contatta
    chiama llama contacta ligue bel panel: panel sono contattate chiamate scrivete llamad
    contactad escribid liguem contacte contactes écrivez bellen mailen ruft kontaktiert
    schreibt mail email text h/t recommend recommending recommended endorse endorsing
    recommande recommandé recommandée empfehle empfohlen consiglio raccomando recomiendo
    recomendado recomendada recomendo recomendamos beveel aanbevolen
    thanks danke merci grazie gracias obrigado obrigada bedankt frag fragt demande chiedi
    pregúntale pergunte vraag
    hej hejsan tack grattis fråga hei moi terve kiitos onnea kysy cześć dzięki dziękuję
    gratulacje zapytaj merhaba selam teşekkürler tebrikler
    gràcies gracies obrigadão obrigadao faleminderit përshëndetje pyet pyete pyesni""".split()
)

# A to-do's owner: "Action: X to book the room", "Actie: X zal ...".
ACTION_LABELS = frozenset(
    "action: actions: todo: to-do: aktion: actie: acties: azione: azioni: acción: ação:".split()
)
# A label whose value is a person: "Owner: X", "Foto: X (2024)"; the name must end the value.
LABEL_CUES = frozenset(
    """owner: assignee: assigned: reporter: author: photo: photos: foto: fotos: credits:
    credit: moderation: notes: responsible: verantwortlich: responsable: referente:
    contactpersoon: eigenaar: auteur: autor: autore: photographer: fotograaf: fotógrafo:
    fotografo: photographe: fotógrafa: fotografa: name: nombre: nom: nome: naam: vorname:
    nachname: contact: contacto: contato: contatto: kontakt: ansprechpartner: ansprechpartnerin:
    interlocuteur: interlocutrice: member: mitglied: membre: socio: socia: miembro: membro:
    lid: signed: unterschrift: firma: assinatura: handtekening: from: von: de: van: da:
    to: an: para: aan: cc: bcc:""".split()
)

# A role before the name ("our treasurer X", "secretario X", "kassenwart X", "intern X"), or
# "family" before a surname ("Familie X", "famille X", "rodzina X"): a person, whatever word
# the name also is.
ROLE_WORDS = frozenset(
    """treasurer secretary chair chairman chairwoman chairperson president vice-president
    intern trainee colleague manager mentor coach editor founder cofounder co-founder captain
    tesorero tesorera secretario secretaria presidente presidenta becario becaria
    compañero compañera tesoureiro tesoureira secretário secretária estagiário estagiária
    colega kassenwart kassenwartin schriftführer schriftführerin vorsitzende vorsitzender
    praktikant praktikantin kollege kollegin trésorier trésorière secrétaire stagiaire
    collègue tesoriere segretario segretaria stagista collega penningmeester secretaris
    voorzitter stagiair
    familie famille familia famiglia família familjen familien rodzina rodina perhe aile
    pfarrer pfarrerin pastorin makler maklerin hausmeister hausmeisterin vermieter
    vermieterin corretor corretora agjenti agjentja mjeshtri""".split()
)
