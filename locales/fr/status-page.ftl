# The read-only status page served at /status (crates/cli/src/routes/status_page.rs).
status-page-title = État des services
status-page-off = Ce serveur n’a pas de page d’état.
status-page-heading-component = Nom du service
status-page-heading-status = État
status-page-heading-availability = Disponibilité (30 jours)
status-page-heading-incidents = Incidents ouverts
status-page-status-healthy = Opérationnel
status-page-status-degraded = Dégradé
status-page-status-failed = En panne
status-page-status-unknown = Inconnu
status-page-overall-ok = Tous les services sont opérationnels
status-page-overall-issues = { $count ->
    [one] Un service a un problème
   *[other] { $count } services ont des problèmes
}
status-page-no-incidents = Aucun
status-page-no-data = Pas encore de données
status-page-incident = { $kind } depuis le { $since } UTC
status-page-kind-down = Ne répond pas
status-page-kind-crash = Arrêt brutal
status-page-kind-memory-limit = Limite de mémoire atteinte
status-page-kind-memory-forecast = Mémoire bientôt épuisée
status-page-kind-alert = Alerte en cours
status-page-kind-other = Incident en cours
status-page-updated = Mis à jour le { $time } UTC · actualisé toutes les { $seconds } secondes
status-page-languages = Langues
status-page-language-name = Français
