# La aplicación de escritorio y la interfaz web (ui/).

## Navegación y marco

ui-nav-label = Navegación principal
ui-nav-overview = Resumen
ui-nav-map = Mapa de regiones
ui-nav-components = Componentes
ui-nav-incidents = Incidentes
ui-nav-healing = Reparación
ui-nav-compliance = Cumplimiento
ui-nav-settings = Ajustes
ui-live-connected = Actualizaciones en vivo
ui-live-disconnected = Reconectando…
ui-live-events =
    { $count ->
        [one] { $count } evento en vivo
       *[other] { $count } eventos en vivo
    }
ui-filter-region = Región: { $region }
ui-filter-clear = Quitar el filtro de región
ui-error-backend = El guardián no responde; reintentando…
ui-feature-unavailable = No disponible en esta versión del motor

## Resumen

ui-overview-title = Resumen
ui-overview-running-for = Vigilando desde hace { $duration }
ui-overview-mode = Modo de la canalización
ui-overview-components = Componentes
ui-overview-healing-rate = Tasa de éxito de la reparación
ui-overview-healing-attempts =
    { $count ->
        [one] { $count } intento de reparación
       *[other] { $count } intentos de reparación
    }
ui-overview-open-incidents = Incidentes abiertos
ui-overview-restarts =
    { $count ->
        [one] { $count } reinicio de proceso
       *[other] { $count } reinicios de procesos
    }
ui-overview-last-actions = Últimos eventos y acciones
ui-overview-regions = Regiones
ui-overview-attention = Requiere atención
ui-overview-all-good = Todos los componentes están en buen estado.

## Actividad en vivo

ui-feed-empty = Esperando los primeros eventos…
ui-feed-status-changed = pasó de { $from } a { $to }
ui-feed-process-started = proceso { $pid } iniciado
ui-feed-process-exited = el proceso { $pid } terminó con el código { $code }
ui-feed-process-killed = el proceso { $pid } fue detenido por la señal { $signal }
ui-feed-notice = aviso
ui-feed-other = evento del motor

## Mapa de regiones

ui-map-title = Mapa de regiones
ui-map-hint = Haga clic en una región para filtrar todas las páginas; vuelva a hacer clic para quitar el filtro.
ui-map-region-label = { $region }: { $status }, { $count ->
        [one] { $count } componente
       *[other] { $count } componentes
    }
ui-map-in-region = Componentes en { $region }

## Componentes

ui-components-title = Componentes
ui-components-shown = { $shown } de { $total } visibles
ui-components-search = Buscar por nombre, región, estado…
ui-components-none-match = Ningún componente coincide con la búsqueda.
ui-component-critical = Componente crítico
ui-col-name = Nombre
ui-col-region = Región
ui-col-status = Estado
ui-col-latency = Latencia
ui-col-cpu = Procesador
ui-col-memory = Memoria
ui-col-restarts = Reinicios

## Detalle del componente

ui-detail-since = desde hace { $duration }
ui-detail-not-found = No existe ningún componente llamado «{ $name }».
ui-detail-sla = Objetivo: { $sla }
ui-detail-checks = Comprobaciones
ui-detail-checks-failed =
    { $count ->
        [one] { $count } fallida
       *[other] { $count } fallidas
    }
ui-detail-process = Proceso
ui-detail-restarts =
    { $count ->
        [one] { $count } reinicio
       *[other] { $count } reinicios
    }
ui-detail-last-check = Última comprobación
ui-detail-issues = Problemas actuales:
ui-detail-range = Intervalo de tiempo
ui-detail-timeline = Historial
ui-metric-latency = Tiempo de respuesta
ui-metric-cpu = Uso del procesador
ui-metric-memory = Memoria
ui-metric-error-rate = Tasa de errores
ui-chart-no-data = Aún no hay muestras en este intervalo
ui-chart-view = Vista del gráfico
ui-chart-view-interactive = Interactiva
ui-chart-view-server = Generada en el servidor
ui-timeline-empty = Todavía no ha ocurrido nada.
ui-timeline-status = Pasó a { $status }
ui-timeline-process-started = Proceso iniciado
ui-timeline-process-exited = Proceso terminado

## Incidentes

ui-incidents-title = Incidentes
ui-incidents-list = Lista de incidentes
ui-incidents-events = Cronología de eventos
ui-incidents-none = Ningún incidente coincide con estos filtros.
ui-incidents-unavailable = El seguimiento de incidentes no está disponible en esta versión del motor; la cronología de abajo muestra cada cambio de estado y cada evento de proceso.
ui-incident-open = Abierto
ui-incident-recovered = Recuperado
ui-filter-component = Componente
ui-filter-all-components = Todos los componentes
ui-filter-state = Estado
ui-filter-state-all = Todos
ui-filter-state-open = Abiertos
ui-filter-state-closed = Recuperados
ui-filter-kind = Tipo de evento
ui-filter-kind-all = Todos los eventos
ui-filter-kind-status = Cambios de estado
ui-filter-kind-process = Eventos de proceso

## Recuperación

ui-healing-title = Controles de reparación
ui-healing-unavailable = Los controles de reparación no están disponibles en esta versión del motor.
ui-healing-global = Reparación automática
ui-healing-active = Activa
ui-healing-paused = En pausa
ui-healing-pause = Pausar la reparación
ui-healing-resume = Reanudar la reparación
ui-healing-pause-body = La reparación automática se detiene para todos los componentes hasta que la reanude. Los fallos se siguen detectando y registrando.
ui-healing-resume-body = La reparación automática vuelve a funcionar para todos los componentes.
ui-healing-attempts = Intentos
ui-healing-successes = Éxitos
ui-healing-manual = Reparación manual
ui-healing-component = Componente afectado
ui-healing-plan = Vista previa del plan (simulación)
ui-healing-history = Acciones de reparación recientes
ui-healing-no-actions = Todavía no hay acciones de reparación.
ui-heal-strategy = Estrategia
ui-heal-confirm-title = ¿Reparar { $component }?
ui-heal-confirm-body = Se ejecutará «{ $strategy }» en { $component } ahora. Un reinicio interrumpe el servicio brevemente.
ui-heal-accepted = Aceptado; la acción { $id } está en curso.
ui-strategy-restart = Reiniciar
ui-strategy-scale_up = Escalar
ui-strategy-migrate = Migrar
ui-strategy-run = Ejecutar un comando
ui-strategy-webhook = Llamar a un webhook

## Errores del guardián

ui-error-not_found = No encontrado.
ui-error-bad_request = La solicitud se rechazó por no ser válida.
ui-error-unauthorized = Inicie sesión de nuevo.
ui-error-forbidden = No tiene permiso para hacer esto.
ui-error-conflict = Ya hay otra acción en curso.
ui-error-rate_limited = Demasiadas solicitudes; inténtelo de nuevo en breve.
ui-error-setup_required = Primero hay que configurar el guardián: cree la primera cuenta de operador.
ui-error-internal = Algo falló en el guardián; consulte su registro.

## Cumplimiento

ui-compliance-title = Cumplimiento normativo

## Ajustes

ui-settings-title = Ajustes
ui-settings-language-hint = La interfaz cambia al instante y recuerda su elección.
ui-settings-format-sample = Números y fechas:
ui-settings-theme = Tema
ui-settings-theme-system = Seguir al sistema
ui-settings-theme-light = Claro
ui-settings-theme-dark = Oscuro
ui-settings-about = Acerca de
ui-settings-backend = Conectado al guardián mediante { $kind }.
