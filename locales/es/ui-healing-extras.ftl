# Healing page: one component's pause, maintenance windows, notification deliveries.

ui-healing-x-component-title = Reparación de un componente
ui-healing-x-pause-component-body = El guardián deja de reparar este componente hasta que la reanude; el resto del laboratorio se sigue reparando.
ui-healing-x-maintenance = Ventanas de mantenimiento
ui-healing-x-all-components = Todos los componentes
ui-healing-x-no-maintenance = No hay ventanas de mantenimiento.
ui-healing-x-duration = Duración
ui-healing-x-add-window = Añadir ventana
ui-healing-x-deliveries = Entregas de notificaciones
ui-healing-x-delivery-sent = Enviada
ui-healing-x-delivery-failed = Fallida
ui-healing-x-delivery-dropped = Descartada
ui-healing-x-no-deliveries = Aún no se ha enviado ninguna notificación.
ui-healing-x-pause-component = Pausar la reparación de { $component }
ui-healing-x-resume-component = Reanudar la reparación de { $component }
ui-healing-x-minutes = { $minutes } min
ui-healing-x-attempts = { $attempts ->
        [one] { $attempts } intento
       *[other] { $attempts } intentos
    }
