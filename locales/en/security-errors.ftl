# Refusals of account, role, token and key operations (crates/engine/src/security/), said by
# the CLI, the HTTP API and the desktop app. Names and roles stay as written, in backquotes.
sec-error-invalid-name = invalid name `{ $name }`: use 1-{ $max } letters, digits, `.`, `_`, `-` or `@`
sec-error-invalid-name-bytes = invalid name ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }): use 1-{ $max } letters, digits, `.`, `_`, `-` or `@`
sec-error-password-short = the password is too short ({ $count ->
        [one] { $count } character
       *[other] { $count } characters
    }): use at least { $min }
sec-error-password-long = the password is longer than { $max ->
        [one] { $max } byte
       *[other] { $max } bytes
    }
sec-error-setup-done = setup is already complete: an account exists
sec-error-unknown-role = unknown role `{ $role }` (built in: `admin`, `operator`, `viewer`; add others with `{ $command }`)
sec-error-user-exists = user `{ $name }` already exists
sec-error-builtin-role = `{ $name }` is a built-in role and cannot be changed
sec-error-ttl-unusable = the token lifetime { $seconds } s is not usable
sec-error-scope-beyond = user `{ $user }` (role `{ $role }`) does not hold { $permissions }
sec-error-ttl-zero = the token lifetime must be positive
sec-error-ttl-max = a token may live at most { $max } (`{ $setting }`), not { $ttl }
sec-error-key-from-config = the encryption key comes from the config (`{ $setting }`); change it there instead
sec-error-signing-key-from-config = the token signing key comes from the config (`{ $setting }` or `{ $env }`); change it there instead
sec-error-key-file-missing = the key file { $file } is missing, so the audit chain cannot be verified
sec-error-checkpoints-missing = the checkpoint file { $file } is missing or empty but the signing key { $key } exists: restore the file from your backup, or move the key away to start a new checkpoint history (the audit log is then checked only from that point on)
sec-error-signing-key-missing = the signing key { $key } is missing but { $file } holds checkpoints it signed: restore the key from your backup (a new key would leave the audit log unverifiable)
sec-error-last-manager = `{ $name }` is the last account that can manage users; create another administrator before erasing it
sec-error-last-admin = `{ $name }` is the last enabled admin; make another admin first
# A caller granting more than it holds; `action` is one of the sec-do-* phrases.
sec-error-beyond-caller = you do not hold { $permissions }, so you cannot { $action }
sec-do-create-user = create an account with role `{ $role }`
sec-do-give-role = give `{ $name }` the role `{ $role }`
sec-do-change-role = change the role of `{ $name }` (`{ $role }`)
sec-do-disable = disable `{ $name }` (`{ $role }`)
sec-do-enable = enable `{ $name }` (`{ $role }`)
sec-do-issue-token-role = issue a token for `{ $name }` (`{ $role }`)
sec-do-issue-token = issue a token for `{ $name }`
