# 배포: pipeline-guard에 내장된 웹 화면.

ship-ui-not-built-title = 웹 화면이 빌드되지 않음
ship-ui-not-built-body = 이 pipeline-guard는 웹 화면 없이 빌드되었습니다. { $command }(으)로 화면을 빌드한 다음 pipeline-guard를 다시 빌드하세요(또는 { $flag }(으)로 시작하세요). 그동안 { $api } 아래의 API는 사용할 수 있습니다.

# The desktop menu entry's comment (src-tauri/packaging/pipeline-guard.desktop, kept equal by tests/ship.rs).
ship-desktop-comment = 파이프라인의 서비스를 감시하고 이상을 감지해 복구합니다
