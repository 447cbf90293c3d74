"""Spanish phrase bank (es_ES, es_CR). {v} is the item value, {x} a look-alike."""

from .twentyfifth_core import lines

OPEN = {
    "anniversary": lines("""
        Hace diez años crucé la puerta de esta empresa sin conocer a nadie.
        Pequeño aniversario laboral hoy, y mucha gratitud.
        Un año más en el mismo equipo, y sin ganas de cambiar.
        Qué rápido pasa el tiempo cuando te gusta lo que haces.
        Hoy celebramos un aniversario redondo en el departamento.
        La red me recuerda mi aniversario en la empresa, así que ahí va el balance.
        Tarta, fotos vergonzosas y recuerdos: semana de aniversario.
        Una fecha redonda para mí en esta casa.
        Nunca pensé que me quedaría tanto tiempo, y aquí sigo.
        Diez años de reuniones, risas y cafés tibios.
    """),
    "promotion": lines("""
        Una noticia que llevaba semanas guardándome.
        Me alegra contaros que asumo un nuevo puesto este mes.
        Nuevo cargo, misma mesa, algunas reuniones más.
        Felicidades a una de las nuestras por un ascenso bien merecido.
        Después de un proceso larguísimo, por fin puedo decirlo.
        Empieza un nuevo capítulo sin salir del edificio.
        A partir del mes que viene me hago cargo del equipo regional.
        Momento de orgullo para todo el departamento.
        Hoy se anunciaron los ascensos y la planta entera lo celebró.
        Gracias por la confianza, tengo muchas ganas de empezar.
    """),
    "farewell": lines("""
        Después de muchos años buenos, hoy es mi último día aquí.
        Las despedidas no se me dan bien, así que seré breve.
        Una compañera de toda la vida se jubila, y se lo ha ganado.
        Esta semana despedimos a toda una institución.
        Unas palabras para la jubilación de nuestro jefe de taller.
        La despedida es el viernes, estáis todos invitados.
        Ha sido un honor trabajar con vosotros.
        Irse es agridulce, pero la próxima aventura me espera.
        Hay personas que marcan un lugar de trabajo solo con estar.
        Homenaje de jubilación, y hay mucho que contar.
    """),
    "alumni": lines("""
        Antiguos compañeros de promoción, ya tenemos fecha para el reencuentro.
        Novedades de la red de antiguos alumnos.
        Veinte años después de la graduación nos volvemos a ver.
        Juntamos a la vieja promoción para una noche más.
        Buscamos voluntarios para organizar la cena de antiguos alumnos.
        Si estudiaste con nosotros, este mensaje es para ti.
        La asociación de antiguos alumnos vuelve a organizar su cena anual.
        Viejos compañeros, trabajos nuevos, los mismos chistes.
        La promoción se reúne, parejas bienvenidas.
        El título ya tiene sus años, las amistades no.
    """),
    "sports": lines("""
        El club de running vuelve los domingos por la mañana.
        Empieza la temporada de carreras solidarias y nuestro equipo se apunta.
        Nuestro equipo de fútbol sala busca dos jugadores para la liga.
        Atención ciclistas: vuelve la salida en bici de la empresa.
        Sobrevivimos al relevo y recaudamos más de lo esperado.
        Noticias del club de remo esta semana.
        Salida de trail este fin de semana, principiantes bienvenidos.
        Gracias a todos los que animasteis en la meta.
        Se prepara la carrera solidaria para el hospital infantil.
        Nuestro equipo de pádel tiene nuevo capitán.
    """),
    "fundraising": lines("""
        Volvemos a recoger alimentos para el banco de alimentos.
        El huerto comunitario necesita manos el sábado.
        Nuestro equipo recauda fondos para la planta de pediatría.
        La recogida de abrigos de invierno empieza la semana que viene.
        Actualización de la recaudación, y gracias a todos.
        Organizamos una venta de pasteles para la protectora.
        Buscamos voluntarios para la noche de trivial solidario.
        La recogida de libros para la biblioteca del colegio va genial.
        Una petición: necesitamos conductores para el reparto de comidas.
        Nuestra oficina patrocina una limpieza de playa.
    """),
    "mentoring": lines("""
        Nuestro círculo de mentoría abre inscripciones este mes.
        Tuve la suerte de tener grandes mentoras, ahora me toca devolverlo.
        Arranca pronto una nueva edición del programa de mentoría.
        Buscamos mentores con experiencia en finanzas u operaciones.
        Resumen de la sesión de mentoría de anoche.
        Si estás empezando y te sientes estancado, este círculo es para ti.
        Vuelve la mentoría entre pares, en grupos más pequeños.
        Gracias a la persona que apostó por mí hace años.
        Nuestra red de mujeres en ingeniería sigue creciendo.
        Mentoría inversa: los juniors enseñan a los seniors, y funciona.
    """),
    "meetup": lines("""
        Logística del meetup de la semana que viene, leed antes de venir.
        Este mes organizamos nosotros el encuentro de producto.
        El desayuno de datos cambia de sitio.
        Unos detalles prácticos para la tarde comunitaria del jueves.
        Primer encuentro presencial desde la mudanza, y la sala ya casi está llena.
        La noche de networking trimestral ya tiene fecha, detalles abajo.
        Pequeño cambio de sala para el meetup de diseño, misma hora.
        Aviso para quien venga al hackatón.
        Vuelve el desayuno de fundadores.
        Ya está abierta la inscripción a la jornada de puertas abiertas.
    """),
}

SLOT = {
    "EMAIL": lines("""
        Escribidme a {v} si os apuntáis.
        Las dudas, a {v}.
        Inscripciones por correo a {v}, no en comentarios, por favor.
        Contacto de la organización: {v}
        Mandad las fotos para el vídeo a {v}.
        Confirmad asistencia a {v} para el catering.
        Si el formulario falla, un correo a {v} basta.
        Mi correo personal ahora es {v}.
    """),
    "PHONE": lines("""
        Si llegáis tarde, llamad al {v}.
        El día del evento estoy en el {v}.
        Para entrar al grupo de WhatsApp, escribid al {v}.
        La coordinadora atiende en el {v}.
        Si os perdéis, llamad al {v} y alguien sale a buscaros.
        Móvil: {v}
        Para compartir coche, un mensaje al {v}.
        Tel. {v}
    """),
    "URL": lines("""
        La página de donaciones está aquí: {v}
        La hoja de inscripción está en {v}.
        Escribí una reflexión más larga en mi blog: {v}
        Las fotos de la última vez están en {v}.
        Podéis donar a través de {v}.
        Conectemos: {v}
    """),
    "IP": lines("""
        El equipo del streaming está en {v}, no lo desenchuféis.
        Si se cae el wifi del local, la emisión de respaldo va por {v}.
        El antiguo servidor del club en {v} se apaga.
        El punto de inscripción tiene la dirección {v}, por si pregunta informática.
        Alguien se conectaba desde {v} durante el trivial, buen intento.
    """),
    "CARD": lines("""
        Pagué la señal con la tarjeta {v}, ¿alguien puede confirmar?
        La inscripción del equipo se carga a {v}.
        El local hizo una retención en {v} por la reserva.
        Los premios de la rifa los pagué con la tarjeta {v}.
        Tarjeta para la reserva: {v}
    """),
    "IBAN": lines("""
        Inscripción por transferencia a {v}, con vuestro nombre como concepto.
        Los donativos pueden ir directamente a la cuenta {v}.
        IBAN para el bote: {v}
        Por favor, transferid vuestra parte del regalo a {v}.
        Datos bancarios para la cena: {v}
        La cuenta del club es {v}.
    """),
    "ID": lines("""
        El seguro me pide el documento, es el {v}.
        Para el voluntariado puse {v}, ¿es el formato correcto?
        {v} es el número que tienen en su ficha.
        Mi número de identificación: {v}
        El formulario no aceptaba {v} al principio.
        Metí {v} y a ver qué pasa.
    """),
    "PERSON": lines("""
        Gracias especiales a {v}, que condujo la furgoneta todo el fin de semana.
        Mi primer jefe, {v}, me enseñó a escuchar antes de hablar.
        {v}, del hospital, dirá unas palabras.
        Nos acompañará {v}, que entrenó a los chavales durante años.
        Todavía recuerdo a {v} explicándome mi primera auditoría.
        El trofeo lleva el nombre de {v}, fundador del club.
        Las fotos son de {v}.
        {v} entregará las medallas.
        Nuestra invitada es {v}, directora de colegio jubilada.
    """),
    "MEMBER": lines("""
        ¡Enhorabuena, {v}!
        Gracias a {v} por organizarlo todo.
        {v} se ha ofrecido a acogernos.
        Sin {v} no lo habríamos logrado.
        {v} dirige el calentamiento, sed puntuales.
        Bienvenida al círculo de mentoría, {v}.
        ¡Feliz aniversario, {v}!
        Preguntad a {v} por el coche compartido.
        Gracias {v} por tus palabras de la semana pasada.
        {v} hizo marca personal, qué crack.
        Muy merecido, {v}.
        cc {v}
    """),
    "ADDRESS": lines("""
        Quedamos en {v}, detrás del aparcabicis.
        Lugar: {v}
        Las donaciones se dejan en {v}.
        La fiesta es en mi casa, {v}, a partir de las siete.
        Mandad la tarjeta a {v} y yo la hago llegar.
        La salida es frente a {v}.
        Nueva dirección de la oficina: {v}
    """),
}

CR_EXTRA = lines("""
    ¡Pura vida, gente!
    Diay, ¿quién se apunta?
    Qué chiva que ya estamos en esto.
    Mae, no se lo pierdan.
    Les cuento con mucho cariño.
    Vamos a estar tuanis, se los prometo.
""")

LOOK = {
    "ORDER": lines("""
        Las medallas van en el pedido {x}.
        El pedido n.º {x} de las camisetas ya salió.
    """),
    "INVOICE": lines("""
        La factura {x} del catering está pagada.
        La factura n.º {x} cubre el alquiler del salón.
    """),
    "TICKET": lines("""
        Mi entrada pone {x}.
        Lo reportamos al local con la incidencia {x}.
    """),
    "TRACKING": lines("""
        Envío {x}, las pancartas están en reparto.
        El paquete de los trofeos tiene el número de seguimiento {x}.
    """),
    "PRICE": lines("""
        Entrada {x} por persona, niños gratis.
        Las entradas cuestan {x}, con bebida incluida.
        ¡Al final juntamos {x}!
    """),
    "DATE": lines("""
        Reservad el {x}.
        Plazo de inscripción hasta el {x}.
    """),
    "TIME": lines("""
        Abrimos puertas a las {x}.
        Calentamiento a las {x} en punto.
    """),
    "VERSION": lines("""
        La app del club ya va por la versión {x}.
        Actualizad a la {x} antes del domingo.
    """),
    "ISBN": lines("""
        El libro del mes: ISBN {x}.
        Estamos leyendo el ISBN {x}.
    """),
    "FLIGHT": lines("""
        Aterrizo en el vuelo {x}, puede que llegue justo.
        Varios vamos juntos en el {x}.
    """),
    "ROOM": lines("""
        Tenemos la sala {x} en la segunda planta.
        Los talleres son en el aula {x}.
    """),
    "MEASURE": lines("""
        El recorrido tiene {x} y una cuesta criminal.
        Llevad al menos {x} de agua.
    """),
    "PERCENT": lines("""
        Las inscripciones suben un {x} respecto al año pasado.
        El {x} de lo recaudado va a la protectora.
    """),
    "REF": lines("""
        Indicad la referencia {x} al pagar.
        Localizador de la reserva: {x}
    """),
    "COMPANY": lines("""
        La comida la patrocina {x}.
        Gracias a {x} por las camisetas.
    """),
    "LANDMARK": lines("""
        Punto de encuentro: {x}.
        Terminamos en {x}.
    """),
}

MID = lines("""
    Traed a quien queráis, cuantos más mejor.
    Vestimenta informal, zapatillas sin problema.
    Habrá comida, también opciones vegetarianas.
    Decid en comentarios si venís.
    Compartiremos las fotos después.
    No hace falta experiencia, solo ganas.
    Hay poco aparcamiento, compartid coche.
    Niños y perros con correa, bienvenidos.
    Ha sido un viaje increíble y he aprendido muchísimo.
    Gracias por cada noche larga y cada carcajada.
    El café sigue siendo malísimo, hay cosas que no cambian.
    Sinceramente, es la gente lo que me ha hecho quedarme.
    Compartidlo con quien pueda interesarle.
    Faltan un par de voluntarios para el montaje.
    Si no podéis venir, un donativo también ayuda.
    Plazas limitadas, apuntaos pronto.
    Sala accesible y espacio tranquilo disponible.
    Traed vuestro vaso reutilizable.
    Se corre llueva o haga sol.
    Un discurso corto y una comida larga.
    La última vez os gustó mucho, así que repetimos.
    La comisión se ha dejado la piel en esto.
    Mentorizados, traed vuestra hoja de objetivos.
    Quien llegue tarde puede sentarse al fondo.
    Después de la presentación nos dividimos en grupos.
    Cada aportación cuenta.
    No estoy llorando, lloráis vosotros.
    La tarta ya está encargada, ganó el chocolate.
    Los últimos en apuntarse friegan.
    La grabación se compartirá con los socios.
    En mi primera presentación ante la dirección me temblaban las manos.
    Todo lo que sé de presupuestos lo aprendí en aquel despacho sin ventanas.
    Nuestra jubilada ha prometido no mirar el correo desde el huerto.
    La cena de antiguos alumnos se agotó antes que un concierto.
    La mentoría es sobre todo escuchar con la libreta abierta.
    El grupo empezó con tres personas y una pizarra.
    El año pasado el recorrido fue un barrizal y nos encantó.
    La mitad del equipo no había corrido nunca.
    Llevad los colores del club si los tenéis.
    El público puede animar a lo largo del paseo del río.
    Charlas cortas y conversaciones largas.
    La protectora dice que cada manta cuenta este invierno.
    En objetos perdidos sigue una chaqueta de la última vez.
    Nuevo formato: menos diapositivas, más preguntas.
    Algunos de la vieja guardia vienen desde el extranjero.
    Lo mejor de este trabajo ha sido ver a los juniors superarme.
    Ritmo tranquilo, nadie se queda atrás.
    Café y bollería de la panadería de al lado.
    Brindaremos por los que no pueden estar.
    Intentaré no enrollarme demasiado.
""")

CLOSE = lines("""
    ¡Nos vemos allí!
    Gracias a todos.
    Seguimos.
    ¡Salud!
    Tengo muchas ganas.
    Espero ver muchas caras conocidas.
    Por el siguiente capítulo.
    Cualquier duda, escribidme.
    ¡Corred la voz!
    Con gratitud.
    Que sea una gran jornada.
    Pronto más.
    Gracias por leer hasta aquí.
    Todos bienvenidos.
    Nos vemos en la línea de salida.
    Cuidaos mucho.
    Hasta la próxima.
    ¡Vamos, equipo!
    Cada granito de arena suma.
    Seguimos en contacto.
    Dudas en los comentarios.
    Un abrazo a todos.
    ¡Buen fin de semana!
    Allí nos vemos.
    Gracias por estar.
""")

for _g, _s in zip(OPEN, [
        "Diez años, tres mudanzas y un equipo: toca dar las gracias.",
        "A veces el ascenso llega justo cuando no lo esperas.",
        "Hoy toca despedida, y con música.",
        "La comida de antiguos compañeros por fin tiene fecha.",
        "¿Quién corre con nosotros? La carrera popular aún busca relevos.",
        "Recogemos productos de higiene para el albergue hasta fin de mes.",
        "Buscamos parejas de mentoría, el plazo se acaba pronto.",
        "Importante para quien venga al encuentro del miércoles.",
        ], strict=True):
    OPEN[_g].append(_s)
SLOT["MEMBER"] += ["Qué alegría volver a tener a {v} con nosotros.", "¡Chapó por {v}!",
                   "{v} trae la tarta, los demás la bebida."]
SLOT["PERSON"] += ["El discurso lo dará {v}, antigua delegada sindical.",
                   "El grupo de running lo fundó en su día {v}."]
SLOT["EMAIL"] += ["Dudas sobre cómo llegar: {v}"]
SLOT["PHONE"] += ["Teléfono de emergencia el día del evento: {v}"]
SLOT["ADDRESS"] += ["Nos hemos mudado, a partir de ahora: {v}"]
SLOT["ID"] += ["Número para la ficha de la asociación: {v}",
     "{v}, por si alguien lo necesita todavía."]
MID += lines("""
    Quien quiera puede quedarse luego a tomar algo.
    El local está bien comunicado en metro.
    El evento es gratuito, los donativos son bienvenidos.
    Habrá servicio de guardería.
    Avisad si al final no podéis venir.
    Hay sillas, pero no muchas.
    Mandaremos el programa con tiempo.
    Quien venga por primera vez será muy bien recibido.
    Empezamos puntuales, mejor llegar un poco antes.
    El ambiente de la última vez fue insuperable.
    Toda ayuda es bienvenida.
    Será una tarde tranquila, sin diapositivas.
    No olvidéis la ropa de deporte.
    Todo lo recaudado va a la causa.
    Si llueve, nos vamos al polideportivo.
    He aprendido tantísimo de este equipo.
    Los diplomas se entregan allí mismo.
    Hay una pequeña sorpresa para todos los voluntarios.
    Nada de regalos, mejor un donativo.
    La inscripción no compromete a nada.
""")
CLOSE += ["¡Hasta la semana que viene!", "Contamos con vosotros.", "Un saludo cordial.",
          "¡A disfrutar!"]
