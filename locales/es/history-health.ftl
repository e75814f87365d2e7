# Salud del propio historial del guardián: la incidencia que abre mientras no puede escribir muestras en su base de datos.
# $problem is one of the history-problem-* messages; $error is SQLite's own words.

incident-history-not-written = El historial no se está escribiendo: { $problem }
history-problem-write-failed = las escrituras fallan ({ $error })
history-problem-read-only = la base de datos { $path } es de solo lectura
history-problem-deleted = se eliminó la base de datos { $path }; no se escribirá nada más hasta que el guardián se reinicie
history-problem-replaced = otro archivo reemplazó la base de datos { $path }; no se escribirá nada más hasta que el guardián se reinicie
incident-history-resumed = { $dropped ->
    [0] El historial vuelve a escribirse; se guardaron todas las muestras retenidas en memoria entretanto
    [one] El historial vuelve a escribirse; se descartó 1 muestra entretanto (el búfer estaba lleno)
   *[other] El historial vuelve a escribirse; se descartaron { $dropped } muestras entretanto (el búfer estaba lleno)
}
