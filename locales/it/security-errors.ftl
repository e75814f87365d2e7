# Refusals of account, role, token and key operations (crates/engine/src/security/), said by
# the CLI, the HTTP API and the desktop app. Names and roles stay as written, in backquotes.
sec-error-invalid-name = nome non valido `{ $name }`: usa da 1 a { $max } lettere, cifre, `.`, `_`, `-` o `@`
sec-error-invalid-name-bytes = nome non valido ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } byte
    }): usa da 1 a { $max } lettere, cifre, `.`, `_`, `-` o `@`
sec-error-password-short = la password è troppo corta ({ $count ->
        [one] { $count } carattere
       *[other] { $count } caratteri
    }): usane almeno { $min }
sec-error-password-long = la password supera { $max ->
        [one] { $max } byte
       *[other] { $max } byte
    }
sec-error-setup-done = la configurazione iniziale è già completa: esiste un account
sec-error-unknown-role = ruolo sconosciuto `{ $role }` (predefiniti: `admin`, `operator`, `viewer`; aggiungine altri con `{ $command }`)
sec-error-user-exists = l'utente `{ $name }` esiste già
sec-error-builtin-role = `{ $name }` è un ruolo predefinito e non può essere modificato
sec-error-ttl-unusable = la durata del token di { $seconds } s non è utilizzabile
sec-error-scope-beyond = l'utente `{ $user }` (ruolo `{ $role }`) non possiede { $permissions }
sec-error-ttl-zero = la durata del token deve essere positiva
sec-error-ttl-max = un token può durare al massimo { $max } (`{ $setting }`), non { $ttl }
sec-error-key-from-config = la chiave di cifratura viene dalla configurazione (`{ $setting }`); cambiala lì
sec-error-signing-key-from-config = la chiave di firma dei token viene dalla configurazione (`{ $setting }` o `{ $env }`); cambiala lì
sec-error-key-file-missing = manca il file delle chiavi { $file }, quindi la catena di audit non può essere verificata
sec-error-checkpoints-missing = il file dei checkpoint { $file } manca o è vuoto ma la chiave di firma { $key } esiste: ripristina il file dal backup, oppure sposta la chiave per iniziare una nuova cronologia di checkpoint (il registro di audit viene allora verificato solo da quel punto in poi)
sec-error-signing-key-missing = manca la chiave di firma { $key } ma { $file } contiene checkpoint firmati da essa: ripristina la chiave dal backup (una chiave nuova renderebbe il registro di audit non verificabile)
sec-error-last-manager = `{ $name }` è l'ultimo account che può gestire gli utenti; crea un altro amministratore prima di cancellarlo
sec-error-last-admin = `{ $name }` è l'ultimo amministratore attivo; nomina prima un altro amministratore
# A caller granting more than it holds; `action` is one of the sec-do-* phrases.
sec-error-beyond-caller = non possiedi { $permissions }, quindi non puoi { $action }
sec-do-create-user = creare un account con il ruolo `{ $role }`
sec-do-give-role = dare a `{ $name }` il ruolo `{ $role }`
sec-do-change-role = cambiare il ruolo di `{ $name }` (`{ $role }`)
sec-do-disable = disattivare `{ $name }` (`{ $role }`)
sec-do-enable = attivare `{ $name }` (`{ $role }`)
sec-do-issue-token-role = emettere un token per `{ $name }` (`{ $role }`)
sec-do-issue-token = emettere un token per `{ $name }`
