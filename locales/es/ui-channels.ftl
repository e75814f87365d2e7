# Canales de notificación en la ventana (Ajustes) y las notificaciones de escritorio de la aplicación.

## El mensaje de prueba que envía un canal al pulsar «Enviar prueba» (motor).

notification-test-title = Mensaje de prueba de Pipeline Guard
notification-test-body = Esta es una prueba del canal de notificación. Si puede leerla, la entrega funciona.

## Canales

ui-channels-title = Canales de notificación
ui-channels-hint = Adónde se envían los incidentes y los pasos de reparación. Los secretos (tokens en URL, valores de cabeceras, contraseñas) permanecen en el servidor y nunca se muestran.
ui-channels-empty = No hay canales configurados.
ui-channels-config-hint = Los cambios se escriben en el archivo de configuración (se conservan sus comentarios y su orden) y se aplican de inmediato.
ui-channels-col-name = Nombre
ui-channels-col-kind = Tipo
ui-channels-col-target = Destino
ui-channels-col-filter = Filtro
ui-channels-col-language = Idioma
ui-channels-kind-webhook = Webhook
ui-channels-kind-slack = Slack
ui-channels-kind-teams = Teams
ui-channels-kind-email = Correo electrónico
ui-channels-kind-desktop = Aplicación de escritorio
ui-channels-secret-set = secreto definido (oculto)
ui-channels-headers = Cabeceras: { $names }
ui-channels-recipients = Para: { $list }
ui-channels-min-severity = Gravedad { $severity } o superior
ui-channels-components = Componentes: { $list }
ui-channels-events = Eventos: { $list }
ui-channels-all = todo
ui-channels-test = Enviar prueba
ui-channels-testing = Enviando…
ui-channels-test-ok = Entregado en { $ms } ms
ui-channels-test-failed = No entregado ({ $ms } ms): { $error }
ui-channels-history = Historial de entregas
ui-channels-history-hide = Ocultar historial
ui-channels-history-empty = Todavía no se ha enviado nada por este canal.
ui-channels-col-time = Hora
ui-channels-col-event = Evento
ui-channels-col-component = Componente
ui-channels-col-status = Estado
ui-channels-col-attempts = Intentos
ui-channels-col-error = Error
ui-channels-status-sent = enviado
ui-channels-status-failed = fallido
ui-channels-status-dropped = descartado
ui-channels-event-incident_opened = incidente abierto
ui-channels-event-step_started = paso de reparación iniciado
ui-channels-event-step_succeeded = paso de reparación correcto
ui-channels-event-step_failed = paso de reparación fallido
ui-channels-event-incident_escalated = incidente escalado
ui-channels-event-incident_resolved = incidente resuelto
ui-channels-event-test = mensaje de prueba
ui-channels-page = { $from }–{ $to } de { $total }
ui-channels-newer = Más recientes
ui-channels-older = Más antiguos

## Las notificaciones de escritorio de la aplicación

ui-desktop-notify-title = Notificaciones de escritorio
ui-desktop-notify-hint = La aplicación muestra una notificación del sistema, en el idioma elegido arriba, para:
ui-desktop-notify-critical = Nuevos incidentes de componentes críticos
ui-desktop-notify-failed = Reparación fallida (un paso fallido o una escalada)
ui-desktop-notify-none = No se notificará nada.
ui-desktop-notify-saved = Guardado.

## Acciones del registro de auditoría

ui-op-audit-notification-test = envió una notificación de prueba
ui-op-audit-notification-desktop = cambió las notificaciones de escritorio

## Adding, changing and removing channels

ui-channels-add = Añadir canal
ui-channels-edit = Editar
ui-channels-remove = Eliminar
ui-channels-remove-confirm = Eliminar { $name } definitivamente
ui-channels-save = Guardar
ui-channels-cancel = Cancelar
ui-channels-form-add = Canal nuevo
ui-channels-form-edit = Editar { $name }
ui-channels-field-name = Nombre
ui-channels-field-min-severity = Gravedad mínima
ui-channels-field-url = URL
ui-channels-field-url-keep = Déjelo vacío para conservar la URL guardada
ui-channels-field-smtp-host = Servidor SMTP
ui-channels-field-smtp-port = Puerto
ui-channels-field-smtp-security = Seguridad de la conexión
ui-channels-field-smtp-username = Usuario
ui-channels-field-smtp-password = Contraseña
ui-channels-field-password-keep = Déjelo vacío para conservar la contraseña guardada
ui-channels-field-from = Remitente
ui-channels-field-to = Para (separados por comas)
ui-channels-field-components = Componentes (separados por comas; vacío: todos)
ui-channels-field-events = Eventos (separados por comas; vacío: todos)
ui-channels-saved = Guardado en el archivo de configuración y en vigor.
ui-channels-removed = Eliminado del archivo de configuración.
ui-channels-problems = El archivo de configuración no se modificó:
ui-op-audit-notification-channel-add = añadió un canal de notificación
ui-op-audit-notification-channel-edit = modificó un canal de notificación
ui-op-audit-notification-channel-remove = eliminó un canal de notificación
