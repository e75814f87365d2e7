# Vocabolario comune di Pipeline Guard.

## Prodotto

product-name = Pipeline Guard

## Stato dei componenti

status-healthy = Operativo
    .description = Tutti i controlli vengono superati.
status-degraded = Degradato
    .description = Alcuni controlli sono lenti o falliscono a intermittenza.
status-failed = Guasto
    .description = I controlli falliscono; serve un ripristino.
status-unknown = Sconosciuto
    .description = Nessun risultato dei controlli per ora.

## Modalità della pipeline

mode-healthy = Operativa
mode-degraded = Degradata
mode-healing = In ripristino
mode-paused = In pausa

pipeline-healthy = La pipeline è operativa.
pipeline-degraded = La pipeline è degradata.
pipeline-healing = La pipeline è in fase di ripristino.
pipeline-paused = La pipeline è in pausa.

## Gravità

severity-critical = Critica
severity-high = Alta
severity-medium = Media
severity-low = Bassa
severity-warning = Avviso
severity-info = Informativa

## Regioni

region-us-east = Stati Uniti orientali
region-us-west = Stati Uniti occidentali
region-eu-west = Europa occidentale
region-eu-central = Europa centrale
region-asia-pacific = Asia-Pacifico
region-sa-east = Sud America orientale

## Unità

unit-duration-days = { $value } g
unit-duration-hours = { $value } h
unit-duration-minutes = { $value } min
unit-duration-seconds = { $value } s
unit-duration-milliseconds = { $value } ms
unit-duration-separator = { " " }
unit-size-kilobytes = { $value } kB
unit-size-megabytes = { $value } MB
unit-size-gigabytes = { $value } GB
unit-requests-per-second = { $value } rich./s
unit-components =
    { $count ->
        [one] { $count } componente
       *[other] { $count } componenti
    }
unit-incidents =
    { $count ->
        [one] { $count } incidente
       *[other] { $count } incidenti
    }

## Intervalli di tempo

time-range-last-15-minutes = Ultimi 15 minuti
time-range-last-hour = Ultima ora
time-range-last-6-hours = Ultime 6 ore
time-range-last-24-hours = Ultime 24 ore
time-range-last-7-days = Ultimi 7 giorni
time-range-last-30-days = Ultimi 30 giorni
time-range-custom = Intervallo personalizzato

## Pulsanti

button-save = Salva
button-cancel = Annulla
button-close = Chiudi
button-apply = Applica
button-refresh = Aggiorna
button-retry = Riprova
button-delete = Elimina
button-edit = Modifica
button-confirm = Conferma
button-back = Indietro
button-next = Avanti
button-export = Esporta
button-heal-now = Ripristina ora
button-dry-run = Prova simulata

## Parole generiche

generic-yes = Sì
generic-no = No
generic-loading = Caricamento…
generic-none = Nessuno
generic-language = Lingua
