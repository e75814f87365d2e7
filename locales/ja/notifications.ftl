# インシデントと修復ステップの通知: 汎用 Webhook、Slack、Teams、メール、デスクトップアプリ。
# $detail は修復機能自身の記録です。

## 重大度とラベル

notification-severity-info = 情報
notification-severity-warning = 警告
notification-severity-critical = 重大

notification-label-component = コンポーネント
notification-label-severity = 重大度
notification-label-incident = インシデント
notification-label-strategy = 修復ステップ

## インシデントの種類

notification-kind-down = 停止中
notification-kind-crash = クラッシュ
notification-kind-memory-limit = メモリ上限超過
notification-kind-memory-forecast = まもなくメモリ上限を超過
notification-kind-alert = アラート発生中

## イベント

notification-incident-opened-title = インシデント #{ $incident }: { $component } に問題があります
notification-incident-opened-body = { $component } は{ $kind }です: { $detail }
notification-step-started-title = { $component } を修復中: { $strategy } を開始しました
notification-step-started-body = { $detail }
notification-step-succeeded-title = { $component } を修復中: { $strategy } が成功しました
notification-step-succeeded-body = { $seconds } 秒で完了: { $detail }
notification-step-failed-title = { $component } を修復中: { $strategy } が失敗しました
notification-step-failed-body = { $seconds } 秒後に失敗: { $detail }
notification-incident-escalated-title = インシデント #{ $incident }: { $component } にはオペレーターの対応が必要です
notification-incident-escalated-body = 自動修復を停止しました: { $detail }
notification-incident-resolved-title = インシデント #{ $incident } 解決: { $component } は正常に戻りました
notification-incident-resolved-body = { $detail }

## 送信情報

notification-footer = Pipeline Guard から送信
