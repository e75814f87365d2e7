# Error answers of the HTTP API in the caller's language (`?lang=`, else Accept-Language;
# crates/cli/src/routes/errors.rs). `detail` is what the JSON or query parser said; names,
# ids and values stay as the caller sent them.
api-error-unknown-component = componente sconosciuto `{ $name }`
api-error-unknown-incident = incidente sconosciuto { $id }
api-error-unknown-channel = canale di notifica sconosciuto `{ $name }`
api-error-bad-query = un parametro della query non è valido: { $detail }
api-error-bad-json = il corpo della richiesta non è valido per questa operazione: { $detail }
api-error-bad-json-expected = il corpo della richiesta non è valido per questa operazione: { $detail }; atteso { $expected }
api-error-unknown-language = lingua sconosciuta `{ $value }`, attesa una tra { $expected }
api-error-no-account = la sicurezza è disattivata, quindi non esiste un account operatore

# Refusals of the gate (crates/cli/src/routes/secure.rs): headers, routes and commands stay
# as they are.
api-denied-missing = autenticazione richiesta: invia `{ $header }` (ottienilo con { $route })
api-denied-invalid = il token non è valido o la sua firma non è verificabile
api-denied-expired = il token è scaduto; accedi di nuovo
api-denied-revoked = il token è stato revocato
api-denied-unknown-user = l'account del token non esiste più o è disattivato
api-denied-forbidden = permesso { $permission } richiesto
api-denied-bad-credentials = nome utente o password errati
api-denied-throttled = troppi tentativi; riprova tra { $seconds } { $seconds ->
        [one] secondo
       *[other] secondi
    }
api-denied-setup-required = la sicurezza è attiva e non esiste ancora alcun account: crea prima l'amministratore (`{ $command }`, oppure { $route } da questa macchina con il token di configurazione stampato all'avvio)
api-denied-loopback-only = questa rotta è servita solo ai client di loopback
api-denied-internal = errore interno; vedi il log del server

# An account or a region named in the path that does not exist.
api-error-no-user = nessun utente `{ $name }`
api-error-unknown-region = regione sconosciuta `{ $value }`, attesa una tra { $expected }

# A maintenance window with both or neither end; an Alertmanager webhook body the guard cannot read
# (what it found wrong stays an argument).
api-error-maintenance-end = indica esattamente uno tra `{ $to }` e `{ $duration }`
api-error-alertmanager-payload = impossibile leggere il payload di Alertmanager: { $detail }
