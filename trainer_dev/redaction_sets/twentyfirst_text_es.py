"""Frases en español (es_MX, es_CL, es_UY) escritas para el set twentyfirst."""
LANG = "es"
RAW = """
## open.open_to_work
Después de siete años increíbles, eliminaron mi puesto: estoy abierta a nuevas oportunidades.
Noticia personal: estoy buscando mi próximo desafío laboral.
Querida red, hoy les pido una mano.
Cerraron la oficina regional y quedé en búsqueda activa.
Estoy de vuelta en el mercado laboral y con muchas ganas.
Terminó mi posnatal y quiero volver a trabajar a tiempo completo.
## body.open_to_work
Busco roles de jefatura de proyectos o coordinación, ojalá en sector público.
Mi fuerte es el control de gestión, con mucha experiencia en SAP y Excel.
Tengo flexibilidad: híbrido en {city} o remoto total.
Disponibilidad inmediata.
Cada contacto, recomendación o compartido me ayuda muchísimo.
Me interesan especialmente energía, movilidad y educación.
Reclutadores bienvenidos, pero con vacantes concretas, por favor.
Media jornada también me acomoda.
Si conoces a alguien que conozca a alguien, escríbeme.
## open.cv_snippet
Les dejo el encabezado de mi CV por si sirve para un referido:
Mi CV actualizado, versión corta:
Varios me pidieron mis datos de contacto del CV, aquí van:
Extracto de mi CV para la recomendación:
Así quedó el inicio de mi nuevo CV, ¿se ve bien?
Perfil resumido de mi currículum:
## body.cv_snippet
Experiencia: compras, gestión de proveedores y, últimamente, liderazgo de equipo.
Formación: ingeniería comercial, diplomado en análisis de datos.
Habilidades: SAP, Power BI, metodologías ágiles.
Idiomas: español nativo, inglés avanzado, portugués intermedio.
Licencia de conducir al día, disponibilidad para viajar.
Referencias a solicitud.
Disponibilidad: inmediata.
Voluntariado: tesorera de un club deportivo de barrio.
Intereses: trekking, coro, cocina.
## open.freelance
Vuelvo a tener agenda para proyectos desde el próximo mes.
Soy traductora independiente y busco nuevos clientes.
¿Tu sitio web no se actualiza hace años? Conversemos.
Recordatorio: llevo la contabilidad de independientes y pequeñas empresas.
Nuevo servicio: talleres de documentos accesibles.
Retomo las sesiones de coaching para líderes nuevos.
## body.freelance
Trabajo sobre todo con agencias, fundaciones y pymes.
Precio cerrado para proyectos bien definidos, tarifa por día para el resto.
Primera reunión gratis y sin compromiso.
Boleta o factura, como les acomode.
Estoy en {city}, pero trabajo a distancia con todo el país.
La mayoría de mis clientes llegan por esta red, gracias de verdad.
Respondo normalmente dentro de un día hábil.
También tomo urgencias, lo conversamos.
## open.volunteering
El banco de alimentos busca voluntarios para el invierno.
Nos faltan manos para la corrida solidaria de este fin de semana.
La junta de vecinos de {city} busca voluntarios para apoyo escolar.
Nuestra fundación necesita refuerzos en la directiva.
¿Quién se anima a acompañar a personas migrantes con trámites y español?
El ropero solidario busca choferes para los sábados.
## body.volunteering
No se necesita experiencia, solo tiempo y paciencia.
Damos capacitación, café y mucho cariño.
Para trabajar con niños pedimos certificado de antecedentes.
Si no puedes ayudar, compartir también suma.
Equipos de empresas son bienvenidos.
Buscamos sobre todo gente que hable creole, inglés o portugués.
Cada hora cuenta, de verdad.
## open.alumni
¡Reencuentro de generación! Veinte años, no lo puedo creer.
Convocatoria a todos los exalumnos de la carrera de economía.
La asociación de egresados organiza un encuentro en {city}.
¿Quién va a la fiesta de exalumnos en primavera?
Estoy tratando de juntar a toda nuestra generación.
Excolegas de la agencia: por fin tenemos fecha para el reencuentro.
## body.alumni
Reservamos la terraza del bar frente a la universidad.
Parejas e hijos bienvenidos en la tarde.
Compartan con quienes ya no están en la red.
Habrá un video con fotos, así que mándame las más vergonzosas.
La primera ronda la invita la organización.
Si no puedes venir, un video cortito sería lindo.
Nos faltan algunas personas, etiquétenlas.
## open.mentoring
Busco mentora o mentor, y por fin me animo a pedirlo aquí.
Me estoy cambiando de la docencia a la investigación de usuarios: ¿alguien que haya pasado por eso?
¿Alguien pasó de agencia a empresa y quiere contarme cómo fue?
Pregunta a mi red: ¿cómo encontraron a su primer mentor?
Me encantaría conversar con alguien que haya armado un equipo de datos desde cero.
Soy primera generación universitaria y busco consejo en finanzas.
## body.mentoring
Aunque sea una llamada al mes me ayudaría muchísimo.
Feliz de devolver la mano en lo que pueda.
Me interesa sobre todo cómo negociar un primer cargo de jefatura.
Ya hice los cursos, me falta una mirada externa.
Prometo llegar con preguntas preparadas.
En mi empresa no hay programa de mentoría, por eso este post.
Por videollamada también funciona.
## open.relocation
Me mudo a {city} en verano y busco trabajo allá.
Nos cambiamos de ciudad por el trabajo de mi pareja, así que busco algo nuevo.
Después de seis años afuera, vuelvo a casa.
El próximo año me voy a {city}: ¿algún consejo sobre el mercado laboral?
Ciudad nueva, capítulo nuevo, solo falta la pega.
Salió mi residencia y me mudo en otoño.
## body.relocation
Cualquier contacto en logística o compras me vendría genial.
Si saben de un departamento a buen precio, también me sirve.
Idealmente empezaría después de las fiestas.
¿Un café cuando llegue? Encantada.
Tengo permiso de trabajo, no necesito patrocinio.
¿Algún grupo de networking local que recomienden?
Un jardín infantil cerca sería un sueño.
## open.references
Referencias, como me pidieron:
Para el formulario de postulación, aquí van mis datos y referencias.
Perdón la demora, estos son los datos que me pidieron:
Dos referencias, ambas autorizaron que las contacten.
Mis datos para la coordinación de voluntarios:
Datos de contacto actualizados, por favor usen estos desde ahora:
## body.references
De preferencia en la tarde.
Ambas conocen mi trabajo de los últimos tres años.
Avísame si falta algo para la carpeta.
Por favor no contacten todavía a mi empleador actual.
La segunda referencia prefiere una llamada antes que una carta.
Ya les avisé a las dos.
Gracias por la paciencia con el papeleo.
## close
¡Gracias por leer y por compartir!
Mis mensajes están abiertos.
Agradecida de esta red.
Compartan si pueden.
Buen fin de semana a todos.
¡Conversemos!
Los comentarios son bienvenidos.
¡Mil gracias!
Cada compartido suma.
¡Saludos!
Feliz de devolver la mano.
Crucen los dedos.
Vamos con todo.
Nos vemos pronto.
Todo consejo es bienvenido.
Un abrazo grande.
## item.EMAIL
Lo más fácil es por correo: {v}
Escríbeme a {v} y te mando el portafolio.
Si te interesa, un correo a {v}.
Correo: {v}
Manden el formulario a {v}, no al correo de la pega.
Mi correo personal es {v}, lo reviso todos los días.
Inscripciones a {v}, con su disponibilidad.
Contacto: {v}
¿Dudas sobre el voluntariado? {v}
CV y cartas a {v}, por favor.
## item.PHONE
Puedes llamarme o escribirme al {v}.
Celular: {v}
Tel./WhatsApp {v}
Llámame al {v}, mejor después de las cuatro.
Mi número es {v}, deja mensaje si no contesto.
Si prefieres hablar, es el {v}.
Para algo urgente, un WhatsApp al {v}.
Tel. {v}
Al {v}, pregunten por la coordinación de voluntarios.
La referencia atiende en el {v} en horario de oficina.
## item.URL
Mi portafolio está aquí: {v}
Más sobre mi trabajo en {v}
Perfil: {v}
Agenda directamente una reunión: {v}
Mi perfil, por si el link de arriba no funciona: {v}
Casos y tarifas en {v}
Échale un ojo a {v}
Sitio: {v}
Ejemplos de código en {v}
## item.IP
La demo corre por ahora en mi servidor, {v}.
Si el firewall bloquea, habiliten {v}.
Servidor de pruebas del proyecto: {v}
El antiguo foro de la generación sigue arriba en {v}, increíble.
Mi laboratorio casero está en {v}.
Solo puedo conectarme desde {v}, por favor habilítenla en la VPN.
La planilla de turnos de voluntarios está alojada en {v}.
## item.CARD
Para el anticipo, cárguenlo a mi tarjeta {v}, después lo arreglamos.
Pagué el local con {v}, la boleta quedó a mi nombre.
Tarjeta para la reserva: {v}
¿Alguien puede revisar que no cobraran dos veces a {v}?
Usen {v} para los premios de la rifa, después me reembolsan.
El anticipo del reencuentro lo pagué con mi tarjeta {v}, me transfieren porfa.
Si falla la reserva, prueben con {v}.
Las entradas se pagaron con {v}, reenvíenme la confirmación.
## item.IBAN
Datos bancarios para la vaca: {v}
Transfieran su parte a {v} con su nombre en el detalle.
Mi IBAN para la factura es {v}
Las donaciones pueden ir directo a {v}
Cuenta para pagos: {v}
El anticipo a {v} antes de fin de mes.
## item.BANK
Mi CLABE para el pago es {v}
Transfieran su parte a la cuenta {v} y me avisan.
Cuenta para los pagos: {v}
Datos para transferir: cuenta {v}
Las donaciones pueden ir a la cuenta {v}
El depósito a {v} antes de fin de mes.
## item.ID
Para el formulario piden mi número de identificación, es el {v}.
Me pidieron el documento: {v}
Documento: {v}
Para la verificación: {v}
Número según mis papeles: {v}
Va en la segunda casilla: {v}
Aquí está: {v}
{v} es el número de mi carnet.
Se me olvidó ponerlo: {v}
## item.PERSON
[[Mi exjefa|Mi exjefe]], {v}, aceptó ser mi referencia.
Muchas gracias a {v} por el dato de este puesto.
Trabajé codo a codo con {v} en el rediseño.
{v}, del antiguo equipo, se encarga de los tragos.
Segunda referencia: {v}, [[mi jefa|mi jefe]] en la fundación.
Si conocen a {v}, díganle que me escriba.
Gracias a {v}, que me enseñó todo sobre presupuestos.
Tomo la coordinación de voluntarios después de {v}.
Fue {v} quien me aconsejó preguntar públicamente.
Referencias: {v}, [[exdirectora|exdirector]] de operaciones.
Tuve la suerte de aprender al lado de {v}.
## item.MEMBER
Gracias {v} por el empujón para escribir esto.
{v}, ¿no me dijiste que tu equipo estaba contratando?
Etiqueto a {v}, que conoce a todo el rubro.
Como dijo {v} en los comentarios, los referidos importan.
cc {v}
{v} y yo estamos organizando el reencuentro.
Gracias especiales a {v} por revisar mi CV.
¿Quizás {v} puede compartirlo en el grupo de exalumnos?
El post de {v} la semana pasada me convenció.
Gracias a {v} por el contacto, qué generosidad.
{v} sabe los detalles mejor que yo.
## item.ADDRESS
Manden los documentos a {v}.
Punto de acopio para donaciones: {v}
Mi dirección para el contrato: {v}
Nos juntamos en {v}, toquen el timbre dos veces.
Domicilio: {v}
Los paquetes pueden llegar a {v}, siempre hay alguien.
Nueva dirección desde el próximo mes: {v}
Lugar: {v}
Retiro en mi casa, {v}, entre semana después de las seis.
## look.ORDER
Mi pedido {x} con el computador nuevo no llega, por eso respondo lento.
El pedido {x} de las credenciales está confirmado.
## look.INVOICE
La factura {x} está pagada, gracias a todos.
Pongan la factura {x} como referencia de la transferencia.
## look.TICKET
El ticket {x} en soporte sigue abierto.
Con el ticket {x} debería volver la página de inscripción.
## look.TRACKING
Los pendones vienen en camino, seguimiento {x}.
Número de seguimiento del paquete con libros: {x}
## look.PRICE
La entrada cuesta {x}, con comida incluida.
Mi tarifa diaria parte en {x}.
El curso cuesta {x}, lo cubre la empresa.
## look.DATE
Nos juntamos el {x}.
Las postulaciones cierran el {x}.
Podría empezar a partir del {x}.
## look.TIME
Abrimos a las {x}.
La llamada es a las {x}, se puede mover.
## look.VERSION
La herramienta corre en {x}, nada raro.
Hoy trabajo sobre todo con {x}.
## look.ISBN
El libro que cambió mi forma de ver la carrera: ISBN {x}.
El manual está con ISBN {x}.
## look.FLIGHT
Llego en el vuelo {x}, en la noche puedo tomar un café.
Voy en el {x}, llego tarde.
## look.ROOM
Estamos en la sala {x}, segundo piso.
El taller es en la sala {x}.
## look.MEASURE
La corrida es de {x}.
La oficina tiene unos {x}, suficiente para talleres chicos.
## look.PERCENT
Cerca del {x} de nuestros voluntarios son estudiantes.
Por ahora puedo trabajar al {x}.
## look.REF
Código de la oferta: {x}, si postulan por el portal.
El cargo aparece como {x} en la página de empleos.
## look.COMPANY
Antes estuve seis años en {x}.
El proyecto lo financia {x}.
Antes en {x}, en el área de finanzas.
## look.PLACE
Nos vemos afuera del {x}.
Estudiábamos justo al lado del {x}.
## free
Voy a ser breve, buscar pega ya cansa bastante.
Voy a actualizar este post cuando haya novedades.
Cada conversación me enseñó algo nuevo.
El mercado está difícil, pero la gente ha sido increíblemente amable.
Si estás en la misma, escríbeme cuando quieras.
Prefiero un equipo chico donde se note el impacto.
Nada de ofertas de cripto, gracias.
Es raro escribir esto después de tanto tiempo en el mismo lugar.
Quedar fuera en la última etapa duele, pero estoy aprendiendo.
Lo comparto por si le sirve a alguien que recién empieza.
Un feedback honesto es el mejor regalo para quien postula.
El voluntariado me sostuvo entre un trabajo y otro.
Un mentor no tiene que ser famoso, solo generoso con su tiempo.
Mudarse es sobre todo papeleo y paciencia.
Los reencuentros recuerdan cuánto ha avanzado cada uno.
Siendo independiente uno dice que no más seguido de lo que cree.
Feliz de revisar cartas de presentación, pídanmelo.
Esta semana estoy trabajando en mi portafolio, de a poco.
El mejor consejo que recibí: dejar de pedir perdón por la pausa en mi CV.
No estoy apurada, quiero el lugar correcto.
Escribo esto desde la biblioteca, muy a tono.
Nuestros voluntarios hacen posible todo esto.
Hacer networking me sigue costando, pero funciona.
Sean buena onda, es mi primer post.
Estoy aprendiendo a hablar de mis fortalezas sin ponerme roja.
Los pequeños logros cuentan.
Descansar también es parte de la búsqueda.
La amabilidad está subestimada en este rubro.
La verdad, extraño tener colegas.
Nuevo capítulo, la misma curiosidad.
Curiosidad antes que pánico, al menos esta semana.
Postular un domingo en la noche es todo un arte.
Los mejores equipos siempre fueron los más amables.
Gracias por todos los mensajes de ánimo.
Una buena jefatura lo cambia todo.
## body.open_to_work
Roles que busco: jefatura de compras, gestión de proyectos, asistente de gerencia.
El cargo me importa poco, el equipo y el propósito sí.
## body.freelance
Ahora mismo mi plazo de entrega es de unas dos semanas.
También hago talleres de escritura para equipos.
## body.alumni
Las credenciales llevan sus apodos de la época, están advertidos.
## body.mentoring
Estoy recién empezando y todavía descubriendo qué me gusta de verdad.
## body.relocation
Llevo muchas ganas y un gato muy confundido.
## item.PERSON
Sin {v} nunca habría llegado a este rubro.
## item.MEMBER
¡Gracias {v} por compartir!
## item.EMAIL
Dudas sobre la inscripción, directo a {v}.
## look.TICKET
Abrí el ticket {x} por el problema de acceso.
## free
Esta semana elijo la curiosidad antes que el pánico.
Un saludo siempre se agradece.
Sigo creyendo que los buenos equipos son equipos amables.
Volviendo a la rutina después de una pausa, paso a paso.
"""
