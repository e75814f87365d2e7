# Shipping: the web UI built into pipeline-guard.

ship-ui-not-built-title = Web UI not built
ship-ui-not-built-body = This pipeline-guard was built without its web UI. Build the UI with { $command }, then rebuild pipeline-guard (or start it with { $flag }). The API under { $api } works meanwhile.

# The desktop menu entry's comment (src-tauri/packaging/pipeline-guard.desktop, kept equal by tests/ship.rs).
ship-desktop-comment = Watch, detect and heal the services of your pipeline
