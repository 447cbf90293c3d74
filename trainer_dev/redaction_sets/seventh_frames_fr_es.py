"""French and Spanish sentence frames of the seventh set (slots as in seventh_frames_en)."""

FR = """
## rec
J'ai eu le plaisir de travailler trois ans avec {M} ; je la recommande sans hésiter.
Vous cherchez une cheffe de projet fiable ? {MF} est disponible dès septembre.
{M} a complètement refondu notre contrôle de gestion. Rigueur et bonne humeur.
Je recommande vivement {M}, joignable à {E}.
Merci à {MG} pour son mentorat pendant ma première année.
Un bon expert-comptable ? {P}, au {T}.
Mon ancien manager {P} m'a appris l'essentiel du métier.
Portfolio de {MF} : {U} – allez voir, c'est bluffant.
## event
Notre prochaine rencontre aura lieu jeudi au {A}, accueil à partir de 18 h.
Programme : 9 h 30 accueil par {M} ; 10 h conférence de {P} ; 12 h déjeuner.
Inscriptions avant vendredi à {E}.
Changement de salle : rendez-vous au {A}.
Pour toute question d'accessibilité, contactez {MG} au {T}.
Table ronde avec {M}, {P} et {M}.
Le replay sera disponible sur {U}.
## job
Nous recrutons un(e) développeur(se) back-end en CDI, basé(e) au {A}.
Envoyez votre CV à {E} ou appelez {MF} au {T}.
Des questions sur le poste ? {M} est la manager recrutrice.
Les entretiens ont lieu dans nos locaux : {A}.
## obit
C'est avec une immense tristesse que nous annonçons le décès de notre collègue {MF}.
{P} a passé 30 ans dans l'entreprise et a formé des générations d'apprentis.
Les condoléances peuvent être adressées à la famille, {A}.
Repose en paix, {MG}.
## support
Bonjour {MG}, merci de ne pas publier votre numéro de carte ({C}) ; j'ai masqué le message.
Bonjour {P}, le remboursement sera versé sur le compte {B}.
Nous avons détecté une connexion depuis {I} ; le compte est bloqué par précaution.
Ne publiez jamais votre numéro de sécurité sociale ({D}) ici.
Notre conseiller {P} vous rappellera au {T}.
L'adresse {A} est-elle toujours valable ?
Pouvez-vous confirmer que {E} est bien votre adresse e-mail ?
## news
Dans cette lettre : {M} sur l'intégration à distance et les nouveaux membres.
Bienvenue à {M} et {M} !
Félicitations à {MF} pour sa nomination au poste de directrice commerciale.
Nous avons déménagé : {A}.
## thanks
Merci {M} pour le gâteau surprise 🎂
Un grand merci à {M} et {P} qui m'ont remplacé pendant mon congé.
{MG}, merci infiniment pour ta patience !
## announce
Heureuse de rejoindre l'équipe de {M} à partir de lundi !
Après 10 ans, je quitte l'entreprise. Vous pouvez me joindre au {T} ou à {E}.
Mon nouveau numéro : {T}
Notre second cabinet ouvre au {A}.
## fwd
---------- Message transféré ---------|De : {MF} <{E}>|Objet : facture
> Le mardi, {M} a écrit :|> tu peux me renvoyer le RIB ?|Voici : {B}
## sig
Bien cordialement,|{MF}|Tél. {T}|{E}
Bises,|{MG}
Cordialement|{MF}|{A}
## bio
{MF} est ingénieure diplômée et travaille depuis 2012 dans l'aéronautique.
Contact : {T} – {E} – {U}
État civil : {MF}, {A}, n° de sécu {D}
## thread
@{MF} tu peux partager les slides ?
Entièrement d'accord avec {M}.
{MG}, je t'ai envoyé mon numéro : {T}
Quelqu'un a des nouvelles de {P} ? Son mail {E} ne passe plus.
C'est {M} sur la deuxième photo ? 😂
Ma carte {C} a été débitée deux fois, d'autres personnes concernées ?
"""

ES = """
## rec
Tuve el placer de trabajar con {M} durante tres años; la recomiendo sin dudarlo.
¿Buscáis una jefa de proyecto de confianza? {MF} está disponible desde marzo.
{M} reorganizó todo nuestro departamento financiero. Rigor y buen humor.
Recomiendo muchísimo a {M}, su correo es {E}.
Gracias a {MG} por la mentoría en mi primer año.
¿Un buen gestor? {P}, teléfono {T}.
Mi antiguo jefe {P} me enseñó casi todo lo que sé.
Portfolio de {MF}: {U}
## event
Nuestro próximo encuentro será el jueves en {A}, a partir de las 18:00.
Programa: 9:30 bienvenida de {M}; 10:00 ponencia de {P}; 12:00 comida.
Inscripciones antes del viernes en {E}.
¡Cambio de sede! Ahora estamos en {A}.
Para temas de accesibilidad, llamad a {MG} al {T}.
Mesa redonda con {M}, {P} y {M}.
La grabación estará en {U}.
## job
Buscamos desarrollador/a backend con contrato indefinido en nuestra oficina de {A}.
Envía tu CV a {E} o llama a {MF} al {T}.
¿Dudas sobre la oferta? {M} es la responsable de selección.
Las entrevistas son en {A}.
## obit
Con profundo dolor comunicamos el fallecimiento de nuestro compañero {MF}.
{P} trabajó 27 años con nosotros y formó a varias generaciones.
Las condolencias pueden enviarse a la familia, {A}.
Descansa en paz, {MG}.
## support
Hola {MG}, por favor no publiques el número de tu tarjeta ({C}); he ocultado el mensaje.
Hola, {P}: el reembolso se abonará en la cuenta {B}.
Hemos detectado un acceso desde {I}; la cuenta está bloqueada por precaución.
No publiques nunca tu DNI ({D}) en los comentarios.
Nuestro compañero {P} te llamará al {T}.
¿Sigue siendo correcta la dirección {A}?
¿Puedes confirmar que {E} es tu correo actual?
## news
En este boletín: {M} sobre teletrabajo y nuevos miembros.
¡Bienvenidos {M} y {M}!
Enhorabuena a {MF} por su nombramiento como directora comercial.
Nos hemos mudado a {A}.
## thanks
Gracias {M} por la tarta sorpresa 🎂
Mil gracias a {M} y {P} por cubrirme durante la baja.
{MG}, ¡gracias por tu paciencia infinita!
## announce
¡Me incorporo al equipo de {M} el lunes!
Después de 8 años dejo la empresa. Me podéis escribir a {E} o llamar al {T}.
Mi nuevo móvil: {T}
Abrimos nuestra segunda clínica en {A}.
## fwd
---------- Mensaje reenviado ---------|De: {MF} <{E}>|Asunto: factura
> El martes, {M} escribió:|> ¿me reenvías el número de cuenta?|Claro: {B}
## sig
Un saludo,|{MF}|Tel. {T}|{E}
Abrazos,|{MG}
Atentamente|{MF}|{A}
## bio
{MF} es ingeniera de caminos y trabaja desde 2010 en infraestructuras.
Contacto: {T} · {E} · {U}
Datos personales: {MF}, {A}, DNI {D}
## thread
@{MF} ¿puedes compartir las diapositivas?
Totalmente de acuerdo con {M}.
{MG}, te he mandado mi número: {T}
¿Alguien sabe algo de {P}? Su correo {E} rebota.
¿Esa es {M} en la segunda foto? 😂
Me han cobrado dos veces en la tarjeta {C}, ¿a alguien más?
"""
