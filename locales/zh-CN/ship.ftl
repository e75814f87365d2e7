# 发布：内置于 pipeline-guard 的网页界面。

ship-ui-not-built-title = 网页界面尚未构建
ship-ui-not-built-body = 此 pipeline-guard 构建时未包含网页界面。请用 { $command } 构建界面，然后重新构建 pipeline-guard（或使用 { $flag } 启动）。在此期间，{ $api } 下的 API 仍可使用。

# The desktop menu entry's comment (src-tauri/packaging/pipeline-guard.desktop, kept equal by tests/ship.rs).
ship-desktop-comment = 监控、检测并修复流水线中的服务
