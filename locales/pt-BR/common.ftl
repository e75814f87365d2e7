# Vocabulário comum do Pipeline Guard.

## Produto

product-name = Pipeline Guard

## Status dos componentes

status-healthy = Íntegro
    .description = Todas as verificações estão passando.
status-degraded = Degradado
    .description = Algumas verificações estão lentas ou falham de forma intermitente.
status-failed = Com falha
    .description = As verificações estão falhando; é preciso recuperar.
status-unknown = Desconhecido
    .description = Ainda não há resultado de verificação.

## Modos do pipeline

mode-healthy = Íntegro
mode-degraded = Degradado
mode-healing = Em recuperação
mode-paused = Pausado

pipeline-healthy = O pipeline está íntegro.
pipeline-degraded = O pipeline está degradado.
pipeline-healing = O pipeline está em recuperação.
pipeline-paused = O pipeline está pausado.

## Gravidade

severity-critical = Crítica
severity-high = Alta
severity-medium = Média
severity-low = Baixa
severity-warning = Aviso
severity-info = Informativa

## Regiões

region-us-east = Leste dos EUA
region-us-west = Oeste dos EUA
region-eu-west = Europa Ocidental
region-eu-central = Europa Central
region-asia-pacific = Ásia-Pacífico
region-sa-east = Leste da América do Sul

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
unit-requests-per-second = { $value } req./s
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

## Intervalos de tempo

time-range-last-15-minutes = Últimos 15 minutos
time-range-last-hour = Última hora
time-range-last-6-hours = Últimas 6 horas
time-range-last-24-hours = Últimas 24 horas
time-range-last-7-days = Últimos 7 dias
time-range-last-30-days = Últimos 30 dias
time-range-custom = Período personalizado

## Botões

button-save = Salvar
button-cancel = Cancelar
button-close = Fechar
button-apply = Aplicar
button-refresh = Atualizar
button-retry = Tentar novamente
button-delete = Excluir
button-edit = Editar
button-confirm = Confirmar
button-back = Voltar
button-next = Avançar
button-export = Exportar
button-heal-now = Recuperar agora
button-dry-run = Simulação

## Palavras genéricas

generic-yes = Sim
generic-no = Não
generic-loading = Carregando…
generic-none = Nenhum
generic-language = Idioma
