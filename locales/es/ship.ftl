# Distribución: la interfaz web incluida en pipeline-guard.

ship-ui-not-built-title = Interfaz web no compilada
ship-ui-not-built-body = Este pipeline-guard se compiló sin su interfaz web. Compile la interfaz con { $command } y vuelva a compilar pipeline-guard (o inícielo con { $flag }). Mientras tanto, la API bajo { $api } funciona.

# The desktop menu entry's comment (src-tauri/packaging/pipeline-guard.desktop, kept equal by tests/ship.rs).
ship-desktop-comment = Vigile, detecte y repare los servicios de su canalización
