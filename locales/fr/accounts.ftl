# Comptes et clés depuis le terminal (ticket 15).
cli-user-unlocked = Le délai de connexion de { $name } a été levé ({ $sources ->
    [one] une source
   *[other] { $sources } sources
}) ; son compteur d’échecs est revenu à zéro.
cli-key-signing-rotated = La clé de signature JWT a été renouvelée ; les jetons signés avec l’ancienne clé restent valides jusqu’à leur expiration, au plus tard le { $until } UTC.
cli-key-signing-from-config = La clé de signature JWT vient de la configuration ({ $setting }) ; changez-la là pour la renouveler.
cli-key-data-rotated = La clé de chiffrement des données a été renouvelée ; { $values } valeurs ont été rechiffrées.
cli-key-data-from-config = La clé de chiffrement des données vient de la phrase secrète de la configuration ({ $setting }) ; changez-la là pour la renouveler.
