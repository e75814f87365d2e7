# Distribuzione: l'interfaccia web inclusa in pipeline-guard.

ship-ui-not-built-title = Interfaccia web non compilata
ship-ui-not-built-body = Questo pipeline-guard è stato compilato senza la sua interfaccia web. Compila l'interfaccia con { $command }, poi ricompila pipeline-guard (oppure avvialo con { $flag }). Nel frattempo l'API sotto { $api } funziona.

# The desktop menu entry's comment (src-tauri/packaging/pipeline-guard.desktop, kept equal by tests/ship.rs).
ship-desktop-comment = Sorveglia, rileva e ripristina i servizi della tua pipeline
