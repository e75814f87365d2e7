# Errors of the engine's operations, said by the HTTP API (`{code, message, msg}`, said by the
# `localize` layer of crates/cli/src/routes/errors.rs) and by the desktop app's window (`sayMsg`).
# Names, values and parameters stay as the caller sent them, in backquotes; what a parser or
# the OS said stays `detail`.
api-error-internal = errore interno; vedi il log
# Several problems of one request, each said on its own (joined with `; `).
api-error-problems = { $problems }
# A problem with one field of a request: the field's name, then the problem.
api-error-field = `{ $field }`: { $problem }
api-error-unknown-value = valore sconosciuto `{ $value }`, atteso uno tra { $expected }
api-error-empty-name = `{ $param }`: un nome di componente vuoto (atteso `{ $example }`)
api-error-unix-time = `{ $param }` ({ $value }) deve essere un orario Unix in secondi tra 0 e { $max }
api-error-step-min = `{ $param }` ({ $value }) deve essere di almeno un secondo
api-error-to-before-from = `to` ({ $to }) deve essere successivo a `from` ({ $from })
api-error-to-not-before-from = `to` ({ $to }) non deve essere precedente a `from` ({ $from })
api-error-too-many-buckets = troppi intervalli (più di { $max }): aumenta `{ $param }`
api-error-param-range = `{ $param }` ({ $value }) deve essere compreso tra { $min } e { $max }
api-error-param-negative = `{ $param }` ({ $value }) non deve essere negativo
api-error-already-acknowledged = l'incidente { $id } è già stato preso in carico da `{ $by }`
api-error-not-assignable = `{ $name }` non è un account a cui assegnare incidenti; atteso uno tra { $expected }
api-error-note-empty = una nota deve contenere del testo
api-error-note-too-long = una nota può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }; questa ne ha { $count }
api-error-no-step = `{ $name }` non ha un passo `{ $step }` nella sua scala di ripristino
api-error-maintenance-order = una finestra di manutenzione deve finire dopo il suo inizio
api-error-no-autoscale = `{ $name }` non ha un blocco `autoscale:` nella configurazione
api-error-not-promql = `{ $name }` ha un controllo `{ $kind }`, non `promql`
api-error-promql-range = attesi `from` < `to` e uno `step` maggiore di zero
api-error-too-many-points = { $count ->
        [one] { $count } punto
       *[other] { $count } punti
    } per serie sono più di { $max }: usa uno `step` più grande
api-error-file = { $file }: { $detail }
api-error-cooldown-range = atteso da 0 a { $max } ms (un giorno), trovato { $value } ms
api-error-rules-empty = attesa almeno una regola
api-error-rule-metric = `{ $metric }` non è una metrica della configurazione di questa scalabilità automatica; attesa una tra { $expected }
api-error-not-negative = atteso 0 o più, trovato { $value }
api-error-ladder-empty = una scala di ripristino richiede almeno un passo
api-error-ladder-no-step = `{ $name }` non ha un passo `{ $step }` nella scala configurata (l'API indica i passi per nome; non accetta mai un argv o un URL)
api-error-unknown-step = passo di ripristino sconosciuto `{ $value }`, atteso uno tra { $expected }
api-error-unknown-standard = standard sconosciuto `{ $value }`, attesi alcuni tra { $expected }
api-error-no-standard = atteso almeno uno standard
api-error-last-region = la regione `{ $region }` non può essere disattivata: è l'ultima regione attiva
api-error-stored-change = impossibile leggere la modifica salvata: { $detail }

# Building a compliance report (crates/report).
report-error-empty-period = il periodo è vuoto: `{ $to_name }` ({ $to }) deve essere successivo a `{ $from_name }` ({ $from })
report-error-no-database = { $file }: database inesistente
report-error-internal = impossibile creare il report; vedi il log

# The desktop app's own errors (src-tauri): commands, the welcome screen, saved reports.
app-error-no-account = nessun account Pipeline Guard ha il nome del tuo utente di sistema `{ $user }`; un amministratore può crearlo con `{ $command }`
app-error-undeclared-command = il comando `{ $command }` non dichiara alcun permesso (aggiungi la sua riga a `{ $table }`)
app-error-not-public-command = il comando `{ $command }` non è un comando pubblico di `{ $table }`
app-error-engine-running = il motore è già in esecuzione: riavvia l'app per scegliere un'altra configurazione
app-error-internal = errore interno: { $detail }
app-error-no-downloads = nessuna cartella dei download: imposta `{ $var }` o `{ $home }` (oppure `{ $xdg }` in `{ $file }`)
app-error-save-report = impossibile salvare il report in { $dir }: { $detail }
# An answer of the app's command layer that is not one of the app's errors (what it said).
app-error-invoke = l'app non è riuscita a eseguire questo comando: { $detail }
