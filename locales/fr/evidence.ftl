# Preuves de contrôles de conformité qui peuvent échouer (rapports ; issue 16).
evidence-encryption-rest-clear = Seuls les secrets stockés sont chiffrés : l’historique, les incidents et les entrées d’audit de cette base sont lisibles par quiconque peut lire le volume.
evidence-access-stale-admin = Comptes administrateur inutilisés depuis 90 jours ou plus : { $count } ({ $names }).
evidence-incidents-overdue = Incidents ouverts depuis plus de 72 heures : { $count } ({ $ids }).
evidence-residency-migrations = Migrations sur la période : { $count }, chacune vérifiée au regard des règles de résidence.
evidence-residency-store-forbidden = { $component } stocke des { $category } de personnes situées en { $origin } dans { $region } ; { $rule } l’interdit.
evidence-residency-migration-forbidden = Une migration de { $component } le { $when } a déplacé des { $category } de personnes situées en { $origin } vers { $target } dans { $region } ; { $rule } l’interdit.
evidence-healing-count = Actions de réparation démarrées sur la période : { $count } (table des actions de réparation, redémarrages du superviseur compris) ; avec leur entrée d’audit : { $audited } ; encore en cours : { $running }. Les demandes, pauses et fenêtres de maintenance des opérateurs sont auditées comme des décisions, pas comptées comme des actions.
evidence-healing-missing = Actions de réparation terminées sans entrée d’audit : { $missing } ({ $ids }).
evidence-erasure-unserved = Demandes d’effacement enregistrées dans le journal d’audit mais jamais exécutées : { $count }.
