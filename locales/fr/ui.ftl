# L’application de bureau et l’interface web (ui/).

## Navigation et cadre

ui-nav-label = Navigation principale
ui-nav-overview = Vue d’ensemble
ui-nav-map = Carte des régions
ui-nav-components = Composants
ui-nav-incidents = Incidents
ui-nav-healing = Réparation
ui-nav-compliance = Conformité
ui-nav-settings = Paramètres
ui-live-connected = Mises à jour en direct
ui-live-disconnected = Reconnexion…
ui-live-events =
    { $count ->
        [one] { $count } événement en direct
       *[other] { $count } événements en direct
    }
ui-filter-region = Région : { $region }
ui-filter-clear = Retirer le filtre de région
ui-error-backend = Le gardien ne répond pas ; nouvelle tentative…
ui-feature-unavailable = Indisponible dans cette version du moteur

## Vue d’ensemble

ui-overview-title = Vue d’ensemble
ui-overview-running-for = Surveillance depuis { $duration }
ui-overview-mode = Mode du pipeline
ui-overview-components = Composants
ui-overview-healing-rate = Taux de réussite des réparations
ui-overview-healing-attempts =
    { $count ->
        [one] { $count } tentative de réparation
       *[other] { $count } tentatives de réparation
    }
ui-overview-open-incidents = Incidents ouverts
ui-overview-restarts =
    { $count ->
        [one] { $count } redémarrage de processus
       *[other] { $count } redémarrages de processus
    }
ui-overview-last-actions = Derniers événements et actions
ui-overview-regions = Régions
ui-overview-attention = À surveiller
ui-overview-all-good = Tous les composants sont sains.

## Flux en direct

ui-feed-empty = En attente des premiers événements…
ui-feed-status-changed = est passé de { $from } à { $to }
ui-feed-process-started = processus { $pid } démarré
ui-feed-process-exited = le processus { $pid } s’est terminé avec le code { $code }
ui-feed-process-killed = le processus { $pid } a été tué par le signal { $signal }
ui-feed-notice = avis
ui-feed-other = événement du moteur

## Carte des régions

ui-map-title = Carte des régions
ui-map-hint = Cliquez sur une région pour y restreindre toutes les pages ; cliquez à nouveau pour annuler.
ui-map-region-label = { $region } : { $status }, { $count ->
        [one] { $count } composant
       *[other] { $count } composants
    }
ui-map-in-region = Composants en { $region }

## Composants

ui-components-title = Composants
ui-components-shown = { $shown } sur { $total } affichés
ui-components-search = Rechercher par nom, région, état…
ui-components-none-match = Aucun composant ne correspond à cette recherche.
ui-component-critical = Composant critique
ui-col-name = Nom
ui-col-region = Région
ui-col-status = État
ui-col-latency = Latence
ui-col-cpu = Processeur
ui-col-memory = Mémoire
ui-col-restarts = Redémarrages

## Détail d’un composant

ui-detail-since = depuis { $duration }
ui-detail-not-found = Aucun composant ne s’appelle « { $name } ».
ui-detail-sla = Objectif : { $sla }
ui-detail-checks = Vérifications
ui-detail-checks-failed =
    { $count ->
        [one] { $count } en échec
       *[other] { $count } en échec
    }
ui-detail-process = Processus
ui-detail-restarts =
    { $count ->
        [one] { $count } redémarrage
       *[other] { $count } redémarrages
    }
ui-detail-last-check = Dernière vérification
ui-detail-issues = Problèmes actuels :
ui-detail-range = Période
ui-detail-timeline = Historique
ui-metric-latency = Temps de réponse
ui-metric-cpu = Utilisation du processeur
ui-metric-memory = Mémoire
ui-metric-error-rate = Taux d’erreurs
ui-chart-no-data = Pas encore d’échantillons sur cette période
ui-chart-view = Affichage du graphique
ui-chart-view-interactive = Interactif
ui-chart-view-server = Rendu par le serveur
ui-timeline-empty = Rien ne s’est encore produit.
ui-timeline-status = Devenu { $status }
ui-timeline-process-started = Processus démarré
ui-timeline-process-exited = Processus terminé

## Incidents

ui-incidents-title = Incidents
ui-incidents-list = Liste des incidents
ui-incidents-events = Chronologie des événements
ui-incidents-none = Aucun incident ne correspond à ces filtres.
ui-incidents-unavailable = Le suivi des incidents n’est pas disponible dans cette version du moteur ; la chronologie ci-dessous montre chaque changement d’état et chaque événement de processus.
ui-incident-open = Ouvert
ui-incident-recovered = Rétabli
ui-filter-component = Composant
ui-filter-all-components = Tous les composants
ui-filter-state = État
ui-filter-state-all = Tous
ui-filter-state-open = Ouverts
ui-filter-state-closed = Rétablis
ui-filter-kind = Type d’événement
ui-filter-kind-all = Tous les événements
ui-filter-kind-status = Changements d’état
ui-filter-kind-process = Événements de processus

## Réparation

ui-healing-title = Commandes de réparation
ui-healing-unavailable = Les commandes de réparation ne sont pas disponibles dans cette version du moteur.
ui-healing-global = Réparation automatique
ui-healing-active = Activée
ui-healing-paused = En pause
ui-healing-pause = Suspendre la réparation
ui-healing-resume = Reprendre la réparation
ui-healing-pause-body = La réparation automatique s’arrête pour tous les composants jusqu’à sa reprise. Les pannes restent détectées et enregistrées.
ui-healing-resume-body = La réparation automatique reprend pour tous les composants.
ui-healing-attempts = Tentatives
ui-healing-successes = Réussites
ui-healing-manual = Réparation manuelle
ui-healing-component = Composant concerné
ui-healing-plan = Aperçu du plan (simulation)
ui-healing-history = Actions de réparation récentes
ui-healing-no-actions = Aucune action de réparation pour l’instant.
ui-heal-strategy = Stratégie
ui-heal-confirm-title = Réparer { $component } ?
ui-heal-confirm-body = Ceci exécute « { $strategy } » sur { $component } maintenant. Un redémarrage interrompt brièvement le service.
ui-heal-accepted = Acceptée ; l’action { $id } est en cours.
ui-strategy-restart = Redémarrer
ui-strategy-scale_up = Monter en charge
ui-strategy-migrate = Migrer
ui-strategy-run = Exécuter une commande
ui-strategy-webhook = Appeler un webhook

## Erreurs du gardien

ui-error-not_found = Introuvable.
ui-error-bad_request = La requête a été refusée car invalide.
ui-error-unauthorized = Veuillez vous reconnecter.
ui-error-forbidden = Vous n’avez pas l’autorisation de faire cela.
ui-error-conflict = Une autre action est déjà en cours.
ui-error-rate_limited = Trop de requêtes ; réessayez dans un instant.
ui-error-setup_required = Le gardien doit d’abord être configuré : créez le premier compte opérateur.
ui-error-internal = Une erreur s’est produite dans le gardien ; consultez son journal.

## Conformité

ui-compliance-title = Conformité

## Paramètres

ui-settings-title = Paramètres
ui-settings-language-hint = L’interface change immédiatement et retient votre choix.
ui-settings-format-sample = Nombres et dates :
ui-settings-theme = Thème
ui-settings-theme-system = Suivre le système
ui-settings-theme-light = Clair
ui-settings-theme-dark = Sombre
ui-settings-about = À propos
ui-settings-backend = Connecté au gardien via { $kind }.
