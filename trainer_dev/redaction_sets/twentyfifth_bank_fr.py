"""French phrase bank (fr_FR). {v} is the item value, {x} a look-alike."""

from .twentyfifth_core import lines

OPEN = {
    "anniversary": lines("""
        Il y a dix ans, je franchissais la porte de cette boîte sans connaître personne.
        Petit anniversaire professionnel aujourd'hui, et beaucoup de gratitude.
        Encore une année dans la même équipe, et toujours pas lassé.
        Le temps passe vite quand on aime ce qu'on fait.
        On fête aujourd'hui un bel anniversaire d'ancienneté dans le service.
        Le réseau me rappelle mon anniversaire d'entrée, alors voici le bilan.
        Gâteau, photos gênantes et souvenirs : c'était la semaine d'anniversaire.
        Une date ronde pour moi dans cette maison.
        Je n'aurais jamais cru rester aussi longtemps, et pourtant.
        Dix ans de réunions, de fous rires et de cafés tièdes.
    """),
    "promotion": lines("""
        Une petite nouvelle que je gardais pour moi depuis quelques semaines.
        Ravie de vous annoncer que je prends un nouveau poste ce mois-ci.
        Nouveau titre, même bureau, un peu plus de réunions.
        Félicitations à l'une des nôtres pour une promotion bien méritée.
        Après un long processus, je peux enfin le dire.
        Un nouveau chapitre commence, sans quitter le bâtiment.
        Je reprends l'équipe régionale à partir du mois prochain.
        Moment de fierté pour tout le service.
        Les nominations sont tombées ce matin et l'étage est en fête.
        Merci pour la confiance, j'ai hâte de m'y mettre.
    """),
    "farewell": lines("""
        Après de belles années, c'est mon dernier jour ici.
        Les adieux, ce n'est pas mon fort, alors je serai bref.
        Une collègue de longue date part à la retraite, et elle l'a bien mérité.
        Nous disons au revoir cette semaine à une véritable institution.
        Quelques mots pour le départ en retraite de notre chef d'atelier.
        Le pot de départ a lieu vendredi, tout le monde est invité.
        Ce fut un honneur de travailler à vos côtés.
        Partir est doux-amer, mais la suite m'attend.
        Certaines personnes marquent un lieu de travail simplement par leur présence.
        Un dernier hommage avant la retraite, et il y a beaucoup à dire.
    """),
    "alumni": lines("""
        Anciens de la promo, les retrouvailles sont enfin fixées.
        Des nouvelles du réseau des anciens élèves.
        Vingt ans après le diplôme, on se retrouve.
        On rassemble l'ancienne promo pour une soirée de plus.
        Nous cherchons quelques bénévoles pour organiser la soirée des anciens.
        Si vous avez fait vos études avec nous, ce message est pour vous.
        L'association des anciens organise à nouveau son dîner annuel.
        Anciens camarades, nouveaux métiers, mêmes blagues.
        La promo se retrouve, conjoints bienvenus.
        Le diplôme date un peu, les amitiés beaucoup moins.
    """),
    "sports": lines("""
        Le club de course reprend le dimanche matin après la pause hivernale.
        La saison des courses solidaires commence et notre équipe s'inscrit.
        Notre équipe de foot à cinq cherche deux joueurs pour le championnat.
        Avis aux cyclistes : la sortie vélo de l'entreprise revient.
        On a survécu au relais et récolté plus que prévu.
        Nouvelles du club d'aviron cette semaine.
        Sortie trail ce week-end, débutants bienvenus.
        Merci à toutes celles et ceux qui ont encouragé à l'arrivée.
        La course solidaire pour l'hôpital des enfants se prépare.
        Notre équipe de volley a un nouveau capitaine.
    """),
    "fundraising": lines("""
        Nous collectons de nouveau pour la banque alimentaire.
        Le jardin partagé a besoin de bras samedi.
        Notre équipe récolte des fonds pour le service pédiatrique.
        La collecte de manteaux d'hiver démarre la semaine prochaine.
        Point d'étape sur la cagnotte, et merci à tous.
        On organise une vente de gâteaux pour le refuge.
        Nous cherchons des bénévoles pour la soirée quiz solidaire.
        La collecte de livres pour la bibliothèque de l'école dépasse nos espoirs.
        Petite demande : il nous faut des chauffeurs pour la distribution des repas.
        Notre bureau parraine un ramassage de déchets sur la plage.
    """),
    "mentoring": lines("""
        Notre cercle de mentorat ouvre ses candidatures ce mois-ci.
        J'ai eu la chance d'avoir de super mentors, à mon tour de transmettre.
        Une nouvelle promotion du programme de mentorat démarre bientôt.
        Nous cherchons des mentors issus de la finance ou des opérations.
        Petit retour sur la soirée mentorat d'hier.
        Si vous débutez et vous sentez bloqué, ce cercle est fait pour vous.
        Le mentorat entre pairs reprend, en plus petits groupes.
        Merci à la personne qui m'a fait confiance il y a des années.
        Notre réseau des femmes ingénieures grandit.
        Mentorat inversé : les juniors forment les seniors, et ça marche.
    """),
    "meetup": lines("""
        Infos pratiques pour le meetup de la semaine prochaine.
        Nous accueillons l'apéro produit ce mois-ci.
        Le petit-déjeuner data change de lieu.
        Quelques infos logistiques pour la soirée communauté de jeudi.
        Premier meetup en présentiel depuis le déménagement, la salle est presque pleine.
        La soirée networking trimestrielle est calée, détails ci-dessous.
        Petit changement de salle pour le meetup design, même horaire.
        Pour celles et ceux qui viennent au hackathon, quelques consignes.
        Le petit-déjeuner des fondateurs revient.
        Les inscriptions à la journée portes ouvertes sont ouvertes.
    """),
}

SLOT = {
    "EMAIL": lines("""
        Écrivez-moi à {v} pour vous inscrire.
        Les questions peuvent aller à {v}.
        Inscriptions par mail à {v}, pas en commentaire svp.
        Contact organisation : {v}
        Envoyez vos photos pour le diaporama à {v}.
        Merci de confirmer votre présence à {v}.
        Si le formulaire bugue, un mail à {v} suffit.
        Mon adresse perso, désormais : {v}
    """),
    "PHONE": lines("""
        En cas de retard, appelez le {v}.
        Le jour J, je suis joignable au {v}.
        Pour rejoindre le groupe WhatsApp, envoyez un message au {v}.
        La coordinatrice répond au {v}.
        Si vous vous perdez, composez le {v}, quelqu'un viendra vous chercher.
        Portable : {v}
        Pour le covoiturage, un SMS au {v}.
        Tél. : {v}
    """),
    "URL": lines("""
        La cagnotte est ici : {v}
        La feuille d'inscription se trouve sur {v}.
        J'ai écrit un billet plus long sur mon blog : {v}
        Les photos de la dernière fois sont sur {v}.
        Pour donner, passez par {v}.
        Retrouvez-moi sur {v}.
    """),
    "IP": lines("""
        Le boîtier de diffusion est en {v}, ne le débranchez pas.
        Si le wifi de la salle lâche, le flux de secours passe par {v}.
        L'ancien serveur du club en {v} sera éteint.
        La borne d'inscription a l'adresse {v}, pour l'informatique.
        Quelqu'un se connectait depuis {v} pendant le quiz, bien essayé.
    """),
    "CARD": lines("""
        J'ai payé l'acompte avec la carte {v}, quelqu'un peut confirmer ?
        Les frais d'inscription de l'équipe sont à débiter sur {v}.
        La salle a bloqué une empreinte sur {v}.
        Les lots de la tombola ont été payés avec la carte {v}.
        Carte bancaire pour la réservation : {v}
    """),
    "IBAN": lines("""
        Frais d'inscription par virement sur {v}, avec votre nom en référence.
        Les dons peuvent aller directement sur le compte {v}.
        IBAN pour la cagnotte : {v}
        Merci de virer votre participation au cadeau sur {v}.
        Coordonnées bancaires pour le dîner : {v}
        Le RIB du club : {v}
    """),
    "ID": lines("""
        L'assurance me demande mon numéro de sécu, c'est le {v}.
        Pour l'inscription bénévole j'ai mis {v}, c'est le bon format ?
        {v} est le numéro qu'ils ont dans leur dossier.
        Mon numéro de sécurité sociale : {v}
        Le formulaire refusait {v} au début.
        J'ai saisi {v}, on verra bien.
    """),
    "PERSON": lines("""
        Un grand merci à {v}, qui a conduit le minibus tout le week-end.
        Mon premier chef, {v}, m'a appris à écouter avant de parler.
        {v}, de l'hospice, dira quelques mots.
        Nous serons rejoints par {v}, qui a entraîné les jeunes pendant des années.
        Je me souviens encore de {v} m'expliquant mon premier audit.
        Le trophée porte le nom de {v}, fondateur du club.
        Merci à {v} pour les photos.
        {v} remettra les médailles.
        Notre invitée est {v}, directrice d'école à la retraite.
    """),
    "MEMBER": lines("""
        Toutes mes félicitations à {v} !
        Bravo à {v} pour l'organisation.
        {v} a gentiment proposé de nous accueillir.
        Sans {v}, rien de tout ça n'aurait été possible.
        C'est {v} qui anime l'échauffement, soyez à l'heure.
        Bienvenue à {v} dans le cercle de mentorat.
        Joyeux anniversaire d'ancienneté, {v} !
        Demandez à {v} pour le covoiturage.
        Merci {v} pour tes mots de la semaine dernière.
        {v} a battu son record, chapeau.
        Amplement mérité, {v}.
        cc {v}
    """),
    "ADDRESS": lines("""
        Rendez-vous au {v}, derrière le parking à vélos.
        Lieu : {v}
        Les dons sont à déposer au {v}.
        La fête a lieu chez moi, {v}, à partir de dix-neuf heures.
        Envoyez la carte au {v}, je transmettrai.
        Le départ se fait devant le {v}.
        Nouvelle adresse du bureau : {v}
    """),
}

LOOK = {
    "ORDER": lines("""
        Les médailles sont sur la commande {x}.
        Commande n° {x} pour les tee-shirts : expédiée.
    """),
    "INVOICE": lines("""
        La facture {x} du traiteur est réglée.
        La facture n° {x} couvre la location de la salle.
    """),
    "TICKET": lines("""
        Mon billet indique {x}.
        Signalé au lieu sous le ticket {x}.
    """),
    "TRACKING": lines("""
        Colis suivi {x}, les banderoles sont en livraison.
        Le colis des trophées a le numéro de suivi {x}.
    """),
    "PRICE": lines("""
        Entrée {x} par personne, gratuit pour les enfants.
        Les places sont à {x}, boisson comprise.
        On a récolté {x} au total !
    """),
    "DATE": lines("""
        Réservez la date : {x}.
        Date limite d'inscription : {x}.
    """),
    "TIME": lines("""
        Ouverture des portes à {x}.
        Échauffement à {x} précises.
    """),
    "VERSION": lines("""
        L'appli du club est passée en version {x}.
        Pensez à mettre à jour vers la {x}.
    """),
    "ISBN": lines("""
        Le livre du mois : ISBN {x}.
        On lit en ce moment l'ISBN {x}.
    """),
    "FLIGHT": lines("""
        J'atterris avec le vol {x}, je serai peut-être un peu juste.
        Plusieurs d'entre nous sont sur le {x}.
    """),
    "ROOM": lines("""
        Nous avons la salle {x} au deuxième étage.
        Les ateliers se tiennent en {x}.
    """),
    "MEASURE": lines("""
        Le parcours fait {x} avec une côte terrible.
        Prévoyez au moins {x} d'eau.
    """),
    "PERCENT": lines("""
        Les inscriptions sont en hausse de {x} sur un an.
        {x} des recettes vont au refuge.
    """),
    "REF": lines("""
        Indiquez la référence {x} lors du paiement.
        Référence de réservation : {x}
    """),
    "COMPANY": lines("""
        Le déjeuner est offert par {x}.
        Merci à {x} pour les maillots.
    """),
    "LANDMARK": lines("""
        Point de rendez-vous : {x}.
        La balade passe par {x}.
    """),
}

MID = lines("""
    Venez accompagnés, plus on est de fous plus on rit.
    Tenue décontractée, baskets acceptées.
    Il y aura à manger, options végétariennes comprises.
    Dites en commentaire si vous venez.
    On partagera les photos après.
    Aucune expérience requise, juste de la bonne humeur.
    Peu de places de parking, pensez au covoiturage.
    Enfants et chiens en laisse bienvenus.
    Quelle aventure, j'ai tellement appris.
    Merci pour chaque soirée tardive et chaque fou rire.
    Le café est toujours aussi mauvais, certaines choses ne changent pas.
    Honnêtement, ce sont les gens qui m'ont fait rester.
    Partagez autour de vous.
    Il nous manque quelques bénévoles pour l'installation.
    Si vous ne pouvez pas venir, un don fait aussi plaisir.
    Places limitées, inscrivez-vous vite.
    Salle accessible en fauteuil, espace calme disponible.
    Apportez votre gobelet réutilisable.
    On court qu'il pleuve ou qu'il vente.
    Un discours court et un long déjeuner.
    Les retours de la dernière fois étaient super, alors on recommence.
    Le comité s'est donné beaucoup de mal.
    Mentorés, apportez votre fiche d'objectifs.
    Les retardataires peuvent s'installer au fond.
    Après l'intro, on se répartit en petits groupes.
    Chaque contribution compte.
    Je ne pleure pas, c'est vous qui pleurez.
    Le gâteau est commandé, le chocolat a gagné.
    Les derniers inscrits font la vaisselle.
    L'enregistrement sera partagé avec les membres.
    Ma première présentation devant la direction, j'avais les mains qui tremblaient.
    Tout ce que je sais sur les budgets, je l'ai appris dans ce bureau sans fenêtre.
    Notre jeune retraitée a promis de ne plus lire ses mails depuis le jardin.
    Le dîner des anciens était complet plus vite qu'un concert.
    Le mentorat, c'est surtout écouter avec un carnet ouvert.
    Le groupe a commencé à trois autour d'un tableau blanc.
    L'an dernier, le parcours était un vrai bain de boue.
    La moitié de l'équipe n'avait jamais couru avant.
    Portez les couleurs du club si vous les avez.
    Les spectateurs sont les bienvenus le long des quais.
    Des interventions courtes et de longues discussions.
    Le refuge nous dit que chaque couverture compte cet hiver.
    Il reste une veste dans les objets trouvés de la dernière fois.
    Nouveau format : moins de diapos, plus de questions.
    Quelques anciens viennent exprès de l'étranger.
    Le plus beau dans ce métier, c'est de voir les juniors me dépasser.
    Allure tranquille, personne n'est laissé derrière.
    Café et viennoiseries de la boulangerie d'à côté.
    On lèvera un verre aux absents.
    Bon, je vais essayer de ne pas être trop long.
""")

CLOSE = lines("""
    À très vite !
    Merci à toutes et à tous.
    En avant.
    Santé !
    J'ai hâte.
    Au plaisir de revoir plein de visages connus.
    Au prochain chapitre.
    N'hésitez pas si vous avez des questions.
    Faites tourner !
    Avec gratitude.
    On va passer un super moment.
    La suite bientôt.
    Merci d'avoir lu jusqu'ici.
    Tout le monde est bienvenu.
    Rendez-vous sur la ligne de départ.
    Prenez soin de vous.
    À la prochaine.
    Allez l'équipe !
    Chaque geste compte.
    Restons en contact.
    Questions en commentaire.
    Bises à tous.
    Bon week-end !
    On se voit là-bas.
    Merci d'être là.
""")

for _g, _s in zip(OPEN, [
        "Dix ans, trois déménagements, une équipe : le temps d'un petit merci.",
        "Parfois la promotion arrive quand on ne l'attend plus.",
        "Aujourd'hui on dit au revoir, et en musique.",
        "Le repas des anciens a enfin une date.",
        "Qui court avec nous ? Le relais de la ville cherche encore des équipes.",
        "Nous collectons des produits d'hygiène pour le foyer jusqu'à la fin du mois.",
        "On cherche des binômes de mentorat, date limite bientôt.",
        "Important pour tous ceux qui viennent à la rencontre de mercredi.",
        ], strict=True):
    OPEN[_g].append(_s)
SLOT["MEMBER"] += ["Content de revoir {v} parmi nous.", "Chapeau bas à {v} !",
                   "{v} apporte le gâteau, les autres les boissons."]
SLOT["PERSON"] += ["Le discours sera prononcé par {v}, ancienne déléguée du personnel.",
                   "C'est {v} qui avait fondé le groupe de course à l'époque."]
SLOT["EMAIL"] += ["Pour toute question sur l'accès : {v}"]
SLOT["PHONE"] += ["Numéro d'urgence le jour J : {v}"]
SLOT["ADDRESS"] += ["Nous avons déménagé, désormais : {v}"]
SLOT["ID"] += ["Numéro pour le dossier de l'association : {v}",
     "{v}, si quelqu'un en a encore besoin."]
MID += lines("""
    Ceux qui veulent pourront prolonger au café d'en face.
    La salle est facilement accessible en tram.
    L'événement est gratuit, les dons sont les bienvenus.
    Une garderie est prévue pour les enfants.
    Merci de vous désinscrire si vous ne pouvez plus venir.
    Il y a des chaises, mais pas beaucoup.
    Le programme sera envoyé à temps.
    Les nouveaux venus seront chaleureusement accueillis.
    On commence à l'heure, venez un peu en avance.
    L'ambiance la dernière fois était imbattable.
    Toute aide est la bienvenue.
    Ce sera une soirée détendue, sans diapos.
    N'oubliez pas vos affaires de sport.
    Toute la recette va à la bonne cause.
    En cas de pluie, on se replie dans le gymnase.
    J'ai tant appris de cette équipe.
    Les diplômes seront remis sur place.
    Une petite surprise attend tous les bénévoles.
    Pas de cadeaux, plutôt un don.
    L'inscription n'engage à rien.
""")
CLOSE += ["À la semaine prochaine !", "On compte sur vous.", "Bien amicalement.", "Au plaisir !"]
