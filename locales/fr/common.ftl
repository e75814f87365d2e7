# Vocabulaire commun de Pipeline Guard.

## Produit

product-name = Pipeline Guard

## État des composants

status-healthy = Sain
    .description = Toutes les vérifications réussissent.
status-degraded = Dégradé
    .description = Certaines vérifications sont lentes ou échouent par intermittence.
status-failed = En échec
    .description = Les vérifications échouent ; une réparation est nécessaire.
status-unknown = Inconnu
    .description = Aucun résultat de vérification pour l’instant.

## Modes du pipeline

mode-healthy = Sain
mode-degraded = Dégradé
mode-healing = En réparation
mode-paused = En pause

pipeline-healthy = Le pipeline est sain.
pipeline-degraded = Le pipeline est dégradé.
pipeline-healing = Le pipeline est en cours de réparation.
pipeline-paused = Le pipeline est en pause.

## Gravité

severity-critical = Critique
severity-high = Élevée
severity-medium = Moyenne
severity-low = Faible
severity-warning = Avertissement
severity-info = Information

## Régions

region-us-east = Est des États-Unis
region-us-west = Ouest des États-Unis
region-eu-west = Europe de l’Ouest
region-eu-central = Europe centrale
region-asia-pacific = Asie-Pacifique
region-sa-east = Est de l’Amérique du Sud

## Unités

unit-duration-days = { $value } j
unit-duration-hours = { $value } h
unit-duration-minutes = { $value } min
unit-duration-seconds = { $value } s
unit-duration-milliseconds = { $value } ms
unit-duration-separator = { " " }
unit-size-kilobytes = { $value } Ko
unit-size-megabytes = { $value } Mo
unit-size-gigabytes = { $value } Go
unit-requests-per-second = { $value } req./s
unit-components =
    { $count ->
        [one] { $count } composant
       *[other] { $count } composants
    }
unit-incidents =
    { $count ->
        [one] { $count } incident
       *[other] { $count } incidents
    }

## Périodes

time-range-last-15-minutes = 15 dernières minutes
time-range-last-hour = Dernière heure
time-range-last-6-hours = 6 dernières heures
time-range-last-24-hours = 24 dernières heures
time-range-last-7-days = 7 derniers jours
time-range-last-30-days = 30 derniers jours
time-range-custom = Période personnalisée

## Boutons

button-save = Enregistrer
button-cancel = Annuler
button-close = Fermer
button-apply = Appliquer
button-refresh = Actualiser
button-retry = Réessayer
button-delete = Supprimer
button-edit = Modifier
button-confirm = Confirmer
button-back = Retour
button-next = Suivant
button-export = Exporter
button-heal-now = Réparer maintenant
button-dry-run = Simulation

## Mots génériques

generic-yes = Oui
generic-no = Non
generic-loading = Chargement…
generic-none = Aucun
generic-language = Langue
