# Lo que el operador ve de los identificadores del motor: estrategias, resultados, disparadores,
# estados de incidentes, eventos en vivo, permisos y acciones de auditoría, y elementos de página.

ui-strategy-scale_down = Reducir instancias
ui-strategy-notify = Notificar
ui-strategy-respawn = Reinicio por el supervisor
ui-strategy-other = Otro paso

ui-op-result-running = En curso
ui-op-result-succeeded = Correcto
ui-op-result-failed = Fallido
ui-op-result-skipped = Omitido
ui-op-result-other = Otro resultado
ui-op-trigger-ladder = Escalera de recuperación
ui-op-trigger-manual = Por el operador
ui-op-trigger-supervisor = Proceso supervisor
ui-op-trigger-memory = Límite de memoria
ui-op-trigger-alert = Alerta
ui-op-trigger-autoscale = Escalado automático
ui-op-trigger-other = Otro disparador
ui-op-col-started = Inicio
ui-op-col-component = Componente
ui-op-col-strategy = Paso
ui-op-col-trigger = Disparador
ui-op-col-result = Resultado
ui-op-col-duration = Duración
ui-op-no-attempts = Ningún intento todavía

ui-op-incident-open = Abierto
ui-op-incident-resolved = Resuelto
ui-op-incident-merged = Fusionado
ui-op-incident-number = Incidente { $id }
ui-op-incident-merged-into = Unido al incidente { $id }
ui-op-incident-open-for = abierto desde hace { $duration }
ui-op-incident-lasted = duró { $duration }
ui-op-incident-kind-down = caído
ui-op-incident-kind-crash = se bloqueó
ui-op-incident-kind-memory_limit = por encima de su límite de memoria
ui-op-incident-kind-memory_forecast = se prevé que se quede sin memoria
ui-op-incident-kind-alert = alerta activa

ui-op-feed-incident-opened = incidente { $id } abierto: { $kind }
ui-op-feed-healing-step = paso de reparación { $strategy }: { $phase }
ui-op-feed-incident-escalated = incidente { $id } escalado
ui-op-feed-incident-closed = incidente { $id } cerrado
ui-op-step-started = iniciado
ui-op-step-succeeded = correcto
ui-op-step-failed = fallido
ui-op-step-skipped = omitido

ui-op-permission-admin-access = Administración
ui-op-permission-manage-components = Gestionar componentes
ui-op-permission-trigger-healing = Iniciar reparaciones
ui-op-permission-read-metrics = Leer métricas
ui-op-permission-monitor-health = Supervisar el estado
ui-op-permission-export-reports = Exportar informes
ui-op-permission-manage-users = Gestionar cuentas
ui-op-permission-view-audit = Ver el registro de auditoría
ui-op-permission-other = Otro permiso
ui-op-token-role-scope = Todo lo que permite el rol de la cuenta

ui-op-audit-heal = Reparación: { $strategy }
ui-op-audit-account-language = Idioma cambiado
ui-op-audit-auth-invalid-token = Token no válido usado
ui-op-audit-auth-revoked-token = Token revocado usado
ui-op-audit-autoscale-change = Escalado automático cambiado
ui-op-audit-config-change = Configuración cambiada
ui-op-audit-data-operation-blocked = Operación de datos bloqueada
ui-op-audit-healing-preferences = Escalera de recuperación cambiada
ui-op-audit-key-rotate = Clave rotada
ui-op-audit-login = Sesión iniciada
ui-op-audit-login-failed = Inicio de sesión fallido
ui-op-audit-login-local = Sesión iniciada en este equipo
ui-op-audit-login-locked = Cuenta bloqueada tras intentos fallidos
ui-op-audit-permission-denied = Permiso denegado
ui-op-audit-region-activate = Región activada
ui-op-audit-region-deactivate = Región desactivada
ui-op-audit-report-exported = Informe exportado
ui-op-audit-retention-applied = Conservación aplicada
ui-op-audit-role-define = Rol definido
ui-op-audit-secret-put = Secreto guardado
ui-op-audit-security-finding = Hallazgo de seguridad
ui-op-audit-subject-erased = Datos personales borrados
ui-op-audit-subject-erasure-requested = Borrado solicitado
ui-op-audit-subject-exported = Datos personales exportados
ui-op-audit-token-denied = Token rechazado
ui-op-audit-token-issue = Token emitido
ui-op-audit-token-revoke = Token revocado
ui-op-audit-user-create = Cuenta creada
ui-op-audit-user-disable = Cuenta desactivada
ui-op-audit-user-enable = Cuenta activada
ui-op-audit-user-lock = Cuenta bloqueada
ui-op-audit-user-role = Rol cambiado
ui-op-audit-other = Otra acción

ui-op-skip-to-content = Saltar al contenido
ui-op-report-hint = Elija un periodo y las normas y genere el informe. Generarlo queda anotado en el registro de auditoría.
ui-op-chart-label = { $metric } en el periodo elegido
