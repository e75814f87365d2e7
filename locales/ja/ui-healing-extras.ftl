# Healing page: one component's pause, maintenance windows, notification deliveries.

ui-healing-x-component-title = コンポーネント単位の修復
ui-healing-x-pause-component-body = 再開するまでこのコンポーネントは修復されません。ラボのほかの部分は引き続き修復されます。
ui-healing-x-maintenance = メンテナンス期間
ui-healing-x-all-components = すべてのコンポーネント
ui-healing-x-no-maintenance = メンテナンス期間はありません。
ui-healing-x-duration = 期間
ui-healing-x-add-window = 期間を追加
ui-healing-x-deliveries = 通知の配信
ui-healing-x-delivery-sent = 送信済み
ui-healing-x-delivery-failed = 失敗
ui-healing-x-delivery-dropped = 破棄
ui-healing-x-no-deliveries = まだ通知は送信されていません。
ui-healing-x-pause-component = { $component } の修復を一時停止
ui-healing-x-resume-component = { $component } の修復を再開
ui-healing-x-minutes = { $minutes } 分
ui-healing-x-attempts = { $attempts } 回試行
