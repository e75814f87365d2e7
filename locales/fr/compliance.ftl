# Compliance: restriction texts, report evidence, account export/erasure and backups.

evidence-audit-unverifiable = Le journal d’audit ne peut pas être vérifié : { $reason }.
evidence-secrets-plaintext = Secrets stockés non chiffrés : { $count }.
evidence-keyfile-open = Le fichier de clés { $path } est lisible par d’autres utilisateurs (mode { $mode }) ; il doit être en 600.
evidence-secrets-encrypted = Les secrets et les jetons d’API sont chiffrés avec XChaCha20-Poly1305 ({ $count ->
        [one] { $count } valeur
       *[other] { $count } valeurs
    }), sous une clé conservée hors de la base de données dans { $path }.
evidence-secrets-encrypted-passphrase = Les secrets et les jetons d’API sont chiffrés avec XChaCha20-Poly1305 ({ $count ->
        [one] { $count } valeur
       *[other] { $count } valeurs
    }), sous une clé dérivée de la phrase secrète configurée.
evidence-access-roles = Comptes actifs par rôle : { $list }.
evidence-access-active = Chaque compte actif s’est connecté au cours des 90 derniers jours.
evidence-access-stale = Comptes sans connexion depuis 90 jours, à examiner : { $count } ({ $names }).
evidence-backup-verified = Le fichier de sauvegarde { $path } est présent et correspond à son SHA-256 enregistré ; sauvegardes sur la période : { $count }.
evidence-backup-corrupt = Le fichier de sauvegarde { $path } ne correspond pas à son SHA-256 enregistré.
evidence-backup-missing = Le fichier de sauvegarde { $path } est manquant.
evidence-incidents-mttd = Délai moyen de détection { $mttd } ; actions de réparation menées : { $actions }.
evidence-healing-partly-audited = Actions de réparation dans le journal d’audit : { $audited } sur { $count }.
action-scale-down = Réduire
action-notify = Notifier
result-skipped = Ignorée
restriction-gdpr-transfer = Les données personnelles de personnes concernées de l’UE ne peuvent quitter l’UE sans décision d’adéquation ni garanties appropriées.
restriction-gdpr-lawful-basis = Exige une base licite ; n’exporter que les données nécessaires à la finalité.
restriction-gdpr-record = Inscrire l’opération au registre des activités de traitement (journal d’audit).
restriction-gdpr-processor = Le partage avec un sous-traitant exige un contrat de sous-traitance.
restriction-gdpr-special-category = Les données de catégorie particulière exigent un consentement explicite ou une autre exception de l’art. 9(2), que le gardien ne peut pas établir.
restriction-gdpr-erasure = L’effacement doit aussi atteindre les copies et les sauvegardes pendant la durée de conservation.
restriction-ccpa-opt-out = Respecter le droit du consommateur de s’opposer à la vente ou au partage.
restriction-ccpa-right-to-know = Les demandes d’accès doivent recevoir une réponse sous 45 jours, dans un format portable.
restriction-ccpa-deletion = La suppression doit être transmise aux prestataires de services.
restriction-soc2-audit-immutable = Les preuves d’audit ne font que s’accumuler et sont conservées pendant leur durée de conservation.
restriction-soc2-credentials = Les identifiants ne quittent jamais le système.
restriction-soc2-audited = L’opération est inscrite au journal d’audit.
restriction-iso-logs-protected = Les journaux sont protégés contre la falsification et l’effacement non autorisé.
restriction-iso-authentication-info = Les informations d’authentification ne sont pas divulguées.
restriction-iso-transfer-agreement = Le transfert d’informations suit une politique de transfert convenue.
restriction-lgpd-transfer = Transfert international uniquement vers des pays offrant un niveau de protection adéquat.
restriction-lgpd-basis = Exige une base légale ; la personne concernée peut demander l’accès et une copie.
restriction-pdpa-transfer = Transfert uniquement si le destinataire offre une protection comparable.
restriction-pdpa-consent = Exige un consentement ; les personnes peuvent demander l’accès à leurs données.
restriction-hipaa-minimum-necessary = Ne divulguer que le minimum nécessaire, et uniquement à un partenaire commercial sous accord.
restriction-hipaa-audit-retention = Les enregistrements d’audit sont conservés six ans.
cli-user-exported = Données du compte { $name } exportées vers { $file }.
cli-user-erased = Compte { $name } effacé : { $tokens ->
        [one] { $tokens } jeton révoqué
       *[other] { $tokens } jetons révoqués
    } ; { $rows ->
        [one] son entrée d’audit ne nomme
       *[other] ses { $rows } entrées d’audit ne nomment
    } plus que le pseudonyme { $pseudonym }.
cli-backup-done = Sauvegarde écrite dans { $path } ({ $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    }, SHA-256 { $sha }).
cli-region-activated = La région { $region } est active.
cli-region-deactivated = La région { $region } est inactive.
