# デスクトップアプリとウェブ画面 (ui/)。

## ナビゲーションと枠

ui-nav-label = メインナビゲーション
ui-nav-overview = 概要
ui-nav-map = リージョンマップ
ui-nav-components = コンポーネント
ui-nav-incidents = インシデント
ui-nav-healing = 自己修復
ui-nav-compliance = コンプライアンス
ui-nav-settings = 設定
ui-live-connected = ライブ更新中
ui-live-disconnected = 再接続中…
ui-live-events = ライブイベント { $count } 件
ui-filter-region = リージョン: { $region }
ui-filter-clear = リージョンの絞り込みを解除
ui-error-backend = ガードが応答しません。再試行しています…
ui-feature-unavailable = このエンジンのバージョンでは利用できません

## 概要

ui-overview-title = 概要
ui-overview-running-for = 監視時間 { $duration }
ui-overview-mode = パイプラインの状態
ui-overview-components = コンポーネント
ui-overview-healing-rate = 修復成功率
ui-overview-healing-attempts = 修復の試行 { $count } 回
ui-overview-open-incidents = 未解決のインシデント
ui-overview-restarts = プロセスの再起動 { $count } 回
ui-overview-last-actions = 最新のイベントと操作
ui-overview-regions = リージョン
ui-overview-attention = 要対応
ui-overview-all-good = すべてのコンポーネントが正常です。

## ライブフィード

ui-feed-empty = 最初のイベントを待っています…
ui-feed-status-changed = { $from } から { $to } に変化
ui-feed-process-started = プロセス { $pid } を起動
ui-feed-process-exited = プロセス { $pid } が終了コード { $code } で終了
ui-feed-process-killed = プロセス { $pid } がシグナル { $signal } で強制終了
ui-feed-notice = お知らせ
ui-feed-other = エンジンのイベント

## リージョンマップ

ui-map-title = リージョンマップ
ui-map-hint = リージョンをクリックすると全ページがそのリージョンに絞り込まれます。もう一度クリックすると解除されます。
ui-map-region-label = { $region }: { $status }、コンポーネント { $count } 個
ui-map-in-region = { $region } のコンポーネント

## コンポーネント

ui-components-title = コンポーネント
ui-components-shown = { $total } 個中 { $shown } 個を表示
ui-components-search = 名前、リージョン、状態で検索…
ui-components-none-match = 検索に一致するコンポーネントはありません。
ui-component-critical = 重要なコンポーネント
ui-col-name = 名前
ui-col-region = リージョン
ui-col-status = 状態
ui-col-latency = 遅延
ui-col-cpu = プロセッサ
ui-col-memory = メモリ
ui-col-restarts = 再起動

## コンポーネントの詳細

ui-detail-since = { $duration } 継続中
ui-detail-not-found = 「{ $name }」という名前のコンポーネントはありません。
ui-detail-sla = 目標: { $sla }
ui-detail-checks = チェック
ui-detail-checks-failed = 失敗 { $count } 回
ui-detail-process = プロセス
ui-detail-restarts = 再起動 { $count } 回
ui-detail-last-check = 最終チェック
ui-detail-issues = 現在の問題:
ui-detail-range = 期間
ui-detail-timeline = 履歴
ui-metric-latency = 応答時間
ui-metric-cpu = プロセッサ使用率
ui-metric-memory = メモリ
ui-metric-error-rate = エラー率
ui-chart-no-data = この期間のサンプルはまだありません
ui-chart-view = グラフの表示
ui-chart-view-interactive = インタラクティブ
ui-chart-view-server = サーバーで描画
ui-timeline-empty = まだ何も起きていません。
ui-timeline-status = { $status } になりました
ui-timeline-process-started = プロセス起動
ui-timeline-process-exited = プロセス終了

## インシデント

ui-incidents-title = インシデント
ui-incidents-list = インシデント一覧
ui-incidents-events = イベントのタイムライン
ui-incidents-none = この条件に一致するインシデントはありません。
ui-incidents-unavailable = このエンジンのバージョンではインシデント追跡を利用できません。下のタイムラインにはすべての状態変化とプロセスのイベントが表示されます。
ui-incident-open = 未解決
ui-incident-recovered = 復旧済み
ui-filter-component = コンポーネント
ui-filter-all-components = すべてのコンポーネント
ui-filter-state = 状態
ui-filter-state-all = すべて
ui-filter-state-open = 未解決
ui-filter-state-closed = 復旧済み
ui-filter-kind = イベントの種類
ui-filter-kind-all = すべてのイベント
ui-filter-kind-status = 状態の変化
ui-filter-kind-process = プロセスのイベント

## 自己修復

ui-healing-title = 修復の操作
ui-healing-unavailable = このエンジンのバージョンでは修復の操作を利用できません。
ui-healing-global = 自動修復
ui-healing-active = 有効
ui-healing-paused = 一時停止中
ui-healing-pause = 修復を一時停止
ui-healing-resume = 修復を再開
ui-healing-pause-body = 再開するまで、すべてのコンポーネントで自動修復が止まります。障害の検出と記録は続きます。
ui-healing-resume-body = すべてのコンポーネントで自動修復を再開します。
ui-healing-attempts = 試行回数
ui-healing-successes = 成功回数
ui-healing-manual = 手動修復
ui-healing-component = 対象のコンポーネント
ui-healing-plan = 計画のプレビュー (ドライラン)
ui-healing-history = 最近の修復操作
ui-healing-no-actions = 修復操作はまだありません。
ui-heal-strategy = 戦略
ui-heal-confirm-title = { $component } を修復しますか?
ui-heal-confirm-body = { $component } に対して「{ $strategy }」を今すぐ実行します。再起動するとサービスが一時的に中断されます。
ui-heal-accepted = 受け付けました。操作 { $id } を実行中です。
ui-strategy-restart = 再起動
ui-strategy-scale_up = スケールアップ
ui-strategy-migrate = 移行
ui-strategy-run = コマンドを実行
ui-strategy-webhook = ウェブフックを呼び出す

## ガードからのエラー

ui-error-not_found = 見つかりません。
ui-error-bad_request = 要求が無効として拒否されました。
ui-error-unauthorized = もう一度サインインしてください。
ui-error-forbidden = この操作を行う権限がありません。
ui-error-conflict = 別の操作がすでに実行中です。
ui-error-rate_limited = 要求が多すぎます。しばらくしてから再試行してください。
ui-error-setup_required = 最初にガードを設定してください。最初のオペレーターアカウントを作成します。
ui-error-internal = ガードでエラーが発生しました。ログを確認してください。

## コンプライアンス

ui-compliance-title = コンプライアンス

## 設定

ui-settings-title = 設定
ui-settings-language-hint = 画面はすぐに切り替わり、選択は保存されます。
ui-settings-format-sample = 数値と日付:
ui-settings-theme = テーマ
ui-settings-theme-system = システムに合わせる
ui-settings-theme-light = ライト
ui-settings-theme-dark = ダーク
ui-settings-about = このアプリについて
ui-settings-backend = { $kind } でガードに接続しています。
