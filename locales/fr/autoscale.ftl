# Décisions de mise à l’échelle automatique et raisons d’attendre.

autoscale-reason-above = { $metric } vaut { $value }, au niveau ou au-dessus de { $threshold }
autoscale-reason-forecast = { $metric } vaut { $value } et devrait atteindre { $threshold } dans { $seconds } s ({ $predicted } à la fin de l’horizon)
autoscale-reason-below = { $metric } vaut { $value }, au niveau ou au-dessous de { $threshold }
autoscale-reason-below-min = { $instances ->
        [one] { $instances } instance tourne
       *[other] { $instances } instances tournent
    }, moins que le minimum de { $min }
autoscale-reason-above-max = { $instances ->
        [one] { $instances } instance tourne
       *[other] { $instances } instances tournent
    }, plus que le maximum de { $max }
autoscale-hold-disabled = La réparation est désactivée dans la configuration
autoscale-hold-paused = La mise à l’échelle est en pause
autoscale-hold-maintenance = Fenêtre de maintenance jusqu’à { $until }
autoscale-hold-cooling-down = Temporisation après la dernière mise à l’échelle jusqu’à { $until }
autoscale-hold-at-max = Déjà au maximum de { $max ->
        [one] { $max } instance
       *[other] { $max } instances
    }
autoscale-hold-at-min = Déjà au minimum de { $min ->
        [one] { $min } instance
       *[other] { $min } instances
    }
autoscale-hold-no-samples = Aucune mesure récente de { $metric }
autoscale-decision-up = Passer de { $from } à { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    } : { $reason }
autoscale-decision-down = Réduire de { $from } à { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    } : { $reason }
autoscale-decision-held = Mise à l’échelle depuis { $from ->
        [one] { $from } instance
       *[other] { $from } instances
    } retenue : { $hold } ({ $reason })
autoscale-decision-blocked = Aucune mise à l’échelle depuis { $from ->
        [one] { $from } instance
       *[other] { $from } instances
    } : { $hold }
autoscale-decision-failed = La mise à l’échelle de { $from } à { $to ->
        [one] { $to } instance
       *[other] { $to } instances
    } s’est arrêtée à { $reached } : { $reason }
autoscale-dry-run = (simulation : rien n’a été modifié)
