# 修復が待機している理由

heal-refusal-disabled = 設定で修復が無効になっています
heal-refusal-paused = 修復は一時停止中です
heal-refusal-maintenance = { $until } までメンテナンス期間です
heal-refusal-cooling-down = 前回の修復後のクールダウン中です（{ $until } まで）
heal-refusal-breaker-open = 修復の失敗が続いたためサーキットブレーカーが開いています（{ $until } まで）
