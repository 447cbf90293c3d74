"""Thirty-first set: French phrase bank (restauration, traiteur, salles), written by hand."""

from __future__ import annotations


def _s(x: str) -> list[str]:
    return [w.strip() for w in x.split("|") if w.strip()]


FR = dict(
    OPEN=_s(
        "Bonjour à tous,|Salut l'équipe,|Bonsoir,|Petit point avant le service :|Chers collègues,|"
        "Coucou la brigade,|Madame, Monsieur,|Bonjour,|Hello tout le monde,|"
        "Suite à la demande de réservation :|Objet : privatisation de la salle|"
        "Pour l'équipe de salle :|Question sur le planning :|Mise à jour des achats.|"
        "Retour client reçu cette nuit.|Demande de location, détails ci-dessous.|"
        "Désolé pour le pavé.|Rappel du responsable de service.|"
        "Quelqu'un peut m'aider au passe ?|L'équipe du bar, merci de lire.|"
        "Suite de la commande traiteur.|Pour les organisateurs du mariage :|"
        "Transmission de l'équipe du soir.|Petit mot de la réception.|"
        "Bonjour le banquet,|Des nouvelles de la pâtisserie.|Salam à tous,|Re-bonjour,"
    ),
    FILL=_s(
        "La chambre froide fait encore du bruit, la maintenance est prévenue.|"
        "Il manque deux serveurs en terrasse ce soir.|"
        "Le classeur allergènes reste au passe, pas au bureau.|"
        "Le lave-vaisselle doit être détartré avant le week-end.|"
        "Le brunch s'est très bien passé, merci à tous.|"
        "Le linge est arrivé en retard et des serviettes étaient déchirées.|"
        "Notez chaque perte sur la fiche, s'il vous plaît.|"
        "La cliente souhaite une table calme loin du bar.|"
        "Pas de voiturier pendant les travaux de l'allée.|"
        "Le menu dégustation change avec la nouvelle saison.|"
        "Le fournisseur de lait d'avoine passe aux grands cartons.|"
        "Le rooftop dépend de la météo, prévoyez un plan en salle.|"
        "Ne pas empiler de chaises dans le couloir de secours.|"
        "Un couple en terrasse a adoré la tarte au citron.|"
        "Le groupe a besoin d'une prise près de la piste.|"
        "Inventaire dimanche après la fermeture.|"
        "Les plongeurs prennent leur pause à tour de rôle.|"
        "La machine à café coule lentement à nouveau.|"
        "Les bouchées végétales sont parties en premier.|"
        "La fleuriste monte l'arche avant midi.|"
        "Des clients trouvaient la musique trop forte près des banquettes.|"
        "Un invité cœliaque sera au dîner de répétition.|"
        "Vérifiez le filtre du lave-verres à chaque service.|"
        "Les cartes du room service sont à réimprimer avec les nouveaux prix.|"
        "Le portail du quai de livraison coince, soulevez-le doucement.|"
        "Les pourboires par carte sont partagés en fin de semaine.|"
        "Le second de cuisine fait l'ouverture demain.|"
        "La moitié du groupe est arrivée en avance et a attendu dans le hall.|"
        "La responsable de salle montrera les sorties de secours aux locataires.|"
        "Étiquetez chaque bac de mise en place avec la date.|"
        "La machine à glaçons fuit sur le tapis du bar.|"
        "La porte de la cave est restée ouverte toute la nuit.|"
        "Le baptême veut le salon jardin s'il ne pleut pas.|"
        "Plus de croissants au petit-déjeuner dès le début.|"
        "Repas du personnel à l'heure habituelle.|"
        "L'inspection sanitaire était satisfaite des relevés de température.|"
        "Les nouveaux tabliers sont au vestiaire.|"
        "Le critique a salué le service mais trouvé la viande trop salée.|"
        "Notre caviste apporte des échantillons du nouveau rosé.|"
        "Le séminaire demande une option végétarienne au déjeuner.|"
        "Le menu enfant est refait ce mois-ci.|"
        "Le bar passe aux pailles en papier.|"
        "Nettoyez la friteuse avant l'arrivée de la livraison.|"
        "La famille de la mariée voudrait une dernière tournée plus tard.|"
        "Les poubelles passent plus tôt pendant le festival.|"
        "Quelqu'un a demandé si les chiens sont acceptés en terrasse.|"
        "Les étagères de la chambre froide sont changées mardi.|"
        "Sans contrat signé, on ne bloque pas la date.|"
        "On teste une carte du midi plus courte.|"
        "Le gâteau est arrivé abîmé mais le glaçage est sauvé.|"
        "Le client a été débité deux fois et attend son remboursement.|"
        "Pensez à rincer les lignes de pression.|"
        "Personne n'a signé le relevé des frigos hier.|"
        "Le traiteur aura besoin de la cuisine tôt le matin.|"
        "Un habitué a trouvé la soupe tiède.|"
        "On cherche quelqu'un pour le bar de fermeture.|"
        "Le loueur de chapiteau reprend les chauffages après la soirée.|"
        "Rappelez aux clients que la cuisine ferme tôt le dimanche.|"
        "Le chariot des desserts est de retour.|"
        "Le pain vient maintenant de la boulangerie du coin."
    ),
    CLOSE=_s(
        "Merci !|Bonne journée.|Merci d'avance.|Prévenez-moi si ça change.|À tout à l'heure.|"
        "N'hésitez pas si vous avez des questions.|Bien à vous,|Cordialement,|"
        "Bonne soirée.|Bon service à tous !|C'est tout pour l'instant.|Merci de gérer.|"
        "On en parle au briefing.|Mille mercis.|Attention, le sol est mouillé.|"
        "Bises du bureau.|Je reste dispo.|Je reviens demain.|À vous de jouer.|"
        "Merci encore à tous.|À plus.|Belle fin de service !|Salutations distinguées,|Bonne nuit."
    ),
    LEAD=dict(
        EMAIL=_s(
            "Envoyez les choix de menu à {v}.|L'adresse de l'organisatrice est {v}.|"
            "Répondez à {v} avec le nombre final.|Les questions de facture vont à {v}.|"
            "Elle veut {v} en copie du devis.|Contact : {v}|"
            "Transférez le plan de salle à {v}.|Le fournisseur écrit désormais depuis {v}."
        ),
        PHONE=_s(
            "Rappelez la cliente au {v}.|Son numéro : {v}.|"
            "Envoyez un SMS au {v} quand le camion part.|Le chef d'astreinte est au {v}.|"
            "Réservation par téléphone, rappel au {v}.|La fleuriste est joignable au {v}.|"
            "Portable : {v}|Si la porte est fermée, appelez le {v}."
        ),
        URL=_s(
            "Son portfolio est sur {v}.|La page du mariage : {v}|"
            "Il a partagé sa page de réservation {v}.|Avis en lien depuis {v}.|"
            "Le profil du DJ : {v}|Photos sur le site {v}.|Détails sur {v}.|"
            "Blog perso : {v}"
        ),
        IP=_s(
            "Le TPE est sur {v}.|Le wifi invités montre {v} en boucle.|"
            "Le module de réservation a été visé depuis {v}.|Serveur de caisse : {v}.|"
            "{v} bloquée après les fausses réservations.|L'écran cuisine utilise {v}.|"
            "L'imprimante en {v} décroche sans arrêt.|Encore des connexions depuis {v}."
        ),
        CARD=_s(
            "L'acompte a été pris sur la carte {v}.|Carte de garantie : {v}|"
            "Il a dicté la carte {v}.|Merci d'annuler le débit sur {v}.|"
            "Pré-autorisation refusée sur {v}.|Carte utilisée : {v}|"
            "Rembourser les frais de no-show sur {v}.|Le client a collé {v} dans le chat."
        ),
        IBAN=_s(
            "Payer le fournisseur sur l'IBAN {v}.|Remboursement de la caution sur {v}.|"
            "Compte du groupe : {v}|Coordonnées bancaires : {v}|"
            "Virement de la location vers {v}.|Elle a envoyé son IBAN, {v}.|"
            "Avance de l'extra sur {v}.|L'IBAN du traiteur est {v}."
        ),
        ID=_s(
            "Pour la paie, son numéro est {v}.|Dossier du personnel complété avec {v}.|"
            "Elle a donné {v} pour le contrat.|Numéro sur la fiche d'embauche : {v}|"
            "Relevé sur la pièce d'identité : {v}|N° de sécurité sociale de l'extra : {v}|"
            "La paie a besoin de {v} avant vendredi.|{v} noté dans son dossier."
        ),
        BANK=_s(
            "RIB pour le salaire : {v}|Verser son salaire sur {v}.|"
            "Le compte du fournisseur est {v}.|Compte pour le remboursement : {v}|"
            "Numéro de compte {v} pour l'orchestre.|Virement sur {v} svp."
        ),
        PERSON=_s(
            "La réservation est au nom de {v}.|{v} apportera le gâteau.|"
            "Table de six pour {v} près de la fenêtre.|La réclamation vient de {v}.|"
            "{v} est la wedding planner.|Notre nouveau mareyeur est {v}.|"
            "Nom du client : {v}|{v} a laissé un avis adorable."
        ),
        MEMBER=_s(
            "{v} fait la fermeture.|Échange validé avec {v}.|"
            "Demandez les clés à {v}.|{v} a la caisse ce soir.|"
            "Changement de planning pour {v} ce week-end.|Merci à {v} pour le remplacement.|"
            "{v} est au petit-déjeuner toute la semaine.|Double service pour {v}, vérifier "
            "les heures."
        ),
        ADDRESS=_s(
            "Livraison au {v}.|La salle se trouve {v}.|Facture à envoyer au {v}.|"
            "Enlèvement au {v}.|Adresse du client :\n{v}|Dépôt traiteur : {v}|"
            "Lieu de l'événement : {v}|Rapporter la verrerie louée au {v}."
        ),
    ),
    LOOK=dict(
        order=_s("La commande {x} est toujours en attente.|Référence {x} sur le bon de livraison."),
        invoice=_s("Facture {x} en pièce jointe.|On attend encore {x} de la crèmerie."),
        price=_s("Le menu est à {x} par personne.|Droit de bouchon : {x}."),
        date=_s("Le mariage a lieu le {x}.|Dégustation prévue le {x}."),
        time=_s("Ouverture des portes à {x}.|Dernière commande à {x}."),
        version=_s("Logiciel de caisse passé en {x}.|L'appli de réservation est en {x}."),
        isbn=_s("Le nouveau livre de cuisine, ISBN {x}, est en rayon.|Commandé le livre {x}."),
        flight=_s("Les musiciens arrivent par le vol {x}.|Invités sur le vol {x}."),
        room=_s("Installation en {x}.|Cocktail servi en {x}."),
        measure=_s("Il faut {x} de farine.|Le gâteau pèse {x}."),
        percent=_s("Service compris à {x}.|Couverts en hausse de {x}."),
        orgreg=_s("Fournisseur immatriculé {x}.|Numéro du traiteur : {x}."),
        ticket=_s("Ticket maintenance {x} ouvert.|Enregistré sous {x}."),
        tracking=_s("Suivi du colis {x}.|L'envoi de linge porte le numéro {x}."),
        eponym=_s("Le plat du jour : {x}.|Les clients ont adoré {x}."),
        wordname=_s("N'oubliez pas {x}.|Quelqu'un a parlé de {x} au briefing."),
    ),
    LABELS=dict(
        EMAIL=_s("E-mail"),
        PHONE=_s("Tél."),
        URL=_s("Site"),
        IP=_s("Adresse IP"),
        CARD=_s("Carte bancaire"),
        IBAN=_s("IBAN"),
        ID=_s("N° d'identité"),
        BANK=_s("RIB"),
        PERSON=_s("Client"),
        MEMBER=_s("Employé"),
        ADDRESS=_s("Adresse"),
        order=_s("N° de commande"),
        invoice=_s("N° de facture"),
        price=_s("Total TTC"),
        date=_s("Date"),
        time=_s("Heure"),
        version=_s("Version"),
        isbn=_s("ISBN"),
        flight=_s("Vol"),
        room=_s("Salle"),
        measure=_s("Quantité"),
        percent=_s("Remise"),
        orgreg=_s("Immatriculation"),
        ticket=_s("Ticket"),
        tracking=_s("Suivi"),
        eponym=_s("Plat"),
        wordname=_s("Remarque"),
    ),
)
