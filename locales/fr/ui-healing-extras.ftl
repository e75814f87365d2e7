# Healing page: one component's pause, maintenance windows, notification deliveries.

ui-healing-x-component-title = Réparation d’un composant
ui-healing-x-pause-component-body = Le gardien cesse de réparer ce composant jusqu’à la reprise ; le reste du labo continue d’être réparé.
ui-healing-x-maintenance = Fenêtres de maintenance
ui-healing-x-all-components = Tous les composants
ui-healing-x-no-maintenance = Aucune fenêtre de maintenance.
ui-healing-x-duration = Durée
ui-healing-x-add-window = Ajouter une fenêtre
ui-healing-x-deliveries = Envois de notifications
ui-healing-x-delivery-sent = Envoyée
ui-healing-x-delivery-failed = Échouée
ui-healing-x-delivery-dropped = Abandonnée
ui-healing-x-no-deliveries = Aucune notification envoyée pour l’instant.
ui-healing-x-pause-component = Suspendre la réparation de { $component }
ui-healing-x-resume-component = Reprendre la réparation de { $component }
ui-healing-x-minutes = { $minutes } min
ui-healing-x-attempts = { $attempts ->
        [one] { $attempts } tentative
       *[other] { $attempts } tentatives
    }
