"""Thirty-ninth set: Portuguese phrase bank (pt_CV, European spelling), written by hand."""

from trainer_dev.redaction_sets.thirtyninth_bank import parse_bank

PT = parse_bank("""
[subject]
Carta de oferta e data de início
Pedido de referências para o lugar de analista
Dúvida sobre o recibo de vencimento
Integração, primeira semana
Entrevista de quinta-feira
Previdência social e inscrição
Licença de maternidade e regresso
Ata da comissão de trabalhadores
Renovação do contrato e aviso prévio
Nova conta para o salário
Retenção de IUR mal calculada
Lista curta para chefe de armazém
[greet]
Olá a todos,
Bom dia,
Cara colega,
Boa tarde,
Olá equipa,
Exmos. Senhores,
[open]
Uma nota rápida dos recursos humanos.
Na sequência da chamada de ontem.
Obrigada pela resposta rápida.
Como prometido, seguem os dados.
Desculpem a demora.
Esta semana estou a substituir a recrutadora.
Só um aviso antes da entrevista.
Chegou pelo portal de emprego.
O dossiê de integração está quase pronto.
Para preparar a reunião com a comissão de trabalhadores.
Mais uma coisa para o processo individual.
O processamento salarial fecha em breve.
[ctx]
A oferta depende de duas referências favoráveis.
Por favor, não partilhem a lista curta fora do júri.
Os salários fecham mais cedo por causa do feriado.
A avaliação do período experimental é antes do fim do trimestre.
Sem contrato assinado não conseguimos criar os acessos.
As horas extraordinárias têm de ser aprovadas pela chefia.
A seguradora envia a sua própria carta de boas-vindas.
As férias em atraso têm de ser gozadas até à primavera.
A comissão pediu as alterações de horário por escrito.
O registo criminal demora alguns dias úteis.
A candidata prefere dois dias de teletrabalho por semana.
O subsídio de alimentação é ativado depois da admissão.
Despesas sem recibo não são reembolsadas.
O anúncio sai primeiro internamente.
As notas das entrevistas ficam no sistema de recrutamento.
As baixas médicas comunicam-se antes do turno.
As cartas de aumento seguem com os prémios.
A entrevista de saída é opcional mas ajuda muito.
A autorização de residência tem de ser apresentada em original.
A integração cobre segurança, sistemas e regulamento interno.
[close]
Diz-me se faltar alguma coisa.
Obrigado desde já.
Se preferires, falamos por telefone.
Atualizo o processo quando tiver resposta.
Por favor, tratem isto como confidencial.
Avisa se as datas não derem.
Obrigada pela paciência.
Confirmamos tudo por escrito.
Respondam antes do fecho dos salários, por favor.
Até breve.
[sign]
Com os melhores cumprimentos,
Cumprimentos,
Obrigada,
Bom trabalho,
Atenciosamente,
Um abraço,
[team]
Recursos Humanos
Serviço de salários
Equipa de recrutamento
[roles]
Técnica de processamento salarial
Parceiro de negócio de RH
Responsável de recrutamento
Técnico administrativo de pessoal
Gestora de benefícios
Diretor de recursos humanos
Jurista de direito do trabalho
Coordenadora de integração
Analista de remunerações
Secretário da comissão de trabalhadores
[fields]
Função: técnico de salários
Origem: indicação interna
Estado: pré-selecionado
Contrato: sem termo, tempo inteiro
Departamento: finanças
Fase: segunda entrevista
Regime: híbrido
Prioridade: normal
[lead.EMAIL]
Envia o contrato assinado para {v}.
A resposta do candidato veio de {v}.
O e-mail pessoal dela para os recibos é {v}.
Acrescenta {v} ao convite.
[lead.PHONE]
O candidato atende no {v}.
O telemóvel dele para a chamada: {v}.
Liga-me para o {v} à tarde.
A pessoa de referência deixou o {v}.
[lead.URL]
O portefólio está em {v}.
O perfil dele: {v}
Partilhou o CV através de {v}.
As referências estão em {v}.
[lead.IP]
O portal de salários registou um acesso de {v}.
O acesso remoto foi autorizado para {v}.
Houve tentativas falhadas de {v} esta noite.
O registo da VPN mostra {v} para o novo colaborador.
[lead.CARD]
A caução da mudança foi paga com o cartão {v}.
Devolvam a propina do curso ao cartão {v}.
O cartão da empresa em nome dele é {v}.
O cartão {v} foi debitado duas vezes.
[lead.IBAN]
O salário passa a ser pago em {v}.
Nova conta para o salário: {v}.
O reembolso das despesas vai para {v}.
O IBAN dela na ficha de admissão: {v}.
[lead.ID]
O NIF dela no processo é {v}.
O número que nos deu para a inscrição é {v}.
Corrige o número na ficha de salários: {v}.
Número fiscal segundo o cartão: {v}.
[lead.PERSON]
A segunda referência é de {v}.
Entrevistámos {v} para o turno da noite.
{v} aceitou a oferta esta manhã.
A empresa de trabalho temporário propõe {v}.
[lead.MEMBER]
{v} preside à entrevista.
Põe {v} em cópia na alteração salarial.
{v} trata da integração esta semana.
Pede a {v} para assinar também o contrato.
[lead.ADDRESS]
Envia o contrato para {v}.
Nova morada para os recibos: {v}.
A declaração de rendimentos foi para {v}.
O kit de boas-vindas vai para {v}.
[poss]
Em anexo a carta de referência {v}.
Verifica o saldo de férias {v}.
A avaliação {v} é na próxima semana.
[bare]
Usa {v} ao criar a ficha.
Copiado da ficha de admissão: {v}
Confirmado por telefone: {v}, verifica outra vez.
Corrigi uma gralha, fica {v}.
Para o processo: {v}
Registado hoje de manhã: {v}
[bank]
O salário é depositado na conta {v}.
Número de conta para o salário: {v}.
O acerto final vai para a conta {v}.
A conta-salário dela: {v}.
[look]
Ver {v} para mais detalhes.
Referência: {v}
Enquadra-se em {v}.
Registado como {v}.
Anotado no processo: {v}.
O valor acordado é {v}.
Referido na carta: {v}.
Como combinado, {v}.
Segundo o regulamento, {v}.
Marcado como {v}.
[label]
EMAIL=E-mail
PHONE=Telefone
URL=Ligação
IP=Endereço IP
CARD=Cartão
IBAN=NIB/IBAN
ID=NIF
PERSON=Candidato
MEMBER=Contacto
ADDRESS=Morada
order=Ref. da vaga
salary=Salário
date=Data de admissão
time=Hora
percent=Aumento
version=Programa de salários
isbn=Manual
orgreg=Entidade empregadora
taxform=Modelo
ticket=Pedido
grade=Nível
room=Sala
bic=BIC
company=Empresa
law=Base legal
hours=Horário
nameword=Nota
""")
