# Vocabulario común de Pipeline Guard.

## Producto

product-name = Pipeline Guard

## Estado de los componentes

status-healthy = Saludable
    .description = Todas las comprobaciones se superan.
status-degraded = Degradado
    .description = Algunas comprobaciones son lentas o fallan de forma intermitente.
status-failed = Con fallos
    .description = Las comprobaciones fallan; hace falta una reparación.
status-unknown = Desconocido
    .description = Todavía no hay resultados de comprobación.

## Modos de la canalización

mode-healthy = Saludable
mode-degraded = Degradado
mode-healing = En reparación
mode-paused = En pausa

pipeline-healthy = La canalización está en buen estado.
pipeline-degraded = La canalización está degradada.
pipeline-healing = La canalización se está reparando.
pipeline-paused = La canalización está en pausa.

## Gravedad

severity-critical = Crítica
severity-high = Alta
severity-medium = Media
severity-low = Baja
severity-warning = Advertencia
severity-info = Informativa

## Regiones

region-us-east = Este de EE. UU.
region-us-west = Oeste de EE. UU.
region-eu-west = Europa Occidental
region-eu-central = Europa Central
region-asia-pacific = Asia-Pacífico
region-sa-east = Este de Sudamérica

## Unidades

unit-duration-days = { $value } d
unit-duration-hours = { $value } h
unit-duration-minutes = { $value } min
unit-duration-seconds = { $value } s
unit-duration-milliseconds = { $value } ms
unit-duration-separator = { " " }
unit-size-kilobytes = { $value } KB
unit-size-megabytes = { $value } MB
unit-size-gigabytes = { $value } GB
unit-requests-per-second = { $value } sol./s
unit-components =
    { $count ->
        [one] { $count } componente
       *[other] { $count } componentes
    }
unit-incidents =
    { $count ->
        [one] { $count } incidente
       *[other] { $count } incidentes
    }

## Intervalos de tiempo

time-range-last-15-minutes = Últimos 15 minutos
time-range-last-hour = Última hora
time-range-last-6-hours = Últimas 6 horas
time-range-last-24-hours = Últimas 24 horas
time-range-last-7-days = Últimos 7 días
time-range-last-30-days = Últimos 30 días
time-range-custom = Intervalo personalizado

## Botones

button-save = Guardar
button-cancel = Cancelar
button-close = Cerrar
button-apply = Aplicar
button-refresh = Actualizar
button-retry = Reintentar
button-delete = Eliminar
button-edit = Editar
button-confirm = Confirmar
button-back = Atrás
button-next = Siguiente
button-export = Exportar
button-heal-now = Reparar ahora
button-dry-run = Simulación

## Palabras genéricas

generic-yes = Sí
generic-no = No
generic-loading = Cargando…
generic-none = Ninguno
generic-language = Idioma
