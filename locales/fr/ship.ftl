# Livraison : l’interface web intégrée à pipeline-guard.

ship-ui-not-built-title = Interface web non compilée
ship-ui-not-built-body = Ce pipeline-guard a été compilé sans son interface web. Compilez l’interface avec { $command }, puis recompilez pipeline-guard (ou lancez-le avec { $flag }). En attendant, l’API sous { $api } fonctionne.
