# Notificaciones de incidentes y pasos de recuperación: webhook genérico, Slack, Teams, correo
# y la aplicación de escritorio. $detail es el registro del propio sanador.

## Gravedades y etiquetas

notification-severity-info = Información
notification-severity-warning = Advertencia
notification-severity-critical = Crítico

notification-label-component = Componente
notification-label-severity = Gravedad
notification-label-incident = Incidente
notification-label-strategy = Paso de reparación

## Tipos de incidente

notification-kind-down = caído
notification-kind-crash = bloqueado por un fallo
notification-kind-memory-limit = por encima de su límite de memoria
notification-kind-memory-forecast = a punto de superar su límite de memoria
notification-kind-alert = con una alerta activa

## Eventos

notification-incident-opened-title = Incidente #{ $incident }: { $component } tiene un problema
notification-incident-opened-body = { $component } está { $kind }: { $detail }
notification-step-started-title = Reparando { $component }: { $strategy } iniciado
notification-step-started-body = { $detail }
notification-step-succeeded-title = Reparando { $component }: { $strategy } completado con éxito
notification-step-succeeded-body = Terminado en { $seconds } s: { $detail }
notification-step-failed-title = Reparando { $component }: { $strategy } ha fallado
notification-step-failed-body = Falló tras { $seconds } s: { $detail }
notification-incident-escalated-title = Incidente #{ $incident }: { $component } necesita un operador
notification-incident-escalated-body = La reparación automática se ha detenido: { $detail }
notification-incident-resolved-title = Incidente #{ $incident } resuelto: { $component } vuelve a estar sano
notification-incident-resolved-body = { $detail }

## Envoltorio

notification-footer = Enviado por Pipeline Guard
