# Notifications des incidents et des étapes de réparation : webhook générique, Slack, Teams,
# e-mail et application de bureau. $detail est le compte rendu du réparateur lui-même.

## Gravités et libellés

notification-severity-info = Information
notification-severity-warning = Avertissement
notification-severity-critical = Critique

notification-label-component = Composant
notification-label-severity = Gravité
notification-label-incident = Incident
notification-label-strategy = Étape de réparation

## Types d’incident

notification-kind-down = hors service
notification-kind-crash = planté
notification-kind-memory-limit = au-delà de sa limite de mémoire
notification-kind-memory-forecast = sur le point de dépasser sa limite de mémoire
notification-kind-alert = visé par une alerte active

## Événements

notification-incident-opened-title = Incident n° { $incident } : { $component } a un problème
notification-incident-opened-body = { $component } est { $kind } : { $detail }
notification-step-started-title = Réparation de { $component } : { $strategy } démarré
notification-step-started-body = { $detail }
notification-step-succeeded-title = Réparation de { $component } : { $strategy } réussi
notification-step-succeeded-body = Terminé en { $seconds } s : { $detail }
notification-step-failed-title = Réparation de { $component } : échec de { $strategy }
notification-step-failed-body = Échec après { $seconds } s : { $detail }
notification-incident-escalated-title = Incident n° { $incident } : { $component } a besoin d’un opérateur
notification-incident-escalated-body = La réparation automatique s’est arrêtée : { $detail }
notification-incident-resolved-title = Incident n° { $incident } résolu : { $component } est de nouveau sain
notification-incident-resolved-body = { $detail }

## Enveloppe

notification-footer = Envoyé par Pipeline Guard
