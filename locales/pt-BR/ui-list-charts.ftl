# The components list (heartbeat strip, 24 h / 30 d availability, status chips, tags, groups),
# the component page's charts (custom range, zoom, crosshair, marker legend, 1 s live mode),
# and the config's `tags:` problems (crates/engine/src/config/validate.rs). Issue 20.

## `tags:` in the config, printed as FILE:LINE:COL: message

config-tag-invalid = tag inválida `{ $tag }`: uma tag usa letras, dígitos, `-`, `_`, `.`, `/` e `:`, com no máximo { $max } caracteres
config-tag-duplicate = a tag `{ $tag }` aparece duas vezes
config-tag-not-text = uma tag é texto (coloque números e booleanos entre aspas)
config-tags-shape = esperava-se { $key } como uma lista de rótulos ({ $list }) ou um mapa de tags com chave ({ $map })

## The components list

ui-list-heartbeat = Últimas verificações
# A tick of the heartbeat strip: when the check ended, its outcome and its latency.
ui-list-beat = { $time }: { $status }, { $latency }
ui-list-beat-none = Nenhuma verificação ainda
ui-list-avail-24h = 24 h
ui-list-avail-30d = 30 dias
ui-list-chips = Filtrar por status
ui-list-chip-all = Todos
ui-list-chip-healthy = Saudáveis
ui-list-chip-degraded = Degradados
ui-list-chip-failed = Fora do ar
ui-list-chip-unknown = Desconhecidos
ui-list-tag = Tag
ui-list-tag-any = Todas as tags
ui-list-tag-filter = Mostrar só os componentes com a tag { $tag }
ui-list-group-by = Agrupar por
ui-list-group-none = Sem agrupamento
ui-list-group-region = Região
ui-list-group-tag = Tag
ui-list-untagged = Sem tag
ui-list-group-count =
    { $count ->
        [one] { $count } componente
       *[other] { $count } componentes
    }
ui-list-group-toggle = Mostrar ou ocultar { $group }

## The component page's charts

ui-chart-from = De
ui-chart-to = Até
ui-chart-apply = Aplicar
ui-chart-range-invalid = O início deve ser antes do fim.
ui-chart-range-shown = { $from } – { $to }
ui-chart-live = Ao vivo (1 s)
ui-chart-live-hint = Os últimos 5 minutos, um ponto por segundo do fluxo de eventos
ui-chart-zoom-hint = Arraste sobre um gráfico para ampliar, clique duas vezes para restaurar
ui-chart-reset = Restaurar zoom
ui-chart-legend = Marcadores
ui-chart-marker-failed = Fora do ar (incidente)
ui-chart-marker-degraded = Degradado
ui-chart-marker-healthy = Recuperado
ui-chart-marker-restart = Processo iniciado
ui-chart-marker-action = Ação de recuperação
