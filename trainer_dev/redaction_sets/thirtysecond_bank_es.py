"""Thirtysecond set: Spanish phrase bank (Bolivia, Honduras; logística, transporte, flota)."""

from trainer_dev.redaction_sets.thirtysecond_people import _s

BANK = {
    "OPEN": _s(
        "Buenos días a todos,|Hola equipo,|Aviso rápido de despacho.|Buenas tardes,|"
        "Qué tal, gente,|"
        "Novedades desde la bodega.|Estimados compañeros,|Perdón por escribir tarde.|"
        "Sobre la reunión de esta mañana:|Una consulta rápida.|Importante para el turno noche:|"
        "Atención, choferes:|Buenas noches,|Retomo lo del reclamo por daños.|"
        "Como hablamos por teléfono,|Necesito una mano con esto.|Aviso de la agencia aduanera.|"
        "Otra vez sobre la carga atrasada.|Hola a todos,|Feliz viernes, equipo.|"
        "Recordatorio para recepción:|Respuesta de la transportadora:|"
        "Escribo de parte del área de despachos.|Bueno,|En resumen:|Mensaje del centro de control."
    ),
    "FILL": _s(
        "El furgón salió precintado del patio.|"
        "Por favor escaneen cada pallet antes de cargar.|"
        "El equipo de frío se apagó varias veces en la madrugada.|"
        "Aduana retiene el contenedor hasta que cuadren los papeles.|"
        "Nos faltan dos montacarguistas en el turno de la tarde.|"
        "El cliente rechazó parte del pedido por cajas aplastadas.|"
        "La bitácora del chofer se firma antes de marcar salida.|"
        "El cross-docking está saturado, calculen más espera.|"
        "El agente aduanero pide la factura comercial corregida.|"
        "Mantengan libres los pasillos de emergencia.|"
        "La rampa hidráulica del camión volvió a fallar.|"
        "Lo que viene del puerto se atrasa por falta de chasis.|"
        "La ruta del martes pasa a la tarde.|"
        "Ya hay film stretch en la mesa de empaque.|"
        "El sobrestadía corre después del tiempo libre.|"
        "Los vacíos se dejan junto a la malla.|"
        "La revisión antes de salir es obligatoria, sin excepción.|"
        "Las etiquetas de carga peligrosa deben coincidir con el manifiesto.|"
        "Las devoluciones van a la jaula junto al comedor.|"
        "El conteo cíclico encontró cajas mal ubicadas.|"
        "La ventana de entrega en el centro de distribución es corta.|"
        "Las tarjetas de combustible se renuevan después de la auditoría.|"
        "La foto de entrega tiene que mostrar la etiqueta del pallet.|"
        "La naviera pasó la reserva al siguiente buque.|"
        "El ritmo de preparación bajó con la actualización.|"
        "Marquen los pallets rotos con la etiqueta roja.|"
        "La niveladora del lado oeste se traba.|"
        "Las horas extra del fin de semana no están aprobadas todavía.|"
        "El cliente quiere una llamada antes de cada entrega a domicilio.|"
        "Los registros de temperatura van con el reclamo.|"
        "El sistema de bodega estuvo caído casi una hora.|"
        "Estamos probando un nuevo planificador de rutas.|"
        "El número de precinto va en la guía, no en un papelito.|"
        "La zona de carga de baterías está cerrada por la inspección.|"
        "El tractocamión necesita loderas nuevas.|"
        "Confirmen la recogida con el remitente un día antes.|"
        "El aliado de última milla está desbordado.|"
        "La carga suelta se zuncha antes de subirla.|"
        "Nada sale sin la remisión firmada.|"
        "El guardia no deja entrar a nadie sin referencia.|"
        "Las barras de sujeción vuelven al furgón después de descargar.|"
        "Se perdió una caja entre el picking y el empaque.|"
        "Los nuevos acompañan a un preparador con experiencia la primera semana.|"
        "El portal de la transportadora nos saca a cada rato.|"
        "Los daños se reportan dentro del plazo del transportista.|"
        "El montacargas retráctil es solo para los racks altos.|"
        "No apilen los pallets de vidrio.|"
        "El cambio de remolque en la gasolinera salió bien.|"
        "Nuestro despachador cubre dos regiones esta semana.|"
        "Las boletas de la báscula van en el sobre del chofer.|"
        "La mercadería dañada queda bloqueada hasta que pase el perito.|"
        "El patio auxiliar está lleno, estacionen al fondo.|"
        "La cadena de frío no se puede cortar.|"
        "Los documentos de exportación ya están con el agente de carga.|"
        "La llantera nos puede atender mañana temprano.|"
        "Se acabaron los esquineros en el turno de la mañana.|"
        "La bodega fiscal necesita un segundo responsable de llaves.|"
        "Devuelvan los lectores al cargador.|"
        "Los contenedores vacíos regresan al patio en el próximo viaje.|"
        "La clasificadora de paquetes se trabó dos veces antes del almuerzo.|"
        "El bloqueo de la carretera retrasó a tres camiones.|"
        "Hay que pasar por la tranca antes de las seis.|"
        "El camión quedó varado por la lluvia en el camino viejo."
    ),
    "CLOSE": _s(
        "¡Gracias!|Gracias a todos.|De antemano, gracias.|Avísenme si algo cambia.|Buen viaje.|"
        "Cualquier duda, me escriben.|Buen turno.|Nos vemos.|Les aviso cuando sepa más.|"
        "Favor confirmar.|Saludos.|Atentamente.|Gracias por la mano.|"
        "Llamen a despacho si se traban.|Lleguen bien.|Por ahora es todo.|"
        "Gracias por la paciencia.|Resolvamos esto hoy.|Quien pueda, responda aquí.|"
        "Buen fin de semana.|Hasta la reunión de mañana.|Gracias de nuevo.|"
        "Buenas noches a todos.|Un abrazo.|Quedo atento.|Bendiciones."
    ),
    "LEAD": {
        "EMAIL": _s(
            "Manden la remisión firmada a {x}.|El ajustador atiende en {x}.|"
            "Las citas de andén se piden a {x}.|Mi correo es {x} por si falla el portal.|"
            "Copien a {x} en todo lo de aduana.|Las planillas de horas a {x}.|"
            "La factura llegó de {x}.|Confirmación del flete a {x}."
        ),
        "PHONE": _s(
            "Llámame al {x} cuando estés a diez minutos.|Celular del chofer: {x}.|"
            "Despacho fuera de horario: {x}.|Mandá un WhatsApp al {x} cuando cargues.|"
            "El cliente pidió que lo llamen al {x} antes de llegar.|"
            "El encargado del patio contesta en el {x}.|Si el portón está cerrado: {x}.|"
            "Mi línea directa es {x}."
        ),
        "URL": _s(
            "Mi perfil está en {x}.|Subo las novedades de ruta a {x}.|Agenda conmigo aquí: {x}|"
            "Transportista independiente, mirá {x}.|Las fotos del daño están en {x}.|"
            "Mi hoja de vida: {x}.|Más sobre mi servicio de mudanzas: {x}|"
            "Sigan la carga en {x}."
        ),
        "IP": _s(
            "La impresora de etiquetas del pasillo seis está en {x}.|"
            "El lector se desconecta de {x}.|Los intentos de acceso vinieron de {x}.|"
            "Habiliten {x} en el portal de la transportadora.|La cámara del camión sube por {x}.|"
            "La terminal de la báscula responde en {x}.|El GPS reportó {x}.|"
            "Acceso remoto a la oficina de andén: {x}."
        ),
        "CARD": _s(
            "Carguen la descarga a la tarjeta {x}.|Tarjeta de combustible registrada: {x}.|"
            "Peajes de la semana con {x}.|Pagué la sobrestadía con {x}.|"
            "Los tributos de importación se pagaron con {x}.|Tarjeta {x}, vence el otro año.|"
            "La reparación de la llanta va a {x}.|El depósito de almacenaje se cobró a {x}."
        ),
        "ID": _s(
            "Para el registro del chofer: {x}.|Mi número para el trámite aduanero es {x}.|"
            "Recursos humanos necesita {x}.|En la ficha de ingreso figura {x}.|"
            "Documento del transportista: {x}.|Cuenta para el pago del flete: {x}.|"
            "Actualicen el registro con {x}.|Aquí está: {x}."
        ),
        "PERSON": _s(
            "{x} firmó la entrega.|Hoy maneja {x}.|Pregunten por {x} en recepción.|"
            "{x} lleva el reclamo.|El contacto en el cliente es {x}.|Agente aduanero: {x}.|"
            "Hablé con {x} de la transportadora.|{x} cubrió el turno de noche."
        ),
        "MEMBER": _s(
            "{x} dirige el conteo.|Gracias a {x} por quedarse tarde.|"
            "Cambien turno con {x} si hace falta.|{x} está en el montacargas hoy.|"
            "Consulten con {x} antes de liberar la carga.|{x} tiene la llave de la bodega fiscal.|"
            "Incluyan a {x} en el reclamo.|{x} avisó de la alarma del frío."
        ),
        "ADDRESS": _s(
            "Entregar en {x}.|Recoger en {x}.|Devolver los vacíos en {x}.|"
            "El nuevo centro de acopio queda en {x}.|Manden el repuesto a {x}.|"
            "El chofer vive en {x}, búsquenlo ahí.|El cliente se mudó a {x}.|"
            "Dirección de facturación: {x}."
        ),
    },
    "LOOK": {
        "order": _s("Al pedido {x} le faltan dos bultos.|La factura {x} ya está pagada."),
        "price": _s("La descarga costó {x}.|El flete salió en {x}."),
        "date": _s("La recogida está programada para el {x}.|El cierre del buque es el {x}."),
        "time": _s("El portón cierra a las {x}.|El chofer llegó a las {x}."),
        "version": _s("Los lectores usan la versión {x}.|La app de rutas pasó a {x}."),
        "isbn": _s("El manual de capacitación tiene ISBN {x}.|Pidan el libro con ISBN {x}."),
        "flight": _s("La carga aérea va en el vuelo {x}.|Las muestras salen en el {x}."),
        "dock": _s("Arrimá al {x}, por favor.|Preparen el despacho en el {x}."),
        "measure": _s("Peso bruto: {x}.|La caja mide {x}."),
        "percent": _s("El recargo de diésel es {x}.|El cumplimiento de entregas fue {x}."),
        "orgreg": _s("La transportadora está registrada con {x}.|En la factura figura {x}."),
        "ticket": _s("El ticket {x} sigue abierto.|Las fotos están en el caso {x}."),
        "tracking": _s("El rastreo muestra {x} en el puerto.|El contenedor {x} ya salió."),
        "hscode": _s("Las piezas van en la partida {x}.|El agente usó el código {x}."),
        "eponym": _s("Hay tranque cerca de {x}.|Tenemos entrega por {x} hoy."),
        "nameword": _s("Dieron {x} para salir.|Todo salió bien, {x}."),
    },
    "LABEL": {
        "EMAIL": _s("Correo|E-mail"),
        "PHONE": _s("Teléfono|Celular"),
        "URL": _s("Web|Perfil"),
        "IP": _s("Dirección IP|IP del equipo"),
        "CARD": _s("Tarjeta|Tarjeta de pago"),
        "ID": _s("Documento|Cuenta / documento"),
        "PERSON": _s("Contacto|Chofer"),
        "MEMBER": _s("Colaborador|Jefe de turno"),
        "ADDRESS": _s("Dirección|Dirección de entrega"),
    },
    "HEAD": {
        "notice": _s("AVISO: cambio en el horario de andenes|Aviso del patio|Aviso de seguridad"),
        "chat": _s("Grupo de choferes|Grupo de bodega|Turno noche"),
        "listing": _s("CARGA DISPONIBLE|Camión libre, busco retorno|Bodega en alquiler"),
        "form": _s("Reporte de daños|Datos para la declaración aduanera|Alta de chofer"),
        "ticket": _s("Prioridad: alta|Estado: abierto – Tipo: reclamo|Categoría: recogida fallida"),
        "signature": _s("Despacho de Flota|Gestión de Flota|Comercio Exterior"),
    },
}
