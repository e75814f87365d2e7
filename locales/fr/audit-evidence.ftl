## Des preuves sur lesquelles un auditeur peut compter (issue 16) : points de contrôle signés hors de
## la base de données, rapports signés, section d’intégrité du rapport et page Conformité.

cli-audit-intact = Journal d’audit intact : { $rows ->
    [one] une ligne
   *[other] { $rows } lignes
}, tête { $head }.
cli-audit-checkpoint-ok = Il correspond au point de contrôle signé le plus récent ({ $signed ->
    [one] une ligne
   *[other] { $signed } lignes
}, signé le { $at }, dans { $file }).
cli-audit-keyring-missing = Le fichier de clés { $file } est absent : la chaîne d’audit ne peut pas être vérifiée (si la clé du gardien vient de sa configuration, passez { $config }).
cli-audit-no-key = { $db } n’a pas de clé d’audit : rien n’y a jamais été audité.

audit-break-edited = la ligne d’audit { $row } a été modifiée : son hachage ne correspond pas à son contenu
audit-break-deleted = la ligne d’audit { $row } a été supprimée : la chaîne saute de la ligne { $from } à la ligne { $to }
audit-break-tail-deleted = la ligne d’audit { $row } a été supprimée : le journal s’arrête à la ligne { $last } alors que { $appended } lignes ont été ajoutées
audit-break-inserted = la ligne d’audit { $row } a été insérée : elle n’a jamais été ajoutée par le journal
audit-break-relinked = la ligne d’audit { $row } a été modifiée ou rechaînée : son { $field } ne correspond pas à la ligne { $prev }
audit-break-behind = les lignes d’audit { $first } à { $signed } manquent : le journal compte { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
} mais le point de contrôle signé le { $at } en comptait { $signed } (supprimées, ou une base de données plus ancienne restaurée)
audit-break-mismatch = la ligne d’audit { $row } ne correspond plus au point de contrôle signé le { $at } : le journal a été réécrit ou ramené en arrière
audit-break-head-missing = la tête de la chaîne d’audit est absente de la base de données alors que le journal compte { $rows } lignes
audit-break-checkpoints-missing = le fichier de points de contrôle { $file } est absent ou vide, mais la clé de signature { $key } existe
audit-break-key-missing = la clé de signature { $key } est absente : les points de contrôle de { $file } ne peuvent pas être vérifiés
audit-break-no-checkpoints = le journal d’audit a des lignes mais aucun point de contrôle : la clé de signature { $key } et le fichier de points de contrôle { $file } sont absents
audit-break-forged = la ligne { $line } du fichier de points de contrôle { $file } n’est pas un point de contrôle signé par la clé du gardien

cli-verify-signed = { $file } : authentique, signé par { $key } (sha256 { $digest }). Il cite le point de contrôle d’audit de { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
} signé le { $at }, tête { $head }.
cli-verify-in-history = Le point de contrôle figure dans l’historique des points de contrôle de { $db }, et la ligne d’audit { $rows } a toujours le hachage signé.
cli-verify-need-key = une clé publique de confiance est nécessaire : passez { $key } avec ce que « { $export } » a affiché pour le gardien, ou { $db } avec la base de données du gardien
cli-verify-not-in-history = le point de contrôle d’audit cité par ce rapport ({ $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
}, signé le { $at }) ne figure pas dans l’historique des points de contrôle de { $db } ({ $file })
cli-verify-row-changed = la ligne d’audit { $rows } de { $db } a disparu ou n’a plus le hachage signé par le point de contrôle cité : le journal a été réécrit ou ramené en arrière
cli-key-missing = il n’y a pas de clé de signature à côté de { $db } ({ $file })

seal-missing = aucun sceau Pipeline Guard trouvé : ce n’est pas un rapport Pipeline Guard, ou son sceau a été retiré
seal-duplicate = le fichier contient plus d’un sceau
seal-malformed = le sceau est mal formé
seal-unsigned = non signé : ce rapport ne porte que l’ancien sceau SHA-256, que quiconque modifie le fichier peut recalculer ; exportez-le à nouveau pour obtenir un rapport signé
seal-digest-mismatch = falsifié : le contenu du fichier a pour empreinte sha256 { $actual } mais son sceau indique { $expected } ; le rapport a été modifié après sa signature
seal-forged = falsifié : la signature ne se vérifie pas avec la clé de confiance { $key } ; le rapport a été modifié ou signé par quelqu’un d’autre
seal-checkpoint-forged = falsifié : le point de contrôle d’audit cité par le rapport n’est pas signé par la clé de confiance { $key }

report-integrity-signed = Ce rapport est signé avec la clé Ed25519 du gardien, sur son contenu et sur le point de contrôle d’audit ci-dessous. Vérifiez-le avec « { $command } » et la clé publique que l’opérateur vous a remise (« { $export } ») ; la clé écrite dans le fichier n’est qu’une copie.
report-integrity-key = Clé de signature (Ed25519)
report-integrity-checkpoint = Point de contrôle d’audit
report-integrity-checkpoint-value = { $rows ->
    [one] une ligne
   *[other] { $rows } lignes
}, signé le { $at }

ui-compliance-signed-by = Signé par (Ed25519)
ui-compliance-checkpoint = Point de contrôle d’audit
ui-compliance-checkpoint-value = { $rows ->
    [one] une ligne
   *[other] { $rows } lignes
}, signé le { $at }
