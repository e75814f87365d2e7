# Evidenze di controlli di conformità che possono fallire (report; issue 16).
evidence-encryption-rest-clear = Solo i segreti memorizzati sono cifrati: cronologia, incidenti e righe di audit di questo database sono leggibili da chiunque possa leggere il volume.
evidence-access-stale-admin = Account amministratore inutilizzati da 90 giorni o più: { $count } ({ $names }).
evidence-incidents-overdue = Incidenti aperti da più di 72 ore: { $count } ({ $ids }).
evidence-residency-migrations = Migrazioni nel periodo: { $count }, ciascuna verificata rispetto alle regole di residenza.
evidence-residency-store-forbidden = { $component } conserva { $category } di persone in { $origin } in { $region }; { $rule } lo vieta.
evidence-residency-migration-forbidden = Una migrazione di { $component } il { $when } ha spostato { $category } di persone in { $origin } verso { $target } in { $region }; { $rule } lo vieta.
evidence-healing-count = Azioni di ripristino avviate nel periodo: { $count } (dalla tabella delle azioni di ripristino, riavvii del supervisore inclusi); con la loro riga di audit: { $audited }; ancora in corso: { $running }. Richieste, pause e finestre di manutenzione degli operatori sono registrate come decisioni, non contate come azioni.
evidence-healing-missing = Azioni di ripristino concluse senza riga di audit: { $missing } ({ $ids }).
evidence-erasure-unserved = Richieste di cancellazione annotate nel registro di audit ma mai eseguite: { $count }.
