# Detalles de los pasos de recuperación: lo que un paso haría y lo que hizo. Los nombres entre
# comillas invertidas y las listas argv se muestran tal cual; $error, $output y $status son
# palabras del sistema o de un comando.

heal-text = { $text }

## Reinicios del supervisor

step-respawn-plan = el supervisor vuelve a lanzar el proceso hijo
step-respawn-pending = { $exit }; el supervisor lo inicia de nuevo
step-respawn-started = { $exit }; iniciado de nuevo con pid { $pid }

## restart

step-restart-rolling-plan = reinicio escalonado de `{ $component }` tras su front en { $listen }: vaciar, reiniciar y volver a comprobar cada instancia por turno
step-restart-plan = reiniciar `{ $component }` (detener el pid { $pid }, iniciar { $command })
step-restart-start-plan = iniciar `{ $component }` de nuevo ({ $command })
step-restart-unsupervised-plan = no se puede reiniciar `{ $component }`: no está supervisado (añada un paso `run:` con su comando de reinicio)
step-restart-unsupervised = `{ $component }` no está supervisado por el guard; reinícielo con un paso `run:`
step-restart-done = reiniciado: pid { $old } → { $new }
step-restart-started = iniciado el pid { $pid }
step-restart-pending = reinicio solicitado; el proceso hijo aún no ha arrancado

## Tras un front

step-front-missing = `{ $component }` no tiene front
step-front-unknown-component = componente desconocido `{ $component }`
step-front-instance-error = instancia { $instance }: { $error }
step-rolling-instance = instancia { $instance } vaciada en { $waited } ms ({ $in_flight } en curso, { $left ->
        [one] { $left } restante
       *[other] { $left } restantes
    }){ $note ->
    [uncovered] { " (ninguna otra instancia estaba sana: pueden haber fallado peticiones)" }
    [timed-out] { " (el vaciado agotó el tiempo)" }
   *[none] { "" }
}, reiniciada
step-rolling-stopped = { $done }; la instancia { $instance } no estaba sana en { $within }: reinicio escalonado detenido
step-rolling-done = { $instances ->
    [one] reinicio escalonado de una instancia: { $done }
   *[other] reinicio escalonado de { $instances } instancias: { $done }
}
step-retire-uncovered = instancia { $instance } no detenida: ninguna otra instancia de `{ $component }` está sana para atender sus peticiones
step-retire-not-stopped = instancia { $instance } vaciada pero no detenida: { $error }
step-retire-done = instancia { $instance } vaciada en { $waited } ms ({ $in_flight } en curso), detenida
step-retire-done-timed-out = instancia { $instance } vaciada en { $waited } ms ({ $in_flight } en curso) (el vaciado agotó el tiempo con { $left } en curso), detenida

## scale_up y scale_down

step-command-plan = ejecutar { $argv }
step-scale-replicas = { $replicas ->
        [one] { $replicas } réplica
       *[other] { $replicas } réplicas
    }: { $detail }
step-scale-up-full-plan = no se puede escalar `{ $component }`: ya hay { $running } de como máximo { $max ->
        [one] { $max } instancia
       *[other] { $max } instancias
    }
step-scale-up-plan = iniciar la instancia { $instance } de `{ $component }` ({ $command } en el siguiente puerto libre)
step-scale-up-impossible-plan = no se puede escalar `{ $component }`: no hay `{"{"}port{"}"}` en su comando ni `scale.command`
step-scale-up-full = ya hay { $running } de como máximo { $max ->
        [one] { $max } instancia
       *[other] { $max } instancias
    }
step-scale-up-no-port = no hay ningún puerto libre después del puerto base { $port }
step-scale-up-started = instancia { $instance } iniciada en el puerto { $port }
step-scale-up-max-replicas = ya está en el máximo de { $max ->
        [one] { $max } réplica
       *[other] { $max } réplicas
    }
step-scale-up-impossible = `{ $component }` no puede escalar: ponga `{"{"}port{"}"}` en su comando con `scale: {"{"} port: N {"}"}`, o indique `scale.command`
step-scale-down-drain-plan = vaciar la instancia { $instance } de `{ $component }` a través de su front y luego detenerla
step-scale-down-plan = detener la instancia { $instance } de `{ $component }`
step-scale-down-nothing-plan = no hay nada que reducir en `{ $component }`
step-scale-down-min-instances = ya está en el mínimo de { $min ->
        [one] { $min } instancia
       *[other] { $min } instancias
    }
step-scale-down-stopped = instancia { $instance } detenida
step-scale-down-min-replicas = ya está en el mínimo de { $min ->
        [one] { $min } réplica
       *[other] { $min } réplicas
    }
step-scale-down-no-extra = `{ $component }` no tiene ninguna instancia adicional que detener

## migrate

step-migrate-no-service = `{ $component }` no tiene `tags.service`, así que no tiene pares a los que migrar
step-migrate-peer-unhealthy = { $peer } no está sano
step-migrate-peer-region-off = { $peer } está en { $region }, que está desactivada
step-migrate-peer-same-region = `{ $peer }` está en la misma región ({ $region })
step-migrate-peer-residency = `{ $peer }` está en { $region }: { $rule } prohíbe sacar estos datos ({ $category }) de { $from }
step-migrate-no-peer = ningún par sano del servicio `{ $service }` puede hacerse cargo ({ $refused })
step-migrate-plan = mover `{ $component }` a `{ $target }`
step-migrate-impossible-plan = no se puede migrar: { $why }
step-migrate-done = tráfico de `{ $component }` trasladado a `{ $target }`

## notify

step-notify-plan = registrar una notificación para `{ $component }` (sin cambios)
step-notify-done = operador notificado sobre `{ $component }`

## run

step-run-plan = ejecutar { $argv } (tiempo límite { $timeout })
step-run-empty = argv vacío
step-run-cannot-start = no se puede iniciar { $program }: { $error }
step-run-exited-ok = { $program } terminó con 0
step-run-exited = { $program } terminó con { $status }: { $output }
step-run-error = { $program }: { $error }
step-run-timeout = { $program } no terminó en { $timeout }; se detuvo a la fuerza

## webhook

step-webhook-plan = enviar el incidente como JSON por POST a { $url }
step-webhook-answered-attempt = { $url } respondió { $status } (intento { $attempt })
step-webhook-answered = { $url } respondió { $status }
step-webhook-error = { $url }: { $error }
step-webhook-gave-up = { $last } (tras { $attempts ->
        [one] { $attempts } intento
       *[other] { $attempts } intentos
    })
