# Informes de cumplimiento (crates/report): títulos, secciones, columnas, estados, evidencias.
# Las referencias como «Art. 44» o «CC7.2» no se traducen; vienen de las tablas de datos.

report-title = Informe de cumplimiento
report-subtitle = { $product } — { $standards }
report-period = Periodo: del { $from } al { $to } (fin excluido)
report-generated = Generado el { $when }
report-toc = Índice
report-page = Página { $page } de { $pages }

report-section-summary = Resumen
report-section-controls = Controles y evidencias
report-section-availability = Disponibilidad frente a los objetivos de SLA
report-section-incidents = Incidentes
report-section-healing = Acciones de reparación
report-section-regions = Dónde residen los datos
report-section-retention = Conservación
report-section-integrity = Integridad

report-status-pass = Cumple
report-status-fail = No cumple
report-status-needs-attention = Requiere atención

report-col-control = Control
report-col-standard = Norma
report-col-reference = Referencia
report-col-status = Estado
report-col-evidence = Evidencia
report-col-component = Componente
report-col-region = Región
report-col-sla = Objetivo de SLA
report-col-availability = Disponibilidad
report-col-checks = Comprobaciones
report-col-met = Objetivo cumplido
report-col-started = Inicio
report-col-detect = Tiempo hasta detección
report-col-recover = Tiempo hasta recuperación
report-col-action = Acción
report-col-result = Resultado
report-col-time = Fecha
report-col-jurisdiction = Jurisdicción
report-col-data = Categorías de datos
report-col-kind = Tipo de datos
report-col-retention = Plazo de conservación
report-col-rows = Filas eliminadas
report-col-count = Cantidad

report-chart-regions = Disponibilidad por región frente al objetivo de SLA más bajo
report-chart-daily = Disponibilidad diaria por región
report-chart-sla = Objetivo de SLA
report-map-caption = Regiones activas; el tamaño de cada punto indica cuántos componentes hay en ella.
report-none = Ninguno en este periodo.
report-yes = Sí
report-no = No
report-ongoing = En curso
report-unknown = Desconocido
report-components = { $count ->
        [one] { $count } componente
       *[other] { $count } componentes
    }

report-integrity-head = Cabeza de la cadena de auditoría
report-integrity-no-audit = No hay registro de auditoría en esta base de datos
report-integrity-content = Resumen del contenido

## Controles

control-audit-chain = Registro de auditoría a prueba de manipulaciones
control-audit-chain-req = Toda acción relevante para la seguridad queda registrada en un registro verificable de solo anexado.
control-encryption-at-rest = Cifrado en reposo
control-encryption-at-rest-req = Los datos almacenados están cifrados en disco.
control-access-review = Revisión de accesos
control-access-review-req = Las cuentas de operador y sus roles se revisan con regularidad.
control-retention-applied = Conservación aplicada
control-retention-applied-req = Los datos se eliminan o anonimizan al terminar su plazo de conservación.
control-backups = Copias de seguridad de la base de datos
control-backups-req = La base de datos se copia con regularidad para poder restaurarla.
control-availability-sla = Disponibilidad
control-availability-sla-req = Los servicios cumplen sus objetivos de disponibilidad.
control-incident-response = Respuesta a incidentes
control-incident-response-req = Los incidentes se detectan y se resuelven con rapidez.
control-data-residency = Residencia de datos
control-data-residency-req = Los datos permanecen en las jurisdicciones que sus normas permiten.
control-healing-audited = Cambios controlados
control-healing-audited-req = Cada acción de reparación automática queda registrada y es atribuible.
control-data-subject-rights = Derechos de acceso y supresión
control-data-subject-rights-req = Las personas pueden obtener y suprimir sus datos personales cuando lo solicitan.

## Evidencias

evidence-audit-absent = Todavía no hay registro de auditoría en esta base de datos.
evidence-audit-intact = Cadena de auditoría verificada: { $rows ->
        [one] { $rows } entrada
       *[other] { $rows } entradas
    }, cabeza { $head }.
evidence-audit-broken = Cadena de auditoría rota en la entrada { $row }: { $reason }.
evidence-encryption-on = La base de datos está en un volumen cifrado ({ $device }).
evidence-encryption-off = El volumen de la base de datos { $device } no está cifrado.
evidence-users-absent = No hay cuentas de operador en esta base de datos, así que no se pueden revisar los accesos.
evidence-users = Se { $users ->
        [one] revisó { $users } cuenta de operador
       *[other] revisaron { $users } cuentas de operador
    } en { $roles ->
        [one] { $roles } rol
       *[other] { $roles } roles
    }.
evidence-retention-last = Conservación aplicada por última vez el { $when }; { $rows ->
        [one] { $rows } fila eliminada o anonimizada
       *[other] { $rows } filas eliminadas o anonimizadas
    } en el periodo.
evidence-retention-stale = Conservación aplicada por última vez el { $when }, más de un día antes del final del periodo.
evidence-retention-none = No se aplicó la conservación en este periodo.
evidence-backup-last = Última copia de seguridad el { $when } ({ $size }).
evidence-backup-stale = Última copia de seguridad el { $when }, más de una semana antes del final del periodo.
evidence-backup-none = No consta ninguna copia de seguridad de la base de datos en este periodo.
evidence-sla-met = { $count ->
        [one] El único componente cumplió su objetivo de SLA.
       *[other] Los { $count } componentes cumplieron sus objetivos de SLA.
    }
evidence-sla-missed = { $missed } de { $count ->
        [one] { $count } componente
       *[other] { $count } componentes
    } no { $missed ->
        [one] cumplió su objetivo de SLA
       *[other] cumplieron sus objetivos de SLA
    }: { $names }.
evidence-sla-no-data = No hay datos de disponibilidad en este periodo.
evidence-incidents-none = No hubo incidentes en este periodo.
evidence-incidents = { $count ->
        [one] { $count } incidente, resuelto
       *[other] { $count } incidentes, todos resueltos
    }; tiempo medio de recuperación { $mttr }.
evidence-incidents-open = { $open } de { $count ->
        [one] { $count } incidente
       *[other] { $count } incidentes
    } { $open ->
        [one] seguía abierto
       *[other] seguían abiertos
    } al final del periodo.
evidence-residency = Los datos de { $count ->
        [one] { $count } componente permanecen en la jurisdicción de su región
       *[other] { $count } componentes permanecen en la jurisdicción de sus regiones
    }.
evidence-residency-unknown = No hay registro de componentes en esta base de datos, así que las regiones son desconocidas.
evidence-healing-none = No hubo acciones de reparación en este periodo.
evidence-healing-unaudited = { $count ->
        [one] { $count } acción de reparación, pero ningún registro de auditoría prueba que se registrara.
       *[other] { $count } acciones de reparación, pero ningún registro de auditoría prueba que se registraran.
    }
evidence-healing-audited = { $count ->
        [one] { $count } acción de reparación, en el registro de auditoría.
       *[other] { $count } acciones de reparación, todas en el registro de auditoría.
    }
evidence-requests-none = No hubo solicitudes de acceso ni de supresión en este periodo; ambas están disponibles.
evidence-requests = Se { $count ->
        [one] atendieron { $done } de { $count } solicitud de acceso y supresión
       *[other] atendieron { $done } de { $count } solicitudes de acceso y supresión
    }.

## Jurisdicciones y categorías de datos

jurisdiction-eu = Unión Europea (RGPD)
jurisdiction-us = Estados Unidos
jurisdiction-us-ca = California (CCPA)
jurisdiction-br = Brasil (LGPD)
jurisdiction-sg = Singapur (PDPA)
jurisdiction-other = Otra
data-personal-data = Datos personales
data-health-data = Datos de salud
data-operational-metrics = Métricas operativas
data-audit-log = Registro de auditoría
data-credentials = Credenciales

## Acciones de reparación y conservación

action-restart = Reinicio
action-supervisor-restart = Reinicio por el supervisor
action-scale-up = Escalado
action-migrate = Migración
action-run = Ejecutar orden
action-webhook = Llamada a webhook
result-succeeded = Correcta
result-failed = Fallida
result-running = En ejecución
retention-samples = Muestras sin procesar
retention-rollups = Agregados por minuto
retention-events = Cambios de estado y eventos de proceso
retention-incidents = Incidentes
retention-healing-actions = Acciones de reparación
retention-autoscale-decisions = Decisiones de escalado automático
retention-data-subject-requests = Solicitudes de acceso y supresión
retention-audit = Registro de auditoría
