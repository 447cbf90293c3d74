"""Phrases françaises (fr_FR, fr_CH) écrites pour le set twentyfirst."""
LANG = "fr"
RAW = """
## open.open_to_work
Après sept belles années, mon poste a été supprimé : je suis à l'écoute du marché.
Petite annonce perso : je cherche mon prochain défi.
Chers contacts, j'ai besoin de votre aide pour une fois.
Notre site a fermé ses portes, me voilà donc en recherche active.
Je suis de nouveau disponible, et motivée comme jamais.
Fin de mon congé parental, je souhaite reprendre une activité à temps plein.
## body.open_to_work
Je vise des postes de cheffe de projet ou de coordination, idéalement dans le secteur public.
Mon domaine, c'est le contrôle de gestion, avec une solide pratique de SAP et d'Excel.
Je suis mobile : hybride à {city} ou en télétravail complet.
Disponible rapidement, sans préavis.
Chaque partage, chaque recommandation compte vraiment.
Les sujets qui m'intéressent : transition énergétique, mobilité, éducation.
Cabinets de recrutement bienvenus, mais avec des postes concrets s'il vous plaît.
Un temps partiel à quatre-vingts pour cent serait idéal.
Si vous connaissez quelqu'un qui connaît quelqu'un, écrivez-moi.
## open.cv_snippet
Voici l'en-tête de mon CV, au cas où ça aide pour une cooptation :
Mon CV mis à jour, version courte :
Plusieurs d'entre vous m'ont demandé mes coordonnées, les voici :
Extrait de CV pour la recommandation :
Voilà le haut de mon nouveau CV, ça vous paraît correct ?
Profil en bref, tiré de mon CV :
## body.cv_snippet
Expérience : achats, gestion fournisseurs, puis management d'équipe.
Formation : BTS assistant de gestion, puis licence pro en alternance.
Compétences : SAP, Power BI, gestion de projet agile.
Langues : français natif, anglais courant, arabe maghrébin.
Permis B, mobilité régionale.
Références disponibles sur demande.
Disponibilité : immédiate.
Engagement associatif : trésorière d'un club de handball.
Centres d'intérêt : randonnée, chorale, cuisine.
## open.freelance
J'ai de nouveau de la disponibilité pour des missions dès le mois prochain.
Traductrice indépendante, je cherche de nouveaux clients.
Votre site n'a pas bougé depuis des années ? Parlons-en.
Petit rappel : je fais la comptabilité des indépendants et des associations.
Nouveau : des ateliers sur les documents accessibles.
Je reprends l'accompagnement des managers dès la rentrée.
## body.freelance
Je travaille surtout avec des agences, des associations et des PME.
Forfait pour les projets bien cadrés, tarif journalier pour le reste.
Premier échange gratuit et sans engagement.
Factures en règle, délais tenus, pas de mauvaise surprise.
Je suis basée à {city}, mais je travaille partout à distance.
La plupart de mes missions viennent de ce réseau, merci à vous.
Je réponds en général sous un jour ouvré.
Les urgences sont possibles, on en discute.
## open.volunteering
La banque alimentaire cherche des bénévoles pour l'hiver.
Il nous manque encore des bras pour la course solidaire de ce week-end.
L'association de quartier de {city} cherche des bénévoles pour l'aide aux devoirs.
Notre association cherche du renfort pour son bureau.
Qui aurait envie d'accompagner des personnes réfugiées dans l'apprentissage du français ?
Le vestiaire solidaire cherche des chauffeurs le samedi.
## body.volunteering
Aucune expérience requise, juste un peu de temps et de patience.
On fournit une formation, du café et beaucoup de reconnaissance.
Un extrait de casier judiciaire est demandé pour travailler avec des enfants.
Si vous ne pouvez pas aider, un partage nous aide aussi.
Les équipes d'entreprise sont les bienvenues.
On cherche surtout des personnes qui parlent arabe, ukrainien ou dari.
Chaque heure compte, vraiment.
## open.alumni
Retrouvailles de promo ! Vingt ans déjà, c'est fou.
Appel à tous les anciens du master d'économie.
L'association des anciens organise un afterwork à {city}.
Qui vient à la soirée des anciens cet automne ?
J'essaie de rassembler toute notre promo.
Anciens collègues de l'agence, les retrouvailles sont enfin calées.
## body.alumni
On a réservé l'arrière-salle du bar en face du campus.
Conjoints et enfants bienvenus l'après-midi.
Faites passer aux personnes qui ne sont plus sur le réseau.
Il y aura un diaporama, envoyez vos photos les plus gênantes.
La première tournée est offerte par l'équipe d'organisation.
Si vous ne pouvez pas venir, une petite vidéo ferait plaisir.
Il nous manque quelques personnes, n'hésitez pas à les identifier.
## open.mentoring
Je cherche un mentor ou une mentore, et j'ose enfin le demander ici.
Reconversion de l'enseignement vers la recherche utilisateur : qui est passé par là ?
Quelqu'un a-t-il quitté l'agence pour passer chez l'annonceur ?
Question à mon réseau : comment avez-vous trouvé votre premier mentor ?
J'aimerais échanger avec quelqu'un qui a monté une équipe data.
Première de ma famille à faire des études, je cherche des conseils en finance.
## body.mentoring
Même un appel par mois m'aiderait énormément.
Je rendrai la pareille avec plaisir.
Je me demande surtout comment négocier un premier poste de manager.
J'ai suivi les formations, il me manque un regard extérieur.
Je viendrai préparée, promis.
Mon entreprise n'a pas de programme de mentorat, d'où ce message.
En visio, c'est parfait aussi.
## open.relocation
Je m'installe à {city} cet été et je cherche un poste sur place.
On déménage pour le travail de mon conjoint, je cherche donc un nouveau poste.
Après six ans à l'étranger, je rentre.
Cap sur {city} l'an prochain : des conseils sur le marché local ?
Nouvelle ville, nouveau chapitre, il ne manque que le job.
Mon permis de séjour est arrivé, je déménage à l'automne.
## body.relocation
Toute mise en relation dans la logistique ou les achats serait précieuse.
Si vous connaissez un logement abordable, je suis preneuse aussi.
Idéalement, une prise de poste après les fêtes.
Un café une fois sur place ? Avec plaisir.
J'ai le droit de travailler, pas besoin de visa.
Des réseaux locaux à recommander ?
Une crèche dans le quartier serait un rêve.
## open.references
Références, comme demandé :
Pour le dossier de candidature, voici mes coordonnées et références.
Désolée du retard, voici les infos demandées :
Deux références, toutes deux d'accord pour être contactées.
Mes coordonnées pour la coordinatrice des bénévoles :
Nouvelles coordonnées, merci d'utiliser celles-ci désormais :
## body.references
De préférence l'après-midi.
Les deux connaissent mon travail depuis trois ans.
Dites-moi s'il manque quelque chose au dossier.
Merci de ne pas contacter mon employeur actuel pour l'instant.
La deuxième référence préfère un appel à une lettre.
Je les ai prévenues toutes les deux.
Merci pour votre patience avec la paperasse.
## close
Merci de m'avoir lue, et merci pour les partages !
Mes messages privés sont ouverts.
Reconnaissante pour ce réseau.
N'hésitez pas à faire suivre.
Bon week-end à toutes et à tous.
Parlons-en !
Les commentaires sont les bienvenus.
Mille mercis !
Chaque partage compte.
Belle journée !
Je rendrai la pareille.
Croisez les doigts pour moi.
En avant.
À bientôt.
Tous les conseils sont bons à prendre.
Bien à vous.
## item.EMAIL
Le plus simple, c'est par mail : {v}
Écrivez-moi à {v}, je vous envoie le book.
Si ça vous parle, un petit mail à {v}.
E-mail : {v}
Merci d'envoyer le formulaire à {v} plutôt qu'à mon adresse pro.
Mon adresse perso est {v}, je la consulte tous les jours.
Inscriptions à {v}, avec vos disponibilités.
Contact : {v}
Questions sur le bénévolat ? {v}
CV et lettres à {v}, s'il vous plaît.
## item.PHONE
Vous pouvez m'appeler ou m'écrire au {v}.
Portable : {v}
Tél./WhatsApp {v}
Appelez-moi au {v}, plutôt après seize heures.
Mon numéro : {v}, laissez un message si je ne réponds pas.
Si vous préférez en parler, c'est le {v}.
Pour les urgences, un SMS au {v}.
Tél. {v}
Au {v}, demandez l'accueil des bénévoles.
La référence est joignable au {v} en journée.
## item.URL
Mon portfolio est ici : {v}
Plus d'infos sur mon travail : {v}
Profil : {v}
Réservez directement un créneau : {v}
Mon profil, au cas où le lien ne marche pas : {v}
Études de cas et tarifs sur {v}
Allez jeter un œil à {v}
Site : {v}
Exemples de code sur {v}
## item.IP
La démo tourne pour l'instant sur mon serveur, {v}.
Si le pare-feu bloque, autorisez {v}.
Serveur de recette du projet client : {v}
L'ancien forum de la promo tourne encore sur {v}, incroyable.
Mon labo perso est accessible via {v}.
Je ne peux me connecter que depuis {v}, merci de l'autoriser sur le VPN.
L'outil de planning des bénévoles est hébergé sur {v}.
## item.CARD
Pour l'acompte, débitez ma carte {v}, je régularise après.
J'ai payé la salle avec {v}, le reçu est à mon nom.
Carte pour la réservation : {v}
Quelqu'un peut vérifier que {v} n'a pas été débitée deux fois ?
Utilisez {v} pour les lots de la tombola, je serai remboursée.
L'acompte des retrouvailles est passé sur ma carte {v}, merci de me rembourser.
Si la réservation échoue, essayez {v}.
Les billets sont passés sur {v}, transférez-moi la confirmation.
## item.IBAN
Coordonnées bancaires pour la cagnotte : {v}
Merci de virer votre part sur {v} avec votre nom en référence.
Mon IBAN pour la facture : {v}
Les dons peuvent aller directement sur {v}
Compte pour les paiements : {v}
L'acompte est à virer sur {v} avant la fin du mois.
IBAN : {v}
Virement sur {v}, merci à vous !
RIB de l'association : {v}
## item.ID
Pour le formulaire, ils veulent mon numéro, c'est {v}.
Ils m'ont demandé mon numéro d'identification : {v}
N° : {v}
Pour la vérification : {v}
Numéro indiqué sur mes papiers : {v}
À mettre dans la deuxième case : {v}
Le voici : {v}
{v}, c'est le numéro sur ma carte.
J'avais oublié de l'ajouter : {v}
## item.PERSON
[[Mon ancienne responsable|Mon ancien responsable]], {v}, accepte d'être ma référence.
Un grand merci à {v} pour le tuyau sur ce poste.
J'ai travaillé main dans la main avec {v} sur la refonte.
{v}, de l'ancienne équipe, s'occupe des boissons.
Deuxième référence : {v}, [[ma responsable|mon responsable]] à l'association.
Si vous connaissez {v}, dites-lui de me contacter.
Merci à {v}, qui m'a tout appris sur les budgets.
Je reprends la coordination des bénévoles après {v}.
C'est {v} qui m'a conseillé de demander publiquement.
Références : {v}, [[ancienne directrice|ancien directeur]] des opérations.
J'ai eu la chance d'apprendre aux côtés de {v}.
## item.MEMBER
Merci {v} pour le petit coup de pouce.
{v}, tu m'avais dit que ton équipe recrutait ?
J'identifie {v}, qui connaît tout le secteur.
Comme l'a écrit {v} en commentaire, la cooptation compte.
cc {v}
{v} et moi organisons les retrouvailles ensemble.
Merci tout particulier à {v} pour la relecture de mon CV.
Peut-être que {v} peut partager dans le groupe des anciens ?
C'est le post de {v} la semaine dernière qui m'a décidée.
Merci à {v} pour la mise en relation.
{v} connaît les détails mieux que moi.
## item.ADDRESS
Envoyez les documents à l'adresse suivante : {v}
Point de collecte des dons : {v}
Mon adresse pour le contrat : {v}
On se retrouve chez moi, {v}, sonnez deux fois.
Adresse : {v}
Colis à envoyer ici : {v}, il y a toujours quelqu'un.
Nouvelle adresse dès le mois prochain : {v}
Lieu : {v}
Retrait chez moi, {v}, en semaine après dix-huit heures.
## look.ORDER
Ma commande {x} avec le nouvel ordinateur n'est pas arrivée, d'où mes réponses lentes.
La commande {x} des badges est confirmée.
## look.INVOICE
La facture {x} est réglée, merci à tous.
Indiquez la facture {x} en référence du virement.
## look.TICKET
Le ticket {x} au support est toujours ouvert.
Le ticket {x} devrait réparer la page d'inscription.
## look.TRACKING
Les banderoles sont en route, suivi {x}.
Numéro de suivi du colis de livres : {x}
## look.PRICE
L'entrée est à {x}, repas compris.
Mon tarif journalier démarre à {x}.
La formation coûte {x}, prise en charge par l'employeur.
## look.DATE
On se retrouve le {x}.
Candidatures jusqu'au {x}.
Prise de poste au plus tôt le {x}.
## look.TIME
Ouverture des portes à {x}.
L'appel est à {x}, on peut décaler.
## look.VERSION
L'outil tourne sous {x}, rien d'exotique.
En ce moment je travaille surtout avec {x}.
## look.ISBN
Le livre qui a changé ma vision de la carrière : ISBN {x}.
Le guide est disponible sous l'ISBN {x}.
## look.FLIGHT
J'atterris avec le vol {x}, dispo pour un café le soir.
Je suis sur le {x}, j'arrive tard.
## look.ROOM
On est en salle {x}, au deuxième étage.
L'atelier a lieu en salle {x}.
## look.MEASURE
Le parcours fait {x}.
L'atelier fait environ {x}, assez pour de petits groupes.
## look.PERCENT
Environ {x} de nos bénévoles sont étudiants.
Je peux travailler à {x} pour l'instant.
## look.REF
Référence de l'offre : {x}, si vous postulez en ligne.
Le poste porte la référence {x} sur le site carrières.
## look.COMPANY
Avant ça, j'ai passé six ans chez {x}.
Le projet est financé par {x}.
Auparavant chez {x}, au contrôle de gestion.
## look.PLACE
Rendez-vous devant {x}.
On révisait juste à côté de {x}.
## free
Je fais court, la recherche d'emploi est assez fatigante comme ça.
Je mettrai ce post à jour dès que ça bouge.
Chaque échange m'a appris quelque chose.
Le marché est difficile, mais les gens sont d'une grande gentillesse.
Si vous êtes dans la même situation, écrivez-moi.
Je préfère une petite structure où je vois l'impact.
Pas de propositions crypto, merci.
C'est étrange d'écrire ça après tant d'années au même endroit.
Un refus au dernier tour reste un refus, mais j'apprends.
Je partage au cas où ça aide quelqu'un qui débute.
Un retour honnête est le plus beau cadeau pour un candidat.
Le bénévolat m'a tenue debout entre deux postes.
Un mentor n'a pas besoin d'être célèbre, juste généreux de son temps.
Déménager, c'est surtout de la paperasse et de la patience.
Les retrouvailles rappellent le chemin parcouru par chacun.
En freelance, on dit non plus souvent qu'on ne le pense.
Je relis volontiers les lettres de motivation, demandez.
Cette semaine, je travaille sur mon portfolio, doucement mais sûrement.
Le meilleur conseil reçu : arrêter de m'excuser pour le trou dans mon CV.
Je ne suis pas pressée, je veux le bon poste.
J'écris ceci depuis la médiathèque, c'est de circonstance.
Nos bénévoles rendent tout cela possible.
Le réseautage me met toujours mal à l'aise, mais ça marche.
Soyez indulgents, c'est mon tout premier post.
J'apprends à parler de mes forces sans rougir.
Les petites victoires comptent.
Le repos fait partie de la recherche d'emploi.
La bienveillance est sous-estimée dans notre métier.
Honnêtement, mes collègues me manquent.
Nouveau chapitre, même curiosité.
Curiosité plutôt que panique, cette semaine en tout cas.
Postuler le dimanche soir, c'est tout un art.
Les meilleures équipes étaient toujours les plus bienveillantes.
Merci pour tous vos messages d'encouragement.
Un bon manager, ça change tout.
## body.open_to_work
Postes visés : responsable achats, cheffe de projet, assistante de direction.
Le titre m'importe peu, l'équipe et le sens beaucoup plus.
## body.freelance
Le délai actuel est d'environ deux semaines.
J'anime aussi des ateliers d'écriture pour les équipes.
## body.volunteering
Inscrivez-vous pour autant de créneaux que vous voulez.
## body.alumni
Les badges porteront vos anciens surnoms, vous êtes prévenus.
## body.mentoring
Je débute et je cherche encore ce qui me plaît vraiment.
## body.relocation
J'arrive avec beaucoup d'énergie et un chat très perplexe.
## body.references
L'agence n'en demande qu'une, mais on ne sait jamais.
## item.PERSON
Sans {v}, je n'aurais jamais atterri dans ce secteur.
## item.MEMBER
Merci {v} pour le partage !
## item.EMAIL
Pour toute question sur l'inscription, écrivez directement à {v}.
## look.TICKET
J'ai ouvert le ticket {x} pour le problème de connexion.
## look.ORDER
Je distribuerai les livres de la commande {x} sur place.
## free
Cette semaine, je choisis la curiosité plutôt que la panique.
Un petit bonjour fait toujours plaisir.
Je reste convaincue que les bonnes équipes sont des équipes bienveillantes.
Retour à la routine après une pause, pas à pas.
"""
