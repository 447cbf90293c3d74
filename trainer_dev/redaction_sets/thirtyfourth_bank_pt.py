"""Portuguese phrase bank (Brazilian and Mozambican obra talk) for the thirtyfourth set."""


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.strip().splitlines() if x.strip()]


BANK = {
    "OPEN": _l("""
        Bom dia, pessoal, atualização rápida da obra.
        Antes da concretagem, um aviso.
        Fala, equipe, segue o andamento.
        Para o turno da noite, fica o registro.
        Boa tarde, desculpem a demora.
        Rapidinho, do contentor da obra.
        Depois da vistoria com a fiscalização:
        Olá a todos, alguns pontos.
        Bom, o andaime finalmente foi liberado.
        Seguindo a reunião de compatibilização de ontem.
        Voltei agora da inspeção.
        Oi gente, o cronograma dos empreiteiros mudou de novo.
        Recado do mestre de obras.
        Lista de pendências, segunda rodada.
        O tempo ajudou e avançamos bastante.
        Para quem está na ala leste.
        Boa noite, anotando antes que eu esqueça.
        Sexta-feira, segue o resumo da semana.
        Como combinado na ligação, seguem os detalhes.
        Desculpem mandar mensagem de novo.
        Parabéns pela alvenaria de hoje.
        Repostando porque ninguém viu.
        Primeiro, segurança.
        Comunicado do escritório da obra.
        Pequena mudança para amanhã.
        Aqui é a central de atendimento com os dados da visita técnica.
        Em seguimento ao vosso pedido de assistência.
    """),
    "FILL": _l("""
        O pessoal do gesso precisa do segundo andar livre até o meio-dia.
        Os caminhões-betoneira estão agendados, mas a bomba não foi confirmada.
        A inspeção da armadura passou com duas observações.
        Mantenham o portão fechado, entraram crianças de novo.
        O içamento com a grua fica adiado se o vento continuar.
        Capacete e colete refletor obrigatórios depois da cerca.
        Os banheiros químicos agora são limpos às terças.
        A parede de drywall da unidade quatro está fora de prumo.
        A tubulação elétrica do térreo está concluída.
        Ainda estamos esperando as janelas do fornecedor.
        Os telhadistas começam amanhã se a laje estiver seca.
        A caçamba encheu, outra está a caminho.
        Alguém deixou a betoneira ligada a noite toda.
        A ligação à rede de água está marcada para o fim de semana.
        Tragam o vosso próprio cinto de segurança, os alugados acabaram.
        A retroescavadeira está vazando óleo hidráulico, não usem.
        O pessoal do ar-condicionado precisa de acesso ao forro.
        O fiscal quer ver a proteção contra incêndio antes de fechar.
        Vieram duas caixas de cerâmica quebradas.
        O teste de pressão da hidráulica aguentou a noite.
        O canteiro está enlameado, só botas.
        O gerador precisa de gasóleo antes do fim do turno.
        Registrem todo quase acidente, por menor que seja.
        As fichas do andaime são conferidas toda manhã.
        Perdemos meio dia com a falta de energia.
        A visita do cliente foi melhor do que esperávamos.
        Os pintores estão nas escadas esta semana.
        Mantenham o almoxarifado arrumado.
        A lista de pendências diminuiu, mas não zerou.
        A cor do rejunte foi aprovada no protótipo.
        Ninguém sobe na grua sem autorização.
        O isolamento está empilhado sob lona ao lado norte.
        A vala precisa de escoramento antes de alguém descer.
        A organização do canteiro foi apontada de novo na auditoria.
        Entregas só pelo portão dos fundos a partir de agora.
        A bateria da empilhadeira está carregando no contentor.
        A calafetagem das juntas externas está irregular.
        Os extintores foram inspecionados e etiquetados.
        O eletricista aguarda o contador da concessionária.
        Falta mais uma palete de blocos para o muro.
        A troca do aquecedor correu bem, o cliente ficou satisfeito.
        As descidas de água pluvial estão montadas, as calhas precisam de ajuste.
        Choveu muito, a fundação fica para depois.
        O aditivo está pendente com o arquiteto.
        Os piquetes da topografia foram derrubados perto da entrada.
        A marmita chega por volta das onze e meia.
        O diálogo de segurança desta semana é sobre trabalho em altura.
    """),
    "CLOSE": _l("""
        Valeu.
        Obrigado a todos.
        Qualquer dúvida, me chamem.
        Cuidem-se.
        Falamos amanhã.
        Tamo junto.
        Aguardo retorno até o fim do dia.
        Nos vemos no portão.
        Por enquanto é isso.
        Respondam aqui, não por SMS.
        Bom trabalho hoje.
        Abraço.
        Dúvidas, liguem para o escritório.
        Obrigado pela paciência.
        Atualizo depois do almoço.
        Atenciosamente.
        Continuem mandando fotos.
        Beleza, obrigado.
        Boa volta para casa.
        Até o diálogo de segurança.
        Se precisarem de ajuda, gritem.
        Cumprimentos.
        Encerrando por hoje.
        Segunda-feira estamos de volta na obra.
        Força aí, malta.
    """),
    "LEAD": {
        "EMAIL": _l("""
            Mandem o orçamento assinado para {x}, por favor.
            As faturas vão para {x}, não para o escritório da obra.
            O orçamentista atende em {x}.
            Os projetos vieram de {x} ontem à noite.
            Para locação, escrevam para {x} até o meio-dia.
            Coloquem {x} em cópia em tudo sobre pendências.
        """),
        "PHONE": _l("""
            Liguem para o encarregado no {x} se o portão estiver trancado.
            Plantão fora do horário: {x}.
            Para reservar a grua, liguem {x}.
            O número do azulejista é {x}.
            Para visitas técnicas, mandem mensagem para {x} com o endereço.
            A central atende no {x}.
        """),
        "URL": _l("""
            As fotos estão em {x}.
            Agendem a integração de segurança em {x}.
            As fichas técnicas estão em {x}.
            Nosso portfólio está em {x} se o cliente perguntar.
            Preencham o diário de obra em {x}.
            Os preços de aluguer estão em {x}.
        """),
        "IP": _l("""
            A câmera da obra transmite de {x}.
            O controlador do portão está em {x}, não mexam.
            O tablet sincroniza com {x} no wifi do canteiro.
            A impressora do contentor é {x}.
            Acesso remoto ao controle do aquecimento: {x}.
            Alguém entrou no ponto eletrônico a partir de {x}.
        """),
        "CARD": _l("""
            Cobrem a caução do aluguel no {x}.
            O cartão de combustível é {x}, guardem as notas.
            Usem o {x} para a loja de materiais.
            O cliente pagou a visita com o {x}.
            Cartão da empresa para o pedido de material: {x}.
            Estornem a cobrança duplicada no {x}.
        """),
        "IBAN": _l("""
            Depositem a retenção em {x}.
            Dados bancários do empreiteiro para a medição: {x}.
            Transfiram o sinal para {x}.
            Conta para a fatura do aluguel de equipamento: {x}.
            O reembolso volta para {x}.
            Nova conta para a folha de pagamento: {x}.
        """),
        "ID": _l("""
            Para a folha de pagamento preciso de {x}.
            O número dele para o formulário fiscal: {x}.
            A ficha de admissão traz {x}.
            Número do prestador para o cadastro: {x}.
            Coloquem {x} no registo do subempreiteiro.
            A seguradora pede {x}.
        """),
        "PERSON": _l("""
            {x} aprovou as formas hoje de manhã.
            Falei com {x} sobre a drenagem.
            A proprietária, {x}, quer a cozinha primeiro.
            {x}, da empresa de elétrica, vem amanhã.
            O fiscal de hoje foi {x}.
            Perguntem a {x} sobre a lista de ferragem.
        """),
        "MEMBER": _l("""
            {x} está com a chave do contentor.
            Valeu {x} por cobrir o fim de semana.
            {x} vai conduzir o diálogo de segurança.
            Confirmem com {x} antes de mexer no andaime.
            Boa, {x}, pegou as ancoragens que faltavam.
            {x} recebe o caminhão de concreto no portão.
        """),
        "ADDRESS": _l("""
            O próximo serviço é na {x}.
            Entreguem os blocos na {x}.
            Endereço da visita técnica: {x}.
            Deixem a caçamba na {x}.
            A vistoria está marcada na {x}.
            Obra do cliente: {x}.
        """),
    },
    "LOOK": {
        "order": _l("""
            O fornecedor confirmou o pedido {x}.
            Ordem de compra {x} aprovada.
            Referência {x} para a entrega da madeira.
        """),
        "invoice": _l("""
            A fatura {x} continua em aberto.
            Dúvida na fatura {x}, as horas não batem.
            Chegou a nota de crédito da fatura {x}.
        """),
        "price": _l("""
            O orçamento ficou em {x} no total.
            O aluguel sai por {x} por semana.
            Total de material: {x}.
        """),
        "date": _l("""
            A entrega da obra ficou para {x}.
            A concretagem foi remarcada para {x}.
            A vistoria pode ser feita a partir de {x}.
        """),
        "time": _l("""
            O portão abre às {x}.
            O caminhão chega por volta das {x}.
            O diálogo de segurança começa às {x} em ponto.
        """),
        "version": _l("""
            Os projetos estão agora na {x}.
            O aplicativo do tablet foi atualizado para {x}.
            O firmware {x} resolveu o desvio do nível laser.
        """),
        "isbn": _l("""
            A norma que usamos é o livro ISBN {x}.
            Encomendem o manual de treinamento, ISBN {x}.
            Guia de consulta na prateleira: ISBN {x}.
        """),
        "measure": _l("""
            Cortem as vigas com {x}.
            A laje tem mais ou menos {x}.
            O vão livre sob a viga é de {x}.
        """),
        "percent": _l("""
            A estrutura está uns {x} pronta.
            A retenção é de {x} por medição.
            A umidade medida hoje foi {x}.
        """),
        "orgreg": _l("""
            Registo da empresa na proposta: {x}.
            O empreiteiro está registado como {x}.
            Coloquem o nosso {x} no rodapé do orçamento.
        """),
        "permit": _l("""
            O alvará {x} está afixado no portão.
            A licença de construção {x} cobre a ampliação.
            O alvará {x} precisa ser renovado antes do telhado.
        """),
        "ticket": _l("""
            O pedido de garantia é o chamado {x}.
            Registrado na locadora como {x}.
            O chamado técnico {x} foi encerrado.
        """),
        "tracking": _l("""
            As peças foram enviadas, rastreio {x}.
            As amostras de cerâmica seguem pelo correio, {x}.
            Carta registada número {x}.
        """),
        "spec": _l("""
            O memorial pede {x} no térreo.
            Usem {x} em toda a casa de máquinas.
            O engenheiro trocou para {x}.
        """),
        "eponym": _l("""
            Tragam a {x} da carrinha.
            Falamos da {x} no diálogo de segurança.
            Peguem o jogo {x}, o pequeno.
        """),
        "nameword": _l("""
            Cuidado com a {x} perto do barracão.
            Resolvemos a questão da {x} no almoço.
            Atenção à {x} junto à rampa.
        """),
    },
    "LABEL": {
        "EMAIL": ["E-mail", "Correio eletrônico", "Contato"],
        "PHONE": ["Telefone", "Celular", "Tel."],
        "URL": ["Site", "Portal", "Link"],
        "IP": ["IP", "Endereço do equipamento", "Host"],
        "CARD": ["Cartão", "Cartão de crédito", "N.º do cartão"],
        "IBAN": ["IBAN", "Conta bancária", "Pagar a"],
        "ID": ["Documento", "N.º fiscal", "Identificação"],
        "PERSON": ["Cliente", "Contato", "Fiscal"],
        "MEMBER": ["Responsável", "Encarregado", "Técnico"],
        "ADDRESS": ["Endereço da obra", "Local do serviço", "Morada"],
    },
    "HEAD": {
        "diary": ["DIÁRIO DE OBRA", "Relatório diário", "Registo do dia", "Boletim da obra"],
        "workorder": [
            "ORDEM DE SERVIÇO",
            "Ficha de visita técnica",
            "Folha de tarefa",
            "Pedido de assistência",
        ],
        "quote": ["ORÇAMENTO", "Proposta comercial", "Pedido de cotação", "Resumo de custos"],
        "crewchat": [
            "Grupo da obra",
            "Conversa da equipe",
            "Grupo dos empreiteiros",
            "Chat do canteiro",
        ],
        "jobboard": [
            "CONTRATA-SE: obra",
            "Mural de vagas",
            "Procuram-se profissionais",
            "Vaga disponível",
        ],
        "signature": [
            "Engenheiro Responsável",
            "Mestre de Obras",
            "Coordenação de Assistência",
            "Setor de Orçamentos",
        ],
    },
}
