# Error answers of the HTTP API in the caller's language (`?lang=`, else Accept-Language;
# crates/cli/src/routes/errors.rs). `detail` is what the JSON or query parser said; names,
# ids and values stay as the caller sent them.
api-error-unknown-component = componente desconocido `{ $name }`
api-error-unknown-incident = incidente desconocido { $id }
api-error-unknown-channel = canal de notificación desconocido `{ $name }`
api-error-bad-query = un parámetro de la consulta no es válido: { $detail }
api-error-bad-json = el cuerpo de la solicitud no es válido para esta operación: { $detail }
api-error-bad-json-expected = el cuerpo de la solicitud no es válido para esta operación: { $detail }; se esperaba { $expected }
api-error-unknown-language = idioma desconocido `{ $value }`, se esperaba uno de { $expected }
api-error-no-account = la seguridad está desactivada, así que no hay cuenta de operador

# Refusals of the gate (crates/cli/src/routes/secure.rs): headers, routes and commands stay
# as they are.
api-denied-missing = se requiere autenticación: envíe `{ $header }` (obtenga uno con { $route })
api-denied-invalid = el token está mal formado o su firma no es válida
api-denied-expired = el token caducó; inicie sesión de nuevo
api-denied-revoked = el token fue revocado
api-denied-unknown-user = la cuenta del token ya no existe o está desactivada
api-denied-forbidden = se requiere el permiso { $permission }
api-denied-bad-credentials = nombre de usuario o contraseña incorrectos
api-denied-throttled = demasiados intentos; vuelva a intentarlo en { $seconds } { $seconds ->
        [one] segundo
       *[other] segundos
    }
api-denied-setup-required = la seguridad está activada y aún no existe ninguna cuenta: cree primero el administrador (`{ $command }`, o { $route } desde esta máquina con el token de configuración mostrado al arrancar)
api-denied-loopback-only = esta ruta solo se sirve a clientes de loopback
api-denied-internal = error interno; consulte el registro del servidor

# An account or a region named in the path that does not exist.
api-error-no-user = no existe el usuario `{ $name }`
api-error-unknown-region = región desconocida `{ $value }`, se esperaba una de { $expected }

# A maintenance window with both or neither end; an Alertmanager webhook body the guard cannot read
# (what it found wrong stays an argument).
api-error-maintenance-end = indique exactamente uno de `{ $to }` y `{ $duration }`
api-error-alertmanager-payload = no se puede leer la carga de Alertmanager: { $detail }
