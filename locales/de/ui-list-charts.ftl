# The components list (heartbeat strip, 24 h / 30 d availability, status chips, tags, groups),
# the component page's charts (custom range, zoom, crosshair, marker legend, 1 s live mode),
# and the config's `tags:` problems (crates/engine/src/config/validate.rs). Issue 20.

## `tags:` in the config, printed as FILE:LINE:COL: message

config-tag-invalid = ungültiges Tag `{ $tag }`: ein Tag besteht aus Buchstaben, Ziffern, `-`, `_`, `.`, `/` und `:`, höchstens { $max } Zeichen
config-tag-duplicate = Tag `{ $tag }` steht doppelt in der Liste
config-tag-not-text = ein Tag ist Text (Zahlen und Wahrheitswerte in Anführungszeichen setzen)
config-tags-shape = { $key } erwartet als Liste von Bezeichnungen ({ $list }) oder als Zuordnung von Schlüssel-Tags ({ $map })

## The components list

ui-list-heartbeat = Letzte Prüfungen
# A tick of the heartbeat strip: when the check ended, its outcome and its latency.
ui-list-beat = { $time }: { $status }, { $latency }
ui-list-beat-none = Noch keine Prüfung
ui-list-avail-24h = 24 Std.
ui-list-avail-30d = 30 Tage
ui-list-chips = Nach Status filtern
ui-list-chip-all = Alle
ui-list-chip-healthy = Gesund
ui-list-chip-degraded = Beeinträchtigt
ui-list-chip-failed = Ausgefallen
ui-list-chip-unknown = Unbekannt
ui-list-tag = Tag
ui-list-tag-any = Alle Tags
ui-list-tag-filter = Nur Komponenten mit dem Tag { $tag } zeigen
ui-list-group-by = Gruppieren nach
ui-list-group-none = Keine Gruppierung
ui-list-group-region = Region
ui-list-group-tag = Tag
ui-list-untagged = Ohne Tag
ui-list-group-count =
    { $count ->
        [one] { $count } Komponente
       *[other] { $count } Komponenten
    }
ui-list-group-toggle = { $group } ein- oder ausblenden

## The component page's charts

ui-chart-from = Von
ui-chart-to = Bis
ui-chart-apply = Anwenden
ui-chart-range-invalid = Der Beginn muss vor dem Ende liegen.
ui-chart-range-shown = { $from } – { $to }
ui-chart-live = Live (1 Sek.)
ui-chart-live-hint = Die letzten 5 Minuten, ein Punkt pro Sekunde aus dem Ereignisstrom
ui-chart-zoom-hint = Zum Vergrößern über ein Diagramm ziehen, Doppelklick setzt zurück
ui-chart-reset = Zoom zurücksetzen
ui-chart-legend = Markierungen
ui-chart-marker-failed = Ausgefallen (Vorfall)
ui-chart-marker-degraded = Beeinträchtigt
ui-chart-marker-healthy = Wiederhergestellt
ui-chart-marker-restart = Prozess gestartet
ui-chart-marker-action = Heilungsaktion
