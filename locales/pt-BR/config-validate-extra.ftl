# Rarer problems in a config file (crates/engine/src/config/validate.rs), printed as
# FILE:LINE:COL: message by `validate`, `serve` and the desktop app. Keys, values, names and
# examples from the file stay as written, in backquotes.

config-x-session-longer-than-ttl = uma sessão não pode durar mais que api_token_max_ttl ({ $max })
config-x-min-above-max = min_instances é maior que max_instances
config-x-file-empty = `{ $path }` está vazio ou não é um arquivo
config-x-file-unreadable = não é possível ler `{ $path }`: { $detail }
config-x-listen-needs-security = `{ $listen }` não é um endereço de loopback: com a segurança desativada o servidor escuta apenas no loopback (quem o alcançasse agiria como administrador anônimo); defina `{ $setting }` para escutar na rede
config-x-listen-needs-tls = `{ $listen }` não é um endereço de loopback: escutar fora do loopback exige `{ $setting }`
config-x-listed-twice = `{ $value }` aparece duas vezes
config-x-status-page-empty = a página de status está ativada, mas não lista nenhum componente: adicione os nomes em `components`
config-x-status-page-title = esperado um título de { $min } a { $max } { $max ->
        [one] caractere
       *[other] caracteres
    }
config-x-allowed-host = esperado um nome de host ou endereço com porta opcional ({ $examples }), encontrado `{ $value }`
config-x-port-needs-scale-command = `{ $placeholder }` no comando exige `{ $setting }` no componente
config-x-port-needs-scale-check = `{ $placeholder }` na verificação exige `{ $setting }` no componente
config-x-scale-bounds = esperado 1 ≤ min_instances ≤ max_instances
config-x-scale-command = esperada uma lista argv não vazia com `{ $placeholder }`
config-x-http-method = esperado um de { $expected }
config-x-process-check-needs-block = uma verificação `process` exige um bloco `process:` no componente
config-x-node-url = esperada a URL de métricas do node_exporter, como `{ $example }`, encontrado `{ $value }`
config-x-node-mountpoint = esperado um ponto de montagem absoluto, como `/` ou `/data`, encontrado `{ $value }`
config-x-promql-url = esperada a URL base do servidor Prometheus, como `{ $example }`, encontrado `{ $value }`
config-x-sample-name = esperado um nome de série com letras, dígitos e `_`, encontrado `{ $value }`
config-x-unknown-host-none = host desconhecido `{ $name }`: declare-o em `hosts:` (name, address, user, key_file, known_hosts)
config-x-unknown-host = host desconhecido `{ $name }`, esperado um de { $expected }
config-x-hosts-list = esperada uma lista de hosts (name, address, port, user, key_file, known_hosts)
config-x-host-name = nomes de host usam letras, dígitos, `-`, `_` e `.`; encontrado `{ $value }`
config-x-host-duplicate = nome de host duplicado `{ $name }`
config-x-host-address = esperado um nome de host ou endereço IP, encontrado `{ $value }`
config-x-host-user = esperado um nome de usuário, encontrado `{ $value }`
config-x-step-host = esperado o nome de um host de `hosts:`
config-x-step-run-argv = `run:` deve ser uma lista não vazia de strings (um array argv, nunca uma string de shell)
config-x-rule-metric = esperado um nome de métrica como `{ $example }`
config-x-finite-number = esperado um número finito
config-x-rule-number = esperado um número, um tamanho como `200MB` ou uma duração como `500ms`, encontrado `{ $value }`

# Auto-scaling settings of a component (crates/engine/src/config/autoscale.rs) and comparisons
# such as `healthy_if`.
config-x-autoscale-mode = modo desconhecido `{ $value }`, esperado um de { $expected }
config-x-autoscale-rules-both = informe uma regra em linha (`metric`, `threshold_up`, `threshold_down`, `scale_factor`) ou uma lista em `rules:`, não ambas
config-x-autoscale-rules-empty = esperada pelo menos uma regra, p. ex. `{ $example }`
config-x-autoscale-rule-missing = esperada uma regra: `metric`, `threshold_up`, `threshold_down` (e `scale_factor`), ou uma lista em `rules:`
config-x-autoscale-metric-twice = `{ $metric }` tem duas regras; dê a cada métrica uma regra
config-x-autoscale-min-zero = esperada pelo menos 1 instância
config-x-autoscale-min-max = esperado min_instances ({ $min }) ≤ max_instances ({ $max })
config-x-autoscale-above-scale-max = { $value } está acima de `scale.max_instances` ({ $max }), onde `scale_up` para
config-x-autoscale-below-scale-min = { $value } está abaixo de `scale.min_instances` ({ $min }), onde `scale_down` para
config-x-autoscale-not-scalable = autoscale exige um componente que possa escalar: um `process.command` supervisionado com `{"{"}port{"}"}` e `scale: {"{"} port: N {"}"}`, ou `scale.command` com `{"{"}replicas{"}"}`
config-x-autoscale-horizon = `horizon` é para `mode: hybrid` (escalar pela previsão)
config-x-autoscale-metric-empty = esperada uma métrica das amostras do componente, p. ex. `cpu_usage`, `response_time_seconds` ou a métrica de uma verificação Prometheus
config-x-autoscale-metric-state = `{ $metric }` é um estado, não uma medida de carga; escale por `cpu_usage`, `memory_bytes`, `response_time_seconds` ou pela métrica de uma verificação
config-x-autoscale-metric-unsupervised = `{ $metric }` só é medido para um processo supervisionado pelo Guard (`process:`)
config-x-missing-key = falta `{ $key }`
config-x-finite-number-found = esperado um número finito, encontrado { $value }
config-x-autoscale-thresholds = esperado threshold_down ({ $down }) abaixo de threshold_up ({ $up }); senão o escalonamento oscilaria
config-x-autoscale-factor = esperado um scale_factor maior que 1 (1,5 = metade a mais), encontrado { $value }
config-x-comparison = esperada uma comparação como `< 0.05` ou `>= 1`, encontrado `{ $value }`

# Notification channels (crates/engine/src/config/validate/notifications.rs): URLs are never
# echoed (they may carry a token).
config-x-unknown-language = idioma desconhecido `{ $value }`, esperado um de { $expected }
config-x-channel-https-token = esperada uma URL https:// (http:// simples só é permitido para 127.0.0.1/localhost: a URL carrega um token)
config-x-channel-https = esperada uma URL https://
config-x-channel-headers-webhook = `headers` existe apenas para um canal `webhook` genérico
config-x-channel-header-name = `{ $name }` não é um nome de cabeçalho HTTP válido
config-x-channel-header-value = valor de cabeçalho HTTP inválido
config-x-smtp-security = segurança SMTP desconhecida `{ $value }`, esperada uma de { $expected }
config-x-smtp-host = esperado o nome de host do relay SMTP
config-x-smtp-clear-text = `security: none` envia e-mail e senha em texto puro: permitido apenas para um relay em 127.0.0.1/localhost; use tls ou starttls
config-x-smtp-password-user = um `password` exige um `username`
config-x-email = esperado um endereço de e-mail como `{ $example }`, encontrado `{ $value }`
config-x-email-recipients = esperado pelo menos um destinatário
config-x-channel-kind-missing = esperado um tipo de canal: { $kinds }
config-x-channel-kind-many = esperado exatamente um tipo de canal, encontrado { $found }
config-x-severity = severidade desconhecida `{ $value }`, esperada uma de { $expected }
config-x-unknown-component = componente desconhecido `{ $name }`
config-x-unknown-event = evento desconhecido `{ $value }`, esperado um de { $expected }
config-x-channel-name = esperado um nome de canal não vazio
config-x-retry-attempts = esperadas entre { $min } e { $max } { $max ->
        [one] tentativa
       *[other] tentativas
    }
config-x-channel-duplicate = nome de canal duplicado `{ $name }` (usado primeiro pelo canal { $first })

# The zero-downtime front of a component (`front:`, crates/engine/src/config/front.rs).
config-x-front-listen = esperado um endereço como `{ $example }`, encontrado `{ $value }`
config-x-front-loopback = um front só escuta no loopback (`127.0.0.1` ou `::1`), a menos que `{ $setting }` seja true, encontrado `{ $value }`
config-x-front-port-zero = esperada uma porta fixa, não 0
config-x-front-port-taken = a porta { $port } do front é a porta base das instâncias (`scale.port`); escolha outra
config-x-front-balance = balanceamento desconhecido `{ $value }`, esperado um de { $expected }
config-x-front-weight = esperado um peso maior que 0, encontrado { $value }
config-x-front-weights-count = { $count ->
        [one] { $count } peso
       *[other] { $count } pesos
    } para no máximo { $max ->
        [one] { $max } instância
       *[other] { $max } instâncias
    } (`scale.max_instances`)
config-x-front-needs-instances = um front precisa de instâncias supervisionadas pelo guardião: `process.command` com `{ $placeholder }` e `{ $example }`
config-x-front-try-timeout-twice = informe o tempo limite por tentativa uma só vez: `retry.per_try_timeout` ou `try_timeout`, não ambos
config-x-front-failures-range = esperado um número de falhas de { $min } a { $max }, encontrado { $value }
config-x-front-percent-range = esperada uma porcentagem de { $min } a { $max }, encontrado { $value }
config-x-front-retries-range = esperado um número de novas tentativas de { $min } a { $max }, encontrado { $value }
config-x-front-ejection-times = `max_ejection_time` é menor que `base_ejection_time`
config-x-front-method = esperado um método HTTP em maiúsculas como `PUT` ou `DELETE`, encontrado `{ $value }`
config-x-front-guard-address = `{ $listen }` é o endereço HTTP do próprio guardião (`{ $setting }`)
config-x-front-address-taken = o front de `{ $component }` já escuta em `{ $listen }`

# A PromQL check's query, looked over before Prometheus sees it.
config-x-promql-empty = esperada uma expressão PromQL como `{ $example }`
config-x-promql-unterminated = string não terminada a partir do caractere { $at } da consulta
config-x-promql-mismatch = `{ $close }` no caractere { $at } da consulta não fecha `{ $open }` do caractere { $open_at }
config-x-promql-unmatched = `{ $close }` sem par no caractere { $at } da consulta
config-x-promql-unclosed = `{ $open }` no caractere { $at } da consulta nunca é fechado
