# Decisiones de autoescalado y por qué espera el escalado.

autoscale-reason-above = { $metric } vale { $value }, igual o por encima de { $threshold }
autoscale-reason-forecast = { $metric } vale { $value } y se prevé que alcance { $threshold } en { $seconds } s ({ $predicted } al final del horizonte)
autoscale-reason-below = { $metric } vale { $value }, igual o por debajo de { $threshold }
autoscale-reason-below-min = { $instances ->
        [one] Se ejecuta { $instances } instancia
       *[other] Se ejecutan { $instances } instancias
    }, menos que el mínimo de { $min }
autoscale-reason-above-max = { $instances ->
        [one] Se ejecuta { $instances } instancia
       *[other] Se ejecutan { $instances } instancias
    }, más que el máximo de { $max }
autoscale-hold-disabled = La reparación está desactivada en la configuración
autoscale-hold-paused = El escalado está en pausa
autoscale-hold-maintenance = Ventana de mantenimiento hasta { $until }
autoscale-hold-cooling-down = Enfriamiento tras el último escalado hasta { $until }
autoscale-hold-at-max = Ya en el máximo de { $max ->
        [one] { $max } instancia
       *[other] { $max } instancias
    }
autoscale-hold-at-min = Ya en el mínimo de { $min ->
        [one] { $min } instancia
       *[other] { $min } instancias
    }
autoscale-hold-no-samples = No hay una muestra reciente de { $metric }
autoscale-decision-up = Escalar de { $from } a { $to ->
        [one] { $to } instancia
       *[other] { $to } instancias
    }: { $reason }
autoscale-decision-down = Reducir de { $from } a { $to ->
        [one] { $to } instancia
       *[other] { $to } instancias
    }: { $reason }
autoscale-decision-held = Escalado desde { $from ->
        [one] { $from } instancia
       *[other] { $from } instancias
    } retenido: { $hold } ({ $reason })
autoscale-decision-blocked = Sin escalado desde { $from ->
        [one] { $from } instancia
       *[other] { $from } instancias
    }: { $hold }
autoscale-decision-failed = El escalado de { $from } a { $to ->
        [one] { $to } instancia
       *[other] { $to } instancias
    } se detuvo en { $reached }: { $reason }
autoscale-dry-run = (simulación: no se cambió nada)
