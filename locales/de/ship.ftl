# Auslieferung: die in pipeline-guard eingebaute Weboberfläche.

ship-ui-not-built-title = Weboberfläche nicht gebaut
ship-ui-not-built-body = Dieses pipeline-guard wurde ohne seine Weboberfläche gebaut. Bauen Sie die Oberfläche mit { $command } und bauen Sie pipeline-guard danach neu (oder starten Sie es mit { $flag }). Die API unter { $api } funktioniert bereits.
