# 配布: pipeline-guard に組み込まれたウェブ画面。

ship-ui-not-built-title = ウェブ画面がビルドされていません
ship-ui-not-built-body = この pipeline-guard はウェブ画面なしでビルドされました。{ $command } で画面をビルドしてから pipeline-guard を再ビルドしてください (または { $flag } を付けて起動してください)。その間も { $api } 以下の API は利用できます。

# The desktop menu entry's comment (src-tauri/packaging/pipeline-guard.desktop, kept equal by tests/ship.rs).
ship-desktop-comment = パイプラインのサービスを監視し、異常を検知して修復します
