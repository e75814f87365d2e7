# Rapports de conformité (crates/report) : titres, sections, colonnes, statuts, preuves.
# Les références comme « Art. 44 » ou « CC7.2 » restent non traduites ; elles viennent des tables de données.

report-title = Rapport de conformité
report-subtitle = { $product } — { $standards }
report-period = Période : du { $from } au { $to } (fin exclue)
report-generated = Généré le { $when }
report-toc = Sommaire
report-page = Page { $page } sur { $pages }

report-section-summary = Synthèse
report-section-controls = Contrôles et preuves
report-section-availability = Disponibilité par rapport aux objectifs de SLA
report-section-incidents = Incidents
report-section-healing = Actions de réparation
report-section-regions = Où se trouvent les données
report-section-retention = Conservation
report-section-integrity = Intégrité

report-status-pass = Conforme
report-status-fail = Non conforme
report-status-needs-attention = À examiner

report-col-control = Contrôle
report-col-standard = Norme
report-col-reference = Référence
report-col-status = Statut
report-col-evidence = Preuve
report-col-component = Composant
report-col-region = Région
report-col-sla = Objectif de SLA
report-col-availability = Disponibilité
report-col-checks = Vérifications
report-col-met = Objectif atteint
report-col-started = Début
report-col-detect = Délai de détection
report-col-recover = Délai de rétablissement
report-col-action = Action
report-col-result = Résultat
report-col-time = Date
report-col-jurisdiction = Juridiction
report-col-data = Catégories de données
report-col-kind = Type de données
report-col-retention = Durée de conservation
report-col-rows = Lignes supprimées
report-col-count = Nombre

report-chart-regions = Disponibilité par région par rapport à l’objectif de SLA le plus bas
report-chart-daily = Disponibilité quotidienne par région
report-chart-sla = Objectif de SLA
report-map-caption = Régions actives ; la taille d’un point correspond au nombre de composants qui s’y trouvent.
report-none = Aucun sur cette période.
report-yes = Oui
report-no = Non
report-ongoing = En cours
report-unknown = Inconnu
report-components = { $count ->
        [one] { $count } composant
       *[other] { $count } composants
    }

report-integrity-head = Tête de la chaîne d’audit
report-integrity-no-audit = Aucun journal d’audit dans cette base de données
report-integrity-content = Empreinte du contenu

## Contrôles

control-audit-chain = Piste d’audit infalsifiable
control-audit-chain-req = Chaque action liée à la sécurité est consignée dans un journal vérifiable, en ajout seul.
control-encryption-at-rest = Chiffrement au repos
control-encryption-at-rest-req = Les données stockées sont chiffrées sur le disque.
control-access-review = Revue des accès
control-access-review-req = Les comptes opérateurs et leurs rôles sont revus régulièrement.
control-retention-applied = Conservation appliquée
control-retention-applied-req = Les données sont supprimées ou anonymisées à la fin de leur durée de conservation.
control-backups = Sauvegardes de la base
control-backups-req = La base de données est sauvegardée régulièrement afin de pouvoir être restaurée.
control-availability-sla = Disponibilité
control-availability-sla-req = Les services atteignent leurs objectifs de disponibilité.
control-incident-response = Réponse aux incidents
control-incident-response-req = Les incidents sont détectés et résolus rapidement.
control-data-residency = Localisation des données
control-data-residency-req = Les données restent dans les juridictions que leurs règles autorisent.
control-healing-audited = Changements maîtrisés
control-healing-audited-req = Chaque action de réparation automatique est enregistrée et imputable.
control-data-subject-rights = Droits d’accès et d’effacement
control-data-subject-rights-req = Les personnes peuvent obtenir et faire effacer leurs données personnelles sur demande.

## Preuves

evidence-audit-absent = Pas encore de journal d’audit dans cette base de données.
evidence-audit-intact = Chaîne d’audit vérifiée : { $rows ->
        [one] { $rows } entrée
       *[other] { $rows } entrées
    }, tête { $head }.
evidence-audit-broken = Chaîne d’audit rompue à l’entrée { $row } : { $reason }.
evidence-encryption-on = La base de données se trouve sur un volume chiffré ({ $device }).
evidence-encryption-off = Le volume de la base de données { $device } n’est pas chiffré.
evidence-users-absent = Aucun compte opérateur dans cette base de données : les accès ne peuvent pas être revus.
evidence-users = { $users ->
        [one] { $users } compte opérateur
       *[other] { $users } comptes opérateurs
    } { $roles ->
        [one] dans { $roles } rôle
       *[other] répartis en { $roles } rôles
    } { $users ->
        [one] revu.
       *[other] revus.
    }
evidence-retention-last = Conservation appliquée pour la dernière fois le { $when } ; { $rows ->
        [one] { $rows } ligne supprimée ou anonymisée
       *[other] { $rows } lignes supprimées ou anonymisées
    } sur la période.
evidence-retention-stale = Conservation appliquée pour la dernière fois le { $when }, plus d’un jour avant la fin de la période.
evidence-retention-none = La conservation n’a pas été appliquée sur cette période.
evidence-backup-last = Dernière sauvegarde le { $when } ({ $size }).
evidence-backup-stale = Dernière sauvegarde le { $when }, plus d’une semaine avant la fin de la période.
evidence-backup-none = Aucune sauvegarde de la base enregistrée sur cette période.
evidence-sla-met = { $count ->
        [one] Le seul composant a atteint son objectif de SLA.
       *[other] Les { $count } composants ont atteint leurs objectifs de SLA.
    }
evidence-sla-missed = { $missed } { $count ->
        [one] composant sur { $count }
       *[other] composants sur { $count }
    } { $missed ->
        [one] a manqué son objectif de SLA
       *[other] ont manqué leurs objectifs de SLA
    } : { $names }.
evidence-sla-no-data = Aucune donnée de disponibilité sur cette période.
evidence-incidents-none = Aucun incident sur cette période.
evidence-incidents = { $count ->
        [one] { $count } incident, résolu
       *[other] { $count } incidents, tous résolus
    } ; délai moyen de rétablissement { $mttr }.
evidence-incidents-open = { $open } { $count ->
        [one] incident sur { $count }
       *[other] incidents sur { $count }
    } { $open ->
        [one] était encore ouvert
       *[other] étaient encore ouverts
    } à la fin de la période.
evidence-residency = Les données { $count ->
        [one] de { $count } composant restent dans la juridiction de sa région
       *[other] de { $count } composants restent dans la juridiction de leur région
    }.
evidence-residency-unknown = Aucun registre des composants dans cette base de données : les régions sont inconnues.
evidence-healing-none = Aucune action de réparation sur cette période.
evidence-healing-unaudited = { $count ->
        [one] { $count } action de réparation, mais aucun journal d’audit ne prouve son enregistrement.
       *[other] { $count } actions de réparation, mais aucun journal d’audit ne prouve leur enregistrement.
    }
evidence-healing-audited = { $count ->
        [one] { $count } action de réparation, dans le journal d’audit.
       *[other] { $count } actions de réparation, chacune dans le journal d’audit.
    }
evidence-requests-none = Aucune demande d’accès ou d’effacement sur cette période ; les deux sont possibles.
evidence-requests = { $done } { $count ->
        [one] demande d’accès et d’effacement traitée sur { $count }
       *[other] demandes d’accès et d’effacement traitées sur { $count }
    }.

## Juridictions et catégories de données

jurisdiction-eu = Union européenne (RGPD)
jurisdiction-us = États-Unis
jurisdiction-us-ca = Californie (CCPA)
jurisdiction-br = Brésil (LGPD)
jurisdiction-sg = Singapour (PDPA)
jurisdiction-other = Autre
data-personal-data = Données personnelles
data-health-data = Données de santé
data-operational-metrics = Métriques d’exploitation
data-audit-log = Journal d’audit
data-credentials = Identifiants

## Actions de réparation et conservation

action-restart = Redémarrage
action-supervisor-restart = Redémarrage par le superviseur
action-scale-up = Montée en charge
action-migrate = Migration
action-run = Exécution d’une commande
action-webhook = Appel webhook
result-succeeded = Réussie
result-failed = Échouée
result-running = En cours
retention-samples = Mesures brutes
retention-rollups = Agrégats par minute
retention-events = Changements d’état et événements de processus
retention-incidents = Incidents
retention-healing-actions = Actions de réparation
retention-autoscale-decisions = Décisions de mise à l’échelle automatique
retention-data-subject-requests = Demandes d’accès et d’effacement
retention-audit = Journal d’audit
