"""More sentence pieces: English, Spanish, Portuguese ("|" separates pieces).

Merged into the base tables by twentieth_build.  "lead" pieces open a body
sentence; none contain digits or names.
"""

MORE_EN = {
    "open": {
        "news": "Hard to believe, but we just hit our first big milestone.|Personal update "
        "after a long "
        "break from posting.|Today marks my last day at the company.|Thrilled to join a team I "
        "have "
        "admired for years.|We just closed our seed round!|Our warehouse expansion is finally "
        "done.|"
        "New role, new city, same coffee habit.|Celebrating five years of the business today.",
        "newsletter": "Hello friends, here is what happened this month.|The highlights, in "
        "case you "
        "missed them.|Short edition this time, as promised.|A few announcements and one small "
        "apology.|"
        "What we shipped, who joined, and what's next.|Monthly notes from the operations team.",
        "support": "Hey there, hoping someone can escalate this.|Raising this publicly since "
        "email got "
        "no reply.|My issue is still not fixed after two visits.|Is anyone actually reading the "
        "support inbox?|Could a supervisor please call me back?|I was promised a callback that "
        "never "
        "came.|Filing a complaint about the technician visit.",
        "delivery": "The package arrived open and half empty.|Still waiting on the replacement "
        "unit.|"
        "The tracking page hasn't updated in days.|Got someone else's order instead of mine.|"
        "Return label doesn't work, please help.|The driver never rang the bell.|I refused the "
        "delivery because the box was crushed.",
        "booking": "Please move my appointment to the afternoon.|We need to cancel our group "
        "booking.|"
        "Is there still space for the workshop?|Confirming the venue for our offsite.|"
        "The booking portal charged me but shows nothing.|Can we add two more guests?",
        "profile": "Reach me at:|Contact details:|Warm regards,|Best,|Thanks and regards,|"
        "Sent from my phone, excuse typos.|--",
    },
    "fill": "To be fair, the first agent was very polite.|Nobody seems to own the problem.|"
    "Appreciate any pointers.|It's the third time this quarter.|Still no refund, by the way.|"
    "The FAQ didn't cover this case.|We're super proud of this one.|Big thanks to the whole squad.|"
    "Details are in the thread below.|This is exactly why we built the product.|Not the end of "
    "the world, but annoying.|Please don't ask me to restart the router again.|Happy to share the "
    "lessons we learned.|We'll be at the trade fair too.|Come say hi at our booth.|I'll keep this "
    "post updated.|Any recommendations welcome.|Fingers crossed this time.|The chatbot just loops "
    "back to the menu.|Kudos to the night shift.",
    "close": "Thanks all.|Have a good one.|Regards, and thanks for listening.|Talk soon.|"
    "Much appreciated.|Best of luck to everyone.|Take care.|Onward!",
    "lead": "Also,|Update:|Quick note:|For the record,|One more thing:|FYI,|As requested,|"
    "Just so you know,|PS:|Edit:|By the way,|Again,",
    "slot": {
        "EMAIL": "Best to reach me by email: {v}|Forward the receipt to {v}|Contact: {v}|"
        "My work address is {v}|Please copy {v} on the reply",
        "PHONE": "Cell: {v}|Call or text {v}|Reach the front desk on {v}|Tel. {v}|Ph: {v}|"
        "They can call me back at {v}",
        "URL": "Details here: {v}|Connect with me: {v}|Check out {v}|Website: {v}",
        "IP": "Access was blocked for {v}|Logs show repeated hits from {v}|VPN exit was {v}",
        "CARD": "The charge hit card {v}|Please stop billing {v}|Cancel the renewal on {v}",
        "ID": "SSN on file: {v}|My Aadhaar is {v}|Reference ID {v}|Document number: {v}|"
        "Here it is: {v}|{v}",
        "BANK": "Wire to {v}|Account for payouts: {v}",
        "PERSON": "A technician named {v} came by|{v} at the counter was very rude|Big thanks to "
        "{v} in billing|Our guest speaker is {v}|Please ask for {v} at reception",
        "MEMBER": "Welcome aboard, {v}!|Thanks for the shout-out, {v}|Great catching up with {v}|"
        "Proud to work alongside {v}|Looping in {v}|Ping {v} for details",
        "ADDRESS": "Ship it to {v}|Find us at {v}|Visit the store at {v}|Mail it to {v}|"
        "Billing address: {v}",
    },
}

MORE_ES = {
    "open": {
        "news": "Hoy cumplimos cinco años como empresa.|Les cuento que cambio de trabajo.|"
        "Cerramos nuestra primera ronda de inversión.|Nueva etapa, nueva ciudad.|"
        "Hoy es mi último día en la compañía.|Por fin inauguramos la bodega nueva.",
        "newsletter": "Hola a todos, esto fue lo que pasó este mes.|Lo más destacado, por si se lo "
        "perdieron.|Edición corta esta vez.|Lo que lanzamos, quién llegó y qué sigue.",
        "support": "Hola, ojalá alguien pueda escalar esto.|Lo hago público porque por correo no "
        "responden.|Mi caso sigue sin solución después de dos visitas.|¿Alguien revisa el "
        "correo de "
        "soporte?|Que un supervisor me llame, por favor.|Me prometieron una llamada que nunca "
        "llegó.",
        "delivery": "El paquete llegó abierto y medio vacío.|Sigo esperando el reemplazo.|"
        "El rastreo no se actualiza hace días.|Me llegó el pedido de otra persona.|"
        "La guía de devolución no funciona.|El domiciliario nunca timbró.",
        "booking": "Por favor, pasen mi cita para la tarde.|Necesitamos cancelar la reserva "
        "grupal.|"
        "¿Todavía hay cupo para el taller?|Confirmo el lugar para nuestro encuentro.|"
        "¿Podemos agregar dos invitados más?",
        "profile": "Contacto:|Mis datos:|Cordialmente,|Saludos,|Enviado desde mi celular.|--",
    },
    "fill": "Para ser justos, la primera asesora fue muy amable.|Nadie se hace cargo del problema.|"
    "Cualquier consejo es bienvenido.|Es la tercera vez en el trimestre.|Y del reembolso, nada.|"
    "Las preguntas frecuentes no cubren este caso.|Estamos muy orgullosos.|Gracias a todo el "
    "equipo.|Los detalles van en el hilo.|No es grave, pero molesta.|Por favor no me pidan "
    "reiniciar el módem otra vez.|También estaremos en la feria.|Pasen por nuestro stand.|"
    "Iré actualizando este post.|El chatbot me devuelve al menú.|Qué pena la demora.|"
    "Muy amables en la tienda, eso sí.",
    "close": "Gracias a todos.|Un saludo.|Hablamos pronto.|Muy agradecido.|Cuídense.|¡Adelante!|"
    "Bendiciones.",
    "lead": "Además,|Actualización:|Nota rápida:|Para que quede claro,|Una cosa más:|Como me "
    "pidieron,|Por cierto,|PD:|Edito:|Otra vez,",
    "slot": {
        "EMAIL": "Mejor por correo: {v}|Reenvíen el recibo a {v}|Contacto: {v}|Copien a {v} en la "
        "respuesta",
        "PHONE": "Cel: {v}|Llamar o escribir al {v}|Tel. {v}|Me pueden devolver la llamada al {v}|"
        "Fijo: {v}",
        "URL": "Detalles aquí: {v}|Conectemos: {v}|Visiten {v}|Página: {v}",
        "IP": "Bloquearon el acceso desde {v}|Los registros muestran intentos desde {v}",
        "CARD": "El cargo salió de la tarjeta {v}|Dejen de cobrar a {v}|Cancelen la renovación "
        "en {v}",
        "ID": "RUT: {v}|DNI {v}|C.C. {v}|Número de documento: {v}|Aquí está: {v}|{v}",
        "BANK": "Consignar a la cuenta {v}|Cuenta para pagos: {v}|CCI {v}",
        "PERSON": "Vino un técnico llamado {v}|{v}, en caja, fue muy grosero|Gracias a {v} de "
        "facturación|Nuestro invitado es {v}|Pregunten por {v} en recepción",
        "MEMBER": "¡Bienvenido, {v}!|Gracias por la mención, {v}|Qué bueno ver a {v}|"
        "Orgulloso de trabajar con {v}|Sumo a {v}|Escríbanle a {v} para más detalles",
        "ADDRESS": "Envíenlo a {v}|Nos encuentran en {v}|Visítennos en {v}|Dirección de "
        "facturación: {v}",
    },
}

MORE_PT = {
    "open": {
        "news": "Hoje completamos cinco anos de empresa.|Novidade: estou mudando de emprego.|"
        "Fechamos nossa primeira rodada de investimento.|Hoje é meu último dia na empresa.|"
        "Finalmente inauguramos o novo centro de distribuição.",
        "newsletter": "Oi, pessoal, eis o que rolou este mês.|Os destaques, caso tenham perdido.|"
        "Edição curta desta vez.|O que lançamos, quem chegou e o que vem por aí.",
        "support": "Alguém pode escalar isso, por favor?|Tornando público porque por e-mail "
        "ninguém "
        "responde.|Meu problema continua depois de duas visitas técnicas.|Quero falar com um "
        "supervisor.|Prometeram retorno e nada.|Já é a terceira reclamação.",
        "delivery": "O pacote chegou aberto e pela metade.|Ainda esperando a troca.|"
        "O rastreio não atualiza há dias.|Recebi o pedido de outra pessoa.|"
        "A etiqueta de devolução não funciona.|O entregador nem tocou a campainha.",
        "booking": "Por favor, passem meu horário para a tarde.|Precisamos cancelar a reserva do "
        "grupo.|Ainda tem vaga no workshop?|Dá para incluir mais dois convidados?",
        "profile": "Contato:|Meus dados:|Att.,|Abs,|Enviado do meu celular.|--",
    },
    "fill": "Para ser justo, a primeira atendente foi educada.|Ninguém assume o problema.|"
    "Aceito dicas.|É a terceira vez no trimestre.|E o estorno, nada.|O FAQ não cobre esse caso.|"
    "Estamos muito orgulhosos.|Valeu, time!|Os detalhes estão no fio abaixo.|Não é o fim do "
    "mundo, mas irrita.|Por favor não me peçam para reiniciar o roteador de novo.|"
    "Também estaremos na feira.|Passem no nosso estande.|Vou atualizando o post.|"
    "O chatbot volta sempre para o menu.|A loja foi atenciosa, isso sim.",
    "close": "Obrigado a todos.|Um abraço.|Até breve.|Muito obrigada.|Se cuidem.|Bora!|Tmj.",
    "lead": "Além disso,|Atualização:|Rapidinho:|Só para registrar,|Mais uma coisa:|Conforme "
    "pedido,|Aliás,|PS:|Editando:|De novo,",
    "slot": {
        "EMAIL": "Melhor por e-mail: {v}|Encaminhem o comprovante para {v}|Contato: {v}|"
        "Copiem {v} na resposta",
        "PHONE": "Celular: {v}|Liga ou manda mensagem no {v}|Tel. {v}|Podem retornar no "
        "{v}|Fixo: {v}",
        "URL": "Detalhes aqui: {v}|Vamos conectar: {v}|Confiram {v}|Site: {v}",
        "IP": "Acesso bloqueado para {v}|Os logs mostram tentativas de {v}",
        "CARD": "A cobrança caiu no cartão {v}|Parem de cobrar no {v}|Cancelem a renovação no {v}",
        "ID": "CPF: {v}|Segue: {v}|Documento {v}|{v}",
        "IBAN": "Conta para estorno: {v}|IBAN {v}",
        "PERSON": "Veio um técnico chamado {v}|{v}, do caixa, foi grosseira|Obrigada a {v} do "
        "financeiro|Nosso convidado é {v}|Procurem {v} na recepção",
        "MEMBER": "Bem-vindo, {v}!|Valeu pela menção, {v}|Bom rever {v}|Orgulho de trabalhar com "
        "{v}|Incluindo {v} aqui|Falem com {v} para detalhes",
        "ADDRESS": "Enviem para {v}|Estamos em {v}|Visitem a loja em {v}|Endereço de cobrança: {v}",
    },
}
