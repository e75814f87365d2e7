# Disponibilidad (crates/engine/src/availability.rs): la misma cifra en la página del
# componente, la vista general, la lista de componentes y los informes.
availability-label = Disponibilidad
availability-detail = { $outages ->
    [0] Ninguna interrupción en los últimos { $days } días
    [one] Una interrupción, { $down } sin servicio, en los últimos { $days } días
   *[other] { $outages } interrupciones, { $down } sin servicio, en los últimos { $days } días
}
availability-overview-hint = Componentes mostrados, ponderado por tiempo, últimos { $days } días
availability-no-data = Aún no hay datos
report-col-downtime = Tiempo sin servicio
report-col-outages = Interrupciones
