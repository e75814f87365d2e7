# コンプライアンスレポート (crates/report): 表題、章、列、状態、証跡。
# 「Art. 44」「CC7.2」などの条項番号は翻訳しません (データ表から来ます)。

report-title = コンプライアンスレポート
report-subtitle = { $product } — { $standards }
report-period = 対象期間: { $from } から { $to } まで (終了時刻を含まない)
report-generated = 作成日時 { $when }
report-toc = 目次
report-page = { $pages } ページ中 { $page } ページ

report-section-summary = 概要
report-section-controls = 管理策と証跡
report-section-availability = SLA 目標に対する可用性
report-section-incidents = インシデント
report-section-healing = 自動修復アクション
report-section-regions = データの所在
report-section-retention = データ保持
report-section-integrity = 完全性

report-status-pass = 適合
report-status-fail = 不適合
report-status-needs-attention = 要確認

report-col-control = 管理策
report-col-standard = 規格
report-col-reference = 条項
report-col-status = 状態
report-col-evidence = 証跡
report-col-component = コンポーネント
report-col-region = リージョン
report-col-sla = SLA 目標
report-col-availability = 可用性
report-col-checks = チェック数
report-col-met = 目標達成
report-col-started = 開始
report-col-detect = 検知までの時間
report-col-recover = 復旧までの時間
report-col-action = アクション
report-col-result = 結果
report-col-time = 日時
report-col-jurisdiction = 法域
report-col-data = データ区分
report-col-kind = データ種別
report-col-retention = 保持期間
report-col-rows = 削除行数
report-col-count = 件数

report-chart-regions = リージョン別の可用性と最も低い SLA 目標
report-chart-daily = リージョン別の日次可用性
report-chart-sla = SLA 目標
report-map-caption = 稼働中のリージョン。点の大きさはそこにあるコンポーネントの数を表します。
report-none = この期間にはありません。
report-yes = はい
report-no = いいえ
report-ongoing = 継続中
report-unknown = 不明
report-components = { $count } 個のコンポーネント

report-integrity-head = 監査チェーンの先頭
report-integrity-no-audit = このデータベースには監査ログがありません
report-integrity-content = 内容のダイジェスト

## 管理策

control-audit-chain = 改ざん検知可能な監査証跡
control-audit-chain-req = セキュリティに関わるすべての操作を、追記専用で検証可能なログに記録する。
control-encryption-at-rest = 保存データの暗号化
control-encryption-at-rest-req = 保存されたデータはディスク上で暗号化されている。
control-access-review = アクセスレビュー
control-access-review-req = オペレーターアカウントとそのロールを定期的に見直す。
control-retention-applied = 保持期間の適用
control-retention-applied-req = 保持期間が終わったデータは削除または匿名化する。
control-backups = データベースのバックアップ
control-backups-req = 復元できるよう、データベースを定期的にバックアップする。
control-availability-sla = 可用性
control-availability-sla-req = サービスが可用性目標を満たしている。
control-incident-response = インシデント対応
control-incident-response-req = インシデントを速やかに検知し復旧する。
control-data-residency = データの所在地
control-data-residency-req = データは規則が認める法域内にとどまる。
control-healing-audited = 変更管理
control-healing-audited-req = すべての自動修復アクションが記録され、実行主体が特定できる。
control-data-subject-rights = アクセス権と消去権
control-data-subject-rights-req = 本人は請求により自分の個人データを入手し、消去させることができる。

## 証跡

evidence-audit-absent = このデータベースにはまだ監査ログがありません。
evidence-audit-intact = 監査チェーンを検証しました: { $rows } 件、先頭 { $head }。
evidence-audit-broken = 監査チェーンが { $row } 件目で壊れています: { $reason }。
evidence-encryption-on = データベースは暗号化ボリューム上にあります ({ $device })。
evidence-encryption-off = データベースのボリューム { $device } は暗号化されていません。
evidence-users-absent = このデータベースにはオペレーターアカウントがないため、アクセスをレビューできません。
evidence-users = { $roles } 個のロールにわたる { $users } 個のオペレーターアカウントをレビューしました。
evidence-retention-last = 保持期間の最終適用は { $when }。期間中に { $rows } 行を削除または匿名化しました。
evidence-retention-stale = 保持期間の最終適用は { $when } で、期間終了の 1 日以上前です。
evidence-retention-none = この期間に保持期間は適用されていません。
evidence-backup-last = 最終バックアップ { $when } ({ $size })。
evidence-backup-stale = 最終バックアップは { $when } で、期間終了の 1 週間以上前です。
evidence-backup-none = この期間にデータベースのバックアップの記録はありません。
evidence-sla-met = { $count } 個すべてのコンポーネントが SLA 目標を達成しました。
evidence-sla-missed = { $count } 個中 { $missed } 個のコンポーネントが SLA 目標を達成できませんでした: { $names }。
evidence-sla-no-data = この期間の可用性データはありません。
evidence-incidents-none = この期間にインシデントはありません。
evidence-incidents = インシデント { $count } 件、すべて復旧済み。平均復旧時間 { $mttr }。
evidence-incidents-open = { $count } 件中 { $open } 件のインシデントが期間終了時点で未解決でした。
evidence-residency = { $count } 個のコンポーネントのデータは各リージョンの法域内にとどまっています。
evidence-residency-unknown = このデータベースにはコンポーネント登録簿がないため、リージョンが不明です。
evidence-healing-none = この期間に自動修復アクションはありません。
evidence-healing-unaudited = 自動修復アクション { $count } 件。ただし記録を証明する監査ログがありません。
evidence-healing-audited = 自動修復アクション { $count } 件、すべて監査ログに記録済み。
evidence-requests-none = この期間にアクセス請求や消去請求はありません。どちらも利用できます。
evidence-requests = アクセス請求と消去請求 { $count } 件中 { $done } 件に対応しました。

## 法域とデータ区分

jurisdiction-eu = 欧州連合 (GDPR)
jurisdiction-us = 米国
jurisdiction-us-ca = カリフォルニア州 (CCPA)
jurisdiction-br = ブラジル (LGPD)
jurisdiction-sg = シンガポール (PDPA)
jurisdiction-other = その他
data-personal-data = 個人データ
data-health-data = 健康データ
data-operational-metrics = 運用メトリクス
data-audit-log = 監査ログ
data-credentials = 認証情報

## 自動復旧アクションとデータ保持

action-restart = 再起動
action-supervisor-restart = スーパーバイザーによる再起動
action-scale-up = スケールアップ
action-migrate = 移行
action-run = コマンド実行
action-webhook = ウェブフック
result-succeeded = 成功
result-failed = 失敗
result-running = 実行中
retention-samples = 生のサンプル
retention-rollups = 1 分ごとの集計
retention-events = 状態変化とプロセスイベント
retention-incidents = インシデント
retention-healing-actions = 自動修復アクション
retention-autoscale-decisions = 自動スケーリングの判断
retention-data-subject-requests = アクセス請求と消去請求
retention-audit = 監査ログ
