# Compliance (crates/engine/src/compliance, crates/report): restriction texts of
# validate_data_operation (keys from data/operation_rules.json), report evidence added with the
# security facts and backups, and the CLI messages of account export/erasure and backups.

evidence-audit-unverifiable = The audit log cannot be verified: { $reason }.
evidence-secrets-plaintext = Stored secrets not encrypted: { $count }.
evidence-keyfile-open = The key file { $path } can be read by other users (mode { $mode }); it must be 600.
evidence-secrets-encrypted = Secrets and API tokens are encrypted with XChaCha20-Poly1305 ({ $count ->
        [one] { $count } value
       *[other] { $count } values
    }), under a key kept outside the database in { $path }.
evidence-secrets-encrypted-passphrase = Secrets and API tokens are encrypted with XChaCha20-Poly1305 ({ $count ->
        [one] { $count } value
       *[other] { $count } values
    }), under a key derived from the configured passphrase.
evidence-access-roles = Enabled accounts per role: { $list }.
evidence-access-active = Every enabled account logged in within the last 90 days.
evidence-access-stale = Accounts without a login in 90 days, to review: { $count } ({ $names }).
evidence-backup-verified = The backup file { $path } is present and matches its recorded SHA-256; backups in the period: { $count }.
evidence-backup-corrupt = The backup file { $path } does not match its recorded SHA-256.
evidence-backup-missing = The backup file { $path } is missing.
evidence-incidents-mttd = Mean time to detect { $mttd }; healing actions taken: { $actions }.
evidence-healing-partly-audited = Healing actions in the audit log: { $audited } of { $count }.
action-scale-down = Scale down
action-notify = Notify
result-skipped = Skipped
restriction-gdpr-transfer = Personal data of EU data subjects may not leave the EU without an adequacy decision or appropriate safeguards.
restriction-gdpr-lawful-basis = Needs a lawful basis; export only the data necessary for the purpose.
restriction-gdpr-record = Record the operation in the record of processing activities (audit log).
restriction-gdpr-processor = Sharing with a processor requires a data processing agreement.
restriction-gdpr-special-category = Special-category data needs explicit consent or another Art. 9(2) exception, which the guard cannot establish.
restriction-gdpr-erasure = Erasure must also reach copies and backups within the retention period.
restriction-ccpa-opt-out = Honour the consumer's right to opt out of sale or sharing.
restriction-ccpa-right-to-know = Access requests must be answered within 45 days, in a portable format.
restriction-ccpa-deletion = Deletion must be passed on to service providers.
restriction-soc2-audit-immutable = Audit evidence is append-only and kept for its retention period.
restriction-soc2-credentials = Credentials never leave the system.
restriction-soc2-audited = The operation is written to the audit log.
restriction-iso-logs-protected = Logs are protected against tampering and unauthorised deletion.
restriction-iso-authentication-info = Authentication information is not disclosed.
restriction-iso-transfer-agreement = Information transfer follows an agreed transfer policy.
restriction-lgpd-transfer = International transfer only to countries with an adequate level of protection.
restriction-lgpd-basis = Needs a legal basis; the data subject may request access and a copy.
restriction-pdpa-transfer = Transfer only where the recipient gives comparable protection.
restriction-pdpa-consent = Needs consent; individuals may request access to their data.
restriction-hipaa-minimum-necessary = Disclose only the minimum necessary, and only to a business associate under agreement.
restriction-hipaa-audit-retention = Audit records are kept for six years.
cli-user-exported = Exported the data of account { $name } to { $file }.
cli-user-erased = Erased account { $name }: { $tokens ->
        [one] { $tokens } token
       *[other] { $tokens } tokens
    } revoked; its { $rows ->
        [one] audit entry now names
       *[other] { $rows } audit entries now name
    } only the pseudonym { $pseudonym }.
cli-backup-done = Backup written to { $path } ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }, SHA-256 { $sha }).
cli-region-activated = Region { $region } is active.
cli-region-deactivated = Region { $region } is inactive.
