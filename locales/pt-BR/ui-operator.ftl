# O que o operador vê dos identificadores do motor: estratégias, resultados, gatilhos, estados
# de incidentes, eventos ao vivo, permissões e ações de auditoria, e elementos de página.

ui-strategy-scale_down = Reduzir instâncias
ui-strategy-notify = Notificar
ui-strategy-respawn = Reinício pelo supervisor
ui-strategy-other = Outra etapa

ui-op-result-running = Em andamento
ui-op-result-succeeded = Concluído
ui-op-result-failed = Falhou
ui-op-result-skipped = Ignorado
ui-op-result-other = Outro resultado
ui-op-trigger-ladder = Escada de recuperação
ui-op-trigger-manual = Pelo operador
ui-op-trigger-supervisor = Processo supervisor
ui-op-trigger-memory = Limite de memória
ui-op-trigger-alert = Alerta
ui-op-trigger-autoscale = Escalonamento automático
ui-op-trigger-other = Outro gatilho
ui-op-col-started = Início
ui-op-col-component = Componente
ui-op-col-strategy = Etapa
ui-op-col-trigger = Gatilho
ui-op-col-result = Resultado
ui-op-col-duration = Duração
ui-op-no-attempts = Nenhuma tentativa ainda

ui-op-incident-open = Aberto
ui-op-incident-resolved = Resolvido
ui-op-incident-merged = Mesclado
ui-op-incident-number = Incidente { $id }
ui-op-incident-merged-into = Unido ao incidente { $id }
ui-op-incident-open-for = aberto há { $duration }
ui-op-incident-lasted = durou { $duration }
ui-op-incident-kind-down = fora do ar
ui-op-incident-kind-crash = travou
ui-op-incident-kind-memory_limit = acima do limite de memória
ui-op-incident-kind-memory_forecast = previsão de memória esgotada
ui-op-incident-kind-alert = alerta disparado

ui-op-feed-incident-opened = incidente { $id } aberto: { $kind }
ui-op-feed-healing-step = etapa de recuperação { $strategy }: { $phase }
ui-op-feed-incident-escalated = incidente { $id } escalado
ui-op-feed-incident-closed = incidente { $id } encerrado
ui-op-step-started = iniciada
ui-op-step-succeeded = concluída
ui-op-step-failed = falhou
ui-op-step-skipped = ignorada

ui-op-permission-admin-access = Administração
ui-op-permission-manage-components = Gerenciar componentes
ui-op-permission-trigger-healing = Acionar recuperação
ui-op-permission-read-metrics = Ler métricas
ui-op-permission-monitor-health = Monitorar o estado
ui-op-permission-export-reports = Exportar relatórios
ui-op-permission-manage-users = Gerenciar contas
ui-op-permission-view-audit = Ver o log de auditoria
ui-op-permission-other = Outra permissão
ui-op-token-role-scope = Tudo o que o papel da conta permite

ui-op-audit-heal = Recuperação: { $strategy }
ui-op-audit-account-language = Idioma alterado
ui-op-audit-auth-invalid-token = Token inválido usado
ui-op-audit-auth-revoked-token = Token revogado usado
ui-op-audit-autoscale-change = Escalonamento automático alterado
ui-op-audit-config-change = Configuração alterada
ui-op-audit-data-operation-blocked = Operação de dados bloqueada
ui-op-audit-healing-preferences = Escada de recuperação alterada
ui-op-audit-key-rotate = Chave trocada
ui-op-audit-login = Sessão iniciada
ui-op-audit-login-failed = Falha ao entrar
ui-op-audit-login-local = Sessão iniciada neste computador
ui-op-audit-login-locked = Conta bloqueada após falhas de acesso
ui-op-audit-permission-denied = Permissão negada
ui-op-audit-region-activate = Região ativada
ui-op-audit-region-deactivate = Região desativada
ui-op-audit-report-exported = Relatório exportado
ui-op-audit-retention-applied = Retenção aplicada
ui-op-audit-role-define = Papel definido
ui-op-audit-secret-put = Segredo salvo
ui-op-audit-security-finding = Achado de segurança
ui-op-audit-subject-erased = Dados pessoais apagados
ui-op-audit-subject-erasure-requested = Exclusão solicitada
ui-op-audit-subject-exported = Dados pessoais exportados
ui-op-audit-token-denied = Token recusado
ui-op-audit-token-issue = Token emitido
ui-op-audit-token-revoke = Token revogado
ui-op-audit-user-create = Conta criada
ui-op-audit-user-disable = Conta desativada
ui-op-audit-user-enable = Conta ativada
ui-op-audit-user-lock = Conta bloqueada
ui-op-audit-user-role = Papel alterado
ui-op-audit-other = Outra ação

ui-op-skip-to-content = Pular para o conteúdo
ui-op-report-hint = Escolha um período e as normas e gere o relatório. A geração fica registrada no log de auditoria.
ui-op-chart-label = { $metric } no período escolhido
