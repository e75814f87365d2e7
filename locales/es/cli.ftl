# Salida legible de la línea de comandos pipeline-guard.

## validate

cli-validate-ok =
    { $file } es válido: { $components ->
        [one] { $components } componente
       *[other] { $components } componentes
    } en { $regions ->
        [one] { $regions } región
       *[other] { $regions } regiones
    }.
cli-validate-failed =
    { $file } no es válido: { $count ->
        [one] se encontró { $count } problema
       *[other] se encontraron { $count } problemas
    }.

## Errores de configuración

cli-config-syntax = YAML no válido: { $detail }
cli-config-unknown-key = clave desconocida «{ $key }»
cli-config-missing-key = falta la clave obligatoria «{ $key }»
cli-config-invalid-value = valor no válido para «{ $key }»: { $detail }
cli-config-invalid-duration = duración no válida «{ $value }» (ejemplos: 250ms, 1s, 5m, 24h, 7d)
cli-config-invalid-size = tamaño no válido «{ $value }» (ejemplos: 512KB, 100MB, 2GB)
cli-config-unknown-region = región desconocida «{ $value }» (se esperaba una de: { $expected })
cli-config-unknown-check = tipo de comprobación desconocido «{ $value }» (se esperaba uno de: { $expected })
cli-config-unknown-strategy = estrategia de recuperación desconocida «{ $value }» (se esperaba una de: { $expected })
cli-config-duplicate-component = el componente «{ $name }» está definido más de una vez
cli-config-out-of-range = «{ $key }» debe estar entre { $min } y { $max }
cli-config-env-override = valor no válido en la variable de entorno { $var }: { $detail }

## serve y demo

cli-serve-starting = Iniciando Pipeline Guard con { $components ->
        [one] { $components } componente
       *[other] { $components } componentes
    }…
cli-serve-listening = Sirviendo en { $url }
cli-serve-stopping = Apagando: guardando el historial…
cli-serve-stopped = Detenido correctamente.
cli-demo-starting = Iniciando el laboratorio de demostración: { $services ->
        [one] { $services } servicio local
       *[other] { $services } servicios locales
    } con fallos programados…
cli-demo-open-browser = Abra { $url } en su navegador para seguir la demostración.
cli-demo-open-desktop = Abriendo la aplicación de escritorio…
cli-demo-fault = Fallo programado: { $fault } en { $component }
cli-healing-action = Reparando { $component }: { $strategy }
cli-healing-dry-run = Simulación: se repararía { $component } con { $strategy }

## detect

cli-detect-summary =
    { $input }: { $rows ->
        [one] { $rows } fila puntuada
       *[other] { $rows } filas puntuadas
    }, { $anomalies ->
        [0] ninguna anomalía
        [one] { $anomalies } anomalía
       *[other] { $anomalies } anomalías
    } por encima de { $threshold }.
cli-detect-written = Puntuaciones escritas en { $output }.

## report, verify, audit

cli-report-written = Informe escrito en { $file }.
cli-audit-ok =
    Registro de auditoría intacto: { $rows ->
        [one] { $rows } fila verificada
       *[other] { $rows } filas verificadas
    }.
cli-audit-broken = Registro de auditoría dañado en la fila { $row }: { $reason }

## usuarios y tokens

cli-user-password-prompt = Contraseña de { $name }:
cli-user-added = Usuario { $name } añadido con el rol { $role }.
cli-token-issued = Token para { $user }, válido durante { $ttl }:

## Errores

cli-error-prefix = error
cli-error-file-not-found = no se puede leer { $file }: archivo no encontrado
cli-error-io = no se puede leer { $file }: { $detail }
cli-error-database = error de la base de datos: { $detail }
cli-error-invalid-date = fecha no válida «{ $value }» (se esperaba AAAA-MM-DD o RFC 3339)
cli-error-unknown-standard = norma de cumplimiento desconocida «{ $value }» (se esperaba una de: { $expected })
cli-error-unknown-format = formato de salida desconocido «{ $value }» (se esperaba uno de: { $expected })
cli-error-unknown-language = idioma desconocido «{ $value }» (disponibles: { $expected })
cli-error-address-in-use = la dirección { $addr } ya está en uso
cli-error-permission-denied = permiso denegado: { $detail }
cli-error-internal = error interno: { $detail }
cli-hint-help = Ejecute «pipeline-guard --help» para ver cómo se usa.
