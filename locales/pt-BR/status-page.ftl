# The read-only status page served at /status (crates/cli/src/routes/status_page.rs).
status-page-title = Status dos serviços
status-page-off = Este servidor não tem página de status.
status-page-heading-component = Serviço
status-page-heading-status = Situação
status-page-heading-availability = Disponibilidade (30 dias)
status-page-heading-incidents = Incidentes abertos
status-page-status-healthy = Operacional
status-page-status-degraded = Degradado
status-page-status-failed = Fora do ar
status-page-status-unknown = Desconhecido
status-page-overall-ok = Todos os serviços estão operacionais
status-page-overall-issues = { $count ->
    [one] Um serviço está com problema
   *[other] { $count } serviços estão com problemas
}
status-page-no-incidents = Nenhum
status-page-no-data = Ainda sem dados
status-page-incident = { $kind } desde { $since } UTC
status-page-kind-down = Não responde
status-page-kind-crash = Travou
status-page-kind-memory-limit = Limite de memória atingido
status-page-kind-memory-forecast = Memória acabando
status-page-kind-alert = Alerta disparado
status-page-kind-other = Incidente
status-page-updated = Atualizado { $time } UTC · recarrega a cada { $seconds } segundos
status-page-languages = Idiomas
status-page-language-name = Português (Brasil)
