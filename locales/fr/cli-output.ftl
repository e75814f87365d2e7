# More human-readable output of the pipeline-guard command line (crates/cli): accounts, tokens,
# reports, the demo, detect, TLS and the server's own lines. Commands, options, paths and
# what the OS said stay as they are, as arguments.

cli-error-password-stdin = impossible de lire le mot de passe sur l’entrée standard : { $detail }
cli-error-no-password = aucun mot de passe sur l’entrée standard (transmettez-le par un tube : { $example })
cli-error-erase-confirm = l’effacement de « { $name } » est irréversible : ajoutez { $flag } pour confirmer
cli-user-list-disabled = désactivé
cli-role-added = Rôle { $name } : { $permissions }
cli-error-bad-ttl = { $option } : durée non valide « { $value } » (exemples : 30m, 1h, 7d)
cli-token-issued-detail = Jeton { $jti } pour { $user }, autorisations { $permissions }, valable jusqu’au { $until } UTC.
cli-token-revoked = Jeton { $jti } révoqué.
cli-error-no-database = { $db } : base de données introuvable
cli-error-no-signing-key = le Guard n’a pas de clé de signature
cli-error-no-checkpoints = le journal d’audit n’a aucun point de contrôle
cli-error-cannot-write = impossible d’écrire { $file } : { $detail }
cli-error-cannot-create = impossible de créer { $file } : { $detail }
cli-error-cannot-start = impossible de démarrer { $program } : { $detail }
cli-error-cannot-listen = impossible d’écouter sur { $addr } : { $detail }
cli-error-at-least-one = { $option } : au moins 1 attendu
cli-error-bad-public-key = { $option } : ce n’est pas une clé publique Ed25519 (attendu : « ed25519: » suivi de 64 chiffres hexadécimaux, comme l’affiche « { $export } »)
cli-error-export-unaudited = le rapport a été écrit, mais son export n’a pas pu être consigné dans le journal d’audit : { $detail }
cli-report-written-signed = { $file } : { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    }, SHA-256 { $digest }, signé par { $key }
cli-demo-labsvc-missing = le programme des services du labo est introuvable à { $path } (compilez-le avec « { $command } »)
cli-demo-config-invalid = la configuration de démonstration intégrée n’est pas valide :
cli-demo-port-busy = le port { $port } est occupé ; choisissez d’autres ports avec { $option }
cli-demo-no-window = L’application de bureau n’a pas pu ouvrir de fenêtre ({ $reason }) ; l’interface web est servie à la place.
cli-demo-app-exited = l’application de bureau s’est arrêtée avec { $status }
cli-demo-no-app = L’application de bureau n’est pas compilée ({ $command }) ; l’interface web est servie à la place.
cli-detect-empty = { $file }:{ $line } : l’en-tête « { $header } » est attendu, mais le fichier se termine
cli-detect-bad-header = { $file }:{ $line } : l’en-tête « { $header } » est attendu, trouvé : { $found }
cli-detect-field-count = { $file }:{ $line } : 2 champs « { $header } » attendus, trouvé : { $found }
cli-detect-bad-timestamp = { $file }:{ $line } : un horodatage « { $format } » ou RFC 3339 est attendu, trouvé : { $found }
cli-detect-bad-value = { $file }:{ $line } : un nombre fini est attendu comme valeur, trouvé : { $found }
cli-tls-cert-unreadable = impossible de lire le certificat TLS { $file } : { $detail }
cli-tls-no-cert = aucun certificat PEM dans { $file }
cli-tls-key-unreadable = impossible de lire la clé privée TLS { $file } : { $detail }
cli-tls-setup = échec de la configuration TLS : { $detail }
cli-tls-mismatch = le certificat TLS { $cert } et la clé { $key } ne forment pas une identité de serveur : { $detail }
cli-serve-needs-tls = écoute sur { $addr } refusée : sans TLS, seules les adresses de bouclage sont autorisées (utilisez 127.0.0.1 ou définissez { $key })
cli-serve-no-ui-index = { $option } { $dir } : aucun fichier { $file } à cet endroit (compilez l’interface web avec « { $command } »)
cli-serve-no-embedded-ui = ce programme a été compilé sans l’interface web ({ $dir } manquait à la compilation) ; la page / explique comment la compiler
cli-serve-security-disabled = la sécurité est désactivée ({ $key }) : tout utilisateur local de cette machine peut piloter l’API (les pages web non : vérifications { $checks }) ; activez la sécurité sur une machine partagée
cli-serve-setup-banner =
    La sécurité est activée et aucun compte n’existe. Tant qu’aucun administrateur n’est créé, l’API répond 503.
    Créez l’administrateur soit avec
      { $command }   (mot de passe sur l’entrée standard)
    soit, depuis cette machine uniquement, avec
      { $request }
cli-serve-closing-connections = Fermeture des connexions encore ouvertes après { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
