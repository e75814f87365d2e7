# Disponibilité (crates/engine/src/availability.rs) : le même chiffre sur la page du
# composant, la vue d’ensemble, la liste des composants et les rapports.
availability-label = Disponibilité
availability-detail = { $outages ->
    [0] Aucune panne ces { $days } derniers jours
    [one] Une panne, { $down } d’indisponibilité, ces { $days } derniers jours
   *[other] { $outages } pannes, { $down } d’indisponibilité, ces { $days } derniers jours
}
availability-overview-hint = Composants affichés, pondéré par la durée, { $days } derniers jours
availability-no-data = Pas encore de données
report-col-downtime = Indisponibilité
report-col-outages = Pannes
