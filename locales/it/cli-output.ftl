# More human-readable output of the pipeline-guard command line (crates/cli): accounts, tokens,
# reports, the demo, detect, TLS and the server's own lines. Commands, options, paths and
# what the OS said stay as they are, as arguments.

cli-error-password-stdin = impossibile leggere la password dallo standard input: { $detail }
cli-error-no-password = nessuna password sullo standard input (passala con una pipe: { $example })
cli-error-erase-confirm = la cancellazione di «{ $name }» è irreversibile: aggiungi { $flag } per confermare
cli-user-list-disabled = disattivato
cli-role-added = Ruolo { $name }: { $permissions }
cli-error-bad-ttl = { $option }: durata non valida «{ $value }» (esempi: 30m, 1h, 7d)
cli-token-issued-detail = Token { $jti } per { $user }, permessi { $permissions }, valido fino al { $until } UTC.
cli-token-revoked = Token { $jti } revocato.
cli-error-no-database = { $db }: database inesistente
cli-error-no-signing-key = il Guard non ha una chiave di firma
cli-error-no-checkpoints = il registro di audit non ha checkpoint
cli-error-cannot-write = impossibile scrivere { $file }: { $detail }
cli-error-cannot-create = impossibile creare { $file }: { $detail }
cli-error-cannot-start = impossibile avviare { $program }: { $detail }
cli-error-cannot-listen = impossibile restare in ascolto su { $addr }: { $detail }
cli-error-at-least-one = { $option }: atteso almeno 1
cli-error-bad-public-key = { $option }: non è una chiave pubblica Ed25519 (atteso «ed25519:» seguito da 64 cifre esadecimali, come la stampa «{ $export }»)
cli-error-export-unaudited = il report è stato scritto, ma la sua esportazione non è stata registrata nell’audit: { $detail }
cli-report-written-signed = { $file }: { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } byte
    }, SHA-256 { $digest }, firmato da { $key }
cli-demo-labsvc-missing = il programma dei servizi del laboratorio non è stato trovato in { $path } (compilalo con «{ $command }»)
cli-demo-config-invalid = la configurazione demo incorporata non è valida:
cli-demo-port-busy = la porta { $port } è occupata; scegli altre porte con { $option }
cli-demo-no-window = L’app desktop non è riuscita ad aprire una finestra ({ $reason }); viene servita invece l’interfaccia web.
cli-demo-app-exited = l’app desktop è terminata con { $status }
cli-demo-no-app = L’app desktop non è compilata ({ $command }); viene servita invece l’interfaccia web.
cli-detect-empty = { $file }:{ $line }: attesa l’intestazione «{ $header }», ma il file finisce
cli-detect-bad-header = { $file }:{ $line }: attesa l’intestazione «{ $header }», trovato { $found }
cli-detect-field-count = { $file }:{ $line }: attesi 2 campi «{ $header }», trovati { $found }
cli-detect-bad-timestamp = { $file }:{ $line }: atteso un timestamp «{ $format }» o RFC 3339, trovato { $found }
cli-detect-bad-value = { $file }:{ $line }: atteso un numero finito come valore, trovato { $found }
cli-tls-cert-unreadable = impossibile leggere il certificato TLS { $file }: { $detail }
cli-tls-no-cert = nessun certificato PEM in { $file }
cli-tls-key-unreadable = impossibile leggere la chiave privata TLS { $file }: { $detail }
cli-tls-setup = configurazione TLS non riuscita: { $detail }
cli-tls-mismatch = il certificato TLS { $cert } e la chiave { $key } non formano un’identità di server: { $detail }
cli-serve-needs-tls = ascolto su { $addr } rifiutato: senza TLS sono ammessi solo indirizzi di loopback (usa 127.0.0.1 o imposta { $key })
cli-serve-no-ui-index = { $option } { $dir }: lì non c’è nessun { $file } (compila l’interfaccia web con «{ $command }»)
cli-serve-no-embedded-ui = questo programma è stato compilato senza l’interfaccia web ({ $dir } mancava durante la compilazione); la pagina / spiega come compilarla
cli-serve-security-disabled = la sicurezza è disattivata ({ $key }): ogni utente locale di questa macchina può comandare l’API (le pagine web no: controlli { $checks }); attiva la sicurezza su una macchina condivisa
cli-serve-setup-banner =
    La sicurezza è attiva e non esiste alcun account. Finché non viene creato un amministratore, l’API risponde 503.
    Crea l’amministratore con
      { $command }   (password dallo standard input)
    oppure, solo da questa macchina, con
      { $request }
cli-serve-closing-connections = Chiusura delle connessioni ancora aperte dopo { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }.
