"""Thirtysecond set: French phrase bank (logistique, transport, entrepôt, flotte)."""

from trainer_dev.redaction_sets.thirtysecond_people import _s

BANK = {
    "OPEN": _s(
        "Bonjour à tous,|Salut l'équipe,|Petite info de l'exploitation.|Bonjour,|Coucou,|"
        "Point rapide depuis l'entrepôt.|Chers collègues,|Désolé pour le message tardif.|"
        "Suite au brief de ce matin :|Petite question rapide.|Important pour l'équipe de nuit :|"
        "À l'attention des chauffeurs :|Bonsoir,|Je reviens vers vous pour le litige.|"
        "Comme convenu au téléphone,|J'ai besoin d'un coup de main.|Info du service douane.|"
        "Encore à propos du chargement en retard.|Hello tout le monde,|Bon vendredi à tous.|"
        "Rappel pour la réception :|Retour du transporteur :|"
        "J'écris de la part du service expédition.|Bon,|En bref :|Message de la régulation."
    ),
    "FILL": _s(
        "La remorque a été plombée avant le départ.|"
        "Merci de scanner chaque palette avant le chargement.|"
        "Le groupe froid a décroché plusieurs fois cette nuit.|"
        "La douane bloque le conteneur tant que les documents ne concordent pas.|"
        "Il nous manque deux caristes en équipe d'après-midi.|"
        "Le destinataire a refusé une partie à cause de cartons écrasés.|"
        "Le chronotachygraphe doit être déchargé avant la fin de service.|"
        "Le quai de transbordement sature, prévoyez de l'attente.|"
        "Le transitaire demande une facture commerciale corrigée.|"
        "Merci de laisser les allées de secours dégagées.|"
        "Le hayon du porteur est encore en panne.|"
        "Les arrivées du port prennent du retard faute de châssis.|"
        "La tournée du mardi passe l'après-midi désormais.|"
        "Le film étirable est revenu au poste d'emballage.|"
        "Les frais d'immobilisation commencent après la franchise.|"
        "Les vides sont à déposer le long de la clôture.|"
        "Le contrôle avant départ est obligatoire, sans exception.|"
        "Les étiquettes matières dangereuses doivent correspondre aux documents.|"
        "Les retours vont dans la cage près de la salle de pause.|"
        "L'inventaire tournant a trouvé des bacs mal adressés.|"
        "Le créneau de livraison à la plateforme est très serré.|"
        "Les cartes carburant seront refaites après l'audit.|"
        "La photo de preuve de livraison doit montrer l'étiquette palette.|"
        "L'armateur a décalé la réservation sur le navire suivant.|"
        "La productivité en préparation a baissé depuis la mise à jour.|"
        "Signalez les palettes cassées avec une étiquette rouge.|"
        "Le niveleur de quai côté ouest coince.|"
        "Les heures sup du week-end ne sont pas encore validées.|"
        "Le client veut un appel avant chaque livraison chez un particulier.|"
        "Les relevés de température doivent accompagner la réclamation.|"
        "Le logiciel de gestion d'entrepôt a planté pendant une heure.|"
        "On teste un nouvel outil de tournées pour le centre-ville.|"
        "Le numéro de plomb va sur la lettre de voiture, pas sur un post-it.|"
        "La zone de charge des chariots est fermée pendant le contrôle.|"
        "Le tracteur a besoin de nouvelles bavettes.|"
        "Confirmez l'enlèvement avec l'expéditeur la veille.|"
        "Le prestataire du dernier kilomètre est débordé.|"
        "La marchandise en vrac doit être cerclée avant chargement.|"
        "Rien ne sort sans bordereau de livraison signé.|"
        "Le gardien ne laisse entrer personne sans référence.|"
        "Les barres d'arrimage retournent dans la remorque après déchargement.|"
        "Un bac a disparu entre la préparation et l'emballage.|"
        "Les nouveaux suivent un préparateur confirmé la première semaine.|"
        "Le portail transporteur déconnecte tout le monde.|"
        "Les réserves doivent être confirmées au transporteur dans les délais.|"
        "Le chariot à mât rétractable est réservé aux grandes hauteurs.|"
        "Ne gerbez pas les palettes de verre.|"
        "L'échange de remorque sur l'aire d'autoroute s'est bien passé.|"
        "Notre affréteur couvre deux régions cette semaine.|"
        "Les tickets de pesée vont dans l'enveloppe du chauffeur.|"
        "La marchandise abîmée reste bloquée jusqu'au passage de l'expert.|"
        "Le parking de délestage est plein, garez-vous au fond.|"
        "La chaîne du froid ne doit jamais être rompue.|"
        "Les documents d'export sont chez le commissionnaire.|"
        "Le garage pneus peut nous prendre demain matin.|"
        "On n'a plus de cornières depuis l'équipe du matin.|"
        "L'entrepôt sous douane a besoin d'un second détenteur de clés.|"
        "Remettez les terminaux portables sur leur socle.|"
        "Les conteneurs vides repartent au dépôt à la prochaine rotation.|"
        "Le trieur de colis s'est bloqué deux fois avant midi."
    ),
    "CLOSE": _s(
        "Merci !|Merci à vous.|Merci d'avance.|Tenez-moi au courant.|Bonne route.|"
        "N'hésitez pas si besoin.|Bonne journée.|Bon service.|À plus.|"
        "Je vous tiens informés.|Merci de confirmer.|Cordialement.|Bien à vous.|"
        "Merci pour le coup de main.|Appelez la régulation en cas de souci.|"
        "Bon retour à tous.|C'est tout pour le moment.|Merci de votre patience.|"
        "On règle ça aujourd'hui.|Répondez ici si vous êtes dispo.|Bon week-end.|"
        "À demain au brief.|Merci encore.|Bonne soirée.|Salutations.|Ciao."
    ),
    "LEAD": {
        "EMAIL": _s(
            "Envoyez le bon signé à {x} svp.|L'expert est joignable à {x}.|"
            "Les rendez-vous quai passent par {x}.|Mon mail : {x}, si le portail bugue.|"
            "Mettez {x} en copie pour la douane.|Les relevés d'heures à {x}.|"
            "La facture vient de {x}.|Confirmation de commande à {x}."
        ),
        "PHONE": _s(
            "Appelez-moi au {x} dix minutes avant.|Le portable du chauffeur : {x}.|"
            "Régulation hors horaires : {x}.|Un SMS au {x} quand la remorque est pleine.|"
            "Le destinataire veut un appel au {x} avant livraison.|"
            "Le chef de parc est au {x}.|Si le portail est fermé, essayez le {x}.|"
            "Ma ligne directe : {x}."
        ),
        "URL": _s(
            "Mon profil est sur {x}.|Je publie les mises à jour de tournée sur {x}.|"
            "Prenez rendez-vous ici : {x}|Artisan transporteur, tarifs sur {x}.|"
            "Les photos des dégâts sont sur {x}.|Mon CV est sur {x}.|"
            "Tout sur mon service de coursier : {x}|Suivi du chargement sur {x}."
        ),
        "IP": _s(
            "L'imprimante d'étiquettes de l'allée six est en {x}.|"
            "Le terminal perd sans cesse {x}.|Les tentatives de connexion venaient de {x}.|"
            "Merci d'autoriser {x} sur le portail transporteur.|La dashcam envoie depuis {x}.|"
            "Le poste du pont-bascule répond sur {x}.|Le boîtier télématique a remonté {x}.|"
            "Accès à distance au bureau quai : {x}."
        ),
        "CARD": _s(
            "Les frais de dépotage sur la carte {x}.|Carte carburant enregistrée : {x}.|"
            "Péages de la semaine sur {x}.|J'ai payé l'immobilisation avec {x}.|"
            "Les droits de douane sont passés sur {x}.|Numéro de carte {x}, valable un an.|"
            "La réparation du pneu sur {x}.|La caution de stockage a été prélevée sur {x}."
        ),
        "IBAN": _s(
            "Merci de virer le fret sur {x}.|Mes nouvelles coordonnées bancaires : {x}.|"
            "Remboursement du sinistre sur {x}.|Le compte pour l'avoir est {x}.|"
            "Facture du sous-traitant payable sur {x}.|Salaire à verser désormais sur {x}.|"
            "Caution à rendre sur {x}.|{x} est le bon compte."
        ),
        "ID": _s(
            "Pour l'enquête administrative : {x}.|Mon numéro pour le dossier douane est {x}.|"
            "La paie a besoin de {x}.|Sur la fiche d'embauche figure {x}.|"
            "Identifiant du chauffeur : {x}.|Coordonnées pour le règlement : {x}.|"
            "Merci de corriger la fiche avec {x}.|Le voici : {x}."
        ),
        "PERSON": _s(
            "{x} a signé le bon de livraison.|Aujourd'hui c'est {x} qui roule.|"
            "Demandez {x} à la réception.|{x} gère le dossier de sinistre.|"
            "Le contact chez le destinataire est {x}.|Déclarant en douane : {x}.|"
            "J'ai eu {x} du transporteur.|{x} a couvert la nuit."
        ),
        "MEMBER": _s(
            "{x} pilote l'inventaire.|Merci à {x} d'être resté tard.|"
            "Échangez votre poste avec {x} si besoin.|{x} est au chariot aujourd'hui.|"
            "Voyez avec {x} avant de libérer le lot.|{x} a les clés du sous-douane.|"
            "Mettez {x} dans la boucle pour le litige.|{x} a signalé l'alarme froid."
        ),
        "ADDRESS": _s(
            "Livraison à l'adresse suivante : {x}.|Enlèvement chez nous, {x}.|"
            "Retour des vides à l'adresse {x}.|La nouvelle plateforme : {x}.|"
            "Envoyez le remplacement à l'adresse {x}.|"
            "Le chauffeur habite {x}, passez le prendre.|Le destinataire a déménagé : {x}.|"
            "Adresse de facturation : {x}."
        ),
    },
    "LOOK": {
        "order": _s("Il manque deux colis sur la commande {x}.|La facture {x} est réglée."),
        "price": _s("Le dépotage a coûté {x}.|Le fret revient à {x} HT."),
        "date": _s("L'enlèvement est prévu le {x}.|La clôture navire est le {x}."),
        "time": _s("Le portail ferme à {x}.|Le chauffeur s'est présenté à {x}."),
        "version": _s("Les terminaux tournent en {x}.|L'appli de tournée est passée en {x}."),
        "isbn": _s("Le manuel de formation a l'ISBN {x}.|Commandez le guide, ISBN {x}."),
        "flight": _s("Le fret aérien part sur le vol {x}.|Les échantillons partent sur {x}."),
        "dock": _s("Mettez-vous à {x} svp.|Préparez l'expédition au {x}."),
        "measure": _s("Poids brut : {x}.|La caisse fait {x}."),
        "percent": _s("La surcharge gazole est de {x}.|Le taux de service atteint {x}."),
        "orgreg": _s("Le transporteur est immatriculé {x}.|Sur la facture figure {x}."),
        "ticket": _s("Le ticket {x} est toujours ouvert.|Voir le dossier {x} pour les photos."),
        "tracking": _s("Le suivi indique {x} au port.|Le conteneur {x} est sorti."),
        "hscode": _s("Les pièces relèvent du code SH {x}.|Le déclarant a pris la position {x}."),
        "eponym": _s("Ça bouchonne près de {x}.|On a une livraison vers {x} aujourd'hui."),
        "nameword": _s("Il reste un {x} sur le quai.|Regardez la {x} avant de partir."),
    },
    "LABEL": {
        "EMAIL": _s("Courriel|Mail"),
        "PHONE": _s("Téléphone|Portable"),
        "URL": _s("Site|Profil"),
        "IP": _s("Adresse IP|IP du terminal"),
        "CARD": _s("Carte|Carte de paiement"),
        "IBAN": _s("IBAN|RIB"),
        "ID": _s("Numéro d'identification|Référence bancaire"),
        "PERSON": _s("Contact|Chauffeur"),
        "MEMBER": _s("Collaborateur|Chef d'équipe"),
        "ADDRESS": _s("Adresse|Adresse de livraison"),
    },
    "HEAD": {
        "notice": _s("AVIS : changement du planning quais|Info parc|Consigne de sécurité"),
        "chat": _s("Groupe chauffeurs|Discussion entrepôt|Équipe de nuit"),
        "listing": _s("FRET DISPONIBLE|Camion dispo, cherche retour|Surface de stockage à louer"),
        "form": _s(
            "Déclaration de sinistre|Éléments pour la déclaration en douane|Embauche chauffeur"
        ),
        "ticket": _s(
            "Priorité : haute|Statut : ouvert – Type : litige|Catégorie : enlèvement manqué"
        ),
        "signature": _s("Service exploitation|Gestion de flotte|Douane et conformité"),
    },
}
