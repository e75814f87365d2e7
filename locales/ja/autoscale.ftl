# 自動スケーリングの判断と、スケーリングが待機している理由。

autoscale-reason-above = { $metric } は { $value } で、{ $threshold } 以上です
autoscale-reason-forecast = { $metric } は { $value } で、{ $seconds } 秒後に { $threshold } に達すると予測されています（予測期間の終わりには { $predicted }）
autoscale-reason-below = { $metric } は { $value } で、{ $threshold } 以下です
autoscale-reason-below-min = 実行中のインスタンスは { $instances } 個で、最小数 { $min } を下回っています
autoscale-reason-above-max = 実行中のインスタンスは { $instances } 個で、最大数 { $max } を上回っています
autoscale-hold-disabled = 設定で修復が無効になっています
autoscale-hold-paused = スケーリングは一時停止中です
autoscale-hold-maintenance = { $until } までメンテナンス期間です
autoscale-hold-cooling-down = 前回のスケーリング後のクールダウン中です（{ $until } まで）
autoscale-hold-at-max = すでに最大の { $max } インスタンスです
autoscale-hold-at-min = すでに最小の { $min } インスタンスです
autoscale-hold-no-samples = { $metric } の新しいサンプルがありません
autoscale-decision-up = { $from } から { $to } インスタンスにスケールアップ: { $reason }
autoscale-decision-down = { $from } から { $to } インスタンスにスケールダウン: { $reason }
autoscale-decision-held = { $from } インスタンスからのスケーリングを保留: { $hold }（{ $reason }）
autoscale-decision-blocked = { $from } インスタンスからのスケーリングなし: { $hold }
autoscale-decision-failed = { $from } から { $to } インスタンスへのスケーリングは { $reached } で停止しました: { $reason }
autoscale-dry-run = （ドライラン: 何も変更していません）
