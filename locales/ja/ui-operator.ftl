# エンジンの ID をオペレーターに見せる言葉: 戦略、結果、きっかけ、インシデントの状態、
# ライブイベント、権限、監査アクション、およびページの部品。

ui-strategy-scale_down = スケールダウン
ui-strategy-notify = 通知
ui-strategy-respawn = スーパーバイザーによる再起動
ui-strategy-other = その他の手順

ui-op-result-running = 実行中
ui-op-result-succeeded = 成功
ui-op-result-failed = 失敗
ui-op-result-skipped = スキップ
ui-op-result-other = その他の結果
ui-op-trigger-ladder = 復旧ラダー
ui-op-trigger-manual = 手動
ui-op-trigger-supervisor = スーパーバイザー
ui-op-trigger-memory = メモリ上限
ui-op-trigger-alert = アラート
ui-op-trigger-autoscale = オートスケーリング
ui-op-trigger-other = その他のきっかけ
ui-op-col-started = 開始
ui-op-col-component = コンポーネント
ui-op-col-strategy = 手順
ui-op-col-trigger = きっかけ
ui-op-col-result = 結果
ui-op-col-duration = 所要時間
ui-op-no-attempts = まだ試行なし

ui-op-incident-open = 未解決
ui-op-incident-resolved = 解決済み
ui-op-incident-merged = 統合済み
ui-op-incident-number = インシデント { $id }
ui-op-incident-merged-into = インシデント { $id } に統合
ui-op-incident-open-for = { $duration } 継続中
ui-op-incident-lasted = 継続時間 { $duration }
ui-op-incident-kind-down = ダウン
ui-op-incident-kind-crash = クラッシュ
ui-op-incident-kind-memory_limit = メモリ上限超過
ui-op-incident-kind-memory_forecast = メモリ枯渇の予測
ui-op-incident-kind-alert = アラート発生

ui-op-feed-incident-opened = インシデント { $id } 発生: { $kind }
ui-op-feed-healing-step = 修復手順 { $strategy }: { $phase }
ui-op-feed-incident-escalated = インシデント { $id } をエスカレーション
ui-op-feed-incident-closed = インシデント { $id } 終了
ui-op-step-started = 開始
ui-op-step-succeeded = 成功
ui-op-step-failed = 失敗
ui-op-step-skipped = スキップ

ui-op-permission-admin-access = 管理
ui-op-permission-manage-components = コンポーネントの管理
ui-op-permission-trigger-healing = 修復の実行
ui-op-permission-read-metrics = メトリクスの閲覧
ui-op-permission-monitor-health = 状態の監視
ui-op-permission-export-reports = レポートのエクスポート
ui-op-permission-manage-users = アカウントの管理
ui-op-permission-view-audit = 監査ログの閲覧
ui-op-permission-other = その他の権限
ui-op-token-role-scope = アカウントのロールが許すすべて

ui-op-audit-heal = 修復: { $strategy }
ui-op-audit-account-language = 言語を変更
ui-op-audit-auth-invalid-token = 無効なトークンの使用
ui-op-audit-auth-revoked-token = 失効したトークンの使用
ui-op-audit-autoscale-change = オートスケーリングを変更
ui-op-audit-config-change = 設定を変更
ui-op-audit-data-operation-blocked = データ操作をブロック
ui-op-audit-healing-preferences = 復旧ラダーを変更
ui-op-audit-key-rotate = 鍵をローテーション
ui-op-audit-login = サインイン
ui-op-audit-login-failed = サインイン失敗
ui-op-audit-login-local = このコンピューターでサインイン
ui-op-audit-login-locked = サインイン失敗によりアカウントをロック
ui-op-audit-permission-denied = 権限がありません
ui-op-audit-region-activate = リージョンを有効化
ui-op-audit-region-deactivate = リージョンを無効化
ui-op-audit-report-exported = レポートをエクスポート
ui-op-audit-retention-applied = 保持期間を適用
ui-op-audit-role-define = ロールを定義
ui-op-audit-secret-put = シークレットを保存
ui-op-audit-security-finding = セキュリティの検知結果
ui-op-audit-subject-erased = 個人データを消去
ui-op-audit-subject-erasure-requested = 消去を要求
ui-op-audit-subject-exported = 個人データをエクスポート
ui-op-audit-token-denied = トークンを拒否
ui-op-audit-token-issue = トークンを発行
ui-op-audit-token-revoke = トークンを失効
ui-op-audit-user-create = アカウントを作成
ui-op-audit-user-disable = アカウントを無効化
ui-op-audit-user-enable = アカウントを有効化
ui-op-audit-user-lock = アカウントをロック
ui-op-audit-user-role = ロールを変更
ui-op-audit-other = その他の操作

ui-op-skip-to-content = 本文へスキップ
ui-op-report-hint = 期間と基準を選んでからレポートを作成してください。作成は監査ログに記録されます。
ui-op-chart-label = 選択した期間の { $metric }
