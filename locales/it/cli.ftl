# Output leggibile della riga di comando pipeline-guard.

## validate

cli-validate-ok =
    { $file } è valido: { $components ->
        [one] { $components } componente
       *[other] { $components } componenti
    } in { $regions ->
        [one] { $regions } regione
       *[other] { $regions } regioni
    }.
cli-validate-failed =
    { $file } non è valido: { $count ->
        [one] trovato { $count } problema
       *[other] trovati { $count } problemi
    }.

## Errori di configurazione

cli-config-syntax = YAML non valido: { $detail }
cli-config-unknown-key = chiave sconosciuta «{ $key }»
cli-config-missing-key = manca la chiave obbligatoria «{ $key }»
cli-config-invalid-value = valore non valido per «{ $key }»: { $detail }
cli-config-invalid-duration = durata non valida «{ $value }» (esempi: 250ms, 1s, 5m, 24h, 7d)
cli-config-invalid-size = dimensione non valida «{ $value }» (esempi: 512KB, 100MB, 2GB)
cli-config-unknown-region = regione sconosciuta «{ $value }» (valori ammessi: { $expected })
cli-config-unknown-check = tipo di controllo sconosciuto «{ $value }» (valori ammessi: { $expected })
cli-config-unknown-strategy = strategia di ripristino sconosciuta «{ $value }» (valori ammessi: { $expected })
cli-config-duplicate-component = il componente «{ $name }» è definito più di una volta
cli-config-out-of-range = «{ $key }» deve essere compreso tra { $min } e { $max }
cli-config-env-override = valore non valido nella variabile d’ambiente { $var }: { $detail }

## serve e demo

cli-serve-starting = Avvio di Pipeline Guard con { $components ->
        [one] { $components } componente
       *[other] { $components } componenti
    }…
cli-serve-listening = In ascolto su { $url }
cli-serve-stopping = Arresto in corso: salvataggio della cronologia…
cli-serve-stopped = Arrestato correttamente.
cli-demo-starting = Avvio del laboratorio dimostrativo: { $services ->
        [one] { $services } servizio locale
       *[other] { $services } servizi locali
    } con guasti programmati…
cli-demo-open-browser = Apri { $url } nel browser per seguire la dimostrazione.
cli-demo-open-desktop = Apertura dell’app desktop…
cli-demo-fault = Guasto programmato: { $fault } su { $component }
cli-healing-action = Ripristino di { $component }: { $strategy }
cli-healing-dry-run = Prova simulata: { $component } verrebbe ripristinato con { $strategy }

## detect

cli-detect-summary =
    { $rows ->
        [one] { $rows } riga valutata
       *[other] { $rows } righe valutate
    } da { $input }: { $anomalies ->
        [0] nessuna anomalia
        [one] { $anomalies } anomalia
       *[other] { $anomalies } anomalie
    } sopra { $threshold }.
cli-detect-written = Punteggi scritti in { $output }.

## report, verify, audit

cli-report-written = Rapporto scritto in { $file }.
cli-audit-ok =
    Registro di audit integro: { $rows ->
        [one] { $rows } riga verificata
       *[other] { $rows } righe verificate
    }.
cli-audit-broken = Registro di audit compromesso alla riga { $row }: { $reason }

## utenti e token

cli-user-password-prompt = Password di { $name }:
cli-user-added = Utente { $name } aggiunto con il ruolo { $role }.
cli-token-issued = Token per { $user }, valido per { $ttl }:

## Errori

cli-error-prefix = errore
cli-error-file-not-found = impossibile leggere { $file }: file non trovato
cli-error-io = impossibile leggere { $file }: { $detail }
cli-error-database = errore del database: { $detail }
cli-error-invalid-date = data non valida «{ $value }» (formato atteso: AAAA-MM-GG o RFC 3339)
cli-error-unknown-standard = standard di conformità sconosciuto «{ $value }» (valori ammessi: { $expected })
cli-error-unknown-format = formato di output sconosciuto «{ $value }» (valori ammessi: { $expected })
cli-error-unknown-language = lingua sconosciuta «{ $value }» (disponibili: { $expected })
cli-error-address-in-use = l’indirizzo { $addr } è già in uso
cli-error-permission-denied = permesso negato: { $detail }
cli-error-internal = errore interno: { $detail }
cli-hint-help = Esegui «pipeline-guard --help» per le istruzioni d’uso.
