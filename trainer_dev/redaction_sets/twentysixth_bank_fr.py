"""French phrase bank (fr_FR, fr_LU, fr_SN) for the twenty-sixth set.

One piece per line under a "## section" header. {V} is the labelled value,
{IDL} the id's usual name, other {slots} are look-alikes (see twentysixth_looks).
flavour_fr_LU mixes in Luxembourgish/German words, flavour_fr_SN Wolof greetings.
"""

TEXT = r"""
## open_incident
Post-mortem de la panne du paiement d'hier soir, sans chercher de coupable.
Petit résumé de l'incident avant la rétro du {date}.
Compte rendu sev-2 : les paiements ont été dégradés pendant {dur}.
La cause racine est confirmée, voici la chronologie pour éviter de fouiller le canal.
Incident clos. Ce qui s'est passé et ce que nous changeons.
Je l'écris tant que c'est frais : le service d'authentification est tombé à {time}.
Panne partielle de l'API mobile ce matin, ticket {ticket}.
## open_release
Les notes de version de la {ver} sont publiées, l'essentiel ci-dessous.
On livre la {ver} de la CLI interne aujourd'hui, mettez à jour avant vendredi.
Nouvel outil : le bot de déploiement annonce maintenant les rollbacks dans le canal.
Pour info, on coupe la branche de release ce soir.
La version {ver} de l'appli est dans les stores depuis ce matin.
Petite release mais utile : builds plus rapides et moins de tests instables.
On a enfin éteint le vieux serveur cron, ses tâches tournent dans l'ordonnanceur.
## open_review
Retours de revue de code sur le refactoring de la facturation, surtout des détails.
Avant d'approuver la PR, regardez le diff de configuration.
Je signale un point vu en relisant le commit {commit}.
Je colle la partie utile du diff pour qu'on en discute ici.
Un commentaire de revue qui mérite d'être lu par plus de monde.
Le changement est correct, sauf un point dans les fixtures.
On m'a demandé pourquoi les données de test ressemblent à ça, voici l'extrait.
## open_log
Extrait de logs du worker d'ingestion, réduit aux lignes intéressantes.
Voici ce que la passerelle a journalisé juste avant le pic.
J'ai filtré les logs d'accès sur les requêtes en échec, résultat ci-dessous.
Ces lignes reviennent dans le flux d'erreurs depuis {time}.
La partie pertinente de la trace, horodatage en UTC.
Trouvé dans le journal d'audit en cherchant le bug de droits.
Extrait des logs du worker, rien d'autre d'anormal.
## open_helpdesk
J'escalade celui-ci au niveau deux, détails ci-dessous.
Point helpdesk sur le renouvellement des portables.
Un ticket client qui demande quelqu'un de la facturation.
Escalade support : l'utilisateur n'arrive pas à réinitialiser son mot de passe.
Je rouvre ce ticket, le correctif n'a pas tenu.
Transmis par le service desk avec tout ce qu'on a collecté.
Petite demande du helpdesk, c'est urgent.
## open_oncall
Passation d'astreinte pour la semaine, à lire avant votre créneau.
Notes de passation de l'astreinte du week-end.
Le planning d'astreinte des fêtes est figé, signalez les erreurs.
Je rends le bip, semaine calme à part une alerte.
Résumé de l'astreinte du week-end et les contacts utiles.
Le planning de la semaine prochaine est ci-dessous, les échanges passent par le canal.
Notes de la nuit pour la personne qui reprend ce matin.
## open_data
Point de l'équipe data : les chiffres du tableau de bord hebdo sont là.
Petit tableau sorti de l'entrepôt pour la réunion de planification.
Voici les résultats de la requête évoquée au stand-up.
Le job de dédoublonnage a trouvé des lignes curieuses, échantillon ci-dessous.
Notre contrôle qualité a signalé quelques enregistrements cette semaine.
Voici le petit extrait demandé par la finance.
Chiffres mensuels de churn, avec les lignes bizarres en évidence.
## open_vendor
Fiche de référencement du nouveau fournisseur de matériel, merci de vérifier.
On ajoute un prestataire indépendant à la liste des fournisseurs.
Les achats ont besoin de ces infos avant d'émettre le bon de commande.
Je saisis la fiche fournisseur, je la copie ici pour relecture.
Nouvelle demande de création fournisseur, la compta m'a demandé de la poster ici.
On fait entrer un consultant pour la migration, infos reprises du formulaire.
Coordonnées de paiement du nouveau transporteur, telles que transmises.
## ctx_incident
Le taux d'erreur a culminé à {pct} puis est retombé après le rollback.
L'alerte est partie à {time} mais personne ne l'a prise pendant {dur}.
Seul le tunnel de commande était touché, environ {count} commandes en échec.
Le changement de config dans {commit} a supprimé la limite du pool de connexions.
On a reçu {err} depuis {host} pendant presque toute la fenêtre.
Les actions de suivi sont dans {ticket}.
La bascule de la base a pris {dur}, plus que ce que promet le runbook.
## ctx_release
Cette version corrige aussi {cve}, donc ne la sautez pas.
Le changelog est long mais la migration ne prend que {dur}.
Les artefacts font environ {size} chacun, le miroir les a déjà.
Le build {build} est celui qui a passé toute la suite.
La version minimale supportée est désormais la {ver}.
Le déploiement part sur {pct} du trafic, puis pour tout le monde.
L'ancien endpoint sur le port {port} disparaîtra le trimestre prochain.
## ctx_review
Le test de ce commit utilise un identifiant fixe {uuid}, ça va.
Ne montez pas la dépendance au-delà de la {ver} pour l'instant.
Le linter ne râle que sur la longueur des lignes.
Ça touche le même fichier que {ticket}, attendez-vous à un conflit.
La couverture passe de {pct} à un peu plus, bien.
La migration prend environ {dur} sur une copie de la prod.
Les fichiers de fixtures doivent rester sous {size}.
## ctx_log
L'identifiant de requête {uuid} apparaît dans chaque appel en échec.
Le pod a redémarré avec {err} juste après.
La latence sur {host} est montée à {dur} par appel.
Tout s'est passé entre {ts} et quelques minutes plus tard.
Le job a réessayé sur le port {port} puis a abandonné.
Après le build {build}, l'avertissement a disparu.
La file d'attente a atteint {count} messages.
## ctx_helpdesk
L'utilisateur travaille chez le client, du côté de {place}.
Le poste est déjà inventorié sous {ref}.
Deux réinitialisations tentées, toujours {err}.
Le remplacement part avec le numéro de suivi {tracking}.
C'est le troisième ticket ce mois-ci, voir {ticket}.
L'utilisateur est en version {ver}, qui est supportée.
Le remboursement de {amount} a été validé hier.
La commande {order} est toujours en attente.
## ctx_oncall
Le séminaire d'équipe a lieu le {date} près de {place}.
Le disque de {host} est à {pct}, gardez un œil dessus.
Il y a une alerte instable connue, voir {ticket}.
La fenêtre de maintenance est le {date} à {time}.
La politique d'escalade a été mise à jour dans {commit}.
Si le batch dépasse {dur}, appelez l'équipe data.
Les sauvegardes font environ {size}, l'alarme du bucket est attendue.
Le point quotidien a déménagé en salle {room}.
## ctx_data
Le nombre de lignes est passé à {count}.
Le chiffre d'affaires total de l'extrait est de {amount}.
La requête a lu {size} en {dur}.
Le taux d'e-mails vides est tombé à {pct}.
Le pipeline est en version {ver}, changement de schéma suivi dans {ticket}.
Les doublons viennent surtout de l'import du {date}.
La facture {invoice} apparaît deux fois dans la table brute.
## ctx_vendor
La marchandise est stockée au dépôt à côté de {place}.
Leur devis pour le premier lot est de {amount}.
Le bon de commande sera le {order}.
Livraison prévue le {date}, vol {flight} pour les pièces urgentes.
Merci d'indiquer la facture {invoice} sur chaque paiement.
Ils ont envoyé le catalogue, l'ouvrage de référence a l'ISBN {isbn}.
La référence du contrat est {ref}.
Paiement à trente jours, escompte de {pct} pour paiement anticipé.
## item_EMAIL
La cliente qui a signalé le problème écrit depuis {V}.
La réponse est partie vers {V} et pas vers la boîte partagée.
Mettez {V} en copie, c'est cette personne qui a ouvert le ticket.
Contact côté client : {V}
Le rebond vient de {V} avec {err}.
L'invitation a été envoyée à {V} mais jamais acceptée.
Leur contact facturation est {V}.
Pour l'export brut, demandez à {V}.
Le log montre le lien de réinitialisation envoyé à {V}.
Envoyez le formulaire signé à {V} avant le {date}.
## item_PHONE
L'astreinte principale est joignable au {V}.
Si le bip ne marche pas, appelez directement le {V}.
Le client a laissé un numéro de rappel : {V}.
Le portable du livreur : {V}.
Appelez-moi au {V} si ça empire dans la nuit.
Numéro de secours pour l'escalade : {V}
Elle préfère un SMS au {V} plutôt qu'un mail.
Le ticket indique le {V} comme numéro de contact.
Téléphone sur la fiche fournisseur : {V}.
Il répond mieux sur WhatsApp, {V}.
## item_URL
Le portfolio du prestataire est sur {V}.
Plus d'infos sur la candidate ici : {V}
Il tient ses notes sur {V}, ça vaut la lecture.
Prenez rendez-vous avec elle via {V}.
Le rapporteur a mis le lien de son profil : {V}
Profil du freelance pour la vérification fournisseur : {V}.
Le script vient de {V}, relisez-le avant de l'exécuter.
Son compte rendu du correctif est sur {V}.
Le dépôt public de l'utilisateur est {V}, le bug s'y reproduit.
Lien de profil tiré du formulaire : {V}
## item_IP
Toutes les connexions échouées venaient de {V}.
Sa connexion à domicile sort en {V}, on l'a autorisée pour l'instant.
On a bloqué {V} après {count} tentatives en une minute.
La box du client affiche {V} comme adresse publique.
Les requêtes de {V} ont touché la limite de débit à {time}.
Elle télétravaille depuis {V} cette semaine, ajoutez l'exception VPN.
La géolocalisation de {V} correspond à la ville du client.
Le signalement d'abus mentionne {V}.
L'accès depuis {V} passait par une vieille règle.
La session à distance a été ouverte depuis {V}.
## item_CARD
Le client a collé son numéro de carte complet dans le chat : {V}.
La carte du paiement refusé est la {V}, purgez-la des logs.
Carte pour le remboursement : {V}
Notre filtre de logs a raté celle-ci : carte {V}.
Trouvé {V} en clair dans une pièce jointe de ticket.
La carte entreprise pour la facture cloud est la {V}.
L'export contenait un numéro de carte entier, {V}, ça ne doit jamais arriver.
Il a lu sa carte au téléphone, {V}.
Le débit sur {V} a été refusé avec {err}.
Le champ masqué ne l'était pas : {V}
## item_IBAN
RIB du fournisseur (IBAN) : {V}
Merci de régler la facture sur {V}.
L'IBAN du formulaire est {V}.
Changement de coordonnées bancaires, nouvel IBAN {V}.
Le remboursement doit aller sur {V}, le client l'a confirmé.
Compte du prestataire : {V}.
Le fichier de virement avait {V} dans la mauvaise colonne.
IBAN {V}, titulaire conforme au contrat.
Virez l'acompte sur {V} avant le {date}.
Leur compta a envoyé {V} comme compte de règlement.
## item_ID
Son {IDL} est le {V}.
{IDL} : {V}
Pour le dossier, les RH ont besoin du {IDL} {V}.
Le champ {IDL} affiche encore {V}.
Il a tapé {V} dans le mauvais champ, c'est son {IDL}.
Numéro relevé sur la pièce du client : {V}
Le numéro {V} figurait dans l'export KYC à côté du nom.
Vérifiez {V} avant de libérer le paiement.
Identifiant pour la facture du prestataire : {V}
Pour la fiche, saisir {V} et pas l'ancien numéro.
## item_PERSON
Notre contact du côté de {place} est {V}.
La cliente, {V}, a appelé le support trois fois.
Le ticket a été ouvert par {V} côté client.
Leur chargé de compte est {V}.
Le contact chez le transporteur est {V}.
Candidat pour la mission : {V}.
L'auditeur, {V}, veut les logs pour vendredi.
L'utilisateur concerné est {V}.
Le gérant du fournisseur, {V}, a signé la fiche.
{V}, chez le prestataire, a confirmé le correctif.
La livraison doit être signée par {V}.
## item_MEMBER
Merci à {V} d'être resté tard là-dessus.
{V} est d'astreinte principale cette semaine.
Bravo à {V} qui a trouvé la cause racine.
{V} porte les actions de suivi.
Prévenez {V} si le tableau de bord a l'air bizarre.
Relu par {V}, validé avec quelques remarques.
{V} anime la rétro.
Je binôme avec {V} sur la migration demain.
Je passe la main à {V} pour la nuit.
Escaladez vers {V} après la première alerte.
## item_ADDRESS
Merci d'envoyer le portable de remplacement au {V}.
Adresse de livraison du matériel : {V}
L'adresse de facturation du client est {V}.
Le prestataire travaille depuis chez lui, {V}.
L'étiquette de retour est à éditer pour {V}.
Le coursier récupère les vieux écrans au {V}.
Elle a demandé que la station d'accueil parte au {V}.
Siège social indiqué sur la fiche : {V}
Le contrat signé part par courrier au {V}.
D'après le ticket, la box est installée au {V}.
## aside
Pour le contexte, ça a commencé après le déploiement de mardi.
Un peu de contexte d'abord.
Pour faire court, c'était le cache.
Pour être clair, aucune fuite de données.
La chronologie est approximative.
Pas idéal, mais gérable.
Celui-là nous a tous surpris.
On l'a vu avant la plupart des clients.
Désolé si certains l'ont déjà lu.
La version courte est ci-dessous, la longue est dans le doc.
Oui, c'était encore le DNS.
Personne n'a été bipé, et ça fait partie du problème.
J'ai revérifié avec l'équipe responsable.
Le correctif est déjà mergé.
D'abord limiter l'impact, ensuite chercher la cause.
On attend toujours la réponse du prestataire.
Pas urgent, mais important.
Je laisse ça ici pour les recherches futures.
Pour info seulement, rien à faire.
On n'est plus bloqués.
## close
Dites-moi si quelque chose n'est pas clair.
Les questions dans le fil, svp.
Merci à tous, beau travail d'équipe.
Je mets ce post à jour quand on en sait plus.
N'hésitez pas à corriger si je me suis trompé.
Plus de détails dans le doc de rétro.
C'est tout pour l'instant.
Je peux faire du pair si quelqu'un veut.
Réagissez quand vous l'avez lu, merci.
Prochain point après le stand-up.
On y revient au prochain planning.
Bonne journée et pardon pour le pavé.
Gardons la discussion dans un seul fil.
Bonne astreinte à tous.
Rien à faire pour la plupart d'entre vous.
Écrivez-moi directement si c'est urgent.
Je ferme le ticket en fin de semaine.
La doc suit.
Merci pour votre patience.
Retour au backlog.
Posez vos questions dans le canal plutôt qu'en privé.
Je partagerai les slides après.
Rien d'autre de mon côté.
Désolé pour le bruit hier.
Bonne chance pour la mise en prod.
## plain
La cause était un timeout manquant sur un appel interne.
Aucune donnée perdue, c'est l'essentiel.
On ajoute une alerte pour ce cas précis.
Le runbook n'était plus à jour, c'est corrigé.
Arrêtez de partager des identifiants dans le chat, utilisez le coffre.
L'environnement de recette est revenu à la normale.
Le point hebdo passe à l'après-midi.
Les tableaux de bord chargent nettement plus vite.
Le test instable est en quarantaine en attendant une réécriture.
Notre logique de retry a aggravé la panne, leçon retenue.
Les nouvelles règles du linter s'appliquent au prochain sprint.
Mettez une description à chaque pull request.
Pensez à faire tourner vos clés d'accès ce mois-ci.
Le portail fournisseurs est en maintenance ce week-end.
Les achats demandent moins de commandes ponctuelles.
La file du helpdesk est enfin sous contrôle.
Les demandes de portable passent maintenant par le catalogue de services.
On abandonne l'ancienne base de reporting.
Le changement de schéma est passé sans interruption.
Les comptes rendus portent sur les systèmes, pas sur les personnes.
Le test de charge a montré un goulot dans le cache.
Les feature flags sont maintenant nettoyés automatiquement.
Les jobs de nuit ne tournent plus sur le runner partagé.
Le canal d'incident est archivé après chaque revue.
Merci d'étiqueter vos tickets avec l'équipe responsable.
La fatigue d'alerte existe, on a retiré les alertes les plus bruyantes.
Le catalogue de données affiche maintenant les responsables de colonnes.
Les macros du support ont été réécrites plus simplement.
On a changé de fournisseur pour la page de statut.
Une sauvegarde se teste en la restaurant, pas en espérant.
Le modèle de passation a maintenant une section pour les risques ouverts.
Les changements de config demandent désormais une deuxième relecture.
La bibliothèque de logs masque les secrets par défaut.
On a appris que le chemin de bascule n'avait jamais été testé.
La responsabilité du service de facturation est enfin claire.
Le référencement fournisseur est trop long, on simplifie le formulaire.
Prévoyez un court gel avant les fêtes.
L'essentiel du bruit venait d'un seul client défaillant.
La rétro a donné une liste d'actions courte et réaliste.
La supervision des batchs reste légère.
Le guide de migration est sur le wiki.
La planification de capacité commence le mois prochain.
Le service desk travaille maintenant en deux équipes.
Le vrai problème, c'était les requêtes lentes, pas le réseau.
On a décrit le chemin d'escalade avec des mots simples.
Pas de données clients sur les captures d'écran, svp.
Les factures fournisseurs sont validées dans l'outil finance.
Nos déploiements sont petits et ennuyeux, comme il se doit.
Le tracing est activé pour tous les nouveaux services.
Merci à tous ceux qui ont participé au game day.
## flavour_fr_LU
Moien zesummen,
Moien alleguer,
Merci villmools !
Bis geschwënn.
Äddi, schéine Weekend !
Kleng Info fir jiddereen :
## flavour_fr_SN
Salamaleykoum à tous,
Nanga def l'équipe ?
Jërëjëf à tous.
Ba beneen yoon.
Na nga def, tout le monde ?
Jamm rekk, bonne semaine.
## label_PERSON
Nom
Interlocuteur
## label_MEMBER
Responsable
## label_EMAIL
E-mail
Courriel
## label_PHONE
Téléphone
Portable
## label_ADDRESS
Adresse de livraison
## label_IBAN
IBAN
## label_ID
N° d'identification
## label_URL
Site web
## label_IP
IP source
## label_CARD
N° de carte
"""
