# Sortie lisible de la ligne de commande pipeline-guard.

## validate

cli-validate-ok =
    { $file } est valide : { $components ->
        [one] { $components } composant
       *[other] { $components } composants
    } dans { $regions ->
        [one] { $regions } région
       *[other] { $regions } régions
    }.
cli-validate-failed =
    { $file } n’est pas valide : { $count ->
        [one] { $count } problème trouvé
       *[other] { $count } problèmes trouvés
    }.

## Erreurs de configuration

cli-config-syntax = YAML non valide : { $detail }
cli-config-unknown-key = clé inconnue « { $key } »
cli-config-missing-key = clé obligatoire « { $key } » manquante
cli-config-invalid-value = valeur non valide pour « { $key } » : { $detail }
cli-config-invalid-duration = durée non valide « { $value } » (exemples : 250ms, 1s, 5m, 24h, 7d)
cli-config-invalid-size = taille non valide « { $value } » (exemples : 512KB, 100MB, 2GB)
cli-config-unknown-region = région inconnue « { $value } » (valeurs possibles : { $expected })
cli-config-unknown-check = type de vérification inconnu « { $value } » (valeurs possibles : { $expected })
cli-config-unknown-strategy = stratégie de récupération inconnue « { $value } » (valeurs possibles : { $expected })
cli-config-duplicate-component = le composant « { $name } » est défini plusieurs fois
cli-config-out-of-range = « { $key } » doit être compris entre { $min } et { $max }
cli-config-env-override = valeur non valide dans la variable d’environnement { $var } : { $detail }

## serve et demo

cli-serve-starting = Démarrage de Pipeline Guard avec { $components ->
        [one] { $components } composant
       *[other] { $components } composants
    }…
cli-serve-listening = En service sur { $url }
cli-serve-stopping = Arrêt en cours : enregistrement de l’historique…
cli-serve-stopped = Arrêt effectué proprement.
cli-demo-starting = Démarrage du laboratoire de démonstration : { $services ->
        [one] { $services } service local
       *[other] { $services } services locaux
    } avec des pannes programmées…
cli-demo-open-browser = Ouvrez { $url } dans votre navigateur pour suivre la démonstration.
cli-demo-open-desktop = Ouverture de l’application de bureau…
cli-demo-fault = Panne programmée : { $fault } sur { $component }
cli-healing-action = Réparation de { $component } : { $strategy }
cli-healing-dry-run = Simulation : { $component } serait réparé avec { $strategy }

## detect

cli-detect-summary =
    { $rows ->
        [one] { $rows } ligne évaluée
       *[other] { $rows } lignes évaluées
    } dans { $input } : { $anomalies ->
        [0] aucune anomalie
        [one] { $anomalies } anomalie
       *[other] { $anomalies } anomalies
    } au-dessus de { $threshold }.
cli-detect-written = Scores écrits dans { $output }.

## report, verify, audit

cli-report-written = Rapport écrit dans { $file }.
cli-audit-ok =
    Journal d’audit intact : { $rows ->
        [one] { $rows } ligne vérifiée
       *[other] { $rows } lignes vérifiées
    }.
cli-audit-broken = Journal d’audit rompu à la ligne { $row } : { $reason }

## utilisateurs et jetons

cli-user-password-prompt = Mot de passe de { $name } :
cli-user-added = Utilisateur { $name } ajouté avec le rôle { $role }.
cli-token-issued = Jeton pour { $user }, valable { $ttl } :

## Erreurs

cli-error-prefix = erreur
cli-error-file-not-found = impossible de lire { $file } : fichier introuvable
cli-error-io = impossible de lire { $file } : { $detail }
cli-error-database = erreur de base de données : { $detail }
cli-error-invalid-date = date non valide « { $value } » (format attendu : AAAA-MM-JJ ou RFC 3339)
cli-error-unknown-standard = norme de conformité inconnue « { $value } » (valeurs possibles : { $expected })
cli-error-unknown-format = format de sortie inconnu « { $value } » (valeurs possibles : { $expected })
cli-error-unknown-language = langue inconnue « { $value } » (disponibles : { $expected })
cli-error-address-in-use = l’adresse { $addr } est déjà utilisée
cli-error-permission-denied = permission refusée : { $detail }
cli-error-internal = erreur interne : { $detail }
cli-hint-help = Lancez « pipeline-guard --help » pour afficher l’aide.
