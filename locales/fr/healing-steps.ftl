# Détails des étapes de réparation : ce qu'une étape ferait et ce qu'elle a fait. Les noms entre
# accents graves et les listes argv sont affichés tels quels ; $error, $output et $status sont
# les mots du système ou d'une commande.

heal-text = { $text }

## Relances par le superviseur

step-respawn-plan = le superviseur relance le processus enfant
step-respawn-pending = { $exit } ; le superviseur le relance
step-respawn-started = { $exit } ; relancé avec le pid { $pid }

## restart

step-restart-rolling-plan = redémarrage progressif de `{ $component }` derrière son front sur { $listen } : vider, redémarrer et revérifier chaque instance tour à tour
step-restart-plan = redémarrer `{ $component }` (arrêter le pid { $pid }, lancer { $command })
step-restart-start-plan = relancer `{ $component }` ({ $command })
step-restart-unsupervised-plan = impossible de redémarrer `{ $component }` : non supervisé (ajoutez une étape `run:` avec sa commande de redémarrage)
step-restart-unsupervised = `{ $component }` n’est pas supervisé par le guard ; redémarrez-le avec une étape `run:`
step-restart-done = redémarré : pid { $old } → { $new }
step-restart-started = pid { $pid } lancé
step-restart-pending = redémarrage demandé ; le processus enfant n’a pas encore démarré

## Derrière un front

step-front-missing = `{ $component }` n’a pas de front
step-front-unknown-component = composant inconnu `{ $component }`
step-front-instance-error = échec de l’instance { $instance } : { $error }
step-rolling-instance = instance { $instance } vidée en { $waited } ms ({ $in_flight } en cours, { $left ->
        [one] { $left } restante
       *[other] { $left } restantes
    }){ $note ->
    [uncovered] { " (aucune autre instance n’était saine : des requêtes ont pu échouer)" }
    [timed-out] { " (le vidage a expiré)" }
   *[none] { "" }
}, redémarrée
step-rolling-stopped = { $done } ; l’instance { $instance } n’est pas saine dans le délai de { $within } : redémarrage progressif interrompu
step-rolling-done = { $instances ->
    [one] redémarrage progressif d’une instance : { $done }
   *[other] redémarrage progressif de { $instances } instances : { $done }
}
step-retire-uncovered = instance { $instance } non arrêtée : aucune autre instance de `{ $component }` n’est saine pour prendre ses requêtes
step-retire-not-stopped = instance { $instance } vidée mais non arrêtée : { $error }
step-retire-done = instance { $instance } vidée en { $waited } ms ({ $in_flight } en cours), arrêtée
step-retire-done-timed-out = instance { $instance } vidée en { $waited } ms ({ $in_flight } en cours) (vidage expiré avec { $left } en cours), arrêtée

## scale_up et scale_down

step-command-plan = exécuter { $argv }
step-scale-replicas = { $replicas ->
        [one] { $replicas } réplique
       *[other] { $replicas } répliques
    } : { $detail }
step-scale-up-full-plan = impossible d’augmenter `{ $component }` : déjà { $running ->
        [one] { $running } instance
       *[other] { $running } instances
    } sur { $max } au plus
step-scale-up-plan = lancer l’instance { $instance } de `{ $component }` ({ $command } sur le prochain port libre)
step-scale-up-impossible-plan = impossible de dimensionner `{ $component }` : pas de `{"{"}port{"}"}` dans sa commande ni de `scale.command`
step-scale-up-full = déjà { $running ->
        [one] { $running } instance
       *[other] { $running } instances
    } sur { $max } au plus
step-scale-up-no-port = aucun port libre après le port de base { $port }
step-scale-up-started = instance { $instance } lancée sur le port { $port }
step-scale-up-max-replicas = déjà au maximum de { $max ->
        [one] { $max } réplique
       *[other] { $max } répliques
    }
step-scale-up-impossible = `{ $component }` ne peut pas être dimensionné : mettez `{"{"}port{"}"}` dans sa commande avec `scale: {"{"} port: N {"}"}`, ou indiquez `scale.command`
step-scale-down-drain-plan = vider l’instance { $instance } de `{ $component }` par son front, puis l’arrêter
step-scale-down-plan = arrêter l’instance { $instance } de `{ $component }`
step-scale-down-nothing-plan = rien à réduire pour `{ $component }`
step-scale-down-min-instances = déjà au minimum de { $min ->
        [one] { $min } instance
       *[other] { $min } instances
    }
step-scale-down-stopped = instance { $instance } arrêtée
step-scale-down-min-replicas = déjà au minimum de { $min ->
        [one] { $min } réplique
       *[other] { $min } répliques
    }
step-scale-down-no-extra = `{ $component }` n’a aucune instance supplémentaire à arrêter

## migrate

step-migrate-no-service = `{ $component }` n’a pas de `tags.service` et donc aucun pair vers lequel migrer
step-migrate-peer-unhealthy = { $peer } n’est pas sain
step-migrate-peer-region-off = { $peer } est dans { $region }, qui est désactivée
step-migrate-peer-same-region = `{ $peer }` est dans la même région ({ $region })
step-migrate-peer-residency = `{ $peer }` est dans { $region } : { $rule } interdit de sortir ces données ({ $category }) de { $from }
step-migrate-no-peer = aucun pair sain du service `{ $service }` ne peut prendre le relais ({ $refused })
step-migrate-plan = déplacer `{ $component }` vers `{ $target }`
step-migrate-impossible-plan = migration impossible : { $why }
step-migrate-done = trafic de `{ $component }` déplacé vers `{ $target }`

## notify

step-notify-plan = enregistrer une notification pour `{ $component }` (aucun changement)
step-notify-done = opérateur averti au sujet de `{ $component }`

## run

step-run-plan = exécuter { $argv } (délai { $timeout })
step-run-empty = argv vide
step-run-cannot-start = impossible de lancer { $program } : { $error }
step-run-exited-ok = { $program } s’est terminé avec 0
step-run-exited = { $program } s’est terminé avec { $status } : { $output }
step-run-error = { $program } : { $error }
step-run-timeout = { $program } n’a pas fini en { $timeout } ; tué

## webhook

step-webhook-plan = envoyer l’incident en JSON par POST à { $url }
step-webhook-answered-attempt = { $url } a répondu { $status } (tentative { $attempt })
step-webhook-answered = { $url } a répondu { $status }
step-webhook-error = { $url } : { $error }
step-webhook-gave-up = { $last } (après { $attempts ->
        [one] { $attempts } tentative
       *[other] { $attempts } tentatives
    })
