# Error answers of the HTTP API in the caller's language (`?lang=`, else Accept-Language;
# crates/cli/src/routes/errors.rs). `detail` is what the JSON or query parser said; names,
# ids and values stay as the caller sent them.
api-error-unknown-component = composant inconnu `{ $name }`
api-error-unknown-incident = incident inconnu { $id }
api-error-unknown-channel = canal de notification inconnu `{ $name }`
api-error-bad-query = un paramètre de la requête n’est pas valide : { $detail }
api-error-bad-json = le corps de la requête n’est pas valide pour cette opération : { $detail }
api-error-bad-json-expected = le corps de la requête n’est pas valide pour cette opération : { $detail } ; attendu : { $expected }
api-error-unknown-language = langue inconnue `{ $value }`, valeurs attendues : { $expected }
api-error-no-account = la sécurité est désactivée, il n’y a donc pas de compte opérateur

# Refusals of the gate (crates/cli/src/routes/secure.rs): headers, routes and commands stay
# as they are.
api-denied-missing = authentification requise : envoyez `{ $header }` (à obtenir via { $route })
api-denied-invalid = le jeton est mal formé ou sa signature n’est pas valide
api-denied-expired = le jeton a expiré ; reconnectez-vous
api-denied-revoked = le jeton a été révoqué
api-denied-unknown-user = le compte du jeton n’existe plus ou est désactivé
api-denied-forbidden = autorisation { $permission } requise
api-denied-bad-credentials = nom d’utilisateur ou mot de passe incorrect
api-denied-throttled = trop de tentatives ; réessayez dans { $seconds } { $seconds ->
        [one] seconde
       *[other] secondes
    }
api-denied-setup-required = la sécurité est activée et aucun compte n’existe encore : créez d’abord l’administrateur (`{ $command }`, ou { $route } depuis cette machine avec le jeton de configuration affiché au démarrage)
api-denied-loopback-only = cette route n’est servie qu’aux clients de bouclage
api-denied-internal = erreur interne ; consultez le journal du serveur

# An account or a region named in the path that does not exist.
api-error-no-user = aucun utilisateur `{ $name }`
api-error-unknown-region = région inconnue `{ $value }`, valeurs attendues : { $expected }

# A maintenance window with both or neither end; an Alertmanager webhook body the guard cannot read
# (what it found wrong stays an argument).
api-error-maintenance-end = indiquez exactement un des deux : `{ $to }` ou `{ $duration }`
api-error-alertmanager-payload = impossible de lire la charge utile d’Alertmanager : { $detail }
