"""French phrase bank (Quebec chantier usage) for the thirtyfourth set."""


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.strip().splitlines() if x.strip()]


BANK = {
    "OPEN": _l("""
        Bon matin la gang, petit suivi du chantier.
        Avant la coulée, une couple d'affaires.
        Salut l'équipe, voici où on en est.
        Pour l'équipe de soir, à lire.
        Désolé pour le retard, voici le topo.
        Vite de même, de la roulotte.
        Suite à la visite avec l'entrepreneur général :
        Allô tout le monde, quelques points.
        Bon, l'échafaud est enfin approuvé.
        Suivi de la réunion de coordination d'hier.
        De retour de l'inspection.
        Bonjour à tous, l'horaire des sous-traitants a encore changé.
        Petit mot du contremaître.
        Liste des déficiences, deuxième tour.
        La météo a tenu, on a bien avancé.
        Pour ceux qui travaillent dans l'aile est.
        Bonsoir, je note ça avant d'oublier.
        Bon vendredi, voici le résumé de la semaine.
        Tel que promis au téléphone, les détails.
        Désolé de vous écrire encore.
        Bravo pour la maçonnerie aujourd'hui.
        Je republie, personne ne l'a vu.
        Premièrement, la sécurité.
        Message du bureau de chantier.
        Petit changement pour demain.
        Ici la répartition, détails de l'appel de service.
        Suivi de votre demande de service.
    """),
    "FILL": _l("""
        Les plâtriers ont besoin du deuxième étage libre pour midi.
        Les bétonnières sont réservées, mais la pompe n'est pas confirmée.
        L'inspection de l'armature est passée avec deux commentaires.
        Gardez la barrière fermée, des jeunes sont encore entrés.
        Le levage à la grue est reporté si le vent reste fort.
        Casque et dossard obligatoires passé la clôture.
        Les toilettes chimiques sont vidées le mardi maintenant.
        La charpente de l'unité quatre n'est pas d'aplomb.
        Le filage brut est terminé au rez-de-chaussée.
        On attend toujours la commande de fenêtres.
        Les couvreurs commencent demain si le pontage est sec.
        Le conteneur à déchets est plein, un autre s'en vient.
        Quelqu'un a laissé la bétonnière tourner toute la nuit.
        Le raccordement à l'aqueduc est prévu en fin de semaine.
        Apportez votre propre harnais, ceux en location sont partis.
        La pelle a une fuite hydraulique, ne pas l'utiliser.
        Les gars de ventilation ont besoin d'accès à l'entretoit.
        L'inspecteur veut voir les coupe-feu avant qu'on ferme.
        La livraison de céramique avait deux boîtes brisées.
        L'essai de pression de plomberie a tenu toute la nuit.
        Le terrain est boueux, bottes seulement.
        La génératrice a besoin de diesel avant la fin du quart.
        Signalez chaque quasi-accident, même minime.
        Les étiquettes d'échafaudage sont vérifiées chaque matin.
        La panne de courant nous a coûté une demi-journée.
        La visite avec le client s'est mieux passée que prévu.
        Les peintres sont dans les cages d'escalier cette semaine.
        Gardez l'aire d'entreposage propre.
        La liste de déficiences raccourcit, mais elle n'est pas vide.
        La couleur du coulis a été approuvée sur la maquette.
        Personne ne monte dans la grue sans autorisation.
        L'isolant est empilé sous des bâches côté nord.
        La tranchée doit être étançonnée avant d'y descendre.
        Le ménage a encore été noté à l'audit.
        Livraisons par l'entrée arrière seulement à partir de maintenant.
        La batterie du chariot élévateur charge dans le conteneur.
        Le calfeutrage des joints extérieurs est inégal.
        Les extincteurs ont été inspectés et étiquetés.
        L'électricien attend le compteur d'Hydro.
        Il nous faut une autre palette de blocs pour le muret.
        Le remplacement de la fournaise s'est bien passé.
        Les descentes pluviales sont posées, les gouttières à ajuster.
        Le sol est gelé, la coulée des semelles est en attente.
        L'avenant est en attente chez l'architecte.
        Les piquets d'arpentage ont été accrochés près de l'entrée.
        Le camion de cantine passe vers onze heures et demie.
        La causerie sécurité porte sur le travail en hauteur.
    """),
    "CLOSE": _l("""
        Merci.
        Merci à tous.
        Faites-moi signe si c'est pas clair.
        Soyez prudents.
        On se parle demain.
        Merci la gang.
        Revenez-moi d'ici la fin de la journée.
        On se voit à la barrière.
        C'est tout pour l'instant.
        Répondez ici, pas par texto svp.
        Bonne job aujourd'hui.
        Bonne soirée.
        Des questions, appelez le bureau.
        Merci de votre patience.
        Suivi cet après-midi.
        Bien à vous.
        Continuez d'envoyer des photos.
        Parfait, merci.
        Bon retour à la maison.
        On se voit à la causerie.
        Criez si vous avez besoin d'un coup de main.
        Cordialement.
        Je ferme pour aujourd'hui.
        À lundi sur le chantier.
        Lâchez pas.
    """),
    "LEAD": {
        "EMAIL": _l("""
            Envoyez la soumission signée à {x} svp.
            Les factures vont à {x}, pas au bureau de chantier.
            L'estimateur est joignable à {x}.
            Les plans sont arrivés de {x} hier soir.
            Pour la location, écrivez à {x} avant midi.
            Mettez {x} en copie pour les déficiences.
        """),
        "PHONE": _l("""
            Appelez le surintendant au {x} si la barrière est barrée.
            Urgence en dehors des heures : {x}.
            Téléphonez au {x} pour réserver la grue.
            Le numéro du carreleur, c'est le {x}.
            Pour un appel de service, textez le {x} avec l'adresse.
            La répartition répond au {x}.
        """),
        "URL": _l("""
            Les photos sont sur {x}.
            Réservez votre formation d'accueil sur {x}.
            Les fiches techniques sont sur {x}.
            Nos réalisations sont sur {x} si le client demande.
            Remplissez le rapport journalier sur {x}.
            Les tarifs de location sont sur {x}.
        """),
        "IP": _l("""
            La caméra du chantier diffuse depuis {x}.
            Le contrôleur de la barrière est sur {x}, n'y touchez pas.
            La tablette se synchronise avec {x} sur le wifi de la cour.
            L'imprimante de la roulotte, c'est {x}.
            Accès à distance aux contrôles du chauffage : {x}.
            Quelqu'un s'est connecté aux feuilles de temps depuis {x}.
        """),
        "CARD": _l("""
            Portez le dépôt de location sur {x}.
            La carte d'essence est {x}, gardez les reçus.
            Utilisez {x} pour la quincaillerie.
            Le client a payé le déplacement avec {x}.
            Carte de compagnie pour la commande de matériaux : {x}.
            Annulez le double débit sur {x} svp.
        """),
        "IBAN": _l("""
            Versez la retenue dans {x}.
            Coordonnées bancaires du sous-traitant : {x}.
            Transférez l'acompte à {x}.
            Compte pour la location d'équipement : {x}.
            Le remboursement retourne sur {x}.
            Nouveau compte pour la paie : {x}.
        """),
        "ID": _l("""
            Pour la paie, il me faut {x}.
            Son numéro pour le formulaire d'impôt : {x}.
            Le dossier d'embauche indique {x}.
            Numéro du travailleur autonome : {x}.
            Inscrivez {x} sur la fiche du sous-traitant.
            L'assureur demande {x}.
        """),
        "PERSON": _l("""
            {x} a approuvé les coffrages ce matin.
            J'ai parlé à {x} du drainage.
            La propriétaire, {x}, veut la cuisine en premier.
            {x}, de l'électricien, est sur le chantier demain.
            L'inspecteur aujourd'hui, c'était {x}.
            Demandez à {x} pour la liste d'armature.
        """),
        "MEMBER": _l("""
            {x} a les clés du conteneur.
            Merci {x} d'avoir couvert la fin de semaine.
            {x} anime la causerie sécurité.
            Vérifiez avec {x} avant de déplacer l'échafaud.
            Bien vu, {x}, pour les ancrages manquants.
            {x} accueille la bétonnière à la barrière.
        """),
        "ADDRESS": _l("""
            La prochaine job est au {x}.
            Livrez les blocs au {x}.
            Adresse de l'appel de service : {x}.
            Dépôt du conteneur : {x}.
            L'inspection est prévue au {x}.
            Chantier du client : {x}.
        """),
    },
    "LOOK": {
        "order": _l("""
            Le fournisseur a confirmé la commande {x}.
            Le bon de commande {x} est approuvé.
            Référence {x} pour la livraison de bois.
        """),
        "invoice": _l("""
            La facture {x} n'est pas encore payée.
            Question sur la facture {x}, les heures semblent fausses.
            La note de crédit pour la facture {x} est rentrée.
        """),
        "price": _l("""
            La soumission est arrivée à {x} pour le tout.
            La location coûte {x} par semaine.
            Total des matériaux : {x}.
        """),
        "date": _l("""
            La livraison du bâtiment est prévue le {x}.
            La coulée est reportée au {x}.
            L'inspection est possible à partir du {x}.
        """),
        "time": _l("""
            La barrière ouvre à {x}.
            Le camion arrive vers {x}.
            La causerie commence à {x} pile.
        """),
        "version": _l("""
            Les plans sont maintenant à la {x}.
            L'application de la tablette est à jour en {x}.
            Le micrologiciel {x} a réglé la dérive du laser.
        """),
        "isbn": _l("""
            Le code qu'on utilise, c'est l'ISBN {x}.
            Commandez le manuel de formation, ISBN {x}.
            Guide de référence sur l'étagère : ISBN {x}.
        """),
        "measure": _l("""
            Coupez les solives à {x}.
            La dalle fait environ {x}.
            Le dégagement sous la poutre est de {x}.
        """),
        "percent": _l("""
            La charpente est faite à environ {x}.
            La retenue est de {x} par paiement.
            L'humidité mesurée ce matin : {x}.
        """),
        "orgreg": _l("""
            Numéro d'entreprise sur la soumission : {x}.
            Le sous-traitant est enregistré sous {x}.
            Ajoutez notre {x} au bas de la soumission.
        """),
        "permit": _l("""
            Le permis {x} est affiché à la barrière.
            Le permis de construction {x} couvre l'agrandissement.
            Le permis {x} doit être renouvelé avant la toiture.
        """),
        "ticket": _l("""
            La réclamation de garantie porte le numéro {x}.
            Enregistré au comptoir de location sous {x}.
            Le billet de service {x} est fermé.
        """),
        "tracking": _l("""
            Les pièces sont expédiées, numéro de suivi {x}.
            Les échantillons de céramique sont à la poste, {x}.
            Lettre recommandée numéro {x}.
        """),
        "spec": _l("""
            Le devis demande {x} au rez-de-chaussée.
            Utilisez {x} partout dans la salle mécanique.
            L'ingénieur a changé pour {x}.
        """),
        "eponym": _l("""
            Amène la {x} du camion.
            On a parlé de la {x} à la causerie.
            Prends l'ensemble {x}, le petit.
        """),
        "nameword": _l("""
            Attention au {x} près du vieux cabanon.
            On a réglé l'histoire du {x} au dîner.
            Faites attention à {x} près du quai.
        """),
    },
    "LABEL": {
        "EMAIL": ["Courriel", "Adresse courriel", "Contact"],
        "PHONE": ["Téléphone", "Cellulaire", "Tél."],
        "URL": ["Site web", "Portail", "Lien"],
        "IP": ["IP", "Adresse de l'appareil", "Hôte"],
        "CARD": ["Carte", "Carte de crédit", "No de carte"],
        "IBAN": ["IBAN", "Compte bancaire", "Payable à"],
        "ID": ["No d'identification", "NAS / no", "Matricule"],
        "PERSON": ["Client", "Personne-ressource", "Inspecteur"],
        "MEMBER": ["Assigné à", "Chef d'équipe", "Technicien"],
        "ADDRESS": ["Adresse du chantier", "Lieu des travaux", "Adresse"],
    },
    "HEAD": {
        "diary": [
            "JOURNAL DE CHANTIER",
            "Rapport journalier",
            "Entrée du journal",
            "Compte rendu de chantier",
        ],
        "workorder": [
            "BON DE TRAVAIL",
            "Fiche d'appel de service",
            "Carte de travail",
            "Demande de service",
        ],
        "quote": ["SOUMISSION", "Estimation", "Demande de prix", "Sommaire des coûts"],
        "crewchat": [
            "Clavardage d'équipe",
            "Groupe du chantier",
            "Fil de l'équipe",
            "Groupe des sous-traitants",
        ],
        "jobboard": [
            "ON EMBAUCHE : chantier",
            "Babillard d'emplois",
            "Gens de métier recherchés",
            "Travail disponible",
        ],
        "signature": [
            "Chargé de projet",
            "Surintendant",
            "Coordonnatrice du service",
            "Service de l'estimation",
        ],
    },
}
