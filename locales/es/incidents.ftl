# Cronologías, motivos y cierres de incidentes.

## Por qué se abrió un incidente

incident-reason-exit-status = El proceso { $pid } terminó con el estado { $code } tras { $uptime }
incident-reason-exit-signal = El proceso { $pid } fue terminado por la señal { $signal } tras { $uptime }
incident-reason-exit = El proceso { $pid } terminó tras { $uptime }
incident-reason-check = La comprobación falló: { $issues }
incident-reason-check-plain = La comprobación falló
incident-reason-memory = La memoria residente de { $used } MB supera el límite de { $limit } MB
incident-reason-alert = Alerta `{ $alert }`: { $summary }
incident-reason-alert-plain = Alerta `{ $alert }`
incident-reason-finding = Detección: { $finding }
incident-reason-root-down = `{ $root }` está caído
incident-reason-still-down = Sigue caído después de que su causa raíz `{ $root }` se recuperara

## Entradas de la cronología

incident-respawn-failed = { $exit }; el supervisor lo vuelve a iniciar en { $delay }
incident-respawn-up = El proceso reiniciado por el supervisor está activo y responde
incident-respawn-not-up = No está activo en { $within }
incident-restart-skipped = Omitido: el supervisor ya está reiniciando este proceso hijo, que falla en bucle, con espera progresiva
incident-waiting = Esperando antes del paso { $step } ({ $strategy }): { $refusal }
incident-step-verified = { $detail }; verificado
incident-step-not-healthy = { $detail }; no está sano en { $within }
incident-step-result = { $detail }
incident-dependent-up = `{ $component }` vuelve a estar activo
incident-dependent-folded = `{ $component }` está caído por la causa raíz de este incidente; su alerta se incorpora a este
incident-merged-duplicate = Detección duplicada
incident-merged-into = Incorporado al incidente { $incident }: causa raíz `{ $root }`
incident-alert-firing = Alerta `{ $alert }` activa: { $summary }
incident-alert-firing-plain = Alerta `{ $alert }` activa
incident-alert-resolved = Alerta `{ $alert }` resuelta
incident-alert-resolved-late = Alerta `{ $alert }` resuelta; el incidente ya estaba cerrado
incident-escalated-breaker = { $failures ->
    [one] Una reparación fallida
   *[other] { $failures } reparaciones fallidas
} en { $window }: disyuntor abierto; no habrá más intentos hasta que se entreabra
incident-escalated-ladder = La escalera de recuperación ({ $steps ->
    [one] un paso
   *[other] { $steps } pasos
}) se ha agotado y `{ $component }` sigue caído
incident-still-escalated = Sigue escalado: { $reason }

## Cómo se cerró un incidente

incident-closed-check = Una comprobación confirmó que está sano
incident-closed-manual = Sano tras una acción manual, verificado
incident-closed-respawn = Sano tras el reinicio del supervisor, verificado
incident-closed-alone = Se recuperó por sí solo; no se tomó ninguna acción
incident-closed-step = Sano tras { $step ->
        [restart] un reinicio
        [scale_up] escalar
        [scale_down] reducir la escala
        [migrate] migrar
        [run] el paso de comando
        [webhook] la llamada al webhook
        [notify] la notificación
       *[other] `{ $step }`
    }, verificado
incident-closed-verified = Sano, verificado

## Resúmenes de incidentes en los informes de cumplimiento

incident-summary-root-cause = { $reason } (causa raíz: { $root })
incident-summary-affected = { $summary }; también afectados: { $components }

## Tipos de entradas de la cronología (página de incidentes)

incident-kind-detected = Detectado
incident-kind-action = Acción
incident-kind-verified = Verificado
incident-kind-escalated = Escalado
incident-kind-folded = Incorporado
incident-kind-note = Nota
incident-kind-closed = Cerrado
