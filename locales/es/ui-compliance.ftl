# The Compliance page of the UI (ui/src/pages/Compliance.svelte).

ui-compliance-report = Informe de cumplimiento
ui-compliance-report-forbidden = No puede exportar informes: generarlos requiere el permiso EXPORT_REPORTS.
ui-compliance-period = Periodo
ui-compliance-custom = Personalizado
ui-compliance-from = Desde
ui-compliance-to = Hasta
ui-compliance-standards = Normas
ui-compliance-error-dates = Indique ambas fechas como año-mes-día.
ui-compliance-error-order = La fecha final es anterior a la inicial.
ui-compliance-build = Generar informe
ui-compliance-export-pdf = Exportar PDF
ui-compliance-export-html = Exportar HTML
ui-compliance-export-csv = Exportar CSV (zip)
ui-compliance-export-json = Exportar JSON
ui-compliance-pass = Superados
ui-compliance-fail = Fallidos
ui-compliance-needs-attention = Requieren atención
ui-compliance-integrity = Sello
ui-compliance-audit-head = Cabeza de la cadena de auditoría
ui-compliance-digest = Resumen del informe (SHA-256)
ui-compliance-controls = Controles y sus evidencias
ui-compliance-status-pass = Superado
ui-compliance-status-fail = Fallido
ui-compliance-status-needs_attention = Requiere atención
ui-compliance-regions = Regiones
ui-compliance-region = Región
ui-compliance-jurisdiction = Jurisdicción
ui-compliance-state = Estado
ui-compliance-action = Acción
ui-compliance-active = Activa
ui-compliance-inactive = Inactiva
ui-compliance-activate = Activar
ui-compliance-deactivate = Desactivar
ui-compliance-activate-body = Se podrán volver a ubicar componentes y datos en esta región.
ui-compliance-deactivate-body = No se ubicarán nuevos componentes ni datos en esta región; la reparación migra fuera de ella.
ui-compliance-validate = Comprobar una operación de datos
ui-compliance-operation = Operación
ui-compliance-data-type = Tipo de datos
ui-compliance-user-region = Región del usuario
ui-compliance-destination = Destino
ui-compliance-no-destination = Sin destino
ui-compliance-check = Comprobar
ui-compliance-allowed = Permitida
ui-compliance-blocked = Bloqueada
ui-compliance-articles = Artículos y controles
ui-compliance-op-export = Exportar
ui-compliance-op-share = Compartir
ui-compliance-op-sell = Vender
ui-compliance-op-transfer = Transferir
ui-compliance-op-migrate = Migrar
ui-compliance-op-replicate = Replicar
ui-compliance-op-process = Procesar
ui-compliance-op-store = Almacenar
ui-compliance-op-delete = Eliminar
ui-compliance-op-modify = Modificar
ui-compliance-last-days = { $days ->
        [one] Último día
       *[other] Últimos { $days } días
    }
ui-compliance-exported = Guardado { $file }.
ui-compliance-audit-rows = { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
}
ui-compliance-activate-title = ¿Activar { $region }?
ui-compliance-deactivate-title = ¿Desactivar { $region }?
