# Auslieferung: die in pipeline-guard eingebaute Weboberfläche.

ship-ui-not-built-title = Weboberfläche nicht gebaut
ship-ui-not-built-body = Dieses pipeline-guard wurde ohne seine Weboberfläche gebaut. Bauen Sie die Oberfläche mit { $command } und bauen Sie pipeline-guard danach neu (oder starten Sie es mit { $flag }). Die API unter { $api } funktioniert bereits.

# The desktop menu entry's comment (src-tauri/packaging/pipeline-guard.desktop, kept equal by tests/ship.rs).
ship-desktop-comment = Die Dienste Ihrer Pipeline überwachen, Störungen erkennen und beheben
