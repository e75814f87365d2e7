## Evidence an auditor can rely on (issue 16): signed audit checkpoints outside the database
## (`pipeline-guard audit verify`), signed reports (`pipeline-guard verify`, `key export`), the
## report's integrity section and the Compliance page.

cli-audit-intact = Audit log intact: { $rows ->
    [one] one row
   *[other] { $rows } rows
}, head { $head }.
cli-audit-checkpoint-ok = It matches the newest signed checkpoint ({ $signed ->
    [one] one row
   *[other] { $signed } rows
}, signed { $at }, in { $file }).
cli-audit-keyring-missing = The key file { $file } is missing, so the audit chain cannot be verified (if the guard's key comes from its config, pass { $config }).
cli-audit-no-key = { $db } has no audit key: nothing was ever audited in it.

audit-break-edited = audit row { $row } was edited: its hash does not match its contents
audit-break-deleted = audit row { $row } was deleted: the chain skips from row { $from } to row { $to }
audit-break-tail-deleted = audit row { $row } was deleted: the log ends at row { $last } but { $appended } rows were appended
audit-break-inserted = audit row { $row } was inserted: it was never appended through the log
audit-break-relinked = audit row { $row } was edited or re-linked: its { $field } does not match row { $prev }
audit-break-behind = audit rows { $first } to { $signed } are missing: the log has { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} but the checkpoint signed at { $at } counted { $signed } (deleted, or an older database restored)
audit-break-mismatch = audit row { $row } no longer matches the checkpoint signed at { $at }: the log was rewritten or rolled back
audit-break-head-missing = the audit chain head is missing from the database while the log has { $rows } rows
audit-break-checkpoints-missing = the checkpoint file { $file } is missing or empty, but the signing key { $key } exists
audit-break-key-missing = the signing key { $key } is missing, so the checkpoints in { $file } cannot be checked
audit-break-no-checkpoints = the audit log has rows but no checkpoints: the signing key { $key } and the checkpoint file { $file } are missing
audit-break-forged = line { $line } of the checkpoint file { $file } is not a checkpoint signed by the guard's key

cli-verify-signed = { $file }: authentic, signed by { $key } (sha256 { $digest }). It cites the audit checkpoint of { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} signed { $at }, head { $head }.
cli-verify-in-history = The checkpoint is in the checkpoint history of { $db }, and audit row { $rows } still has the hash it signed.
cli-verify-need-key = a trusted public key is needed: pass { $key } with what “{ $export }” printed for the guard, or { $db } with the guard's database
cli-verify-not-in-history = the audit checkpoint this report cites ({ $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}, signed { $at }) is not in the checkpoint history of { $db } ({ $file })
cli-verify-row-changed = audit row { $rows } of { $db } is gone or no longer has the hash the cited checkpoint signed: the log was rewritten or rolled back
cli-key-missing = there is no signing key beside { $db } ({ $file })

seal-missing = no Pipeline Guard seal found: this is not a Pipeline Guard report, or its seal was removed
seal-duplicate = the file has more than one seal
seal-malformed = the seal is malformed
seal-unsigned = unsigned: this report carries only the old SHA-256 seal, which anyone who edits the file can recompute; export it again to get a signed report
seal-digest-mismatch = forged: the file's content hashes to sha256 { $actual } but its seal says { $expected }; the report was changed after it was signed
seal-forged = forged: the signature does not verify with the trusted key { $key }; the report was changed or signed by someone else
seal-checkpoint-forged = forged: the audit checkpoint the report cites is not signed by the trusted key { $key }

report-integrity-signed = This report is signed with the guard's Ed25519 key, over its content and the audit checkpoint below. Check it with “{ $command }” and the public key the operator gave you (“{ $export }”); the key written in the file is only a copy.
report-integrity-key = Signing key (Ed25519)
report-integrity-checkpoint = Audit checkpoint
report-integrity-checkpoint-value = { $rows ->
    [one] one row
   *[other] { $rows } rows
}, signed { $at }

ui-compliance-signed-by = Signed by (Ed25519)
ui-compliance-checkpoint = Audit checkpoint
ui-compliance-checkpoint-value = { $rows ->
    [one] one row
   *[other] { $rows } rows
}, signed { $at }
