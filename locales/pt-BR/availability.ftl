# Disponibilidade (crates/engine/src/availability.rs): o mesmo número na página do
# componente, na visão geral, na lista de componentes e nos relatórios.
availability-label = Disponibilidade
availability-detail = { $outages ->
    [0] Nenhuma interrupção nos últimos { $days } dias
    [one] Uma interrupção, { $down } fora do ar, nos últimos { $days } dias
   *[other] { $outages } interrupções, { $down } fora do ar, nos últimos { $days } dias
}
availability-overview-hint = Componentes exibidos, ponderado pelo tempo, últimos { $days } dias
availability-no-data = Ainda sem dados
report-col-downtime = Tempo fora do ar
report-col-outages = Interrupções
