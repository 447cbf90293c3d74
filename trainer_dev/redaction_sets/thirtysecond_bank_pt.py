"""Thirtysecond set: Brazilian Portuguese phrase bank (logística, transporte, armazém, frota)."""

from trainer_dev.redaction_sets.thirtysecond_people import _s

BANK = {
    "OPEN": _s(
        "Bom dia, pessoal.|Oi, equipe,|Aviso rápido da programação.|Boa tarde,|E aí, galera,|"
        "Atualização do galpão.|Prezados,|Desculpa a mensagem tarde.|Sobre a reunião de hoje cedo:|"
        "Pergunta rápida.|Importante para o turno da noite:|Atenção, motoristas:|Boa noite,|"
        "Voltando ao caso da avaria.|Conforme falamos por telefone,|Preciso de uma força aqui.|"
        "Recado do setor de desembaraço.|De novo sobre a carga atrasada.|Fala, time,|"
        "Sextou, pessoal.|Lembrete para o recebimento:|Retorno da transportadora:|"
        "Escrevo em nome da expedição.|Então,|Resumindo:|Mensagem da torre de controle."
    ),
    "FILL": _s(
        "A carreta foi lacrada antes de sair do pátio.|"
        "Favor bipar cada palete antes de carregar.|"
        "O equipamento de frio desarmou várias vezes de madrugada.|"
        "A Receita segurou o contêiner até a documentação bater.|"
        "Estamos sem dois operadores de empilhadeira no segundo turno.|"
        "O cliente recusou parte da entrega por causa de caixas amassadas.|"
        "O tacógrafo tem que ser conferido antes de bater o ponto.|"
        "O cross-docking está travado, contem com mais tempo de espera.|"
        "O despachante pediu a fatura comercial corrigida.|"
        "Deixem os corredores de emergência livres.|"
        "A plataforma elevatória do caminhão quebrou de novo.|"
        "A coleta no porto atrasou por falta de chassi.|"
        "A rota de terça passou para a tarde.|"
        "O filme stretch voltou para a bancada de embalagem.|"
        "A estadia começa a contar depois do tempo livre.|"
        "Os vazios ficam encostados na cerca.|"
        "O checklist de saída é obrigatório, sem exceção.|"
        "As placas de produto perigoso têm que bater com a nota.|"
        "Devoluções vão para a gaiola perto do refeitório.|"
        "O inventário rotativo achou caixas no endereço errado.|"
        "A janela de agendamento no centro de distribuição está apertada.|"
        "Os cartões combustível só saem depois da auditoria.|"
        "O comprovante de entrega precisa mostrar a etiqueta do palete.|"
        "O armador rolou a reserva para o próximo navio.|"
        "A produtividade da separação caiu depois da atualização.|"
        "Marquem os paletes quebrados com etiqueta vermelha.|"
        "A rampa niveladora do lado oeste está emperrando.|"
        "As horas extras do fim de semana ainda não foram aprovadas.|"
        "O cliente quer ligação antes de toda entrega residencial.|"
        "O registro de temperatura tem que ir junto com a reclamação.|"
        "O sistema de gestão do armazém ficou fora quase uma hora.|"
        "Estamos testando um roteirizador novo para o centro.|"
        "Número de lacre vai no conhecimento de transporte, não em papelzinho.|"
        "A área de recarga das empilhadeiras está interditada.|"
        "O cavalo mecânico precisa de para-barro novo.|"
        "Confirmem a coleta com o remetente no dia anterior.|"
        "O parceiro da última milha está sobrecarregado.|"
        "Carga solta tem que ser cintada antes de embarcar.|"
        "Nada sai sem canhoto assinado.|"
        "A portaria não deixa entrar ninguém sem agendamento.|"
        "As barras de travamento voltam para a carreta depois da descarga.|"
        "Sumiu uma caixa entre a separação e a embalagem.|"
        "Os novatos acompanham um separador experiente na primeira semana.|"
        "O portal da transportadora fica derrubando todo mundo.|"
        "Avarias têm que ser registradas no prazo da transportadora.|"
        "A retrátil fica reservada para os porta-paletes altos.|"
        "Não empilhem os paletes de vidro.|"
        "A troca de carreta no posto deu certo.|"
        "Nosso programador está cobrindo duas regiões esta semana.|"
        "Os tickets da balança vão no envelope do motorista.|"
        "Mercadoria avariada fica bloqueada até o vistoriador passar.|"
        "O pátio de apoio lotou, estacionem no fundo.|"
        "A cadeia de frio não pode quebrar em nenhum momento.|"
        "Os documentos de exportação estão com o agente de carga.|"
        "A borracharia consegue encaixar a gente amanhã cedo.|"
        "Acabaram as cantoneiras no turno da manhã.|"
        "O armazém alfandegado precisa de um segundo responsável pela chave.|"
        "Devolvam os coletores ao carregador.|"
        "Os contêineres vazios voltam ao terminal na próxima viagem.|"
        "O sorter de encomendas travou duas vezes antes do almoço."
    ),
    "CLOSE": _s(
        "Valeu!|Obrigado, pessoal.|Desde já agradeço.|Me avisem se mudar algo.|Boa viagem.|"
        "Qualquer dúvida, chama.|Bom turno.|Até mais.|Aviso assim que souber mais.|"
        "Favor confirmar.|Abraços.|Atenciosamente.|Obrigada pela ajuda.|"
        "Liguem para a torre se travar.|Bom descanso.|Por enquanto é isso.|"
        "Obrigado pela paciência.|Vamos resolver isso hoje.|Quem puder, responde aqui.|"
        "Bom fim de semana.|Até a reunião de amanhã.|Valeu de novo.|Boa noite a todos.|"
        "Tamo junto.|Grato.|Fico no aguardo."
    ),
    "LEAD": {
        "EMAIL": _s(
            "Mandem o canhoto assinado para {x}.|O regulador de sinistro atende em {x}.|"
            "Agendamento de doca pelo {x}.|Meu e-mail é {x}, caso o portal caia.|"
            "Copiem {x} em tudo sobre o desembaraço.|Folha de ponto para {x}.|"
            "A fatura veio de {x}.|Confirmação do frete para {x}."
        ),
        "PHONE": _s(
            "Me liga no {x} quando estiver a dez minutos.|Celular do motorista: {x}.|"
            "Plantão da programação: {x}.|Manda zap pro {x} quando carregar.|"
            "O cliente pediu ligação no {x} antes da entrega.|"
            "O encarregado do pátio atende no {x}.|Se o portão estiver fechado: {x}.|"
            "Meu ramal direto é {x}."
        ),
        "URL": _s(
            "Meu perfil está em {x}.|Posto as atualizações da rota em {x}.|"
            "Agende comigo aqui: {x}|Caminhoneiro autônomo, veja {x}.|"
            "As fotos da avaria estão em {x}.|Meu currículo: {x}.|"
            "Mais sobre meu serviço de frete: {x}|Acompanhe a carga em {x}."
        ),
        "IP": _s(
            "A impressora de etiquetas do corredor seis está em {x}.|"
            "O coletor vive caindo do {x}.|As tentativas de login vieram de {x}.|"
            "Liberem {x} no portal da transportadora.|A câmera veicular sobe por {x}.|"
            "O terminal da balança responde em {x}.|O rastreador informou {x}.|"
            "Acesso remoto ao escritório da doca: {x}."
        ),
        "CARD": _s(
            "Cobrem a descarga no cartão {x}.|Cartão combustível cadastrado: {x}.|"
            "Pedágios da semana no {x}.|Paguei a estadia com {x}.|"
            "Os impostos de importação foram no {x}.|Cartão {x}, válido até ano que vem.|"
            "O conserto do pneu vai no {x}.|O caução da armazenagem foi no {x}."
        ),
        "IBAN": _s(
            "Favor depositar o frete em {x}.|Meus novos dados bancários: {x}.|"
            "Reembolso da avaria para {x}.|A conta para o crédito é {x}.|"
            "Fatura do agregado paga em {x}.|Salário agora em {x}.|"
            "Devolvam o caução em {x}.|{x} é a conta certa."
        ),
        "ID": _s(
            "Para o cadastro do motorista: {x}.|Meu número para o processo aduaneiro é {x}.|"
            "O RH precisa de {x}.|Na ficha de admissão consta {x}.|"
            "Documento do agregado: {x}.|Dados para pagamento: {x}.|"
            "Atualizem o cadastro com {x}.|Segue: {x}."
        ),
        "PERSON": _s(
            "{x} assinou o canhoto.|Quem roda hoje é {x}.|Procurem {x} no recebimento.|"
            "{x} cuida do sinistro.|O contato no cliente é {x}.|Despachante responsável: {x}.|"
            "Falei com {x} da transportadora.|{x} cobriu o turno da noite."
        ),
        "MEMBER": _s(
            "{x} vai puxar o inventário.|Valeu {x} por ficar até mais tarde.|"
            "Troquem o turno com {x} se precisar.|{x} está na empilhadeira hoje.|"
            "Falem com {x} antes de liberar a carga.|{x} está com a chave do alfandegado.|"
            "Incluam {x} no caso da avaria.|{x} avisou do alarme do frio."
        ),
        "ADDRESS": _s(
            "Entrega em {x}.|Coleta em {x}.|Devolver os vazios em {x}.|"
            "O novo CD fica em {x}.|Mandem a reposição para {x}.|"
            "O motorista mora em {x}, busquem lá.|O cliente mudou para {x}.|"
            "Endereço de cobrança: {x}."
        ),
    },
    "LOOK": {
        "order": _s("Faltam dois volumes no pedido {x}.|A nota {x} já foi paga."),
        "price": _s("A descarga saiu por {x}.|O frete fechou em {x}."),
        "date": _s("A coleta está agendada para {x}.|O deadline do navio é {x}."),
        "time": _s("O portão fecha às {x}.|O motorista chegou às {x}."),
        "version": _s("Os coletores rodam a versão {x}.|O app de rotas foi para {x}."),
        "isbn": _s("O manual de treinamento tem ISBN {x}.|Peçam o livro pelo ISBN {x}."),
        "flight": _s("A carga aérea vai no voo {x}.|As amostras embarcam no {x}."),
        "dock": _s("Encosta na {x}, por favor.|Separem a expedição na {x}."),
        "measure": _s("Peso bruto: {x}.|O engradado mede {x}."),
        "percent": _s("O reajuste do diesel foi de {x}.|O OTIF chegou a {x}."),
        "orgreg": _s("O CNPJ da transportadora é {x}.|Na nota consta {x}."),
        "ticket": _s("O chamado {x} continua aberto.|Fotos no protocolo {x}."),
        "tracking": _s("O rastreio mostra {x} no porto.|O contêiner {x} saiu do terminal."),
        "hscode": _s("As peças vão na NCM {x}.|O despachante usou o código {x}."),
        "eponym": _s("O trânsito perto do {x} está parado.|Temos entrega perto da {x} hoje."),
        "nameword": _s("Pintaram a {x} no chão do pátio.|Graças a Deus deu {x}."),
    },
    "LABEL": {
        "EMAIL": _s("E-mail|Email"),
        "PHONE": _s("Telefone|Celular"),
        "URL": _s("Site|Perfil"),
        "IP": _s("Endereço IP|IP do coletor"),
        "CARD": _s("Cartão|Cartão de pagamento"),
        "IBAN": _s("IBAN|Conta para depósito"),
        "ID": _s("CPF / documento|Documento"),
        "PERSON": _s("Contato|Motorista"),
        "MEMBER": _s("Colaborador|Líder de turno"),
        "ADDRESS": _s("Endereço|Endereço de entrega"),
    },
    "HEAD": {
        "notice": _s("AVISO: mudança na agenda de docas|Comunicado do pátio|Aviso de segurança"),
        "chat": _s("Grupo dos motoristas|Grupo do galpão|Turno da noite"),
        "listing": _s("CARGA DISPONÍVEL|Caminhão livre, procuro retorno|Galpão para alugar"),
        "form": _s("Registro de avaria|Dados para o desembaraço|Cadastro de motorista"),
        "ticket": _s("Prioridade: alta|Status: aberto – Tipo: avaria|Categoria: coleta perdida"),
        "signature": _s("Programação de Frota|Gestão de Frota|Comércio Exterior"),
    },
}
