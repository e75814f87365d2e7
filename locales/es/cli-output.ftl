# More human-readable output of the pipeline-guard command line (crates/cli): accounts, tokens,
# reports, the demo, detect, TLS and the server's own lines. Commands, options, paths and
# what the OS said stay as they are, as arguments.

cli-error-password-stdin = no se puede leer la contraseña de la entrada estándar: { $detail }
cli-error-no-password = no hay contraseña en la entrada estándar (pásela por una tubería: { $example })
cli-error-erase-confirm = borrar «{ $name }» no se puede deshacer: añada { $flag } para confirmar
cli-user-list-disabled = desactivado
cli-role-added = Rol { $name }: { $permissions }
cli-error-bad-ttl = { $option }: duración no válida «{ $value }» (ejemplos: 30m, 1h, 7d)
cli-token-issued-detail = Token { $jti } para { $user }, permisos { $permissions }, válido hasta el { $until } UTC.
cli-token-revoked = Token { $jti } revocado.
cli-error-no-database = { $db }: no existe esa base de datos
cli-error-no-signing-key = el Guard no tiene clave de firma
cli-error-no-checkpoints = el registro de auditoría no tiene puntos de control
cli-error-cannot-write = no se puede escribir { $file }: { $detail }
cli-error-cannot-create = no se puede crear { $file }: { $detail }
cli-error-cannot-start = no se puede iniciar { $program }: { $detail }
cli-error-cannot-listen = no se puede escuchar en { $addr }: { $detail }
cli-error-at-least-one = { $option }: se esperaba al menos 1
cli-error-bad-public-key = { $option }: no es una clave pública Ed25519 (se esperaba «ed25519:» y 64 dígitos hexadecimales, tal como lo muestra «{ $export }»)
cli-error-export-unaudited = el informe se escribió, pero su exportación no se pudo registrar en la auditoría: { $detail }
cli-report-written-signed = { $file }: { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }, SHA-256 { $digest }, firmado por { $key }
cli-demo-labsvc-missing = no se encontró el programa de los servicios del laboratorio en { $path } (compílelo con «{ $command }»)
cli-demo-config-invalid = la configuración de demostración integrada no es válida:
cli-demo-port-busy = el puerto { $port } está ocupado; elija otros puertos con { $option }
cli-demo-no-window = La aplicación de escritorio no pudo abrir una ventana ({ $reason }); se sirve la interfaz web en su lugar.
cli-demo-app-exited = la aplicación de escritorio terminó con { $status }
cli-demo-no-app = La aplicación de escritorio no está compilada ({ $command }); se sirve la interfaz web en su lugar.
cli-detect-empty = { $file }:{ $line }: se esperaba la cabecera «{ $header }», pero el archivo termina
cli-detect-bad-header = { $file }:{ $line }: se esperaba la cabecera «{ $header }», se encontró { $found }
cli-detect-field-count = { $file }:{ $line }: se esperaban 2 campos «{ $header }», se encontraron { $found }
cli-detect-bad-timestamp = { $file }:{ $line }: se esperaba una marca de tiempo «{ $format }» o RFC 3339, se encontró { $found }
cli-detect-bad-value = { $file }:{ $line }: se esperaba un número finito como valor, se encontró { $found }
cli-tls-cert-unreadable = no se puede leer el certificado TLS { $file }: { $detail }
cli-tls-no-cert = no hay ningún certificado PEM en { $file }
cli-tls-key-unreadable = no se puede leer la clave privada TLS { $file }: { $detail }
cli-tls-setup = falló la configuración de TLS: { $detail }
cli-tls-mismatch = el certificado TLS { $cert } y la clave { $key } no forman una identidad de servidor: { $detail }
cli-serve-needs-tls = se rechaza escuchar en { $addr }: sin TLS solo se permiten direcciones de bucle local (use 127.0.0.1 o configure { $key })
cli-serve-no-ui-index = { $option } { $dir }: no hay ningún { $file } ahí (compile la interfaz web con «{ $command }»)
cli-serve-no-embedded-ui = este programa se compiló sin la interfaz web (faltaba { $dir } al compilar); la página / explica cómo compilarla
cli-serve-security-disabled = la seguridad está desactivada ({ $key }): cualquier usuario local de esta máquina puede manejar la API (las páginas web no: comprobaciones de { $checks }); active la seguridad en una máquina compartida
cli-serve-setup-banner =
    La seguridad está activada y no existe ninguna cuenta. Hasta que se cree un administrador, la API responde 503.
    Cree el administrador con
      { $command }   (contraseña por la entrada estándar)
    o bien, solo desde esta máquina, con
      { $request }
cli-serve-closing-connections = Se cierran las conexiones aún abiertas tras { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
