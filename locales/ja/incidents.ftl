# インシデントのタイムライン、原因、クローズの理由。

## インシデントが開かれた理由

incident-reason-exit-status = プロセス { $pid } は { $uptime } 後にステータス { $code } で終了しました
incident-reason-exit-signal = プロセス { $pid } は { $uptime } 後にシグナル { $signal } で強制終了されました
incident-reason-exit = プロセス { $pid } は { $uptime } 後に終了しました
incident-reason-check = チェックに失敗しました: { $issues }
incident-reason-check-plain = チェックに失敗しました
incident-reason-memory = 常駐メモリ { $used } MB が上限 { $limit } MB を超えています
incident-reason-alert = アラート `{ $alert }`: { $summary }
incident-reason-alert-plain = アラート `{ $alert }`
incident-reason-finding = 検知: { $finding }
incident-reason-root-down = `{ $root }` が停止しています
incident-reason-still-down = 根本原因 `{ $root }` の復旧後も停止したままです

## タイムラインの項目

incident-respawn-failed = { $exit }。スーパーバイザーが { $delay } 後に再起動します
incident-respawn-up = スーパーバイザーが再起動したプロセスは稼働して応答しています
incident-respawn-not-up = { $within } 以内に稼働しませんでした
incident-restart-skipped = スキップ: クラッシュを繰り返すこの子プロセスは、スーパーバイザーがすでに待ち時間を延ばしながら再起動しています
incident-waiting = ステップ { $step }（{ $strategy }）の前に待機中: { $refusal }
incident-step-verified = { $detail }。確認済み
incident-step-not-healthy = { $detail }。{ $within } 以内に正常になりませんでした
incident-step-result = { $detail }
incident-dependent-up = `{ $component }` が再び稼働しています
incident-dependent-folded = このインシデントの根本原因により `{ $component }` が停止しています。そのアラートはこのインシデントにまとめられます
incident-merged-duplicate = 重複した検知
incident-merged-into = インシデント { $incident } にまとめられました: 根本原因 `{ $root }`
incident-alert-firing = アラート `{ $alert }` が発生中: { $summary }
incident-alert-firing-plain = アラート `{ $alert }` が発生中
incident-alert-resolved = アラート `{ $alert }` が解消しました
incident-alert-resolved-late = アラート `{ $alert }` が解消しました。インシデントはすでにクローズ済みです
incident-escalated-breaker = { $window } 以内に修復が { $failures } 回失敗しました: サーキットブレーカーが開いています。半開状態になるまで再試行しません
incident-escalated-ladder = 復旧ラダー（{ $steps } ステップ）を使い切りましたが、`{ $component }` は停止したままです
incident-still-escalated = エスカレーション継続中: { $reason }

## インシデントがクローズされた理由

incident-closed-check = チェックで正常を確認しました
incident-closed-manual = 手動操作の後に正常を確認しました
incident-closed-respawn = スーパーバイザーによる再起動の後に正常を確認しました
incident-closed-alone = 自然に復旧しました。操作は行っていません
incident-closed-step = { $step ->
        [restart] 再起動
        [scale_up] スケールアップ
        [scale_down] スケールダウン
        [migrate] 移行
        [run] コマンドの実行
        [webhook] ウェブフックの呼び出し
        [notify] 通知
       *[other] `{ $step }`
    }の後に正常を確認しました
incident-closed-verified = 正常を確認しました

## コンプライアンスレポートのインシデント概要

incident-summary-root-cause = { $reason }（根本原因: { $root }）
incident-summary-affected = { $summary }。ほかに影響を受けたもの: { $components }

## タイムライン項目の種類（インシデントページ）

incident-kind-detected = 検知
incident-kind-action = 対応
incident-kind-verified = 確認済み
incident-kind-escalated = エスカレーション
incident-kind-folded = 統合
incident-kind-note = メモ
incident-kind-closed = クローズ
