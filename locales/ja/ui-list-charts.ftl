# The components list (heartbeat strip, 24 h / 30 d availability, status chips, tags, groups),
# the component page's charts (custom range, zoom, crosshair, marker legend, 1 s live mode),
# and the config's `tags:` problems (crates/engine/src/config/validate.rs). Issue 20.

## `tags:` in the config, printed as FILE:LINE:COL: message

config-tag-invalid = 無効なタグ `{ $tag }`: タグに使えるのは英字、数字、`-`、`_`、`.`、`/`、`:` で、{ $max } 文字以内です
config-tag-duplicate = タグ `{ $tag }` が重複しています
config-tag-not-text = タグは文字列です (数値や真偽値は引用符で囲んでください)
config-tags-shape = { $key } はラベルのリスト ({ $list }) か、キー付きタグのマップ ({ $map }) で指定してください

## The components list

ui-list-heartbeat = 直近のチェック
# A tick of the heartbeat strip: when the check ended, its outcome and its latency.
ui-list-beat = { $time }: { $status }、{ $latency }
ui-list-beat-none = まだチェックがありません
ui-list-avail-24h = 24 時間
ui-list-avail-30d = 30 日
ui-list-chips = 状態で絞り込む
ui-list-chip-all = すべて
ui-list-chip-healthy = 正常
ui-list-chip-degraded = 低下
ui-list-chip-failed = 停止
ui-list-chip-unknown = 不明
ui-list-tag = タグ
ui-list-tag-any = すべてのタグ
ui-list-tag-filter = タグ { $tag } のコンポーネントだけを表示
ui-list-group-by = グループ化
ui-list-group-none = グループ化しない
ui-list-group-region = リージョン
ui-list-group-tag = タグ
ui-list-untagged = タグなし
ui-list-group-count = { $count } 個のコンポーネント
ui-list-group-toggle = { $group } を表示または非表示

## The component page's charts

ui-chart-from = 開始
ui-chart-to = 終了
ui-chart-apply = 適用
ui-chart-range-invalid = 開始は終了より前にしてください。
ui-chart-range-shown = { $from } – { $to }
ui-chart-live = ライブ (1 秒)
ui-chart-live-hint = 直近 5 分間、イベントストリームから 1 秒ごとに 1 点
ui-chart-zoom-hint = グラフ上をドラッグして拡大、ダブルクリックで元に戻す
ui-chart-reset = ズームを戻す
ui-chart-legend = マーカー
ui-chart-marker-failed = 停止 (インシデント)
ui-chart-marker-degraded = 低下
ui-chart-marker-healthy = 回復
ui-chart-marker-restart = プロセス起動
ui-chart-marker-action = 修復アクション
