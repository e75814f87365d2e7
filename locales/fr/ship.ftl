# Livraison : l’interface web intégrée à pipeline-guard.

ship-ui-not-built-title = Interface web non compilée
ship-ui-not-built-body = Ce pipeline-guard a été compilé sans son interface web. Compilez l’interface avec { $command }, puis recompilez pipeline-guard (ou lancez-le avec { $flag }). En attendant, l’API sous { $api } fonctionne.

# The desktop menu entry's comment (src-tauri/packaging/pipeline-guard.desktop, kept equal by tests/ship.rs).
ship-desktop-comment = Surveiller, détecter et réparer les services de votre chaîne
