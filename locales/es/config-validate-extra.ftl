# Rarer problems in a config file (crates/engine/src/config/validate.rs), printed as
# FILE:LINE:COL: message by `validate`, `serve` and the desktop app. Keys, values, names and
# examples from the file stay as written, in backquotes.

config-x-session-longer-than-ttl = una sesión no puede durar más que api_token_max_ttl ({ $max })
config-x-min-above-max = min_instances es mayor que max_instances
config-x-file-empty = `{ $path }` está vacío o no es un archivo
config-x-file-unreadable = no se puede leer `{ $path }`: { $detail }
config-x-listen-needs-security = `{ $listen }` no es una dirección de loopback: con la seguridad desactivada el servidor solo escucha en loopback (quien lo alcanzara actuaría como administrador anónimo); defina `{ $setting }` para escuchar en la red
config-x-listen-needs-tls = `{ $listen }` no es una dirección de loopback: escuchar fuera de loopback requiere `{ $setting }`
config-x-listed-twice = `{ $value }` aparece dos veces
config-x-status-page-empty = la página de estado está activada pero no incluye ningún componente: añada sus nombres en `components`
config-x-status-page-title = se esperaba un título de { $min } a { $max } { $max ->
        [one] carácter
       *[other] caracteres
    }
config-x-allowed-host = se esperaba un nombre de host o una dirección con un puerto opcional ({ $examples }), se encontró `{ $value }`
config-x-port-needs-scale-command = `{ $placeholder }` en el comando requiere `{ $setting }` en el componente
config-x-port-needs-scale-check = `{ $placeholder }` en la comprobación requiere `{ $setting }` en el componente
config-x-scale-bounds = se esperaba 1 ≤ min_instances ≤ max_instances
config-x-scale-command = se esperaba una lista argv no vacía con `{ $placeholder }`
config-x-http-method = se esperaba uno de { $expected }
config-x-process-check-needs-block = una comprobación `process` requiere un bloque `process:` en el componente
config-x-node-url = se esperaba la URL de métricas de node_exporter, como `{ $example }`, se encontró `{ $value }`
config-x-node-mountpoint = se esperaba un punto de montaje absoluto, como `/` o `/data`, se encontró `{ $value }`
config-x-promql-url = se esperaba la URL base del servidor Prometheus, como `{ $example }`, se encontró `{ $value }`
config-x-sample-name = se esperaba un nombre de serie con letras, dígitos y `_`, se encontró `{ $value }`
config-x-unknown-host-none = host desconocido `{ $name }`: declárelo en `hosts:` (name, address, user, key_file, known_hosts)
config-x-unknown-host = host desconocido `{ $name }`, se esperaba uno de { $expected }
config-x-hosts-list = se esperaba una lista de hosts (name, address, port, user, key_file, known_hosts)
config-x-host-name = los nombres de host usan letras, dígitos, `-`, `_` y `.`; se encontró `{ $value }`
config-x-host-duplicate = nombre de host duplicado `{ $name }`
config-x-host-address = se esperaba un nombre de host o una dirección IP, se encontró `{ $value }`
config-x-host-user = se esperaba un nombre de usuario, se encontró `{ $value }`
config-x-step-host = se esperaba el nombre de un host de `hosts:`
config-x-step-run-argv = `run:` debe ser una lista no vacía de cadenas (un arreglo argv, nunca una cadena de shell)
config-x-rule-metric = se esperaba un nombre de métrica como `{ $example }`
config-x-finite-number = se esperaba un número finito
config-x-rule-number = se esperaba un número, un tamaño como `200MB` o una duración como `500ms`, se encontró `{ $value }`

# Auto-scaling settings of a component (crates/engine/src/config/autoscale.rs) and comparisons
# such as `healthy_if`.
config-x-autoscale-mode = modo desconocido `{ $value }`, se esperaba uno de { $expected }
config-x-autoscale-rules-both = indique una regla en línea (`metric`, `threshold_up`, `threshold_down`, `scale_factor`) o una lista en `rules:`, no ambas
config-x-autoscale-rules-empty = se esperaba al menos una regla, p. ej. `{ $example }`
config-x-autoscale-rule-missing = se esperaba una regla: `metric`, `threshold_up`, `threshold_down` (y `scale_factor`), o una lista en `rules:`
config-x-autoscale-metric-twice = `{ $metric }` tiene dos reglas; indique una regla por métrica
config-x-autoscale-min-zero = se esperaba al menos 1 instancia
config-x-autoscale-min-max = se esperaba min_instances ({ $min }) ≤ max_instances ({ $max })
config-x-autoscale-above-scale-max = { $value } supera `scale.max_instances` ({ $max }), donde se detiene `scale_up`
config-x-autoscale-below-scale-min = { $value } está por debajo de `scale.min_instances` ({ $min }), donde se detiene `scale_down`
config-x-autoscale-not-scalable = autoscale necesita un componente que pueda escalar: un `process.command` supervisado con `{"{"}port{"}"}` y `scale: {"{"} port: N {"}"}`, o `scale.command` con `{"{"}replicas{"}"}`
config-x-autoscale-horizon = `horizon` es para `mode: hybrid` (escalar según la previsión)
config-x-autoscale-metric-empty = se esperaba una métrica de las muestras del componente, p. ej. `cpu_usage`, `response_time_seconds` o la métrica de una comprobación de Prometheus
config-x-autoscale-metric-state = `{ $metric }` es un estado, no una medida de carga; escale según `cpu_usage`, `memory_bytes`, `response_time_seconds` o la métrica de una comprobación
config-x-autoscale-metric-unsupervised = `{ $metric }` solo se mide para un proceso que el Guard supervisa (`process:`)
config-x-missing-key = falta `{ $key }`
config-x-finite-number-found = se esperaba un número finito, se encontró { $value }
config-x-autoscale-thresholds = se esperaba threshold_down ({ $down }) por debajo de threshold_up ({ $up }); si no, el escalado oscilaría
config-x-autoscale-factor = se esperaba un scale_factor mayor que 1 (1,5 = la mitad más), se encontró { $value }
config-x-comparison = se esperaba una comparación como `< 0.05` o `>= 1`, se encontró `{ $value }`

# Notification channels (crates/engine/src/config/validate/notifications.rs): URLs are never
# echoed (they may carry a token).
config-x-unknown-language = idioma desconocido `{ $value }`, se esperaba uno de { $expected }
config-x-channel-https-token = se esperaba una URL https:// (http:// simple solo se permite hacia 127.0.0.1/localhost: la URL lleva un token)
config-x-channel-https = se esperaba una URL https://
config-x-channel-headers-webhook = `headers` solo existe para un canal `webhook` genérico
config-x-channel-header-name = `{ $name }` no es un nombre de cabecera HTTP válido
config-x-channel-header-value = no es un valor de cabecera HTTP válido
config-x-smtp-security = seguridad SMTP desconocida `{ $value }`, se esperaba una de { $expected }
config-x-smtp-host = se esperaba el nombre de host del relé SMTP
config-x-smtp-clear-text = `security: none` envía el correo y la contraseña en texto plano: solo se permite hacia un relé en 127.0.0.1/localhost; use tls o starttls
config-x-smtp-password-user = un `password` requiere un `username`
config-x-email = se esperaba una dirección de correo como `{ $example }`, se encontró `{ $value }`
config-x-email-recipients = se esperaba al menos un destinatario
config-x-channel-kind-missing = se esperaba un tipo de canal: { $kinds }
config-x-channel-kind-many = se esperaba exactamente un tipo de canal, se encontró { $found }
config-x-severity = gravedad desconocida `{ $value }`, se esperaba una de { $expected }
config-x-unknown-component = componente desconocido `{ $name }`
config-x-unknown-event = evento desconocido `{ $value }`, se esperaba uno de { $expected }
config-x-channel-name = se esperaba un nombre de canal no vacío
config-x-retry-attempts = se esperaban entre { $min } y { $max } { $max ->
        [one] intento
       *[other] intentos
    }
config-x-channel-duplicate = nombre de canal duplicado `{ $name }` (ya lo usa el canal { $first })

# The zero-downtime front of a component (`front:`, crates/engine/src/config/front.rs).
config-x-front-listen = se esperaba una dirección como `{ $example }`, se encontró `{ $value }`
config-x-front-loopback = un front solo escucha en loopback (`127.0.0.1` o `::1`) salvo que `{ $setting }` sea true, se encontró `{ $value }`
config-x-front-port-zero = se esperaba un puerto fijo, no 0
config-x-front-port-taken = el puerto { $port } del front es el puerto base de las instancias (`scale.port`); elija otro
config-x-front-balance = reparto de carga desconocido `{ $value }`, se esperaba uno de { $expected }
config-x-front-weight = se esperaba un peso mayor que 0, se encontró { $value }
config-x-front-weights-count = { $count ->
        [one] { $count } peso
       *[other] { $count } pesos
    } para como máximo { $max ->
        [one] { $max } instancia
       *[other] { $max } instancias
    } (`scale.max_instances`)
config-x-front-needs-instances = un front necesita instancias que supervise el guardián: `process.command` con `{ $placeholder }` y `{ $example }`
config-x-front-try-timeout-twice = indique el tiempo límite por intento una sola vez: `retry.per_try_timeout` o `try_timeout`, no ambos
config-x-front-failures-range = se esperaba un número de fallos de { $min } a { $max }, se encontró { $value }
config-x-front-percent-range = se esperaba un porcentaje de { $min } a { $max }, se encontró { $value }
config-x-front-retries-range = se esperaba un número de reintentos de { $min } a { $max }, se encontró { $value }
config-x-front-ejection-times = `max_ejection_time` es más corto que `base_ejection_time`
config-x-front-method = se esperaba un método HTTP en mayúsculas como `PUT` o `DELETE`, se encontró `{ $value }`
config-x-front-guard-address = `{ $listen }` es la dirección HTTP del propio guardián (`{ $setting }`)
config-x-front-address-taken = el front de `{ $component }` ya escucha en `{ $listen }`

# A PromQL check's query, looked over before Prometheus sees it.
config-x-promql-empty = se esperaba una expresión PromQL como `{ $example }`
config-x-promql-unterminated = cadena sin cerrar que empieza en el carácter { $at } de la consulta
config-x-promql-mismatch = `{ $close }` en el carácter { $at } de la consulta no cierra `{ $open }` del carácter { $open_at }
config-x-promql-unmatched = `{ $close }` sin pareja en el carácter { $at } de la consulta
config-x-promql-unclosed = `{ $open }` en el carácter { $at } de la consulta nunca se cierra
