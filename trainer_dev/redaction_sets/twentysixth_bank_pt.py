"""Brazilian Portuguese phrase bank (pt_BR) for the twenty-sixth set.

One piece per line under a "## section" header. {V} is the labelled value,
{IDL} the id's usual name, other {slots} are look-alikes (see twentysixth_looks).
"""

TEXT = r"""
## open_incident
Post-mortem da queda do checkout de ontem à noite, sem caça às bruxas.
Resumo rápido do incidente antes da retro do dia {date}.
Relato sev-2: os pagamentos ficaram degradados por {dur}.
A causa raiz está confirmada, segue a linha do tempo pra ninguém precisar garimpar o canal.
Incidente encerrado. O que aconteceu e o que vamos mudar.
Escrevendo enquanto está fresco: o serviço de login caiu às {time}.
Tivemos uma queda parcial da API mobile hoje cedo, chamado {ticket}.
## open_release
As notas da versão {ver} saíram, os destaques estão abaixo.
Subindo hoje a {ver} da CLI interna, atualizem até sexta, por favor.
Ferramenta nova: o bot de deploy agora avisa os rollbacks no canal.
Aviso rápido: hoje à noite a gente corta a branch de release.
O app na versão {ver} foi pras lojas hoje de manhã.
Release pequena mas boa: builds mais rápidos e menos teste instável.
Finalmente desligamos o servidor antigo de cron, os jobs agora rodam no agendador.
## open_review
Comentários do code review da refatoração do faturamento, quase tudo detalhe.
Antes de aprovar o PR, deem uma olhada no diff de configuração.
Apontando uma coisa que vi no review do commit {commit}.
Colando a parte relevante do diff pra gente discutir aqui.
Um comentário de review que merece mais gente lendo.
A mudança está ok, só tem um ponto nas fixtures.
Perguntaram por que os dados de teste estão assim, segue o trecho.
## open_log
Trecho de log do worker de ingestão, cortado nas linhas que importam.
Isso foi o que o gateway registrou logo antes do pico.
Filtrei os logs de acesso pelas requisições com falha, resultado abaixo.
Essas linhas aparecem no stream de erros desde as {time}.
Segue a parte relevante do trace, horários em UTC.
Achei isso no log de auditoria enquanto caçava o bug de permissão.
Trecho dos logs do worker, o resto parecia normal.
## open_helpdesk
Escalando este para o nível dois, detalhes abaixo.
Atualização do helpdesk sobre a troca de notebooks.
Um chamado de cliente que precisa de alguém do financeiro.
Escalonamento do suporte: o usuário não consegue redefinir a senha.
Reabrindo o chamado porque a correção não segurou.
Repassando do service desk com tudo o que coletamos.
Um pedido rápido do helpdesk, é urgente.
## open_oncall
Passagem de plantão da semana, leiam antes do turno.
Notas de passagem do plantão do fim de semana.
A escala de sobreaviso dos feriados está fechada, avisem se tiver erro.
Passando o pager, semana tranquila tirando um alerta.
Resumo do plantão do fim de semana e os contatos que vocês podem precisar.
A escala da semana que vem está abaixo, trocas pelo canal de sempre.
Notas do turno da noite pra quem pegar de manhã.
## open_data
Atualização do time de dados: os números do dashboard semanal chegaram.
Tabelinha tirada do warehouse para a reunião de planejamento.
Compartilhando o resultado da consulta que surgiu na daily.
O job de deduplicação achou umas linhas curiosas, amostra abaixo.
Nossa checagem de qualidade marcou alguns registros esta semana.
Segue a extração pequena que o financeiro pediu.
Números mensais de churn, com as linhas estranhas destacadas.
## open_vendor
Cadastro do novo fornecedor de hardware, por favor confiram.
Estamos incluindo um prestador PJ na lista de fornecedores.
Compras precisa desses dados antes de emitir o pedido.
Preenchendo o cadastro do fornecedor, copio aqui para revisão.
Pedido de novo fornecedor, o financeiro pediu pra postar neste canal.
Contratando um consultor para a migração, dados do formulário.
Dados de pagamento da nova transportadora, do jeito que enviaram.
## ctx_incident
A taxa de erro chegou a {pct} e caiu depois do rollback.
O alerta disparou às {time}, mas ninguém reconheceu por {dur}.
O impacto ficou no checkout, mais ou menos {count} pedidos com falha.
A mudança de config no {commit} tirou o limite do pool de conexões.
Vimos {err} vindo de {host} durante quase toda a janela.
As ações de acompanhamento estão no {ticket}.
O failover do banco levou {dur}, mais do que o runbook promete.
## ctx_release
Essa versão também corrige a {cve}, então não pulem.
O changelog é longo, mas a migração leva só {dur}.
Os artefatos têm uns {size} cada, o espelho já tem.
O build {build} é o que passou na suíte inteira.
A versão mínima suportada agora é a {ver}.
O rollout vai para {pct} do tráfego primeiro, depois para todos.
O endpoint antigo na porta {port} sai no próximo trimestre.
## ctx_review
O teste desse commit usa um id fixo {uuid}, tudo bem.
Não subam a dependência acima da {ver} ainda.
O linter reclama só do tamanho da linha.
Mexe no mesmo arquivo do {ticket}, vai dar conflito.
A cobertura subiu um pouco a partir de {pct}, legal.
A migração leva uns {dur} numa cópia de produção.
Arquivos de fixture devem ficar abaixo de {size}.
## ctx_log
O request id {uuid} aparece em toda chamada com falha.
O pod reiniciou com {err} logo depois.
A latência em {host} foi para {dur} por chamada.
Tudo aconteceu entre {ts} e alguns minutos depois.
O job tentou de novo na porta {port} e desistiu.
Depois do build {build} o aviso sumiu.
A fila acumulou {count} mensagens.
## ctx_helpdesk
O usuário trabalha no cliente, perto de {place}.
O notebook já está patrimoniado como {ref}.
Tentaram o reset duas vezes, continua {err}.
O equipamento novo vai com o rastreio {tracking}.
É o terceiro chamado no mês, vejam o {ticket}.
O usuário está na versão {ver}, que é suportada.
O estorno de {amount} foi aprovado ontem.
O pedido {order} ainda aparece como pendente.
## ctx_oncall
O offsite do time é dia {date} perto de {place}.
O disco do {host} está em {pct}, fiquem de olho.
Tem um alerta instável conhecido, vejam o {ticket}.
A janela de manutenção é dia {date} às {time}.
A política de escalonamento mudou no {commit}.
Se o batch passar de {dur}, acionem o time de dados.
Os backups estão com uns {size}, o alarme do bucket é esperado.
A daily mudou para a sala {room}.
## ctx_data
A contagem de linhas foi para {count}.
A receita total da extração é {amount}.
A consulta varreu {size} e levou {dur}.
A taxa de e-mail vazio caiu para {pct}.
O pipeline está na versão {ver}, mudança de schema no {ticket}.
As duplicatas vêm quase todas da importação do dia {date}.
A nota {invoice} aparece duas vezes na tabela bruta.
## ctx_vendor
A mercadoria fica no depósito perto de {place}.
O orçamento deles para o primeiro lote é {amount}.
O pedido de compra vai ser o {order}.
Entrega prevista para {date}, voo {flight} para as peças urgentes.
Informem a nota {invoice} em todo pagamento.
Mandaram o catálogo, o livro de referência tem ISBN {isbn}.
A referência do contrato é {ref}.
Prazo de trinta dias com {pct} de desconto para pagamento antecipado.
## item_EMAIL
A cliente que reportou é {V}.
A resposta foi para {V}, não para a caixa compartilhada.
Coloquem {V} em cópia, foi essa pessoa que abriu o chamado.
Contato do lado deles: {V}
O bounce voltou de {V} com {err}.
O convite foi para {V} mas nunca foi aceito.
O contato de cobrança é {V}.
Quem precisar da extração bruta, fala com {V}.
O log mostra o link de redefinição indo para {V}.
Mandem o formulário assinado para {V} até {date}.
## item_PHONE
O plantonista principal atende no {V}.
Se o pager falhar, liguem direto no {V}.
O cliente deixou um número para retorno: {V}.
Celular do motorista da entrega: {V}.
Me chama no {V} se piorar de madrugada.
Número reserva para escalonamento: {V}
Ela pediu mensagem no {V} em vez de e-mail.
O chamado tem {V} como telefone de contato.
Telefone no cadastro do fornecedor: {V}.
Ele responde melhor no zap, {V}.
## item_URL
O portfólio do prestador está em {V}.
Mais sobre a candidata aqui: {V}
Ele mantém as anotações em {V}, vale a leitura.
Marquem um horário com ela por {V}.
Quem reportou mandou o perfil: {V}
Perfil do freelancer para a checagem de fornecedor: {V}.
O script veio de {V}, revisem antes de rodar.
O relato dela sobre a correção está em {V}.
O repositório público do usuário é {V}, o bug reproduz lá.
Link do perfil no formulário de cadastro: {V}
## item_IP
Todos os logins com falha vieram de {V}.
A internet de casa dele sai pelo {V}, liberamos por enquanto.
Bloqueamos {V} depois de {count} tentativas em um minuto.
O roteador do cliente mostra {V} como endereço público.
As requisições de {V} bateram no rate limit às {time}.
Ela está em home office usando {V} esta semana, incluam na exceção da VPN.
A geolocalização de {V} bate com a cidade do cliente.
A denúncia de abuso cita {V}.
O acesso de {V} passou por uma regra antiga.
A sessão remota foi aberta a partir de {V}.
## item_CARD
O cliente colou o número completo do cartão no chat: {V}.
O cartão do pagamento recusado é {V}, apaguem dos logs.
Cartão para o estorno: {V}
Nosso filtro de log deixou passar este: cartão {V}.
Achamos {V} em texto puro num anexo de chamado.
O cartão corporativo da conta de nuvem é {V}.
A extração tinha um número de cartão inteiro, {V}, isso nunca pode acontecer.
Ele leu o cartão na ligação, {V}.
A cobrança no {V} foi recusada com {err}.
O campo mascarado não estava mascarado: {V}
## item_IBAN
IBAN do fornecedor: {V}
Paguem a nota no {V}.
O IBAN no formulário é {V}.
Mudaram os dados bancários, IBAN novo {V}.
O reembolso vai para {V}, o cliente confirmou.
Conta internacional do prestador: {V}.
O arquivo de remessa veio com {V} na coluna errada.
IBAN {V}, titular conforme o contrato.
Transfiram o sinal para {V} até {date}.
O financeiro deles mandou {V} como conta de liquidação.
## item_ID
O {IDL} dele é {V}.
{IDL}: {V}
Para o cadastro, o RH precisa do {IDL} {V}.
O campo {IDL} ainda mostra {V}.
Ele digitou {V} no campo errado, é o {IDL} dele.
Número do documento do cliente: {V}
O número {V} estava na extração de KYC ao lado do nome.
Confiram {V} antes de liberar o pagamento.
Dado para a nota do prestador: {V}
Pode fazer o Pix pra {V}, foi o que ela mandou.
## item_BANK
Conta para pagamento do fornecedor: {V}.
Pode fazer o Pix para a {IDL} {V}.
Dados bancários do cadastro: {IDL} {V}
A conta salário do novo contratado é {V}.
O reembolso vai para {IDL} {V}, confirmado na ligação.
O arquivo de remessa veio com {V} na coluna errada.
Transfiram o sinal para {V} até {date}.
O financeiro deles mandou {V} como conta de liquidação.
A conta {V} não bateu com o titular, liguem pro fornecedor.
O banco confirmou que a {IDL} {V} está ativa.
## item_PERSON
Nosso contato lá na {place} é {V}.
A cliente, {V}, ligou três vezes no suporte.
O chamado foi aberto por {V}, do lado do cliente.
O gerente de conta deles é {V}.
O contato na transportadora é {V}.
Candidato para a vaga PJ: {V}.
O auditor, {V}, quer os logs até sexta.
O usuário em questão é {V}.
O sócio do fornecedor, {V}, assinou o cadastro.
{V}, do prestador, confirmou a correção.
A entrega precisa ser assinada por {V}.
## item_MEMBER
Valeu {V} por ficar até tarde nisso.
{V} está no plantão principal esta semana.
Salve pra {V}, que achou a causa raiz.
{V} fica com as ações de acompanhamento.
Chamem {V} se o dashboard estiver estranho.
Revisado por {V}, aprovado com detalhes.
{V} conduz a retro.
Vou parear com {V} na migração amanhã.
Passando o plantão da noite para {V}.
Escalem para {V} depois do primeiro alerta.
## item_ADDRESS
Mandem o notebook reserva para {V}.
Endereço de entrega do hardware: {V}
O endereço de cobrança do cliente é {V}.
O prestador trabalha de casa, {V}.
A etiqueta de devolução é para {V}.
A transportadora retira os monitores antigos em {V}.
Ela pediu a dock na {V}.
Endereço no cadastro do fornecedor: {V}
O contrato assinado vai pelo correio para {V}.
Pelo chamado, o roteador está instalado na {V}.
## aside
Pra contextualizar, começou depois do deploy de terça.
Primeiro um pouco de contexto.
Resumindo, era o cache.
Deixando claro: não houve vazamento.
A linha do tempo é aproximada.
Não é o ideal, mas dá pra lidar.
Esse pegou todo mundo de surpresa.
Pegamos antes da maioria dos clientes perceber.
Desculpem se alguém já leu isso.
A versão curta está abaixo, a longa está no doc.
Sim, era DNS de novo.
Ninguém foi acionado, e isso faz parte do problema.
Conferi isso com o time responsável.
A correção já foi mergeada.
Primeiro mitigar, depois achar a causa.
Ainda esperando resposta do fornecedor.
Não é urgente, mas é importante.
Deixo aqui para buscas futuras.
Só para informação, nada a fazer.
Não estamos mais bloqueados.
## close
Qualquer dúvida, me avisem.
Perguntas na thread, por favor.
Valeu, pessoal, trabalho de equipe.
Atualizo o post quando souber mais.
Podem corrigir se eu errei algo.
Mais detalhes no doc da retro.
Por enquanto é isso.
Topo parear se alguém quiser.
Reajam quando tiverem lido.
Próxima atualização depois da daily.
A gente revisita isso no próximo planning.
Abraço e desculpem o textão.
Vamos manter a conversa numa thread só.
Bom plantão a todos.
A maioria de vocês não precisa fazer nada.
Se for urgente, me chamem no privado.
Fecho o chamado no fim da semana.
A documentação vem depois.
Obrigado pela paciência.
De volta ao backlog.
Perguntem no canal em vez de mandar mensagem privada.
Compartilho os slides depois.
Da minha parte é isso.
Desculpem o barulho de ontem.
Boa sorte no release.
## plain
A causa foi um timeout faltando numa chamada interna.
Ninguém perdeu dados, que é o principal.
Vamos criar um alerta para exatamente esse caso.
O runbook estava desatualizado e já corrigimos.
Parem de mandar senha no chat, usem o cofre.
O ambiente de homologação voltou ao normal.
A sync semanal passa para a tarde.
Os dashboards estão carregando bem mais rápido.
O teste instável foi para quarentena até alguém reescrever.
Nossa lógica de retry piorou a queda, lição aprendida.
As regras novas do linter valem a partir da próxima sprint.
Coloquem descrição em todo pull request.
Lembrem de rotacionar as chaves de acesso este mês.
O portal de fornecedores fica fora no fim de semana para manutenção.
Compras pediu menos pedidos avulsos.
A fila do helpdesk finalmente está sob controle.
Troca de notebook agora é pelo catálogo de serviços.
Vamos descontinuar o banco antigo de relatórios.
A mudança de schema passou sem indisponibilidade.
Os relatos devem focar em sistemas, não em pessoas.
O teste de carga mostrou um gargalo no cache.
As feature flags agora são limpas automaticamente.
Tiramos os jobs noturnos do runner compartilhado.
O canal do incidente é arquivado depois de cada revisão.
Marquem os chamados com o time responsável.
Fadiga de alerta existe, tiramos os alertas mais barulhentos.
O catálogo de dados agora mostra o dono de cada coluna.
As macros do suporte foram reescritas numa linguagem mais simples.
Trocamos o fornecedor da página de status.
Backup se testa restaurando, não torcendo.
O modelo de passagem de plantão ganhou uma seção de riscos abertos.
Mudança de config agora precisa de um segundo par de olhos.
A biblioteca de log agora mascara segredos por padrão.
Aprendemos que o caminho de failover nunca tinha sido exercitado.
A responsabilidade pelo serviço de faturamento finalmente está clara.
O cadastro de fornecedores demora demais, vamos enxugar o formulário.
Vai ter um congelamento curto antes das festas.
Quase todo o ruído veio de um único cliente com defeito.
A retro gerou uma lista de ações curta e realista.
O monitoramento dos jobs em lote ainda é fraco.
O guia de migração está na wiki.
O planejamento de capacidade começa no mês que vem.
O service desk agora trabalha em dois turnos.
O problema de verdade eram consultas lentas, não a rede.
Documentamos o caminho de escalonamento em palavras simples.
Nada de dados de cliente em print, por favor.
As notas de fornecedor agora são aprovadas na ferramenta financeira.
Nossos deploys agora são pequenos e sem graça, como deve ser.
O tracing está ligado para todos os serviços novos.
Obrigado a todo mundo que participou do game day.
## label_PERSON
Nome
Responsável pelo contato
## label_MEMBER
Dono
## label_EMAIL
E-mail
## label_PHONE
Telefone
Celular
## label_ADDRESS
Endereço de entrega
## label_IBAN
IBAN
## label_ID
CPF/CNPJ
## label_URL
Site
## label_IP
IP de origem
## label_CARD
Número do cartão
"""
