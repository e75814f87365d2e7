# Pipeline Guard の共通語彙。

## 製品

product-name = Pipeline Guard

## コンポーネントの状態

status-healthy = 正常
    .description = すべてのチェックに合格しています。
status-degraded = 低下
    .description = 一部のチェックが遅いか、断続的に失敗しています。
status-failed = 障害
    .description = チェックが失敗しています。修復が必要です。
status-unknown = 不明
    .description = チェック結果はまだありません。

## パイプラインのモード

mode-healthy = 正常
mode-degraded = 低下
mode-healing = 修復中
mode-paused = 一時停止中

pipeline-healthy = パイプラインは正常です。
pipeline-degraded = パイプラインの性能が低下しています。
pipeline-healing = パイプラインを修復しています。
pipeline-paused = パイプラインは一時停止中です。

## 重大度

severity-critical = 重大
severity-high = 高
severity-medium = 中
severity-low = 低
severity-warning = 警告
severity-info = 情報

## リージョン

region-us-east = 米国東部
region-us-west = 米国西部
region-eu-west = 西ヨーロッパ
region-eu-central = 中央ヨーロッパ
region-asia-pacific = アジア太平洋
region-sa-east = 南米東部

## 単位

unit-duration-days = { $value } 日
unit-duration-hours = { $value } 時間
unit-duration-minutes = { $value } 分
unit-duration-seconds = { $value } 秒
unit-duration-milliseconds = { $value } ms
unit-duration-separator = { " " }
unit-size-kilobytes = { $value } KB
unit-size-megabytes = { $value } MB
unit-size-gigabytes = { $value } GB
unit-requests-per-second = { $value } リクエスト/秒
unit-components = { $count } 個のコンポーネント
unit-incidents = { $count } 件のインシデント

## 期間

time-range-last-15-minutes = 過去 15 分間
time-range-last-hour = 過去 1 時間
time-range-last-6-hours = 過去 6 時間
time-range-last-24-hours = 過去 24 時間
time-range-last-7-days = 過去 7 日間
time-range-last-30-days = 過去 30 日間
time-range-custom = カスタム期間

## ボタン

button-save = 保存
button-cancel = キャンセル
button-close = 閉じる
button-apply = 適用
button-refresh = 更新
button-retry = 再試行
button-delete = 削除
button-edit = 編集
button-confirm = 確認
button-back = 戻る
button-next = 次へ
button-export = エクスポート
button-heal-now = 今すぐ修復
button-dry-run = ドライラン

## 一般的な語

generic-yes = はい
generic-no = いいえ
generic-loading = 読み込み中…
generic-none = なし
generic-language = 言語
