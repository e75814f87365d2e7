# The components list (heartbeat strip, 24 h / 30 d availability, status chips, tags, groups),
# the component page's charts (custom range, zoom, crosshair, marker legend, 1 s live mode),
# and the config's `tags:` problems (crates/engine/src/config/validate.rs). Issue 20.

## `tags:` in the config, printed as FILE:LINE:COL: message

config-tag-invalid = tag non valido `{ $tag }`: un tag usa lettere, cifre, `-`, `_`, `.`, `/` e `:`, al massimo { $max } caratteri
config-tag-duplicate = il tag `{ $tag }` compare due volte
config-tag-not-text = un tag è testo (mettere tra virgolette numeri e booleani)
config-tags-shape = previsto { $key } come elenco di etichette ({ $list }) o mappa di tag con chiave ({ $map })

## The components list

ui-list-heartbeat = Ultimi controlli
# A tick of the heartbeat strip: when the check ended, its outcome and its latency.
ui-list-beat = { $time }: { $status }, { $latency }
ui-list-beat-none = Nessun controllo finora
ui-list-avail-24h = 24 h
ui-list-avail-30d = 30 giorni
ui-list-chips = Filtra per stato
ui-list-chip-all = Tutti
ui-list-chip-healthy = Sani
ui-list-chip-degraded = Degradati
ui-list-chip-failed = Non disponibili
ui-list-chip-unknown = Sconosciuti
ui-list-tag = Tag
ui-list-tag-any = Tutti i tag
ui-list-tag-filter = Mostra solo i componenti con il tag { $tag }
ui-list-group-by = Raggruppa per
ui-list-group-none = Nessun raggruppamento
ui-list-group-region = Regione
ui-list-group-tag = Tag
ui-list-untagged = Senza tag
ui-list-group-count =
    { $count ->
        [one] { $count } componente
       *[other] { $count } componenti
    }
ui-list-group-toggle = Mostra o nascondi { $group }

## The component page's charts

ui-chart-from = Da
ui-chart-to = A
ui-chart-apply = Applica
ui-chart-range-invalid = L’inizio deve precedere la fine.
ui-chart-range-shown = { $from } – { $to }
ui-chart-live = In diretta (1 s)
ui-chart-live-hint = Gli ultimi 5 minuti, un punto al secondo dal flusso di eventi
ui-chart-zoom-hint = Trascina su un grafico per ingrandire, doppio clic per ripristinare
ui-chart-reset = Ripristina zoom
ui-chart-legend = Indicatori
ui-chart-marker-failed = Non disponibile (incidente)
ui-chart-marker-degraded = Degradato
ui-chart-marker-healthy = Ripristinato
ui-chart-marker-restart = Processo avviato
ui-chart-marker-action = Azione di ripristino
