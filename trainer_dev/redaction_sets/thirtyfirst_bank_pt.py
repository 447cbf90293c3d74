"""Thirty-first set: Portuguese phrase bank (Angola: restauração, catering, salões), by hand."""

from __future__ import annotations


def _s(x: str) -> list[str]:
    return [w.strip() for w in x.split("|") if w.strip()]


PT = dict(
    OPEN=_s(
        "Olá equipa,|Bom dia a todos,|Boa tarde,|Nota rápida antes do serviço:|Caros colegas,|"
        "Olá cozinha,|Exmos. Senhores,|Olá,|Boa noite,|Sobre o pedido de reserva:|"
        "Assunto: aluguer do salão|Para a equipa de sala:|Dúvida sobre a escala desta semana.|"
        "Novidades das compras.|Chegou uma opinião de cliente esta noite.|"
        "Pedido de aluguer, detalhes abaixo.|Desculpem a mensagem comprida.|"
        "Lembrete do chefe de turno.|Alguém me ajuda no passe?|Malta do bar, leiam isto.|"
        "Seguimento da encomenda de catering.|Para as organizadoras do casamento:|"
        "Passagem de turno da noite.|Nota da recepção.|Olá banquetes,|"
        "Saudações da pastelaria.|Bom dia, família,|Então, pessoal,"
    ),
    FILL=_s(
        "A câmara frigorífica voltou a fazer barulho, a manutenção já sabe.|"
        "Faltam dois empregados na esplanada esta noite.|"
        "A pasta dos alergénios fica no passe, não no escritório.|"
        "A máquina de lavar loiça precisa de descalcificação antes do fim de semana.|"
        "O brunch correu muito bem, obrigado a todos.|"
        "A lavandaria chegou atrasada e alguns guardanapos vieram rasgados.|"
        "Registem cada quebra na folha, por favor.|"
        "A cliente pediu uma mesa sossegada longe do bar.|"
        "Não há arrumador enquanto asfaltam a entrada.|"
        "O menu de degustação muda com a nova estação.|"
        "O fornecedor de bebida de aveia agora manda caixas maiores.|"
        "O terraço depende do tempo, tenham um plano para dentro.|"
        "Não empilhem cadeiras no corredor de emergência.|"
        "Um casal na esplanada adorou a tarte de limão.|"
        "A banda precisa de uma tomada ao pé da pista.|"
        "O inventário é no domingo depois do fecho.|"
        "Os copeiros fazem pausa por turnos.|"
        "A máquina de café está outra vez lenta.|"
        "Os salgados vegetarianos foram os primeiros a acabar.|"
        "A florista monta o arco antes do meio-dia.|"
        "Os clientes acharam a música alta perto dos sofás.|"
        "No jantar de ensaio há um convidado celíaco.|"
        "Verifiquem o filtro da máquina dos copos em cada turno.|"
        "Os menus do serviço de quartos têm de ser reimpressos com os preços novos.|"
        "O portão da zona de cargas prende, levantem com cuidado.|"
        "As gorjetas do multicaixa são divididas no fim da semana.|"
        "O subchefe abre a cozinha amanhã.|"
        "Metade do grupo chegou cedo e esperou no átrio.|"
        "A responsável do salão mostra as saídas de emergência aos clientes.|"
        "Etiquetem cada recipiente de preparação com a data.|"
        "A máquina do gelo está a pingar no tapete do bar.|"
        "A porta da despensa ficou aberta a noite toda.|"
        "O baptizado quer o salão do jardim se não chover.|"
        "Ao pequeno-almoço o pão acabou logo.|"
        "A refeição do pessoal é à hora do costume.|"
        "A inspecção sanitária ficou satisfeita com os registos de temperatura.|"
        "Os aventais novos estão no vestiário.|"
        "A crítica elogiou o serviço mas achou a carne salgada.|"
        "O nosso fornecedor de vinhos traz amostras do novo rosé.|"
        "A conferência pede uma opção vegetariana ao almoço.|"
        "Este mês refazemos o menu infantil.|"
        "O bar passa a usar palhinhas de papel.|"
        "Limpem a fritadeira antes de chegar a entrega.|"
        "A família da noiva quer prolongar o bar aberto.|"
        "Durante as festas o lixo é recolhido mais cedo.|"
        "Alguém ligou a perguntar se aceitamos cães na esplanada.|"
        "Na terça trocam as prateleiras da câmara.|"
        "Sem contrato assinado não reservamos a data.|"
        "Estamos a testar uma carta de almoço mais curta.|"
        "O bolo chegou um pouco estragado, mas salvámos a cobertura.|"
        "O cliente foi cobrado duas vezes e aguarda o reembolso.|"
        "Limpem as torneiras de cerveja com regularidade.|"
        "Ontem ninguém assinou a folha de temperaturas das arcas.|"
        "O catering vai precisar da cozinha logo de manhã.|"
        "Um cliente habitual achou a sopa morna.|"
        "Procuramos alguém para o fecho do bar.|"
        "A empresa das tendas recolhe os aquecedores depois do evento.|"
        "Lembrem os clientes que ao domingo a cozinha fecha mais cedo.|"
        "O carrinho das sobremesas está de volta.|"
        "A falta de luz de ontem estragou parte do peixe, já reclamámos."
    ),
    CLOSE=_s(
        "Obrigado!|Abraço.|Obrigada desde já.|Avisem se mudar alguma coisa.|Até ao serviço.|"
        "Qualquer dúvida, digam.|Com os melhores cumprimentos,|Atenciosamente,|Beijinhos,|"
        "Bom turno!|Por agora é tudo.|Obrigado por tratarem disso.|Falamos na reunião.|"
        "Muito obrigado.|Cuidado, o chão está molhado.|Cumprimentos do escritório.|"
        "Fico à disposição.|Amanhã estou de volta.|Fica convosco.|Mais uma vez, obrigado.|"
        "Até logo.|Bom fecho!|Saudações,|Fiquem bem."
    ),
    LEAD=dict(
        EMAIL=_s(
            "Mandem as escolhas do menu para {v}.|O email da organizadora é {v}.|"
            "Respondam para {v} com o número final.|Dúvidas de facturas vão para {v}.|"
            "Ela quer {v} em cópia no orçamento.|Contacto: {v}|"
            "Reencaminhem a planta do salão para {v}.|O fornecedor agora escreve de {v}."
        ),
        PHONE=_s(
            "Liguem à cliente para o {v}.|O número dele é {v}.|"
            "Mandem mensagem para o {v} quando a carrinha sair.|O cozinheiro de serviço "
            "atende no {v}.|Reserva por telefone, ligar de volta para o {v}.|"
            "A florista atende no {v}.|Telemóvel: {v}|"
            "Se a porta estiver fechada, liguem para o {v}."
        ),
        URL=_s(
            "O portefólio dela está em {v}.|A página do casamento: {v}|"
            "Partilhou a página de reservas {v}.|Avaliações ligadas a partir de {v}.|"
            "O perfil do DJ é {v}.|Fotos no site {v}.|Detalhes em {v}.|"
            "Blogue pessoal: {v}"
        ),
        IP=_s(
            "O TPA está em {v}.|No wifi dos clientes aparece {v} sem parar.|"
            "O módulo de reservas foi atacado a partir de {v}.|Servidor da caixa: {v}.|"
            "Bloqueado {v} depois das reservas falsas.|O ecrã da cozinha usa {v}.|"
            "A impressora em {v} desliga-se.|Outra vez tentativas de acesso de {v}."
        ),
        CARD=_s(
            "O sinal foi cobrado no cartão {v}.|Cartão de garantia: {v}|"
            "Ditou o cartão como {v}.|Anulem a cobrança no {v}.|"
            "A pré-autorização falhou no {v}.|Cartão usado: {v}|"
            "Devolvam a taxa de não comparência para {v}.|O cliente colou {v} no chat."
        ),
        IBAN=_s(
            "Paguem ao fornecedor no IBAN {v}.|Devolução da caução para {v}.|"
            "Conta da banda: {v}|Dados bancários: {v}|Transfiram o aluguer para {v}.|"
            "Ela mandou o IBAN, {v}.|Adiantamento do extra para {v}.|"
            "O IBAN do catering é {v}."
        ),
        ID=_s(
            "Para o salário o número dele é {v}.|Ficha do pessoal actualizada com {v}.|"
            "Deu {v} para o contrato.|BI na ficha de admissão: {v}|"
            "Copiado do bilhete de identidade: {v}|Número do BI do extra: {v}|"
            "Os recursos humanos precisam de {v} até sexta.|Anotado {v} no processo dela."
        ),
        BANK=_s(
            "Dados para o salário: {v}|Paguem o ordenado em {v}.|"
            "A conta do fornecedor é {v}.|Conta para o reembolso: {v}|"
            "Número de conta {v} para a orquestra.|Transfiram para {v}, por favor."
        ),
        PERSON=_s(
            "A reserva está em nome de {v}.|{v} traz o bolo.|"
            "Mesa para seis para {v} ao pé da janela.|A reclamação é de {v}.|"
            "{v} é a organizadora do casamento.|O nosso novo fornecedor de peixe é {v}.|"
            "Nome do cliente: {v}|{v} deixou uma avaliação linda."
        ),
        MEMBER=_s(
            "{v} faz o fecho.|Troca aprovada com {v}.|"
            "Peçam as chaves a {v}.|{v} fica com a caixa esta noite.|"
            "Mudança de escala para {v} no fim de semana.|Obrigado a {v} por cobrir.|"
            "{v} está nos pequenos-almoços a semana toda.|Turno duplo para {v}, vejam "
            "as horas."
        ),
        ADDRESS=_s(
            "Entregar em {v}.|O salão fica em {v}.|Factura para {v}.|"
            "Recolha em {v}.|Morada do cliente:\n{v}|Entrega do catering: {v}|"
            "Local do evento: {v}|Devolvam os copos alugados em {v}."
        ),
    ),
    LOOK=dict(
        order=_s("A encomenda {x} continua pendente.|Referência {x} na guia de remessa."),
        invoice=_s("Segue a factura {x}.|Ainda falta {x} do fornecedor de lacticínios."),
        price=_s("O menu fica a {x} por pessoa.|Taxa de rolha: {x}."),
        date=_s("O casamento é a {x}.|Prova do menu a {x}."),
        time=_s("Portas abertas às {x}.|Últimos pedidos às {x}."),
        version=_s("O sistema da caixa foi actualizado para {x}.|A app de reservas está na {x}."),
        isbn=_s("O novo livro de receitas, ISBN {x}, está na prateleira.|Encomendei o livro {x}."),
        flight=_s("Os músicos chegam no voo {x}.|Convidados no voo {x}."),
        room=_s("Montagem na {x}.|Cocktail servido na {x}."),
        measure=_s("Precisamos de {x} de farinha.|O bolo pesa {x}."),
        percent=_s("Taxa de serviço de {x}.|Os couverts subiram {x}."),
        orgreg=_s("Fornecedor registado com {x}.|O número do catering é {x}."),
        ticket=_s("Pedido de manutenção {x} aberto.|Registado como {x}."),
        tracking=_s("Rastreio da encomenda {x}.|O envio da roupa de mesa é {x}."),
        eponym=_s("Hoje temos {x}.|Os clientes adoraram {x}."),
        wordname=_s("Não se esqueçam: {x}.|Alguém falou de {x} na reunião."),
    ),
    LABELS=dict(
        EMAIL=_s("Email"),
        PHONE=_s("Telefone"),
        URL=_s("Site"),
        IP=_s("Endereço IP"),
        CARD=_s("Cartão"),
        IBAN=_s("IBAN"),
        ID=_s("Nº do BI"),
        BANK=_s("Conta"),
        PERSON=_s("Cliente"),
        MEMBER=_s("Funcionário"),
        ADDRESS=_s("Morada"),
        order=_s("Nº da encomenda"),
        invoice=_s("Nº da factura"),
        price=_s("Total"),
        date=_s("Data"),
        time=_s("Hora"),
        version=_s("Versão"),
        isbn=_s("ISBN"),
        flight=_s("Voo"),
        room=_s("Sala"),
        measure=_s("Quantidade"),
        percent=_s("Desconto"),
        orgreg=_s("NIF da empresa"),
        ticket=_s("Pedido"),
        tracking=_s("Rastreio"),
        eponym=_s("Prato"),
        wordname=_s("Nota"),
    ),
)
