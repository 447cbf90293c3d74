"""Plain PII-free sentences of the seventh set (no names, numbers or places), per language: the body
of PII-free posts and the filler around labelled ones."""

PLAIN = {
    "en": """
Three lessons from scaling a support team from five to fifty people.
Hot take: most meetings should be documents.
We finally retired the legacy billing system and nobody cried.
If your onboarding takes a month, the problem is not the new hire.
Grateful for a team that argues about ideas and never about people.
Hiring is a two-way interview. Candidates notice everything.
Reading list for the holidays is getting out of hand.
Burnout is a systems problem, not a personal failing.
What is one tool you could not work without this year?
The best feedback I ever got was three words long.
Wrapping up a great week of workshops with the product team.
Unpopular opinion: job titles matter less than scope.
Celebrating five years in this role today. Still learning every week.
Ask for the raise. Bring data. Be specific.
Our pilot showed a 12% drop in waiting times, more in the report.
Sharing my notes from the panel on responsible AI.
""",
    "de": """
Drei Lektionen aus dem Aufbau eines Support-Teams von fünf auf fünfzig Leute.
Steile These: Die meisten Meetings sollten Dokumente sein.
Endlich haben wir das alte Abrechnungssystem abgeschaltet.
Dankbar für ein Team, das über Ideen streitet und nie über Menschen.
Welches Tool war dieses Jahr unverzichtbar für euch?
Das beste Feedback meines Lebens bestand aus drei Wörtern.
Heute feiere ich fünf Jahre in dieser Rolle.
Meine Notizen vom Panel zu verantwortungsvoller KI.
""",
    "fr": """
Trois leçons tirées du passage d'une équipe support de cinq à cinquante personnes.
Avis tranché : la plupart des réunions devraient être des documents.
On a enfin débranché l'ancien système de facturation.
Reconnaissante d'avoir une équipe qui débat d'idées, jamais de personnes.
Quel outil vous a été indispensable cette année ?
Le meilleur retour que j'ai reçu tenait en trois mots.
Cinq ans dans ce poste aujourd'hui, et j'apprends encore chaque semaine.
Mes notes de la table ronde sur l'IA responsable.
""",
    "es": """
Tres lecciones de pasar un equipo de soporte de cinco a cincuenta personas.
Opinión impopular: la mayoría de reuniones deberían ser documentos.
Por fin apagamos el sistema de facturación antiguo.
Agradecida por un equipo que discute ideas y nunca personas.
¿Qué herramienta ha sido imprescindible para vosotros este año?
El mejor feedback que recibí tenía tres palabras.
Hoy cumplo cinco años en este puesto y sigo aprendiendo.
Mis notas de la mesa redonda sobre IA responsable.
""",
    "it": """
Tre lezioni dal passaggio di un team di supporto da cinque a cinquanta persone.
Opinione impopolare: quasi tutte le riunioni dovrebbero essere documenti.
Finalmente abbiamo spento il vecchio sistema di fatturazione.
Grata per un team che discute di idee e mai di persone.
Quale strumento è stato indispensabile per voi quest'anno?
Il miglior feedback che ho ricevuto era di tre parole.
Oggi festeggio cinque anni in questo ruolo.
I miei appunti dalla tavola rotonda sull'IA responsabile.
""",
    "nl": """
Drie lessen uit het opschalen van een supportteam van vijf naar vijftig mensen.
Stelling: de meeste vergaderingen zouden documenten moeten zijn.
Eindelijk het oude factuursysteem uitgezet.
Dankbaar voor een team dat over ideeën discussieert, nooit over mensen.
Welke tool was dit jaar onmisbaar voor jou?
De beste feedback die ik ooit kreeg was drie woorden lang.
Vandaag vijf jaar in deze rol, en nog steeds elke week iets nieuws.
Mijn aantekeningen van het panel over verantwoorde AI.
""",
    "pt": """
Três lições de escalar um time de suporte de cinco para cinquenta pessoas.
Opinião polêmica: a maioria das reuniões deveria ser um documento.
Finalmente desligamos o sistema de cobrança antigo.
Grata por um time que discute ideias e nunca pessoas.
Qual ferramenta foi indispensável para você este ano?
O melhor feedback que recebi tinha três palavras.
Hoje completo cinco anos nesta função e ainda aprendo toda semana.
Minhas anotações do painel sobre IA responsável.
""",
}
