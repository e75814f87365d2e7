# Refusals of account, role, token and key operations (crates/engine/src/security/), said by
# the CLI, the HTTP API and the desktop app. Names and roles stay as written, in backquotes.
sec-error-invalid-name = nombre no válido `{ $name }`: use de 1 a { $max } letras, dígitos, `.`, `_`, `-` o `@`
sec-error-invalid-name-bytes = nombre no válido ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }): use de 1 a { $max } letras, dígitos, `.`, `_`, `-` o `@`
sec-error-password-short = la contraseña es demasiado corta ({ $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }): use al menos { $min }
sec-error-password-long = la contraseña tiene más de { $max ->
        [one] { $max } byte
       *[other] { $max } bytes
    }
sec-error-setup-done = la configuración inicial ya está completa: existe una cuenta
sec-error-unknown-role = rol desconocido `{ $role }` (integrados: `admin`, `operator`, `viewer`; añada otros con `{ $command }`)
sec-error-user-exists = el usuario `{ $name }` ya existe
sec-error-builtin-role = `{ $name }` es un rol integrado y no se puede cambiar
sec-error-ttl-unusable = la duración del token de { $seconds } s no es utilizable
sec-error-scope-beyond = el usuario `{ $user }` (rol `{ $role }`) no tiene { $permissions }
sec-error-ttl-zero = la duración del token debe ser positiva
sec-error-ttl-max = un token puede durar como máximo { $max } (`{ $setting }`), no { $ttl }
sec-error-key-from-config = la clave de cifrado viene de la configuración (`{ $setting }`); cámbiela allí
sec-error-signing-key-from-config = la clave de firma de los tokens viene de la configuración (`{ $setting }` o `{ $env }`); cámbiela allí
sec-error-key-file-missing = falta el archivo de claves { $file }, así que no se puede verificar la cadena de auditoría
sec-error-checkpoints-missing = el archivo de puntos de control { $file } falta o está vacío, pero la clave de firma { $key } existe: restaure el archivo desde su copia de seguridad o aparte la clave para empezar un nuevo historial de puntos de control (el registro de auditoría solo se comprobará desde ese punto)
sec-error-signing-key-missing = falta la clave de firma { $key }, pero { $file } contiene puntos de control que firmó: restaure la clave desde su copia de seguridad (una clave nueva dejaría el registro de auditoría sin posibilidad de verificarse)
sec-error-last-manager = `{ $name }` es la última cuenta que puede administrar usuarios; cree otro administrador antes de borrarla
sec-error-last-admin = `{ $name }` es el último administrador habilitado; cree primero otro administrador
# A caller granting more than it holds; `action` is one of the sec-do-* phrases.
sec-error-beyond-caller = usted no tiene { $permissions }, así que no puede { $action }
sec-do-create-user = crear una cuenta con el rol `{ $role }`
sec-do-give-role = dar a `{ $name }` el rol `{ $role }`
sec-do-change-role = cambiar el rol de `{ $name }` (`{ $role }`)
sec-do-disable = deshabilitar `{ $name }` (`{ $role }`)
sec-do-enable = habilitar `{ $name }` (`{ $role }`)
sec-do-issue-token-role = emitir un token para `{ $name }` (`{ $role }`)
sec-do-issue-token = emitir un token para `{ $name }`
