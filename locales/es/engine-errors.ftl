# Errors of the engine's operations, said by the HTTP API (`{code, message, msg}`, said by the
# `localize` layer of crates/cli/src/routes/errors.rs) and by the desktop app's window (`sayMsg`).
# Names, values and parameters stay as the caller sent them, in backquotes; what a parser or
# the OS said stays `detail`.
api-error-internal = error interno; consulte el registro
# Several problems of one request, each said on its own (joined with `; `).
api-error-problems = { $problems }
# A problem with one field of a request: the field's name, then the problem.
api-error-field = `{ $field }`: { $problem }
api-error-unknown-value = valor desconocido `{ $value }`, se esperaba uno de { $expected }
api-error-empty-name = `{ $param }`: un nombre de componente vacío (se esperaba `{ $example }`)
api-error-unix-time = `{ $param }` ({ $value }) debe ser una hora Unix en segundos entre 0 y { $max }
api-error-step-min = `{ $param }` ({ $value }) debe ser de al menos un segundo
api-error-to-before-from = `to` ({ $to }) debe ser posterior a `from` ({ $from })
api-error-to-not-before-from = `to` ({ $to }) no debe ser anterior a `from` ({ $from })
api-error-too-many-buckets = demasiados intervalos (más de { $max }): aumente `{ $param }`
api-error-param-range = `{ $param }` ({ $value }) debe estar entre { $min } y { $max }
api-error-param-negative = `{ $param }` ({ $value }) no debe ser negativo
api-error-already-acknowledged = el incidente { $id } ya fue reconocido por `{ $by }`
api-error-not-assignable = `{ $name }` no es una cuenta a la que se puedan asignar incidentes; se esperaba una de { $expected }
api-error-note-empty = una nota necesita algo de texto
api-error-note-too-long = una nota puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }; esta tiene { $count }
api-error-no-step = `{ $name }` no tiene un paso `{ $step }` en su escalera de recuperación
api-error-maintenance-order = una ventana de mantenimiento debe terminar después de empezar
api-error-no-autoscale = `{ $name }` no tiene un bloque `autoscale:` en la configuración
api-error-not-promql = `{ $name }` tiene una comprobación `{ $kind }`, no `promql`
api-error-promql-range = se esperaba `from` < `to` y un `step` mayor que cero
api-error-too-many-points = { $count ->
        [one] { $count } punto
       *[other] { $count } puntos
    } por serie es más que { $max }: use un `step` mayor
api-error-file = { $file }: { $detail }
api-error-cooldown-range = se esperaba de 0 a { $max } ms (un día), se encontró { $value } ms
api-error-rules-empty = se esperaba al menos una regla
api-error-rule-metric = `{ $metric }` no es una métrica de la configuración de este escalado automático; se esperaba una de { $expected }
api-error-not-negative = se esperaba 0 o más, se encontró { $value }
api-error-ladder-empty = una escalera de recuperación necesita al menos un paso
api-error-ladder-no-step = `{ $name }` no tiene un paso `{ $step }` en su escalera configurada (la API nombra pasos; nunca acepta un argv ni una URL)
api-error-unknown-step = paso de recuperación desconocido `{ $value }`, se esperaba uno de { $expected }
api-error-unknown-standard = estándar desconocido `{ $value }`, se esperaban algunos de { $expected }
api-error-no-standard = se esperaba al menos un estándar
api-error-last-region = la región `{ $region }` no se puede desactivar: es la última región activa
api-error-stored-change = no se puede leer el cambio guardado: { $detail }

# Building a compliance report (crates/report).
report-error-empty-period = el periodo está vacío: `{ $to_name }` ({ $to }) debe ser posterior a `{ $from_name }` ({ $from })
report-error-no-database = { $file }: no existe esa base de datos
report-error-internal = no se puede generar el informe; consulte el registro

# The desktop app's own errors (src-tauri): commands, the welcome screen, saved reports.
app-error-no-account = ninguna cuenta de Pipeline Guard se llama como su usuario del sistema `{ $user }`; un administrador puede crearla con `{ $command }`
app-error-undeclared-command = el comando `{ $command }` no declara ningún permiso (añada su fila a `{ $table }`)
app-error-not-public-command = el comando `{ $command }` no es un comando público de `{ $table }`
app-error-engine-running = el motor ya está en marcha: reinicie la aplicación para elegir otra configuración
app-error-internal = error interno: { $detail }
app-error-no-downloads = no hay carpeta de descargas: defina `{ $var }` o `{ $home }` (o `{ $xdg }` en `{ $file }`)
app-error-save-report = no se puede guardar el informe en { $dir }: { $detail }
# An answer of the app's command layer that is not one of the app's errors (what it said).
app-error-invoke = la aplicación no pudo ejecutar este comando: { $detail }
