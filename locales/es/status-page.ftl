# The read-only status page served at /status (crates/cli/src/routes/status_page.rs).
status-page-title = Estado del servicio
status-page-off = Este servidor no tiene página de estado.
status-page-heading-component = Servicio
status-page-heading-status = Estado
status-page-heading-availability = Disponibilidad (30 días)
status-page-heading-incidents = Incidentes abiertos
status-page-status-healthy = Operativo
status-page-status-degraded = Degradado
status-page-status-failed = Caído
status-page-status-unknown = Desconocido
status-page-overall-ok = Todos los servicios están operativos
status-page-overall-issues = { $count ->
    [one] Un servicio tiene un problema
   *[other] { $count } servicios tienen problemas
}
status-page-no-incidents = Ninguno
status-page-no-data = Aún sin datos
status-page-incident = { $kind } desde { $since } UTC
status-page-kind-down = No responde
status-page-kind-crash = Se detuvo
status-page-kind-memory-limit = Límite de memoria alcanzado
status-page-kind-memory-forecast = Se está quedando sin memoria
status-page-kind-alert = Alerta activa
status-page-kind-other = Incidente
status-page-updated = Actualizado { $time } UTC · se actualiza cada { $seconds } segundos
status-page-languages = Idiomas
status-page-language-name = Español
