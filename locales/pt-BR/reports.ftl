# Relatórios de conformidade (crates/report): títulos, seções, colunas, status, evidências.
# Referências como "Art. 44" ou "CC7.2" não são traduzidas; vêm das tabelas de dados.

report-title = Relatório de conformidade
report-subtitle = { $product } — { $standards }
report-period = Período: de { $from } a { $to } (fim excluído)
report-generated = Gerado em { $when }
report-toc = Sumário
report-page = Página { $page } de { $pages }

report-section-summary = Resumo
report-section-controls = Controles e evidências
report-section-availability = Disponibilidade em relação às metas de SLA
report-section-incidents = Incidentes
report-section-healing = Ações de recuperação
report-section-regions = Onde os dados ficam
report-section-retention = Retenção
report-section-integrity = Integridade

report-status-pass = Conforme
report-status-fail = Não conforme
report-status-needs-attention = Requer atenção

report-col-control = Controle
report-col-standard = Norma
report-col-reference = Referência
report-col-status = Status
report-col-evidence = Evidência
report-col-component = Componente
report-col-region = Região
report-col-sla = Meta de SLA
report-col-availability = Disponibilidade
report-col-checks = Verificações
report-col-met = Meta atingida
report-col-started = Início
report-col-detect = Tempo até a detecção
report-col-recover = Tempo até a recuperação
report-col-action = Ação
report-col-result = Resultado
report-col-time = Data
report-col-jurisdiction = Jurisdição
report-col-data = Categorias de dados
report-col-kind = Tipo de dado
report-col-retention = Prazo de retenção
report-col-rows = Linhas removidas
report-col-count = Quantidade

report-chart-regions = Disponibilidade por região em relação à menor meta de SLA
report-chart-daily = Disponibilidade diária por região
report-chart-sla = Meta de SLA
report-map-caption = Regiões ativas; o tamanho de cada ponto indica quantos componentes há nela.
report-none = Nenhum neste período.
report-yes = Sim
report-no = Não
report-ongoing = Em andamento
report-unknown = Desconhecido
report-components = { $count ->
        [one] { $count } componente
       *[other] { $count } componentes
    }

report-integrity-head = Cabeça da cadeia de auditoria
report-integrity-no-audit = Não há log de auditoria neste banco de dados
report-integrity-content = Resumo do conteúdo

## Controles

control-audit-chain = Trilha de auditoria à prova de adulteração
control-audit-chain-req = Toda ação relevante para a segurança é registrada em um log verificável, somente de acréscimo.
control-encryption-at-rest = Criptografia em repouso
control-encryption-at-rest-req = Os dados armazenados são criptografados em disco.
control-access-review = Revisão de acessos
control-access-review-req = As contas de operador e seus papéis são revisados regularmente.
control-retention-applied = Retenção aplicada
control-retention-applied-req = Os dados são excluídos ou anonimizados ao fim do prazo de retenção.
control-backups = Backups do banco de dados
control-backups-req = O banco de dados é copiado regularmente para poder ser restaurado.
control-availability-sla = Disponibilidade
control-availability-sla-req = Os serviços atingem suas metas de disponibilidade.
control-incident-response = Resposta a incidentes
control-incident-response-req = Os incidentes são detectados e resolvidos rapidamente.
control-data-residency = Residência de dados
control-data-residency-req = Os dados permanecem nas jurisdições que suas regras permitem.
control-healing-audited = Mudanças controladas
control-healing-audited-req = Cada ação de recuperação automática é registrada e atribuível.
control-data-subject-rights = Direitos de acesso e eliminação
control-data-subject-rights-req = As pessoas podem obter e eliminar seus dados pessoais mediante solicitação.

## Evidências

evidence-audit-absent = Ainda não há log de auditoria neste banco de dados.
evidence-audit-intact = Cadeia de auditoria verificada: { $rows ->
        [one] { $rows } entrada
       *[other] { $rows } entradas
    }, cabeça { $head }.
evidence-audit-broken = Cadeia de auditoria quebrada na entrada { $row }: { $reason }.
evidence-encryption-on = O banco de dados está em um volume criptografado ({ $device }).
evidence-encryption-off = O volume do banco de dados { $device } não é criptografado.
evidence-users-absent = Não há contas de operador neste banco de dados, então os acessos não podem ser revisados.
evidence-users = { $users ->
        [one] { $users } conta de operador
       *[other] { $users } contas de operador
    } em { $roles ->
        [one] { $roles } papel
       *[other] { $roles } papéis
    } { $users ->
        [one] revisada.
       *[other] revisadas.
    }
evidence-retention-last = Retenção aplicada pela última vez em { $when }; { $rows ->
        [one] { $rows } linha excluída ou anonimizada
       *[other] { $rows } linhas excluídas ou anonimizadas
    } no período.
evidence-retention-stale = Retenção aplicada pela última vez em { $when }, mais de um dia antes do fim do período.
evidence-retention-none = A retenção não foi aplicada neste período.
evidence-backup-last = Último backup em { $when } ({ $size }).
evidence-backup-stale = Último backup em { $when }, mais de uma semana antes do fim do período.
evidence-backup-none = Nenhum backup do banco de dados registrado neste período.
evidence-sla-met = { $count ->
        [one] O único componente atingiu sua meta de SLA.
       *[other] Todos os { $count } componentes atingiram suas metas de SLA.
    }
evidence-sla-missed = { $missed } de { $count ->
        [one] { $count } componente
       *[other] { $count } componentes
    } não { $missed ->
        [one] atingiu sua meta de SLA
       *[other] atingiram suas metas de SLA
    }: { $names }.
evidence-sla-no-data = Não há dados de disponibilidade neste período.
evidence-incidents-none = Nenhum incidente neste período.
evidence-incidents = { $count ->
        [one] { $count } incidente, resolvido
       *[other] { $count } incidentes, todos resolvidos
    }; tempo médio de recuperação { $mttr }.
evidence-incidents-open = { $open } de { $count ->
        [one] { $count } incidente
       *[other] { $count } incidentes
    } { $open ->
        [one] ainda estava aberto
       *[other] ainda estavam abertos
    } no fim do período.
evidence-residency = Os dados de { $count ->
        [one] { $count } componente permanecem na jurisdição de sua região
       *[other] { $count } componentes permanecem na jurisdição de suas regiões
    }.
evidence-residency-unknown = Não há registro de componentes neste banco de dados, então as regiões são desconhecidas.
evidence-healing-none = Nenhuma ação de recuperação neste período.
evidence-healing-unaudited = { $count ->
        [one] { $count } ação de recuperação, mas nenhum log de auditoria comprova que foi registrada.
       *[other] { $count } ações de recuperação, mas nenhum log de auditoria comprova que foram registradas.
    }
evidence-healing-audited = { $count ->
        [one] { $count } ação de recuperação, no log de auditoria.
       *[other] { $count } ações de recuperação, todas no log de auditoria.
    }
evidence-requests-none = Nenhuma solicitação de acesso ou eliminação neste período; ambas estão disponíveis.
evidence-requests = { $done } de { $count ->
        [one] { $count } solicitação de acesso e eliminação atendida
       *[other] { $count } solicitações de acesso e eliminação atendidas
    }.

## Jurisdições e categorias de dados

jurisdiction-eu = União Europeia (GDPR)
jurisdiction-us = Estados Unidos
jurisdiction-us-ca = Califórnia (CCPA)
jurisdiction-br = Brasil (LGPD)
jurisdiction-sg = Singapura (PDPA)
jurisdiction-other = Outra
data-personal-data = Dados pessoais
data-health-data = Dados de saúde
data-operational-metrics = Métricas operacionais
data-audit-log = Log de auditoria
data-credentials = Credenciais

## Ações de recuperação e retenção

action-restart = Reinício
action-supervisor-restart = Reinício pelo supervisor
action-scale-up = Aumento de instâncias
action-migrate = Migração
action-run = Executar comando
action-webhook = Chamada de webhook
result-succeeded = Concluída
result-failed = Falhou
result-running = Em execução
retention-samples = Amostras brutas
retention-rollups = Agregados por minuto
retention-events = Mudanças de status e eventos de processo
retention-incidents = Incidentes
retention-healing-actions = Ações de recuperação
retention-autoscale-decisions = Decisões de escalonamento automático
retention-data-subject-requests = Solicitações de acesso e eliminação
retention-audit = Log de auditoria
