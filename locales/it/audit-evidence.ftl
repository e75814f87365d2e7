## Prove su cui un revisore può contare (issue 16): checkpoint firmati fuori dal database, report
## firmati, la sezione di integrità del report e la pagina Conformità.

cli-audit-intact = Registro di audit integro: { $rows ->
    [one] una riga
   *[other] { $rows } righe
}, testa { $head }.
cli-audit-checkpoint-ok = Corrisponde al checkpoint firmato più recente ({ $signed ->
    [one] una riga
   *[other] { $signed } righe
}, firmato il { $at }, in { $file }).
cli-audit-keyring-missing = Il file delle chiavi { $file } manca, quindi la catena di audit non può essere verificata (se la chiave del guardiano viene dalla sua configurazione, passate { $config }).
cli-audit-no-key = { $db } non ha una chiave di audit: non vi è mai stato registrato nulla.

audit-break-edited = la riga di audit { $row } è stata modificata: il suo hash non corrisponde al contenuto
audit-break-deleted = la riga di audit { $row } è stata eliminata: la catena salta dalla riga { $from } alla riga { $to }
audit-break-tail-deleted = la riga di audit { $row } è stata eliminata: il registro finisce alla riga { $last } ma sono state aggiunte { $appended } righe
audit-break-inserted = la riga di audit { $row } è stata inserita: non è mai stata aggiunta tramite il registro
audit-break-relinked = la riga di audit { $row } è stata modificata o ricollegata: il suo { $field } non corrisponde alla riga { $prev }
audit-break-behind = mancano le righe di audit da { $first } a { $signed }: il registro ha { $rows ->
    [one] { $rows } riga
   *[other] { $rows } righe
} ma il checkpoint firmato il { $at } ne contava { $signed } (eliminate, o è stato ripristinato un database più vecchio)
audit-break-mismatch = la riga di audit { $row } non corrisponde più al checkpoint firmato il { $at }: il registro è stato riscritto o riportato indietro
audit-break-head-missing = la testa della catena di audit manca dal database mentre il registro ha { $rows } righe
audit-break-checkpoints-missing = il file dei checkpoint { $file } manca o è vuoto, ma la chiave di firma { $key } esiste
audit-break-key-missing = la chiave di firma { $key } manca, quindi i checkpoint in { $file } non possono essere verificati
audit-break-no-checkpoints = il registro di audit ha righe ma nessun checkpoint: mancano la chiave di firma { $key } e il file dei checkpoint { $file }
audit-break-forged = la riga { $line } del file dei checkpoint { $file } non è un checkpoint firmato con la chiave del guardiano

cli-verify-signed = { $file }: autentico, firmato da { $key } (sha256 { $digest }). Cita il checkpoint di audit di { $rows ->
    [one] { $rows } riga
   *[other] { $rows } righe
} firmato il { $at }, testa { $head }.
cli-verify-in-history = Il checkpoint è nella cronologia dei checkpoint di { $db }, e la riga di audit { $rows } ha ancora l’hash firmato.
cli-verify-need-key = serve una chiave pubblica fidata: passate { $key } con ciò che «{ $export }» ha stampato per il guardiano, oppure { $db } con il database del guardiano
cli-verify-not-in-history = il checkpoint di audit citato da questo report ({ $rows ->
    [one] { $rows } riga
   *[other] { $rows } righe
}, firmato il { $at }) non è nella cronologia dei checkpoint di { $db } ({ $file })
cli-verify-row-changed = la riga di audit { $rows } di { $db } è sparita o non ha più l’hash firmato dal checkpoint citato: il registro è stato riscritto o riportato indietro
cli-key-missing = non c’è una chiave di firma accanto a { $db } ({ $file })

seal-missing = nessun sigillo di Pipeline Guard trovato: non è un report di Pipeline Guard, oppure il sigillo è stato rimosso
seal-duplicate = il file ha più di un sigillo
seal-malformed = il sigillo non è valido
seal-unsigned = non firmato: questo report porta solo il vecchio sigillo SHA-256, che chiunque modifichi il file può ricalcolare; esportatelo di nuovo per ottenere un report firmato
seal-digest-mismatch = falsificato: il contenuto del file ha hash sha256 { $actual } ma il sigillo riporta { $expected }; il report è stato modificato dopo la firma
seal-forged = falsificato: la firma non si verifica con la chiave fidata { $key }; il report è stato modificato o firmato da qualcun altro
seal-checkpoint-forged = falsificato: il checkpoint di audit citato dal report non è firmato con la chiave fidata { $key }

report-integrity-signed = Questo report è firmato con la chiave Ed25519 del guardiano, sul suo contenuto e sul checkpoint di audit qui sotto. Verificatelo con «{ $command }» e la chiave pubblica che vi ha dato l’operatore («{ $export }»); la chiave scritta nel file è solo una copia.
report-integrity-key = Chiave di firma (Ed25519)
report-integrity-checkpoint = Checkpoint di audit
report-integrity-checkpoint-value = { $rows ->
    [one] una riga
   *[other] { $rows } righe
}, firmato il { $at }

ui-compliance-signed-by = Firmato da (Ed25519)
ui-compliance-checkpoint = Checkpoint di audit
ui-compliance-checkpoint-value = { $rows ->
    [one] una riga
   *[other] { $rows } righe
}, firmato il { $at }
