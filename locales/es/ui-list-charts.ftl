# The components list (heartbeat strip, 24 h / 30 d availability, status chips, tags, groups),
# the component page's charts (custom range, zoom, crosshair, marker legend, 1 s live mode),
# and the config's `tags:` problems (crates/engine/src/config/validate.rs). Issue 20.

## `tags:` in the config, printed as FILE:LINE:COL: message

config-tag-invalid = etiqueta no válida `{ $tag }`: una etiqueta usa letras, dígitos, `-`, `_`, `.`, `/` y `:`, con { $max } caracteres como máximo
config-tag-duplicate = la etiqueta `{ $tag }` aparece dos veces
config-tag-not-text = una etiqueta es texto (ponga entre comillas los números y los booleanos)
config-tags-shape = se esperaba { $key } como una lista de etiquetas ({ $list }) o un mapa de etiquetas con clave ({ $map })

## The components list

ui-list-heartbeat = Últimas comprobaciones
# A tick of the heartbeat strip: when the check ended, its outcome and its latency.
ui-list-beat = { $time }: { $status }, { $latency }
ui-list-beat-none = Aún sin comprobaciones
ui-list-avail-24h = 24 h
ui-list-avail-30d = 30 días
ui-list-chips = Filtrar por estado
ui-list-chip-all = Todos
ui-list-chip-healthy = Sanos
ui-list-chip-degraded = Degradados
ui-list-chip-failed = Caídos
ui-list-chip-unknown = Desconocidos
ui-list-tag = Etiqueta
ui-list-tag-any = Todas las etiquetas
ui-list-tag-filter = Mostrar solo los componentes con la etiqueta { $tag }
ui-list-group-by = Agrupar por
ui-list-group-none = Sin agrupar
ui-list-group-region = Región
ui-list-group-tag = Etiqueta
ui-list-untagged = Sin etiqueta
ui-list-group-count =
    { $count ->
        [one] { $count } componente
       *[other] { $count } componentes
    }
ui-list-group-toggle = Mostrar u ocultar { $group }

## The component page's charts

ui-chart-from = Desde
ui-chart-to = Hasta
ui-chart-apply = Aplicar
ui-chart-range-invalid = El inicio debe ser anterior al final.
ui-chart-range-shown = { $from } – { $to }
ui-chart-live = En vivo (1 s)
ui-chart-live-hint = Los últimos 5 minutos, un punto por segundo desde el flujo de eventos
ui-chart-zoom-hint = Arrastre sobre un gráfico para ampliar, doble clic para restablecer
ui-chart-reset = Restablecer zoom
ui-chart-legend = Marcadores
ui-chart-marker-failed = Caído (incidente)
ui-chart-marker-degraded = Degradado
ui-chart-marker-healthy = Recuperado
ui-chart-marker-restart = Proceso iniciado
ui-chart-marker-action = Acción de reparación
