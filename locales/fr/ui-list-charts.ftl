# The components list (heartbeat strip, 24 h / 30 d availability, status chips, tags, groups),
# the component page's charts (custom range, zoom, crosshair, marker legend, 1 s live mode),
# and the config's `tags:` problems (crates/engine/src/config/validate.rs). Issue 20.

## `tags:` in the config, printed as FILE:LINE:COL: message

config-tag-invalid = étiquette non valide `{ $tag }` : une étiquette utilise des lettres, des chiffres, `-`, `_`, `.`, `/` et `:`, { $max } caractères au plus
config-tag-duplicate = l’étiquette `{ $tag }` figure deux fois
config-tag-not-text = une étiquette est du texte (mettez les nombres et les booléens entre guillemets)
config-tags-shape = { $key } attendu sous forme de liste d’étiquettes ({ $list }) ou de table d’étiquettes à clé ({ $map })

## The components list

ui-list-heartbeat = Dernières vérifications
# A tick of the heartbeat strip: when the check ended, its outcome and its latency.
ui-list-beat = { $time } : { $status }, { $latency }
ui-list-beat-none = Aucune vérification pour l’instant
ui-list-avail-24h = 24 h
ui-list-avail-30d = 30 jours
ui-list-chips = Filtrer par état
ui-list-chip-all = Tous
ui-list-chip-healthy = Sains
ui-list-chip-degraded = Dégradés
ui-list-chip-failed = En panne
ui-list-chip-unknown = Inconnus
ui-list-tag = Étiquette
ui-list-tag-any = Toutes les étiquettes
ui-list-tag-filter = N’afficher que les composants étiquetés { $tag }
ui-list-group-by = Grouper par
ui-list-group-none = Sans groupes
ui-list-group-region = Région
ui-list-group-tag = Étiquette
ui-list-untagged = Sans étiquette
ui-list-group-count =
    { $count ->
        [one] { $count } composant
       *[other] { $count } composants
    }
ui-list-group-toggle = Afficher ou masquer { $group }

## The component page's charts

ui-chart-from = Du
ui-chart-to = Au
ui-chart-apply = Appliquer
ui-chart-range-invalid = Le début doit précéder la fin.
ui-chart-range-shown = { $from } – { $to }
ui-chart-live = En direct (1 s)
ui-chart-live-hint = Les 5 dernières minutes, un point par seconde issu du flux d’événements
ui-chart-zoom-hint = Faites glisser sur un graphique pour zoomer, double-cliquez pour revenir
ui-chart-reset = Annuler le zoom
ui-chart-legend = Repères
ui-chart-marker-failed = En panne (incident)
ui-chart-marker-degraded = Dégradé
ui-chart-marker-healthy = Rétabli
ui-chart-marker-restart = Processus démarré
ui-chart-marker-action = Action de réparation
