# Refus des contrôles de requêtes du serveur HTTP, plafond de la période des rapports et refus
# de `serve` d'écouter hors de la boucle locale sans sécurité.

http-foreign-host = Ce serveur ne répond pas au nom d’hôte { $host } (une page qui l’atteint sous un autre nom peut être une attaque par DNS rebinding). Il répond à { $allowed } ; pour utiliser un autre nom, ajoutez-le à { $key }.
http-cross-site-origin = Refusé : cette requête vient de la page { $origin }, et depuis un navigateur seules les pages de Pipeline Guard peuvent utiliser cette adresse.
http-cross-site-fetch = Refusé : le navigateur indique que cette requête vient d’un autre site ({ $header } : { $value }).
http-json-only = Refusé : ici, le corps de la requête doit être du JSON ({ $expected }), pas { $found }.
http-method-not-allowed = { $method } n’est pas autorisé à cette adresse ; elle accepte { $allowed }.
http-request-timeout = La requête a été interrompue après { $seconds } s ({ $key }).
report-period-too-long = La période du rapport couvre { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, plus que les { $max } jours qu’un rapport peut couvrir ({ $key }). Découpez-la en périodes plus courtes.
cli-serve-loopback-only = Écoute sur { $addr } refusée : sans sécurité, le serveur n’écoute que sur la boucle locale (127.0.0.1 ou ::1), car quiconque l’atteindrait agirait en administrateur anonyme. Pour écouter sur le réseau, activez { $key } et créez un compte administrateur.
