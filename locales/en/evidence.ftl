# Evidence of compliance controls that can fail (reports; issue 16).
evidence-encryption-rest-clear = Only the stored secrets are encrypted: the history, incidents and audit rows in this database are readable by anyone who can read the volume.
evidence-access-stale-admin = Administrator accounts unused for 90 days or more: { $count } ({ $names }).
evidence-incidents-overdue = Incidents open for more than 72 hours: { $count } ({ $ids }).
evidence-residency-migrations = Migrations in this period: { $count }, each checked against the residency rules.
evidence-residency-store-forbidden = { $component } stores { $category } of people in { $origin } in { $region }; { $rule } forbids it.
evidence-residency-migration-forbidden = A migration of { $component } on { $when } moved { $category } of people in { $origin } to { $target } in { $region }; { $rule } forbids it.
evidence-healing-count = Healing actions started in this period: { $count } (from the healing actions table, supervisor restarts included); with their audit row: { $audited }; still running: { $running }. Operator requests, pauses and maintenance windows are audited as decisions, not counted as actions.
evidence-healing-missing = Finished healing actions without an audit row: { $missing } ({ $ids }).
evidence-erasure-unserved = Erasure requests recorded in the audit log but never carried out: { $count }.
