## Pruebas en las que un auditor puede confiar (issue 16): puntos de control firmados fuera de la
## base de datos, informes firmados, la sección de integridad del informe y la página de cumplimiento.

cli-audit-intact = Registro de auditoría intacto: { $rows ->
    [one] una fila
   *[other] { $rows } filas
}, cabeza { $head }.
cli-audit-checkpoint-ok = Coincide con el punto de control firmado más reciente ({ $signed ->
    [one] una fila
   *[other] { $signed } filas
}, firmado el { $at }, en { $file }).
cli-audit-keyring-missing = Falta el archivo de claves { $file }, así que no se puede verificar la cadena de auditoría (si la clave del guardián viene de su configuración, indique { $config }).
cli-audit-no-key = { $db } no tiene clave de auditoría: nunca se auditó nada en ella.

audit-break-edited = la fila de auditoría { $row } fue modificada: su hash no coincide con su contenido
audit-break-deleted = la fila de auditoría { $row } fue eliminada: la cadena salta de la fila { $from } a la fila { $to }
audit-break-tail-deleted = la fila de auditoría { $row } fue eliminada: el registro termina en la fila { $last } pero se añadieron { $appended } filas
audit-break-inserted = la fila de auditoría { $row } fue insertada: nunca se añadió a través del registro
audit-break-relinked = la fila de auditoría { $row } fue modificada o reenlazada: su { $field } no coincide con la fila { $prev }
audit-break-behind = faltan las filas de auditoría { $first } a { $signed }: el registro tiene { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
} pero el punto de control firmado el { $at } contaba { $signed } (eliminadas, o se restauró una base de datos más antigua)
audit-break-mismatch = la fila de auditoría { $row } ya no coincide con el punto de control firmado el { $at }: el registro se reescribió o se revirtió
audit-break-head-missing = falta la cabeza de la cadena de auditoría en la base de datos, aunque el registro tiene { $rows } filas
audit-break-checkpoints-missing = el archivo de puntos de control { $file } falta o está vacío, pero la clave de firma { $key } existe
audit-break-key-missing = falta la clave de firma { $key }, así que no se pueden comprobar los puntos de control de { $file }
audit-break-no-checkpoints = el registro de auditoría tiene filas pero ningún punto de control: faltan la clave de firma { $key } y el archivo de puntos de control { $file }
audit-break-forged = la línea { $line } del archivo de puntos de control { $file } no es un punto de control firmado con la clave del guardián

cli-verify-signed = { $file }: auténtico, firmado por { $key } (sha256 { $digest }). Cita el punto de control de auditoría de { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
} firmado el { $at }, cabeza { $head }.
cli-verify-in-history = El punto de control está en el historial de puntos de control de { $db }, y la fila de auditoría { $rows } conserva el hash que firmó.
cli-verify-need-key = hace falta una clave pública de confianza: indique { $key } con lo que «{ $export }» imprimió para el guardián, o { $db } con la base de datos del guardián
cli-verify-not-in-history = el punto de control de auditoría que cita este informe ({ $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
}, firmado el { $at }) no está en el historial de puntos de control de { $db } ({ $file })
cli-verify-row-changed = la fila de auditoría { $rows } de { $db } ha desaparecido o ya no tiene el hash que firmó el punto de control citado: el registro se reescribió o se revirtió
cli-key-missing = no hay clave de firma junto a { $db } ({ $file })

seal-missing = no se encontró ningún sello de Pipeline Guard: no es un informe de Pipeline Guard, o se le quitó el sello
seal-duplicate = el archivo tiene más de un sello
seal-malformed = el sello está mal formado
seal-unsigned = sin firma: este informe solo lleva el antiguo sello SHA-256, que cualquiera que edite el archivo puede recalcular; expórtelo de nuevo para obtener un informe firmado
seal-digest-mismatch = falsificado: el contenido del archivo tiene el hash sha256 { $actual } pero su sello dice { $expected }; el informe se modificó después de firmarse
seal-forged = falsificado: la firma no se verifica con la clave de confianza { $key }; el informe se modificó o lo firmó otra persona
seal-checkpoint-forged = falsificado: el punto de control de auditoría que cita el informe no está firmado con la clave de confianza { $key }

report-integrity-signed = Este informe está firmado con la clave Ed25519 del guardián, sobre su contenido y el punto de control de auditoría de abajo. Compruébelo con «{ $command }» y la clave pública que le dio el operador («{ $export }»); la clave escrita en el archivo es solo una copia.
report-integrity-key = Clave de firma (Ed25519)
report-integrity-checkpoint = Punto de control de auditoría
report-integrity-checkpoint-value = { $rows ->
    [one] una fila
   *[other] { $rows } filas
}, firmado el { $at }

ui-compliance-signed-by = Firmado por (Ed25519)
ui-compliance-checkpoint = Punto de control de auditoría
ui-compliance-checkpoint-value = { $rows ->
    [one] una fila
   *[other] { $rows } filas
}, firmado el { $at }
