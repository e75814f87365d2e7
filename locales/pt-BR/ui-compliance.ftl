# The Compliance page of the UI (ui/src/pages/Compliance.svelte).

ui-compliance-report = Relatório de conformidade
ui-compliance-report-forbidden = Você não pode exportar relatórios: é preciso a permissão EXPORT_REPORTS.
ui-compliance-period = Período
ui-compliance-custom = Personalizado
ui-compliance-from = De
ui-compliance-to = Até
ui-compliance-standards = Normas
ui-compliance-error-dates = Informe as duas datas como ano-mês-dia.
ui-compliance-error-order = A data final é anterior à inicial.
ui-compliance-build = Gerar relatório
ui-compliance-export-pdf = Exportar PDF
ui-compliance-export-html = Exportar HTML
ui-compliance-export-csv = Exportar CSV (zip)
ui-compliance-export-json = Exportar JSON
ui-compliance-pass = Aprovados
ui-compliance-fail = Reprovados
ui-compliance-needs-attention = Exigem atenção
ui-compliance-integrity = Selo
ui-compliance-audit-head = Topo da cadeia de auditoria
ui-compliance-digest = Resumo do relatório (SHA-256)
ui-compliance-controls = Controles e suas evidências
ui-compliance-status-pass = Aprovado
ui-compliance-status-fail = Reprovado
ui-compliance-status-needs_attention = Exige atenção
ui-compliance-regions = Regiões
ui-compliance-region = Região
ui-compliance-jurisdiction = Jurisdição
ui-compliance-state = Estado
ui-compliance-action = Ação
ui-compliance-active = Ativa
ui-compliance-inactive = Inativa
ui-compliance-activate = Ativar
ui-compliance-deactivate = Desativar
ui-compliance-activate-body = Componentes e dados poderão voltar a ficar nesta região.
ui-compliance-deactivate-body = Nenhum novo componente ou dado ficará nesta região; a recuperação migra para fora dela.
ui-compliance-validate = Verificar uma operação de dados
ui-compliance-operation = Operação
ui-compliance-data-type = Tipo de dado
ui-compliance-user-region = Região do usuário
ui-compliance-destination = Destino
ui-compliance-no-destination = Sem destino
ui-compliance-check = Verificar
ui-compliance-allowed = Permitida
ui-compliance-blocked = Bloqueada
ui-compliance-articles = Artigos e controles
ui-compliance-op-export = Exportar
ui-compliance-op-share = Compartilhar
ui-compliance-op-sell = Vender
ui-compliance-op-transfer = Transferir
ui-compliance-op-migrate = Migrar
ui-compliance-op-replicate = Replicar
ui-compliance-op-process = Processar
ui-compliance-op-store = Armazenar
ui-compliance-op-delete = Excluir
ui-compliance-op-modify = Modificar
ui-compliance-last-days = { $days ->
        [one] Último dia
       *[other] Últimos { $days } dias
    }
ui-compliance-exported = { $file } salvo.
ui-compliance-audit-rows = { $rows ->
    [one] { $rows } linha
   *[other] { $rows } linhas
}
ui-compliance-activate-title = Ativar { $region }?
ui-compliance-deactivate-title = Desativar { $region }?
