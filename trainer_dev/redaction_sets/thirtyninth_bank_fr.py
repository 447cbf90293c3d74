"""Thirty-ninth set: French phrase bank (fr_BE, Belgian usage), written by hand."""

from trainer_dev.redaction_sets.thirtyninth_bank import parse_bank

FR = parse_bank("""
[subject]
Lettre d'engagement et date d'entrée
Demande de référence pour le poste d'analyste
Question sur la fiche de paie
Accueil du nouveau collaborateur, première semaine
Jury d'entretien de jeudi
Assurance groupe et affiliation
Congé de maternité et reprise
Procès-verbal du conseil d'entreprise
Renouvellement du contrat et préavis
Changement de compte pour la paie
Précompte professionnel erroné
Présélection pour le poste de chef d'entrepôt
[greet]
Bonjour à tous,
Bonjour,
Chère collègue, cher collègue,
Madame, Monsieur,
Salut l'équipe,
Bonjour Madame,
[open]
Petit mot du service du personnel.
Suite à notre appel d'hier.
Merci pour ta réponse rapide.
Comme promis, voici les informations.
Désolée pour le retard.
Je remplace la recruteuse cette semaine.
Juste un rappel avant le jury.
Ceci est arrivé via le site carrières.
Le dossier d'accueil est presque prêt.
En préparation du conseil d'entreprise.
Encore un point pour le dossier du nouvel engagé.
Le secrétariat social clôture bientôt.
[ctx]
L'offre reste conditionnée à deux références favorables.
Merci de ne pas diffuser la présélection en dehors du jury.
La paie est clôturée plus tôt à cause du jour férié.
L'évaluation de fin d'essai aura lieu avant la fin du trimestre.
Sans contrat signé, les accès ne peuvent pas être créés.
Les heures supplémentaires doivent être validées par le responsable.
L'assureur groupe envoie son propre courrier de bienvenue.
Les congés reportés doivent être pris avant le printemps.
Le conseil d'entreprise demande les changements d'horaire par écrit.
L'extrait de casier judiciaire prend quelques jours ouvrables.
La candidate souhaite deux jours de télétravail par semaine.
Les chèques-repas sont activés après l'encodage du dossier.
Les notes de frais sans justificatif ne sont pas remboursées.
L'offre d'emploi paraît d'abord en interne.
Toutes les notes d'entretien sont conservées dans l'outil de recrutement.
Les absences pour maladie doivent être signalées avant le début du service.
Les lettres d'augmentation partent avec les primes.
L'entretien de sortie est facultatif mais très utile.
Le permis de travail doit être présenté en original.
L'accueil couvre la sécurité, les outils et le règlement de travail.
[close]
Dis-moi s'il manque quelque chose.
Merci d'avance pour ton aide.
On peut aussi en parler par téléphone.
Je complète le dossier dès que j'ai une réponse.
Merci de traiter ceci de manière confidentielle.
Préviens-moi si les dates ne conviennent pas.
Merci pour ta patience.
Nous confirmerons tout par écrit.
Merci de répondre avant la clôture de la paie.
À bientôt.
[sign]
Bien à vous,
Cordialement,
Merci,
Bonne journée,
Bien cordialement,
Salutations distinguées,
[team]
Le service du personnel
Le service paie
L'équipe recrutement
[roles]
Gestionnaire de paie
Partenaire RH
Responsable du recrutement
Assistante RH
Gestionnaire avantages sociaux
Directeur des ressources humaines
Juriste en droit social
Chargée d'accueil des nouveaux
Analyste rémunération
Secrétaire du conseil d'entreprise
[fields]
Poste : gestionnaire de paie
Source : recommandation
Statut : présélectionné
Type de contrat : durée indéterminée, temps plein
Département : finances
Étape : second entretien
Régime : hybride
Priorité : normale
[lead.EMAIL]
Merci d'envoyer le contrat signé à {v}.
La réponse du candidat vient de {v}.
Son adresse privée pour les fiches de paie est {v}.
Ajoute {v} à l'invitation.
[lead.PHONE]
Le candidat est joignable au {v}.
Son GSM pour l'appel : {v}.
Rappelle-moi au {v} cet après-midi.
La personne de référence a laissé le {v}.
[lead.URL]
Le portfolio se trouve sur {v}.
Son profil : {v}
Elle a partagé son CV via {v}.
Les références sont sur {v}.
[lead.IP]
Le portail de paie signale une connexion depuis {v}.
L'accès à distance a été autorisé pour {v}.
Des connexions échouées sont venues de {v} cette nuit.
Le journal VPN indique {v} pour le nouvel engagé.
[lead.CARD]
La caution du déménagement a été payée avec la carte {v}.
Merci de rembourser la formation sur la carte {v}.
La carte de société à son nom est la {v}.
La carte {v} a été débitée deux fois.
[lead.IBAN]
Le salaire est désormais versé sur {v}.
Nouveau compte pour la paie : {v}.
Le remboursement des frais part sur {v}.
Son IBAN sur la fiche signalétique : {v}.
[lead.ID]
Son numéro de registre national est {v}.
Le NISS communiqué est {v}.
Merci de corriger le numéro dans le dossier paie : {v}.
Numéro national selon la carte d'identité : {v}.
[lead.PERSON]
La deuxième référence vient de {v}.
Nous avons rencontré {v} pour le service de nuit.
{v} a accepté l'offre ce matin.
L'agence intérim propose {v}.
[lead.MEMBER]
{v} présidera le jury.
Merci d'inclure {v} pour le changement de paie.
{v} s'occupe de l'accueil cette semaine.
Demande à {v} de contresigner le contrat.
[lead.ADDRESS]
Envoie le contrat à {v}.
Nouvelle adresse pour les fiches de paie : {v}.
Le C4 a été envoyé à {v}.
Le colis de bienvenue part à {v}.
[poss]
Ci-joint la lettre de référence {v}.
Merci de vérifier le solde de congés {v}.
L'évaluation de fin d'essai {v} est la semaine prochaine.
[bare]
Utilise {v} pour créer la fiche.
Copié depuis la fiche signalétique : {v}
Confirmé par téléphone : {v}, à vérifier.
Faute de frappe corrigée, c'est {v}.
Pour le dossier : {v}
Encodé ce matin : {v}
[bank]
Le salaire est versé sur le compte {v}.
Numéro de compte pour la paie : {v}.
Le solde de tout compte part sur le compte {v}.
Son compte salaire : {v}.
[look]
Voir {v} pour les détails.
Référence : {v}
Cela relève de {v}.
Enregistré sous {v}.
Noté au dossier : {v}.
Le montant convenu est de {v}.
Mentionné dans le courrier : {v}.
Comme convenu : {v}.
Selon le règlement : {v}.
Marqué {v}.
[label]
EMAIL=E-mail
PHONE=Téléphone
URL=Lien
IP=Adresse IP
CARD=Carte
IBAN=Compte
ID=Numéro national
PERSON=Candidat
MEMBER=Contact
ADDRESS=Adresse
order=Réf. offre
salary=Salaire
date=Date d'entrée
time=Heure
percent=Indexation
version=Logiciel paie
isbn=Manuel
orgreg=Employeur
taxform=Formulaire
ticket=Ticket
grade=Barème
room=Salle
bic=BIC
company=Société
law=Base légale
hours=Horaire
nameword=Remarque
""")
