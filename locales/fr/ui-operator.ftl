# Ce que l'opérateur voit des identifiants du moteur : stratégies, résultats, déclencheurs,
# états d'incident, événements en direct, permissions et actions d'audit, et éléments de page.

ui-strategy-scale_down = Réduire les instances
ui-strategy-notify = Notifier
ui-strategy-respawn = Relance par le superviseur
ui-strategy-other = Autre étape

ui-op-result-running = En cours
ui-op-result-succeeded = Réussi
ui-op-result-failed = Échoué
ui-op-result-skipped = Ignoré
ui-op-result-other = Autre résultat
ui-op-trigger-ladder = Échelle de rétablissement
ui-op-trigger-manual = Manuel
ui-op-trigger-supervisor = Superviseur
ui-op-trigger-memory = Limite de mémoire
ui-op-trigger-alert = Alerte
ui-op-trigger-autoscale = Mise à l’échelle automatique
ui-op-trigger-other = Autre déclencheur
ui-op-col-started = Début
ui-op-col-component = Composant
ui-op-col-strategy = Étape
ui-op-col-trigger = Déclencheur
ui-op-col-result = Résultat
ui-op-col-duration = Durée
ui-op-no-attempts = Aucune tentative pour l’instant

ui-op-incident-open = Ouvert
ui-op-incident-resolved = Résolu
ui-op-incident-merged = Fusionné
ui-op-incident-number = Incident n° { $id }
ui-op-incident-merged-into = Rattaché à l’incident n° { $id }
ui-op-incident-open-for = ouvert depuis { $duration }
ui-op-incident-lasted = a duré { $duration }
ui-op-incident-kind-down = en panne
ui-op-incident-kind-crash = plantage
ui-op-incident-kind-memory_limit = au-delà de sa limite de mémoire
ui-op-incident-kind-memory_forecast = mémoire bientôt épuisée selon la prévision
ui-op-incident-kind-alert = alerte déclenchée

ui-op-feed-incident-opened = incident n° { $id } ouvert : { $kind }
ui-op-feed-healing-step = étape de réparation { $strategy } : { $phase }
ui-op-feed-incident-escalated = incident n° { $id } escaladé
ui-op-feed-incident-closed = incident n° { $id } clos
ui-op-step-started = commencée
ui-op-step-succeeded = réussie
ui-op-step-failed = échouée
ui-op-step-skipped = ignorée

ui-op-permission-admin-access = Accès administrateur
ui-op-permission-manage-components = Gérer les composants
ui-op-permission-trigger-healing = Déclencher une réparation
ui-op-permission-read-metrics = Lire les métriques
ui-op-permission-monitor-health = Surveiller l’état
ui-op-permission-export-reports = Exporter des rapports
ui-op-permission-manage-users = Gérer les comptes
ui-op-permission-view-audit = Consulter le journal d’audit
ui-op-permission-other = Autre permission
ui-op-token-role-scope = Tout ce que permet le rôle du compte

ui-op-audit-heal = Réparation : { $strategy }
ui-op-audit-account-language = Langue modifiée
ui-op-audit-auth-invalid-token = Jeton invalide utilisé
ui-op-audit-auth-revoked-token = Jeton révoqué utilisé
ui-op-audit-autoscale-change = Mise à l’échelle automatique modifiée
ui-op-audit-config-change = Configuration modifiée
ui-op-audit-data-operation-blocked = Opération sur les données bloquée
ui-op-audit-healing-preferences = Échelle de rétablissement modifiée
ui-op-audit-key-rotate = Clé renouvelée
ui-op-audit-login = Connexion
ui-op-audit-login-failed = Échec de connexion
ui-op-audit-login-local = Connexion sur cet ordinateur
ui-op-audit-login-locked = Compte bloqué après des échecs de connexion
ui-op-audit-permission-denied = Permission refusée
ui-op-audit-region-activate = Région activée
ui-op-audit-region-deactivate = Région désactivée
ui-op-audit-report-exported = Rapport exporté
ui-op-audit-retention-applied = Conservation appliquée
ui-op-audit-role-define = Rôle défini
ui-op-audit-secret-put = Secret enregistré
ui-op-audit-security-finding = Constat de sécurité
ui-op-audit-subject-erased = Données personnelles effacées
ui-op-audit-subject-erasure-requested = Effacement demandé
ui-op-audit-subject-exported = Données personnelles exportées
ui-op-audit-token-denied = Jeton refusé
ui-op-audit-token-issue = Jeton émis
ui-op-audit-token-revoke = Jeton révoqué
ui-op-audit-user-create = Compte créé
ui-op-audit-user-disable = Compte désactivé
ui-op-audit-user-enable = Compte réactivé
ui-op-audit-user-lock = Compte bloqué
ui-op-audit-user-role = Rôle modifié
ui-op-audit-other = Autre action

ui-op-skip-to-content = Aller au contenu
ui-op-report-hint = Choisissez une période et les normes, puis générez le rapport. Sa génération est consignée dans le journal d’audit.
ui-op-chart-label = { $metric } sur la période choisie
