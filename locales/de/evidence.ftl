# Nachweise für Compliance-Kontrollen, die scheitern können (Berichte; Issue 16).
evidence-encryption-rest-clear = Nur die gespeicherten Geheimnisse sind verschlüsselt: Verlauf, Vorfälle und Audit-Einträge dieser Datenbank kann jeder lesen, der das Volume lesen kann.
evidence-access-stale-admin = Administratorkonten, die seit 90 Tagen oder länger nicht genutzt wurden: { $count } ({ $names }).
evidence-incidents-overdue = Vorfälle, die länger als 72 Stunden offen sind: { $count } ({ $ids }).
evidence-residency-migrations = Migrationen in diesem Zeitraum: { $count }, jede gegen die Regeln zur Datenresidenz geprüft.
evidence-residency-store-forbidden = { $component } speichert { $category } von Personen in { $origin } in { $region }; { $rule } verbietet das.
evidence-residency-migration-forbidden = Eine Migration von { $component } am { $when } hat { $category } von Personen in { $origin } nach { $target } in { $region } verschoben; { $rule } verbietet das.
evidence-healing-count = In diesem Zeitraum gestartete Heilungsaktionen: { $count } (aus der Tabelle der Heilungsaktionen, Neustarts durch den Supervisor eingeschlossen); mit Audit-Eintrag: { $audited }; noch laufend: { $running }. Anfragen, Pausen und Wartungsfenster von Bedienern werden als Entscheidungen protokolliert, nicht als Aktionen gezählt.
evidence-healing-missing = Abgeschlossene Heilungsaktionen ohne Audit-Eintrag: { $missing } ({ $ids }).
evidence-erasure-unserved = Im Audit-Protokoll erfasste Löschanfragen, die nie ausgeführt wurden: { $count }.
