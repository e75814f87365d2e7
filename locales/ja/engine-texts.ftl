# What the engine's checks found and how supervised processes ended (crates/engine/src/check,
# guard.rs): component issues and the incident reasons built from them. URLs, commands,
# queries and what the peer or the OS said stay as they are, as arguments.

check-timed-out = { $kind } チェックが { $after } でタイムアウトしました
check-panicked = チェックが異常終了しました: { $detail }
check-http-timed-out = { $method } { $url }: タイムアウトしました
check-http-unreachable = { $method } { $url }: 接続が拒否されたか、到達できません
check-http-error = { $method } { $url }: { $detail }
check-http-status = { $url } から HTTP { $code }（期待値 { $expected }）
check-http-body-missing = 応答本文に `{ $needle }` が含まれていません
check-http-slow = 応答が遅い: { $latency } ms（上限 { $limit } ms）
check-command-empty = コマンドが空です
check-command-cannot-run = `{ $program }` を実行できません: { $detail }
check-command-exited = `{ $program }` が終了ステータス { $code } で終了しました: { $output }
check-command-exited-silent = `{ $program }` が終了ステータス { $code } で終了しました
check-command-killed = `{ $program }` がシグナルで強制終了されました: { $output }
check-command-killed-silent = `{ $program }` がシグナルで強制終了されました
check-command-wait-failed = `{ $program }` の終了待ちに失敗しました: { $detail }
check-process-not-running = プロセス { $pid } は実行されていません
check-process-none = 監視対象のプロセスは実行されていません
check-tcp-cannot-connect = { $addr } に接続できません: { $detail }
check-scrape-read-failed = { $url } の読み込み: { $detail }
check-scrape-status = { $url } から HTTP { $code }
check-scrape-failed = { $url } の取得: { $detail }
check-node-scrape-failed = { $url } の { $exporter } からの取得: { $detail }
check-metric-not-found = メトリクス `{ $metric }`（ラベル { $labels }）が { $url } に見つかりません
check-metric-unhealthy = { $metric } = { $value } は { $condition } を満たしていません
check-node-missing = { $url } は次を出力していません: { $missing }
check-node-missing-memory = メモリー（{ $metrics }）
check-node-missing-disk = `{ $mountpoint }` にマウントされたファイルシステム（{ $metrics }）
check-promql-no-series = `{ $query }` は系列を返しませんでした
check-promql-all-nan = `{ $query }` はすべての系列で { $nan } でした（トラフィックのない比率？）
check-promql-broken = { $series } = { $value }（正常の条件: { $condition }）
check-promql-pending = { $series } = { $value }（正常の条件: { $condition }）、保留中: まだ { $for } 続いていません
check-promql-held = { $series } = { $value }（正常の条件: { $condition }）が { $for } 続いています
check-promql-held-labels = { $series } が `{ $key }` を { $for } 満たしていません
check-promql-for-failed = `{ $key }` の確認: { $detail }
check-issue-starting = 起動中: { $issue }
check-issue-restarting = 再起動中: { $issue }
check-issue-guard-stopped = Guard が停止しました
check-issue-component-removed = コンポーネントは設定から削除されました
check-issue-list = { $issues }
check-issue-legacy = { $text }
notice-needs-operator = `{ $component }` の修復にはオペレーターの対応が必要です: { $reason }
notice-cannot-start = `{ $program }` を起動できません: { $detail }。{ $delay } 後に再試行します
process-exited-status = プロセス { $pid } が終了ステータス { $code } で終了しました
process-killed-signal = プロセス { $pid } がシグナル { $signal } で強制終了されました
process-exited = プロセス { $pid } が終了しました

finding-anomaly = { $metric } の異常: 値 { $value }、スコア { $score }
finding-predicted = { $metric } は { $level } で毎秒 { $slope } 増加しており、{ $eta } 後に { $limit } に達すると予測されます（範囲 { $band }）
finding-band-range = { $low }～{ $high }
finding-band-min = { $low } 以上
finding-threshold = { $rule }（{ $metric } = { $value }）
finding-threshold-resolved = { $rule } は解消しました（{ $metric } = { $value }）
finding-rule = { $expr }
finding-rule-held = { $expr } が { $for } 継続
finding-value-mb = { $value } MB
finding-value-ms = { $value } ms
finding-value = { $value }
