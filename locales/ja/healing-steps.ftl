# 修復ステップの詳細: ステップが行う予定の内容と実際に行った内容。バッククォートで囲んだ名前と
# argv のリストはそのまま表示します。$error、$output、$status はシステムまたはコマンドの言葉です。

heal-text = { $text }

## スーパーバイザーによる再起動

step-respawn-plan = スーパーバイザーが子プロセスを再起動します
step-respawn-pending = { $exit }。スーパーバイザーが再び起動します
step-respawn-started = { $exit }。{ "PID" } { $pid } として再び起動しました

## restart

step-restart-rolling-plan = { $listen } のフロントの背後にある `{ $component }` のローリング再起動: 各インスタンスを順にドレイン、再起動、再チェックします
step-restart-plan = `{ $component }` を再起動します ({ "PID" } { $pid } を停止し、{ $command } を起動)
step-restart-start-plan = `{ $component }` を再び起動します ({ $command })
step-restart-unsupervised-plan = `{ $component }` を再起動できません: 監視対象外です (再起動コマンドを含む { "`run:`" } ステップを追加してください)
step-restart-unsupervised = `{ $component }` はガードの監視対象外です。{ "`run:`" } ステップで再起動してください
step-restart-done = 再起動しました: { "PID" } { $old } → { $new }
step-restart-started = { "PID" } { $pid } を起動しました
step-restart-pending = 再起動を要求しました。子プロセスはまだ起動していません

## フロントの背後

step-front-missing = `{ $component }` にはフロントがありません
step-front-unknown-component = 不明なコンポーネント `{ $component }`
step-front-instance-error = インスタンス { $instance }: { $error }
step-rolling-instance = インスタンス { $instance } を { $waited } ms でドレイン (処理中 { $in_flight }、残り { $left }){ $note ->
    [uncovered] { " (他に正常なインスタンスがなく、リクエストが失敗した可能性があります)" }
    [timed-out] { " (ドレインがタイムアウトしました)" }
   *[none] { "" }
}、再起動しました
step-rolling-stopped = { $done }。インスタンス { $instance } が { $within } 以内に正常になりませんでした: ローリング再起動を中止しました
step-rolling-done = { $instances } 個のインスタンスのローリング再起動: { $done }
step-retire-uncovered = インスタンス { $instance } を停止しませんでした: そのリクエストを引き受けられる正常な `{ $component }` のインスタンスが他にありません
step-retire-not-stopped = インスタンス { $instance } はドレインしましたが停止できませんでした: { $error }
step-retire-done = インスタンス { $instance } を { $waited } ms でドレイン (処理中 { $in_flight })、停止しました
step-retire-done-timed-out = インスタンス { $instance } を { $waited } ms でドレイン (処理中 { $in_flight }) (処理中 { $left } のままドレインがタイムアウト)、停止しました

## scale_up と scale_down

step-command-plan = { $argv } を実行します
step-scale-replicas = レプリカ { $replicas } 個: { $detail }
step-scale-up-full-plan = `{ $component }` をスケールアップできません: すでに最大 { $max } 個中 { $running } 個のインスタンスがあります
step-scale-up-plan = `{ $component }` のインスタンス { $instance } を起動します (次の空きポートで { $command })
step-scale-up-impossible-plan = `{ $component }` をスケールできません: コマンドに { "`{port}`" } がなく、{ "`scale.command`" } もありません
step-scale-up-full = すでに最大 { $max } 個中 { $running } 個のインスタンスがあります
step-scale-up-no-port = ベースポート { $port } より後に空きポートがありません
step-scale-up-started = ポート { $port } でインスタンス { $instance } を起動しました
step-scale-up-max-replicas = すでに上限の { $max } レプリカです
step-scale-up-impossible = `{ $component }` はスケールできません: { "`scale: { port: N }`" } とともにコマンドに { "`{port}`" } を入れるか、{ "`scale.command`" } を指定してください
step-scale-down-drain-plan = `{ $component }` のインスタンス { $instance } をフロント経由でドレインしてから停止します
step-scale-down-plan = `{ $component }` のインスタンス { $instance } を停止します
step-scale-down-nothing-plan = `{ $component }` にはスケールダウンするものがありません
step-scale-down-min-instances = すでに下限の { $min } インスタンスです
step-scale-down-stopped = インスタンス { $instance } を停止しました
step-scale-down-min-replicas = すでに下限の { $min } レプリカです
step-scale-down-no-extra = `{ $component }` には停止できる追加インスタンスがありません

## migrate

step-migrate-no-service = `{ $component }` には { "`tags.service`" } がないため、移行先のピアがありません
step-migrate-peer-unhealthy = { $peer } は正常ではありません
step-migrate-peer-region-off = { $peer } は無効化されたリージョン { $region } にあります
step-migrate-peer-same-region = `{ $peer }` は同じリージョン ({ $region }) にあります
step-migrate-peer-residency = `{ $peer }` は { $region } にあります: { $rule } により、このデータ ({ $category }) を { $from } の外へ移すことは禁じられています
step-migrate-no-peer = サービス `{ $service }` の正常なピアで引き継げるものがありません ({ $refused })
step-migrate-plan = `{ $component }` を `{ $target }` へ移します
step-migrate-impossible-plan = 移行できません: { $why }
step-migrate-done = `{ $component }` のトラフィックを `{ $target }` へ移しました

## notify

step-notify-plan = `{ $component }` の通知を記録します (変更なし)
step-notify-done = `{ $component }` についてオペレーターに通知しました

## run

step-run-plan = { $argv } を実行します (タイムアウト { $timeout })
step-run-empty = { "argv" } が空です
step-run-cannot-start = { $program } を起動できません: { $error }
step-run-exited-ok = { $program } は 0 で終了しました
step-run-exited = { $program } は { $status } で終了しました: { $output }
step-run-error = { $program }: { $error }
step-run-timeout = { $program } が { $timeout } 以内に終わらなかったため強制終了しました

## webhook

step-webhook-plan = インシデントを JSON で { $url } に { "POST" } します
step-webhook-answered-attempt = { $url } が { $status } を返しました ({ $attempt } 回目)
step-webhook-answered = { $url } が { $status } を返しました
step-webhook-error = { $url }: { $error }
step-webhook-gave-up = { $last } ({ $attempts } 回試行後)
