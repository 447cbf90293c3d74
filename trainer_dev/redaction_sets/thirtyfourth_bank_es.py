"""Spanish phrase bank (Honduran obra usage) for the thirtyfourth set."""


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.strip().splitlines() if x.strip()]


BANK = {
    "OPEN": _l("""
        Buenos días a todos, actualización rápida de la obra.
        Antes del colado, un aviso.
        Qué onda, equipo, así vamos.
        Para el turno de la noche, para que sepan.
        Buenas tardes, perdón por la tardanza.
        Rapidito desde la bodega de la obra.
        Después del recorrido con la supervisión:
        Hola a todos, unos puntos.
        Bueno, el andamio ya quedó aprobado.
        Seguimiento a la reunión de coordinación de ayer.
        Acabo de volver de la inspección.
        Buenas, el calendario de los subcontratistas cambió otra vez.
        Un mensaje del maestro de obra.
        Lista de pendientes, segunda vuelta.
        El clima aguantó y avanzamos bastante.
        Para los que andan en el ala este.
        Buenas noches, lo anoto antes de que se me olvide.
        Feliz viernes, aquí va el resumen de la semana.
        Como quedamos por teléfono, los detalles.
        Perdón por escribir otra vez.
        Buen trabajo con la pegada de bloque hoy.
        Lo vuelvo a publicar porque nadie lo vio.
        Primero que todo, seguridad.
        Comunicado de la oficina de campo.
        Un cambio pequeño para mañana.
        Aquí despacho con los datos de la visita técnica.
        En seguimiento a su solicitud de servicio.
    """),
    "FILL": _l("""
        Los de tablayeso necesitan el segundo piso libre antes del mediodía.
        Las mezcladoras están programadas, pero la bomba no está confirmada.
        La inspección del hierro pasó con dos observaciones.
        Mantengan cerrado el portón, se metieron unos cipotes otra vez.
        El izaje con la grúa se pospone si sigue el viento.
        Casco y chaleco obligatorios pasando la malla.
        Las letrinas portátiles se limpian los martes ahora.
        La pared de tablayeso del apartamento cuatro no está a plomo.
        La tubería eléctrica del primer nivel ya quedó.
        Seguimos esperando las ventanas del proveedor.
        Los del techo empiezan mañana si la losa está seca.
        El volquete de ripio está lleno, viene otro.
        Alguien dejó la concretera encendida toda la noche.
        La conexión a la red de aguas negras está programada para el fin de semana.
        Traigan su propio arnés, los alquilados se acabaron.
        La retroexcavadora bota aceite hidráulico, no la usen.
        Los del aire acondicionado necesitan entrar al cielo falso.
        El inspector quiere ver el sellado contra fuego antes de cerrar.
        En la entrega de cerámica venían dos cajas quebradas.
        La prueba de presión de fontanería aguantó toda la noche.
        Hay lodo en el predio, solo botas.
        A la planta eléctrica hay que echarle diésel antes del cambio de turno.
        Reporten cualquier casi accidente, por pequeño que sea.
        Las tarjetas del andamio se revisan cada mañana.
        Perdimos medio día por el apagón.
        La visita del dueño salió mejor de lo que esperábamos.
        Los pintores están en las gradas esta semana.
        Mantengan ordenada la bodega de materiales.
        La lista de pendientes está más corta, pero no vacía.
        El color de la porcelana para las juntas se aprobó en la muestra.
        Nadie se sube a la grúa torre sin permiso.
        El aislante está apilado bajo plástico del lado norte.
        La zanja hay que ademarla antes de que alguien se meta.
        En la auditoría volvieron a señalar el desorden.
        Las entregas de ahora en adelante solo por el portón de atrás.
        La batería del montacargas se está cargando en el contenedor.
        El sellador de las juntas de afuera quedó disparejo.
        Los extintores se revisaron y se etiquetaron.
        El electricista está esperando el contador de la ENEE.
        Falta otra tarima de bloques para el muro perimetral.
        El cambio del calentador salió bien, el cliente quedó contento.
        Las bajantes ya están, las canaletas hay que ajustarlas.
        Llovió fuerte, el colado de las zapatas queda en espera.
        La orden de cambio está pendiente con el arquitecto.
        Tumbaron las estacas del topógrafo cerca de la entrada.
        La señora de las baleadas pasa como a las once y media.
        La charla de seguridad de esta semana es sobre trabajo en alturas.
    """),
    "CLOSE": _l("""
        Gracias.
        Gracias a todos.
        Avisen si algo no está claro.
        Cuídense.
        Hablamos mañana.
        Gracias, muchachos.
        Espero respuesta antes de que termine el día.
        Nos vemos en el portón.
        Por ahora es todo.
        Contesten aquí, no por mensaje de texto por favor.
        Buen trabajo hoy.
        Saludos.
        Cualquier duda, llamen a la oficina.
        Gracias por la paciencia.
        Les actualizo después del almuerzo.
        Atentamente.
        Sigan mandando fotos.
        Va, gracias.
        Lleguen con bien a la casa.
        Nos vemos en la charla de seguridad.
        Griten si ocupan una mano.
        Bendiciones.
        Cierro por hoy.
        El lunes de vuelta en la obra.
        Dale pues.
    """),
    "LEAD": {
        "EMAIL": _l("""
            Manden la cotización firmada a {x}, por favor.
            Las facturas van a {x}, no a la oficina de campo.
            El presupuestista contesta en {x}.
            Los planos llegaron anoche de {x}.
            Para alquiler de equipo escriban a {x} antes del mediodía.
            Copien a {x} en todo lo de pendientes.
        """),
        "PHONE": _l("""
            Llamen al residente al {x} si el portón está con llave.
            Emergencias fuera de horario: {x}.
            Para apartar la grúa llamen al {x}.
            El número del enchapador es {x}.
            Para visitas técnicas manden un mensaje al {x} con la dirección.
            Despacho contesta en el {x}.
        """),
        "URL": _l("""
            Las fotos están subidas en {x}.
            Agenden la inducción de seguridad en {x}.
            Las fichas técnicas están en {x}.
            Nuestro portafolio está en {x} si el cliente pregunta.
            Llenen la bitácora diaria en {x}.
            Las tarifas de alquiler están en {x}.
        """),
        "IP": _l("""
            La cámara de la obra transmite desde {x}.
            El control del portón está en {x}, no lo toquen.
            La tablet se sincroniza con {x} en el wifi del plantel.
            La impresora de la bodega es {x}.
            Acceso remoto al control del calentador: {x}.
            Alguien entró al marcador de asistencia desde {x}.
        """),
        "CARD": _l("""
            Carguen el depósito del alquiler a {x}.
            La tarjeta de combustible es {x}, guarden las facturas.
            Usen {x} para la ferretería.
            El cliente pagó la visita con {x}.
            Tarjeta de la empresa para el pedido de materiales: {x}.
            Reviertan el cobro doble en {x}.
        """),
        "IBAN": _l("""
            Depositen la retención en {x}.
            Datos bancarios del subcontratista para la estimación: {x}.
            Transfieran el anticipo a {x}.
            Cuenta para la factura del alquiler de maquinaria: {x}.
            El reembolso va de vuelta a {x}.
            Cuenta nueva para la planilla: {x}.
        """),
        "ID": _l("""
            Para la planilla necesito {x}.
            Su número para el formulario de impuestos: {x}.
            La ficha de ingreso dice {x}.
            Número del contratista independiente: {x}.
            Pongan {x} en el registro del subcontratista.
            La aseguradora pide {x}.
        """),
        "PERSON": _l("""
            {x} aprobó las formaletas esta mañana.
            Hablé con {x} sobre el drenaje.
            La dueña, {x}, quiere la cocina primero.
            {x}, de los electricistas, viene mañana a la obra.
            El inspector de hoy fue {x}.
            Pregúntenle a {x} por la planilla de hierro.
        """),
        "MEMBER": _l("""
            {x} tiene las llaves del contenedor.
            Gracias {x} por cubrir el fin de semana.
            {x} va a dar la charla de seguridad.
            Consulten con {x} antes de mover el andamio.
            Buena esa, {x}, con los anclajes que faltaban.
            {x} recibe la mezcladora en el portón.
        """),
        "ADDRESS": _l("""
            El próximo trabajo es en {x}.
            Entreguen los bloques en {x}.
            Dirección de la visita técnica: {x}.
            El volquete se deja en {x}.
            La inspección está programada en {x}.
            Obra del cliente: {x}.
        """),
    },
    "LOOK": {
        "order": _l("""
            El proveedor confirmó el pedido {x}.
            La orden de compra {x} está aprobada.
            Referencia {x} para la entrega de madera.
        """),
        "invoice": _l("""
            La factura {x} sigue sin pagar.
            Duda con la factura {x}, las horas no cuadran.
            Ya llegó la nota de crédito de la factura {x}.
        """),
        "price": _l("""
            La cotización salió en {x} por todo.
            El alquiler cuesta {x} por semana.
            Total de materiales: {x}.
        """),
        "date": _l("""
            La entrega de la obra quedó para el {x}.
            El colado se movió al {x}.
            La inspección se puede hacer desde el {x}.
        """),
        "time": _l("""
            El portón abre a las {x}.
            El camión llega como a las {x}.
            La charla empieza a las {x} en punto.
        """),
        "version": _l("""
            Los planos ya van en la {x}.
            La aplicación de la tablet se actualizó a {x}.
            El firmware {x} arregló la desviación del nivel láser.
        """),
        "isbn": _l("""
            El código que usamos es el libro ISBN {x}.
            Pidan el manual de capacitación, ISBN {x}.
            Guía de consulta en el estante: ISBN {x}.
        """),
        "measure": _l("""
            Corten las vigas a {x}.
            La losa mide como {x}.
            El claro bajo la viga es de {x}.
        """),
        "percent": _l("""
            La estructura lleva como un {x}.
            La retención es del {x} por estimación.
            La humedad medida hoy fue {x}.
        """),
        "orgreg": _l("""
            Registro de la empresa en la oferta: {x}.
            El subcontratista está inscrito con {x}.
            Pongan nuestra {x} al pie de la cotización.
        """),
        "permit": _l("""
            El permiso de construcción {x} está pegado en el portón.
            El permiso {x} cubre también la ampliación.
            El permiso {x} hay que renovarlo antes del techo.
        """),
        "ticket": _l("""
            El reclamo de garantía es el ticket {x}.
            Registrado en alquileres como {x}.
            El ticket de servicio {x} ya se cerró.
        """),
        "tracking": _l("""
            Los repuestos ya salieron, rastreo {x}.
            Las muestras de cerámica vienen por correo, {x}.
            Correo certificado número {x}.
        """),
        "spec": _l("""
            Las especificaciones piden {x} en el primer nivel.
            Usen {x} en todo el cuarto de máquinas.
            El ingeniero lo cambió a {x}.
        """),
        "eponym": _l("""
            Traé la {x} del carro.
            De la {x} se habló en la charla.
            Agarrá el juego {x}, el pequeño.
        """),
        "nameword": _l("""
            Cuidado con {x} cerca de la champa vieja.
            Lo de {x} ya se resolvió en el almuerzo.
            Ojo con {x} junto a la rampa.
        """),
    },
    "LABEL": {
        "EMAIL": ["Correo", "Correo electrónico", "Contacto"],
        "PHONE": ["Teléfono", "Celular", "Tel."],
        "URL": ["Sitio web", "Portal", "Enlace"],
        "IP": ["IP", "Dirección del equipo", "Host"],
        "CARD": ["Tarjeta", "Tarjeta de crédito", "No. de tarjeta"],
        "IBAN": ["IBAN", "Cuenta bancaria", "Pagar a"],
        "ID": ["Identidad", "No. de documento", "Registro"],
        "PERSON": ["Cliente", "Contacto", "Inspector"],
        "MEMBER": ["Asignado a", "Encargado", "Técnico"],
        "ADDRESS": ["Dirección de la obra", "Lugar del trabajo", "Dirección"],
    },
    "HEAD": {
        "diary": ["BITÁCORA DE OBRA", "Reporte diario", "Nota de bitácora", "Informe de campo"],
        "workorder": [
            "ORDEN DE TRABAJO",
            "Hoja de visita técnica",
            "Boleta de trabajo",
            "Solicitud de servicio",
        ],
        "quote": ["COTIZACIÓN", "Presupuesto", "Solicitud de cotización", "Resumen de costos"],
        "crewchat": [
            "Chat de la obra",
            "Grupo de la cuadrilla",
            "Hilo del equipo",
            "Grupo de subcontratistas",
        ],
        "jobboard": [
            "SE BUSCA: albañiles",
            "Bolsa de trabajo",
            "Se necesitan técnicos",
            "Trabajo disponible",
        ],
        "signature": [
            "Gerente de Proyecto",
            "Ingeniero Residente",
            "Coordinación de Servicio",
            "Departamento de Presupuestos",
        ],
    },
}
