# Escalado automático (página de Reparación, detalle de un componente), cola de reparación y búsqueda de la región óptima (mapa de regiones).

ui-as-title = Escalado automático
ui-as-live = En vivo
ui-as-live-hint = Se actualiza con los eventos de escalado del guardián en cuanto ocurren
ui-as-none = Ningún componente se escala solo: dé a un componente un bloque autoscale en la configuración.
ui-as-mode-reactive = Reactivo
ui-as-mode-hybrid = Híbrido (previsión)
ui-as-dry-run = Simulación
ui-as-paused = En pausa
ui-as-overridden = Cambiado en ejecución
ui-as-runtime-note = Los cambios se conservan tras los reinicios del guardián hasta que los restablezcas a la configuración.
ui-as-override-not-applied = Un cambio guardado en tiempo de ejecución no está en vigor: { $reason }
ui-as-col-instances = Instancias
ui-as-col-component = Componente
ui-as-col-cooldown = Enfriamiento
ui-as-col-metric = Métrica
ui-as-col-time = Hora
ui-as-col-change = Cambio
ui-as-col-result = Resultado
ui-as-col-reason = Motivo
ui-as-range = permitido { $min }–{ $max }
ui-as-instances = { $instances } en marcha, permitido { $min }–{ $max }
ui-as-now = Actual
ui-as-factor = factor de escala × { $factor }
ui-as-forecast = previsión
ui-as-cooldown-until = en enfriamiento hasta { $time }
ui-as-holding = Retenido:
ui-as-decisions = Decisiones de escalado recientes
ui-as-no-decisions = Aún no hay decisiones de escalado.
ui-as-result-succeeded = Escalado
ui-as-result-failed = Fallido
ui-as-result-held = Retenido
ui-as-result-dry_run = Solo simulación
ui-as-feed-scaled = escalado de { $from } a { $to ->
        [one] { $to } instancia
       *[other] { $to } instancias
    }
ui-as-feed-dry = escalaría de { $from } a { $to ->
        [one] { $to } instancia
       *[other] { $to } instancias
    } (simulación)
ui-as-feed-failed = falló el escalado de { $from } a { $to ->
        [one] { $to } instancia
       *[other] { $to } instancias
    }
ui-as-feed-held = escalado retenido en { $from ->
        [one] { $from } instancia
       *[other] { $from } instancias
    }

ui-as-queue-title = Cola de reparación
ui-as-queue-slots = { $busy } de { $slots ->
        [one] { $slots } hueco de reparación
       *[other] { $slots } huecos de reparación
    } en uso
ui-as-queue-busy = Reparando ahora
ui-as-queue-idle = No hay ninguna reparación en curso.
ui-as-queue-next = En espera, en el orden planificado
ui-as-queue-empty = Nadie espera un hueco de reparación.
ui-as-queue-weight = peso { $weight }
ui-as-queue-starts = inicio previsto en { $duration }
ui-as-queue-waited = lleva esperando { $duration }
ui-as-queue-planned-by = Orden planificado mediante { $method }, minimizando el tiempo de inactividad esperado ponderado por criticidad.
ui-as-queue-method-exact = búsqueda exacta
ui-as-queue-method-annealed = recocido simulado
ui-as-queue-last-plan = Último orden de admisión: { $order }

ui-as-detail-title = Regla de escalado automático
ui-as-edit = Cambiar la regla de escalado automático
ui-as-field-min = Instancias mínimas
ui-as-field-max = Instancias máximas
ui-as-field-cooldown = Enfriamiento (segundos)
ui-as-field-up = Escalar hacia arriba desde
ui-as-field-down = Escalar hacia abajo desde
ui-as-field-factor = Factor de escala
ui-as-field-paused = Pausar el escalado automático
ui-as-field-dry-run = Simulación: decidir y registrar, sin cambiar nada
ui-as-bounds = El bloque scale del componente permite de { $min } a { $max ->
        [one] { $max } instancia
       *[other] { $max } instancias
    }.
ui-as-save = Guardar cambios
ui-as-reset = Volver a la configuración
ui-as-saved = Guardado: la nueva regla se aplica desde la próxima evaluación.
ui-as-no-changes = No se cambió nada.
ui-as-forbidden = Cambiar la regla requiere el permiso para gestionar componentes.
ui-as-confirm-title = ¿Cambiar el escalado automático de { $component }?
ui-as-confirm-scale-now = Con estos límites, { $component } pasa enseguida de { $from } a { $to ->
        [one] { $to } instancia
       *[other] { $to } instancias
    }.
ui-as-confirm-live = Se desactiva la simulación: el escalado automático iniciará y detendrá instancias de verdad.
ui-as-confirm-reset = La regla, los límites y el enfriamiento vuelven a los valores de la configuración.
ui-as-err-integer = Introduzca un número entero.
ui-as-err-number = Introduzca un número.
ui-as-err-min-low = Debe ser al menos { $min }.
ui-as-err-max-high = Debe ser como máximo { $max }.
ui-as-err-min-max = No puede ser inferior al mínimo ({ $min }).
ui-as-err-cooldown = Debe estar entre 0 y { $max ->
        [one] { $max } segundo
       *[other] { $max } segundos
    }.
ui-as-err-down-up = Debe ser inferior al umbral de escalado hacia arriba ({ $up }); si no, el escalado oscilaría.
ui-as-err-negative = No puede ser negativo.
ui-as-err-factor = Debe ser mayor que 1 (1,5 añade la mitad más).
ui-as-err-server = El guardián rechazó el cambio: { $message }

ui-optimal-title = ¿Dónde deben residir los datos de un usuario?
ui-optimal-hint = La región activa más cercana que las reglas de residencia de datos permiten para los datos personales de un usuario.
ui-optimal-location = Ubicación del usuario
ui-optimal-placeholder = Nombre del país o código ISO, p. ej., DE
ui-optimal-find = Buscar región
ui-optimal-quick = Ubicaciones frecuentes
ui-optimal-distance = a { $km } km de { $country }
ui-optimal-why-nearest = { $region } es la región activa más cercana a { $country }.
ui-optimal-why-excluded = { $rule } descarta regiones activas más cercanas: { $regions }.
ui-optimal-why-allowed = { $region } es la región activa más cercana donde pueden guardarse los datos personales de un usuario en { $country }.
ui-optimal-why-jurisdiction = El usuario está sujeto a { $jurisdiction }; { $region }, a { $regionJurisdiction }.
ui-optimal-why-unregulated = Ninguna regla de residencia de las normas vigentes cubre a los usuarios en { $country }; { $region } está sujeta a { $regionJurisdiction }.
ui-optimal-active = Regiones activas consideradas: { $regions }
ui-optimal-standards = Normas vigentes: { $standards }
ui-optimal-no-standards = No hay ninguna norma de protección de datos configurada: solo cuenta la distancia.
ui-error-unknown_location = Ubicación desconocida.
ui-error-no_eligible_region = Ninguna región activa puede guardar estos datos.
