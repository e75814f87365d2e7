# Distribuição: a interface web embutida no pipeline-guard.

ship-ui-not-built-title = Interface web não compilada
ship-ui-not-built-body = Este pipeline-guard foi compilado sem a interface web. Compile a interface com { $command } e depois recompile o pipeline-guard (ou inicie-o com { $flag }). Enquanto isso, a API em { $api } funciona.

# The desktop menu entry's comment (src-tauri/packaging/pipeline-guard.desktop, kept equal by tests/ship.rs).
ship-desktop-comment = Monitore, detecte e recupere os serviços do seu pipeline
