"""Thirty-ninth set: Spanish phrase bank (es_AR with voseo, es_CU), written by hand."""

from trainer_dev.redaction_sets.thirtyninth_bank import parse_bank

ES = parse_bank("""
[subject]
Carta oferta y fecha de ingreso
Pedido de referencias para el puesto de analista
Consulta por el recibo de sueldo
Inducción, primera semana
Entrevista del jueves
Aportes jubilatorios y alta
Licencia por maternidad y reincorporación
Acta de la comisión interna
Renovación de contrato y preaviso
Cambio de cuenta para el sueldo
Retención mal calculada en el recibo
Terna para jefe de depósito
[greet]
Hola a todos,
Hola,
Estimada colega,
Buen día,
Buenas tardes,
Estimados,
[open]
Les escribo desde recursos humanos.
Retomo lo que hablamos ayer por teléfono.
Gracias por responder tan rápido.
Como quedamos, les paso los datos.
Perdón por la demora.
Esta semana cubro a la selectora.
Un aviso antes de la entrevista.
Esto entró por el portal de empleo.
El legajo de ingreso está casi listo.
Para preparar la reunión con los delegados.
Una cosa más para el legajo.
Liquidación de sueldos cierra pronto.
[ctx]
La oferta queda sujeta a dos referencias favorables.
Por favor no compartan la terna fuera del comité.
El cierre de sueldos se adelanta por el feriado.
La evaluación del período de prueba es antes de fin de trimestre.
Sin contrato firmado no se pueden dar de alta los accesos.
Las horas extra las tiene que aprobar el jefe directo.
La aseguradora manda su propia carta de bienvenida.
Las vacaciones pendientes se toman antes del otoño.
Los delegados pidieron los cambios de turno por escrito.
El certificado de antecedentes tarda unos días hábiles.
La candidata prefiere dos días de trabajo remoto por semana.
La obra social se gestiona después del alta.
Los gastos sin comprobante no se reintegran.
El aviso se publica primero de forma interna.
Las notas de entrevista quedan en el sistema de selección.
Las licencias por enfermedad se avisan antes del turno.
Las cartas de aumento salen junto con el bono.
La entrevista de salida es opcional pero nos sirve mucho.
La documentación migratoria se presenta en original.
La inducción cubre seguridad, sistemas y reglamento interno.
[close]
Avisame si falta algo.
Gracias desde ya.
Si preferís, lo hablamos por teléfono.
Actualizo el legajo cuando tenga respuesta.
Por favor, tratalo como confidencial.
Decime si las fechas no te sirven.
Gracias por la paciencia.
Confirmamos todo por escrito.
Respondé antes del cierre de sueldos, por favor.
Saludos.
[sign]
Saludos cordiales,
Un abrazo,
Gracias,
Atentamente,
Quedo atenta,
Cordialmente,
[team]
Recursos Humanos
Liquidación de sueldos
Selección de personal
[roles]
Liquidadora de sueldos
Business partner de RR. HH.
Responsable de selección
Analista de personal
Administrativa de beneficios
Gerente de recursos humanos
Abogado laboralista
Responsable de inducción
Analista de compensaciones
Delegada gremial
[fields]
Puesto: liquidador de sueldos
Fuente: referido
Estado: preseleccionado
Contrato: por tiempo indeterminado, jornada completa
Área: finanzas
Etapa: segunda entrevista
Modalidad: híbrida
Prioridad: normal
[lead.EMAIL]
Mandá la oferta firmada a {v}.
La respuesta del candidato vino de {v}.
Su correo personal para los recibos es {v}.
Sumá a {v} a la invitación.
[lead.PHONE]
Al candidato lo encontrás al {v}.
Su celular para la llamada: {v}.
Llamame al {v} después del almuerzo.
La referencia dejó el {v}.
[lead.URL]
El portfolio está en {v}.
Su perfil: {v}
Compartió el CV por {v}.
Las referencias están en {v}.
[lead.IP]
El portal de sueldos registró un acceso desde {v}.
Se habilitó el acceso remoto para {v}.
Hubo intentos fallidos desde {v} anoche.
El registro de la VPN muestra {v} para el ingresante.
[lead.CARD]
El depósito de la mudanza se pagó con la tarjeta {v}.
Reintegren el curso a la tarjeta {v}.
La tarjeta corporativa a su nombre es {v}.
A la tarjeta {v} le cobraron dos veces.
[lead.IBAN]
El sueldo ahora se deposita en {v}.
Nueva cuenta para el sueldo: {v}.
El reintegro de gastos va a {v}.
Su IBAN en la ficha es {v}.
[lead.ID]
Su número de documento en el legajo es {v}.
El número que nos pasó para la afiliación es {v}.
Corregí el documento en la ficha de sueldos: {v}.
Número de identidad según el documento: {v}.
[lead.PERSON]
La segunda referencia es de {v}.
Entrevistamos a {v} para el turno noche.
{v} aceptó la oferta hoy a la mañana.
La consultora propone a {v}.
[lead.MEMBER]
{v} coordina la entrevista.
Copiá a {v} en el cambio de sueldo.
{v} cubre la inducción esta semana.
Pedile a {v} que firme el contrato.
[lead.ADDRESS]
Mandá el contrato a {v}.
Nuevo domicilio para los recibos: {v}.
El certificado de trabajo se envió a {v}.
El kit de bienvenida va a {v}.
[poss]
Adjunto la carta de referencia {v}.
Revisá el saldo de vacaciones {v}.
La evaluación {v} es la semana que viene.
[bare]
Usá {v} al cargar el alta.
Copiado de la ficha de ingreso: {v}
Lo confirmó por teléfono: {v}, revisalo.
Corregí un error, queda {v}.
Para el legajo: {v}
Cargado hoy en el sistema: {v}
[bank]
El sueldo se acredita en la cuenta {v}.
Cuenta para el depósito del sueldo: {v}.
La liquidación final va a la cuenta {v}.
Su cuenta sueldo: {v}.
[look]
Ver {v} para más detalle.
Referencia: {v}
Esto entra en {v}.
Quedó registrado como {v}.
Anotado en el legajo: {v}.
Lo acordado fue {v}.
Figura en la carta: {v}.
Como hablamos, {v}.
Según el reglamento, {v}.
Marcado como {v}.
[label]
EMAIL=Correo
PHONE=Teléfono
URL=Enlace
IP=Dirección IP
CARD=Tarjeta
IBAN=Cuenta
ID=Documento
PERSON=Candidato
MEMBER=Contacto
ADDRESS=Domicilio
order=Búsqueda
salary=Sueldo
date=Ingreso
time=Hora
percent=Aumento
version=Sistema de sueldos
isbn=Manual
orgreg=Empleador
taxform=Formulario
ticket=Ticket
grade=Categoría
room=Sala
bic=Código bancario
company=Empresa
law=Norma
hours=Jornada
nameword=Nota
""")
