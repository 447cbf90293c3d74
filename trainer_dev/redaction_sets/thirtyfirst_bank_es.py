"""Thirty-first set: Spanish phrase bank (hostelería, catering, salones), written by hand."""

from __future__ import annotations


def _s(x: str) -> list[str]:
    return [w.strip() for w in x.split("|") if w.strip()]


ES = dict(
    OPEN=_s(
        "Hola equipo,|Buenos días a todos,|Buenas tardes,|Un apunte antes del servicio:|"
        "Estimados compañeros,|¡Hola, cocina!|Estimada señora, estimado señor:|Hola,|"
        "Buenas noches,|Sobre la solicitud de reserva:|Asunto: alquiler del salón|"
        "Para el equipo de sala:|Duda con el turno de esta semana.|Novedades de compras.|"
        "Llegó una opinión de un cliente anoche.|Consulta de alquiler, detalles abajo.|"
        "Perdón por el mensaje tan largo.|Recordatorio del encargado de turno.|"
        "¿Alguien me echa una mano en el pase?|Equipo de barra, leed esto.|"
        "Seguimiento del pedido de catering.|Para las organizadoras de la boda:|"
        "Traspaso del turno de noche.|Nota rápida desde recepción.|Hola banquetes,|"
        "Saludos desde pastelería.|¡Qué tal, gente!|Buenas, familia,"
    ),
    FILL=_s(
        "La cámara frigorífica vuelve a hacer ruido, mantenimiento está avisado.|"
        "Faltan dos camareros en la terraza esta noche.|"
        "La carpeta de alérgenos se queda en el pase, no en la oficina.|"
        "Hay que descalcificar el lavavajillas antes del fin de semana.|"
        "El brunch salió muy bien, gracias a todos.|"
        "La lavandería llegó tarde y algunas servilletas estaban rotas.|"
        "Apuntad cada merma en la hoja, por favor.|"
        "La clienta pidió una mesa tranquila lejos de la barra.|"
        "No hay aparcacoches mientras asfaltan la entrada.|"
        "El menú degustación cambia con la nueva temporada.|"
        "El proveedor de bebida de avena ahora trae cajas más grandes.|"
        "La azotea depende del tiempo, tened un plan para dentro.|"
        "No apiléis sillas en el pasillo de emergencia.|"
        "Una pareja en la terraza se enamoró de la tarta de limón.|"
        "El grupo de música necesita un enchufe junto a la pista.|"
        "El inventario se hace el domingo después del cierre.|"
        "Los friegaplatos descansan por turnos.|"
        "La cafetera vuelve a sacar los cafés lentos.|"
        "Los canapés veganos volaron los primeros.|"
        "La florista monta el arco antes del mediodía.|"
        "Los clientes se quejaron de la música alta junto a los reservados.|"
        "En la cena de ensayo hay un invitado celíaco.|"
        "Revisad el filtro del lavavasos cada turno.|"
        "Hay que reimprimir las cartas del servicio de habitaciones con los precios nuevos.|"
        "La puerta del muelle de carga se atasca, levantadla con cuidado.|"
        "Las propinas con tarjeta se reparten al final de la semana.|"
        "El segundo de cocina abre mañana.|"
        "Medio grupo llegó pronto y esperó en el vestíbulo.|"
        "La responsable del salón enseñará las salidas de emergencia a los clientes.|"
        "Etiquetad cada recipiente de preparación con la fecha.|"
        "La máquina de hielo gotea sobre la alfombrilla de la barra.|"
        "La puerta de la bodega se quedó abierta toda la noche.|"
        "El bautizo quiere el salón del jardín si no llueve.|"
        "En el desayuno se acabaron los cruasanes enseguida.|"
        "La comida del personal es a la hora de siempre.|"
        "La inspección de sanidad quedó conforme con los registros de temperatura.|"
        "Los delantales nuevos están en el vestuario.|"
        "La crítica alabó el servicio pero la carne estaba salada.|"
        "Nuestro distribuidor de vinos trae muestras del nuevo rosado.|"
        "El congreso pide una opción vegetariana en la comida.|"
        "Este mes rediseñamos el menú infantil.|"
        "La barra pasa a pajitas de papel.|"
        "Limpiad la freidora antes de que llegue el pedido.|"
        "La familia de la novia quiere alargar la barra libre.|"
        "Durante las fiestas recogen la basura más temprano.|"
        "Alguien llamó preguntando si admitimos perros en la terraza.|"
        "El martes cambian las estanterías de la cámara.|"
        "Sin contrato firmado no bloqueamos la fecha.|"
        "Estamos probando una carta de mediodía más corta.|"
        "La tarta llegó algo dañada, pero arreglamos la cobertura.|"
        "Al cliente le cobraron dos veces y espera el reembolso.|"
        "Limpiad los grifos de cerveza con regularidad.|"
        "Ayer nadie firmó la hoja de temperaturas de las neveras.|"
        "El catering necesitará la cocina desde primera hora.|"
        "Un cliente habitual dijo que la sopa estaba tibia.|"
        "Buscamos a alguien para el cierre de barra.|"
        "La empresa de carpas recoge las estufas después del evento.|"
        "Recordad a los clientes que los domingos la cocina cierra antes.|"
        "Vuelve el carrito de postres.|"
        "El pan ahora viene de la panadería de la esquina."
    ),
    CLOSE=_s(
        "¡Gracias!|Un saludo.|Gracias de antemano.|Avisadme si cambia algo.|Nos vemos en el "
        "servicio.|Cualquier duda, me decís.|Saludos cordiales,|Atentamente,|Un abrazo,|"
        "¡Buen turno!|Eso es todo por ahora.|Gracias por encargaros.|Lo hablamos en la reunión.|"
        "Mil gracias.|Ojo, que el suelo está mojado.|Saludos desde la oficina.|"
        "Quedo a vuestra disposición.|Mañana vuelvo.|Os lo dejo a vosotros.|Gracias otra vez.|"
        "Hasta luego.|¡Feliz cierre!|Bendiciones,|Quedo atento."
    ),
    LEAD=dict(
        EMAIL=_s(
            "Enviad la elección de menú a {v}.|El correo de la organizadora es {v}.|"
            "Responded a {v} con el número final.|Las dudas de factura van a {v}.|"
            "Quiere {v} en copia del presupuesto.|Contacto: {v}|"
            "Reenviad el plano del salón a {v}.|El proveedor ahora escribe desde {v}."
        ),
        PHONE=_s(
            "Llamad a la clienta al {v}.|Su número es el {v}.|"
            "Escribid al {v} cuando salga la furgoneta.|El cocinero de guardia está en el "
            "{v}.|Reserva por teléfono, devolver llamada al {v}.|"
            "La florista está en el {v}.|Móvil: {v}|"
            "Si la puerta está cerrada, llamad al {v}."
        ),
        URL=_s(
            "Su portafolio está en {v}.|La web de la boda: {v}|"
            "Compartió su página de reservas {v}.|Reseñas enlazadas desde {v}.|"
            "El perfil del DJ es {v}.|Fotos en la página {v}.|Detalles en {v}.|"
            "Blog personal: {v}"
        ),
        IP=_s(
            "El datáfono está en {v}.|En la wifi de clientes aparece {v} sin parar.|"
            "El módulo de reservas recibió ataques desde {v}.|Servidor del TPV: {v}.|"
            "Bloqueada {v} tras las reservas falsas.|La pantalla de cocina usa {v}.|"
            "La impresora en {v} se desconecta.|Otra vez intentos de acceso desde {v}."
        ),
        CARD=_s(
            "La señal se cobró con la tarjeta {v}.|Tarjeta de garantía: {v}|"
            "Dictó la tarjeta como {v}.|Anulad el cargo en {v}.|"
            "Falló la preautorización en {v}.|Tarjeta usada: {v}|"
            "Devolved la penalización a {v}.|El cliente pegó {v} en el chat."
        ),
        IBAN=_s(
            "Pagad al proveedor en el IBAN {v}.|Devolución de la fianza a {v}.|"
            "Cuenta del grupo: {v}|Datos bancarios: {v}|Transferid el alquiler a {v}.|"
            "Mandó su IBAN, {v}.|Anticipo del extra a {v}.|El IBAN del catering es {v}."
        ),
        ID=_s(
            "Para la nómina su número es {v}.|Ficha de personal actualizada con {v}.|"
            "Dio {v} para el contrato.|Documento en la hoja de alta: {v}|"
            "Copiado del documento de identidad: {v}|Cédula del extra: {v}|"
            "Nóminas necesita {v} antes del viernes.|Anotado {v} en su expediente."
        ),
        BANK=_s(
            "Datos para el depósito del sueldo: {v}|Pagad su salario en {v}.|"
            "La cuenta del proveedor es {v}.|Cuenta para el reembolso: {v}|"
            "Número de cuenta {v} para la orquesta.|Transferid a {v}, por favor."
        ),
        PERSON=_s(
            "La reserva está a nombre de {v}.|{v} traerá la tarta.|"
            "Mesa para seis para {v} junto a la ventana.|La queja es de {v}.|"
            "{v} es la organizadora de la boda.|Nuestro nuevo pescadero es {v}.|"
            "Nombre del cliente: {v}|{v} dejó una reseña preciosa."
        ),
        MEMBER=_s(
            "{v} hace el cierre.|Cambio aprobado con {v}.|"
            "Pedidle las llaves a {v}.|{v} lleva la caja esta noche.|"
            "Cambio de turno para {v} el fin de semana.|Gracias a {v} por cubrir.|"
            "{v} está en desayunos toda la semana.|Doble turno para {v}, revisad horas."
        ),
        ADDRESS=_s(
            "Entregar en {v}.|El salón está en {v}.|Factura a {v}.|"
            "Recogida en {v}.|Dirección del cliente:\n{v}|Entrega del catering: {v}|"
            "Lugar del evento: {v}|Devolved la cristalería alquilada a {v}."
        ),
    ),
    LOOK=dict(
        order=_s("El pedido {x} sigue pendiente.|Referencia {x} en el albarán."),
        invoice=_s("Adjunto la factura {x}.|Falta {x} de la quesería."),
        price=_s("El menú sale a {x} por persona.|Descorche: {x}."),
        date=_s("La boda es el {x}.|Prueba de menú el {x}."),
        time=_s("Se abren puertas a las {x}.|Última comanda a las {x}."),
        version=_s("El TPV se actualizó a {x}.|La app de reservas va por la {x}."),
        isbn=_s("El recetario nuevo, ISBN {x}, está en la estantería.|Pedido el libro {x}."),
        flight=_s("Los músicos llegan en el vuelo {x}.|Invitados en el {x}."),
        room=_s("Montaje en {x}.|Cóctel en {x}."),
        measure=_s("Necesitamos {x} de harina.|La tarta pesa {x}."),
        percent=_s("Servicio del {x}.|Los cubiertos subieron un {x}."),
        orgreg=_s("Proveedor registrado con {x}.|El número fiscal del catering: {x}."),
        ticket=_s("Parte de mantenimiento {x} abierto.|Registrado como {x}."),
        tracking=_s("Seguimiento del paquete {x}.|El envío de mantelería es {x}."),
        eponym=_s("Hoy tenemos {x}.|A los clientes les encantó {x}."),
        wordname=_s("No olvidéis {x}.|Alguien mencionó {x} en la reunión."),
    ),
    LABELS=dict(
        EMAIL=_s("Correo"),
        PHONE=_s("Teléfono"),
        URL=_s("Web"),
        IP=_s("Dirección IP"),
        CARD=_s("Tarjeta"),
        IBAN=_s("IBAN"),
        ID=_s("Documento"),
        BANK=_s("Cuenta"),
        PERSON=_s("Cliente"),
        MEMBER=_s("Empleado"),
        ADDRESS=_s("Dirección"),
        order=_s("N.º de pedido"),
        invoice=_s("N.º de factura"),
        price=_s("Importe"),
        date=_s("Fecha"),
        time=_s("Hora"),
        version=_s("Versión"),
        isbn=_s("ISBN"),
        flight=_s("Vuelo"),
        room=_s("Sala"),
        measure=_s("Cantidad"),
        percent=_s("Descuento"),
        orgreg=_s("Registro fiscal"),
        ticket=_s("Incidencia"),
        tracking=_s("Seguimiento"),
        eponym=_s("Plato"),
        wordname=_s("Nota"),
    ),
)
