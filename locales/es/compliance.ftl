# Compliance: restriction texts, report evidence, account export/erasure and backups.

evidence-audit-unverifiable = No se puede verificar el registro de auditoría: { $reason }.
evidence-secrets-plaintext = Secretos almacenados sin cifrar: { $count }.
evidence-keyfile-open = Otros usuarios pueden leer el archivo de claves { $path } (modo { $mode }); debe ser 600.
evidence-secrets-encrypted = Los secretos y los tokens de API están cifrados con XChaCha20-Poly1305 ({ $count ->
        [one] { $count } valor
       *[other] { $count } valores
    }), con una clave guardada fuera de la base de datos en { $path }.
evidence-secrets-encrypted-passphrase = Los secretos y los tokens de API están cifrados con XChaCha20-Poly1305 ({ $count ->
        [one] { $count } valor
       *[other] { $count } valores
    }), con una clave derivada de la frase de contraseña configurada.
evidence-access-roles = Cuentas activas por rol: { $list }.
evidence-access-active = Todas las cuentas activas iniciaron sesión en los últimos 90 días.
evidence-access-stale = Cuentas sin inicio de sesión en 90 días, por revisar: { $count } ({ $names }).
evidence-backup-verified = El archivo de copia de seguridad { $path } existe y coincide con su SHA-256 registrado; copias en el periodo: { $count }.
evidence-backup-corrupt = El archivo de copia de seguridad { $path } no coincide con su SHA-256 registrado.
evidence-backup-missing = Falta el archivo de copia de seguridad { $path }.
evidence-incidents-mttd = Tiempo medio de detección { $mttd }; acciones de reparación realizadas: { $actions }.
evidence-healing-partly-audited = Acciones de reparación en el registro de auditoría: { $audited } de { $count }.
action-scale-down = Reducir
action-notify = Notificar
result-skipped = Omitida
restriction-gdpr-transfer = Los datos personales de interesados de la UE no pueden salir de la UE sin una decisión de adecuación o garantías adecuadas.
restriction-gdpr-lawful-basis = Requiere una base jurídica; exporte solo los datos necesarios para la finalidad.
restriction-gdpr-record = Anote la operación en el registro de actividades de tratamiento (registro de auditoría).
restriction-gdpr-processor = Compartir con un encargado del tratamiento requiere un contrato de encargo.
restriction-gdpr-special-category = Los datos de categoría especial requieren consentimiento explícito u otra excepción del art. 9(2), que el guardián no puede acreditar.
restriction-gdpr-erasure = La supresión debe alcanzar también a las copias y copias de seguridad dentro del plazo de conservación.
restriction-ccpa-opt-out = Respete el derecho del consumidor a oponerse a la venta o la cesión.
restriction-ccpa-right-to-know = Las solicitudes de acceso deben responderse en 45 días, en un formato portable.
restriction-ccpa-deletion = La eliminación debe comunicarse a los proveedores de servicios.
restriction-soc2-audit-immutable = Las evidencias de auditoría solo admiten añadidos y se conservan durante su plazo de conservación.
restriction-soc2-credentials = Las credenciales nunca salen del sistema.
restriction-soc2-audited = La operación se anota en el registro de auditoría.
restriction-iso-logs-protected = Los registros están protegidos contra manipulación y borrado no autorizado.
restriction-iso-authentication-info = La información de autenticación no se divulga.
restriction-iso-transfer-agreement = La transferencia de información sigue una política de transferencia acordada.
restriction-lgpd-transfer = Transferencia internacional solo a países con un nivel de protección adecuado.
restriction-lgpd-basis = Requiere una base legal; el titular puede solicitar acceso y una copia.
restriction-pdpa-transfer = Transferencia solo cuando el destinatario ofrece una protección comparable.
restriction-pdpa-consent = Requiere consentimiento; las personas pueden solicitar acceso a sus datos.
restriction-hipaa-minimum-necessary = Divulgue solo lo mínimo necesario y solo a un socio comercial con acuerdo.
restriction-hipaa-audit-retention = Los registros de auditoría se conservan seis años.
cli-user-exported = Datos de la cuenta { $name } exportados a { $file }.
cli-user-erased = Cuenta { $name } suprimida: { $tokens ->
        [one] { $tokens } token revocado
       *[other] { $tokens } tokens revocados
    }; { $rows ->
        [one] su entrada de auditoría solo nombra
       *[other] sus { $rows } entradas de auditoría solo nombran
    } ya el seudónimo { $pseudonym }.
cli-backup-done = Copia de seguridad escrita en { $path } ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }, SHA-256 { $sha }).
cli-region-activated = La región { $region } está activa.
cli-region-deactivated = La región { $region } está inactiva.
