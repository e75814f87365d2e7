# Chronologies, causes et clôtures des incidents.

## Pourquoi un incident a été ouvert

incident-reason-exit-status = Le processus { $pid } s’est terminé avec le code { $code } après { $uptime }
incident-reason-exit-signal = Le processus { $pid } a été tué par le signal { $signal } après { $uptime }
incident-reason-exit = Le processus { $pid } s’est terminé après { $uptime }
incident-reason-check = La vérification a échoué : { $issues }
incident-reason-check-plain = La vérification a échoué
incident-reason-memory = La mémoire résidente de { $used } Mo dépasse la limite de { $limit } Mo
incident-reason-alert = Alerte `{ $alert }` : { $summary }
incident-reason-alert-plain = Alerte `{ $alert }`
incident-reason-finding = Détection : { $finding }
incident-reason-root-down = `{ $root }` est hors service
incident-reason-still-down = Toujours hors service après le rétablissement de sa cause première `{ $root }`

## Entrées de la chronologie

incident-respawn-failed = { $exit } ; le superviseur le relance dans { $delay }
incident-respawn-up = Le processus relancé par le superviseur fonctionne et répond
incident-respawn-not-up = Pas disponible dans un délai de { $within }
incident-restart-skipped = Ignoré : le superviseur redémarre déjà ce processus enfant qui plante en boucle, avec un délai croissant
incident-waiting = En attente avant l’étape { $step } ({ $strategy }) : { $refusal }
incident-step-verified = { $detail } ; vérifié
incident-step-not-healthy = { $detail } ; pas en bonne santé dans un délai de { $within }
incident-step-result = { $detail }
incident-dependent-up = `{ $component }` est de nouveau disponible
incident-dependent-folded = `{ $component }` est hors service à cause de la cause première de cet incident ; son alerte y est rattachée
incident-merged-duplicate = Détection en double
incident-merged-into = Rattaché à l’incident { $incident } : cause première `{ $root }`
incident-alert-firing = Alerte `{ $alert }` déclenchée : { $summary }
incident-alert-firing-plain = Alerte `{ $alert }` déclenchée
incident-alert-resolved = Alerte `{ $alert }` résolue
incident-alert-resolved-late = Alerte `{ $alert }` résolue ; l’incident était déjà clos
incident-escalated-breaker = { $failures ->
    [one] Une réparation échouée
   *[other] { $failures } réparations échouées
} en { $window } : disjoncteur ouvert ; plus aucune tentative avant sa semi-ouverture
incident-escalated-ladder = L’échelle de rétablissement ({ $steps ->
    [one] une étape
   *[other] { $steps } étapes
}) est épuisée et `{ $component }` est toujours hors service
incident-still-escalated = Toujours escaladé : { $reason }

## Comment un incident a été clos

incident-closed-check = Bonne santé confirmée par une vérification
incident-closed-manual = Bonne santé confirmée après une action manuelle
incident-closed-respawn = Bonne santé confirmée après la relance par le superviseur
incident-closed-alone = Rétabli de lui-même ; aucune action menée
incident-closed-step = Bonne santé confirmée après { $step ->
        [restart] un redémarrage
        [scale_up] une montée en charge
        [scale_down] une réduction de charge
        [migrate] une migration
        [run] l’étape de commande
        [webhook] l’appel du webhook
        [notify] la notification
       *[other] `{ $step }`
    }
incident-closed-verified = Bonne santé confirmée

## Résumés d’incidents dans les rapports de conformité

incident-summary-root-cause = { $reason } (cause première : { $root })
incident-summary-affected = { $summary } ; également touchés : { $components }

## Types d’entrées de la chronologie (page des incidents)

incident-kind-detected = Détecté
incident-kind-action = Intervention
incident-kind-verified = Vérifié
incident-kind-escalated = Escaladé
incident-kind-folded = Rattaché
incident-kind-note = Remarque
incident-kind-closed = Clos
