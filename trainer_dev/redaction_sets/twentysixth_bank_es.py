"""Spanish phrase bank (es_EC, es_PY) for the twenty-sixth set.

One piece per line under a "## section" header. {V} is the labelled value,
{IDL} the id's usual name, other {slots} are look-alikes (see twentysixth_looks).
flavour_es_PY mixes in Guaraní words, flavour_es_EC Ecuadorian Spanish.
"""

TEXT = r"""
## open_incident
Post-mortem de la caída del checkout de anoche, sin buscar culpables.
Resumen rápido del incidente antes de la retro del {date}.
Informe sev-2: los pagos estuvieron degradados durante {dur}.
La causa raíz está confirmada, les dejo la línea de tiempo para no revisar todo el canal.
Incidente cerrado. Qué pasó y qué vamos a cambiar.
Lo escribo mientras está fresco: el servicio de login se cayó a las {time}.
Esta mañana tuvimos una caída parcial de la API móvil, ticket {ticket}.
## open_release
Ya salieron las notas de la versión {ver}, lo principal va abajo.
Hoy publicamos la {ver} de la CLI interna, actualicen antes del viernes porfa.
Herramienta nueva: el bot de despliegue ahora avisa los rollbacks en el canal.
Aviso rápido: esta noche cortamos la rama de release.
La app en versión {ver} salió a las tiendas esta mañana.
Release chiquito pero bueno: builds más rápidos y menos pruebas inestables.
Por fin apagamos el servidor viejo de cron, los jobs ya corren en el planificador.
## open_review
Comentarios del code review del refactor de facturación, casi todo detalles.
Antes de aprobar el PR, revisen el diff de configuración.
Señalo algo que vi revisando el commit {commit}.
Pego la parte relevante del diff para conversarlo aquí.
Un comentario de revisión que merece más lectores.
El cambio está bien, salvo un punto en los fixtures.
Preguntaron por qué los datos de prueba se ven así, aquí el fragmento.
## open_log
Extracto del log del worker de ingesta, recortado a las líneas que importan.
Esto registró el gateway justo antes del pico.
Filtré los logs de acceso por las peticiones fallidas, resultado abajo.
Estas líneas aparecen en el flujo de errores desde las {time}.
Les dejo la parte relevante de la traza, horas en UTC.
Encontré esto en el log de auditoría buscando el bug de permisos.
Extracto de los logs del worker, lo demás se veía normal.
## open_helpdesk
Escalo este caso a segundo nivel, detalles abajo.
Novedades de mesa de ayuda sobre el cambio de laptops.
Un ticket de cliente que necesita a alguien de facturación.
Escalamiento de soporte: el usuario no puede restablecer su contraseña.
Reabro el ticket porque la solución no aguantó.
Les paso esto desde el service desk con todo lo que recopilamos.
Un pedido rápido de mesa de ayuda, es urgente.
## open_oncall
Entrega de guardia de esta semana, léanla antes de su turno.
Notas de entrega de la guardia del fin de semana.
El rol de guardias de los feriados está cerrado, avisen si hay algún error.
Entrego el pager, semana tranquila salvo una alerta.
Resumen de la guardia del finde y los contactos que pueden necesitar.
El rol de la próxima semana está abajo, los cambios por el canal de siempre.
Notas del turno de la noche para quien lo tome en la mañana.
## open_data
Novedades del equipo de datos: llegaron los números del dashboard semanal.
Tablita sacada del warehouse para la reunión de planificación.
Comparto los resultados de la consulta que salió en la daily.
El job de deduplicación encontró filas curiosas, muestra abajo.
Nuestro control de calidad marcó algunos registros esta semana.
Aquí el extracto pequeño que pidió finanzas.
Cifras mensuales de churn, con las filas raras resaltadas.
## open_vendor
Formulario de alta del nuevo proveedor de hardware, por favor verificar.
Estamos agregando un consultor independiente a la lista de proveedores.
Compras necesita estos datos antes de emitir la orden.
Estoy llenando la ficha del proveedor, la copio aquí para revisión.
Solicitud de nuevo proveedor, contabilidad me pidió publicarla en este canal.
Sumamos un consultor para la migración, datos del formulario.
Datos de pago de la nueva empresa de courier, tal como los enviaron.
## ctx_incident
La tasa de error llegó a {pct} y bajó después del rollback.
La alerta saltó a las {time} pero nadie la tomó durante {dur}.
El impacto fue solo en el checkout, unas {count} órdenes fallidas.
El cambio de config en {commit} quitó el límite del pool de conexiones.
Vimos {err} desde {host} casi toda la ventana.
Las acciones de seguimiento están en {ticket}.
El failover de la base tardó {dur}, más de lo que promete el runbook.
## ctx_release
Esta versión también corrige {cve}, así que no la salten.
El changelog es largo, pero la migración toma solo {dur}.
Los artefactos pesan unos {size} cada uno, el mirror ya los tiene.
El build {build} es el que pasó toda la suite.
La versión mínima soportada ahora es la {ver}.
El despliegue va primero a {pct} del tráfico y luego a todos.
El endpoint viejo en el puerto {port} se retira el próximo trimestre.
## ctx_review
El test de ese commit usa un id fijo {uuid}, está bien.
No suban la dependencia más allá de la {ver} todavía.
El linter solo se queja del largo de línea.
Toca el mismo archivo que {ticket}, esperen un conflicto.
La cobertura subió un poco desde {pct}, bien.
La migración tarda unos {dur} en una copia de producción.
Los archivos de fixtures deben quedar por debajo de {size}.
## ctx_log
El request id {uuid} aparece en cada llamada fallida.
El pod se reinició con {err} justo después.
La latencia en {host} subió a {dur} por llamada.
Todo pasó entre {ts} y unos minutos después.
El job reintentó en el puerto {port} y se rindió.
Después del build {build} desapareció el aviso.
La cola llegó a {count} mensajes.
## ctx_helpdesk
El usuario trabaja en la oficina del cliente cerca de {place}.
El equipo ya está inventariado como activo {ref}.
Probaron el reseteo dos veces y sigue {err}.
El reemplazo sale con el número de guía {tracking}.
Es el tercer ticket del mes, vean {ticket}.
El usuario está en la versión {ver}, que sí está soportada.
El reembolso de {amount} se aprobó ayer.
La orden {order} sigue en pendiente.
## ctx_oncall
El offsite del equipo es el {date} cerca de {place}.
El disco de {host} está en {pct}, tengan un ojo encima.
Hay una alerta inestable conocida, vean {ticket}.
La ventana de mantenimiento es el {date} a las {time}.
La política de escalamiento se actualizó en {commit}.
Si el batch pasa de {dur}, llamen al equipo de datos.
Los respaldos ya pesan unos {size}, la alarma del bucket es esperada.
La daily se mudó a la sala {room}.
## ctx_data
El conteo de filas subió a {count}.
El total facturado en el extracto es {amount}.
La consulta leyó {size} y tardó {dur}.
La tasa de correos vacíos bajó a {pct}.
El pipeline está en la versión {ver}, el cambio de esquema en {ticket}.
Los duplicados vienen casi todos de la carga del {date}.
La factura {invoice} aparece dos veces en la tabla cruda.
## ctx_vendor
La mercadería está en la bodega cerca de {place}.
Su cotización para el primer lote es de {amount}.
La orden de compra será la {order}.
La entrega está prevista para el {date}, vuelo {flight} para las piezas urgentes.
Indiquen la factura {invoice} en cada pago.
Mandaron el catálogo, el libro de referencia tiene ISBN {isbn}.
La referencia del contrato es {ref}.
Pago a treinta días con {pct} de descuento por pronto pago.
## item_EMAIL
La clienta que lo reportó es {V}.
La respuesta se fue a {V} y no al buzón compartido.
Pongan a {V} en copia, esa persona abrió el ticket original.
Contacto de su lado: {V}
El rebote volvió de {V} con {err}.
La invitación se mandó a {V} pero nunca la aceptaron.
Su contacto de cobranzas es {V}.
Si alguien necesita el extracto crudo, pídanselo a {V}.
El log muestra el enlace de reseteo yendo a {V}.
Manden el formulario firmado a {V} antes del {date}.
## item_PHONE
La guardia principal contesta en el {V}.
Si falla el pager, llamen directo al {V}.
El cliente dejó un número para devolverle la llamada: {V}.
Celular del chofer para la entrega: {V}.
Escríbanme al {V} si empeora en la madrugada.
Número de respaldo para escalar: {V}
Ella pidió que le manden mensaje al {V} en vez de correo.
El ticket tiene {V} como número de contacto.
Teléfono en la ficha del proveedor: {V}.
Por WhatsApp le ubican más rápido, {V}.
## item_URL
El portafolio del consultor está en {V}.
Más sobre la candidata aquí: {V}
Él publica sus notas en {V}, vale la pena leerlas.
Agenden una reunión con ella en {V}.
Quien reportó dejó su perfil: {V}
Perfil del freelancer para la verificación del proveedor: {V}.
El script viene de {V}, revísenlo antes de correrlo.
Su explicación del arreglo está en {V}.
El repo público del usuario es {V}, ahí se reproduce el bug.
Enlace de perfil del formulario de alta: {V}
## item_IP
Todos los logins fallidos vinieron de {V}.
Su conexión de casa sale por {V}, la habilitamos por ahora.
Bloqueamos {V} después de {count} intentos en un minuto.
El router del cliente muestra {V} como dirección pública.
Las peticiones desde {V} chocaron con el rate limit a las {time}.
Ella está en teletrabajo desde {V} esta semana, agréguenla a la excepción de la VPN.
La geolocalización de {V} coincide con la ciudad del cliente.
El reporte de abuso menciona {V}.
El acceso desde {V} pasó por una regla vieja.
La sesión remota se abrió desde {V}.
## item_CARD
El cliente pegó el número completo de su tarjeta en el chat: {V}.
La tarjeta del pago rechazado es {V}, bórrenla de los logs.
Tarjeta para el reembolso: {V}
Nuestro filtro de logs no atrapó esta: tarjeta {V}.
Encontramos {V} en texto plano en un adjunto del ticket.
La tarjeta corporativa de la factura de la nube es {V}.
El extracto tenía un número de tarjeta entero, {V}, eso nunca debe pasar.
Él dictó la tarjeta por teléfono, {V}.
El cobro a {V} fue rechazado con {err}.
El campo enmascarado no estaba enmascarado: {V}
## item_ID
Su {IDL} es {V}.
{IDL}: {V}
Para el legajo, talento humano necesita el {IDL} {V}.
El campo {IDL} todavía muestra {V}.
Puso {V} en el campo equivocado, es su {IDL}.
Número del documento del cliente: {V}
El número {V} estaba en el extracto de KYC junto al nombre.
Verifiquen {V} antes de liberar el pago.
Dato para la factura del consultor: {V}
Pásenle la plata a la cuenta {V}, es la que mandó.
## item_BANK
Cuenta para el pago al proveedor: {V}.
Depositen al consultor en la {IDL} {V}.
Datos bancarios del formulario: {IDL} {V}
La cuenta para el sueldo del nuevo ingreso es {V}.
El reembolso va a su {IDL} {V}, lo confirmó por teléfono.
El archivo de transferencias tenía {V} en la columna equivocada.
Transfieran el anticipo a la cuenta {V} antes del {date}.
Su contabilidad mandó {V} como cuenta de liquidación.
La cuenta {V} no pasó la validación del titular, llamen al proveedor.
El banco confirmó que la {IDL} {V} está activa.
## item_PERSON
Nuestro contacto en {place} es {V}.
La clienta, {V}, llamó tres veces a soporte.
El ticket lo abrió {V} del lado del cliente.
Su ejecutivo de cuenta es {V}.
El contacto en el courier es {V}.
Candidato para la consultoría: {V}.
El auditor, {V}, quiere los logs hasta el viernes.
El usuario en cuestión es {V}.
El gerente del proveedor, {V}, firmó la ficha.
{V}, del proveedor, confirmó el arreglo.
La entrega la tiene que firmar {V}.
## item_MEMBER
Gracias a {V} por quedarse hasta tarde con esto.
{V} está de guardia principal esta semana.
Un aplauso para {V}, que encontró la causa raíz.
{V} se encarga de las acciones de seguimiento.
Avísenle a {V} si el dashboard se ve raro.
Revisado por {V}, aprobado con detalles.
{V} facilita la retro.
Mañana hago pair con {V} en la migración.
Le entrego la noche a {V}.
Escalen a {V} después de la primera alerta.
## item_ADDRESS
Manden la laptop de reemplazo a {V}.
Dirección de entrega del hardware: {V}
La dirección de facturación del cliente es {V}.
El contratista trabaja desde su casa, {V}.
La guía de devolución es para {V}.
El courier retira los monitores viejos en {V}.
Ella pidió que la docking vaya a {V}.
Domicilio fiscal en la ficha del proveedor: {V}
El contrato firmado va por correo a {V}.
Según el ticket, el router está instalado en {V}.
## aside
Para contexto, empezó después del despliegue del martes.
Primero un poco de contexto.
En resumen, era la caché.
Para que quede claro, no hubo fuga de datos.
La línea de tiempo es aproximada.
No es lo ideal, pero se puede manejar.
Este nos sorprendió a todos.
Lo detectamos antes de que la mayoría de clientes lo notara.
Perdón si alguien ya lo leyó.
La versión corta va abajo, la larga está en el documento.
Sí, otra vez fue el DNS.
No se llamó a nadie, y eso es parte del problema.
Lo confirmé con el equipo responsable.
El arreglo ya está mergeado.
Primero mitigar, después buscar la causa.
Seguimos esperando respuesta del proveedor.
No es urgente, pero sí importante.
Lo dejo aquí para futuras búsquedas.
Solo para información, nada que hacer.
Ya no estamos bloqueados.
## close
Cualquier duda me avisan.
Preguntas en el hilo, porfa.
Gracias a todos, buen trabajo en equipo.
Actualizo este post cuando sepamos más.
Corríjanme si me equivoqué en algo.
Más detalle en el documento de la retro.
Eso es todo por ahora.
Si alguien quiere, hacemos pair.
Reaccionen cuando lo hayan leído.
Próxima actualización después de la daily.
Lo retomamos en la próxima planificación.
Saludos y perdón por el texto largo.
Mantengamos la conversación en un solo hilo.
Buena guardia a todos.
La mayoría no necesita hacer nada.
Si es urgente, escríbanme directo.
Cierro el ticket a fin de semana.
La documentación viene después.
Gracias por la paciencia.
De vuelta al backlog.
Pregunten en el canal y no por privado.
Comparto las diapositivas luego.
Por mi parte es todo.
Perdón por el ruido de ayer.
Suerte con el release.
## plain
La causa fue un timeout que faltaba en una llamada interna.
No se perdieron datos, que es lo principal.
Vamos a agregar una alerta para este caso exacto.
El runbook estaba desactualizado y ya lo corregimos.
Dejen de compartir credenciales por chat, usen la bóveda.
El ambiente de pruebas volvió a la normalidad.
La reunión semanal pasa a la tarde.
Los dashboards cargan bastante más rápido.
La prueba inestable quedó en cuarentena hasta que alguien la reescriba.
Nuestra lógica de reintentos empeoró la caída, lección aprendida.
Las reglas nuevas del linter rigen desde el próximo sprint.
Pongan descripción en cada pull request.
Recuerden rotar sus llaves de acceso este mes.
El portal de proveedores estará fuera por mantenimiento el fin de semana.
Compras pidió menos pedidos sueltos.
La cola de mesa de ayuda por fin está bajo control.
El cambio de laptop ahora va por el catálogo de servicios.
Vamos a retirar la base vieja de reportes.
El cambio de esquema pasó sin caída.
Los informes se enfocan en sistemas, no en personas.
La prueba de carga mostró un cuello de botella en la caché.
Los feature flags ahora se limpian solos.
Sacamos los jobs nocturnos del runner compartido.
El canal del incidente se archiva después de cada revisión.
Etiqueten sus tickets con el equipo dueño.
La fatiga de alertas es real, quitamos las más ruidosas.
El catálogo de datos ya muestra quién es dueño de cada columna.
Las macros de soporte se reescribieron con palabras más simples.
Cambiamos de proveedor de la página de estado.
Los respaldos se prueban restaurándolos, no rezando.
La plantilla de entrega ahora tiene una sección de riesgos abiertos.
Los cambios de config necesitan un segundo par de ojos desde ahora.
La librería de logs ya enmascara secretos por defecto.
Aprendimos que el camino de failover nunca se había ejercitado.
La responsabilidad del servicio de facturación por fin está clara.
El alta de proveedores tarda demasiado, vamos a simplificar el formulario.
Habrá un congelamiento corto antes de las fiestas.
Casi todo el ruido vino de un solo cliente con fallas.
La retro dejó una lista de acciones corta y realista.
El monitoreo de los procesos batch todavía es flojo.
La guía de migración está en la wiki.
La planificación de capacidad arranca el próximo mes.
La mesa de ayuda ahora trabaja en dos turnos.
El problema real eran consultas lentas, no la red.
Documentamos el camino de escalamiento en palabras simples.
Nada de datos de clientes en capturas, por favor.
Las facturas de proveedores ahora se aprueban en la herramienta de finanzas.
Nuestros despliegues ahora son pequeños y aburridos, como debe ser.
El tracing está activo en todos los servicios nuevos.
Gracias a todos los que participaron en el game day.
## flavour_es_PY
Mba'éichapa, equipo.
Aguyje a todos.
Jajotopata en la daily.
Vy'a para el finde, gente.
Mba'éichapa, ¿todo bien?
Ndaipóri problema, sigue todo igual.
## flavour_es_EC
Buenas, compañeros.
Chévere el trabajo, gracias.
Ahí les encargo, porfa.
Nos vemos en la daily, mijos.
## label_PERSON
Nombre
Persona de contacto
## label_MEMBER
Responsable
## label_EMAIL
Correo
## label_PHONE
Teléfono
Celular
## label_ADDRESS
Dirección de entrega
## label_IBAN
IBAN
## label_ID
Documento
## label_URL
Sitio web
## label_IP
IP de origen
## label_CARD
Nro. de tarjeta
"""
